"""The cartouche: an engraved seascape in a ruled plate under a flat spot-colour panel
that holds the title (the yellow label idiom), the plate full to its frame (its dark
sky over one hatched wedge read as an empty inset: round-17 reviewers, Fjord, Early
Light): a sky ruled all over, long cloud banks from the seed, a sun (low, with rays of
finer rules, for a title naming the sun or the first light) or a moon (a title naming
the night, or a deep field), a far range along the horizon whose crest is the song's
loudness, one headland or a fjord's two steep walls (a title naming a fjord, the sea
on some seeds) with their reflections, and a sea of rules drawn closer toward the
horizon whose waves swell where the song is loud, the light's glitter down it."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.cover_parts.engrave_hatch import (
    COARSE,
    Plate,
    rules,
    smooth_mask,
    stroke,
)
from sleeve.engine.styles.cover_parts.title_words import holds, motifs

Box = tuple[float, float, float, float]
MARGIN = 0.07  # the plate's inset from the frame's sides
# words for the first or the last light that no title_words subject names ("sun" does)
LIGHT_WORDS = ("light", "dawn", "early", "morning", "dusk", "evening", "sunrise", "aurora",
               "licht", "lumière", "luz", "luce", "свет", "рассвет", "φως", "αυγή", "光", "朝",
               "빛", "ضوء", "फ़जर")  # fmt: skip


def _panel(plate: Plate) -> None:
    """The title's band as a flat panel from the frame's edge, closed by a double rule."""
    side = plate.side
    _, y = plate.grid()
    depth = plate.band - 0.025
    edge = depth - y if plate.top else y - (1.0 - depth)  # positive inside the panel
    plate.flat[:] = np.clip(edge * side + 0.5, 0.0, 1.0)  # one column, across the width
    line = max(1.5 / side, 0.004)
    plate.ink(stroke(edge, side, line))
    plate.ink(stroke(edge + 0.012, side, line * 0.45))


def draw(plate: Plate) -> Box:
    """The panel, the ruled plate and its picture; returns the plate's box."""
    _panel(plate)
    side = plate.side
    rng = plate.rng
    d = plate.direction
    y0, y1 = plate.art_span()
    box = (MARGIN, y0 + 0.035, 1.0 - MARGIN, y1 - 0.06)
    bx0, by0, bx1, by1 = box
    plate.focus((bx0 - 0.01, by0 - 0.01, bx1 + 0.01, by1 + 0.01))
    x, y = plate.grid()
    oval = bool(rng.random() < 0.4)  # an oval medallion, else a ruled rectangle
    dist = _outline(x, y, box, oval)
    # the frame: a heavy rule and a hairline inside it
    line = max(1.5 / side, 0.004)
    plate.ink(stroke(dist, side, line * 2.0))
    plate.ink(stroke(dist + 0.012, side, line * 0.5))
    inner = (bx0 + 0.018, by0 + 0.018, bx1 - 0.018, by1 - 0.018)
    ix0, iy0, ix1, iy1 = inner
    horizon = iy0 + (iy1 - iy0) * float(rng.uniform(0.48, 0.6))
    spacing = 0.0095 - 0.0025 * d.density
    curve = signals.smooth(signals.energy(d, 96), 2)
    scene = _scene(d.title, plate.inks.dark, rng)
    # the headlands first (where the light may stand depends on them)
    sides = (True, False) if scene.fjord else (bool(rng.random() < 0.5),)
    reaches = [float(rng.uniform(0.32, 0.42) if scene.fjord else rng.uniform(0.45, 0.7))]
    reaches += [float(rng.uniform(0.22, 0.34))] * (len(sides) - 1)
    lo, hi = _open_water(inner, sides, reaches)
    light = (lo + (hi - lo) * float(rng.uniform(0.2, 0.8)), horizon - (iy1 - iy0) * scene.rise)
    _sky(plate, oval, horizon, inner, spacing, light, scene)
    _far_range(plate, oval, horizon, inner, spacing, curve, scene, light[0])
    _sea(plate, oval, horizon, inner, spacing, curve, light, scene)
    for left, reach in zip(sides, reaches, strict=True):
        _headland(plate, oval, horizon, inner, spacing, curve, left, reach, scene)
    _light(plate, oval, horizon, inner, light, scene)
    plate.focus(None)
    return box


class _Scene(NamedTuple):
    """What the cartouche shows: a fjord between two cliffs or one headland, a sun or a
    moon (how high over the horizon, a share of the picture's height, and its radius),
    a range along the horizon (how high) and whether the sun throws rays."""

    fjord: bool
    moon: bool
    rise: float
    radius: float
    range_height: float
    rays: bool


def _scene(title: str, dark: bool, rng: np.random.Generator) -> _Scene:
    """The picture the title names (title_words.motifs: the sea, a mountain, the night,
    the sun) and LIGHT_WORDS, else the seed and the inks: a night field's moon, paper's
    low sun."""
    names = motifs(title)
    text = title.lower()
    dawn = "sun" in names or any(holds(text, w) for w in LIGHT_WORDS)
    moon = "night" in names or (not dawn and dark)
    fjord = holds(text, "fjord") or ("sea" in names and rng.random() < 0.5) or rng.random() < 0.35
    rise = float(rng.uniform(0.02, 0.1)) if dawn else float(rng.uniform(0.18, 0.32))
    if moon:
        rise = float(rng.uniform(0.25, 0.38))
    tall = "mountain" in names
    return _Scene(
        fjord=fjord,
        moon=moon,
        rise=rise,
        radius=float(rng.uniform(0.045, 0.065)) * (0.8 if moon else 1.0),
        range_height=float(rng.uniform(0.16, 0.24) if tall else rng.uniform(0.05, 0.1)),
        rays=not moon and (dawn or rng.random() < 0.5),
    )


def _open_water(inner: Box, sides: tuple[bool, ...], reaches: list[float]) -> tuple[float, float]:
    """Where (x, fractions) the open water the headlands leave begins and ends."""
    ix0, _, ix1, _ = inner
    lo, hi = 0.0, 1.0
    for left, reach in zip(sides, reaches, strict=True):
        if left:
            lo = max(lo, reach * 0.8)
        else:
            hi = min(hi, 1.0 - reach * 0.8)
    return ix0 + (ix1 - ix0) * lo, ix0 + (ix1 - ix0) * hi


def _sky(
    plate: Plate,
    oval: bool,
    horizon: float,
    inner: Box,
    spacing: float,
    light: tuple[float, float],
    scene: _Scene,
) -> None:
    """The sky ruled over all of it: heavier toward the top, long cloud banks from the
    seed lit on their upper edges, thinning round the light (on paper; a pale ink
    gathers there instead), a sun's rays cut through it as wedges of finer rules."""
    plate.focus((inner[0], inner[1], inner[2], horizon + 0.005))
    field = _field(plate, inner, oval)
    x, y = plate.grid()
    _, iy0, _, _ = inner
    t = np.clip((y - iy0) / max(horizon - iy0, 1e-3), 0.0, 1.0)
    noise = raster.fractal_noise(plate.rng, cells=3, octaves=4, res=COARSE)
    streak = np.repeat(noise[::4], 4, axis=0)[:COARSE]  # long, low banks
    cloud = np.clip((plate.up(0.5 * noise + 0.5 * streak) - 0.45) * 3.0, 0.0, 1.0)
    lx, ly = light
    near = np.exp(-np.hypot((x - lx) / 1.4, y - ly) / 0.12)
    if plate.inks.dark:  # a pale ink draws light: fine rules, gathering at the light
        tone = 0.1 + 0.08 * (1.0 - t) + 0.22 * cloud + 0.55 * near
    else:
        tone = (0.2 + 0.35 * (1.0 - t) ** 1.4 + 0.3 * cloud) * (1.0 - 0.8 * near)
    if scene.rays:  # engraved glory: alternate wedges of the sky ruled finer
        angle = np.arctan2(y - ly, x - lx)
        wedge = 0.5 + 0.5 * np.tanh(4.0 * np.sin(angle * 14.0))
        tone = tone * (1.0 - 0.45 * wedge) if not plate.inks.dark else tone + 0.12 * wedge
    bend = 0.006 * cloud
    plate.ink(rules(plate, tone * field * (y < horizon), spacing * 0.9, 0.0, bend))


def _far_range(
    plate: Plate,
    oval: bool,
    horizon: float,
    inner: Box,
    spacing: float,
    curve: np.ndarray,
    scene: _Scene,
    light_x: float,
) -> None:
    """A far range along the horizon, its crest the song's loudness read backwards,
    hatched pale (far away) and parted where the light stands low over the water."""
    plate.focus(
        (
            inner[0],
            horizon - (horizon - inner[1]) * scene.range_height - 0.01,
            inner[2],
            horizon + 0.005,
        )
    )
    field = _field(plate, inner, oval)
    side = plate.side
    x, y = plate.grid()
    ix0, iy0, ix1, _ = inner
    u = (x - ix0) / (ix1 - ix0)
    ridge = np.interp(u, np.linspace(0.0, 1.0, len(curve)), curve[::-1])
    high = (horizon - iy0) * scene.range_height * (0.55 + 0.45 * ridge)
    high = high * np.clip(np.abs(x - light_x) / 0.12, 0.35, 1.0)  # a saddle under the light
    top = horizon - high
    land = smooth_mask(top - y, side) * (y < horizon) * field
    plate.erase(land)
    plate.ink(rules(plate, 0.32 * land, spacing * 0.8, 0.0))
    plate.ink(stroke(top - y, side, max(1.0 / side, 0.002)) * field * (y < horizon))


def _sea(
    plate: Plate,
    oval: bool,
    horizon: float,
    inner: Box,
    spacing: float,
    curve: np.ndarray,
    light: tuple[float, float],
    scene: _Scene,
) -> None:
    """The sea: rules closing toward the horizon, their waves the loudness along x, a
    path of the light's glitter down to the viewer (the rules broken into dashes)."""
    plate.focus((inner[0], horizon - 0.005, inner[2], inner[3]))
    field = _field(plate, inner, oval)
    x, y = plate.grid()
    ix0, _, ix1, iy1 = inner
    loud = np.interp(x, np.linspace(ix0, ix1, len(curve)), curve)
    near = np.clip((y - horizon) / max(iy1 - horizon, 1e-3), 0.0, 1.0)
    depth = 0.09 * np.log1p(near * 8.0)  # perspective: rules crowd near the horizon
    k = np.floor(depth / spacing + 0.5)  # each rule its own phase and swell
    freq = (50.0 - 24.0 * near) * (1.0 + 0.35 * np.sin(k * 1.31))
    wave = (0.0008 + 0.0028 * near) * (0.2 + loud) * np.sin(x * freq + k * 2.39996)
    sea_tone = 0.3 + 0.4 * near
    sea = field * (y >= horizon)
    # the rules' spacing on the page: depth runs slower than y toward the viewer
    grad = np.maximum(0.72 / (1.0 + 8.0 * near) / max(iy1 - horizon, 1e-3), 0.05)
    ink = rules(plate, sea_tone * sea, spacing, 0.0, depth - y + wave, grad)
    width = scene.radius * (1.0 + 2.5 * near)  # the glitter widens toward the viewer
    path = np.exp(-(((x - light[0]) / width) ** 2))
    dash = 0.5 + 0.5 * np.sin(x * (160.0 + 90.0 * near) + k * 1.7)
    glitter = np.clip(path * (0.4 + 0.8 * dash), 0.0, 1.0) * sea
    if plate.inks.dark:  # a pale ink: the path is light, laid on
        plate.ink(ink)
        plate.ink(rules(plate, 0.9 * glitter, spacing, 0.0, depth - y + wave, grad))
    else:
        plate.ink(ink * (1.0 - 0.85 * glitter))


def _light(
    plate: Plate,
    oval: bool,
    horizon: float,
    inner: Box,
    light: tuple[float, float],
    scene: _Scene,
) -> None:
    """The sun or the moon cut out of the sky: on paper a clean disc outlined, on a
    deep field solid pale ink; a low sun half sunk behind the horizon."""
    plate.focus(_around(light, scene.radius * 1.3))
    field = _field(plate, inner, oval)
    side = plate.side
    x, y = plate.grid()
    r = np.hypot(x - light[0], y - light[1])
    sky = field * (y < horizon)
    plate.erase(np.clip((scene.radius * 1.25 - r) * side + 0.5, 0.0, 1.0) * sky)
    disc = np.clip((scene.radius - r) * side + 0.5, 0.0, 1.0) * sky
    if plate.inks.dark:
        plate.ink(disc)
    else:
        plate.ink(stroke(r - scene.radius, side, max(1.5 / side, 0.003)) * sky)


def _field(plate: Plate, inner: Box, oval: bool) -> np.ndarray:
    """The inset's coverage (1 inside the plate's inner rule) over the plate's window."""
    x, y = plate.grid()
    return smooth_mask(_outline(x, y, inner, oval), plate.side)


def _around(point: tuple[float, float], reach: float) -> Box:
    return (point[0] - reach, point[1] - reach, point[0] + reach, point[1] + reach)


def _outline(x: np.ndarray, y: np.ndarray, box: Box, oval: bool) -> np.ndarray:
    """Signed distance (share of the side, negative inside) to a box or its oval."""
    x0, y0, x1, y1 = box
    if not oval:
        return np.maximum(np.maximum(x0 - x, x - x1), np.maximum(y0 - y, y - y1))
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    r = np.hypot((x - (x0 + x1) / 2) / rx, (y - (y0 + y1) / 2) / ry)
    return (r - 1.0) * min(rx, ry)


def _headland(
    plate: Plate,
    oval: bool,
    horizon: float,
    inner: Box,
    spacing: float,
    curve: np.ndarray,
    left: bool,
    reach: float,
    scene: _Scene,
) -> None:
    """A headland on one side (`left`) reaching `reach` of the width, whose ridge is
    the song's loudness, falling to the sea (a fjord's walls steep and tall), cross-
    hatched darker in its shade, its reflection darkening the water under it."""
    span = (inner[2] - inner[0]) * reach + 0.01
    plate.focus(
        (inner[0], inner[1], inner[0] + span, inner[3])
        if left
        else (inner[2] - span, inner[1], inner[2], inner[3])
    )
    field = _field(plate, inner, oval)
    side = plate.side
    ix0, iy0, ix1, iy1 = inner
    x, y = plate.grid()
    u = (x - ix0) / (ix1 - ix0)
    u = u if left else 1.0 - u  # 0 at the headland's side
    if scene.fjord:  # a wall: high ground falling steeply to the water at its end
        fall = np.clip((reach - u) / (0.35 * reach), 0.0, 1.0) ** 0.5 * (1.0 - 0.25 * u / reach)
    else:
        fall = np.clip(1.0 - u / reach, 0.0, 1.0) ** 0.6
    ridge = np.interp(u, np.linspace(0, reach, len(curve)), curve if left else curve[::-1])
    tall = 0.95 if scene.fjord else 0.85
    height = (horizon - iy0) * tall * fall * (0.55 + 0.45 * ridge) * (fall > 0)
    top = horizon - height
    sd = (top - y) * (fall > 0) + (1.0 - (fall > 0)) * 1.0
    land = smooth_mask(sd, side) * (y < horizon) * field
    plate.erase(land)
    shade = np.clip(0.4 + 0.6 * (y - top) / np.maximum(height, 1e-3), 0.0, 1.0)
    lean = 0.6 if left else -0.6
    plate.ink(rules(plate, (0.35 + 0.5 * shade) * land, spacing * 0.85, lean))
    deep = np.clip(shade - 0.55, 0.0, 1.0) * 1.8 * land
    plate.ink(rules(plate, deep, spacing * 0.85, -lean))
    line = max(1.5 / side, 0.003)
    plate.ink(stroke(np.where(fall > 0, sd, 1.0), side, line) * field * (y <= horizon + 0.002))
    # its reflection: the water under it ruled darker, as deep as the cliff is tall
    below = (y - horizon) * (y >= horizon)
    mirror = np.clip(1.0 - below / np.maximum(height * 0.8, 1e-3), 0.0, 1.0) * (fall > 0)
    plate.ink(rules(plate, 0.55 * mirror * field * (y >= horizon), spacing * 0.9, 0.0))
