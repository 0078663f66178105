"""The topographic style's card prints, picked by the genre: a hot-foil stamp, a
fluorescent screenprint on black, or a screenprint on a deep or vivid colour with one
spot ink; topo_tints ramps their bands.

Foil: gold on navy or oxblood, silver or copper on black. Fluoro: two inks. Screen:
cream and one spot ink. Bold two- and three-ink pairs from the art direction's genre
table; never faint lines on cream.

The light, joyful genres print on vivid card, the hot genres on warm card (a love song
not: its heart in red and yellow read as a greeting card); a quiet night, a small hour
or a still ambient or classical piece prints in deep restrained inks (fog, slate,
lilac, sage or umber on ink-dark card, silver or pewter foil), never a garish pair
(Salt Flats at 4 A.M. came out purple and yellow)."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import title_words

PRINTS = ("foil", "fluoro", "screen")


def hexrgb(code: str) -> RGB:
    """'#RRGGBB' as an RGB triple."""
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


class Stock(NamedTuple):
    """A print: its idiom, the card, the line ink and the solid ink (for a foil the
    line and solid inks are the foil's shadow and highlight)."""

    kind: str
    card: RGB
    line: RGB
    solid: RGB


GOLD = ("#8A6220", "#F6DC8E")
SILVER = ("#5A5C62", "#F2F1EC")
COPPER = ("#7A3418", "#F6B084")
ROSE = ("#7A3040", "#FFC8CE")
PEWTER = ("#3E4248", "#C9CCD0")

# fmt: off
FOILS = {
    "warm": (("#4A0B16", GOLD), ("#5B0A2E", GOLD), ("#3A0A12", ROSE)),
    "dark": (("#0B0B0B", SILVER), ("#0E0D0D", COPPER), ("#0C1420", SILVER), ("#0B0B0B", GOLD)),
    "calm": (("#0F1B3D", GOLD), ("#12262B", COPPER), ("#0F2A22", GOLD), ("#1B1B1B", SILVER),
             ("#0F2147", SILVER)),
    "soul": (("#2A1710", GOLD), ("#0F1B3D", GOLD), ("#2A0F2E", ROSE)),
    "still": (("#0F1B2D", SILVER), ("#15161C", PEWTER), ("#12202A", PEWTER)),
}
FLUOROS = (("#0A0A0A", "#FF48B0", "#FFE800"), ("#0A0A0A", "#FFE800", "#FF6C2F"),
           ("#0B0B12", "#5EE8FF", "#FF48B0"), ("#0A0A0A", "#7CFF4F", "#FF48B0"),
           ("#0E0A14", "#FF6C2F", "#5EE8FF"), ("#0A0A0A", "#FFE800", "#7CFF4F"))
SCREENS = {
    "deep": (("#1F3FBF", "#F4F1EA", "#FFD23F"), ("#00585F", "#F4F1EA", "#FFB23F"),
             ("#3B1F6B", "#F4F1EA", "#FFC94A"), ("#1E4D2B", "#F4EBD0", "#F2B134"),
             ("#2F3A3F", "#E6E2D8", "#FF7A3D"), ("#14213D", "#F4F1EA", "#FCA311")),
    "warm": (("#C8102E", "#FFF3D6", "#FFD23F"), ("#B3261E", "#F4E7CF", "#1B1B1B"),
             ("#D2452B", "#FFF3D6", "#2B1B4A"), ("#9E1452", "#FFE3EC", "#FFC94A")),
    "vivid": (("#E0218A", "#FFFFFF", "#1A0B2E"), ("#1F3FBF", "#FFFFFF", "#FFE800"),
              ("#FF6B00", "#FFFFFF", "#3D1A78"), ("#008C9E", "#FFFFFF", "#14213D"),
              ("#7B2CBF", "#FFFFFF", "#7CFF4F"), ("#1982C4", "#FFFFFF", "#0B1D51"),
              ("#FF595E", "#FFFFFF", "#1B1464")),
    "dark": (("#2B0A0A", "#E6E2D8", "#C8102E"), ("#111111", "#E6E2D8", "#8C7B65"),
             ("#1C2A3A", "#E6E6E6", "#9FB3C8")),
    "still": (("#0E1A24", "#C9D3D6", "#7C9CAB"), ("#15161C", "#D8D4CC", "#8A8E96"),
              ("#101E1C", "#C4CEC6", "#739E90"), ("#1B1726", "#D6D0DC", "#8E80AA"),
              ("#1E1512", "#E0D6C8", "#A88C66")),
}
# fmt: on

BRIGHT_SUBS = ("hyperpop", "kpop", "jpop", "bedroom_pop", "city_pop", "disco", "funk", "edm",
               "house", "children")  # fmt: skip
HOT = ("reggaeton", "tropical", "bollywood", "latin", "afrobeats", "dancehall", "salsa")
MONO = ("black_metal", "dsbm", "doom_metal", "drill", "post_punk", "darkwave", "goth")


def bright(direction: ArtDirection) -> bool:
    """A light, joyful genre (pop, k-pop, hyperpop, children's, bright dance)."""
    sub = direction.language.subgenre
    return sub in BRIGHT_SUBS or (
        direction.genre in ("pop", "children", "dance") and sub != "techno"
    )


QUIET = ("ambient", "classical")  # families whose still pieces print in quiet inks
STILL_ENERGY = 0.3  # below this, an ambient or classical piece is still
NIGHT_ENERGY = 0.55  # below this, a night or a small hour is a quiet one (a night drive
# or a rave keeps its genre's print)


def still(direction: ArtDirection) -> bool:
    """A quiet night or small hour (the title names it) or a still ambient or
    classical piece: deep restrained inks, never a poster's pair."""
    night = direction.night or "night" in title_words.motifs(direction.title)
    quiet = direction.language.family in QUIET and direction.energy < STILL_ENERGY
    return (night and direction.energy < NIGHT_ENERGY) or quiet


def hot(direction: ArtDirection) -> bool:
    """A warm, bold genre (reggaeton, Bollywood, Latin, tropical, afrobeats)."""
    return direction.language.subgenre in HOT or direction.genre == "latin"


def _pick(options: tuple, rng: np.random.Generator):
    return options[int(rng.integers(len(options)))]


def _menu(direction: ArtDirection, love: bool) -> tuple[tuple[str, float, str], ...]:
    """(print, weight, stock family) the genre may take."""
    sub, genre = direction.language.subgenre, direction.genre
    if still(direction):
        return (("foil", 0.25, "still"), ("screen", 0.75, "still"))
    if bright(direction):
        return (("screen", 1.0, "vivid"),)
    if love and not hot(direction):  # a heart in red and yellow read as a greeting card
        return (("foil", 0.5, "soul"), ("screen", 0.5, "deep"))
    if hot(direction):
        return (("screen", 0.5, "warm"), ("foil", 0.35, "warm"), ("fluoro", 0.15, ""))
    if sub in MONO or genre == "metal":
        return (("foil", 0.6, "dark"), ("screen", 0.4, "dark"))
    if genre in ("electronic", "synthwave"):
        return (("fluoro", 0.45, ""), ("foil", 0.25, "dark"), ("screen", 0.3, "deep"))
    if direction.night:  # a loud nocturne or night drive in foil, never fluoro
        return (("foil", 0.5, "dark"), ("screen", 0.5, "deep"))
    if genre in ("rnb", "jazz", "hiphop", "lofi"):
        return (("foil", 0.4, "soul"), ("screen", 0.45, "deep"), ("fluoro", 0.15, ""))
    return (("foil", 0.45, "calm"), ("screen", 0.55, "deep"))  # no fluoro for a nocturne


def stock(direction: ArtDirection, rng: np.random.Generator, love: bool) -> Stock:
    """The print for this song: its idiom by the genre's weights and the seed, then
    one of that idiom's stocks for the genre."""
    menu = [m for m in _menu(direction, love) if m[1] > 0]
    w = np.array([m[1] for m in menu])
    kind, _, family = menu[int(rng.choice(len(menu), p=w / w.sum()))]
    if kind == "foil":
        card, (low, high) = _pick(FOILS[family], rng)
        return Stock(kind, hexrgb(card), hexrgb(low), hexrgb(high))
    options = FLUOROS if kind == "fluoro" else SCREENS[family]
    card, line, solid = _near_palette(options, direction, rng, 1 if kind == "fluoro" else 0)
    return Stock(kind, hexrgb(card), hexrgb(line), hexrgb(solid))


def _near_palette(options: tuple, direction: ArtDirection, rng: np.random.Generator, at: int):
    """One of `options`, drawn by the seed but leaning to the one whose colour `at`
    (the card, or a fluoro's line ink) is nearest in hue to the palette's strongest
    colour, so two songs of one genre print on two cards."""
    pal = direction.palette
    _, chroma, hue = max((rgb_to_oklch(c) for c in (*pal.colors, pal.accent)), key=lambda c: c[1])
    w = []
    for option in options:
        _, c, h = rgb_to_oklch(hexrgb(option[at]))
        turn = abs((h - hue + 180.0) % 360.0 - 180.0) if c > 0.05 and chroma > 0.05 else 90.0
        w.append(0.4 + np.exp(-((turn / 45.0) ** 2)))  # a lean, not a purple template
    p = np.array(w) / sum(w)
    return options[int(rng.choice(len(options), p=p))]
