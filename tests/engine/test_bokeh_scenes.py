"""The road and the stage redrawn as photographs with one subject: reviewers read the
road as one template (two rows of lamps in a symmetric V to the middle, on twelve
covers of the bench) and the gig as clip-art (a row of spots over a crowd of blobs).
The road now runs off to one side, its lamps spaced by the tempo; the gig is focused
on a microphone, black and sharp before the rig's lights."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_lens, bokeh_photo

from .test_bokeh_depth import _directions, _shot
from .test_styles import CALM, LOUD


def _spy(seen: list, real):  # type: ignore[no-untyped-def]
    def spy(rows, cols, *args):  # type: ignore[no-untyped-def]
        seen.append(np.asarray(rows))
        return real(rows, cols, *args)

    return spy


def _rows(d, monkeypatch) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Every light row the scene drew (through the lens or as plain discs)."""
    seen: list[np.ndarray] = []
    monkeypatch.setattr(bokeh_lens, "glass", _spy(seen, bokeh_lens.glass))
    monkeypatch.setattr(bokeh_photo, "discs", _spy(seen, bokeh_photo.discs))
    _shot(d)
    monkeypatch.undo()
    return np.concatenate(seen)


@pytest.mark.parametrize("layout", ("top-left", "bottom-left"))
def test_the_road_runs_off_to_one_side_not_a_symmetric_v(layout: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lamps stand along one kerb: the nearest, biggest lamp has no twin across the
    road (no lamp half its size at its height), and the roads of different songs run
    off to different sides."""
    sides = set()
    for d in _directions("street", 6, layout):
        rows = _rows(d, monkeypatch)
        lamps = rows[rows[:, 3] == 0]
        x, y, r = lamps[np.argmax(lamps[:, 2]), :3]
        twins = (np.abs(lamps[:, 1] - y) < 0.02) & (lamps[:, 2] > 0.5 * r)
        assert twins.sum() == 1, d.seed  # itself alone
        sides.add(bool(x < 0.5))
    assert sides == {True, False}


def test_a_faster_song_spaces_more_lamps_along_the_road(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One lamp a beat: at 170 BPM the near kerb holds more lamps than at 80."""
    counts = []
    for tempo in (80.0, 170.0):
        d = _directions("street", 1, "top-left", tempo_bpm=tempo)[0]
        rows = _rows(d, monkeypatch)
        lamps = rows[(rows[:, 3] == 0) & (rows[:, 4] > 0.2)]  # the lamps' bright discs
        counts.append(len(lamps))
    assert counts[1] >= counts[0] + 5, counts


@pytest.mark.parametrize("layout", ("top-left", "bottom-left"))
def test_the_gig_is_focused_on_a_microphone(layout: str) -> None:
    """Drawn sharp over the soft stage: a dark silhouette (the mic and its stand) of a
    few percent of the frame, off-centre, its grille outside the title's band, and the
    focal box holding it."""
    for d in _directions("stage", 3, layout, LOUD):
        shot = _shot(d)
        assert shot.sharp is not None
        blank = bokeh.Image.new("RGB", (256, 256), (200, 200, 200))
        grey = np.asarray(shot.sharp(blank, 0.0).convert("L"), np.float64)
        dark = grey < 60
        assert 0.005 < dark.mean() < 0.08, d.seed
        ys, xs = np.nonzero(dark)
        cx = xs.mean() / 256
        assert abs(cx - 0.5) > 0.04, d.seed  # off-centre
        top_of_mic = ys.min() / 256
        if layout == "top-left":
            assert top_of_mic > 0.3, d.seed
        else:  # the mic clear of a title below: nothing of it low in the frame
            assert ys.max() / 256 < 0.7, d.seed
        x0, y0, x1, y1 = shot.focal
        assert x0 <= xs.min() / 256 + 0.1 and top_of_mic >= y0 - 0.02, d.seed


@pytest.mark.parametrize("band", ("top", "bottom"))
def test_the_rain_on_the_glass_keeps_out_of_the_title_band(band: str) -> None:
    """The drops and streaks (in focus, drawn at the cover's size) leave the title's
    band untouched and cover the rest of the pane, a few big drops among them."""
    from sleeve.engine.styles.cover_parts import bokeh_rain

    flat = bokeh.Image.new("RGB", (256, 256), (40, 40, 60))
    wet = np.asarray(bokeh_rain.rain(flat, np.random.default_rng(5), 0.6, band), np.float64)
    changed = np.abs(wet - np.asarray(flat, np.float64)).max(axis=2) > 8
    title = changed[:80] if band == "top" else changed[-80:]
    pane = changed[100:-100]
    assert not title.any()
    assert pane.mean() > 0.02


def test_some_fireworks_burst_over_a_harbour_their_light_on_the_water() -> None:
    """Not every burst stands over the same city strip: for some songs it bursts over
    dark water under a low far shore (the water a third of the frame or more), its
    light laid on the ripples right under it, brighter there than away from it."""
    harbours = 0
    for d in _directions_named("fireworks", "Fireworks", 10):
        shot = _shot(d)
        res = bokeh_photo.RES
        water = shot.front.mean(axis=1) > 0.95
        if water[int(res * 0.75) :].all() and water.mean() > 0.25:
            harbours += 1
            x0, _, x1, _ = shot.focal
            under = shot.over[water, int(x0 * res) : int(x1 * res)].mean()
            assert under > 1.5 * shot.over[water].mean() and under > 0.03, d.seed
    assert 2 <= harbours <= 8


def _directions_named(scene: str, title: str, count: int):  # type: ignore[no-untyped-def]
    found = []
    for s in range(800):
        for layout in ("top-left", "bottom-left"):
            d = dataclasses.replace(CALM, seed=s, layout=layout, title=title, valence=0.3)
            if bokeh.layout_of(d) == scene:
                found.append(d)
        if len(found) >= count:
            return found
    raise AssertionError(scene)


def test_a_big_title_gets_a_deeper_calm_band_and_keeps_its_size() -> None:
    """A title of two big lines reaches past the band the scenes keep calm: the picture
    tilts away from it (its subject lower under a title above), so the title is set at
    its full size instead of shrunk over the lights."""
    from PIL import Image

    from sleeve.engine.measures import letter_height
    from sleeve.engine.typography import set_title

    short = dataclasses.replace(LOUD, title="Live", layout="top-left", genre="pop")
    long = dataclasses.replace(short, title="Golden Hour Fireworks Tonight")
    assert bokeh.title_room(short) == 0.0
    assert bokeh.title_room(long) > 0.05
    kept = 0
    for s in range(40):
        d = dataclasses.replace(long, seed=s)
        if bokeh.layout_of(d) != "fireworks":
            continue
        art = bokeh.render(d, 192)
        assert art.focal[1] >= 0.3 + bokeh.title_room(d) - 1e-6
        flat = set_title(Image.new("RGB", (192, 192), (20, 20, 30)), d, None)[1]
        title = set_title(art.image, d, art.focal)[1]
        kept += letter_height(title) >= 0.95 * letter_height(flat)
        if s > 20 and kept >= 3:
            break
    assert kept >= 3


def test_the_rainy_window_has_no_dark_strip_down_its_side() -> None:
    """Two art directors read the window frame's soft dark side, a strip down one edge
    of the rain scene, as a render fault: the city through the glass reaches both
    edges of the frame."""
    for layout in ("top-left", "bottom-left"):
        for d in _directions("rain", 3, layout):
            image = bokeh.render(d, 128).image
            cols = np.asarray(image.convert("L"), float).mean(axis=0)
            inner = np.median(cols[16:-16])
            assert min(cols[:6].mean(), cols[-6:].mean()) > 0.6 * inner, (d.seed, layout)
