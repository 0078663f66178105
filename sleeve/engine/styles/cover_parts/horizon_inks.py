"""The loudness horizon's inks: a few colours from the palette, colour-blocked (a field,
the curve's solid mass, a second tone, one small accent) so the curve reads as a
graphic cut; each big field may carry a gentle one-hue gradient (no mud: a yellow
deepens towards orange, never olive); vivid palettes stay vivid, quiet ones quiet. And
the landscapes' light (Scene): a night or a day sky, the sun or moon, the near land and
what it fades to with distance."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB


@dataclass(frozen=True)
class Inks:
    """Flat colours for one cover."""

    field: RGB  # the sky, most of the cover
    mass: RGB  # the curve's solid shape
    second: RGB  # a second tone: the land where the mass is the sea's blue
    accent: RGB  # a small bright note: the beach's tint, lit windows
    sky: tuple[RGB, RGB]  # the field's gradient: far (top) and near the horizon
    deep: RGB  # the mass one step deeper, for its gradient


def _light(colour: RGB) -> float:
    return rgb_to_oklch(colour)[0]


def _apart(colour: RGB, against: RGB, gap: float) -> RGB:
    """`colour`, its lightness pushed at least `gap` away from `against`'s (a yellow
    pushed dark turns towards orange in raster.tone: a dark yellow is olive)."""
    lit = _light(colour)
    ref = _light(against)
    if abs(lit - ref) >= gap:
        return colour
    target = ref + gap if ref < 0.5 else ref - gap
    return raster.tone(colour, float(np.clip(target, 0.08, 0.96)))


def _muddies(colour: RGB, against: RGB, gap: float) -> bool:
    """Whether pushing `colour` `gap` away from `against` would darken a yellow or lime
    by more than a little (it turns mustard or olive)."""
    lit, chroma, hue = rgb_to_oklch(colour)
    ref = _light(against)
    return 70.0 <= hue <= 135.0 and chroma > 0.05 and ref >= 0.5 and lit - (ref - gap) > 0.08


GREY_GENRES = frozenset({"drill", "black_metal", "grunge"})  # whose sleeves are grey


def _field(direction: ArtDirection) -> RGB:
    """The palette's background, unless it is a dull mid grey (and the genre not a grey
    one): then the palette's most vivid colour where it has one, else the grey taken
    to night or paper."""
    pal = direction.palette
    lit, chroma, _ = rgb_to_oklch(pal.background)
    if chroma >= 0.045 or not 0.3 < lit < 0.9 or direction.language.subgenre in GREY_GENRES:
        return pal.background
    vivid = max(pal.colors, key=lambda c: rgb_to_oklch(c)[1])
    if rgb_to_oklch(vivid)[1] >= 0.09:
        return vivid
    return raster.tone(pal.background, 0.18 if lit < 0.62 else 0.95)


def inks_for(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The field is the palette's background (no dull grey, see _field); the mass is
    the palette colour that stands out most from it (lightness and chroma, the seed
    breaking near ties); the accent is the palette's accent, kept apart from the mass
    (a bright yellow stays bright)."""
    pal = direction.palette
    field = _field(direction)
    ref = _light(field)
    colours = [c for c in dict.fromkeys((*pal.colors, pal.background)) if c != field] or [pal.ink]

    def stands_out(c: RGB) -> float:
        lit, chroma, _ = rgb_to_oklch(c)
        return abs(lit - ref) + 1.2 * chroma + float(rng.uniform(0.0, 0.12))

    ranked = sorted(colours, key=stands_out, reverse=True)
    clean = [c for c in ranked if not _muddies(c, field, 0.36)] or ranked
    ranked = [clean[0], *(c for c in ranked if c != clean[0])]
    mass = _apart(ranked[0], field, 0.36)
    second = _apart(
        ranked[1] if len(ranked) > 1 else raster.tone(mass, None, None, 30.0), mass, 0.12
    )
    accent = _apart(pal.accent, mass, 0.15)  # it only ever meets the mass
    return Inks(field, mass, second, accent, sky_of(field), deeper(mass))


def deeper(colour: RGB) -> RGB:
    """`colour` one step deeper in the same hue family: darker, or for a yellow or lime
    (which darkens to olive) warmer at the same lightness."""
    lit, chroma, hue = rgb_to_oklch(colour)
    if 70.0 <= hue <= 135.0 and chroma > 0.05:
        return raster.tone(colour, lit - 0.04, None, -22.0)
    return raster.tone(colour, float(np.clip(lit - 0.11, 0.05, 0.9)))


def sky_of(field: RGB) -> tuple[RGB, RGB]:
    """The field's gradient: a little deeper far up, a little lighter near the horizon
    (a light paper field only deepens at the top)."""
    lit = _light(field)
    if lit > 0.88:
        return deeper(field) if lit < 0.93 else raster.tone(field, lit - 0.06), field
    top = deeper(field) if lit > 0.2 else raster.tone(field, max(0.05, lit - 0.05))
    return top, raster.tone(field, min(0.95, lit + 0.09))


@dataclass(frozen=True)
class Scene:
    """A landscape's light: the sky from its zenith to the glow at the horizon, the
    sun or moon, the nearest land (the darkest tone), what far land fades to."""

    top: RGB  # the sky far up
    glow: RGB  # the sky at the horizon, round the light
    light: RGB  # the sun or moon's disc, stars
    near: RGB  # the nearest land: a silhouette against the glow
    night: bool  # a dark sky: stars and a moon
    accent: RGB  # a small bright note: a rim of light, lit windows
    far: RGB  # what the farthest land fades to: the sky's own hue, not the glow's

    def haze(self, t: float) -> RGB:
        """Land `t` of the way into the distance (aerial perspective: towards the sky's
        hue at the glow's lightness; a purple dusk's ridges stay purple, not brown)."""
        return mix(self.near, self.far, t)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` moved `t` of the way to `b` in OKLab."""
    lut = raster.color_lut([a, b], n=101)
    return tuple(int(v) for v in lut[round(float(np.clip(t, 0.0, 1.0)) * 100)])  # type: ignore[return-value]


def scene_for(direction: ArtDirection, inks: Inks) -> Scene:
    """The light from the palette: a dark field is a night or dusk sky (the glow at the
    horizon takes the palette's accent, the land near-black in the field's hue); a
    light or vivid one a day or dawn sky (a deeper zenith, a glow lifted towards the
    accent, the land the palette's darkest strong colour)."""
    pal = direction.palette
    field = inks.field
    lit, chroma, _ = rgb_to_oklch(field)
    acc_lit, acc_chroma, _ = rgb_to_oklch(pal.accent)
    grey = direction.language.subgenre in GREY_GENRES
    if lit < 0.42:
        top = raster.tone(field, float(np.clip(lit * 0.8, 0.07, 0.24)))
        glow = mix(field, pal.accent, 0.0 if grey else 0.5)
        glow = raster.tone(glow, float(np.clip(lit + 0.3, 0.4, 0.62)))
        light = raster.tone(pal.accent, max(acc_lit, 0.86)) if not grey else pal.ink
        near = raster.tone(field, max(0.06, min(0.12, lit * 0.5)), min(chroma, 0.05))
        far = raster.tone(field, rgb_to_oklch(glow)[0] - 0.06, max(chroma, 0.04))
        return Scene(top, glow, light, near, True, pal.accent, far)
    top = deeper(field)  # a yellow deepens to orange, never mustard
    warm = pal.accent if acc_chroma > 0.06 and not grey else field
    glow = mix(field, warm, 0.2)
    glow = raster.tone(glow, min(0.97, lit + 0.07))
    light = _sun(direction, glow)
    darkest = min((*pal.colors, pal.ink, pal.background), key=lambda c: rgb_to_oklch(c)[0])
    d_lit, d_chroma, _ = rgb_to_oklch(darkest)
    if d_lit > lit - 0.35:
        darkest = raster.tone(inks.mass, max(0.1, lit - 0.5))
    else:
        darkest = raster.tone(darkest, min(d_lit, 0.32))
    # far land: the near land's own hue lifted towards the glow's lightness (a navy range
    # under a gold sky fades to a hazy blue, never through khaki)
    n_lit, n_chroma, _ = rgb_to_oklch(darkest)
    far = raster.tone(
        darkest, rgb_to_oklch(glow)[0] - 0.1, max(n_chroma * 0.7, min(n_chroma, 0.03))
    )
    return Scene(top, glow, light, darkest, False, pal.accent, far)


def _sun(direction: ArtDirection, glow: RGB) -> RGB:
    """A day's sun: white where the glow is dark enough to show it, else the palette's
    warmest strong colour (a red or orange disc, as on a poster), else a warm orange."""
    if rgb_to_oklch(glow)[0] < 0.78:
        return mix(glow, (255, 252, 244), 0.8)
    pal = direction.palette
    for c in (pal.accent, *pal.colors):
        lit, chroma, hue = rgb_to_oklch(c)
        if chroma > 0.09 and (hue < 75.0 or hue > 330.0):
            return raster.tone(c, float(np.clip(lit, 0.55, 0.72)))
    return (236, 110, 52) if direction.language.subgenre not in GREY_GENRES else (250, 250, 250)


DARK_MOOD = 0.3  # a valence under this keeps its sky dark whatever the palette


def dusk(scene: Scene) -> Scene:
    """A day's light taken to dusk in its own colours (a night stays as it is): the
    zenith deep, the glow between the old zenith and glow, the land near-black."""
    if scene.night:
        return scene
    return Scene(
        raster.tone(scene.near, 0.16),
        mix(scene.top, scene.glow, 0.5),
        mix(scene.glow, (255, 252, 240), 0.85),
        raster.tone(scene.near, 0.08),
        True,
        scene.accent,
        raster.tone(scene.far, 0.4),
    )


def _capped(colour: RGB, chroma: float, lit: tuple[float, float] | None = None) -> RGB:
    """`colour` with its chroma at most `chroma`, its lightness within `lit`."""
    lightness, c, _ = rgb_to_oklch(colour)
    if lit is not None:
        lightness = float(np.clip(lightness, *lit))
    return raster.tone(colour, lightness, min(c, chroma))


def _inks_capped(inks: Inks, chroma: float, field_lit: tuple[float, float] | None) -> Inks:
    field = _capped(inks.field, chroma, field_lit)
    mass = _apart(_capped(inks.mass, chroma), field, 0.3)
    second = _capped(inks.second, chroma)
    return Inks(field, mass, second, inks.accent, sky_of(field), deeper(mass))


def treated(
    direction: ArtDirection, inks: Inks, scene: Scene, treatment: str
) -> tuple[Inks, Scene]:
    """The palette's light as the genre family wants it: "dark" (metal: a night sky
    near-black in the field's hue, land and sky at most faintly coloured, only the glow
    may smoulder; grey for the grey genres), "mist" (classical, ambient: every colour
    fogged to a low chroma, a day stays a dawn), "dusk" (lo-fi: a day taken to dusk, a
    dark field), "sun" (afrobeats, city pop: a golden hour, the sky red to amber in the
    palette's warm colours, a hot pale sun, the land a deep warm silhouette); "earth"
    and "" leave it. A dark mood (valence under DARK_MOOD) keeps
    a dark sky in any family: a light palette is taken to dusk."""
    if treatment in ("dark", "dusk") or direction.valence < DARK_MOOD:
        scene = dusk(scene)
        if rgb_to_oklch(inks.field)[0] > 0.42:
            inks = _inks_capped(inks, 1.0, (0.1, 0.24))
    if treatment == "dark":
        grey = direction.language.subgenre in GREY_GENRES
        ember = 15.0 <= rgb_to_oklch(scene.glow)[2] <= 80.0  # blood, ember, sulphur
        cap, smoulder = (0.0, 0.0) if grey else (0.035, 0.08 if ember else 0.03)
        scene = Scene(
            _capped(scene.top, cap, (0.05, 0.18)),
            _capped(scene.glow, smoulder, (0.3, 0.55)),
            _capped(scene.light, smoulder),
            _capped(scene.near, cap, (0.03, 0.11)),
            True,
            scene.accent,
            _capped(scene.far, cap, (0.2, 0.45)),
        )
        inks = _inks_capped(inks, cap, (0.04, 0.2))
    elif treatment == "mist":
        cap = 0.045
        scene = Scene(
            _capped(scene.top, cap),
            _capped(scene.glow, cap + 0.01),
            _capped(scene.light, 0.05),
            _capped(scene.near, cap),
            scene.night,
            scene.accent,
            _capped(scene.far, cap),
        )
        inks = _inks_capped(inks, cap, None)
    elif treatment == "sun" and direction.valence >= DARK_MOOD:
        scene = golden(direction, scene)
    return inks, scene


def _warmest(colours: tuple[RGB, ...], hues: tuple[float, float], fallback: RGB) -> RGB:
    """The palette's most colourful colour with a hue in `hues`, else `fallback`."""
    found = [
        c for c in colours if rgb_to_oklch(c)[1] > 0.06 and hues[0] <= rgb_to_oklch(c)[2] <= hues[1]
    ]
    return max(found, key=lambda c: rgb_to_oklch(c)[1]) if found else fallback


def golden(direction: ArtDirection, scene: Scene) -> Scene:
    """A golden hour in the palette's own warm colours (a reviewer read afrobeats under a
    green sky over brown hills as mud): the zenith a deep red or magenta, the glow amber
    round a hot pale sun, the far land hazed towards the glow, the near land a warm
    near-black silhouette."""
    pal = direction.palette
    colours = (pal.background, *pal.colors, pal.accent)
    red = _warmest(colours, (0.0, 50.0), (214, 58, 44))
    amber = _warmest(colours, (55.0, 100.0), (242, 169, 0))
    top = raster.tone(red, 0.4, max(0.13, rgb_to_oklch(red)[1]))
    glow = raster.tone(amber, 0.8, max(0.13, rgb_to_oklch(amber)[1]))
    near = raster.tone(red, 0.17, 0.05)
    return Scene(top, glow, (255, 246, 220), near, False, amber, mix(top, glow, 0.35))


def titled(direction: ArtDirection, scene: Scene, treatment: str, words: frozenset[str]) -> Scene:
    """The light the title names (`words`, its motifs): a night, a city or rain at
    night or dusk; a sun or summer in a golden hour (unless the music is dark: a dark
    mood or the metal family keeps its night)."""
    if words & {"night", "city"}:
        return dusk(scene)
    if "sun" in words and treatment != "dark" and direction.valence >= DARK_MOOD:
        return golden(direction, scene) if scene.night else scene
    return scene


RED_SUN = (200, 44, 30)  # the accent ink on a dull dark print: a red sun or blood moon
DULL = 0.05  # a scene whose sky and land are all under this chroma prints grey


def accented(direction: ArtDirection, scene: Scene, treatment: str) -> Scene:
    """One strong ink for a grey print of a dark record (reviewers read grey bands on
    doom and dark ambient as cheap and empty): where the metal family's light or a dark
    mood (valence under DARK_MOOD) leaves sky and land all under DULL chroma, the sun or
    moon is RED_SUN."""
    dull = max(rgb_to_oklch(c)[1] for c in (scene.top, scene.glow, scene.near, scene.far))
    dark = treatment == "dark" or direction.valence < DARK_MOOD
    if not dark or dull >= DULL:
        return scene
    return replace(scene, light=RED_SUN)
