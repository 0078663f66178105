"""Mono grain's darkroom prints: seven skeletons of tonal design, each a grey tone
field (0 black .. 1 white) at RES with deep blacks, one bright highlight and one big
form that reads at 64 px; a focal box; and an optional mask for the spot colour.

Every print keeps the title's band (`side`: "top" or "bottom") calm (an even sky, a
black ground, dark water) and puts its subject in the rest of the frame. `light` asks
for a high-key print (a light palette or a bright genre).

Retired: low sun through a window onto a dark wall (a skewed four-pane patch that read
to an art director as the Windows logo)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line, pine

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _edge(d: np.ndarray | float) -> np.ndarray:
    """An anti-aliased step: 1 where the signed distance d (fraction of the side) is
    inside (positive), 0 outside, over about one RES pixel."""
    return np.clip(np.asarray(d) * RES / 1.2 + 0.5, 0.0, 1.0)


def _blur(field: np.ndarray, radius: float) -> np.ndarray:
    """A float field blurred by `radius` RES pixels."""
    return raster.from_image(raster.fast_blur(raster.to_image(np.clip(field, 0, 1)), radius))


def _box(x0: float, y0: float, x1: float, y1: float) -> Box:
    """A focal box clipped to the cover, never empty."""
    x0, y0 = min(max(x0, 0.0), 0.95), min(max(y0, 0.0), 0.95)
    return (
        float(x0),
        float(y0),
        float(max(min(x1, 1.0), x0 + 0.05)),
        float(max(min(y1, 1.0), y0 + 0.05)),
    )


def _third(rng: np.random.Generator) -> float:
    """A column on a third (or, rarely, the middle)."""
    return float(
        (1 / 3, 2 / 3, 0.5)[int(rng.choice(3, p=[0.4, 0.4, 0.2]))] + rng.uniform(-0.04, 0.04)
    )


def monolith(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """One backlit form seen large: a black slab, a cathedral spire or a bare tree
    against a blown-out sky, the glow just behind it; the song's energy is its height,
    its curve the low land it stands on."""
    sub = direction.language.subgenre
    form = "spire" if sub in ("black_metal", "doom_metal") and rng.random() < 0.6 else "slab"
    if direction.genre not in ("metal", "electronic") and rng.random() < 0.5:
        form = "tree"
    hz = (0.64 if side == "bottom" else 0.8) + float(rng.uniform(-0.03, 0.03))
    cx = _third(rng)
    top = (0.1 if side == "bottom" else 0.38) + 0.16 * (1 - direction.energy) * (hz - 0.3)
    gy = top + (hz - top) * float(rng.uniform(0.3, 0.75))
    r = np.sqrt((g.x - cx) ** 2 + ((g.y - gy) * 1.2) ** 2)
    low = 0.72 if light else 0.16
    reach = (0.2 if light else 0.13) + (0.2 if light else 0.14) * direction.brightness
    sky = low + (1.0 - low) * np.exp(-((r / reach) ** 1.6))
    sky = sky + 0.25 * np.exp(-(((g.y - hz) / 0.04) ** 2))
    hills = hz - 0.035 * (energy_line(direction, 30) - 0.3)[None, :]
    land = _edge(g.y - hills)
    ground = (0.56 if light else 0.035) + 0.03 * (g.y - hz)
    tone = sky * (1 - land) + ground * land
    w = 0.07 + 0.09 * direction.density
    dx = np.abs(g.x - cx)
    if form == "slab":
        mask = np.minimum(_edge(w / 2 - dx), _edge(g.y - top))
    elif form == "spire":
        mid = top + (hz - top) * 0.45
        body = np.minimum(_edge(w / 2 - dx), _edge(g.y - mid))
        taper = w / 2 * np.clip((g.y - top) / (mid - top), 0, 1) - dx
        spike = np.minimum(_edge(taper), _edge(g.y - top))
        pin = np.zeros_like(tone)
        for px in (cx - w / 2, cx + w / 2):  # two pinnacles on the tower's corners
            pt = mid - 0.09
            rise = 0.012 * np.clip((g.y - pt) / 0.09, 0, 1)
            pin = np.maximum(pin, _edge(rise - np.abs(g.x - px)))
        mask = np.maximum(np.maximum(body, spike), pin * _edge(g.y - (mid - 0.09)))
    else:  # a bare tree: a trunk forking into branches, drawn as lines
        big = RES * 2  # drawn at twice the grid, scaled down: smooth limbs
        img = Image.new("L", (big, big), 0)
        draw = ImageDraw.Draw(img)
        _branch(draw, rng, cx * big, hills[0, int(cx * RES) % RES] * big + 2, -np.pi / 2,
                (hz - top) * big * 0.32, w * big * 0.45, 0)  # fmt: skip
        mask = raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))
    if form != "tree":  # the form stands on the land, its foot just below the skyline
        mask = mask * _edge(hills + 0.015 - g.y)
    if light:  # backlit: its shadow runs at the viewer across the pale ground
        spread = w / 2 * (1 + 3 * np.clip((g.y - hz) / (1 - hz), 0, 1))
        shadow = _edge(spread - dx) * land
        tone = tone * (1 - 0.55 * shadow)
    tone = tone * (1 - mask) + (0.02 if not light else 0.05) * mask
    focal = _box(cx - w / 2 - 0.06, top - 0.04, cx + w / 2 + 0.06, hz + 0.04)
    if form == "tree":
        focal = _box(cx - 0.3, top - 0.04, cx + 0.3, hz + 0.04)
    return tone, focal, None


def _branch(
    draw: ImageDraw.ImageDraw,
    rng: np.random.Generator,
    x: float,
    y: float,
    angle: float,
    length: float,
    width: float,
    depth: int,
) -> None:
    """A branch and, recursively, its two or three forks."""
    x1, y1 = x + length * np.cos(angle), y + length * np.sin(angle)
    draw.line((x, y, x1, y1), fill=255, width=max(1, round(width)))
    draw.ellipse((x1 - width / 2, y1 - width / 2, x1 + width / 2, y1 + width / 2), fill=255)
    if depth >= 6 or width < 2.4:
        return
    for k in range(2 + int(rng.random() < 0.3)):
        turn = (k - 0.5) * rng.uniform(0.35, 0.7) + rng.uniform(-0.15, 0.15)
        _branch(draw, rng, x1, y1, angle + turn, length * rng.uniform(0.62, 0.78),
                width * 0.68, depth + 1)  # fmt: skip


def trail(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A long exposure of a night road: light trails fan out from a vanishing point on
    a dark horizon, thin far away, wide and blooming near; tail lights in the spot
    colour. More trails, and more bend, the harder the song drives."""
    hz = (0.42 if side == "top" else 0.36) + float(rng.uniform(-0.03, 0.03))
    vx = float(rng.uniform(0.3, 0.7))
    tone = 0.025 + 0.22 * np.exp(-(((g.y - hz) / 0.06) ** 2)) * np.exp(-(((g.x - vx) / 0.35) ** 2))
    tone = np.broadcast_to(tone, (RES, RES)).copy()
    road = _edge(g.y - hz)
    tone = tone * (1 - road) + (0.03 + 0.03 * g.fog) * road
    count = 3 + round(4 * direction.energy)
    bend = float(rng.uniform(-0.25, 0.25)) * (0.5 + direction.turbulence)
    scale = RES * 2  # the trails are drawn as tapered ribbons at twice the grid
    layers = {
        "heads": Image.new("L", (scale, scale), 0),
        "tails": Image.new("L", (scale, scale), 0),
    }
    reach = 0.74 if side == "bottom" else 1.0  # the trails leave the frame above the title
    t = np.linspace(0.0, 1.7, 48)
    for k in range(count):
        s = -1.0 if k % 2 else 1.0
        steep = float(np.arctan2(reach - hz, (1 - vx) if s > 0 else vx))
        a = float(rng.uniform(0.12, 0.95)) * steep if side == "bottom" else rng.uniform(0.15, 1.35)
        ux, uy = s * np.cos(a), np.sin(a)
        off = bend * s * t**2
        px, py = vx + t * ux + off * uy, hz + t * uy - off * ux
        half = (0.0008 + 0.014 * t * np.sqrt(t) * rng.uniform(0.6, 1.4)) * scale
        nx, ny = uy, -ux
        left = [
            (x * scale + nx * h, y * scale + ny * h) for x, y, h in zip(px, py, half, strict=True)
        ]
        right = [
            (x * scale - nx * h, y * scale - ny * h) for x, y, h in zip(px, py, half, strict=True)
        ]
        name = "tails" if k % 3 == 1 else "heads"
        shade = 255 if name == "tails" else int(rng.uniform(190, 255))
        ImageDraw.Draw(layers[name]).polygon(left + right[::-1], fill=shade)
    heads, tails = (
        raster.from_image(
            layers[n].resize((RES, RES), Image.Resampling.BOX).filter(ImageFilter.BoxBlur(0.6))
        )
        for n in ("heads", "tails")
    )
    near = np.clip((g.y - hz) * 12, 0, 1)  # the trails fade in from the vanishing point
    heads, tails = heads * near, tails * near
    lights = np.clip(heads + tails, 0, 1)
    bloom = 1.3 * _blur(lights, 5) + 0.9 * _blur(lights, 18)  # the long exposure's flare
    tone = tone + lights + bloom
    vp = np.exp(-((g.x - vx) ** 2 + ((g.y - hz) * 3) ** 2) / 0.05**2)  # the city at the end
    tone = tone + 0.8 * vp
    bottom = reach if side == "bottom" else 1.0
    return tone, _box(0.0, hz - 0.06, 1.0, bottom), np.clip(tails, 0, 1)


def disc(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A stark horizon under a huge pale disc (a moon or a low sun), half set or
    clear of it, over black land (the song's curve its far skyline) or still water
    with a broken column of reflection. The quieter the song, the bigger the disc."""
    hz = (0.76 if side == "top" else 0.6) + float(rng.uniform(-0.03, 0.03))
    r = 0.12 + 0.16 * (1 - direction.energy) * float(rng.uniform(0.75, 1.1))
    if side == "top":
        r = min(r, (hz - 0.36) / 1.6)
    cx = _third(rng)
    cy = hz - r * float(rng.uniform(0.15, 0.9))
    if side == "top":
        cy = max(cy, 0.37 + r)
    d = np.sqrt((g.x - cx) ** 2 + (g.y - cy) ** 2)
    low, high = (0.62, 0.82) if light else (0.03, 0.2)
    sky = low + (high - low) * np.clip((g.y - 0.0) / hz, 0, 1) ** 2
    sky = sky + (0.12 if light else 0.28) * np.exp(-np.clip(d - r, 0, None) / 0.05)
    face = 0.98 - (0.1 * np.clip(g.fog - 0.45, 0, 1) if rng.random() < 0.5 else 0.0)
    lit = _edge(r - d)
    if not light and rng.random() < 0.3:  # a crescent: the earth's shadow bites the disc
        bx = cx + r * float(rng.uniform(0.35, 0.6)) * (1 if rng.random() < 0.5 else -1)
        by = cy - r * float(rng.uniform(0.1, 0.3))
        lit = lit * (1 - _edge(r * 0.98 - np.sqrt((g.x - bx) ** 2 + (g.y - by) ** 2)))
    tone = sky * (1 - lit) + face * lit
    water = rng.random() < 0.5
    song = energy_line(direction, 24)[None, :]
    line = hz - (0.0 if water else 0.03 * song)
    land = _edge(g.y - line)
    below = np.full((RES, RES), 0.54 if light else 0.025, np.float32)
    if water:  # the broken column of reflection, drawn only below the horizon
        r0 = max(0, int(hz * RES) - 1)
        gy = g.y[r0:]
        depth = np.clip(gy - hz, 0, 1)
        chop = rng.random((RES, 24)).astype(np.float32)
        bands = np.asarray(
            Image.fromarray(chop, "F").resize((RES, RES - r0), Image.Resampling.BILINEAR)
        )
        rows = np.sin(gy * RES * (0.9 - 0.6 * depth)) * 0.5 + 0.5
        col = np.exp(-(((g.x - cx) / (r * (0.7 + 1.5 * depth))) ** 4))
        glint = _edge(rows * bands - 0.55 + 0.25 * col) * col
        fade = np.clip((0.7 - gy) / 0.06, 0, 1) if side == "bottom" else 1.0
        below[r0:] += 0.85 * glint * fade
    tone = tone * (1 - land) + below * land
    focal = _box(cx - r * 1.4, cy - r * 1.3, cx + r * 1.4, max(cy + r, hz) + 0.05)
    return tone, focal, None


def forest(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A pine forest in four tonal planes, fog between them: the farthest nearly the
    white sky, the nearest black; the far ridge follows the song's energy."""
    lo, hi = (0.5, 0.84) if side == "top" else (0.3, 0.62)
    bases = np.linspace(lo, hi, 4) + rng.uniform(-0.02, 0.02, 4)
    shades = (0.8, 0.6, 0.36, 0.03) if not light else (0.86, 0.7, 0.5, 0.16)
    sky = 0.97 - 0.12 * np.clip(g.y, 0, 1) ** 2 + 0.04 * (g.fog - 0.5)
    img = Image.fromarray(np.clip(np.broadcast_to(sky, (RES, RES)) * 255, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    song = energy_line(direction, 20)
    ceiling = 0.38 if side == "top" else 0.06
    top = 1.0
    for p, (base, shade) in enumerate(zip(bases, shades, strict=True)):
        t = (p + 1) / 4
        fill = int(shade * 255)
        ridge = base - 0.05 * song * (1 - t)
        pts = [(i * RES / 63, ridge[min(RES - 1, i * RES // 63)] * RES) for i in range(64)]
        draw.polygon([*pts, (RES, RES), (0, RES)], fill=fill)
        scale = (0.05 + 0.36 * t**1.8) * (1.25 if p == 3 and rng.random() < 0.4 else 1.0)
        count = int((10 + 30 * direction.density) * (1.4 - t))
        for _ in range(count):
            x = rng.random() * RES
            foot = ridge[int(x) % RES] * RES + 2
            h = min(rng.uniform(0.6, 1.15) * scale * RES, foot - ceiling * RES)
            top = min(top, (foot - h) / RES)
            pine(draw, x, foot, h, fill, width=0.2, tiers=6)
        mist = np.asarray(img, np.float32) / 255.0
        if p < 3:  # the fog lying in front of this plane
            fog = np.exp(-(((g.y - base - 0.02) / 0.035) ** 2)) * (0.35 + 0.3 * g.fog)
            mist = mist * (1 - fog) + (sky + 0.02) * fog
            img = Image.fromarray(np.clip(mist * 255, 0, 255).astype(np.uint8))
            draw = ImageDraw.Draw(img)
    tone = np.asarray(img, np.float32) / 255.0
    return tone, _box(0.0, top, 1.0, 1.0 if side == "top" else bases[-1] + 0.08), None


def smoke(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A single curl of smoke on black, lit from one side: thin crisp strands rising
    from a glowing tip (the spot colour), curling the more the song churns."""
    sx = _third(rng)
    sy, end = (0.93, 0.4) if side == "top" else (0.68, 0.02)
    cup = direction.language.subgenre == "lofi" or direction.genre == "lofi"
    if cup:  # steam off a cup of coffee: the cup stands clear of the title's band
        sy = 0.8 if side == "top" else 0.5
    n = 4 + round(3 * direction.density)
    song = energy_line(direction, 20)
    u = np.clip((sy - g.y) / (sy - end), 0, 1)  # 0 at the tip, 1 where it thins out
    close = 1.7 if rng.random() < 0.4 else 1.0  # seen close: wide strands, big curls
    drift = float(rng.uniform(-0.45, 0.45))
    curls = [(rng.uniform(1.0, 2.5) * (1 + direction.turbulence), rng.uniform(0, 6.3))
             for _ in range(3)]  # fmt: skip
    path = sx + drift * u**2 + 0.12 * (song[(u[:, 0] * (RES - 1)).astype(int)][:, None] - 0.5) * u
    for f, ph in curls:
        path = path + 0.08 * close * u**1.5 * np.sin(2 * np.pi * f * u + ph)
    light_side = 1.0 if rng.random() < 0.5 else -1.0
    # the strands stay within a band of columns round the path: draw only there
    c0 = int(np.clip(float(path.min()) - 0.26 * close, 0, 1) * RES)
    c1 = max(c0 + 1, int(np.clip(float(path.max()) + 0.26 * close, 0, 1) * RES))
    gx = g.x[:, c0:c1]
    strands = np.zeros((RES, RES), np.float32)
    w = (0.005 + 0.02 * u**1.5) * close
    for k in range(n):
        off = (k - (n - 1) / 2) * 0.018 * close * u * (1 + 2 * u)
        wig = 0.02 * u**2 * np.sin(20 * u * (1 + 0.3 * k) + k * 1.7)
        q = (gx - (path + off + wig)) / w
        lit = 0.55 + 0.45 * np.clip(light_side * q, -1, 1)
        strands[:, c0:c1] += np.exp(-(q**2)) * lit * rng.uniform(0.6, 1.0)
    envelope = np.clip(u * 25, 0, 1) * np.clip((1 - u) * 3, 0, 1)
    body = np.clip(strands * envelope, 0, 1)
    body = np.clip(body + 0.6 * _blur(body, 8), 0, 1)
    tip = np.exp(-(((g.x - sx) ** 2 + (g.y - sy) ** 2) / 0.006**2))
    if cup:
        body, tip = body + _cup(g, sx, sy), tip * 0
    if light:
        tone = 0.94 - 0.85 * body - 0.04 * g.fog
    else:
        tone = 0.02 + 0.03 * g.fog * (1 - g.y) + 0.95 * body + tip
    xs = path[:: RES // 32, 0]
    focal = _box(float(xs.min()) - 0.1, end, float(xs.max()) + 0.1, sy + 0.03)
    return tone, focal, np.clip(tip * 1.5, 0, 1)


def _cup(g: Grid, x: float, rim: float) -> np.ndarray:
    """A cup seen from the side, its rim at (x, rim): a pale lit wall and handle and a
    bright rim, as a light field (0..1) to add to the strands."""
    w, h = 0.1, 0.17
    side = (np.abs(g.x - x) < w * (1 - 0.15 * (g.y - rim) / h)) & (g.y > rim) & (g.y < rim + h)
    lit = np.clip(0.25 + 0.5 * (g.x - x + w) / (2 * w), 0, 1) * side  # lit from the right
    ring = np.abs(np.sqrt(((g.x - x - w) / 0.035) ** 2 + ((g.y - rim - h * 0.45) / 0.045) ** 2) - 1)
    handle = (ring < 0.3) & (g.x > x + w * 0.9)
    edge = np.exp(-(((g.y - rim) / 0.005) ** 2)) * (np.abs(g.x - x) < w)
    return np.clip(lit + 0.6 * handle + edge, 0, 1)


def block(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A brutalist tower block in hard light, seen large from below: a pale lit face
    ribbed with deep window recesses beside a black face in shadow where one row of
    windows is lit (the spot colour). The lit row is where the song peaks."""
    flip = rng.random() < 0.5
    x = 1 - g.x if flip else g.x
    bx0 = float(rng.uniform(0.14, 0.4))
    xc = bx0 + float(rng.uniform(0.22, 0.36))
    top = (0.4 if side == "top" else 0.08) + float(rng.uniform(0.0, 0.06))
    base = 1.02 if side == "top" else 0.7
    slope = float(rng.uniform(0.04, 0.12))  # the roof lines fall away from the corner
    floors = 8 + round(10 * direction.density)
    if rng.random() < 0.45:  # looked up at from its foot: the walls lean in to a point
        vy = -float(rng.uniform(0.2, 0.6))
        vx = xc + float(rng.uniform(-0.1, 0.1))
        x = vx + (x - vx) * (base - vy) / (g.y - vy)  # back onto the ground plane
        far = np.log((g.y - vy) / (base - vy)) / np.log((top - vy) / (base - vy))
        v = (1 - far) * floors  # the floors narrow as they rise
    else:
        v = (g.y - top) / (base - top) * floors
    roof = top + slope * np.abs(x - xc) / 0.5
    body = np.minimum(_edge(x - bx0), _edge(g.y - roof)) * _edge(base - g.y)
    lit_face = body * _edge(xc - x)
    dark_face = body * _edge(x - xc)
    fv = v - np.floor(v)
    cols_a = 3 + int(rng.integers(3))
    ua = (x - bx0) / (xc - bx0) * cols_a
    fa = ua - np.floor(ua)
    recess = _edge(0.32 - np.abs(fv - 0.55)) * _edge(0.3 - np.abs(fa - 0.5))
    ledge = _edge(0.08 - np.abs(fv - 0.2))  # a slab edge's shadow under each floor
    shade_a = (0.92 if light else 0.86) - 0.6 * recess - 0.35 * ledge + 0.06 * (g.fog - 0.5)
    cols_b = 7 + int(rng.integers(5))
    ub = (x - xc) / 0.5 * cols_b
    fb = ub - np.floor(ub)
    cell = _edge(0.28 - np.abs(fv - 0.55)) * _edge(0.3 - np.abs(fb - 0.5))
    peak = float(np.argmax(energy_line(direction, 20))) / RES
    row = int(np.clip(round(peak * (floors - 2)) + 1, 1, floors - 2))
    on = (np.floor(v) == row) & (rng.random((1, RES)) < 2.0)
    lit_row = cell * on * _edge(0.98 - x) * (np.floor(ub) % 9 != 4)
    shade_b = (0.4 if light else 0.09) + 0.05 * cell
    sky = (0.72 if light else 0.36) + 0.22 * (1 - g.y) + 0.04 * g.fog  # a hard, bright day
    tone = sky * (1 - body) + shade_a * lit_face + shade_b * dark_face
    tone = tone * (1 - lit_row * dark_face) + 1.0 * lit_row * dark_face
    if side == "bottom":
        tone = np.where(g.y > base, 0.02 if not light else 0.62, tone)
    inside = np.nonzero(body.max(axis=0) > 0.5)[0]  # the columns the tower covers
    x0, x1 = (inside.min() / RES - 0.02, inside.max() / RES + 0.02) if inside.size else (0, 1)
    return tone, _box(x0, top - 0.03, x1, min(base, 1.0)), lit_row * dark_face


PRINTS = {
    "monolith": monolith,
    "trail": trail,
    "disc": disc,
    "forest": forest,
    "smoke": smoke,
    "block": block,
}
