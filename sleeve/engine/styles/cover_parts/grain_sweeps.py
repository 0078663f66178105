"""The grain gradient's compositions where the gradient is the picture: one huge form
of light cut by the frame, its colour turning across it.

A dome of light rising from the frame's far edge, wider than the frame, its crest
crisp and its body a two-colour gradient sinking into grain; a long-exposure trail
of light crossing the frame on the song's energy curve, its strands weaving
wider and burning brighter where the song is loud. Each takes the Plane and the seed's
generator and returns a Scene; the light keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth

F32 = np.float32
SAMPLES = 256  # where the trail's path is read for its focal box, at any size


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _swell(curve: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The energy curve's long swell read along t (0..1), smoothed over about a sixth
    of the song so beats do not jag it: its level (0..1) and its shape (0 at its
    quietest, 1 at its loudest only where the dynamics span a quarter of the range)."""
    n = len(curve)
    sigma = max(1.0, n / 12)
    k = np.arange(-3 * int(sigma) - 1, 3 * int(sigma) + 2, dtype=F32)
    kernel = np.exp(-0.5 * (k / sigma) ** 2)
    padded = np.pad(curve, len(k) // 2, mode="edge")
    soft = np.convolve(padded, kernel / kernel.sum(), mode="valid")[:n]
    grid = np.linspace(0, 1, n, dtype=F32)
    level = np.interp(t, grid, soft).astype(F32)
    shape = (level - soft.min()) / max(float(np.ptp(soft)), 0.25)
    return level, shape.astype(F32)


def dome(pl: Plane, rng: np.random.Generator) -> Scene:
    """A disc far wider than the frame rising from its far edge, only its crest in
    view: a crisp rim of white-hot light, the body a gradient from the glow at the
    crest to the second colour deep in it, thinning into grain; the field above
    brightens towards the rim. A lively song's dome rises higher."""
    r = _u(rng, 0.7, 1.1)
    uc = float(rng.choice((0.3, 0.7))) + _u(rng, -0.08, 0.06)  # its crest off the middle
    crest = _u(rng, 0.5, 0.6) - 0.1 * pl.energy  # the crest's v: higher for a loud song
    crest = max(crest, BAND + 0.1)
    vc = crest + r
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    d = np.hypot(u - uc, v - vc)
    inside = pl.edge(r - d, 1.5)
    depth = np.clip((r - d) / _u(rng, 0.3, 0.5), 0, 1)  # 0 at the rim, 1 deep in
    body = pl.grainy(np.clip(0.95 - 0.45 * depth**0.7, 0, 1), dots, 0.35)
    rim = np.exp(-(((d - r) / 0.008) ** 2))
    halo = np.exp(-np.maximum(d - r, 0) / _u(rng, 0.08, 0.14))
    sky = 0.16 + 0.05 * v + 0.3 * pl.grainy(halo, dots, 0.5)
    light = np.clip(sky * (1 - inside) + body * inside + 0.35 * rim, 0, 1)
    mix = 0.9 * inside * smooth(0.05, 0.7, depth)
    half = float(np.sqrt(max(r * r - (vc - 1.0) ** 2, 0.0)))  # the dome's width at the edge
    return Scene(light.astype(F32), mix.astype(F32), (uc - half, crest - 0.06, uc + half, 1.0))


def trail(pl: Plane, rng: np.random.Generator) -> Scene:
    """A long-exposure trail of light sweeping across the frame edge to edge, bent by
    the song's energy curve (loud rises away from the deep edge): three or four thin
    strands, one white-hot, weaving round the path and swinging wider where the song
    is loud, in a glow that thins into grain; its colour turns along its length."""
    strands = int(rng.integers(3, 5))
    start, end = _u(rng, 0.58, 0.86), _u(rng, 0.58, 0.86)  # the sweep's two ends
    bow = _u(rng, -0.14, 0.1)  # arcing towards the title's side or away
    lift = _u(rng, 0.22, 0.3)
    spread = _u(rng, 0.035, 0.06)
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    t = np.clip(u, 0, 1)
    loud, shape = _swell(pl.curve, t)
    grid = np.linspace(0, 1, SAMPLES, dtype=F32)  # the path's extent, the same at any size
    mean = float(_swell(pl.curve, grid)[1].mean())

    def path_at(at: np.ndarray, swell: np.ndarray) -> np.ndarray:
        sweep = start + (end - start) * at + bow * np.sin(np.pi * at)
        return np.clip(sweep + lift * (mean - swell), BAND + 0.16, 0.92)

    path = path_at(t, shape)
    slope = np.gradient(path[0], u[0])[None, :]
    cos = 1.0 / np.sqrt(1.0 + slope**2)
    glow = np.zeros((pl.res, pl.res), F32)
    core = np.zeros((pl.res, pl.res), F32)
    burn = rng.uniform(0.45, 0.8, strands)
    burn[int(rng.integers(strands))] = 1.0  # one strand white-hot, the others dimmer
    freq, phase = rng.uniform(0.5, 1.6, strands), rng.uniform(0, 2 * np.pi, strands)
    for k in range(strands):  # each light weaves round the path, wider where it is loud
        at = spread * (0.3 + 1.5 * loud) * np.sin(2 * np.pi * freq[k] * t + phase[k])
        d = np.abs(v - path - at) * cos
        width = (0.003 + 0.007 * loud) * (0.6 + 0.6 * burn[k])
        core = np.maximum(core, burn[k] * np.exp(-((d / width) ** 2)))
        glow = np.maximum(glow, np.exp(-d / (0.04 + 0.07 * loud)))
    field = 0.18 + 0.1 * np.exp(-np.maximum(v - path, 0) / 0.25) * (v > path)
    light = field + 0.5 * pl.grainy(glow, dots, 0.5) + 0.6 * core
    light = np.clip(light, 0, 1)
    mix = 0.85 * smooth(0.1, 0.9, t) * np.ones_like(v)
    line = path_at(grid, _swell(pl.curve, grid)[1])
    top, bottom = float(line.min()), float(line.max())
    pad = 1.8 * spread + 0.05
    return Scene(light.astype(F32), mix.astype(F32), (0.0, top - pad, 1.0, bottom + pad))
