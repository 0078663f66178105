"""Art direction: deterministic, readable, and different for different music."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from sleeve.engine.color import contrast_ratio, relative_luminance, rgb_to_oklch
from sleeve.engine.direction import (
    direct,
    direct_from_music,
    fold_tempo,
    synth_energy_curve,
    task_seed,
)
from sleeve.engine.features.audio import audio_features
from sleeve.engine.features.text import text_features
from sleeve.engine.languages import FACE_ROLES
from sleeve.engine.music import MusicInput
from tests.engine.synth_audio import write_track


def _direct(tags: str, task_id: str = "task-1", lyrics: str = "", audio_path: str | None = None):
    music = MusicInput(
        task_id=task_id, title="Song", tags=tags, lyrics=lyrics, audio_path=audio_path
    )
    return direct_from_music(music)[0]


def test_same_task_id_same_direction() -> None:
    assert _direct("happy summer pop", "abc") == _direct("happy summer pop", "abc")
    assert task_seed("abc") == task_seed("abc")


def test_different_ids_differ() -> None:
    a, b = _direct("happy summer pop", "id-1"), _direct("happy summer pop", "id-2")
    assert a.seed != b.seed
    assert a.palette != b.palette
    assert a.energy_curve != b.energy_curve


def test_mood_moves_the_palette() -> None:
    dark, happy = _direct("dark ambient drone"), _direct("happy summer pop")
    light_dark = rgb_to_oklch(dark.palette.background)[0]
    light_happy = rgb_to_oklch(happy.palette.background)[0]
    assert light_happy > light_dark + 0.1
    assert rgb_to_oklch(happy.palette.background)[1] > rgb_to_oklch(dark.palette.background)[1]
    assert happy.energy > dark.energy + 0.3
    assert happy.turbulence > dark.turbulence


@pytest.mark.parametrize(
    ("tags", "lead"),
    [
        ("aggressive drill", "condensed"),
        ("epic orchestral", "serif"),
        ("heavy metal", "condensed"),
        ("lofi hip hop chill", "rounded"),
        ("techno, industrial", "mono"),
        ("deep house", "geometric"),
        ("folk acoustic", "serif"),
        ("happy summer pop", "geometric"),
        ("children's song", "rounded"),
    ],
)
def test_font_role_comes_from_the_language(tags: str, lead: str) -> None:
    roles = [_direct(tags, task_id=f"face-{i}").font_role for i in range(40)]
    faces = _direct(tags).language.faces
    assert set(roles) <= set(faces)
    assert max(set(roles), key=roles.count) == lead


def test_subtitle_from_tags() -> None:
    assert _direct("lofi hip hop chill").subtitle == "lofi · hip hop · chill"
    assert _direct("Dark Ambient, Drone, Slow, Night").subtitle == "dark ambient · drone · slow"
    assert _direct("").subtitle == ""


def test_ink_reads_on_background_for_many_inputs() -> None:
    rng = np.random.default_rng(7)
    words = [
        "dark",
        "happy",
        "sad",
        "neon",
        "ocean",
        "fire",
        "pop",
        "metal",
        "ambient",
        "summer",
        "aggressive",
        "calm",
        "lofi",
        "epic",
        "forest",
        "gold",
        "night",
        "",
    ]
    for i in range(400):
        tags = " ".join(rng.choice(words, size=int(rng.integers(0, 4))))
        d = _direct(tags, task_id=f"rand-{i}")
        p = d.palette
        assert contrast_ratio(p.ink, p.background) >= 4.5, (tags, p)
        assert 3 <= len(p.colors) <= 5
        for c in (*p.colors, p.accent, p.ink, p.background):
            assert all(0 <= v <= 255 for v in c)


def test_ranges_and_synth_curve() -> None:
    d = _direct("epic orchestral")
    for v in (d.valence, d.energy, d.density, d.turbulence, d.brightness, d.loudness):
        assert 0.0 <= v <= 1.0
    assert len(d.energy_curve) == 64 and all(0 <= v <= 1 for v in d.energy_curve)
    assert d.font_role in FACE_ROLES
    assert not d.has_audio and d.key is None
    calm, loud = synth_energy_curve(1, 0.1), synth_energy_curve(1, 0.9)
    assert np.mean(loud) > np.mean(calm)
    curve = np.array(loud)
    assert curve[20:44].mean() > curve[:3].mean()  # an intro that rises


@pytest.fixture(scope="module")
def audio_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    d = tmp_path_factory.mktemp("dir_audio")
    loud = write_track(
        str(d / "loud.wav"), sr=22050, bpm=160, loudness=0.95, brightness=0.9, duration_s=30, key=7
    )
    quiet = write_track(
        str(d / "quiet.wav"),
        sr=22050,
        bpm=68,
        loudness=0.2,
        brightness=0.1,
        duration_s=30,
        key=2,
        mode="minor",
    )
    return loud, quiet


def test_audio_drives_energy_and_direction(audio_pair: tuple[str, str]) -> None:
    loud, quiet = audio_pair
    a, b = _direct("pop", "same", audio_path=loud), _direct("pop", "same", audio_path=quiet)
    assert a.has_audio and b.has_audio
    assert a.energy > b.energy + 0.2
    assert a.density > b.density
    assert a.tempo_bpm > b.tempo_bpm
    assert a.palette != b.palette
    assert a.energy_curve == audio_features(loud).energy_curve
    assert a.spectrum and len(a.chroma) == 12 and a.onsets
    assert not _direct("pop", "same").onsets  # no audio: the styles synthesize them


def test_audio_moves_the_art_the_right_way(audio_pair: tuple[str, str]) -> None:
    """Same words, a loud fast beat against a quiet drone-like pad: the beat gets more
    density (less negative space), contrast and chroma."""
    loud, quiet = audio_pair
    for tags in ("electronic", "folk", "black metal", "children's song"):
        a = _direct(tags, "same", audio_path=loud)
        b = _direct(tags, "same", audio_path=quiet)
        assert a.density > b.density + 0.2, tags
        assert a.loudness > b.loudness + 0.3, tags
        assert _contrast(a.palette) > _contrast(b.palette), tags
        assert _chroma(a.palette) >= _chroma(b.palette), tags
        assert a.language == b.language


def _contrast(palette) -> float:
    field = rgb_to_oklch(palette.background)[0]
    return float(np.mean([abs(rgb_to_oklch(c)[0] - field) for c in palette.colors]))


def _chroma(palette) -> float:
    """Mean chroma of the main colours (the accent also turns with the key)."""
    return float(np.mean([rgb_to_oklch(c)[1] for c in palette.colors]))


def test_a_quiet_drone_gets_space_and_calm(tmp_path: Path, audio_pair: tuple[str, str]) -> None:
    drone = write_track(
        str(tmp_path / "drone.wav"), sr=22050, beat=False, loudness=0.1, brightness=0.1
    )
    loud, _ = audio_pair
    calm = _direct("electronic", "same", audio_path=drone)
    busy = _direct("electronic", "same", audio_path=loud)
    assert calm.density < 0.25 and busy.density > 0.5
    assert calm.energy < busy.energy - 0.3
    assert calm.tempo_bpm < 120  # the drone's tempo is not read from noise


def test_audio_outweighs_words_for_energy(audio_pair: tuple[str, str]) -> None:
    loud, quiet = audio_pair
    calm_words = _direct("calm ambient lullaby", "e", audio_path=loud)
    wild_words = _direct("aggressive fast angry", "e", audio_path=quiet)
    assert calm_words.energy > wild_words.energy


def test_genre_folds_an_octave_off_tempo() -> None:
    assert fold_tempo(87.0, (160, 180)) == 174.0
    assert fold_tempo(104.0, (45, 90)) == 52.0
    assert fold_tempo(128.0, (118, 150)) == 128.0
    assert fold_tempo(128.0, None) == 128.0


def test_audio_key_sets_the_accent(audio_pair: tuple[str, str]) -> None:
    loud, _ = audio_pair
    music = MusicInput(task_id="k", title="Song", tags="pop")
    text = text_features("Song", "pop")
    feats = audio_features(loud)
    other_key = dataclasses.replace(feats, key=(feats.key + 6) % 12)
    accent = direct(music, text, feats).palette.accent
    assert accent != direct(music, text, other_key).palette.accent


def test_unreadable_audio_falls_back_to_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp3"
    bad.write_text("not audio")
    music = MusicInput(task_id="t", title="Song", tags="pop", audio_path=str(bad))
    d, reason = direct_from_music(music)
    assert reason and not d.has_audio
    assert d == direct_from_music(MusicInput(task_id="t", title="Song", tags="pop"))[0]
    missing = MusicInput(task_id="t", title="Song", tags="pop", audio_path=str(tmp_path / "x"))
    assert direct_from_music(missing)[1]


def test_dark_background_gets_light_ink() -> None:
    d = _direct("dark ambient drone", "night")
    assert relative_luminance(d.palette.background) < 0.1
    assert contrast_ratio(d.palette.ink, d.palette.background) >= 7
