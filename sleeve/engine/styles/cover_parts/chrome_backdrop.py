"""The backdrop behind the chrome title, drawn hard on the cover: the heart, diamond,
sun, moon or star the title names (else the genre's shape, or a halo), filled with the
night's light fading into black, its rim bright, a diamond's facets drawn; and a
floor's lines under a horizon (a perspective grid for the y2k genres, a black
mirror's sheen streaks for the street ones) in the same pass."""

from __future__ import annotations

import math
import re

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import mix
from sleeve.engine.styles.cover_parts import chrome_field
from sleeve.engine.styles.cover_parts.chrome_set import Scene

SUBJECTS = {
    "heart": {"heart", "hearts", "corazón", "corazon", "corazones", "amor", "love", "lover",
              "coeur", "cuore", "herz", "cora"},
    "diamond": {"diamond", "diamonds", "diamante", "diamantes", "ice", "icy", "iced", "gem",
                "gems", "jewel", "jewels", "crystal", "cristal", "carat", "vvs"},
    "sun": {"sun", "sol", "fuego", "fire", "flame", "flames", "burn", "heat", "summer",
            "verano", "sunset", "sunrise", "gold", "golden"},
    "moon": {"moon", "luna", "noche", "night", "midnight", "nights", "lunar"},
    "star": {"star", "stars", "estrella", "estrellas", "starlight", "shine", "stardust"},
}  # fmt: skip
GENRE_SHAPE = {  # the backdrop a title that names none draws, by genre
    "trap": "diamond", "drill": "halo", "reggaeton": "sun", "latin": "sun", "rnb": "moon",
    "hyperpop": "star", "kpop": "star", "edm": "halo", "heavy_metal": "halo", "funk": "sun",
}  # fmt: skip
RISING = ("sun", "halo")  # the backdrops that rise from the horizon, half sunk
GRID_GENRES = ("edm", "hyperpop", "kpop", "synthwave", "dance", "pop")  # y2k: the grid floor


def subject(title: str, subgenre: str, family: str) -> str:
    """The backdrop's shape: the first thing the title names, else the genre's."""
    for word in re.findall(r"\w+", title.casefold()):
        for kind, words in SUBJECTS.items():
            if word in words:
                return kind
    return GENRE_SHAPE.get(subgenre) or GENRE_SHAPE.get(family, "halo")


def outline(kind: str, cx: float, cy: float, r: float) -> list[float]:
    """The shape's outline (pixels, flat x, y pairs) round (cx, cy), `r` its reach."""
    if kind == "heart":
        t = np.linspace(0, 2 * np.pi, 96, endpoint=False)
        x = 16 * np.sin(t) ** 3 / 16
        y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)) / 16 + 0.12
    elif kind == "diamond":
        x = np.array([-0.42, 0.42, 0.95, 0.0, -0.95])
        y = np.array([-0.62, -0.62, -0.2, 0.92, -0.2])
    elif kind == "star":
        t = np.linspace(0, 2 * np.pi, 96, endpoint=False)  # a sparkle: the astroid
        x, y = np.cos(t) ** 3, np.sin(t) ** 3
    elif kind == "moon":
        x, y = _crescent()
    else:  # sun, halo
        t = np.linspace(0, 2 * np.pi, 128, endpoint=False)
        x, y = np.cos(t), np.sin(t)
    return [float(v) for v in np.column_stack((cx + r * x, cy + r * y)).ravel()]


def _crescent() -> tuple[np.ndarray, np.ndarray]:
    """A crescent: the unit disc less a disc up and to its right."""
    cut, reach = np.array([0.45, -0.3]), 0.82
    t = np.linspace(-np.pi, np.pi, 160) + math.atan2(-cut[1], -cut[0])
    outer = np.column_stack((np.cos(t), np.sin(t)))
    outer = outer[np.hypot(*(outer - cut).T) > reach]
    u = np.linspace(-np.pi, np.pi, 160) + math.atan2(cut[1], cut[0]) + np.pi
    inner = cut + reach * np.column_stack((np.cos(u), np.sin(u)))
    inner = inner[np.hypot(*inner.T) < 1]
    if np.hypot(*(inner[0] - outer[-1])) > np.hypot(*(inner[-1] - outer[-1])):
        inner = inner[::-1]
    points = np.vstack((outer, inner))
    return points[:, 0], points[:, 1]


def backdrop(
    scene: Scene,
    kind: str,
    centre: tuple[float, float],
    radius: float,
    foot: float,
    floor: tuple[float, float, bool] | None = None,
) -> None:
    """The backdrop drawn hard on the cover: filled in a gradient of the night's light
    (bright at its head, into black at `foot`, share of the side), a bright rim, a
    diamond's facets, a halo's ring only; and, given `floor` (its horizon, vanishing
    point, whether a grid), the floor's lines (_floor) in the same pass."""
    s, light = scene.size, scene.metal.light
    cx, cy, r = centre[0] * s, centre[1] * s, radius * s
    points = outline(kind, cx, cy, r)
    if floor is not None:  # cut by the horizon: what sinks under it is hidden
        points = [min(v, floor[0] * s) if i % 2 else v for i, v in enumerate(points)]
    rim = mix(light, (255, 255, 255), 0.35)
    box = (max(0, int(min(points[0::2]))), max(0, int(min(points[1::2]))),
           min(s, int(max(points[0::2])) + 2), min(s, int(max(points[1::2])) + 2))  # fmt: skip
    if kind != "halo" and box[2] > box[0] and box[3] > box[1]:
        _fill(scene, points, box, (centre[1] - radius, foot))
    grow = int(r * 0.06) + 4  # the rim's reach past the outline
    area = (
        max(0, box[0] - grow),
        max(0, box[1] - grow),
        min(s, box[2] + grow),
        min(s, box[3] + grow),
    )
    if floor is not None:
        under = (0, max(0, int(floor[0] * s - s * 0.01)), s, s)
        area = (0, min(area[1], under[1]), s, s)
    region = scene.image.crop(area)  # drawn on its region only: aggdraw copies what it draws on
    pen = aggdraw.Draw(region)
    pen.settransform((-area[0], -area[1]))
    if kind == "halo":
        pen.polygon(points, aggdraw.Pen(light, r * 0.09, 150))
        pen.polygon(points, aggdraw.Pen(rim, r * 0.025, 255))
    else:
        pen.polygon(points, aggdraw.Pen(rim, max(1.0, s * 0.005), 230))
    if kind == "diamond":
        thin = aggdraw.Pen(rim, max(1.0, s * 0.003), 150)
        for ax, ay, bx, by in FACETS:
            pen.line((cx + r * ax, cy + r * ay, cx + r * bx, cy + r * by), thin)
    if floor is not None:
        _floor(scene, pen, *floor)
    pen.flush()
    scene.image.paste(region, area[:2])


FACETS = ((-0.42, -0.62, -0.2, -0.2), (0.42, -0.62, 0.2, -0.2), (-0.95, -0.2, 0.95, -0.2),
          (-0.2, -0.2, 0.0, 0.92), (0.2, -0.2, 0.0, 0.92), (-0.42, -0.62, -0.6, -0.2),
          (0.42, -0.62, 0.6, -0.2))  # fmt: skip


def _fill(scene: Scene, points: list[float], box: tuple, span: tuple[float, float]) -> None:
    """The outline filled with the night's light, bright at `span`'s head, black at
    its foot (shares of the side)."""
    s = scene.size
    x0, y0, x1, y1 = box
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)  # hard-edged: the rim covers its edge
    ImageDraw.Draw(mask).polygon(
        [v - (x0 if i % 2 == 0 else y0) for i, v in enumerate(points)], 255
    )
    rows = np.arange(y0, y1, dtype=np.float32) / s
    t = np.clip((rows - span[0]) / max(1e-3, span[1] - span[0]), 0, 1)[:, None, None] ** 0.8
    top = np.array(mix(scene.metal.light, chrome_field.BLACK, 0.42), np.float32)
    low = np.array(chrome_field.BLACK, np.float32)
    ramp = (top + (low - top) * t).astype(np.uint8)
    fill = Image.fromarray(np.ascontiguousarray(np.broadcast_to(ramp, (*mask.size[::-1], 3))))
    scene.image.paste(fill, (x0, y0), mask)


def _floor(scene: Scene, pen, horizon: float, vanish: float, grid: bool) -> None:
    """The floor's lines under the horizon (share of the side): a hard glowing horizon
    line and a perspective grid fanning from `vanish` (share of the width), its rows
    tighter for a faster song, or, not `grid`, a black mirror's sheen streaks."""
    s, light = scene.size, scene.metal.light
    h = horizon * s
    if grid:
        rows = int(np.clip(6 + (scene.direction.tempo_bpm - 90) / 15, 6, 12))
        line = aggdraw.Pen(light, max(1.0, s * 0.0035), 170)
        for k in range(1, rows + 1):
            y = h + (s - h) * (k / rows) ** 2
            pen.line((0, y, s, y), line)
        for k in range(-12, 13):
            pen.line((vanish * s, h, vanish * s + k * s * 0.16, s), line)
    else:
        rng = scene.rng
        for _ in range(5):
            y = h + (s - h) * float(rng.uniform(0.15, 0.9)) ** 1.5
            half = s * float(rng.uniform(0.1, 0.35))
            x = s * (vanish + float(rng.uniform(-0.25, 0.25)))
            pen.line((x - half, y, x + half, y), aggdraw.Pen(light, max(1.0, s * 0.004), 70))
    pen.line((0, h, s, h), aggdraw.Pen(light, max(2.0, s * 0.012), 90))
    pen.line((0, h, s, h), aggdraw.Pen(mix(light, (255, 255, 255), 0.45), max(1.0, s * 0.003)))
