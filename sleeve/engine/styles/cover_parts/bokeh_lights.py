"""Bokeh building blocks: out-of-focus discs summed as
light in numpy at a small resolution, and where each scene puts its lights.

A light is a row of LIGHT_FIELDS: centre x, y and radius (fractions of the side),
colour index, opacity. Scenes return (lights, focal box or None).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose

Box = compose.Box
RES = 384  # side of the light field; the discs are soft, so it is scaled up


def _shape(dx: np.ndarray, dy: np.ndarray, r: float) -> np.ndarray:
    """One disc's coverage (0..1) at offsets dx, dy (pixels): a soft edge, a slightly
    brighter rim (a lens's onion ring) and a faint dimmer centre."""
    d = np.sqrt(dx * dx + dy * dy) / r
    edge = max(1.2 / r, 0.04)
    body = np.clip((1.0 - d) / edge + 0.5, 0.0, 1.0)
    rim = np.exp(-(((d - 0.93) / 0.07) ** 2))
    return body * (0.72 + 0.1 * d) + 0.35 * rim * body


Shape = Callable[[np.ndarray, np.ndarray, float, float, float], np.ndarray]


def light_field(
    lights: np.ndarray, colours: np.ndarray, res: int = RES, shape: Shape | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Sum the lights: (res, res, 3) light (premultiplied colour) and (res, res) coverage.

    lights: (n, 5) rows of x, y, radius, colour index, opacity; colours: (k, 3) in 0..1.
    shape(dx, dy, radius, x, y): one light's coverage at pixel offsets dx, dy from its
    centre (x, y the centre as fractions); a round disc when None."""
    light = np.zeros((res, res, 3), np.float32)
    cover = np.zeros((res, res), np.float32)
    for x, y, r, ci, alpha in lights:
        rp = max(float(r) * res, 0.8)
        cx, cy = float(x) * res, float(y) * res
        x0, x1 = max(0, int(cx - rp - 2)), min(res, int(cx + rp + 3))
        y0, y1 = max(0, int(cy - rp - 2)), min(res, int(cy + rp + 3))
        if x0 >= x1 or y0 >= y1:
            continue
        dy, dx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = dx + 0.5 - cx, dy + 0.5 - cy
        seen = _shape(dx, dy, rp) if shape is None else shape(dx, dy, rp, float(x), float(y))
        s = seen * float(alpha)
        cover[y0:y1, x0:x1] += s
        light[y0:y1, x0:x1] += s[..., None] * colours[int(ci)]
    return light, cover


def light_rows(*columns: float | np.ndarray) -> np.ndarray:
    """Stack per-light x, y, radius, colour index, opacity (arrays or scalars) into
    (n, 5) light rows."""
    cols = np.broadcast_arrays(*(np.atleast_1d(np.asarray(v, np.float64)) for v in columns))
    return np.stack(cols, 1)


def city_band(rng: np.random.Generator, n: int, size: float, k: int) -> tuple[np.ndarray, Box]:
    """A band of city lights low in the frame, seen through a rainy window."""
    band = rng.uniform(0.5, 0.72)
    y = band + rng.normal(0, 0.09, n)
    r = size * rng.uniform(0.3, 1.0, n) * rng.choice((1.0, 2.0), n, p=(0.85, 0.15))
    rows = light_rows(rng.random(n), y, r, rng.integers(0, k, n), rng.uniform(0.35, 0.9, n))
    return rows, (0.0, float(max(0.0, band - 0.2)), 1.0, float(min(1.0, band + 0.2)))


def street(rng: np.random.Generator, n: int, energy: float) -> tuple[np.ndarray, Box]:
    """Street lamps on poles running to a vanishing point (two rows, one row, or one
    line overhead down the middle), their smears on the wet road, a few tail lights
    and the far city: a night road."""
    vx, vy = rng.uniform(0.15, 0.85), rng.uniform(0.3, 0.62)
    z = rng.uniform(1.0, 1.6) + rng.uniform(0.6, 0.9) * np.arange(8 + n // 8)  # poles
    height = rng.uniform(0.2, 0.45)
    mode = rng.choice(3, p=(0.35, 0.45, 0.2))
    sides = ((-1.0, 1.0), (rng.choice((-1.0, 1.0)),), (0.0,))[mode]
    rows = []
    for side in sides:
        x = vx + (side * rng.uniform(0.35, 0.7) + rng.uniform(-0.05, 0.05)) / z
        y = vy - height / z
        r = 0.006 + 0.09 / z
        a = np.clip(0.6 + 0.4 / z, 0, 1)
        rows.append(light_rows(x, y, r, 0, a))
        for k in range(1, 4):  # smeared down the wet road
            rows.append(light_rows(x, vy + height * 0.6 / z + 0.05 * k / z, r * 0.6, 0, a * 0.12))
    tail = rng.integers(0, 7)
    t = rng.uniform(0.15, 0.7, tail)
    tx = vx + rng.uniform(-0.12, 0.12, tail) * t
    for dx in (0.0, 0.05):
        rows.append(light_rows(tx + dx * t, vy + 0.25 * t, 0.004 + 0.02 * t, 1, 0.5))
    far = rng.integers(8, 20)  # the city at the vanishing point
    rows.append(
        light_rows(
            vx + rng.normal(0, 0.06, far),
            vy + rng.normal(0, 0.015, far),
            rng.uniform(0.004, 0.012, far),
            rng.integers(0, 3, far),
            0.5 + 0.4 * energy,
        )
    )
    rows = np.concatenate(rows)
    roll = rng.normal(0, 0.15)  # a handheld camera's tilt
    dx, dy = rows[:, 0] - vx, rows[:, 1] - vy
    rows[:, 0] = vx + dx * np.cos(roll) - dy * np.sin(roll)
    rows[:, 1] = vy + dx * np.sin(roll) + dy * np.cos(roll)
    return rows, compose.around(vx, vy, 0.3, 0.25)


LAMP_KINDS = ("edge", "pair")


def lamp(
    rng: np.random.Generator, n: int, k: int, kind: str = "edge", band: str = "top"
) -> tuple[np.ndarray, Box]:
    """One huge soft light cropped by the bottom or top edge away from the title
    ("edge"); or a pair side by side low in the frame (a car's lamps coming
    on, their smears on the wet road below: "pair"); a few small lights far from it,
    empty space."""
    lx, _ = compose.thirds(rng, 0.05)
    ly = rng.uniform(0.6, 0.72) if band == "top" else rng.uniform(0.3, 0.42)
    big = rng.uniform(0.06, 0.26)
    if kind == "edge":  # a huge light rising from the bottom or hanging from the top
        side = 0.24 if lx < 0.5 else 0.76  # off-centre (a side's crop is a flare's)
        lx, big = side + rng.uniform(-0.06, 0.06), rng.uniform(0.3, 0.42)
        ly = 1.02 if band == "top" else -0.02
    if kind == "pair":
        big = rng.uniform(0.07, 0.11)
        sep = big * rng.uniform(2.4, 3.2)
        ci = int(rng.integers(0, k))
        rows = []
        for x in (lx - sep / 2, lx + sep / 2):
            rows += [light_rows(x, ly, big * 2.2, ci, 0.08), light_rows(x, ly, big, ci, 0.9)]
            rows += [
                light_rows(x, ly + big * (1.3 + 0.9 * j), big * 0.75, ci, 0.16 / j)
                for j in (1, 2, 3)
            ]
        box = compose.around(lx, ly + big, sep / 2 + big * 1.1, big * 2.2)
    else:
        halo = [
            light_rows(lx, ly, big * m, 0, a) for m, a in ((2.6, 0.05), (1.9, 0.08), (1.35, 0.14))
        ]
        rows = [*halo, light_rows(lx, ly, big, 0, 0.9)]
        box = compose.around(lx, ly, big * 0.85)
    count = max(3, n // 8)
    ang = rng.uniform(0, 2 * np.pi, count)
    dist = rng.uniform(big + 0.12, 0.6, count)
    rows.append(
        light_rows(
            lx + dist * np.cos(ang),
            ly + dist * np.sin(ang),
            rng.uniform(0.012, 0.04, count),
            rng.integers(0, k, count),
            rng.uniform(0.4, 0.9, count),
        )
    )
    return np.concatenate(rows), box


def _strand(rng: np.random.Generator, count: int, kind: str, offset: float) -> np.ndarray:
    """Points (count, 2) along one strand: a sagging catenary across the frame, a
    vertical drop of a light curtain, or a garland waving along a diagonal."""
    t = np.clip(np.linspace(0, 1, count) + rng.normal(0, 0.004, count), 0, 1)
    if kind == "curtain":  # a drop of its own length, swaying a little (never a chart's bar)
        sway = rng.uniform(0.01, 0.035) * np.sin(rng.uniform(2, 5) * t + rng.uniform(0, 6.3))
        return np.stack([offset + sway, -0.02 + rng.uniform(0.25, 1.0) * t**1.15], 1)
    if kind == "garland":
        y0, y1 = rng.uniform(0.55, 0.95), rng.uniform(0.05, 0.45)
        wave = rng.uniform(0.04, 0.1) * np.sin(2 * np.pi * rng.uniform(1.5, 3) * t)
        return np.stack([-0.05 + 1.1 * t, y0 + (y1 - y0) * t + wave + offset], 1)
    y_left, y_right = rng.uniform(0.15, 0.55, 2) + offset
    sag = rng.uniform(0.12, 0.3)
    y = y_left + (y_right - y_left) * t + sag * (1 - (2 * t - 1) ** 2)
    return np.stack([-0.05 + 1.1 * t, y], 1)


def fairy(
    rng: np.random.Generator, n: int, k: int, band: str = "top", near: bool = False
) -> tuple[np.ndarray, Box]:
    """Fairy lights: one or two sagging strings, a curtain of drops hanging from the
    top, or a garland along a diagonal; nearer (bigger, softer) at one end. A string
    is seen far (a short chain of small lights in a wide field), at arm's length, or
    close (a few huge lights cropped by the edges), turned to run level, aslant or
    steeply, pivoting on an off-centre point away from the title's band; sometimes
    one big near light blurs a corner. `near` leaves out the far view (by day a far
    string is only a line of pale dots)."""
    kind = ("catenary", "curtain", "garland")[int(rng.integers(3))]
    strands = int(rng.integers(3, 7)) if kind == "curtain" else 1 + int(rng.random() < 0.5)
    left = rng.uniform(0.05, 0.4)
    gaps = rng.uniform(0.4, 1.6, strands)  # uneven: hung by hand, not ruled
    columns = left + rng.uniform(0.35, 0.55) * np.cumsum(gaps) / gaps.sum()
    zoom = float(rng.choice((0.6, 1.0, 1.8), p=(0.0, 0.4, 0.6) if near else (0.35, 0.35, 0.3)))
    turn = 0.0 if kind == "curtain" else float(rng.choice((-1, 1)) * rng.uniform(0.0, 0.9))
    pivot = rng.choice((0.3, 0.42, 0.58, 0.7), 2) + rng.uniform(-0.04, 0.04, 2)
    pivot[1] = (1.0 - pivot[1]) if (pivot[1] < 0.5) == (band == "top") else pivot[1]
    spin = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    rows, mid = [], np.full(2, 0.5)
    for i in range(strands):
        offset = columns[i] + rng.normal(0, 0.015) if kind == "curtain" else 0.25 * i
        count = (6 + n // 8) if kind == "curtain" else 12 + n // 4
        count = max(5, int(count / zoom**0.5))
        xy = _strand(rng, count, kind, offset)
        if kind != "curtain":
            mid = xy.mean(0) if i == 0 else mid  # the first string's middle on the pivot
            xy = pivot + ((xy - mid) * zoom) @ spin.T
        t = np.linspace(0, 1, count)
        near = t if rng.random() < 0.5 else 1 - t
        r = (0.008 + 0.045 * near**1.5) * rng.uniform(0.7, 1.3, count) * zoom**0.6
        if kind == "curtain":  # strands at different depths: some near and big, some far
            r = r * rng.uniform(0.5, 1.7)
        alpha = rng.uniform(0.6, 1.0, count)
        rows.append(light_rows(xy[:, 0], xy[:, 1], r, rng.integers(0, k, count), alpha))
    pts = np.concatenate(rows)[:, :2]
    lo, hi = np.clip(pts.min(0) - 0.04, 0, 1), np.clip(pts.max(0) + 0.04, 0, 1)
    if rng.random() < 0.35:  # one near light, out of focus, in a far corner
        cx, cy = (0.0 if pivot[0] > 0.5 else 1.0), (0.0 if pivot[1] > 0.5 else 1.0)
        rows.append(light_rows(cx, cy, rng.uniform(0.22, 0.38), rng.integers(0, k), 0.15))
    return np.concatenate(rows), (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))


def candles(rng: np.random.Generator, n: int, k: int, band: str) -> tuple[np.ndarray, Box]:
    """Two to six candle flames away from the title's band, each a warm disc with a
    faint halo and a smaller blur of its reflection on the table below, the rest of
    the frame dark: scattered at different depths, or a row receding from one big
    near flame to small far ones across the frame."""
    count = int(rng.integers(2, 7))
    cx = float(rng.uniform(0.28, 0.72))
    cy = rng.uniform(0.3, 0.44) if band == "bottom" else rng.uniform(0.56, 0.7)
    spread = rng.uniform(0.12, 0.3)
    x = cx + spread * np.sort(rng.uniform(-1, 1, count))
    depth = rng.uniform(0.4, 1.0, count)  # nearer flames are bigger, lower, softer
    if rng.random() < 0.5:  # a row receding: near and big at one end, far at the other
        t = np.linspace(0, 1, count) ** 0.6
        near_x = float(rng.choice((0.12, 0.88)))
        x = near_x + (1.0 - 2 * near_x) * 0.75 * t
        depth = 1.0 - 0.8 * t
        cx, spread = 0.5, 0.4
    y = cy + 0.08 * depth + rng.normal(0, 0.015, count)
    r = (0.03 + 0.08 * depth**2) * (1 + 0.3 * n / 64)
    ci = rng.integers(0, k, count)
    rows = [
        light_rows(x, y, r * 2.0, ci, 0.08),
        light_rows(x, y, r, ci, 0.9),
        light_rows(x, y + r * 2.2 + 0.03, r * 0.7, ci, 0.18),
    ]
    box = compose.around(cx, cy + 0.05, spread + 0.06, 0.15)
    return np.concatenate(rows), box
