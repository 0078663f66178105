"""What a title names that a picture can show (sea, city, night, sun, rain, ...), in
any script: paper cut and risograph draw the scene or figure the title's words name."""

from __future__ import annotations

import re

# word stems (title, any script) -> what they name; short Latin words must match whole
# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    "sea": ("sea", "ocean", "wave", "waves", "tide", "beach", "shore", "θάλασσ", "море", "mar",
            "playa", "海", "바다", "بحر", "ทะเล", "समंदर", "सागर", "fjord"),
    "city": ("city", "town", "street", "tokyo", "город", "ciudad", "cidade", "城市", "都市",
             "東京", "서울", "도시", "กรุงเทพ", "शहर", "مدينة", "brick"),
    "night": ("night", "midnight", "moon", "noche", "ночь", "ночн", "夜", "月", "밤", "ليل",
              "คืน", "रात", "luna", "🌙", "3am", "4 a.m"),
    "sun": ("sun", "sunny", "sunrise", "sunset", "sunshine", "sol", "солн", "太陽", "阳光",
            "햇", "شمس", "golden hour", "summer", "καλοκαίρι", "verão"),
    "rain": ("rain", "rainy", "storm", "lluvia", "chuva", "дожд", "雨", "ฝน", "बारिश", "مطر"),
    "mountain": ("mountain", "hill", "hills", "peak", "andes", "montañ", "гор", "山", "산",
                 "पहाड़", "جبل", "βουν", "highway"),
    "flower": ("flower", "bloom", "blossom", "garden", "rose", "flor", "цвет", "花", "桜",
               "꽃", "फूल", "زهر"),
    "heart": ("heart", "h3art", "corazón", "сердц", "心", "दिल", "قلب", "habibi", "حبيب",
              "💔", "❤", "<3"),
    "star": ("star", "stars", "estrell", "звезд", "星", "별", "तारा", "نجم", "花火"),
    "duck": ("duck", "bird", "pato", "утк", "птиц", "鳥", "鸟", "새", "पक्षी"),
    "cloud": ("cloud", "sky", "nube", "облак", "雲", "云", "구름", "snow", "winter", "снег", "雪"),
    "window": ("window", "ventana", "окно", "窓", "창문", "खिड़की", "نافذة"),
}
# fmt: on


def motifs(title: str) -> set[str]:
    """What the title names that a style can draw (keys of WORDS)."""
    text = title.lower()
    found = set()
    for motif, stems in WORDS.items():
        for stem in stems:
            if stem.isascii() and stem.isalpha() and len(stem) <= 4:
                hit = re.search(rf"\b{re.escape(stem)}\b", text)
            elif stem.isascii() and stem.isalpha():
                hit = re.search(rf"\b{re.escape(stem)}", text)
            else:
                hit = stem in text
            if hit:
                found.add(motif)
                break
    return found
