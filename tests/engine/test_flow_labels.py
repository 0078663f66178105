"""Flow field's grey palettes print in their genre's label look (flow_labels): before,
chamber, classical, techno and IDM covers were one cream paper, one black ink and one
vermilion spot, which reviewers read as one line field pasted on six tracks."""

from __future__ import annotations

import dataclasses
from itertools import combinations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import flow_field
from tests.engine.test_flow_paintings import GREY
from tests.engine.test_styles import CALM

GENRES = ("chamber", "classical", "techno", "idm")


def _grey(genre: str, seed: int) -> ArtDirection:
    return dataclasses.replace(
        CALM, palette=GREY, language=language_for(genre), genre=genre, seed=seed
    )


def _look(direction: ArtDirection) -> tuple[np.ndarray, float]:
    """The cover's field (its median OKLab colour) and its spot's hue (radians)."""
    lab = srgb_to_oklab(np.asarray(flow_field.render(direction, 192).image))
    chroma = np.hypot(lab[..., 1], lab[..., 2])
    spot = lab[chroma > 0.1]
    assert len(spot) > 0, direction.language.subgenre  # one strong coloured spot
    return np.median(lab.reshape(-1, 3), axis=0), float(
        np.median(np.arctan2(spot[:, 2], spot[:, 1]))
    )


def _hue_gap(a: float, b: float) -> float:
    return abs((a - b + np.pi) % (2 * np.pi) - np.pi)


def test_grey_palettes_in_different_genres_do_not_share_one_paper_and_spot() -> None:
    """Four genres with the same grey palette: no two share both the field and the
    spot's hue (each reads as its own label, as a musician of that genre expects)."""
    for seed in (0, 1):
        looks = {genre: _look(_grey(genre, seed)) for genre in GENRES}
        for a, b in combinations(GENRES, 2):
            field_gap = float(np.linalg.norm(looks[a][0] - looks[b][0]))
            assert field_gap > 0.05 or _hue_gap(looks[a][1], looks[b][1]) > 0.6, (a, b, seed)


def test_classical_grey_is_a_yellow_field_and_techno_black() -> None:
    """Classical prints on its label's yellow, techno on black: the genre's field, not
    a grey palette's paper."""
    for seed in (0, 1):
        yellow = _look(_grey("classical", seed))[0]
        assert yellow[0] > 0.75 and yellow[2] > 0.1, yellow  # light and warm (OKLab b)
        black = _look(_grey("techno", seed))[0]
        assert black[0] < 0.25, black


def test_a_techno_songs_seed_picks_its_spot_colour() -> None:
    """Techno's label has two flat spot colours (signal yellow and red): the songs do
    not all get the same one, and a song always gets the same."""
    hues = [_look(_grey("techno", seed))[1] for seed in range(4)]
    assert max(_hue_gap(hues[0], h) for h in hues) > 0.6, hues
    assert _look(_grey("techno", 2))[1] == hues[2]


def test_a_night_song_prints_its_label_on_a_night_field() -> None:
    """A nocturne (classical, a night title) is not printed on the label's noon
    yellow: its field is dark and cool, the label's spot still shows."""
    for seed in (0, 1):
        night = dataclasses.replace(_grey("classical", seed), night=True)
        field, _ = _look(night)
        assert field[0] < 0.35 and field[2] < 0.0, field  # dark and cool (OKLab b < 0)
        assert _look(dataclasses.replace(night, night=False))[0][0] > 0.75
