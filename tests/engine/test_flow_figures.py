"""Flow field's pictures (art directors: "almost always lines orbiting a disc or a
ribbon; four layouts used twice", "disc in field lines and corner sweep over and
over"): the swell, the range, the weave, the halves beside the current, the eddy and
the confluence; each a different layout at a thumbnail (compared on downsampled
luminance, not colour), the forms moving between songs, and the band kept calm."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine.direction import direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import flow_field
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM

FIGURES = ("confluence", "swell", "range", "weave", "halves")
ELECTRONIC = dataclasses.replace(CALM, genre="electronic")
PRINTS = ("current", "eddy", *FIGURES)


def _ink(image: Image.Image) -> np.ndarray:
    """Where the marks lie at a thumbnail: 32 x 32 bool, luminance far from the field's
    (the median), whatever the colours."""
    small = np.asarray(image.convert("L").resize((32, 32), Image.Resampling.BOX), float)
    return np.abs(small - np.median(small)) > 18


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max(int((a | b).sum()), 1))


def test_the_new_pictures_are_drawn_for_ordinary_songs() -> None:
    """Songs of several genres get each print at some turn, and no one print takes
    over."""
    drawn: Counter = Counter()
    for tags in ("ambient", "techno", "jazz", "classical", "rock"):
        music = MusicInput(task_id=f"figure-{tags}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn.update(flow_field.layout_of(turned(direction, t)) for t in range(40))
    assert set(FIGURES) <= set(drawn), drawn
    assert max(drawn.values()) < 0.3 * sum(drawn.values()), drawn


def test_the_prints_differ_in_layout_not_only_colour() -> None:
    """One song's prints put their marks in different places at a thumbnail."""
    masks = {
        name: _ink(flow_field.render(_drawing(name, ELECTRONIC), 128).image) for name in PRINTS
    }
    for a, b in itertools.combinations(PRINTS, 2):
        assert _overlap(masks[a], masks[b]) < 0.75, (a, b)


def test_one_form_moves_between_songs_of_the_same_energy() -> None:
    """The current enters and leaves by other edges, the eddy's eye moves: five seeds
    of one song overlap far less than a template would."""
    means = {}
    for name in ("current", "eddy"):
        drawings = [_drawing(name, ELECTRONIC, s) for s in range(5)]
        masks = [_ink(flow_field.render(d, 128).image) for d in drawings]
        means[name] = float(np.mean([_overlap(a, b) for a, b in itertools.combinations(masks, 2)]))
    assert means["current"] < 0.45, means
    assert np.mean(list(means.values())) < 0.53, means


def test_the_new_pictures_are_deterministic_and_keep_the_band_calm() -> None:
    for name in FIGURES:
        d = _drawing(name, ELECTRONIC)
        a, b = flow_field.render(d, 96), flow_field.render(d, 96)
        assert a.image.tobytes() == b.image.tobytes(), name
        assert a.layout == name
        grey = np.asarray(a.image.convert("L").resize((32, 32), Image.Resampling.BOX), float)
        edges = np.hypot(*np.gradient(grey))
        top = CALM.layout.startswith("top")
        band = edges[:5] if top else edges[-5:]
        assert band.mean() < 0.6 * edges.mean(), name
        box = a.focal
        assert box[1] > 0.2 if top else box[3] < 0.8, (name, box)
