"""The spectrogram style's grooves: a macro view of the song cut as a record's grooves,
lit by one light. The disc's centre lies far off the frame, so its grooves sweep across
the free part in shallow arcs, the song running from the rim inward; its quiet passages
are the smooth lands between tracks. One light catches the grooves in a single streak
across them, as wide as the song is loud at each moment (its swell mirrored about the
light's ray), fine groove lines glinting inside it as bright as the spectrum there. On
paper the disc is the ink and the streak its spot colour."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, cells, lit

PITCH = 0.009  # a fine groove's width (a share of the side)
STREAK = 0.16  # the light's streak's half-width at its widest (a share of the side)
LAND = 25  # the percentile of loudness below which a passage is a smooth land


def _centre(c: Canvas, rng: np.random.Generator) -> tuple[float, float, float]:
    """The disc's centre (far off the frame, away from the title) and its rim's radius
    (the rim crosses the free part near the title's side, the field calm beyond)."""
    fx0, fy0, fx1, fy1 = c.free
    mx, my = (fx0 + fx1) / 2, (fy0 + fy1) / 2
    away = np.array([mx - 0.5, my - 0.5])
    if np.hypot(*away) < 1e-3:
        away = np.array([0.0, 1.0])
    away = away / np.hypot(*away)
    turn = float(rng.uniform(0.35, 0.7)) * float(rng.choice((-1.0, 1.0)))
    cos, sin = np.cos(turn), np.sin(turn)
    ax, ay = cos * away[0] - sin * away[1], sin * away[0] + cos * away[1]
    reach = float(rng.uniform(1.05, 1.35))
    cx, cy = mx + ax * reach, my + ay * reach
    near = (mx - ax * 0.42 * (fx1 - fx0), my - ay * 0.42 * (fy1 - fy0))
    rim = float(np.hypot(near[0] - cx, near[1] - cy)) * float(rng.uniform(0.96, 1.02))
    return cx, cy, rim


def grooves(c: Canvas, rng: np.random.Generator) -> Ink:
    """The song as lit record grooves in macro (see the module)."""
    cx, cy, rim = _centre(c, rng)
    dx, dy = c.x - cx, c.y - cy
    r = np.sqrt(dx * dx + dy * dy)
    inner = rim - float(rng.uniform(1.0, 1.3))  # the song's end, off the frame
    t = np.clip((rim - r) / (rim - inner), 0.0, 1.0)  # the rim is the song's start
    spec = ndimage.gaussian_filter(c.spec, (c.spec.shape[0] * 0.012, 1.2), mode="nearest")
    spec = np.clip(spec / max(float(np.percentile(spec, 99.0)), 1e-6), 0.0, 1.0)
    loud = spec.mean(axis=1)
    spread = float(np.ptp(loud))
    # a steady song (no swell to show) keeps a broad streak, its spectrum across it
    loud = (loud - loud.min()) / spread if spread > 1e-3 else np.full_like(loud, 0.85)
    quiet = float(np.percentile(loud, LAND))
    land = np.interp(t, np.linspace(0, 1, len(loud)), (loud < quiet).astype(np.float32))
    # the light: a ray from the centre through the free part
    fx0, fy0, fx1, fy1 = c.free
    lx = fx0 + (fx1 - fx0) * float(rng.uniform(0.3, 0.7))
    ly = fy0 + (fy1 - fy0) * float(rng.uniform(0.3, 0.7))
    ray = np.arctan2(ly - cy, lx - cx)
    off = np.angle(np.exp(1j * (np.arctan2(dy, dx) - ray)))
    swell = np.interp(t, np.linspace(0, 1, len(loud)), loud)
    half = STREAK * (0.12 + 0.88 * swell**1.5)  # the streak's half-width: the song's swell
    across = np.abs(off) * r
    q = across / half  # 0 on the ray, 1 at the streak's edge
    band = cells(np.ascontiguousarray(spec, np.float32), t, np.clip(q, 0.0, 1.0))
    shape = np.clip((half - across) * c.res + 0.5, 0.0, 1.0)
    fine = max(PITCH, 4.0 / c.res)  # coarser where pixels are few: lines, never noise
    groove = 0.5 + 0.5 * np.cos(2 * np.pi * (rim - r) / fine)
    glint = shape * (0.62 + 0.38 * groove) * (0.35 + 0.65 * band)
    sheen = 0.22 * np.exp(-((across / STREAK) ** 2) / 2.0) * (1.0 - land)
    base = (0.13 + 0.06 * groove) * (1.0 - land) + 0.1 * land  # never a fade: a dim disc
    level = np.clip(np.maximum(base + sheen, glint), 0.0, 1.0)
    disc = np.clip((rim - r) * c.res + 0.5, 0.0, 1.0)
    value = np.where(c.dark, level, 1.0 - 0.75 * level) * disc
    box = (0.0, 0.0, 1.0, 1.0)  # lit clips it to the disc
    return lit(c, disc.astype(np.float32), value.astype(np.float32), box, floor=0.0)
