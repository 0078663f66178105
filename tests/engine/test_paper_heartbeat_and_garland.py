"""Paper cut after an art-director review of 2026-12-03 (4/10: "stock paper flowers"
three times, "a glossy 3D heart emoji with sound arcs on flat grey" for दिल की धड़कन
among the five worst, an octagon umbrella, and titles running over the cut shapes: "en
la lluvia" over the umbrella, "rain" against the window frame): the heartbeat is a
trace cut across stacked sheets, garlands of pennants replace the stock flower."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from tests.engine.test_styles import CALM, LOUD


def _direction(title: str, genre: str, seed: int, base=CALM, **kw):  # noqa: ANN001, ANN003, ANN202
    language = language_for(genre)
    return dataclasses.replace(
        base, title=title, seed=seed, language=language, genre=language.family, **kw
    )


def _scene(d, plan: paper_cut.Plan):  # noqa: ANN001, ANN202
    return paper_cut._scene(d, np.random.default_rng(d.seed), plan)


def _ys(layer) -> list[float]:  # noqa: ANN001
    return [y for pts, add in layer.shapes if add for _, y in pts]


def _xs(layer) -> list[float]:  # noqa: ANN001
    return [x for pts, add in layer.shapes if add for x, _ in pts]


BEAT = paper_cut.Plan("heart", "beat")


def test_a_heartbeat_is_a_pulse_cut_across_stacked_sheets_under_a_clear_sky() -> None:
    """The heartbeat is the monitor's trace cut as the edges of stacked sheets that
    run off both sides of the frame (no heart in the middle of a grey field), the top
    third of the cover left to the title."""
    for seed in range(6):
        scene = _scene(_direction("दिल की धड़कन", "bollywood", seed), BEAT)
        assert len(scene.layers) >= 4
        for layer in scene.layers:
            xs = _xs(layer)
            assert min(xs) < 0.0 and max(xs) > 1.0, (seed, layer.role)  # cropped, edge to edge
        assert min(y for layer in scene.layers for y in _ys(layer)) > 0.36, seed


def _spikes(d) -> int:  # noqa: ANN001
    """The beats on the front sheet: its edge's peaks standing well above its line."""
    front = _scene(d, BEAT).layers[-1]
    pts = max((pts for pts, _ in front.shapes), key=len)
    ys = np.array([y for x, y in pts if 0.0 <= x <= 1.0])
    line = np.median(ys)
    tall = ys < line - 0.08
    return int(np.sum(tall[1:] & ~tall[:-1]) + tall[0])


def test_the_heartbeat_beats_with_the_tempo_and_the_energy() -> None:
    """A fast song's pulse beats more often across the frame than a slow one's; a
    loud song's spikes stand taller."""
    slow = _direction("Heartbeat", "pop", 3, tempo_bpm=62.0)
    fast = dataclasses.replace(slow, tempo_bpm=176.0)
    assert _spikes(fast) > _spikes(slow), (_spikes(slow), _spikes(fast))
    quiet = dataclasses.replace(slow, energy=0.1, energy_curve=(0.1,) * 16)
    loud = dataclasses.replace(slow, energy=0.95, energy_curve=(0.95,) * 16)
    tops = [min(_ys(_scene(d, BEAT).layers[-1])) for d in (quiet, loud)]
    assert tops[1] < tops[0] - 0.05, tops


def test_a_bollywood_heartbeat_is_warm_paper_not_grey() -> None:
    """दिल की धड़कन lay on flat grey ("the colour is not Bollywood"): a festive
    heartbeat's field is saffron and its sheets warm reds and oranges."""
    for seed in range(4):
        d = _direction("दिल की धड़कन", "bollywood", seed, valence=0.75, energy=0.6)
        art = paper_cut.render(d, 128)
        assert art.layout == "heart-beat"
        pixels = np.asarray(art.image.convert("RGB"), dtype=float)
        sky = rgb_to_oklch(tuple(int(v) for v in pixels[:20].reshape(-1, 3).mean(axis=0)))
        assert sky[1] > 0.07 and 40.0 < sky[2] < 110.0, (seed, sky)
        low = rgb_to_oklch(tuple(int(v) for v in pixels[-20:].reshape(-1, 3).mean(axis=0)))
        assert low[1] > 0.12 and (low[2] < 60.0 or low[2] > 340.0), (seed, low)


def test_a_festive_or_untitled_song_gets_garlands_never_the_stock_flower() -> None:
    """Candyfloss, Ọjọ́ Ayọ̀ and حبيبي Habibi each got a cropped paper flower though no
    title named one: the flower is kept for a flower title, and a festive song gets
    strings of cut pennants instead."""
    names = set()
    for genre in ("pop", "afrobeats", "bollywood", "arabic", "latin"):
        for title in ("Candyfloss", "Ọjọ́ Ayọ̀", "حبيبي Habibi", "Untitled"):
            for seed in range(8):
                d = _direction(title, genre, seed, energy=0.15 + 0.1 * seed, valence=0.8)
                name = paper_cut.layout_of(d)
                assert not name.startswith("bloom"), (genre, title, seed, name)
                names.add(name)
    assert "garland" in names, names
    flowers = {paper_cut.layout_of(_direction("Flower", "pop", s)) for s in range(12)}
    assert any(n.startswith("bloom") for n in flowers), flowers


def test_the_garland_counts_the_tempo_and_leaves_the_title_a_band() -> None:
    """Strings of pennants (two to four; round 15: three strings low on every garland
    were one picture on two bench tracks, so the count and the hang now move with the
    song) run off both edges of the frame, hung low under a clear sky or swagged from
    the top over a clear foot; a fast song hangs more pennants than a slow one."""
    plan = paper_cut.Plan("garland")
    for seed in range(6):
        slow = _direction("Candyfloss", "pop", seed, tempo_bpm=70.0)
        fast = dataclasses.replace(slow, tempo_bpm=170.0)
        counts = []
        for d in (slow, fast):
            scene = _scene(d, plan)
            cords = [layer for layer in scene.layers if layer.role == "cord"]
            assert 2 <= len(cords) <= 4
            for cord in cords:
                assert min(_xs(cord)) < 0.0 and max(_xs(cord)) > 1.0
            ys = [y for layer in scene.layers for y in _ys(layer)]
            assert min(ys) > 0.3 or max(ys) < 0.72, (seed, min(ys), max(ys))
            pennants = sum(len(layer.shapes) for layer in scene.layers if layer.role != "cord")
            counts.append(pennants / len(cords))
        assert counts[1] > 1.3 * counts[0], counts


def test_the_umbrella_and_the_rainy_window_leave_the_title_its_band() -> None:
    """ "en la lluvia" ran over the umbrella's canopy and "rain" butted against the
    window frame: the canopy's crown and the window's top stay under the top 36%
    (three lines of title), whatever the seed."""
    for seed in range(10):
        d = _direction("Lágrimas en la lluvia", "latin", seed, base=LOUD)
        umbrella = _scene(d, paper_cut.Plan("umbrella"))
        canopy = [layer for layer in umbrella.layers if layer.role == "motif"]
        assert min(_ys(canopy[0])) > 0.36, seed
        room = _scene(_direction("Lo-fi Rain", "lofi", seed), paper_cut.Plan("room"))
        wall = next(layer for layer in room.layers if layer.role == "wall")
        panes = [y for pts, add in wall.shapes if not add for _, y in pts]
        assert min(panes) > 0.4, seed


def test_the_umbrella_hem_sags_between_its_ribs() -> None:
    """From above, the umbrella read as an octagon: each panel's hem sags well in
    between its two rib tips, so the canopy is scalloped."""
    d = _direction("Chuva de Verão", "pop", 2)
    scene = _scene(d, paper_cut.Plan("umbrella"))
    panel = next(layer for layer in scene.layers if layer.role == "motif").shapes[0][0]
    (cx, cy), hem = panel[0], panel[1:]
    radii = np.hypot(*(np.array(hem) - (cx, cy)).T)
    assert radii.min() < 0.88 * radii.max(), (radii.min(), radii.max())


def test_the_window_into_layers_is_never_the_pill() -> None:
    """Supercalifragilisticexpialidocious and 🌙✨💔 got the same pill-shaped slit
    three tracks apart: an untitled window is an arch or a round hole."""
    shapes = set()
    for seed in range(16):
        d = _direction("Untitled", "pop", seed, energy=0.1 + 0.05 * seed)
        shapes.add(_scene(d, paper_cut.Plan("aperture")).shape)
    assert shapes == {"aperture-arch", "aperture-round"}, shapes
