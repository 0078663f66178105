"""What a title names that a picture can show (sea, city, night, sun, rain, fireworks,
...), in any script: the styles that declare a subject (StyleInfo.subjects: paper cut,
risograph, wood type, grain gradient) draw the scene or figure the title's words
name, and the registry leans a track toward them; and the word that carries a title."""

from __future__ import annotations

import re
from functools import lru_cache

from sleeve.engine.short_words import is_stop

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
                 "पहाड़", "جبل", "βουν"),
    "flower": ("flower", "bloom", "blossom", "garden", "rose", "flor", "цвет", "花", "桜",
               "꽃", "फूल", "زهر"),
    "heart": ("heart", "h3art", "corazón", "сердц", "心", "दिल", "قلب", "habibi", "حبيب",
              "💔", "❤", "<3"),
    "star": ("star", "stars", "estrell", "звезд", "星", "별", "तारा", "نجم", "花火"),
    "mirrorball": ("mirrorball", "mirror ball", "disco ball", "discoball", "bola de espejos",
                   "диско-шар", "ミラーボール", "미러볼"),
    "duck": ("duck", "ducks", "duckl", "ducki", "ducky", "pato", "patit", "утк", "утят", "鴨",
             "アヒル", "오리", "canard", "ente", "entchen"),
    "bird": ("bird", "birds", "birdie", "pájaro", "oiseau", "vogel", "птиц", "鳥", "鸟",
             "पक्षी", "طائر", "ציפור"),
    "cloud": ("cloud", "sky", "nube", "облак", "雲", "云", "구름"),
    "smoke": ("smoke", "smoky", "smokey", "humo", "fumaça", "fumée", "rauch", "дым", "煙",
              "烟", "연기", "ควัน", "धुआँ", "دخان"),
    "dance": ("dance", "dancing", "baile", "bailar", "bailando", "tanzen", "perreo", "танц",
              "ダンス", "踊", "춤", "नाच", "رقص", "เต้น"),
    "window": ("window", "ventana", "окно", "窓", "창문", "खिड़की", "نافذة"),
    "snow": ("snow", "winter", "nieve", "neige", "schnee", "снег", "снеж", "зим", "雪",
             "χιόν", "बर्फ", "ثلج"),
    "road": ("road", "highway", "route", "drive", "overdrive", "outrun", "camino", "carretera",
             "estrada", "дорог", "шосс", "道路", "高速", "도로", "सड़क", "طريق"),
    "diamond": ("diamond", "diamant", "diamante", "алмаз", "бриллиант", "💎"),
    "cherry": ("桜", "櫻", "樱花", "さくら", "サクラ", "벚꽃", "sakura", "cherry blossom", "cerezo",
               "hanami"),
    "fireworks": ("firework", "花火", "烟花", "煙火", "불꽃", "hanabi", "feuerwerk", "фейерверк",
                  "fuegos artificiales", "fogos de artif", "pyrotechn", "آتش‌بازی", "आतिशबाज़ी",
                  "feux d'artifice", "feu d'artifice", "fuochi d'artificio"),
    "cathedral": ("cathedral", "church", "churches", "chapel", "basilica", "abbey", "catedral",
                  "iglesia", "igreja", "cathédrale", "église", "kathedrale", "kirche", "cattedrale",
                  "chiesa", "собор", "церк", "храм", "大聖堂", "教会", "教堂", "聖堂", "성당",
                  "교회", "चर्च", "كاتدرائية", "كنيسة", "โบสถ์", "καθεδρ", "εκκλησ"),
    "crown": ("king", "kings", "queen", "kingdom", "throne", "crown", "rey", "reyes", "reina",
              "reino", "trono", "corona", "roi", "rois", "reine", "royaume", "couronne", "könig",
              "krone", "король", "королев", "корол", "корон", "царь", "цари", "царств", "国王",
              "女王", "王様", "王国", "王冠", "王座", "玉座", "皇冠", "皇帝", "왕관", "왕국",
              "여왕", "왕좌", "임금", "राजा", "रानी", "ताज", "सिंहासन", "ملك", "تاج", "عرش",
              "กษัตริย์", "ราชินี", "มงกุฎ", "บัลลังก์", "βασιλ", "מלך", "👑"),
}
# what names fire (any script), for the styles that burn a title on fire (riso's inks,
# paper cut's heart, flow field's blaze); no style draws it as a subject of its own
FIRE = ("fire", "fires", "fuego", "fogo", "feu", "fuoco", "feuer", "flame", "flamm",
        "blaze", "burn", "burning", "inferno", "lava", "ember", "heat", "огон", "огн",
        "огонь", "пламя", "пожар", "火", "炎", "불", "آتش", "نار", "आग", "ไฟ", "φωτι", "φλόγ")
# a stem does not name its motif inside these longer words: 花火 (fireworks) is no flower
# and no fire, nor are 火花 (sparks) and 불꽃 (fireworks); 煙火 and 烟花 are no smoke
NOT_WITHIN: dict[str, tuple[str, ...]] = {
    "花": ("花火",), "火": ("花火", "火花"), "불": ("불꽃",), "煙": ("煙火",), "烟": ("烟花",),
    "гор": ("город", "горо"),  # a city (город, городской) is no mountain (горы)
    "feu": ("feu d'artifice", "feux d'artifice"),  # fireworks are no fire
}
# longer Latin stems that must match whole words: no king in Kingston, no church in
# Churchill, no queen in Queensland
WHOLE_WORDS = frozenset({"kings", "church", "queen"})
# fmt: on


def lead_word(text: str) -> str:
    """The first word that carries the title ("Little" in "The Little Yellow Duck")."""
    words = text.split() or [text]
    return next((w for w in words if not is_stop(w)), words[0])


@lru_cache(maxsize=1024)
def motifs(title: str) -> frozenset[str]:
    """What the title names that a style can draw (keys of WORDS); remembered per
    title, since the registry and the pair choice ask for every style."""
    text = title.lower()
    return frozenset(m for m, stems in WORDS.items() if any(holds(text, s) for s in stems))


def names_fire(title: str) -> bool:
    """Whether the title names fire (FIRE, matched as `holds` matches a stem)."""
    text = title.lower()
    return any(holds(text, stem) for stem in FIRE)


def holds(text: str, stem: str) -> bool:
    """Whether the lower-case `text` holds the word stem: a Latin stem of four letters
    or fewer as a whole word ("lac" is no lake in "Lack"), a longer one at a word's
    start (WHOLE_WORDS whole), any other stem anywhere, except inside the longer words
    NOT_WITHIN names."""
    if stem.isascii() and stem.isalpha() and (len(stem) <= 4 or stem in WHOLE_WORDS):
        return re.search(rf"\b{re.escape(stem)}\b", text) is not None
    if stem.isascii() and stem.isalpha():
        return re.search(rf"\b{re.escape(stem)}", text) is not None
    for longer in NOT_WITHIN.get(stem, ()):
        text = text.replace(longer, " ")
    return stem in text
