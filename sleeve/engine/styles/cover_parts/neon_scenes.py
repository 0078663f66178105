"""The five night photographs of a neon sign, each its own layout: wall (one sign
off-centre on a dark wall that its light falls across), window (the sign through a
rainy shop window, out of focus, droplets on the glass catching its colours),
reflection (the sign high on a wall, its reflection streaked in a wet street below),
close (a tight crop of the tubes, clips and cable, the far end out of focus) and
stack (two or three small signs hung at different heights, one switched off).

Each draws on a square sheet of `res` px, keeps the sign out of the title's zone
and returns the float RGB picture and the sign's box (fractions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts import neon_walls as walls

Box = tuple[float, float, float, float]
FREE: dict[str, Box] = {  # where a sign may stand, by the title's zone
    "top": (0.0, 0.36, 1.0, 1.0),
    "bottom": (0.0, 0.0, 1.0, 0.64),
    "right": (0.0, 0.0, 0.62, 1.0),
    "centre": (0.0, 0.0, 1.0, 0.46),  # a title across the middle: the sign above it
}


def free_box(zone: str, reach: float) -> Box:
    """Where a sign may stand: away from the title's zone, and clear of how far the
    title's block reaches from its edge (`reach`, calm_zone.title_reach)."""
    x0, y0, x1, y1 = FREE[zone]
    if zone == "top":
        y0 = min(max(y0, reach + 0.03), 0.5)
    elif zone == "bottom":
        y1 = max(min(y1, 1.0 - reach - 0.03), 0.5)
    return (x0, y0, x1, y1)


@dataclass(frozen=True)
class Scene:
    rng: np.random.Generator
    res: int
    hues: list[float]
    wall: str
    tint: np.ndarray
    zone: str
    free: Box
    drawing: str
    curve: np.ndarray
    energy: float
    density: float

    def strokes(self, name: str = "") -> shapes.Drawing:
        return shapes.DRAWINGS[name or self.drawing](self.rng, self.curve)

    def flicker(self, drawing: shapes.Drawing) -> int:
        """The stroke that burns low (none on one sign in four)."""
        if self.rng.random() < 0.25 or len(drawing) < 2:
            return -1
        return int(self.rng.integers(len(drawing)))


def _place(
    scene: Scene, half: float, lean: tuple[float, float] = (0.5, 0.5)
) -> tuple[float, float]:
    """A centre for a sign of half-extent `half` in the free part of the frame, off
    the middle by the seed; `lean` (0..1 each axis) nudges it inside the free box."""
    x0, y0, x1, y1 = scene.free
    m = 0.05 + half
    side = 1 if scene.rng.random() < 0.5 else -1
    u = np.clip(lean[0] + side * scene.rng.uniform(0.08, 0.16), 0, 1)
    v = np.clip(lean[1] + scene.rng.uniform(-0.1, 0.1), 0, 1)
    cx = x0 + m + (x1 - x0 - 2 * m) * u if x1 - x0 > 2 * m else (x0 + x1) / 2
    cy = y0 + m + (y1 - y0 - 2 * m) * v if y1 - y0 > 2 * m else (y0 + y1) / 2
    return float(cx), float(cy)


def _fit(scene: Scene, scale: float, margin: float = 0.05) -> float:
    """The sign's scale, shrunk to stand inside the free box."""
    x0, y0, x1, y1 = scene.free
    room = min(x1 - x0, y1 - y0) / 2 - margin
    return float(min(scale, max(room, 0.08) / 1.15))


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _albedo(scene: Scene, scale: float = 1.0) -> np.ndarray:
    return walls.wall(scene.wall, scene.rng, scene.res, scene.tint, scale)


def _cable(scene: Scene, t: tubes.Tubes, box: Box, width: float = 0.004) -> None:
    """A cable from the sign's foot down, or across, to the frame's edge."""
    x = box[0] + (box[2] - box[0]) * scene.rng.uniform(0.2, 0.8)
    y = box[3] - 0.02
    down = scene.zone != "bottom"
    end = 1.02 if down else box[3] + 0.08
    bend = scene.rng.uniform(-0.06, 0.06)
    if down:
        pts = [(x, y), (x + bend * 0.3, y + (end - y) * 0.5), (x + bend, end)]
    else:
        side = -0.02 if x < 0.5 else 1.02
        pts = [(x, y), (x, end), (side, end + 0.01)]
    tubes.wire(t, pts, width)


def wall_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """One sign off-centre on the wall, its light pooling round it."""
    draw = scene.strokes()
    scale = _fit(scene, 0.2 + 0.05 * scene.rng.random())
    cx, cy = _place(scene, scale * 1.15)
    t = tubes.Tubes(scene.res, scene.hues)
    box = tubes.draw_sign(t, draw, (cx, cy), scale, 0.013, flicker=scene.flicker(draw))
    _cable(scene, t, box)
    lit = tubes.light(t, reach=0.16)
    return tubes.expose(_albedo(scene), lit), _grow(box, 0.03)


def _bokeh(scene: Scene, count: int, size: tuple[float, float], glow: float) -> np.ndarray:
    """Out-of-focus discs of the tubes' colours (far lights), float RGB."""
    res = scene.res
    layer = Image.new("RGB", (res, res), 0)
    draw = ImageDraw.Draw(layer)
    colours = [tubes.glow_colour(h) for h in scene.hues]
    for _ in range(count):
        x, y = scene.rng.uniform(-0.05, 1.05, 2) * res
        r = scene.rng.uniform(*size) * res
        c = colours[int(scene.rng.integers(len(colours)))] * scene.rng.uniform(60, 200)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v) for v in c))
    return raster.from_image(raster.fast_blur(layer, res / 250, 2)) * glow


def window_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The sign behind a rainy shop window: the room soft, drops on the glass."""
    res = scene.res
    draw = scene.strokes()
    scale = _fit(scene, 0.19 + 0.04 * scene.rng.random())
    cx, cy = _place(scene, scale * 1.15)
    t = tubes.Tubes(res, scene.hues)
    box = tubes.draw_sign(
        t, draw, (cx, cy), scale, 0.014, flicker=scene.flicker(draw), mounts=False
    )
    lit = tubes.light(t, reach=0.2, bloom=1.3)
    room = tubes.expose(_albedo(scene) * 0.6, lit, ambient=0.08)
    room += _bokeh(scene, 14, (0.02, 0.05), 0.18)
    img = raster.fast_blur(raster.to_image(np.clip(room, 0, 1)), res / 260, 2)
    behind = raster.from_image(img)
    lens = np.roll(behind, (res // 60, -res // 90), axis=(0, 1))
    drops, rims, shine = (Image.new("L", (res, res), 0) for _ in range(3))
    dd, rd, sd = ImageDraw.Draw(drops), ImageDraw.Draw(rims), ImageDraw.Draw(shine)
    count = int(160 + 260 * scene.density)
    for _ in range(count):
        x, y = scene.rng.uniform(0, res, 2)
        r = res * 0.0035 * (1 + 3.2 * scene.rng.random() ** 3)
        ry = r * scene.rng.uniform(1.0, 1.3)
        rd.ellipse((x - r, y - ry + r * 0.35, x + r, y + ry + r * 0.35), fill=255)
        dd.ellipse((x - r, y - ry, x + r, y + ry), fill=255)
        sd.ellipse((x - r * 0.45, y - ry * 0.6, x - r * 0.05, y - ry * 0.2), fill=255)
    for _ in range(int(5 + 8 * scene.density)):  # runs: a drop that slid down
        x = scene.rng.uniform(0, res)
        y0 = scene.rng.uniform(0, res * 0.7)
        y1 = y0 + scene.rng.uniform(0.1, 0.3) * res
        wob = [(x + scene.rng.normal(0, res * 0.002), y) for y in np.linspace(y0, y1, 8)]
        dd.line(wob, fill=200, width=max(1, round(res * 0.004)), joint="curve")
    d = raster.from_image(drops)[..., None]
    rim = np.clip(raster.from_image(rims)[..., None] - d, 0, 1)
    s = raster.from_image(shine.filter(ImageFilter.GaussianBlur(res / 900)))[..., None]
    out = behind * (1 - d) + d * lens * 1.35
    out = out * (1 - 0.55 * rim) + 0.35 * s * (0.3 + lens)
    return out, _grow(box, 0.04)


def reflection_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The sign high on a wall, a wet street below holding its reflection."""
    res = scene.res
    draw = scene.strokes()
    x0, y0, x1, y1 = scene.free
    scale = float(min(0.15 + 0.03 * scene.rng.random(), (y1 - y0 - 0.12) / 2 / 1.15 / 1.6))
    scale = max(scale, 0.08)
    half = scale * 1.15
    # the title above: the sign just under it; else high on the wall, the street below
    cy = y0 + (0.03 if scene.zone == "top" else 0.06) + half
    horizon = min(cy + half + 0.05, 0.9)
    side = 1 if scene.rng.random() < 0.5 else -1
    cx = float(
        np.clip(0.5 + side * scene.rng.uniform(0.06, 0.18), x0 + half + 0.05, x1 - half - 0.05)
    )
    t = tubes.Tubes(res, scene.hues)
    box = tubes.draw_sign(t, draw, (cx, cy), scale, 0.012, flicker=scene.flicker(draw))
    lit = tubes.light(t, reach=0.14)
    above = tubes.expose(_albedo(scene, 0.8), lit)
    h = int(horizon * res)
    depth = res - h
    # the street mirrors the wall row for row (a touch longer), streaked and rippled
    rows = np.arange(depth)
    src_rows = np.clip(h - 1 - (rows / 1.12).astype(np.intp), 0, h - 1)
    shift = (res * 0.006 * np.sin(rows * (40.0 / res) + scene.rng.uniform(0, 6))).astype(np.intp)
    cols = (np.arange(res)[None, :] + shift[:, None]) % res
    mirror = raster.to_image(np.clip(above[src_rows[:, None], cols], 0, 1))
    streak = mirror.resize((res, max(1, depth // 8)), Image.Resampling.BOX).resize(
        (res, max(1, depth)), Image.Resampling.BICUBIC
    )
    refl = raster.from_image(Image.blend(mirror, streak, 0.55))
    fade = np.exp(-rows / (0.22 * res))[:, None, None]  # the wet sheen dies off
    wet = raster.upscale(raster.fractal_noise(scene.rng, cells=3, octaves=3, res=64), res)[h:]
    wet = np.clip((wet - 0.35) * 3.0, 0.3, 1.0)[..., None]
    asphalt = walls.concrete(scene.rng, res, 0.5)[h:, :, None] * scene.tint * 0.5
    spill = lit.spill[src_rows] * 0.3 * fade
    ground = asphalt * (0.08 + spill) + refl * wet * fade * 0.8
    out = above.copy()
    out[h:] = ground
    ledge = max(1, res // 200)
    out[h : h + ledge] *= 0.3
    reflected = (box[0], horizon, box[2], min(1.0, horizon + (box[3] - box[1]) * 0.9))
    return out, _union(_grow(box, 0.03), reflected)


def close_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """A tight crop of the tubes, big: clips and the cable plain, the far side soft."""
    res = scene.res
    draw = scene.strokes()
    scale = 0.42 + 0.12 * scene.rng.random()
    x0, y0, x1, y1 = scene.free
    cx = (x0 + x1) / 2 + scene.rng.choice([-1, 1]) * scene.rng.uniform(0.08, 0.16)
    cy = (y0 + y1) / 2 + (0.1 if scene.zone == "top" else -0.1 if scene.zone == "bottom" else 0.0)
    t = tubes.Tubes(res, scene.hues)
    turn = float(scene.rng.uniform(-0.25, 0.25))
    box = tubes.draw_sign(t, draw, (cx, cy), scale, 0.028, turn=turn, flicker=scene.flicker(draw))
    _cable(scene, t, box, 0.01)
    lit = tubes.light(t, reach=0.22, bloom=0.9)
    sharp = tubes.expose(_albedo(scene, 2.4), lit)
    sharp += _bokeh(scene, 10, (0.03, 0.08), 0.12)
    soft = raster.from_image(
        raster.to_image(np.clip(sharp, 0, 1)).filter(ImageFilter.GaussianBlur(res / 90))
    )
    # depth of field: one side of the frame in focus, the other falling away
    angle = scene.rng.uniform(0, 2 * np.pi)
    xx, yy = raster.pixel_grid(res)
    ramp = np.clip(((xx - cx) * np.cos(angle) + (yy - cy) * np.sin(angle)) * 2.2 + 0.1, 0, 1)
    out = sharp * (1 - ramp[..., None]) + soft * ramp[..., None]
    box = (max(box[0], x0), max(box[1], y0), min(box[2], x1), min(box[3], y1))
    return out, box


def stack_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """Two or three small signs hung at different heights, one of them off."""
    res = scene.res
    n = 3 if scene.rng.random() < 0.5 + 0.3 * scene.density else 2
    x0, y0, x1, y1 = scene.free
    others = [
        s for s in ("rings", "chevrons", "zigzag", "pulse", "star", "bolt") if s != scene.drawing
    ]
    names = [
        scene.drawing,
        *(others[int(i)] for i in scene.rng.choice(len(others), n - 1, replace=False)),
    ]
    order = scene.rng.permutation(n)
    off = int(scene.rng.integers(1, n))  # never the sign the title names
    t = tubes.Tubes(res, scene.hues)
    focal: Box | None = None
    span = (x1 - x0) / n
    for slot, k in enumerate(order):
        scale = _fit(scene, (0.16 if k == 0 else 0.1) * (1.0 if n == 2 else 0.85))
        half = scale * 1.15
        cx = x0 + span * (slot + 0.5) + scene.rng.uniform(-0.03, 0.03)
        cx = float(np.clip(cx, x0 + half + 0.03, x1 - half - 0.03))
        lo, hi = y0 + half + 0.06, y1 - half - 0.04
        cy = float(lo + (hi - lo) * scene.rng.uniform(0.0, 1.0)) if hi > lo else (y0 + y1) / 2
        draw = scene.strokes(names[k])
        lit = k != off
        box = tubes.draw_sign(
            t,
            draw,
            (cx, cy),
            scale,
            0.01,
            lit=lit,
            shift=int(k),
            flicker=scene.flicker(draw) if lit else -1,
        )
        for x in (box[0] + 0.01, box[2] - 0.01):  # hung from above on two thin wires
            tubes.wire(t, [(x, -0.01), (x, box[1] + 0.01)], 0.0025)
        if lit:
            focal = _grow(box, 0.03) if focal is None else _union(focal, _grow(box, 0.03))
    lit_ = tubes.light(t, reach=0.18)
    assert focal is not None
    return tubes.expose(_albedo(scene), lit_), focal


SCENES: dict[str, Callable[[Scene], tuple[np.ndarray, Box]]] = {
    "wall": wall_scene,
    "window": window_scene,
    "reflection": reflection_scene,
    "close": close_scene,
    "stack": stack_scene,
}
