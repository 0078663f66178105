"""The spectrogram style's tide: the song's spectrum as a night sea. Rows of
swell run from the horizon toward the viewer, each crest one moment of the song (its
spectrum the crest's rise and fall across the water, the song's start at the horizon),
larger and further apart as they come near, high and bright where the song is loud; a light
lays a path of glints down the water: for a title that names the night, a moon (its
face the song's spectrogram). For a title
that names a city, the city's towers stand across the water (spectro_city). On a
printed field (paper, a vivid flat colour) the sea is one flat block of the spot colour,
its crests cut in a darker line and its glints in the light, no moon. The song moves
the scene (the same sea on every track read as a template): a calm song's sea lies low
under a wide sky, a loud one's runs high up to the title in heavy swells, and the seed
lays the path of light far left or far right of the middle."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_city import WINDOW, silhouette
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, cells, lit

ROWS = (26, 40)  # how many crests the sea shows (sparse to dense songs)
SWELL = 0.045  # the nearest crest's rise (a share of the side), at middling energy
SKY = (0.08, 0.36)  # the sky over the sea (a share of the free part), loud to calm songs
STROKE = 0.012  # the nearest crest's stroke (a share of the side)
DIM = 0.42  # a crest's tone away from the light's path (at night)
BLOCK = 0.5  # the sea's flat tone on a printed field
MOON_SKY = 0.12  # the sky a moon adds above the sea (a share of the sea's height)
MOON = 0.075  # the moon's radius (a share of the side)


def _moon(
    c: Canvas, at: tuple[float, float, float], value: np.ndarray, cover: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A full moon over the light's path, its face the song's spectrogram (its seas the
    loud cells), half way up the sky (above a city's towers),
    with a soft halo; it shrinks to fit a low sky and never touches the title's band."""
    x, top, horizon = at
    radius = min(MOON, 0.32 * (horizon - top) * (1.0 - 0.3 * c.city))
    cy = top + (horizon - top) * (0.3 if c.city else 0.45)
    d = np.sqrt((c.x - x) ** 2 + (c.y - cy) ** 2)
    disc = np.clip((radius - d) * c.res + 0.5, 0.0, 1.0)
    u = np.clip((c.x - x + radius) / (2 * radius), 0.0, 1.0)  # the song across its face
    v = np.clip((cy + radius - c.y) / (2 * radius), 0.0, 1.0)
    disc = disc * (0.5 + 0.5 * cells(c.spec, u, v) / max(float(c.spec.max()), 1e-6))
    halo = 0.3 * np.exp(-np.clip(d - radius, 0.0, None) / (1.4 * radius)) * (c.y < horizon)
    fade = np.clip((c.y - top) / 0.04 + 0.5, 0.0, 1.0)  # calm at the title's band
    value = np.maximum(value, np.maximum(disc, halo * fade)).astype(np.float32)
    return value, np.maximum(cover, (value > 0.01).astype(np.float32))


def _rows(c: Canvas, rng: np.random.Generator, horizon: float, shore: float) -> np.ndarray:
    """(rows,) each crest's distance ahead (1 at the shore, far ones larger)."""
    lo, hi = ROWS
    count = int(np.clip(round(lo + (hi - lo) * c.density + rng.uniform(-2, 2)), lo, hi))
    far = (shore - horizon) / 0.011  # the farthest crest a few pixels under the horizon
    return np.geomspace(far, 1.0, count)


def _crest(spec: np.ndarray, frame: int, x: np.ndarray, depth: float, shift: float) -> np.ndarray:
    """(res,) a crest's rise at x: that moment's spectrum, mirrored and repeated across
    the water, its swells wider as the crest is nearer."""
    row = spec[frame]
    span = 0.45 * (0.35 + 0.65 / depth**0.5)  # one spectrum's width across the water
    f = np.abs((((x - 0.5) / span + shift) % 2.0) - 1.0)  # 0..1..0: no seam
    return np.interp(f, np.linspace(0, 1, len(row)), row)


def _swell(c: Canvas, rows: np.ndarray, loud: np.ndarray, horizon: float) -> np.ndarray:
    """(res, 1) the water's light down the sea: the loudness of the song's moment whose
    crests run there (the song's start at the horizon)."""
    near = np.clip((c.y - horizon) / max(1.0 - horizon, 1e-3), 1e-3, 1.0)
    pos = np.clip(np.log(rows[0] * near) / np.log(rows[0]), 0.0, 1.0)
    return 0.15 + 0.85 * np.interp(pos, np.linspace(0, 1, len(loud)), loud)


def tide(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum as a night sea of crests and a path of light (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + 0.05 if fy0 > 0.0 else 0.0
    shore = fy1 - 0.02 if fy1 < 1.0 else 1.0
    # a calm song gets a wide sky over a low sea, a loud one a sea up to the title
    wide = SKY[0] + (SKY[1] - SKY[0]) * (1.0 - c.energy) * float(rng.uniform(0.4, 1.0))
    sky = wide + 0.14 * c.city + MOON_SKY * c.night * (not c.printed)
    horizon = top + (shore - top) * min(sky, SKY[1] + 0.1)
    spec = ndimage.gaussian_filter(c.spec, (1.0, 1.6), mode="nearest")
    spec = np.clip(spec / max(float(np.percentile(spec, 99.0)), 1e-6), 0.0, 1.0)
    loud = spec.mean(axis=1)
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    x = c.x[0]
    path_x = fx0 + (fx1 - fx0) * float(
        rng.choice((0.2, 0.35, 0.65, 0.8)) + rng.uniform(-0.05, 0.05)
    )
    calm = np.clip((fx1 - x) / 0.15, 0.0, 1.0) if fx1 < 1.0 else 1.0  # beside a title column
    ys = c.y[:, 0]
    sea = np.clip((c.y - horizon) * c.res + 0.5, 0.0, 1.0) * (c.y <= shore)
    sea = np.broadcast_to(sea, (c.res, c.res)).astype(np.float32)
    # a printed field (paper, a vivid flat colour): the sea a flat block, crests cut in
    value = sea * BLOCK if c.printed else np.zeros((c.res, c.res), np.float32)
    cover = sea.copy() if c.printed else np.zeros((c.res, c.res), np.float32)
    rows = _rows(c, rng, horizon, shore)
    swell = SWELL * (0.6 + 0.9 * c.energy)  # a loud song's sea runs high
    for k, depth in enumerate(rows):
        near = 1.0 / depth  # 1 at the shore, ~0 at the horizon
        base = horizon + (shore - horizon) * near
        frame = int(round(k * (spec.shape[0] - 1) / max(len(rows) - 1, 1)))
        rise = _crest(spec, frame, x, depth, rng.uniform(0, 2))
        rough = 0.25 + 0.75 * loud[frame]  # loud moments run high, quiet ones calm
        crest = base - swell * near * rough * (0.2 + 0.8 * rise)
        half = max(STROKE * near, 2.0 / c.res) / 2  # never a hairline
        i0 = max(int((crest.min() - half) * c.res) - 1, 0)
        i1 = min(int((crest.max() + half) * c.res) + 2, c.res)
        if i0 >= i1:
            continue
        d = np.abs(ys[i0:i1, None] - crest[None, :])
        stroke = np.clip((half - d) * c.res + 0.5, 0.0, 1.0)
        width = 0.05 + 0.24 * near  # the path widens toward the viewer
        path = np.exp(-(((x - path_x) / width) ** 4))
        spark = np.clip((rise - 0.35) / 0.15, 0.0, 1.0)  # glints break on the swells
        shine = path * spark * (0.35 + 0.65 * loud[frame]) * calm
        view = value[i0:i1]
        if c.printed:
            line, light = (0.2, 1.0) if c.dark else (0.85, 0.0)  # glints: the light or paper
            tone = line + (light - line) * np.clip(shine * 1.3, 0.0, 1.0)
            value[i0:i1] = view * (1.0 - stroke) + stroke * tone[None, :]
        else:
            dim = DIM * (0.6 + 0.6 * loud[frame])  # loud moments run brighter
            glint = (dim + (1.0 - dim) * shine) * calm
            value[i0:i1] = np.maximum(view, stroke * glint[None, :])
        cover[i0:i1] = np.maximum(cover[i0:i1], stroke)
    glow = 0.0 if c.printed else 0.5
    lamp = np.exp(-(((x - path_x) / 0.32) ** 2))  # the light's glow, over its path
    rise = np.clip(horizon - c.y, 0.0, None)
    fade = np.clip((c.y - top) / max(horizon - top, 1e-3), 0.0, 1.0) ** 1.5  # none at the title
    lamp = lamp + 0.5 * c.city  # a city's own glow along the whole horizon
    sky = glow * lamp * np.exp(-rise / 0.14) * fade * (c.y < horizon) * calm
    # the water under the light: lit as the path, darker away from it (never black),
    # brighter where the moment of its crests is loud
    water = (0.06 + 0.18 * np.exp(-(((x - path_x) / 0.38) ** 2))) * _swell(c, rows, loud, horizon)
    value = np.maximum(value, water * sea * (1.0 - c.printed) * calm)
    value = np.maximum(value, sky.astype(np.float32))
    if c.night and not c.printed:  # the light itself: a moon over its path
        value, cover = _moon(c, (path_x, top, horizon), value, cover)
    cover = np.maximum(cover, (sky > 0.01).astype(np.float32))
    if c.city:  # a city across the water, dark against the glow (printed: in the ink)
        towers, windows = silhouette(c, rng, horizon, 0.75 * (horizon - top))
        body, light = ((0.2, 1.0) if c.dark else (0.85, 0.0)) if c.printed else (0.0, WINDOW)
        value = value * (1.0 - towers) + towers * body + (light - body) * windows
        cover = np.maximum(cover, towers)
    box = c.free  # lit clips it to where the picture shows
    return lit(c, cover, value, box, floor=0.0)
