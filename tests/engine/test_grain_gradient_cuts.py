"""The grain gradient after the art directors' review: the colour bloom (an empty grey
gradient, the old aura failure) and the prism's beams (a Pink Floyd pastiche, twice on
one sheet) are never drawn; the dome of light, the light trail, the dunes and the
aurora are shapes of their own at thumbnail size, not another composition recoloured;
and two songs get two different layouts."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.styles import grain_gradient
from tests.engine.test_styles import CALM, LOUD

NEW = ("light-dome", "light-trail", "dune-crest", "aurora-veil")
GENRES = ("ambient", "synthwave", "techno", "shoegaze", "house", "rock", "jpop", "lofi")


def _track(genre: str, seed: int, energy: float) -> ArtDirection:
    language = language_for(genre)
    base = dataclasses.replace(LOUD, title="Riot Tape", seed=seed, energy=energy)
    return dataclasses.replace(base, genre=language.family, language=language)


def test_the_bloom_and_the_beams_are_never_drawn() -> None:
    names = {
        grain_gradient.layout_of(_track(genre, seed, energy))
        for genre in GENRES
        for energy in (0.2, 0.5, 0.9)
        for seed in range(10)
    }
    assert {"colour-bloom", "prism-beams"} <= set(grain_gradient.RETIRED)
    assert not names & {"colour-bloom", "prism-beams"}, names
    assert set(NEW) <= names, names


def _thumb(kind: str, d: ArtDirection, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """The cover's luminance at 8 x 8, as a thumbnail's layout reads."""
    monkeypatch.setattr(grain_gradient, "_pick", lambda _d, rng: (rng.random(), kind)[1])
    image = grain_gradient.render(d, 96).image.convert("L").resize((8, 8))
    return np.asarray(image, np.float64) / 255


def test_the_new_compositions_are_other_layouts_at_thumbnail_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On one track, each new composition differs clearly at 8 x 8 px from each other
    one drawn with the same seed and colours (the night's lights on a dark field only:
    a light one never draws them)."""
    for base in (CALM, LOUD):
        for seed in range(3):
            d = dataclasses.replace(base, seed=seed)
            thumbs = {k: _thumb(k, d, monkeypatch) for k in NEW + ("glow-ring", "horizon-disc")}
            for new in NEW:
                if new in grain_gradient.NIGHT_LIGHTS and grain_gradient.light_field(d):
                    continue
                for other, thumb in thumbs.items():
                    if other != new:
                        gap = float(np.abs(thumbs[new] - thumb).mean())
                        assert gap > 0.04, (seed, new, other, gap)


def test_two_songs_get_two_layouts() -> None:
    """A synthwave and a techno track (and the seeds of one genre) do not all draw
    one picture, and the new compositions are among what they draw."""
    kinds = {
        genre: [grain_gradient.layout_of(_track(genre, s, 0.6)) for s in range(16)]
        for genre in ("synthwave", "techno")
    }
    assert all(len(set(k)) >= 3 for k in kinds.values()), kinds
    assert set(NEW) <= set(kinds["synthwave"]) | set(kinds["techno"]), kinds
