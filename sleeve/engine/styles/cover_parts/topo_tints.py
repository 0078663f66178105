"""The topographic style's tints: a field, a ramp of band colours from the lowest
ground to the summit, a contour ink and a water ramp. Folk, roots and acoustic songs
print two warm inks on cream paper; the rest ramp from their genre's print (topo_inks).

Two-ink paper prints: the bands step through the first ink, the two inks overprinted
and the second ink (multiplied, as on press), so a hill reads warm and solid at 64 px.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import blend, from_hex
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import topo_inks as inks


class Tint(NamedTuple):
    """A print's colours: the field (the plain and the open water), the land's bands
    from low to high, the contour ink, the water's bands from shore to deep, and
    whether it is a paper print (light field, dark land) or a card one."""

    field: RGB
    ramp: tuple[RGB, ...]
    line: RGB
    water: tuple[RGB, ...]
    paper: bool


# cream papers, then two inks (light, dark), the line ink and the water ink
# fmt: off
PAPERS = ("#F3E9D2", "#F1E4C8", "#F4EDDC", "#EFE2C6")
PAIRS = {
    "warm": (("#E0A63A", "#B5452B", "#2A1A14", "#1F3A5F"),   # ochre, brick
             ("#D4A017", "#C0392B", "#3B1E12", "#1F3A5F"),   # mustard, barn red
             ("#E39B5B", "#8E2F22", "#2B1A12", "#2C4A52"),   # apricot, oxblood
             ("#9DAA63", "#A4452C", "#2A2216", "#1F3A5F"),   # sage, rust
             ("#E6B65C", "#1F3A5F", "#14202E", "#1F3A5F")),  # ochre, navy
    "cool": (("#A9B4B8", "#3F5661", "#1E1E1E", "#3F5661"),   # fog, lake (ECM)
             ("#C7B79A", "#4F5D66", "#1E1E1E", "#3F5661"),   # sand, slate
             ("#B8C4B0", "#2F4A44", "#1A1A1A", "#2F4A44")),  # lichen, pine
}
# fmt: on
WARM_FAMILIES = ("folk", "world", "latin")  # roots music: the warm paper by default
WARM_SUBS = ("blues", "ballad", "bossa", "mediterranean", "world", "gospel", "funk", "soul")
COOL_SUBS = ("chamber", "classical", "cinematic", "new_age", "post_rock")
LOVE_CARDS = (("#3B2418", "#C68B59", "#E9D8C4", "#FFF3E0", "#1A100B"),  # cocoa, caramel
              ("#2A0F2E", "#8E3B5A", "#D98C9A", "#F6DCD8", "#14060F"),  # plum, rose
              ("#1F3A5F", "#D4A017", "#F2C14E", "#FFF1C9", "#0E1B2C"))  # navy, gold  # fmt: skip


def _mul(a: RGB, b: RGB) -> RGB:
    """Ink `a` overprinted by ink `b` (multiplied)."""
    return tuple(round(x * y / 255.0) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def paper_family(direction: ArtDirection) -> str:
    """'warm' for folk, roots and acoustic songs, 'cool' for chamber and other quiet
    concert music printed on paper, '' for a song printed on its genre's card."""
    sub, family = direction.language.subgenre, direction.language.family
    if (family in WARM_FAMILIES and not inks.hot(direction)) or sub in WARM_SUBS:
        return "warm"
    if sub in COOL_SUBS and not inks.still(direction):
        return "cool"
    return ""


def _paper(rng: np.random.Generator, family: str) -> Tint:
    light, dark, line, water = (from_hex(c) for c in inks._pick(PAIRS[family], rng))
    paper = from_hex(inks._pick(PAPERS, rng))
    over = _mul(light, dark)
    ramp = (
        blend(paper, light, 0.55),
        light,
        blend(light, over, 0.5),
        over,
        dark,
        blend(dark, line, 0.45),
    )
    wet = from_hex("#1F3A5F") if family == "warm" else water
    sea = (blend(paper, wet, 0.25), blend(paper, wet, 0.5), blend(paper, wet, 0.75), wet)
    return Tint(paper, ramp, line, sea, True)


def _love(rng: np.random.Generator) -> Tint:
    field, low, mid, high, line = (from_hex(c) for c in inks._pick(LOVE_CARDS, rng))
    ramp = (blend(field, low, 0.6), low, blend(low, mid, 0.5), mid, blend(mid, high, 0.5), high)
    sea = (ramp[0], field, blend(field, line, 0.5), line)
    return Tint(field, ramp, line, sea, False)


def _card(stock: inks.Stock) -> Tint:
    """A ramp from the genre's print: from half the spot ink up through it to the line
    ink at the summit (a foil: from half its highlight up to it), so the lowest band
    already stands off the card."""
    card, line, solid = stock.card, stock.line, stock.solid
    if stock.kind == "foil":
        ramp = tuple(blend(card, solid, t) for t in (0.4, 0.55, 0.7, 0.85, 1.0))
    else:
        ramp = (blend(card, solid, 0.5), solid, blend(solid, line, 0.5), line)
    ink = blend(card, (0, 0, 0), 0.55)
    sea = (ramp[0], card, blend(card, ink, 0.5), ink)
    return Tint(card, ramp, ink, sea, False)


def tint(direction: ArtDirection, rng: np.random.Generator, love: bool) -> Tint:
    """The print for this song: warm two-ink paper for folk and roots, cool paper for
    concert music, a warm dark card for a love song elsewhere, else the genre's print
    as a ramp of bands."""
    family = paper_family(direction)
    if family:
        return _paper(rng, family)
    if love and not inks.bright(direction):
        return _love(rng)
    return _card(inks.stock(direction, rng, love))
