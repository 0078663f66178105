"""Paper cut's city at night, for a title that names a city and the night (月光下的城市,
東京の夜, 서울의 밤): rows of cut city silhouettes, paler and taller behind, deep in
front, under a whole moon rising over the back row; a calm song's city stands on the
far bank of a river that holds the moon's light, a loud one's fills the foot of the
frame. The city is the song: its towers as tall as the song is loud at their place
along the row (each row a little later in the song), as narrow as it is fast, its rows
as many as it is loud, its skyline as high as it is loud. No lit windows (the retired
paper city of lit windows was a stock vignette): silhouettes and the moon alone.

The moon is always whole inside the frame (a clipped moon read as a mistake on
月光下的城市's crescent, round 18); the sky above the skyline is the title's."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    disc,
    flip_box,
    light_angle,
    mirror,
    rect,
)

ROOFS = ("flat", "flat", "setback", "spire", "gable", "dome")  # how a tower is topped
CALM = 0.45  # a song quieter than this: the city across a river
MARGIN = 0.04  # the least room between the moon's halo and the frame's side
SKY = 0.27  # the sky over the moon's halo kept for the title (a share of the side)


def _tower(x0: float, x1: float, top: float, roof: str) -> Points:
    """A tower's upper outline, left to right, from its left wall at `top` (fractions,
    y down) to its right wall, crowned by `roof`."""
    w = x1 - x0
    mid = (x0 + x1) / 2
    if roof == "setback":  # a narrower storey on top
        a, b, low = x0 + 0.22 * w, x1 - 0.22 * w, top + 0.06 * w
        return [(x0, low), (a, low), (a, top), (b, top), (b, low), (x1, low)]
    if roof == "spire":  # a mast on the roof
        return [(x0, top), (mid - 0.06 * w, top), (mid, top - 0.9 * w), (mid + 0.06 * w, top),
                (x1, top)]  # fmt: skip
    if roof == "gable":
        return [(x0, top), (mid, top - 0.35 * w), (x1, top)]
    if roof == "dome":
        t = np.linspace(np.pi, 2 * np.pi, 12)
        return [(x0, top)] + [(mid + 0.5 * w * np.cos(a), top + 0.4 * w * np.sin(a)) for a in t]
    return [(x0, top), (x1, top)]


def _row(
    rng: np.random.Generator,
    loud: np.ndarray,
    tempo: float,
    high: float,
    low: float,
    near: float,
    foot: float,
) -> Points:
    """One row of towers across the frame (past both edges) as one silhouette: each
    tower as wide as the song is slow, its roof between `high` and `low`, the taller
    the louder the song (`loud`, 0..1, read along the row) at its place; the row
    stands on `foot`."""
    unit = (0.045 + 0.05 * near) * float(np.clip(110.0 / max(tempo, 40.0), 0.6, 1.6)) ** 0.5
    edges = [-0.06]
    while edges[-1] < 1.06:
        edges.append(edges[-1] + unit * float(rng.uniform(0.6, 1.4)))
    outline: Points = [(edges[0], foot)]
    for k in range(len(edges) - 1):
        at = (edges[k] + edges[k + 1]) / 2 + 0.06
        tall = 0.6 * float(np.interp(at / 1.12, np.linspace(0, 1, len(loud)), loud))
        tall += 0.4 * float(rng.random())
        roof = str(rng.choice(ROOFS)) if near < 0.9 else "flat"  # the front row: plain blocks
        outline += _tower(edges[k], edges[k + 1], low + (high - low) * tall, roof)
    return [*outline, (edges[-1], foot)]


def _moon(cx: float, cy: float, r: float, bite: tuple[float, float] | None) -> list[Layer]:
    """A whole moon: a pale halo, a shade paper offset behind, the moon (a crescent
    where `bite` offsets the cut that shapes it, the shade cut alike)."""
    layers = [Layer(((disc(cx, cy, r * 1.45, n=96), True),), "halo")]
    for dx, role in ((0.008, "moonshade"), (0.0, "moon")):
        moon: tuple[tuple[Points, bool], ...] = ((disc(cx + dx, cy + dx, r, n=96), True),)
        if bite is not None:
            cut = disc(cx + dx + bite[0], cy + dx + bite[1], 0.9 * r, n=96)
            moon += ((cut, False),)
        layers.append(Layer(moon, role))
    return layers


def city(rng: np.random.Generator, curve: tuple[float, ...], energy: float, tempo: float) -> Scene:
    """Rows of city silhouettes under a whole moon (see the module)."""
    river = energy < CALM
    rows = int(np.clip(round(2.2 + 2.2 * energy), 2, 4))
    skyline = 0.55 - 0.1 * energy  # the back row's tallest roof (a loud city stands tall)
    bank = float(rng.uniform(0.74, 0.8)) if river else 1.06
    if river:
        skyline = bank - 0.3 - 0.1 * energy
    r = float(rng.uniform(0.065, 0.13))
    mx = float(rng.uniform(0.22, 0.8))  # anywhere across (the mirror takes the other side)
    mx = float(np.clip(mx, 1.45 * r + MARGIN, 1.0 - 1.45 * r - MARGIN))
    my = skyline - r * float(rng.uniform(0.2, 1.3))  # rising behind the back row, or risen
    my = max(my, r * 1.45 + SKY)  # the top of the sky stays the title's
    bite = None
    if rng.random() < 0.6:  # a crescent, its light from either side
        turn = float(rng.uniform(2.2, 4.1))
        bite = (0.45 * r * np.cos(turn), 0.45 * r * np.sin(turn))
    layers = _moon(mx, my, r, bite)
    loud = np.asarray(curve_at(curve, 48))
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)  # the song's own range
    front = bank - (0.08 if river else 0.26)  # the front row's tallest roof
    for k in range(rows):  # back to front: paler and taller behind, deep in front
        near = k / max(rows - 1, 1)
        high = skyline + (front - skyline) * near
        low = high + (0.22 - 0.1 * near) * (0.6 if river else 1.0)
        later = np.roll(loud, -int(8 * k))  # each row a little later in the song
        outline = _row(rng, later, tempo, high, low, near, bank + 0.01)
        layers.append(Layer(((outline, True),), f"city{round(3 * near)}"))
    if river:  # the river in front, the moon's light broken on it
        layers.append(Layer(((rect(-0.05, bank, 1.05, 1.06), True),), "water"))
        strips = []
        count = int(rng.integers(7, 10))
        for k in range(count):  # broken glints, wider and looser toward the viewer
            t = k / (count - 1)
            y = bank + 0.025 + (0.95 - bank) * t**1.2
            half = r * (0.35 + 0.9 * t) * float(rng.uniform(0.5, 1.1))
            x = mx + r * (0.2 + 0.5 * t) * float(rng.uniform(-1.0, 1.0))
            strips.append((rect(x - half, y, x + half, y + 0.005 + 0.004 * t), True))
        layers.append(Layer(tuple(strips), "moon"))
    flip = bool(rng.random() < 0.5)
    focal = (0.0, max(0.0, min(my - r * 1.45, skyline - 0.05) - 0.04), 1.0, 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), night=True, shape="city",
        light=light_angle(flip), lift=1.2,
    )  # fmt: skip
