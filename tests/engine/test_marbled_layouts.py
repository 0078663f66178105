"""What the full-bleed marbled pictures promise: no cut container (disc, arch, strip)
on any bench track, pictures that differ in layout (not only colour), a focus placed
by the song's loud moment, and a small or medium title that reads at 64 px."""

from __future__ import annotations

import dataclasses
import unicodedata

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.measures import letter_height
from sleeve.engine.music import has_words
from sleeve.engine.styles import marbled_ink

from .bench_tracks import bench_directions
from .test_styles import CALM, LOUD

PICTURES = ("eye", "stroke", "macro", "field")


def test_no_bench_track_gets_a_cut_container() -> None:
    """Two art directors released none of the disc, arch and strip covers: every bench
    track gets a full-bleed picture, and the containers are retired."""
    for name in ("disc", "arch", "strip"):
        assert name in marbled_ink.RETIRED
    for direction in bench_directions():
        layout = marbled_ink.layout_of(direction)
        assert marbled_ink.composition_of(layout) in marbled_ink.COMPOSITIONS, layout
        assert layout.partition("-")[0] not in marbled_ink.RETIRED, layout


def test_the_bench_sees_every_picture_and_none_carries_the_style() -> None:
    counts = {name: 0 for name in marbled_ink.COMPOSITIONS}
    for direction in bench_directions():
        counts[marbled_ink.composition_of(marbled_ink.layout_of(direction))] += 1
    assert all(counts[name] >= 5 for name in PICTURES), counts
    assert max(counts.values()) < 0.35 * sum(counts.values()), counts


def _forced(monkeypatch: pytest.MonkeyPatch, picture: str, direction, size: int = 64):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(marbled_ink, "pick_composition", lambda d, rng: picture)
    return marbled_ink.render(direction, size)


def _luma(image: Image.Image) -> np.ndarray:
    """The cover at 8 x 8 px in grey, each cell to its own rank (where the masses sit,
    whatever the inks' colours)."""
    grey = np.asarray(image.convert("L").resize((8, 8), Image.Resampling.BOX), np.float64)
    return (grey - grey.mean()) / (grey.std() + 1e-6)


def test_the_pictures_differ_in_layout_not_only_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same track drawn as each picture: the macro crop, the ring field and the
    combed sheets (eye, stroke) put their masses in different places (downsampled
    luminance, normalised so colour alone cannot tell them apart)."""
    apart = (("eye", "macro"), ("eye", "field"), ("stroke", "macro"), ("stroke", "field"))
    for base in (CALM, LOUD):
        direction = dataclasses.replace(base, seed=11, layout="top-left")
        maps = {name: _luma(_forced(monkeypatch, name, direction, 96).image) for name in PICTURES}
        for a, b in (*apart, ("macro", "field")):
            assert np.abs(maps[a] - maps[b]).mean() > 0.5, (a, b)


def _curve(peak: float) -> tuple[float, ...]:
    t = np.linspace(0.0, 1.0, 64)
    return tuple(float(v) for v in 0.2 + np.exp(-(((t - peak) / 0.08) ** 2)))


@pytest.mark.parametrize("picture", ["eye", "stroke", "field"])
def test_the_focus_is_reported_and_sits_at_the_song_s_loud_moment(
    monkeypatch: pytest.MonkeyPatch, picture: str
) -> None:
    """The focal box is a real box away from the title, and a song loud early puts it
    left of a song loud late (the comb, eddy, stroke or bold rings follow the curve)."""
    for seed in range(3):
        base = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        early = _forced(monkeypatch, picture, dataclasses.replace(base, energy_curve=_curve(0.1)))
        late = _forced(monkeypatch, picture, dataclasses.replace(base, energy_curve=_curve(0.9)))
        for art in (early, late):
            x0, y0, x1, y1 = art.focal
            assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1 and (x1 - x0) * (y1 - y0) < 0.6
            assert y0 >= 0.3  # off the top title's pool
        assert (early.focal[0] + early.focal[2]) < (late.focal[0] + late.focal[2]) - 0.2, seed


def test_the_macro_drop_fills_the_frame_from_past_its_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The macro crop: rings sweep across most of the art (not a small target), the
    title's side left calm."""
    direction = dataclasses.replace(CALM, seed=4, layout="top-left")
    grey = np.asarray(_forced(monkeypatch, "macro", direction, 128).image.convert("L"), float)
    edges = np.abs(np.diff(grey[48:128], axis=0)) > 24  # the art below the title's pool
    cells = edges[:64].reshape(4, 16, 8, 16).any(axis=(1, 3))
    assert cells.mean() > 0.6


def test_titles_are_small_or_medium_and_read_at_64_px() -> None:
    """No big generic block: the title's letters stand at least 4.5 px at 64 px (the
    longest single word, "Supercalifragilisticexpialidocious", included) and at most
    a medium title's (9 px), about 6.5 px on average."""
    heights = []
    for direction in bench_directions():
        if not has_words(direction.title):
            continue
        _, layout = marbled_ink.render_with_title(direction, 256)
        height = letter_height(layout)
        assert height >= 4.5, (direction.title, height)
        if not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", direction.title)):
            heights.append(height)  # marks above and below stretch the measured ink
            assert height <= 9.0, (direction.title, height)
    assert np.mean(heights) < 6.8
