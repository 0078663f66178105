"""What a topographic cover keeps from reading as a pattern: the traverse prints only
on paper (on dark grounds its bands read as op-art or tyre tracks), the raised relief
is one mountain (a range of summits read as pebbles), a jingle gets a clean line map
on paper, and the ash etching keeps its mountain visible under the ash."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_terrain
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_focal import _forced as forced_map

NIGHT = Palette((12, 12, 16), ((90, 90, 110), (200, 200, 210)), (220, 60, 60), (240, 240, 240))
NAVY = Palette(
    (38, 61, 98), ((253, 244, 221), (194, 65, 41), (126, 72, 76)), (211, 166, 40), (250, 250, 250)
)
SAND = Palette(
    (241, 238, 232), ((255, 81, 78), (251, 162, 0), (35, 45, 78)), (253, 203, 0), (35, 45, 78)
)


def _forced(direction, kind: str, size: int = 192):
    return forced_map(direction, kind, size)


def _in(genre: str, palette: Palette, base=LOUD, **changes):
    language = language_for(genre)
    return dataclasses.replace(
        base, language=language, genre=language.family, palette=palette, **changes
    )


def test_the_traverse_is_drawn_on_paper_never_on_a_dark_ground() -> None:
    """'On dark grounds the traverse reads as striped op-art or tyre tracks.'"""
    for palette, genre in ((NIGHT, "black metal"), (NAVY, "drum and bass"), (NIGHT, "lofi")):
        kinds = {
            topographic.layout_of(_in(genre, palette, title="Hours", seed=s)) for s in range(80)
        }
        assert "traverse" not in kinds, (genre, kinds)
    paper = {topographic.layout_of(_in("idm", SAND, title="Hours", seed=s)) for s in range(80)}
    assert "traverse" in paper


def test_a_podcast_jingle_is_a_clean_line_map_on_paper() -> None:
    """'Morning Briefing (a podcast jingle) gets a plain raised mountain.'"""
    for palette in (NAVY, NIGHT, SAND):
        for seed in range(6):
            direction = _in("jingle", palette, title="Morning Briefing", seed=seed)
            assert topographic.layout_of(direction) == "linefield"
        grey = np.asarray(topographic.render(direction, 128).image.convert("L"), np.float32)
        assert np.median(grey) > 200, palette  # light paper, not the sheet's dark ground


def test_the_raised_relief_is_one_mountain_not_a_row_of_pebbles(monkeypatch) -> None:
    """'The three-summit range reads as three pebbles': every view raises one mountain
    (whole, or cropped by the frame), for calm and loud songs alike."""
    raised = []
    original = topo_terrain.mountain

    def counted(*args, **kwargs):
        raised.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(topo_terrain, "mountain", counted)
    for base in (CALM, LOUD):
        for seed in range(12):
            raised.clear()
            direction = _in("techno", NIGHT, base, title="Hours", seed=seed, layout="top-left")
            _forced(direction, "raised", 96)
            assert len(raised) == 1, (base.title, seed, len(raised))


def test_the_ash_etching_keeps_its_mountain_visible() -> None:
    """'Ashes of the Old World: the mountain is faint under the ash.'"""
    direction = _in("dark ambient", NIGHT, CALM, title="Ashes", layout="bottom-left")
    for seed in range(3):
        art = _forced(dataclasses.replace(direction, seed=seed), "raised", 256)
        grey = np.asarray(art.image.convert("L"), np.float32)
        ground = float(np.median(grey))
        assert (np.abs(grey - ground) > 60).mean() > 0.035, seed
        small = np.asarray(art.image.convert("L").resize((64, 64), Image.Resampling.BOX))
        assert np.percentile(np.abs(small - ground), 98) > 45, seed
