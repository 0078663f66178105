"""Grain gradient: one picture made of light in a deep, grainy colour field.

A great sand dune under a low light, its S-shaped crest splitting a sunlit face from
a slip face in shadow (the grain is the sand); a disc melting into grain on a hard
horizon (for a title that names the sun, the sea, the night or rain, or a calm
genre); an aurora's curtain of rays over dark land; a dome of light rising from the
frame's edge, its body a two-colour gradient; an eclipse's ring (for a title that
names the night); a flower on its stem against a glowing halo (for a title that
names one); a small white-hot mark (a heart for a title that names one) held in a
soft duotone ring; a long-exposure trail of light on the song's energy curve. Film
grain on every gradient: the light thins into dithered grain, and film grain is
added at full size.

the title -> the composition where it names what one draws (the night's moon, an
eclipse or an aurora, the sun, the sea, rain over the water, a flower, a heart),
and the field's hue where it names a colour (Pink Haze Over Everything is pink);
the genre -> the compositions on offer; energy -> which of those, calm to lively
(named in the Artwork's layout), and inside it the form's size; the energy curve ->
the glints on a horizon's water, a light trail's path, the aurora's hem, the far
dunes' skyline; the palette and the language -> two colour ramps (a deep field, its
depth moving with the seed, near black under one spot colour for stark languages,
never a muddy brown; or, for bright and happy tracks, a light saturated one; a glow
in another palette colour; a white-hot core), interpolated in OKLCH the short way
round the hue circle so they never pass through grey, brown or olive; the seed ->
where the form stands, the mirror, its scale and crop, its details. The form keeps
out of the title's band.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import contrast_ratio, hue_gap, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import grain_aurora
from sleeve.engine.styles.cover_parts import grain_dunes as dunes
from sleeve.engine.styles.cover_parts import grain_lights as lights
from sleeve.engine.styles.cover_parts import grain_rings as rings
from sleeve.engine.styles.cover_parts import grain_silhouettes as silhouettes
from sleeve.engine.styles.cover_parts import grain_sweeps as sweeps
from sleeve.engine.styles.cover_parts import grain_trails as trails
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene
from sleeve.engine.styles.cover_parts.grain_tones import (
    Ramp,
    by_chroma,
    dark_ramp,
    green,
    light_ramp,
    named_hue,
    warm,
)
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    # two art directors scored it 3 and 3 of 10 after its rebuild, and 2.5 and 3.5 in
    # the next review ("an empty gradient plus a title", no R in 8 covers): offered at
    # half weight, listed only by the hazy genres (ambient, new age, dream pop,
    # shoegaze, synthwave, vaporwave, jingles), and it claims no subject, so a title
    # that names rain or the sun is not pulled here (Chuva de Verão got a grey seam)
    fits=("ambient",),
    never=("children",),  # a pink skyline or a bold disc on a duck song (two reviewers)
    weight=0.5,
)


Painter = Callable[[Plane, np.random.Generator], Scene]
LAYOUTS: dict[str, Painter] = {  # calm to lively (the middle ones drawn most)
    "dune-crest": dunes.dunes,
    "horizon-disc": lights.horizon,
    "aurora-veil": grain_aurora.aurora,
    "light-dome": sweeps.dome,
    "eclipse-ring": lights.eclipse,
    "halo-bloom": silhouettes.flower,
    "glow-ring": rings.ring,
    "light-trail": trails.trail,
}
# petals drifting through a shaft of light are retired: reviewers read the scattered
# flakes as a dull wallpaper pattern with no subject, on flower titles and club songs alike.
# Two reviewers of the 74-track sheet read the stage spot's cone as one picture on any
# title (a rain song, a Bollywood heartbeat, a duck song: "empty spotlight, no duck"),
# the window's skewed patch as a floating parallelogram seen three times, the lit
# doorway as generic and the light leak as an empty pink blob: all four are retired.
# Two strict reviewers (4 and 4 of 10) read the neon tube over a wet street, the
# city's skyline (a skyline on every style) and the pale arch cut into the field as
# stock synthwave and vapor gradients: retired for the orb and the seam. The stacked
# Rothko panels that came with them read to two more as a broken placeholder ("a
# glowing empty green box" on Morning Briefing): retired too. Then the colour bloom
# (an empty grey gradient on Salt Flats at 4 A.M., the old aura failure again) and the
# prism's beams (a Pink Floyd pastiche, twice on one sheet). Then two reviewers (2 and
# 2 of 10) read the seam between two gradients as a render bug (on Pink Haze Over
# Everything) and the hard cut as "an empty blue gradient with a slab of light, no
# mark" (on Morning Briefing): both retired for the head in a halo and the lens flare.
# Then every reviewer of two sheets read the head in a halo as "a stock head profile",
# twice on one sheet (Pink Haze Over Everything, Morning Briefing): retired for the
# gradient as the picture, a dome of light cut by the frame and a trail on the energy curve.
# Then two strict reviewers (3 and 3 of 10) read the two spheres and the lens flare as
# "stock gradient spheres and flares": both retired for the dunes (the grain is the
# sand) and the aurora's curtain; the eclipse, also read as stock on any title, is kept
# only for a title that names the night (the moon's eclipse is its picture)
RETIRED = (
    "twin-spheres",
    "lens-flare",
    "halo-profile",
    "hard-seam",
    "hard-cut",
    "colour-bloom",
    "prism-beams",
    "petal-fall",
    "stage-spot",
    "window-light",
    "lit-doorway",
    "light-leak",
    "neon-street",
    "city-skyline",
    "arch-cut",
    "colour-field",
)
# the aura orb is retired: four reviewers read it as a dim blob repeated on any title
# (with the eclipse it had been one skeleton, the "orb")
# the genres (design-language families) each composition suits when the title names
# nothing it draws (a sun on a horizon on every genre was the sheet's commonest picture:
# the horizon now stays with calm, spare music)
EVERY = (
    "ambient", "children", "classical", "dance", "electronic", "folk", "hiphop", "jazz",
    "latin", "lofi", "metal", "pop", "punk", "rnb", "rock", "spoken", "synthwave", "world",
)  # fmt: skip
FITS: dict[str, frozenset[str]] = {
    "horizon-disc": frozenset(("ambient", "classical", "folk", "spoken", "world")),
    # an eclipse: only for a title that names the night
    "eclipse-ring": frozenset(),
    # a great dune under a low light, the grain its sand: the spare, the heavy, the
    # desert's, Latin music's sun (not pop's or a jingle's bright day)
    "dune-crest": frozenset(
        ("ambient", "classical", "dance", "electronic", "folk", "hiphop", "jazz", "latin")
        + ("metal", "punk", "rnb", "rock", "synthwave", "world")
    ),
    # an aurora's curtain over dark land: a night sky for the calm, the cold, a club's
    # curtain of light (offered to every dark genre it was a seventh of the sheet)
    "aurora-veil": frozenset(
        ("ambient", "classical", "dance", "electronic", "folk", "jazz", "metal", "synthwave")
    ),
    # a dome of light rising out of the frame: ambient, dream pop and shoegaze (rock),
    # synthwave and vaporwave, a jingle's morning, folk's and soul's slow songs, metal's
    # fire gradient, a cumbia's rising sun
    "light-dome": frozenset(
        ("ambient", "classical", "folk", "jazz", "lofi", "pop", "rnb", "rock", "spoken")
        + ("synthwave", "world", "metal", "latin")
    ),
    # a flower in a halo: only for a title that names a flower
    "halo-bloom": frozenset(),
    # one small hard mark in a soft duotone ring: pop, R&B, a jingle's mark (it was a
    # dozen covers of one sheet with the club's and Latin music's too)
    "glow-ring": frozenset(
        ("ambient", "hiphop", "lofi", "pop", "rnb", "spoken", "synthwave", "world")
    ),
    # a long exposure of light on the song's energy curve: the hazy and the driving
    "light-trail": frozenset(
        ("ambient", "dance", "electronic", "hiphop", "latin", "lofi", "pop", "rnb", "rock")
        + ("spoken", "synthwave", "punk")
    ),
}
# drawn only when the title names what they draw
BY_TITLE = frozenset(name for name, genres in FITS.items() if not genres)
# what the title names (title_words.motifs) -> the compositions that draw it, first
# match first: rain lit over the water; the
# moon over the water, an eclipse or an aurora for a night; the sun on the horizon; the sea's
# horizon (no city: a skyline was on every style's sheet); a flower in a halo; a
# heart held in a ring of light
SUBJECTS = (
    ("rain", ("horizon-disc",)),
    ("night", ("horizon-disc", "eclipse-ring", "aurora-veil")),
    ("sun", ("horizon-disc",)),
    ("sea", ("horizon-disc",)),
    ("flower", ("halo-bloom",)),
    ("heart", ("glow-ring",)),
)
# with fewer than this many compositions able to draw what the title names, a turn of
# the seed now and then takes one the genre suits (an account would otherwise get one
# picture at every turn)
SUBJECT_REACH = 2
SUBJECT_ODDS = 0.6
# how far the music leans the choice: at full lean a lively track's few options were
# one composition at nearly every turn of the seed
LEAN = 0.6
# with this many options or fewer the seed alone chooses: the lean's favourite among
# three took nearly every turn of the seed, and an account saw two pictures in sixteen
# (a children's song's friendly two still lean, calm to lively: the spheres, the
# horizon's disc)
EVEN = 3
# a children's song: bright daylight shapes only (a sun, a sunlit dune), no eclipse,
# no figure, no aurora
FRIENDLY = ("horizon-disc", "dune-crest")
# a light field: no eclipse (its dark disc on a pale field reads as a flag), no aurora
# (a curtain of light is lost on a pale sky)
NIGHT_LIGHTS = ("eclipse-ring", "aurora-veil")
DAYLIT = tuple(name for name in LAYOUTS if name not in NIGHT_LIGHTS)
# a second palette colour, not a drift: the aurora's top turns another colour
TWO_FIELDS = frozenset(("aurora-veil",))

# compositions whose shape is a dark silhouette or a light that needs a deep field: on
# a light field, the shadow deepens
DEEPENED = frozenset(("halo-bloom", "dune-crest", "light-trail"))
DEEP_DEPTH = 0.42
HAPPY = 0.7  # from this valence a track's pale field is deepened less round the light
HAPPY_DEPTH = 0.48
NIGHT_BLUE = 245.0  # the hue a green or teal night field turns to
PALE_DEPTH = 1.35  # the light's curve on a pale field: the field sinks to its saturated tone
# the title band's light at least (a pale field: its paper tone, L 0.8, once raised
# to PALE_DEPTH) or at most (a deep field: its own tone)
PALE_BAND = 0.26 ** (1 / PALE_DEPTH)
DEEP_BAND = 0.3
KEEP_READS = 5.5  # a pale band whose letters read at this contrast keeps its level
MAIN_READS = 5.5
WHITE, NEAR_BLACK = (255, 255, 255), (40, 40, 40)  # the letters (near black: Y 0.02)
RES = 512  # the painting's resolution at most: scaled up under the grain
BRIGHT_GENRES = ("children", "pop")
STARK = ("stark",)  # languages whose dark field is near black under a spot colour
BRIGHT_TONES = ("bright", "vivid", "neon")
CHROMA = {"dark-mono": 0.3, "light-mono": 0.4, "muted": 0.6, "quiet": 0.65}
CHROMA |= {"vivid": 1.15, "dark-vivid": 1.15, "neon": 1.25, "bright": 1.1}


def bright_track(direction: ArtDirection) -> bool:
    """Children's and pop songs, and happy tracks in a vivid language."""
    happy = direction.valence >= 0.68 and direction.language.tone in BRIGHT_TONES
    return direction.genre in BRIGHT_GENRES or happy


def light_field(direction: ArtDirection) -> bool:
    """Tinted paper for light palettes, bright tracks and happy tracks outside the
    dark languages; a deep field otherwise, and always for a title that names the
    night (a pastel "東京の夜" read as daytime)."""
    if direction.night:
        return False
    dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
    happy = direction.valence >= 0.7 and not direction.language.tone.startswith("dark")
    return not dark or happy or bright_track(direction)


def yellow(color: RGB) -> bool:
    """Yellows and limes: lifted to L 0.84 as a fill, they cannot deepen at the edges."""
    return 75.0 <= rgb_to_oklch(color)[2] <= 130.0


def colours(direction: ArtDirection, rng: np.random.Generator, kind: str) -> tuple[Ramp, Ramp]:
    """The two ramps: the field in one palette colour (no warm one on a dark field, no
    yellow on a light one), the glow in the most saturated colour standing apart in
    hue (the field's own hue when none does); the second ramp a second field colour
    apart in hue for the split field, else the field turned a little along the hue
    circle (a horizon's ground is the sky's kin, not a flag's second band). A title
    that names a colour turns the field to it, or the glow where the field cannot
    take it (a deep yellow is olive)."""
    pal = direction.palette
    cands = [*pal.colors, pal.accent, pal.background]
    vivid = [c for c in cands if rgb_to_oklch(c)[1] >= 0.04] or cands
    order = [vivid[i] for i in rng.permutation(len(vivid))]
    light = light_field(direction)
    # a dark amber is brown, a deepened yellow olive: those fields take another colour
    deep = [c for c in order if not (yellow(c) if light else warm(c))]
    if not light and not deep:  # only warm colours are vivid: a tinted grey (slate,
        # dusk navy) makes the night before a dark amber turns the field wine
        deep = [c for c in cands if not warm(c) and rgb_to_oklch(c)[1] >= 0.012]
    if not light:  # a dark green field is murky (reviewers): another colour, or blue
        deep = [c for c in deep if not green(c)] + [c for c in deep if green(c)]
    field = (deep or order)[0]
    if not light and green(field):  # a deep blue night, warming to a glow through violet
        field = raster.tone(field, hue_shift=NIGHT_BLUE - rgb_to_oklch(field)[2])
    named = named_hue(direction.title)
    if named is not None:
        tinted = _hued(field, named)
        if not (yellow(tinted) if light else warm(tinted) or green(tinted)):
            field, named = tinted, None  # the field takes it; else the glow below
    apart = [c for c in by_chroma(order) if hue_gap(c, field) >= 40.0][:2]
    glow = apart[int(rng.integers(len(apart)))] if apart else field
    if named is not None:
        glow = _hued(glow, named)
    others = [c for c in deep if hue_gap(c, field) >= 30.0 and c != glow]
    turn = float(rng.choice((-1.0, 1.0))) * (55.0 if kind in TWO_FIELDS else 35.0)
    second = others[0] if kind in TWO_FIELDS and others else raster.tone(field, hue_shift=turn)
    if light and yellow(second) and not yellow(field):  # a pale yellow ground is a glare
        second = raster.tone(field, hue_shift=-turn)
    if not light and green(second):  # the second field as far from green as the first
        second = raster.tone(field, hue_shift=abs(turn))
    chroma = CHROMA.get(direction.language.tone, 1.0)
    if not light:
        # an all-warm palette: a wine night or, as often, a near-black one (not every
        # warm song in maroon)
        dim = warm(field) and chroma >= 0.9 and rng.random() < 0.5  # quiet ones are dim
        night = chroma * (0.6 if dim else 1.0)
        if direction.language.tone in STARK:  # black and one spot colour
            night = 0.3 * chroma
        lit = float(rng.uniform(0.25, 0.34))  # not every night equally deep
        first = dark_ramp(field, glow, chroma, night, lit)
        return first, dark_ramp(second, glow, chroma, night, lit)
    depth = 0.66 if direction.genre == "children" else 0.56  # no deep edge on a kids' song
    if kind in DEEPENED and direction.genre != "children":  # a figure deep against
        # its pale halo, not a pale ghost; a dune's slip face a deep shadow, not a slab;
        # less deep for a happy track (a trail on a happy punk song sank below mid-grey)
        depth = HAPPY_DEPTH if direction.valence >= HAPPY else DEEP_DEPTH
    return light_ramp(field, glow, chroma, depth), light_ramp(second, glow, chroma, depth)


def _hued(color: RGB, hue: float) -> RGB:
    """color turned to the OKLCH hue a title names."""
    return raster.tone(color, hue_shift=hue - rgb_to_oklch(color)[2])


def suits(direction: ArtDirection, genre: bool = True) -> tuple[str, ...]:
    """The compositions that suit the track, calm to lively: those its genre takes
    (unless `genre` is False: what the title names is drawn in any genre), a
    children's song the friendly ones, none that a light field cannot hold."""
    if direction.genre == "children":
        return FRIENDLY
    daylit = light_field(direction)
    options = []
    for name in LAYOUTS:  # calm to lively: compose.pick leans by this order
        fits = not genre or direction.genre in FITS[name]
        if fits and (name in DAYLIT or not daylit):
            options.append(name)
    return tuple(options)


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: what the title names where one that suits the track draws it
    (rain or the sea over the water, the night's moon, the sun), else the one the energy leans to
    among those that suit it, the seed choosing: the generator's first draw."""
    named, anywhere = motifs(direction.title), suits(direction, genre=False)
    if "fireworks" in named:  # 花火 (fireworks) holds 花 (flower): no flower for it
        named = named - {"flower"}
    for motif, drawn in SUBJECTS:
        able = [name for name in drawn if name in anywhere]
        if motif in named and able:
            pick = able[int(rng.integers(len(able)))]
            if len(able) >= SUBJECT_REACH or rng.random() < SUBJECT_ODDS:
                return pick
            break
    options = suits(direction)
    lean = 0.5 + LEAN * (direction.energy - 0.5)
    even = len(options) <= EVEN and direction.genre != "children"
    return compose.pick(rng, options, None if even else lean)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _pick(direction, raster.rng_for(direction, "grain-gradient"))


def plan(direction: ArtDirection) -> tuple[str, str, bool, Ramp, Ramp, np.random.Generator]:
    """What the music and the seed choose before painting: the composition, the
    title's band ('top' or 'bottom'), the mirror, the two ramps, and the generator
    the light then places itself from."""
    rng = raster.rng_for(direction, "grain-gradient")
    kind = _pick(direction, rng)
    side = title_band(direction, rng)
    flip = bool(rng.random() < 0.5)
    first, second = colours(direction, rng, kind)
    return kind, side, flip, first, second, rng


def band_level(level: float, pale: bool, lut: np.ndarray) -> float:
    """The light under the title: no mid-tone, where neither dark nor light letters
    reach 4.5:1 at thumbnail size (Morning Briefing's title read at 3.8:1 on a
    deepened green). A deep field's band is held at its field or below; a pale
    field's keeps its level where letters read on it, else goes to the nearer of its
    paper tone and its deepest shadow (a sky paler, a sea deeper) where they read
    there, else to the other."""
    if not pale:
        return min(level, DEEP_BAND)
    if _readable(lut, level**PALE_DEPTH) >= KEEP_READS:
        return level
    near, far = sorted((PALE_BAND, 0.0), key=lambda at: abs(at - level))
    return near if _readable(lut, near**PALE_DEPTH) >= MAIN_READS else far


def _readable(lut: np.ndarray, at: float) -> float:
    """The better WCAG contrast white or near-black letters reach on the ramp's colour
    at light `at`."""
    rgb = tuple(int(round(v * 255.0)) for v in lut[int(np.clip(at * 255.0 + 0.5, 0, 255))])
    return max(contrast_ratio(rgb, WHITE), contrast_ratio(rgb, NEAR_BLACK))


def paint(direction: ArtDirection, res: int) -> tuple[np.ndarray, compose.Box, str]:
    """The cover's light through its ramps at res x res (float RGB 0..1), with the
    focal box and the composition's name."""
    kind, side, flip, first, second, rng = plan(direction)
    named = motifs(direction.title)
    curve, tempo = direction.energy_curve, direction.tempo_bpm
    plane = Plane(res, side, flip, direction.energy, curve, named, tempo)
    scene = LAYOUTS[kind](plane, rng)
    light = np.broadcast_to(scene.light, (res, res))
    keep = plane.calm(0.1, 0.45)  # the title's band: the light flattened to its level there
    level = float(light[plane.v[:, 0] < 0.2].mean())
    light = level + (light - level) * (0.3 + 0.7 * keep)
    pale = light_field(direction)
    reach = max(scene.box[1] - 0.04, BAND)  # up to the form, clear of it
    lift = (band_level(level, pale, first.lut()) - level) * (1 - plane.calm(reach - 0.18, reach))
    light = np.clip(light + lift, 0.0, 1.0)
    if pale:  # a pale field deepens round the light, or white reads as nothing
        light = light**PALE_DEPTH
    index = np.clip(light * 255.0 + 0.5, 0, 255).astype(np.intp)
    a, b = first.lut()[index], second.lut()[index]
    mix = np.broadcast_to(scene.mix, (res, res))[..., None].astype(np.float32)
    return a + (b - a) * mix, plane.box(*scene.box), kind


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the grain-gradient cover (RGB, size x size)."""
    work = raster.work_size(size)
    rgb, focal, kind = paint(direction, min(work, RES))
    img = raster.to_image(rgb)
    if img.size[0] != work:
        img = img.resize((work, work), Image.Resampling.BICUBIC)
    grain = 0.032 + 0.018 * direction.turbulence
    img = finish(raster.to_size(img, size), direction, "grain-gradient", grain)
    return Artwork(img, focal, layout=kind)
