"""Ridgeline as line stacks (round 7): the corner inset and the lit-window skylines
are retired; every composition is one big mass that reads at 64 px; a city title's
skyline is drawn by the ridge lines, not pixel windows; the genre leans the pick."""

from __future__ import annotations

import dataclasses
import importlib.util

import numpy as np
from scipy import ndimage

from sleeve.engine.languages import language_for
from sleeve.engine.styles import ridgeline
from sleeve.engine.styles.cover_parts.ridge_layouts import LAYOUTS
from tests.engine.test_ridgeline import CALM, LOUD, SYNTH
from tests.engine.test_ridgeline import _drawn as _forced

GONE = {"window", "city", "city-window", "city-beam"}
CITY_TITLES = ("Ночной город", "Glass City", "ฝนตกที่กรุงเทพ", "City Lights", "Midnight")


def test_the_corner_inset_and_the_lit_window_skylines_are_retired() -> None:
    """Two reviewers: the small square of ridges in a corner (Ночной город, wrk_047b)
    read as a placeholder that vanishes at 64 px, and three lit-window skylines in one
    batch as one picture. No title, city or not, gets them, and their code is gone."""
    assert set(ridgeline.RETIRED) >= GONE and not GONE & set(LAYOUTS)
    assert importlib.util.find_spec("sleeve.engine.styles.cover_parts.ridge_frames") is None
    drawn = set()
    for seed in range(30):
        for base in (CALM, LOUD, SYNTH):
            for title in (*CITY_TITLES, "wrk_047b", "Wires"):
                drawn.add(ridgeline.layout_of(dataclasses.replace(base, seed=seed, title=title)))
    assert not drawn & GONE, drawn & GONE


def test_every_composition_is_one_big_mass_at_64px() -> None:
    """Each composition's focal region takes at least a third of the frame (the inset
    took a fifth, the small globe less), and at 64 px the art inks a good share of it."""
    for name in LAYOUTS:
        for base in (CALM, LOUD, SYNTH):
            for seed in range(3):
                d = dataclasses.replace(base, seed=seed, title="Glass City")
                art = _forced(d, name, 64)
                x0, y0, x1, y1 = art.focal
                assert (x1 - x0) * (y1 - y0) >= 0.33, (name, seed, art.focal)
                grey = np.asarray(art.image.convert("L"), float)
                box = grey[int(y0 * 64) : int(y1 * 64), int(x0 * 64) : int(x1 * 64)]
                field = np.median(grey[:4] if y0 > 0.2 else grey[-4:])
                assert (np.abs(box - field) > 20).mean() > 0.2, (name, seed)


def test_a_city_title_s_light_is_lit_ridge_lines_and_a_few_windows() -> None:
    """A city title's light runs in the song's lit ridge lines (long unbroken strokes),
    with a few lit windows, never a panorama of them (round 7's pixel skylines): the
    small lit specks cover under 2% of its picture."""
    for title in CITY_TITLES[:3]:
        for seed in range(6):
            art = ridgeline.render(dataclasses.replace(CALM, seed=seed, title=title), 256)
            assert art.layout in ridgeline.CITY, (title, seed)
            if art.layout == "city-tower":  # one tower whose lit floors are the song
                continue
            grey = np.asarray(art.image.convert("L"), float)
            x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
            bright = grey[y0:y1, x0:x1] > 0.6 * grey[y0:y1, x0:x1].max()
            labels, _ = ndimage.label(bright)
            widest = max(s[1].stop - s[1].start for s in ndimage.find_objects(labels))
            sizes = np.bincount(labels.ravel())[1:]
            assert widest >= 40, (title, seed, art.layout, widest)
            assert sizes[sizes < 40].sum() < 0.02 * bright.size, (title, seed, art.layout)


def test_the_genre_leans_the_composition() -> None:
    """With the same music, electronic music gets the upright ridges more often
    than folk, metal the mountain of lines more often than electronic music."""
    mid = dataclasses.replace(LOUD, energy=0.5, density=0.5, tempo_bpm=120.0, title="Wires")

    def share(language: str, genre: str, names: set[str]) -> int:
        d = dataclasses.replace(mid, language=language_for(language), genre=genre)
        picks = [ridgeline.layout_of(dataclasses.replace(d, seed=s)) for s in range(80)]
        return sum(p in names for p in picks)

    assert share("electronic", "electronic", {"falls"}) > share("folk", "folk", {"falls"})
    assert share("doom_metal", "metal", {"massif"}) > share("electronic", "electronic", {"massif"})


def test_each_city_view_is_its_own_picture_for_the_account() -> None:
    """Round 18: the city's views (a thin city under clouds, a river, one tower, the
    air, a street canyon) are other pictures, not one skyline recoloured: each is its
    own skeleton, and after one the same view is stale for the account (the skyline
    views also share the skyline motif, motifs.MOTIFS, so they are stale for each
    other: an account's next city title gets the air, the tower or another style)."""
    from sleeve.engine.looks import skeleton_key, staleness

    skeletons = {skeleton_key(f"ridgeline/{name}") for name in ridgeline.CITY}
    assert len(skeletons) == len(ridgeline.CITY)
    for name in ridgeline.CITY:
        assert staleness(f"ridgeline/{name}@corner", [f"ridgeline/{name}@top-left"]) > 0
    assert not staleness("ridgeline/city-grid@corner", ["ridgeline/city-river@top-left"])
    assert not staleness("ridgeline/massif@corner", ["ridgeline/city-river@top-left"])


def test_the_stock_plate_is_retired() -> None:
    """Reviewers (round 11): "the same Joy Division plate again", the same stack of
    lines on most tracks with only the colour moving. The full-bleed stack, the stack
    torn in two and the stack in perspective are retired: no song, of any genre or
    seed, gets them, and their code is gone."""
    from sleeve.engine.styles.cover_parts import ridge_depth, ridge_lines

    plate = {"stack", "rift", "perspective"}
    assert plate <= set(ridgeline.RETIRED) and not plate & set(LAYOUTS)
    assert not any(hasattr(ridge_lines, n) for n in ("stack", "rift"))
    assert not hasattr(ridge_depth, "perspective")
    drawn = {
        ridgeline.layout_of(dataclasses.replace(base, seed=seed, title="Wires"))
        for seed in range(60)
        for base in (CALM, LOUD, SYNTH, dataclasses.replace(LOUD, genre="rock"))
    }
    assert not drawn & plate, drawn & plate


def _ranges_down(art, size: int) -> int:
    """How many silhouettes a scan down the middle of the distant range crosses: the
    tone steps between the sky and the frame's foot, one per range."""
    grey = np.asarray(art.image.convert("L"), float)
    col = ndimage.uniform_filter(grey, 5)[:, size // 2]
    start = int(art.focal[1] * size) + 2
    return int((np.abs(np.diff(col[start::3])) > 6).sum())


def _sparse_and_dense():
    """A slow sparse song and a fast dense one, alike otherwise."""
    sparse = dataclasses.replace(CALM, density=0.05, tempo_bpm=60.0, layout="top-left")
    return sparse, dataclasses.replace(sparse, density=0.95, tempo_bpm=175.0)


def test_a_sparse_slow_song_s_range_is_one_horizon_a_dense_fast_one_s_several() -> None:
    """The distant range: a slow sparse song is a single horizon, a fast dense one a
    range behind a range; the sky above it is wide either way (the range low in the
    frame)."""
    sparse, dense = _sparse_and_dense()
    few, many = [], []
    for seed in range(5):
        one = _forced(dataclasses.replace(sparse, seed=seed), "distant", 256)
        four = _forced(dataclasses.replace(dense, seed=seed), "distant", 256)
        few.append(_ranges_down(one, 256))
        many.append(_ranges_down(four, 256))
        assert one.focal[1] > 0.45 and four.focal[1] > 0.4, (seed, one.focal, four.focal)
    assert np.mean(many) >= np.mean(few) + 1.5, (few, many)


def test_the_far_range_is_the_song_s_loudness() -> None:
    """The distant range's far crest is the song's loudness over time: a song that
    swells to its end rises to the right, one that fades falls to the right."""

    def crest(curve: tuple[float, ...]) -> np.ndarray:
        d = dataclasses.replace(CALM, energy_curve=curve, layout="top-left", seed=3)
        art = _forced(d, "distant", 128)
        grey = np.asarray(art.image.convert("L"), float)
        y0 = int(art.focal[1] * 128)
        below = grey[y0:]
        sky = below[0]
        return np.argmax(np.abs(below - sky) > 40, axis=0).astype(float)

    rising = tuple(float(v) for v in np.linspace(0.1, 1.0, 64))
    rise, fall = crest(rising), crest(rising[::-1])
    # rows from the top: a high crest is a small row
    assert rise[96:120].mean() < rise[8:32].mean() - 6, (rise[8:32], rise[96:120])
    assert fall[8:32].mean() < fall[96:120].mean() - 6, (fall[8:32], fall[96:120])


def _column_lines(art, size: int) -> int:
    """How many lines a scan across the middle of the art crosses (dark-light steps)."""
    grey = np.asarray(art.image.convert("L"), float)
    row = grey[int(size * 0.75) - 2 : int(size * 0.75) + 3].mean(axis=0)
    return int((np.abs(np.diff(row)) > 25).sum())


def test_the_falls_stand_upright_few_and_heavy_or_many_and_fine() -> None:
    """The upright ridges run down the frame (their lines cross a scan across it, not
    down it), a few for a slow sparse song, many for a fast dense one."""
    sparse, dense = _sparse_and_dense()
    few, many = [], []
    for seed in range(4):
        a = _forced(dataclasses.replace(sparse, seed=seed), "falls", 256)
        b = _forced(dataclasses.replace(dense, seed=seed), "falls", 256)
        grey = np.asarray(b.image.convert("L"), float)[128:]
        across = np.abs(np.diff(grey, axis=1)).sum()
        down = np.abs(np.diff(grey, axis=0)).sum()
        assert across > 1.5 * down, (seed, across, down)
        few.append(_column_lines(a, 256))
        many.append(_column_lines(b, 256))
    assert np.mean(many) > 1.5 * np.mean(few), (few, many)
