"""A marbled sheet cut or torn and laid on plain paper: a big disc (a marbled
planet), an arched window, or a strip torn across the paper (two, above and below
a centred title). Each shape is placed away from the title's side, as deep as its
block allows, so the title sits calm on the plain paper beside it.

Masks are anti-aliased from a distance to the shape's edge; coordinates are cover
fractions, x right and y down.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import compose
from sleeve.engine.direction import RGB

SHAPES = ("disc", "arch", "strip")
SAMPLES = 4096  # samples of a torn edge along the strip
GAP = 0.05  # between the title's block and the shape
EDGE = 0.06  # between the shape and the far edge of the cover
Shape = tuple[str, tuple[float, ...]]  # the kind and its measures


def _span(side: str, reach: float) -> tuple[float, float]:
    """The rows (top, bottom) the art may fill for a title on `side`."""
    if side.startswith("top"):
        return min(reach + GAP, 0.5), 1.0 - EDGE
    if side.startswith("bottom"):
        return EDGE, max(1.0 - reach - GAP, 0.5)
    return EDGE, 1.0 - EDGE


def _across(side: str, rng: np.random.Generator, half: float) -> float:
    """The shape's centre across the cover: off the title's corner, else on a third."""
    if side.endswith("left") and side != "left":
        x = 0.58
    elif side.endswith("right") and side != "right":
        x = 0.42
    elif side == "right":  # left of the title's column
        x = 0.32
    else:
        x = 0.5 + float(rng.choice((-1.0, 1.0))) * rng.uniform(0.0, 0.09)
    return float(np.clip(x, half + 0.04, 0.96 - half))


def place(kind: str, side: str, reach: float, rng: np.random.Generator) -> list[Shape]:
    """The shapes of `kind` for a title on `side` whose block reaches `reach` from its
    edge: a disc (cx, cy, r), an arch (cx, top, bottom, half width) round at the top,
    or torn strips (cx, cy, half height, tilt, vertical)."""
    top, bottom = _span(side, reach)
    if side == "right":
        top, bottom = 0.08, 0.92
    height = bottom - top
    if kind == "disc":  # under a long title it sinks past the far edge (small, it read weak)
        r = float(np.clip(height / 2, 0.25, 0.36 if side != "right" else 0.29))
        cy = top + r if side.startswith("top") else bottom - r
        if side == "right":
            cy = 0.5
        return [("disc", (_across(side, rng, r), cy, r))]
    if kind == "arch":
        if side.startswith("top"):  # a doorway standing on the cover's bottom edge
            bottom = 1.02
        half = float(np.clip((bottom - top) * rng.uniform(0.36, 0.42), 0.22, 0.3))
        return [("arch", (_across(side, rng, half), top, bottom, half))]
    tilt = float(rng.uniform(0.03, 0.07) * rng.choice((-1.0, 1.0)))
    if side == "right":  # a column of title: the strip runs down the left
        return [("strip", (0.3, 0.5, 0.15, tilt, 1.0))]
    if side == "centre":  # one strip above the title, one below
        depth = max(reach, 0.16)
        half = float(np.clip((0.5 - depth / 2 - GAP - 0.03) / 2, 0.07, 0.13))
        return [
            ("strip", (0.5, 0.03 + half, half, tilt, 0.0)),
            ("strip", (0.5, 0.97 - half, half, -tilt * 0.7, 0.0)),
        ]
    half = float(np.clip(height * rng.uniform(0.26, 0.32), 0.1, 0.19))
    return [("strip", (0.5, (top + bottom) / 2, half, tilt, 0.0))]


def box(shape: Shape) -> compose.Box:
    """The cover box a shape fills (its focal box)."""
    kind, m = shape
    if kind == "disc":
        return compose.around(m[0], m[1], m[2])
    if kind == "arch":
        return compose.clip_box((m[0] - m[3], m[1], m[0] + m[3], m[2]))
    cx, cy, half, tilt, vertical = m
    rise = abs(np.tan(tilt)) * 0.5 + half + 0.02
    if vertical:
        return compose.clip_box((cx - rise, 0.0, cx + rise, 1.0))
    return compose.clip_box((0.0, cy - rise, 1.0, cy + rise))


def _noise(
    rng: np.random.Generator, t: np.ndarray, octaves: tuple[tuple[int, float], ...]
) -> np.ndarray:
    """A rough 1-D line along `t` (0..1): random knots at each count, interpolated,
    summed at their amplitudes (a torn edge: a slow wobble and fine teeth)."""
    out = np.zeros_like(t)
    for count, amp in octaves:
        knots = rng.uniform(-1.0, 1.0, count + 1)
        out += amp * np.interp(t, np.linspace(-0.3, 1.3, count + 1), knots).astype(t.dtype)
    return out


def distance(
    shape: Shape, x: np.ndarray, y: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """At the pixel centres x (1, w) and y (h, 1), the distance inside the shape's edge
    (negative outside), and the width of its torn paper rim (zero for a cut shape),
    both in cover fractions."""
    kind, m = shape
    if kind == "disc":
        cx, cy, r = m
        d = r - np.sqrt((x - np.float32(cx)) ** 2 + (y - np.float32(cy)) ** 2)
        return d, np.zeros((1, 1), np.float32)
    if kind == "arch":
        cx, top, bottom, half = m
        dx = np.abs(x - np.float32(cx))
        yc = np.float32(top + half)
        dome = half - np.sqrt(dx**2 + (y - yc) ** 2)
        body = np.minimum(half - dx, bottom - y)
        return np.where(y < yc, np.minimum(dome, bottom - y), body), np.zeros((1, 1), np.float32)
    cx, cy, half, tilt, vertical = m
    if vertical:
        x, y = y, x
        cx, cy = cy, cx
    ca, sa = np.float32(np.cos(tilt)), np.float32(np.sin(tilt))
    along = (x - np.float32(cx)) * ca + (y - np.float32(cy)) * sa
    v = -(x - np.float32(cx)) * sa + (y - np.float32(cy)) * ca
    line = np.linspace(0.0, 1.0, SAMPLES, dtype=np.float32)  # -0.8..0.8 along the strip
    at = np.clip((along + np.float32(0.8)) * np.float32((SAMPLES - 1) / 1.6) + 0.5, 0, SAMPLES - 1)
    at = at.astype(np.int32)  # a lookup: interpolating a million pixels was slow
    tear = ((7, 0.02), (60, 0.006), (240, 0.0025), (900, 0.0012))
    low = (_noise(rng, line, tear) - np.float32(half))[at]
    high = (_noise(rng, line, tear) + np.float32(half))[at]
    rim = np.maximum(0.006 + _noise(rng, line, ((30, 0.004), (200, 0.002))), 0.001)
    return np.minimum(v - low, high - v), rim.astype(np.float32)[at]


def _mask(values: np.ndarray) -> Image.Image:
    """A 0..1 coverage as an 8-bit mask."""
    return Image.fromarray((values * np.float32(255) + np.float32(0.5)).astype(np.uint8), "L")


def lay(
    paper: RGB,
    marble: Image.Image,
    shapes: list[Shape],
    rng: np.random.Generator,
    rim: RGB,
) -> Image.Image:
    """The marble (the cover's size) cut to `shapes` and laid on plain `paper` with a
    soft shadow below and to the right; a torn strip shows a feathered rim of `rim`
    (the paper's white core) along its tears."""
    size = marble.size[0]
    out = Image.new("RGB", (size, size), paper)
    fall = 0.82 if sum(paper) < 3 * 110 else 0.78
    shadow = tuple(round(c * fall) for c in paper)
    cuts = []
    for shape in shapes:  # each worked on its own box (the whole cover was slow)
        x0, y0, x1, y1 = (round(v * size) for v in compose.clip_box(_grown(box(shape))))
        x = (np.arange(x0, x1, dtype=np.float32) + np.float32(0.5))[None, :] / np.float32(size)
        y = (np.arange(y0, y1, dtype=np.float32) + np.float32(0.5))[:, None] / np.float32(size)
        d, width = distance(shape, x, y, rng)
        d = np.broadcast_to(d, (y1 - y0, x1 - x0))
        cover = np.clip(d * np.float32(size) + np.float32(0.5), 0, 1)
        mask = _mask(cover)
        out.paste(shadow, (x0, y0, x1, y1), _shadow(mask, size))
        torn = None
        if shape[0] == "strip":  # the white core within the rim, feathered inward
            torn = _mask(np.clip((width - d) * np.float32(size) + np.float32(0.5), 0, 1) * cover)
        cuts.append(((x0, y0, x1, y1), mask, torn))
    for area, mask, torn in cuts:  # every shape over every shadow
        piece = marble.crop(area)
        if torn is not None:
            piece.paste(rim, (0, 0, *piece.size), torn)
        out.paste(piece, area[:2], mask)
    return out


def _grown(area: compose.Box) -> compose.Box:
    """A shape's box grown to hold its shadow."""
    return (area[0] - 0.05, area[1] - 0.05, area[2] + 0.05, area[3] + 0.05)


def _shadow(mask: Image.Image, size: int) -> Image.Image:
    """The shadow a cut shape casts (its mask moved down and right, blurred), worked
    at a quarter of the size."""
    small = mask.reduce(4)
    shift = max(1, round(size / 4 * 0.008))
    small = small.transform(small.size, Image.Transform.AFFINE, (1, 0, -shift, 0, 1, -shift))
    small = small.filter(ImageFilter.GaussianBlur(size / 4 * 0.01))
    return small.resize(mask.size, Image.Resampling.BILINEAR)
