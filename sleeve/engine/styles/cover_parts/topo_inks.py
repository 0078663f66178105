"""The topographic style's print stocks, chosen by the genre: the card and foil of a
hot-foil stamp (gold on oxblood for reggaeton and Bollywood, silver on black for
metal and drill, copper on deep teal...), the two inks and paper of a risograph
overprint (fluoro pink and teal for Latin, orange and red on kraft for Bollywood,
yellow and blue for dance), and the card of a blind emboss with its one spot ink.
Hand-picked pairs from the art direction's genre table, not the palette's ramp: a
ramp of the palette read as a GIS hypsometric tint. The light, joyful genres (pop,
k-pop, hyperpop, children's, bright dance) print on light or vivid stock, never
black card; a riso may instead take its two drum inks from the song's palette (the
real riso ink nearest its strongest colour, and a contrasting one), so the riso
covers do not all fill in pink or red."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB


def hexrgb(code: str) -> RGB:
    """'#RRGGBB' as an RGB triple."""
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


class Foil(NamedTuple):
    """A hot-foil stamp: the card, the foil's shadow and its highlight."""

    card: RGB
    low: RGB
    high: RGB


class Riso(NamedTuple):
    """A two-colour risograph: the paper, the fill ink (tints by height), the line ink."""

    paper: RGB
    fill: RGB
    line: RGB


class Card(NamedTuple):
    """A blind emboss: the card and the one spot ink on the summit."""

    card: RGB
    spot: RGB


GOLD = ("#7A5418", "#F3D98B")
COPPER = ("#6E2E16", "#F2A77A")
SILVER = ("#4A4C50", "#ECEBE6")
ROSE = ("#7A3040", "#FFC2C8")
HOLO = ("#5A5F8C", "#FFFFFF")  # a holographic silver: violet-grey shadow, white light
BLUE = ("#1A2A6C", "#7F9CFF")  # a blue metallic (on coral: gold was lost in it)

BRIGHT = ("pop", "children", "dance")  # light, joyful: light or vivid stock
BRIGHT_SUBS = ("hyperpop", "kpop", "jpop", "bedroom_pop", "city_pop", "disco", "funk", "edm",
               "house", "children")  # fmt: skip
WARM = ("latin", "world", "pop", "dance", "children", "hiphop", "rnb")  # bold, warm stocks
DARK = ("metal", "punk", "synthwave", "lofi")  # black or night stocks
HOT = ("reggaeton", "tropical", "bollywood", "latin", "afrobeats", "dancehall", "salsa")

# fmt: off
FOILS: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = {
    "hot": (("#4A0B16", GOLD), ("#5B0A2E", GOLD), ("#3A0A12", ROSE)),
    "love": (("#4A0B16", GOLD), ("#3A0A12", ROSE), ("#0B0B0B", ROSE), ("#141C2E", SILVER),
             ("#12262B", COPPER), ("#2A0F2E", GOLD), ("#0C1420", ROSE)),
    "metal": (("#0B0B0B", SILVER), ("#0E0D0D", COPPER), ("#2B0A0A", SILVER)),
    "night": (("#0B0B0B", GOLD), ("#0C1420", SILVER), ("#0B0B0B", COPPER), ("#101018", SILVER),
              ("#0F2A22", GOLD), ("#1E0F2E", ROSE), ("#0B0B0B", HOLO)),
    "rnb": (("#2A1710", GOLD), ("#3B2418", ROSE)),
    "calm": (("#12262B", COPPER), ("#141C2E", GOLD), ("#1B1B1B", SILVER), ("#0F2147", SILVER),
             ("#2E3B2A", GOLD)),
    "other": (("#101820", GOLD), ("#2A0F2E", ROSE), ("#12262B", COPPER), ("#0F2147", SILVER),
              ("#1B1B1B", SILVER), ("#0F2A22", COPPER)),
    "bright": (("#E0218A", HOLO), ("#1F3FBF", HOLO), ("#FF595E", BLUE), ("#00A3A0", HOLO),
               ("#7B2CBF", HOLO)),
}
RISOS: dict[str, tuple[tuple[str, str, str], ...]] = {  # paper, fill, line
    "hot": (("#F6F0E6", "#FF48B0", "#00838A"), ("#F6F0E6", "#FF6C2F", "#B5123A")),
    "bollywood": (("#E9D3AE", "#FF7A00", "#B22222"), ("#F4E7CF", "#FFB000", "#C2185B")),
    "dance": (("#F4F1EA", "#FFE800", "#0078BF"), ("#F4F1EA", "#FF48B0", "#3D3B8E"),
              ("#F4F1EA", "#00A95C", "#FF48B0"), ("#F4F1EA", "#5EC8E5", "#FF6C2F")),
    "pop": (("#F7F1EC", "#FF7EB6", "#0078BF"), ("#F7F1EC", "#FFB000", "#E0218A"),
            ("#F7F1EC", "#82D8D5", "#765BA7"), ("#F7F1EC", "#FFE800", "#FF48B0"),
            ("#F7F1EC", "#5EC8E5", "#3D3B8E")),
    "children": (("#FFF7E8", "#FFCA3A", "#1982C4"), ("#FFF7E8", "#8AC926", "#1982C4"),
                 ("#FFF7E8", "#5EC8E5", "#FF595E")),
    "roots": (("#F3E9D2", "#E0624A", "#1F3A5F"), ("#F1E9DA", "#D4A017", "#A3261C"),
              ("#F3E9D2", "#67B346", "#3D5588")),
    "urban": (("#EFE8DD", "#FFB511", "#1B1B1B"), ("#EFE8DD", "#C68B59", "#3B2418"),
              ("#EFE8DD", "#5E695E", "#E4312B")),
    "mono": (("#E3E1DC", "#5F6B73", "#0A0A0A"), ("#EDEAE3", "#8C7B65", "#0A0A0A"),
             ("#F4F1EA", "#FF48B0", "#0A0A0A")),
    "other": (("#F4F1EA", "#00A3A0", "#3D3B8E"), ("#F4F1EA", "#FFB511", "#1F3A5F"),
              ("#F4F1EA", "#82D8D5", "#914E72")),
}
INKS = ("#FF48B0", "#FFE800", "#0078BF", "#00838A", "#FF6C2F", "#F15060", "#00A95C",
        "#3D5588", "#765BA7", "#FFB511", "#82D8D5", "#5EC8E5", "#914E72", "#BB8B41",
        "#67B346", "#9D7AD2", "#235BA8", "#E3ED55", "#FF7477", "#407060")  # riso drums
CARDS: dict[str, tuple[tuple[str, str], ...]] = {  # card, spot: toned mid-value stock
    "hot": (("#C8102E", "#FFD23F"), ("#9E1452", "#FFC94A"), ("#D2452B", "#2B1B4A")),
    "love": (("#C8102E", "#FFD23F"), ("#EE7FAA", "#7A0F2E"), ("#9E1452", "#FFC94A"),
             ("#C49A6C", "#C8102E"), ("#8EA1B2", "#E0218A"), ("#3F3833", "#FF7EB6")),
    "dark": (("#4A4F56", "#E6E2D8"), ("#3F3833", "#C8A24A"), ("#34404C", "#FF9E2C")),
    "bright": (("#EE7FAA", "#3D3B8E"), ("#5E9FD8", "#FFE800"), ("#FFD400", "#E0218A"),
               ("#FF48B0", "#FFE800"), ("#3FB8B2", "#5B2A86")),
    "calm": (("#A7B3AE", "#C0392B"), ("#8EA1B2", "#F2B134"), ("#B9A78C", "#B3261E")),
    "roots": (("#C49A6C", "#7A1F1A"), ("#9DAE8F", "#C0392B")),
    "other": (("#BFA07A", "#E4312B"), ("#B8321E", "#FFE3B0"), ("#8C9BA8", "#FF6C2F")),
}
# fmt: on


def _l(colour: RGB) -> float:
    return rgb_to_oklch(colour)[0]


def dark(direction: ArtDirection) -> bool:
    """A dark sheet: metal, night songs, a grey palette on a dark field (a dark
    palette alone is not: pop on navy printed a black-and-silver template)."""
    pal = direction.palette
    grey = max(rgb_to_oklch(c)[1] for c in (pal.background, *pal.colors)) < 0.05
    return direction.genre == "metal" or direction.night or (grey and _l(pal.background) < 0.4)


def bright(direction: ArtDirection) -> bool:
    """A light, joyful genre (pop, k-pop, hyperpop, children's, bright dance): light or
    vivid stock even at night (k-pop on black card read as a metal sleeve)."""
    sub = direction.language.subgenre
    return sub in BRIGHT_SUBS or (direction.genre in BRIGHT and sub not in ("techno",))


def hot(direction: ArtDirection) -> bool:
    """A warm, bold genre (reggaeton, Bollywood, Latin, tropical, afrobeats)."""
    return direction.language.subgenre in HOT or direction.genre == "latin"


def _pick(options: tuple, rng: np.random.Generator):
    return options[int(rng.integers(len(options)))]


def foil(direction: ArtDirection, rng: np.random.Generator, love: bool) -> Foil:
    """The card and foil for this song: gold or rose on oxblood or wine for the hot
    genres and love songs, silver or copper on black for metal, gold or copper on
    black or midnight for night songs, gold on cocoa for R&B."""
    if bright(direction):
        key = "bright"
    elif hot(direction):
        key = "hot"
    elif love:  # wine, black, midnight or teal card, gold, rose, silver or copper
        key = "love"
    elif direction.genre in ("metal", "punk") or direction.language.subgenre == "drill":
        key = "metal"
    elif dark(direction):
        key = "night"
    elif direction.genre in ("rnb", "jazz"):
        key = "rnb"
    elif direction.genre in ("ambient", "classical", "folk", "spoken"):
        key = "calm"
    else:
        key = "other"
    card, (low, high) = _pick(FOILS[key], rng)
    return Foil(hexrgb(card), hexrgb(low), hexrgb(high))


def riso(direction: ArtDirection, rng: np.random.Generator, love: bool) -> Riso:
    """Paper and two inks for this song (the hot pairs or, half the time, the song's
    own drums for a love song, so two love songs never print one pink heart; a black
    drum over one grey or fluoro for a dark sheet), from the genre's pairs or the
    song's palette (drums)."""
    sub = direction.language.subgenre
    if sub == "bollywood":
        key = "bollywood"
    elif hot(direction) or (love and not bright(direction)):
        key = "hot"
    elif dark(direction) and not bright(direction):
        key = "mono"
    elif rng.random() < 0.45:  # the song's own palette on two riso drums
        return drums(direction, rng)
    elif direction.genre in ("dance", "electronic", "synthwave"):
        key = "dance"
    elif direction.genre in ("pop",):
        key = "pop"
    elif direction.genre == "children":
        key = "children"
    elif direction.genre in ("folk", "world", "classical", "spoken", "rock", "jazz"):
        key = "roots"
    elif direction.genre in ("hiphop", "rnb", "lofi"):
        key = "urban"
    else:
        key = "other"
    if love and key == "hot" and not hot(direction) and rng.random() < 0.5:
        own = drums(direction, rng)  # a love song's heart in its own palette's inks,
        _, chroma, hue = rgb_to_oklch(own.fill)
        if chroma > 0.1 and not 100.0 < hue < 230.0:  # where they are warm (a sage heart was mud)
            return own
    paper, fill, line = _pick(RISOS[key], rng)
    return Riso(hexrgb(paper), hexrgb(fill), hexrgb(line))


def card(direction: ArtDirection, rng: np.random.Generator, love: bool) -> Card:
    """The emboss card and its spot ink: a toned mid-value card that shows both the
    raking light and the cast shadows (white card read as blank paper at 64 px):
    vivid card for the bright genres, a red or saffron card for the hot genres and
    love songs, slate or ash card (never black: mush at 64 px) for dark sheets, sage,
    dusty blue or kraft card for the calm ones."""
    if bright(direction):
        key = "bright"
    elif hot(direction):
        key = "hot"
    elif love:  # red, pink, wine, kraft, dusty blue or umber card
        key = "love"
    elif dark(direction):
        key = "dark"
    elif direction.genre in ("ambient", "classical", "spoken", "new_age"):
        key = "calm"
    elif direction.genre in ("folk", "world", "rock", "jazz"):
        key = "roots"
    else:
        key = "other"
    paper, spot = _pick(CARDS[key], rng)
    return Card(hexrgb(paper), hexrgb(spot))


def _lab(code: str) -> np.ndarray:
    lightness, chroma, hue = rgb_to_oklch(hexrgb(code))
    return np.array([lightness, chroma * np.cos(np.radians(hue)), chroma * np.sin(np.radians(hue))])


def drums(direction: ArtDirection, rng: np.random.Generator) -> Riso:
    """Two riso drums from the song's palette: the fill the real ink nearest its
    strongest colour (or, by the seed, its second), the line a darker ink at least a
    third of the wheel away (or the nearest to its second colour if that is far
    enough)."""
    pal = direction.palette
    ranked = sorted(pal.colors + (pal.accent,), key=lambda c: -rgb_to_oklch(c)[1])
    inks = [_lab(c) for c in INKS]

    def near(colour: RGB, pool: list[int]) -> int:
        lightness, chroma, hue = rgb_to_oklch(colour)
        want = np.array(
            [lightness, chroma * np.cos(np.radians(hue)), chroma * np.sin(np.radians(hue))]
        )
        return min(pool, key=lambda i: float(np.sum((inks[i] - want) ** 2)))

    lead = ranked[1] if len(ranked) > 1 and rng.random() < 0.4 else ranked[0]
    fill = near(lead, list(range(len(INKS))))  # two songs of one palette: two fills
    hue = rgb_to_oklch(hexrgb(INKS[fill]))[2]

    def apart(i: int) -> bool:
        lightness, _, h = rgb_to_oklch(hexrgb(INKS[i]))
        turn = abs((h - hue + 180.0) % 360.0 - 180.0)
        return turn > 110.0 and lightness < inks[fill][0] + 0.02

    pool = [i for i in range(len(INKS)) if i != fill and apart(i)] or [2]
    second = near(ranked[1], pool) if len(ranked) > 1 else pool[0]
    line = second if rng.random() < 0.6 else pool[int(rng.integers(len(pool)))]
    paper = _pick(("#F4F1EA", "#F7F1EC", "#EFE8DD", "#FFF7E8"), rng)
    return Riso(hexrgb(paper), hexrgb(INKS[fill]), hexrgb(INKS[line]))
