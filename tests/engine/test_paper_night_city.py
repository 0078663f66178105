"""Paper cut, round 18: 月光下的城市 (a Mandopop night-city title) got a flat brown field
with a clipped crescent and no city; a city at night is now rows of paper city
silhouettes under a whole moon on a night sky, and a moon is never clipped by the
frame unless it is deliberately big (then only its horns and its dark run off). The
bunting repeated across tracks: its rows, sag, count and place follow the music."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from sleeve.engine.styles.cover_parts import paper_design
from tests.engine.test_styles import CALM, LOUD, render

NIGHT_CITIES = (("月光下的城市", "pop"), ("東京の夜", "city_pop"), ("서울의 밤", "kpop"))


def _direction(title: str, genre: str, seed: int, base=CALM, **kw):  # noqa: ANN001, ANN003, ANN202
    language = language_for(genre)
    return dataclasses.replace(
        base, title=title, seed=seed, language=language, genre=language.family, **kw
    )


def _planned(d):  # noqa: ANN001, ANN202
    rng = raster.rng_for(d, "paper_cut")
    chosen = paper_cut.plan(d, rng)
    return chosen, paper_cut._scene(d, rng, chosen)


def _shown(layer, res: int = 200) -> float:  # noqa: ANN001
    """The share of a layer's paper (its cuts taken out) inside the frame."""
    canvas = Image.new("L", (3 * res, 3 * res), 0)
    draw = ImageDraw.Draw(canvas)
    for points, add in layer.shapes:
        draw.polygon([((x + 1) * res, (y + 1) * res) for x, y in points], fill=255 if add else 0)
    paper = np.asarray(canvas) > 0
    return float(paper[res : 2 * res, res : 2 * res].sum() / max(paper.sum(), 1))


def _radius(layer) -> float:  # noqa: ANN001
    xs = [x for x, _ in layer.shapes[0][0]]
    return (max(xs) - min(xs)) / 2


def test_a_city_at_night_is_rows_of_paper_city_under_a_whole_moon() -> None:
    """月光下的城市, 東京の夜, 서울의 밤: on every seed and song, two to four rows of city
    silhouettes (each a skyline of towers of different heights) under a moon that
    shows whole inside the frame, the sky over them left for the title."""
    for title, genre in NIGHT_CITIES:
        for seed in range(6):
            for base in (CALM, LOUD):
                d = _direction(title, genre, seed, base)
                chosen, scene = _planned(d)
                assert chosen.name == "city", (title, seed, chosen.name)
                rows = [layer for layer in scene.layers if layer.role.startswith("city")]
                assert 2 <= len(rows) <= 4, (title, seed)
                for k, row in enumerate(rows):  # towers, not a flat band (the far ones tall)
                    roofs = [y for x, y in row.shapes[0][0] if 0.0 < x < 1.0 and y < 0.97]
                    assert np.ptp(roofs) > (0.06 if k == 0 else 0.03), (title, seed, k)
                moon = next(layer for layer in scene.layers if layer.role == "moon")
                assert _shown(moon) > 0.99, (title, seed)
                assert scene.focal[1] > 0.2, (title, seed, scene.focal)


def test_a_city_at_night_is_on_a_night_sky_never_a_brown_field() -> None:
    """The crescent's field on 月光下的城市 was flat brown: the city's sky is a deep
    night in the genre's cool hue, navy where it has none."""
    for title, genre in NIGHT_CITIES:
        for seed in range(3):
            d = _direction(title, genre, seed)
            sky = np.asarray(render("paper_cut", d, 96), float)[4:14, 4:92].reshape(-1, 3)
            lit, chroma, hue = rgb_to_oklch(tuple(int(v) for v in sky.mean(axis=0)))
            assert lit < 0.45, (title, seed, lit)
            assert chroma < 0.03 or 180.0 <= hue <= 340.0, (title, seed, hue)


def test_the_city_follows_the_song() -> None:
    """Two songs under one title and seed get two cities: a loud one more rows and a
    taller skyline, a calm one's city across a river (the moon's glints on it)."""
    title, genre = NIGHT_CITIES[0]
    quiet = _direction(title, genre, 3, energy=0.25)
    loud = _direction(title, genre, 3, energy=0.9)
    _, calm_scene = _planned(quiet)
    _, loud_scene = _planned(loud)

    def rows(scene) -> int:  # noqa: ANN001
        return sum(layer.role.startswith("city") for layer in scene.layers)

    assert rows(loud_scene) > rows(calm_scene)
    assert any(layer.role == "water" for layer in calm_scene.layers)
    assert not any(layer.role == "water" for layer in loud_scene.layers)


def test_a_crescent_is_whole_or_deliberately_big_never_clipped() -> None:
    """A moon is never clipped by the frame unless deliberately big: a crescent
    shows whole, or it is a giant (a radius of 0.4 or more) whose lit belly stays in
    the frame (at least two thirds of its paper), the crop taking its horns."""
    for seed in range(40):
        scene = paper_design.crescent(np.random.default_rng(seed))
        moon = scene.layers[-1]
        shown = _shown(moon)
        assert shown > 0.99 or (_radius(moon) >= 0.4 and shown >= 0.67), (seed, shown)


def _strings(scene) -> list[dict]:  # noqa: ANN001
    """Each string of the garland, back to front: its height at both ends and the
    middle, and its pennants."""
    out: list[dict] = []
    for layer in scene.layers:
        if layer.role == "cord":
            points = np.asarray(layer.shapes[0][0])
            half = len(points) // 2
            order = np.argsort(points[:half, 0])  # (a mirrored garland runs right to left)
            xs, ys = points[:half, 0][order], points[:half, 1][order]
            ends = (float(np.interp(0.0, xs, ys)), float(np.interp(1.0, xs, ys)))
            out.append({"ends": ends, "mid": float(np.interp(0.5, xs, ys)), "flags": 0})
        elif out:
            out[-1]["flags"] += len(layer.shapes)
    return out


def _garland(seed: int, **music):  # noqa: ANN003, ANN202
    d = _direction("Song", "funk", seed, **music)
    return _strings(paper_cut._scene(d, np.random.default_rng(seed), paper_cut.Plan("garland")))


RISING = tuple(np.linspace(0.2, 0.95, 32))  # a song that builds
FALLING = RISING[::-1]  # a song loud early


def test_the_bunting_hangs_where_the_song_puts_it() -> None:
    """The garland's place follows the song, not the seed: a song loud early swags it
    from the top edge, a song that builds hangs it low across the frame."""
    for seed in range(8):
        early = _garland(seed, energy_curve=FALLING)
        late = _garland(seed, energy_curve=RISING)
        assert max(s["mid"] for s in early) < 0.4, seed
        assert min(s["mid"] for s in late) > 0.4, seed


def test_the_bunting_s_rows_count_and_sag_follow_the_music() -> None:
    """On one seed: a loud song hangs more strings than a quiet one, a fast song more
    pennants on its front string than a slow one, and a string sags deeper where the
    song is quiet than where it is loud."""
    for seed in range(6):
        quiet, loud = _garland(seed, energy=0.15), _garland(seed, energy=0.9)
        assert len(loud) > len(quiet), seed
        slow, fast = _garland(seed, tempo_bpm=70.0), _garland(seed, tempo_bpm=170.0)
        assert fast[-1]["flags"] > slow[-1]["flags"], seed
        hush = _garland(seed, energy_curve=(0.15,) * 32, energy=0.5)
        full = _garland(seed, energy_curve=(0.95,) * 32, energy=0.5)
        for a, b in zip(hush, full, strict=True):
            sag_a = a["mid"] - sum(a["ends"]) / 2
            sag_b = b["mid"] - sum(b["ends"]) / 2
            assert sag_a > 1.3 * sag_b, (seed, sag_a, sag_b)
