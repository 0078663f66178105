"""The risograph's framings and its ink (a review, round 11: "zine clip-art", "the same
icon-in-the-middle layout every time", "the riso texture is too clean"): an object is
cropped huge for a loud song, small in a wide field for a quiet one, never repeated
as a pattern (round 12: "blob soup"); a solid
ink is laid unevenly, as a drum does."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts import riso_framing
from sleeve.engine.styles.cover_parts.riso_press import press
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Sheet, blank
from tests.engine.test_styles import LOUD

TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def _song(seed: int, **kw: float) -> object:
    return dataclasses.replace(
        LOUD, genre="pop", language=language_for("pop"), title="Paper", seed=seed, **kw
    )


def _share(framing: str, **music: float) -> float:
    picks = [riso_framing.framing(_song(s, **music), "citrus") for s in range(60)]
    return picks.count(framing) / len(picks)


def test_the_music_moves_the_framing() -> None:
    """A loud song mostly crops its object huge, a quiet one mostly sets it small in
    a wide field."""
    loud = {"energy": 0.9, "loudness": 0.9, "density": 0.2, "tempo_bpm": 95.0}
    quiet = {"energy": 0.1, "loudness": 0.2, "density": 0.2, "tempo_bpm": 70.0}
    assert _share("cropped", **loud) > 0.6
    assert _share("field", **quiet) > 0.6


def test_no_object_is_repeated_as_a_pattern_nor_a_figure_cropped_to_a_blob() -> None:
    """Round 12's reviewers read the repeated copies as "blob soup" (Golden Hour's
    discs, Candyfloss's pills) and a cut figure cropped huge as a shape without a
    subject (a red blob for 君と見た花火, a corner of a star for 별빛 Parade): however
    fast, dense or loud the song, no framing repeats an object, and the figure keeps
    its whole silhouette."""
    busy = {"energy": 0.9, "loudness": 0.9, "density": 0.95, "tempo_bpm": 150.0}
    for seed in range(40):
        song = _song(seed, **busy)
        for motif in ("figure", "citrus", "diamond", "tower"):
            assert riso_framing.framing(song, motif) != "repeat", (seed, motif)
        assert riso_framing.framing(song, "figure") in ("drawn", "field"), seed


def test_a_figure_is_never_set_small_in_a_field() -> None:
    """Fjord, Early Light's breaking wave, set small in a wide field for a quiet song,
    read to three reviewers as "an unreadable blob in an empty square": however quiet
    the song, a figure is drawn at its own size."""
    quiet = {"energy": 0.05, "loudness": 0.1, "density": 0.2, "tempo_bpm": 60.0}
    picks = {riso_framing.framing(_song(seed, **quiet), "figure") for seed in range(60)}
    assert picks == {"drawn"}, picks


def _ink(plates: list) -> np.ndarray:
    return np.maximum.reduce(plates) > 0.5


def test_each_framing_sets_the_object_apart() -> None:
    """Cropped, the slice runs off the sheet's edges and covers more of it; in a field
    it is a small shape."""
    track = _song(4, energy=0.6)
    plates, focal = risograph.MOTIFS["citrus"](track, raster.rng_for(track, "riso"), TOP)
    rng = np.random.default_rng(1)
    drawn = _ink(plates).mean()
    crop, _ = riso_framing._cropped(track, rng, plates, riso_framing.inked(plates, focal), TOP)
    field, _ = riso_framing._field(track, rng, plates, riso_framing.inked(plates, focal), TOP)
    cut = _ink(crop)
    assert cut.mean() > 1.5 * drawn and (cut[:, 0].any() or cut[:, -1].any())
    assert _ink(field).mean() < 0.5 * drawn


def test_a_solid_ink_is_laid_unevenly_without_flecks_of_dirt() -> None:
    """A solid plate prints with the drum's mottle and streaks: its tone varies across
    the solid far more than the paper alone made it; but no bare-paper specks blown
    up to blurred flecks (round 12's reviewers read them as dirt, not riso grain)."""
    plate = blank()
    plate[RES // 8 : -RES // 8, RES // 8 : -RES // 8] = 1.0
    ink, paper = (40, 90, 200), (240, 236, 226)
    image = press([plate, blank(), blank()], [ink, ink, ink], paper, 256,
                  np.random.default_rng(0), (30.0, 0.1))  # fmt: skip
    solid = np.asarray(image, np.float32)[64:192, 64:192].mean(axis=2)
    assert solid.std() > 6.0
    assert (solid > solid.mean() + 40).mean() == 0.0  # no specks of bare paper
