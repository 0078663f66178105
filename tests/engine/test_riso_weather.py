"""What the risograph promises after two art directors' review: a rain title is
always rain, drill and trap print tower blocks and a diamond (never the grey bar
chart), a star title cuts a star (the parade and the sphere are retired), jazz cuts no
eye, the city's windows are whole panes, and each new print moves with the music."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts import riso_posters
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet
from tests.engine.test_riso_prints import dhash
from tests.engine.test_styles import LOUD

TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def _as(genre: str, title: str, seed: int, **extra: object):
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(genre), title=title, seed=seed, **extra
    )


def test_a_rain_title_always_prints_rain() -> None:
    """'rainy window, 3am' drew a halftone sphere: every title that names rain, in any
    script, prints the rain, and one that names a window too gets the window pane."""
    for title in ("rainy window, 3am", "Lágrimas en la lluvia", "Chuva de Verão", "ฝนตก"):
        for seed in range(8):
            assert risograph.composition_of(_as("lofi", title, seed)) == "rain", (title, seed)
    d = _as("lofi", "rainy window, 3am", 1)
    (a, b, c), _ = MOTIFS["rain"](d, raster.rng_for(d, "riso"), TOP)
    assert (a > 0.5).mean() > 0.03  # the window's frame and mullions
    assert ((b > 0.5) & (a < 0.1)).mean() > 0.03  # the rain on the glass between them
    assert ((b < 0.1) & (a < 0.1)).mean() > 0.2  # clear glass: rain, not a mesh


def test_rain_is_bold_flat_strokes_over_a_silhouette_never_a_mesh() -> None:
    """Lo-fi Rain read as "broken-looking dithered mesh, sun and rain unreadable": the
    rain is bold solid strokes in one ink (wide enough to survive an erosion, no
    screened mid-tones), over a solid silhouette in another (a window, a street lamp,
    an umbrella), and the views differ by seed."""
    seen = set()
    for title in ("Lo-fi Rain", "rainy window, 3am", "Chuva de Verão", "ฝนตก"):
        for seed in range(4):
            d = _as("lofi", title, seed)
            (a, b, c), _ = MOTIFS["rain"](d, raster.rng_for(d, "riso"), TOP)
            rain = b > 0.5
            assert 0.03 < rain.mean() < 0.35, (title, seed)
            assert ndimage.binary_erosion(rain).sum() > 0.25 * rain.sum(), (title, seed)
            for plate in (a, b):  # tones the press would screen: not a solid's edge
                edge = ndimage.binary_dilation(plate >= 0.97, iterations=2)
                screened = (plate > 0.1) & (plate < 0.97) & ~edge
                assert screened.sum() < 0.05 * (plate > 0.1).sum(), (title, seed)
            assert (a > 0.9).mean() > 0.01, (title, seed)  # the silhouette, solid
            seen.add(dhash(raster.to_image(a)))
    assert len(seen) >= 6


def test_drill_and_trap_print_towers_and_a_diamond_never_a_bar_chart() -> None:
    """Two reviewers read the grey onset bars on NO MERCY and Diamond Smoke as a bar
    chart: drill and trap draw tower blocks, a title naming a diamond mostly the
    diamond, and neither the bars nor the bands exist any more; the diamond on a
    title that names none ("trap bling on a drill track") is retired."""
    assert not {"rhythm", "bands"} & set(MOTIFS)
    drawn = {
        risograph.composition_of(_as(g, "NO MERCY", s))
        for g in ("drill", "trap")
        for s in range(30)
    }
    assert "tower" in drawn and "diamond" not in drawn, drawn
    smoke = [risograph.composition_of(_as("trap", "Diamond Smoke", s)) for s in range(20)]
    assert smoke.count("diamond") >= 14, smoke


def test_a_starlit_title_cuts_a_star_not_a_parade() -> None:
    """The parade of stars read as "cheap party clip-art" and the duotone sphere as a
    "bland halftone ball": both are retired, and a star title cuts one big star."""
    assert not {"stars", "sphere"} & set(MOTIFS)
    assert {"stars", "sphere"} <= set(risograph.RETIRED)
    drawn = {risograph.composition_of(_as("kpop", "별빛 Parade", s)) for s in range(20)}
    assert not {"stars", "sphere"} & drawn, drawn
    assert risograph.SUBJECT_LAYOUTS["star"] == riso_posters.ARRANGEMENTS


def test_an_unnamed_title_cuts_no_figure() -> None:
    """Blue Note for Ellis cut a random eye, later notes; the stock hand, heart, palm
    and notes are retired: a title that names no figure never draws one, in any genre."""
    assert not {"eye", "hand", "heart", "palm", "note"} & set(riso_posters.FIGURES)
    for genre in ("jazz", "rnb", "kpop", "children", "latin", "ambient"):
        drawn = {risograph.composition_of(_as(genre, "Blue Note for Ellis", s)) for s in range(20)}
        assert "figure" not in drawn, (genre, drawn)


def test_the_city_lights_whole_windows_not_fragments() -> None:
    """The skyline's windows rendered as broken fragments (a noise field cut panes in
    pieces): every lit window is a whole pane, so the paper holes in the towers come
    in few sizes."""
    for seed in range(6):
        d = dataclasses.replace(LOUD, seed=seed)
        (a, _, _), _ = MOTIFS["city"](d, raster.rng_for(d, "riso"), TOP)
        holes, _ = ndimage.label(a < 0.5)
        sizes = np.bincount(holes.ravel())[1:]
        sizes = sizes[(sizes > 0) & (sizes < 400)]  # panes, not the sky
        if len(sizes) < 5:
            continue
        common = np.median(sizes)
        assert (np.abs(sizes - common) <= 0.5 * common + 2).mean() > 0.8, (seed, sorted(sizes))


def test_the_new_prints_move_with_the_music() -> None:
    """Another energy curve and other onsets draw another tower, diamond and rain, not
    only other colours."""
    rising = tuple(float(v) for v in np.linspace(0.05, 1.0, 64))
    for name in ("tower", "diamond", "rain"):
        one = LOUD
        two = dataclasses.replace(LOUD, energy_curve=rising, tempo_bpm=LOUD.tempo_bpm * 0.6)
        p1 = np.stack(MOTIFS[name](one, raster.rng_for(one, "riso"), TOP)[0]) > 0.5
        p2 = np.stack(MOTIFS[name](two, raster.rng_for(two, "riso"), TOP)[0]) > 0.5
        assert (p1 != p2).mean() > 0.01, name


def _screened(plate: np.ndarray) -> np.ndarray:
    """The tones the press would screen: inked, not solid, not a solid's edge."""
    edge = ndimage.binary_dilation(plate >= 0.97, iterations=2)
    return (plate > 0.1) & (plate < 0.97) & ~edge


def test_the_diamond_prints_solid_or_pale_facets_never_a_checkerboard() -> None:
    """Diamond Smoke's facets were screened at every tone from a third to solid: at
    half they printed a checkerboard. Each facet is now solid or a pale screen, and
    its ghost off register is flat."""
    for seed in range(4):
        d = _as("trap", "Diamond Smoke", seed)
        (a, b, c), _ = MOTIFS["diamond"](d, raster.rng_for(d, "riso"), TOP)
        assert (a[_screened(a)] > 0.3).mean() < 0.05, seed  # slivers aside
        assert (a >= 0.97).mean() > 0.03, seed  # the loud facets, solid
        assert _screened(c).sum() < 0.05 * (c > 0.1).sum(), seed


def test_black_stock_thins_its_screens_but_keeps_its_solids() -> None:
    """On black stock light dots past a third read as a checkerboard mesh (the road's
    sky on Midnight Tide): the screens thin to at most 0.3, the solids keep their
    crisp edges."""
    plate = np.zeros((64, 64), np.float32)
    plate[:, :20] = 0.6  # a screened sky
    plate[20:40, 30:50] = 1.0  # a solid tower
    plate[20:40, 29] = 0.5  # its anti-aliased edge
    thin = risograph._sparse(plate)
    assert thin[:, :20].max() <= 0.3 + 1e-6
    assert (thin[20:40, 30:50] == 1.0).all() and (thin[20:40, 29] == 0.5).all()


def test_two_rain_songs_fall_on_different_views() -> None:
    """Lo-fi Rain and Chuva de Verão printed one wall of lit windows (three of the
    bench's five rain titles did): the song picks what the rain falls on, so a quiet
    lo-fi beat, a happy bossa and a sad latin song print three different pictures;
    the quiet one a cloud bank bled off the top with a street below."""
    quiet = _as("lofi", "Lo-fi Rain", 3, energy=0.23, valence=0.49)
    happy = _as("latin", "Chuva de Verão", 3, energy=0.39, valence=0.57)
    sad = _as("latin", "Lágrimas en la lluvia", 3, energy=0.46, valence=0.35)
    leads = {}
    for name, d in (("quiet", quiet), ("happy", happy), ("sad", sad)):
        (a, b, c), _ = MOTIFS["rain"](d, raster.rng_for(d, "riso"), TOP)
        leads[name] = (a, c)
    codes = [dhash(raster.to_image(a)) for a, _ in leads.values()]
    assert len(set(codes)) == 3
    a, c = leads["quiet"]
    n = a.shape[0]  # the area (TOP) starts at 0.36: the cloud bank just below it
    top, mid = a[int(0.36 * n) : n // 2], a[int(0.7 * n) : int(0.8 * n)]
    assert (top > 0.9).mean() > 4 * max((mid > 0.9).mean(), 0.01)  # the cloud above
    assert (a[-8:] > 0.9).mean() > 0.5  # the street at the bottom, solid in the lead ink
    assert c.max() == 0  # no screened street (a busy checker band)
