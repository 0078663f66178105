"""Neon's close-up crops its sign on purpose, but always to a part a viewer still reads
as the sign (round 18: 별빛 Parade's close star was cut to two strokes, Hall of Kings'
crown to two zigzags): the sign's middle in view and most of its tubes, a star's
centre and three of its points at least (or the whole, smaller star)."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.styles import neon_sign
from sleeve.engine.styles.cover_parts import neon_scenes, neon_shapes, neon_words
from sleeve.engine.styles.cover_parts.calm_zone import title_reach
from tests.engine.test_neon_sign import _direction

FREES = {  # the free part of the frame, by the title's zone
    "top": (0.0, 0.36, 1.0, 1.0),
    "bottom": (0.0, 0.0, 1.0, 0.64),
    "right": (0.0, 0.0, 0.62, 1.0),
}
EDGE = 0.02  # a tube this near the frame's or the title band's edge is cut, not shown


@pytest.fixture(autouse=True)
def _icons(monkeypatch: pytest.MonkeyPatch) -> None:
    """The close-up hangs a title's icon, never the title's own letters."""
    monkeypatch.setattr(neon_words, "word_lines", lambda title: ())
    monkeypatch.setattr(neon_words, "cjk_column", lambda title: False)


@pytest.fixture
def hung(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every sign bent, as (drawing, centre, scale, turn)."""
    signs: list[tuple] = []
    bend = neon_scenes.tubes.draw_sign

    def spy(tubes, drawing, centre, scale, width, *args, turn=0.0, **kwargs):
        signs.append((drawing, centre, scale, turn))
        return bend(tubes, drawing, centre, scale, width, *args, turn=turn, **kwargs)

    monkeypatch.setattr(neon_scenes.tubes, "draw_sign", spy)
    return signs


def _on_frame(points: np.ndarray, centre: tuple, scale: float, turn: float) -> np.ndarray:
    c, s = np.cos(turn), np.sin(turn)
    x = points[:, 0] * c - points[:, 1] * s
    y = points[:, 0] * s + points[:, 1] * c
    return np.stack([centre[0] + x * scale, centre[1] + y * scale], 1)


def _seen(points: np.ndarray, free: tuple) -> np.ndarray:
    """Which points (fractions) show: inside the frame and the part the title leaves."""
    x0, y0 = max(free[0], 0.0) + EDGE, max(free[1], 0.0) + EDGE
    x1, y1 = min(free[2], 1.0) - EDGE, min(free[3], 1.0) - EDGE
    x, y = points[:, 0], points[:, 1]
    return (x > x0) & (x < x1) & (y > y0) & (y < y1)


def _tubes_seen(drawing, centre, scale, turn, free) -> float:
    """The share of the sign's tubes (by length) that shows."""
    seen = total = 0.0
    for stroke in drawing:
        p = np.concatenate([stroke.points, stroke.points[:1]]) if stroke.closed else stroke.points
        run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
        at = np.linspace(0.0, run[-1], 200)
        along = np.stack([np.interp(at, run, p[:, 0]), np.interp(at, run, p[:, 1])], 1)
        seen += run[-1] * _seen(_on_frame(along, centre, scale, turn), free).mean()
        total += run[-1]
    return seen / total


def _middle_seen(drawing, centre, scale, turn, free) -> bool:
    x0, y0, x1, y1 = neon_shapes.extent(drawing)
    middle = np.array([[(x0 + x1) / 2, (y0 + y1) / 2]])
    return bool(_seen(_on_frame(middle, centre, scale, turn), free)[0])


def _star_read(drawing, centre, scale, turn, free) -> bool:
    """A star's centre and three of its five points show (its outline's every other
    vertex, from the top one)."""
    points = _seen(_on_frame(drawing[0].points[::2], centre, scale, turn), free).sum()
    return _middle_seen(drawing, centre, scale, turn, free) and points >= 3


def test_starlight_parade_s_close_star_shows_its_centre_and_three_points(hung) -> None:
    """별빛 Parade (k-pop) drew its close star cropped to two strokes: on every seed that
    hangs it close, the star's centre and at least three of its points are in view."""
    found = 0
    for index in range(160):
        direction = _direction("별빛 Parade", "k-pop, dance, energetic", 300 + index)
        if neon_sign.layout_of(direction) != "close-star":
            continue
        found += 1
        hung.clear()
        neon_sign.render(direction, 96)
        zone = neon_sign._plan(direction)[2]
        free = neon_scenes.free_box(zone, title_reach(direction))
        assert _star_read(*hung[0], free), (direction.seed, zone)
        if found == 6:
            break
    assert found >= 3, found


@pytest.mark.parametrize("zone", sorted(FREES))
def test_every_close_up_shows_its_sign_s_middle_and_most_of_it(hung, zone: str) -> None:
    """Whatever the sign (a star, a crown, a heart, a moon, a cloud ...), the song and
    the seed, the close-up keeps the sign's middle in view and at least 45% of its
    tubes; a star shows three points or more."""
    for name in neon_shapes.DRAWINGS:
        for seed in range(6):
            for energy in (0.15, 0.9):
                hung.clear()
                scene = neon_scenes.Scene(
                    rng=np.random.default_rng(seed),
                    res=96,
                    hues=[330.0, 90.0, 200.0],
                    wall="concrete",
                    tint=np.array([0.6, 0.6, 0.6], np.float32),
                    zone=zone,
                    free=FREES[zone],
                    drawing=name,
                    curve=np.linspace(0.2, 0.8, 64),
                    energy=energy,
                    density=seed / 5,
                    variant=seed,
                )
                neon_scenes.close_scene(scene)
                sign = hung[0]
                where = (name, seed, energy)
                assert _middle_seen(*sign, FREES[zone]), where
                assert _tubes_seen(*sign, FREES[zone]) >= 0.45, where
                if name == "star":
                    assert _star_read(*sign, FREES[zone]), where


def test_the_close_up_still_crops_a_loud_song_s_sign(hung) -> None:
    """Readable is not whole: a loud song's close-up still runs its sign past the frame
    (the deliberate crop), a quiet one's may hang nearly whole."""
    cropped = 0
    for name in ("star", "heart", "crown", "cloud"):
        for seed in range(4):
            hung.clear()
            scene = neon_scenes.Scene(
                rng=np.random.default_rng(seed),
                res=96,
                hues=[330.0, 90.0, 200.0],
                wall="tile",
                tint=np.array([0.6, 0.6, 0.6], np.float32),
                zone="top",
                free=FREES["top"],
                drawing=name,
                curve=np.linspace(0.2, 0.8, 64),
                energy=0.9,
                density=0.5,
            )
            neon_scenes.close_scene(scene)
            cropped += int(_tubes_seen(*hung[0], FREES["top"]) < 0.95)
    assert cropped >= 12, cropped
