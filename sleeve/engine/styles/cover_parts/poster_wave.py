"""The typographic poster's wave: the title's letters riding the song's loudness, each
set on the curve and turned with it, over (or under) the loudness drawn as one solid
form in the accent, so the song's shape is the poster's layout.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    px_for_width,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import STEP_SCRIPTS
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px

M = 0.07  # margin, share of the side
WAVE_CAP = 0.2  # the letters' type size at most, of the side
SWELL = (0.1, 0.2)  # how far the curve rises and falls, of the side (calm, loud)
GAP = 0.035  # the room between the letters and the form, of the side


def wave_fits(plain: str, face) -> bool:
    """Whether the title rides the curve: one line of letters that stand alone (Latin,
    Greek, Cyrillic, CJK, Hangul) LETTER tall at 64 px within the frame's width."""
    text = _capitals(plain)
    if not text.strip() or dominant_script(text) not in STEP_SCRIPTS:
        return False
    s = 1000
    px = px_for_width(text, face, s * (1 - 2 * M) * 0.94, s * WAVE_CAP)
    return px >= _needed_px(text, face, s) * 1.15


def _path(p: Poster, count: int) -> np.ndarray:
    """The loudness across the frame, smoothed (0 quiet to 1 loud)."""
    curve = np.asarray(p.curve or (0.5,), float)
    level = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(curve)), curve)
    k = max(3, count // 12) | 1
    level = np.convolve(np.pad(level, k // 2, mode="edge"), np.ones(k) / k, mode="valid")
    spread = float(np.ptp(level))
    return (level - level.min()) / spread if spread > 1e-6 else np.full(count, 0.5)


def wave(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The letters set one by one along the loudness (a loud stretch lifts them), each
    turned to the curve's slope, riding a solid form of the loudness in the accent
    below them, or hanging under one from the top."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    px = px_for_width(text, face, s * (1 - 2 * M) * 0.94, s * WAVE_CAP)
    swell = s * (SWELL[0] + (SWELL[1] - SWELL[0]) * p.energy)
    level = _path(p, s)
    hang = rng.random() < 0.35  # the form from the top, the letters under it
    middle = s * rng.uniform(0.42, 0.56) if not hang else s * rng.uniform(0.4, 0.5)
    ys = middle - swell * (level - 0.5)
    ys = np.clip(ys, s * M + px * 1.2, s * (1 - M) - px * 0.3)
    slope = np.gradient(ys)
    x = (s - width(text, face, px)) / 2
    accent = p.accent if contrast_ratio(p.accent, p.ground) >= 1.6 else mix(p.ink, p.ground, 0.5)
    gap = s * GAP
    xs = np.arange(s, dtype=float)
    form = (
        [(0, 0), *zip(xs, ys - px * 1.05 - gap, strict=True), (s, 0)]
        if hang
        else [(0, s), *zip(xs, ys + gap, strict=True), (s, s)]
    )
    ImageDraw.Draw(image).polygon(form, fill=accent)
    for cluster in clusters(text):
        advance = width(cluster, face, px)
        if cluster.strip():
            centre = int(np.clip(x + advance / 2, 0, s - 1))
            angle = math.atan(float(np.mean(slope[max(0, centre - 4) : centre + 5])))
            mask = line_mask(cluster, face, px, pad=0.0)
            turned = mask.rotate(-math.degrees(angle), Image.Resampling.BICUBIC, expand=True)
            # the letter's foot on the curve: its centre lifted half its height along the normal
            cx = x + advance / 2 + math.sin(angle) * mask.height / 2
            cy = ys[centre] - math.cos(angle) * mask.height / 2
            at = (int(cx - turned.width / 2), int(cy - turned.height / 2))
            pen.paste(image, turned, at, p.ink, 1)
        x += advance
    return pen
