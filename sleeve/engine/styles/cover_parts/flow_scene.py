"""The aurora: a curtain of light rays hanging from a folded line over a black
horizon (low hills, a fir line or still water mirroring it), brightest at the
curtain's lower hem; the song's onsets (or its energy curve) how long the rays hang
along the curtain, the tempo how many folds. The rays are whole polylines built in
numpy. The horizon is a flat ground under a bottom title. (The smoke and the strand
flame that shared this module were retired as scribbles.)
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import calm_zone

Box = tuple[float, float, float, float]
POINTS = 48  # points along one strand: smooth at 1024 px, cheap for aggdraw


def _polylines(
    draw: aggdraw.Draw,
    lines: np.ndarray,
    colours: list[RGB],
    widths: np.ndarray,
    alphas: np.ndarray,
    parts: int = 3,
) -> None:
    """Draw strands (n, m, 2 in px) in `parts` pieces each, the pieces fading and
    thinning along the strand by `alphas` (n, parts) and `widths` (n, parts)."""
    pens: dict[tuple[RGB, int, int], aggdraw.Pen] = {}
    m = lines.shape[1]
    cuts = np.linspace(0, m - 1, parts + 1).astype(int)
    for i in range(len(lines)):
        for p in range(parts):
            seg = lines[i, cuts[p] : cuts[p + 1] + 1]
            key = (colours[i], int(widths[i, p] * 4), int(alphas[i, p]) // 8 * 8)
            if key[2] <= 0:
                continue
            if key not in pens:
                pens[key] = raster.pen(key[0], max(0.25, key[1] / 4), key[2])
            draw.line(seg.ravel().tolist(), pens[key])


def aurora_curve(direction: ArtDirection, k: int = 64) -> np.ndarray:
    """How long the curtain's rays hang along its course (k samples in 0.35..1): the
    onsets where the song has them, else its energy curve, smoothed."""
    source = direction.onsets if len(direction.onsets) >= 8 else direction.energy_curve
    e = np.asarray(source if len(source) else (0.5,), dtype=float)
    e = np.interp(np.linspace(0, 1, k), np.linspace(0, 1, len(e)), e)
    e = np.convolve(np.pad(e, 3, mode="edge"), np.ones(7) / 7, mode="valid")
    e = e / max(float(e.max()), 1e-6)
    return 0.35 + 0.65 * e


def aurora(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    ground: RGB,
    band: str,
) -> Box:
    """Curtains of light over a black horizon (inks: the hem's bright ink, the
    curtain's upper colour, a few accent rays); returns the focal box (the curtain)."""
    size = img.size[0]
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    pace = signals.pace(direction)
    if band == "top":
        sky0, horizon = 0.38, 0.84
    else:
        sky0, horizon = 0.06, 0.6
    if band == "top":  # a deep title block: the curtain hangs below it
        sky0 = max(sky0, calm_zone.title_depth(direction) + 0.05)
    n = int(110 + 90 * direction.density)
    # rays gather in bright bundles with dark gaps between (a curtain's folds), not an
    # even comb: positions drawn from a noise's peaks
    # one brightest swoop (the focal point) fading towards the sides
    peak = float(rng.choice((0.3, 0.5, 0.7)) + rng.uniform(-0.05, 0.05))
    swoop = np.exp(-(((np.arange(256) / 255 - peak) / 0.28) ** 2))
    bunch = raster.fractal_noise(rng, cells=4, octaves=2, res=256)[128] ** 3 * (0.15 + swoop)
    s = np.sort(rng.choice(256, n, p=bunch / bunch.sum()) / 255 + rng.uniform(0, 1 / 255, n))
    folds = 1.0 + 1.5 * pace
    phase = float(rng.uniform(0, 2 * np.pi))
    x0 = -0.05 + 1.1 * s + 0.05 * np.sin(2 * np.pi * folds * s * 1.7 + phase)
    hang = aurora_curve(direction)[np.minimum((s * 64).astype(int), 63)]
    hang = hang * (0.55 + 0.45 * swoop[np.minimum((s * 255).astype(int), 255)])
    wave = raster.fractal_noise(rng, cells=3, octaves=2, res=256)[64]
    hem_at = horizon - 0.025 - (horizon - sky0) * (0.02 + 0.16 * wave)  # no dark hill
    hem = hem_at[np.minimum((s * 255).astype(int), 255)]
    room = hem - sky0
    tops = hem - room * (0.5 + 0.5 * hang) * rng.uniform(0.75, 1.0, n)
    slant = rng.uniform(-0.02, 0.02) + 0.03 * np.cos(2 * np.pi * folds * s + phase)
    t = np.linspace(0.0, 1.0, 12)[None, :]  # 0 at the hem, 1 at the top
    xs = x0[:, None] + slant[:, None] * t
    ys = hem[:, None] + (tops - hem)[:, None] * t
    lines = np.stack([xs, ys], axis=-1) * size
    pick = rng.random(n)
    colours = [inks[2] if k > 0.93 else inks[0] for k in pick]
    base = size * (0.005 + 0.004 * energy)
    widths = base * rng.uniform(0.6, 1.6, (n, 1)) * np.ones((1, 3))
    alphas = rng.integers(170, 250, (n, 1)) * np.array([[1.0, 0.6, 0.25]])
    # light, not sticks: the rays drawn over the night and bloomed once (a soft
    # layer screened on before cost two more passes for the same look)
    draw = aggdraw.Draw(img)
    # a soft sheet of light behind the rays: a curtain, not the teeth of a comb
    _polylines(draw, lines, colours, widths * 4.5, alphas * 0.16, parts=2)
    _polylines(draw, lines, colours, widths, alphas)
    # the upper curtain in the second ink, fainter: the lead ink's hem melts into it
    upper = lines[:, 4:, :]
    _polylines(draw, upper, [inks[1]] * n, widths * 1.6, alphas * 0.4 + 10, parts=2)
    draw.flush()
    img.paste(raster.glow(img, size * 0.014, 0.95 + 0.05 * energy))
    # low hills, a fir line, still water (not under a bottom title: its reflection
    # would be art in the title's band)
    kind = int(rng.integers(3 if band == "top" else 2))
    if kind == 2:  # the curtain mirrored in still water, darker, under a far shore
        shore = int(horizon * size)
        depth = size - shore
        sky = img.crop((0, max(0, shore - depth), size, shore)).transpose(
            Image.Transpose.FLIP_TOP_BOTTOM
        )
        water = Image.blend(Image.new("RGB", sky.size, ground), sky, 0.45)
        img.paste(water, (0, shore))
    draw = aggdraw.Draw(img)
    xs_h = np.linspace(-0.02, 1.02, 120)
    lift = 0.012 if kind == 2 else 0.05
    ridge = (raster.fractal_noise(rng, cells=3, octaves=2, res=120)[60] - 0.5) * lift + horizon
    if kind == 1:  # jagged firs along the ridge
        ridge = ridge - 0.03 * (rng.random(120) ** 4) * (1 + energy)
    bottom = horizon + 0.012 if kind == 2 else 1.02
    pts = [v for x, yv in zip(xs_h, ridge, strict=True) for v in (x * size, yv * size)]
    pts += [1.02 * size, bottom * size, -0.02 * size, bottom * size]
    draw.polygon(pts, aggdraw.Brush(ground, 255))
    draw.flush()
    return compose.clip_box((0.0, float(tops.min()), 1.0, float(horizon)))
