"""The risograph's vessel: a two-ink halftone portrait of one thrown pot, a vase or
jug whose silhouette is the song's loudness turned on a wheel.

The second ink prints the pot flat and off register; the lead ink shades it in a
halftone that deepens round its far side, so the two make a round object; a painted
band of bare paper rings its belly; its cast shadow falls in the third ink across
the table. The energy curve is the profile (a loud song bellies out, a quiet one is
slender), the tempo how many bands ring it; the seed picks the light's side and the
pot's place on the thirds. It keeps inside the sheet's area.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Plates, Rng, Sheet, fill, grid


def _profile(d: ArtDirection, rng: Rng, rows: np.ndarray) -> np.ndarray:
    """The pot's half-width (as a share of its greatest) down its height 0..1: a foot,
    a belly, a neck and a lip, the belly and shoulder swollen by the energy curve."""
    song = signals.smooth(signals.energy(d, 24).astype(np.float64), 5)
    song = np.interp(rows, np.linspace(0, 1, song.size), song)
    neck = rng.uniform(0.16, 0.28)  # where the neck meets the shoulder, from the lip
    belly = rng.uniform(0.5, 0.7)  # where the pot is widest
    neck_w, foot_w = rng.uniform(0.26, 0.4), rng.uniform(0.4, 0.6)
    rise = np.clip((rows - neck) / (belly - neck), 0, 1)  # neck out to the belly
    fall = np.clip((rows - belly) / (1 - belly), 0, 1)  # belly in to the foot
    up = neck_w + (1 - neck_w) * np.sin(rise * np.pi / 2) ** 1.5
    down = 1 - (1 - foot_w) * (1 - np.cos(fall * np.pi / 2))
    half = np.where(rows < belly, up, down) * (0.85 + 0.3 * song)
    half = np.where(rows < neck, neck_w + 0.1 * np.exp(-((rows / 0.035) ** 2)), half)
    return half / max(float(half.max()), 1e-6)


def vessel(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One pot shaded in two inks, its painted band in bare paper, its shadow in the
    third ink on the table (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    tall = h * rng.uniform(0.78, 0.88)
    top = y0 + (h - tall) * rng.uniform(0.3, 0.6)
    foot = top + tall
    width = min(w * 0.36, tall * (0.3 + 0.12 * d.energy))  # its greatest half-width
    cx = x0 + w * float(rng.choice((0.4, 0.5, 0.6))) + rng.uniform(-0.02, 0.02)
    rows = np.clip((y[:, 0] - top) / tall, 0, 1)
    half = _profile(d, rng, rows)[:, None] * width
    u = (x - cx) / np.maximum(half, 1e-4)  # across the pot, -1 .. 1
    body = fill(np.minimum(half - np.abs(x - cx), np.minimum(y - top, foot - y)))
    light = float(rng.choice((-1, 1)))
    round_ = np.sqrt(np.clip(1 - u**2, 0, 1))
    far = np.clip(0.5 + 0.5 * light * u, 0, 1)  # 0 where the light falls, 1 on the far rim
    shade = np.clip(0.42 * np.clip((far - 0.18) / 0.5, 0, 1) ** 1.2 + 0.15 * (1 - round_), 0, 0.42)
    # past 0.45 a screen reads as a checkerboard: bare highlight, dots, a solid far rim
    a = body * np.maximum(shade, fill((far - 0.74) * 0.2 + 0 * y))
    bands = 1 + round(2 * min(d.tempo_bpm / 120, 1.5))
    ring = np.zeros_like(body)
    for k in range(bands):  # painted bands, curved round the pot like ellipses
        level = top + tall * (0.42 + 0.1 * k) + 0.012 * tall * round_
        ring = np.maximum(ring, fill(0.007 + 0.003 * k - np.abs(y - level)))
    a = a * (1 - ring)
    b = shift(body, int(-light * 0.012 * RES), int(0.01 * RES)) * (1 - ring)
    sx, sy = cx - light * width * 0.9, foot + 0.01 * tall  # the shadow falls from the light
    rx, ry = width * 1.4, 0.05 * tall
    oval = np.sqrt(((x - sx) / rx) ** 2 + ((y - sy) / ry) ** 2)
    c = fill((1 - oval) * ry) * (1 - body)  # flat in the third ink
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    box = (min(cx - width, sx - rx), top, max(cx + width, sx + rx), foot + ry)
    return plates, _within(box, sheet)
