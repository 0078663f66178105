"""A Ferris wheel stood close under, cropped huge by the frame and seen at an angle,
the lens focused past it on the sky: a wheel built in 3-D and projected, so its twin
rims of lights are ellipses whose near side swells into big overlapping discs that
burn to white while the far side shrinks to a chain of small ones; the spokes faint
steel lines against a dusk (or night) sky with their own small lights, the hub a
hot cluster. The onsets light the rim's bulbs (a chase of bright and dim), the tempo
sets the colour sectors, the energy how many bulbs; the seed the angle and the crop.
"""

from __future__ import annotations

import numpy as np
from PIL import ImageDraw

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_photo as bp
from sleeve.engine.styles.cover_parts.bokeh_lights import light_rows


class _Camera:
    """The wheel in 3-D (radius 1, hub at depth `dist`) turned by `yaw`, projected
    with focal length `f` to a hub on the frame at (hx, hy)."""

    def __init__(self, hx: float, hy: float, yaw: float, dist: float, f: float) -> None:
        self.hx, self.hy, self.yaw, self.dist, self.f = hx, hy, yaw, dist, f

    def project(self, a: np.ndarray, radius: float, axle: float) -> tuple:
        """Screen x, y and depth z of rim points at angles `a`, `axle` along the axle."""
        cx, sx = np.cos(self.yaw), np.sin(self.yaw)
        x3 = radius * np.cos(a) * cx - axle * sx
        y3 = radius * np.sin(a)
        z3 = self.dist + radius * np.cos(a) * sx + axle * cx
        return self.hx + self.f * x3 / z3, self.hy + self.f * y3 / z3, z3


def wheel(
    rng: np.random.Generator, c: dict, band: str, n: int, music: lens.Music, dusk: bool
) -> bp.Shot:
    """The scene (see the module's docstring); the focal box holds the near rim."""
    top = band == "top"
    side = float(rng.choice((-1.0, 1.0)))  # the near side of the wheel
    e = music.energy  # calm: the wheel nearly square to the lens, close; loud: turned away
    hx = 0.5 + side * (0.12 + 0.22 * e + rng.uniform(0.0, 0.06))  # the hub off to one side
    hy = 0.95 if top else 0.05
    yaw = side * (0.4 + 0.45 * e + rng.uniform(0.0, 0.1))
    cam = _Camera(hx, hy, yaw, 2.4, 1.9 - 0.35 * e + rng.uniform(0.0, 0.08))
    _, ry, _ = cam.project(np.linspace(0, 2 * np.pi, 64), 1.0, 0.0)
    cam.hy += (0.2 - ry.min()) if top else (0.8 - ry.max())  # the rim just under the title
    hy = cam.hy
    ground = bp.sky(c["sky"], c["low"], 1.0, c["low"])
    if not top:
        ground = ground[::-1].copy()  # the glow at the hub's end of the sky
    cols = np.asarray(c["lights"], np.float32)
    k = len(cols)
    m = 44 + int(round(28 * music.energy))  # loud: more, smaller bulbs
    a = rng.uniform(0, 2 * np.pi) + 2 * np.pi * np.arange(m) / m
    sectors = 3 + int(music.tempo // 40)
    colour = ((a % (2 * np.pi)) / (2 * np.pi) * sectors).astype(int) % k
    chase = music.pulse(m, int(rng.integers(0, 128)))
    rows = []
    for axle in (-0.09, 0.09):  # the twin rims
        x, y, z = cam.project(a, 1.0, axle)
        r = 0.035 * (2.4 / z) ** 2  # focused on the sky: the nearer, the bigger
        alpha = (0.22 + 0.5 * chase) * (1.0 if axle < 0 else 0.75)
        seen = (x > -0.12) & (x < 1.12) & (y > -0.12) & (y < 1.12)
        rows.append(light_rows(x[seen], y[seen], r[seen], colour[seen], alpha[seen]))
    spokes = 12 + 4 * int(rng.integers(0, 2))
    sa = a[0] + 2 * np.pi * np.arange(spokes) / spokes
    t = np.linspace(0.2, 0.9, 5)
    sx, sy, sz = cam.project(np.repeat(sa, 5), np.tile(t, spokes), 0.0)
    rows.append(light_rows(sx, sy, 0.006 + 0.02 / sz, np.repeat(np.arange(spokes) % k, 5), 0.35))
    hub = light_rows(hx, hy, [0.09, 0.05, 0.028], [0, 0, 1], [0.22, 0.8, 0.6])
    rows.append(hub)
    light = lens.glass(np.concatenate(rows), cols, 0.6, 0.5, 0.06, 0.08)
    light += bp.glow(hx, hy, 0.35, 0.35, cols[0], 0.25)  # the haze lit round the hub

    def steel(d: ImageDraw.ImageDraw) -> None:
        ex, ey, _ = cam.project(sa, 1.0, 0.0)
        for px, py in zip(ex, ey, strict=True):
            d.line([bp._p(hx, hy), bp._p(px, py)], fill=255, width=2)

    front = bp._mask(steel, 1.2) * (0.45 if dusk else 0.25)  # faint against the sky
    light = lens.burn(light, 0.75) * lens.hush(band, 0.16, 0.3)
    near_x, near_y, _ = cam.project(a[np.cos(a) * side < -0.3], 1.0, 0.0)
    clear = (near_y > 0.3) & (near_y < 1) if top else (near_y > 0) & (near_y < 0.7)
    inside = (near_x > 0) & (near_x < 1) & clear  # the near rim outside the title's band
    if inside.any():
        box = (
            float(near_x[inside].min()) - 0.06,
            float(near_y[inside].min()) - 0.06,
            float(near_x[inside].max()) + 0.06,
            float(near_y[inside].max()) + 0.06,
        )
    else:
        box = compose.around(0.5, 0.5, 0.4, 0.4)
    return bp.Shot(
        ground, light, front, c["sky"] * 0.35, bp.clear_of_band(compose.clip_box(box), band)
    )
