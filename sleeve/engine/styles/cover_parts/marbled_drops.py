"""The drop: one big drop in a calm bath, off the middle of the art's box, many thin
crisp rings pulled by a stylus into ebru's feather, chevrons or nonpareil
(marbled_ebru); its old blobby rings swirled into a comma read as "a bean" (three art
directors, round 14). The paper all round it stays plain. ``work`` (a slow swirl, one
stylus stroke or a tight comb, by how hard the song works the bath) works the ripples.

The song moves it: where it floats along the title's edge (its loudest moment), the
small drops beside it (one for each other loud moment, as big as it is loud, at its
place along the edge or huddled by the big one's rim), the figure (its energy,
turbulence and tempo), the stylus's direction (its key, turned by the seed, never
toward the title); the seed its size, crop and place. One lone drop in the middle
had drawn the same picture for two songs, recoloured (round 16).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_calm as calm
from sleeve.engine.styles.cover_parts import marbled_ebru as ebru
from sleeve.engine.styles.cover_parts import marbled_inks as inks_of
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.typography import margin_for

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
Point = tuple[float, float]
GAP = 0.07  # paper kept between the drop's rim and the title's block (share of the side)
WIDEST = 0.34  # a whole drop's largest radius before the stylus draws it out
WIDEST_HANGING = 0.38  # a drop hanging from the far edge: wider, never across the width
MARGIN = 0.03  # paper kept between a whole drop and the frame (share of the side)
HANG = (0.3, 0.4)  # the share of drops hung from the far edge: calm song, added when loud
CUT = (-0.1, 0.4)  # where a hanging drop's centre stands from the far edge (its radius)
STATIONS = np.array([0.12, 0.5, 0.88])  # where along its room the drop sits: one end, middle
WHOLE = (0.95, 1.0)  # how much of the art's depth a whole drop fills
HANG_FILL = (0.75, 1.0)  # a hanging drop's share of WIDEST_HANGING (room to move along)
CALM_BELOW = 0.35  # a song working the bath under this swirls its drop slowly
LOUD_ABOVE = 0.65  # one over this combs it tight
FIT_GRID = 48  # the grid the worked drop is fitted on (the same fit at every size)
SATELLITES_MOST = 3  # the most small drops beside the big one (the song's other peaks)
SATELLITE_LOUD = 0.45  # a loud moment at least this strong drops a small one
SHRINK = 0.12  # the big drop's size given up for each small one
TRIES = 4  # the places tried for each small drop
HUDDLE = 0.4  # the share of small drops huddled by the big one's rim (a cluster)


def dark_ground(d: ArtDirection) -> bool:
    """Whether the cover's paper is dark (the genre's own black, or a dark palette)."""
    dark_genre = d.language.subgenre in inks_of.DARK or d.genre == "metal"
    return dark_genre or compose.dark_field(rgb_to_oklch(d.palette.background)[0])


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


def drive(d: ArtDirection) -> float:
    """How hard the song works the bath (0 calm .. 1 loud): its energy most, its
    turbulence and tempo a little."""
    raw = 0.65 * d.energy + 0.2 * d.turbulence + 0.15 * pat.fineness(d)
    return float(np.clip((raw - 0.3) / 0.45, 0.0, 1.0))


def _long_deep(d: ArtDirection, side: str) -> tuple[float, float, float]:
    """The art box's span along the title's edge (from, to) and its depth from the
    far edge (the edge away from the title) to the title's side."""
    x0, y0, x1, y1 = sheet.art_box(d, side)
    if side == "right":
        return y0, y1, x1
    if side.startswith("bottom"):
        return x0, x1, y1
    return x0, x1, 1.0 - y0


def _point(side: str, along: float, depth: float) -> Point:
    """The point `along` the title's edge, `depth` in from the far edge."""
    if side == "right":
        return depth, along
    if side.startswith("bottom"):
        return along, depth
    return along, 1.0 - depth


def placement(
    d: ArtDirection, rng: np.random.Generator, side: str
) -> tuple[str, float, float, float]:
    """How the drop sits: whole in the art's box (MARGIN of paper all round) or
    hanging from the far edge, boldly cropped by that one edge (HANG; a louder song
    more often); where along the title's edge (one of STATIONS, the one by the song's
    loud moment likelier), how deep the far edge cuts it and how much of the box a
    whole drop fills (the seed). Never in a corner: a drop clipped by two edges read as
    a fragment with the cover left empty (Glass City, Lift Every Hand, round 17)."""
    mode = "hang" if rng.random() < HANG[0] + HANG[1] * drive(d) else "whole"
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    near = np.exp(-(((STATIONS - loud) / 0.4) ** 2))  # the stations by the loud moment likelier
    station = STATIONS[int(rng.choice(len(STATIONS), p=near / near.sum()))]
    at = float(np.clip(station + rng.uniform(-0.12, 0.12), 0.0, 1.0))
    fills = rng.uniform(*(WHOLE if mode == "whole" else HANG_FILL))
    return mode, at, float(rng.uniform(*CUT)), float(fills)


def centre(
    d: ArtDirection, side: str, how: tuple[str, float, float, float], scale: float
) -> tuple[Point, float]:
    """The drop's centre and radius for a placement (`scale` shrinks it): whole, as big
    as the art's box holds with MARGIN all round; hanging, its centre by the far edge
    (cut there by a share of its radius), up to WIDEST_HANGING wide."""
    mode, at, cut, fills = how
    lo, hi, deep = _long_deep(d, side)
    if mode == "whole":
        r = min((deep - 2 * MARGIN) / 2, (hi - lo) / 2 - MARGIN, WIDEST) * scale * fills
        # off the middle by the seed, never against an edge: a drop shrunk to fit moves
        # in from the edge it had run off
        off = 0.2 + 0.6 * (cut - CUT[0]) / (CUT[1] - CUT[0])
        depth = MARGIN + r + max(deep - 2 * MARGIN - 2 * r, 0.0) * off
    else:
        r = min((deep - MARGIN) / (1 + cut), (hi - lo) / 2 - MARGIN, WIDEST_HANGING) * scale * fills
        depth = r * cut
    r = max(r, 0.05)
    least, most = lo + MARGIN + r, hi - MARGIN - r
    along = least + (most - least) * (0.04 + 0.92 * at) if most > least else (lo + hi) / 2
    return _point(side, along, depth), r


def work(f: mf.Field, d: ArtDirection, c: Point, r: float, side: str, seed: int) -> None:
    """Undo the moves through the drop (newest first), by how hard the song works the
    bath: a calm song one slow wide swirl off its middle; a middling one a single
    stylus stroke pulling a tongue out of it; a loud one a comb of tight tines dragged
    through it (more tines for a faster song), away from the title."""
    rng = np.random.default_rng(seed)
    hard = drive(d)
    angle = away_from_title(d, side, rng)
    mf.breeze(f, rng, 0.003 + 0.006 * d.turbulence)
    if hard < CALM_BELOW:  # off the middle: the drop turned into a slow comma
        off, a = rng.uniform(0.25, 0.45) * r, rng.uniform(0, 2 * np.pi)
        at = (c[0] + off * np.cos(a), c[1] + off * np.sin(a))
        turn = (2.6 + 1.6 * rng.random()) * (1 if rng.random() < 0.5 else -1)
        mf.swirl(f, at, turn, rng.uniform(0.45, 0.6) * r)
    elif hard < LOUD_ABOVE:  # across one flank (through the middle it drew a heart)
        off = rng.uniform(0.45, 0.7) * r * (1 if rng.random() < 0.5 else -1)
        at = (c[0] - off * np.sin(angle), c[1] + off * np.cos(angle))
        sway = rng.uniform(0.05, 0.1) * r * (1 if rng.random() < 0.5 else -1)
        mf.stroke(f, at, angle, rng.uniform(0.5, 0.7) * r, 0.08 * r, sway, 2.4 * r)
    else:
        spacing = r / (2.2 + 1.5 * pat.fineness(d) + 1.0 * hard)
        pull = spacing * (0.8 + 0.5 * hard)
        mf.comb(f, angle, spacing, rng.uniform(0, spacing), pull, spacing * 0.5)


def away_from_title(d: ArtDirection, side: str, rng: np.random.Generator) -> float:
    """The stylus's direction: from the key (pat.comb_angle), turned about where it
    would pull toward the title."""
    angle = pat.comb_angle(d, rng)
    toward = {"right": 0.0, "bottom": np.pi / 2}.get(side.split("-")[0], -np.pi / 2)
    return angle + np.pi if np.cos(angle - toward) > 0.1 else angle


def _pulled(f: mf.Field, d: ArtDirection, c: Point, r: float, side: str, seed: int) -> None:
    """Undo the stylus's figure through the drop (marbled_ebru), as the seed and the
    song pick it, drawn along the key's line or turned an eighth from it (the seed)."""
    rng = np.random.default_rng(seed)
    turn = float(rng.choice((0.0, np.pi / 4, -np.pi / 4, np.pi / 2)))  # the seed turns it
    angle = away_from_title(d, side, rng) + turn
    ebru.pull(f, d, r, angle, ebru.figure(drive(d), rng), int(rng.integers(2**31)), c)


def _fits(d: ArtDirection, c: Point, r: float, side: str, seed: int, mode: str) -> bool:
    """Whether the worked drop (on a FIT_GRID grid) keeps off the title's block, and
    off the frame's edges but the far one where it hangs (never a corner fragment)."""
    f = mf.Field.grid(FIT_GRID)
    _pulled(f, d, c, r, side, seed)
    inked = mf.rings(f, c) < r
    x0, y0, x1, y1 = sheet.art_box(d, side)
    g = (np.arange(FIT_GRID) + 0.5) / FIT_GRID
    ys, xs = np.nonzero(inked)
    if not ys.size:
        return True
    # ink this close to the frame's edge runs off it (the fit's coarse grid misses a
    # hanging drop's thin tips)
    edge = (1.5 if mode == "whole" else 2.5) / FIT_GRID
    off = {
        "left": g[xs].min() < edge,
        "right": g[xs].max() > 1 - edge,
        "top": g[ys].min() < edge,
        "bottom": g[ys].max() > 1 - edge,
    }
    far = {"right": "left", "bottom": "top"}.get(side.split("-")[0], "bottom")
    if any(v for k, v in off.items() if mode == "whole" or k != far):
        return False
    if side == "right":
        return bool(g[xs].max() <= x1)
    if side.startswith("bottom"):
        return bool(g[ys].max() <= y1)
    return bool(g[ys].min() >= y0)


def drop(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """One big drop in a calm bath, whole or hanging from the far edge (placement),
    worked as the song works the bath (see work), shrunk until it keeps off the title
    and the frame's other edges; the focus its disc."""
    how = placement(d, rng, side)
    seed = int(rng.integers(2**31))
    # a whole drop leaves the small ones room (SHRINK each); those that then fit
    # (a drop hung from the far edge keeps its size: a bold crop)
    wanted, shrink = len(other_peaks(d)), SHRINK if how[0] == "whole" else 0.0
    for n in range(wanted, -1, -1):
        for k in range(12):
            c, r = centre(d, side, how, 0.93**k * (1.0 - shrink * n))
            if _fits(d, c, r, side, seed, how[0]):
                break
        small = satellites(d, np.random.default_rng(seed + 1), side, (c, r), seed) if n else []
        if small or not n:  # some fit (the big drop grows back where none do)
            break
    _pulled(f, d, c, r, side, seed)
    dark = dark_ground(d)
    layers = [(mf.rings(f, c), ebru.rings(d, rng, inks, r, dark))]
    for k, (at, r2) in enumerate(small):  # each a neighbour's inks swapped by turns
        layers.append((mf.rings(f, at), ebru.rings(d, rng, inks, r2, dark, k + 1)))
    box = sheet.art_box(d, side)
    drawn = [(c, r), *small]
    seen = [min(p[0] - q for p, q in drawn), min(p[1] - q for p, q in drawn)]
    seen += [max(p[0] + q for p, q in drawn), max(p[1] + q for p, q in drawn)]
    focus = (max(seen[0], box[0]), max(seen[1], box[1]), min(seen[2], box[2]), min(seen[3], box[3]))
    return layers, compose.clip_box(focus)


def other_peaks(d: ArtDirection) -> list[tuple[float, float]]:
    """The song's loud moments after its loudest that drop small drops (place, strength)."""
    line = pat.energy_line(d)
    return [p for p in pat.peaks(line, 1 + SATELLITES_MOST)[1:] if p[1] > SATELLITE_LOUD]


def satellites(
    d: ArtDirection,
    rng: np.random.Generator,
    side: str,
    hero: tuple[Point, float],
    seed: int,
) -> list[tuple[Point, float]]:
    """The small drops beside the big one: one for each of the song's other loud
    moments (pat.peaks, as strong as SATELLITE_LOUD), as big as that moment is loud,
    dropped at its place along the title's edge where it falls clear of the big drop
    (or, the seed willing, huddled by its rim: a cluster), at a depth the seed picks;
    each kept only where its worked rings stay in the art's box and off the others."""
    (c, r), chosen = hero, []
    others = other_peaks(d)
    lo, hi, deep = _long_deep(d, side)
    huddle = rng.random() < HUDDLE
    f = mf.Field.grid(FIT_GRID)
    _pulled(f, d, c, r, side, seed)
    g = (np.arange(FIT_GRID) + 0.5) / FIT_GRID
    x0, y0, x1, y1 = sheet.art_box(d, side)
    keep = 2 * MARGIN  # the fit's coarse grid misses thin tips
    inside = ((g[None, :] > x0 + keep) & (g[None, :] < x1 - keep)) & (
        (g[:, None] > y0 + keep) & (g[:, None] < y1 - keep)
    )
    taken = mf.rings(f, c) < r + GAP * 0.7
    for at, loud in others:
        r2 = r * (0.2 + 0.22 * loud) * float(rng.uniform(0.85, 1.15))
        for _ in range(TRIES):  # a few places for each, the first clear one kept
            if huddle:  # by the big drop's rim, toward the moment's side
                turn = float(rng.uniform(-1.4, 1.4)) + (0.0 if at > 0.5 else np.pi)
                gap = r + r2 + GAP * float(rng.uniform(0.9, 1.4))
                point = (c[0] + gap * np.cos(turn), c[1] + gap * np.sin(turn))
            else:
                along = lo + MARGIN + r2 + (hi - lo - 2 * (MARGIN + r2)) * at
                point = _point(side, along, float(rng.uniform(MARGIN + r2, deep - MARGIN - r2)))
            inked = mf.rings(f, point) < r2
            if inked.any() and not (inked & ~inside).any() and not (inked & taken).any():
                chosen.append((point, r2))
                taken |= mf.rings(f, point) < r2 + GAP * 0.7
                break
    return chosen
