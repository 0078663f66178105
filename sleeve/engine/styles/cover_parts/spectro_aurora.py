"""The spectrogram style's aurora: the song drawn as a ribbon of northern light over a
dark land, or over a still lake that mirrors it. Left to right is the song's time; the
ribbon is as tall as the song is loud at each moment (a quiet intro a thin thread of
light, the drop a towering curtain), so its outline is the song's own loudness curve;
its crisp, bright hem runs on a slant and folds as often as the tempo is fast, and its
rays stand where the song's hits fall, each as bright as the hit (the rhythm as rays),
fading up into the sky as the moment's spectrum runs from bass to treble."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_city import WINDOW, silhouette
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, cells, lit

RAYS = (14, 36)  # how many steps of the song may each light a ray, slow to fast songs
GRAIN = 0.0045  # the curtain's own fine rays (a share of the side)
GLOW = 0.07  # how far the curtain's light spills below its hem (a share of the side)
THREAD = 0.22  # the ribbon's height where the song is quietest (a share of the sky)
LAKE = 0.45  # how often a still lake mirrors the ribbon (never under a city)


def _loud(c: Canvas, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(frames, bands) the smoothed spectrum in 0..1 and (res,) the loudness at each
    column's moment u, 0..1 (a song with no swell held high)."""
    spec = ndimage.gaussian_filter(c.spec, (c.spec.shape[0] * 0.02, 2.5), mode="nearest")
    spec = np.clip(spec / max(float(np.percentile(spec, 99.0)), 1e-6), 0.0, 1.0)
    level = ndimage.gaussian_filter1d(spec.mean(axis=1), len(spec) * 0.025, mode="nearest")
    spread = float(np.ptp(level))
    level = (level - level.min()) / spread if spread > 0.03 else np.full_like(level, 0.8)
    return spec, np.interp(u, np.linspace(0, 1, len(level)), level).astype(np.float32)


def _hits(c: Canvas, u: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """(res,) the rays across the ribbon: one narrow ray per step of the song (more for
    a faster song), each as bright as the strongest hit in its step; without onsets,
    the spectrum's rises."""
    lo, hi = RAYS
    pace = float(np.clip((c.tempo - 60.0) / 120.0, 0.0, 1.0))
    count = int(round(lo + (hi - lo) * pace))
    source = c.hits
    if not len(source):
        source = np.clip(np.diff(c.spec.mean(axis=1), prepend=c.spec[0].mean()), 0.0, None)
    edges = np.linspace(0, len(source), count + 1).astype(int)
    hit = np.array(
        [source[a : max(b, a + 1)].max() for a, b in zip(edges[:-1], edges[1:], strict=True)]
    )
    hit = hit / max(float(hit.max()), 1e-6)
    hit = np.clip((hit - 0.45) / 0.55, 0.0, 1.0)  # only the strong hits light a ray
    pos = np.clip(u * count - 0.5, 0.0, count - 1.0)
    k = np.round(pos).astype(int)
    jitter = rng.uniform(-0.25, 0.25, count)[k]
    width = 0.12 + 0.1 * rng.random(count)[k]  # a ray's half-width, a share of its step
    ray = np.exp(-(((pos - k - jitter) / width) ** 2)) * hit[k]
    noise = rng.random(c.res * 2).astype(np.float32)  # the curtain's own fine rays
    noise = ndimage.gaussian_filter1d(noise, max(GRAIN * c.res * 2, 1.2), mode="wrap")
    noise = (noise - noise.min()) / max(float(np.ptp(noise)), 1e-6)
    fine = np.interp(c.x[0], np.linspace(0, 1, noise.size), noise)
    return (0.5 + 0.3 * fine + 0.55 * ray).astype(np.float32)


def _hem(c: Canvas, rng: np.random.Generator, mid: float, sky: float) -> np.ndarray:
    """(res,) the ribbon's lower edge: a slant across the sky and folds, more of them
    for a faster song."""
    x = c.x[0]
    slant = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.4, 0.65)) * sky
    pace = float(np.clip((c.tempo - 60.0) / 120.0, 0.0, 1.0))
    folds = 0.7 + 2.6 * pace + float(rng.uniform(-0.3, 0.3))
    fold = np.sin(2 * np.pi * folds * x + rng.uniform(0, 2 * np.pi))
    fold = fold + 0.35 * np.sin(2 * np.pi * 2.3 * folds * x + rng.uniform(0, 2 * np.pi))
    return (mid + slant * (x - 0.5) + 0.06 * sky * fold).astype(np.float32)


def _land(c: Canvas, rng: np.random.Generator, horizon: float) -> np.ndarray:
    """(res,) the land's skyline: a low swell from the song's bass over time."""
    bass = c.spec[:, : max(c.spec.shape[1] // 6, 1)].mean(axis=1)
    bass = ndimage.gaussian_filter1d(bass, len(bass) * 0.08, mode="nearest")
    bass = (bass - bass.min()) / max(float(np.ptp(bass)), 1e-6)
    if rng.random() < 0.5:
        bass = bass[::-1]
    swell = np.interp(c.x[0], np.linspace(0, 1, len(bass)), bass)
    return (horizon - 0.012 - 0.05 * swell).astype(np.float32)


def _curtain(
    c: Canvas, y: np.ndarray, hem: np.ndarray, height: np.ndarray, shade: tuple
) -> np.ndarray:
    """The ribbon's light at rows y: brightest at its crisp hem, fading up its height,
    each ray's tone along it the moment's spectrum (bass at the hem)."""
    spec, u, rays, tall = shade
    s = (hem[None, :] - y) / np.maximum(height[None, :], 1e-3)  # 0 at the hem, 1 at the top
    band = cells(spec, np.broadcast_to(u[None, :], s.shape), np.clip(s, 0.0, 1.0))
    fall = np.exp(-tall[None, :] * np.clip(s, 0.0, None)) * np.clip((1.0 - s) * 3.0, 0.0, 1.0)
    hem_px = np.clip(s * c.res * np.maximum(height[None, :], 1e-3) + 0.5, 0.0, 1.0)
    light = 1.5 * (0.7 + 0.3 * band) * fall * rays[None, :] * hem_px
    below = np.clip(-s * np.maximum(height[None, :], 1e-3), 0.0, None)
    spill = 0.3 * np.exp(-below / 0.012) + 0.14 * np.exp(-below / GLOW)  # backlights the land
    over = np.clip(s - 0.75, 0.0, None) * height[None, :]  # the sky's glow over its top
    glow = 0.3 * np.exp(-over / 0.2) * (s > 0.0)
    return light + (rays[None, :] * spill * (s < 0)) + glow


def aurora(c: Canvas, rng: np.random.Generator) -> Ink:
    """The song as a ribbon of northern light over a land or a lake (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + 0.06 if fy0 > 0.0 else 0.0
    bottom = fy1 if fy1 < 1.0 else 1.0
    lake = not c.city and rng.random() < LAKE
    drop = float(rng.uniform(0.3, 0.38)) * (bottom - top) if lake else rng.uniform(0.1, 0.16)
    horizon = bottom - float(drop)
    sky = horizon - top
    u = np.clip((c.x[0] - fx0) / max(fx1 - fx0, 1e-6), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u
    spec, loud = _loud(c, u)
    spec = np.ascontiguousarray(spec, np.float32)
    hem = _hem(
        c, rng, top + sky * float(rng.uniform(0.58, 0.66) if lake else rng.uniform(0.6, 0.7)), sky
    )
    # the ribbon sweeps off toward the horizon: tallest where its hem rides highest
    near = (hem.max() - hem) / max(float(np.ptp(hem)), 1e-6)
    reach = np.clip(hem - top, 0.05, None) * (0.58 + 0.34 * near)
    height = reach * (THREAD + (1.0 - THREAD) * loud**0.8)
    treble = spec[:, spec.shape[1] // 2 :].mean(axis=1) / max(float(spec.mean()), 1e-6)
    treble = np.interp(u, np.linspace(0, 1, len(treble)), treble)
    tall = np.clip(1.6 - 0.9 * treble, 0.3, 1.6)  # a bright moment's rays run tall
    shade = (spec, u, _hits(c, u, rng) * (0.55 + 0.45 * loud), tall)
    y = c.y
    land = _land(c, rng, horizon)
    # drawn only on the rows it can light: under the title's band, above the land
    r0 = int(np.clip((top - 0.02) * c.res, 0, c.res)) if fy0 > 0.0 else 0
    r1 = c.res if c.city else int(np.clip(np.ceil(land.max() * c.res) + 2, r0, c.res))
    curtain = np.zeros((c.res, c.res), np.float32)
    curtain[r0:r1] = _curtain(c, y[r0:r1], hem, height, shade)
    ground = np.clip((y - land[None, :]) * c.res + 0.5, 0.0, 1.0)  # the land: the field
    windows = 0.0
    if c.city:  # a city under the curtain: its towers the land, a few windows lit
        towers, windows = silhouette(c, rng, bottom, 1.1 * (bottom - hem.mean()))
        ground = towers  # the towers stand against the curtain's light and the city's
        curtain = curtain + 0.3 * np.exp(-np.clip(bottom - y, 0.0, None) / 0.12)
    value = np.clip(curtain, 0.0, 1.0) * (1.0 - ground) + WINDOW * windows
    if lake:  # still water under a strip of shore: the ribbon mirrored, dimmer, rippled
        shore = horizon + 0.012
        w0 = int(np.clip(np.floor(shore * c.res) - 1, 0, c.res))
        deep = y[w0:] - shore
        water = np.clip(deep * c.res + 0.5, 0.0, 1.0)
        # the water foreshortens the mirror: the ribbon's hem shows half way down it
        squeeze = max((shore - float(hem.mean())) / (0.45 * max(bottom - shore, 1e-3)), 1.0)
        mirror = _curtain(c, shore - deep * squeeze, hem, height, shade)
        ripple = 0.84 + 0.16 * np.cos(2 * np.pi * np.clip(deep, 0.0, None) ** 0.6 * 28.0)
        mirrored = water * 0.55 * np.clip(mirror, 0.0, 1.0) * ripple
        value[w0:] = value[w0:] * (1.0 - water) + mirrored
    if fy0 > 0.0:  # calm at the title's band
        value = value * np.clip((y - top) / 0.1 + 0.2, 0.0, 1.0)
    value = np.clip(value, 0.0, 1.0)
    cover = (value > 0.004).astype(np.float32)
    box = c.free  # lit clips it to where the picture shows
    return lit(c, cover, value.astype(np.float32), box, floor=0.0)
