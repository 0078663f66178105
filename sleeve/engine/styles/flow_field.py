"""Flow field: a bold line print, level lines of one flow that never cross, in two or
three flat inks, each a picture with a subject drawn in the lines.

Compositions (flow_more.choose; each a painter in PAINTERS, reported in Artwork.layout
with its focal box): flow_streams' forms, each kind under its own name: gyre-corner
(one huge whorl by the frame's edge) and gyre-row (a street of small eddies),
meander-loops (a river looping across the frame) and meander-oxbow (a wide river's
goose-neck bends, their count and tightness the song's),
bloom-giant (a huge dome of bold lines swelling out of hairlines, cut by the frame);
flow_gestures' sweep (one huge stroke across the frame, its width the song; a calm
song's only, never a children's) and funnel (a current pouring into one point): the
pictures a title naming nothing mostly gets; flow_scenes' stone (a
stream's lines parting round a stone),
whirlpool (spiral arms swept into a dark throat, a boat at its rim) and grass (blades
bent by the wind before a low sun); flow_wave's great wave (after Hokusai); flow_figures'
feather (barbs swept from its shaft) and plume (smoke rising the full height, straight
at its foot, curling as it climbs); flow_prints' range (hills hatched in lines under a
setting sun, the front skyline the energy curve), swell (a sea of lines whose skyline
is the song's energy curve) and carving; flow_weather's snow (wind streaming over
drifts, streaks of drifting snow, flakes, a moon), rain (slanted dashed rain over water
ringed by drops) and moonlit sea (a moon in rings of light, its path broken bright
lines on the water); flow_city's city (dark towers ruled in rows of lit windows, the
wind's lines streaming over the roofs, the tallest where the song is loudest);
flow_fireworks' fireworks (willow bursts of drooping trails in the palette's inks on a
night sky).
Titles choose a subject: a sun, a moon, a heart, a star, a flower (a cherry blossom
five notched petals) or a mirror ball is carved out of the field by the lines turning
(the flower's petals nested lines round a solid heart; the ball tiled in silver
facets, flow_mirrorball), a mountain the range, fire the blaze (a flame
of nested lines), fireworks the fireworks, snow or winter the snow, rain or a storm the
rain, smoke the plume, a city the city (four turns in five), the night the moonlit sea
(three turns in five: night titles are many), a whirl the whirlpool, grass or wind the
grass, a stone or a river the stone, the sea or a wave the great wave, a feather or a
wing the feather. The grass, the plume, the stone, the wave and the feather are
drawn only for a title naming them (reviewers read them, drawn for any song, as
clip-art dropped into the lines), and metal never gets the quill nor the strokes'
cloud. A title naming nothing gets a streamline form, the range or the swell (the
genre's emblem carved into stripes, a crown on a children's song, read as one template
with its icon swapped).
A title naming the night, the small hours, the dark or the winter (flow_night) turns a
picture with a sky to night: a dark ground, a pale moon.
The painted strokes (flow_strokes, after Fidenza: thick curves packed edge to edge,
none crossing) are kept for punk (bone and blood slashes on black) and for a title
naming a cloud, a sky or candyfloss (that cloud, in fibres of the material flow_words
reads from the title); the violent metals draw the line pictures in bone and blood
on black (their slashing strokes read as red/white chaos).

The music drives the layout: the energy curve the grass's tips, the range's front
skyline and the swell's sea, the meander's swing, the bloom's outline and the
sweep's width along it; energy the meander's loops, the wind, the
whirlpool's twist, the wave's height, the stone's and the sun's size and its face
(rays, a spinning spiral for a loud song, nested rings for a calm one, the field's
lines often parting round it: five sun titles drew one ray fan); tempo how many
lines; density how heavy each line is; the seed where the subject sits and which way
the flow runs; a loud song leans to the row of eddies, the giant bloom, the funnel
and the swell, a calm one to the sweep and the range (a loud one never gets the
sweep: broad and churned, it read as generic stripes), a quiet genre to the
sweep and a driving one to the funnel (flow_more). The genre's design language
gives the inks (a lead about 60%, a second 30%, the accent for the focal figure; a
grey palette ink on paper or bone on black with one spot; punk bone and blood on
black; funk and disco gold, hot pink and ice on plum; a children's song cobalt,
tomato and orange toy inks on cream, never a vortex nor the sweep (flow_more); a grey
palette its genre's label look, flow_labels); the lead ink stands well off the field so
the print reads at 64 px.

Retired after art directors' reviews: the obstacle, the disc, the drift, the cut, the
burst, the silk, the ribbon and the strokes' wallpaper (an empty hole, a hairball,
confetti, rain, a screensaver, a blurred streak, a paint swatch, one template); the
strand scenes, read as amateur scribbles (the smoke, the strand flame, the vortex and
its mirror ball, the kite); the aurora's curtains of light (blurred bars on black at
64 px); then the parting and the dipole (with the eddy, "lines round a disc" on five
covers of twelve) and the summit (stripes over a hump, twice in one batch); then
the weave, the halves, the confluence, the eddy and the current ("stripes with no
subject"); then the incense (a stick in a bowl: a cliche), reworked as the plume;
then the bare gyre, lee, meander and bloom, renamed by kind (reviewers counted each
twice on one sheet: the account's memory knew one name for a form's kinds), the
lee's reef, the gyre's pair and the bloom's mid-sized dome dropped (a generic lens;
two eyes between the two; a striped blob); then the lee's archipelago (small empty
holes in the lines, on Song Title: lines round a disc again); then the lee's island
(round 14: "generic bands of lines" on all three of its covers, the island unread).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import compose, raster
from sleeve.engine.color import mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    flow_city,
    flow_figures,
    flow_fireworks,
    flow_gestures,
    flow_labels,
    flow_lines,
    flow_more,
    flow_night,
    flow_prints,
    flow_scenes,
    flow_streams,
    flow_strokes,
    flow_wave,
    flow_weather,
    flow_words,
)

Box = tuple[float, float, float, float]
Painter = Callable[[Image.Image, ArtDirection, np.random.Generator, list[RGB], Box], Box]

STYLE = StyleInfo(
    name="flow_field",
    family="image",
    fits=("electronic", "ambient", "classical", "rock", "synthwave", "metal", "jazz"),
    subjects=(
        "cloud",
        "snow",
        "rain",
        "smoke",
        "city",
        "fireworks",
        "flower",
        "cherry",
        "sun",
        "mountain",
        "mirrorball",
    ),  # fmt: skip
    columns=False,  # the lines fade by rows: a vertical CJK title is set across the top
)
# which composition draws each subject (registry.draws_named)
SUBJECT_LAYOUTS = {
    "cloud": ("strokes",), "snow": ("snow",), "rain": ("rain",), "smoke": ("plume",),
    "city": ("city",), "fireworks": ("fireworks",), "flower": ("carve-flower",),
    "cherry": ("carve-cherry",), "sun": ("carve-sun", "range"), "mountain": ("range",),
}  # fmt: skip

# compositions no song gets any more (art directors' reviews; see the docstring)
RETIRED = (
    "obstacle",
    "disc",
    "drift",
    "cut",
    "burst",
    "silk",
    "corner",
    "curtain",
    "blocks",
    "split",
    "ribbon",
    "smoke",
    "flame",
    "kite",
    "vortex",
    "vortex-ball",
    "aurora",
    "parting",
    "dipole",
    "summit",
    "weave",
    "halves",
    "confluence",
    "eddy",
    "current",
    "incense",
    "gyre",  # these four now by their kinds: gyre-corner, lee-island, ...
    "meander",
    "lee",
    "bloom",
    "lee-archipelago",  # small empty holes in the lines: "lines round a disc" again
    "lee-island",  # generic bands of lines, the island unread (round 14)
)
SHADES = 8  # each ink in a few lightnesses; pens are reused
# the strokes: the lead ink light and deep (60%), the second (28%), the accent (6%) and
# a shade off the field (6%); the even mix before read as confetti
STROKE_SHARES = (0.4, 0.2, 0.28, 0.06, 0.06)
MONO_SHARES = (0.4, 0.22, 0.24, 0.14, 0.0)  # ink on paper: the one spot a clear tenth
VIVID_TONES = ("dark-vivid", "neon", "vivid", "bright")
OLIVE_HUES = (60.0, 125.0)  # OKLCH hues a deep field turns olive or khaki
EMBER_HUE = 30.0  # the deep red a flame burns on instead
# the blaze's core, body and tongues (a blue or grey flame read as a scribble)
FIRE = (
    oklch_to_rgb(0.94, 0.09, 95.0),
    oklch_to_rgb(0.76, 0.17, 62.0),
    oklch_to_rgb(0.6, 0.21, 32.0),
)
MUTED_TONES = ("dark", "dark-mono", "mid-dark", "muted", "quiet", "stark")
PUNK = ("punk", "hardcore")
# a palette whose colours all sit under this is grey (a "-mono" language's a little
# more): ink, not grey; cocoa, caramel and lo-fi dusk keep their warmth
MONO_CHROMA = 0.045
PAPER_TONES = ("muted", "quiet", "light-mono", "light", "soft")  # ECM paper, not a night
VERMILION = (0.6, 0.2, 32.0)  # a grey palette's spot outside the labels (flow_labels)
DISCO = ("funk", "disco", "nu_disco")
STICK = oklch_to_rgb(0.72, 0.07, 70.0)  # candyfloss's wooden stick
# a children's song: a warm cream field and bright toy inks (cobalt, tomato, sunny
# orange), none darkened (its red turned maroon and its field a cold pale blue: the
# reviewers' worst cover on the sheet)
CHILD_FIELD = ((0.97, 0.035, 95.0), (0.93, 0.05, 85.0))
CHILD_INKS = ((0.56, 0.19, 258.0), (0.62, 0.22, 30.0), (0.74, 0.17, 62.0))


def _stroke(color: RGB, dark: bool, tone: str, energy: float) -> RGB:
    """A palette colour as a strand colour that reads on the field."""
    lit, chroma, _ = rgb_to_oklch(color)
    if tone in VIVID_TONES:  # saturated strands
        return raster.vivid(color, max(lit, 0.66) if dark else min(lit, 0.55), max(chroma, 0.16))
    if tone in MUTED_TONES:  # the palette's own tones (bone, dried blood, ash)
        low = 0.5 if chroma < 0.05 else 0.36  # greys read at 64 px; blood stays dark
        lit = float(np.clip(lit, low, 0.88)) if dark else float(np.clip(lit, 0.2, 0.6))
        return raster.tone(color, lit)
    lit = max(lit, 0.62) if dark else min(lit, 0.52)
    return raster.tone(color, lit, max(chroma, 0.08 + 0.08 * energy))


def _toward(color: RGB, lightness: float, chroma: float, hue: float) -> RGB:
    """A palette colour re-toned and turned to a target hue (degrees, OKLCH)."""
    return raster.tone(color, lightness, chroma, hue_shift=hue - rgb_to_oklch(color)[2])


def _genre_colors(direction: ArtDirection) -> tuple[RGB, RGB, np.ndarray] | None:
    """Genres and titles whose strands the palette alone gets wrong: punk is bone white
    and blood red on black (pale strands on paper read as claw marks); funk and disco
    are gold, hot pink and ice on a deep plum night, a mirrorball's colours; else the
    material the title or genre names (flow_words: candyfloss pastels, lead grey)."""
    pal = direction.palette
    stuff = flow_words.material(direction)
    punk = direction.genre == "punk" or direction.language.subgenre in PUNK
    if punk or flow_strokes.violent(direction):  # the violent metals' lines bone and blood
        top = raster.tone(pal.background, 0.1, 0.01)
        bottom = raster.tone(pal.background, 0.16, 0.015)
        stops = [raster.tone(pal.colors[0], 0.95, 0.01), _toward(pal.accent, 0.56, 0.2, 27.0)]
    elif direction.language.subgenre in DISCO:
        top = _toward(pal.background, 0.16, 0.06, 330.0)
        bottom = _toward(pal.background, 0.24, 0.08, 300.0)
        stops = [
            _toward(pal.colors[0], 0.84, 0.15, 85.0),
            _toward(pal.accent, 0.66, 0.22, 350.0),
            _toward(pal.colors[-1], 0.92, 0.06, 215.0),
        ]
    elif direction.genre == "children":  # primary toy colours on cream, never maroon
        top, bottom = (oklch_to_rgb(*c) for c in CHILD_FIELD)
        return top, bottom, _inks([oklch_to_rgb(*c) for c in CHILD_INKS], 0.0)
    elif stuff is not None:  # shades of each ink: fibres of spun sugar, smoke
        top, bottom = (oklch_to_rgb(*c) for c in stuff.field)
        return top, bottom, _inks([oklch_to_rgb(*c) for c in stuff.inks], 0.1)
    else:
        return None
    return top, bottom, _inks(stops, 0.0)


def mono(direction: ArtDirection) -> bool:
    """A grey palette (every colour under MONO_CHROMA, or all but one strong colour on
    a quiet field) outside punk, disco and the violent metals: grey strands on a grey
    or black field looked unfinished."""
    if _genre_colors(direction) is not None or flow_strokes.violent(direction):
        return False  # punk, disco, a named material: their own inks
    pal = direction.palette
    chroma = sorted(rgb_to_oklch(c)[1] for c in pal.colors)
    if chroma[-1] < MONO_CHROMA * (1.4 if direction.language.tone.endswith("mono") else 1.0):
        return True
    quiet = rgb_to_oklch(pal.background)[1] < raster.VIVID_FIELD
    return quiet and chroma[-2] < MONO_CHROMA and chroma[-1] >= 0.1  # greys and one spot


def _mono_colors(direction: ArtDirection) -> tuple[RGB, RGB, np.ndarray]:
    """A grey palette in its genre's label look (flow_labels: ECM paper and a lake
    blue, a classical yellow, techno black with one flat colour, ...); outside them ink
    on paper (a quiet or light language, or a light field) or bone on black (a dark
    one), the second ink a step off the first, and one strong spot: the palette's
    accent (or its one strong colour) where it has colour, else vermilion."""
    found = flow_labels.label(direction)
    if found is not None:
        top, bottom = (oklch_to_rgb(*c) for c in found.field)
        spot = found.spot(direction.seed)
        stops = [oklch_to_rgb(*c) for c in (found.lead, found.second, spot)]
        return top, bottom, _inks(stops, 0.0)
    pal = direction.palette
    paper = direction.language.tone in PAPER_TONES or rgb_to_oklch(pal.background)[0] > 0.5
    if paper:
        top, bottom = oklch_to_rgb(0.95, 0.012, 88.0), oklch_to_rgb(0.9, 0.016, 80.0)
        lead, second = oklch_to_rgb(0.17, 0.008, 260.0), oklch_to_rgb(0.3, 0.01, 260.0)
    else:
        top, bottom = oklch_to_rgb(0.13, 0.006, 60.0), oklch_to_rgb(0.18, 0.01, 50.0)
        lead, second = oklch_to_rgb(0.93, 0.02, 85.0), oklch_to_rgb(0.8, 0.02, 80.0)
    own = max(
        (pal.accent, *pal.colors), key=lambda c: rgb_to_oklch(c)[1] + 0.05 * (c == pal.accent)
    )
    lit, chroma, hue = rgb_to_oklch(own)
    spot = (0.6 if paper else 0.64, max(chroma, 0.17), hue) if chroma >= 0.08 else VERMILION
    return top, bottom, _inks([lead, second, oklch_to_rgb(*spot)], 0.0)


def _colors(direction: ArtDirection) -> tuple[RGB, RGB, np.ndarray]:
    """Background pair and a colour table for the strokes."""
    special = _genre_colors(direction)
    if special is not None:
        return special
    if mono(direction):
        return _mono_colors(direction)
    pal, tone = direction.palette, direction.language.tone
    dark = rgb_to_oklch(pal.background)[0] < 0.6
    bg_l = (0.1 if tone in MUTED_TONES else 0.14) + 0.08 * direction.valence if dark else 0.93
    bg_top = raster.ground(pal.background, bg_l, 0.04)
    if bg_top == pal.background:  # a vivid field: a gradient of its own hue
        bg_bottom = raster.tone(pal.background, hue_shift=25.0)
    else:
        bg_bottom = raster.tone(pal.background, bg_l + (0.06 if dark else -0.06), 0.05, 20.0)
    field_l = rgb_to_oklch(bg_top)[0]
    colours = [c for c in (*pal.colors, pal.accent) if abs(rgb_to_oklch(c)[0] - field_l) > 0.12]
    stops = [_stroke(c, field_l < 0.6, tone, direction.energy) for c in colours or pal.colors]
    if tone not in MUTED_TONES:  # blood red stays deep on black
        stops = [_apart(c, field_l) for c in stops]
    # flat screenprint inks (vivid), bone and blood kept apart (muted), else shades for depth
    spread = 0.05 if tone in VIVID_TONES else 0.0 if tone in MUTED_TONES else 0.16
    return bg_top, bg_bottom, _inks(stops, spread)


def _apart(color: RGB, field_l: float, gap: float = 0.28) -> RGB:
    """A strand colour at least `gap` in lightness from the field (teal on a teal
    field vanished)."""
    lit = rgb_to_oklch(color)[0]
    if abs(lit - field_l) >= gap:
        return color
    away = field_l - gap - 0.04 if field_l > 0.5 else min(0.95, field_l + gap + 0.04)
    return raster.tone(color, away)


def _inks(stops: list[RGB], spread: float) -> np.ndarray:
    """The colour table (3 * SHADES, 3): the lead ink (the first stop), the second and
    the accent (the last), each from a little darker to lighter by `spread`; never
    blended into each other (complements mixed to grey were the mud)."""
    chosen = (stops[0], stops[1 % len(stops)], stops[-1])
    rows = []
    for ink in chosen:
        lit, _, hue = rgb_to_oklch(ink)
        for off in np.linspace(-0.4 * spread, spread, SHADES):
            shade = float(np.clip(lit + off, 0.08, 0.96))
            if 75.0 <= hue <= 130.0 and lit >= 0.75:  # a yellow darkened reads as olive
                shade = max(shade, lit)
            rows.append(raster.tone(ink, shade))
    return np.asarray(rows, dtype=np.uint8)


def _plan(direction: ArtDirection) -> tuple[float, str, np.random.Generator]:
    """The first draws of the style's generator, made before anything is drawn: the
    field's gradient angle and the form's name; with the generator the rest comes from."""
    rng = raster.rng_for(direction, "flow")
    angle = float(rng.uniform(45, 135))
    name = flow_more.choose(direction, rng)
    return angle, name, rng


def skeleton_of(layout: str) -> str:
    """The picture a layout draws: every carving ("carve-eye", "carve-sun") is one
    striped field with an emblem cut into it, which a reviewer counted eight times in
    one batch as one template with its icon swapped."""
    return "carve" if layout.startswith("carve-") else layout


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction` (the flow form; the
    carving with its figure, "carve-heart"), without drawing."""
    return _layout(direction, _plan(direction)[1])


def _layout(direction: ArtDirection, name: str) -> str:
    """The form's name as Artwork.layout gives it: the carving with its figure."""
    if name == "carve":
        return f"carve-{_figure(direction)}"
    return name


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The flow-field art at `size`, before the finish."""
    angle, name, rng = _plan(direction)
    bg_top, bg_bottom, lut = _colors(direction)
    night = flow_night.is_night(direction.title) or name == "snow"  # snow: under a moon
    if name in flow_night.SKIES and night:
        bg_top, bg_bottom, stops = flow_night.colors(direction)
        lut = _inks(stops, 0.0)
    if name == "fireworks":  # the palette's own inks, bright on a night sky
        bg_top, bg_bottom, _ = flow_night.colors(direction)
        lut = _inks(
            [
                _stroke(c, True, "vivid", 1.0)
                for c in (*direction.palette.colors, direction.palette.accent)
            ],
            0.0,
        )
    if name == "strokes" and flow_strokes.violent(direction):
        bg_top, bg_bottom = (14, 10, 10), (22, 12, 12)  # black, a breath of dried blood
    img = _ground(size, bg_top, bg_bottom, angle)
    stuff = flow_words.material(direction)
    cloud = flow_more.names_cloud(direction.title)  # the strokes' figure that cloud
    soft = cloud or (stuff is not None and stuff.soft)
    if name == "strokes":
        inks, shares = _stroke_inks(direction, lut, bg_top)
        lit = rgb_to_oklch(bg_top)[0]
        steps = (-0.025, -0.045) if lit > 0.5 else (0.035, 0.065)  # pale: scratches at 64 px
        ground = [raster.tone(bg_top, lit + d) for d in steps]
        plate = _plate(direction, inks, bg_top)
        stick = STICK if flow_words.named(direction.title) == "candyfloss" else None
        focal = flow_strokes.paint(
            img, direction, rng, inks[:4], shares[:4], ground, plate, soft, stick, cloud
        )
    else:
        if name == "blaze":  # fire on a deep field of the palette's hue
            hue = _field_hue(direction)[2]
            if OLIVE_HUES[0] <= hue <= OLIVE_HUES[1]:  # a deep yellow is olive: ember red
                hue = EMBER_HUE
            elif 130.0 < hue < 220.0:  # fire on deep green or teal read as a weed: night blue
                hue = 262.0
            img = _ground(size, oklch_to_rgb(0.16, 0.05, hue), oklch_to_rgb(0.24, 0.07, hue), 90.0)
        focal = _streamlines(img, name, direction, rng, lut)
    if soft:  # fibres of spun sugar or smoke: a haze over them, not crisp paint
        img = Image.blend(img, _hazed(img), 0.5)
    return Artwork(img, focal, _layout(direction, name))


def _streamlines(
    img: Image.Image,
    name: str,
    direction: ArtDirection,
    rng: np.random.Generator,
    lut: np.ndarray,
) -> Box:
    """A streamline print (PAINTERS) on `img`: the lines in the lead, second and
    accent inks (the blaze its own fire inks); returns the focal box."""
    size = img.size[0]
    band = calm_zone.title_band(direction, rng)
    depth = max(0.24, calm_zone.title_reach(direction) + 0.05)
    calm = (0.0, 0.0, 1.0, depth) if band == "top" else (0.0, 1.0 - depth, 1.0, 1.0)
    field = rgb_to_oklch(img.getpixel((size // 2, size // 2)))[0]
    inks = [
        _apart(tuple(int(v) for v in lut[k * SHADES + SHADES // 2]), field, 0.42) for k in range(3)
    ]
    lit = rgb_to_oklch(inks[0])
    if direction.genre == "children":  # bright toy inks: only kept off the cream
        inks = [_apart(tuple(int(v) for v in lut[k * SHADES]), field, 0.22) for k in range(3)]
    else:
        inks[0] = raster.tone(inks[0], max(lit[0], 0.84) if field < 0.5 else min(lit[0], 0.3))
    return PAINTERS[name](img, direction, rng, inks, calm)


def _blaze(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The blaze: fire's own inks, a white-hot core, orange body, red tongues; psi runs
    0..1 over the flame's half width, dense nested lines (computed at half the side)."""
    size = img.size[0]
    psi, focal = flow_lines.flame(direction, rng, size // 2, calm)
    psi = flow_lines.upscale(psi, size)
    lines = min(70.0 + 90.0 * direction.density, size / 4.0) * 0.27
    weight = max(1.5, size * 0.27 / lines * (0.3 + 0.2 * direction.density))
    flow_lines.draw(img, psi, lines, weight, list(FIRE), calm, rng, nested=1.0)
    return compose.clip_box(focal)


def _carve(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """The carving of the figure the title names, in the accent: a grey figure in the
    spot ink."""
    figure = _figure(direction)
    if rgb_to_oklch(inks[2])[1] < MONO_CHROMA:  # a grey figure in grey lines: the spot
        inks = [*inks[:2], oklch_to_rgb(*(flow_labels.spot(direction) or VERMILION))]
    return flow_prints.carve(img, direction, rng, inks, calm, figure)


def _figure(direction: ArtDirection) -> str:
    """The carving's figure: the one the title names (flow_more chooses the carving
    only for such a title; a sun should that ever change)."""
    return flow_prints.carved(direction.title) or "sun"


# every streamline print by name: each draws on the image in three inks, leaving the
# title's band calm, and returns the focal box
PAINTERS: dict[str, Painter] = {
    "swell": flow_prints.swell,
    "range": flow_prints.range_,
    "carve": _carve,
    "grass": flow_scenes.grass,
    "stone": flow_scenes.stone,
    "whirlpool": flow_scenes.whirlpool,
    "wave": flow_wave.wave,
    "feather": flow_figures.feather,
    "plume": flow_figures.plume,
    "snow": flow_weather.snow,
    "rain": flow_weather.rain,
    "moonlit": flow_weather.moonlit,
    "city": flow_city.city,
    "fireworks": flow_fireworks.fireworks,
    "blaze": _blaze,
    "gyre-corner": partial(flow_streams.gyre, kind="corner"),
    "gyre-row": partial(flow_streams.gyre, kind="row"),
    "meander-loops": partial(flow_streams.meander, kind="loops"),
    "meander-oxbow": partial(flow_streams.meander, kind="oxbow"),
    "bloom-giant": flow_streams.bloom,
    "sweep": flow_gestures.sweep,
    "funnel": flow_gestures.funnel,
}


# the funnel (a current pouring into one point) and the corner gyre (one whorl wound
# into its eye) read as one picture, "lines sucked into a dot", on five covers of one
# bench (a reviewer, 2026-12-03): an account's memory counts them as one
SKELETONS = {"funnel": "sink", "gyre-corner": "sink"}


def _field_hue(direction: ArtDirection) -> tuple[float, float, float]:
    """The palette field's OKLCH, a grey or black field's hue taken as a blue night's
    (a black field's hue is 0, a maroon)."""
    lit, chroma, hue = rgb_to_oklch(direction.palette.background)
    return (lit, chroma, hue) if chroma >= 0.02 else (lit, chroma, 255.0)


def _hazed(img: Image.Image) -> Image.Image:
    """The image blurred by about half a percent of its side (blurred at a quarter of
    the size: a full-size blur cost a third of the render)."""
    size = img.size[0]
    small = img.reduce(4)  # a box average, as a BOX resize by 4 but in a third of the time
    small = small.filter(ImageFilter.GaussianBlur(size * 0.005 / 4))
    return small.resize(img.size, Image.Resampling.BILINEAR)


def _plate(direction: ArtDirection, inks: list[RGB], field: RGB) -> RGB:
    """The flat colour under the strokes' figure: a pale wash of the spot ink on paper
    (a vermilion sun behind black brush strokes), else a deep or pale tone of the second
    ink between the field and the strokes (the figure one solid shape at 64 px)."""
    lit = rgb_to_oklch(field)[0]
    if mono(direction):
        return mix(field, inks[3], 0.55 if lit > 0.5 else 0.45)
    return mix(field, inks[2], 0.4)


def _stroke_inks(
    direction: ArtDirection, lut: np.ndarray, field: RGB
) -> tuple[list[RGB], np.ndarray]:
    """The strokes' four or five inks and their shares: the lead ink light and deep,
    the second, the accent, and strokes a shade off the field (the painting's quiet
    strokes); heavy and death metal bone, blood, deep blood and charcoal."""
    if flow_strokes.violent(direction):
        bone = raster.tone((230, 220, 200), 0.9, 0.02)
        blood = _toward((200, 16, 46), 0.5, 0.19, 27.0)
        deep = _toward((107, 16, 16), 0.33, 0.12, 25.0)
        return [bone, blood, deep, raster.tone(field, 0.24, 0.01)], np.array([0.3, 0.35, 0.2, 0.15])
    rows = [lut[SHADES - 1], lut[0], lut[SHADES + SHADES // 2], lut[2 * SHADES + SHADES // 2]]
    inks = [tuple(int(v) for v in row) for row in rows]
    lit = rgb_to_oklch(field)[0]
    inks.append(raster.tone(field, lit - 0.12 if lit > 0.5 else lit + 0.1))
    return inks, np.array(MONO_SHARES if mono(direction) else STROKE_SHARES)


def _ground(size: int, top: RGB, bottom: RGB, angle: float) -> Image.Image:
    """The field: a two-colour gradient, darker towards the corners (computed small,
    then scaled up once); paper only a breath darker (a 30% vignette turned it grey at
    the corners, and the pale ground strokes read as smears on it). Neighbouring cells
    of the small field differ by about one level, so it is scaled up by repeating
    them (a bilinear scale-up cost a tenth of the render for the same field under
    the grain)."""
    rgb = raster.apply_lut(raster.linear_field(angle), raster.color_lut([top, bottom]))
    strength = 0.08 if rgb_to_oklch(top)[0] > 0.6 else 0.3
    shaded = rgb.astype(np.float32) * raster.vignette_field(strength)[..., None]
    small = Image.fromarray(shaded.astype(np.uint8), "RGB")
    return small.resize((size, size), Image.Resampling.NEAREST)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "flow", 0.03)
    return Artwork(image, art.focal, art.layout)
