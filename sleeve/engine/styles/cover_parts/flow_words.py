"""The flow field's materials: what the strands are made of, from the title's colour
words (in several languages) and the genre. The palette takes only a hue from the
words ("golden" -> 90 degrees), never a lightness or a softness, so candyfloss came
out red and gold, and a leaden sky red and white.

A material is a field (top, bottom) and three inks (lead, second, accent) in OKLCH:
candyfloss is spun sugar (pastel pinks on a pale pink field), lead is lead grey on a
charcoal night with a molten sheen, gold is gold on a deep brown night, silver is
chrome on a night. Metal (a song naming no material) is lead or smoke; sweet pop
(bubblegum, cute: its tags) is candyfloss.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.title_words import holds

LCH = tuple[float, float, float]


@dataclass(frozen=True)
class Material:
    """The field's two tones and the strands' three inks (lead, second, accent), OKLCH;
    soft: fine fibres, no hard edges (spun sugar, smoke)."""

    name: str
    field: tuple[LCH, LCH]
    inks: tuple[LCH, LCH, LCH]
    soft: bool = False


MATERIALS = {
    "candyfloss": Material(
        "candyfloss",
        ((0.95, 0.025, 350.0), (0.91, 0.04, 330.0)),
        ((0.76, 0.14, 355.0), (0.85, 0.09, 340.0), (0.84, 0.07, 230.0)),
        soft=True,
    ),
    "lead": Material(
        "lead",
        ((0.17, 0.008, 255.0), (0.24, 0.012, 250.0)),
        ((0.5, 0.012, 250.0), (0.36, 0.01, 255.0), (0.78, 0.015, 240.0)),
        soft=True,
    ),
    "gold": Material(
        "gold",
        ((0.18, 0.03, 60.0), (0.26, 0.04, 55.0)),
        ((0.8, 0.14, 85.0), (0.62, 0.12, 70.0), (0.93, 0.07, 95.0)),
    ),
    "silver": Material(
        "silver",
        ((0.16, 0.02, 280.0), (0.24, 0.03, 290.0)),
        ((0.86, 0.01, 250.0), (0.6, 0.015, 260.0), (0.97, 0.02, 90.0)),
    ),
}

# title word stems -> material; short Latin stems match whole words only
# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    "candyfloss": ("candyfloss", "candy floss", "cotton candy", "fairy floss", "barbe à papa",
                   "zuckerwatte", "algodón de azúcar", "zucchero filato", "algodão doce",
                   "сахарная вата", "わたあめ", "綿あめ", "綿菓子", "棉花糖", "솜사탕",
                   "bubblegum", "pastel"),
    "lead": ("leaden", "lead", "plomb", "bleiern", "bleigrau", "plomizo", "plúmbeo", "piombo",
             "plumbeo", "свинц", "鉛", "납빛", "ash", "ashen", "smoke", "smoky", "grey", "gray"),
    "gold": ("golden", "gold", "doré", "dorée", "dorado", "dorada", "oro", "dourado", "goldene",
             "золот", "金色", "黄金", "황금", "ذهب"),
    "silver": ("silver", "chrome", "mirror", "argent", "plata", "prata", "silber", "серебр",
               "銀", "은빛"),
}
# fmt: on
SWEET = ("bubblegum", "cute", "sugar", "kawaii")  # sweet pop, from its tags


@lru_cache(maxsize=256)
def named(title: str) -> str | None:
    """The material the title's words name, or None (the first in the title wins;
    kept per title: a render asks several times, and the stems' searches cost ms)."""
    text = title.lower()
    hits = []
    for name, stems in WORDS.items():
        at = [text.find(s) for s in stems if holds(text, s)]
        if at:
            hits.append((min(at), name))
    return min(hits)[1] if hits else None


def material(direction: ArtDirection) -> Material | None:
    """The strands' material: the title's word, else metal's lead (never a two-colour
    flag), else sweet pop's candyfloss; None leaves the palette's colours. (Funk and
    disco keep their own mirrorball inks: flow_field's _genre_colors.)"""
    name = named(direction.title)
    if name is None and direction.genre == "metal":
        name = "lead"
    tags = direction.subtitle.lower()
    sweet = direction.genre == "pop" and any(word in tags for word in SWEET)
    if name is None and sweet:
        name = "candyfloss"
    return MATERIALS[name] if name else None
