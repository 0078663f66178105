"""The colour a risograph figure is printed in: the one its title says (a yellow
duck, a red star, in several languages), else the figure's own (a duckling is
yellow), moved to the lead drum so the figure's body prints in it.

A reviewer read The Little Yellow Duck printed pink and red as wrong; a drum of that
colour in the kit leads, else the lead drum is traded for the riso ink of that
colour, and on pale stock any muddy pair is made clean again (riso_overprint).
"""

from __future__ import annotations

from sleeve.engine.color import hue_distance, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import riso_overprint
from sleeve.engine.styles.cover_parts.riso_inks import INKS
from sleeve.engine.styles.cover_parts.title_words import holds

# ink -> the words that name it (title_words.holds: short Latin words whole)
# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    "yellow": ("yellow", "gelb", "gelbe", "jaune", "amarill", "amarel", "giallo", "gialla",
               "жёлт", "желт", "黄", "노란", "노랑", "💛"),
    "scarlet": ("red", "rot", "rote", "rouge", "rojo", "roja", "vermelh", "rosso", "rossa",
                "красн", "赤", "红", "紅", "빨간"),
    "blue": ("blue", "blau", "blaue", "bleu", "azul", "синий", "синяя", "голуб", "蓝", "藍", "파란",
             "💙"),
    "green": ("green", "grün", "grüne", "vert", "verte", "verde", "зелён", "зелен", "緑",
              "绿", "초록", "💚"),
    "fluoro_pink": ("pink", "rosa", "розов", "ピンク", "粉红", "분홍", "💗"),
    "orange": ("orange", "naranja", "laranja", "arancio", "оранж", "🧡"),
    "purple": ("purple", "violet", "lila", "morado", "morada", "roxo", "фиолет", "紫", "보라",
               "💜"),
    "sunflower": ("gold", "golden", "dorado", "dorada", "dourad", "золот", "황금"),
}
# fmt: on
OWN = {"duck": "yellow"}  # a figure with a colour of its own


def named_ink(title: str) -> str:
    """The ink the title's colour word names ("" for none; the first in WORDS wins)."""
    text = title.lower()
    return next((ink for ink, words in WORDS.items() if any(holds(text, w) for w in words)), "")


def figure_ink(title: str, kind: str) -> str:
    """The ink a figure of `kind` prints in: the title's colour, else its own, else ""."""
    return named_ink(title) or OWN.get(kind, "")


def leading(inks: list[RGB], name: str, dark: bool) -> list[RGB]:
    """The inks with the drum of ink `name` leading: the kit's own drum of that hue
    where it has one (within 20 degrees), else the named riso ink in the lead's place;
    on pale stock made clean again (riso_overprint.cleaned), the lead kept."""
    want = INKS[name]
    light, chroma, hue = rgb_to_oklch(want)
    if dark and light < 0.5:  # a dark ink on black stock would vanish
        return inks
    near = [
        k
        for k, ink in enumerate(inks)
        if rgb_to_oklch(ink)[1] > 0.1 and hue_distance(rgb_to_oklch(ink)[2], hue) <= 20
    ]
    if chroma < 0.04:  # black: the kit's own black, if any
        near = [k for k, ink in enumerate(inks) if ink == want]
    if near:
        k = near[0]
        out = [inks[k], *(ink for j, ink in enumerate(inks) if j != k)]
    else:  # the named ink in the lead's place (a third drum that repeated it follows)
        out = [want, *(want if ink == inks[0] else ink for ink in inks[1:])]
    if dark:
        return out
    for j in (1, 2):  # a partner that would print mud over the lead is traded
        if not riso_overprint.clean(out[0], out[j]):
            others = [ink for ink in out if ink != out[j]]
            out = [riso_overprint.nearest_clean(out[j], others)[1] if ink == out[j] else ink
                   for ink in out]  # fmt: skip
    return out
