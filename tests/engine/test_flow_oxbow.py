"""Round 15: the meander's oxbow was one teardrop loop on eight bench tracks (Tresor
0400, Overdrive 1986, Song Title, Morning Briefing...), and a children's song's sweep
(Supercalifragilistic, The Little Yellow Duck) a thin band of stripes that read as
nothing."""

from __future__ import annotations

import dataclasses
import itertools

from sleeve.engine.looks import TURNS, turned
from sleeve.engine.styles import flow_field
from tests.engine.test_flow_field import _drawing
from tests.engine.test_flow_kinds import _alike, _weight
from tests.engine.test_styles import CALM

# songs like the bench's that drew the oxbow: slow to fast, calm to loud, each with
# its own course of energy
SONGS = (
    ("Tresor 0400", 0.59, 129.0, (0.3, 0.8, 0.9, 0.85, 0.9, 0.4)),
    ("Overdrive 1986", 0.5, 118.0, (0.2, 0.4, 0.6, 0.8, 1.0, 0.7)),
    ("coffee & notebooks", 0.34, 105.0, (0.5, 0.5, 0.45, 0.5, 0.55, 0.5)),
    ("Morning Briefing", 0.45, 120.0, (0.9, 0.3, 0.8, 0.3, 0.9, 0.3)),
    ("Crushing Slow", 0.2, 62.0, (0.1, 0.2, 0.3, 0.9, 0.3, 0.1)),
    ("Song Title", 0.5, 150.0, (0.8, 0.6, 0.4, 0.3, 0.2, 0.1)),
)


def test_each_song_s_oxbow_is_its_own_river_at_a_thumbnail() -> None:
    """The oxbow's bends (how many cross the frame, how tight, which way they run and
    lean) follow the song and the seed: no two of six songs' oxbows weigh their ink in
    the same places at 64 px (correlation of the 8 x 8 weight maps under 0.8), where
    the one teardrop loop, only shifted and flipped, matched across songs."""
    maps = []
    for title, energy, bpm, curve in SONGS:
        base = dataclasses.replace(
            CALM, title=title, energy=energy, tempo_bpm=bpm, energy_curve=curve
        )
        drawing = _drawing("meander-oxbow", base)
        maps.append(_weight(flow_field.render(drawing, 128).image))
    worst = max(_alike(a, b) for a, b in itertools.combinations(maps, 2))
    assert worst < 0.8, worst


def test_a_children_s_song_never_gets_the_sweep() -> None:
    """A children's song's sweep was N on the sheet: on no turn does a children's
    song, calm or lively, get it (its pictures: the rivers, the dome, the range)."""
    kids = dataclasses.replace(
        CALM, genre="children", language=dataclasses.replace(CALM.language, subgenre="children")
    )
    for title, energy in (("The Little Yellow Duck", 0.42), ("Supercalifragilistic", 0.2)):
        song = dataclasses.replace(kids, title=title, energy=energy, tempo_bpm=100.0)
        layouts = {flow_field.layout_of(turned(song, t)) for t in range(TURNS)}
        assert "sweep" not in layouts and len(layouts) >= 4, layouts
