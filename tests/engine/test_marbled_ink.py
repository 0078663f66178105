"""What the marbled-ink style promises: dark marbling for doom and metal, pictures that
differ from track to track, clean anti-aliased marbling, inks from the palette."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import marbled_ink
from sleeve.engine.styles.cover_parts import marbled_inks, marbled_patterns
from sleeve.engine.styles.registry import get_style

from .test_styles import CALM, LOUD


def test_doom_marbling_is_dark_never_pastel() -> None:
    doom = dataclasses.replace(
        LOUD, genre="metal", language=language_for("doom_metal"), palette=CALM.palette
    )
    for seed in (1, 2, 3, 4):
        image = get_style("marbled_ink").render(dataclasses.replace(doom, seed=seed), 128).image
        hsv = np.asarray(image.convert("HSV"), np.float64)
        assert hsv[..., 2].mean() < 90, seed  # a dark ground
        # pastel: light and clearly tinted (pink, lavender, mint); bone is near white
        pastel = (hsv[..., 2] > 180) & (hsv[..., 1] > 60) & (hsv[..., 1] < 170)
        assert pastel.mean() < 0.02, seed


def test_marbling_draws_several_patterns_and_no_two_seeds_match() -> None:
    from sleeve.engine.measures import dhash, hamming

    pictures = {
        marbled_ink.pick_composition(dataclasses.replace(CALM, seed=s), np.random.default_rng(s))
        for s in range(40)
    }
    assert len(pictures) >= 3 and not pictures & set(marbled_ink.FIGURES), pictures
    hashes = [
        dhash(get_style("marbled_ink").render(dataclasses.replace(LOUD, seed=s), 96).image)
        for s in range(6)
    ]
    assert min(hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]) >= 6


def _marbled(direction, size: int = 96):  # type: ignore[no-untyped-def]
    return get_style("marbled_ink").render(direction, size)


def test_marbled_edges_are_anti_aliased() -> None:
    """A boundary between two inks at a slant blends over about a pixel: no jump of
    the full contrast between neighbouring pixels (a staircase), and in-between tones
    on the edge; stripes far thinner than a pixel average out instead of aliasing."""
    from sleeve.engine.styles.cover_parts import marble_field as mf

    colours = np.array([(0, 0, 0), (255, 255, 255), (128, 0, 0)], np.float32)
    field = mf.Field.grid(64)
    mf.wave(field, 0.0, 0.05, 0.5, 0.3)
    u = mf.across(field, 0.7)
    bands = mf.Bands(np.array([0.05, 0.1]), np.array([0, 1, 0]), 0.15)
    grey = mf.shade(u, bands, colours, field.px)[..., 0].astype(float)
    jumps = np.abs(np.diff(grey, axis=0))
    assert jumps.max() < 0.85 * 255
    assert ((grey > 30) & (grey < 225)).mean() > 0.05
    fine = mf.Bands(np.array([0.0005]), np.array([0, 1, 0]), 0.001)  # 16 stripes a pixel
    flat = mf.shade(u, fine, colours, field.px)[..., 0].astype(float)
    assert flat.std() < 20 and 100 < flat.mean() < 160


def test_marbling_is_deterministic_and_renders_at_any_size() -> None:
    direction = dataclasses.replace(LOUD, seed=7)
    a, b = _marbled(direction, 64), _marbled(direction, 64)
    assert a.image.tobytes() == b.image.tobytes()
    for size in (64, 1024, 3000):
        art = _marbled(direction, size)
        assert art.image.size == (size, size)
        assert art.layout == a.layout


def test_marbled_inks_never_go_olive_or_mid_grey() -> None:
    """A yellow or lime pushed off a light ground turns amber, not olive or khaki; a
    grey goes to a crisp black, mid grey or white, never the ground's own grey."""
    from sleeve.engine import raster
    from sleeve.engine.color import rgb_to_oklch

    citrus = Palette((250, 248, 235), ((255, 235, 0), (180, 240, 20)), (255, 240, 60), (0, 0, 0))
    greys = Palette((235, 235, 235), ((230, 230, 230), (200, 200, 200)), (120, 120, 120), (0, 0, 0))
    for palette in (citrus, greys):
        for seed in range(12):
            direction = dataclasses.replace(CALM, seed=seed, palette=palette)
            ground, inks = marbled_inks.palette(direction, raster.rng_for(direction, "marbled"))
            g_lit = rgb_to_oklch(ground)[0]
            for ink in inks:
                lit, chroma, hue = rgb_to_oklch(ink)
                assert not (chroma > 0.04 and 75 <= hue <= 140 and lit < 0.8), (seed, ink)
                assert abs(lit - g_lit) > 0.15, (seed, ink, ground)


def _genre(name: str, genre: str, seed: int, layout: str = "bottom-left"):  # type: ignore[no-untyped-def]
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(name), seed=seed, layout=layout
    )


def _oklch_pixels(image):  # type: ignore[no-untyped-def]
    from sleeve.engine.color import rgb_to_oklch

    rgb = np.asarray(image.convert("RGB"), np.float64).reshape(-1, 3)[::17]
    return np.array([rgb_to_oklch(tuple(int(v) for v in c)) for c in rgb])


def test_trap_marbling_is_smoke_and_chrome() -> None:
    """Trap: grey smoke and chrome-white on a dark ground, one small pushed accent: most
    of the cover is near grey, and some of it is bright chrome."""
    for seed in range(4):
        art = _marbled(_genre("trap", "hiphop", seed), 256)
        lch = _oklch_pixels(art.image)
        assert (lch[:, 1] < 0.05).mean() > 0.8, seed
        ink = _ink_of(lch)
        assert ((ink[:, 0] > 0.85) & (ink[:, 1] < 0.03)).mean() > 0.05, seed
        assert np.median(lch[:, 0]) < 0.45, seed


def _ink_of(lch: np.ndarray) -> np.ndarray:
    """The pixels well off the plain paper (the ink of a picture on paper)."""
    return lch[np.abs(lch[:, 0] - np.median(lch[:, 0])) > 0.25]


def test_funk_marbling_is_gold_and_hot_pink() -> None:
    """Funk gets bold inks whatever its palette: gold and hot pink both show (in the
    ink, the rest of the cover plain paper)."""
    for seed in range(3):
        art = _marbled(dataclasses.replace(_genre("funk", "rnb", seed), palette=CALM.palette), 256)
        lch = _oklch_pixels(art.image)
        lch = lch[lch[:, 1] > 0.08]  # the inks on the pale paper
        gold = (lch[:, 2] > 65) & (lch[:, 2] < 100) & (lch[:, 1] > 0.1) & (lch[:, 0] > 0.7)
        pink_hue = (lch[:, 2] > 330) | (lch[:, 2] < 10)
        pink = pink_hue & (lch[:, 1] > 0.15)
        assert gold.mean() > 0.1 and pink.mean() > 0.03, (seed, gold.mean(), pink.mean())


def test_the_gelgit_is_combed_there_and_back() -> None:
    """Gel-git: the stylus goes across the stripes and back, pass by pass, so along a
    row the stripes are pulled one way at one pass and the other way at the next: the
    offset changes sign about once a pass, with seven passes at most."""
    from sleeve.engine.styles.cover_parts import marble_field as mf

    for seed in range(4):
        direction = dataclasses.replace(CALM, seed=seed, turbulence=0.2, energy_curve=(0.5,))
        field = mf.Field.grid(256)
        marbled_patterns.combed(field, direction, np.random.default_rng(seed), 3, "gelgit", 0.0)
        offset = field.y[128] - (128.5 / 256)
        big = offset[np.abs(offset) > 0.3 * np.abs(offset).max()]
        flips = int((np.diff(np.sign(big)) != 0).sum())
        assert 3 <= flips <= 8 and np.abs(offset).max() > 0.04, (seed, flips)


def test_grey_palettes_marble_in_two_or_three_inks_not_zebra_stripes() -> None:
    """A grey palette (black, greys, white) is marbled with real colour: the Ebru paper
    on a light ground (cream, indigo, oxblood), a spot ink on a dark one; a good share
    of the ink (whatever the picture's size on the paper) is chromatic."""
    from sleeve.engine.color import rgb_to_oklch

    light = Palette((235, 235, 235), ((40, 40, 40), (150, 150, 150)), (90, 90, 90), (0, 0, 0))
    dark = Palette((15, 15, 15), ((220, 220, 220), (120, 120, 120)), (180, 180, 180), (255,) * 3)
    for palette in (light, dark):
        for seed in range(3):
            direction = dataclasses.replace(
                LOUD, seed=seed, palette=palette, layout="bottom-left", genre="electronic"
            )
            image = np.asarray(_marbled(direction, 64).image).reshape(-1, 3)[::7]
            ground = np.median(image, 0)
            inked = image[np.abs(image.astype(float) - ground).max(1) > 24]  # off the paper
            chroma = np.array([rgb_to_oklch(tuple(int(v) for v in c))[1] for c in inked])
            assert (chroma > 0.06).mean() > 0.1, (seed, palette.background)


def _curve(peak: float, n: int = 64) -> tuple[float, ...]:
    """An energy curve with one loud moment at `peak` (0..1 of the song)."""
    t = np.linspace(0.0, 1.0, n)
    return tuple(float(v) for v in 0.15 + 0.8 * np.exp(-(((t - peak) / 0.12) ** 2)))


def test_the_gelgit_pulls_hardest_where_the_song_is_loud() -> None:
    """The gel-git's passes pull by the energy curve across the sheet: tall arches at
    the song's loud end, low at its quiet end (and the other way for the mirrored song)."""
    from sleeve.engine.styles.cover_parts import marble_field as mf

    heights = []
    for peak in (0.1, 0.9):
        direction = dataclasses.replace(CALM, seed=1, turbulence=0.2, energy_curve=_curve(peak))
        field = mf.Field.grid(256)
        marbled_patterns.combed(field, direction, np.random.default_rng(1), 3, "gelgit", 0.0)
        offset = np.abs(field.y[128] - (128.5 / 256))
        heights.append((offset[:64].max(), offset[-64:].max()))
    (a_left, a_right), (b_left, b_right) = heights
    assert (a_left > 2 * a_right and b_right > 2 * b_left) or (
        a_right > 2 * a_left and b_left > 2 * b_right
    ), heights


def test_the_field_ink_is_vivid_where_the_palette_has_a_vivid_colour() -> None:
    """A palette of a dark grey and a red on a light ground marbles mostly in the red:
    a grey field ink read as muddy."""
    from sleeve.engine import raster
    from sleeve.engine.color import rgb_to_oklch

    palette = Palette((240, 238, 232), ((60, 60, 60), (225, 60, 40)), (30, 80, 200), (0, 0, 0))
    for seed in range(6):
        direction = dataclasses.replace(CALM, seed=seed, palette=palette)
        _, inks = marbled_inks.palette(direction, raster.rng_for(direction, "marbled"))
        assert rgb_to_oklch(inks[0])[1] > 0.1, (seed, inks)


def test_combed_marbling_is_laid_in_stripes_wide_enough_for_a_thumbnail() -> None:
    """The bath's run of stripes repeats over at least 0.28 of the cover (a few bold
    stripes that read at 64 px, not a fine moire), and fast music combs at most seven
    tines across the sheet (its arches stay a few pixels wide at 64 px)."""
    from sleeve.engine.styles.cover_parts import marble_field as mf

    for seed in range(12):
        direction = dataclasses.replace(LOUD, seed=seed, tempo_bpm=175.0)
        for kind in marbled_patterns.KINDS:
            field = mf.Field.grid(32)
            bands = marbled_patterns.combed(
                field, direction, np.random.default_rng(seed), 3, kind, 0.0
            )
            assert bands.period >= 0.28, (seed, kind, bands.period)


def test_inks_are_restrained_with_one_strong_contrast_and_no_mud() -> None:
    """Two or three inks; no two of them near in lightness unless they stand apart by
    hue (vivid, far round the wheel: a close pair mixed to a muddy mid-grey); some two
    inks at least 0.45 apart in lightness (the sheet's one strong contrast)."""
    from sleeve.engine import raster
    from sleeve.engine.color import rgb_to_oklch

    palettes = (
        CALM.palette,
        LOUD.palette,
        Palette((30, 30, 60), ((60, 70, 160), (160, 40, 50)), (200, 120, 40), (255,) * 3),
        Palette((240, 236, 228), ((120, 90, 160), (150, 110, 90)), (90, 140, 120), (0, 0, 0)),
    )
    for palette in palettes:
        for seed in range(6):
            direction = dataclasses.replace(CALM, seed=seed, palette=palette, density=1.0)
            _, inks = marbled_inks.palette(direction, raster.rng_for(direction, "marbled"))
            assert 2 <= len(inks) <= 3, (seed, inks)
            lit = [rgb_to_oklch(c)[0] for c in inks]
            assert max(lit) - min(lit) >= 0.44, (seed, inks)
            for i in range(len(inks)):
                for j in range(i + 1, len(inks)):
                    close = abs(lit[i] - lit[j]) < marbled_inks.CLOSE - 0.01
                    assert not close or marbled_inks._clash(inks[i], inks[j]), (seed, inks)


def test_dark_genres_marble_in_black_and_bone_not_two_soots() -> None:
    """Ночной город's two soot inks read as murk: a post-punk or goth sheet is black
    and bone, high contrast (a good share of the ink bone-light, most of the cover
    near black)."""
    for seed in range(3):
        art = _marbled(_genre("post_punk", "rock", seed), 128)
        lch = _oklch_pixels(art.image)
        assert (_ink_of(lch)[:, 0] > 0.75).mean() > 0.1, seed
        assert (lch[:, 0] < 0.3).mean() > 0.35, seed


def test_cumbia_is_fluoro_on_black_and_folk_is_letterpress() -> None:
    """Each genre its paper and inks: cumbia fluoro pink and lime on black (a pale pink
    field read as pastel), folk navy and barn red on a warm letterpress paper."""
    from sleeve.engine.color import rgb_to_oklch

    rng = np.random.default_rng(0)
    ground, inks = marbled_inks.palette(_genre("tropical", "latin", 0), rng)
    assert rgb_to_oklch(ground)[0] < 0.2
    hues = [rgb_to_oklch(c)[2] for c in inks if rgb_to_oklch(c)[1] > 0.2]
    assert any(h > 330 for h in hues) and any(110 < h < 150 for h in hues), hues
    ground, inks = marbled_inks.palette(_genre("folk", "folk", 0), rng)
    lit, _, hue = rgb_to_oklch(ground)
    assert lit > 0.9 and 60 < hue < 100
    assert any(rgb_to_oklch(c)[0] < 0.4 and 230 < rgb_to_oklch(c)[2] < 280 for c in inks)
