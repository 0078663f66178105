"""Cut shapes for the risograph plates: tone fields (0 paper .. 1 solid ink) at a small
square resolution, drawn as signed distances (crisp after screening) or as polygons,
with a seeded wobble so edges look cut by hand rather than plotted."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.fonts import role_faces
from sleeve.engine.styles.base import Box

RES = 320  # plate resolution; the screen sharpens solid edges at full size
Plates = tuple[list[np.ndarray], Box]  # the three drums and the focal box
Rng = np.random.Generator


def blank() -> np.ndarray:
    """An empty plate."""
    return np.zeros((RES, RES), np.float32)


Point = tuple[float, float]


def grid() -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates 0..1: x as a row, y as a column."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return c[None, :], c[:, None]


def fill(sdf: np.ndarray) -> np.ndarray:
    """Coverage of a signed distance (positive inside, in sheet fractions)."""
    return np.clip(sdf * RES + 0.5, 0, 1).astype(np.float32)


def wobble(rng: np.random.Generator, amount: float = 0.004) -> np.ndarray:
    """A slow noise field in sheet fractions, added to a distance to hand-cut it."""
    return (raster.fractal_noise(rng, cells=5, octaves=2, res=RES) - 0.5) * 2 * amount


def disc(cx: float, cy: float, r: float) -> np.ndarray:
    """Signed distance of a circle."""
    x, y = grid()
    return r - np.sqrt((x - cx) ** 2 + (y - cy) ** 2)


def rect(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """Signed distance of an axis-aligned rectangle."""
    x, y = grid()
    return np.minimum(np.minimum(x - x0, x1 - x), np.minimum(y - y0, y1 - y))


def ramp(angle_deg: float, lo: float, hi: float) -> np.ndarray:
    """A halftone gradient lo..hi across the sheet at an angle."""
    return (lo + (hi - lo) * raster.linear_field(angle_deg, RES)).astype(np.float32)


def polygons(shapes: list[list[Point]]) -> np.ndarray:
    """Coverage of filled polygons (points in sheet fractions), anti-aliased."""
    big = Image.new("L", (RES * 2, RES * 2), 0)
    draw = ImageDraw.Draw(big)
    for pts in shapes:
        draw.polygon([(x * RES * 2, y * RES * 2) for x, y in pts], fill=255)
    small = big.resize((RES, RES), Image.Resampling.BOX)
    return np.asarray(small, np.float32) / 255.0


def star(cx: float, cy: float, r: float, points: int, inner: float, turn: float) -> list[Point]:
    """The outline of a star (inner: the notch radius as a share of r)."""
    out = []
    for k in range(points * 2):
        a = turn + np.pi * k / points - np.pi / 2
        rr = r if k % 2 == 0 else r * inner
        out.append((cx + rr * float(np.cos(a)), cy + rr * float(np.sin(a))))
    return out


def leaf(base: Point, angle: float, length: float, width: float) -> np.ndarray:
    """Signed distance of a leaf from `base` along `angle` (radians, 0 = up), with its
    midrib cut out as a thin paper line."""
    x, y = grid()
    dx, dy = x - base[0], y - base[1]
    u = dx * np.sin(angle) - dy * np.cos(angle)  # along the leaf
    v = dx * np.cos(angle) + dy * np.sin(angle)  # across it
    t = np.clip(u / length, 0, 1)
    half = width * np.sin(np.pi * t) ** 0.8 * (1 - 0.35 * t)
    sdf = np.minimum(half - np.abs(v), np.minimum(u, length - u))
    rib = np.abs(v) - 0.0035 * (1 - t)
    return np.minimum(sdf, np.where((u > 0.08 * length) & (u < 0.8 * length), rib, 1.0))


def numeral(text: str, cx: float, cy: float, height: float) -> tuple[np.ndarray, tuple]:
    """Coverage of `text` set in a heavy condensed face, centred on (cx, cy) with its
    cap height `height` (sheet fractions); and its box."""
    face = role_faces("condensed", 900.0)[0].sized(int(height * RES * 2 * 1.35))
    big = Image.new("L", (RES * 2, RES * 2), 0)
    draw = ImageDraw.Draw(big)
    x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=face)
    ox = cx * RES * 2 - (x0 + x1) / 2
    oy = cy * RES * 2 - (y0 + y1) / 2
    draw.text((ox, oy), text, font=face, fill=255)
    small = big.resize((RES, RES), Image.Resampling.BOX)
    box = ((x0 + ox) / RES / 2, (y0 + oy) / RES / 2, (x1 + ox) / RES / 2, (y1 + oy) / RES / 2)
    return np.asarray(small, np.float32) / 255.0, box


class Sheet(NamedTuple):
    """What a composition needs to know of the sheet: the part the art may fill (the
    rest is the title's calm zone), the zone's name, and whether the stock is dark
    (inks print light there, so a shadow is left bare rather than inked)."""

    area: Box
    zone: str
    dark: bool


def outline(points: list[Point], steps: int = 8) -> list[Point]:
    """A closed Catmull-Rom curve through the points: a drawn silhouette, not a polygon."""
    p = np.asarray(points, np.float64)
    prev, nxt, after = np.roll(p, 1, 0), np.roll(p, -1, 0), np.roll(p, -2, 0)
    t = np.linspace(0, 1, steps, endpoint=False)[:, None, None]
    curve = 0.5 * (
        2 * p
        + (nxt - prev) * t
        + (2 * prev - 5 * p + 4 * nxt - after) * t**2
        + (3 * p - prev - 3 * nxt + after) * t**3
    )
    return [(float(x), float(y)) for x, y in curve.transpose(1, 0, 2).reshape(-1, 2)]


def hush(plate: np.ndarray, zone: str, floor: float = 0.0) -> np.ndarray:
    """The plate stopped at the title's zone with a clean cut edge (down to `floor`
    of its tone), so the title sits on calm paper; a centred title is set over the
    image on purpose and hushes nothing. (It faded out through a widening halftone
    before: two reviewers read that band of dots over the title as the style's
    template.)"""
    x, y = grid()
    edge = {
        "top": (y - 0.36) + 0 * x,
        "bottom": (0.64 - y) + 0 * x,
        "right": (0.62 - x) + 0 * y,
    }.get(zone)
    if edge is None:  # a title set over the image on purpose
        return plate
    keep = fill(edge)
    return (plate * (floor + (1 - floor) * keep)).astype(np.float32)
