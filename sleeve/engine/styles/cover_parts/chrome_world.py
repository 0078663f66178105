"""The world the chrome title stands in, as on trap, reggaeton and y2k covers, so the
metal has something to mirror and a frame (a reviewer: the title alone on an empty
gradient "looks like a WordArt preset"): light beams fanning from behind the backdrop
(chrome_backdrop), smoke drifting low, black ground under a horizon and the title
mirrored in it, the chrome's halation, star flares on its brightest highlights. The
soft lights are worked in the small night field (chrome_field) before it is painted;
the reflection and the flares on the cover at its side."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter

from sleeve.engine.color import mix
from sleeve.engine.raster import pixel_grid
from sleeve.engine.styles.cover_parts import chrome_field
from sleeve.engine.styles.cover_parts.chrome_set import Scene


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
    chrome_field.screen(scene.field, ray * far * strength, scene.metal.light)


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
    chrome_field.screen(scene.field[first:], puff * strength, tint)


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
    chrome_field.screen(scene.field, light, _halo_tint(scene))
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
