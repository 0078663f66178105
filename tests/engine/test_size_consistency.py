"""A print export enlarges the delivered cover: every style drawn at 3000 px is the
1024 px cover, compared at 64 px, with the title in the same place and colour under the
same treatment, even where the title's legibility or place is borderline (replay)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import draw
from sleeve.engine.replay import following, keep, recording, taken
from sleeve.engine.styles.registry import all_styles
from tests.engine.bench_tracks import bench_directions

STYLES = sorted(all_styles())
LIMIT = 5.0  # mean difference (0..255) at 64 px; grain and scattered specks are drawn anew


def _small(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB").resize((64, 64), Image.Resampling.BOX), float)


def _same_cover(direction: ArtDirection, style: str, turn: int, size: int = 3000) -> None:
    delivered = draw(direction, style, 1024, turn=turn)
    export = draw(direction, style, size, turn=turn)
    assert export.image.size == (size, size)
    assert export.look.layout == delivered.look.layout
    difference = np.abs(_small(export.image) - _small(delivered.image)).mean()
    assert difference < LIMIT, f"{style} turn {turn}: {difference:.1f} apart at 64 px"
    if delivered.title is not None:
        assert export.title is not None
        assert (export.title.treatment, export.title.color) == (
            delivered.title.treatment,
            delivered.title.color,
        )
        assert export.title.band == delivered.title.band


@pytest.mark.parametrize("index", range(len(STYLES)), ids=STYLES)
def test_every_style_exports_its_delivered_cover(index: int) -> None:
    directions = bench_directions()
    direction = directions[(index * 7) % len(directions)]
    _same_cover(direction, STYLES[index], turn=index % 4)


def _track(title: str, tags: str, task: str) -> ArtDirection:
    return direct_from_music(
        MusicInput(task_id=task, title=title, tags=tags, lyrics="", audio_path=None)
    )[0]


# covers whose title treatment, place or pattern tipped with the size before: a scrim
# or another colour on the export only, and the proof's wear (and the retired wallpaper's rows)
BORDERLINE = [
    ("Glass Harbour", "dream pop, shoegaze", "t1", "swiss_geometry", 3),
    ("Glass Harbour", "dream pop, shoegaze", "t1", "topographic", 13),
    ("Glass Harbour", "dream pop, shoegaze", "t1", "pixel_sort", 9),
    ("Glass Harbour", "dream pop, shoegaze", "t1", "wood_type", 11),
    ("Night Drive", "synthwave, retro", "t2", "typographic_poster", 11),
    ("Night Drive", "synthwave, retro", "t2", "grain_gradient", 4),
]


@pytest.mark.parametrize(("title", "tags", "task", "style", "turn"), BORDERLINE)
def test_borderline_titles_and_patterns_keep_at_export_size(
    title: str, tags: str, task: str, style: str, turn: int
) -> None:
    _same_cover(_track(title, tags, task), style, turn, size=2000)


def test_replay_hands_back_decisions_per_kind_in_order() -> None:
    with recording() as decisions:
        keep("spot", "a")
        keep("legibility", 1)
        keep("spot", "b")
    assert taken("spot") is None  # nothing followed: measure
    with following(decisions):
        assert [taken("spot"), taken("spot"), taken("spot")] == ["a", "b", None]
        assert taken("legibility") == 1
    with following(decisions):  # each block starts from the whole record
        assert taken("spot") == "a"
