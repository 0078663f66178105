"""The drop: one huge drop of bold rings centred at or past the cover's edge away from
the title, so its rings fill the cover up to a great arc short of the title's paper,
stirred once into an eddy and dragged by one stylus stroke (moves on a
``marble_field``, undone newest first).

The song moves it: which corner or edge the drop falls from (its loudest moment), the
rings (its tempo), the eddy's turn (its energy), the stroke (its key, or the seed).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_inks as inks_of
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR
from sleeve.engine.typography import margin_for

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
Point = tuple[float, float]
GAP = 0.07  # paper kept between the drop's rim and the title's block (share of the side)
WIDEST = 1.05  # the drop's largest radius
STRETCH = 1.6  # the most a drop is spread along the edge it falls from
INK_SHARE = 0.68  # of each ring pair, the ink ring's width (the water the rest)


def dark_ground(d: ArtDirection) -> bool:
    """Whether the cover's paper is dark (the genre's own black, or a dark palette)."""
    dark_genre = d.language.subgenre in inks_of.DARK or d.genre == "metal"
    return dark_genre or compose.dark_field(rgb_to_oklch(d.palette.background)[0])


def ring_bands(
    inks: int, reach: float, pairs: int, share: float = INK_SHARE, turn: int = 0
) -> mf.Bands:
    """Evenly spaced rings out to `reach` (a stroke's pull thins none of them to
    nothing): a heart of the field ink, then an ink ring and a ring of water by turns, the
    inks in a fixed cycle (field, second, field, second, accent) begun `turn` steps on,
    the rim ink."""
    field, second, accent = pat.roles(inks)
    cycle = (field, second, field, second, accent) if inks > 2 else (field, second)
    step = reach / (pairs + 0.5)
    bounds, ring_inks = [step * 0.5 * share], [field]
    for k in range(pairs):
        inner = step * (k + 0.5)
        bounds += [inner + step * (1 - share), inner + step]
        ring_inks += [CLEAR, cycle[(k + turn) % len(cycle)]]
    return mf.Bands(np.array(bounds, F), np.array([*ring_inks, CLEAR]))


def _title_box(d: ArtDirection, side: str) -> compose.Box:
    """Where the title's block stands (shares of the side): in a band at the top or
    bottom, the band's whole width (the typography may set it anywhere along it)."""
    x0, y0, x1, y1 = calm.title_box(
        side, sheet.title_block(d), margin_for(d.layout), is_rtl(d.title)
    )
    return (0.0, y0, 1.0, y1) if side in ("top", "bottom") else (x0, y0, x1, y1)


def _distance(c: Point, box: compose.Box) -> float:
    """How far `c` stands from the nearest point of `box`."""
    dx = max(box[0] - c[0], 0.0, c[0] - box[2])
    dy = max(box[1] - c[1], 0.0, c[1] - box[3])
    return float(np.hypot(dx, dy))


def room(d: ArtDirection, side: str) -> float:
    """How big a drop from the middle of the edge away from the title can be: small
    where a deep title block leaves a shallow art box."""
    far = {"right": (0.0, 0.5), "bottom": (0.5, 0.0)}.get(side.split("-")[0], (0.5, 1.0))
    return _distance(far, _title_box(d, side)) - GAP


def centre(d: ArtDirection, rng: np.random.Generator, side: str) -> tuple[Point, float, Point]:
    """The drop's centre at or past the cover's edge away from the title (a corner or
    the edge's middle: the one furthest from the title, the song's loud moment leaning
    it along that edge), its radius short of the title's block by GAP, and its stretch
    (x, y) along that edge (the seed: a round drop, or one spread into an oval)."""
    spread = float(rng.uniform(1.0, STRETCH))
    stretch = (1.0, spread) if side == "right" else (spread, 1.0)
    x0, y0, x1, y1 = _title_box(d, side)
    title = (x0 / stretch[0], y0 / stretch[1], x1 / stretch[0], y1 / stretch[1])
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    out = rng.uniform(-0.06, 0.08)  # at or past the cover's edge
    along = [0.0 - out, 0.5 + (loud - 0.5) * 0.3, 1.0 + out] + rng.uniform(-0.08, 0.08, 3)
    if side == "right":
        spots = [(-out, a) for a in along]
    elif side.startswith("bottom"):
        spots = [(a, -out) for a in along]
    else:
        spots = [(a, 1.0 + out) for a in along]
    spots = [(p[0] / stretch[0], p[1] / stretch[1]) for p in spots]  # as if round
    reach = np.array([_distance(p, title) for p in spots])
    weights = reach**4 * np.array([1.2 - loud, 0.35, 0.2 + loud])
    k = int(rng.choice(3, p=weights / weights.sum()))
    r = float(min(_distance(spots[k], title) - GAP, WIDEST))
    return (float(spots[k][0] * stretch[0]), float(spots[k][1] * stretch[1])), r, stretch


def drop(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One huge drop of bold rings filling the cover to a great arc short of the
    title, an eddy stirred in it toward the cover's middle (louder music stirs harder)
    and one stylus stroke dragged across the rings there."""
    c, r, (sx, sy) = centre(d, rng, side)
    inward = float(np.arctan2(0.5 - c[1], 0.5 - c[0]))
    eddy_at = rng.uniform(0.45, 0.62) * r
    a = inward + rng.uniform(-0.45, 0.45)
    eddy = (c[0] + eddy_at * sx * np.cos(a), c[1] + eddy_at * sy * np.sin(a))
    turn = (1.4 + 1.8 * d.energy) * (1 if rng.random() < 0.5 else -1)
    angle = pat.comb_angle(d, rng) + rng.uniform(-0.3, 0.3)
    mf.breeze(f, rng, 0.004 + 0.01 * d.turbulence)
    mf.swirl(f, eddy, turn, 0.24 * r)
    sway = 0.12 * r * (1 if rng.random() < 0.5 else -1)
    mf.stroke(f, eddy, angle, 0.1 * r, 0.09 * r, sway, 1.4 * r)
    pairs = int(5 + 3 * pat.fineness(d) + rng.integers(0, 2))
    share = INK_SHARE + (0.1 if dark_ground(d) else 0.0)  # on black the ink a bold mass
    bands = ring_bands(inks, r * 0.88, pairs, share)
    box = sheet.art_box(d, side)
    seen = (c[0] - r * sx, c[1] - r * sy, c[0] + r * sx, c[1] + r * sy)
    focus = (max(seen[0], box[0]), max(seen[1], box[1]), min(seen[2], box[2]), min(seen[3], box[3]))
    u = np.sqrt(((f.x - F(c[0])) * F(1 / sx)) ** 2 + ((f.y - F(c[1])) * F(1 / sy)) ** 2)
    return [(u, bands)], compose.clip_box(focus)
