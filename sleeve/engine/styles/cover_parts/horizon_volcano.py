"""The loudness horizon's volcano: the song's loudness is the mountain. Every moment
of the song raises its own cone, as tall as it is loud (the upper envelope of
concave volcanic slopes over the song's curve), so the loudest moment is the summit
crater, a second loud passage a shoulder or a parasitic cone, a quiet song a low
shield; the crater sits where the song is loudest along the cover.

A print in few inks: a pulled dusk or storm sky, two or three pale far ridges in the
air (the tempo's number), the dark massif with the carver's gullies running down
from the rim, the crater's glow lighting an ash column that rises, billows with the
song's onsets and spreads downwind at the top, a lava thread down the flank, and the
ink's unevenness. Keeps the title's band ('top' or 'bottom') calm and returns its
honest focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import mix, oklch_to_rgb
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    ridge,
    stretch,
)
from sleeve.engine.styles.cover_parts.horizon_prints import between, mottle, print_sky
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky

FIRE = (0.7, 0.19, 42)  # the crater's glow, OKLCH
CRATER = 0.035  # the crater's half-width, a fraction of the side


def massif(song: np.ndarray, at: float, reach: float) -> np.ndarray:
    """The song (0..1 over XS, loudest at `at`) as a volcano: each moment's cone as
    tall as it is loud with concave flanks `reach` wide (their upper envelope), one
    main cone under the loudest moment, its top cut by the crater. 0..1 over XS."""
    cones = song[None, :] * np.exp(-np.abs(XS[:, None] - XS[None, :]) / reach)
    envelope = cones.max(axis=1)
    main = np.exp(-np.abs(XS - at) / (reach * 1.15))
    h = 0.6 * envelope + 0.4 * main
    rim = float(np.interp(at + CRATER, XS, h) + np.interp(at - CRATER, XS, h)) / 2.0
    bowl = np.clip(1.0 - np.abs(XS - at) / CRATER, 0.0, 1.0) ** 0.5
    h = np.minimum(h, rim - 0.025 * bowl)
    return h / max(float(h.max()), 1e-6)


def warp(song: np.ndarray, at: float) -> np.ndarray:
    """The whole song along the cover, stretched so its loudest moment falls at `at`."""
    p = float(XS[int(np.argmax(song))])
    p = min(max(p, 0.02), 0.98)
    u = np.where(at > XS, XS / at * p, p + (XS - at) / (1.0 - at) * (1.0 - p))
    return np.interp(u, XS, song)


def _column(
    s: Sheet,
    d: ArtDirection,
    sky: Sky,
    base: tuple[float, float],
    top: float,
    lean: float,
    fire: RGB,
) -> float:
    """The ash column from the crater (base: x, y) up to `top`, leaning `lean` (a
    fraction of the side, signed) downwind where it spreads into its umbrella; its
    edge billows with the song's onsets. Shade, lit side, fire-lit foot. Its top."""
    n = s.n
    x0, y0 = base
    y_top = int(top * n)
    rows = int(y0 * n) - y_top
    if rows < 8:
        return y0
    v = 1.0 - np.arange(rows, dtype=np.float32) / rows  # 1 at the top, 0 at the crater
    hits = signals.smooth(signals.onsets(d, 96), 2)
    puff = np.interp(v, np.linspace(0.0, 1.0, len(hits)), hits / max(float(hits.max()), 1e-6))
    centre = x0 + lean * v**2.5
    amp = (0.004 + 0.02 * puff) * (0.4 + v)
    width = 0.014 + 0.06 * v**1.2
    spread = np.sin(0.5 * np.pi * np.clip((v - 0.76) / 0.24, 0.0, 1.0)) * 0.2  # downwind
    crown = np.sqrt(np.clip(1.0 - ((v - 0.9) / 0.1) ** 2, 0.0, 1.0))  # a rounded top
    crown = np.where(v > 0.9, crown, 1.0)
    near_side = (width + amp * np.abs(np.sin(v * 31.0 + 0.7)) ** 0.7) * crown
    far_side = (width + spread + amp * np.abs(np.sin(v * 23.0 + 2.1)) ** 0.7) * crown
    left, right = (
        (centre - near_side, centre + far_side)
        if lean > 0
        else (
            centre - far_side,
            centre + near_side,
        )
    )
    shade = mix(sky.zenith, sky.near, 0.5)
    lit = mix(shade, sky.glow, 0.3)
    between(s, top, left, right, shade)
    inner = 0.4 * (right - left)  # the air's light from upwind
    if lean > 0:
        between(s, top, left, left + inner, lit)
    else:
        between(s, top, right - inner, right, lit)
    s.glow(x0, y0, 0.07, fire, 0.75)  # the fire's light on the column's foot
    return top


def volcano(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """The song one volcano, its crater where it is loudest, an ash column rising."""
    f = frame_of(d, rng)
    song = calm(curve(d, (0.0, 1.0), 10, 10), 3)
    if not f.left:
        song = song[::-1]
    at = float(np.clip(XS[int(np.argmax(song))], 0.3, 0.7) + rng.uniform(-0.06, 0.06))
    reach = 0.16 + 0.1 * f.scale
    if band == "top":
        sky_top, base, peak = CALM_TOP, 0.9, 0.56 + 0.08 * (1.0 - f.high)
    else:
        sky_top, base, peak = 0.0, 0.6, 0.3 + 0.08 * (1.0 - f.high)
    h = massif(warp(song, at), at, reach)
    crest = base - (base - peak) * h
    crater = float(np.interp(at, XS, crest))
    print_sky(s, sky, sky_top, base)
    fire = oklch_to_rgb(*FIRE)
    s.glow(at, crater, 0.3, mix(sky.glow, fire, 0.5), 0.45)
    for k in range(1 + int(2.5 * f.pace)):  # the far ridges in the air, the tempo's count
        far = ridge(d, stretch(d, rng, 0.3, 0.7), 8, 8, 1.2)
        line = base - 0.03 - (0.1 + 0.05 * k) * (base - peak) * (0.4 + 0.6 * far)
        s.land(line, sky.range_ink(0.15 + 0.2 * k), soft=0.004)
    away = 1.0 if at < 0.5 else -1.0
    top = _column(s, d, sky, (at, crater + 0.01), sky_top + 0.03, away * 0.18, fire)
    s.land(crest, sky.near)
    _gullies(s, crest, at, base, reach, mix(sky.near, sky.haze, 0.12))
    _lava(s, crest, at, base, away, fire, rng)
    s.stroke(crest, 0.003, mix(sky.near, fire, 0.4))
    s.land(
        base - 0.02 + 0.01 * np.sin(XS * 7.0 + at * 9.0), mix(sky.near, (0, 0, 0), 0.35)
    )  # the near ground
    mottle(s, rng)
    return (0.0, top - 0.02, 1.0, 1.0 if band == "top" else base)


def _gullies(s: Sheet, crest: np.ndarray, at: float, base: float, reach: float, ink: RGB) -> None:
    """The carver's gullies: thin lines fanning down the flanks from the rim,
    following the slope (never above the crest)."""
    for k in (-5, -3, -2, -1, 1, 2, 3, 5):
        t = np.linspace(0.0, 1.0, 40)
        x0 = at + np.sign(k) * CRATER * 0.8
        x1 = at + k / 5.0 * reach * 2.2
        xs = x0 + (x1 - x0) * t
        start = float(np.interp(x0, XS, crest))
        ys = np.maximum(start + (base - start) * t**0.7, np.interp(xs, XS, crest) + 0.006)
        keep = t < 0.45 + 0.1 * abs(k) / 5.0  # the gullies die out down the slope
        w = 0.0022 * (1.0 - t[keep]) + 0.0006
        xs, ys = xs[keep], ys[keep]
        s.polygon([*(xs - w), *(xs + w)[::-1]], [*ys, *ys[::-1]], ink)


def _lava(
    s: Sheet,
    crest: np.ndarray,
    at: float,
    base: float,
    away: float,
    fire: RGB,
    rng: np.random.Generator,
) -> None:
    """One or two glowing threads of lava down the leeward flank, fading as they cool."""
    for _ in range(1 + int(rng.random() < 0.5)):
        t = np.linspace(0.0, 1.0, 30)
        spread = float(rng.uniform(0.04, 0.14))
        xs = at + away * (CRATER * 0.5 + spread * t**1.3) + 0.006 * np.sin(t * 9.0)
        start = float(np.interp(at, XS, crest))
        ys = np.maximum(start + (base - start) * 0.5 * t, np.interp(xs, XS, crest) + 0.004)
        for i in range(len(t) - 1):
            w = 0.0035 * (1.0 - t[i]) + 0.0008
            heat = mix(fire, (255, 236, 190), 0.5 * (1.0 - t[i]))
            s.polygon(
                [xs[i] - w, xs[i] + w, xs[i + 1] + w, xs[i + 1] - w],
                [ys[i], ys[i], ys[i + 1], ys[i + 1]],
                heat,
            )
