"""Spectrogram: the song's own spectrum turned into a picture a musician releases.

One of eight pictures, each its own skeleton, chosen by what the title names
(SUBJECT_LAYOUTS, QUIET_SUBJECTS), else by the genre, the field (DARK_WEIGHTS,
PRINTED_WEIGHTS) and the seed:

- aurora (spectro_aurora): a ribbon of northern light sweeping across the sky over a
  dark land or a still lake that mirrors it (a city's towers for a city title), as tall
  as the song is loud at each moment (its outline the loudness curve), folding as often
  as the tempo is fast, its brightest rays on the song's hits;
- grooves (spectro_grooves): a macro view of the song cut as a record's grooves, one
  light catching them in a streak as wide as the song is loud;
- tide (spectro_tide; a sea, night or city title): rows of swell, each crest one
  moment's spectrum, lit down a wide path under a glow (a moon for a night title, a
  city across the water for a city title); on paper or a vivid field a flat screenprinted sea;
- snow (spectro_snow; a snow or winter title): the spectrogram's loud cells falling as
  snow at night, the bass near and out of focus, in a pale tint;
- polar (a flower title; never metal or punk) and reflection (a mountain title, and
  now and then on paper): the spectrum as a rose of petal layers, as a range over
  still water;
- stream (spectro_stream; and in a band over or under a title across the middle,
  outside the hazy genres): the whole song as one crisp streamgraph
  across the frame, as thick as the song is loud, its band groups in flat stripes of
  ink as thick as their share of the sound (a printed data graphic);
- haze (shoegaze mostly, dream pop now and then, and under their titles across the
  middle): a wall of glowing, blurred beams of one hue melting toward the title.

The aurora and the snow are night pictures (NIGHT): always on a dark
field (a deep shade of a vivid field's hue). Retired (RETIRED), for reading as a plot, a
heat map, clip art, a software screenshot or a template: the slices (ridges in
perspective: a 3-D plot), the plate and the banner (rows in a ticked frame), the
contour, the DAW band, the groove-disc and the quarter record (a whole record, a stock
corner motif: the grooves now fill the frame in macro, no disc or label in sight), the
line screen, the strip, the cell field, the bar code, the terrain, the ribbons and the
groove arc, the rosette, the column and the stack of slats, the rorschach, the planet,
the waterfall, the sun, the light painting, the halo, the peak, the weave and the
halftone skyline (its lit tower read as a glitch: the skyline's windows now sit in a
grid of floors), the slit (one narrow strip of the song standing on a rule in an empty
field: reviewers read it as a render glitch twice, even after it got its rule) and the
skyline itself (towers of EQ bars with lit windows: a stock
cliché; a city now stands under the aurora or across the tide). The old aurora (an
empty orange glow) came back as the spectrum's curtain of rays; that curtain, a band
of streaks across the sky's top on every track ("a heat map", "the same picture on
two tracks"), became the song's ribbon of light in round 12.

Classical, chamber and ambient music gets a restrained spot colour (RESTRAINED: deep and
low in chroma), never a poster's vivid one. The title's band is as deep as the title
needs (band_depth: a long title set on a blank frame), so the typography need not shrink
it to fit beside the art.

IDM, glitch, techno, minimal and industrial (MONO) print in one neutral ink: greys to
white on black, to black on paper, never a colour map. A light paper palette keeps its
paper even for a sad song (PAPER_FIELD); a tide's rows of crests are the sea's, the
night's and the city's picture, seldom drawn for a title naming nothing (the same
banded field on many tracks). Colour otherwise runs from the field through one vivid
spot colour (accent or lead colour; a grey
palette takes a hue from the mood) to a light or dark tip, never a rainbow; grain from
the finish. Without audio the spectrum is synthesized from the energy curve and the
seed."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    spectro_aurora,
    spectro_grooves,
    spectro_haze,
    spectro_prints,
    spectro_reflection,
    spectro_snow,
    spectro_stream,
    spectro_tide,
    title_words,
)
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas

STYLE = StyleInfo(
    name="spectrogram",
    family="image",
    # electronic and ambient music only: a heat-map plate or a record on a drill track
    # (NO MERCY), a film score (Hall of Kings) or a j-rock song read as a data plot
    fits=("electronic", "ambient"),
    music=True,
    # a city under the aurora or across the tide, the sea's tide, the night's aurora or
    # tide (SUBJECT_LAYOUTS; the
    # rose and the range are drawn for a flower or a mountain but draw no one in)
    subjects=("city", "sea", "night", "snow"),
)

FRAMES, BANDS = 120, 40
RES = 512  # the field is drawn at this size (or the cover's, if smaller) and scaled up
LAYOUTS = {
    "aurora": spectro_aurora.aurora,
    "grooves": spectro_grooves.grooves,
    "tide": spectro_tide.tide,
    "snow": spectro_snow.snow,
    "polar": spectro_prints.polar,
    "reflection": spectro_reflection.reflection,
    "haze": spectro_haze.haze,
    "stream": spectro_stream.stream,
}
# what a title may name and the compositions that draw it (registry.draws_named)
SUBJECT_LAYOUTS = {
    "city": ("aurora", "tide"),
    "sea": ("tide",),
    "night": ("aurora", "tide"),
    "snow": ("snow",),
}
# drawn when the title names them, but no reason for the registry to lean this way
QUIET_SUBJECTS = {"flower": ("polar",), "mountain": ("reflection",)}
NIGHT = ("aurora", "snow")  # pictures of the night: always on a dark field
PALE = ("snow",)  # pictures whose ink is a pale tint (snow is white), not the spot
# each genre's pictures, by weight, on a dark field and on paper (DEFAULT for the rest);
# the tide (rows of crests across the whole frame) is the sea's, the night's and the
# city's picture: a title naming nothing gets it seldom (a banded field on many tracks)
DARK_WEIGHTS = {
    "techno": {"grooves": 0.8, "aurora": 0.5, "stream": 0.55},
    "minimal": {"grooves": 0.8, "aurora": 0.5, "stream": 0.5},
    "dnb": {"grooves": 0.9, "aurora": 0.7, "stream": 0.45},
    "idm": {"grooves": 0.8, "aurora": 0.4, "stream": 0.6},
    "ambient": {"aurora": 0.8, "tide": 0.2, "stream": 0.5, "grooves": 0.35},
}
DEFAULT = {"aurora": 0.8, "grooves": 0.75, "tide": 0.3, "stream": 0.3}
# on paper or a vivid field (the night pictures need a dark one): now and then the
# range over water, a screenprint's landscape (never on techno's flat field: a clip-art
# peak on Tresor 0400's red)
PAPER = {"grooves": 0.7, "tide": 0.3, "reflection": 0.5, "stream": 0.35}
PRINTED_WEIGHTS = {
    "techno": {"grooves": 0.75, "stream": 0.75},
    "minimal": {"grooves": 0.8, "stream": 0.6},
    "idm": {"grooves": 0.75, "stream": 0.75},
    "ambient": {"reflection": 0.6, "tide": 0.2, "stream": 0.45, "grooves": 0.35},
}
HAZY = ("shoegaze", "dream_pop")  # genres that want blur, not crisp cells
# music that wants a deep, quiet ink rather than a poster's vivid spot
RESTRAINED = ("classical", "ambient")  # families
CRISP = ("grooves", "polar", "reflection", "stream")  # the others glow, melt or stand dark
# genres whose titles are small (techno, IDM): a shallow title band, the art the rest
# genres printed in one neutral ink (black, greys, white): never a colour map
MONO = ("idm", "glitch", "experimental", "techno", "minimal", "industrial")
SMALL_TITLES = ("idm", "glitch", "experimental", "techno", "minimal", "industrial")
SMALL_BAND = 0.22
RETIRED = (
    "slices",
    "plate",
    "banner",
    "contour",
    "band",
    "groove-disc",
    "scan",
    "strip",
    "field",
    "barcode",
    "bars",
    "terrain",
    "ribbon",
    "ribbon-close",
    "groove-arc",
    "rosette",
    "column",
    "rorschach",
    "planet",
    "waterfall",
    "sun",
    "light-paint",
    "halo",
    "groove-quarter",
    "peak",
    "weave",
    "halftone",
    "stack",
    "skyline",
    "slit",
)


PAPER_FIELD = 0.8  # a palette's background this light stays paper whatever the mood


def _dark_palette(direction: ArtDirection) -> bool:
    """Whether the genre's palette and the mood give a dark field: a light paper
    palette (IDM's white, ambient's fog) keeps its paper even for a sad song (every
    cover had turned to night)."""
    lightness = rgb_to_oklch(direction.palette.background)[0]
    if lightness >= PAPER_FIELD:
        return False
    return compose.dark_field(lightness) or direction.valence < 0.55


def _dark(direction: ArtDirection) -> bool:
    """Whether the cover sits on a dark field: the palette's, or a night picture's."""
    return _dark_palette(direction) or layout_of(direction) in NIGHT


def _vivid_field(direction: ArtDirection) -> bool:
    """Whether the genre keeps a vivid flat field (techno's red, house's yellow)."""
    return rgb_to_oklch(direction.palette.background)[1] >= raster.VIVID_FIELD


def field_colour(direction: ArtDirection) -> RGB:
    """The flat field around the art: the genre's background, darkened or lightened; a
    night picture's is night even on a vivid field (a deep shade of its hue)."""
    background = direction.palette.background
    if layout_of(direction) in NIGHT and _vivid_field(direction):
        return raster.tone(background, 0.16, 0.04)
    return raster.ground(background, 0.1 if _dark(direction) else 0.93, 0.02)


def spot_colour(direction: ArtDirection, rng: np.random.Generator) -> RGB:
    """The one spot colour: the accent or the lead colour, whichever is more colourful
    (by chance when both are); a grey palette takes a hue from the mood (cold blue when
    sad, teal, ember when bright), never a grey plate. Classical, chamber and ambient
    music (RESTRAINED) takes it deep and quiet: low chroma, a print's ink, not a
    poster's."""
    pal = direction.palette
    if direction.language.subgenre in MONO:  # one neutral ink, as the genre prints
        return oklch_to_rgb(0.74 if _dark(direction) else 0.34, 0.0, 0.0)
    picks = sorted((pal.accent, pal.colors[0]), key=lambda c: -rgb_to_oklch(c)[1])
    first, second = picks
    pick = second if rgb_to_oklch(second)[1] > 0.08 and rng.random() < 0.4 else first
    if rgb_to_oklch(pick)[1] < 0.05:
        hue = float(np.interp(direction.valence, (0.0, 0.5, 1.0), (262.0, 200.0, 50.0)))
        quiet = direction.language.family in RESTRAINED  # a fog's tint, not a cyan map
        return oklch_to_rgb(0.68, 0.06 if quiet else 0.15, hue)
    if direction.language.family in RESTRAINED:
        return raster.tone(pick, 0.62, 0.085)
    return raster.vivid(pick, 0.7, 0.19)


def colours(direction: ArtDirection, rng: np.random.Generator, pale: bool = False) -> np.ndarray:
    """A colour table from the field itself (so the art fades into it) through the spot
    to its tip (light on a dark field, dark on a light one). On a coloured field whose
    hue is far from the spot's (teal and pink, red and cyan) the way between them runs
    through grey, so the table turns to the spot's hue within its first tenth: only an
    edge's anti-aliasing passes the grey, never a shadow or a glow (no mud). `pale`
    (snow) turns the spot to a pale tint of its hue."""
    dark = _dark(direction)
    field = field_colour(direction)
    spot = spot_colour(direction, rng)
    if pale:  # snow: the spot a pale tint of its hue
        spot = raster.tone(spot, 0.84, 0.05)
    if direction.language.subgenre in MONO:  # white on black, black ink on paper
        tip = oklch_to_rgb(0.98 if dark else 0.12, 0.0, 0.0)
    else:
        tip = raster.tone(spot, 0.96 if dark else 0.3, 0.06 + 0.08 * direction.brightness)
    stops, at = [field, spot, tip], [0.0, 0.6, 1.0]
    fl, fc, fh = rgb_to_oklch(field)
    sl, sc, sh = rgb_to_oklch(spot)
    if fc > 0.05 and abs((fh - sh + 180.0) % 360.0 - 180.0) > 50.0:
        stops.insert(1, oklch_to_rgb(0.6 * fl + 0.4 * sl, 0.8 * sc, sh))
        at.insert(1, 0.1)
    lut = raster.color_lut(stops, at)
    lut[0] = field  # exactly the field where there is no art
    return lut


NO_ROSE = ("metal", "punk")  # families the polar rose (a flower) never goes to


def _named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (SUBJECT_LAYOUTS and
    QUIET_SUBJECTS), if any."""
    subjects = SUBJECT_LAYOUTS | QUIET_SUBJECTS
    named = title_words.motifs(direction.title) & set(subjects)
    drawers = dict.fromkeys(n for s in sorted(named) for n in subjects[s])
    if direction.genre in NO_ROSE:
        drawers.pop("polar", None)  # a pink blossom on death metal (a review's only N)
    return tuple(drawers)


def _weights(direction: ArtDirection) -> dict[str, float]:
    """The pictures a title naming nothing may get, by weight: the genre's on a dark
    field (DARK_WEIGHTS), its prints on paper or a vivid flat field (PRINTED_WEIGHTS,
    else PAPER)."""
    genre = direction.language.subgenre
    family = direction.language.family
    if not _dark_palette(direction) or _vivid_field(direction):
        return PRINTED_WEIGHTS.get(genre) or PRINTED_WEIGHTS.get(family, PAPER)
    return DARK_WEIGHTS.get(genre) or DARK_WEIGHTS.get(family, DEFAULT)


def _plan(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, str]:
    """The title's zone and the composition, in the draw's rng order: what the title
    names (_named: the city under the aurora, the sea's tide, ...), else one of the genre's
    pictures (_weights); the haze under a title across the middle (no room for the
    others) and, for a title naming nothing, for the hazy genres now and then
    (shoegaze most of the time)."""
    zone = calm_zone.title_zone(direction, rng)
    named = _named(direction)
    weights = {n: 1.0 for n in named} if named else _weights(direction)
    names = sorted(weights)
    p = np.array([weights[n] for n in names])
    name = names[int(rng.choice(len(names), p=p / p.sum()))]
    if zone == "centre":  # a title across the middle: the haze for the hazy genres;
        # else the stream in a band over or under the title (the haze on hardcore, trap,
        # jazz or techno read as a muddy blur)
        name = "haze" if direction.language.subgenre in HAZY else "stream"
    if direction.language.subgenre in HAZY and not named:  # Glass City: its city
        shoegaze = direction.language.subgenre == "shoegaze"
        if rng.random() < (0.75 if shoegaze else 0.3):
            name = "haze"
    return zone, name


DEEPEST = 0.52  # the most of the side a title band may take from the picture


def band_depth(direction: ArtDirection) -> float:
    """How deep (fraction of the side) the title's band is kept calm: the usual band,
    or deeper where the title's block (calm_zone.title_reach) reaches past it (two or
    three lines of a big face), so that the typography need not shrink the title to
    fit (a long title on a record or a line screen came out at half its size)."""
    usual = calm_zone.away_from("top")[1]
    reach = calm_zone.title_reach(direction)
    if direction.language.subgenre in SMALL_TITLES:
        # shallow, unless the small title still wraps past it (a plate under its scrim)
        # (the art keeps a margin of its own below the band)
        past = reach > SMALL_BAND + 0.03
        return float(np.clip(reach + 0.05, SMALL_BAND, DEEPEST)) if past else SMALL_BAND
    if reach == 0.0:
        return usual
    return float(np.clip(reach + 0.07, usual, DEEPEST))  # clear of the cut


CENTRE_BANDS = ((0.0, 0.0, 1.0, 0.33), (0.0, 0.67, 1.0, 1.0))  # over or under a middle title


def free_part(
    direction: ArtDirection, zone: str, name: str = ""
) -> tuple[float, float, float, float]:
    """The part of the frame the art may fill for a title zone, the title's band as deep
    as the title needs (band_depth); the stream under a title across the middle keeps
    to the band over or under it (by the seed)."""
    if zone == "centre" and name == "stream":
        return CENTRE_BANDS[direction.seed % 2]
    free = calm_zone.away_from(zone)
    if zone not in ("top", "bottom"):
        return free
    depth = band_depth(direction)
    return (0.0, depth, 1.0, 1.0) if zone == "top" else (0.0, 0.0, 1.0, 1.0 - depth)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`, without drawing."""
    return _plan(direction, raster.rng_for(direction, "spectrogram"))[1]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the spectrogram cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "spectrogram")
    zone, name = _plan(direction, rng)
    spec = signals.spectrum(direction, FRAMES, BANDS) ** (1.4 - 0.6 * direction.loudness)
    spec = spec.astype(np.float32)
    res = min(size, RES)
    named = title_words.motifs(direction.title)
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    canvas = Canvas(
        x=grid[None, :],
        y=grid[:, None],
        free=free_part(direction, zone, name),
        spec=spec,
        energy=direction.energy,
        density=direction.density,
        dark=_dark(direction),
        tempo=direction.tempo_bpm,
        printed=not _dark(direction) or _vivid_field(direction),
        city="city" in named,
        night="night" in named,
        hits=signals.onsets(direction, 256).astype(np.float32),
    )
    ink = LAYOUTS[name](canvas, raster.rng_for(direction, f"spectrogram-{name}"))
    lut = colours(direction, rng, pale=name in PALE)
    colour = raster.apply_lut(ink.value, lut)  # 0 is the field
    img = raster.upscale_rgb(raster.to_image(colour), size)
    return Artwork(finish(img, direction, "spectrogram", 0.035), ink.box, name)
