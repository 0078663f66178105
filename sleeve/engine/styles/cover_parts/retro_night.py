"""The retro sun's two night pictures, where the song is a night and not a sunset:
a big moon over a dark synth sea whose wake breaks into neon dashes on the waves, a
city's towers on the far shore when the title names one (moonwake), and the car
itself from behind, its full-width tail light glowing red on a neon grid as it
drives into a low disc (taillights). Drawn unmirrored (the style mirrors the
finished picture); each returns the picture and its focal box."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import calm_zone, retro_kit, retro_skyline
from sleeve.engine.styles.cover_parts.retro_plan import Plan

Box = tuple[float, float, float, float]
Scene = tuple[Image.Image, Box]
WAVES = 22  # rows of waves between the horizon and the frame's foot
TAIL_RED = oklch_to_rgb(0.55, 0.23, 27.0)
TAIL_GLOW = oklch_to_rgb(0.5, 0.2, 27.0)  # the light's bloom, kept off the black body


def _moon_mask(size: int, p: Plan, valence: float) -> Image.Image:
    """The moon (cx, cy, r) as an L mask: full for a happy song, else a crescent whose
    sickle thins the sadder the song (a shadowing disc slid off it)."""
    draw = aggdraw.Draw("L", (size, size), 0)
    disc = (p.cx - p.r, p.cy - p.r, p.cx + p.r, p.cy + p.r)
    draw.ellipse([v * size for v in disc], aggdraw.Brush(255))
    if valence < 0.55:
        dx, dy = p.r * (0.3 + 0.6 * valence), -p.r * 0.12
        shade = (disc[0] - dx, disc[1] + dy, disc[2] - dx, disc[3] + dy)
        draw.ellipse([v * size for v in shade], aggdraw.Brush(0))
    draw.rectangle((0, p.horizon * size, size, size), aggdraw.Brush(0))
    return Image.frombytes("L", (size, size), draw.tobytes())


def _waves(
    draw: aggdraw.Draw,
    d: ArtDirection,
    size: int,
    p: Plan,
    col: dict,
    moon: RGB,
    rng: np.random.Generator,
    calm: float,
) -> None:
    """The sea: rows of thin neon waves, flat and close together at the horizon and
    swelling with the song's energy towards the viewer, and the moon's wake broken
    into bright dashes on each row, widening as it nears; the wake fades out and the
    waves dim above `calm`, where a title at the bottom begins (1 for none)."""
    curve = np.asarray(d.energy_curve or (0.5,), dtype=np.float64)
    xs = np.linspace(-0.02, 1.02, 96)
    swell = np.interp(xs, np.linspace(0, 1, curve.size), curve)
    for k in range(1, WAVES + 1):
        t = k / WAVES
        y = p.horizon + (1.0 - p.horizon) * t**1.9
        amp = (0.001 + 0.012 * t**1.5) * (0.5 + d.energy)
        ys = y + amp * np.sin(xs * (40.0 - 26.0 * t) + k * 1.7 + 4.0 * np.roll(swell, k * 4))
        pts = [v * size for q in zip(xs, ys, strict=True) for v in q]
        fade = float(np.clip((calm - y) / 0.1, 0.0, 1.0))
        alpha = int((70 + 150 * t) * (0.3 + 0.7 * fade))
        draw.line(pts, raster.pen(col["neon"], size * (0.0012 + 0.0035 * t), alpha))
        half = p.r * (0.3 + 1.4 * t) * rng.uniform(0.7, 1.05)
        h = size * (0.0008 + 0.0035 * t)
        lit = aggdraw.Brush(moon, int(255 * fade))
        gap = rng.uniform(-0.6, 0.6)  # the wake parted once where the row dips
        width = rng.uniform(0.08, 0.3)
        for lo, hi in ((-1.0, gap - width / 2), (gap + width / 2, 1.0)):
            x0, x1 = p.cx + half * lo, p.cx + half * hi
            draw.rectangle((x0 * size, y * size - h, x1 * size, y * size + h), lit)


def moonwake(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A big moon over a dark synth sea: no stripes, no grid, the moon's light laid on
    the waves as a column of broken dashes; a crescent for a sad song, a city's
    towers on the far shore for a title naming one."""
    night = col["sky"][0]
    deep = raster.tone(col["sky"][1], 0.22, 0.1)
    img = retro_kit.vertical(size, [night, night, deep, col["ground"], night],
                             [0.0, 0.3, p.horizon, p.horizon, 1.0])  # fmt: skip
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(40 + 120 * d.density), p.horizon * 0.95)
    draw.flush()
    hue = rgb_to_oklch(col["neon"])[2]
    moon = oklch_to_rgb(0.95, 0.045, hue)
    tones = {"sun_top": moon, "sun_low": oklch_to_rgb(0.86, 0.07, hue)}
    span = (p.cy - p.r, p.cy + p.r)
    img = retro_kit.paint_sun(img, _moon_mask(size, p, d.valence), tones, span, 0.55)
    calm = 1.1 if p.band == "top" else float(np.clip(0.97 - calm_zone.title_reach(d), 0.55, 0.72))
    draw = aggdraw.Draw(img)
    draw.line((0, p.horizon * size, size, p.horizon * size), raster.pen(col["neon"], size * 0.002))
    if p.skyline != "none":  # a title naming a city: its towers on the far shore
        curve = np.asarray(d.energy_curve or (0.5,), dtype=np.float64)
        retro_skyline.draw(draw, size, p.skyline, p.horizon, curve, col, rng, d.density)
    _waves(draw, d, size, p, col, moon, rng, calm)
    draw.flush()
    low = min(1.0, calm)
    return img, (max(0.0, p.cx - p.r * 1.9), max(0.0, p.cy - p.r), min(1.0, p.cx + p.r * 1.9), low)


class _Car:
    """The car from behind, `w` wide (fraction of the side), centred on x with its
    tyres on `foot`, drawn on a crop of the frame whose corner is `origin` (px)."""

    def __init__(self, size: int, x: float, foot: float, w: float, origin: tuple[int, int]):
        self.size, self.x, self.foot, self.w, self.origin = size, x, foot, w, origin

    def points(self, pts: tuple[float, ...]) -> list[float]:
        """Car-space points (across from the centre, up from the tyres, in widths) as
        pixels of the crop."""
        s, (ox, oy) = self.size, self.origin
        return [
            (self.x + v * self.w) * s - ox if i % 2 == 0 else (self.foot - v * self.w) * s - oy
            for i, v in enumerate(pts)
        ]

    def mask(
        self, shape: tuple[int, int], quads: list[tuple[float, ...]], level: int
    ) -> Image.Image:
        """An L mask of the crop's `shape` with the car-space `quads` at `level`."""
        draw = aggdraw.Draw("L", shape, 0)
        for quad in quads:
            draw.polygon(self.points(quad), aggdraw.Brush(level))
        return Image.frombytes("L", shape, draw.tobytes())

    def body(self, part: Image.Image, col: dict) -> None:
        """The black body and cabin with a neon rim, the glass and the plate."""
        draw = aggdraw.Draw(part)
        dark = aggdraw.Brush(raster.tone(col["ground"], 0.07, 0.03))
        rim = raster.pen(col["neon"], self.size * self.w * 0.008, 235)
        for side in (-1, 1):  # the tyres
            tyre = (side * 0.47, 0.0, side * 0.3, 0.0, side * 0.3, 0.1, side * 0.47, 0.1)
            draw.polygon(self.points(tyre), aggdraw.Brush((6, 6, 8)))
        draw.polygon(self.points((-0.5, 0.07, 0.5, 0.07, 0.52, 0.2, 0.5, 0.3, 0.36, 0.34,
                                  -0.36, 0.34, -0.5, 0.3, -0.52, 0.2)), rim, dark)  # fmt: skip
        draw.polygon(self.points((-0.34, 0.34, 0.34, 0.34, 0.22, 0.47, -0.22, 0.47)), rim, dark)
        glass = aggdraw.Brush(raster.tone(col["sky"][1], 0.3, 0.1))
        draw.polygon(self.points((-0.29, 0.355, 0.29, 0.355, 0.195, 0.45, -0.195, 0.45)), glass)
        plate = (-0.07, 0.08, 0.07, 0.08, 0.07, 0.13, -0.07, 0.13)
        draw.polygon(self.points(plate), aggdraw.Brush((200, 200, 196)))
        draw.flush()


def taillights(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """The car from behind on the neon grid, driving into a low plain disc: its tail
    light one red bar across the whole tail (more slats for a faster song), glowing
    and smeared on the floor; wider for a more energetic song."""
    img = retro_kit.vertical(size, [*col["sky"], col["ground_far"], col["ground"]],
                             [0.0, p.horizon, p.horizon, 1.0])  # fmt: skip
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + d.density)), p.horizon * 0.9)
    draw.flush()
    mask = retro_kit.sun_mask(size, (p.cx, p.cy, p.r), p.sun, p.stripes, p.even, p.horizon)
    img = retro_kit.paint_sun(img, mask, col, (p.cy - p.r, p.horizon), 0.6 + 0.4 * d.brightness)
    draw = aggdraw.Draw(img)
    retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon), d.density * 0.7)
    draw.flush()
    w = 0.5 + 0.2 * d.energy if p.band == "top" else 0.42 + 0.14 * d.energy
    foot = 0.93 if p.band == "top" else 0.74
    if p.band == "top":  # a smaller car under a tall title, its roof clear of the block
        w = max(min(w, (foot - calm_zone.title_reach(d) - 0.02) / 0.48), 0.3)
    x = p.vx + (0.5 - p.vx) * 0.6
    # the car, its glow and its smear drawn on a crop round it: a fraction of the frame
    box = tuple(int(np.clip(v * size, 0, size)) for v in
                (x - 0.62 * w, foot - 0.56 * w, x + 0.62 * w, foot + 0.5 * w))  # fmt: skip
    part = img.crop(box)
    car = _Car(size, x, foot, w, (box[0], box[1]))
    black = Image.new("RGB", part.size)
    streaks = [(s * 0.44, 0.0, s * 0.16, 0.0, s * 0.2, -0.4, s * 0.4, -0.4) for s in (-1, 1)]
    smear = raster.fast_blur(car.mask(part.size, streaks, 120), size * w * 0.04)
    part = ImageChops.screen(
        part, Image.composite(Image.new("RGB", part.size, TAIL_RED), black, smear)
    )
    car.body(part, col)
    slats = int(np.clip(p.stripes // 2, 3, 6))  # the tail light: a red bar cut by louvres
    pitch = 0.12 / slats
    bars = [(-0.47, y, 0.47, y, 0.47, y + 0.6 * pitch, -0.47, y + 0.6 * pitch)
            for y in (0.165 + k * pitch for k in range(slats))]  # fmt: skip
    lit = car.mask(part.size, bars, 255)
    glow = Image.composite(Image.new("RGB", part.size, TAIL_GLOW), black, lit)
    part = ImageChops.screen(part, raster.fast_blur(glow, size * w * 0.03))
    part.paste(oklch_to_rgb(0.66, 0.24, 28.0), (0, 0), lit)
    img.paste(part, box[:2])
    top = foot - 0.5 * w
    return img, (max(0.0, x - 0.53 * w), min(top, p.cy - p.r), min(1.0, x + 0.53 * w), foot)
