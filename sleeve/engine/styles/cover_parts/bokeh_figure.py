"""The sharp subject in front of the bokeh: one bold dark shape with a clean edge, in
focus at the cover's size as a real lens's depth of field would leave it (a figure's
head and shoulders at a rainy window or under fireworks, a car's rear with its tail
lights on the road), rimmed on one side by the scene's light.
"""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter

INK = (6, 6, 9)


@dataclass(frozen=True)
class Figure:
    """A head and shoulders seen from behind: its middle x, crown y and height (shares
    of the side), the way it faces (-1 left, 1 right), a hair style and the rim light."""

    x: float
    top: float
    height: float
    facing: float
    hair: str  # "short", "bun" or "hood"
    rim: tuple[int, int, int]

    def box(self) -> tuple[float, float, float, float]:
        """Where the figure stands (clipped to the frame)."""
        w = 0.62 * self.height
        return (max(self.x - w, 0.0), self.top, min(self.x + w, 1.0), 1.0)


@dataclass(frozen=True)
class Car:
    """A car's rear seen close: middle x, the roof's y, its width (shares of the side),
    its tail lights' colour and the rim light."""

    x: float
    roof: float
    width: float
    tail: tuple[int, int, int]
    rim: tuple[int, int, int]
    brake: float = 0.5  # 0..1: how hard the tail lights flare (the downbeats' onsets)

    def box(self) -> tuple[float, float, float, float]:
        """The car's box (clipped to the frame)."""
        h = self.width / 2
        return (max(self.x - h, 0.0), self.roof, min(self.x + h, 1.0), 1.0)


def _ellipse(
    cx: float, cy: float, rx: float, ry: float, turn: float = 0.0, n: int = 48
) -> list[float]:
    """An ellipse's outline as a flat point list, turned `turn` radians."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x, y = rx * np.cos(t), ry * np.sin(t)
    c, sn = np.cos(turn), np.sin(turn)
    return [
        v for a, b in zip(x * c - y * sn, x * sn + y * c, strict=True) for v in (cx + a, cy + b)
    ]


def _figure_shapes(f: Figure, s: int, dy: float) -> list[list[float]]:
    """The figure's polygons in pixels: shoulders (turned a little toward where it
    looks: the far shoulder narrower), neck, a head tilted that way, and hair."""
    h = f.height * s
    cx, top = f.x * s + f.facing * 0.04 * h, (f.top + dy) * s
    head_w, head_h = 0.14 * h, 0.18 * h
    hy = top + head_h
    t = np.linspace(0, 1, 24)
    neck = 0.07 * h
    y0, y1 = top + 0.42 * h, top + 0.72 * h
    reach = 0.58 * h
    out = neck + (reach - neck) * (3 * t**2 - 2 * t**3) ** 0.7  # the shoulder's curve
    ys = y0 + (y1 - y0) * t
    near, far = (1.0, 0.84) if f.facing > 0 else (0.84, 1.0)  # right, left shoulder
    right = [v for x, y in zip(cx + near * out, ys, strict=True) for v in (x, y)]
    left = [v for x, y in zip(cx - far * out[::-1], ys[::-1], strict=True) for v in (x, y)]
    bottom = top + h + 4
    body = [cx - neck, y0 - 0.1 * h, cx + neck, y0 - 0.1 * h, *right]
    body += [cx + near * reach, bottom, cx - far * reach, bottom, *left]
    tilt = 0.14 * f.facing
    shapes = [body, _ellipse(cx, hy, head_w, head_h, tilt)]
    lean = f.facing * 0.06 * h
    if f.hair == "bun":
        shapes.append(_ellipse(cx - lean, top + 0.02 * h, 0.085 * h, 0.075 * h))
    elif f.hair == "hood":
        shapes.append(_ellipse(cx - lean * 0.5, hy + 0.02 * h, 1.3 * head_w, 1.2 * head_h, tilt))
    else:  # an ear's bump on the side it faces
        shapes.append(_ellipse(cx + f.facing * 0.9 * head_w, hy + 0.02 * h, 0.05 * h, 0.07 * h))
    return shapes


def _car_shapes(c: Car, s: int, dy: float) -> tuple[list[list[float]], list[list[float]]]:
    """The car's body polygons and its two tail lights, in pixels."""
    w = c.width * s
    cx, roof = c.x * s, (c.roof + dy) * s
    belt = roof + 0.26 * w  # where the cabin meets the body
    bottom = roof + 0.72 * w  # the tyres on the road (cropped by a near car)
    cabin = [cx - 0.26 * w, roof, cx + 0.26 * w, roof, cx + 0.32 * w, roof + 0.03 * w]
    cabin += [cx + 0.44 * w, belt, cx - 0.44 * w, belt, cx - 0.32 * w, roof + 0.03 * w]
    body = [cx - 0.5 * w, belt - 0.01 * w, cx + 0.5 * w, belt - 0.01 * w]
    body += [cx + 0.52 * w, bottom, cx - 0.52 * w, bottom]
    ly = belt + 0.06 * w
    lights = []
    for side in (-1, 1):
        x0, x1 = cx + side * 0.47 * w, cx + side * 0.24 * w
        lights.append([x0, ly, x1, ly, x1, ly + 0.045 * w, x0, ly + 0.06 * w])
    tyres = [cx - 0.46 * w, bottom - 0.1 * w, cx + 0.46 * w, bottom - 0.1 * w]
    tyres += [cx + 0.44 * w, bottom + 0.02 * w, cx - 0.44 * w, bottom + 0.02 * w]
    return [cabin, body, tyres], lights


def _mask(shapes: list[list[float]], size: int) -> Image.Image:
    img = Image.new("L", (size, size), 0)
    d = aggdraw.Draw(img)
    brush = aggdraw.Brush(255)
    for pts in shapes:
        d.polygon(pts, brush)
    d.flush()
    return img


def _rim(
    mask: Image.Image, side: int, toward: float, colour: tuple[int, int, int], up: float = 0.4
) -> Image.Image:
    """A thin lit edge on the side of `mask` facing the light (`toward` -1 left, 1 right;
    `up` how much of it runs along the top); `side` is the cover's."""
    shift = max(1, round(side * 0.004))
    moved = ImageChops.offset(mask, round(-toward * shift), round(up * shift))
    edge = ImageChops.subtract(mask, moved).filter(ImageFilter.GaussianBlur(side * 0.001))
    return _tint(edge, colour, 0.75)


def _box(mask: Image.Image, margin: float) -> tuple[int, int, int, int] | None:
    """The mask's ink box grown by `margin` px, inside the frame (None when empty)."""
    box = mask.getbbox()
    if box is None:
        return None
    m, (w, h) = int(np.ceil(margin)), mask.size
    return (max(0, box[0] - m), max(0, box[1] - m), min(w, box[2] + m), min(h, box[3] + m))


def _add_light(
    img: Image.Image, mask: Image.Image, colour, gain: float, blur: float, core: bool = False
) -> None:
    """`mask` blurred `blur` px (or only its `core`, a pixel in from its edge) added to
    `img` (in place) as light, within its box only."""
    box = _box(mask, 3 * blur + 2)
    if box is None:
        return
    part = mask.crop(box)
    if core:
        part = part.filter(ImageFilter.MinFilter(3))
    if blur > 0:
        part = part.filter(ImageFilter.GaussianBlur(blur))
    img.paste(ImageChops.add(img.crop(box), _tint(part, colour, gain)), box[:2])


def _stamp(
    img: Image.Image, shapes: list[list[float]], toward: float, rim, up: float = 0.4
) -> Image.Image:
    """`shapes` in ink over a copy of `img`, their edge toward the light rimmed; the
    work done within the shapes' box only."""
    side = img.size[0]
    mask = _mask(shapes, side)
    img = img.copy()
    box = _box(mask, side * 0.01)
    if box is None:
        return img
    m = mask.crop(box)
    part = Image.composite(Image.new("RGB", m.size, INK), img.crop(box), m)
    img.paste(ImageChops.add(part, _rim(m, side, toward, rim, up)), box[:2])
    return img


def draw_figure(img: Image.Image, f: Figure, dy: float = 0.0) -> Image.Image:
    """The figure in focus over `img`, moved down by `dy` (a share of the side)."""
    return _stamp(img, _figure_shapes(f, img.size[0], dy), f.facing, f.rim)


def draw_car(img: Image.Image, c: Car, dy: float = 0.0) -> Image.Image:
    """The car in focus over `img`: ink body rimmed along its roof, tail lights burning
    with a red glow and smeared down the wet road under it."""
    s = img.size[0]
    body, lights = _car_shapes(c, s, dy)
    foot = (c.roof + dy + 0.72 * c.width) * s
    low = foot + 0.3 * c.width * s
    wet = [[p[0], foot, p[2], foot, p[2], low, p[0], low] for p in lights]
    out = img.copy()
    _add_light(out, _mask(wet, s), c.tail, 0.4, s * 0.012)
    out = _stamp(out, body, 0.3 if c.x < 0.5 else -0.3, c.rim, 1.0)
    lit = _mask(lights, s)
    _add_light(out, lit, c.tail, 0.8 + 1.6 * c.brake, s * (0.012 + 0.03 * c.brake))
    _add_light(out, lit, c.tail, 1.0, 0)
    _add_light(out, lit, (180, 140, 110), 1.0, 0, core=True)
    return out


def _tint(mask: Image.Image, colour: tuple[int, int, int], gain: float) -> Image.Image:
    """`mask` as light of `colour` times `gain` (RGB)."""
    return Image.merge(
        "RGB", [mask.point(lambda v, k=k * gain: min(255, v * k / 255)) for k in colour]
    )


def _rgb(c: np.ndarray) -> tuple[int, int, int]:
    r, g, b = (int(255 * min(1.0, float(v))) for v in c)
    return (r, g, b)


def subject(
    scene: str,
    band: str,
    rng: np.random.Generator,
    c: dict,
    energy: float = 0.5,
    brake: float = 0.5,
    hooded: bool = False,
) -> Figure | Car | None:
    """The sharp subject a scene puts before its lights: a figure at the rain window, a
    car's rear on the road, a watcher under the fireworks; away from the title's band
    where it can be, else its flat dark body under the title (calm: one ink). Loud
    music drives the car off up the road (smaller, higher); calm music keeps it close;
    `brake` (0..1, the downbeats' onsets) flares its tail lights; a `hooded` figure for
    the heavy genres (a bun read as pop on a death metal cover)."""
    top = band == "top"
    side = float(rng.choice((-1.0, 1.0)))
    rim = _rgb(c["lights"][0])
    hair = str(rng.choice(("short", "bun", "hood")))
    if hooded:
        hair = "hood"
    if scene == "rain":
        x = 0.5 + side * rng.uniform(0.2, 0.3)
        if top:
            return Figure(x, rng.uniform(0.44, 0.52), rng.uniform(0.6, 0.7), -side, hair, rim)
        return Figure(x, rng.uniform(0.14, 0.22), rng.uniform(0.85, 0.95), -side, hair, rim)
    if scene == "fireworks":
        if rng.random() < 0.4:  # the burst alone over its city: the sky is the subject
            return None
        x = 0.5 + side * rng.uniform(0.24, 0.34)  # a small watcher in a wide sky
        if top:
            return Figure(x, rng.uniform(0.72, 0.78), rng.uniform(0.3, 0.36), -side, hair, rim)
        return Figure(x, rng.uniform(0.5, 0.56), rng.uniform(0.5, 0.6), -side, hair, rim)
    if scene == "street":
        x = 0.5 + side * rng.uniform(0.06, 0.16)
        tail = _rgb(c["tail"] * 1.1)
        near = 1.15 - 0.45 * energy  # loud: further up the road
        if top:  # close, its tyres below the frame
            w = rng.uniform(0.56, 0.66) * near
            return Car(x, 0.98 - 0.55 * w, w, tail, rim, brake)
        w = rng.uniform(0.38, 0.46) * near  # further off, clear of the title below
        return Car(x, 0.64 - 0.72 * w, w, tail, rim, brake)
    return None


def draw(img: Image.Image, thing: Figure | Car, dy: float = 0.0) -> Image.Image:
    """The subject in focus over `img`, moved down by `dy` with the camera's tilt but
    never below the frame (a big title's tilt once pushed the car out of sight)."""
    if isinstance(thing, Car):
        return draw_car(img, thing, min(dy, 0.96 - 0.4 * thing.width - thing.roof))
    return draw_figure(img, thing, min(dy, 0.76 - thing.top))
