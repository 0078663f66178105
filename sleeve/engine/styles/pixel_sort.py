"""Pixel sort: a clear picture with a bounded, composed part of it melted into long
sorted streaks (Kim Asendorf's threshold sort). A bold source (a sunset over water, a
city skyline, a face in profile, a geometric peak, a planet; see pixel_sources) stays
crisp except where its subject is sorted, in one of three compositions: a drip (the
subject's far part melts down, up or sideways), a band (a strip of rows across the
subject streaked sideways, broken on the song's hits) or a column (one vertical strip
through the subject melted down or up).

A streak starts where the subject's luminance crosses a threshold (a clean start),
takes the run of pixels past it, sorts them light to dark and stretches them; the
streaks stop short of the title's band. energy -> how far the streaks reach; the
energy curve -> each streak's length across the cover; onsets -> long runners and
where a band breaks; turbulence -> the threshold; genre -> the inks (neon for
hyperpop, light mono + one red for IDM, dark mono for techno); seed -> the source,
the direction, the region.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_sources as sources
from sleeve.engine.styles.cover_parts.calm_zone import title_band

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
)

COMPOSITIONS = ("column", "drip", "band")  # calm to loud
RES = 288  # the side the picture is sorted at
# the directions a subject may melt in (0 right, 1 down, 2 left, 3 up), by source:
# a bust stands on the bottom edge, so it cannot drip down; a city's lights rise;
# a peak melted upwards read as a slab
DIRECTIONS = {
    "sunset": (1, 1, 1, 0, 2),
    "skyline": (3,),
    "profile": (0, 2, 3),
    "peak": (1, 1, 0, 2),
    "planet": (1, 1, 3, 0, 2),
}


def _end_limit(k: int, side: str, m: int) -> int:
    """How far along the axis a streak may run before it enters the title's band."""
    if (k == 1 and side == "bottom") or (k == 3 and side == "top"):
        return int(0.62 * m)
    return m


def _melt(
    src: sources.Source,
    d: ArtDirection,
    rng: np.random.Generator,
    k: int,
    rows: np.ndarray,
    hold: float,
    side: str,
    far: float = 0.0,
) -> np.ndarray:
    """Sort the subject along axis k in the given rows (fractions 0..1 across the
    axis): each streak starts where the subject crosses the threshold, past the first
    `hold` share of the subject (kept crisp), and reaches as the song is loud."""
    a, s = ops.to_axis(src.img, k), ops.to_axis(src.subject, k)
    n, m = a.shape[:2]
    lum = a @ ops.LUMA
    cols = np.arange(m)[None, :]
    first = np.argmax(s, axis=1)
    last = m - 1 - np.argmax(s[:, ::-1], axis=1)
    from_here = cols >= (first + hold * (last - first))[:, None]
    calm = np.zeros(src.subject.shape, bool)  # the title's band: no streak starts there
    calm[: int(0.36 * n)] = side == "top"
    calm[int(0.64 * n) :] = side == "bottom"
    inside = s & from_here & rows[:, None] & ~ops.to_axis(calm, k)
    q = 0.1 + 0.4 * d.turbulence + rng.uniform(-0.08, 0.08)
    values = lum[inside] if inside.any() else lum.ravel()
    if rng.random() < 0.7:  # bright pixels stream, or the dark ones
        lit = inside & (lum >= np.quantile(values, q))
    else:
        lit = inside & (lum <= np.quantile(values, 1.0 - q))
    start, run = ops.threshold_runs(a, lit, int(0.45 * m))
    reach = ops.reach(d, rng, n, 0.06 + 0.1 * d.energy + far, 0.3 + 0.45 * d.energy + far)
    length = run + (reach * m)
    limit = _end_limit(k, side, m) - (rng.random(n) ** 2 * 0.1 * m).astype(np.intp)  # ragged
    end = np.minimum(start + length.astype(np.intp), limit)
    length = np.maximum(end - start, run)
    run = np.where(end - start < run, 0, run)  # a run already in the title band stays
    return ops.from_axis(ops.smear(a, start, run, length), k)


def _band_rows(
    d: ArtDirection, rng: np.random.Generator, cy: float, side: str, n: int
) -> np.ndarray:
    """A strip of rows across the subject, out of the title's band, broken into
    pieces by thin unsorted gaps on the song's strong hits."""
    lo, hi = (0.38, 1.0) if side == "top" else (0.0, 0.62)
    height = rng.uniform(0.1, 0.2) + 0.08 * d.energy
    y0 = float(np.clip(cy - height * rng.uniform(0.3, 0.7), lo, hi - height))
    pos = (np.arange(n) + 0.5) / n
    rows = (pos >= y0) & (pos <= y0 + height)
    hits = signals.onsets(d, 12) > 0.7
    for at in np.flatnonzero(hits[1:-1]) + 1:
        gap = y0 + height * at / 12
        rows &= np.abs(pos - gap) > 0.006
    return rows


@dataclass(frozen=True)
class Sorted:
    """A sorted cover at RES: the source, the sorted picture, its focal box, and the
    choices made (composition, source kind, sort axis k: 0 right, 1 down, 2 left, 3
    up) and the title's band kept calm."""

    source: sources.Source
    art: np.ndarray
    focal: Box
    comp: str
    kind: str
    k: int
    side: str


def _plan(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, str]:
    """The composition planned (leaning calm to loud) and the source, the first draws
    of the sort's rng."""
    lean = (direction.energy - 0.2) / 0.6 + rng.uniform(-0.2, 0.2)
    return compose.pick(rng, COMPOSITIONS, lean), compose.pick(rng, sources.SOURCES)


def sort_cover(direction: ArtDirection) -> Sorted:
    """The sorted picture at RES, its focal box and the choices behind it."""
    rng = raster.rng_for(direction, "pixel-sort")
    side = title_band(direction, raster.rng_for(direction, "pixel-title"))
    comp, kind = _plan(direction, rng)
    src = sources.source(kind, direction, rng, RES, side)
    art, k = _compose(comp, kind, src, direction, rng, side)
    changed = np.abs(art - src.img).sum(axis=2) > 0.08
    if changed.mean() < 0.04:  # too little sorted to read: the subject melts further
        comp = "drip"
        art, k = _compose(comp, kind, src, direction, rng, side, 0.2)
        changed = np.abs(art - src.img).sum(axis=2) > 0.08
    return Sorted(src, art, _box(src.subject | changed), comp, kind, k, side)


def _compose(
    comp: str,
    kind: str,
    src: sources.Source,
    direction: ArtDirection,
    rng: np.random.Generator,
    side: str,
    far: float = 0.0,
) -> tuple[np.ndarray, int]:
    """The source sorted in one composition (a band, a column or a drip, its streaks
    `far` longer) and the axis it was sorted along."""
    cx, cy, r = src.centre
    pos = (np.arange(RES) + 0.5) / RES
    free = (pos > 0.36) if side == "top" else (pos < 0.64)
    far -= 0.3 if kind == "skyline" else 0.0  # a city's rising light stops short of the top
    if comp == "band":
        k = (0, 2)[int(rng.integers(2))]
        rows = _band_rows(direction, rng, cy, side, RES)
        return _melt(src, direction, rng, k, rows, rng.uniform(0.2, 0.5), side, far + 0.12), k
    if comp == "column":
        k = 3 if kind in ("skyline", "profile") else 1
        width = rng.uniform(0.14, 0.32)
        mid = cx + rng.uniform(-0.5, 0.5) * r
        rows = np.abs(pos - mid) < width / 2
        return _melt(src, direction, rng, k, rows, rng.uniform(0.2, 0.55), side, far + 0.1), k
    ways = DIRECTIONS[kind]
    k = ways[int(rng.integers(len(ways)))]
    blocked = (k == 1 and side == "bottom" and kind != "planet") or (
        k == 3 and side == "top" and kind != "skyline"
    )
    if blocked:  # no room to drip before the title's band: melt sideways
        k = (0, 2)[int(rng.integers(2))]
    rows = free if k in (0, 2) else np.ones(RES, bool)
    hold = 0.45 if far else rng.uniform(0.5, 0.78)
    return _melt(src, direction, rng, k, rows, hold, side, far + 0.05), k


def _box(mask: np.ndarray) -> Box:
    """The bounding box of a mask's true pixels, as fractions of the side."""
    n = mask.shape[0]
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return (0.0, 0.0, 1.0, 1.0)
    return (cols[0] / n, rows[0] / n, (cols[-1] + 1) / n, (rows[-1] + 1) / n)


def _layout(comp: str, kind: str) -> str:
    """The layout's name: the composition the sort ended in, and the source."""
    return f"{comp}-{kind}"


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`. A planned drip is named from the
    plan; a band or a column that sorts too little becomes a drip, which only the
    sort at RES tells (about 12 ms)."""
    comp, kind = _plan(direction, raster.rng_for(direction, "pixel-sort"))
    if comp == "drip":  # a drip stays a drip
        return _layout(comp, kind)
    done = sort_cover(direction)
    return _layout(done.comp, done.kind)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size): sorted at RES, scaled up, grain."""
    done = sort_cover(direction)
    img = raster.to_image(done.art).resize((size, size), Image.Resampling.BILINEAR)
    image = finish(img, direction, "pixel-sort", 0.02)
    return Artwork(image, done.focal, _layout(done.comp, done.kind))
