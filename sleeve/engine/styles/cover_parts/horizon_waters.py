"""The loudness horizon's waters, keeping the title's band ('top' or 'bottom') calm and
returning their honest focal box:

lake: a far shore over still water, a hazed far range and a darker headland the song
    (or an island), both mirrored in the water under their mist, the sun's or moon's
    track on it, now and then a small boat the one focal thing;
shore: a headland the song rising from the sea on the loud side, a lighthouse or a
    lone pine on its head, the sea out to a low horizon with a far hazed coast, the sun
    or moon over the open water and its track towards the viewer.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_marks as marks
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    ridge,
    stretch,
)
from sleeve.engine.styles.cover_parts.horizon_prints import stepped_sky
from sleeve.engine.styles.cover_parts.horizon_ranges import place_disc, sky_field
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky

HAIR = 0.0022  # the horizon's hairline of light


def _on(crest: np.ndarray, a: float, b: float, horizon: float) -> np.ndarray:
    """An edge that is `crest` between a and b (tapering into the water at an end
    inside the frame) and the horizon elsewhere."""
    taper = np.ones_like(XS)
    if a > 0.0:
        taper *= np.clip((XS - a) / 0.08, 0.0, 1.0) ** 0.7
    if b < 1.0:
        taper *= np.clip((b - XS) / 0.08, 0.0, 1.0) ** 0.7
    return horizon - (horizon - crest) * taper


def _water(s: Sheet, sky: Sky, horizon: float, floor: float) -> None:
    """Water from the horizon down: the sky's light on it far off, deepening towards
    the viewer, one flat deep ink under `floor` (a bottom title's calm)."""
    deep = mix(sky.water, sky.near, 0.5)
    s.band(horizon, 1.0, sky.water)
    s.fog(horizon, min(floor, horizon + 0.22), sky.glow, 0.55, down=True)
    s.fog(horizon + 0.08, floor, deep, 0.85)
    s.band(floor, 1.0, deep)


def _flat_water(s: Sheet, sky: Sky, horizon: float, floor: float) -> None:
    """Water from the horizon down in three flat inks, as a block prints it: the sky's
    light far off, the water, the deep water nearest (and under `floor`)."""
    deep = mix(sky.water, sky.near, 0.55)
    s.band(horizon, 1.0, mix(sky.water, sky.glow, 0.35))
    s.band(horizon + 0.35 * (floor - horizon), 1.0, sky.water)
    s.band(min(floor, horizon + 0.75 * (floor - horizon)), 1.0, deep)


def _glints(s: Sheet, rng: np.random.Generator, top: float, foot: float, sky: Sky, n: int) -> None:
    """Level glints of the sky's light on the water, longer nearer the viewer."""
    for _ in range(n):
        t = float(rng.random())
        y = top + (foot - top) * t**0.8
        x0 = float(rng.uniform(-0.1, 0.95))
        x1 = x0 + 0.03 + 0.18 * t * float(rng.random())
        w = 0.002 + 0.002 * t
        s.polygon([x0, x1, x1, x0], [y, y, y + w, y + w], mix(sky.glow, sky.water, 0.25))


def lake(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """A far range and a near headland (the song) over still water, mirrored."""
    f = frame_of(d, rng)
    if band == "top":
        horizon, sky_top, floor = 0.6 + 0.08 * (1.0 - f.high), CALM_TOP, 1.0
    else:
        horizon, sky_top, floor = 0.33 + 0.06 * f.high, 0.0, 1.0 - CALM_TOP - 0.02
    span = rng.uniform(0.5, 0.82)
    a, b = (0.0, span) if f.left else (1.0 - span, 1.0)
    if rng.random() < 0.3:  # an island out on the water
        a = rng.uniform(0.06, 1.0 - span * 0.8 - 0.06)
        b = a + span * 0.8
    h = ridge(d, (0.0, 1.0), 14, 14, 1.1 + 0.4 * f.scale)
    if not f.left:
        h = h[::-1]
    far_h = calm(curve(d, stretch(d, rng, 0.6, 0.9), 10, 12), 6)
    tall = min(horizon - sky_top - 0.08, 0.2 + 0.12 * f.scale + 0.05 * f.high)
    crest = _on(horizon - tall * (0.3 + 0.7 * np.interp((XS - a) / (b - a), XS, h)), a, b, horizon)
    far = horizon - tall * (0.18 + 0.3 * far_h)
    stepped_sky(s, sky, sky_top, horizon, 4)
    if sky.name == "night":
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, horizon - tall - 0.05), sky.disc)
    x = 0.66 + 0.18 * rng.random() if f.left else 0.16 + 0.18 * rng.random()
    r = 0.04 + 0.03 * f.high
    sun = place_disc(s, sky, x, float(np.interp(x, XS, np.minimum(far, crest))), sky_top, r)
    marks.clouds(s, sky, rng, sky_top + 0.03, horizon - 0.05)
    _flat_water(s, sky, horizon, floor)
    land = sky.near  # the headland one black silhouette, the far shore keyed in its ink
    s.land(far, sky.range_ink(0.3), horizon)
    s.stroke(np.where(far < horizon - 0.004, far, np.nan), 0.003, land)
    s.land(crest, land, horizon)
    depth = min(tall * 0.9, floor - horizon - 0.04)
    flat = np.full_like(XS, horizon)
    s.land(
        flat, mix(sky.range_ink(0.15), sky.water, 0.45), horizon + (horizon - far) * depth / tall
    )
    s.land(flat, mix(land, sky.water, 0.3), horizon + (horizon - crest) * depth / tall)
    y, gap = horizon + 0.008, 0.004
    while y < horizon + depth:  # the water's stillness: thin breaks, wider below
        s.band(y, y + 0.0018 + gap * 0.25, mix(sky.water, sky.glow, 0.3))
        y += gap + 0.008
        gap *= 1.3
    if sun:
        marks.track(s, sky, sun[0], horizon, floor - 0.03, r)
    _glints(s, rng, horizon + 0.02, floor - 0.03, sky, 6 + int(10 * d.energy))
    s.stroke(flat, HAIR, sky.glow)
    top = float(crest.min()) if sun is None else min(float(crest.min()), sun[1] - r)
    foot = min(floor, horizon + depth + 0.03)
    if rng.random() < 0.5:  # a small boat out on the open water
        bx = float(np.clip(x + rng.uniform(-0.12, 0.12), 0.1, 0.9))
        by = horizon + (floor - horizon) * rng.uniform(0.35, 0.6)
        size = 0.05 + 0.03 * f.scale
        mark = marks.boat(s, bx, by, size, sky.near, mix(sky.disc, sky.glow, 0.5))
        top, foot = min(top, mark), max(foot, by + 0.03)
    return (0.0, top - 0.03, 1.0, foot)


def shore(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """A headland (the song) rising from the sea on the loud side, a lighthouse or a
    pine on its head; the sea to a low horizon, the disc over the open water."""
    f = frame_of(d, rng)
    if band == "top":
        horizon, sky_top, beach = 0.62 + 0.08 * (1.0 - f.high), CALM_TOP, 0.94
    else:
        horizon, sky_top, beach = 0.4 + 0.06 * f.high, 0.0, 1.0 - CALM_TOP - 0.02
    side = XS if f.left else 1.0 - XS  # 0 at the headland's outer edge
    reach = 0.34 + 0.2 * f.scale
    head = sky_top + 0.12 + 0.12 * (1.0 - f.high)
    song = np.interp(np.clip(side / reach, 0.0, 1.0), XS, ridge(d, (0.0, 1.0), 16, 16, 1.2))
    u = np.clip(side / reach, 0.0, 1.0)  # its brow a third of the way out, low seaward
    slope = np.where(
        u < 0.35, 0.82 + 0.18 * u / 0.35, 1.0 - 0.7 * (np.maximum(u - 0.35, 0.0) / 0.65) ** 1.3
    )
    # a raked cliff face with a ledge half-way down, not a wall
    face = np.clip((reach - side) / 0.13, 0.0, 1.0)
    cliff = np.where(
        face < 0.45,
        0.55 * (face / 0.45) ** 0.7,
        0.55 + 0.45 * (np.maximum(face - 0.45, 0.0) / 0.55) ** 0.6,
    )
    rise = (horizon + 0.02 - head) * slope * (0.35 + 0.65 * song) * cliff
    crest = np.where(side < reach, horizon + 0.02 - rise, 1.2)  # open sea past the cliff
    sky_field(s, sky, sky_top, horizon, band)
    if sky.name == "night":
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, horizon - 0.08), sky.disc)
    out = reach + (1.0 - reach) * rng.uniform(0.35, 0.7)  # the disc over the open sea
    x = out if f.left else 1.0 - out
    r = 0.04 + 0.03 * (1.0 - f.high)
    sun = place_disc(s, sky, x, horizon, sky_top, r)
    marks.clouds(s, sky, rng, sky_top + 0.03, horizon - 0.05)
    far = calm(curve(d, stretch(d, rng, 0.3, 0.6), 8, 10), 4)
    coast = horizon - (0.015 + 0.035 * far) * np.clip((side - reach - 0.1) / 0.2, 0.0, 1.0)
    s.land(np.where(side > reach + 0.1, coast, horizon), sky.range_ink(0.05), horizon)
    _water(s, sky, horizon, beach)
    if sun:
        marks.track(s, sky, x, horizon, beach - 0.02, r)
    _glints(s, rng, horizon + 0.02, beach - 0.02, sky, 5 + int(8 * d.energy))
    s.stroke(np.full_like(XS, horizon), HAIR, sky.glow)
    # the shoreline: at the sea's level under the cliff, coming nearer inland
    foot = 1.0 if band == "top" else min(beach - 0.06, horizon + 0.14)
    inland = np.clip((reach - side) / (0.7 * reach), 0.0, 1.0) ** 0.8
    shore_line = horizon + 0.008 + (foot - horizon - 0.008) * inland
    s.land(crest, sky.range_ink(0.92), shore_line)
    if band == "top":  # a dark near beach under the headland
        s.fog(horizon - 0.04, beach, mix(sky.glow, sky.haze, 0.3), 0.3)  # sea mist
        s.land(beach - 0.012 * np.sin(XS * 3.0 + 1.0), sky.near)
    else:  # the headland mirrored in the sea, the deep water calm under the title
        mirror = np.minimum(shore_line + (shore_line - crest) * 0.5, beach - 0.01)
        s.land(shore_line, mix(sky.range_ink(0.92), sky.water, 0.35), mirror)
        s.fog(horizon - 0.04, foot, mix(sky.glow, sky.haze, 0.3), 0.3)
    i = int(np.argmin(np.where((u > 0.45) & (side < reach - 0.06), crest, 9.0)))  # seaward
    hx, hy = float(XS[i]), float(crest[i])
    size = min(0.1 + 0.06 * f.scale, hy - sky_top - 0.05)
    ink = sky.near
    if rng.random() < 0.6:
        mark = marks.lighthouse(s, hx, hy, size, ink, sky.disc)
    else:
        mark = marks.pine(s, hx, hy, size * 0.9, ink, 0.35 if f.left else -0.35)
    top = min(mark, float(crest.min())) if sun is None else min(mark, sun[1] - r)
    return (0.0, top - 0.03, 1.0, beach)
