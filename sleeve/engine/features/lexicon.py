"""A small multilingual mood and colour lexicon (genres: sleeve.engine.languages).

MOOD maps a word to (valence, energy) targets in 0..1 (None: says nothing about
that axis). A key ending in "*" is a stem and matches any word that starts with it.
Words are matched after lower-casing; Arabic words also after dropping the
article and the conjunction "و". UNSPACED_MOOD entries (Chinese, Japanese, Korean,
Thai) are matched as substrings, since those scripts do not separate words by spaces.
"""

from __future__ import annotations

Mood = tuple[float | None, float | None]

# The tables below are data, kept dense on purpose.
# fmt: off
_SAD: Mood = (0.12, None)
_SAD_CALM: Mood = (0.15, 0.25)
_DARK: Mood = (0.2, None)
_HAPPY: Mood = (0.88, 0.65)
_GLAD: Mood = (0.85, None)
_LOVE: Mood = (0.75, None)
_ANGRY: Mood = (0.2, 0.92)
_FIERCE: Mood = (None, 0.88)
_CALM: Mood = (0.6, 0.18)
_DREAM: Mood = (0.62, 0.28)

MOOD: dict[str, Mood] = {
    # English: style tags and lyrics
    "sad": _SAD, "sadness": _SAD, "melanchol*": _SAD_CALM, "sorrow*": _SAD, "tear*": _SAD,
    "cry*": _SAD, "lonely": _SAD, "alone": _SAD, "heartbreak*": _SAD, "broken": _SAD,
    "grief": _SAD, "mourn*": _SAD, "depress*": (0.08, 0.2), "somber": _SAD_CALM,
    "sombre": _SAD_CALM, "gloom*": _DARK, "dark": _DARK, "darkness": _DARK, "doom*": (0.1, 0.6),
    "grim": _DARK, "haunting": (0.25, 0.3), "eerie": (0.25, 0.3), "sinister": (0.15, 0.55),
    "moody": (0.35, 0.4), "nostalgi*": (0.45, 0.35), "bittersweet": (0.4, 0.35),
    "ballad": (0.4, 0.25), "emotional": (0.4, None), "death": (0.08, None), "die": (0.1, None),
    "pain": (0.12, None), "goodbye": (0.25, None), "cold": (0.3, None), "rain": (0.35, 0.3),
    "happy": _HAPPY, "happiness": _HAPPY, "joy*": _HAPPY, "cheer*": _HAPPY, "fun": _HAPPY,
    "uplift*": (0.85, 0.7), "euphori*": (0.9, 0.85), "bright": (0.8, None), "sunny": _HAPPY,
    "summer": (0.85, 0.65), "sunshine": _HAPPY, "smile*": _GLAD, "laugh*": _GLAD,
    "love": _LOVE, "romantic": (0.72, 0.35), "sweet": (0.75, None), "hope*": (0.75, None),
    "party": (0.85, 0.85), "dance": (0.8, 0.8), "danc*": (0.8, 0.8), "groov*": (0.75, 0.65),
    "funky": (0.8, 0.7), "playful": (0.85, 0.6), "dreamy": _DREAM, "dream*": _DREAM,
    "aggressive": _ANGRY, "angry": _ANGRY, "anger": _ANGRY, "rage": _ANGRY, "furious": _ANGRY,
    "hate": (0.1, 0.8), "violent": _ANGRY, "menac*": (0.18, 0.75), "hard": (0.35, 0.85),
    "heavy": (0.3, 0.85), "intense": (None, 0.9), "energetic": (0.7, 0.9), "epic": (0.6, 0.88),
    "powerful": (None, 0.85), "fast": (None, 0.85), "loud": (None, 0.85), "fire": _FIERCE,
    "anthem*": (0.7, 0.85), "triumph*": (0.8, 0.85), "cinematic": (0.5, 0.7),
    "calm": _CALM, "chill": (0.62, 0.25), "chilled": (0.62, 0.25), "relax*": _CALM,
    "peace*": _CALM, "soft": (0.6, 0.2), "gentle": (0.65, 0.2), "quiet": (0.5, 0.12),
    "drill": (0.22, 0.82), "trap": (0.4, 0.75), "orchestral": (None, 0.68),
    "drone": (0.35, 0.1), "ambient": (None, 0.15), "slow": (None, 0.2),
    "sleep*": (0.5, 0.1), "meditat*": (0.55, 0.1), "lullaby": (0.6, 0.1),
    "ethereal": (0.55, 0.2), "mellow": (0.58, 0.22), "serene": _CALM, "minimal": (None, 0.3),
    # Russian
    "груст*": _SAD, "печал*": _SAD, "слез*": _SAD, "плач*": _SAD,
    "плак*": _SAD, "тоск*": _SAD, "одино*": _SAD, "смерт*": (0.08, None), "умира*": _SAD,
    "боль*": _SAD, "тьм*": _DARK, "темн*": _DARK, "прощ*": (0.25, None), "разбит*": _SAD,
    "холод*": (0.3, None), "счаст*": _HAPPY, "радост*": _HAPPY, "весел*": _HAPPY,
    "любов*": _LOVE, "люблю": _LOVE, "солнц*": _HAPPY, "свет*": _GLAD, "улыб*": _GLAD,
    "смех*": _GLAD, "смея*": _GLAD, "танц*": (0.8, 0.8), "лето": _HAPPY,
    "огонь": _FIERCE, "огня": _FIERCE, "ярост*": _ANGRY, "гнев*": _ANGRY, "крич*": _FIERCE,
    "тихо": _CALM, "тишин*": _CALM, "спокой*": _CALM, "мечт*": _DREAM, "сон": _DREAM,
    # Spanish
    "triste*": _SAD, "tristeza": _SAD, "llor*": _SAD, "lágrima*": _SAD, "lagrima*": _SAD,
    "dolor": _SAD, "soledad": _SAD, "muert*": (0.08, None), "morir": _SAD,
    "oscur*": _DARK, "adiós": (0.25, None), "roto": _SAD, "feliz": _HAPPY,
    "felicidad": _HAPPY, "alegr*": _HAPPY, "sonri*": _GLAD, "sol": _GLAD, "bail*": (0.8, 0.8),
    "fiesta": (0.85, 0.85), "amor": _LOVE, "verano": _HAPPY, "luz": _GLAD, "fuego": _FIERCE,
    "rabia": _ANGRY, "grit*": _FIERCE, "calma": _CALM, "paz": _CALM, "sueño*": _DREAM,
    "dormir": _CALM, "suave": (0.6, 0.2),
    # Arabic (after the article is dropped)
    "حزين*": _SAD, "حزن": _SAD, "دموع": _SAD, "دمع*": _SAD, "بكاء": _SAD, "أبكي": _SAD,
    "وحيد*": _SAD, "ألم": _SAD, "ظلام": _DARK, "موت": (0.08, None), "وداع": (0.25, None),
    "سعيد*": _HAPPY, "سعادة": _HAPPY, "فرح*": _HAPPY, "ضحك*": _GLAD, "حب": _LOVE,
    "حبيب*": _LOVE, "شمس": _GLAD, "نور": _GLAD, "رقص*": (0.8, 0.8), "نار": _FIERCE,
    "غضب": _ANGRY, "هدوء": _CALM, "حلم": _DREAM, "أحلام": _DREAM, "سلام": _CALM,
}

UNSPACED_MOOD: dict[str, Mood] = {
    # Japanese
    "悲し": _SAD, "涙": _SAD, "寂し": _SAD, "さみし": _SAD, "さびし": _SAD, "孤独": _SAD,
    "痛": _SAD, "闇": _DARK, "暗": _DARK, "別れ": _SAD, "さよなら": (0.25, None),
    "幸せ": _HAPPY, "嬉し": _HAPPY, "うれし": _HAPPY, "楽し": _HAPPY, "たのし": _HAPPY,
    "笑": _GLAD, "光": _GLAD, "太陽": _HAPPY, "夏": _HAPPY, "愛": _LOVE, "踊": (0.8, 0.8),
    "炎": _FIERCE, "燃え": _FIERCE, "叫": _FIERCE, "怒": _ANGRY, "静か": _CALM,
    "眠": _CALM, "夢": _DREAM, "優し": (0.7, 0.25),
    # Chinese (simplified)
    "悲伤": _SAD, "伤心": _SAD, "泪": _SAD, "孤单": _SAD, "寂寞": _SAD, "黑暗": _DARK,
    "离开": _SAD, "再见": (0.25, None), "死": (0.08, None), "快乐": _HAPPY, "幸福": _HAPPY,
    "开心": _HAPPY, "阳光": _HAPPY, "爱": _LOVE, "跳舞": (0.8, 0.8), "火": _FIERCE,
    "燃烧": _FIERCE, "愤怒": _ANGRY, "安静": _CALM, "梦": _DREAM, "温柔": (0.7, 0.25),
    # Korean
    "슬퍼": _SAD, "슬픈": _SAD, "슬픔": _SAD, "눈물": _SAD, "외로": _SAD, "아파": _SAD,
    "아픔": _SAD, "이별": _SAD, "어둠": _DARK, "행복": _HAPPY, "기뻐": _HAPPY,
    "기쁨": _HAPPY, "웃": _GLAD, "사랑": _LOVE, "햇살": _HAPPY, "여름": _HAPPY,
    "춤": (0.8, 0.8), "불꽃": _FIERCE, "달려": _FIERCE, "분노": _ANGRY, "꿈": _DREAM,
    "조용": _CALM, "잠": _CALM,
    # Thai
    "เศร้า": _SAD, "เหงา": _SAD, "น้ำตา": _SAD, "ร้องไห้": _SAD, "เจ็บ": _SAD,
    "คิดถึง": (0.35, None), "ลาก่อน": (0.25, None), "ฝนตก": (0.35, 0.3), "มืด": _DARK,
    "สุข": _HAPPY, "สนุก": _HAPPY, "ยิ้ม": _GLAD, "รัก": _LOVE, "เต้น": (0.8, 0.8),
    "ฝัน": _DREAM,
}

# word -> hue in degrees (OKLCH hue: 30 red, 70 orange, 100 yellow, 145 green,
# 200 cyan, 260 blue, 310 purple, 350 pink)
HUES: dict[str, float] = {
    "ocean": 235, "sea": 225, "water": 215, "wave": 215, "waves": 215, "rain": 240,
    "ice": 215, "winter": 230, "snow": 230, "sky": 245, "blue": 260, "night": 275,
    "midnight": 280, "moon": 270, "space": 285, "star": 280, "stars": 280, "cosmic": 295,
    "fire": 35, "flame": 35, "burn": 35, "red": 28, "blood": 22, "heat": 45, "sun": 80,
    "sunset": 50, "summer": 70, "gold": 90, "golden": 90, "desert": 75, "autumn": 55,
    "sunny": 85, "sunshine": 85, "yellow": 95, "lemon": 100, "honey": 80, "amber": 70,
    "orange": 55, "sodium": 62, "streetlight": 62, "amarillo": 95, "naranja": 55,
    "jaune": 95, "gelb": 95, "黄": 95, "노란": 95,
    "neon": 330, "pink": 355, "rose": 5, "purple": 310, "violet": 300, "forest": 145,
    "green": 145, "jungle": 140, "spring": 130, "garden": 135, "tropical": 160, "cherry": 0,
    "море": 235, "океан": 235, "ночь": 275, "огонь": 35, "солнце": 80, "лес": 145,
    "mar": 230, "noche": 275, "fuego": 35, "sol": 80, "bosque": 145, "luna": 270,
    "海": 230, "夜": 275, "火": 35, "炎": 35, "桜": 0, "月": 270, "星": 280,
    "바다": 230, "밤": 275, "별": 280, "بحر": 230, "ليل": 275, "نار": 35, "قمر": 270,
}

# words of the night in a title or the tags: the field goes dark whatever the
# palette (a "Tokyo night" drew a daylight pastel); a key ending in "*" is a stem
NIGHT: frozenset[str] = frozenset({
    "night*", "midnight*", "moon*", "nocturn*", "3am", "4am", "noche*", "nuit", "nacht*",
    "notte", "noite", "luna", "ночь", "ночн*", "луна", "ليل", "الليل", "قمر", "रात",
})
NIGHT_UNSPACED: tuple[str, ...] = ("夜", "月", "밤", "กลางคืน")

# phrases rewritten to one token before matching (lower-case)
PHRASES: dict[str, str] = {
    "hip hop": "hiphop", "hip-hop": "hiphop", "lo-fi": "lofi", "lo fi": "lofi",
    "r&b": "rnb", "r and b": "rnb", "drum and bass": "dnb", "drum & bass": "dnb",
    "drum'n'bass": "dnb", "new age": "new-age", "post rock": "post-rock", "k pop": "kpop",
    "boom bap": "boom-bap", "neo soul": "neo-soul", "synth wave": "synthwave",
    "singer songwriter": "singer-songwriter", "bossa nova": "bossa",
}
# fmt: on
