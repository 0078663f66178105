"""The typographic poster's metal picture besides the slab, `sigil`: a band's logo
sheet, the title centred in the track's blackletter over a field of black, a thorned
rule mirrored above and below it (more thorns as the track is louder) and a small
geometric sigil (an inverted cross, a ringed inverted triangle or a broken ring) in
oxblood or ash. Bone on black (black metal: stark white on black, ash marks).
Retired: the pillar (the title turned down one edge against a block of grit: "rotated
blackletter + grey noise block, placeholder-ish", and unreadable at 64 px).
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine.glyphs import run_width
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.poster_heavy import BLACK, BLOOD, BONE
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, line_mask
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.title_lines import fit_lines

M = 0.075  # margin, share of the side
WHITE = (244, 244, 242)
PALE_ASH = (120, 128, 134)  # the black-metal mark: paler than the slab's ash bar
SIGILS = ("cross", "triangle", "double")
SIGIL_WIDTH = (0.72, 0.12)  # the sigil's measure at no energy, and what energy adds


def metal_colours(subgenre: str, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """Ground, ink and mark: bone on black with oxblood, black metal stark white (or
    bone) on black with ash; never a pastel."""
    if subgenre == "black_metal":
        return BLACK, (WHITE if rng.random() < 0.6 else BONE), PALE_ASH
    return BLACK, BONE, BLOOD


def _lines(text: str, face, width: float, tall: float) -> tuple[list[str], int]:
    """The title in one to four centred lines at the largest size that fits the width
    and the height (a long title breaks rather than shrinking under 5 px at 64 px)."""
    best: tuple[list[str], int] = ([text], 6)
    for count in range(1, 5):
        lines, px = fit_lines(
            text, face, 1000, width_frac=width / 1000, measure=run_width, lines=count, max_px=1000
        )
        px = int(min(px, tall / (len(lines) * 1.05)))
        if px > best[1] * 1.08:
            best = ([line.text for line in lines], px)
    return best


def sigil_fits(text: str, face) -> bool:
    """Whether the centred title's letters stand 5 px tall at 64 px at the sigil's
    narrowest measure (a quiet track's, SIGIL_WIDTH at no energy)."""
    texts, px = _lines(text, face, 1000 * SIGIL_WIDTH[0], 1000 * 0.5)
    return px >= _needed_px(text, face, 1000)


def sigil(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title centred like a band's logo, a thorned rule mirrored above and below
    it, a small sigil above, the rest black (a faint ash haze behind the title)."""
    s, pen = p.size, TitlePen(p.size)
    text = p.plain or p.text
    _haze(image, p, rng)
    low, gain = SIGIL_WIDTH
    texts, base = _lines(text, p.face, 1000 * (low + gain * p.energy), 1000 * 0.5)
    px = max(6, int(base * s / 1000))
    masks = [line_mask(t, p.face, px, pad=0.0) for t in texts]
    masks = [m.crop(m.getbbox() or (0, 0, 1, 1)) for m in masks]
    gap = px * 0.12
    tall = sum(m.height for m in masks) + gap * (len(masks) - 1)
    centre = s * rng.uniform(0.46, 0.56)
    top = centre - tall / 2
    y = top
    for t, m in zip(texts, masks, strict=True):
        at = (int((s - m.width) / 2), int(y))
        pen.paste(image, m, at, p.ink, sum(1 for c in t if not c.isspace()))
        y += m.height + gap
    widest = max(m.width for m in masks)
    reach = widest * rng.uniform(1.0, 1.1) + s * 0.06  # quiet: as wide as the title
    span = min(s * (1 - 2 * M), reach + (s - reach) * max(0.0, p.energy - 0.5)) / 2
    thorns = 3 + int(round(5 * p.energy))  # louder: a crueller rule
    clear = s * 0.035
    rule = tuple(int(a * 0.8 + b * 0.2) for a, b in zip(p.ink, p.ground, strict=True))
    _thorned(image, s / 2, top - clear, span, thorns, rule, up=True)
    _thorned(image, s / 2, y - gap + clear, span, thorns, rule, up=False)
    mark = SIGILS[int(rng.integers(len(SIGILS)))]
    low = rng.random() < 0.35  # the sigil under the title, else over it
    room = (s - (y - gap + clear) if low else top - clear) - s * 0.04  # beyond the rule
    r = min(s * 0.075, (room - s * M) / 2.2)
    if r > s * 0.025:
        cy = y - gap + clear + s * 0.04 + r * 1.1 if low else top - clear - s * 0.04 - r * 1.1
        _sigil(image, mark, (s / 2, cy), r, p.accent)
    pen.ink = p.ink
    return pen


def _haze(image: Image.Image, p: Poster, rng: np.random.Generator) -> None:
    """A faint ash haze: a blurred low cloud a shade off the black (a flat black page
    read as an empty render)."""
    s = p.size
    cloud = rng.normal(0.0, 1.0, (10, 10)) * 40 + 26
    mask = Image.fromarray(np.clip(cloud, 0, 255).astype(np.uint8), "L")
    mask = mask.resize((s, s), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(s * 0.03))
    lift = tuple(min(255, c + 34) for c in p.ground)
    image.paste(lift, (0, 0, s, s), mask)


def _thorned(image: Image.Image, cx: float, y: float, half: float, thorns: int, colour, up: bool):
    """A rule tapering from a diamond at the centre to points at both ends, thorns
    growing off it away from the title, mirrored left and right."""
    draw = ImageDraw.Draw(image)
    s = image.size[0]
    t = max(1.0, s * 0.006)
    away = -1 if up else 1
    for side in (-1, 1):
        end = cx + side * half
        draw.polygon([(cx, y - t), (end, y), (cx, y + t)], fill=colour)
        for k in range(thorns):
            f = (k + 1) / (thorns + 1)
            x = cx + side * half * f
            tall = s * 0.03 * (1 - f * 0.7)
            lean = side * tall * 0.7
            base = t * (1 - f) + s * 0.004
            draw.polygon([(x - base, y), (x + base, y), (x + lean, y + away * tall)], fill=colour)
    d = s * 0.016
    draw.polygon([(cx, y - d), (cx + d, y), (cx, y + d), (cx - d, y)], fill=colour)


def _sigil(image: Image.Image, mark: str, centre: tuple[float, float], r: float, colour):
    """A small geometric mark: an inverted cross, a ringed inverted triangle, or an
    inverted double cross."""
    draw = ImageDraw.Draw(image)
    cx, cy = centre
    w = max(1, round(r * 0.16))
    if mark != "triangle":  # the long arm up: an inverted cross, one bar or two
        draw.rectangle((cx - w / 2, cy - r, cx + w / 2, cy + r), fill=colour)
        bars = (0.3,) if mark == "cross" else (0.15, 0.55)
        for at, half in zip(bars, (0.5, 0.34), strict=False):
            y = cy + r * at
            draw.rectangle((cx - r * half, y - w / 2, cx + r * half, y + w / 2), fill=colour)
        return
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=w)
    angles = (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3)
    points = [(cx + r * 0.92 * math.cos(a), cy + r * 0.92 * math.sin(a)) for a in angles]
    draw.polygon(points, outline=colour, width=w)
