"""The typographic poster's shape-led sheet, set level in any script (Thai, Arabic,
Devanagari and Hebrew are never turned), returning the pen that set the legible title,
and the level title block its other level sheets share:

lens: a Swiss concert poster, the title huge across a big disc of the accent, its
letters changing colour where they pass inside the disc (where a third colour reads on
both the disc and the ground; else one ink over a disc pushed until it reads under it).
The disc runs off the frame's side and the title stands flush left on the margin (a
centred title on a whole disc read as a text preset); the louder the song, the bigger
the disc, standing high for an early peak and low for a late one. Retired in round 11: shadow type
(the title with a hard offset shadow), "a Canva text preset" to the reviewers.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.glyphs import run_width
from sleeve.engine.raster import RGB
from sleeve.engine.runs import is_rtl
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, line_mask, paint
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.title_lines import fit_lines

M = 0.075  # margin, share of the side
PAPER, INK = (248, 245, 238), (16, 16, 18)
SWAP = 3.0  # the least contrast between the title's two colours in and out of the disc
EDGE = 3.0  # the least contrast of the letters' inside colour on the ground past the disc
MOST_CHARS = 40  # longer titles set too small for a type-as-image sheet


def level_fits(plain: str, face, wide: float = 1 - 2 * M, need: float = 1.2) -> bool:
    """Whether the title, level in up to three lines `wide` of the side, stands `need`
    times LETTER tall at 64 px (any script)."""
    text = _capitals(plain)
    if not text.strip() or len([c for c in clusters(text) if c.strip()]) > MOST_CHARS:
        return False
    _, px = fit_lines(text, face, 1000, width_frac=wide, measure=run_width, max_lines=3)
    return px >= _needed_px(text, face, 1000) * need


def title_block(text: str, face, size: int, wide: float, cap: float, centred: bool, units=None):
    """The title level in up to three balanced lines `wide` of the side (type size at
    most `cap` of it, and the block within the margins), as one mask: centred or flush
    left; and its type size. A `units` list gets each word's box in the mask (a line
    with no space, as CJK sets, is one word)."""
    for _ in range(8):  # no taller than the frame inside its margins (月光 / 下的 / 城市
        # at 0.42 of the side each had run off the top)
        lines, px = fit_lines(
            text, face, size, width_frac=wide, measure=run_width, max_lines=3,
            max_px=int(size * cap),
        )  # fmt: skip
        masks = [line_mask(line.text, face, px, pad=0.08) for line in lines]
        tall = sum(m.height for m in masks)
        if tall <= size * (1 - 2 * M):
            break
        cap *= size * (1 - 2 * M) / tall * 0.98
    out = Image.new("L", (max(m.width for m in masks), sum(m.height for m in masks)), 0)
    y = 0
    for line, mask in zip(lines, masks, strict=True):
        x = (out.width - mask.width) // 2 if centred else 0
        out.paste(mask, (x, y))
        if units is not None:
            units.extend((x + a, y, x + b, y + mask.height) for a, b in _words(line.text, mask))
        y += mask.height
    return out, px


def _words(text: str, mask: Image.Image) -> list[tuple[int, int]]:
    """A line mask's words as column spans, split at its widest gaps of no ink, one a
    space (the whole line where the gaps do not match its spaces)."""
    spaces = len(text.split()) - 1
    cols = np.asarray(mask, float).max(axis=0) > 0
    inked = np.flatnonzero(cols)
    if not len(inked):
        return []
    if spaces < 1:
        return [(int(inked[0]), int(inked[-1]) + 1)]
    steps = np.diff(inked)
    cuts = np.sort(np.argsort(steps)[::-1][:spaces])
    if len(cuts) < spaces or steps[cuts].min() < 2:
        return [(int(inked[0]), int(inked[-1]) + 1)]
    starts = np.r_[inked[0], inked[cuts + 1]]
    ends = np.r_[inked[cuts] + 1, inked[-1] + 1]
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def lens(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """A big disc of the accent run off a side and the title huge across it, its letters
    in the ink on the ground and in the ground (or the ink that reads) inside the
    disc: one picture, two colours swapping where they cross."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    words: list[tuple[int, int, int, int]] = []
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.42, is_rtl(text), words)  # Arabic lines
    # centred in their block (flush left, their line ends ragged on the wrong side)
    disc = p.accent if contrast_ratio(p.accent, p.ground) >= 1.8 else p.ink
    # inside, a colour that swaps visibly with the ink (the ink again read as no change)
    # and still reads on the ground, where a letter runs off the disc: the ground itself
    # had left 東京の夜's kanji half lost on the navy past the disc's edge (3.1:1)
    swaps = [
        c
        for c in (p.ground, PAPER, INK)
        if contrast_ratio(c, p.ink) >= SWAP and contrast_ratio(c, p.ground) >= EDGE
    ]
    inside = max(swaps or [p.ink], key=lambda c: contrast_ratio(c, disc))
    disc = _pushed(disc, inside)
    if contrast_ratio(inside, disc) < 4.5:  # no disc reads under both: one ink
        inside, disc = p.ink, _pushed(p.accent, p.ink)
    # the louder, the bigger the disc; its centre near a side, so the frame cuts it
    radius = s * (0.36 + 0.16 * p.energy + rng.uniform(-0.03, 0.04))
    cx = s * (0.5 + rng.choice((-1, 1)) * rng.uniform(0.24, 0.36))
    cy = s * (0.36 + 0.28 * peak_share(p) + rng.uniform(-0.04, 0.04))  # an early peak high
    ImageDraw.Draw(image).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=disc)
    # the title crosses the disc: its middle a little above or below the disc's centre
    y = int(np.clip(cy + rng.uniform(-0.5, 0.5) * radius - glyphs.height / 2, s * M,
                    s * (1 - M) - glyphs.height))  # fmt: skip
    x = int(s * M)
    pen.paste(image, glyphs, (x, y), p.ink, _chars(text))
    ring = Image.new("L", (s, s), 0)
    ImageDraw.Draw(ring).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=255)
    # a word the disc touches takes the inside colour whole (it reads on the ground
    # too): one cut by the disc's edge had left 桜 and の half black, half white
    disc_in = np.asarray(ring, float) > 0
    placed = Image.new("L", (s, s), 0)
    for a, top, b, bottom in words:
        cell = glyphs.crop((a, top, b, bottom))
        ink = np.asarray(cell, float)
        under = disc_in[y + top : y + bottom, x + a : x + b]  # (the cover's part of it)
        if (ink[: under.shape[0], : under.shape[1]] * under).sum() > 0.02 * ink.sum():
            placed.paste(cell, (x + a, y + top))
    paint(image, placed, inside)
    pen.ink = p.ink
    return pen


def _pushed(disc: RGB, letters: RGB) -> RGB:
    """The disc in its own hue and chroma, its lightness stepped away from the letters'
    until they read on it at 4.5:1 (mixed toward black or white it had gone grey)."""
    light, chroma, hue = rgb_to_oklch(disc)
    step = -0.03 if rgb_to_oklch(letters)[0] > light else 0.03
    for _ in range(34):
        if contrast_ratio(letters, disc) >= 4.5:
            break
        light = min(1.0, max(0.0, light + step))
        disc = oklch_to_rgb(light, chroma, hue)
    return disc
