"""The night photographs of a title bent in neon: on its wall (big, or small and high),
over a wet street, down a blade sign on a facade, in a shop window holding the street,
over a dark doorway, or high on a wall seen at an angle from below.

Each takes the scene, the title's lines and face, and returns the float RGB picture,
the lettering (its mask at the frame) and the sign's box (fractions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import fonts, raster
from sleeve.engine.color import oklch_to_rgb
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts import neon_words as words

Box = tuple[float, float, float, float]
Result = tuple[np.ndarray, words.Lettering, Box]
# calm to loud: the music leans the pick (pick_kind)
KINDS = ("street", "window", "doorway", "pole", "wall", "blade", "angle")
KINDS_BY_DAY = ("pole", "blade", "angle")  # a title naming the day: scenes with a sky
MOST_LINES = {"angle": 2, "street": 2, "doorway": 2}  # else any (four at most)
BLADE_WEIGHT = 650.0  # a blade's letters are small: a heavier tube
GLOW = {"reach": 0.2, "bloom": 0.85, "strength": scenes.SPILL, "near": words.NEAR}


@dataclass(frozen=True)
class Sign:
    """The title's sign: its lines and face, how far it hangs off level, the letter
    burnt out (line, letter; -1 for none), how big the music hangs it (0..1) and
    whether the title names rain or the day (a dusk sky, not the night)."""

    lines: tuple[str, ...]
    face: fonts.FontFace
    turn: float = 0.0
    dead: tuple[int, int] = (-1, -1)
    size: float = 0.5
    rain: bool = False
    dusk: bool = False


def _block(lettering: words.Lettering) -> tuple[int, int, int, int]:
    b = lettering.boxes
    return (min(v[0] for v in b), min(v[1] for v in b), max(v[2] for v in b), max(v[3] for v in b))


def _bent(scene: scenes.Scene, sign: Sign, room: Box, turn: float = 0.0, lit: bool = True) -> tuple:
    """The title bent into `room` on its clear board: the tubes, the lettering, the
    block's box (fractions) and the light (None unless `lit`: more is to be bent)."""
    t = tubes.Tubes(scene.res, scene.hues)
    lettering = words.bend(t, sign.lines, sign.face, room, turn, sign.dead)
    block = _block(lettering)
    words.board(t, block, scene.rng)
    focal = tuple(v / scene.res for v in block)
    return t, lettering, focal, tubes.light(t, **GLOW) if lit else None


def wall_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """The sign big on its wall, hung a few degrees off level; a quiet song hangs it
    smaller, high to one side, with the wall round it."""
    rng = scene.rng
    if sign.size > 0.45 or len(sign.lines) > 2:
        room = (0.08, 0.14, 0.92, 0.78)
    else:
        w = 0.52 + 0.2 * sign.size
        x0 = float(rng.choice([0.07, 0.93 - w]))
        y0 = float(rng.uniform(0.08, 0.2))
        room = (x0, y0, x0 + w, y0 + 0.42 * w + 0.1)
    t, lettering, focal, lit = _bent(scene, sign, room, sign.turn)
    picture = tubes.expose(scenes._albedo(scene, 1.3), lit)
    return picture, lettering, scenes._grow(focal, 0.03)


def _rain(scene: scenes.Scene, lit: tubes.Light, top: float, bottom: float) -> np.ndarray:
    """Rain streaks between `top` and `bottom`, lit by the sign's glow (float RGB)."""
    res = scene.res
    layer = Image.new("L", (res, res), 0)
    draw = ImageDraw.Draw(layer)
    slant = float(scene.rng.uniform(-0.15, 0.15))
    for _ in range(int(res * 1.2)):
        x, y = scene.rng.uniform(0, 1), scene.rng.uniform(top, bottom)
        n = scene.rng.uniform(0.02, 0.05)
        draw.line(((x * res, y * res), ((x + slant * n) * res, (y + n) * res)), fill=150)
    streaks = raster.from_image(layer.filter(ImageFilter.GaussianBlur(0.6)))[..., None]
    near = raster.from_image(raster.fast_blur(raster.to_image(np.clip(lit.emit, 0, 1)), res / 14))
    return streaks * (0.05 + 1.6 * near)


def street_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """The sign on its wall over a wet street that holds its reflection (in the rain,
    streaks lit by the tubes)."""
    horizon = float(scene.rng.uniform(0.64, 0.7))
    room = (0.08, horizon - 0.46, 0.92, horizon - 0.1)
    t, lettering, focal, lit = _bent(scene, sign, room)
    above = tubes.expose(scenes._albedo(scene, 0.8), lit)
    picture = scenes.wet_street(scene, above, lit, horizon)
    if sign.rain:
        picture = tubes.roll_off(picture + _rain(scene, lit, -0.05, 1.0))
    return picture, lettering, scenes._grow(focal, 0.03)


def _facade(scene: scenes.Scene, quad: list, shade: float) -> tuple[np.ndarray, np.ndarray]:
    """A wall with rows of windows (a few lit) seen through the frame quad `quad`
    (its flat corners TL, TR, BR, BL): the albedo plus window light, and its mask."""
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    to_flat = scenes._homography(quad, square)
    factor, light = scenes._windows(scene, (2.0, 2.0, 3.0, 3.0))
    flat = scenes._albedo(scene, 0.6) * factor[..., None] * shade + light * 2.0
    wall, mask = scenes._warp(raster.to_image(np.clip(flat, 0, 1)), to_flat)
    return wall, mask


def _paste(t: tubes.Tubes, mask: np.ndarray, colour: tuple[int, int, int]) -> None:
    """Lettering `mask` (float, res x res) bent into `t` in `colour`, cores white."""
    m = raster.to_image(mask)
    t.rgb.paste(Image.new("RGB", m.size, colour), (0, 0), m)
    core = m.filter(ImageFilter.MinFilter(3))
    t.core.paste(core, (0, 0), core)


def _panel(t: tubes.Tubes, box: Box, colour: int) -> None:
    """A dark sign panel over `box` (fractions), rimmed with a tube of `colour`."""
    res = t.res
    px = [v * res for v in box]
    radius = 0.025 * res
    wpx = max(2, round(res * 0.013))
    ImageDraw.Draw(t.marks).rounded_rectangle(px, radius=radius, fill=215)
    ImageDraw.Draw(t.rgb).rounded_rectangle(px, radius=radius, outline=t.colours[colour], width=wpx)
    core = ImageDraw.Draw(t.core)
    core.rounded_rectangle(px, radius=radius, outline=200, width=max(1, wpx // 3))


def _sky(scene: scenes.Scene, sign: Sign, low: float) -> np.ndarray:
    """The sky over the street: the night's, or a dusk's for a title naming the day."""
    return scenes._dusk_sky(scene.res, low + 0.25) if sign.dusk else scenes._night_sky(scene, low)


def blade_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """A blade sign down a facade, seen along a narrow street at night: the title a
    letter under a letter on a dark panel rimmed in a second colour, the near facade
    leaning away to the far one, the street's lights in the gap."""
    res, rng = scene.res, scene.rng
    left = rng.random() < 0.5
    text = " ".join(sign.lines)
    rows = len(text) - 0.5 * text.count(" ")
    row = 0.115 if rows > 5 else 0.15  # a short title's letters grow, not its street
    height = min(0.92, row * rows + 0.1 + 0.05 * sign.size)
    cell = (height - 0.07) / rows
    width = 0.95 * cell + 0.09
    y0 = float(rng.uniform(0.03, max(0.04, 0.97 - height)))
    x0 = 0.08 + float(rng.uniform(0.0, 0.1))
    panel = (x0, y0, x0 + width, y0 + height)
    vp = (0.5, float(rng.uniform(0.42, 0.6)))
    near = [(-0.02, -0.1), (0.26, vp[1] - 0.3), (0.26, vp[1] + 0.22), (-0.02, 1.1)]
    far = [(0.72, vp[1] - 0.22), (1.02, -0.05), (1.02, 1.05), (0.72, vp[1] + 0.16)]
    _, yy = raster.pixel_grid(res)
    ground = (yy > vp[1] + 0.1)[..., None] * np.float32(1.0)
    back = _sky(scene, sign, vp[1]) * (1 - ground) + ground * scene.tint * 0.05
    haze = np.exp(-(((yy - vp[1]) / 0.12) ** 2))[..., None]
    back += scenes._bokeh(scene, 14, (0.008, 0.03), 0.5) * haze
    back += raster.rgbf(oklch_to_rgb(0.5, 0.08, scene.hues[-1])) * 0.5 * haze  # the street's glow
    wall_n, mask_n = _facade(scene, near, 1.0)
    wall_f, mask_f = _facade(scene, far, 0.6)
    albedo = back * (1 - mask_f) + wall_f * mask_f
    albedo = albedo * (1 - mask_n) + wall_n * mask_n
    if not left:
        albedo = albedo[:, ::-1]
        panel = (1 - panel[2], panel[1], 1 - panel[0], panel[3])
    t = tubes.Tubes(res, scene.hues)
    inner = (panel[0] + 0.04, panel[1] + 0.035, panel[2] - 0.04, panel[3] - 0.035)
    heavy = fonts.title_face(text, "rounded", BLADE_WEIGHT)
    lettering = words.column(text, heavy, inner, res)
    _paste(t, lettering.mask, t.colours[0])
    _panel(t, panel, 1)
    edge = (panel[0] if left else panel[2]) * res
    wall_x = (0.0 if left else 1.0) * res
    marks = ImageDraw.Draw(t.marks)
    for k in (0.1, 0.9):  # the brackets holding it off the facade
        y = (panel[1] + (panel[3] - panel[1]) * k) * res
        marks.line(((wall_x, y - res * 0.04), (edge, y)), fill=240, width=max(2, res // 90))
    lit = tubes.light(t, **GLOW)
    picture = tubes.expose(albedo, lit, ambient=0.4)
    # the wet road between the facades holds the blade's light, streaked downward
    flip = raster.to_image(np.clip(lit.emit[::-1], 0, 1)).resize((res, res // 10))
    streak = raster.from_image(flip.resize((res, res), Image.Resampling.BICUBIC))
    shift = int((1.0 - 2 * (vp[1] + 0.1)) * res)
    wet = np.roll(streak, shift, axis=0) * ground * 0.45
    picture = tubes.roll_off(picture + wet)
    return picture, lettering, scenes._grow(panel, 0.02)


def pole_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """A roadside sign on a pole against the evening sky: the title on a dark panel
    rimmed in a second colour, the pole down to a low roofline."""
    res, rng = scene.res, scene.rng
    ground = float(rng.uniform(0.82, 0.9))
    w = 0.62 + 0.22 * sign.size
    x0 = float(rng.uniform(0.05, 0.95 - w))
    y0 = float(rng.uniform(0.06, 0.3 - 0.06 * len(sign.lines)))  # high, or lower in the sky
    room = (x0 + 0.05, y0 + 0.05, x0 + w - 0.05, y0 + 0.16 + 0.13 * len(sign.lines))
    t = tubes.Tubes(res, scene.hues)
    lettering = words.bend(t, sign.lines, sign.face, room, 0.0, sign.dead)
    b = _block(lettering)
    panel = ((b[0] / res) - 0.05, (b[1] / res) - 0.05, (b[2] / res) + 0.05, (b[3] / res) + 0.05)
    _panel(t, panel, 1)
    lit = tubes.light(t, **GLOW)
    sky = _sky(scene, sign, ground - 0.25)
    solid = Image.new("L", (res, res), 0)
    d = ImageDraw.Draw(solid)
    px = [v * res for v in panel]
    pole = (px[0] + px[2]) / 2 + (px[2] - px[0]) * float(rng.uniform(-0.25, 0.25))
    d.rectangle((pole - res * 0.012, px[3], pole + res * 0.012, res), fill=255)
    x = 0
    while x < res:  # a low roofline: a motel, a diner, a car lot's fence
        step = int(res * rng.uniform(0.12, 0.35))
        top = (ground - float(rng.uniform(0.0, 0.06))) * res
        d.rectangle((x, top, x + step, res), fill=255)
        x += step
    dark = raster.from_image(solid)[..., None]
    night = np.array([0.03, 0.028, 0.04], np.float32) * (0.4 + lit.spill)
    picture = tubes.roll_off(sky * (1 - dark) + night * dark + lit.emit)
    return picture, lettering, scenes._grow(panel, 0.02)


def _street_in_glass(scene: scenes.Scene) -> np.ndarray:
    """What a shop window reflects of the street behind the camera: a dim sky over a
    row of buildings with lit windows, street lamps and car lights, all soft."""
    res, rng = scene.res, scene.rng
    xx, yy = raster.pixel_grid(res)
    layer = Image.new("RGB", (res, res), 0)
    draw = ImageDraw.Draw(layer)
    warm = tuple(int(v * 255) for v in raster.rgbf(oklch_to_rgb(0.82, 0.11, 75.0)))
    cool = tuple(int(v * 255) for v in raster.rgbf(oklch_to_rgb(0.75, 0.06, 230.0)))
    x = -0.05
    while x < 1.0:  # the buildings across the street, their windows in rows
        w = float(rng.uniform(0.15, 0.3))
        top = float(rng.uniform(0.05, 0.3))
        draw.rectangle((x * res, top * res, (x + w) * res, res), fill=(18, 18, 24))
        for wy in np.arange(top + 0.04, 0.68, 0.075):
            for wx in np.arange(x + 0.025, x + w - 0.04, 0.06):
                if rng.random() < 0.45:
                    s = (wx * res, wy * res, (wx + 0.032) * res, (wy + 0.04) * res)
                    draw.rectangle(s, fill=warm if rng.random() < 0.7 else cool)
        x += w + 0.01
    for _ in range(3):  # street lamps
        lx, ly, r = rng.uniform(0.05, 0.95), rng.uniform(0.3, 0.55), res * rng.uniform(0.03, 0.05)
        draw.ellipse((lx * res - r, ly * res - r, lx * res + r, ly * res + r), fill=warm)
    for _ in range(6):  # car lights along the street
        y = float(rng.uniform(0.74, 0.86)) * res
        x0 = float(rng.uniform(-0.2, 0.8)) * res
        red = rng.random() < 0.6
        draw.line((x0, y, x0 + res * rng.uniform(0.15, 0.45), y), width=max(2, res // 70),
                  fill=(255, 40, 30) if red else (255, 240, 220))  # fmt: skip
    sky = raster.rgbf(oklch_to_rgb(0.24, 0.05, 260.0)) * (1.0 - yy[..., None])
    refl = raster.from_image(raster.fast_blur(layer, res / 150)) + sky * 0.6
    sheen = np.exp(-(((xx * 0.8 + yy * 0.6 - float(rng.uniform(0.5, 1.0))) / 0.14) ** 2))
    return refl + 0.14 * sheen[..., None]


def window_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """A shopfront at night: the sign hung on chains inside its window, the dark shop
    behind it, the street behind the camera reflected in the glass; the wall round the
    window, the frame and the sill caught by the sign's light."""
    res, rng = scene.res, scene.rng
    glass = (
        float(rng.uniform(0.08, 0.16)),
        float(rng.uniform(0.08, 0.16)),
        float(rng.uniform(0.84, 0.92)),
        float(rng.uniform(0.72, 0.8)),
    )
    gw = glass[2] - glass[0]
    w = gw * (0.72 + 0.18 * sign.size)
    x0 = glass[0] + (gw - w) * float(rng.uniform(0.2, 0.8))
    top = glass[1] + 0.1
    room = (x0, top, x0 + w, min(glass[3] - 0.08, top + 0.16 + 0.12 * len(sign.lines)))
    t, lettering, focal, _ = _bent(scene, sign, room, lit=False)
    for x in (focal[0] + 0.04, focal[2] - 0.04):  # the chains up to the window head
        tubes.wire(t, [(x, focal[1] - 0.03), (x, glass[1])], 0.003)
    lit = tubes.light(t, **GLOW)
    xx, yy = raster.pixel_grid(res)
    pane = (xx > glass[0]) & (xx < glass[2]) & (yy > glass[1]) & (yy < glass[3])
    border = (xx > glass[0] - 0.025) & (xx < glass[2] + 0.025) & (yy > glass[1] - 0.025)
    border &= (yy < glass[3] + 0.05) & ~pane
    brick = scenes._albedo(scene, 1.0)
    wall = np.where(border[..., None], np.float32(0.55), brick)  # the painted frame, the sill
    outside = tubes.expose(wall, lit, ambient=0.18)
    inside = tubes.expose(brick * 0.3, lit, ambient=0.04)  # the shop's own back wall, dim
    street = np.clip(_street_in_glass(scene), 0, 1)
    seen = 1.0 - (1.0 - np.clip(inside, 0, 1)) * (1.0 - 0.5 * street)
    picture = np.where(pane[..., None], seen, outside)
    return picture.astype(np.float32), lettering, scenes._grow(focal, 0.03)


def doorway_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """The sign over a dark doorway: the title across the wall above it, its light
    falling on the lintel and the jambs and into the black opening."""
    res, rng = scene.res, scene.rng
    cx = float(rng.uniform(0.32, 0.68))
    half = 0.13 + 0.05 * sign.size
    top = float(rng.uniform(0.5, 0.6))
    span = 0.3 + 0.1 * sign.size
    room = (max(0.06, cx - span), 0.08, min(0.94, cx + span), top - 0.09)
    t, lettering, focal, lit = _bent(scene, sign, room)
    albedo = scenes._albedo(scene, 1.1)
    xx, yy = raster.pixel_grid(res)
    inside = (np.abs(xx - cx) < half) & (yy > top)
    jamb = (np.abs(xx - cx) < half + 0.03) & (yy > top - 0.03) & ~inside
    step = yy > 0.95
    albedo = np.where(jamb[..., None], albedo * 0.4 + 0.45, albedo)
    hall = 0.05 * np.exp(-(((xx - cx) / half) ** 2)) * np.clip((yy - 0.75) / 0.25, 0, 1)
    albedo = np.where(inside[..., None], hall[..., None] + 0 * albedo, albedo)
    albedo = np.where(step[..., None], albedo * 0.5 + 0.3, albedo)
    picture = tubes.expose(albedo, lit, ambient=0.09)
    door = (cx - half, top, cx + half, 1.0)
    box = (min(focal[0], door[0]), focal[1], max(focal[2], door[2]), focal[3])
    return picture, lettering, scenes._grow(box, 0.03)


def _warp_mask(mask: np.ndarray, to_flat: np.ndarray) -> np.ndarray:
    res = mask.shape[0]
    px = to_flat * [[1, 1, res], [1, 1, res], [1 / res, 1 / res, 1]]
    coeffs = tuple(float(v) for v in (px / px[2, 2]).flatten()[:8])
    img = raster.to_image(mask).transform(
        (res, res), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    return raster.from_image(img)


def angle_scene(scene: scenes.Scene, sign: Sign) -> Result:
    """The sign high on its wall seen from the pavement below and to one side: the wall
    runs off toward the street's end, its top edge dropping to it against the night
    sky, the frame cropping the near wall."""
    res, rng = scene.res, scene.rng
    drop = 0.24 + 0.1 * sign.size + float(rng.uniform(0.0, 0.06))
    lift = float(rng.uniform(-0.1, 0.0))
    quad = [(-0.2, lift), (1.15, lift + drop), (1.15, 1.02), (-0.2, 1.3)]
    if rng.random() < 0.5:  # the street runs off to the left
        quad = [(1 - x, y) for x, y in (quad[1], quad[0], quad[3], quad[2])]
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    to_flat, to_frame = scenes._homography(quad, square), scenes._homography(square, quad)
    room = scenes._flat_room((0.04, lift + drop + 0.04, 0.96, 0.9), to_flat, 0.0)
    t, lettering, focal, lit = _bent(scene, sign, room)
    xx, _ = raster.pixel_grid(res)
    far = xx if quad[0][0] < 0 else 1 - xx  # the wall dims toward the street's end
    flat = tubes.expose(scenes._albedo(scene, 1.0) * (1 - 0.5 * far)[..., None], lit)
    wall, cover = scenes._warp(raster.to_image(np.clip(flat, 0, 1)), to_flat)
    picture = wall * cover + _sky(scene, sign, lift + drop - 0.2) * (1 - cover)
    mask = _warp_mask(lettering.mask, to_flat)
    boxes = []
    for b in lettering.boxes:
        x0, y0, x1, y1 = (v / res for v in b)
        c = scenes._project(to_frame, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        boxes.append(tuple(int(round(v * res)) for v in (*c.min(axis=0), *c.max(axis=0))))
    seen = words.Lettering(mask, tuple(boxes), lettering.lines)
    box = tuple(v / res for v in _block(seen))
    return picture, seen, scenes._grow(box, 0.03)  # type: ignore[arg-type]


SCENES: dict[str, Callable[[scenes.Scene, Sign], Result]] = {
    "wall": wall_scene,
    "street": street_scene,
    "blade": blade_scene,
    "window": window_scene,
    "doorway": doorway_scene,
    "angle": angle_scene,
    "pole": pole_scene,
}


def pick_kind(rng: np.random.Generator, kinds: list[str], loud: float) -> str:
    """One of `kinds` (in KINDS order, calm to loud), those near `loud` (0..1) likelier
    but every one fairly likely: most songs sit near the middle, and compose.pick's
    lean heaped them on the middle scene (17 of 57 bench titles on one pole)."""
    pos = np.array([KINDS.index(k) for k in kinds], float) / (len(KINDS) - 1)
    weights = 1.0 + 0.5 * np.exp(-(((pos - loud) / 0.25) ** 2))
    return kinds[int(rng.choice(len(kinds), p=weights / weights.sum()))]


def fits(kind: str, lines: tuple[str, ...], title: str) -> bool:
    """Whether the title's lines can hang in scene `kind` (a blade stacks only short
    titles in a script whose letters stand alone)."""
    if kind == "blade":
        return words.stackable(title)
    return len(lines) <= MOST_LINES.get(kind, 3)
