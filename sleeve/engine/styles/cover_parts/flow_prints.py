"""Flow field's line prints with no disc in them (art directors: "almost always lines
orbiting a disc or a ribbon"; the weave and the halves, "stripes with no subject",
are retired), each a different picture at 64 px, in flow_lines' level
lines:

- the swell: a sea of bold lines under an empty sky, its skyline the song's energy
  curve (broad swells for a slow song, choppier for a fast one), standing high for a
  loud song and low for a calm one, tilted by the seed; its lines packed at the
  horizon and opening towards the foot, the crest line in the accent;
- the range: a landscape of three or four hills under a sun (the accent, setting
  behind them), each hill hatched in lines that follow its skyline down to its foot,
  the back hills finer and in the second ink, the front hill's skyline the song's
  energy curve;
- the carving: a subject the title names (a sun, a moon, a heart, a star, a flower, a
  cherry blossom or a mirror ball) carved out of the field by the lines turning, the
  figure's lines in the accent (a sun's rays, spiral or rings by the song, the field
  often parting round it; a flower's nested round its solid heart, the ball
  tiled in facets by flow_mirrorball); only for a title naming
  one (the genre's emblems, carved for a title naming none, read as one template
  with its icon swapped: a crown on a children's song, a diamond on funeral doom).

Each draws on `img` and returns the focal box, in fractions of the side, y down;
`calm` is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import (
    flow_lines,
    flow_mirrorball,
    flow_room,
    flow_weather,
    title_words,
)

Box = tuple[float, float, float, float]
# what the carving cuts, by the title's motif (title_words.motifs); a moon only for a
# title naming the moon itself (MOON: a night is no moon, and night titles are many)
CARVED = {"sun": "sun", "heart": "heart", "star": "star", "cherry": "cherry", "flower": "flower"}
CARVED["mirrorball"] = "mirrorball"  # a disc the lines part round, its facets drawn over
PETALS = {"cherry": 5, "flower": 8}  # a cherry blossom's five petals, a daisy's eight
# the field round a carved figure: stripes (slanting or steep), bending round it,
# rippling out in rings, radiating, or following a flow; one ground for every figure
# read as "a figure on horizontal stripes", one template (round 18)
GROUNDS = ("straight", "steep", "bent", "rings", "rays", "flow")
GROUND_ODDS = (0.12, 0.18, 0.2, 0.18, 0.14, 0.18)
MOON = (
    "moon",
    "moonlight",
    "moonrise",
    "luna",
    "lune",
    "mond",
    "луна",
    "лун",
    "月",
    "달",
    "चाँद",
    "قمر",
    "🌙",
)


def carved(title: str) -> str | None:
    """The figure the carving cuts for a title naming it (a sun, a moon, a heart, a
    star; fireworks are no star here), or None."""
    named = title_words.motifs(title)
    text = title.lower()
    if any(title_words.holds(text, stem) for stem in MOON):
        return "moon"
    for motif, figure in CARVED.items():
        if motif in named and not (figure == "star" and "fireworks" in named):
            return figure
    return None


def _worked(img: Image.Image) -> tuple[int, int, np.ndarray, np.ndarray]:
    """The cover's side, the half side a print is worked at (at least 16 px) and the
    pixel grid at that half side."""
    size = img.size[0]
    half = max(size // 2, 16)
    x, y = raster.pixel_grid(half)
    return size, half, x, y


def _curve(direction: ArtDirection, n: int, smooth: int = 12) -> np.ndarray:
    """The energy curve at n points, smoothed over n / `smooth` (clean lines) and
    stretched to 0..1."""
    curve = np.asarray(signals.resample(signals.energy(direction, 64), n), dtype=float)
    window = max(3, n // smooth) | 1
    curve = signals.smooth(signals.smooth(curve, window), window)
    return (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)


def _boxed(box: Box, top: float, bottom: float) -> Box:
    """The focal box kept inside the free room, a margin off the title's band."""
    y0 = float(np.clip(box[1], top + 0.06, bottom - 0.12))
    y1 = float(np.clip(box[3], y0 + 0.06, bottom - 0.06))
    return compose.clip_box((box[0], y0, box[2], y1))


def _full(size: int, field: np.ndarray) -> np.ndarray:
    return flow_lines.upscale(field.astype(np.float32), size)


def swell(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The swell: a sea of flowing lines under an empty sky (a mirrored band of bold
    stripes read as an audio waveform, recoloured from song to song: review s13). Its
    skyline is the song's energy curve, broad swells for a slow song and choppy ones
    for a fast one; its lines run with the skyline, packed at the horizon and opening
    towards the foot; the sea stands high for a loud song and low for a calm one, tilts
    and turns with the seed, and the crest line is in the accent."""
    size, half, x, y = _worked(img)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    pace = signals.pace(direction)
    curve = _curve(direction, half, int(5 + 14 * pace))  # broad swells, or a choppy sea
    if rng.random() < 0.5:  # the song read right to left
        curve = curve[::-1]
    level = float(np.mean(signals.energy(direction, 64, stretch=False)))
    low = 0.12 + 0.24 * float(np.clip(0.6 * energy + 0.4 * level, 0.0, 1.0))
    low += float(rng.uniform(0.0, 0.08))  # the sea's quiet edge, off the room's foot
    tall = (0.32 + 0.18 * energy) * float(rng.uniform(0.8, 1.15))  # the loudest crest
    tilt = float(rng.choice((-1.0, 1.0)) * rng.uniform(0.03, 0.14))  # an off-level horizon
    edge = bottom - room * (low + tall * curve[None, :] + tilt * (x[:1] - 0.5))
    warp = flow_lines.noise(rng, half, 2 + int(energy > 0.6))
    depth = np.clip((y - edge) / np.maximum(bottom - edge, 0.05), 0.0, 1.0)
    chop = 0.015 + 0.02 * energy  # the waves riding the sea, more of them with the tempo
    beats = 2.0 + 5.0 * pace
    ride = chop * np.sin(2 * np.pi * beats * x + 7.0 * depth + float(rng.uniform(0, 2 * np.pi)))
    sea = low + tall * float(np.mean(curve))  # the sea's mean height, in rooms
    count = min(room * sea * (26.0 + 18.0 * pace), size / 5.0)  # its lines
    # level lines along the skyline, packed near the horizon (perspective), the flow's
    # noise and the riding waves stronger in the foreground
    psi = np.where(y >= edge, depth ** float(rng.uniform(0.7, 0.9)), (y - edge) / room * 2.0)
    psi = psi + (0.01 + 0.02 * energy) * warp * depth + ride * depth
    inside = (y - edge) / room  # > 0 in the sea
    tone = np.clip(0.5 + inside / 0.02, 0.0, 1.0)
    trail = flow_room.clearing(-inside, 0.01 + 0.015 * energy, 0.03)  # spray over the crest
    weight = max(1.5, size / count * (0.55 + 0.2 * energy))
    thin = max(0.14, 1.1 / weight)  # a hairline that still shows: about a pixel
    bold = 0.45 + 0.55 * np.sqrt(depth)  # the foreground's lines the heaviest
    width = _full(size, thin * trail * (1.0 - tone) + tone * bold)
    full = _full(size, psi)
    level = full * np.float32(count)
    crest = (level > -0.5) & (level < 0.5)  # the skyline's own line: bold, in the accent
    width = np.where(crest, np.float32(0.8), width) * flow_room.band(size, calm)
    ink = np.where(_full(size, inside) > 0, 0, 1).astype(np.uint8)  # the spray second
    ink[crest] = 2
    field = img.getpixel((size // 2, size // 2))
    faint = [inks[0], mix(field, inks[1], 0.55), inks[2]]  # the spray recedes
    flow_lines.draw(img, full, count, weight, faint, calm, rng, width=width, inks_at=ink)
    peak = float(np.argmax(curve)) / (len(curve) - 1)
    sky = float(edge[0, int(peak * (half - 1))])
    return _boxed((peak - 0.25, sky - 0.06, peak + 0.25, sky + 0.2), top, bottom)


def _profile(rng: np.random.Generator, n: int, cells: int) -> np.ndarray:
    """A smooth skyline profile (n values, 0..1) from value noise."""
    knots = rng.random(cells + 3)
    at = np.linspace(0.0, cells, n)
    shape = np.interp(at, np.arange(cells + 3), knots)
    shape = np.convolve(np.pad(shape, n // 8, mode="edge"), np.ones(n // 8) / (n // 8), "same")
    shape = shape[n // 8 : n // 8 + n]
    return (shape - shape.min()) / max(float(np.ptp(shape)), 1e-6)


def range_(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The range: hills hatched in lines that follow their skylines (spaced closer on
    the hills behind), the front one's skyline the song's energy curve. Computed at
    full size: a scaled-up field smears each hill's edge into stray dashes."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    hills = int(rng.integers(3, 5))
    curve = _curve(direction, size)
    if rng.random() < 0.5:
        curve = curve[::-1]
    gap = (1.0 / (7.0 + 9.0 * signals.pace(direction))) * room  # the front hill's spacing
    gap = max(gap, 5.0 / size)
    psi = np.full((size, size), -1e3, dtype=np.float32)
    ink = np.ones((size, size), dtype=np.uint8)
    width = np.zeros((size, size), dtype=np.float32)
    skies = []
    for k in range(hills):
        depth = k / (hills - 1)  # 0 the back hill, 1 the front
        shape = curve if k == hills - 1 else _profile(rng, size, int(rng.integers(2, 5)))
        crest = top + room * (0.3 + 0.3 * depth) + float(rng.uniform(-0.03, 0.03))
        tall = room * (0.2 + 0.16 * energy) * (1.2 - 0.4 * depth)
        sky = (crest + tall * (1.0 - shape)).astype(np.float32)[None, :]
        skies.append(sky)
        spacing = gap * (0.5 + 0.5 * depth)  # closer behind: depth
        over = y >= sky
        psi = np.where(over, (y - sky) / np.float32(spacing) - np.float32(0.5), psi)
        ink[over] = 0 if k == hills - 1 else 1
        width[over] = 0.5 + 0.5 * depth
    width *= flow_room.band(size, calm)
    sun = _sun(rng, skies, top, room, energy)
    land = np.min(np.concatenate(skies, axis=0), axis=0)[None, :]  # the highest skyline
    disc = np.clip(0.5 - (np.hypot(x - sun[0], y - sun[1]) - sun[2]) * size, 0.0, 1.0)
    disc *= np.clip((land - y) * size + 0.5, 0.0, 1.0)  # behind the hills
    mask = Image.fromarray((disc * 255.0 + 0.5).astype(np.uint8), "L")
    img.paste(Image.new("RGB", img.size, inks[2]), (0, 0), mask)
    weight = max(1.5, gap * size * (0.45 + 0.15 * direction.density))
    flow_lines.draw(img, psi, 1.0, weight, inks, calm, rng, width=width, inks_at=ink)
    sx, sy, r = sun
    return _boxed((sx - r - 0.06, sy - r - 0.04, sx + r + 0.06, sy + r + 0.12), top, bottom)


def _sun(
    rng: np.random.Generator, skies: list[np.ndarray], top: float, room: float, energy: float
) -> tuple[float, float, float]:
    """The range's sun (x, y, radius): off-centre, setting into the hills (at most
    about half hidden), bigger for a calm song."""
    r = room * (0.1 + 0.08 * (1.0 - energy)) * float(rng.uniform(0.85, 1.25))
    sx = float(rng.choice((0.3, 0.7)) + rng.uniform(-0.1, 0.1))
    land = np.min(np.concatenate(skies, axis=0), axis=0)  # the highest skyline
    sky = float(land[int(np.clip(sx, 0.0, 1.0) * (len(land) - 1))])
    sy = max(top + r + 0.05, sky - r * float(rng.uniform(0.2, 0.9)))
    return sx, sy, r


def _figure(shape: str, x: np.ndarray, y: np.ndarray, cx: float, cy: float, r: float) -> np.ndarray:
    """Negative inside the figure, positive outside (a distance in sides, but for the
    heart's curve)."""
    dx, dy = x - cx, y - cy
    if shape == "moon":  # a crescent: a disc less a disc off its side
        a = np.hypot(dx, dy) - r
        b = np.hypot(dx - 0.42 * r, dy + 0.18 * r) - 0.82 * r
        return np.maximum(a, -b)
    if shape == "heart":  # (x² + y² - 1)³ = x² y³, fitted in the disc's box (its sign)
        hx, hy = dx / r * 1.14, -dy / r * 1.12 + 0.12
        return (hx * hx + hy * hy - 1.0) ** 3 - hx * hx * hy**3
    if shape in PETALS:
        return _petals(dx, dy, r, PETALS[shape]) - 1.0
    if shape == "star":
        angle = np.arctan2(dy, dx) + np.pi / 2
        spike = 0.55 + 0.45 * np.abs(np.cos(2.5 * angle)) ** 3
        return np.hypot(dx, dy) - r * spike
    return np.hypot(dx, dy) - r  # the sun


def _petals(dx: np.ndarray, dy: np.ndarray, r: float, petals: int) -> np.ndarray:
    """0 at a flower's heart, 1 on its outline of `petals` round petals, nested
    petal-shaped levels between (a cherry's notched at the tip)."""
    angle = np.arctan2(dy, dx) + np.pi / 2
    lobe = np.abs(np.cos(petals * angle / 2.0))
    outline = 0.45 + 0.55 * lobe**0.6
    if petals == 5:  # the cherry blossom's notch at each petal's tip
        outline = outline - 0.1 * np.clip(lobe - 0.93, 0.0, None) / 0.07
    return np.hypot(dx, dy) / (r * outline)


def _sun_face(
    direction: ArtDirection,
    rng: np.random.Generator,
    size: int,
    sun: tuple[float, float, float],
    count: float,
) -> tuple[np.ndarray, int]:
    """The sun's own lines and their period (0 for none), by the song: straight rays
    (more for a faster song), rays twisted into a spinning spiral (a loud song's more
    often) or nested rings (a calm one's); five sun titles drew one ray fan (round 14)."""
    cx, cy, r = sun
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    xf, yf = raster.pixel_grid(size)
    face = rng.choice(("rays", "spiral", "rings"), p=_faces(energy))
    if face == "rings":  # concentric rings, six to ten from the middle out
        rings = 6.0 + 4.0 * signals.pace(direction)
        return (np.hypot(xf - cx, yf - cy) * np.float32(rings / (r * count))).astype(np.float32), 0
    rays = 2 * int(8 + 8 * signals.pace(direction) + 4 * energy)
    spin = np.arctan2(yf - cy, xf - cx) / (2 * np.pi) + 0.5
    if face == "spiral":  # each ray a log spiral: the sun turning
        twist = float(rng.choice((-1.0, 1.0))) * (0.12 + 0.1 * energy)
        spin = spin + np.float32(twist) * np.log(np.hypot(xf - cx, yf - cy) / r + 0.02)
    return (spin * np.float32(rays / count)).astype(np.float32), rays


def _faces(energy: float) -> np.ndarray:
    """The odds of the sun's rays, spiral and rings: a loud song's spins, a calm one's
    rings."""
    odds = np.array([0.4, 0.15 + 0.5 * energy, 0.15 + 0.5 * (1.0 - energy)])
    return odds / odds.sum()


def _parted(
    x: np.ndarray,
    y: np.ndarray,
    across: np.ndarray,
    body: tuple[float, float, float],
    turn: float,
    warp: np.ndarray,
    energy: float,
) -> np.ndarray:
    """The field's level lines parting round a disc (cx, cy, radius; a potential flow
    past a cylinder, psi = v (1 - R^2 / rho^2)), an empty halo ring round it, the noise
    bending them less near it."""
    cx, cy, radius = body
    u = (x - cx) * np.cos(turn) + (y - cy) * np.sin(turn)
    v = across - np.float32((cy - 0.5) * np.cos(turn) - (cx - 0.5) * np.sin(turn))
    rho2 = np.maximum(u * u + v * v, np.float32(radius * radius))
    psi = across - v * np.float32(radius * radius) / rho2
    calm = 1.0 - np.float32(radius * radius) / rho2  # the bend dies at the halo
    return psi + (0.01 + 0.03 * energy) * warp * calm


def _field_ink(inks: list[RGB], lead: bool) -> int:
    """The field's ink (the lead or the second, by the seed), never one the figure's
    accent would vanish into (blood lines round a blood figure)."""
    pick = 0 if lead else 1
    close = sum(abs(a - b) for a, b in zip(inks[pick], inks[2], strict=True)) < 90
    return 1 - pick if close else pick


def _ground(
    ground: str,
    x: np.ndarray,
    y: np.ndarray,
    across: np.ndarray,
    body: tuple[float, float, float],
    turn: float,
    warp: np.ndarray,
    energy: float,
) -> np.ndarray:
    """The field's lines round the figure (psi, in sides): straight or steep stripes,
    stripes bending round it (a potential flow past it), rings rippling out from it
    or stripes following a strong flow (rays from it: _rays)."""
    cx, cy, r = body
    if ground == "bent":
        return _parted(x, y, across, (cx, cy, r * 1.22), turn, warp, energy)
    if ground == "rings":
        return np.hypot(x - cx, y - cy) + (0.006 + 0.01 * energy) * warp
    bend = 0.12 + 0.1 * energy if ground == "flow" else 0.01 + 0.03 * energy
    return across + bend * warp


def carve(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    calm: Box,
    shape: str,
) -> Box:
    """The carving: the named figure cut out of the field by the lines turning."""
    size, half, x, y = _worked(img)
    top, bottom = flow_room.room(calm)
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    room = bottom - top
    r = min(0.3, room * (0.3 + 0.1 * energy)) * float(rng.uniform(0.55, 1.3))
    cx = float(rng.choice((0.3, 0.7)) + rng.uniform(-0.12, 0.12))
    cy = float(np.clip(top + room * rng.uniform(0.3, 0.7), top + r + 0.03, bottom - r))
    if rng.random() < 0.3 and shape != "moon":  # a giant figure cut by the frame's side
        r = min(0.45, room * 0.5)  # (a crescent cut so lost all but a sliver)
        cx, cy = float(rng.choice((0.1, 0.9))), top + room / 2
    if shape == "mirrorball":  # the ball at poster scale, the room's full height
        r = min(0.34, room * 0.46)
        cx, cy = float(rng.uniform(0.36, 0.64)), bottom - r - 0.01
    if shape == "sun" and rng.random() < 0.4:  # a big sun half set below the room's foot
        r = min(0.36, room * 0.6)
        cx, cy = 0.5 + float(rng.uniform(-0.15, 0.15)), bottom - 0.02
    warp = flow_lines.noise(rng, half, 2 + int(energy > 0.6))
    ground = str(rng.choice(GROUNDS, p=GROUND_ODDS))
    turn = float(rng.uniform(-0.25, 0.25))
    if ground == "steep":  # the stripes slanting hard, or upright
        turn = float(rng.choice((-1.0, 1.0)) * rng.uniform(0.6, np.pi / 2))
    across = (y - 0.5) * np.cos(turn) - (x - 0.5) * np.sin(turn)
    psi_field = _ground(ground, x, y, across, (cx, cy, r), turn, warp, energy)
    psi_out = _full(size, psi_field)
    count = min(flow_lines.spacing(direction) * 1.2, size / 6.0)
    rays = 0
    if shape == "sun":  # the song's sun (_sun_face), the field's lines parting round it
        psi_in, rays = _sun_face(direction, rng, size, (cx, cy, r), count)
    elif shape in PETALS:  # nested petals, six to nine lines from the heart out
        rings = 6.0 + 3.0 * signals.pace(direction)
        psi_in = _full(size, _petals(x - cx, y - cy, r, PETALS[shape]) * rings / count)
    else:
        psi_in = _full(size, (x - 0.5) * np.cos(turn) + (y - 0.5) * np.sin(turn))
    if ground == "rays":  # the sun's own rays run on into the field
        rays = rays or 2 * int(round(np.pi * r * 1.3 * count))
        spin = np.arctan2(y - cy, x - cx) / (2 * np.pi) + 0.5
        psi_out = _full(size, spin * np.float32(rays / count))
    inside = _full(size, _figure(shape, x, y, cx, cy, r)) < 0
    psi = np.where(inside, psi_in, psi_out)
    weight = max(2.0, size / count * (0.42 + 0.16 * direction.density))
    # the field's stripes thin to hairlines over a third of the side: no hard band under
    # the title (reviewers); the figure's keep their weight
    fall = flow_room.band(size, calm, 0.32) ** 1.5
    if ground in ("rings", "rays"):  # the ground round the figure only, then bare field
        far = np.hypot(x - cx, y - cy) / r
        fall = fall * _full(size, flow_room.clearing(far, float(rng.uniform(1.8, 2.6)), 0.6))
    width = np.where(inside, flow_room.band(size, calm), fall)
    ink = np.where(inside, 2, _field_ink(inks, rng.random() < 0.5)).astype(np.uint8)
    flow_lines.draw(img, psi, count, weight, inks, calm, rng, width=width, inks_at=ink, period=rays)
    if shape in PETALS:  # the flower's heart, solid
        flow_weather._disc(img, (cx, cy), r * 0.12, inks[0])
    if shape == "mirrorball":  # hung from the top unless the title's band is there
        flow_mirrorball.ball(img, (cx, cy), r, inks, rng, cord=calm[1] > 0.0)
    return _boxed((cx - r - 0.03, cy - r - 0.03, cx + r + 0.03, cy + r + 0.03), top, bottom)
