"""Paper-cut scenes as geometry: each scene is a stack of paper layers (back to front),
each layer a list of cut shapes in fractions of the side (y down). paper_cut colours
and renders them; this module only decides where the paper is.

Paper cut now draws the designed compositions of paper_design with these sheets;
the older scenes here (a city skyline, sea waves, mountains) and in paper_shapes
(emblems, the window, the crater) are no longer drawn by the style.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]
Points = list[tuple[float, float]]


@dataclass(frozen=True)
class Layer:
    """One sheet: shapes cut from it ((points, True) adds paper, (points, False)
    cuts a hole, in order); role picks its colour: "ground" (the sheet ramp),
    "motif", "sun", "moon", "glow" (lit windows), "light" (snow, rain, rays),
    "frame" (a window's wall)."""

    shapes: tuple[tuple[Points, bool], ...]
    role: str = "ground"


@dataclass(frozen=True)
class Scene:
    """The layers back to front, the focal box, whether it is a night scene."""

    layers: list[Layer]
    focal: Box | None
    night: bool = False
    shape: str = ""  # the big cut-out shape, when there is one
    mood: str = ""  # "dusk": a sunset sky over the silhouettes
    glow: float = 85.0  # the hue of lit windows


def disc(cx: float, cy: float, r: float, ry: float | None = None, n: int = 72) -> Points:
    """A circle (or an ellipse with ry) as a polygon."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ry = r if ry is None else ry
    return list(zip((cx + r * np.cos(t)).tolist(), (cy + ry * np.sin(t)).tolist(), strict=True))


def rect(x0: float, y0: float, x1: float, y1: float) -> Points:
    """An axis-aligned rectangle as a polygon."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def ground(xs: np.ndarray, ys: np.ndarray) -> Points:
    """A sheet below the edge (xs, ys), closed under the bottom of the cover."""
    return [*zip(xs.tolist(), ys.tolist(), strict=True), (1.05, 1.05), (-0.05, 1.05)]


def song(curve: tuple[float, ...], xs: np.ndarray, flip: bool) -> np.ndarray:
    """The energy curve (smoothed, centred on 0) sampled at xs (read as time)."""
    c = np.convolve(np.pad(np.asarray(curve or (0.5,)), 3, mode="edge"), np.ones(7) / 7, "valid")
    c = c[::-1] if flip else c
    return np.interp(xs, np.linspace(0, 1, len(c)), c) - float(c.mean())


def wobble(rng: np.random.Generator, xs: np.ndarray, amount: float) -> np.ndarray:
    """A smooth random wiggle along xs: the scissors' hand."""
    out = np.zeros_like(xs)
    for k in (3, 7, 13):
        out += np.sin(xs * k * np.pi + rng.uniform(0, 6.3)) / k
    return amount * out


def sky_body(rng: np.random.Generator, night: bool, x: float, y: float, r: float) -> Layer:
    """A paper sun, or a crescent moon at night."""
    if not night:
        return Layer(((disc(x, y, r), True),), "sun")
    side = rng.choice((-1.0, 1.0))
    bite = disc(x + side * r * 0.45, y - r * 0.25, r * 0.9)
    return Layer(((disc(x, y, r), True), (bite, False)), "moon")


def hills(rng: np.random.Generator, curve: tuple[float, ...], top: float, n: int, rough: float):
    """n rolling ground sheets from `top` down, the nearest shaped by the song."""
    xs = np.linspace(-0.05, 1.05, 90)
    flip = bool(rng.random() < 0.5)
    out = []
    for k in range(n):
        base = top + (0.98 - top) * (k + 0.4) / (n + 0.4)
        roll = 0.03 * np.sin(xs * rng.uniform(2, 5) + rng.uniform(0, 6.3))
        ys = base - 0.25 * song(curve, xs, flip) * (k + 1) / n + roll + wobble(rng, xs, rough)
        out.append(Layer(((ground(xs, ys), True),)))
    return out


def skyline(rng: np.random.Generator, curve: tuple[float, ...], energy: float, night: bool):
    """Three or four rows of buildings; lit windows at night; the song sets the heights."""
    tall = rng.random() < 0.5
    n = int(rng.integers(3, 5))
    flip = bool(rng.random() < 0.5)
    layers = []
    body = rng.random() < 0.75
    bx, r = float(rng.uniform(0.2, 0.8)), float(rng.uniform(0.07, 0.12))
    highest = 1.0
    for k in range(n):
        scale = (0.62 if tall else 0.4) * (1.0 - 0.5 * k / n)
        pts: Points = [(-0.05, 1.05)]
        windows: list[tuple[Points, bool]] = []
        x = -0.05 - rng.uniform(0, 0.05)
        while x < 1.05:
            w = float(rng.uniform(0.05, 0.13) * (1 + 0.3 * k))
            loud = float(song(curve, np.array([x + w / 2]), flip)[0])
            h = scale * float(rng.uniform(0.55, 1.1)) * (1 + 1.4 * loud) * (0.8 + 0.4 * energy)
            top = 1.0 - max(h, 0.06)
            highest = min(highest, top)
            pts += [(x, top), (x + w, top)]
            if rng.random() < 0.2:  # a spire
                pts.insert(-1, (x + w / 2, top - rng.uniform(0.03, 0.08)))
            if night and k >= n - 2 and rng.random() < (0.8 if k == n - 2 else 0.35):
                windows += _windows(rng, x, top, w)
            x += w
        pts.append((x, 1.05))
        layers.append(Layer(((pts, True),)))
        if windows:
            layers.append(Layer(tuple(windows), "glow"))
    if rng.random() < 0.45:  # the city on a shore: water in front, lights on it
        shore = float(rng.uniform(0.74, 0.84))
        layers.append(Layer(((rect(-0.05, shore, 1.05, 1.05), True),)))
        glints = [
            (rect(x, y, x + rng.uniform(0.04, 0.14), y + 0.008), True)
            for x, y in zip(rng.uniform(0, 0.9, 9), rng.uniform(shore + 0.03, 0.97, 9), strict=True)
        ]
        layers.append(Layer(tuple(glints), "glow" if night else "light"))
    top = max(highest, 0.25)
    if body:  # low over the roofs or rising behind tall towers; the sky above is the title's
        lift = float(rng.uniform(0.2, 1.3)) if top > 0.4 else -float(rng.uniform(0.2, 0.8))
        by = max(top - r * lift, 0.2)
        layers.insert(0, sky_body(rng, night, bx, by, r))
        top = min(top, by - r)
    return Scene(layers, (0.0, top, 1.0, 1.0), night)


def _windows(rng: np.random.Generator, x: float, top: float, w: float) -> list:
    """Some lit windows on one building's face."""
    out = []
    for wy in np.arange(top + 0.025, 1.0, 0.035):
        for wx in np.arange(x + 0.012, x + w - 0.02, 0.022):
            if rng.random() < 0.3:
                out.append((rect(wx, wy, wx + 0.01, wy + 0.016), True))
    return out


# sea views: (horizon range, swell height multiplier, rows added, chance of a sun or moon)
SEAS = {
    "far": ((0.26, 0.58), 1.0, 0, 1.0),
    "swell": ((0.16, 0.3), 2.0, -2, 0.0),  # the sky above is the title's
    "flat": ((0.6, 0.74), 0.35, 1, 0.8),
}


def waves(
    rng: np.random.Generator, curve: tuple[float, ...], energy: float, night: bool, view: str = ""
):
    """Swells in rows to the horizon, the nearest highest: far out to sea under a sun
    or moon, big swells close up under a high horizon, or a flat sea under a big sky
    (the seed's view unless given); maybe a boat, an island or a lighthouse."""
    view = view or str(rng.choice(tuple(SEAS)))
    (lo, hi), lift, more, body_p = SEAS[view]
    horizon = float(rng.uniform(lo, hi))
    n = max(3, 3 + round(4 * energy) + int(rng.integers(0, 2)) + more)  # loud: a busier sea
    xs = np.linspace(-0.05, 1.05, 160)
    flip = bool(rng.random() < 0.5)
    sharp = float(rng.uniform(1.0, 4.0 / lift))  # rolling swells .. pointed crests
    x, r = float(rng.uniform(0.2, 0.8)), float(rng.uniform(0.08, 0.15))
    body = sky_body(rng, night, x, horizon - r * rng.uniform(-0.2, 1.2), r)
    layers = [body] if rng.random() < body_p else []
    layers.append(Layer(((ground(xs, np.full_like(xs, horizon)), True),)))
    extra = str(rng.choice(("none", "boat", "island", "lighthouse"), p=(0.3, 0.3, 0.2, 0.2)))
    if extra in ("island", "lighthouse"):
        layers += _island(rng, 1.0 - x, horizon, extra == "lighthouse")
    for k in range(1, n):
        base = horizon + (1.0 - horizon) * (k / n) ** 0.85
        amp = lift * (0.02 + 0.08 * energy) * (0.5 + k / n) * (1 + 2.0 * song(curve, xs, flip))
        theta = xs * np.pi * rng.uniform(2, 6) * (1.2 - 0.5 * k / n) + rng.uniform(0, 6.3)
        ys = base - np.abs(amp) * (0.5 + 0.5 * np.cos(theta)) ** sharp
        layers.append(Layer(((ground(xs, ys), True),)))
        if k == 1 and extra == "boat":  # a small sailing boat on the far swell
            bx, by = float(rng.uniform(0.15, 0.85)), base - 0.005
            sail = [(bx, by - 0.09), (bx, by - 0.012), (bx + 0.05, by - 0.012)]
            hull = [(bx - 0.04, by - 0.012), (bx + 0.06, by - 0.012), (bx + 0.04, by + 0.01)]
            layers.insert(-1, Layer(((sail, True), (hull, True)), "motif"))
    top = horizon - (2.2 * r if layers[0] is body else 0.05)
    return Scene(layers, (0.0, max(top, 0.0), 1.0, 1.0), night)


def _island(rng: np.random.Generator, x: float, horizon: float, lighthouse: bool) -> list:
    """A low island on the horizon (its foot hidden by the swells), maybe with a
    lighthouse: a white tower and a lit lamp."""
    x = float(np.clip(x + rng.uniform(-0.1, 0.1), 0.2, 0.8))
    w, h = float(rng.uniform(0.1, 0.22)), float(rng.uniform(0.035, 0.07))
    out = [Layer(((disc(x, horizon + 0.01, w, h), True),))]
    if lighthouse:
        foot, top = horizon + 0.01 - h * 0.8, horizon - h - 0.16
        tower = [(x - 0.022, foot), (x - 0.014, top), (x + 0.014, top), (x + 0.022, foot)]
        lamp = rect(x - 0.016, top - 0.03, x + 0.016, top)
        roof = [(x - 0.022, top - 0.03), (x, top - 0.055), (x + 0.022, top - 0.03)]
        out += [Layer(((tower, True), (roof, True)), "light"), Layer(((lamp, True),), "glow")]
    return out


# mountain views: (top of the back range, spread of the ranges, main peak height and
# half-width, chance and radius of a sun or moon)
VIEWS = {
    "range": (0.3, 0.5, (0.12, 0.2), 0.3, 0.6, 0.07),
    "massif": (0.5, 0.35, (0.36, 0.46), 0.45, 0.3, 0.06),
    "distant": (0.58, 0.32, (0.06, 0.1), 0.25, 1.0, 0.15),
}


def mountains(rng: np.random.Generator, curve: tuple[float, ...], energy: float, night: bool):
    """Ranges of peaks seen from afar (a range, one huge massif, or low distant hills
    under a big sky), the back ones higher, the main peak often snow-capped; ragged
    with the energy, the front ranges shaped by the song."""
    top0, spread, peak_h, peak_w, body_p, body_r = VIEWS[str(rng.choice(tuple(VIEWS)))]
    n = int(rng.integers(3, 6))
    peak_x = float(rng.choice((1 / 3, 2 / 3)) + rng.uniform(-0.06, 0.06))
    flip = bool(rng.random() < 0.5)
    xs = np.linspace(-0.05, 1.05, 129)
    layers = []
    x0, x1, sky_top = max(0.0, peak_x - peak_w), min(1.0, peak_x + peak_w), 1.0
    if rng.random() < body_p:
        sx = float(np.clip(1.0 - peak_x + rng.uniform(-0.1, 0.1), 0.15, 0.85))
        sy = float(rng.uniform(0.14, 0.24) + (top0 - 0.3) * 0.6)
        layers.append(sky_body(rng, night, sx, sy, body_r))
        x0, x1 = min(x0, sx - body_r), max(x1, sx + body_r)  # the title keeps off it too
        sky_top = sy - body_r
    summit = 1.0
    for k in range(n):
        top = top0 + spread * k / n + rng.uniform(-0.03, 0.03)
        rough = (0.02 + 0.05 * energy) * (1.0 - 0.4 * k / n)
        ys = top + _ridge(rng, len(xs), rough) - 0.2 * song(curve, xs, flip) * k / n
        if k == 0:  # the main peak
            height = float(rng.uniform(*peak_h))
            ys = ys - height * np.clip(1 - np.abs(xs - peak_x) / peak_w, 0, 1) ** 1.3
            summit = float(ys.min())
        layers.append(Layer(((ground(xs, ys), True),)))
        if k == 0 and rng.random() < 0.7:
            layers.append(Layer(((_snow(rng, xs, ys), True),), "light"))
    top = min(summit - 0.03, sky_top)
    return Scene(layers, (max(x0, 0.0), max(top, 0.0), min(x1, 1.0), 0.85), night)


def _ridge(rng: np.random.Generator, n: int, rough: float) -> np.ndarray:
    """A jagged ridge line by midpoint displacement (n = 2**k + 1 points)."""
    ys = np.zeros(n)
    step, amp = n - 1, rough * 2.5
    while step > 1:
        half = step // 2
        mids = (ys[0:-1:step] + ys[step::step]) / 2 + rng.uniform(-amp, amp, (n - 1) // step)
        ys[half::step] = mids
        step, amp = half, amp * 0.55
    return ys


def _snow(rng: np.random.Generator, xs: np.ndarray, ys: np.ndarray) -> Points:
    """The top of the highest ridge above a zig-zag snow line."""
    line = float(ys.min()) + float(rng.uniform(0.05, 0.08))
    above = ys < line
    idx = np.flatnonzero(above)
    i0, i1 = int(idx[0]), int(idx[-1])
    top = list(zip(xs[i0 : i1 + 1].tolist(), ys[i0 : i1 + 1].tolist(), strict=True))
    zx = np.linspace(xs[i1], xs[i0], 9)
    zy = line + 0.015 * (np.arange(9) % 2)
    return top + list(zip(zx.tolist(), zy.tolist(), strict=True))
