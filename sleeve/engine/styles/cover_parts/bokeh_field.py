"""Bokeh as a photograph of light out of focus, in numpy: discs through a wide-open
lens (the aperture's blades give them their polygon, a bright rim, a chromatic fringe,
cat's eyes toward the corners) and the pictures they make, each placed from the music.

A picture returns a Frame: its ground and its light ((RES, RES, 3) floats, the light
added, or screened on a daylight ground), the focal box (the brightest light) and
whether it is seen through rainy glass. Every picture dims its light in the title's
band (the top or bottom third), so the title sits on a calm dark (or soft light) zone.

- city: the night's lights blurred into a few big discs, where the song's strongest
  onsets fall (x is time, y the energy curve, size the onset), over smaller far ones;
- rain: a city far off through rainy glass, the drops in focus (bokeh_rain);
- lamps: sodium street lamps in a row receding to a far point, one a beat, their
  pools on the wet ground smeared below them; loud beats brighter;
- festoon: a string of bulbs in swags receding into the dark;
- fireworks: bursts blurred into arms of discs growing outward, one a loud section;
- daylight: sun through leaves in warm haze, a flare's ghosts across the frame,
  for a sunny or daytime title.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.styles.cover_parts.bokeh_lens import Music

Box = compose.Box
RES = 288
YY, XX = (np.mgrid[0:RES, 0:RES].astype(np.float32) + 0.5) / RES
FRINGE = np.array([1.0, 0.0, -0.8], np.float32)  # red wider, blue tighter: a coloured rim


@dataclass
class Lens:
    """The aperture: `blades` (0 round), their turn, how curved they are (1 round)."""

    blades: int
    turn: float
    curve: float
    cat: float = 0.45
    fringe: float = 0.05
    rim: float = 0.55


@dataclass
class Frame:
    """One picture: ground, light, the focal box, rain on the glass, daylight."""

    ground: np.ndarray
    light: np.ndarray
    focal: Box
    glass: bool = False
    day: bool = False


def lens_for(rng: np.random.Generator, music: Music) -> Lens:
    """The song's lens: a five- to nine-bladed aperture (a fast tempo, fewer blades and
    harder edges), turned by the seed."""
    blades = int(np.clip(round(9 - (music.tempo - 70) / 22), 5, 9))
    curve = float(np.clip(0.75 - 0.5 * music.energy + rng.normal(0, 0.08), 0.15, 0.9))
    return Lens(blades, float(rng.uniform(0, 2 * np.pi)), curve)


def discs(rows: np.ndarray, cols: np.ndarray, lens: Lens) -> np.ndarray:
    """Lights (rows of x, y, radius, colour index, opacity) summed through `lens` as
    (RES, RES, 3) light: a flat body brightening to a bright rim, the aperture's
    polygon, each channel's disc a touch wider or tighter (a chromatic edge), an almond
    toward the frame's edges."""
    light = np.zeros((RES, RES, 3), np.float32)
    n = max(lens.blades, 3)
    seg = 2 * np.pi / n
    apothem = np.cos(np.pi / n)
    scale = (1.0 + lens.fringe * FRINGE)[:, None, None]
    for x, y, r, ci, alpha in rows:
        rp = max(float(r) * RES, 0.8)
        cx, cy = float(x) * RES, float(y) * RES
        reach = rp * (1 + lens.fringe) + 2
        x0, x1 = max(0, int(cx - reach)), min(RES, int(cx + reach) + 1)
        y0, y1 = max(0, int(cy - reach)), min(RES, int(cy + reach) + 1)
        if x0 >= x1 or y0 >= y1:
            continue
        dx = np.arange(x0, x1, dtype=np.float32)[None, :] + 0.5 - cx
        dy = np.arange(y0, y1, dtype=np.float32)[:, None] + 0.5 - cy
        rho = np.sqrt(dx * dx + dy * dy) / rp
        if lens.blades and rp > 3:
            a = np.mod(np.arctan2(dy, dx) - lens.turn + seg / 2, seg) - seg / 2
            poly = rho * np.cos(a) / apothem
            d = lens.curve * rho + (1 - lens.curve) * poly
        else:
            d = rho
        if lens.cat > 0:
            ox = (0.5 - float(x)) * lens.cat * 1.6 * rp
            oy = (0.5 - float(y)) * lens.cat * 1.6 * rp
            d = np.maximum(d, np.sqrt((dx - ox) ** 2 + (dy - oy) ** 2) / (rp * 1.04))
        dc = d[None] / scale
        edge = max(1.3 / rp, 0.035)
        body = np.clip((1.0 - dc) / edge + 0.5, 0.0, 1.0)
        ring = np.exp(-(((dc - 0.92) / 0.07) ** 2))
        seen = body * (0.55 + 0.2 * np.clip(dc, 0, 1) ** 2 + lens.rim * ring)
        light[y0:y1, x0:x1] += np.moveaxis(seen, 0, 2) * (float(alpha) * cols[int(ci)])
    return light


def hush(band: str, floor: float = 0.12, reach: float = 0.14) -> np.ndarray:
    """(RES, RES, 1) weights dimming light to `floor` in the title's band (the top or
    bottom 32%), rising to 1 over `reach` beyond it."""
    y = YY[:, :1]
    away = ((y - 0.32) if band == "top" else (0.68 - y)) / reach
    return (floor + (1 - floor) * np.clip(away, 0.0, 1.0))[..., None]


def span(band: str) -> tuple[float, float]:
    """The vertical span the picture's lights keep to: away from the title's band."""
    return (0.42, 0.95) if band == "top" else (0.05, 0.58)


def night(c: dict, band: str, glow_at: float, warm: float = 0.2) -> np.ndarray:
    """A night ground: near-black, the title's band darkest, a faint glow low in the
    picture's half at height `glow_at`."""
    y = YY[:, :1]
    depth = np.clip((y - 0.3) / 0.6, 0, 1) if band == "top" else np.clip((0.7 - y) / 0.6, 0, 1)
    col = c["sky"][None, :] * (0.55 + 0.45 * depth) + c["low"][None, :] * 0.35 * depth
    g = np.exp(-(((y - glow_at) / 0.22) ** 2)) * warm
    col = col + g * c["lights"][0][None, :] * 0.5
    return np.repeat(col[:, None, :], RES, axis=1).astype(np.float32)


def _rows(*cols) -> np.ndarray:
    arrays = np.broadcast_arrays(*(np.atleast_1d(np.asarray(v, np.float64)) for v in cols))
    return np.stack(arrays, 1)


def _focal(x: float, y: float, r: float, band: str) -> Box:
    lo, hi = span(band)
    box = (x - r, max(y - r, lo - 0.05), x + r, min(y + r, hi + 0.05))
    return compose.clip_box(box)


def _haze(rng: np.random.Generator, k: int, count: int, lo: float, hi: float, r: tuple):
    """`count` small far lights scattered in the span (rows)."""
    return _rows(
        rng.random(count),
        rng.uniform(lo, hi, count),
        rng.uniform(*r, count),
        rng.integers(0, k, count),
        rng.uniform(0.15, 0.45, count),
    )


# ---------------------------------------------------------------------------- pictures


def city(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """A few big discs where the song's strongest onsets fall: x is their time, y the
    energy curve there (louder, farther from the title), size the onset's strength;
    calm music gives fewer, bigger discs; a haze of far lights behind."""
    lo, hi = span(band)
    k = len(c["lights"])
    count = 3 + int(round(4 * music.energy))
    on = music.onsets
    gap = len(on) // (count * 2)
    picks: list[int] = []
    for i in np.argsort(-(on + rng.random(len(on)) * 0.3), kind="stable"):
        if all(abs(int(i) - j) >= gap for j in picks):  # the strongest, spread over the song
            picks.append(int(i))
        if len(picks) == count:
            break
    picks = np.sort(np.asarray(picks))
    t = (picks + 0.5) / len(on)
    xs = 0.08 + 0.84 * t
    level = np.interp(t, np.linspace(0, 1, len(curve)), curve)
    towards = level if band == "top" else 1 - level
    ys = lo + 0.08 + (hi - lo - 0.16) * (1 - towards) + rng.normal(0, 0.04, count)
    big = (0.24 - 0.1 * music.energy) * (0.55 + 0.45 * on[picks])
    star = int(np.argmax(big))
    big[star] *= 1.3
    alpha = 0.22 + 0.3 * on[picks]
    alpha[star] = 0.6
    cols = rng.integers(0, k, count)
    cols[star] = 0
    near = _rows(xs, ys, big, cols, alpha)
    far = _haze(rng, k, 30 + int(40 * music.density), lo, hi, (0.006, 0.025))
    mid = _haze(rng, k, 8 + int(8 * music.energy), lo, hi, (0.035, 0.07))
    light = discs(np.concatenate([far, mid, near]), c["lights"], lens) * hush(band)
    ground = night(c, band, (lo + hi) / 2)
    return Frame(ground, light, _focal(xs[star], ys[star], big[star], band))


def rain(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """A city far off seen through rainy glass: a band of many small lights on its
    horizon, bigger nearer ones above it flaring with the onsets, the glow of the
    streets; the drops are drawn in focus later (bokeh_rain)."""
    lo, hi = span(band)
    k = len(c["lights"])
    hy = lo + (hi - lo) * rng.uniform(0.45, 0.7)
    n = 60 + int(50 * music.density)
    far = _rows(
        rng.random(n),
        hy + rng.normal(0, 0.025, n),
        rng.uniform(0.006, 0.018, n),
        rng.integers(0, k, n),
        rng.uniform(0.4, 0.9, n),
    )
    m = 14 + int(10 * music.energy)
    my = np.clip(hy + rng.normal(0, 0.09, m), lo, hi)
    mid = _rows(
        rng.random(m), my, rng.uniform(0.03, 0.06, m), rng.integers(0, k, m), music.pulse(m) * 0.5
    )
    q = 3 + int(round(3 * music.energy))
    nx = rng.random(q)
    ny = rng.uniform(lo, hi, q)
    near = _rows(
        nx, ny, rng.uniform(0.09, 0.15, q), rng.integers(0, k, q), 0.22 + 0.2 * music.pulse(q, 7)
    )
    light = discs(np.concatenate([far, mid, near]), c["lights"], lens) * hush(band, 0.2)
    ground = night(c, band, hy, 0.45)
    return Frame(ground, light, _focal(0.5, hy, 0.4, band), glass=True)


def lamps(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """Sodium lamps in a row receding: the nearest big at one side, each next one a
    beat farther (faster tempo, more lamps), shrinking toward a far point near the
    title's band; brighter on the loud beats; a smear of their light on the wet ground
    under each."""
    lo, hi = span(band)
    side = 1 if rng.random() < 0.5 else -1
    count = int(np.clip(round(music.tempo / 15), 5, 11))
    fy = lo + 0.06 if band == "top" else hi - 0.06
    ny = hi - 0.1 if band == "top" else lo + 0.1
    far = (0.5 - side * rng.uniform(0.15, 0.3), fy)
    near = (0.5 + side * rng.uniform(0.3, 0.38), ny)
    u = 1.0 / (1.0 + np.arange(count) * rng.uniform(0.6, 0.9))  # perspective
    p = (u - u[-1]) / (u[0] - u[-1])
    xs = far[0] + (near[0] - far[0]) * p
    ys = far[1] + (near[1] - far[1]) * p
    r = 0.01 + 0.16 * u**1.1 * (0.85 + 0.3 * music.energy)
    beats = music.onsets[(np.arange(count) * 4) % len(music.onsets)]  # one lamp a beat
    alpha = (0.55 + 0.4 * beats) * (0.55 + 0.45 * u)
    rows = _rows(xs, ys, r, 0, alpha)
    kerb = _rows(2 * far[0] - xs * 0.6 - far[0] * 0.4, ys, r * 0.55, 2, alpha * 0.5)
    rows = np.concatenate([kerb[1:], rows])
    cols = np.stack([c["lamp"], *c["lights"]]).astype(np.float32)
    k = len(cols)
    other = _haze(rng, k, 30 + int(40 * music.density), lo, hi, (0.006, 0.025))
    other[:, 2] *= 1.6  # the city's other lights, soft and big behind the row
    light = discs(np.concatenate([other, rows]), cols, lens)
    pool = np.zeros_like(light[..., 0])
    for x, y, rr, a in zip(xs, ys, r, alpha, strict=True):
        down = YY - y  # the wet ground below the lamp
        streak = np.exp(-(((XX - x) / (rr * 0.35)) ** 2)) * np.exp(-np.maximum(down, 0) / 0.12)
        pool += streak * (down > rr * 1.5) * a * 0.25
    light = (light + pool[..., None] * c["lamp"]) * hush(band)
    ground = night(c, band, (ys[0] + ys[-1]) / 2, 0.5)
    return Frame(ground, light, _focal(xs[0], ys[0], r[0], band))


def festoon(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """A string of bulbs hung in swags, receding: from a near corner (big soft bulbs)
    to a far point (small sharp ones), each swag sagging; bulbs a sixteenth apart,
    brighter on the onsets."""
    lo, hi = span(band)
    side = 1 if rng.random() < 0.5 else -1
    start = (0.5 + side * 0.62, lo + 0.05)
    end = (0.5 - side * rng.uniform(0.1, 0.3), lo + (hi - lo) * rng.uniform(0.35, 0.6))
    if band == "bottom":
        start = (start[0], hi - 0.35)
        end = (end[0], lo + (hi - lo) * rng.uniform(0.2, 0.45))
    n = int(np.clip(14 + 12 * music.density, 14, 26))
    s = np.linspace(0, 1, n)
    u = 1.0 / (1.0 + 2.5 * s)  # perspective: near bulbs spaced wide
    p = 1 - (u - u[-1]) / (u[0] - u[-1])
    swags = int(rng.integers(3, 5))
    sag = np.sin(np.pi * np.mod(p * swags, 1.0)) * 0.09 * u * 2
    xs = start[0] + (end[0] - start[0]) * p
    ys = start[1] + (end[1] - start[1]) * p + sag
    r = 0.004 + 0.045 * u**1.5
    on = music.pulse(n)
    alpha = (0.45 + 0.45 * on) * (0.55 + 0.45 * u)
    k = len(c["lights"])
    cols = np.where(rng.random(n) < 0.75, 0, rng.integers(0, k, n))
    rows = _rows(xs, ys, r, cols, alpha)
    haze = _haze(rng, k, 25, lo, hi, (0.01, 0.04))
    light = discs(np.concatenate([haze, rows]), c["lights"], lens) * hush(band)
    ground = night(c, band, (lo + hi) / 2, 0.25)
    near = int(np.argmax(r))
    return Frame(ground, light, _focal(xs[near], ys[near], 0.2, band))


def fireworks(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """Bursts blurred: each a ring of arms, every arm a line of discs growing and
    fading outward; one burst for calm music, up to three for loud; the loudest
    burst biggest; a soft smoke glow round each."""
    lo, hi = span(band)
    k = len(c["lights"])
    bursts = 1 + int(music.energy > 0.45) + int(music.energy > 0.75)
    rows, boxes = [], []
    ground = night(c, band, (lo + hi) / 2, 0.15)
    for b in range(bursts):
        size = (0.3 if b == 0 else rng.uniform(0.12, 0.2)) * (0.8 + 0.3 * music.energy)
        cx = rng.uniform(0.3, 0.7) if b == 0 else rng.uniform(0.1, 0.9)
        cy = rng.uniform(lo + 0.1, hi - 0.1) if b == 0 else rng.uniform(lo, hi)
        arms = int(14 + 18 * music.density)
        ang = np.linspace(0, 2 * np.pi, arms, endpoint=False) + rng.uniform(0, 1)
        steps = 5
        f = np.linspace(0.3, 1.0, steps)
        a = np.repeat(ang, steps) + rng.normal(0, 0.03, arms * steps)
        d = np.tile(f, arms) * size * rng.uniform(0.85, 1.1, arms * steps)
        ci = int(rng.integers(0, k)) if b else 0
        rows.append(
            _rows(
                cx + np.cos(a) * d,
                cy + np.sin(a) * d * 0.95 + 0.08 * size * np.tile(f, arms) ** 2,  # droop
                0.008 + 0.03 * np.tile(f, arms) * size / 0.3,
                ci,
                0.18 + 0.3 * np.tile(f, arms) * music.pulse(arms * steps, b * 31),
            )
        )
        rr = np.sqrt((XX - cx) ** 2 + (YY - cy) ** 2)
        ground = ground + (np.exp(-((rr / size) ** 2)) * 0.12)[..., None] * c["lights"][ci]
        boxes.append((cx, cy, size))
    light = discs(np.concatenate(rows), c["lights"], lens) * hush(band)
    cx, cy, size = boxes[0]
    return Frame(ground * hush(band, 0.6), light, _focal(cx, cy, size, band))


def daylight(
    rng: np.random.Generator, c: dict, band: str, music: Music, curve: np.ndarray, lens: Lens
) -> Frame:
    """Sun through leaves at golden hour: the title's band a pale warm haze, the
    picture's half deepening to the sun's amber, the sun blown out low at one side,
    dappled discs of light round it (as many and as big as the song's onsets), the
    flare's ghosts in a line through the frame's centre."""
    lo, hi = span(band)
    sx = 0.2 if rng.random() < 0.5 else 0.8
    sy = hi - 0.12 if band == "top" else lo + 0.12
    sun_c = np.asarray(c["day"], np.float32)
    paper = np.asarray(c["haze"], np.float32)
    deep = sun_c * np.array([0.72, 0.38, 0.3], np.float32)  # the amber under the sun
    y = YY[:, :1]
    t = np.clip((y - 0.22) / 0.6, 0, 1) if band == "top" else np.clip((0.78 - y) / 0.6, 0, 1)
    t = t[..., None] ** 0.9
    ground = np.repeat(paper * 0.94 * (1 - t) + deep * t, RES, axis=1).astype(np.float32)
    leaves = raster.fractal_noise(rng, 3, 3, 0.5, RES)
    shade = np.clip((leaves - 0.55) / 0.25, 0, 1)[..., None] * t * 0.45
    ground = ground * (1 - shade)
    rr = np.sqrt((XX - sx) ** 2 + (YY - sy) ** 2)
    sun = (np.exp(-((rr / 0.3) ** 2)) * 0.7 + np.exp(-((rr / 0.06) ** 2)) * 1.5)[..., None]
    n = 22 + int(30 * music.density)
    ang = rng.uniform(0, 2 * np.pi, n)
    dist = np.abs(rng.normal(0, 0.25, n)) + 0.06
    on = music.pulse(n)
    cols = np.stack([np.ones(3, np.float32), sun_c, np.asarray(c["lights"][1])]).astype(np.float32)
    dapple = _rows(
        np.clip(sx + np.cos(ang) * dist, -0.05, 1.05),
        np.clip(sy + np.sin(ang) * dist * 0.7, lo, hi + 0.05),
        0.025 + 0.06 * on * (1.2 - 0.5 * music.energy) + rng.uniform(0, 0.03, n),
        rng.choice(3, n, p=(0.5, 0.35, 0.15)),
        0.3 + 0.35 * on,
    )
    g = 5
    gt = np.linspace(0.8, 1.9, g) + rng.normal(0, 0.05, g)
    ghosts = _rows(
        sx + (0.5 - sx) * gt, sy + (0.45 - sy) * gt * 0.7, rng.uniform(0.02, 0.07, g), 2, 0.18
    )
    light = discs(np.concatenate([dapple, ghosts]), cols, lens) + sun * sun_c
    light = light * hush(band, 0.15)
    return Frame(ground, light, _focal(sx, sy, 0.25, band), day=True)


PICTURES = {
    "city": city,
    "rain": rain,
    "lamps": lamps,
    "festoon": festoon,
    "fireworks": fireworks,
    "daylight": daylight,
}


def develop(frame: Frame) -> np.ndarray:
    """The frame as an (RES, RES, 3) image 0..1: a night's light added and rolled off
    into white where it burns (overlaps bleach as on film); daylight screened."""
    if frame.day:
        out = 1.0 - (1.0 - frame.ground) * np.clip(1.0 - frame.light * 0.8, 0.0, 1.0)
        return np.clip(out, 0.0, 1.0)
    x = frame.ground + 0.85 * frame.light
    over = np.maximum(x.max(axis=2, keepdims=True) - 0.75, 0.0)
    x = x + 0.7 * over  # the burn spills to the other channels: white cores
    return np.clip(1.0 - np.exp(-1.25 * x), 0.0, 1.0) / (1.0 - np.exp(-1.25))


def to_image(frame: Frame, size: int):
    """The developed frame scaled to `size` (PIL RGB)."""
    img = raster.to_image(develop(frame))
    return raster.upscale_rgb(img, size)
