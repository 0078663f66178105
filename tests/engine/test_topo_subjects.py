"""The topographic map says something about the song: the land its title names (a
heart's hill for a love song, an island, a lake; the city grid is retired), warm inks
for a folk love song, the song's own energy as the traverse's ridge; the close-up is
retired."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_subject
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_focal import _forced as forced_map

DARK = Palette((12, 12, 16), ((90, 90, 110), (200, 200, 210)), (220, 60, 60), (240, 240, 240))


def _forced(direction, kind: str, size: int = 192):
    return forced_map(direction, kind, size)


def _folk(title: str, seed: int = 1):
    language = language_for("folk")
    return dataclasses.replace(
        CALM,
        title=title,
        seed=seed,
        language=language,
        genre=language.family,
        palette=DARK,
        layout="top-left",
    )


def test_titles_name_the_land_the_map_draws_in_any_script() -> None:
    assert topo_subject.subject("שיר של אהבה") == "heart"  # a love song
    assert topo_subject.subject("Mountain Song") == "mountain"
    assert topo_subject.subject("Καλοκαίρι στη θάλασσα") == "island"
    assert topo_subject.subject("Lake Song") == "lake"
    assert topo_subject.subject("Glass City") == ""  # a street grid read as graph paper
    assert topo_subject.subject("Morning Briefing") == ""
    assert {"heart", "mountain"} <= set(topographic.STYLE.subjects)


def test_a_folk_love_song_is_a_heart_in_warm_ink_on_paper_not_cold_lines_on_black() -> None:
    """Reviewers: 'cold contour lines on black for a love song'."""
    for seed in (1, 2):
        art = _forced(_folk("שיר של אהבה", seed), "linefield")
        rgb = np.asarray(art.image, np.float32)
        paper = np.median(rgb[:40].reshape(-1, 3), axis=0)
        assert paper.mean() > 200 and paper[0] > paper[2] + 5, paper  # warm paper
        inked = np.abs(rgb - paper).max(axis=2) > 60
        ys, xs = np.nonzero(inked)
        cx = xs.mean() / 192
        left, right = inked[:, :96].sum(), inked[:, 96:].sum()
        assert 0.4 < cx < 0.6 and abs(left - right) < 0.25 * (left + right)  # whole heart


def test_a_title_that_names_land_draws_a_map_of_it() -> None:
    for title, allowed in (
        ("Island Song", {"hypsometric", "linefield"}),
        ("שיר של אהבה", {"hypsometric", "linefield", "raised"}),
    ):
        kinds = {
            topographic.layout_of(dataclasses.replace(_folk(title), seed=s)) for s in range(40)
        }
        assert kinds <= allowed, (title, kinds)


def test_the_close_up_is_retired() -> None:
    """'Harsh op-art', 'a random contour blob': no song draws the close-up."""
    assert "closeup" in topographic.RETIRED and "closeup" not in topographic.MAPS
    paper = dataclasses.replace(LOUD, palette=CALM.palette)  # the traverse prints on paper
    drawn = {topographic.layout_of(dataclasses.replace(paper, seed=s)) for s in range(60)}
    assert "closeup" not in drawn and "traverse" in drawn


def test_the_traverse_ridge_rises_where_the_song_is_loud() -> None:
    """The energy curve is the ridge's profile: a song that builds has its mass on the
    right, one that fades on the left."""
    rise = tuple(float(v) for v in np.linspace(0.05, 1.0, 64))
    masses = []
    for curve in (rise, rise[::-1]):
        direction = dataclasses.replace(
            LOUD, title="Hours", energy_curve=curve, seed=3, layout="top-left"
        )
        grey = np.asarray(_forced(direction, "traverse").image.convert("L"), np.float32)
        ink = np.abs(grey - np.median(grey[:40])) > 30  # the title band is bare ground
        masses.append(ink[:, 96:].sum() - ink[:, :96].sum())
    assert masses[0] > 0 > masses[1], masses
