"""The retro sun's compositions beyond the classic sunset, each drawn unmirrored
(the style mirrors the finished picture): void, mirror, halo, wall, overhead,
tracking, tunnel and highway (see retro_plan; the rearview is retro_drive). Each
returns the picture and its focal box (x0, y0, x1, y1 fractions), where the title
should not go."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import retro_drive, retro_kit, retro_skyline
from sleeve.engine.styles.cover_parts.retro_plan import Plan

Box = tuple[float, float, float, float]
Scene = tuple[Image.Image, Box]


def _sky(size: int, col: dict, horizon: float) -> Image.Image:
    """Sky down to the horizon, ground below."""
    stops = [*col["sky"], col["ground_far"], col["ground"]]
    return retro_kit.vertical(size, stops, [0.0, horizon, horizon, 1.0])


def _sun(
    img: Image.Image, p: Plan, col: dict, glow: float, kind: str | None = None, warm: float = 0.0
) -> Image.Image:
    """The plan's sun painted on `img`, cut at the horizon; `warm` (0..1) moves its
    gradient up, so more of the disc is the deep, saturated low colour."""
    size = img.size[0]
    mask = retro_kit.sun_mask(size, (p.cx, p.cy, p.r), kind or p.sun, p.stripes, p.even, p.horizon)
    top = p.cy - p.r * (1 + warm)
    return retro_kit.paint_sun(img, mask, col, (top, min(p.horizon, p.cy + p.r) + 0.02), glow)


def _box(cx: float, cy: float, rx: float, ry: float) -> Box:
    """A box about a centre, clipped to the frame."""
    return (max(0.0, cx - rx), max(0.0, cy - ry), min(1.0, cx + rx), min(1.0, cy + ry))


def void(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A tiny sun high in a vast night and a thin grid strip along the bottom."""
    img = _sky(size, col, p.horizon)
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.5 + d.density)), p.horizon)
    draw.flush()
    img = _sun(img, p, col, 0.8 + 0.2 * d.brightness, warm=1.5)
    draw = aggdraw.Draw(img)
    ring = p.r * 1.25  # a thin neon orbit keeps the tiny sun the subject at thumbnail size
    box = (p.cx - ring, p.cy - ring, p.cx + ring, p.cy + ring)
    draw.ellipse([v * size for v in box], raster.pen(col["grid"], size * 0.003, 230))
    retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon), d.density * 0.5)
    draw.line((0, p.horizon * size, size, p.horizon * size), raster.pen(col["neon"], size * 0.003))
    draw.flush()
    return img, _box(p.cx, p.cy, p.r * 1.25 + 0.005, p.r * 1.25 + 0.005)


def mirror(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """The sunset and its skyline above a still lake that mirrors them in ripples."""
    img = _sky(size, col, 1.0)
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + d.density)), p.horizon * 0.7)
    draw.flush()
    img = _sun(img, p, col, 0.4 + 0.6 * d.brightness)
    draw = aggdraw.Draw(img)
    curve = np.asarray(d.energy_curve or (0.5,), dtype=np.float64)
    crown = retro_skyline.draw(draw, size, p.skyline, p.horizon, curve, col, rng, d.density)
    draw.flush()
    top = int(p.horizon * size)
    depth = size - top
    src = np.clip(2 * top - 1 - np.arange(top, size), 0, size - 1)  # row k below mirrors above
    t = np.arange(depth) / max(1, depth)
    shift = (np.sin(np.arange(depth) * (0.9 + 0.3 * t)) * size * (0.002 + 0.02 * t)).astype(int)
    rows = np.asarray(img)[src]
    water = np.empty_like(rows)
    for k, step in enumerate(shift % size):  # each row rippled sideways (wrapping round)
        water[k, : size - step] = rows[k, step:]
        water[k, size - step :] = rows[k, :step]
    fade = np.round((0.75 - 0.35 * t) * 255).astype(np.uint8)  # the water over the ground
    weight = Image.fromarray(fade[:, None]).resize((size, depth), Image.Resampling.NEAREST)
    ground = Image.new("RGB", (size, depth), col["ground"])
    img.paste(Image.composite(Image.fromarray(water), ground, weight), (0, top))
    img.paste(col["neon"], (0, top, size, min(size, top + max(1, size // 400))))
    crown = crown or (p.cx, p.cy, p.cx, p.horizon)
    x0, x1 = min(p.cx - p.r, crown[0]), max(p.cx + p.r, crown[2])
    y0 = min(p.cy - p.r, crown[1])
    return img, (
        max(0.0, x0),
        max(0.0, y0),
        min(1.0, x1),
        min(1.0, 2 * p.horizon - y0),
    )


def halo(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A neon outline sun (rings only) behind wireframe mountains over a scanned floor."""
    img = _sky(size, col, p.horizon)
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + d.density)), p.horizon)
    draw.flush()
    img = _sun(img, p, col, 0.7 + 0.3 * d.brightness, warm=0.8)
    draw = aggdraw.Draw(img)
    fill, pen = aggdraw.Brush(col["ridge"]), raster.pen(col["neon"], size * 0.003, 235)
    peaks = sorted(rng.uniform(0.05, 0.95, int(rng.integers(3, 6))))
    for x in peaks:
        h = rng.uniform(0.08, 0.2) * (1.3 if abs(x - p.cx) < 0.2 else 1.0)
        w = h * rng.uniform(1.1, 1.7)
        apex = (x, p.horizon - h)
        pts = [(x - w, p.horizon), apex, (x + w, p.horizon)]
        flat = [v * size for q in pts for v in q]
        draw.polygon(flat, fill)
        draw.line(flat, pen)
        for j in (1, 2):  # wireframe facets down the face
            draw.line(
                (apex[0] * size, apex[1] * size, (x + w * (j - 1.5)) * size, p.horizon * size), pen
            )
    for k in range(1, 7):
        y = p.horizon + (1 - p.horizon) * (k / 7) ** 1.8
        draw.line((0, y * size, size, y * size), raster.pen(col["grid"], size * 0.002, 120))
    draw.flush()
    x0, y0, x1, _ = _box(p.cx, p.cy, p.r * 1.05, p.r * 1.05)
    return img, (x0, y0, x1, p.horizon + 0.04)


def wall(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """Vaporwave: a marble-pink field, a flat sun disc and a grid wall seen from the
    side, receding from the left edge to a vanishing point on the right."""
    img = _sky(size, col, p.horizon)
    img = _sun(img, p, col, 0.35, "disc")
    draw = aggdraw.Draw(img)
    vx, vy = p.vx, p.horizon
    top, low = 0.24 + 0.06 * d.valence, 1.02  # the top band stays sky for the title
    face = [0.0, top, vx, vy, vx, vy, 0.0, low]
    draw.polygon([v * size for v in face], aggdraw.Brush(col["ridge"], 235))
    pen = raster.pen(col["neon"], size * 0.0028, 235)
    rows = 7
    # one perspective for wall and floor: a floor row at depth a (0 at the vanishing
    # point, 1 at the frame's foot) meets the wall's foot at x = vx (1 - a), where
    # the wall's upright stands, so the grid reads as one room, not two halves
    depths = [(j / rows) ** 1.8 for j in range(rows + 1)]
    for a in depths[1:]:  # the wall's uprights close in towards the vanishing point
        x = vx * (1 - a)
        draw.line(
            (x * size, (vy + (top - vy) * a) * size, x * size, (vy + (low - vy) * a) * size), pen
        )
    for k in range(1, 9):  # rows on the wall fan to the vanishing point
        y = top + (low - top) * k / 9
        draw.line((0, y * size, vx * size, vy * size), pen)
    brush = aggdraw.Brush(col["neon"], 200)
    tile = 0.2  # a tile's width at the frame's foot
    for j in range(rows):  # the checker floor from the wall's foot to the right edge
        a0, a1 = depths[j], depths[j + 1]
        y0, y1 = vy + (low - vy) * a0, vy + (low - vy) * a1
        reach = int(np.ceil(((1 - vx) / max(a1, 1e-3) + vx) / tile)) + 1
        for i in range(min(reach, 60)):
            if (i + j) % 2:
                continue
            u0, u1 = -vx + i * tile, -vx + (i + 1) * tile
            quad = (vx + u0 * a0, y0, vx + u1 * a0, y0, vx + u1 * a1, y1, vx + u0 * a1, y1)
            draw.polygon([v * size for v in quad], brush)
    draw.flush()
    sun = _box(p.cx, p.cy, p.r, p.r)
    return img, (0.0, min(top, sun[1]), max(vx, sun[2]), 1.0)


def overhead(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A huge sun cropped by the top edge setting behind a chrome bar on the horizon,
    a short neon floor under it."""
    img = _sky(size, col, p.horizon)
    img = _sun(img, p, col, 0.3 + 0.5 * d.brightness)
    draw = aggdraw.Draw(img)
    retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon), d.density)
    draw.flush()
    img = retro_drive.chrome_bar(img, p.horizon, col)
    return img, (max(0.0, p.cx - p.r), 0.0, min(1.0, p.cx + p.r), p.horizon + 0.03)


def tracking(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A big sun off-centre, its top slipped sideways along one scanline and a VHS
    tracking band of torn rows, colour fringes and scanlines across it."""
    img = _sky(size, col, p.horizon)
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * 0.4), p.horizon)
    for k in range(1, 9):
        y = p.horizon + (1 - p.horizon) * (k / 9) ** 1.6
        draw.line((0, y * size, size, y * size), raster.pen(col["grid"], size * 0.002, 150))
    draw.flush()
    img = _sun(img, p, col, 0.5 + 0.4 * d.brightness, warm=0.4)
    # the picture above one row across the sun slips sideways, as a tape's tracking
    # does: the seam runs along the scanlines, never across them (a diagonal seam and
    # its hairline read as a scratch on the print)
    cut = max(1, int(size * (p.cy - p.r * rng.uniform(0.1, 0.45))))
    slip = int(size * rng.uniform(0.04, 0.07))
    top = ImageChops.offset(img.crop((0, 0, size, cut)), slip, 0)
    img.paste(top, (0, 0))
    band_y = max(0, int(size * (p.cy + p.r * rng.uniform(-0.5, 0.2))))  # across the sun
    band_h = max(2, int(size * rng.uniform(0.04, 0.07)))
    strip = (0, band_y, size, min(size, band_y + band_h))
    band = np.asarray(img.crop(strip)).astype(np.int16)
    for row in band:  # torn rows
        row[:] = np.roll(row, int(rng.normal(0, size * 0.02)), axis=0)
    band[..., 0] = np.roll(band[..., 0], size // 100, axis=1)  # red fringe
    band[..., 2] = np.roll(band[..., 2], -size // 100, axis=1)  # blue fringe
    snow = rng.integers(0, 90, (band.shape[0], size // 4 + 1), dtype=np.int16)
    band += np.repeat(snow, 4, axis=1)[:, :size, None]  # tape snow in short dashes
    img.paste(Image.fromarray(np.clip(band + 20, 0, 255).astype(np.uint8)), strip[:2])
    img = retro_kit.scanlines(img, 0.18)
    return img, _box(p.cx, p.cy, p.r + 0.06, p.r)


def tunnel(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A low sun at the end of a grid tunnel: neon floor and ceiling to one point."""
    stops = [col["ground"], col["ground_far"], col["sky"][1], col["ground_far"], col["ground"]]
    img = retro_kit.vertical(size, stops, [0.0, p.horizon - 0.08, p.horizon, p.horizon + 0.02, 1.0])
    img = _sun(img, p, col, 0.8 + 0.2 * d.brightness)
    draw = aggdraw.Draw(img)
    retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon), d.density)
    retro_kit.grid(draw, size, col["grid"], (p.vx, p.horizon - 0.002), d.density, edge=0.0)
    draw.flush()
    return img, _box(p.vx, p.horizon, 0.22, 0.16)


def highway(d: ArtDirection, size: int, p: Plan, col: dict, rng: np.random.Generator) -> Scene:
    """A night highway vanishing off-centre under a low sun, lamp posts receding along
    one side and tail lights on the asphalt."""
    img = _sky(size, col, p.horizon)
    draw = aggdraw.Draw(img)
    retro_kit.stars(draw, size, rng, int(col["stars"] * (0.2 + d.density)), p.horizon)
    draw.flush()
    img = _sun(img, p, col, 0.5 + 0.4 * d.brightness)
    draw = aggdraw.Draw(img)
    curve = np.asarray(d.energy_curve or (0.5,), dtype=np.float64)
    retro_skyline.draw(draw, size, "mountains", p.horizon, curve * 0.6, col, rng, d.density)
    vx, vy = p.vx, p.horizon
    left, right = -0.55, 0.35  # the road's edges at the bottom of the frame
    asphalt = (vx, vy, vx + 0.004, vy, right, 1.0, left, 1.0)
    draw.polygon([v * size for v in asphalt], aggdraw.Brush(col["ground_far"]))
    edge = raster.pen(col["neon"], size * 0.004, 240)
    draw.line((vx * size, vy * size, left * size, size), edge)
    draw.line(((vx + 0.004) * size, vy * size, right * size, size), edge)
    mid = (left + right) / 2
    dash = aggdraw.Brush(col["sun_top"])
    for k in range(1, 10):
        a, b = (k / 10) ** 2.0, ((k + 0.45) / 10) ** 2.0
        y0, y1 = vy + (1 - vy) * a, vy + (1 - vy) * b
        x0, x1 = vx + (mid - vx) * a, vx + (mid - vx) * b
        w0, w1 = 0.002 + 0.012 * a, 0.002 + 0.012 * b
        draw.polygon([v * size for v in (x0 - w0, y0, x0 + w0, y0, x1 + w1, y1, x1 - w1, y1)], dash)
    post = aggdraw.Brush(col["ridge"])
    lamp = aggdraw.Brush(col["sun_top"])
    for k in range(1, 8):  # lamp posts along the far side, closing in towards the point
        a = (k / 8) ** 1.8
        x, y = vx + (right - 0.1 - vx) * a, vy + (1 - vy) * a
        h = 0.02 + 0.4 * a
        w = 0.002 + 0.006 * a
        draw.rectangle(((x - w) * size, (y - h) * size, (x + w) * size, y * size), post)
        g = 0.003 + 0.012 * a
        draw.ellipse(((x - g * 2) * size, (y - h - g) * size, x * size, (y - h + g) * size), lamp)
    draw.flush()
    return img, (0.0, p.cy - p.r - 0.05, 1.0, 1.0)
