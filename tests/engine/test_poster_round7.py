"""Two art directors on the 2026-12-02 bench: the poster's stack, lens and tower each
came back twice ("templates"), and the lens left 東京の夜's kanji at 3.1:1 where they ran
off the pink disc onto the navy. Three new pictures (the type specimen's waterfall, the letters
riding the loudness, the title as a woven wallpaper) share the draws, each genre leaning
to its own, and the lens keeps one ink where no swap colour reads on both sides. (Round 9
retired the waterfall and the wallpaper, "a font catalogue", "busy at 64 px", for the
mirror and the window, which these checks now hold to.)"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.languages import language_for
from sleeve.engine.measures import title_contrast
from sleeve.engine.palettes import Palette
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

NAVY, PINK, WHITE = (20, 55, 80), (255, 140, 185), (245, 240, 235)
NEW = ("wave",)  # (the mirror and the window retired in round 12)


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


TOKYO = _as(
    CALM,
    "city_pop",
    title="東京の夜",
    energy=0.55,
    font_role="serif",
    palette=Palette(NAVY, (PINK, (90, 120, 160), (200, 90, 130)), PINK, WHITE),
)


def test_the_lens_title_reads_where_it_runs_off_the_disc(monkeypatch) -> None:
    _forced(monkeypatch, "lens")
    for seed in range(8):
        image, layout = typographic_poster.render_with_title(
            dataclasses.replace(TOKYO, seed=seed), 384
        )
        assert title_contrast(image, layout) >= 4.0, seed


@pytest.mark.parametrize(
    ("genre", "title"),
    [
        ("tropical", "La Cumbia del Sol"),
        ("latin", "Lágrimas en la lluvia"),
        ("jazz", "Blue Smoke"),
        ("gospel", "Lift Every Hand"),
        ("city_pop", "東京の夜"),
        ("jingle", "Morning Briefing"),
    ],
)
def test_sixteen_turns_offer_at_least_four_pictures(genre: str, title: str) -> None:
    """The account memory tries sixteen seeds: it must find a picture other than the
    stack, the lens and the tower there, and at least four in all."""
    loud = genre in ("tropical", "latin")
    base = _as(LOUD if loud else CALM, genre, title=title, font_role="geometric")
    kinds = {
        typographic_poster.layout_of(dataclasses.replace(base, seed=seed)) for seed in range(16)
    }
    assert len(kinds) >= 4, kinds
    assert kinds - {"stack", "lens", "tower"}, kinds


def test_each_genre_leans_to_its_own_new_picture() -> None:
    def share(genre: str, kind: str) -> float:
        base = _as(CALM, genre, title="Blue Smoke", energy=0.5)
        drawn = [
            typographic_poster.layout_of(dataclasses.replace(base, seed=seed))
            for seed in range(300)
        ]
        return drawn.count(kind) / len(drawn)

    assert share("jazz", "crop") > share("techno", "crop")  # Blue Note's giant letters
    assert share("techno", "wave") > share("jazz", "wave")


TITLES = {
    "Hani": "東京の夜",
    "Hang": "서울의 밤",
    "Arab": "يا ليل يا عين",
    "Hebr": "שיר של אהבה",
    "Thai": "ฝนตกที่กรุงเทพ",
    "Deva": "दिल की धड़कन",
    "Grek": "Καλοκαίρι στη θάλασσα",
    "Cyrl": "Ночной город",
}


@pytest.mark.parametrize("kind", NEW)
@pytest.mark.parametrize("script", list(TITLES))
def test_the_new_pictures_set_every_script_level_and_legible(monkeypatch, kind, script) -> None:
    direction = _as(CALM, "pop", title=TITLES[script], energy=0.6)
    unfit = typographic_poster._unfit(*typographic_poster._shown(direction), *_faces(direction))
    if kind in unfit:  # too long to stand LETTER tall: never drawn (composition)
        return
    _forced(monkeypatch, kind)
    image, layout = typographic_poster.render_with_title(direction, 384)
    assert layout.boxes and np.asarray(layout.mask).any()
    assert title_contrast(image, layout) >= 3.0, (kind, script)


def _faces(direction):
    from sleeve.engine.fonts import title_face
    from sleeve.engine.styles.cover_parts.poster_more import weighted

    role, weight, _ = typographic_poster._voice(direction)
    face = title_face(typographic_poster._shown(direction)[1], role, weight)
    return face, weighted(face, 720.0 + 180.0 * direction.energy)


def test_joined_scripts_get_the_level_pictures_but_never_ride_the_wave() -> None:
    """Arabic, Hebrew, Thai and Devanagari are never cut into letters: the lens, the
    headline and the meter set them whole and level; the wave never takes them."""
    for script in ("Arab", "Hebr", "Thai", "Deva"):
        direction = _as(CALM, "pop", title=TITLES[script], energy=0.6)
        kinds = {
            typographic_poster.layout_of(dataclasses.replace(direction, seed=seed))
            for seed in range(40)
        }
        assert "wave" not in kinds and kinds & {"lens", "headline", "meter"}, (script, kinds)


def _curve(peak: float) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in 0.2 + 0.7 * np.exp(-(((x - peak) / 0.15) ** 2)))


@pytest.mark.parametrize("kind", NEW)
def test_the_song_moves_the_layout(monkeypatch, kind: str) -> None:
    """Two songs that peak early and late: the same seed sets the title elsewhere (the
    wave)."""
    _forced(monkeypatch, kind)
    base = _as(CALM, "jazz", title="Blue Smoke", energy=0.6)
    early = typographic_poster.render_with_title(
        dataclasses.replace(base, energy_curve=_curve(0.15)), 384
    )
    late = typographic_poster.render_with_title(
        dataclasses.replace(base, energy_curve=_curve(0.85)), 384
    )
    moved = early[1].boxes != late[1].boxes
    assert moved or np.abs(np.asarray(early[0], int) - np.asarray(late[0], int)).mean() > 8


@pytest.mark.parametrize("kind", NEW)
def test_the_new_pictures_are_deterministic(monkeypatch, kind: str) -> None:
    _forced(monkeypatch, kind)
    direction = _as(CALM, "jazz", title="Blue Smoke", energy=0.6)
    first = typographic_poster.render_with_title(direction, 256)[0]
    second = typographic_poster.render_with_title(direction, 256)[0]
    assert first.tobytes() == second.tobytes()


def test_the_tower_prints_no_tempo_or_key_on_the_artwork(monkeypatch) -> None:
    """Two reviewers read the tower's colophon ("70 BPM / G minor") as metadata printed
    on the cover: two songs that differ only in tempo and key get the same tower."""
    _forced(monkeypatch, "tower")
    base = _as(LOUD, "lofi", title="rainy window, 3am", has_audio=True)
    one = dataclasses.replace(base, tempo_bpm=70.0, key=7, mode="minor")
    two = dataclasses.replace(base, tempo_bpm=140.0, key=2, mode="major")
    a = np.asarray(typographic_poster.render(one, 256).image, float)
    b = np.asarray(typographic_poster.render(two, 256).image, float)
    assert np.abs(a - b).max() == 0
