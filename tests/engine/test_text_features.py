"""Text features: tags, titles and lyrics in many languages land in sensible places."""

from __future__ import annotations

import pytest

from sleeve.engine.features.text import detect_scripts, text_features

SIX = {
    "dark ambient drone": "ambient",
    "happy summer pop": "pop",
    "lofi hip hop chill": "lofi",
    "epic orchestral": "classical",
    "aggressive drill": "hiphop",
    "melancholic piano ballad": "classical",
}


def _tf(tags: str, lyrics: str = "", title: str = "Untitled"):
    return text_features(title, tags, lyrics)


@pytest.mark.parametrize(("tags", "genre"), SIX.items())
def test_genre_families(tags: str, genre: str) -> None:
    assert _tf(tags).genre == genre


def test_six_tag_sets_land_in_distinct_places() -> None:
    points = {t: (_tf(t).valence, _tf(t).energy, _tf(t).genre) for t in SIX}
    items = list(points.values())
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            distance = abs(a[0] - b[0]) + abs(a[1] - b[1])
            assert distance > 0.08 or a[2] != b[2], (a, b)


def test_dark_ambient_vs_happy_pop() -> None:
    dark, happy = _tf("dark ambient drone"), _tf("happy summer pop")
    assert happy.valence - dark.valence > 0.3
    assert happy.energy - dark.energy > 0.3


def test_aggressive_drill_is_intense_and_dark() -> None:
    drill = _tf("aggressive drill")
    assert drill.energy > 0.7
    assert drill.valence < 0.4


def test_calm_and_sad_tags() -> None:
    assert _tf("lofi hip hop chill").energy < 0.4
    assert _tf("melancholic piano ballad").valence < 0.4
    assert _tf("epic orchestral").energy > 0.6


def test_empty_input_has_defaults() -> None:
    tf = text_features("", "", "")
    assert tf.genre == "pop"
    assert 0.4 <= tf.valence <= 0.6 and 0.4 <= tf.energy <= 0.6
    assert tf.scripts == ("latin",)


SAD_HAPPY = {
    "ru": (
        "Я плачу одна, слёзы и тоска, мне так больно и грустно",
        "Я счастлива, солнце светит, мы танцуем и смеёмся от радости",
    ),
    "es": (
        "Lloro sola, lágrimas y dolor, la soledad me mata, triste",
        "Estoy feliz, bailamos bajo el sol, alegría y amor",
    ),
    "ja": ("涙が止まらない 寂しい夜 悲しい", "幸せ 笑顔 太陽の夏 楽しい"),
    "ko": ("눈물이 나 슬퍼 외로워 이별", "행복해 웃어 햇살 여름 사랑"),
    "zh": ("我很伤心 眼泪 寂寞 孤单", "快乐 阳光 跳舞 幸福 开心"),
    "ar": ("أنا حزين والدموع في عيني والظلام", "أنا سعيد والفرح والشمس والرقص"),
}


@pytest.mark.parametrize("lang", SAD_HAPPY)
def test_lyrics_shift_valence_in_many_languages(lang: str) -> None:
    sad, happy = SAD_HAPPY[lang]
    assert _tf("pop", sad).valence < _tf("pop", happy).valence - 0.1
    assert _tf("pop", sad).valence < _tf("pop").valence


def test_tags_still_lead_over_lyrics() -> None:
    sad = "грустно " * 200
    assert _tf("happy summer pop", sad).valence > _tf("dark ambient drone").valence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[Verse]\n(ooh)\n",
        "🎵🔥💀" * 50,
        "\x00\u202e\u200b",
        "a" * 100_000,
        "Ελληνικά τραγούδια",
        "नमस्ते दुनिया",
        "สวัสดี",
        "שלום עולם",
        "ǅǈǋ ß ﬁ",
    ],
)
def test_odd_text_never_breaks(text: str) -> None:
    tf = text_features(text, text, text)
    assert 0.0 <= tf.valence <= 1.0 and 0.0 <= tf.energy <= 1.0
    assert tf.scripts


@pytest.mark.parametrize(
    ("title", "scripts"),
    [
        ("Night Drive", ("latin",)),
        ("Ночной город", ("cyrillic",)),
        ("東京の夜", ("cjk", "kana")),
        ("서울의 밤", ("hangul",)),
        ("ليلة", ("arabic",)),
        ("לילה", ("hebrew",)),
        ("रात", ("devanagari",)),
        ("กลางคืน", ("thai",)),
        ("Νύχτα", ("greek",)),
        ("Moscow Москва", ("latin", "cyrillic")),
        ("2024!", ("latin",)),
    ],
)
def test_scripts(title: str, scripts: tuple[str, ...]) -> None:
    assert detect_scripts(title) == scripts
    assert text_features(title, "").scripts == scripts


def test_palette_hints_era_and_keywords() -> None:
    tf = text_features("Ocean Fire", "80s synthwave neon")
    assert tf.genre == "synthwave"
    assert tf.era == "80s"
    assert 330 in tf.palette_hints
    assert "synthwave" in tf.keywords
    assert text_features("海", "pop").palette_hints


def test_instrumental_ignores_lyrics() -> None:
    with_lyrics = text_features("x", "pop", "слёзы тоска грустно", instrumental=True)
    assert with_lyrics.valence == text_features("x", "pop", instrumental=True).valence


def test_the_title_s_colour_words_lead_the_tags() -> None:
    """A reviewer found Sodium Lights printed in green: its tags' "jungle" named the hue
    before its title's "sodium". The title's colour words now come first."""
    sodium = text_features("Sodium Lights", "drum and bass, jungle, neurofunk, night")
    assert sodium.palette_hints[0] == 62, sodium.palette_hints
    blue = text_features("Blue Smoke", "smooth jazz, saxophone, late night")
    assert blue.palette_hints[0] == 260, blue.palette_hints
