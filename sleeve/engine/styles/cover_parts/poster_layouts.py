"""The typographic poster's giant and justified compositions. Each draws on the
ground and sets the legible title with a `TitlePen`, which it returns.

giant: one word set huge (most of the room tall), cropped and maybe tilted or turned
up a side, the title small above or below, sometimes a small repeated title or a
hairline between; justified: a stacked block whose every line fills the width, the
empty field holding the mark huge. The spine is in poster_spine; split, crescendo
and rhythm in poster_bold (and poster_more). The minimal mark, the ring, the outline
word and the echoed rows went: the giant word four times and the circle as clip art.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import ink_extent, run_width
from sleeve.engine.scripts import clusters, is_cjk
from sleeve.engine.styles.cover_parts.poster_bold import _big_mask, crescendo, rhythm, split
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    block,
    legible_on,
    line_mask,
    paint,
    px_for_width,
    rule,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import rhythm_fits, spaced
from sleeve.engine.styles.cover_parts.title_words import is_stop
from sleeve.engine.title_lines import Line, fit_lines

__all__ = [  # the compositions the style draws by name (newer ones in poster_bold)
    "crescendo", "giant", "justified", "rhythm", "rhythm_fits", "split",
]  # fmt: skip

M = 0.075  # margin, share of the side


def _mark_colour(p: Poster, least: float = 1.8):
    """The accent for a big decorative mark, or a mid tone of the ink where the accent
    all but vanishes on the ground (a dark red on black read as an empty cover; thin
    outlines need more contrast than solid letters)."""
    if contrast_ratio(p.accent, p.ground) >= least:
        return p.accent
    return mix(p.ink, p.ground, 0.55 if least < 2.5 else 0.3)


def _small_title(
    pen: TitlePen, image, p: Poster, top: float, cap: float, x="left", measure: float = 0.62
) -> float:
    """The whole title as small type (cap height `cap` of the side) from `top`,
    within `measure` of the side."""
    s = p.size
    lines, px = _fit(p, measure, cap)
    left = s * M if x == "left" else x
    return block(pen, image, lines, p.face, px, left, top, p.ink)


def _fit(p: Poster, width_frac: float, cap: float) -> tuple[list[Line], int]:
    """The title fitted to the measure at cap height `cap` at most; a letter-spaced
    title is broken as its plain words and spaced again (with every letter a break
    point, balancing the lines took 100 ms)."""
    s, most = p.size, int(p.size * cap / 0.72)
    if not p.plain or p.text == p.plain:
        return fit_lines(p.text, p.face, s, width_frac=width_frac, measure=run_width, max_px=most)
    stretch = width(p.text, p.face, 100) / max(1.0, width(p.plain, p.face, 100))
    lines, px = fit_lines(
        p.plain, p.face, s, width_frac=width_frac / stretch, measure=run_width, max_px=most
    )
    texts = [spaced(line.text) for line in lines]
    widest = max(width(text, p.face, px) for text in texts)
    if widest > s * width_frac:
        px = max(6, int(px * s * width_frac / widest))
    return [Line(text, width(text, p.face, px)) for text in texts], px


def _block_height(p: Poster, cap: float, width_frac: float = 0.62) -> float:
    lines, px = _fit(p, width_frac, cap)
    return px * (1.08 * (len(lines) - 1) + 0.96)


def giant(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The longest word set huge, cropped left and right; the title small above or
    below it, where the ground is calm."""
    s, pen = p.size, TitlePen(p.size)
    word = _giant_word(p, rng)
    cap = 0.04 if p.quiet else 0.1 if p.kids else 0.06  # a children's title reads at 64 px
    room = _block_height(p, cap) + s * (M + 0.05)
    px = px_for_width(  # most of the room tall: at 1.05 to 1.95 of the side wide, a six
        word, p.face, s * 2.4, (s - room) * rng.uniform(0.7, 0.95) / 0.95
    )  # letter word stood a third of the side tall under an empty black page
    stroke = max(1, int(px * 0.03)) if any(c.isalnum() for c in word) else 0
    tilt = not p.quiet and rng.random() < 0.4  # tilted, as if pasted up by hand
    hollow = not tilt  # the outline echoes, drawn only where they go
    turn = (rng.uniform(0.0, 1.0), rng.uniform(4, 11) * rng.choice((-1, 1))) if tilt else None
    along = rng.uniform(0.15, 0.85)  # where the frame crops the word
    colour = mix(p.ink, p.ground, 0.55) if p.quiet else _mark_colour(p)  # tint: a blank
    if rng.random() < 0.3:  # the word turned up one side, the title at the foot of the other
        px = px_for_width(word, p.face, s * rng.uniform(1.05, 1.4), s * 0.5 / 0.72)
        turned = _big_mask(word, p.face, px).rotate(90, expand=True)
        left = rng.random() < 0.5
        x = -int(turned.width * 0.08) if left else int(s - turned.width * 0.92)
        paint(image, turned, colour, (x, -int((turned.height - s) * rng.uniform(0.2, 0.8))))
        room_x = s - turned.width * 0.92 - s * (M + 0.04)
        top = s * (1 - M) - _block_height(p, cap, room_x / s)
        at = s * M if not left else turned.width * 0.92 + s * 0.04
        _small_title(pen, image, p, top, cap, at, room_x / s)
        return pen
    if turn is not None:  # only what the frame can show turns (2.5 sides took 20 ms)
        glyphs, _ = _window(word, p, px, s * 1.4, turn[0], turn[1])
        x, at = -int((glyphs.width - s) * along) if glyphs.width > s else int(s * M), 0
    else:  # only the window the frame shows is drawn at full size
        glyphs, start = _window(word, p, px, s, along)
        x, at = (-start, 0) if start is not None else (int(s * M), int(s * M))
    sink = rng.uniform(0.0, 0.15)  # how far the edge crops the word (at 0.3 a stub)
    up = rng.random() < 0.5  # title on top, the word standing on the bottom edge
    y = int(s - glyphs.height * (1 - sink)) if up else int(-glyphs.height * sink)
    paint(image, glyphs, colour, (at if turn is None else x, y))
    if up:
        span = (_small_title(pen, image, p, s * M, cap) + s * 0.03, float(y))
    else:
        span = (y + glyphs.height, s - room + s * 0.02)
    if hollow and span[1] - span[0] > max(s * 0.28, glyphs.height) and rng.random() < 0.25:
        outline = _big_mask(word, p.face, px, stroke)
        _echoes(image, outline, colour, x, y, -1 if up else 1, span)  # rarely: a review's template
    else:
        _mark(image, p, rng, span)
    if not up:
        _small_title(pen, image, p, s - room + s * 0.04, cap)
    return pen


def _window(word: str, p: Poster, px: int, window: float, share: float, tilt: float = 0.0):
    """The giant word's mask, only a `window` wide stretch of it where it is wider
    (starting at `share` of the overhang), and where that stretch starts in the whole
    word (None where the word fits); past 240 px drawn at half size (turned by `tilt`
    degrees there: at full size the turn cost 150 ms of a 3000 px export) and scaled up."""
    k = 2 if px > 240 else 1
    mask = line_mask(word, p.face, px // k, pad=0.0)
    start = None
    if mask.width * k > window:
        first = int((mask.width * k - window) * share) // k
        mask = mask.crop((first, 0, first + int(np.ceil(window / k)) + 1, mask.height))
        start = first * k
    if tilt:
        mask = mask.rotate(tilt, Image.Resampling.BICUBIC, True)
    if k > 1:
        mask = mask.resize((mask.width * k, mask.height * k), Image.Resampling.BILINEAR)
    return mask, start


def _echoes(image, hollow: Image.Image, colour, x: int, y: int, way: int, span) -> None:
    """The giant word repeated as outlines, row after row, away from it into the gap
    before the title (a long word set huge is short, and left the cover half empty)."""
    step = int(hollow.height * 0.95)
    at = y + way * step
    while (
        span[0] - hollow.height * 0.1 <= at and at + hollow.height <= span[1] + hollow.height * 0.1
    ):
        paint(image, hollow, colour, (x, at))
        at += way * step


def _giant_word(p: Poster, rng: np.random.Generator) -> str:
    """The word set huge: the longest, the first or the last, by the seed (words with
    letters or digits, no short article), set tight: a letter-spaced title's own
    word ("T H E" set huge read as three stray letters, not a word)."""
    split = (p.plain or p.text).split()
    words = [w.strip() for w in split if any(c.isalnum() for c in w)] or [p.text]
    longest = max(words, key=lambda w: width(w, p.face, 100))
    pick = (longest, words[0], words[-1])[int(rng.choice(3, p=(0.5, 0.25, 0.25)))]
    return pick if (len(pick) >= 4 or is_cjk(pick)) and not is_stop(pick) else longest


def _mark(image, p: Poster, rng: np.random.Generator, span: tuple[float, float]) -> None:
    """A second typographic element in the gap between the giant word and the title,
    where there is room: the title repeated small in a tint, rows of it; rarely a
    hairline ending in a dot (it had become the style's signature); often nothing,
    the gap left as ground."""
    s, (top, bottom) = p.size, span
    if bottom - top < s * 0.08:
        return
    kind = rng.random()
    if kind < 0.4:
        return
    if kind < 0.52:
        rule(image, top, s * M, s * (1 - M), mix(p.ink, p.ground, 0.4))
        r, cx = s * 0.014, s * (1 - M) - s * 0.014
        ImageDraw.Draw(image).ellipse((cx - r, top - r, cx + r, top + r), fill=p.accent)
        return
    px = max(6, int(s * 0.022))
    unit = "  /  ".join([p.text] * 8)
    y = top
    while y + px * 1.4 < bottom and y < top + s * 0.16:
        paint(image, line_mask(unit, p.face, px, pad=0.0), p.tint, (int(s * M), int(y)))
        y += px * 1.5


def justified(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """Each line of the title set as wide as the measure, stacked tight on its ink;
    then a colour field with the poster number, hairlines between the lines, or the
    block reversed out of a colour band."""
    s, pen = p.size, TitlePen(p.size)
    plain = p.plain or p.text
    words = plain.split()
    count = int(np.clip(len(words), 1, 2 + round(p.energy * 2))) if len(words) > 1 else 1
    count = max(count, 1 + int(len(clusters(plain)) > 10))  # a long word: two lines
    lines, _ = fit_lines(plain, p.face, s, width_frac=0.86, measure=run_width, lines=count)
    texts = [line.text for line in lines]
    if p.text != plain:  # broken as words, then spaced (a letter-spaced title split
        texts = [spaced(text) for text in texts]  # at its letters read "Neve / r Sent")
    sizes = [px_for_width(text, p.face, s * (1 - 2 * M), s * 0.42) for text in texts]
    finish = int(rng.integers(3))  # 0 colour field, 1 hairlines, 2 reversed band
    gap = 0.22 if finish == 1 else 0.06
    reach = _stack_reach(texts, p, sizes, gap)
    sizes = [max(6, int(px * min(1.0, s * 0.66 / reach))) for px in sizes]
    reach = _stack_reach(texts, p, sizes, gap)
    on_top = rng.random() < 0.6
    y = s * M if on_top else s * (1 - M) - reach
    ink = p.ink
    if finish == 2:
        y = s * M + (s * (1 - 2 * M) - reach) * rng.uniform(0.2, 0.8)
        pad = s * 0.035
        ImageDraw.Draw(image).rectangle((0, y - pad, s, y + reach + pad), fill=p.accent)
        ink = legible_on(p.accent, p.ink, p.ground)
    top = y
    for k, (text, px) in enumerate(zip(texts, sizes, strict=True)):
        up, down = ink_extent(Line(text, 0), p.face, px)
        pen.line(image, (s - width(text, p.face, px)) / 2, y + up, text, p.face, px, ink)
        y += up + down + gap * px
        if finish == 1 and k < len(texts) - 1:
            rule(image, y - gap * px / 2, s * M, s * (1 - M), mix(p.ink, p.ground, 0.5))
    if finish == 2:  # the larger stretch of ground outside the band
        above, below = top - s * 0.035, s - (y + s * 0.035)
        span = (0, int(above)) if above > below else (int(s - below), s)
        _field_mark(image, p, rng, span, p.tint if p.quiet else p.accent)
        return pen
    field_top = y + s * 0.03 if on_top else 0.0
    field_bottom = s if on_top else top - s * 0.04
    if field_bottom - field_top > s * 0.1:
        colour = p.accent
        if finish == 0:
            ImageDraw.Draw(image).rectangle((0, field_top, s, field_bottom), fill=p.accent)
            colour = legible_on(p.accent, p.ground, p.ink)
        _field_mark(image, p, rng, (int(field_top), int(field_bottom)), colour)
    return pen


def _field_mark(image, p: Poster, rng: np.random.Generator, rows: tuple[int, int], colour) -> None:
    """The poster mark huge in the rows the title leaves, cropped by their edges (they
    would be an empty slab else)."""
    s, (top, bottom) = p.size, rows
    if bottom - top < s * 0.3:  # a sliver of a letter read as a stray stroke, a small one
        return  # as a stray letter above the block
    px = int((bottom - top) * rng.uniform(1.1, 1.6) / 0.72)
    glyphs = line_mask(p.number, p.face, px, pad=0.0)
    field = Image.new("L", (s, bottom - top), 0)
    x = int(rng.uniform(-0.3 * glyphs.width, max(0.0, s - 0.7 * glyphs.width)))  # most of it
    field.paste(glyphs, (x, int((bottom - top) * rng.uniform(-0.2, 0.15))))
    paint(image, field, colour, (0, top))


def _stack_reach(texts: list[str], p: Poster, sizes: list[int], gap: float) -> float:
    """How tall lines stacked on their ink (marks included) stand, `gap` em apart."""
    extents = [ink_extent(Line(t, 0), p.face, px) for t, px in zip(texts, sizes, strict=True)]
    spaces = sum(gap * px for px in sizes[:-1])
    return sum(up + down for up, down in extents) + spaces
