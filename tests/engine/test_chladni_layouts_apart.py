"""Round 21 (an art director, 3.5/10: "four of its five covers share one layout: a disc
off the top, title below"): the sweep and the dome are different pictures. The sweep's
dial enters from a side edge (left on some songs, right on others), a tall column of
sand down the cover with the title in the free corner; the dome is a horizon rising
from the bottom across the whole width under a title above it, never hung from the top
over a title below."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni

TRACKS = (
    "chamber classical",
    "ambient",
    "classical piano",
    "jazz",
    "folk",
    "modern classical",
    "dark ambient",
    "world folk",
)
LAYOUTS = ("top-left", "bottom-left", "centred", "corner")


def _songs(seeds: range) -> list:
    out = []
    for tags in TRACKS:
        base = direct_from_music(MusicInput(task_id=f"apart-{tags}", title="Track", tags=tags))[0]
        out += [dataclasses.replace(base, seed=s, layout=LAYOUTS[s % 4]) for s in seeds]
    return out


def _busy(image) -> np.ndarray:
    """Which of the cover's 16 x 16 blocks hold figure (sand, rim or light, not flat
    ground): their luminance varies."""
    lum = np.asarray(image.convert("L"), float)
    return lum.reshape(16, 8, 16, 8).std(axis=(1, 3)) > 6


def _mass(image) -> tuple[float, float]:
    """Where the figure's mass centres (x, y fractions of the side)."""
    ys, xs = np.nonzero(_busy(image))
    return (float(xs.mean()) + 0.5) / 16, (float(ys.mean()) + 0.5) / 16


def test_the_sweeps_dial_enters_from_a_side_edge_on_either_side() -> None:
    """The sweep's figure sits in a side column, not across the top or bottom: its mass
    centre well off the vertical middle, on the left for some songs and the right for
    others; it runs down most of the cover's height and leaves the other side edge
    bare."""
    sides = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chladni, "layout_of", lambda _d: "sweep")
        for d in _songs(range(4)):
            image = chladni.render(d, 128).image
            x, _ = _mass(image)
            assert abs(x - 0.5) >= 0.08, (d.genre, d.seed, d.layout, x)
            busy = _busy(image)
            rows = busy.any(axis=1)
            assert rows.mean() >= 0.75, (d.genre, d.seed, d.layout, rows.mean())
            # the far side edge is the title's free column, not the dial's other rim
            assert min(busy[:, 0].mean(), busy[:, -1].mean()) <= 0.2, (d.genre, d.seed)
            sides.append(x < 0.5)
    assert 0.15 <= np.mean(sides) <= 0.85, sides


def test_the_dome_rises_from_the_bottom_across_the_width() -> None:
    """Every dome the style picks is a horizon under the title: its mass in the lower
    part of the cover, its plate reaching both side edges."""
    domes = [d for d in _songs(range(16)) if chladni.layout_of(d) == "dome"]
    assert len(domes) >= 6, len(domes)
    for d in domes:
        image = chladni.render(d, 128).image
        _, y = _mass(image)
        assert y >= 0.6, (d.genre, d.seed, d.layout, y)
        low = _busy(image)[10:]
        assert low[:, 0].any() and low[:, -1].any(), (d.genre, d.seed, d.layout)
