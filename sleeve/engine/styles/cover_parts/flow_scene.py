"""Flow-field pictures with a subject: smoke rising from one ember, an aurora's
curtains hanging over a dark horizon, and a flame of licking strands. The strands
are drawn as whole polylines built in numpy (no per-step field tracing), a few dozen
to a hundred and fifty long ones.

The smoke: a column of strands rising from one glowing point on a short stick (an
incense stick), thin at the source and blooming, swaying and curling as it climbs;
the song's energy how far it spreads and curls, the tempo how often it sways, the
density how many strands. The aurora: a curtain of light rays hanging from a folded
line over a black horizon, brightest at the curtain's lower hem; the song's onsets (or
its energy curve) how long the rays hang along the curtain, the tempo how many folds.
The flame: a teardrop of strands, a hot core low in it, its tongues licking up. All
three keep the title's band calm: the smoke and the flame rise away from it, the
aurora's horizon is a flat ground under a bottom title.
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


GAP = 0.02  # between the title's block and a figure


def _clear(direction: ArtDirection, band: str, low: float, high: float) -> tuple[float, float]:
    """A figure's foot and top (fractions of the side, y down) kept clear of the title
    block the typography sets (calm_zone.title_reach, and GAP): below a deep top title,
    above a deep bottom one."""
    depth = calm_zone.title_reach(direction) + GAP
    if band == "top":
        return low, max(high, depth)
    foot = min(low, 1.0 - depth)
    return foot, high - (low - foot) * 0.5


def smoke(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    band: str,
) -> Box:
    """Smoke rising from one ember (inks: the smoke's lead, its second shade, the ember's
    accent, the stick); returns the focal box (the plume)."""
    size = img.size[0]
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    pace = signals.pace(direction)
    sx = float(rng.choice((0.34, 0.5, 0.66)) + rng.uniform(-0.04, 0.04))
    # the ember low, the plume rising into the room the title leaves
    sy, top = (0.86, 0.4) if band == "top" else (0.58, 0.04)
    sy, top = _clear(direction, band, sy, top)
    if band == "top" and sy - top < 0.4:  # a deep title: the stick stands at the foot
        sy = min(0.97, top + 0.4)  # and bleeds off it, the plume keeps its height
    n = int(60 + 70 * direction.density)
    t = np.linspace(0.0, 1.0, POINTS)[None, :]  # 0 at the ember, 1 at the top
    y = sy + (top - sy) * t + rng.uniform(-0.02, 0.0, (n, 1)) * t
    # the column's sway (shared) and each strand's own curl (grows as it climbs)
    sways = 1.5 + 2.5 * pace
    phase = float(rng.uniform(0, 2 * np.pi))
    lean = float(rng.uniform(-0.12, 0.12))
    centre = (
        sx + lean * t**1.5 + (0.04 + 0.05 * energy) * t**1.2 * np.sin(2 * np.pi * sways * t + phase)
    )
    spread = (0.008 + (0.13 + 0.15 * energy) * t**1.6) * rng.uniform(-1.0, 1.0, (n, 1))
    curl_f = rng.uniform(2.0, 4.0 + 4.0 * energy, (n, 1))
    curl_p = rng.uniform(0, 2 * np.pi, (n, 1))
    curl = (0.01 + 0.05 * energy) * t**1.3 * np.sin(2 * np.pi * curl_f * t + curl_p)
    x = centre + spread + curl
    # each strand ends somewhere on the way up: the plume thins into the air
    ends = rng.uniform(0.45, 1.0, n) ** 0.6
    m = np.maximum(6, (ends * POINTS).astype(int))
    lines = np.stack([x, y], axis=-1) * size
    for i in range(n):  # hold the tail at its last point: the strand ends there
        lines[i, m[i] :] = lines[i, m[i] - 1]
    lead, second, ember = inks[0], inks[1], inks[2]
    # 60/30/10: the lead ink, its second shade and a few threads of the ember's colour
    rank = rng.permutation(n) / n  # exact shares, not a lucky draw
    colours = [lead if k < 0.6 else second if k < 0.82 else ember for k in rank]
    base = size * (0.0022 + 0.002 * (1.0 - direction.density))
    widths = base * rng.choice((0.6, 1.0, 1.0, 1.5, 2.2), (n, 1)) * np.array([[1.2, 1.0, 0.7]])
    alphas = rng.integers(150, 235, (n, 1)) * np.array([[1.0, 0.8, 0.5]])
    spot = np.array([c == ember for c in colours])
    widths[spot] *= 1.4  # the spot threads a clear tenth, not hairlines lost in the grey
    alphas[spot] = 235 * np.array([0.45, 0.95, 0.75])  # faint at the ember: ink at the foot
    draw = aggdraw.Draw(img)
    # the stick: a short straight line down from the ember
    stick = inks[3]
    length = 0.1 if band == "top" else 0.05
    draw.line(
        (sx * size, sy * size, (sx - 0.012) * size, (sy + length) * size),
        raster.pen(stick, size * 0.006, 255),
    )
    order = np.argsort(spot, kind="stable")  # the spot threads on top: never buried
    _polylines(draw, lines[order], [colours[i] for i in order], widths[order], alphas[order])
    r = size * 0.014
    draw.ellipse(
        (sx * size - r, sy * size - r, sx * size + r, sy * size + r), aggdraw.Brush(ember, 255)
    )
    draw.flush()
    lo = np.array([x.min(), min(top, sy)])
    hi = np.array([x.max(), sy + length])
    return compose.clip_box((*np.clip(lo, 0, 1), *np.clip(hi, 0, 1)))


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


def flame(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    band: str,
) -> Box:
    """One flame of licking strands (inks: the hot core, the body, the outer tongues):
    wide at a third of its height, tapering to flickering tips; the song's energy how
    tall and wild it burns, the tempo how often its tongues sway; returns its box."""
    size = img.size[0]
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    pace = signals.pace(direction)
    cx = float(rng.choice((0.38, 0.5, 0.62)) + rng.uniform(-0.03, 0.03))
    base, top = (0.94, 0.33) if band == "top" else (0.62, 0.02)
    base, top = _clear(direction, band, base, top)
    top = top + (1.0 - energy) * 0.06
    n = int(80 + 70 * direction.density)
    t = np.linspace(0.0, 1.0, POINTS)[None, :]
    u = rng.uniform(-1.0, 1.0, (n, 1))
    wide = 0.15 + 0.08 * energy
    # a teardrop: round at the foot, widest a quarter up, licking to a point
    half = wide * np.sqrt(t) * (1.0 - t) ** 1.2 / 0.36 + 0.003
    sway = (
        (0.02 + 0.04 * energy)
        * t**1.5
        * np.sin(2 * np.pi * (0.8 + 1.2 * pace) * t + float(rng.uniform(0, 2 * np.pi)))
    )
    lick = (
        (0.015 + 0.035 * energy)
        * t**1.6
        * np.sin(2 * np.pi * rng.uniform(1.2, 3.0, (n, 1)) * t + rng.uniform(0, 2 * np.pi, (n, 1)))
    )
    # tongues: the outer strands flick outward near their tips, each its own way
    flick = (0.02 + 0.04 * energy) * u * t**3 * rng.uniform(0.5, 1.5, (n, 1))
    x = cx + half * u + sway + lick + flick
    reach = (1.0 - 0.5 * np.abs(u[:, 0]) ** 1.2) * rng.uniform(0.65, 1.0, n)  # core tallest
    y = base + (top - base) * t * reach[:, None]
    lines = np.stack([x, y], axis=-1) * size
    order = np.argsort(-np.abs(u[:, 0]))  # the outer tongues first, the hot core on top
    lines, u = lines[order], u[order]
    a = np.abs(u[:, 0])
    core = a < 0.16
    colours = [inks[0] if k < 0.16 else inks[1] if k < 0.7 else inks[2] for k in a]
    # the hot core sits low in the flame, a glow at its foot, not a pale figure in it
    lines[core, :, 1] = base * size + (lines[core, :, 1] - base * size) * 0.45
    w = size * (0.004 + 0.003 * energy)
    widths = w * rng.choice((0.7, 1.0, 1.4, 2.0), (n, 1)) * np.array([[1.2, 1.0, 0.45]])
    alphas = rng.integers(190, 250, (n, 1)) * np.array([[1.0, 0.9, 0.6]])
    draw = aggdraw.Draw(img)
    _polylines(draw, lines, colours, widths, alphas)
    draw.flush()
    img.paste(raster.glow(img, size * 0.03, 0.2 + 0.2 * energy))
    lo = (float(x.min()), top)
    hi = (float(x.max()), base)
    return compose.clip_box((*np.clip(lo, 0, 1), *np.clip(hi, 0, 1)))
