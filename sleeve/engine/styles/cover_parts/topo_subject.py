"""What a topographic cover maps for a title: the land or water its words name (a
mountain, snow, an island, the sea, a lake, a river or valley, a heart).

The title_words motifs plus the few words only a map can draw (island, lake, a
river or valley, a desert) and love. A title
naming love or a heart draws a heart-shaped hill; Habibi (a darling) does not."""

from __future__ import annotations

from sleeve.engine.styles.cover_parts import title_words

# fmt: off
EXTRA: dict[str, tuple[str, ...]] = {
    "island": ("island", "isla", "ilha", "île", "insel", "остров", "島", "岛", "섬", "جزيرة",
               "νησί", "atoll"),
    "lake": ("lake", "lago", "lac", "loch", "pond", "озер", "湖", "호수", "بحيرة", "झील",
             "λίμνη", "fjord"),
    "river": ("valley", "valleys", "river", "rivers", "creek", "stream", "río", "rio",
              "долин", "река", "谷", "川", "河", "계곡", "강", "nehir", "وادي", "نهر"),
    "land": ("desert", "dune", "dunes", "canyon", "glacier", "пустын", "砂漠", "沙漠", "사막",
             "صحراء"),
}
LOVE = ("love", "amor", "amour", "liebe", "amore", "любов", "любл", "愛", "恋", "사랑",
        "प्यार", "प्रेम", "אהבה", "αγάπ", "έρωτ", "รัก", "عشق", "الحب")
# fmt: on
ORDER = ("heart", "lake", "island", "sea", "river", "mountain", "snow", "land")  # the first named
# words the motif table reads as a heart that name a darling, not the organ: a heart
# island for Habibi (and for every love song) was the style's one repeated picture
ENDEARMENTS = ("habibi", "حبيب")


def names_heart(title: str) -> bool:
    """Whether the title names a heart (heart, corazón, दिल, <3) or love (love, amor,
    אהבה), not a darling (Habibi)."""
    text = title.lower()
    for word in ENDEARMENTS:
        text = text.replace(word, " ")
    return "heart" in title_words.motifs(text) or any(title_words.holds(text, s) for s in LOVE)


def subject(title: str) -> str:
    """The land or water the title names ("" for none): a heart only where the title
    names one; "river" for a river or valley, "land" for a desert or canyon."""
    named = set(title_words.motifs(title)) - {"heart"}
    if names_heart(title):
        named.add("heart")
    text = title.lower()
    named |= {k for k, stems in EXTRA.items() if any(title_words.holds(text, s) for s in stems)}
    return next((k for k in ORDER if k in named), "")
