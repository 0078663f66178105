"""Wood type's pictures that are no bill: the forme locked in its chase for folk's
printers, a split-fountain rainbow roll for children's and dance-hall posters, a worn
press proof; each sets every script and reads at 64 px, and the bill and the blocks
are no longer the pictures a folk or children's account keeps getting."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import direct_from_music
from sleeve.engine.legibility import MAIN_MIN, TINY, TINY_CAP, char_contrasts
from sleeve.engine.looks import skeleton_key, turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import wood_type
from sleeve.engine.styles.cover_parts import wood_forms

SCRIPTS = (
    ("يا ليل يا عين", "arabic"),
    ("שיר של אהבה", "folk"),
    ("Καλοκαίρι στη θάλασσα", "mediterranean"),
    ("君と見た花火", "j-pop"),
    ("दिल की धड़कन", "bollywood"),
    ("Ночной город", "folk"),
    ("Lift Every Hand", "gospel"),
)


def _direction(title: str, tags: str, task: str = "forms"):
    return direct_from_music(MusicInput(task_id=f"{task}-{title}", title=title, tags=tags))[0]


@pytest.fixture
def forced(monkeypatch: pytest.MonkeyPatch):
    def force(layout: str) -> None:
        monkeypatch.setattr(wood_type, "_choose", lambda direction, rng: layout)

    return force


@pytest.mark.parametrize("layout", ["chase", "fountain", "proof"])
def test_every_script_sets_and_reads_at_64_px_in_the_new_pictures(forced, layout: str) -> None:
    """Arabic, Hebrew, Greek, CJK, Devanagari and Cyrillic titles are set whole in
    the chase and the rainbow roll, each line reading at the main target at 64 px."""
    forced(layout)
    for title, tags in SCRIPTS:
        direction = _direction(title, tags)
        image, layout_of = wood_type.render_with_title(direction, 256)
        assert sum(layout_of.chars) == sum(1 for c in title if not c.isspace()), title
        for box in layout_of.boxes:
            tall = (box[3] - box[1]) * TINY / 256 >= TINY_CAP
            worst = min(char_contrasts(image, layout_of.mask, [box], TINY if tall else None))
            assert worst >= MAIN_MIN, (layout, title, worst)


def test_the_fountain_rolls_three_or_more_inks_across_the_sheet(forced) -> None:
    """The split-fountain block runs through at least three hues left to right (a
    rainbow roll, not one flat ink)."""
    forced("fountain")
    art = wood_type.render(_direction("Supercalifragilisticexpialidocious", "children"), 256)
    pixels = np.asarray(art.image.convert("RGB"), np.float32)
    hues = []
    for x in (24, 128, 232):
        column = pixels[:, x]
        colourful = [c for c in column if rgb_to_oklch(tuple(int(v) for v in c))[1] > 0.08]
        assert colourful, x
        hues.append(rgb_to_oklch(tuple(int(v) for v in np.median(colourful, axis=0)))[2])
    apart = [min(abs(a - b), 360 - abs(a - b)) for a, b in zip(hues, hues[1:], strict=False)]
    assert min(apart) > 25, hues


def test_the_chase_shows_its_furniture_and_iron_round_the_type(forced) -> None:
    """The forme reads as a forme: wood furniture covers a good part of the sheet,
    the iron chase frames it, and the title (the focal box) lies inside the chase."""
    forced("chase")
    art = wood_type.render(_direction("Back Porch", "country"), 256)
    pixels = np.asarray(art.image.convert("RGB"), np.int32)
    wood = np.zeros(pixels.shape[:2], bool)
    for hexcode in wood_forms.FURNITURE:
        ref = np.array([int(hexcode[i : i + 2], 16) for i in (1, 3, 5)])
        wood |= np.abs(pixels - ref).sum(axis=2) < 60
    assert wood.mean() > 0.12
    edge = pixels[8:14, 40:216]  # the iron at the head of the chase
    assert np.abs(edge - np.array(wood_forms.IRON)).sum(axis=2).mean() < 60
    x0, y0, x1, y1 = art.focal
    assert 0.05 < x0 < x1 < 0.95 and 0.05 < y0 < y1 < 0.95


@pytest.mark.parametrize(
    ("title", "tags"), [("שיר של אהבה", "folk"), ("Ring the Bell", "children")]
)
def test_the_bill_and_blocks_are_no_longer_most_turns_of_the_seed(title: str, tags: str) -> None:
    """Over the seeds the account memory tries, the bill (its skeleton) and the
    blocks together make under half a folk or children's track's covers, and the
    forme or the rainbow roll are among them (s1 repeated bill and blocks twice each)."""
    direction = _direction(title, tags, "memory")
    seen = Counter(
        skeleton_key(f"wood_type/{wood_type.layout_of(turned(direction, k))}") for k in range(48)
    )
    old = seen["wood_type/bill"] + seen["wood_type/blocks"]
    assert old < 0.5 * 48, seen
    assert seen["wood_type/chase"] + seen["wood_type/fountain"] >= 8, seen


def test_the_proof_is_starved_where_the_song_is_quiet_and_full_where_it_is_loud(forced) -> None:
    """A song that starts quiet and ends loud leaves more bare paper in the proof's
    letters on the left (the start) than on the right; the focal box is the title."""
    forced("proof")
    base = _direction("Back Porch", "country")
    rising = dataclasses.replace(base, energy_curve=tuple(np.linspace(0.05, 1.0, 32)))
    image, title = wood_type.render_with_title(rising, 512)
    ink = np.asarray(title.mask) > 200
    lum = np.asarray(image.convert("L"), np.float32)
    bare = lum > 150  # paper showing through a letter
    mid = 256
    left = (bare & ink)[:, :mid].sum() / max(1, ink[:, :mid].sum())
    right = (bare & ink)[:, mid:].sum() / max(1, ink[:, mid:].sum())
    assert left > 1.3 * right, (left, right)


def test_the_proofs_wear_has_soft_edges_not_square_pixel_blocks(forced) -> None:
    """A reviewer read Chuva de Verão's worn proof as "pixel blocks, not ink": the wear
    was cut at a quarter of a 1024 px cover and enlarged pixel by pixel, so every gap's
    edge lay on a 4 px grid (wherever the sheet lies). The gaps now end anywhere, with a
    soft edge."""
    forced("proof")
    quiet = dataclasses.replace(
        _direction("Chuva de Verão", "bossa nova"), energy_curve=tuple([0.1] * 32)
    )
    image, title = wood_type.render_with_title(quiet, 1024)
    inside = np.asarray(title.mask) > 250
    lum = np.asarray(image.convert("L"), np.float32)
    steps = np.abs(np.diff(lum, axis=1)) > 60  # an ink edge between two neighbours
    steps &= inside[:, 1:] & inside[:, :-1]  # within a letter: the wear, not its outline
    columns = np.nonzero(steps)[1] + 1
    assert len(columns) > 500
    phases = np.bincount(columns % 4, minlength=4) / len(columns)
    # on a 4 px grid (a line's grid, wherever it lies) most phases would hold none
    assert phases.min() > 0.1, phases
    tones = lum[inside]
    assert np.mean((tones > 70) & (tones < 150)) > 0.005  # half-inked edge pixels
