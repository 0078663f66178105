"""The typographic poster's constructivist sheet, `diagonal`: the title reversed out of
a thick bar driven across the frame at an angle the energy steepens, a disc and a
hairline against it."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio
from sleeve.engine.scripts import dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    px_for_width,
    settled,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, weighted
from sleeve.engine.styles.cover_parts.poster_spine import RUN_LETTER, _needed_px

FRAME = 1.0  # the turned words' box at most this share of the side (its corners are bare)


def diagonal_fits(text: str) -> bool:
    """A title in a script whose letters read turned (Latin, Greek, Cyrillic)."""
    return dominant_script(text) in SPACED_SCRIPTS and bool(text.strip())


def diagonal(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title in heavy capitals reversed out of a thick bar driven up across the
    frame (steeper on a loud track), a hairline beside it and a disc in the corner
    the bar leaves widest; all of it away from the title."""
    s, pen = p.size, TitlePen(p.size)
    text = _capitals(p.plain or p.text)
    face = _heavy(p)
    angle = float(np.clip(14 + 22 * p.energy + rng.uniform(-6, 6), 10, 40))
    lines, least, run = _lines(text, face, s, angle)
    px = max(least, min(px_for_width(t, face, run, s * 0.2 / 0.72) for t in lines))
    while True:  # the turned words stay inside the frame (ΣΤΗ ΘΑΛΑΣΣΑ had run off it)
        words_mask, tall = _turned_words(lines, face, px, angle)
        if max(words_mask.size) <= s * FRAME or px <= least:
            break
        px = max(least, int(px * 0.92))
    cx = s * (0.5 + rng.uniform(-0.06, 0.06))
    cy = s * (0.5 + rng.uniform(-0.08, 0.08))
    if max(words_mask.size) <= s:  # moved off the middle only as far as the frame allows
        cx = float(np.clip(cx, words_mask.width / 2, s - words_mask.width / 2))
        cy = float(np.clip(cy, words_mask.height / 2, s - words_mask.height / 2))
    at = (int(cx - words_mask.width / 2), int(cy - words_mask.height / 2))
    # a quiet page's bar is toned, not coloured (an ambient page stays mostly tone)
    bar, ink = settled(p.tint if p.quiet else p.accent, p.ink, p.ground)
    if contrast_ratio(bar, p.ground) < 1.4:  # a bar the ground's own tone is no bar
        bar, ink = settled(p.ink, p.ground, p.accent)
    sin, cos = math.sin(math.radians(angle)), math.cos(math.radians(angle))
    side = 1 if rng.random() < 0.5 else -1  # the hairline above the bar or below
    off = (tall / 2 + s * 0.035) * side
    hx, hy = cx - sin * off, cy - cos * off
    line = ImageDraw.Draw(image)
    thin = max(1, round(s * 0.006))
    line.line((hx - cos * s, hy + sin * s, hx + cos * s, hy - sin * s), fill=p.ink, width=thin)
    if rng.random() < 0.6:  # a disc against the bar, else a second, thinner bar
        _disc(image, p, rng, (cx, cy), (cos, -sin), tall / 2 + s * 0.05, -side)
    else:
        off = -(tall / 2 + s * rng.uniform(0.1, 0.2)) * side
        bx, by, w = cx - sin * off, cy - cos * off, max(2, round(s * rng.uniform(0.03, 0.07)))
        tone = _standing(p)
        line.line((bx - cos * s, by + sin * s, bx + cos * s, by - sin * s), fill=tone, width=w)
    # the bar itself drawn as a polygon (a rotated 2x-wide strip cost 0.2x the reference)
    half, run_x, run_y = tall / 2, cos * s * 1.5, -sin * s * 1.5
    nx, ny = sin * half, cos * half
    corners = [
        (cx - run_x - nx, cy - run_y - ny), (cx + run_x - nx, cy + run_y - ny),
        (cx + run_x + nx, cy + run_y + ny), (cx - run_x + nx, cy - run_y + ny),
    ]  # fmt: skip
    line.polygon(corners, fill=bar)
    pen.paste(image, words_mask, at, ink, sum(1 for c in text if not c.isspace()))
    return pen


def _lines(text: str, face, s: int, angle: float) -> tuple[list[str], int, float]:
    """The diagonal's lines (one, or two halves of the words where one runs past the
    chord at its least size), that least size (RUN_LETTER) and the chord."""
    run = s / math.cos(math.radians(angle)) * 0.8  # the chord through the middle, spared
    words = text.split()
    least = _needed_px(text, face, s, RUN_LETTER)  # a slanted run reads at RUN_LETTER
    if len(words) < 2 or width(text, face, least) <= run:
        return [text], least, run
    halves = [abs(len(" ".join(words[:j])) - len(text) / 2) for j in range(1, len(words))]
    cut = int(np.argmin(halves))
    return [" ".join(words[: cut + 1]), " ".join(words[cut + 1 :])], least, run


@lru_cache(maxsize=4096)  # asked at every turn the memory tries (layout_of)
def turned_fits(plain: str, face, energy: float) -> bool:
    """Whether the title, in the diagonal's heaviest face at its least size, stays
    inside the frame at every slant the music may give it ("NEON DREAMS OF A CITY
    THAT NEVER SLEEPS" ran off both edges)."""
    text, heavy, s = _capitals(plain), weighted(face, 900.0), 1000
    for shift in (-6.0, -3.0, 0.0, 3.0, 6.0):  # the widest box can fall between the ends
        angle = float(np.clip(14 + 22 * energy + shift, 10, 40))
        lines, least, _ = _lines(text, heavy, s, angle)
        if max(_turned_words(lines, heavy, least, angle)[0].size) > s * FRAME:
            return False
    return True


def _turned_words(lines: list[str], face, px: int, angle: float) -> tuple[Image.Image, float]:
    """The title's lines centred one under another, turned by `angle`, and the height
    of the band they make before turning."""
    masks = [line_mask(t, face, px, pad=0.12) for t in lines]
    pad = px * 0.22
    tall = sum(m.height for m in masks) + 2 * pad
    widest = max(m.width for m in masks)
    words = Image.new("L", (int(widest + 2 * pad), int(tall)), 0)
    y = pad
    for m in masks:
        words.paste(m, (int(pad + (widest - m.width) / 2), int(y)))
        y += m.height
    return words.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True), tall


def _disc(image, p: Poster, rng, centre, direction, clear: float, side: int) -> None:
    """A disc in the corner the bar leaves on `side` (1: above-left), as big as fits
    clear of the bar and the hairline."""
    s = p.size
    corner = (s * 0.24, s * 0.24) if side > 0 else (s * 0.76, s * 0.76)
    dx, dy = corner[0] - centre[0], corner[1] - centre[1]
    distance = abs(dx * direction[1] - dy * direction[0])
    r = min(s * rng.uniform(0.12, 0.2), distance - clear - s * 0.02)
    r = min(r, corner[0] - s * 0.02, s - corner[0] - s * 0.02)
    if r < s * 0.05:
        return
    x, y = corner
    ImageDraw.Draw(image).ellipse((x - r, y - r, x + r, y + r), fill=_standing(p))


def _standing(p: Poster):
    """The first of the poster's colours that stands off its ground (else the ink):
    the disc's and the second bar's tone."""
    return next((c for c in p.colours if contrast_ratio(c, p.ground) >= 1.6), p.ink)
