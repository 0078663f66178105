"""Pixel sort: a picture melted into sorted streaks on purpose (Kim Asendorf's
threshold sort and its kin), the sort read as the design, never as damage.

Eight compositions, each its own layout, given by genre (BY_GENRE) and reported in
Artwork.layout. For IDM, glitch and techno, figure-free diagrams on a pale field, by the
song's density: disc (a dark disc of pixel cells dripping sorted streaks), barcode (a
barcode band, rows sorted into tone ramps, its bars melting down) and grid (a grid of
tones, a cell a sixteenth, its later columns sorted light to dark). For EDM, house and
hyperpop: fan (a laser fan cut in slabs on the hits, each slab's beams gathered into one
sorted bar of neon). For drum and bass, bass and trap, and elsewhere: eye (an eye in
extreme close-up whose iris streaks sideways); elsewhere also horizon (a sunset whose
sky melts over a crisp mountain or palms) and fan. For all: neon (a city at night whose
lit windows run down like rain: always for a title naming a city, the night or rain)
and letters (a short title set huge, dripping: the title, so the pipeline sets none).

Retired (RETIRED): the profile (a head melting sideways: "the profile does not read; a
red smear"), the bands (a sunset's gradient bands sorted below one hard edge:
"grey mush", "looks like file corruption", Static Bloom's red and grey bands on every
worst list), the bloom (a flower bursting in rays: "a smeared dandelion, the
smear reads as an accident"), the mosh (shifted macroblocks: "reads as damage"), the
CRT (a television in a bezel: clip art, as the vinyl and cassette were) and the
stripes (a striped awning sorted along diagonals); before them
the idol (a mannequin head), the skyline ("a muddy grey pixel city") and the melt ("a
bare trapezoid").

A streak starts where the subject crosses a threshold and takes the run past it,
sorted light to dark; the title's band stays calm, and it is shallow (CALM_SMALL) for
the genres whose titles are small (techno, IDM: the focal region is big, so the title
goes small to its band). Loudness sets how much melts; the energy curve, the streaks'
lengths; the onsets cut the sort into slices; genre -> the inks; seed -> the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import pixel_diagrams as diagrams
from sleeve.engine.styles.cover_parts import pixel_figures as figures
from sleeve.engine.styles.cover_parts import pixel_lasers as lasers
from sleeve.engine.styles.cover_parts import pixel_melts as melts
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_scenes as scenes
from sleeve.engine.styles.cover_parts import pixel_sources as sources
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.title_words import motifs
from sleeve.engine.title_layout import TitleLayout

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
    subjects=("city", "night", "rain"),  # the neon city, its lights running down like rain
)
SUBJECT_LAYOUTS = {subject: ("neon",) for subject in STYLE.subjects}  # registry.draws_named

# calm to loud
COMPOSITIONS = ("disc", "barcode", "grid", "horizon", "eye", "neon", "fan", "letters")
RETIRED = ("profile", "bands", "bloom", "mosh", "crt", "stripes", "idol", "skyline", "melt")
DIAGRAM_GENRES = ("idm", "glitch", "experimental", "techno", "minimal", "industrial")
RAVE_GENRES = ("edm", "house", "trance", "rave", "hardstyle", "hyperpop", "digicore")
NIGHT_GENRES = ("dnb", "jungle", "bass", "dubstep", "garage", "trap", "drill")
BY_GENRE = {  # no figures for the diagram genres, no dark mountain for a rave
    "diagram": ("disc", "barcode", "grid", "letters"),  # by the song's density
    "rave": ("fan", "letters"),  # the city only for a title naming it
    "night": ("eye", "neon", "letters"),  # rain streaks and city lights
    "other": ("horizon", "eye", "neon", "fan", "letters"),
}
RES = 288  # the side the picture is sorted at
CALM, CALM_SMALL = 0.36, 0.22  # the title band's depth; where titles are small
SMALL_TITLES = ("idm", "glitch", "experimental", "techno", "minimal", "industrial")
NEON_WORDS = ("neon", "néon", "неон", "ネオン", "네온")


def calm_depth(d: ArtDirection) -> float:
    """How deep the title's band is kept calm: shallow where the genre sets its title
    small (the art takes the rest, the title its corner of the band)."""
    tags = (d.language.subgenre, d.genre)
    return CALM_SMALL if any(t in SMALL_TITLES for t in tags) else CALM


@dataclass(frozen=True)
class Band:
    """The title's calm band: its side ('top' or 'bottom') and depth (fraction)."""

    side: str
    depth: float

    def art_rows(self) -> tuple[float, float]:
        """The rows (fractions) the picture's subject may fill."""
        return figures.art_rows(self.side, self.depth)

    def calm(self, n: int) -> np.ndarray:
        """Which of n rows are the title's band."""
        pos = (np.arange(n) + 0.5) / n
        return pos < self.depth if self.side == "top" else pos >= 1.0 - self.depth


@dataclass(frozen=True)
class Sorted:
    """A sorted cover at RES: the source, the sorted picture, its focal box, and the
    choices made (composition, source kind, main sort axis k: 0 right, 1 down, 2 left,
    3 up) and the title's band kept calm."""

    source: sources.Source
    art: np.ndarray
    focal: Box
    comp: str
    kind: str
    k: int
    band: Band
    lettering: figures.Lettering | None = None


Src = sources.Source
Rng = np.random.Generator
Drawn = tuple[np.ndarray, int, Box]  # the picture, its sort axis, its focal box


def short_title(d: ArtDirection) -> bool:
    """Whether the whole title is short enough to be drawn dripping: one or two words
    of at most seven characters each."""
    return bool(figures.title_lines(d))


def names_the_night(d: ArtDirection) -> bool:
    """Whether the title names a city, the night, rain or neon."""
    low = d.title.lower()
    return bool(motifs(d.title) & set(STYLE.subjects)) or any(w in low for w in NEON_WORDS)


def genre_group(d: ArtDirection) -> str:
    """Which compositions the genre is given: 'diagram' (IDM, glitch, techno: light,
    figure-free diagrams), 'rave' (EDM, house, hyperpop: brash light), 'night' (drum
    and bass, bass, trap: the city's lights) or 'other'."""
    tags = (d.language.subgenre, d.genre)
    for group, genres in (("diagram", DIAGRAM_GENRES), ("rave", RAVE_GENRES)):
        if any(t in genres for t in tags):
            return group
    return "night" if any(t in NIGHT_GENRES for t in tags) else "other"


def _diagram(d: ArtDirection, rng: np.random.Generator) -> str:
    """The diagram the song's density asks for: sparse music one disc, the middle the
    barcode, busy music the grid of cells (the seed moves the bounds a little)."""
    density = d.density + rng.uniform(-0.05, 0.05)
    return "disc" if density < 0.35 else ("barcode" if density < 0.5 else "grid")


def _plan(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: the city for a title naming it (a city, the night, rain), else
    one of the genre's, leaning calm to loud with the song's energy and hits (the
    diagrams with its density; letters only for a short title, a quarter of them)."""
    group = genre_group(direction)
    if group == "diagram":
        comp = _diagram(direction, rng)
        if short_title(direction) and rng.random() < 0.25:
            comp = "letters"
    else:
        hits = float((signals.onsets(direction, 32) > 0.6).mean())
        lean = 0.6 * (direction.energy - 0.2) / 0.6 + 0.4 * hits + rng.uniform(-0.15, 0.15)
        given = BY_GENRE[group]
        options = tuple(c for c in given if c != "letters" or short_title(direction))
        comp = compose.pick(rng, options, lean)
    return "neon" if names_the_night(direction) else comp


def sort_cover(direction: ArtDirection) -> Sorted:
    """The sorted picture at RES, its focal box and the choices behind it."""
    rng = raster.rng_for(direction, "pixel-sort")
    side = title_band(direction, raster.rng_for(direction, "pixel-title"))
    band = Band(side, calm_depth(direction))
    comp = _plan(direction, rng)
    lettering = None
    if comp in DIAGRAMS:
        lo, hi = band.art_rows()
        drawn = DIAGRAMS[comp](direction, rng, RES, lo, hi)
        art = _keep_calm(drawn.art, drawn.source.img, band, rng)
        return Sorted(drawn.source, art, drawn.focal, comp, comp, 1, band)
    if comp == "letters":
        lettering = figures.letters(direction, rng, RES, band.side, band.depth)
        kind, src = "letters", lettering.source
    else:
        kind, src = SOURCES[comp](direction, rng, band)
    art, k, focal = DRAW[comp](src, direction, rng, band)
    art = _keep_calm(art, src.img, band, rng)
    return Sorted(src, art, focal, comp, kind, k, band, lettering)


def _keep_calm(art: np.ndarray, img: np.ndarray, band: Band, rng: Rng) -> np.ndarray:
    """The title's band back as the source drew it, from a slightly ragged edge."""
    n = art.shape[0]
    top = band.side == "top"
    edge = band.depth * n if top else (1.0 - band.depth) * n
    ragged = edge + (rng.random(n) ** 2 * 0.025 * n) * (1 if top else -1)
    rows = np.arange(n)[:, None]
    calm = rows < ragged[None, :] if top else rows >= ragged[None, :]
    return np.where(calm[..., None], img, art)


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


def _melt(
    src: Src, d: ArtDirection, rng: Rng, k: int, rows: np.ndarray, hold: float, band: Band
) -> np.ndarray:
    """Sort the subject along axis k in the given rows: each streak starts where the
    subject crosses the threshold, past the first `hold` share of the subject (kept
    crisp), reaches as the song is loud and stops short of the title's band."""
    a, s = ops.to_axis(src.img, k), ops.to_axis(src.subject, k)
    n, m = a.shape[:2]
    lum = a @ ops.LUMA
    cols = np.arange(m)[None, :]
    first = np.argmax(s, axis=1)
    last = m - 1 - np.argmax(s[:, ::-1], axis=1)
    from_here = cols >= (first + hold * (last - first))[:, None]
    calm = np.broadcast_to(band.calm(n)[:, None], src.subject.shape)
    inside = s & from_here & rows[:, None] & ~ops.to_axis(calm, k)
    q = 0.45 - 0.35 * d.loudness + 0.15 * d.turbulence + rng.uniform(-0.06, 0.06)
    values = lum[inside] if inside.any() else lum.ravel()
    if rng.random() < 0.7:  # bright pixels stream, or the dark ones
        lit = inside & (lum >= np.quantile(values, q))
    else:
        lit = inside & (lum <= np.quantile(values, 1.0 - q))
    start, run = ops.threshold_runs(a, lit, int(0.45 * m))
    reach = ops.reach(d, rng, n, 0.16 + 0.1 * d.energy, 0.4 + 0.45 * d.energy)
    length = run + (reach * m)
    into = (k == 1 and band.side == "bottom") or (k == 3 and band.side == "top")
    limit = int((1.0 - band.depth) * m) if into else m
    limit = limit - (rng.random(n) ** 2 * 0.1 * m).astype(np.intp)  # ragged
    end = np.minimum(start + length.astype(np.intp), limit)
    length = np.maximum(end - start, run)
    run = np.where(end - start < run, 0, run)  # a run already in the title band stays
    return ops.from_axis(ops.smear(a, start, run, length), k)


def _source_neon(d: ArtDirection, rng: Rng, band: Band) -> tuple[str, Src]:
    return "city", scenes.neon_city(d, rng, RES, *band.art_rows())


def _source_fan(d: ArtDirection, rng: Rng, band: Band) -> tuple[str, Src]:
    return "fan", lasers.fan(d, rng, RES, *band.art_rows())


def _source_horizon(d: ArtDirection, rng: Rng, band: Band) -> tuple[str, Src]:
    src = melts.horizon(d, rng, RES, *band.art_rows())
    return src.kind, src


def _source_eye(d: ArtDirection, rng: Rng, band: Band) -> tuple[str, Src]:
    return "eye", melts.eye(d, rng, RES, *band.art_rows())


def _draw_letters(src: Src, d: ArtDirection, rng: Rng, band: Band) -> Drawn:
    """The title's own word dripping down in slices cut on the hits."""
    rows = _hit_slices(d, RES, 16)
    hold = rng.uniform(0.3, 0.5)
    art = _melt(src, d, rng, 1, rows, hold, band)
    lo, hi = band.art_rows()
    return art, 1, (0.0, lo, 1.0, hi)


def _draw_neon(src: Src, d: ArtDirection, rng: Rng, band: Band) -> Drawn:
    """The city's lit windows run down in long vertical streaks (three a column at
    most), as long as the song is loud there, the hits leaving a few columns dry."""
    lo, hi = band.art_rows()
    reach = ops.reach(d, rng, RES, 0.12 + 0.08 * d.energy, 0.35 + 0.3 * d.energy)
    lit = src.subject & _hit_slices(d, RES, 24)[None, :]
    lit &= rng.random(RES)[None, :] < 0.85  # a few columns stay dry
    art, _ = scenes.rain(src.img, lit, (reach * RES).astype(np.intp), int(hi * RES))
    return art, 1, (0.0, lo, 1.0, hi)


def _bright(band: Band) -> tuple[float, float]:
    """The rows (fractions) where the fan's beams are bright: the art's rows less the
    third nearest the title, where they die out."""
    lo, hi = band.art_rows()
    if band.side == "top":  # the beams rise from the foot
        return lo + 0.3 * (hi - lo), hi
    return lo, hi - 0.3 * (hi - lo)


def _slabs(d: ArtDirection, rng: Rng, band: Band) -> np.ndarray:
    """Rows (RES) in a few slabs, one on each of the song's strong hits (five at least,
    from the seed where the song has fewer; seven at most, spread), in the art's rows where the
    beams are bright, away from their fading ends."""
    lo, hi = _bright(band)
    hits = np.flatnonzero(_onsets(d, 24) > 0.6) / 24
    hits = hits[np.unique(np.linspace(0, len(hits) - 1, 7).astype(np.intp))] if len(hits) else hits
    extra = rng.uniform(0, 1, max(0, 5 - len(hits)))
    rows = np.zeros(RES, bool)
    for at in np.concatenate((hits, extra)):
        top = int((lo + (hi - lo) * 0.9 * at) * RES)
        rows[top : top + int(RES * rng.uniform(0.012, 0.035))] = True
    return rows


def _draw_fan(src: Src, d: ArtDirection, rng: Rng, band: Band) -> Drawn:
    """The laser fan cut in slabs on the hits, each slab's lit beams gathered sideways
    into one bar sorted bright to dark: the beams' neons in one ramp; for hyperpop,
    glitter scattered over it, more as the song is dense."""
    k = 0 if rng.random() < 0.5 else 2
    a, s = ops.to_axis(src.img, k), ops.to_axis(src.subject, k)
    art = ops.from_axis(lasers.gather(a, s, _slabs(d, rng, band)), k)
    if any(t in sources.NEON for t in (d.language.subgenre, d.genre)):
        lo, hi = _bright(band)
        rows = (np.arange(RES) >= lo * RES) & (np.arange(RES) < hi * RES)
        art = lasers.glitter(art, rng, src.subject & rows[:, None], 24 + int(40 * d.density))
    lo, hi = band.art_rows()
    return art, k, (0.0, lo, 1.0, hi)


def _draw_horizon(src: Src, d: ArtDirection, rng: Rng, band: Band) -> Drawn:
    """The sunset's sky alone melting down in long streaks over the silhouette, which
    stays crisp: each column from a ragged line (higher where the song is loud) down
    to the silhouette, the sun's light pooling at the tips."""
    assert isinstance(src, melts.Horizon)
    lo, hi = band.art_rows()
    art, _ = melts.melt_sky(src, d, rng, int(lo * RES) + 1)
    return art, 1, (0.0, lo, 1.0, hi)


def _draw_eye(src: Src, d: ArtDirection, rng: Rng, band: Band) -> Drawn:
    """The eye's iris streaking sideways from the pupil, across the white and out over
    the skin, the pupil and the lids kept crisp."""
    k = 0 if rng.random() < 0.5 else 2
    a, s = ops.to_axis(src.img, k), ops.to_axis(src.subject, k)
    m = a.shape[1]
    x0, _, r = src.centre
    pupil = int(((x0 if k == 0 else 1.0 - x0) + 0.1 * r) * m)
    cols = np.arange(m)[None, :]
    lit = s & (cols >= pupil) & _hit_slices(d, RES, 12)[:, None]
    start, run = ops.threshold_runs(a, lit, m)
    reach = ops.reach(d, rng, RES, 0.22 + 0.1 * d.energy, 0.5 + 0.4 * d.energy)
    length = np.minimum(run + (reach * m).astype(np.intp), m - start)
    art = ops.from_axis(ops.smear(a, start, run, length), k)
    lo, hi = band.art_rows()
    return art, k, (0.0, lo, 1.0, hi)


DIAGRAMS = {"barcode": diagrams.barcode, "grid": diagrams.grid, "disc": diagrams.disc}
SOURCES = {
    "horizon": _source_horizon,
    "eye": _source_eye,
    "neon": _source_neon,
    "fan": _source_fan,
}
DRAW = {
    "horizon": _draw_horizon,
    "eye": _draw_eye,
    "neon": _draw_neon,
    "letters": _draw_letters,
    "fan": _draw_fan,
}


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the plan's, no drawing."""
    return _plan(direction, raster.rng_for(direction, "pixel-sort"))


def sets_title(direction: ArtDirection) -> bool:
    """Whether the cover's art is its title (the letters composition), so the pipeline
    calls render_with_title and sets no second title on top."""
    return layout_of(direction) == "letters"


def _drawn(direction: ArtDirection, size: int) -> tuple[Image.Image, Sorted]:
    done = sort_cover(direction)
    img = raster.to_image(done.art).resize((size, size), Image.Resampling.BILINEAR)
    return finish(img, direction, "pixel-sort", 0.02), done


def _title_layout(image: Image.Image, done: Sorted, size: int) -> TitleLayout:
    """Where the dripping title went: its letters' mask (as set, before the drip), one
    box a line and the letters' mean ink."""
    assert done.lettering is not None, "only the letters composition sets the title"
    lettering, k = done.lettering, size / RES
    glyphs = raster.to_image(done.source.subject.astype(np.float32))
    mask = glyphs.resize((size, size), Image.Resampling.BILINEAR)
    boxes = tuple(tuple(int(round(v * k)) for v in b) for b in lettering.boxes)
    ink = np.asarray(image, np.float64)[np.asarray(mask) > 127].mean(axis=0)
    middle = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2 / size
    band = 0 if middle < 0.4 else (2 if middle > 0.6 else 1)
    chars = tuple(len(line) for line in lettering.lines)
    color = (int(ink[0]), int(ink[1]), int(ink[2]))
    return TitleLayout(mask, boxes, chars, color, "none", band)  # type: ignore[arg-type]


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The letters cover: the title itself dripping, and where it went."""
    image, done = _drawn(direction, size)
    return image, _title_layout(image, done, size)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size): sorted at RES, scaled up, grain."""
    image, done = _drawn(direction, size)
    return Artwork(image, done.focal, done.comp)
