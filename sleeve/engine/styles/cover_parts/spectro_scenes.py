"""Scenes of the spectrogram style: the song's spectrum as one big thing in a place,
not a chart.

- peak: the spectrum at the song's loudest moment as a mountain silhouette printed in
  two inks (a screenprint): the summit is the loudest moment, its flanks the spectrum
  just before and just after it (bass near the summit, treble down the slopes); each
  crest's lit face in the tip ink, a quieter moment as a paler range behind; the
  massif stands on the frame's edge, or on a crisp horizon above the title;
- aurora (dark fields only): a curtain of light folding across a night sky; the
  curtain's hem is a sinuous line, each fold a vertical ray as tall as that moment is
  loud, bright at the hem (bass) and fading up through the treble.

Retired from this module: the halo (a sound ring of bold concentric bands round an
empty heart): it read as an archery target or a shop's logo, and made a second ring
picture beside the groove's record.

Edges are crisp (anti-aliased) except the aurora's glow, which fades out before the
title's zone."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    Spec,
    coverage,
    lit,
)


def _profile(spec: Spec, frame: int, k: int) -> np.ndarray:
    """The mean spectrum over 2k+1 frames round `frame`, in 0..1 (its own max)."""
    lo, hi = max(frame - k, 0), min(frame + k + 1, spec.shape[0])
    prof = ndimage.gaussian_filter1d(spec[lo:hi].mean(axis=0), 1.6)  # no per-band teeth
    return prof / max(float(prof.max()), 1e-6)


def _skyline(
    prof_left: np.ndarray,
    prof_right: np.ndarray,
    x: np.ndarray,
    px: float,
    half: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """Height (0..1) of a massif with its summit at px: the envelope falls to the
    frame's sides, the flanks jagged by the two spectra (bass near the summit)."""
    d = (x - px) / half
    side = np.where(d < 0, -d, d)
    env = np.clip(1.0 - side, 0.0, 1.0) ** 1.15
    bands = len(prof_left)
    at = np.clip(side, 0.0, 1.0) * (bands - 1)
    left = np.interp(at, np.arange(bands), prof_left)
    right = np.interp(at, np.arange(bands), prof_right)
    detail = np.where(d < 0, left, right)
    # a few broad crags, each a run of bands (a crag per band read as a sawtooth, a
    # bar chart's edge; rounded ones as clouds): straight facets, a screenprint cut
    wave = at * rng.uniform(0.07, 0.11) + rng.uniform(0, 1)
    crag = 1.0 - 2.0 * np.abs(wave - np.floor(wave) - 0.5)  # straight facets, sharp tops
    return env * (0.6 + 0.3 * detail + 0.08 * crag)


def peak(c: Canvas, rng: np.random.Generator) -> Ink:
    """The mountain (see the module): one bold massif, lit faces in the tip ink, a
    paler far range behind, standing on the frame's bottom edge or on a horizon."""
    fx0, fy0, fx1, fy1 = c.free
    spec = c.spec
    frames = spec.shape[0]
    loud = signals.smooth(spec.mean(axis=1), 3)
    top = int(np.argmax(loud))
    gap = max(frames // 12, 2)
    left = _profile(spec, max(top - gap, 0), 2)
    right = _profile(spec, min(top + gap, frames - 1), 2)
    quiet = _profile(spec, int(np.argmin(loud)), 3)
    x = c.x[0]
    w = fx1 - fx0
    base = fy1 if fy1 < 1.0 else 1.0  # a horizon above a bottom title, else the frame
    room = base - fy0 - MARGIN * (1.6 if fy0 > 0.0 else 0.4)
    px = fx0 + w * float(rng.choice((1 / 3, 2 / 3))) + rng.uniform(-0.05, 0.05) * w
    half = w * rng.uniform(0.62, 0.85)
    height = room * rng.uniform(0.86, 0.98)
    sky = _skyline(left, right, x, px, half, rng)
    top_y = base - height * sky  # the near massif's outline, per column
    # the far range: the quietest moment, wider, lower, its summit on the other third
    far_px = fx0 + w - (px - fx0) + rng.uniform(-0.08, 0.08) * w
    far = _skyline(quiet[::-1], quiet, x, far_px, half * 1.5, rng)
    far_y = base - height * rng.uniform(0.55, 0.72) * (0.35 + 0.65 * far)
    # lit faces: each crest's left or right slope carried down the rock diagonally
    slope = np.gradient(ndimage.gaussian_filter1d(top_y, c.res / 110.0)) * c.res
    light = float(rng.choice((-1.0, 1.0)))  # the sun's side
    depth = np.clip(c.y - top_y[None, :], 0.0, None)
    res = c.res
    col = np.clip(((x[None, :] + light * 0.55 * depth) * res).astype(np.intp), 0, res - 1)
    face = slope[col] * light  # >0: this face turns to the light
    litface = face > 0.04
    grain = max(res // 128, 2)  # no slivers: a face is at least this wide (a screen cut)
    litface = ndimage.binary_opening(litface, np.ones((grain, grain), bool))
    # a snow line: the lit faces only high on the massif (screenprint: two flat inks)
    high = depth < height * rng.uniform(0.35, 0.55) * sky[None, :]
    value = np.where(litface & high, 1.0, 0.62)
    near = coverage(c, c.y - top_y[None, :])
    back = coverage(c, c.y - far_y[None, :])
    value = np.where(near > 0, value, 0.34).astype(np.float32)
    cover = np.maximum(near, back)
    if base < 1.0:
        cover = cover * coverage(c, base - c.y)
    box = (fx0, float(min(top_y.min(), far_y.min())), fx1, base)
    return lit(c, cover, value, box, floor=0.0)


def aurora(c: Canvas, rng: np.random.Generator) -> Ink:
    """The curtain of light (see the module): rays rising from a folding hem, each a
    moment's spectrum read upward (bass bright at the hem), faded out before the
    title."""
    fx0, fy0, fx1, fy1 = c.free
    res = c.res
    spec = c.spec
    frames, bands = spec.shape
    n = res * 3  # points along the curtain
    s = np.linspace(0.0, 1.0, n)
    folds = rng.uniform(2.2, 3.6)
    amp = rng.uniform(0.05, 0.08)
    phase = rng.uniform(0, 2 * np.pi)
    # the curtain's path across the frame: past both sides, doubling back at each fold
    right = fx1 + 0.08 if fx1 >= 1.0 else fx1 - MARGIN  # a title column: fade before it
    # folds that gather the curtain without doubling it back: a fold turned back on
    # itself stacked its rays into one thin spike, and three spikes on a bright hem
    # read as a heart monitor's trace
    amp = min(amp, 0.45 * (right - fx0 + 0.08) / (2 * np.pi * folds))
    xs = fx0 - 0.08 + (right - fx0 + 0.08) * s + amp * np.sin(2 * np.pi * folds * s + phase)
    low = fy1 - MARGIN * (1.2 if fy1 < 1.0 else 2.2)
    high = fy0 + MARGIN * (1.0 if fy0 > 0.0 else 0.0)
    hem_mid = low - (low - high) * rng.uniform(0.12, 0.22)
    swing = (low - high) * rng.uniform(0.1, 0.16)
    tilt = (low - high) * rng.uniform(0.15, 0.3) * float(rng.choice((-1.0, 1.0)))
    hem = hem_mid + tilt * (s - 0.5)  # a long diagonal sweep across the sky
    hem = hem + swing * np.sin(2 * np.pi * rng.uniform(0.5, 0.9) * s + rng.uniform(0, 6.3))
    hem = np.minimum(hem, low).astype(np.float32)
    loud = signals.smooth(spec.mean(axis=1), 2)
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    u = s if rng.random() < 0.5 else 1.0 - s
    t = np.clip((u * (frames - 1)).astype(np.intp), 0, frames - 1)
    flux = np.abs(np.diff(spec, axis=0, prepend=spec[:1])).sum(axis=1)
    flux = signals.smooth(flux / max(float(flux.max()), 1e-6), 2)  # a change: a tall ray
    tall = np.interp(u, np.linspace(0, 1, frames), 0.7 * loud + 0.3 * flux)
    # tall rays: even the quiet moments reach halfway up the sky, so the curtain fills
    # the frame (short rays left a thin band of light on an empty night)
    reach = ((hem - high) * (0.55 + 0.45 * tall**1.3)).astype(np.float32)
    # each ray: its moment's spectrum read upward, bright at the hem (only the rays in
    # the frame, only the rows they reach)
    onframe = np.nonzero((xs >= 0) & (xs < 1))[0]
    xs, hem, reach, t = xs[onframe], hem[onframe], reach[onframe], t[onframe]
    r0, r1 = np.searchsorted(c.y[:, 0], (float((hem - reach).min()), float(hem.max())))
    spill = 0.012  # the hem's light spilling down into the sky below it
    r1 = min(r1 + int(5 * spill * res) + 2, res)
    ys = c.y[r0:r1, 0]
    up = (hem[None, :] - ys[:, None]) / np.maximum(reach[None, :], 1e-3)  # 0 at the hem
    band = np.clip(up, 0.0, 0.999) * (bands - 1)
    b0 = band.astype(np.intp)
    level = spec[t[None, :], b0]
    level = level * np.float32(1 / max(float(spec.max()), 1e-6))
    fade = np.clip(1.0 - up, 0.0, 1.0) ** 1.1  # the light carries up the sky
    edge = np.clip((up * res * reach[None, :]) + 0.5, 0.0, 1.0)  # crisp-ish hem
    ray = edge * fade * (0.45 + 0.55 * level) * (0.45 + 0.55 * np.exp(-up * 14.0))
    below = 0.4 * np.exp((up * reach[None, :]) / spill)  # up < 0: under the hem
    ray = np.where(up >= 0, ray, below)
    if fx1 < 1.0:  # the curtain dies away before a title column
        ray = ray * np.clip((fx1 - MARGIN - xs) / 0.15, 0.0, 1.0)[None, :]
    ray = ray.astype(np.float32)
    # splat the rays into columns: where the curtain folds back, it thickens and glows
    at = xs * res - 0.5
    col0 = np.floor(at).astype(np.intp)
    frac = (at - col0).astype(np.float32)
    value = np.zeros((res, res + 2), np.float32)  # a column either side for the splat
    order = np.argsort(col0, kind="stable")
    cols, starts = np.unique(col0[order], return_index=True)
    for shift, weight in ((1, 1.0 - frac), (2, frac)):  # linear: no empty columns
        value[r0:r1, cols + shift] += np.add.reduceat((ray * weight)[:, order], starts, axis=1)
    value = value[:, 1:-1]
    value = ndimage.gaussian_filter1d(value, max(res / 220.0, 0.6), axis=1)
    value = 1.0 - np.exp(-value * (3.0 * res / n) * 1.6)  # the folds glow, not spike
    value = value.astype(np.float32)
    # a few stars in the night above the curtain: crisp points, brighter for denser music
    count = int(20 + 50 * c.density)
    sx = (rng.uniform(0, 1, count) * res).astype(np.intp)
    sy = rng.uniform(high, float(hem.max()), count)
    syi = np.clip((sy * res).astype(np.intp), 0, res - 1)
    dark = value[syi, sx] < 0.05
    bright = rng.uniform(0.45, 0.9, count).astype(np.float32)
    value[syi[dark], sx[dark]] = bright[dark]
    cover = (value > 0.01).astype(np.float32)
    box = (0.0, float(high), 1.0, float(hem.max()) + 0.03)
    return lit(c, cover, value, box, floor=0.0)
