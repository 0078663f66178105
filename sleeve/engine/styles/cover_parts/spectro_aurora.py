"""The spectrogram style's aurora: the song's spectrum as a curtain of light hung over a
dark horizon at night. Left to right is the song's time; up each ray of the curtain
runs that moment's spectrum (bass at the curtain's crisp, bright hem, treble fading into
the sky), its height the moment's loudness; the hem folds in slow waves and is brightest
where it turns edge-on. Below, a low black land (the bass's swell) backlit by the
curtain's light."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_city import WINDOW, silhouette
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, cells, lit

RAYS = 0.0045  # the rays' texture scale along the hem (a share of the side)
GLOW = 0.07  # how far the curtain's light spills below its hem (a share of the side)


def _hem(c: Canvas, rng: np.random.Generator, mid: float, swing: float) -> np.ndarray:
    """(res,) the curtain's lower edge: a slant and two slow folds round `mid`."""
    x = c.x[0]
    fold = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(2.5, 3.5)) * (x - 0.5)
    for freq, share in ((float(rng.uniform(0.6, 1.1)), 0.7), (float(rng.uniform(1.8, 2.8)), 0.3)):
        fold = fold + share * np.sin(2 * np.pi * freq * x + rng.uniform(0, 2 * np.pi))
    return (mid + swing * fold).astype(np.float32)


def _rays(c: Canvas, rng: np.random.Generator) -> np.ndarray:
    """(res,) the rays' brightness across the curtain: smoothed noise, no speckle."""
    noise = rng.random(c.res * 2).astype(np.float32)
    noise = ndimage.gaussian_filter1d(noise, max(RAYS * c.res * 2, 1.2), mode="wrap")
    noise = (noise - noise.min()) / max(float(np.ptp(noise)), 1e-6)
    return np.interp(c.x[0], np.linspace(0, 1, noise.size), noise).astype(np.float32)


def _reach(c: Canvas, rng: np.random.Generator) -> np.ndarray:
    """(res,) where the curtain hangs: from a soft end inside the frame off the other
    side (an asymmetric sweep, not a band across); beside a title column it ends
    softly before the column."""
    start = float(rng.uniform(-0.12, 0.04))
    x = c.x[0] if rng.random() < 0.5 else 1.0 - c.x[0]
    fx1 = c.free[2]
    if fx1 < 1.0:
        x, start = (fx1 - c.x[0]) / fx1, 0.02
    return np.clip((x - start) / 0.14, 0.35, 1.0).astype(np.float32) ** 1.5


def _land(c: Canvas, rng: np.random.Generator, horizon: float) -> np.ndarray:
    """(res,) the land's skyline: a low swell from the song's bass over time."""
    bass = c.spec[:, : max(c.spec.shape[1] // 6, 1)].mean(axis=1)
    bass = ndimage.gaussian_filter1d(bass, len(bass) * 0.08, mode="nearest")
    bass = (bass - bass.min()) / max(float(np.ptp(bass)), 1e-6)
    if rng.random() < 0.5:
        bass = bass[::-1]
    swell = np.interp(c.x[0], np.linspace(0, 1, len(bass)), bass)
    return (horizon - 0.012 - 0.05 * swell).astype(np.float32)


def aurora(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum as an aurora's curtain over a dark land (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + 0.06 if fy0 > 0.0 else 0.0
    bottom = fy1 if fy1 < 1.0 else 1.0
    horizon = bottom - float(rng.uniform(0.1, 0.16))
    land = _land(c, rng, horizon)
    mid = top + (horizon - top) * float(rng.uniform(0.7, 0.78))
    swing = (horizon - top) * 0.08
    hem = _hem(c, rng, mid, swing)
    u = np.clip((c.x[0] - fx0) / max(fx1 - fx0, 1e-6), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u
    spec = ndimage.gaussian_filter(c.spec, (c.spec.shape[0] * 0.02, 1.0), mode="nearest")
    spec = np.clip(spec / max(float(np.percentile(spec, 99.0)), 1e-6), 0.0, 1.0)
    loud = np.interp(u, np.linspace(0, 1, spec.shape[0]), spec.mean(axis=1))
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    height = (hem - top + 0.04) * (0.88 + 0.12 * loud)  # (res,) each ray: the whole sky
    edge_on = np.abs(np.gradient(hem, c.x[0])) / max(swing * 12.0, 1e-6)
    rays = 0.55 + 0.45 * _rays(c, rng) + 0.35 * np.clip(edge_on, 0.0, 1.0)
    y = c.y
    s = (hem[None, :] - y) / np.maximum(height[None, :], 1e-3)  # 0 at the hem, 1 at the top
    band = cells(
        np.ascontiguousarray(spec, np.float32),
        np.broadcast_to(u[None, :], s.shape),
        np.clip(s, 0.0, 1.0),
    )
    fall = np.exp(-0.4 * np.clip(s, 0.0, None)) * np.clip((1.0 - s) * 5.0, 0.0, 1.0)
    hem_px = np.clip(s * c.res * np.maximum(height[None, :], 1e-3) + 0.5, 0.0, 1.0)
    reach = _reach(c, rng)
    lamp = rays * (0.5 + 0.5 * loud) * reach  # (res,) each ray's strength: the song's
    curtain = 1.5 * (0.45 + 0.55 * band) * fall * lamp[None, :] * hem_px
    below = np.clip(-s * np.maximum(height[None, :], 1e-3), 0.0, None)
    spill = 0.3 * np.exp(-below / 0.012) + 0.14 * np.exp(-below / GLOW)  # backlights the land
    curtain = curtain + (rays * reach)[None, :] * spill * (s < 0)
    ground = np.clip((y - land[None, :]) * c.res + 0.5, 0.0, 1.0)  # the land: the field
    if c.city:  # a city under the curtain: its towers the land, a few windows lit
        towers, windows = silhouette(c, rng, bottom, 1.1 * (bottom - mid))
        ground = towers  # the towers stand against the curtain's light and the city's
        curtain = curtain + 0.3 * np.exp(-np.clip(bottom - y, 0.0, None) / 0.12)
    value = (
        np.clip(curtain * (1.0 - ground) + WINDOW * windows, 0.0, 1.0)
        if c.city
        else (np.clip(curtain, 0.0, 1.0) * (1.0 - ground))
    )
    value = value * (y >= top - 0.05)
    cover = (value > 0.004).astype(np.float32)
    box = c.free  # lit clips it to where the picture shows
    return lit(c, cover, value.astype(np.float32), box, floor=0.0)
