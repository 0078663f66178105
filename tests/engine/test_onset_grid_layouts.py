"""The onset grid after the art directors' reviews: the retired prints are never
drawn, the kept ones are each a picture of their own at thumbnail size.

Retired, round 19: every print before was read as a data plot ("an onset envelope, a
numbered footstep chart, arc segments, a square grid"): the drum clip, the circular
sequencer, the one bar's pads, the dance diagram, the rhythm arcs and the radial flare.
Earlier: the filler (nested squares, halftone dots, mazes, the pad bank, the wheel, the
dot poster, the rhythm chart, the quadtree, the step grid, the disco floor). The Riley
stripes, the Memphis tiles and the terrazzo stand, each a picture of its own at
thumbnail size; and two songs get two layouts."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.styles import onset_grid
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD

KEPT = ("current", "memphis", "terrazzo")
GENRES = (
    "drill",
    "hiphop",
    "trap",
    "idm",
    "dnb",
    "afrobeats",
    "techno",
    "house",
    "hyperpop",
    "pop",
)


def _track(genre: str, seed: int, energy: float) -> ArtDirection:
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(genre), seed=seed, energy=energy
    )


def test_the_filler_prints_are_never_drawn() -> None:
    names = {
        onset_grid.layout_of(_track(genre, seed, energy))
        for genre in GENRES
        for energy in (0.5, 0.7, 0.95)
        for seed in range(12)
    }
    filler = {"roll", "quarters", "nested", "flips", "sequence", "dots", "bars", "maze"}
    filler |= {"numeral", "mosaic", "pianola", "pads", "panel", "wheel", "weave", "tiles"}
    filler |= {"swell", "chart", "blocks", "sequencer", "dancefloor"}
    filler |= {"score", "loop", "onebar", "footwork", "arcs", "burst"}
    assert filler <= set(onset_grid.RETIRED)
    assert not names & filler, names
    assert set(KEPT) == names, names


def _thumb(kind: str, d: ArtDirection, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """The cover's luminance at 8 x 8, as a thumbnail's layout reads."""
    monkeypatch.setattr(onset_grid, "_plan", lambda _: kind)
    image = get_style("onset_grid").render(d, 128).image.convert("L").resize((8, 8))
    return np.asarray(image, np.float64) / 255


def test_every_composition_is_another_layout_at_thumbnail_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Side by side on one track, any two compositions differ clearly at 8 x 8 px."""
    for base in (CALM, LOUD):
        for seed in range(3):
            d = dataclasses.replace(base, seed=seed)
            thumbs = {k: _thumb(k, d, monkeypatch) for k in KEPT}
            kinds = list(thumbs)
            for i, a in enumerate(kinds):
                for b in kinds[i + 1 :]:
                    gap = float(np.abs(thumbs[a] - thumbs[b]).mean())
                    assert gap > 0.05, (seed, a, b, gap)


def test_two_songs_get_two_layouts() -> None:
    """A trap track and a techno track (and the seeds of one genre) do not all draw
    one picture: the kept compositions are all drawn."""
    trap = [onset_grid.layout_of(_track("trap", s, 0.7)) for s in range(40)]
    techno = [onset_grid.layout_of(_track("techno", s, 0.7)) for s in range(40)]
    assert max(set(trap), key=trap.count) != max(set(techno), key=techno.count), (trap, techno)
    assert set(trap) | set(techno) == set(KEPT)
    assert set(KEPT) == set(onset_grid.CALM_TO_LOUD)
