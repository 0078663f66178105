"""Bokeh scenes as photographs out of focus: each a subject with depth (a ground or a
sky, silhouettes in front, lights behind at their distances) built at RES in numpy.

A scene returns a Shot: its ground (RES, RES, 3 floats), its light (the same, added
as light), an occluder in front (mask and colour, drawn over the light: a wire, a
window frame, a skyline), its focal box and any light in focus over it all (sharp
bulbs) and anything drawn in focus at the cover's size (a microphone). Discs are
drawn through a lens: a soft edge, a brighter rim, cat's eyes toward
the corners, their size by distance. The road and the fireworks live in their own
modules (bokeh_street, bokeh_fireworks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.bokeh_lights import light_field, light_rows

Box = compose.Box
RES = 256  # side of the scene's fields; all of it is soft, so it is scaled up
_YY, _XX = (np.mgrid[0:RES, 0:RES].astype(np.float32) + 0.5) / RES


@dataclass
class Shot:
    """One scene: ground, light, what stands in front, and the subject's box."""

    ground: np.ndarray
    light: np.ndarray
    front: np.ndarray | None  # (RES, RES) coverage of the near silhouettes
    front_colour: np.ndarray | None
    focal: Box
    over: np.ndarray | None = None  # light in focus in front of it all (sharp bulbs)
    # drawn in focus at the cover's size, moved down by a share of the side (_tilt)
    sharp: Callable[[Image.Image, float], Image.Image] | None = None


def lens(cat: float = 0.45, rim: float = 0.35, soft: float = 0.05):
    """A disc through a wide-open lens: flat body, a soft edge, a bright rim (`rim`),
    clipped to a cat's eye toward the frame's edges (`cat`)."""

    def shape(dx: np.ndarray, dy: np.ndarray, rp: float, x: float, y: float) -> np.ndarray:
        d = np.sqrt(dx * dx + dy * dy) / rp
        if cat > 0:
            ox, oy = (0.5 - x) * cat * 1.6 * rp, (0.5 - y) * cat * 1.6 * rp
            d = np.maximum(d, np.sqrt((dx - ox) ** 2 + (dy - oy) ** 2) / (rp * 1.04))
        edge = max(1.2 / rp, soft)
        body = np.clip((1.0 - d) / edge + 0.5, 0.0, 1.0)
        ring = np.exp(-(((d - 0.9) / 0.08) ** 2))
        return body * (0.7 + 0.12 * np.clip(d, 0, 1) + rim * ring)

    return shape


def discs(rows: np.ndarray, cols: np.ndarray, cat: float = 0.45, rim: float = 0.35) -> np.ndarray:
    """Lights summed through the lens (RES, RES, 3)."""
    return light_field(rows, cols, RES, lens(cat, rim))[0]


def sky(top: np.ndarray, low: np.ndarray, horizon: float, below: np.ndarray) -> np.ndarray:
    """A sky from `top` down to `low` at the horizon, the ground `below` it."""
    y = _YY[:, :1]
    t = np.clip(y / max(horizon, 0.05), 0.0, 1.0) ** 2.0
    up = top * (1 - t) + low * t
    fall = np.clip((y - horizon) * RES / 3.0, 0.0, 1.0)
    column = (up * (1 - fall) + below * fall).astype(np.float32)
    return np.repeat(column[:, None, :], RES, axis=1)


def glow(cx: float, cy: float, rx: float, ry: float, colour: np.ndarray, amount: float):
    """A soft light pooled round a point (RES, RES, 3)."""
    across = np.exp(-(((_XX[0] - cx) / rx) ** 2))  # separable: two rows, not a field
    down_ = amount * np.exp(-(((_YY[:, 0] - cy) / ry) ** 2))
    return (down_[:, None] * across[None, :])[..., None] * colour


def _mask(draw_on, blur: float) -> np.ndarray:
    """A silhouette drawn by `draw_on(ImageDraw)` at RES, blurred `blur` px, 0..1."""
    img = Image.new("L", (RES, RES), 0)
    draw_on(ImageDraw.Draw(img))
    if blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(blur * RES / 384))
    return np.asarray(img, np.float32) / 255.0


def down(field: np.ndarray) -> np.ndarray:
    """A (n, n, k) float field from another module's resolution to RES."""
    if field.shape[0] == RES:
        return field
    chans = [
        np.asarray(Image.fromarray(field[..., i]).resize((RES, RES), Image.Resampling.BOX))
        for i in range(field.shape[2])
    ]
    return np.stack(chans, 2).astype(np.float32)


def clear_of_band(box: Box, band: str) -> Box:
    """The box kept out of the title's band (the top or bottom 30%)."""
    x0, y0, x1, y1 = box
    if band == "top":
        return compose.clip_box((x0, max(y0, 0.3), x1, max(y1, 0.4)))
    return compose.clip_box((x0, min(y0, 0.6), x1, min(y1, 0.7)))


def _p(x: float, y: float) -> tuple[float, float]:
    return (float(x) * RES, float(y) * RES)


# ---------------------------------------------------------------------------- scenes


def rain(
    rng: np.random.Generator,
    c: dict,
    band: str,
    n: int,
    energy: float = 0.5,
    onsets: np.ndarray | None = None,
) -> Shot:
    """A city at night through a rainy window: lights at every distance in the half
    away from the title (a line of small far ones, bigger mid ones, a few huge near
    ones), the city's glow under them (the window's frame is gone: its transom read as
    a bar across the title's band, and its dark side, a strip down one edge, as a
    render fault to two art directors); the drops on the glass, in
    focus, are drawn at the cover's size (bokeh_rain). The near and mid lights flare
    and dim with the `onsets`."""
    top = band == "top"
    hy = rng.uniform(0.56, 0.64) if top else rng.uniform(0.36, 0.44)
    ground = sky(c["sky"], c["low"], hy, c["sky"] * 0.7)
    ground += glow(0.5, hy, 0.9, 0.16, c["lights"][0], 0.22)
    k = len(c["lights"])
    rows = []
    far = 30 + n // 2
    fx = rng.random(far)
    rows.append(
        light_rows(
            fx,
            hy + rng.normal(0, 0.02, far),
            rng.uniform(0.005, 0.013, far),
            rng.integers(0, k, far),
            rng.uniform(0.6, 1.0, far),
        )
    )
    mid = 16 + n // 3
    my = hy + (1 if top else -1) * np.abs(rng.normal(0.08, 0.08, mid))
    rows.append(
        light_rows(
            rng.random(mid),
            my,
            rng.uniform(0.02, 0.045, mid),
            rng.integers(0, k, mid),
            rng.uniform(0.45, 0.8, mid),
        )
    )
    near = 3 + int(round(5 * energy)) + int(rng.integers(0, 2))  # loud: more near lights
    ny = hy + (1 if top else -1) * rng.uniform(0.05, 0.3, near)
    rows.append(
        light_rows(
            rng.random(near),
            ny,
            rng.uniform(0.06, 0.11, near),
            rng.integers(0, k, near),
            rng.uniform(0.3, 0.55, near),
        )
    )
    rows = np.concatenate(rows)
    if onsets is not None:  # the city's lights flare and dim with the song's onsets
        rows[:, 4] *= 0.45 + 0.75 * onsets[np.arange(len(rows)) % len(onsets)]
    light = discs(rows, c["lights"], 0.5, 0.45)
    rng.uniform(0, 1, 4)  # drawn where the frame and transom were: each song keeps its city
    box = (0.0, hy - 0.1, 1.0, 1.0) if top else (0.0, 0.0, 1.0, hy + 0.1)
    return Shot(ground, light, None, None, compose.clip_box(box))
