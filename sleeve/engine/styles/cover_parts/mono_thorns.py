"""Mono grain's thorn print for death and black metal: a dense, mirror-symmetric
tangle of thorned branches in bone on black, cut like a woodcut, filling the frame
but for the title's band (for some seeds round a black void at its heart), or one
thorned tree standing up the axis like an emblem.

The branches grow generation by generation as arrays (every tip forks at once), so
the depth is bounded and the cost is a few thousand PIL strokes at most."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid

Print = tuple[np.ndarray, Box, np.ndarray | None]
BIG = RES * 2  # drawn at twice the grid and scaled down: clean spikes
DEPTH = 6


def _grow(
    direction: ArtDirection,
    rng: np.random.Generator,
    lo: float,
    hi: float,
    up: bool,
    lone: bool,
) -> np.ndarray:
    """The branches of the left half, as rows of x0, y0, x1, y1, width (fractions of
    the side). Stems rise from the edge away from the title (or hang from it), their
    vigour the song's energy where they stand; or (`lone`) one trunk grows up the
    axis from the band's foot, a single tree as strong as the song. Tips that leave
    the band [lo, hi] die."""
    up = up or lone
    stems = 1 if lone else 3 + round(3 * direction.density)
    xs = np.array([0.48]) if lone else np.sort(rng.uniform(0.0, 0.5, stems))
    song = signals.resample(signals.energy(direction, 64), 64)
    vigour = 0.6 + 0.8 * song[np.clip((xs * 2 * 63).astype(int), 0, 63)]
    if lone:
        vigour = np.array([0.9 + 0.5 * direction.energy])
    sign = -1.0 if up else 1.0  # up: y falls as the branches grow
    x = xs
    y = np.full(stems, hi + 0.02 if up else lo - 0.02)
    angle = sign * np.pi / 2 + (np.zeros(1) if lone else rng.uniform(-0.35, 0.55, stems))
    length = (hi - lo) * 0.22 * vigour
    width = (0.03 if lone else 0.016) + 0.012 * direction.energy * vigour
    spread = 0.42 + 0.35 * direction.energy
    twist = 0.15 + 0.35 * direction.turbulence
    out = []
    for depth in range(DEPTH):
        x1, y1 = x + length * np.cos(angle), y + length * np.sin(angle)
        # a limb reaching for the title's band stops short of it, at a ragged line
        edge = (
            lo + 0.01 + 0.08 * rng.random(x.size) if up else hi - 0.01 - 0.08 * rng.random(x.size)
        )
        over = (y1 < edge) if up else (y1 > edge)
        t = np.where(over, np.clip((edge - y) / (y1 - y - 1e-9), 0, 1), 1.0)
        x1, y1 = x + (x1 - x) * t, y + (y1 - y) * t
        out.append(np.stack([x, y, x1, y1, width + 0 * x], axis=1))
        alive = (y1 > lo + 0.02) & (y1 < hi - 0.02) & (x1 > -0.05) & (x1 < 0.62 + 0.4 * lone)
        alive &= rng.random(x1.size) > (0.04 if lone else 0.1) * depth  # the crown thins
        if depth == DEPTH - 1 or not alive.any():
            break
        x1, y1, angle, length = x1[alive], y1[alive], angle[alive], length[alive]
        width = np.broadcast_to(width, alive.shape)[alive]
        forks = 2 + (rng.random(x1.size) < 0.35).astype(int)
        x, y = np.repeat(x1, forks), np.repeat(y1, forks)
        k = np.concatenate([np.arange(f) - (f - 1) / 2 for f in forks])
        angle = np.repeat(angle, forks) + k * spread * rng.uniform(0.6, 1.3, k.size)
        angle = angle + rng.normal(0, twist, k.size)
        length = np.repeat(length, forks) * rng.uniform(0.7, 0.9, k.size)
        width = np.repeat(width, forks) * 0.7
    return np.concatenate(out)


def _draw(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, segs: np.ndarray, tempo: float
) -> None:
    """Stroke the branches and set thorns along them: small sharp triangles pointing
    out and forward, more of them the faster the song."""
    s = BIG
    for x0, y0, x1, y1, w in segs:
        pw = max(1, round(w * s))
        draw.line((x0 * s, y0 * s, x1 * s, y1 * s), fill=255, width=pw)
        r = pw / 2
        draw.ellipse((x1 * s - r, y1 * s - r, x1 * s + r, y1 * s + r), fill=255)
    dx, dy = segs[:, 2] - segs[:, 0], segs[:, 3] - segs[:, 1]
    seg_len = np.hypot(dx, dy) + 1e-6
    per = np.clip(seg_len * (14 + 22 * tempo) * (segs[:, 4] > 0.004), 0, 5).astype(int)
    idx = np.repeat(np.arange(len(segs)), per)
    t = rng.uniform(0.1, 0.9, idx.size)
    side = rng.choice([-1.0, 1.0], idx.size)
    ux, uy = dx[idx] / seg_len[idx], dy[idx] / seg_len[idx]
    bx, by = segs[idx, 0] + dx[idx] * t, segs[idx, 1] + dy[idx] * t
    w = segs[idx, 4]
    reach = w * rng.uniform(1.6, 2.8, idx.size) + 0.012
    # the thorn's tip: out to the side, raked forward along the branch
    tx = bx + (side * -uy * 0.8 + ux * 0.6) * reach
    ty = by + (side * ux * 0.8 + uy * 0.6) * reach
    half = w * 0.55 + 0.002
    for i in range(idx.size):
        draw.polygon(
            [
                ((bx[i] - ux[i] * half[i]) * s, (by[i] - uy[i] * half[i]) * s),
                ((bx[i] + ux[i] * half[i]) * s, (by[i] + uy[i] * half[i]) * s),
                (tx[i] * s, ty[i] * s),
            ],
            fill=255,
        )


def thorns(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A mirror-symmetric tangle of thorned branches, bone on black: rising from the
    foot of the frame under a top title, hanging like roots over a bottom one (for
    some seeds round a black pointed arch); or one thorned tree up the axis. The
    song's energy is how far each stem reaches, its density how many stems, its
    churn how the limbs twist, its tempo how thick the thorns."""
    lo, hi = (0.37, 1.0) if side == "top" else (0.0, 0.63)
    up = side == "top"
    lone = rng.random() < 0.35
    segs = _grow(direction, rng, lo, hi, up, lone)
    img = Image.new("L", (BIG, BIG), 0)
    _draw(ImageDraw.Draw(img), rng, segs, min(direction.tempo_bpm / 180, 1.0))
    img = ImageChops.lighter(img, img.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    ink = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    if not lone and rng.random() < 0.5:  # a black pointed arch cut out of the tangle's heart
        cy = (lo + hi) / 2 + (0.04 if up else -0.04)
        h, w = (hi - lo) * 0.32, 0.09 + 0.05 * (1 - direction.density)
        v = np.abs(g.y - cy) / h + ((np.abs(g.x - 0.5) + 0.01) / w) ** 2 - 1
        ink = ink * np.clip(0.5 + v * h * RES / 1.2, 0, 1)
    inside = np.minimum(g.y - lo, hi - g.y)  # a hard cut at the title's band, no fade
    ink = ink * np.clip(0.5 + inside * RES / 1.2, 0, 1)
    # woodcut: the bone is cut by fine gouge lines where the noise runs dark
    gouge = 0.82 + 0.18 * np.clip((g.fog - 0.3) * 3, 0, 1)
    tone = 0.03 + 0.015 * g.fog + 0.95 * ink * gouge
    if light:
        tone = 0.95 - 0.9 * ink
    ys = segs[:, [1, 3]]
    y0, y1 = float(ys.min()), float(ys.max())
    xs = segs[:, [0, 2]]
    reach = max(0.5 - float(xs.min()), float(xs.max()) - 0.5, 0.05)  # mirrored: symmetric
    return tone, (max(0.5 - reach, 0.0), max(y0, lo), min(0.5 + reach, 1.0), min(y1, hi)), None
