"""Bokeh's colour: which of the palette's colours lead, the field behind the lights
(a night tinted by the palette's blue, violet or pink, never brown; a day lit from
behind, deep and saturated for the bright genres) and the lights' own colours per
scene."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection, Palette
from sleeve.engine.styles.cover_parts.bokeh_lights import RES

# bright genres: saturated, high-key colour by day and a coloured club, not black, by night
BRIGHT_GENRES = ("pop", "dance")
BRIGHT_SUBGENRES = ("hyperpop", "disco", "nu_disco", "funk", "kpop", "jpop", "city_pop")
SODIUM = (255, 158, 44)
TAIL = (235, 40, 40)
LED = (215, 228, 255)  # cold white street lights
ICE = (205, 232, 255)  # a mirrorball's silver
GOLD = (255, 196, 84)
WHITE = (255, 252, 244)
BULB = (255, 206, 130)  # a warm filament


def _vivid(pal: Palette) -> RGB:
    """The palette's most colourful colour (the accent unless it is near grey); a warm
    lamp amber when the whole palette is grey."""
    best = max(
        (pal.accent, *pal.colors), key=lambda c: rgb_to_oklch(c)[1] + 0.03 * (c == pal.accent)
    )
    return best if rgb_to_oklch(best)[1] > 0.04 else SODIUM


def _far_hue(pal: Palette) -> RGB:
    """The palette colour whose hue is farthest from the vivid one: the second gel; an
    electric blue when the palette has no second hue."""
    hue = rgb_to_oklch(_vivid(pal))[2]
    best = max(pal.colors, key=lambda c: abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180))
    far = abs((rgb_to_oklch(best)[2] - hue + 180) % 360 - 180)
    return best if far > 60 and rgb_to_oklch(best)[1] > 0.04 else (70, 140, 255)


def sea(pal: Palette) -> RGB:
    """The palette colour nearest a sea's blue-green (hue 180..250), for water by day;
    the background when the palette is grey."""

    def off(c: RGB) -> float:
        lch = rgb_to_oklch(c)
        return abs((lch[2] - 215 + 180) % 360 - 180) - 200 * min(lch[1], 0.05)

    best = min((pal.background, *pal.colors, pal.accent), key=off)
    return best if rgb_to_oklch(best)[1] > 0.03 else pal.background


def colours(direction: ArtDirection, scene: str, light: bool) -> np.ndarray:
    """The lights' colours (k, 3) in 0..1 for the scene."""
    pal = direction.palette
    if scene == "street":
        cold = (
            190.0 <= rgb_to_oklch(pal.accent)[2] <= 290.0 and direction.language.subgenre != "dnb"
        )
        cols = [LED if cold else SODIUM, TAIL, raster.tone(pal.accent, 0.8, 0.1)]
    elif scene == "flare":  # the lens's light, a ghost in the second colour, a hot core
        lit, chroma = (0.64, 0.19) if light else (0.78, 0.16)
        cols = [
            raster.tone(_vivid(pal), lit, chroma),
            raster.tone(_far_hue(pal), lit + 0.04, chroma - 0.02),
            WHITE,
        ]
    elif scene == "glitter":  # white sun glints, a few in the song's colour, the sun
        cols = [(255, 250, 236), raster.tone(_vivid(pal), 0.85, 0.1), WHITE]
    elif scene == "neon":  # the tube, the inner tube, the white-hot core
        cols = [raster.tone(_vivid(pal), 0.72, 0.2), raster.tone(_far_hue(pal), 0.74, 0.17), WHITE]
    elif scene == "horizon":  # a town's sodium, cold white and the song's colour
        cold = 190.0 <= rgb_to_oklch(pal.accent)[2] <= 290.0
        cols = [SODIUM if not cold else LED, BULB, raster.tone(_vivid(pal), 0.8, 0.15)]
    elif scene == "mirrorball":  # silver ball, spots in the song's colour, gold glints
        if light:  # a grey ball whose lit tiles flash white by day
            cols = [raster.tone(ICE, 0.62, 0.03), raster.tone(_vivid(pal), 0.66, 0.18), WHITE]
        elif is_bright(direction):  # a gold ball throwing the song's colour
            cols = [GOLD, raster.vivid(_vivid(pal), 0.74, 0.22), WHITE]
        else:
            cols = [ICE, raster.tone(_vivid(pal), 0.78, 0.17), GOLD]
    elif scene == "stage":  # a warm and a cool gel
        cols = [raster.tone(_vivid(pal), 0.8, 0.17), raster.tone(_far_hue(pal), 0.72, 0.15)]
    elif scene == "candles":
        cols = [BULB, GOLD, raster.tone(_vivid(pal), 0.8, 0.14)]
    elif scene == "fairy" and light:  # white-hot by day, one blushed with the song's colour
        cols = [(255, 246, 226), raster.tone(_vivid(pal), 0.92, 0.08), WHITE]
    elif scene == "fairy":  # warm filaments, one in the song's colour
        cols = [BULB, raster.tone(_vivid(pal), 0.8, 0.17), GOLD]
    elif is_bright(direction) and light:  # white-hot discs with a blush of colour
        one, two = _day_pair(pal)
        cols = [raster.tone(one, 0.96, 0.06), raster.tone(two, 0.94, 0.08), WHITE, WHITE]
    elif is_bright(direction):  # the palette's hues at full tilt, a white-hot one
        one, two = _day_pair(pal)
        cols = [
            raster.vivid(one, 0.8, 0.2),
            raster.vivid(two, 0.84, 0.18),
            WHITE,
            raster.vivid(_far_hue(pal), 0.8, 0.18),
        ]
    elif light:  # coloured lights screened over a mid-toned field
        cols = [
            raster.tone(_vivid(pal), 0.74, 0.15),
            raster.tone(pal.colors[0], 0.7, 0.13),
            raster.tone(pal.colors[1 % len(pal.colors)], 0.72, 0.13),
            raster.tone(pal.accent, 0.8, 0.12),
        ]
    else:
        warm = SODIUM if direction.valence > 0.45 else pal.colors[1 % len(pal.colors)]
        cols = [
            raster.tone(pal.accent, 0.8, 0.14),
            raster.tone(warm, 0.76, 0.13),
            raster.tone(pal.colors[0], 0.7, 0.1),
        ]
    if scene == "lamp" and not light:  # a big amber halo fading on the dark is brown
        cols[0] = _rose(cols[0])
    return np.asarray(cols, np.float32) / 255.0


def _rose(c: RGB) -> RGB:
    """An amber or caramel light turned to a rose gold (its dim halo a wine, not a
    brown); other hues as they are."""
    lit, chro, hue = rgb_to_oklch(c)
    if not 40.0 <= hue <= 110.0:
        return c
    return raster.tone(c, max(lit, 0.78), max(chro, 0.15), 22.0 - hue)


def is_bright(direction: ArtDirection) -> bool:
    """Pop, dance, disco, hyperpop and their kin (bedroom pop aside): vivid colour,
    never a muddy or pale field."""
    sub = direction.language.subgenre
    if sub == "bedroom_pop":
        return False
    return direction.genre in BRIGHT_GENRES or sub in BRIGHT_SUBGENRES


def chroma(c: RGB) -> float:
    """A colour's OKLCH chroma."""
    return float(rgb_to_oklch(c)[1])


def _night_tint(pal: Palette) -> RGB:
    """The palette colour that tints the night: the most colourful blue, violet,
    magenta or pink (night photographs go cool), else the most colourful red; never
    a yellow or orange (dark, those read as mud: a cocoa or caramel field, R&B's, is
    turned to wine); the background when all are grey."""
    colourful = [c for c in (pal.background, *pal.colors, pal.accent) if chroma(c) > 0.04]
    cool = [c for c in colourful if not 15.0 <= rgb_to_oklch(c)[2] < 180.0]
    warm = [c for c in colourful if not 45.0 <= rgb_to_oklch(c)[2] <= 180.0]
    for choice in (cool, warm):
        if choice:
            return max(choice, key=chroma)
    bg = rgb_to_oklch(pal.background)
    if colourful and bg[1] > 0.015 and 15.0 <= bg[2] < 110.0:  # cocoa, caramel: dark, brown
        return raster.tone(pal.background, None, 0.1, 350.0 - bg[2])  # so a wine instead
    return pal.background


def _day_pair(pal: Palette) -> tuple[RGB, RGB]:
    """Two colourful palette colours of different, not opposite, hue for a day field,
    light end first: the most colourful, then the next of another hue (the first
    turned toward the warm side when there is none, never toward olive); a yellow
    always at the light end."""
    ranked = sorted((pal.background, pal.accent, *pal.colors), key=chroma, reverse=True)
    first = ranked[0]
    hue = rgb_to_oklch(first)[2]
    second = raster.tone(first, None, None, -50.0 if 60.0 <= hue <= 200.0 else 50.0)
    for c in ranked[1:]:
        apart = abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180)
        if chroma(c) > 0.06 and 40 < apart < 130:  # complements meet in a brown middle
            second = c
            break
    if 70.0 <= rgb_to_oklch(second)[2] <= 135.0:  # a yellow takes the light end (dark, mud)
        return second, first
    return first, second


def ground(
    direction: ArtDirection, scene: str, light: bool, rng: np.random.Generator
) -> np.ndarray:
    """The field behind the lights (RES square, float RGB): a night tinted by the
    palette's coolest colour (a coloured club for the bright genres), a mid-toned day
    that screened light shows on (two saturated hues for the bright genres)."""
    pal = direction.palette
    if light and is_bright(direction):
        one, two = _day_pair(pal)
        stops = [raster.vivid(one, 0.64, 0.24), raster.vivid(two, 0.52, 0.22)]
    elif light:
        one, two = _day_pair(pal)
        stops = [raster.tone(one, 0.78, 0.09), raster.tone(two, 0.57, 0.13)]
    elif is_bright(direction):
        tint = _night_tint(pal)
        stops = [raster.tone(tint, 0.14, 0.08), raster.tone(tint, 0.3, 0.14, -35.0)]
    else:
        tint = _night_tint(pal)
        turn = -25.0 if 15.0 <= rgb_to_oklch(tint)[2] < 180.0 else 20.0  # away from brown
        stops = [raster.tone(tint, 0.1, 0.045), raster.tone(tint, 0.24, 0.08, turn)]
    angle = 90.0 + rng.uniform(-25, 25)
    field = raster.linear_field(angle, RES)
    return raster.apply_lut(field, raster.color_lut(stops)).astype(np.float32) / 255.0
