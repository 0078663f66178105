"""The world the chrome title stands in, as on trap, reggaeton and y2k covers, so the
metal has something to mirror and a frame (a reviewer: the title alone on an empty
gradient "looks like a WordArt preset"): a big backdrop shape in the night's light
(the heart, diamond, sun, moon or star the title names, else the genre's), light
beams from behind it, a horizon with a glowing floor (a perspective grid or a black
mirror with sheen streaks) that mirrors the title, smoke drifting low, and star
flares on the chrome's brightest highlights. The glows are worked in the small night
field (chrome_field); the hard edges are drawn on the cover at its side."""

from __future__ import annotations

import math
import re

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from sleeve.engine.color import mix
from sleeve.engine.raster import RGB, pixel_grid
from sleeve.engine.styles.cover_parts import chrome_field
from sleeve.engine.styles.cover_parts.chrome_set import Scene

# a title's word -> the backdrop it names (whole words, casefolded, accents kept)
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


def glow(scene: Scene, centre: tuple[float, float], radius: float, strength: float) -> None:
    """A soft glow of the night's light round the backdrop (before the field is painted)."""
    chrome_field.bloom(scene.field, centre, radius, strength, scene.metal.light)


def beams(scene: Scene, centre: tuple[float, float], count: int, strength: float) -> None:
    """Light beams fanning from behind the backdrop, soft, as from a stage light
    (before the field is painted); the seed turns them."""
    x, y = pixel_grid(chrome_field.RES)
    angle = np.arctan2(y - centre[1], x - centre[0])
    phase = float(scene.rng.uniform(0, 2 * np.pi))
    ray = np.clip((np.cos(count * angle + phase) - 0.55) / 0.45, 0, 1) ** 1.5
    far = np.exp(-np.hypot(x - centre[0], y - centre[1]) / 0.55)
    _screen(scene.field, ray * far * strength, scene.metal.light)


def smoke(scene: Scene, top: float, strength: float) -> None:
    """Smoke drifting low from `top` (share of the side) down: layered soft noise in
    a grey of the night's light (before the field is painted)."""
    res = chrome_field.RES
    first = int(top * res)  # worked out under `top` only
    if first >= res:
        return
    cloud = np.zeros((res - first, res), np.float32)
    for cells, weight in ((3, 0.55), (7, 0.3), (16, 0.15)):  # drawn out sideways, as it drifts
        grid = scene.rng.normal(0, 1, (cells, cells * 2)).astype(np.float32)
        big = Image.fromarray(grid, "F").resize((res, res - first), Image.Resampling.BICUBIC)
        cloud += weight * np.asarray(big)
    rows = np.linspace(0, 1, res, dtype=np.float32)[first:, None]
    rise = np.clip((rows - top) / 0.25, 0, 1)
    puff = np.clip(cloud * 0.9 + 0.35, 0, 1) * rise
    tint = mix(scene.metal.light, (160, 160, 170), 0.55)
    _screen(scene.field[first:], puff * strength, tint)


def halation(scene: Scene, layer: Image.Image, strength: float) -> np.ndarray:
    """The chrome's light bleeding wide into the night round it, as on film
    (chrome_set.halation's, worked into the small field before it is painted: one
    scaling of the cover, not two); returns the glow (RES floats, 0..1) for `shine`."""
    res, s = chrome_field.RES, scene.size
    f = max(1, s // res)
    x0, y0, x1, y1 = layer.getbbox() or (0, 0, f, f)
    box = (x0 // f * f, y0 // f * f, min(s, -(-x1 // f) * f), min(s, -(-y1 // f) * f))
    part = layer.crop(box).reduce(f)
    grey = Image.new("L", (s // f, s // f), 0)
    lit = ImageChops.multiply(part.convert("L"), part.getchannel("A"))
    grey.paste(lit, (box[0] // f, box[1] // f))
    if grey.size != (res, res):
        grey = grey.resize((res, res), Image.Resampling.BILINEAR)
    soft = np.asarray(grey.filter(ImageFilter.GaussianBlur(res * 0.08)), np.float32)
    light = soft / 255 * strength
    _screen(scene.field, light, _halo_tint(scene))
    return light


def shine(scene: Scene, light: np.ndarray, box: tuple[float, float, float, float]) -> None:
    """The halation's glow over the chrome itself, on the title's box (shares of the
    side) only: the letters lit by their own light, as on film (it lifts them off their
    shadow at 64 px)."""
    s, res = scene.size, chrome_field.RES
    x0, y0 = max(0, int(box[0] * res)), max(0, int(box[1] * res))
    x1, y1 = min(res, int(np.ceil(box[2] * res)) + 1), min(res, int(np.ceil(box[3] * res)) + 1)
    if x1 <= x0 or y1 <= y0:
        return
    tint = np.array(_halo_tint(scene), np.float32)
    glow = Image.fromarray((light[y0:y1, x0:x1, None] * tint).astype(np.uint8), "RGB")
    area = (x0 * s // res, y0 * s // res, min(s, x1 * s // res), min(s, y1 * s // res))
    glow = glow.resize((area[2] - area[0], area[3] - area[1]), Image.Resampling.BILINEAR)
    scene.image.paste(ImageChops.screen(scene.image.crop(area), glow), area[:2])


def _halo_tint(scene: Scene) -> tuple[float, ...]:
    return tuple((c + 255) / 2 for c in scene.metal.light)


def _screen(field: np.ndarray, light: np.ndarray, tint: RGB) -> None:
    colour = np.array(tint, np.float32)
    field[:] = 255 - (255 - field) * (1 - light[..., None] * colour / 255)


def ground(scene: Scene, horizon: float) -> None:
    """Black ground under the horizon (share of the side), lit a little just under it
    (before the field is painted)."""
    res = chrome_field.RES
    rows = np.linspace(0, 1, res, dtype=np.float32)
    below = np.clip((rows - horizon) * res, 0, 1) * (
        0.75 + 0.25 * np.clip((rows - horizon) / 0.1, 0, 1)
    )
    black = np.array(chrome_field.BLACK, np.float32)
    scene.field[:] = scene.field + (black - scene.field) * below[:, None, None]


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


def reflect(scene: Scene, layer: Image.Image, horizon: float, strength: float) -> None:
    """The chrome layer mirrored in the floor under the horizon, fading as it goes."""
    box = layer.getbbox()
    if not box:
        return
    s, h = scene.size, int(horizon * scene.size)
    part = layer.crop(box).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    top = h + max(0, h - box[3])
    tall = min(part.height, s - top)
    if tall < 2:
        return
    part = part.crop((0, 0, part.width, tall))
    fade = Image.new("L", (1, 32))
    fade.putdata([int(255 * strength * (1 - k / 31) ** 2) for k in range(32)])
    alpha = ImageChops.multiply(part.getchannel("A"), fade.resize(part.size))
    scene.image.paste(part.convert("RGB"), (box[0], top), alpha)


def flares(scene: Scene, layer: Image.Image, count: int) -> None:
    """Four-pointed star flares on the chrome's brightest highlights, apart from each
    other; the longest on the brightest (drawn on the title's region only)."""
    s, q = scene.size, 8
    x0, y0, x1, y1 = layer.getbbox() or (0, 0, q, q)
    x0, y0 = x0 // q * q, y0 // q * q
    part = layer.crop((x0, y0, x1, y1)).reduce(q)
    small = np.asarray(part.convert("L"), np.float32)
    small = small * (np.asarray(part.getchannel("A"), np.float32) > 250)
    stars = []
    for k in range(count):
        y, x = divmod(int(np.argmax(small)), small.shape[1])
        if small[y, x] < 150:
            break
        small[max(0, y - 8) : y + 9, max(0, x - 8) : x + 9] = 0
        stars.append((x0 + (x + 0.5) * q, y0 + (y + 0.5) * q, s * (0.1 if k == 0 else 0.06)))
    if not stars:
        return
    grow = s * 0.1
    xs, ys = [x for x, _, _ in stars], [y for _, y, _ in stars]
    box = (max(0, int(min(xs) - grow)), max(0, int(min(ys) - grow)),
           min(s, int(max(xs) + grow)), min(s, int(max(ys) + grow)))  # fmt: skip
    region = scene.image.crop(box)
    pen = aggdraw.Draw(region)
    white = (255, 255, 255)
    for cx, cy, reach in stars:
        cx, cy = cx - box[0], cy - box[1]
        for grow, thick, opacity in ((1.0, 0.012, 90), (0.75, 0.004, 255)):
            w, a = s * thick, reach * grow  # a tapered cross: two thin lozenges
            ray = aggdraw.Brush(white, opacity)
            pen.polygon((cx - a, cy, cx, cy - w, cx + a, cy, cx, cy + w), ray)
            pen.polygon((cx, cy - a * 0.6, cx + w, cy, cx, cy + a * 0.6, cx - w, cy), ray)
        dot = s * 0.006
        pen.ellipse((cx - dot, cy - dot, cx + dot, cy + dot), aggdraw.Brush(white, 255))
    pen.flush()
    scene.image.paste(region, box[:2])
