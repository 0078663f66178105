"""What pixel sort's compositions promise: the retired ones (the bands, the bloom, the
mosh, the CRT, the stripes) are never drawn; the sunset's sky melts while its
silhouette stays crisp; the eye's iris streaks sideways; calm and loud songs lean to
different compositions; the compositions differ in layout, not only in
colour; the song shapes the picture; a title naming the city draws the neon city;
the focal region is reported, big where the genre's title is small."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine.languages import language_for
from sleeve.engine.styles import pixel_sort
from sleeve.engine.styles.cover_parts import pixel_ops
from tests.engine.test_styles import CALM, LOUD

HYPERPOP = dataclasses.replace(CALM, genre="electronic", language=language_for("hyperpop"))
TECHNO = dataclasses.replace(LOUD, genre="electronic", language=language_for("techno"))
IDM = dataclasses.replace(CALM, genre="electronic", language=language_for("idm"))
EDM = dataclasses.replace(LOUD, genre="dance", language=language_for("edm"))


def _forced(comp: str, base=HYPERPOP, seed: int = 3) -> pixel_sort.Sorted:
    """The sort of one composition (its plan forced) for a direction."""
    plan = pixel_sort._plan
    try:
        pixel_sort._plan = lambda d, rng: plan(d, rng) and comp
        return pixel_sort.sort_cover(dataclasses.replace(base, seed=seed))
    finally:
        pixel_sort._plan = plan


def _luma(art: np.ndarray, side: int = 24) -> np.ndarray:
    img = Image.fromarray((np.clip(art, 0, 1) * 255).astype(np.uint8))
    small = img.convert("L").resize((side, side), Image.Resampling.BOX)
    return np.asarray(small, np.float64) / 255


def test_the_bands_bloom_mosh_crt_and_stripes_are_retired() -> None:
    """Two art directors: the bloom "a smeared dandelion, the smear reads as an
    accident", the mosh "reads as damage"; the CRT is clip art; the bands "grey mush",
    "looks like file corruption" (Static Bloom's red and grey bands): never drawn."""
    assert "bands" in pixel_sort.RETIRED and "bands" not in pixel_sort.COMPOSITIONS
    assert "profile" in pixel_sort.RETIRED and "profile" not in pixel_sort.COMPOSITIONS
    assert len(pixel_sort.COMPOSITIONS) >= 4
    drawn = Counter(
        pixel_sort.layout_of(dataclasses.replace(base, seed=s, title=title))
        for base in (CALM, LOUD, HYPERPOP, IDM, dataclasses.replace(IDM, density=0.45), TECHNO)
        for title in ("Sodium", "Neon Dreams of a City That Never Sleeps", "Static Bloom")
        for s in range(30)
    )
    assert not set(drawn) & set(pixel_sort.RETIRED), drawn
    assert set(drawn) == set(pixel_sort.COMPOSITIONS), drawn
    assert max(drawn.values()) < 0.5 * sum(drawn.values())


def test_compositions_differ_in_layout_not_only_colour() -> None:
    """Each composition's picture, in grey at a thumbnail, apart from every other's:
    where the light sits, not only which hue it has."""
    d = dataclasses.replace(HYPERPOP, title="Sodium")
    thumbs = {c: _luma(_forced(c, d).art) for c in pixel_sort.COMPOSITIONS}
    for a in thumbs:
        for b in thumbs:
            if a < b:
                assert np.abs(thumbs[a] - thumbs[b]).mean() > 0.06, (a, b)


def test_a_title_naming_the_city_night_or_rain_draws_the_neon_city() -> None:
    """Reviewers asked that a cover draw what its title names: every title naming a
    city, the night or rain draws the neon city, its lights running down like rain on
    glass, in every genre; the registry hears that the city composition draws it."""
    from sleeve.engine.styles import registry

    for title in ("Neon Dreams of a City That Never Sleeps", "rainy window, 3am", "Ночь"):
        for base in (HYPERPOP, IDM, EDM):
            for s in range(8):
                d = dataclasses.replace(base, seed=s, title=title)
                assert pixel_sort.layout_of(d) == "neon", (title, s)
                assert registry.draws_named(d, "pixel_sort", "pixel_sort/neon")
                assert not registry.draws_named(d, "pixel_sort", "pixel_sort/fan")


def test_the_city_lights_run_down_in_long_vertical_streaks() -> None:
    done = _forced("neon")
    changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
    cols = changed.sum(axis=0)
    assert done.k == 1
    assert np.median(cols[cols > 0]) > 0.1 * pixel_sort.RES  # tall streaks
    assert (cols > 0).mean() > 0.35  # across much of the city


def test_the_song_drives_the_picture() -> None:
    """Two songs with the same seed and title but other energy curves: other towers,
    other sorted edges."""
    rising = dataclasses.replace(HYPERPOP, energy_curve=tuple(np.linspace(0.05, 1.0, 64)))
    falling = dataclasses.replace(HYPERPOP, energy_curve=tuple(np.linspace(1.0, 0.05, 64)))
    for comp in ("neon", "horizon"):
        a, b = _forced(comp, rising).art, _forced(comp, falling).art
        assert np.abs(_luma(a) - _luma(b)).mean() > 0.02, comp


def test_the_focal_region_is_reported_and_big_where_titles_are_small() -> None:
    for comp in pixel_sort.COMPOSITIONS:
        for base in (HYPERPOP, TECHNO):
            done = _forced(comp, dataclasses.replace(base, title="Pulse"))
            x0, y0, x1, y1 = done.focal
            least = 0.15 if comp in pixel_sort.DIAGRAMS else 0.6  # an object in a pale field
            assert (x1 - x0) * (y1 - y0) >= least, (comp, done.focal)
            changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
            changed |= done.source.subject
            ys, xs = np.nonzero(changed)
            n = pixel_sort.RES
            inside = (xs >= x0 * n - 1) & (xs <= x1 * n) & (ys >= y0 * n - 1) & (ys <= y1 * n)
            assert inside.mean() > 0.97, comp
    techno = _forced("neon", dataclasses.replace(TECHNO, title="Pulse"))
    x0, y0, x1, y1 = techno.focal
    assert (y1 - y0) >= 0.75  # the title keeps only a shallow band


def test_layout_of_names_what_render_draws() -> None:
    for seed in range(8):
        for base in (CALM, LOUD, HYPERPOP):
            d = dataclasses.replace(base, seed=seed)
            assert pixel_sort.layout_of(d) == pixel_sort.render(d, 64).layout


def test_letters_set_the_title_once() -> None:
    """Two art directors: "Sodium Lights: title set twice (smeared SODIUM + Sodium
    Lights)". A letters cover's dripping word is the whole title, and the pipeline
    sets no second title on top; a title of two words never drips (its second word
    melted into the dark end of the ink, lost at 64 px)."""
    from sleeve.engine import pipeline

    for seed in range(40):
        d = dataclasses.replace(HYPERPOP, title="Sodium Lights", seed=seed)
        assert pixel_sort.layout_of(d) != "letters"
    seen = 0
    for title in ("Sodium", "RIOT"):
        for seed in range(40):
            d = dataclasses.replace(HYPERPOP, title=title, seed=seed)
            if pixel_sort.layout_of(d) != "letters":
                continue
            assert pixel_sort.sets_title(d)
            drawn = pipeline.draw(d, "pixel_sort", 128)
            assert drawn.title is not None
            assert drawn.title.chars == tuple(len(w) for w in title.split())
            art = pixel_sort.render(d, 128).image
            # nothing set over the art: the cover is the art itself
            diff = np.abs(np.asarray(drawn.image, float) - np.asarray(art, float)).mean()
            assert diff < 1.0, (title, seed, diff)
            seen += 1
            break
    assert seen == 2


def test_the_sunset_sky_melts_down_and_the_silhouette_stays_crisp() -> None:
    """Only the sky melts: long vertical streaks whose tone rises toward their tips
    (the sun's light pooling low), never crossing the palms or the ridge, which keep
    their one solid ink; both silhouettes are drawn across seeds."""
    kinds = set()
    for seed in range(6):
        done = _forced("horizon", HYPERPOP, seed)
        kinds.add(done.kind)
        shape = done.source.shape
        assert done.k == 1
        assert np.allclose(done.art[shape], done.source.ink, atol=1e-6)  # crisp
        changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
        assert not (changed & shape).any()
        cols = changed.any(axis=0)
        assert cols.mean() > 0.6, seed  # across the sky
        first = np.argmax(changed, axis=0)
        last = pixel_sort.RES - 1 - np.argmax(changed[::-1], axis=0)
        assert np.median((last - first)[cols]) > 0.15 * pixel_sort.RES, seed  # long
        lum = done.art.swapaxes(0, 1) @ np.array([0.2126, 0.7152, 0.0722])
        live = changed.T[:, 1:] & changed.T[:, :-1]
        assert (np.diff(lum, axis=1)[live] >= -0.02).mean() > 0.97, seed  # dark to light
    assert kinds == {"palms", "mountain"}, kinds


def test_the_eye_iris_streaks_sideways_and_the_pupil_stays() -> None:
    for seed in range(6):
        done = _forced("eye", HYPERPOP, seed)
        assert done.kind == "eye" and done.k in (0, 2)
        changed = np.abs(done.art - done.source.img).sum(axis=2) > 0.08
        n = pixel_sort.RES
        x0, y0, r = done.source.centre
        rows = np.flatnonzero(changed.any(axis=1))
        # the streaks run in the iris's rows only, long and to one side
        assert rows.min() >= (y0 - r) * n - 2 and rows.max() <= (y0 + r) * n + 2, seed
        assert np.median(changed[rows].sum(axis=1)) > 0.2 * n, seed
        xs = np.nonzero(changed)[1] / n
        side = xs > x0 if done.k == 0 else xs < x0
        assert side.mean() > 0.97, seed
        pupil = (slice(int((y0 - 0.2 * r) * n), int((y0 + 0.2 * r) * n)),)
        near = int((x0 - 0.2 * r) * n), int((x0 + 0.2 * r) * n)
        assert not changed[pupil[0], near[0] : near[1]].any(), seed


def test_calm_and_loud_songs_lean_to_different_compositions() -> None:
    calm = Counter(pixel_sort.layout_of(dataclasses.replace(CALM, seed=s)) for s in range(80))
    loud = Counter(pixel_sort.layout_of(dataclasses.replace(LOUD, seed=s)) for s in range(80))
    assert (
        calm["horizon"] > loud["horizon"]
        and loud["eye"] + loud["neon"] > calm["eye"] + calm["neon"]
    ), (calm, loud)


def test_techno_gets_the_mountain_never_the_palms() -> None:
    """A reviewer read a palm beach on Tresor 0400 (Berlin techno) as a clash: the
    machine genres' sunset stands behind a ridge, in every seed."""
    for seed in range(8):
        assert _forced("horizon", TECHNO, seed).kind == "mountain", seed


def test_idm_glitch_and_techno_get_diagrams_never_figures() -> None:
    """A reviewer: the eye on Static Bloom is a "cartoon eye; IDM avoids figures", the
    profile on wrk_047b "a red smear". The diagram genres (IDM, techno; glitch and
    experimental take IDM's language) get a diagram by the song's density, sparse music
    one disc, busy music the grid of cells (a short title may drip, a title naming the
    city draws it), never a figure."""
    for density, most in ((0.2, "disc"), (0.42, "barcode"), (0.7, "grid")):
        seen = Counter()
        for lang in ("idm", "techno"):
            for title in ("Static Bloom", "wrk_047b", "Pulse"):
                for seed in range(8):
                    d = dataclasses.replace(IDM, language=language_for(lang), seed=seed)
                    d = dataclasses.replace(d, title=title, density=density)
                    seen[pixel_sort.layout_of(d)] += 1
        assert set(seen) <= {"disc", "barcode", "grid", "letters"}, seen
        assert seen[most] > 0.7 * sum(seen.values()), (density, seen)


def test_a_rave_gets_no_dark_mountain_and_often_the_laser_fan() -> None:
    """A reviewer: the dark mountain on Hands Up Tonight (EDM) "is not a rave"."""
    drawn = Counter(
        pixel_sort.layout_of(dataclasses.replace(EDM, seed=s, title="Hands Up Tonight"))
        for s in range(40)
    )
    assert drawn["horizon"] == 0 and drawn["fan"] >= 8, drawn


def _ink(art: np.ndarray) -> np.ndarray:
    return art @ np.array([0.2126, 0.7152, 0.0722]) < 0.6


def test_the_barcode_is_light_mono_and_its_bars_drip_down() -> None:
    """A pale field, one sorted barcode band: most of the cover paper, the bars' ink
    reaching further down in some columns than others (the drips), one red bar."""
    for seed in range(3):
        done = _forced("barcode", dataclasses.replace(IDM, title="Static Bloom"), seed)
        art = done.art
        assert (art @ np.array([0.2126, 0.7152, 0.0722])).mean() > 0.7, seed
        ink = _ink(art)
        cols = np.flatnonzero(ink.any(axis=0))
        feet = np.array([np.flatnonzero(ink[:, c]).max() for c in cols])
        assert np.ptp(feet) > 0.15 * pixel_sort.RES, seed  # ragged drips, not a block
        red = (art[..., 0] > 0.8) & (art[..., 1] < 0.4)
        assert red.mean() > 0.002, seed


def test_the_grid_sorts_its_later_columns() -> None:
    """The grid's columns right of the red rule are sorted light to dark downwards: a
    column's ink only grows toward its foot; left of it the song's hits stay raw."""
    done = _forced("grid", dataclasses.replace(IDM, title="Static Bloom"), 4)
    x0, y0, x1, y1 = (int(v * pixel_sort.RES) for v in done.focal)
    lum = done.art[y0:y1, x0:x1] @ np.array([0.2126, 0.7152, 0.0722])
    red = (done.art[y0:y1, x0:x1, 0] > 0.8) & (done.art[y0:y1, x0:x1, 1] < 0.4)
    rule = int(np.argmax(red.sum(axis=0)))
    right = lum[:, rule + 3 :]
    centres = right[:: max(1, right.shape[0] // 16)]
    falls = np.diff(np.minimum.accumulate(centres, axis=0), axis=0) <= 0
    assert falls.all()
    dark = (centres < 0.3).any(axis=1)
    assert dark[-1] and not dark[0]  # the ink sorted to the foot


def test_the_fan_gathers_its_beams_into_sorted_neon_bars() -> None:
    """The laser fan: vivid beams on a dark field; in its cut slabs the beams' light
    is gathered into one bar at the fan's edge, sorted bright to dark."""
    done = _forced("fan", dataclasses.replace(EDM, title="Hands Up Tonight"), 2)
    art, src = done.art, done.source
    assert (art @ np.array([0.2126, 0.7152, 0.0722])).mean() < 0.25
    changed = np.abs(art - src.img).sum(axis=2) > 0.08
    rows = np.flatnonzero(changed.any(axis=1))
    assert len(rows) > 0.05 * pixel_sort.RES
    a = pixel_ops.to_axis(art, done.k)[rows] if done.k == 0 else art[rows][:, ::-1]
    wedge = (src.subject if done.k == 0 else src.subject[:, ::-1])[rows]
    for row, w in zip(a, wedge, strict=True):
        cols = np.flatnonzero(w)
        lum = row[cols] @ pixel_ops.LUMA
        lit = np.flatnonzero(lum > 0.1)
        if len(lit):
            assert lit.max() - lit.min() + 1 == len(lit)  # one bar, from the edge
            assert (np.diff(lum[lit]) <= 1e-6).all()  # bright to dark


def test_the_disc_stays_round_on_top_and_drips_below() -> None:
    """A dark disc of pixel cells on a pale field: its crown crisp (the source as
    drawn), its foot running down past the circle in drips of many lengths."""
    for seed in range(3):
        done = _forced("disc", dataclasses.replace(IDM, title="Static Bloom"), seed)
        n = pixel_sort.RES
        cx, cy, r = done.source.centre
        crown = slice(int((cy - r) * n), int(cy * n))
        assert np.allclose(done.art[crown], done.source.img[crown]), seed
        below = _ink(done.art)[int((cy + r) * n) + 2 :]
        feet = below.shape[0] - np.argmax(below[::-1], axis=0)
        feet = feet[below.any(axis=0)]
        assert len(feet) > 0.2 * r * n and np.ptp(feet) > 0.05 * n, seed


def test_hyperpop_fan_glitters_and_the_rave_fan_does_not() -> None:
    """Hyperpop wants glitter (the art direction): its laser fan carries white
    sparkles; an EDM fan's beams stay clean."""
    for seed in range(3):
        pop = _forced("fan", dataclasses.replace(HYPERPOP, title="gl1tt3r h3art"), seed)
        rave = _forced("fan", dataclasses.replace(EDM, title="gl1tt3r h3art", seed=seed), seed)
        white = [int((done.art.min(axis=2) > 0.95).sum()) for done in (pop, rave)]
        assert white[0] > 12 and white[1] < 0.2 * white[0], (seed, white)
