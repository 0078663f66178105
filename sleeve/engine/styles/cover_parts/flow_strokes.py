"""The strokes: the classic generative flow-field painting (after Tyler Hobbs' Fidenza),
thick curves of a few widths packed edge to edge, none crossing another.

Each is traced through the field and cut where it would touch one already
laid, on a coarse occupancy grid), in the inks about 60/30/10. The coloured strokes
pack one figure (a disc on a third, a sun or planet of paint; the tall slab is retired;
small in a wide field when calm, big and bleeding off the side when loud) and finer
strokes a shade off the field fill the ground round it: strokes wall to wall over the
cover read as wallpaper, the same on 28 of 74 bench covers. The title's band is kept
bare: the strokes end against it. Heavy and death metal keep a full-bleed violent
field (sharp, broken turns) in bone and blood on black. A soft material (spun sugar,
smoke) packs a cloud instead (a cumulus, or candyfloss's ball of puffs on its stick)
with finer strokes and a tangle of half-clear fibres over them.

Geometry is in fractions of the side; the field at RES x RES.
"""

from __future__ import annotations

from functools import lru_cache

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts.flow_forms import RES, STEP, trace

GRID = 100  # occupancy cells per side
GAP = 0.0035  # bare field between two strokes, of the side
WIDTHS = (0.046, 0.03, 0.019, 0.012, 0.007)  # stroke widths, of the side
VIOLENT = ("heavy_metal", "death_metal")
Box = tuple[float, float, float, float]


def violent(direction: ArtDirection) -> bool:
    """Heavy and death metal: strokes that slash, not flow."""
    return direction.language.subgenre in VIOLENT


def field(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """The angle field (RES x RES): one sweeping current that the turbulence bends and
    the energy curls; a violent song's one slashing direction broken by sudden kinks."""
    base = float(rng.uniform(0, 2 * np.pi))
    turb = direction.turbulence
    if violent(direction):  # one slashing direction, broken by jagged, sudden kinks
        base = float(rng.choice((-1, 1)) * rng.uniform(0.7, 1.1) + rng.choice((0, np.pi)))
        jag = raster.fractal_noise(rng, cells=6, octaves=1, res=RES) - 0.5
        kinks = np.round(3.0 * jag) / 3.0  # stepped: straight runs, sharp turns
        return (base + (1.4 + 0.8 * turb) * kinks).astype(np.float64)
    cells = int(rng.integers(1, 3)) + int(turb > 0.5)
    noise = raster.fractal_noise(rng, cells=cells, octaves=2, res=RES) - 0.5
    angles = base + (1.0 + 1.6 * turb + 0.6 * direction.energy) * noise
    return angles.astype(np.float64)


def _seeds(rng: np.random.Generator, n: int, zone: Box) -> np.ndarray:
    """Start points on a jittered grid over the cover, outside the title's zone,
    shuffled."""
    side = int(np.ceil(np.sqrt(n)))
    g = (np.arange(side * side) + 0.5) / side
    pts = np.stack([g % 1.0, (np.arange(side * side) // side + 0.5) / side], axis=1)
    pts = pts + rng.uniform(-0.5, 0.5, pts.shape) / side
    x0, y0, x1, y1 = zone
    inside = (pts[:, 0] > x0) & (pts[:, 0] < x1) & (pts[:, 1] > y0) & (pts[:, 1] < y1)
    pts = pts[~inside]
    return pts[rng.permutation(len(pts))]


def _gaps(occupied: np.ndarray, room: int, rng: np.random.Generator, n: int) -> np.ndarray:
    """Up to n start points in cells at least `room` cells from any stroke, shuffled."""
    near = occupied.copy()
    for _ in range(room):  # grow the strokes by a cell each way
        near[1:] |= near[:-1].copy()
        near[:-1] |= near[1:].copy()
        near[:, 1:] |= near[:, :-1].copy()
        near[:, :-1] |= near[:, 1:].copy()
    free = np.argwhere(~near)[:, ::-1]
    pick = free[rng.permutation(len(free))[:n]]
    return (pick + rng.uniform(0, 1, pick.shape)) / GRID


@lru_cache(maxsize=64)
def _disk(radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Cell offsets (k, 2) within `radius` cells, and their distances (cached: callers
    round the radius up to a quarter cell)."""
    r = int(np.ceil(radius))
    dy, dx = np.mgrid[-r : r + 1, -r : r + 1]
    dist = np.hypot(dx, dy).ravel()
    keep = dist <= radius
    return np.stack([dx.ravel()[keep], dy.ravel()[keep]], axis=1), dist[keep]


def pack(
    angles: np.ndarray,
    seeds: np.ndarray,
    widths: np.ndarray,
    steps: int,
    occupied: np.ndarray,
    batches: int = 16,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Trace every stroke through its seed (half behind it, half ahead) and keep the
    longest stretch that touches no earlier stroke (its width plus GAP), unless that
    is too short to read as a stroke (then none): the paths
    (steps, n, 2) and each kept stretch's first and last step + 1. Done in batches,
    widest first, each in a few array operations: a stroke's stretch is found against
    the earlier batches, then again against its batch's earlier strokes. `occupied` (GRID x
    GRID, bool) is updated; cells already set there are never entered."""
    behind = _end(angles + np.pi, seeds, steps // 2)
    path = trace(angles, behind, steps)
    n = len(seeds)
    starts, ends = np.zeros(n, dtype=np.intp), np.zeros(n, dtype=np.intp)
    cells = np.floor(path * GRID).astype(np.int32)  # (steps, n, 2)
    on_all = np.all((path >= 0.0) & (path < 1.0), axis=2)  # (steps, n)
    at = np.arange(steps)[:, None]
    for ids in np.array_split(np.arange(n), max(1, min(batches, n))):
        if not len(ids):
            break
        radius = (widths[ids] / 2 + GAP) * GRID  # (b,)
        offsets, dist = _disk(float(np.ceil(radius.max() * 4) / 4))
        mine = cells[:, ids]  # (steps, b, 2)
        cx = np.clip(mine[..., :1] + offsets[:, 0], 0, GRID - 1)  # (steps, b, k)
        cy = mine[..., 1:] + offsets[:, 1]
        inside = (cy >= 0) & (cy < GRID)
        flat = np.clip(cy, 0, GRID - 1) * GRID + cx  # (steps, b, k)
        on = on_all[:, ids]
        foot = (dist[None, None, :] <= radius[None, :, None]) & inside & on[..., None]
        prior = occupied.ravel()[flat] & foot
        first, last = _longest(np.any(prior, axis=2) | ~on, at)
        label = np.full(GRID * GRID, n, dtype=np.int32)
        order = np.broadcast_to(ids.astype(np.int32)[None, :, None], flat.shape)
        run = (at >= first) & (at < last)
        kept = foot & run[..., None]
        np.minimum.at(label, flat[kept], order[kept])
        hit = np.any(prior | (foot & (label[flat] < order)), axis=2) | ~run  # (steps, b)
        first, last = _longest(hit, at)
        short = (last - first) * STEP < 2.0 * widths[ids] + 0.05  # a dab, not a stroke
        starts[ids], ends[ids] = first, np.where(short, first, last)
        drawn = (at >= starts[ids]) & (at < ends[ids])
        occupied.ravel()[flat[foot & drawn[..., None]]] = True
    return path, starts, ends


def _end(angles: np.ndarray, seeds: np.ndarray, steps: int) -> np.ndarray:
    """Where each streamline from `seeds` is after `steps - 1` steps (as trace's last
    row, without keeping the path)."""
    if steps < 2:
        return seeds.astype(float).copy()
    cos, sin = (np.cos(angles) * STEP).ravel(), (np.sin(angles) * STEP).ravel()
    x, y = seeds[:, 0].astype(float), seeds[:, 1].astype(float)
    top = RES - 1
    for _ in range(steps - 1):
        ix = np.minimum(np.maximum((x * RES).astype(np.intp), 0), top)
        iy = np.minimum(np.maximum((y * RES).astype(np.intp), 0), top)
        cell = iy * RES + ix
        x, y = x + cos[cell], y + sin[cell]
    return np.stack([x, y], axis=1)


def _longest(hit: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The longest run of clear steps in each column of `hit` (steps, b): its first
    step and its last + 1."""
    last = np.maximum.accumulate(np.where(hit, at, -1), axis=0)
    run = at - last  # clear steps up to and including each step
    end = run.argmax(axis=0)
    return end - run[end, np.arange(hit.shape[1])] + 1, end + 1


def zone_cells(zone: Box) -> np.ndarray:
    """The occupancy grid with the title's zone (and a margin) set: no stroke enters."""
    occupied = np.zeros((GRID, GRID), dtype=bool)
    x0, y0, x1, y1 = (int(round(v * GRID)) for v in zone)
    occupied[max(0, y0) : y1, max(0, x0) : x1] = True
    return occupied


def _zone(direction: ArtDirection, rng: np.random.Generator) -> tuple[Box, Box]:
    """The title's bare zone (a top, middle or bottom band a little under a third high,
    or the right column) and the focal box: the rest (all of it round a middle band,
    where the title sits inside the painting)."""
    where = calm_zone.title_zone(direction, rng)
    bare = float(rng.uniform(0.3, 0.34))
    zone = {
        "centre": (0.0, 0.5 - bare / 2, 1.0, 0.5 + bare / 2),
        "top": (0.0, 0.0, 1.0, bare),
        "bottom": (0.0, 1.0 - bare, 1.0, 1.0),
        "right": (1.0 - bare - 0.04, 0.0, 1.0, 1.0),
    }[where]
    return zone, (0.0, 0.0, 1.0, 1.0) if where == "centre" else calm_zone.away_from(where)


def cloud(
    direction: ArtDirection, rng: np.random.Generator, room: Box, stick: bool
) -> tuple[np.ndarray, Box]:
    """A cloud (GRID x GRID, True inside) and its box in `room`: one big round puff
    and five to seven smaller ones round its rim, a lumpy, fluffy outline (spun sugar
    on its stick, or a heavy cloud of smoke); louder, bigger."""
    x0, y0, x1, y1 = room
    c = (np.arange(GRID) + 0.5) / GRID
    x, y = c[None, :], c[:, None]
    short = min(x1 - x0, y1 - y0)
    r = short * (0.3 + 0.1 * float(np.clip(direction.energy, 0, 1)))
    cx = (x0 + x1) / 2 + float(rng.uniform(-0.12, 0.12)) * (x1 - x0)
    cy = y0 + (y1 - y0) * (0.4 if stick else 0.5) + float(rng.uniform(-0.03, 0.03))
    if stick:  # a ball of spun sugar: a ring of small puffs round one round one
        shape = np.hypot(x - cx, y - cy) < 0.9 * r
        turns = rng.uniform(0, 2 * np.pi) + np.linspace(0, 2 * np.pi, 11, endpoint=False)
        for t in turns:
            px, py = cx + 0.82 * r * np.cos(t), cy + 0.82 * r * np.sin(t)
            shape |= np.hypot(x - px, y - py) < r * float(rng.uniform(0.24, 0.32))
    else:  # a cumulus: a wide body, puffs on its top, a flat underside
        shape = np.hypot((x - cx) / 1.5, (y - cy) / 0.7) < r
        turns = np.linspace(np.pi * 1.1, np.pi * 1.9, int(rng.integers(3, 5)))
        for t in turns:
            px, py = cx + 1.2 * r * np.cos(t), cy + 0.55 * r * np.sin(t)
            shape |= np.hypot(x - px, y - py) < r * float(rng.uniform(0.45, 0.6))
        shape &= y < cy + 0.45 * r
    rows, cols = np.flatnonzero(shape.any(axis=1)), np.flatnonzero(shape.any(axis=0))
    box = (cols[0] / GRID, rows[0] / GRID, (cols[-1] + 1) / GRID, (rows[-1] + 1) / GRID)
    return shape, box


def figure(direction: ArtDirection, rng: np.random.Generator, room: Box) -> tuple[np.ndarray, Box]:
    """The one shape the strokes fill (GRID x GRID, True inside) and its box, inside
    `room` (the part the title leaves): a disc on a third (cropped by the side when
    loud; the tall slab, a bare panel of strokes with no subject, is retired). A calm song's
    figure is small in a wide field; a loud one's fills the room and bleeds off it."""
    x0, y0, x1, y1 = room
    c = (np.arange(GRID) + 0.5) / GRID
    x, y = c[None, :], c[:, None]
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    short = min(x1 - x0, y1 - y0)
    rng.random()  # the draw that once chose a slab (retired): each disc stays where it was
    r = short * (0.34 + 0.16 * energy) * float(rng.uniform(0.92, 1.05))
    side = float(rng.choice((1 / 3, 2 / 3)))
    cx = x0 + (x1 - x0) * (side + (side - 0.5) * 0.6 * energy)  # loud: off the edge
    cy = (y0 + y1) / 2 + float(rng.uniform(-0.03, 0.03))
    if short > 0.9:  # the title across the middle: one big disc it cuts through
        cx, r = 0.5 + float(rng.uniform(-0.06, 0.06)), 0.34 + 0.08 * energy
    shape = np.hypot(x - cx, y - cy) < r
    box = (cx - r, cy - r, cx + r, cy + r)
    b = tuple(float(np.clip(v, 0.0, 1.0)) for v in box)
    return shape, (b[0], b[1], b[2], b[3])


def _widths(direction: ArtDirection, rng: np.random.Generator, n: int) -> np.ndarray:
    """Each candidate's width, widest first: a dense song more thin strokes, a sparse
    one a few broad bands; the seed sets the scale (a fine painting .. a bold one)."""
    dense = direction.density
    weights = np.array([1.4 - dense, 1.2 - 0.5 * dense, 1.0, 0.5 + dense, 0.2 + dense])
    scale = float(rng.choice((0.85, 1.0, 1.45)) * rng.uniform(0.95, 1.1))  # fine .. bold
    picks = rng.choice(len(WIDTHS), n, p=weights / weights.sum())
    return np.sort(np.asarray(WIDTHS)[picks] * scale)[::-1]


def paint(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    shares: np.ndarray,
    ground: list[RGB] | None = None,
    plate: RGB | None = None,
    soft: bool = False,
    stick: RGB | None = None,
    puffs: bool = False,
) -> Box:
    """Pack the strokes over `img` and return the focal box. With `ground` (two tones a
    shade off the field) the painting has one figure: the strokes inside it in `inks`
    (about `shares` each) over a flat `plate` of its shape (where given: the figure a
    solid disc or panel with a clean edge, not a loose heap of strokes), those round it
    tone on tone in `ground`, finer; without (heavy and death metal) the whole painting
    is in `inks`. `soft`: fine fibres (spun sugar, smoke); `puffs`: the figure is a
    cloud, on a `stick` where that is given (candyfloss)."""
    zone, focal = _zone(direction, rng)
    angles = field(direction, rng)
    n = int(700 + 400 * direction.energy)
    seeds = _seeds(rng, n, zone)
    steps = int((1.0 - 0.4 * direction.energy) / STEP)
    p = shares / shares.sum()
    if ground is None or violent(direction):  # metal keeps its full-bleed slashing field
        path, starts, ends, widths = _fill(direction, rng, angles, seeds, zone_cells(zone), steps)
        which = rng.choice(len(inks), len(widths), p=p)
        colours = [inks[int(k)] for k in which]
    else:
        if puffs:
            shape, focal = cloud(direction, rng, focal, stick is not None)
        else:
            shape, focal = figure(direction, rng, focal)
        if plate is not None:
            _plate(img, shape, plate, soft)
        cell = np.clip((seeds * GRID).astype(np.intp), 0, GRID - 1)
        inside = shape[cell[:, 1], cell[:, 0]]
        dense = _seeds(rng, 2 * n, zone)  # the figure packed tight: twice the seeds
        cell = np.clip((dense * GRID).astype(np.intp), 0, GRID - 1)
        dense = dense[shape[cell[:, 1], cell[:, 0]]]
        across = max(focal[2] - focal[0], focal[3] - focal[1])  # no stroke outruns the figure
        brief = min(steps, int(1.3 * across / STEP) + 4)
        fine = 0.3 if soft else 1.0  # fibres, not brush strokes
        one = _fill(direction, rng, angles, dense, zone_cells(zone) | ~shape, brief, fine)
        ground_cells = zone_cells(zone) | shape
        quiet = seeds[~inside][: int(0.7 * (~inside).sum())]  # the ground a little looser
        two = _fill(direction, rng, angles, quiet, ground_cells, int(0.75 * steps), 0.7, 1)
        path = _joined(one[0], two[0])
        starts, ends = np.concatenate([one[1], two[1]]), np.concatenate([one[2], two[2]])
        widths = np.concatenate([one[3], two[3]])
        which = rng.choice(len(inks), len(one[3]), p=p)
        colours = [inks[int(k)] for k in which]
        colours += [ground[int(k)] for k in rng.integers(0, len(ground), len(two[3]))]
    draw = aggdraw.Draw(img)  # one canvas for strokes, fibres and stick: each costs ms
    size = img.size[0]
    _draw(draw, size, path, starts, ends, widths, colours, round_ends=not violent(direction))
    if soft and ground is not None and not violent(direction):
        _fibres(draw, size, angles, shape, inks[:4], rng)
    if stick is not None and ground is not None and not violent(direction):
        _stick(draw, size, shape, zone, stick)
    draw.flush()
    return focal


def _fibres(
    draw: aggdraw.Draw,
    size: int,
    angles: np.ndarray,
    shape: np.ndarray,
    inks: list[RGB],
    rng: np.random.Generator,
) -> None:
    """A tangle of fine, half-clear fibres over the cloud (spun sugar, smoke): three
    crossing currents of the field, each fibre short and stopped at the cloud's edge."""
    inside = np.argwhere(shape)[:, ::-1]
    if not len(inside):
        return
    pens = [raster.pen(ink, size * 0.0032, 140) for ink in inks]
    for turn in (0.0, 0.8, -0.8):
        n = 380
        seeds = (inside[rng.integers(0, len(inside), n)] + rng.uniform(0, 1, (n, 2))) / GRID
        path = trace(angles + turn, seeds, int(rng.integers(9, 20)))
        cell = np.clip((path * GRID).astype(np.intp), 0, GRID - 1)
        out = ~shape[cell[..., 1], cell[..., 0]]  # (steps, n)
        stop = np.where(out.any(axis=0), out.argmax(axis=0), len(path))
        which = rng.choice(len(inks), n, p=(0.45, 0.25, 0.2, 0.1)[: len(inks)])
        for i in np.flatnonzero(stop >= 3).tolist():
            draw.line((path[: stop[i], i] * size).ravel().tolist(), pens[int(which[i])])


def _stick(draw: aggdraw.Draw, size: int, shape: np.ndarray, zone: Box, colour: RGB) -> None:
    """Candyfloss's stick: from just inside the cloud's lowest edge down to the
    cover's edge (or short of the title's band below it)."""
    cols = np.flatnonzero(shape.any(axis=0))
    mid = (cols[0] + cols[-1] + 1) // 2
    cx = (mid + 0.5) / GRID
    top = (np.flatnonzero(shape[:, mid]).max() + 1) / GRID - 0.02
    bottom = zone[1] - 0.03 if zone[1] > top else 1.02
    half = 0.011
    taper = [cx - half, top, cx + half, top, cx + half * 0.6, bottom, cx - half * 0.6, bottom]
    draw.polygon([v * size for v in taper], aggdraw.Brush(colour))


def _plate(img: Image.Image, shape: np.ndarray, colour: RGB, soft: bool = False) -> None:
    """The figure's shape (GRID x GRID) laid flat in `colour` under its strokes, its edge
    smoothed and then made crisp (the coarse grid's steps hidden); a `soft` one's edge
    left feathered (a cloud, not a cut-out)."""
    size = img.size[0]
    rows, cols = np.flatnonzero(shape.any(axis=1)), np.flatnonzero(shape.any(axis=0))
    if not len(rows):
        return
    y0, y1 = max(0, rows[0] - 2), min(GRID, rows[-1] + 3)  # only round the figure
    x0, x1 = max(0, cols[0] - 2), min(GRID, cols[-1] + 3)
    mask = Image.fromarray((shape[y0:y1, x0:x1] * 255).astype(np.uint8), "L")
    small = mask.resize(((x1 - x0) * 4, (y1 - y0) * 4), Image.Resampling.BILINEAR)
    small = small.filter(ImageFilter.GaussianBlur(6.0 if soft else 3.2))  # steps melted
    box = tuple(round(v * size / GRID) for v in (x0, y0, x1, y1))
    mask = small.resize((box[2] - box[0], box[3] - box[1]), Image.Resampling.BILINEAR)
    if not soft:  # a soft plate keeps its feathered edge
        mask = mask.point(lambda v: max(0, min(255, (v - 128) * 4 + 128)))
    img.paste(Image.new("RGB", mask.size, colour), box[:2], mask)


def _joined(one: np.ndarray, two: np.ndarray) -> np.ndarray:
    """Two sets of paths (steps, n, 2) side by side, the shorter padded with its last
    row (past every kept stretch's end: never drawn)."""
    steps = max(len(one), len(two))
    one, two = (np.concatenate([p, np.repeat(p[-1:], steps - len(p), axis=0)]) for p in (one, two))
    return np.concatenate([one, two], axis=1)


def _fill(
    direction: ArtDirection,
    rng: np.random.Generator,
    angles: np.ndarray,
    seeds: np.ndarray,
    occupied: np.ndarray,
    steps: int,
    thin: float = 1.0,
    passes: int = 2,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pack strokes from `seeds` into the free cells of `occupied` (updated), then up
    to two `passes` seeded in the gaps (the ground takes one: it is quiet): the paths,
    each stretch's first and last step + 1 and its width (`thin` scales them)."""
    n = max(len(seeds), 1)
    widths = _widths(direction, rng, len(seeds)) * thin
    path, starts, ends = pack(angles, seeds, widths, steps, occupied)
    scale = widths.max() / WIDTHS[0] if len(widths) else thin
    for sizes, room in ((WIDTHS[1:4], 2), (WIDTHS[2:], 1))[:passes]:  # seeded in the gaps
        extra = _gaps(occupied, room, rng, n // 3)
        more_w = np.sort(rng.choice(sizes, len(extra)))[::-1] * scale
        more = pack(angles, extra, more_w, steps, occupied, batches=5)
        path = np.concatenate([path, more[0]], axis=1)
        starts, ends = np.concatenate([starts, more[1]]), np.concatenate([ends, more[2]])
        widths = np.concatenate([widths, more_w])
    return path, starts, ends, widths


def _draw(
    draw: aggdraw.Draw,
    size: int,
    path: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    widths: np.ndarray,
    colours: list[RGB],
    round_ends: bool,
) -> None:
    """Each kept stretch as one thick line in its colour, its ends rounded (or hacked
    off square)."""
    pens: dict[tuple[RGB, float], tuple[aggdraw.Pen, aggdraw.Brush]] = {}
    for i in np.flatnonzero(ends > starts).tolist():  # only the kept stretches as lists
        key = (colours[i], round(float(widths[i]) * size, 1))
        if key not in pens:
            pens[key] = (raster.pen(key[0], key[1]), aggdraw.Brush(key[0]))
        pen, brush = pens[key]
        pts = (path[starts[i] : ends[i], i] * size).ravel().tolist()
        draw.line(pts, pen)
        r = key[1] / 2
        for x, y in ((pts[0], pts[1]), (pts[-2], pts[-1])) if round_ends else ():
            draw.ellipse((x - r, y - r, x + r, y + r), brush)
