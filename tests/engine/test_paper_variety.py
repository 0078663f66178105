"""Paper cut, round 15 ("the arch window appears on three tracks, the bunting on two,
as the same picture"): the song moves the window's openings and the garland's strings
(how many, how big, where, how they hang), so no two songs get one picture."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from tests.engine.test_styles import CALM

SONGS = [(0.15, 72.0), (0.3, 96.0), (0.45, 118.0), (0.6, 128.0), (0.75, 150.0), (0.9, 172.0)]


def _scene(seed: int, energy: float, tempo: float, plan: paper_cut.Plan, curve=None):  # noqa: ANN001, ANN202
    language = language_for("pop")
    d = dataclasses.replace(
        CALM, title="Song", seed=seed, energy=energy, tempo_bpm=tempo,
        language=language, genre=language.family,
        energy_curve=CALM.energy_curve if curve is None else curve,
    )  # fmt: skip
    return paper_cut._scene(d, np.random.default_rng(seed), plan)


def _hole_mask(scene) -> np.ndarray:  # noqa: ANN001
    """What the front sheet's openings show, as a 96 px mask."""
    img = Image.new("L", (96, 96), 0)
    draw = ImageDraw.Draw(img)
    for pts, add in scene.layers[-1].shapes:
        if not add:
            draw.polygon([(x * 96, y * 96) for x, y in pts], fill=255)
    return np.asarray(img) > 0


def _arches(seed: int, energy: float, tempo: float):  # noqa: ANN202
    """The window scene of a song whose seed cuts arches (the seed picks the shape)."""
    for s in range(seed, seed + 40):
        scene = _scene(s, energy, tempo, paper_cut.Plan("aperture"))
        if scene.shape == "aperture-arch":
            return scene
    raise AssertionError("no arch")


def test_the_song_sets_how_many_arches_the_window_has() -> None:
    """A slow song's window is one arch, a fast one's an arcade of two or three."""
    slow = [_arches(s, 0.4, 70.0) for s in range(6)]
    fast = [_arches(s, 0.4, 175.0) for s in range(6)]
    holes = [sum(not add for _, add in sc.layers[-1].shapes) for sc in slow + fast]
    assert set(holes[:6]) == {1}, holes
    assert min(holes[6:]) >= 2 and 3 in holes[6:], holes


def test_a_quiet_songs_arch_is_narrow_and_a_loud_ones_wide() -> None:
    """One arch is as wide as the song is loud: a narrow window in a wide field for a
    quiet song, a wide one (which the frame may crop) for a loud song."""

    def width(scene) -> float:  # noqa: ANN001
        xs = [x for pts, add in scene.layers[-1].shapes if not add for x, _ in pts]
        return max(xs) - min(xs)

    quiet = [width(_arches(s, 0.1, 80.0)) for s in range(0, 60, 10)]
    loud = [width(_arches(s, 0.9, 80.0)) for s in range(0, 60, 10)]
    assert max(quiet) < 0.28 and min(loud) > 0.5, (quiet, loud)


def test_no_two_songs_cut_the_same_window() -> None:
    """Six songs' windows (arches or round holes) overlap little: the openings move in
    count, size and place, never the same arch on the same third."""
    masks = [
        _hole_mask(_scene(seed, energy, tempo, paper_cut.Plan("aperture")))
        for seed, (energy, tempo) in enumerate(SONGS)
    ]
    for a, b in itertools.combinations(masks, 2):
        assert (a & b).sum() / (a | b).sum() < 0.75


def test_the_garland_hangs_as_the_song_is_loud_and_where_the_song_says() -> None:
    """A quiet song hangs two strings, a loud one four; some garlands swag from the top
    edge over the title's foot, others hang low under its sky (round 18: where the song
    says, a song loud early from the top, one that builds low, not the seed); pennants
    are cut in more than one way."""
    plan = paper_cut.Plan("garland")
    quiet = [_scene(s, 0.1, 110.0, plan) for s in range(8)]
    loud = [_scene(s, 0.95, 110.0, plan) for s in range(8)]

    def strings(scene) -> int:  # noqa: ANN001
        return sum(layer.role == "cord" for layer in scene.layers)

    assert max(map(strings, quiet)) <= 2 and min(map(strings, loud)) >= 4
    rising = tuple(np.linspace(0.2, 0.9, 24))
    shaped = [
        _scene(s, 0.5, 110.0, plan, curve=curve)
        for s in range(4)
        for curve in (rising, rising[::-1])
    ]
    tops = {min(y for pts, _ in sc.layers[0].shapes for _, y in pts) < 0.2 for sc in shaped}
    assert tops == {True, False}, tops
    sides = {
        len(sc.layers[1].shapes[0][0]) for sc in quiet + loud
    }  # a triangle, a flag, a tail, a scallop: different corner counts
    assert len(sides) >= 3, sides


def test_the_tunnels_mouth_is_as_wide_as_the_song_is_loud_and_moves() -> None:
    """The tunnel of rings stood the same on eight bench tracks: its mouth is now as
    wide as the song is loud, and the seed moves it across the foot of the frame."""

    def mouth(seed: int, energy: float) -> tuple[float, float]:
        scene = _scene(seed, energy, 120.0, paper_cut.Plan("portal"))
        xs = [x for pts, add in scene.layers[-1].shapes if not add for x, _ in pts]
        return max(xs) - min(xs), (max(xs) + min(xs)) / 2

    quiet = [mouth(s, 0.1) for s in range(12)]
    loud = [mouth(s, 0.9) for s in range(12)]
    assert max(w for w, _ in quiet) < 0.75 * min(w for w, _ in loud), (quiet, loud)
    centres = [c for _, c in quiet + loud]
    assert max(centres) - min(centres) > 0.3, centres


def test_a_quiet_songs_coil_is_small_and_a_loud_ones_big() -> None:
    """Four bench tracks drew one coil in one place: a quiet song's coil is now a small
    one in a wide field, a loud song's a big one."""

    def span(seed: int, energy: float) -> float:
        strip = _scene(seed, energy, 120.0, paper_cut.Plan("coil")).layers[0].shapes[0][0]
        xs = [x for x, _ in strip]
        return max(xs) - min(xs)

    quiet = [span(s, 0.1) for s in range(6)]
    loud = [span(s, 0.9) for s in range(6)]
    assert max(quiet) < 0.7 * min(loud), (quiet, loud)
