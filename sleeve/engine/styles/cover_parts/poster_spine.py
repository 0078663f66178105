"""The typographic poster's spine: a colour block down one side with the title
running up it (CJK stacked upright), and the poster mark huge in the field beside it
or, on a quiet track, a dot."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, hue_distance, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.glyphs import ink_extent, run_width
from sleeve.engine.scripts import clusters, is_cjk
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    paint,
    px_for_width,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import spaced
from sleeve.engine.title_lines import Line, fit_lines

M = 0.075  # margin, share of the side
# the least letter height of a title run up the spine, share of the side: two reviewers
# could not read the spine titles of Gravel Road Home and Καλοκαίρι στη θάλασσα at 5.5
# px at 64 px (a run at a slant, RUN_LETTER, went with the retired diagonal)
LETTER = 6.5 / 64
LENGTH = 1 - 2 * M  # the run of the title up the spine
MARK_CONTRAST = 3.0  # the least the mark stands off the ground (grey on grey read faint)
# the spine's title at this colour contrast on its ground: its thin turned letters,
# shrunk to the 256 px thumbnail, lose a third of it (Kaleidoscope Garden's purple on
# orange, 4.7:1 as colours, measured 3.2:1 there)
TITLE_CONTRAST = 7.5
BLOCK_VALUE = 0.22  # the least OKLab lightness between the block and the ground
VIVID = 0.1  # two colours this chromatic side by side clash ...
CLASH = (55.0, 150.0)  # ... at these hue distances (orange beside lime, pink by green)
PAPER, INK = (246, 243, 236), (18, 18, 20)


def clashes(a, b) -> bool:
    """Whether two colours side by side clash: both vivid, their hues a third to near
    a half of the wheel apart (orange beside lime); a red by a yellow or a complement
    of clearly other value stands as a pair."""
    (_, ca, ha), (_, cb, hb) = rgb_to_oklch(a), rgb_to_oklch(b)
    return ca >= VIVID and cb >= VIVID and CLASH[0] <= hue_distance(ha, hb) <= CLASH[1]


def spine_colours(p: Poster) -> tuple:
    """The block, the title's ink (on the block) and the mark's tone: the block the
    first of the accent, the palette's other colours, the ink and a dark or light of
    the ground's own hue that stands clearly off the ground in value and does not
    clash with it; the ink the one of the poster's ink, the ground, paper and black
    that reads best on the block, the block pushed away from it until the title reads
    at TITLE_CONTRAST."""
    ground_l, ground_c, hue = rgb_to_oklch(p.ground)
    deep = oklch_to_rgb(0.2 if ground_l > 0.5 else 0.93, min(ground_c, 0.04), hue)
    block = deep
    for colour in (p.accent, *p.colours, p.ink, deep):
        far = abs(rgb_to_oklch(colour)[0] - ground_l) >= BLOCK_VALUE
        if far and not clashes(colour, p.ground):
            block = colour
            break
    ink = max((p.ink, p.ground, PAPER, INK), key=lambda c: contrast_ratio(c, block))
    dark = contrast_ratio(ink, INK) < contrast_ratio(ink, PAPER)  # a dark ink: the block lightens
    away = (255, 255, 255) if dark else (0, 0, 0)
    for _ in range(14):
        if contrast_ratio(ink, block) >= TITLE_CONTRAST:
            break
        block = mix(block, away, 0.08)
    mark = block if contrast_ratio(block, p.ground) >= MARK_CONTRAST else ink_on(p.ground, p.ink)
    return block, ink, mark


def ink_on(ground, *first) -> tuple:
    """The first colour that reads at TITLE_CONTRAST on the ground, else the best of
    them, paper and black."""
    for colour in first:
        if contrast_ratio(colour, ground) >= TITLE_CONTRAST:
            return colour
    return max((*first, PAPER, INK), key=lambda c: contrast_ratio(c, ground))


@lru_cache(maxsize=4096)  # asked at every turn the memory tries (layout_of)
def _letter_share(text: str, face) -> float:
    """The median ink height of the title's letters, per pixel of type size."""
    probe = 100
    heights = [sum(ink_extent(Line(c, 0), face, probe)) for c in clusters(text) if c.strip()]
    return max(0.1, float(np.median(heights)) / probe) if heights else 0.7


def _needed_px(text: str, face, size: int, letter: float = LETTER) -> int:
    """The type size at which the title's letters stand `letter` of the side."""
    return int(np.ceil(letter * size / _letter_share(text, face)))


def _count(text: str, plain: str) -> int:
    return 2 if len(text) > 18 and " " in plain.strip() else 1


@lru_cache(maxsize=4096)
def spine_fits(plain: str, shown: str, face, letter: float = LETTER) -> bool:
    """Whether the title runs up the spine with letters `letter` of the side tall: a
    CJK column of at most eight characters; else the lines the spine draws (`plain`
    broken at its words, then letter-spaced where `shown` is) within the frame's
    height at that size (Mirrorball Boogie read tiny)."""
    if is_cjk(shown):
        return len([c for c in clusters(shown) if c.strip()]) <= 8
    px = _needed_px(shown, face, 1000, letter)
    return all(width(t, face, px) <= 1000 * LENGTH for t in spine_lines(plain, shown, face, 1000))


def spine_lines(plain: str, shown: str, face, size: int) -> list[str]:
    """The lines the spine sets: one, or two for a long title, broken at the words of
    `plain` and then letter-spaced where `shown` is (a spaced title broken at its
    letters read "OF TH / E OLD")."""
    count = _count(shown, plain)
    lines, _ = fit_lines(plain, face, size, width_frac=0.86, measure=run_width, lines=count)
    texts = [line.text for line in lines]
    return [spaced(t) for t in texts] if shown != plain else texts


def spine(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """A colour block down one side with the title running up it, or up its edge on
    the ground (CJK stacked upright); the mark huge in the field, or a dot on a quiet
    track."""
    s, pen = p.size, TitlePen(p.size)
    block_w = s * (0.2 + 0.32 * p.energy + rng.uniform(-0.04, 0.04)) * (0.6 if p.quiet else 1.0)
    left = rng.random() < 0.5
    bx0 = 0 if left else s - block_w
    on_block = rng.random() < 0.65
    block, ink, tone = spine_colours(p)
    if not on_block:  # up the block's edge on the ground: only where it reads there
        ink = ink_on(p.ground, p.ink)
        on_block = contrast_ratio(ink, p.ground) < TITLE_CONTRAST
        ink = spine_colours(p)[1] if on_block else ink
    column = min(block_w, s * 0.26) * (0.62 if on_block else 0.5)
    length = s * LENGTH
    if is_cjk(p.text):
        glyphs = _stack(p, length, max(column, LETTER * s * 1.15) / 0.72)
        chars = len([c for c in clusters(p.text) if c.strip()])
    else:
        glyphs = _turned_lines(p, length, column).rotate(90, expand=True)
        chars = sum(1 for c in p.text if not c.isspace())
    if on_block:  # the block holds the title with a margin, however big it must be
        block_w = max(block_w, glyphs.width + s * 0.06)
        bx0 = 0 if left else s - block_w
    if on_block:
        x = bx0 + (block_w - glyphs.width) / 2
    else:
        x = bx0 + block_w + s * 0.03 if left else bx0 - s * 0.03 - glyphs.width
    mx = s * 0.5 + (block_w / 2 if left else -block_w / 2)
    # the mark goes under the block and the title: painted over them, a huge "40" in a
    # tint of the block hid half of "TRESOR 0400" (2.2:1)
    # the mark in the block's colour (two inks, no mixture: a lime mixed toward purple
    # read as a muddy green K), or in the ink where the block stands faint on the ground
    steps = tone != block
    if (rng.random() < 0.35 or steps) and p.quiet:  # a dot (on a loud track it read as
        r = s * (0.03 + 0.05 * p.energy)  # a placeholder)
        ImageDraw.Draw(image).ellipse((mx - r, s * 0.3 - r, mx + r, s * 0.3 + r), fill=p.ink)
    elif p.number.isalnum() and s - block_w > s * 0.3:  # a whole mark
        room = s - block_w - s * 0.12  # in the field (a big 별 under the block: fragments)
        px = int(s * rng.uniform(0.4, 0.62) / 0.72)
        number = line_mask(p.number, p.face, px, pad=0.0)
        if number.width > room:
            px = int(px * room / number.width)
            number = line_mask(p.number, p.face, px, pad=0.0)
        drop = -int(number.height * rng.uniform(0.0, 0.3)) if p.number.isascii() else int(s * M)
        half = number.width / 2
        if left:
            mx = min(max(mx, bx0 + block_w + half + s * 0.05), s - half)
        else:
            mx = max(min(mx, bx0 - half - s * 0.05), half)
        field = Image.new("L", (s, s), 0)
        field.paste(number, (int(mx - number.width / 2), drop))
        if not on_block:  # the mark stops short of the title (a pink "東" under the
            pad = s * 0.03  # title's column read at 2.3:1)
            ty = s * (1 - M) - glyphs.height
            box = (x - pad, ty - pad, x + glyphs.width + pad, ty + glyphs.height + pad)
            ImageDraw.Draw(field).rectangle(box, fill=0)
        paint(image, field, tone)
    ImageDraw.Draw(image).rectangle((bx0, 0, bx0 + block_w, s), fill=block)
    pen.paste(image, glyphs, (int(x), int(s * (1 - M) - glyphs.height)), ink, chars)
    return pen


def _turned_lines(p: Poster, length: float, column: float) -> Image.Image:
    """The title as one line, or two for a long one, `length` long and at most
    `column` tall (a mask, to be turned up the spine)."""
    plain = p.plain or p.text
    count = _count(p.text, plain)
    texts = spine_lines(plain, p.text, p.face, p.size)
    cap = column / 0.72 / (1.0 if count == 1 else 2.1)
    px = min(px_for_width(text, p.face, length, cap) for text in texts)
    longest = min(px_for_width(text, p.face, length, p.size) for text in texts)
    # 6.5 px letters at 64 px, but never off the frame: a title the spine takes only
    # because no other page fits it (typographic_poster.composition) is set smaller
    px = min(max(px, _needed_px(p.text, p.face, p.size)), longest)
    masks = [line_mask(text, p.face, px, pad=0.1) for text in texts]
    out = Image.new("L", (max(m.width for m in masks), sum(m.height for m in masks)), 0)
    y = 0
    for mask in masks:
        out.paste(mask, (0, y))
        y += mask.height
    return out


def _stack(p: Poster, length: float, column: float) -> Image.Image:
    """A CJK title as one upright column of characters."""
    chars = [c for c in clusters(p.text) if c.strip()]
    px = int(min(column, length / max(1, len(chars)) / 1.05))
    tiles = [line_mask(c, p.face, px, pad=0.0) for c in chars]
    out = Image.new("L", (px + 2, int(px * 1.05 * len(chars)) + 2), 0)
    for k, tile in enumerate(tiles):
        out.paste(tile, ((px - tile.width) // 2, int(k * px * 1.05)))
    return out
