"""The grey scenes of water, city and air that xerox collage copies (see mono_scenes): a sea
under a low sun, a moon or an overcast glow, with a stack or a pier (its horizon, sun
and stack below the title's band when the title sits on top; a high-key sky when
airy); tower blocks with lit windows; long-exposure light trails; smoke rising or
rolling in."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.calm_zone import title_zone
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, airy, canvas, energy_line, sky


def streak(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """Long-exposure light trails in the dark: each follows the song's energy curve,
    widening toward the near edge; loud songs draw more trails."""
    tone = sky(g, 0.9, 0.03, 0.18)
    song = energy_line(direction, 16)[None, :]
    count = 1 + round(4 * direction.energy * rng.uniform(0.5, 1.0))
    y0 = float(rng.uniform(0.25, 0.75))
    slope = rng.uniform(-0.6, 0.6)
    bend = rng.uniform(0.1, 0.5)
    flip = rng.random() < 0.5
    x = 1 - g.x if flip else g.x
    light = np.zeros((RES, RES), np.float32)
    for k in range(count):
        lane = y0 + rng.uniform(0.02, 0.08) * (k - count / 2) * (0.3 + x)
        path = lane + slope * (x - 0.5) - bend * (song - 0.5) * x
        width = 0.002 + 0.02 * x**2 * rng.uniform(0.5, 1.5)
        light += np.exp(-(((g.y - path) / width) ** 2)) * rng.uniform(0.6, 1.0)
    halo = raster.from_image(raster.fast_blur(raster.to_image(np.clip(light, 0, 1)), 10))
    tone = tone + np.clip(light, 0, 1) + 0.6 * halo
    return tone, (0.0, max(0.0, y0 - 0.25), 1.0, min(1.0, y0 + 0.25))


def sea(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """A sea horizon: a low sun, a night moon or an overcast glow over the water (a
    glitter path under the light, milky still water under a long exposure), with a
    sea stack or a pier's posts; the energy curve is the swell."""
    horizon = float(
        np.clip(0.35 + 0.35 * (1 - direction.density) + rng.uniform(-0.1, 0.1), 0.3, 0.75)
    )
    calm_top = title_zone(direction, raster.rng_for(direction, "mono-title")) != "bottom"
    if calm_top:  # the title above: the horizon, sun and stack stay below its band
        horizon = max(horizon, 0.5)
    light = ("sun", "moon", "overcast")[int(rng.integers(3))]
    if light == "moon" and airy(direction):
        light = "sun"
    sun_x = float(rng.uniform(0.2, 0.8))
    r = float(rng.uniform(0.03, 0.14)) * (0.5 if light == "moon" else 1.0)
    sun_y = horizon - r * rng.uniform(-0.3, 1.2) - rng.choice([0.0, rng.uniform(0.1, 0.3)])
    if calm_top:
        sun_y = max(sun_y, 0.38 + r)
    low, high = {"sun": (0.12, 0.55), "moon": (0.02, 0.18), "overcast": (0.3, 0.8)}[light]
    if airy(direction):  # a high-key sky: no mid grey behind the title to need a shade
        low, high = 0.72, 0.95
    tone = sky(g, horizon, low, high)
    d = np.sqrt((g.x - sun_x) ** 2 + (g.y - sun_y) ** 2)
    if light != "overcast":
        tone = tone + np.exp(-((d / (r * 4)) ** 2)) * 0.25 + np.clip((r - d) * RES / 1.5, 0, 1)
    chop = rng.random((RES, RES // 24)).astype(np.float32)
    streaks = np.asarray(Image.fromarray(chop, "F").resize((RES, RES), Image.Resampling.BILINEAR))
    depth = np.clip(g.y - horizon, 0, 1)
    path = np.exp(-(((g.x - sun_x) / (r * 1.2 + depth * 0.6)) ** 2))
    glitter = (
        np.clip((streaks - 0.75 + 0.2 * path * energy_line(direction)[:, None]) * 6, 0, 1) * path
    )
    if light == "overcast":  # a long exposure: the water milky and still
        water = low + (high - low) * np.exp(-depth / 0.3) + 0.03 * g.fog
    else:
        water = low + 0.2 * np.exp(-depth / 0.12) + 0.06 * streaks + 0.8 * glitter
    land = np.clip((g.y - horizon) * RES / 1.2, 0, 1)
    tone = tone * (1 - land) + water * land
    feature = rng.random() * (0.6 if light == "overcast" else 1.0)
    if feature < 0.35:  # a ragged sea stack off the shore
        low = 0.4 if calm_top else 0.0  # the stack's crown keeps out of the title's band
        tone = _stack(rng, g, tone, 1 - sun_x + rng.uniform(-0.1, 0.1), horizon, low)
    elif feature < 0.6:
        tone = _pier(rng, tone, horizon)
    return tone, compose.around(sun_x, horizon, 0.2, 0.16)


def _stack(
    rng: np.random.Generator, g: Grid, tone: np.ndarray, sx: float, horizon: float, low: float
) -> np.ndarray:
    """A sea stack: a rock column with ragged sides and a slanting top (its crown no
    higher than `low`)."""
    sw, top = rng.uniform(0.04, 0.1), max(horizon - rng.uniform(0.12, 0.35), low)
    left = sx - sw + signals.smooth(rng.normal(0, 0.02, RES), 8)[:, None]
    right = sx + sw + signals.smooth(rng.normal(0, 0.02, RES), 8)[:, None]
    crown = top + rng.uniform(-0.05, 0.05) * (g.x - sx) / sw + 0.01 * g.fog
    rock = (g.x > left) & (g.x < right) & (g.y > crown) & (g.y < horizon + 0.015)
    return np.where(rock, 0.05, tone)


def _pier(rng: np.random.Generator, tone: np.ndarray, horizon: float) -> np.ndarray:
    """The posts of an old pier running out from the near edge to the horizon."""
    img, draw = canvas(tone)
    x0, x1 = rng.uniform(0.1, 0.9), rng.uniform(0.3, 0.7)
    for t in np.geomspace(0.02, 1.0, 12):
        near = 1.0 - t  # 1 at the bottom edge, 0 at the horizon
        x, base = (x1 + (x0 - x1) * near) * RES, (horizon + (1.02 - horizon) * near) * RES
        w, h = (0.004 + 0.03 * near) * RES, (0.01 + 0.2 * near) * RES
        draw.rectangle((x - w / 2, base - h, x + w / 2, base), fill=12)
    return raster.from_image(img)


def towers(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """Tower blocks against a sodium-lit night, scattered windows lit (more when the
    song is loud); or one facade so close it fills the frame."""
    day = airy(direction)  # a pale estate in daylight haze, its windows dark
    tone = sky(g, 1.0, 0.6, 0.95) if day else sky(g, 1.0, 0.04, 0.4)
    img, draw = canvas(tone)
    close = rng.random() < 0.3 and not day  # a facade filling a pale frame reads as a wall
    blocks = 1 if close else 2 + int(rng.integers(4))
    lit_p = 0.3 if day else 0.08 + 0.3 * direction.energy
    top = 1.0
    for b in range(blocks):
        if close:
            x0, x1, y0 = rng.uniform(-0.1, 0.2), rng.uniform(0.8, 1.1), rng.uniform(-0.2, 0.3)
        else:
            w = rng.uniform(0.14, 0.3)
            x0 = rng.uniform(-0.05, 1.0 - w)
            x1, y0 = x0 + w, rng.uniform(0.1, 0.55)
        top = min(top, y0)
        shade = int(60 + 40 * (b % 2)) if day else int(14 + 16 * (b % 2))
        draw.rectangle((x0 * RES, y0 * RES, x1 * RES, RES), fill=shade)
        cols = max(2, int((x1 - x0) * (40 if not close else 14)))
        floors = max(3, int((1 - y0) * (60 if not close else 16)))
        cw, fh = (x1 - x0) / cols, (1 - y0) / floors
        lit = rng.random((floors, cols)) < lit_p
        for f, c in zip(*np.nonzero(lit), strict=True):
            wx, wy = x0 + (c + 0.25) * cw, y0 + (f + 0.3) * fh
            draw.rectangle(
                (wx * RES, wy * RES, (wx + cw * 0.5) * RES, (wy + fh * 0.45) * RES),
                fill=int(rng.uniform(20, 50)) if day else int(rng.uniform(170, 255)),
            )
    return raster.from_image(img), (0.0, max(0.0, top), 1.0, 1.0)


def smoke(direction: ArtDirection, rng: np.random.Generator, g: Grid) -> tuple[np.ndarray, Box]:
    """Smoke curling up from one point (domain-warped noise inside a plume bent by
    the song), or a bank of it rolling in over the lower frame, its lumpy crest the
    song's energy curve."""
    if rng.random() < 0.4:
        return _smoke_bank(direction, rng, g)
    warp = raster.fractal_noise(rng, cells=3, octaves=3, res=RES) - 0.5
    curl = raster.fractal_noise(rng, cells=5, octaves=4, res=RES)
    song = energy_line(direction, 16)[:, None]
    src = float(rng.uniform(0.2, 0.8))
    drift = rng.uniform(-0.5, 0.5)  # a draught bends the whole column
    rise = 1 - g.y
    drift = float(np.clip(src + drift, 0.15, 0.85) - src)
    path = src + drift * rise**2 + 0.25 * (song - 0.5) * rise + 0.35 * warp * rise
    width = 0.01 + (0.06 + 0.3 * direction.density * rng.uniform(0.4, 1.2)) * rise**1.5
    plume = np.exp(-(((g.x - path) / width) ** 2))
    body = plume * (0.35 + 0.9 * np.clip(curl - 0.3, 0, 1)) * (0.4 + 0.6 * np.clip(rise * 2, 0, 1))
    tone = 0.06 + 0.08 * g.fog + 0.85 * np.clip(body, 0, 1)
    if airy(direction):  # ink in water: dark smoke in a pale field
        tone = 1.0 - 0.9 * np.clip(body, 0, 1) - 0.05 * g.fog
    top = max(0.0, min(1.0, src + drift) - 0.3)
    return tone, (  # the column, from its source to where the draught took it
        min(top, max(0.0, src - 0.3)),
        0.0,
        max(min(1.0, src + 0.3), min(1.0, top + 0.6)),
        1.0,
    )


def _smoke_bank(
    direction: ArtDirection, rng: np.random.Generator, g: Grid
) -> tuple[np.ndarray, Box]:
    """A bank of smoke rolling over the lower frame under a dark (or pale) sky."""
    curl = raster.fractal_noise(rng, cells=4, octaves=5, res=RES)
    crest = float(rng.uniform(0.35, 0.65)) - 0.15 * (energy_line(direction, 30)[None, :] - 0.5)
    edge = crest + 0.18 * (curl - 0.5)
    body = np.clip((g.y - edge) * 14, 0, 1) * (0.45 + 0.7 * curl)
    lit = np.exp(-(((g.y - edge) / 0.05) ** 2)) * 0.3  # a rim where light catches the top
    tone = 0.05 + 0.1 * (1 - g.y) * g.fog + 0.75 * np.clip(body + lit, 0, 1)
    if airy(direction):
        tone = 1.0 - 0.85 * np.clip(body, 0, 1) - 0.05 * g.fog
    return tone, (0.0, max(0.0, float(edge.min())), 1.0, 1.0)
