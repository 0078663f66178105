"""Clean overprints: two riso inks multiplied on pale stock must make a true third
colour, never the grey-brown mud a scarlet over a federal blue or a fluoro pink over
a green prints (two art directors: "muddy overprints", "muddy grey split").

A pair is clean when its multiply keeps a chroma of at least FLOOR (OKLCH) and a
lightness of at least DEPTH (darker reads as a dirty near-black), and is no olive or
khaki: a hue in OLIVE under lightness OLIVE_LIGHT (a yellow sun over a cornflower
disc printed "a muddy olive-brown eclipse"); black and bone are no colour and
overprint as themselves. A muddy pair trades one of its inks for the
clean drum nearest it in hue (the smaller hue shift of the two), so a kit keeps its
character: scarlet and federal print fluoro pink and federal, orange and teal print
orange and cornflower.
"""

from __future__ import annotations

from sleeve.engine.color import hue_distance, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.riso_inks import INKS

FLOOR = 0.09  # the overprint's least chroma
DEPTH = 0.3  # the overprint's least lightness
OLIVE = (55.0, 135.0)  # the overprint hues (OKLCH degrees) that read as olive or brown
OLIVE_LIGHT = 0.7  # under this lightness: above it a lime or a light khaki still reads
GREY = 0.04  # an ink below this chroma (black, bone) is no colour
SPARE = tuple(ink for name, ink in INKS.items() if name not in ("black", "bone", "brown", "hunter"))


def overprint(one: RGB, two: RGB) -> RGB:
    """What two inks print where they overlap on white: their multiply."""
    return tuple(int(a * b / 255) for a, b in zip(one, two, strict=True))  # type: ignore[return-value]


def chromatic(ink: RGB) -> bool:
    """Whether an ink is a colour (not black, bone or a grey)."""
    return rgb_to_oklch(ink)[1] >= GREY


def clean(one: RGB, two: RGB) -> bool:
    """Whether two inks overprint to a true third colour, not mud, an olive or a
    brown (or one of them is no colour, or they are one ink)."""
    if one == two or not (chromatic(one) and chromatic(two)):
        return True
    light, chroma, hue = rgb_to_oklch(overprint(one, two))
    olive = OLIVE[0] < hue < OLIVE[1] and light < OLIVE_LIGHT
    return chroma >= FLOOR and light >= DEPTH and not olive


def nearest_clean(ink: RGB, others: list[RGB]) -> tuple[float, RGB]:
    """The drum nearest `ink` in hue that overprints cleanly with all `others`, and
    its hue shift (a full turn where there is none)."""
    hue = rgb_to_oklch(ink)[2]
    best: tuple[float, RGB] = (360.0, ink)
    for spare in SPARE:
        if spare == ink or spare in others:
            continue
        if all(clean(spare, other) for other in others):
            best = min(best, (hue_distance(rgb_to_oklch(spare)[2], hue), spare))
    return best


def cleaned(inks: list[RGB]) -> list[RGB]:
    """The inks with every muddy pair made clean: of each muddy pair, the ink whose
    clean stand-in is the nearer in hue is traded for it (a repeated drum follows)."""
    out = list(inks)
    for j in range(1, len(out)):
        for i in range(j):
            if clean(out[i], out[j]):
                continue
            rest_j = [ink for k, ink in enumerate(out) if k != j and ink != out[j]]
            rest_i = [ink for k, ink in enumerate(out) if k != i and ink != out[i]]
            shift_j, spare_j = nearest_clean(out[j], rest_j)
            shift_i, spare_i = nearest_clean(out[i], rest_i)
            old, new = (out[i], spare_i) if shift_i < shift_j else (out[j], spare_j)
            out = [new if ink == old else ink for ink in out]
    return out
