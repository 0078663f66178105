"""Chladni's long plates (round 9: four reviewers saw "the same disc of pattern" on
every track, the corner plate still a round plate of lines): the frieze is a level
band running through both side edges, the sash a band crossing the cover on a slant;
along either the plate sweeps with the song, its sand denser where the song is loud;
both keep the title's band clear and look the same at any size."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni

SONGS = ("ambient, drone", "cinematic", "modern classical", "idm, glitch")


def _drawn(tags: str, name: str):
    """A direction of `tags` (title at the top) that draws the composition `name`."""
    base = direct_from_music(MusicInput(task_id=f"bars-{tags}", title="Track", tags=tags))[0]
    for seed in range(200):
        d = dataclasses.replace(base, seed=seed, layout="top-left")
        if chladni.layout_of(d) == name:
            return d
    raise AssertionError(f"no {tags} seed drew {name}")


def _plate(d, size: int = 192) -> np.ndarray:
    """Where the cover differs from the field (the title's band corner): the plate
    (its grain smoothed out)."""
    lum = ndimage.uniform_filter(np.asarray(chladni.render(d, size).image.convert("L"), float), 5)
    field = float(np.median(lum[:6, :6]))
    return np.abs(lum - field) > 10


def test_the_frieze_is_a_level_band_through_both_side_edges() -> None:
    """A level band a quarter to a half of the cover tall, cut by both side edges (not
    a disc standing in the field), the title's band above it bare."""
    for tags in SONGS:
        plate = _plate(_drawn(tags, "frieze"))
        rows = plate.mean(axis=1) > 0.9  # the rows the bar fills from edge to edge
        tall = rows.mean()
        assert 0.25 < tall < 0.5, (tags, tall)
        ys = np.nonzero(rows)[0]
        assert ys[-1] - ys[0] + 1 < 1.1 * rows.sum(), tags  # one band, not stripes
        assert plate[ys][:, :3].mean() > 0.9 and plate[ys][:, -3:].mean() > 0.9, tags
        assert plate[: int(0.25 * plate.shape[0])].mean() < 0.02, tags


def _middle(column: np.ndarray) -> float:
    ys = np.nonzero(column)[0]
    return float(ys.mean()) / len(column)


def test_the_sash_crosses_the_cover_on_a_slant() -> None:
    """The sash enters at one side edge and leaves at the other at another height
    (rising a tenth of the cover or more), a tenth of each edge or more its own (its
    axis inside the cover), the title's band above it bare."""
    for tags in SONGS:
        plate = _plate(_drawn(tags, "sash"))
        left, right = plate[:, :3].all(axis=1), plate[:, -3:].all(axis=1)
        assert left.mean() > 0.1 and right.mean() > 0.1, (tags, left.mean(), right.mean())
        assert abs(_middle(left) - _middle(right)) > 0.1, tags
        assert plate[: int(0.22 * plate.shape[0])].mean() < 0.02, tags


def _sand_at_the_ends(d, size: int = 384) -> tuple[float, float]:
    """The share of the bar's pixels that hold sand in its left and right quarters."""
    art = chladni.render(d, size)
    lum = np.asarray(art.image.convert("L"), float)
    plate = _plate(d, size)
    rows = plate.mean(axis=1) > 0.9
    band = lum[rows]
    sand = band > np.median(band) + 50
    quarter = size // 4
    return float(sand[:, :quarter].mean()), float(sand[:, -quarter:].mean())


def test_the_bar_sweeps_with_the_songs_energy() -> None:
    """A song that builds and the same song played backwards: the bar's sand is denser
    (smaller cells, more grains) at the loud end, and the loud end swaps sides."""
    d = _drawn("ambient, drone", "frieze")
    rising = tuple(float(v) for v in np.linspace(0.05, 1.0, 64))
    up = _sand_at_the_ends(dataclasses.replace(d, energy_curve=rising))
    down = _sand_at_the_ends(dataclasses.replace(d, energy_curve=rising[::-1]))
    # one end is louder in each; which side is the seed's mirror
    assert max(up) > 1.3 * min(up) and max(down) > 1.3 * min(down), (up, down)
    assert np.argmax(up) != np.argmax(down), (up, down)


def test_the_bars_look_the_same_at_any_size() -> None:
    """An export enlarges the delivered cover: the bars' place, slant and figure do not
    change with the size (thumbnails of a 512 px and a 1024 px cover agree)."""
    for name in ("frieze", "sash"):
        d = _drawn("cinematic", name)
        small = [
            np.asarray(
                chladni.render(d, size).image.convert("L").resize((48, 48), Image.Resampling.BOX),
                float,
            )
            for size in (512, 1024)
        ]
        corr = np.corrcoef(small[0].ravel(), small[1].ravel())[0, 1]
        assert corr > 0.9, (name, corr)
        assert chladni.render(d, 96).layout == name
