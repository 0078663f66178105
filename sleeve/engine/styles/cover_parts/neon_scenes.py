"""The night photographs of a neon sign, each its own layout, the sign always the hero:
below (the sign high on a wall seen from the street and to one side, its courses
converging up to the parapet and off to the night sky), blinds (the sign inside a shop
window, venetian blinds half raised, its light in stripes between the slats), reflection
(the sign high and wide, its reflection streaked in a wet street under the title), dusk
(a motel sign on a pole against a dusk sky), close (the tubes far bigger than the frame
on a dark wall, turned, the part toward the title out of focus: the one deliberate crop,
always to a part that reads as the sign, closer for a louder song, behind wet glass for
a rain title).

Each draws on a square sheet of `res` px, leaves the title's band calm and returns
the float RGB picture and the sign's box (fractions, clear of the title's band)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb
from sleeve.engine.styles.cover_parts import neon_crop as crop
from sleeve.engine.styles.cover_parts import neon_glass as glass
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_song as song
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts import neon_walls as walls

Box = tuple[float, float, float, float]
FREE: dict[str, Box] = {  # where a sign may stand, by the title's zone
    "top": (0.0, 0.36, 1.0, 1.0),
    "bottom": (0.0, 0.0, 1.0, 0.64),
    "right": (0.0, 0.0, 0.62, 1.0),
    "centre": (0.0, 0.0, 1.0, 0.46),  # a title across the middle: the sign above it
}
FILL = 0.34  # the least share of the frame a sign's box covers (subjects at 0.11 were lost)
KEEP = 0.06  # the margin a whole sign keeps inside the frame (its glow needs it too)
SPILL = 0.8  # how bright a big sign lights its wall (a small one's 1.4 grey a wall out)
# the close-up: its wall's albedo, the spill on it, and the glow's reach and bloom
# (tight: the frame-wide glow of SPILL and a full bloom turned it olive or grey)
CLOSE_WALL = 0.6
CLOSE_SPILL = 0.5
CLOSE_GLOW = (0.14, 0.55)
CLOSE_CORE = 0.45  # a thinner white core: the close-up's glass reads in its colour
# the zones whose title sits where a wet street can lie under the sign
STREET_ZONES = ("bottom", "right")
# the dusk sky, overhead to horizon (OKLCH): deep blue, mauve, a warm glow
DUSK = ((0.24, 0.08, 268.0), (0.42, 0.1, 320.0), (0.72, 0.12, 55.0))
# what a sign can draw: a title's subject (neon_shapes) or the song's own (neon_song)
DRAWINGS = {**shapes.DRAWINGS, **song.DRAWINGS}


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
    variant: int = 0  # which way a drawing of several (shapes.VARIANTS) is bent
    rain: bool = False  # the title names rain (the close-up is seen through wet glass)

    def strokes(self, name: str = "") -> shapes.Drawing:
        """The drawing's tubes in the song's variant (a full moon, a crescent, a moon
        behind a cloud), mirrored left to right on half the seeds (two songs of one
        subject differ)."""
        name = name or self.drawing
        if name in shapes.VARIANTS:
            drawing = shapes.DRAWINGS[name](self.rng, self.curve, self.variant)
        else:
            drawing = DRAWINGS[name](self.rng, self.curve)
        if self.rng.random() < 0.5:
            return drawing
        return [shapes.Stroke(s.points * [-1.0, 1.0], s.colour, s.closed) for s in drawing]

    def flicker(self, drawing: shapes.Drawing) -> int:
        """The stroke that burns low (none on one sign in four, nor on a sign of two
        strokes: half of it dark reads as broken)."""
        if self.rng.random() < 0.25 or len(drawing) < 3:
            return -1
        return int(self.rng.integers(len(drawing)))


def _room(scene: Scene, far: float, sides: tuple[float, float], near: float = 0.03) -> Box:
    """The box a sign is fitted into: the free part of the frame less `near` on the
    title's side, reaching `far` past the frame's edge opposite the title and `sides`
    past the two edges across (the frame crops what lies beyond)."""
    x0, y0, x1, y1 = scene.free
    a, b = sides
    if scene.zone == "top":
        return (x0 - a, y0 + near, x1 + b, y1 + far)
    if scene.zone == "right":
        return (x0 - far, y0 - a, x1 - near, y1 + b)
    return (x0 - a, y0 - far, x1 + b, y1 - near)


def _fit_in(
    drawing: shapes.Drawing,
    box: Box,
    turn: float,
    u: float = 0.5,
    v: float = 0.5,
    grow: float = 1.0,
    keep: float | None = KEEP,
) -> tuple[tuple[float, float], float]:
    """The centre and scale that fit `drawing` (turned) as large as it goes inside
    `box`, then `grow` times that; the room left over (or the overflow) shared by `u`,
    `v` (0: flush left or top). With `keep` the sign stays that far inside the frame
    (reviewers: a rose, a cloud and a star cut by the top edge); None lets the frame
    crop it (the close crop, on purpose)."""
    ex = shapes.extent(drawing, turn)
    uw, uh = ex[2] - ex[0], ex[3] - ex[1]
    bw, bh = box[2] - box[0], box[3] - box[1]
    scale = grow * min(bw / max(uw, 1e-3), bh / max(uh, 1e-3))
    # a tall, narrow drawing in a wide room (a rose, a bolt) grows until its box fills
    # FILL of the frame; the frame crops the overflow on the side away from the title
    scale = max(scale, float(np.sqrt(FILL / max(uw * uh, 1e-3))))
    if keep is not None:  # whole: the room inside the frame's margin holds it all
        box = (max(box[0], keep), max(box[1], keep), min(box[2], 1 - keep), min(box[3], 1 - keep))
        bw, bh = box[2] - box[0], box[3] - box[1]
        scale = min(scale, bw / max(uw, 1e-3), bh / max(uh, 1e-3))
    left = box[0] + (bw - uw * scale) * u
    top = box[1] + (bh - uh * scale) * v
    return (left - ex[0] * scale, top - ex[1] * scale), float(scale)


def _far(scene: Scene) -> tuple[float, float]:
    """u and v that push a sign's overflow away from the title (v, or u for a right
    column) while u (or v) is left to the caller's lean."""
    return {"top": (0.5, 0.0), "right": (1.0, 0.5)}.get(scene.zone, (0.5, 1.0))


def _place(scene: Scene, lean: float) -> tuple[float, float]:
    """u and v for a sign: its overflow pushed away from the title (_far), `lean`
    (0..1) placing it across."""
    u, v = _far(scene)
    return (u, lean) if scene.zone == "right" else (lean, v)


def _hang(
    scene: Scene,
    draw: shapes.Drawing,
    room: Box,
    at: tuple[float, float] = (0.5, 0.5),
    *,
    turn: float = 0.0,
    grow: float = 1.0,
    keep: float | None = KEEP,
    mounts: bool = True,
    flicker: bool = True,
    cable: float | None = None,
    glow: tuple[float, float] = (0.2, 1.0),
    spill: float = SPILL,
    core: float = 0.9,
) -> tuple[Box, tubes.Light]:
    """Fit `draw` into `room` (at `at`, turned, grown), bend its tubes, hang a cable
    of `cable` width if asked, and light it with `glow` (reach, bloom) throwing
    `spill` on the wall, its cores `core` bright: the sign's box and its light."""
    centre, scale = _fit_in(draw, room, turn, at[0], at[1], grow, keep)
    t = tubes.Tubes(scene.res, scene.hues)
    low = scene.flicker(draw) if flicker else -1
    box = tubes.draw_sign(
        t, draw, centre, scale, _width(scale), turn=turn, flicker=low, mounts=mounts
    )
    if cable is not None:
        _cable(scene, t, box, cable)
    return box, tubes.light(t, reach=glow[0], bloom=glow[1], strength=spill, core=core)


def _width(scale: float) -> float:
    """The tube's thickness (fraction of the side) for a sign of `scale`."""
    return float(np.clip(0.012 + 0.035 * scale, 0.018, 0.036))  # thin tubes vanished at 64 px


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _in_free(scene: Scene, box: Box) -> Box:
    """`box` clipped to the frame and to the free part (the title keeps its band)."""
    x0, y0, x1, y1 = scene.free
    return (max(box[0], x0), max(box[1], y0), min(box[2], x1), min(box[3], y1))


def _toward_title(scene: Scene) -> np.ndarray:
    """How far (fractions) each pixel lies past the free part's edge into the title's
    band (negative inside the free part), shape (res, res)."""
    xx, yy = raster.pixel_grid(scene.res)
    x0, y0, x1, y1 = scene.free
    if scene.zone == "top":
        q = y0 - yy + 0 * xx
    elif scene.zone == "right":
        q = xx - x1 + 0 * yy
    else:
        q = yy - y1 + 0 * xx
    return q.astype(np.float32)


def _calm(scene: Scene, picture: np.ndarray, depth: float = 0.5) -> np.ndarray:
    """Darken the title's band softly (by `depth` at most), so tubes or light that
    reach into it recede under the type."""
    q = _toward_title(scene)
    dim = np.clip((q + 0.02) / 0.12, 0.0, 1.0)
    return picture * (1.0 - depth * dim)[..., None]


def _albedo(scene: Scene, scale: float = 1.0) -> np.ndarray:
    return walls.wall(scene.wall, scene.rng, scene.res, scene.tint, scale)


def _cable(scene: Scene, t: tubes.Tubes, box: Box, width: float = 0.004) -> None:
    """A cable from the sign's foot down, or across, to the frame's edge."""
    x = box[0] + (box[2] - box[0]) * scene.rng.uniform(0.2, 0.8)
    y = min(box[3], 0.98) - 0.02
    down = scene.zone != "bottom"
    end = 1.02 if down else y + 0.08
    bend = scene.rng.uniform(-0.06, 0.06)
    if down:
        pts = [(x, y), (x + bend * 0.3, y + (end - y) * 0.5), (x + bend, end)]
    else:
        side = -0.02 if x < 0.5 else 1.02
        pts = [(x, y), (x, end), (side, end + 0.01)]
    tubes.wire(t, pts, width)


def _homography(src: list, dst: list) -> np.ndarray:
    """The 3x3 projective map taking the four points `src` to `dst`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return np.append(np.linalg.solve(np.array(rows), np.array(rhs)), 1.0).reshape(3, 3)


def _project(h: np.ndarray, points: list) -> np.ndarray:
    """`points` (x, y) through the projective map `h`, shape (n, 2)."""
    p = np.c_[np.asarray(points, float), np.ones(len(points))] @ h.T
    return p[:, :2] / p[:, 2:]


def _night_sky(scene: Scene, low: float) -> np.ndarray:
    """A city night sky, float RGB: near black overhead, a blue haze
    toward `low` (a fraction down the frame), a few stars."""
    res = scene.res
    _, yy = raster.pixel_grid(res)
    t = np.clip(yy / max(low, 0.05), 0, 1)[..., None] ** 2
    top = raster.rgbf(oklch_to_rgb(0.13, 0.04, 270.0))
    haze = raster.rgbf(oklch_to_rgb(0.27, 0.06, 262.0))
    sky = top * (1 - t) + haze * t
    stars = scene.rng.random((res, res)) > 0.9985
    return (sky + 0.6 * stars[..., None]).astype(np.float32)


def _windows(scene: Scene, sign: Box) -> tuple[np.ndarray, np.ndarray]:
    """The facade's windows round the sign (flat wall, fractions): dark panes in rows,
    about one in four lit warm from inside, none within reach of the sign. Returns
    the albedo factor (res, res) and the windows' own light (res, res, 3)."""
    res = scene.res
    factor = np.ones((res, res), np.float32)
    light = np.zeros((res, res, 3), np.float32)
    warm = raster.rgbf(oklch_to_rgb(0.78, 0.1, 70.0))
    step_x, step_y = (float(v) for v in scene.rng.uniform([0.2, 0.18], [0.32, 0.26]))
    off = float(scene.rng.uniform(0.0, step_x))
    for row in range(6):
        y0 = 0.07 + row * step_y
        for col in range(-1, 6):
            x0 = off + (col - 0.5) * step_x
            x1, y1 = x0 + 0.48 * step_x, y0 + 0.58 * step_y
            near = x1 > sign[0] - 0.05 and x0 < sign[2] + 0.05 and y1 > sign[1] - 0.05
            if near and y0 < sign[3] + 0.05:
                continue
            rows = slice(int(y0 * res), int(y1 * res))
            cols = slice(max(0, int(x0 * res)), max(0, int(x1 * res)))
            factor[rows, cols] = 0.22
            if scene.rng.random() < 0.25:
                light[rows, cols] = warm * float(scene.rng.uniform(0.12, 0.3))
    return factor, light


def _flat_room(free: Box, to_flat: np.ndarray, top: float) -> Box:
    """The upright box on the flat wall that the frame's free part (below the wall's
    top) still holds once the wall leans away."""
    x0, y0, x1, y1 = free
    c = _project(to_flat, [(x0, max(y0, top + 0.06)), (x1, y0), (x1, y1), (x0, y1)])
    return (
        max(c[0, 0], c[3, 0]),
        max(c[0, 1], c[1, 1]),
        min(c[1, 0], c[2, 0]),
        min(c[2, 1], c[3, 1]),
    )


def _warp(flat: Image.Image, to_flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The flat wall seen leaning away: each frame pixel looked up on it through
    `to_flat` (frame fractions to wall fractions); float RGB and the wall's mask."""
    res = flat.size[0]
    px = to_flat * [[1, 1, res], [1, 1, res], [1 / res, 1 / res, 1]]  # in pixels
    coeffs = tuple(float(v) for v in (px / px[2, 2]).flatten()[:8])
    wall = flat.transform((res, res), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    cover = Image.new("L", (res, res), 255).transform(
        (res, res), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    return raster.from_image(wall), raster.from_image(cover)[..., None]


def facade(scene: Scene) -> list[tuple[float, float]]:
    """The wall's four corners in the frame (top left, top right, foot right, foot
    left), seen from the street below and to one side: its courses converge upward
    (steeper for a louder song) and toward the far side, which the seed turns left or
    right and the song's density turns further (a busy song's wall recedes harder),
    leaving a wedge of night sky down the far edge."""
    rng = scene.rng
    top = float(rng.uniform(0.06, 0.12))
    pinch = 0.1 + 0.1 * scene.energy + float(rng.uniform(0.0, 0.04))  # louder, steeper
    turn = 0.1 + 0.2 * scene.density + float(rng.uniform(0.0, 0.08))  # busier, harder
    gap = float(rng.uniform(0.0, 0.08)) + 0.25 * turn  # the sky down the far edge
    quad = [
        (-0.06 + 0.4 * pinch, top),
        (1.0 - gap - pinch, top + 0.35 * turn),
        (1.0 - gap + 0.04, 1.04),
        (-0.08, 1.04),
    ]
    if rng.random() < 0.5:  # the wall recedes to the left: mirror it
        quad = [(1.0 - x, y) for x, y in (quad[1], quad[0], quad[3], quad[2])]
    return quad


def below_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The sign high on a brick, tile or concrete wall, seen from the street below and
    to one side (facade): the wall leaning away, its courses and windows converging up
    to the parapet and off to the far side, night sky above and down the far edge."""
    res = scene.res
    draw = scene.strokes()
    quad = facade(scene)
    top = min(quad[0][1], quad[1][1])
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    to_flat, to_frame = _homography(quad, square), _homography(square, quad)
    x0, y0, x1, y1 = scene.free  # the wall's foot runs past the frame: keep inside it
    inner = (max(x0, KEEP), y0, min(x1, 1 - KEEP), min(y1, 1 - KEEP))
    room = _room(replace(scene, free=_flat_room(inner, to_flat, top)), 0, (0, 0), 0.02)
    lean = float(scene.rng.uniform(0.1, 0.55))  # toward the near edge, where it is big
    at = _place(scene, lean if quad[0][1] < quad[1][1] else 1.0 - lean)
    grow = 1.5 + 0.5 * scene.energy  # a loud song's sign fills its wall
    box, lit = _hang(scene, draw, room, at, grow=grow, keep=0.05, cable=0.004, glow=(0.22, 1.0))
    _, yy = raster.pixel_grid(res)
    albedo = _albedo(scene) * (0.55 + 0.45 * yy[..., None])  # the street light dies upward
    albedo[: max(2, res // 40)] *= 1.7  # the parapet's coping catches the street light
    factor, windows = _windows(scene, box)
    flat = tubes.expose(albedo * factor[..., None], lit, ambient=0.1) + windows
    wall, mask = _warp(raster.to_image(np.clip(flat, 0, 1)), to_flat)
    out = wall * mask + _night_sky(scene, top + 0.1) * (1 - mask)
    pts = _project(
        to_frame, [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    )
    seen = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    return _calm(scene, out, 0.35), _in_free(scene, _grow(seen, 0.02))


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


def wet_street(scene: Scene, above: np.ndarray, lit: tubes.Light, horizon: float) -> np.ndarray:
    """The wall `above` down to `horizon` (a fraction down the frame), a wet street
    below it mirroring the wall row for row, streaked, rippled and fading."""
    res = scene.res
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
    # a smear of the sign's colours, not its letters mirrored (reviewers read the
    # reversed words as noise)
    soft = mirror.filter(ImageFilter.BoxBlur(max(1, res // 90)))
    refl = raster.from_image(Image.blend(soft, streak, 0.75))
    fade = np.exp(-rows / (0.2 * res))[:, None, None]  # the wet sheen dies off
    wet = raster.upscale(raster.fractal_noise(scene.rng, cells=3, octaves=3, res=64), res)[h:]
    wet = np.clip((wet - 0.35) * 3.0, 0.3, 1.0)[..., None]
    asphalt = walls.concrete(scene.rng, res, 0.5)[h:, :, None] * scene.tint * 0.5
    spill = lit.spill[src_rows] * 0.3 * fade
    ground = asphalt * (0.08 + spill) + refl * wet * fade * 0.7
    out = above.copy()
    out[h:] = ground
    ledge = max(1, res // 200)
    out[h : h + ledge] *= 0.3
    return out


def reflection_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The sign high and wide on a wall, a wet street below holding its reflection;
    the title (below, or in the right column) stands on the street."""
    draw = scene.strokes()
    x0, y0, x1, y1 = scene.free
    horizon = (y1 - scene.rng.uniform(0.0, 0.04)) if scene.zone == "bottom" else 0.66
    horizon = float(min(max(horizon, 0.5), 0.9))
    room = (x0 + 0.02, 0.03, x1 - 0.02 if scene.zone == "bottom" else x1 - 0.03, horizon - 0.04)
    grow = float(scene.rng.uniform(1.0, 1.2))
    u = float(scene.rng.choice([0.15, 0.85]) + scene.rng.uniform(-0.1, 0.1))
    box, lit = _hang(scene, draw, room, (u, 1.0), grow=grow, glow=(0.18, 1.0))
    above = tubes.expose(_albedo(scene, 0.8), lit)
    out = wet_street(scene, above, lit, horizon)
    if scene.zone == "right":
        out = _calm(scene, out, 0.35)
    return out, _in_free(scene, _grow(box, 0.02))


def close_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The tubes far bigger than the frame on a dark wall, turned: clips and the cable
    plain, a tight halo round saturated glass, the part toward the title falling out
    of focus and into shadow; a rain title's close-up is seen through wet glass. The
    song sets how close (a loud song's tubes overrun the frame, a quiet one's sign
    hangs nearly whole) and how far it is turned (a busy song's more); the crop always
    keeps the sign's middle and most of its tubes, a star's centre and three points
    (_readable_crop). Its wall stays
    dark (CLOSE_WALL): a wide glow lit the whole frame in the tube's colour, a yellow
    one an olive smear at thumbnail size (round-17 reviewers, ฝนตกที่กรุงเทพ)."""
    res = scene.res
    draw = scene.strokes()
    side = 1.0 if scene.rng.random() < 0.5 else -1.0
    turn = side * (0.06 + 0.3 * scene.density + float(scene.rng.uniform(0.0, 0.06)))
    room = _room(scene, 0.0, (0.0, 0.0), -0.04)
    grow = 1.0 + 0.8 * scene.energy + float(scene.rng.uniform(0.0, 0.12))
    at = _place(scene, float(scene.rng.uniform(0.1, 0.9)))
    at, grow, keep = _readable_crop(scene, draw, room, at, turn, grow)
    box, lit = _hang(
        scene,
        draw,
        room,
        at,
        turn=turn,
        grow=grow,
        keep=keep,
        cable=0.01,
        glow=CLOSE_GLOW,
        spill=CLOSE_SPILL,
        core=CLOSE_CORE,
    )
    sharp = tubes.expose(_albedo(scene, 2.4) * CLOSE_WALL, lit, ambient=0.03)
    sharp += _bokeh(scene, 10, (0.03, 0.08), 0.05)
    if scene.rain:
        sharp = glass.wet_glass(scene.rng, sharp, scene.density)
    sharp = glass.unmuddied(sharp)
    soft = raster.from_image(
        raster.to_image(np.clip(sharp, 0, 1)).filter(ImageFilter.GaussianBlur(res / 90))
    )
    # depth of field: sharp away from the title, falling away toward its band
    ramp = np.clip((_toward_title(scene) + 0.25) / 0.3, 0, 1)[..., None]
    out = sharp * (1 - ramp) + soft * ramp
    return _calm(scene, out, 0.55), _in_free(scene, box)


CROP_STEPS = 6  # tries, each way, between the song's crop and a sign fitting its room


def _readable_crop(
    scene: Scene,
    draw: shapes.Drawing,
    room: Box,
    at: tuple[float, float],
    turn: float,
    grow: float,
) -> tuple[tuple[float, float], float, float | None]:
    """Where and how big the close-up hangs its sign: the song's crop where it reads as
    the sign (neon_crop.readable: its middle and most of its tubes in view), else the
    biggest that does, moved step by step toward the room's middle before it shrinks
    (the star had been cut to two strokes, the crown to two zigzags), at last a whole
    sign fitting its room. No rng: the steps are the same at every size."""
    view = crop.view_of(scene.free)
    for shrink in range(CROP_STEPS):
        size = grow + (1.0 - grow) * shrink / (CROP_STEPS - 1)
        for move in range(CROP_STEPS):
            f = move / (CROP_STEPS - 1)
            there = (at[0] + (0.5 - at[0]) * f, at[1] + (0.5 - at[1]) * f)
            centre, scale = _fit_in(draw, room, turn, there[0], there[1], size, None)
            if crop.readable(draw, centre, scale, turn, view, scene.drawing):
                return there, size, None
    return (0.5, 0.5), 1.0, KEEP


def blinds_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The sign inside a shop window seen through venetian blinds half raised: above
    the blinds' hem the tubes show in bright stripes between the slats, each slat lit
    along its edge by the glow; below the hem the sign burns whole."""
    res = scene.res
    draw = scene.strokes()
    room = _room(scene, 0.0, (-0.02, -0.02), 0.04)
    at = _place(scene, float(scene.rng.uniform(0.3, 0.7)))
    turn = float(scene.rng.uniform(-0.06, 0.06))
    box, lit = _hang(scene, draw, room, at, turn=turn, mounts=False, glow=(0.22, 1.2))
    inside = tubes.expose(_albedo(scene) * 0.5, lit, ambient=0.06)
    xx, yy = raster.pixel_grid(res)
    pitch = float(scene.rng.uniform(0.045, 0.06))
    hem = box[1] + (box[3] - box[1]) * float(scene.rng.uniform(0.45, 0.7))
    f = (yy / pitch) % 1.0 + 0 * xx
    slat = (f < float(scene.rng.uniform(0.5, 0.62))) & (yy < hem)
    glow = raster.from_image(raster.fast_blur(raster.to_image(np.clip(lit.emit, 0, 1)), res / 40))
    edge = (0.35 + 0.65 * np.clip(1.0 - f / 0.6, 0, 1))[..., None]  # the slat's lip catches light
    slats = (0.05 + 1.3 * glow) * edge * np.array([0.92, 0.9, 0.86], np.float32)
    out = np.where(slat[..., None], slats, inside)
    bar = np.abs(yy - hem) < pitch * 0.35 + 0 * xx  # the bottom rail
    out = np.where(bar[..., None], slats * 1.2 + 0.03, out)
    for x in (0.27, 0.73):  # the ladder cords
        cord = (np.abs(xx - x) < 0.0025) & (yy < hem)
        out = np.where(cord[..., None], out * 0.4 + 0.1 * glow, out)
    return _calm(scene, out, 0.3), _in_free(scene, _grow(box, 0.02))


def _dusk_sky(res: int, ground: float) -> np.ndarray:
    """A clear dusk sky, float RGB: deep blue overhead through mauve to a warm glow
    at the horizon."""
    _, yy = raster.pixel_grid(res)
    t = np.clip(yy[:, 0] / ground, 0, 1) ** 1.6
    stops = np.array([0.0, 0.55, 1.0])
    cols = np.stack([raster.rgbf(oklch_to_rgb(lt, c, h)) for lt, c, h in DUSK])  # (3, 3)
    rows = np.stack([np.interp(t, stops, cols[:, k]) for k in range(3)], 1)
    return np.repeat(rows[:, None, :], res, axis=1).astype(np.float32)


def dusk_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """A motel sign on a pole against a dusk sky: a dark panel rimmed with a tube, the
    drawing lit on it, the pole down to a black roofline, the sky deepening overhead."""
    res = scene.res
    draw = scene.strokes()
    ground = float(scene.rng.uniform(0.84, 0.9))
    x0, y0, x1, y1 = scene.free
    room = (x0 + 0.06, y0 + 0.02, x1 - 0.06, min(y1, ground - 0.08))
    ex = shapes.extent(draw)
    pad = 0.22 * max(ex[2] - ex[0], ex[3] - ex[1])
    rim = _rounded(ex[0] - pad, ex[1] - pad, ex[2] + pad, ex[3] + pad, pad * 0.8)
    sign = [*draw, shapes.Stroke(rim, 1, True)]
    u = float(scene.rng.choice([0.2, 0.8]) + scene.rng.uniform(-0.1, 0.1))
    box, lit = _hang(scene, sign, room, (u, 0.3), mounts=False, flicker=False, glow=(0.16, 1.1))
    out = _dusk_sky(res, ground)
    shapes_l = Image.new("L", (res, res), 0)
    d = ImageDraw.Draw(shapes_l)
    px = [v * res for v in box]
    pole_x = (px[0] + px[2]) / 2 + (px[2] - px[0]) * float(scene.rng.uniform(-0.2, 0.2))
    pw = max(2.0, res * 0.022)
    d.rectangle((pole_x - pw / 2, px[3], pole_x + pw / 2, res), fill=255)
    corner = 0.8 * pad / (ex[2] - ex[0] + 2 * pad) * (px[2] - px[0])  # the rim's bend
    d.rounded_rectangle(px, radius=corner, fill=255)
    roofs = np.full(res, ground)
    x = 0
    while x < res:  # a low roofline: a motel, a diner, a car lot's fence
        w = int(res * scene.rng.uniform(0.12, 0.35))
        roofs[x : x + w] = ground - float(scene.rng.uniform(0.0, 0.06))
        x += w
    _, yy = raster.pixel_grid(res)
    dark = np.maximum(raster.from_image(shapes_l), (yy >= roofs[None, :]).astype(np.float32))
    night = np.array([0.03, 0.028, 0.04], np.float32) * (0.4 + lit.spill)
    out = out * (1 - dark[..., None]) + night * dark[..., None]
    out = tubes.roll_off(out + lit.emit)
    return _calm(scene, out, 0.2), _in_free(scene, _grow(box, 0.02))


def _rounded(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """A rounded rectangle's outline (sign units), clockwise from the top left."""
    return np.concatenate(
        [
            shapes.arc(x1 - r, y0 + r, r, 270, 360, 8),
            shapes.arc(x1 - r, y1 - r, r, 0, 90, 8),
            shapes.arc(x0 + r, y1 - r, r, 90, 180, 8),
            shapes.arc(x0 + r, y0 + r, r, 180, 270, 8),
        ]
    )


SCENES: dict[str, Callable[[Scene], tuple[np.ndarray, Box]]] = {
    "below": below_scene,
    "reflection": reflection_scene,
    "close": close_scene,
    "blinds": blinds_scene,
    "dusk": dusk_scene,
}
