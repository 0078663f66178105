"""Two art directors on topographic (5/10 each): "the contour map is cold for a folk
love song", "a technical map, no warmth, no subject", "flat wavy lines".

The lit (Tanaka) massif, the survey coast's furniture and the sea chart are retired; the
compositions move: one island or a chain of them, a peak cropped by the frame."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_forms
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_prints import _in


def test_the_technical_charts_are_retired() -> None:
    """No song draws the grey lit massif or the sea chart, even a title naming water."""
    drawn = collections.Counter()
    for i, sub in enumerate(("ambient", "folk", "rock", "techno", "pop", "jazz")):
        for seed in range(20):
            base = CALM if seed % 2 else LOUD
            for title in ("Untitled", "Sea Song", "Lake"):
                drawn[topographic.layout_of(_in(sub, 20 * i + seed, base, title=title))] += 1
    assert not set(drawn) & set(topographic.RETIRED), drawn
    assert set(drawn) == set(topographic.LAYOUTS), drawn


def _islands(direction) -> int:
    h = topographic.landform(direction, "chain", "top").height
    return ndimage.label(h > 0.02)[1]


def test_a_fast_song_strings_more_islands_in_its_chain() -> None:
    """The chain: an island for each step of the tempo, 3 slow to 4 fast, most of them
    apart (two may touch, as in a real archipelago)."""
    base = _in("folk", 0, CALM, title="Untitled", layout="top-left")
    slow = dataclasses.replace(base, tempo_bpm=66.0)
    fast = dataclasses.replace(base, tempo_bpm=172.0)
    assert topo_forms.islands(fast) > topo_forms.islands(slow)
    apart = [_islands(dataclasses.replace(base, seed=s)) for s in range(8)]
    assert sum(a >= 2 for a in apart) >= 5, apart


def test_the_peak_is_cropped_hard_by_the_frame() -> None:
    """The summit runs off an edge of the frame (too big for it)."""
    for seed in range(4):
        d = _in("rock", seed, LOUD, title="Untitled", layout="top-left")
        h = topographic.landform(d, "peak", "top").height
        edges = np.concatenate([h[-1], h[:, 0], h[:, -1]])
        assert (edges > 0.02).mean() > 0.2, seed


def test_a_children_s_song_gets_no_map() -> None:
    """Two closing reviewers read a sea-depth chart on The Little Yellow Duck as the
    wrong picture for a children's song: no map is offered to children's songs or
    lullabies. Besides paper, a children's title that names snow, rain or a flower
    still brings in the flow field that draws it (its abstract lines on an unnamed
    children's song were graded N by two later reviewers)."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import candidates, fitting

    for title, tags in (("The Little Yellow Duck", "children's song, nursery"),
                        ("Sleepy Bear", "lullaby, calm")):  # fmt: skip
        direction = direct_from_music(MusicInput(task_id="kid", title=title, tags=tags))[0]
        assert "topographic" not in candidates(direction), title
    snow = MusicInput(task_id="kid", title="Let It Snow", tags="children's song")
    assert "flow_field" in fitting(direct_from_music(snow)[0])
