"""Round 14 ('data-looking ones read as muddy'; wanted: a crisp, graphic print of the
song's frequencies): the stream, the whole song as one crisp streamgraph across the
frame, as thick as the song is loud, its band groups in flat stripes of ink."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.languages import language_for
from sleeve.engine.styles import spectrogram
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas
from tests.engine.test_styles import LOUD

RES = 200
TOP = (0.0, 0.3, 1.0, 1.0)  # the free part under a title at the top


def _canvas(spec: np.ndarray, dark: bool = True) -> Canvas:
    grid = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    spec = spec.astype(np.float32)
    return Canvas(grid[None, :], grid[:, None], TOP, spec, 0.5, 0.5, dark=dark, printed=not dark)


def _draw(spec: np.ndarray, seed: int, dark: bool = True) -> np.ndarray:
    return spectrogram.LAYOUTS["stream"](_canvas(spec, dark), np.random.default_rng(seed)).value


def test_the_stream_runs_edge_to_edge_as_thick_as_the_song_is_loud() -> None:
    """A quiet first half and a loud second half: the stream crosses the whole frame,
    thin where the song is quiet and broad where it is loud (whichever way it runs),
    and keeps off the title's band."""
    spec = np.tile(np.linspace(1.0, 0.5, 40), (120, 1))
    spec[:60] *= 0.2
    for seed in range(6):
        value = _draw(spec, seed)
        body = value > 0.05
        thick = body.sum(axis=0)
        assert (thick > 0).all(), seed  # edge to edge
        left, right = np.median(thick[: RES // 5]), np.median(thick[-RES // 5 :])
        assert max(left, right) > 2.5 * min(left, right), (seed, left, right)
        assert not body[: int(0.3 * RES)].any(), seed


def test_the_stream_is_printed_in_flat_stripes_that_sway_with_the_song() -> None:
    """Inside the stream the ink stands in a few flat stripes on crisp edges (no blur),
    and a song moving its sound from bass to treble moves the stripes across it."""
    spec = np.full((120, 40), 0.3)
    spec[:60, :10] = 1.0
    spec[60:, 30:] = 1.0
    for seed in range(4):
        for dark in (True, False):
            value = _draw(spec, seed, dark)
            inside = ndimage.binary_erosion(value > 0.05, iterations=2)
            levels = np.bincount(np.round(value[inside] * 50).astype(int))
            assert np.sort(levels)[-3:].sum() / levels.sum() > 0.95, (seed, dark)
            profiles = []
            for col in (RES // 6, RES - RES // 6):
                rows = np.nonzero(inside[:, col])[0]
                cut = value[rows[0] : rows[-1] + 1, col]
                at = np.linspace(0, len(cut) - 1, 40).astype(int)
                profiles.append(cut[at])
            assert np.abs(profiles[0] - profiles[1]).mean() > 0.08, (seed, dark)


def test_two_songs_draw_two_streams() -> None:
    """Same seed, other songs: other outlines (the song's own swell, not a template)."""
    rng = np.random.default_rng(2)
    a = ndimage.gaussian_filter1d(rng.random((120, 40)), 4, axis=0)
    b = ndimage.gaussian_filter1d(rng.random((120, 40)), 4, axis=0)
    for seed in range(3):
        ta, tb = ((_draw(s, seed) > 0.05).sum(axis=0) for s in (a, b))
        assert np.corrcoef(ta, tb)[0, 1] < 0.6, seed


def test_a_title_across_the_middle_gets_the_stream_over_or_under_it_not_a_haze() -> None:
    """The haze under a middle title on hardcore, trap or jazz read as a muddy blur: a
    colour genre that wants no haze gets the stream in the band over or under the title,
    the middle calm field; shoegaze keeps its haze."""
    for k in range(6):
        d = dataclasses.replace(LOUD, title="Signal Path", seed=LOUD.seed + 7919 * k)
        d = dataclasses.replace(d, layout="title-image")
        for genre, name in (("hardcore", "stream"), ("jazz", "stream"), ("shoegaze", "haze")):
            g = dataclasses.replace(d, language=language_for(genre), genre=genre)
            assert spectrogram.layout_of(g) == name, (genre, k)
            if name != "stream":
                continue
            art = spectrogram.render(g, 96)
            rgb = np.asarray(art.image, np.float64)
            field = np.asarray(spectrogram.field_colour(g), np.float64)
            ink = ndimage.uniform_filter(np.abs(rgb - field).sum(-1), 3) > 60
            assert ink[int(0.34 * 96) : int(0.66 * 96)].mean() < 0.01, (genre, k)
            assert max(ink[: int(0.33 * 96)].mean(), ink[int(0.67 * 96) :].mean()) > 0.3
