"""Flow field: the flow as one picture with a subject: smoke rising from one ember, an
aurora over a black horizon, a flame, a kite streaming ribbon tails, a painted disc of
packed strokes, or a vortex of light trails round one eye.

Six compositions. The kite (flow_kite): one diamond kite high on a bright sky, its
ribbon tails streaming and twisting downwind, its string falling out of the frame, in
flat saturated inks (light ones on a mid vivid field such as magenta); always for
children's songs, jingles, podcasts, filmi and hyperpop (the strokes' disc was no
picture for a child, a flame on magenta was mud), by weight for bright pop, and for
titles naming a kite or the wind; energy how hard the tails flutter, tempo how many
waves run along them, density how many tails. The smoke (flow_scene): strands rising
from one glowing point on a
short stick, thin at the source and blooming, swaying and curling as they climb; ink
on paper, bone on black, or the palette's lead ink with threads of the ember's colour
(60/30/10); for late-night and dark genres (jazz, lo-fi, R&B, hip-hop, drill, post-punk,
doom) and titles naming smoke or ash. The aurora: curtains of light rays hanging from a
folded hem over a black ridge of hills or firs (or still water mirroring it), one bright
swoop fading to the sides, on a night of the palette's hue; for electronic, ambient and
night-time genres and titles naming the northern lights or the night. The flame: a
teardrop of licking strands, a hot core, a body and outer tongues, on a deep field of
the accent or of a light field's own hue (never pale paper, never a light vivid
field: a flame on magenta was mud), its hot core low in it and a warm shade of the
body (a pale core read as a ghost); for pop, Latin, afrobeats,
house and titles naming fire. The strokes (the classic generative flow-field painting
after Fidenza: thick curves packed edge to edge, none crossing): the coloured ones pack
one disc on a third over a flat plate of its shape, finer strokes a shade off the field
fill the ground round it (heavy and death metal keep a full-bleed slashing field). The
vortex: strands spiralling into one eye, wound by the tempo, only for genres whose
imagery is a swirl (psychedelic, shoegaze, dream pop, trance, trap, funk). A grey
palette is ink on paper (or bone on black for a dark language) with one strong spot
ink, no glow. Each keeps the title's band calm: the smoke and the flame rise away from
it and stop short of a deep title block, the aurora's ground lies flat under a bottom
title, the strokes and the vortex end against it.

What the strands are made of answers the title and the genre (flow_words): colour
words in several languages (candyfloss, Zuckerwatte, 솜사탕 -> pastel pink spun sugar;
leaden, plomizo, свинцовый -> lead grey; golden, dorado, 金色 -> gold; silver, chrome),
else metal is lead and smoke (never a two-colour flag) and sweet pop (tagged bubblegum
or cute) candyfloss. A soft material's strokes are fine fibres under a haze. A title
naming a cloud or a sky (STYLE.subjects) or candyfloss always gets the strokes, their
figure that cloud: a flat-bottomed cumulus, or a ball of puffs on a stick for
candyfloss, a tangle of fibres over it.
Funk and disco's vortex ("vortex-ball") turns round a faceted mirror ball at its eye
with star glints thrown off it: a swirl that catches light, not a galaxy.

Retired after art directors' reviews: the obstacle (strands parting round a disc or an
empty hole: read as empty, and as the same picture again and again), the disc (strands
seen through a round window: a hairball), the drift (a few bold strokes in one current:
confetti), the cut (a dense field of streaks parted by a bare band: rain), the burst
(light trails radiating from one point: a hyperspace screensaver, or fireworks), the
silk (a sheet of thin lines folding like lit fabric: a blurred light streak, a
gradient at 64 px), the vortex's pair of eyes (two focal points) and strokes wall to
wall over the cover (on 28 of 74 bench covers: one wallpaper template); the vortex
outside swirl genres (a generic swirl for unrelated songs); grey strands on grey or
black (unfinished smears); the palette's red and gold packed on grey for candyfloss
(a scribble ball), metal's ribbon in bone and blood (a flag) and disco's plain
vortex (a galaxy); the ribbon (one wide river of strands across the cover, its width
the energy curve: a paint swatch with no subject, on covers of many genres alike) and
the strokes' slab (a bare panel of strokes). Thin pastel strands on an off-white field
were judged never to carry a cover.

genre and title words -> which picture (flow_more: SMOKE, AURORA, FLAME, SWIRLS,
TITLE_FORMS); energy -> how far the smoke spreads and curls, how tall and wild the
flame burns, how bright the aurora glows, how big the strokes' disc is (a small disc
in a wide field .. bleeding off the side); onsets (else the energy curve) -> how long
the aurora's rays hang along its course; tempo -> how often the smoke sways and the
flame's tongues lick, how many folds the aurora has, how the vortex winds (a slow song
near rings, a fast one an open spiral); turbulence -> how the strokes' field wavers;
density -> how many strands (smoke, flame, aurora rays) and the strokes' widths; the
genre's design language -> the colours: a lead, a second and an accent ink in about
60/30/10 (a dark, muted language keeps its palette's own tones: bone and dried blood
for death metal; a vivid one gets saturated strands); heavy and death metal -> violent
strokes (one slashing direction, sudden kinks, hacked ends) in bone and blood on
black; punk -> thick bone and blood on black; funk and disco -> gold, hot pink and ice
on a deep plum night; seed -> the figure's placement and the field's shape.
"""

from __future__ import annotations

import aggdraw
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
    flow_ball,
    flow_kite,
    flow_more,
    flow_scene,
    flow_strokes,
    flow_words,
)
from sleeve.engine.styles.cover_parts.flow_forms import RES, Form, trace

STYLE = StyleInfo(
    name="flow_field",
    family="image",
    fits=("electronic", "ambient", "classical", "rock", "synthwave", "metal", "jazz"),
    subjects=("cloud",),  # a cloud or sky title: the strokes' figure is that cloud
)

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
)
# no SKELETONS: with the burst retired the vortex is the only eye
SHADES = 8  # each ink in a few lightnesses; pens are reused
SHARES = (0.6, 0.3, 0.1)  # the lead ink, the second, the accent
# the strokes: the lead ink light and deep (60%), the second (28%), the accent (6%) and
# a shade off the field (6%); the even mix before read as confetti
STROKE_SHARES = (0.4, 0.2, 0.28, 0.06, 0.06)
MONO_SHARES = (0.4, 0.22, 0.24, 0.14, 0.0)  # ink on paper: the one spot a clear tenth
MUTED_SHARES = (0.7, 0.3, 0.0)  # no crimson accent: its seams with bone blend pink
VIVID_TONES = ("dark-vivid", "neon", "vivid", "bright")
OLIVE_HUES = (60.0, 125.0)  # OKLCH hues a deep field turns olive or khaki
EMBER_HUE = 30.0  # the deep red a flame burns on instead
MUTED_TONES = ("dark", "dark-mono", "mid-dark", "muted", "quiet", "stark")
PUNK = ("punk", "hardcore")
# a palette whose colours all sit under this is grey (a "-mono" language's a little
# more): ink, not grey; cocoa, caramel and lo-fi dusk keep their warmth
MONO_CHROMA = 0.045
PAPER_TONES = ("muted", "quiet", "light-mono", "light", "soft")  # ECM paper, not a night
# one spot ink per mono genre (OKLCH lightness, chroma, hue); vermilion otherwise
SPOTS = {
    "jazz": (0.5, 0.16, 255.0),  # Blue Note's cobalt
    "black_metal": (0.42, 0.12, 25.0),  # oxblood: no bright colour
    "drill": (0.62, 0.13, 235.0),  # a cold blue glint
    "dark_ambient": (0.5, 0.13, 30.0),
    "doom_metal": (0.5, 0.17, 27.0),  # blood, not pink
}
VERMILION = (0.6, 0.2, 32.0)
DISCO = ("funk", "disco", "nu_disco")
STICK = oklch_to_rgb(0.72, 0.07, 70.0)  # candyfloss's wooden stick
AURORA_GREEN = oklch_to_rgb(0.84, 0.17, 160.0)  # a grey palette's aurora: the real one's
AURORA_VIOLET = oklch_to_rgb(0.6, 0.14, 280.0)  # blue-violet: techno takes no pink


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
    if direction.genre == "punk" or direction.language.subgenre in PUNK:
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
    """A grey palette as ink on paper (a quiet or light language, or a light field) or
    bone on black (a dark one), the second ink a step off the first, and one strong
    spot: the genre's (SPOTS), else the palette's accent (or its one strong colour)
    where it has colour, else vermilion."""
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
    spot = SPOTS.get(direction.language.subgenre, VERMILION)
    if chroma >= 0.08 and direction.language.subgenre not in SPOTS:  # the palette's own
        spot = (0.6 if paper else 0.64, max(chroma, 0.17), hue)
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


def _apart(color: RGB, field_l: float) -> RGB:
    """A strand colour at least 0.28 in lightness from the field (teal on a teal
    field vanished)."""
    lit = rgb_to_oklch(color)[0]
    if abs(lit - field_l) >= 0.28:
        return color
    return raster.tone(color, field_l - 0.32 if field_l > 0.5 else min(0.95, field_l + 0.32))


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


def _inks_of(
    form: Form, path: np.ndarray, lengths: np.ndarray, rng: np.random.Generator, muted: bool
) -> np.ndarray:
    """Each strand's ink (0 lead, 1 second, 2 accent): by where its middle lies on a
    smooth noise, ranked so the inks cover about SHARES of the strands in patches (a
    fan's sectors), not salt and pepper (bone and blood interleaved read as salmon;
    muted palettes get one broad patch per ink)."""
    noise = raster.fractal_noise(rng, cells=1 if muted else 2, octaves=1 if muted else 2, res=64)
    middle = path[np.maximum(lengths - 1, 0) // 2, np.arange(path.shape[1])]
    start = np.clip(middle * 64, 0, 63).astype(int)
    rank = np.argsort(np.argsort(noise[start[:, 1], start[:, 0]])) / max(1, len(start))
    shares = MUTED_SHARES if muted else SHARES
    return np.searchsorted(np.cumsum(shares)[:-1], rank, side="right")


def _clipped(form: Form, path: np.ndarray) -> np.ndarray:
    """Strand lengths, cut a step after a strand leaves the cover (no ink drawn off it)
    and where it leaves its own region (where the form has regions)."""
    lengths = form.lengths.astype(int)
    out = np.any((path < -0.03) | (path > 1.03), axis=2)  # (steps, n): off the cover
    left = out & (np.cumsum(~out, axis=0) > 0)  # off it after being on it
    gone = np.where(left.any(axis=0), left.argmax(axis=0) + 1, len(path))
    lengths = np.minimum(lengths, np.where(out.all(axis=0), 0, gone))
    if form.regions is None:
        return lengths
    cell = np.clip((path * RES).astype(np.intp), 0, RES - 1)
    owner = form.regions[cell[..., 1], cell[..., 0]]  # (steps, n)
    left = owner != owner[0]
    first = np.where(left.any(axis=0), left.argmax(axis=0), len(path))
    return np.minimum(lengths, first)


def _strands(
    img: Image.Image,
    form: Form,
    lut: np.ndarray,
    direction: ArtDirection,
    rng: np.random.Generator,
) -> None:
    """Draw every strand: thicker and more opaque when loud, thinner when calm; the ends
    taper. A sparse, quiet song may draw a third of the strands, twice as thick."""
    size = img.size[0]
    steps = int(form.lengths.max())
    path = trace(form.angles, form.seeds, steps)
    lengths = _clipped(form, path)
    muted = direction.language.tone in MUTED_TONES and not mono(direction)
    inks = _inks_of(form, path, lengths, rng, muted)
    width = size * (0.0024 + 0.0042 * direction.energy**1.3)
    if direction.genre == "punk" or direction.language.subgenre in PUNK:
        width *= 1.8  # hacked, heavy strokes, not hairs
    n = len(form.seeds)
    width *= float(np.clip(350 / max(n, 1), 1.0, 2.2)) ** 0.6  # a sparse cover: no hairlines
    order = np.arange(n)
    if n > 300 and rng.random() < 0.5 * (1.0 - direction.density):
        order = order[rng.random(n) < 0.35]
        width *= 2.0
    if direction.language.tone in MUTED_TONES:  # blood under bone: bone's edges stay clean
        order = order[np.argsort(-inks[order], kind="stable")]
    widths = np.sort(rng.choice((0.5, 0.8, 1.0, 1.0, 1.6, 2.4), n))[::-1]  # thick (far) first
    alphas = np.clip(rng.integers(150, 240, n) - (widths * 30).astype(int), 70, 255)
    if direction.language.tone in MUTED_TONES:
        alphas = np.maximum(alphas, 224)  # solid paint: bone over blood is not pink
    elif lut[:, :3].mean() < 110:  # no faint pencil on paper
        alphas = np.maximum(alphas, 200)
    shades = rng.integers(0, SHADES, n)
    draw = aggdraw.Draw(img)
    pens: dict[tuple[int, float, int], aggdraw.Pen] = {}
    lines = np.ascontiguousarray((path * size).transpose(1, 0, 2))  # (n, steps, 2) in px
    for i in order.tolist():
        length = int(lengths[i])
        if length < 3:
            continue
        line = lines[i, :length]
        ci = int(inks[i]) * SHADES + int(shades[i])
        alpha = int(alphas[i]) // 16 * 16
        cut = max(2, length // 5)
        for part, w in (
            (line[cut : length - cut], 1.0),
            (line[: cut + 1], 0.5),
            (line[max(0, length - cut - 1) :], 0.5),
        ):
            if len(part) < 2:
                continue
            key = (ci, float(widths[i] * w), alpha)
            if key not in pens:
                pens[key] = raster.pen(tuple(int(v) for v in lut[ci]), width * key[1], alpha)
            draw.line(part.ravel().tolist(), pens[key])
    draw.flush()


def _plan(direction: ArtDirection) -> tuple[float, str, np.random.Generator]:
    """The first draws of the style's generator, made before anything is drawn: the
    field's gradient angle and the form's name; with the generator the rest comes from."""
    rng = raster.rng_for(direction, "flow")
    angle = float(rng.uniform(45, 135))
    name = flow_more.choose(direction, rng)
    if name == "vortex" and direction.language.subgenre in DISCO:
        name = "vortex-ball"  # the swirl round a mirror ball: light, not a galaxy
    return angle, name, rng


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction` (the flow form),
    without drawing."""
    return _plan(direction)[1]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The flow-field art at `size`, before the finish."""
    angle, name, rng = _plan(direction)
    bg_top, bg_bottom, lut = _colors(direction)
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
    elif name == "smoke":
        band = calm_zone.title_band(direction, rng)
        ink = [tuple(int(v) for v in lut[k * SHADES + SHADES // 2]) for k in range(3)]
        stick = mix(bg_top, ink[0], 0.45)
        focal = flow_scene.smoke(img, direction, rng, [*ink, stick], band)
    elif name == "flame":
        band = calm_zone.title_band(direction, rng)
        lit, chroma, _ = rgb_to_oklch(bg_top)
        if lit > 0.5 and not mono(direction):  # fire on a deep field (on magenta: mud)
            hue = rgb_to_oklch(direction.palette.accent if chroma < 0.06 else bg_top)[2]
            if OLIVE_HUES[0] <= hue <= OLIVE_HUES[1]:  # a deep yellow is olive: an ember red
                hue = EMBER_HUE
            img = _ground(size, oklch_to_rgb(0.2, 0.07, hue), oklch_to_rgb(0.28, 0.09, hue), angle)
        focal = flow_scene.flame(img, direction, rng, _flame_inks(direction, lut), band)
    elif name == "aurora":
        band = calm_zone.title_band(direction, rng)
        img = _ground(size, *_night(direction), 90.0)
        focal = flow_scene.aurora(
            img, direction, rng, _aurora_inks(direction, lut), _earth(direction), band
        )
    elif name == "kite":
        band = calm_zone.title_band(direction, rng)
        sky, inks = _kite_colors(direction, lut)
        img = _ground(size, *sky, 90.0)
        focal = flow_kite.kite(img, direction, rng, inks, band)
    else:
        form = flow_more.BUILDERS[name.split("-")[0]](direction, rng)
        _strands(img, form, lut, direction, rng)
        focal = form.focal
        if name == "vortex-ball" and form.eye is not None:
            inks = [tuple(int(v) for v in lut[k * SHADES + SHADES // 2]) for k in range(3)]
            box = flow_ball.ball(img, form.eye, 0.09 + 0.03 * direction.energy, inks, rng)
            if focal is not None:  # the swirl and its ball
                box = (*np.minimum(focal[:2], box[:2]), *np.maximum(focal[2:], box[2:]))
            focal = compose.clip_box(box)
    if soft:  # fibres of spun sugar or smoke: a haze over them, not crisp paint
        img = Image.blend(img, _hazed(img), 0.5)
    if name.startswith("vortex"):  # paint, not light: the strokes take no bloom
        img = raster.glow(img, size * 0.012, _bloom(direction, bg_top))
    return Artwork(img, focal, name)


def _field_hue(direction: ArtDirection) -> tuple[float, float, float]:
    """The palette field's OKLCH, a grey or black field's hue taken as a blue night's
    (a black field's hue is 0, a maroon)."""
    lit, chroma, hue = rgb_to_oklch(direction.palette.background)
    return (lit, chroma, hue) if chroma >= 0.02 else (lit, chroma, 255.0)


def _night(direction: ArtDirection) -> tuple[RGB, RGB]:
    """The aurora's sky: a deep night of the palette's field hue (rich where the field is
    vivid, never re-toned to grey), a little lighter towards the horizon."""
    _, chroma, hue = _field_hue(direction)
    if chroma >= raster.VIVID_FIELD:  # a vivid field keeps its colour: a deep, rich night
        return oklch_to_rgb(0.2, 0.12, hue), oklch_to_rgb(0.3, 0.14, hue + 20.0)
    return oklch_to_rgb(0.13, 0.035, hue), oklch_to_rgb(0.22, 0.05, hue + 20.0)


def _earth(direction: ArtDirection) -> RGB:
    """The aurora's black horizon (a deep shade of a vivid field's hue)."""
    _, chroma, hue = _field_hue(direction)
    return (
        oklch_to_rgb(0.1, 0.06, hue)
        if chroma >= raster.VIVID_FIELD
        else oklch_to_rgb(0.07, 0.01, hue)
    )


def _aurora_inks(direction: ArtDirection, lut: np.ndarray) -> list[RGB]:
    """The curtain's inks as light on a night: the lead ink bright and saturated at the
    hem, the second above it, the accent for a few rays (a grey palette's curtain is
    silver with a few rays of its spot; a grey lead ink's the real aurora's green and
    violet)."""
    rows = [tuple(int(v) for v in lut[k * SHADES + SHADES // 2]) for k in range(3)]
    if mono(direction):
        # a silver curtain with a few rays of the spot (a red hem under bone read pink)
        return [oklch_to_rgb(0.88, 0.025, 95.0), oklch_to_rgb(0.62, 0.04, 250.0), rows[2]]
    if rgb_to_oklch(rows[0])[1] < 0.06:  # a grey curtain is a dull one: the sky's own
        return [AURORA_GREEN, AURORA_VIOLET, rows[2]]  # green hem and violet crown
    out = []
    for ink in rows:
        lit, chroma, hue = rgb_to_oklch(ink)
        out.append(oklch_to_rgb(max(lit, 0.8), max(chroma, 0.15), hue))
    return out


def _flame_inks(direction: ArtDirection, lut: np.ndarray) -> list[RGB]:
    """The flame's core, body and tongues: the palette's lightest ink as the hot core,
    the lead ink as the body and the accent as the outer tongues, each saturated (a
    grey palette burns in its spot ink with a bone core)."""
    rows = [tuple(int(v) for v in lut[k * SHADES + SHADES // 2]) for k in range(3)]
    if mono(direction):  # ink on paper burns in the spot and ink; bone on black
        spot = rows[2]
        if rgb_to_oklch(rows[0])[0] < 0.5:
            return [spot, rows[0], rows[1]]
        return [oklch_to_rgb(0.92, 0.03, 90.0), spot, raster.tone(spot, 0.45)]
    core = max(rows, key=lambda c: rgb_to_oklch(c)[0])
    rest = [c for c in rows if c is not core] or [core]
    lit, chroma, hue = rgb_to_oklch(core)
    body_hue = rgb_to_oklch(rest[0])[2]  # the core a hot shade of the body, not a ghost
    hue = hue + ((body_hue - hue + 180.0) % 360.0 - 180.0) * 0.6
    out = [oklch_to_rgb(max(lit, 0.84), max(chroma, 0.14), hue)]  # hot, not white
    for ink in (rest[0], rest[-1]):
        lit, chroma, hue = rgb_to_oklch(ink)
        out.append(oklch_to_rgb(lit, max(chroma, 0.15), hue))
    return out


def _kite_colors(direction: ArtDirection, lut: np.ndarray) -> tuple[tuple[RGB, RGB], list[RGB]]:
    """The kite's sky and inks: a light field stays (paper, a vivid yellow), a dark one
    turns to a bright sky of its hue (no night for a child's song); the sail, its
    second panel and two tails in the palette's most vivid colours, flat and saturated
    and apart from the sky; the spars and string a deep shade of the sky's hue."""
    pal = direction.palette
    lit, chroma, hue = _field_hue(direction)
    if lit > 0.6:
        top = pal.background if chroma >= raster.VIVID_FIELD else raster.tone(pal.background, 0.94)
        bottom = raster.tone(top, hue_shift=18.0) if chroma >= raster.VIVID_FIELD else top
        bottom = raster.tone(bottom, max(0.6, rgb_to_oklch(top)[0] - 0.05))
    else:
        top = oklch_to_rgb(0.9, min(max(chroma, 0.04), 0.08), hue)
        bottom = oklch_to_rgb(0.83, min(max(chroma, 0.05), 0.1), hue + 15.0)
    sky = rgb_to_oklch(top)
    if mono(direction):
        rows = [tuple(int(v) for v in lut[k * SHADES + SHADES // 2]) for k in range(3)]
        candidates = [rows[2], rows[0], rows[1]]
    else:
        candidates = sorted((pal.accent, *pal.colors), key=lambda c: -rgb_to_oklch(c)[1])
    inks = []
    for c in candidates:
        c_lit, c_chroma, c_hue = rgb_to_oklch(c)
        if c_chroma >= 0.06:
            c = raster.vivid(c, float(np.clip(c_lit, 0.5, 0.72)), max(c_chroma, 0.17))
        if abs(rgb_to_oklch(c)[0] - sky[0]) < 0.22:  # on a mid field (magenta) light
            c = raster.tone(c, min(0.96, sky[0] + 0.3) if sky[0] < 0.8 else sky[0] - 0.36)
        if all(_distance(c, o) > 0.08 for o in inks):
            inks.append(c)
    while len(inks) < 4:  # too few colours: the spot's complement and a deep shade
        base = inks[0] if inks else oklch_to_rgb(0.6, 0.2, 30.0)
        inks.append(_toward(base, 0.62, 0.17, rgb_to_oklch(base)[2] + 150.0 * (1 + len(inks) % 2)))
    string = oklch_to_rgb(0.28, 0.04, sky[2])
    return (top, bottom), [*inks[:4], string]


def _distance(a: RGB, b: RGB) -> float:
    """A rough OKLab distance between two colours."""
    la, ca, ha = rgb_to_oklch(a)
    lb, cb, hb = rgb_to_oklch(b)
    pa = np.array([la, ca * np.cos(np.radians(ha)), ca * np.sin(np.radians(ha))])
    pb = np.array([lb, cb * np.cos(np.radians(hb)), cb * np.sin(np.radians(hb))])
    return float(np.linalg.norm(pa - pb))


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


def _bloom(direction: ArtDirection, field: RGB) -> float:
    """How much the vortex's strands glow: light trails on a night, not ink on paper
    (the strokes are paint: they take none; the scenes light themselves)."""
    vivid = direction.language.tone in VIVID_TONES
    bloom = 0.45 if vivid else 0.12 if direction.language.tone in MUTED_TONES else 0.3
    bloom += 0.3 * direction.brightness
    if mono(direction):
        return 0.0  # ink on paper, bone on black: no glow
    if rgb_to_oklch(field)[0] > 0.6:  # light trails glow on a night; ink on paper does not
        bloom *= 0.3
    return bloom


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
