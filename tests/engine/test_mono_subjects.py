"""Mono grain's picture follows the title and the genre: a great hall with a throne
for a title naming a king or a cathedral (and for cinematic music), a leaden sky for
doom instead of a fire, steam off a cup for lo-fi instead of a noir street lamp, and
pale prints for calm families so their covers are not all one black field."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import mono_grain
from tests.engine.test_mono_heavy import _prints, _track
from tests.engine.test_styles import CALM


def _direction(title: str, tags: str, seed: int):
    music = MusicInput(task_id=f"subject-{seed}", title=title, tags=tags)
    return dataclasses.replace(direct_from_music(music)[0], seed=seed)


def _tone(name: str, direction, side: str, light: bool = False) -> np.ndarray:
    rng = raster.rng_for(direction, "mono")
    tone, _, _ = mono_grain.PRINTS[name](direction, rng, mono_grain._grid(rng), side, light)
    return np.clip(np.asarray(tone, np.float32), 0, 1)


def test_a_title_naming_a_king_or_a_cathedral_gets_the_hall() -> None:
    """Hall of Kings (cinematic) was printed as a fern and as a moon on water: a title
    naming a king or crown now draws a great hall, its columns black on both sides of
    a blown-out doorway; one naming a cathedral its gothic nave (test_mono_photogram)."""
    for title, tags, hall in (("Hall of Kings", "epic orchestral, cinematic", "hall"),
                              ("Iron Cathedral", "doom metal, heavy, slow", "nave")):  # fmt: skip
        for seed in range(8):
            assert mono_grain.layout_of(_direction(title, tags, seed)) == hall, (title, seed)
    for seed in range(6):
        tone = _tone("hall", _direction("Hall of Kings", "cinematic", seed), "bottom")
        row = tone[int(0.3 * tone.shape[0])]  # across the nave, above the doorway's foot
        mid = int(np.argmax(np.convolve(row, np.ones(9) / 9, "same")))
        assert row[mid] > 0.6, seed  # the light at the end of the hall
        assert (row[:mid] < 0.12).any() and (row[mid:] < 0.12).any(), seed  # columns each side


def test_doom_draws_a_leaden_sky_not_a_fire() -> None:
    """Under a Leaden Sky (funeral doom) got clip-art flames: doom now draws a low land
    under heavy cloud with one pale seam of light at the horizon, and never the fire."""
    drawn = _prints(_track("doom_metal", "metal"), 60)
    assert "fire" not in drawn and "sky" in drawn, drawn
    for seed in range(6):
        direction = _direction("Under a Leaden Sky", "funeral doom metal, crushing", seed)
        assert mono_grain.layout_of(direction) == "sky", seed
        tone = _tone("sky", direction, "top")
        rows = tone.mean(axis=1)
        seam = int(np.argmax(rows))
        assert 0.55 < seam / len(rows) < 0.85, seed  # the light is low, at the horizon
        assert rows[: len(rows) // 4].mean() < rows[seam] - 0.3, seed  # the ceiling presses
        assert rows[-len(rows) // 10 :].mean() < 0.1, seed  # black land below


def test_lofi_steam_rises_from_a_cup_never_under_a_street_lamp() -> None:
    """coffee & notebooks (lo-fi study) got a noir street lamp: lo-fi draws rain, steam
    or the disc (a title naming coffee its steam), and the steam stands on a cup, a
    pale solid form wider than any strand of smoke at its foot."""
    assert "lamp" not in _prints(_track("lofi", "lofi"), 60)
    for seed in range(8):
        direction = _direction("coffee & notebooks", "lo fi hip hop, study", seed)
        if mono_grain.high_key(direction):  # a light palette: a pale print, no steam
            continue
        assert mono_grain.layout_of(direction) == "smoke", seed  # the title names coffee
        tone = _tone("smoke", direction, "top")
        band = tone[int(0.82 * tone.shape[0]) : int(0.95 * tone.shape[0])]
        widest = max(int((r > 0.3).sum()) for r in band) / tone.shape[1]
        assert widest > 0.12, (seed, widest)


def test_calm_families_are_not_all_a_black_field() -> None:
    """Dark mono-grain covers merged at 64 px into "black field, grey title": a calm
    family (classical here, on a dark palette) prints pale for a share of its seeds."""
    track = _track("classical", "classical", CALM)
    means = []
    for seed in range(24):
        art = mono_grain.render(dataclasses.replace(track, seed=seed), 64)
        means.append(float(np.asarray(art.image.convert("L"), np.float32).mean()) / 255)
    pale = sum(m > 0.45 for m in means)
    assert 4 <= pale <= 20, means
