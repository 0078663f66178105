"""Topographic: the song's land as a contour map designed as album art, not a GIS
sheet: one mountain lit like a raised relief, a bold two-ink print of a cropped peak,
hypsometric colour bands, or thin lines in one ink on empty paper.

The title names the land where it can (topo_subject): a heart-shaped hill for a love
song, an island ringed by sea, a lake in the hills, a mountain; else the music shapes
it: the energy curve raises the ridges, the tempo sets the contour interval, the
loudest onsets are survey marks. Four
maps with different skeletons: a raised relief (Tanaka's illuminated contours on a
plain ground of one hue, its view varied by the seed: the whole mountain or a summit
cropped by the frame; dark sheets print it as an
ash-dusted etching); a full-bleed hypsometric poster (big flat colour bands out of a
flat sea, each edged by a heavy line); a traverse on paper (the song's energy as one
ridge across the frame, survey triangles on its crest); a line field (thin rings of one ink
on bare paper, warm ink on cream for the rooted genres, love songs and spoken word,
never cold lines on black). The title keeps the sea, the paper or the flat ground, never a plate.

Retired (RETIRED): the shaded relief (in greys a broken height-map render), the island
(a textbook diagram), the night map (a heat map), the chart and the survey sheet (clip
art), the contour sunrise "horizon" (a ring sun over slate water read as a vinyl or
Wi-Fi icon, the same navy-over-slate on seven of 74 covers, and one more sun on a
horizon), the contour stack "stack" (Unknown Pleasures rows whose flat plate margins
and red hot row read as a line chart, and which the ridgeline style draws better) and
the paper layers "layers" (pink amoeba sheets that repeat the paper cut style).
"""

from __future__ import annotations

from typing import NamedTuple

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, topo_range, topo_subject
from sleeve.engine.styles.cover_parts import topo_inks as inks
from sleeve.engine.styles.cover_parts import topo_marks as marks
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

STYLE = StyleInfo(
    name="topographic",
    family="image",
    fits=("ambient", "classical", "folk", "idm", "post_rock", "prog", "chamber", "new_age"),
    subjects=("heart", "mountain"),  # a heart's hill first (topo_subject.ORDER); all land
)

MAPS = ("hypsometric", "traverse", "linefield", "raised")
RETIRED = ("relief", "island", "night", "chart", "survey", "horizon", "stack", "layers", "closeup")
LEANS = {  # maps a genre family likes a little more
    "ambient": ("linefield", "raised"),
    "classical": ("linefield", "traverse"),
    "electronic": ("traverse", "raised"),
    "folk": ("linefield", "hypsometric"),
    "world": ("hypsometric", "traverse"),
    "rock": ("raised", "traverse"),
    "metal": ("raised", "traverse"),
    "children": ("hypsometric", "linefield"),
    "dance": ("traverse", "hypsometric"),
    "synthwave": ("raised", "traverse"),
    "lofi": ("traverse", "linefield"),
    "jazz": ("traverse", "linefield"),
    "pop": ("raised", "hypsometric"),
    "latin": ("hypsometric", "traverse"),
}
BY_SUBJECT = {  # the maps that draw a named land, and how readily
    "heart": {"linefield": 1.0, "raised": 0.7, "hypsometric": 0.35},
    "heart-lake": {"hypsometric": 1.0, "linefield": 0.6},
    "heart-spot": {"linefield": 1.0},
    "island": {"hypsometric": 1.0, "linefield": 0.5},
    "lake": {"hypsometric": 1.0, "linefield": 0.5},
    "mountain": {"raised": 1.0, "hypsometric": 1.0, "linefield": 0.4},
}
LOVE = (("heart", 0.45), ("heart-lake", 0.3), ("heart-spot", 0.25))  # a love title's maps
WARM = ("folk", "world", "children", "classical")  # printed in warm inks on paper
SPOKEN = ("spoken",)  # podcast jingles and spoken word: a clean line map on paper
WORK = 640  # the side the maps are drawn at (heavy lines need no more), then scaled up


def land(direction: ArtDirection) -> str:
    """The land the cover maps (topo_subject), a love title's heart drawn whole at most
    about half the time ("heart", the heart's hill; the same hill on every love song
    repeats), else subtly: a lake whose shore bends into a heart ("heart-lake") or
    hill country with a red heart for its spot height ("heart-spot")."""
    named = topo_subject.subject(direction.title)
    if named != "heart":
        return named
    kinds, odds = zip(*LOVE, strict=True)
    return str(raster.rng_for(direction, "topo-love").choice(kinds, p=odds))


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """One map, weighted by the land the title names (a heart's hill, an island, a
    lake, a mountain), else by the music and the genre: calm songs a line
    field, driven or dense ones the traverse of the song's own ridge, bright ones
    colour bands; grey palettes draw no colour bands (in greys they read as a smudge)
    and the rooted genres few (in atlas colours they read as GIS). The traverse is
    drawn only on paper (on dark grounds its bands read as op-art stripes or tyre
    tracks), and spoken word and jingles get the clean line map on paper."""
    d, e, v = direction.density, direction.energy, direction.valence
    named = BY_SUBJECT.get(land(direction))
    if direction.genre in SPOKEN and not named:
        return "linefield"
    music = named or {
        "hypsometric": 0.4 + 0.9 * v,
        "traverse": 0.15 + 0.35 * d + 0.2 * e,
        "linefield": 0.2 + 0.8 * (1 - e),
        "raised": 0.3 + 0.4 * e,
    }
    music = {m: music.get(m, 0.0) for m in MAPS}
    ink = inks.scheme(direction)
    if ink.mono:
        music["hypsometric"] = 0.0
    if not _on_paper(ink, direction):
        music["traverse"] = 0.0
    elif direction.genre in inks.NATURAL and not named:
        music["hypsometric"] *= 0.35
    if not sum(music.values()):
        music["linefield"] = 1.0
    lean = () if named else LEANS.get(direction.genre, ())
    weights = np.array([music[m] * (1.0 + 0.8 * (m in lean)) for m in MAPS])
    return MAPS[int(rng.choice(len(MAPS), p=weights / weights.sum()))]


class Plan(NamedTuple):
    """What a cover maps, before any drawing: the map and the title's zone."""

    kind: str
    zone: str

    @property
    def layout(self) -> str:
        """The composition's name (Artwork.layout)."""
        return self.kind


def plan(direction: ArtDirection) -> Plan:
    """The map and its title zone from the music, the layout and their own seeded draw."""
    rng = raster.rng_for(direction, "topographic-layout")
    kind = _choose(direction, rng)
    return Plan(kind, calm_zone.title_zone(direction, rng))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction).layout


# ------------------------------------------------------------------ shared drawing


def _bands(steps: np.ndarray, lut: np.ndarray) -> Image.Image:
    """Filled elevation bands: band k (floor of the height in steps) in lut[k]."""
    index = np.clip(np.floor(steps), 0, len(lut) - 1).astype(np.uint8)
    img = Image.fromarray(index, "P")
    img.putpalette(np.asarray(lut, np.uint8).ravel().tolist())
    return img.convert("RGB")


def _lines(img: Image.Image, line: np.ndarray, colour: RGB) -> Image.Image:
    """Contour coverage `line` (0..1) inked onto `img` in `colour`."""
    return Image.composite(Image.new("RGB", img.size, colour), img, _mask(line))


def _mask(a: np.ndarray) -> Image.Image:
    """A 0..1 coverage field as an 8-bit mask."""
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "L")


def _soft(field: np.ndarray, at: float, width: float) -> Image.Image:
    """A hard threshold of `field` at `at` as a mask, its edge `width` wide (no stairs)."""
    return _mask((field - at) / width + 0.5)


def _l(colour: RGB) -> float:
    return rgb_to_oklch(colour)[0]


def _hue(colour: RGB) -> float:
    return rgb_to_oklch(colour)[2]


def _dark_ground(s: inks.Scheme, direction: ArtDirection) -> bool:
    """Whether the map prints light on a dark ground: dark palettes and night songs."""
    return _l(direction.palette.background) < 0.45 or direction.night


def _spot(s: inks.Scheme, on_light: bool) -> RGB:
    """The accent: a grey scheme's bone accent would vanish on paper, so there it is
    the ink."""
    if rgb_to_oklch(s.accent)[1] >= 0.05:
        return s.accent
    return s.ink if on_light else s.land[-1]


# ------------------------------------------------------------------ the maps


def _pace(direction: ArtDirection) -> float:
    """The tempo in 0..1 (60 to 180 BPM): the contour interval, a fast song's lines
    packed close, a slow one's wide apart."""
    return float(np.clip((direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))


def _middle(
    box: tuple[float, float, float, float], fill: float
) -> tuple[tuple[float, float], float]:
    """The centre of `box` and a size `fill` of its shorter side."""
    x0, y0, x1, y1 = box
    return ((x0 + x1) / 2, (y0 + y1) / 2), fill * min(x1 - x0, y1 - y0)


def _heart_hill(box: tuple[float, float, float, float]) -> np.ndarray:
    """The love song's land: one clean heart-shaped hill, whole, in the art part (no
    rough ground: on it the raised relief read as camouflage and its top broke into
    small rings that read as eyes)."""
    return topo_subject.heart(*_middle(box, 0.52))


def _hypsometric(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A poster in hypsometric tints: the land the title names (an island ringed by
    sea, a lake in the hills, a heart's hill) or the
    song's own massif rises out of a flat sea that fills the title's zone, in four to
    seven big flat colour bands (the tempo sets how many), every band edged by one
    heavy ink line and the coast heavier."""
    box = calm_zone.away_from(zone)
    subject = land(direction)
    shore = 0.15 if zone == "centre" else 0.4  # a middle band leaves land on both sides
    h = _heart_hill(box) if subject == "heart" else terrain.massif(direction, rng, box)
    if subject == "island":
        h = topo_subject.islet(h, box)
    h = terrain.sink(h, zone, rng, shore)
    h = np.clip(h * 1.3, 0.0, 0.985) ** 0.7  # a big mass (no flat top: no line there)
    levels = 4 + round(3 * _pace(direction))
    if subject == "lake":  # the lake at the heart of the land, the title on its plain
        at, size = _middle(box, 0.28)
        h = np.maximum(h, 1.4 / levels)
        h = topo_subject.basin(h, at, size)
    elif subject == "heart-lake":  # a love song's lake, its shore a heart
        h = topo_subject.heart_basin(np.maximum(h, 1.4 / levels), *_middle(box, 0.3))
    line, index, steps = terrain.contours(h, levels, work, 3.0, 1.0)
    tints = inks.ramp(s.land, levels)
    lut = np.asarray([s.sea[0], *tints, tints[-1]], np.uint8)
    img = _bands(steps, lut)
    coast = np.clip(1.6 - np.abs(steps - 1.0) * 6, 0, 1)  # the shore line, doubled
    ink = s.ink if _l(s.sea[0]) > 0.45 else inks.clean(0.2, 0.05, rgb_to_oklch(s.sea[0])[2])
    img = _lines(img, np.maximum(line, coast * (steps > 0.5)), ink)
    return img, box


def _far(rng: np.random.Generator, zone: str, inset: float) -> tuple[float, float]:
    """A point `inset` in from the frame's edge farthest from the title's zone."""
    along = 0.3 if rng.random() < 0.5 else 0.7
    if zone == "right":
        return inset, along
    if zone == "bottom" or (zone == "centre" and rng.random() < 0.5):
        return along, inset
    return along, 1.0 - inset


def _waterlines(land: np.ndarray, work: int) -> np.ndarray:
    """Lines in the water that follow the shore, closer near it (an engraver's sea)."""
    glow = Image.fromarray((land * 255).astype(np.uint8), "L")
    glow = glow.filter(ImageFilter.GaussianBlur(land.shape[0] * 0.035))
    g = np.asarray(glow, np.float32) / 255.0 * (land < 0.5)
    line, _, _ = terrain.contours(np.sqrt(g) * 0.999, 5, work, 1.0)
    wet = raster.upscale((land < 0.5).astype(np.float32), work)
    return line * np.clip(wet * 2 - 1, 0, 1)


def _paper_inks(s: inks.Scheme, direction: ArtDirection, love: bool) -> tuple[RGB, RGB, RGB]:
    """Ground, ink and spot for a line map: warm paper with a sepia or (for a love
    song) a rose-red ink for the rooted genres, love songs and spoken word, else the
    sheet's own."""
    if love or direction.genre in SPOKEN or (direction.genre in WARM and not s.mono):
        ink = inks.clean(0.46, 0.15, 22.0) if love else inks.clean(0.36, 0.08, 40.0)
        return inks.clean(0.95, 0.03, 80.0), ink, inks.clean(0.58, 0.2, 25.0)
    if _dark_ground(s, direction):
        return (s.sea[0] if s.mono else s.night), s.land[-1], s.accent
    return s.paper, s.ink, _spot(s, True)


def _on_paper(s: inks.Scheme, direction: ArtDirection) -> bool:
    """Whether a line map prints on a light paper ground (see _paper_inks)."""
    return _l(_paper_inks(s, direction, False)[0]) > 0.6


def _linefield(direction, rng, s: inks.Scheme, zone: str, work: int):
    """A field of thin contour lines in one ink (every fifth line heavier, the index
    contours), the top a small solid spot in the accent, like an ECM or Kompakt
    sleeve: hill country (topo_range: summits, saddles, a valley with its river, spot
    heights; one summit's rings read as a fingerprint) or the land the title names
    drawn whole (a heart's hill in rose ink, an island or a lake with the shore's
    waterlines). Rooted genres, love songs and spoken word print warm ink on paper,
    never on black; on a dark ground the hills fill the art, never a corner."""
    subject = land(direction)
    box = calm_zone.away_from(zone)
    ground, ink, spot = _paper_inks(s, direction, subject.startswith("heart"))
    country = None
    if subject == "heart":
        h, floor = _heart_hill(box), 0.02
    elif subject in ("island", "lake", "heart-lake"):
        h = terrain.mountain(direction, rng, *_middle(box, 0.8))
        floor = 0.3 + 0.12 * (1.0 - direction.density)
        if subject != "island":
            basin = topo_subject.basin if subject == "lake" else topo_subject.heart_basin
            h, floor = basin(np.clip(h * 1.6, 0, 1), *_middle(box, 0.3)), 0.08
    else:
        country = topo_range.hills(direction, rng, box, calm_zone.ZONES[zone])
        h = country.h  # on paper the low ground stays blank, on a dark ground it fills
        floor = 0.03 if _l(ground) < 0.45 else 0.1 + 0.12 * (1.0 - direction.density)
    h = np.clip((h - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    h = terrain.lowland(h, zone, rng, 0.3 if country is None else 0.12)  # hills: own plain
    levels = 10 + round(10 * _pace(direction))
    line, index, steps = terrain.contours(h, levels, work, 1.35, 2.2)
    img = _lines(Image.new("RGB", (work, work), ground), line, ink)
    if subject in ("island", "lake", "heart-lake"):
        wet = (h > 0.5 / levels).astype(np.float32)
        if subject != "island":
            wet = np.where(terrain.zone_mask(zone, 0.05) > 0.5, 1.0, wet)  # no sea there
        img = _lines(img, 0.8 * _waterlines(wet, work), ink)
    if country is not None:
        calm = raster.upscale(terrain.zone_mask(zone, 0.05), work)
        marks.river(img, country.river, calm, _river_ink(ground))
        lower = [p for p in country.summits[1:] if steps[_px(p, work)] > 2.0]
        marks.spot_heights(img, lower, ink)
    sy, sx = np.unravel_index(int(np.argmax(steps)), steps.shape)
    r = work * (0.026 + 0.012 * direction.loudness)
    marks.top(img, (float(sx), float(sy)), r, spot, subject == "heart-spot")
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return img, box
    return img, (xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work)


def _px(p: tuple[float, float], work: int) -> tuple[int, int]:
    """A 0..1 point as a (row, column) index into a work-size field."""
    return min(int(p[1] * work), work - 1), min(int(p[0] * work), work - 1)


def _river_ink(ground: RGB) -> RGB:
    """The river's blue: deep on paper, pale on a dark ground."""
    return inks.clean(0.5, 0.11, 240.0) if _l(ground) > 0.45 else inks.clean(0.74, 0.09, 230.0)


def _traverse(direction, rng, s: inks.Scheme, zone: str, work: int):
    """The song walked as a ridge: its energy curve is the crest's height from left to
    right across the art part, the contours packing where it climbs (the tempo sets
    the interval), the loudest onsets survey marks (small triangles) on the crest; a
    pale body on a plain ground, so it reads as one long mountain at 64 px."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    if zone == "right":
        x1 = 0.6
    n = terrain.RES
    x, y = (
        (np.arange(n, dtype=np.float32) + 0.5) / n,
        (np.arange(n, dtype=np.float32)[:, None] + 0.5) / n,
    )
    song = signals.smooth(signals.energy(direction, n), 3).astype(np.float32)
    mid = y0 + (y1 - y0) * rng.uniform(0.45, 0.6)
    crest = mid + (y1 - y0) * (0.08 * np.sin(x * np.pi * rng.uniform(1, 2) + rng.uniform(0, 6)))
    width = (y1 - y0) * (0.24 + 0.26 * song)
    ridge = (0.25 + 0.75 * song) * np.exp(-(((y - crest) / width) ** 2))
    rough = raster.fractal_noise(rng, cells=terrain.roughness(direction), octaves=3, res=n)
    h = terrain.lowland((ridge * (0.93 + 0.14 * rough)).astype(np.float32), zone, rng, 0.1)
    h = h / max(float(h.max()), 1e-6)
    levels = 5 + round(5 * _pace(direction))
    line, index, steps = terrain.contours(h, levels, work, 1.2, 1.0)
    ground, ink, spot = _paper_inks(s, direction, False)
    body = _mix(ground, ink, 0.3)
    img = Image.composite(
        Image.new("RGB", (work, work), body),
        Image.new("RGB", (work, work), ground),
        _soft(steps, 1.0, 1.5),
    )
    img = _lines(img, line, ink)
    hits = signals.onsets(direction, 32)
    marks = np.argsort(hits)[-(3 + round(4 * direction.density)) :]
    draw = aggdraw.Draw(img)
    brush, side = aggdraw.Brush(spot), work * 0.022
    for i in sorted(marks):
        u = (i + 0.5) / 32
        if not x0 + 0.04 < u < x1 - 0.04:
            continue
        cx = u * work
        k = min(int(u * n), n - 1)
        cy = float(crest[k]) * work
        draw.polygon(
            (cx, cy - side, cx - side * 0.9, cy + side * 0.6, cx + side * 0.9, cy + side * 0.6),
            brush,
        )
    draw.flush()
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return img, (x0, y0, x1, y1)
    return img, (xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(p + (q - p) * t) for p, q in zip(a, b, strict=True))  # type: ignore[return-value]


def _raised_inks(s: inks.Scheme, direction: ArtDirection, love: bool) -> tuple[RGB, RGB, RGB]:
    """Ground, light and shade for the raised relief: a mid-tone ground of one hue
    (light lines and dark lines both need room above and below it), a pale light and a
    deep shade of the same hue; greys print on a dark slate with bone light, a love
    song on a warm rose clay."""
    if love:
        hue = 25.0
        return (
            inks.clean(0.6, 0.11, hue),
            inks.clean(0.97, 0.025, 70.0),
            inks.clean(0.26, 0.08, hue),
        )
    if s.mono:
        return inks.clean(0.34, 0.012, 250.0), s.land[-1], inks.clean(0.12, 0.0, 0.0)
    if direction.genre in inks.NATURAL:
        hue, chroma = _hue(s.sea[0]), 0.06
    else:
        lead = max(s.land[:3], key=lambda c: rgb_to_oklch(c)[1])
        hue, chroma = _hue(lead), 0.12
    lit = 0.42 if _dark_ground(s, direction) else 0.56
    ground = inks.clean(lit, chroma, hue)
    if rgb_to_oklch(ground)[0] > 0.7:  # a yellow kept light by the mud guard: go deep
        ground = inks.clean(0.5, 0.15, 30.0)
    return ground, inks.clean(0.97, 0.02, hue), inks.clean(0.16, 0.05, hue)


def _ash(direction: ArtDirection, s: inks.Scheme) -> bool:
    """Whether the raised relief prints as an ash-dusted etching: dark, grey and
    heavy sheets (dark ambient, metal, night)."""
    return s.mono or _dark_ground(s, direction)


def _raised(direction, rng, s: inks.Scheme, zone: str, work: int):
    """One mountain as a contour portrait lit like a raised relief (Tanaka's
    illuminated contours): only lines, on a plain mid-tone ground of one hue, each line
    light where its slope faces the upper-left light and dark where it turns away. The
    seed varies the view: the whole mountain big in its part, or one summit cropped by
    the frame's far edge (a range of summits read as pebbles and is retired); a love
    song's hill is a heart. Dark and grey sheets print as an etching dusted with ash:
    the lines broken, the ground flecked."""
    x0, y0, x1, y1 = calm_zone.away_from(zone)
    subject = land(direction)
    crop = rng.random() < 0.45
    if subject == "heart":
        h = _heart_hill((x0, y0, x1, y1))
    elif zone == "centre":  # the title across the middle: the summit rises from below
        y0, at = 0.66, (rng.uniform(0.35, 0.65), rng.uniform(0.9, 1.0))
        h = terrain.mountain(direction, rng, at, 0.75)
    elif crop:  # cropped: one giant summit at the frame's far edge
        h = terrain.mountain(direction, rng, _far(rng, zone, rng.uniform(0.05, 0.15)), 1.3)
    else:
        at = (x0 + (x1 - x0) * rng.uniform(0.44, 0.56), y0 + (y1 - y0) * rng.uniform(0.48, 0.56))
        h = terrain.mountain(direction, rng, at, 0.9 * min(x1 - x0, y1 - y0))
    heart = subject == "heart"  # clean nested hearts: rough ground read as camouflage
    if not heart:
        h = 0.85 * h + 0.15 * terrain.relief(direction, rng)
    floor = 0.02 if heart else 0.22 + 0.08 * (1.0 - direction.density)
    h = np.clip((h - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    h = terrain.lowland(h, zone, rng, 0.12)
    h /= max(float(h.max()), 1e-6)
    levels = 10 + round(10 * _pace(direction))
    ash = _ash(direction, s) and not heart  # heavier lines, so the land holds under ash
    weight = 2.2 + 0.8 * direction.loudness + 1.3 * ash
    lit, dark, steps = terrain.lit_contours(h, levels, work, weight)
    ground, light, shade = _raised_inks(s, direction, heart)
    img = Image.new("RGB", (work, work), ground)
    if ash:  # lines broken only a little, and flecks of ash on the ground
        grain = raster.fractal_noise(rng, cells=40, octaves=2, res=work)
        broken = np.clip((grain - 0.3) * 4, 0.6, 1.0)
        lit, dark = lit * broken, dark * broken
        calm = raster.upscale(terrain.zone_mask(zone, 0.05), work)
        flecks = np.clip((raster.value_noise(rng, work // 3, work) - 0.8) * 5, 0, 0.25) * (1 - calm)
        img = _lines(img, flecks, _mix(ground, light, 0.35))
    img = _lines(_lines(img, dark, shade), lit, light)
    ys, xs = np.nonzero(steps > 1.0)
    if len(xs) == 0:
        return img, (x0, y0, x1, y1)
    return img, (xs.min() / work, ys.min() / work, (xs.max() + 1) / work, (ys.max() + 1) / work)


PAINTERS = {
    "hypsometric": _hypsometric,
    "traverse": _traverse,
    "linefield": _linefield,
    "raised": _raised,
}


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the topographic cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "topo")
    chart = plan(direction)
    work = raster.work_size(size, WORK)  # heavy lines traced here, then scaled up
    img, focal = PAINTERS[chart.kind](direction, rng, inks.scheme(direction), chart.zone, work)
    box = calm_zone.away_from(chart.zone)  # the land is sunk to the plain outside it
    focal = tuple(float(v) for v in np.clip(focal, box[:2] * 2, box[2:] * 2))
    if img.size != (size, size):  # bilinear: the lines are wide, the grain comes after
        img = img.resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "topo", 0.02), focal, chart.layout)
