"""Flow field's pictures with a subject (art directors: "stripes with no subject"):
the grass stands under a low sun, the stream parts round a solid stone, the whirlpool
winds into a dark throat, the range's hills sit under a sun; the subject moves and
scales with the seed and the music, and the focal box holds it."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
from PIL import Image

from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_wave
from tests.engine.test_flow_field import _drawing
from tests.engine.test_styles import CALM

SUBJECTS = ("grass", "stone", "whirlpool", "range", "wave")


def _grey(d, size: int = 128) -> tuple[np.ndarray, tuple]:  # type: ignore[no-untyped-def]
    art = flow_field.render(d, size)
    return np.asarray(art.image.convert("L"), float), art.focal


def _ink(d) -> np.ndarray:  # type: ignore[no-untyped-def]
    small = flow_field.render(d, 128).image.convert("L").resize((32, 32), Image.Resampling.BOX)
    grey = np.asarray(small, float)
    return np.abs(grey - np.median(grey)) > 18


def test_each_subject_is_one_solid_shape_inside_its_focal_box() -> None:
    """The sun, the stone or the throat is a solid patch well off the field at the
    focal box (a 64 px thumbnail shows one shape, not only stripes)."""
    for name in ("grass", "stone", "whirlpool", "range"):  # the wave's crest is lines
        for seed in range(3):
            grey, (x0, y0, x1, y1) = _grey(_drawing(name, CALM, seed), 64)
            field = np.median(grey)
            box = grey[int(y0 * 64) : int(y1 * 64) + 1, int(x0 * 64) : int(x1 * 64) + 1]
            solid = np.abs(box - field) > 40
            # a 4 x 4 block all off the field: a shape, not a line
            blocks = np.lib.stride_tricks.sliding_window_view(solid, (4, 4)).all(axis=(2, 3))
            assert blocks.any(), (name, seed)


def test_the_subject_moves_with_the_seed() -> None:
    """Three seeds of one song put each subject in different places: no template."""
    for name in SUBJECTS:
        masks = [_ink(_drawing(name, CALM, s)) for s in range(3)]
        overlaps = [float((a & b).sum() / max(int((a | b).sum()), 1))
                    for a, b in itertools.combinations(masks, 2)]  # fmt: skip
        assert np.mean(overlaps) < 0.7, (name, overlaps)


def _painted(name: str, d) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Where the scene `name` puts ink for `d`, the generator held still (128 px)."""
    img = Image.new("RGB", (128, 128), (240, 238, 230))
    inks = [(20, 20, 30), (70, 70, 80), (200, 40, 30)]
    calm, rng = (0.0, 0.0, 1.0, 0.25), np.random.default_rng(7)
    if name == "wave":
        flow_wave.wave(img, d, rng, inks, calm)
    else:
        flow_field.PAINTERS[name](img, d, rng, inks, calm)
    small = img.convert("L").resize((32, 32), Image.Resampling.BOX)
    return np.asarray(small, float) < 200


def test_the_music_moves_the_layout_not_only_the_colour() -> None:
    """The same seed at another energy and tempo: the wind, the twist, the subject's
    scale and the line count change where the marks lie."""
    for name in ("grass", "stone", "whirlpool", "wave"):
        calm = dataclasses.replace(CALM, energy=0.15, tempo_bpm=70.0)
        loud = dataclasses.replace(CALM, energy=0.95, tempo_bpm=174.0)
        a, b = _painted(name, calm), _painted(name, loud)
        assert float((a & b).sum() / max(int((a | b).sum()), 1)) < 0.7, name


def test_the_whirlpool_winds_into_a_dark_throat() -> None:
    """The whirlpool's centre is darker than the field on a dark field and the lines
    round it cross a ray from the throat many times."""
    d = _drawing("whirlpool", CALM)
    grey, (x0, y0, x1, y1) = _grey(d, 256)
    cx, cy = int((x0 + x1) / 2 * 256), int((y0 + y1) / 2 * 256)
    ray = max(grey[cy, cx:], grey[cy, : cx + 1][::-1], key=len)  # the longer way out
    ink = np.abs(ray - np.median(grey)) > 40
    assert np.count_nonzero(np.diff(ink.astype(int)) == 1) >= 4


def test_a_title_naming_the_sea_gets_the_great_wave() -> None:
    """The sea or a wave in the title: the great wave, a tall crest of lines
    whose curl is in the focal box, standing well above the foot of the frame."""
    base = dataclasses.replace(CALM, layout="top-left")
    for title in ("Big Wave", "Wild Sea", "Ocean Drive"):
        d = dataclasses.replace(base, title=title)
        assert flow_field.layout_of(d) == "wave", title
        grey, (x0, y0, x1, y1) = _grey(d, 128)
        ink = np.abs(grey - np.median(grey)) > 40
        rows = np.flatnonzero(ink[:, int(x0 * 128) : int(x1 * 128) + 1].mean(axis=1) > 0.1)
        assert rows[0] < 0.65 * 128 and y0 < rows[0] / 128 + 0.1, (title, rows[0], y0)
