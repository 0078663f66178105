"""Pixel sort's two subjects that replaced the sunset's bands ("grey mush", "reads as
damage"): a silhouette (a mountain ridge or palms) against a sunset whose sky alone
melts down in long streaks, the sun's light pooling at their tips, the silhouette
drawn crisp over them; and an eye in extreme close-up, its iris to be streaked
sideways. The song shapes both: the energy curve sets the ridge and where each
column of sky starts to melt and how far it hangs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts import pixel_sources as ps
from sleeve.engine.styles.cover_parts.pixel_ops import LUMA

Rng = np.random.Generator


@dataclass(frozen=True)
class Horizon(ps.Source):
    """The melting sunset as a Source (the whole picture, the sky as its subject) with
    the sky alone (no silhouette), the silhouette's mask and ink, per column the
    ground's first row (px) and which silhouette ('mountain' or 'palms')."""

    sky: np.ndarray = None  # type: ignore[assignment]
    shape: np.ndarray = None  # type: ignore[assignment]
    ink: np.ndarray = None  # type: ignore[assignment]
    ridge: np.ndarray = None  # type: ignore[assignment]
    kind: str = "mountain"


def _ridge(d, rng: Rng, res: int, base: float, rise: float) -> np.ndarray:
    """A mountain ridge (rows, fractions, per column): two or three peaks, the song's
    energy lifting them, jagged at a finer scale."""
    x = (np.arange(res) + 0.5) / res
    peaks = int(rng.integers(2, 4))
    at = np.sort(rng.uniform(0.1, 0.9, peaks))
    level = signals.energy(d, peaks)
    height = np.zeros(res)
    for p, e in zip(at, level, strict=True):
        h = rise * (0.55 + 0.45 * e) * rng.uniform(0.7, 1.0)
        width = rng.uniform(0.22, 0.4)
        height = np.maximum(height, h * np.clip(1.0 - np.abs(x - p) / width, 0.0, 1.0) ** 1.2)
    jag = np.interp(x, np.linspace(0, 1, 40), rng.uniform(-1, 1, 40)) * 0.018
    return base - np.maximum(height, 0.03) + jag


def _palm(pen: ImageDraw.ImageDraw, rng: Rng, res: int, foot: tuple, tall: float) -> None:
    """One palm: a curved, tapering trunk and a crown of drooping fronds."""
    fx, fy = foot
    lean = rng.choice((-1.0, 1.0)) * rng.uniform(0.08, 0.2) * tall
    steps = 24
    t = np.linspace(0, 1, steps)
    xs = fx + lean * t**1.6
    ys = fy - tall * t
    w = (0.02 - 0.009 * t) * tall / 0.5
    left = [((x - wi) * res, y * res) for x, y, wi in zip(xs, ys, w, strict=True)]
    right = [((x + wi) * res, y * res) for x, y, wi in zip(xs, ys, w, strict=True)]
    pen.polygon(left + right[::-1], fill=255)
    cx, cy = xs[-1], ys[-1]
    fronds = int(rng.integers(7, 10))
    for i in range(fronds):
        ang = np.pi * (-0.12 + 1.24 * (i + 0.5) / fronds) + rng.uniform(-0.12, 0.12)
        length = tall * rng.uniform(0.42, 0.6)
        s = np.linspace(0, 1, 20)
        rise = np.sin(ang) * 0.8 * length  # up first, then arching over and down
        px = cx + np.cos(ang) * length * s
        py = cy - rise * s + (0.35 + 0.3 * abs(np.cos(ang))) * length * s**2.2
        half = 0.06 * length * np.sin(np.pi * np.clip(s * 1.05, 0, 1)) ** 0.7 + 0.003
        top = [(a * res, (b - h) * res) for a, b, h in zip(px, py, half, strict=True)]
        bot = [(a * res, (b + h) * res) for a, b, h in zip(px, py, half, strict=True)]
        pen.polygon(top + bot[::-1], fill=255)
    r = 0.018 * tall / 0.5
    pen.ellipse(((cx - r) * res, (cy - r) * res, (cx + r) * res, (cy + r) * res), fill=255)


def horizon(d, rng: Rng, res: int, lo: float, hi: float) -> Horizon:
    """A sunset over a silhouette in the rows lo..hi: deep sky at the top through the
    glow to the light at the horizon, thin dark cloud banks, a big sun low over the
    silhouette; the silhouette a mountain ridge from the song's energy or palms on a
    low shore (seed), in the solid ink running down to the picture's foot."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    span = hi - lo
    base = lo + rng.uniform(0.78, 0.86) * span  # the ground line
    # palms on a shore are a holiday: never on techno, industrial or IDM (a reviewer
    # read a palm on Tresor 0400, a Berlin techno track, as a clash)
    machine = d.language.subgenre in ("techno", "industrial", "idm", "electronic", "dnb")
    palms = rng.random() < 0.5 and not machine
    mask = Image.new("L", (res, res), 0)
    pen = ImageDraw.Draw(mask)
    if palms:
        shore = base + 0.02 * np.sin(np.linspace(0, 3, res) + rng.uniform(0, 6))
        ridge = shore
        count = 1 if rng.random() < 0.55 else 2
        spots = (rng.uniform(0.22, 0.34), rng.uniform(0.62, 0.76))
        if rng.random() < 0.5:
            spots = spots[::-1]
        for i in range(count):
            tall = (base - lo) * (0.82 if i == 0 else 0.58) * rng.uniform(0.92, 1.0)
            _palm(pen, rng, res, (spots[i], base + 0.01), tall)
    else:
        ridge = _ridge(d, rng, res, base, (base - lo) * 0.8)
    ground = y >= ridge[None, :]
    shape = (np.asarray(mask) > 127) | ground
    # the sky: its own gradient down to the horizon under the silhouette
    t = np.clip((y - lo) / max(base - lo, 1e-3), 0.0, 1.0)
    sky = ps._paint(t**0.9, (inks.sky[0], inks.sky[1], inks.hot[0], inks.hot[1]))
    sun_x = rng.uniform(0.3, 0.7)
    sun_r = rng.uniform(0.1, 0.14)
    sun_y = base - rng.uniform(0.2, 0.5) * sun_r
    dist = np.hypot(x - sun_x, y - sun_y) / sun_r
    glow = np.clip(1.0 - dist / 2.6, 0.0, 1.0) ** 2 * 0.5
    sky = sky + glow[..., None] * (ps._rgb(inks.hot[1]) - sky)
    sun = ps._paint((y - sun_y + sun_r) / (2 * sun_r), (inks.hot[1], inks.hot[0]))
    sky = np.where((dist < 1.0)[..., None], sun, sky)
    banks = _banks(rng, res, lo, base)
    sky = sky * (1.0 - 0.45 * banks[..., None])
    grit = rng.random((res, res), dtype=np.float32)[..., None] - 0.5
    sky = np.clip(sky * (1.0 + 0.06 * grit), 0.0, 1.0).astype(np.float32)
    top_of = np.argmax(ground, axis=0)  # the ground's first row: the sky melts behind palms
    top_of = np.where(ground.any(axis=0), top_of, res)
    ink = ps._rgb(inks.solid)
    img = np.where(shape[..., None], ink, sky).astype(np.float32)
    subject = ~shape & (y >= lo)
    centre = (float(sun_x), float(sun_y), float(sun_r))
    kind = "palms" if palms else "mountain"
    return Horizon(img, subject, centre, float(base), sky, shape, ink, top_of.astype(np.intp), kind)


def _banks(rng: Rng, res: int, lo: float, base: float) -> np.ndarray:
    """Thin horizontal cloud banks (0..1) across the sky between lo and base."""
    y = (np.arange(res) + 0.5) / res
    field = np.zeros((res, res), np.float32)
    x = (np.arange(res) + 0.5) / res
    for _ in range(int(rng.integers(3, 6))):
        at = rng.uniform(lo + 0.15 * (base - lo), base - 0.08 * (base - lo))
        thick = rng.uniform(0.006, 0.016)
        wave = at + 0.012 * np.sin(x * rng.uniform(4, 9) + rng.uniform(0, 6))
        reach = np.clip(1.0 - np.abs(x - rng.uniform(0.2, 0.8)) / rng.uniform(0.3, 0.6), 0, 1)
        band = np.exp(-(((y[:, None] - wave[None, :]) / thick) ** 2)) * reach[None, :] ** 0.5
        field = np.maximum(field, band)
    return field


def melt_sky(
    h: Horizon, d, rng: Rng, lo_row: int, run_share: float = 0.55
) -> tuple[np.ndarray, np.ndarray]:
    """Each column of sky melted downward: from a ragged line (higher where the song is
    loud) its sky down to the silhouette is sorted dark to light and stretched down,
    the sun's light pooling at the streak's tip; a streak never crosses the
    silhouette, drawn crisp on top. The picture and where the sky melted (a mask)."""
    res = h.sky.shape[0]
    level = signals.smooth(signals.energy(d, res), max(1, res // 48))
    comb = rng.random(res) ** 2
    room = np.maximum(h.ridge - lo_row, 1).astype(np.float64)
    start = lo_row + room * np.clip(0.55 - 0.45 * level + 0.2 * comb - 0.1, 0.05, 0.7)
    start = start.astype(np.intp)
    left = np.maximum(h.ridge - start, 0)
    run = (left * run_share).astype(np.intp)
    tips = 0.5 * rng.random(res) ** 1.5 + 0.5 * level  # loud columns hang further
    length = np.minimum(left, (run + (left - run) * (0.35 + 0.65 * tips)).astype(np.intp))
    length = np.where(rng.random(res) < 0.1, 0, length)  # a few columns stay dry
    a = h.sky.swapaxes(0, 1)[:, ::-1]  # rows are columns, run bottom to top
    n = res
    # ascending tone downward: sort light to dark going up, from the streak's tip
    tip = n - (start + length)
    src = _smear_up(a, tip, length, run)
    out = src[:, ::-1].swapaxes(0, 1)
    rows = np.arange(res)[:, None]
    melted = (rows >= start[None, :]) & (rows < (start + length)[None, :]) & (run > 0)[None, :]
    art = np.where(h.shape[..., None], h.ink, out)
    return art.astype(np.float32), melted & ~h.shape


def _smear_up(a: np.ndarray, tip: np.ndarray, length: np.ndarray, run: np.ndarray) -> np.ndarray:
    """In each row (a column turned, running bottom to top), the `run` pixels at the top
    end of the span [tip, tip + length) sorted light to dark from the tip and stretched
    over the whole span."""
    out = a.copy()
    n, m = a.shape[:2]
    cols = np.arange(m)[None, :]
    width = max(1, int(run.max()))
    first = tip + length - run  # the sliver: the span's top `run` pixels
    at = np.arange(width)[None, :]
    window = np.clip(first[:, None] + at, 0, m - 1)
    lum = np.take_along_axis(a, window[..., None], axis=1) @ LUMA
    order = np.argsort(np.where(at < run[:, None], -lum, 9.0), axis=1, kind="stable")
    j = cols - tip[:, None]
    span = np.maximum(length, 1)[:, None]
    live = (j >= 0) & (j < length[:, None]) & (run > 0)[:, None]
    k = np.clip(j * np.maximum(run, 1)[:, None] // span, 0, width - 1)
    pick = np.take_along_axis(order, k, axis=1)
    src = np.take_along_axis(window, pick, axis=1)
    drawn = np.take_along_axis(a, src[..., None], axis=1)
    return np.where(live[..., None], drawn, out)


def eye(d, rng: Rng, res: int, lo: float, hi: float) -> ps.Source:
    """An eye in extreme close-up across the rows lo..hi: the almond of the lids, the
    light white, a big iris of radial fibres in the hot inks round a black pupil and
    a catchlight, lashes along the upper lid, on skin in the sky's inks. The subject is
    the iris (its ring round the pupil), to be streaked sideways."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    span = hi - lo
    cx = 0.5 + rng.uniform(-0.04, 0.04)
    cy = lo + span * rng.uniform(0.46, 0.54)
    a = rng.uniform(0.5, 0.56)  # the corners at the frame's edges: extreme close-up
    b = min(span * 0.34, 0.22) * rng.uniform(0.9, 1.0)
    u = np.clip((x - cx) / a, -1, 1)
    arch = np.clip(1.0 - u**2, 0.0, 1.0)
    upper = cy - b * arch**0.75 + 0.04 * b * u  # a slight tilt to the outer corner
    lower = cy + 0.72 * b * arch**0.9
    opening = (y > upper) & (y < lower) & (np.abs(x - cx) < a)
    skin = ps._paint((y - lo) / max(span, 1e-3) + 0.15 * u, inks.sky)
    shade = np.clip(1.0 - np.hypot((x - cx) / (1.3 * a), (y - cy) / (2.2 * b)), 0, 1)
    skin = skin * (0.55 + 0.45 * shade[..., None])  # the socket lit, the rest falling off
    white = ps._rgb((240, 238, 234))
    under_lid = np.clip((y - upper) / (0.45 * b), 0.0, 1.0)  # the lid's shadow
    ball = np.clip(1.0 - np.hypot((x - cx) / a, (y - cy) / (1.4 * b)), 0.0, 1.0) ** 0.5
    light = (0.45 + 0.55 * under_lid**0.7) * (0.55 + 0.45 * ball)
    sclera = white * light[..., None]
    ix, iy = cx + rng.uniform(-0.05, 0.05), cy + 0.12 * b
    ir = b * rng.uniform(0.92, 1.02)
    r = np.hypot(x - ix, y - iy) / ir
    angle = np.arctan2(y - iy, x - ix)
    fibres = np.interp(angle, np.linspace(-np.pi, np.pi, 97), rng.random(97))
    fibres = 0.6 * fibres + 0.4 * np.interp(angle, np.linspace(-np.pi, np.pi, 31), rng.random(31))
    pupil = 0.4 + 0.1 * rng.random()
    t = np.clip((r - pupil) / (1.0 - pupil), 0, 1)
    tone = np.clip(0.15 + 0.75 * t**1.4 + 0.45 * (fibres - 0.5), 0.0, 1.0)
    iris_ink = ps._paint(tone, (inks.hot[1], inks.hot[0], inks.hot[0], inks.solid))
    img = np.where(opening[..., None], sclera, skin)
    iris = opening & (r < 1.0)
    lid_shade = (0.55 + 0.45 * under_lid**0.7)[..., None]
    img = np.where(iris[..., None], iris_ink * lid_shade, img)
    dark = ps._rgb(inks.solid)
    img = np.where((opening & (r < pupil))[..., None], dark, img)
    glint = np.hypot(x - (ix - 0.35 * ir), y - (iy - 0.35 * ir)) < 0.16 * ir
    img = np.where((glint & opening)[..., None], ps._rgb((255, 255, 255)), img)
    # the lids' lines, the crease and the lashes
    lid = (np.abs(y - upper - 0.002) < 0.003 + 0.007 * arch) & (np.abs(x - cx) < a)
    low_lid = (np.abs(y - lower) < 0.003 + 0.003 * arch) & (np.abs(x - cx) < a * 0.96)
    crease = np.abs(y - (upper - 0.55 * b * arch**0.6)) < 0.004 * arch
    img = np.where((lid | crease)[..., None], dark, img)
    img = np.where(low_lid[..., None], 0.5 * dark + 0.5 * img, img)
    lashes = Image.new("L", (res, res), 0)
    pen = ImageDraw.Draw(lashes)
    for s in np.linspace(-0.9, 0.9, 40) + rng.uniform(-0.01, 0.01, 40):
        px = cx + s * a
        py = cy - b * (1 - s * s) ** 0.75 + 0.04 * b * s
        long = rng.uniform(0.7, 1.1) * (0.035 + 0.03 * (1 - abs(s)))
        pts = [
            ((px + long * (0.9 * s) * q * q) * res, (py - long * q) * res)
            for q in np.linspace(0, 1, 5)
        ]
        pen.line(pts, fill=255, width=max(1, res // 200))
    img = np.where((np.asarray(lashes) > 127)[..., None], dark, img)
    subject = iris & (r >= pupil)
    centre = (float(ix), float(iy), float(ir))
    return ps._grain(rng, img.astype(np.float32), res, subject, centre, 1.0)
