"""The typographic poster's justified composition. It draws on the ground and sets
the legible title with a `TitlePen`, which it returns.

justified: a stacked block whose every line fills the width, the rest of the page a
colour field holding the mark huge. The spine is in poster_spine; metal and punk's
slab in poster_heavy. Retired: its hairlines between the lines and its block
reversed out of a band over a bare page ("looks like a form/letterhead", "empty
white with a yellow bar"), the split (a cut in the ground, a magazine template), the
giant word (one word set huge and cropped by the frame, the title small: "windo"),
and before it the minimal mark, the ring, the outline word and the echoed rows.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.glyphs import ink_extent, run_width
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.short_words import NBSP, units
from sleeve.engine.styles.cover_parts.poster_heavy import slab
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    legible_on,
    line_mask,
    paint,
    px_for_width,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import spaced
from sleeve.engine.title_lines import Line, fit_lines

__all__ = ["justified", "slab"]  # the compositions the style draws by name from here

M = 0.075  # margin, share of the side
GREY = 0.06  # a loud page's field under this chroma (OKLCH) is a grey
BOLD = 0.1  # a field colour at least this chromatic (OKLCH) is a colour, not a grey or brown
CROPPED_SCRIPTS = ("Latn", "Grek", "Cyrl")  # a letter of these reads cropped; others whole


def justified(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """Each line of the title set as wide as the measure, stacked tight on its ink;
    the rest of the page a colour field with the poster mark huge in it."""
    s, pen = p.size, TitlePen(p.size)
    plain = p.plain or p.text
    bound = units(plain, False)  # "in" never a line of its own, set huge
    count = int(np.clip(len(bound), 1, 2 + round(p.energy * 2))) if len(bound) > 1 else 1
    count = max(count, 1 + int(len(clusters(plain)) > 10))  # a long word: two lines
    lines, _ = fit_lines(
        " ".join(bound), p.face, s, width_frac=0.86, measure=run_width, lines=count
    )
    texts = [line.text.replace(NBSP, " ") for line in lines]
    if p.text != plain:  # broken as words, then spaced (a letter-spaced title split
        texts = [spaced(text) for text in texts]  # at its letters read "Neve / r Sent")
    sizes = [px_for_width(text, p.face, s * (1 - 2 * M), s * 0.42) for text in texts]
    gap = 0.04 + 0.16 * (1.0 - p.energy)  # calm music breathes, loud music stacks tight
    reach = _stack_reach(texts, p, sizes, gap)
    sizes = [max(6, int(px * min(1.0, s * 0.66 / reach))) for px in sizes]
    reach = _stack_reach(texts, p, sizes, gap)
    on_top = rng.random() < 0.6
    y = s * M if on_top else s * (1 - M) - reach
    top = y
    for text, px in zip(texts, sizes, strict=True):
        up, down = ink_extent(Line(text, 0), p.face, px)
        pen.line(image, (s - width(text, p.face, px)) / 2, y + up, text, p.face, px, p.ink)
        y += up + down + gap * px
    field_top = y + s * 0.03 if on_top else 0.0
    field_bottom = s if on_top else top - s * 0.04
    if field_bottom - field_top > s * 0.1:
        field = p.tint if p.quiet else p.accent  # a quiet page is toned, not coloured
        grey = p.quiet or rgb_to_oklch(field)[1] < GREY  # an empty toned slab read as a
        if grey and not _holds_mark(p, field_bottom - field_top):  # near-empty page:
            field = _bold(p)  # a block of strong colour or of the ink
        ImageDraw.Draw(image).rectangle((0, field_top, s, field_bottom), fill=field)
        colour = legible_on(field, p.ground, p.ink)
        _field_mark(image, p, rng, (int(field_top), int(field_bottom)), colour)
    return pen


def _bold(p: Poster):
    """The field's colour where it holds no mark: the accent where it is a colour that
    stands off the ground, else the title's ink (Fjord, Early Light: a grey slab)."""
    light, chroma, _ = rgb_to_oklch(p.accent)
    if chroma >= BOLD and abs(light - rgb_to_oklch(p.ground)[0]) >= 0.2:
        return p.accent
    return p.ink


def _marked(p: Poster) -> bool:
    """Whether a short field takes the poster mark: not an alphabet's single letter (a
    sliver of "N" read as a stray stroke, a whole "K" as a lone placeholder letter)."""
    return p.number.isalnum() and not (
        dominant_script(p.number) in CROPPED_SCRIPTS and len(p.number) == 1
    )


def _holds_mark(p: Poster, tall: float) -> bool:
    """Whether a field `tall` px high takes the poster mark: not a sliver (it read as a
    stray stroke), not an emoji title's bullet (a stray dot), and a short one only a
    number or a sign (a lone "K" read as a placeholder letter)."""
    if tall < p.size * 0.3 or not p.number.isalnum():
        return False
    return tall > p.size * 0.55 or _marked(p)


def _field_mark(image, p: Poster, rng: np.random.Generator, rows: tuple[int, int], colour) -> None:
    """The poster mark huge in the rows the title leaves, cropped by their edges (they
    would be an empty slab else)."""
    s, (top, bottom) = p.size, rows
    if not _holds_mark(p, bottom - top):
        return  # the field stands alone
    field = Image.new("L", (s, bottom - top), 0)
    alphabet = dominant_script(p.number) in CROPPED_SCRIPTS
    if alphabet:  # cropped by the field's edges (a number whole repeated the title:
        # "1986 / Overdrive 1986")
        # loud music crops its mark harder (bigger), calm music shows more of it
        px = int((bottom - top) * (0.95 + 0.7 * p.energy) * rng.uniform(0.9, 1.1) / 0.72)
        glyphs = line_mask(p.number, p.face, px, pad=0.0)
        x = int(rng.uniform(-0.3 * glyphs.width, max(0.0, s - 0.7 * glyphs.width)))
        field.paste(glyphs, (x, int((bottom - top) * rng.uniform(-0.2, 0.15))))
    else:  # a sign of its own, whole (a cropped 桜 read as fragments)
        px = int((bottom - top) * 0.8)
        glyphs = line_mask(p.number, p.face, px, pad=0.0)
        glyphs = glyphs.crop(glyphs.getbbox() or (0, 0, 1, 1))
        k = min(1.0, (bottom - top) * 0.78 / glyphs.height, s * 0.8 / glyphs.width)
        glyphs = glyphs.resize((max(1, int(glyphs.width * k)), max(1, int(glyphs.height * k))))
        x = int(s * M if rng.random() < 0.5 else s * (1 - M) - glyphs.width)
        field.paste(glyphs, (x, int((bottom - top - glyphs.height) / 2)))
    paint(image, field, colour, (0, top))


def _stack_reach(texts: list[str], p: Poster, sizes: list[int], gap: float) -> float:
    """How tall lines stacked on their ink (marks included) stand, `gap` em apart."""
    extents = [ink_extent(Line(t, 0), p.face, px) for t, px in zip(texts, sizes, strict=True)]
    spaces = sum(gap * px for px in sizes[:-1])
    return sum(up + down for up, down in extents) + spaces
