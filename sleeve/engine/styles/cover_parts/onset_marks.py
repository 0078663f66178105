"""The onset-grid compositions: each draws the song's onsets (bars x 16 sixteenths,
0..1 strength) with aggdraw at full size and returns the focal box it drew in.

Seven skeletons a viewer names apart, each keeping the title's place calm: a totem
(one bar as a full-height column of Bauhaus quarter circles down one side), a truchet
(one or four bars as full-bleed quarter-circle tiles, the title on an empty tile), a
crop (one bar folded four by four and blown up past the corner opposite the title, so
only a few huge marks show), a halftone (many bars as a dot screen swelling from one
corner into a solid mass), a floor (the bars as a grid in perspective, falling off the
frame), a ribbon (the bars woven into a diagonal band of cloth) and an albers (the four
beats as nested squares, a small object in a wide field). Every mark is either wholly
inside the frame or cut at least in half by it; strong hits are big and ghost notes
small. Colour, 60/30/10: the field, a mass colour or the ink, the accent on the
downbeats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box

SHAPES = ("square", "dot", "quarter")
KEEP_OUT = 0.36  # the title's band and its margin, from the title's edge
REST = 0.05  # a strength below this is a rest


@dataclass(frozen=True)
class Sheet:
    """Where and how to draw: the drawing, its side in pixels, the seed's generator,
    the field, the ink, the mass colour (the 30 of 60/30/10), the accent, the faint ink
    for rests, the mark shape, the side of the title's band ('top' or 'bottom') and
    the title's column ('left', 'centre' or 'right')."""

    draw: aggdraw.Draw
    size: int
    rng: np.random.Generator
    field: RGB
    ink: RGB
    mass: RGB
    hot: RGB
    ghost: RGB
    shape: str
    side: str
    column: str

    def colour(self, step: int) -> RGB:
        """A hit's colour: the accent on the downbeat, the ink elsewhere."""
        return self.hot if step % 16 == 0 else self.ink

    def area(self) -> tuple[float, float]:
        """(top, bottom) of the art's area: the height the title's band leaves."""
        return (KEEP_OUT, 1.0) if self.side == "top" else (0.0, 1.0 - KEEP_OUT)

    def box(self, x0: float, y0: float, x1: float, y1: float, colour: RGB) -> None:
        """A filled rectangle (fractions)."""
        s = self.size
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), aggdraw.Brush(colour))

    def disc(self, cx: float, cy: float, r: float, colour: RGB) -> None:
        """A filled circle (fractions)."""
        s = self.size
        self.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Brush(colour)
        )

    def poly(self, points: np.ndarray, colour: RGB) -> None:
        """A filled polygon from (n, 2) points (fractions)."""
        self.draw.polygon((points * self.size).ravel().tolist(), aggdraw.Brush(colour))


def _weight(v: float) -> float:
    """A mark's size as a share of its cell: steep, so most marks stay small."""
    return 0.16 + 0.84 * v**1.4


def _quarter(kx: float, ky: float, rad: float, turn: int) -> np.ndarray:
    """A quarter disc's outline with its corner at (kx, ky), opening to the quadrant
    `turn` (0 down-right, 1 down-left, 2 up-left, 3 up-right)."""
    start = np.pi / 2 * turn
    t = start + np.linspace(0, np.pi / 2, 18)
    arc = np.stack([kx + rad * np.cos(t), ky + rad * np.sin(t)], 1)
    return np.concatenate([[[kx, ky]], arc])


def mark(sheet: Sheet, cx: float, cy: float, half: float, v: float, step: int, turn: int) -> None:
    """One hit centred on (cx, cy) in a cell of half-side `half` (fractions): its
    shape sized by strength v; a quarter circle hangs from the cell corner `turn`
    (0..3) and grows to fill the cell."""
    if v < REST:
        return
    colour = sheet.colour(step)
    r = half * _weight(v)
    if sheet.shape == "square":
        sheet.box(cx - r, cy - r, cx + r, cy + r, colour)
    elif sheet.shape == "dot":
        sheet.disc(cx, cy, r, colour)
    else:
        ox, oy = ((-1, -1), (1, -1), (1, 1), (-1, 1))[turn % 4]
        rad = 2 * half * (0.2 + 0.8 * v**1.4)
        sheet.poly(_quarter(cx + ox * half, cy + oy * half, rad, turn), colour)


def _turn(bar: int, step: int, v: float) -> int:
    """The corner a quarter circle hangs from: the beat sets it, the bar shifts it,
    so the quarters swing through each bar as a pattern."""
    return (step // 4 + bar + (1 if v > 0.8 else 0)) % 4


def _busiest(hits: np.ndarray, count: int) -> int:
    """The first of `count` consecutive bars with the most onset energy."""
    sums = np.convolve(hits.sum(axis=1), np.ones(count), mode="valid")
    return int(np.argmax(sums))


def _bar(hits: np.ndarray) -> np.ndarray:
    """The busiest bar's sixteen strengths."""
    return hits[_busiest(hits, 1)]


def _away_x(sheet: Sheet) -> bool:
    """Whether the art leans right (away from a title set flush left)."""
    if sheet.column == "centre":
        return bool(sheet.rng.random() < 0.5)
    return sheet.column == "left"


def totem(sheet: Sheet, hits: np.ndarray) -> Box:
    """One bar as a totem: a column in the mass colour down the side away from the
    title (full height, or from the frame's edge to the title's band when a centred
    title spans the width), four storeys (the beats), each a circle cut into its four
    sixteenths as quarter discs knocked out in the field colour, as big as their hits,
    so a straight beat stacks whole circles and a syncopated one pinwheels."""
    rng, bar = sheet.rng, _bar(hits)
    bar = bar / max(float(bar.max()), 1e-6)  # the bar's loudest hit a whole quarter
    top, bottom = sheet.area() if sheet.column == "centre" else (0.0, 1.0)
    storey = (bottom - top) / 4
    width = storey * float(rng.uniform(1.2, 1.5))
    x0 = 1 - width if _away_x(sheet) else 0.0
    sheet.box(x0, top, x0 + width, bottom, sheet.mass)
    cx = x0 + width / 2
    for beat in range(4):
        cy = top + (beat + 0.5) * storey
        for q in range(4):
            i = beat * 4 + q
            v = float(bar[i])
            rad = storey * 0.46 * (0.12 + 0.88 * v**1.2) if v >= REST else storey * 0.06
            colour = sheet.hot if i == 0 and v >= REST else sheet.field
            sheet.poly(_quarter(cx, cy, rad, (q + 2) % 4), colour)
    return (x0, top, x0 + width, bottom)


def _calm_tiles(sheet: Sheet, n: int) -> set[tuple[int, int]]:
    """The (row, column) tiles left empty for the title: three quarters of the top or
    bottom quarter of the frame, from the title's flush edge (a right column for
    vertical titles)."""
    deep = n // 4  # a quarter of the frame
    if sheet.column == "right":
        return {(r, c) for r in range(int(np.ceil(n * 0.75))) for c in range(n - deep, n)}
    rows = range(deep) if sheet.side == "top" else range(n - deep, n)
    span = int(np.ceil(n * 0.75))
    lo = (n - span) // 2 if sheet.column == "centre" else 0
    return {(r, c) for r in rows for c in range(lo, lo + span)}


def truchet(sheet: Sheet, hits: np.ndarray) -> Box:
    """One bar (four by four) or four bars (eight by eight) as full-bleed Truchet
    tiles: each sixteenth a quarter disc from the corner its beat turns to, as big as
    its hit (a hard hit fills its tile), the title on a block of empty tiles."""
    rng = sheet.rng
    n = int(rng.choice((4, 8), p=(0.6, 0.4)))
    bars = n * n // 16
    first = _busiest(hits, min(bars, hits.shape[0]))
    hits = hits / max(float(hits.max()), 1e-6)
    calm = _calm_tiles(sheet, n)
    tile = 1 / n
    spin = int(rng.integers(4))  # the seed turns every tile: the same bar, a new pattern
    tiles = [(r, c) for r in range(n) for c in range(n) if (r, c) not in calm]
    if rng.random() < 0.5:  # the bar read down the columns instead of along the rows
        tiles.sort(key=lambda t: (t[1], t[0]))
    for k, (r, c) in enumerate(tiles):  # the downbeat on the first tile drawn
        b, i = k // 16, k % 16
        v = float(hits[(first + b) % hits.shape[0], i])
        turn = (_turn(b, i, v) + spin) % 4
        ox, oy = ((0, 0), (1, 0), (1, 1), (0, 1))[turn]
        kx, ky = (c + ox) * tile, (r + oy) * tile
        if v < REST:  # a rest: a small quarter in the mass colour keeps the tiling whole
            sheet.poly(_quarter(kx, ky, tile * 0.3, turn), sheet.mass)
            continue
        rad = tile * (0.3 + 0.7 * v**1.3)
        sheet.poly(_quarter(kx, ky, rad, turn), sheet.colour(i))
    deep = n // 4 * tile  # all but the title's quarter, which keeps a few far tiles
    if sheet.column == "right":
        return (0.0, 0.0, 1 - deep, 1.0)
    return (0.0, deep, 1.0, 1.0) if sheet.side == "top" else (0.0, 0.0, 1.0, 1 - deep)


def crop(sheet: Sheet, hits: np.ndarray) -> Box:
    """One bar folded four by four and blown up past the corner away from the title:
    the marks on the frame's edges cut in half (the corner one in a quarter), those
    that would reach the title's band or nick the far edge left out, so a few huge
    hits fill the cover."""
    bar = _bar(hits)
    bar = bar / max(float(bar.max()), 1e-6)  # the bar's own loudest hit fills its cell
    cell = 0.4  # columns on the edge (halved), whole, whole, then off the frame
    right = _away_x(sheet)
    ex, sx = (1.0, -1.0) if right else (0.0, 1.0)
    ey, sy = (1.0, -1.0) if sheet.side == "top" else (0.0, 1.0)
    top, bottom = sheet.area()
    drawn: list[tuple[float, float]] = []
    for i, v in enumerate(bar):
        cx, cy = ex + sx * (i % 4) * cell, ey + sy * (i // 4) * cell
        reach = cy - cell / 2 < top - 1e-9 if sheet.side == "top" else cy + cell / 2 > bottom
        if reach or not (0 <= cx <= 1 and 0 <= cy <= 1):  # into the title's band, or off
            continue
        if cell / 2 - 1e-6 > min(cx, 1 - cx) > 1e-9:  # would be nicked by the far edge
            continue
        v = float(v)
        drawn.append((cx, cy))
        if v < REST:
            continue
        half = cell / 2 * (0.3 + 0.62 * v)
        colour = sheet.hot if i == 0 else sheet.mass  # few marks, so the mass colour
        if sheet.shape == "square":
            sheet.box(cx - half, cy - half, cx + half, cy + half, colour)
        else:
            sheet.disc(cx, cy, half, colour)
    pts = np.asarray(drawn or [(ex, ey)])
    lo, hi = pts.min(axis=0) - cell / 2, pts.max(axis=0) + cell / 2
    return (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))


def halftone(sheet: Sheet, hits: np.ndarray) -> Box:
    """Many bars as a coarse halftone screen (a diagonal lattice, a dot per sixteenth)
    swelling from the corner away from the title, where the dots merge into a solid
    mass, to nothing at the title: every dot whole or centred on the frame's edge."""
    rng = sheet.rng
    n = int(rng.choice((12, 16)))
    pitch = 1 / n
    right = _away_x(sheet)
    far = np.array([1.0 if right else 0.0, 1.0 if sheet.side == "top" else 0.0])
    reach = float(rng.uniform(0.85, 1.05))
    k = 0
    for row in range(n + 1):
        for col in range(n + 1):
            if (row + col) % 2:
                continue
            x, y = col * pitch, row * pitch
            g = 1 - float(np.hypot(x - far[0], y - far[1])) / reach
            if g <= 0:
                continue
            step = k % 16
            v = float(hits[(k // 16) % hits.shape[0], step])
            k += 1
            r = pitch * 1.1 * g**0.7 * (0.2 + 0.8 * v)
            edge = min(x, 1 - x, y, 1 - y)
            if edge > 1e-9:  # whole, clear of the edge
                r = min(r, edge - 0.006)
            if r * sheet.size < (1.2 if edge > 1e-9 else 3.0):  # no crumbs, no slivers
                continue
            sheet.disc(x, y, r, sheet.hot if step == 0 and v >= REST else sheet.ink)
    span = reach * 0.75
    return (
        max(0.0, far[0] - span),
        max(0.0, far[1] - span),
        min(1.0, far[0] + span),
        min(1.0, far[1] + span),
    )


def _edge_ok(points: np.ndarray) -> bool:
    """Whether a mark's outline is wholly inside the frame or cut by an edge near its
    middle and is long along it (a long cut, never a sliver)."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    for axis in (0, 1):
        for edge in (0.0, 1.0):
            if lo[axis] - 0.01 < edge < hi[axis] + 0.01 and (
                abs(mid[axis] - edge) > 0.35 * half[axis] or half[1 - axis] < 0.015
            ):
                return False
    return True


def floor(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bars as a floor in two-point perspective (a ceiling under a low title): a
    row per bar, the grid turned on the floor so rows and columns run to vanishing
    points off the frame, the near marks huge and falling off the frame, the far ones
    shrinking to a horizon by the title's band."""
    rng = sheet.rng
    top, bottom = sheet.area()
    horizon = top + 0.03 if sheet.side == "top" else bottom - 0.03
    near = 4.0  # the camera's height above the floor, in cells
    focus = 0.12 * near * float(rng.uniform(1.0, 1.3))
    lift = (1.0 - horizon if sheet.side == "top" else horizon) * near / focus
    turn = np.deg2rad(float(rng.uniform(25, 38)) * float(rng.choice((-1, 1))))
    ct, st = float(np.cos(turn)), float(np.sin(turn))
    vx = float(rng.uniform(0.35, 0.65))
    dot = sheet.shape != "square"
    t = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    unit = (
        np.stack([np.cos(t), np.sin(t)], 1)
        if dot
        else np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float)
    )
    marks = []
    for row in range(12):
        bar = hits[row % hits.shape[0]]
        for i, v in enumerate(bar):
            if v < REST:
                continue
            size = 0.48 * (0.35 + 0.65 * float(v) ** 1.2)  # the floor reads as tiles
            local = np.array([i - 7.5, row - 3.0]) + size * unit
            wx = local[:, 0] * ct - local[:, 1] * st
            wz = near + local[:, 0] * st + local[:, 1] * ct
            if wz.min() < 0.6 * near:
                continue
            dy = focus * lift / wz
            y = horizon + dy if sheet.side == "top" else horizon - dy
            marks.append((float(wz.mean()), np.stack([vx + focus * wx / wz, y], 1), i))
    for _, pts, i in sorted(marks, key=lambda m: -m[0]):  # far to near
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        if hi[0] < 0 or lo[0] > 1 or hi[1] < 0 or lo[1] > 1 or not _edge_ok(pts):
            continue
        sheet.poly(pts, sheet.colour(i))
    return (0.0, top, 1.0, bottom)


def ribbon(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bars woven into a ribbon of cloth laid diagonally across the frame, clear
    of the title's corner: the band in the mass colour, a row per bar along it, each
    hit a float of thread lying across its row or along it in turn (a twill), as thick
    as its hit, the downbeats in the accent."""
    rng = sheet.rng
    rows = int(rng.integers(4, 7))
    cell = float(rng.uniform(0.058, 0.07))
    right = _away_x(sheet)
    low = sheet.side == "top"
    # the ribbon's run (unit vector) and its centre line, pushed off the title's corner
    angle = np.deg2rad(float(rng.uniform(28, 42)))
    run = np.array([np.cos(angle), -np.sin(angle)])
    if right != low:
        run = np.array([run[0], -run[1]])
    across = np.array([-run[1], run[0]])
    title_corner = np.array([0.0 if right else 1.0, 0.0 if low else 1.0])
    if float(np.dot(title_corner - 0.5, across)) > 0:
        across = -across
    centre = np.array([0.5, 0.5]) + across * float(rng.uniform(0.08, 0.16))
    width = rows * cell
    length = 1.6
    corners = np.array(
        [[-length, -width / 2], [length, -width / 2], [length, width / 2], [-length, width / 2]]
    )
    sheet.poly(centre + corners[:, :1] * run + corners[:, 1:] * across, sheet.mass)
    cols = int(2 * length / cell)
    for b in range(rows):
        bar = hits[b % hits.shape[0]]
        off = (b + 0.5) * cell - width / 2
        for j in range(cols):
            i = (j + b) % 16
            v = float(bar[i])
            if v < REST:
                continue
            along = -length + (j + 0.5) * cell
            long, thin = cell * 0.46, cell * (0.1 + 0.32 * v**1.3)
            a, c = (long, thin) if (b + j) % 2 == 0 else (thin, long)
            quad = np.array([[-a, -c], [a, -c], [a, c], [-a, c]])
            pts = centre + (along + quad[:, :1]) * run + (off + quad[:, 1:]) * across
            sheet.poly(pts, sheet.colour(i) if v >= 0.4 else sheet.ghost)
    lo = np.clip(centre - np.abs(run) * 0.75 - np.abs(across) * width, 0, 1)
    hi = np.clip(centre + np.abs(run) * 0.75 + np.abs(across) * width, 0, 1)
    return (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))


def albers(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bar's four beats as nested squares (a Josef Albers homage): the outer one
    in the mass colour, each inner square smaller by its beat's weight, the last in
    the accent when the downbeat plays; either a small object low in a wide field,
    the inner squares dropped toward its foot, or big and flush in the corner away
    from the title, the inner squares sharing that corner."""
    rng, bar = sheet.rng, _bar(hits)
    beats = bar.reshape(4, 4).mean(axis=1)
    shares = 0.2 + beats / max(float(beats.sum()), 1e-6)
    shares = shares / shares.sum()
    strength = float(np.sort(bar)[-4:].mean())  # how hard the bar hits: how big it is
    top, bottom = sheet.area()
    right, low = _away_x(sheet), sheet.side == "top"
    corner = rng.random() < 0.5
    if corner:  # flush in the corner: as tall as the title's band allows
        side = (bottom - top) * (0.86 + 0.14 * strength)
        margin = 0.0
    else:
        side = float(rng.uniform(0.4, 0.46)) + 0.18 * strength
        margin = 0.08
    x0 = 1 - margin - side if right else margin
    y0 = bottom - margin - side if low else top + margin
    core = sheet.hot if bar[0] >= REST else sheet.ink  # the accent is the downbeat's
    colours = (sheet.mass, sheet.field, sheet.ink if core == sheet.hot else sheet.ghost, core)
    inset, s = 0.0, side
    for k in range(4):
        if corner:  # every square shares the frame's corner
            x = x0 + (side - s if right else 0.0)
            y = y0 + (side - s if low else 0.0)
        else:  # Albers' squares sit low: less margin below than above
            x = x0 + inset
            y = y0 + inset * (1.55 if low else 0.45)
        sheet.box(x, y, x + s, y + s, colours[k])
        step = side * 0.2 * (0.5 + 2 * shares[k])
        inset, s = inset + step / 2, s - step
    return (x0, y0, x0 + side, y0 + side)


COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray], Box]] = {
    "albers": albers,
    "halftone": halftone,
    "crop": crop,
    "totem": totem,
    "floor": floor,
    "ribbon": ribbon,
    "truchet": truchet,
}
