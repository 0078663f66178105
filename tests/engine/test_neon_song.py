"""The song's own sign (cover_parts/neon_song) where a title names nothing: never the
genre's stock palm, crown, cocktail, bolt or star (round-14 reviewers: "the alley with
one icon"), while a title naming a palm still gets one; its bars follow the song. A
loud song's cropped ring is not one half burst at the bottom on every sunny title
(Sunny Days and Καλοκαίρι στη θάλασσα drew the same)."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.styles import neon_sign
from sleeve.engine.styles.cover_parts import neon_song, neon_words
from tests.engine.test_neon_rings import _ring
from tests.engine.test_neon_sign import _direction

STOCK = ("palm", "crown", "cocktail", "bolt", "star", "eye")


@pytest.fixture(autouse=True)
def _pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Titles the tubes cannot spell: the plan's pictures alone."""
    monkeypatch.setattr(neon_words, "word_lines", lambda title: ())
    monkeypatch.setattr(neon_words, "cjk_column", lambda title: False)


def test_a_title_naming_nothing_hangs_the_song_not_a_stock_icon() -> None:
    unnamed = (("Perreo Lento", "reggaeton"), ("NO MERCY", "drill, uk drill"),
               ("Deep Inside", "deep house"), ("Slow Honey", "r&b"),
               ("Seoul Lights", "k-pop"), ("Overdrive", "synthwave"))  # fmt: skip
    signs = set()
    for index, (title, tags) in enumerate(unnamed):
        for seed in range(12):
            layout = neon_sign.layout_of(_direction(title, tags, 40 * index + seed))
            drawing = layout.rpartition("-")[2]
            assert drawing not in STOCK, (title, layout)
            assert layout in neon_sign.BARE or drawing in neon_song.NAMES, (title, layout)
            signs.add(drawing)
    assert set(neon_song.NAMES) <= signs, signs
    palms = {neon_sign.layout_of(_direction("Palm Springs", "reggaeton", k)) for k in range(8)}
    assert {layout.rpartition("-")[2] for layout in palms} == {"palm"}, palms


def test_the_song_s_levels_rise_with_the_song() -> None:
    """A rising song's levels sign is short at its start and tall at its end."""
    rng = np.random.default_rng(3)
    bars = [s for s in neon_song.levels(rng, np.linspace(0.0, 1.0, 64)) if len(s.points) == 2]
    bars = [b for b in bars if abs(b.points[0, 0] - b.points[1, 0]) < 1e-9]  # the uprights
    bars.sort(key=lambda b: b.points[0, 0])
    tall = [abs(b.points[1, 1] - b.points[0, 1]) for b in bars]
    half = len(tall) // 2
    assert np.mean(tall[:half]) < 0.6 * np.mean(tall[half:]), tall


def _light(direction) -> np.ndarray:
    grey = np.asarray(neon_sign.render(direction, 96).image.convert("L"), np.float64)
    return grey >= np.percentile(grey, 94.0)


def test_loud_songs_crop_their_rings_in_different_places() -> None:
    """Eight loud songs' rings: the light lies in different places (a corner's quarter
    burst on some, a sunk dome on others), not one half burst in the middle of the
    edge away from the title on all."""
    masks = []
    for k in range(8):
        masks.append(_light(_ring("Sunny Days", "pop, summer", 30 * k, energy=0.75)))
    xs = [float(np.nonzero(m)[1].mean()) / 96 for m in masks]
    assert min(xs) < 0.3 or max(xs) > 0.7, xs  # a corner's burst
    tops = [float(np.nonzero(m)[0].min()) / 96 for m in masks]
    assert max(tops) - min(tops) > 0.12, tops  # a shallow dome beside a tall burst


def test_some_traces_stand_as_a_meter_on_the_far_edge() -> None:
    """Six bench traces were one row mirrored about its middle: under a top title some
    seeds stand the bars on the foot like a meter (their light heavier low), others
    keep the mirrored row."""
    skews = []
    for seed in range(200):
        direction = _direction("Deep Inside", "deep house", seed)
        if neon_sign.layout_of(direction) != "trace" or neon_sign._plan(direction)[2] != "top":
            continue
        grey = np.asarray(neon_sign.render(direction, 128).image.convert("L"), np.float64)
        ys = np.nonzero(grey >= np.percentile(grey, 97.0))[0]
        skews.append((ys.mean() - (ys.min() + ys.max()) / 2) / max(np.ptp(ys), 1))
        if len(skews) == 8:
            break
    assert max(skews) > 0.06 and min(skews) < 0.03, skews
