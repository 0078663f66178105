"""Pixel sort: a bold picture melted into sorted streaks and glitched like a broken signal.

Six compositions, each its own skeleton (Kim Asendorf's threshold sort and its kin):
bloom (a flower bursting in rays sorted radially from its heart), crt (the picture on
a CRT screen in a bezel: scanlines, slipped colour planes, a band of rows sorted
sideways), letters (the title's own lead word set huge and melting), profile (a head
in profile melting sideways), stripes (a striped field sorted along diagonals) and
mosh (a datamosh band of shifted, smeared macroblocks tearing the picture). Retired:
the idol, a frontal mask-like face, which three reviewers read as a clip-art
mannequin head; the skyline (a city's towers pulled up into the sky: "a muddy grey
pixel city") and the melt (a sunset, planet or peak dripping: "a bare trapezoid that
looks unfinished"), which two art directors graded M and would not release.

A streak starts where the subject's luminance crosses a threshold and takes the run
past it, sorted light to dark and stretched; the title's band stays calm. The music
picks the composition (calm tracks lean to bloom and crt, loud, hit-dense ones to
stripes and mosh); loudness sets how much of the subject melts; the energy curve
sets each streak's length; the onsets cut the sort into slices (and set a mosh's
motion vectors); the density, a field's stripe count; the tempo, a flower's petals;
genre -> the inks (neon for hyperpop, acid on black for glitch, light mono + one red
for IDM, dark mono + one spot for techno); seed -> the source, direction and place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import pixel_figures as figures
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_sources as sources
from sleeve.engine.styles.cover_parts.calm_zone import title_band

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
)

COMPOSITIONS = ("bloom", "crt", "letters", "profile", "stripes", "mosh")
RES = 288  # the side the picture is sorted at


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
    q = 0.45 - 0.35 * d.loudness + 0.15 * d.turbulence + rng.uniform(-0.06, 0.06)
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


@dataclass(frozen=True)
class Sorted:
    """A sorted cover at RES: the source, the glitched picture, its focal box, and the
    choices made (composition, source kind, main sort axis k: 0 right, 1 down, 2 left,
    3 up, 4 diagonal, 5 radial, -1 none) and the title's band kept calm."""

    source: sources.Source
    art: np.ndarray
    focal: Box
    comp: str
    kind: str
    k: int
    side: str


Src = sources.Source
Rng = np.random.Generator
Drawn = tuple[np.ndarray, int, "Box | None"]  # the picture, its sort axis, its focal box

# what each composition sorts: its source kinds (the seed picks)
KINDS = {
    "bloom": ("flower",),
    "crt": ("sunset", "planet"),
    "letters": ("letters",),
    "profile": ("profile",),
    "stripes": ("stripes",),
    "mosh": ("sunset", "planet", "peak"),
}


def _plan(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, str]:
    """The composition (leaning calm to loud with the song's energy and hits) and its
    source, the first draws of the sort's rng."""
    hits = float((signals.onsets(direction, 32) > 0.6).mean())
    lean = 0.6 * (direction.energy - 0.2) / 0.6 + 0.4 * hits + rng.uniform(-0.15, 0.15)
    options = (
        COMPOSITIONS
        if figures.lead(direction)
        else tuple(c for c in COMPOSITIONS if c != "letters")
    )
    comp = compose.pick(rng, options, lean)
    return comp, compose.pick(rng, KINDS[comp])


def _source(kind: str, d: ArtDirection, rng: np.random.Generator, side: str) -> sources.Source:
    drawn = {"flower": figures.flower, "stripes": figures.stripes, "letters": figures.letters}
    if kind in drawn:
        return drawn[kind](d, rng, RES, side)
    return sources.source(kind, d, rng, RES, side)


def sort_cover(direction: ArtDirection) -> Sorted:
    """The glitched picture at RES, its focal box and the choices behind it."""
    rng = raster.rng_for(direction, "pixel-sort")
    side = title_band(direction, raster.rng_for(direction, "pixel-title"))
    comp, kind = _plan(direction, rng)
    src = _source(kind, direction, rng, side)
    art, k, focal = DRAW[comp](kind, src, direction, rng, side)
    if comp == "crt":  # the screen is its own picture: the source shows on it
        src = dataclasses.replace(src, img=art)
    art = _keep_calm(art, src.img, side, rng)
    changed = np.abs(art - src.img).sum(axis=2) > 0.08
    box = focal if focal is not None else _box(src.subject | changed)
    return Sorted(src, art, box, comp, kind, k, side)


def _keep_calm(art: np.ndarray, img: np.ndarray, side: str, rng: np.random.Generator) -> np.ndarray:
    """The title's band back as the source drew it, from a slightly ragged edge."""
    n = art.shape[0]
    edge = (0.36 if side == "top" else 0.64) * n
    ragged = edge + (rng.random(n) ** 2 * 0.025 * n) * (1 if side == "top" else -1)
    rows = np.arange(n)[:, None]
    calm = rows < ragged[None, :] if side == "top" else rows >= ragged[None, :]
    return np.where(calm[..., None], img, art)


def _free(side: str) -> np.ndarray:
    pos = (np.arange(RES) + 0.5) / RES
    return (pos > 0.36) if side == "top" else (pos < 0.64)


@lru_cache(maxsize=64)
def _onsets(d: ArtDirection, count: int) -> np.ndarray:
    return signals.onsets(d, count)


def _hit_slices(d: ArtDirection, n: int, count: int = 16) -> np.ndarray:
    """Lines (0..n) kept: the song's hits cut thin unsorted gaps between slices."""
    hits = _onsets(d, count) > 0.6
    keep = np.ones(n, bool)
    width = max(1, n // 90)
    for at in np.flatnonzero(hits[1:]) + 1:
        mid = int(at * n / count)
        keep[max(0, mid - width) : mid + width] = False
    return keep


def _lit(
    lum: np.ndarray, inside: np.ndarray, d: ArtDirection, rng: np.random.Generator
) -> np.ndarray:
    """The pixels past the threshold: loudness sets how much of the subject melts."""
    q = 0.55 - 0.4 * d.loudness + rng.uniform(-0.06, 0.06)
    values = lum[inside] if inside.any() else lum.ravel()
    return inside & (lum >= np.quantile(values, float(np.clip(q, 0.08, 0.8))))


def _draw_profile(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """A head in profile, its back (or face) melting sideways across the cover."""
    cx = src.centre[0]
    k = 0 if cx < 0.5 else 2
    if rng.random() < 0.3:
        k = 3 if side == "bottom" else k
    rows = _free(side) & _hit_slices(d, RES, 12) if k in (0, 2) else _hit_slices(d, RES, 12)
    return _melt(src, d, rng, k, rows, rng.uniform(0.3, 0.55), side, 0.1), k, None


def _draw_bloom(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """A flower whose petals burst outward in rays sorted from its heart; the song's
    hits cut the rays into wedges."""
    cx, cy, r = src.centre
    angles = 360
    ang, rad, radii = ops.polar_index(RES, cx, cy, angles)
    radii = min(radii, int((1.05 * r + 0.2 + 0.3 * d.energy) * RES))  # the rays' reach
    polar = ops.to_polar(src.img, cx, cy, angles, radii)
    lum = polar @ ops.LUMA
    span = np.arange(radii)[None, :]
    inside = (span > 0.3 * r * RES) & (span < 1.05 * r * RES)
    inside = inside & _hit_slices(d, angles, 24)[:, None]
    lit = _lit(lum, inside, d, rng)
    reach = ops.reach(d, rng, angles, 0.04 + 0.12 * d.energy, 0.18 + 0.3 * d.energy)
    sorted_, changed = ops.sort_runs(polar, lit, reach * RES / radii, 0.6)
    near = rad < radii
    rad = np.minimum(rad, radii - 1)
    moved = changed[ang, rad] & near
    art = np.where(moved[..., None], sorted_[ang, rad], src.img)
    return art, 5, None


def _draw_stripes(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """A striped field sorted along diagonals, the sort broken into slices on the hits."""
    down_right = bool(rng.random() < 0.5)
    sheared = ops.shear(src.img, down_right)
    inside = ops.shear(src.subject, down_right)
    lum = sheared @ ops.LUMA
    inside = inside & _hit_slices(d, 2 * RES, 20)[:, None]
    cols = np.arange(RES)[None, :]
    lo, hi = figures.art_rows(side)
    hold = (lo + rng.uniform(0.3, 0.5) * (hi - lo)) * RES  # clean stripes, then the melt
    lit = _lit(lum, inside, d, rng) & (cols > hold)
    done, changed = sheared.copy(), np.zeros(lit.shape, bool)
    for _ in range(3):  # up to three streaks along each diagonal, one per light stripe
        reach = ops.reach(d, rng, 2 * RES, 0.03 + 0.05 * d.energy, 0.1 + 0.2 * d.energy)
        live = np.flatnonzero(lit.any(axis=1))  # only the diagonals still to sort
        done[live], more = ops.sort_runs(done[live], lit[live], reach[live], 0.1)
        changed[live] |= more
        last = np.where(more.any(axis=1), RES - 1 - np.argmax(more[:, ::-1], axis=1), -1)
        lit[live] &= cols > last[:, None] + 2
    art = np.where(
        ops.unshear(changed, down_right)[..., None], ops.unshear(done, down_right), src.img
    )
    return art, 4, (0.0, lo, 1.0, hi)


def _draw_letters(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """The title's own letters dripping down in slices cut on the hits (sideways
    streaks wiped the word out)."""
    rows = _hit_slices(d, RES, 16)
    return _melt(src, d, rng, 1, rows, rng.uniform(0.3, 0.5), side, 0.12), 1, None


def _draw_mosh(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """A picture torn by a datamosh band: macroblocks shifted along motion vectors from
    the hits, some smeared, with the band's colour planes slipped."""
    lo, hi = figures.art_rows(side)
    block = RES // 16
    height = (0.22 + 0.25 * d.loudness) * (hi - lo)
    mid = float(np.clip(src.centre[1] + rng.uniform(-0.1, 0.15), lo + height / 2, hi - height / 2))
    r0 = int((mid - height / 2) * RES) // block * block
    r1 = r0 + max(2, int(height * RES) // block) * block
    hits = signals.onsets(d, 8)
    sign = np.where(np.arange(8) % 2 == 0, 1, -1)  # the rows tear both ways
    moves = np.stack([sign * np.round(1 + hits * 5).astype(int), -(hits > 0.6).astype(int)], axis=1)
    art, changed = ops.block_shift(src.img, (r0, r1), block, moves, rng)
    art = ops.channel_split(art, changed, max(1, int(RES * 0.01)))
    first = src.subject | changed
    return art, -1, _box(first)


def _draw_crt(kind: str, src: Src, d: ArtDirection, rng: Rng, side: str) -> Drawn:
    """The picture on a CRT screen: scanlines, slipped colour planes and a band of
    rows sorted sideways, the screen set in a dark bezel."""
    lo, hi = figures.art_rows(side)
    inks = sources.inks_for(d)
    pad = rng.uniform(0.1, 0.16)
    x0, x1 = pad + rng.uniform(-0.04, 0.04), 1.0 - pad + rng.uniform(-0.04, 0.04)
    y0, y1 = lo + 0.05, hi - 0.05
    w, h = int((x1 - x0) * RES), int((y1 - y0) * RES)
    cx, cy, r = src.centre  # the screen shows the subject close up
    ch = float(np.clip(2.6 * r, 0.45, 1.0))
    cw = min(1.0, ch * w / h)
    ch = cw * h / w
    left, top = np.clip(cx - cw / 2, 0, 1 - cw), np.clip(cy - ch * 0.45, 0, 1 - ch)
    crop = (left * RES, top * RES, (left + cw) * RES, (top + ch) * RES)
    shot = raster.to_image(src.img).resize((w, h), Image.Resampling.BILINEAR, box=crop)
    pic = raster.from_image(shot)
    rows = np.zeros(h, bool)
    band = rng.uniform(0.3, 0.6)
    rows[int(band * h) : int((band + 0.1 + 0.12 * d.energy) * h)] = True
    rows &= _hit_slices(d, h, 16)
    lit = _lit(pic @ ops.LUMA, np.ones((h, w), bool) & rows[:, None], d, rng)
    reach = ops.reach(d, rng, h, 0.1, 0.4 + 0.3 * d.energy)
    pic, _ = ops.sort_runs(pic, lit, reach, 0.3)
    pic = ops.channel_split(pic, np.ones((h, w), bool), max(1, int(RES * 0.008)))
    scr = ops.scanlines(pic, 3, 0.45)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u, v = (xx + 0.5) / w * 2 - 1, (yy + 0.5) / h * 2 - 1
    glass = (np.abs(u) ** 6 + np.abs(v) ** 6) < 1.0  # a rounded screen
    scr = scr * (1.0 - 0.35 * (u**2 * v**2))[..., None]  # darker corners
    bezel = np.asarray(inks.solid, np.float32) / 255
    art = src.img.copy()
    lift = 0.92 * bezel + 0.08 * np.asarray(inks.sky[1], np.float32) / 255
    art[:] = np.asarray(inks.sky[0], np.float32) / 255
    m = int(0.035 * RES)
    top, left = int(y0 * RES), int(x0 * RES)
    art[top - m : top + h + m, left - m : left + w + m] = lift  # the set's bezel
    frame = np.where(glass[..., None], scr, lift)
    art[top : top + h, left : left + w] = frame
    return art.astype(np.float32), 0, (x0 - 0.035, y0 - 0.035, x1 + 0.035, y1 + 0.035)


DRAW = {
    "bloom": _draw_bloom,
    "crt": _draw_crt,
    "letters": _draw_letters,
    "profile": _draw_profile,
    "stripes": _draw_stripes,
    "mosh": _draw_mosh,
}


def _box(mask: np.ndarray) -> Box:
    """The bounding box of a mask's true pixels, as fractions of the side."""
    n = mask.shape[0]
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return (0.0, 0.0, 1.0, 1.0)
    return (cols[0] / n, rows[0] / n, (cols[-1] + 1) / n, (rows[-1] + 1) / n)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the plan's, no drawing."""
    return _plan(direction, raster.rng_for(direction, "pixel-sort"))[0]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size): sorted at RES, scaled up, grain."""
    done = sort_cover(direction)
    img = raster.to_image(done.art).resize((size, size), Image.Resampling.BILINEAR)
    image = finish(img, direction, "pixel-sort", 0.02)
    return Artwork(image, done.focal, done.comp)
