"""What the marbled-ink style promises: dark marbling for doom and metal, patterns and
compositions that differ from track to track, a calm title zone, inks from the palette."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
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
    from sleeve.engine.styles import marbled_ink

    patterns = {
        marbled_ink.pick_pattern(dataclasses.replace(CALM, seed=s), np.random.default_rng(s))
        for s in range(40)
    }
    assert len(patterns) >= 5
    hashes = [
        dhash(get_style("marbled_ink").render(dataclasses.replace(LOUD, seed=s), 96).image)
        for s in range(6)
    ]
    assert min(hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]) >= 6


def test_marbling_leaves_the_title_zone_calm() -> None:
    """Where a top-left title goes, clear water has pushed the marbling aside: the top
    left of the cover varies far less than the rest."""
    for seed in range(6):
        direction = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        grey = np.asarray(get_style("marbled_ink").render(direction, 128).image.convert("L"))
        top = grey[:32, :80].astype(float)
        assert top.std() < 0.6 * grey.astype(float).std() + 4, seed


def _marbled(direction, size: int = 96):  # type: ignore[no-untyped-def]
    return get_style("marbled_ink").render(direction, size)


FULL_BLEED = ("stone", "nonpareil", "chevron", "swirl", "bouquet")


def test_marbling_names_one_of_its_compositions_and_calm_and_loud_music_differ() -> None:
    """Calm tracks lean to suminagashi rings and the single drop, loud turbulent ones to
    combs and swirls; across seeds the style shows at least six compositions."""
    from sleeve.engine.styles import marbled_ink

    calm = [
        marbled_ink.layout_of(dataclasses.replace(CALM, seed=s, energy=0.1, turbulence=0.1))
        for s in range(60)
    ]
    loud = [
        marbled_ink.layout_of(dataclasses.replace(LOUD, seed=s, energy=0.9, turbulence=0.9))
        for s in range(60)
    ]
    assert set(calm + loud) <= set(marbled_ink.LAYOUTS)
    assert len(set(calm + loud)) >= 6
    quiet = ("rings", "drop")
    assert sum(n in quiet for n in calm) > sum(n in quiet for n in loud) + 6
    wild = ("swirl", "chevron", "nonpareil")
    assert sum(n in wild for n in loud) > sum(n in wild for n in calm) + 6
    art = _marbled(dataclasses.replace(CALM, seed=3), 64)
    assert art.layout == marbled_ink.layout_of(dataclasses.replace(CALM, seed=3))


def test_full_bleed_marbling_has_no_plain_strip() -> None:
    """Stone and combed sheets bleed full: every quarter of the height outside the
    title's side holds marbling (its grey varies)."""
    from sleeve.engine.styles import marbled_ink

    full = 0
    for seed in range(60):
        direction = dataclasses.replace(LOUD, seed=seed, layout="top-left")
        layout = marbled_ink.layout_of(direction)
        if layout in FULL_BLEED and full < 4:
            full += 1
            grey = np.asarray(_marbled(direction, 128).image.convert("L"), np.float64)
            for rows in (grey[48:80], grey[80:128]):
                assert rows.std() > 12, seed
    assert full


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
    grey = mf.shade(u, bands, colours, field.px, None)[..., 0].astype(float)
    jumps = np.abs(np.diff(grey, axis=0))
    assert jumps.max() < 0.85 * 255
    assert ((grey > 30) & (grey < 225)).mean() > 0.05
    fine = mf.Bands(np.array([0.0005]), np.array([0, 1, 0]), 0.001)  # 16 stripes a pixel
    flat = mf.shade(u, fine, colours, field.px, None)[..., 0].astype(float)
    assert flat.std() < 20 and 100 < flat.mean() < 160


def test_marbling_uses_one_field_colour_a_second_and_a_small_accent() -> None:
    """60/30/10: on full-bleed covers one colour (ink or ground) holds the most of the
    cover, clearly more than the next, and the rest is small."""
    from sleeve.engine import raster
    from sleeve.engine.styles import marbled_ink

    checked = 0
    for seed in range(40):
        direction = dataclasses.replace(LOUD if seed % 2 else CALM, seed=seed)
        if marbled_ink.layout_of(direction) not in FULL_BLEED:
            continue
        ground, inks = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
        img = np.asarray(_marbled(direction, 96).image, np.float64).reshape(-1, 3)
        cols = np.array([ground, *inks], np.float64)
        near = ((img[:, None, :] - cols[None]) ** 2).sum(-1).argmin(1)
        share = np.sort(np.bincount(near, minlength=len(cols)) / len(near))[::-1]
        assert share[0] > 0.4 and share[0] > share[1] + 0.03, (seed, share)
        assert share[2:].sum() < 0.3, (seed, share)
        checked += 1
    assert checked >= 8


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
    from sleeve.engine.styles import marbled_ink

    citrus = Palette((250, 248, 235), ((255, 235, 0), (180, 240, 20)), (255, 240, 60), (0, 0, 0))
    greys = Palette((235, 235, 235), ((230, 230, 230), (200, 200, 200)), (120, 120, 120), (0, 0, 0))
    for palette in (citrus, greys):
        for seed in range(12):
            direction = dataclasses.replace(CALM, seed=seed, palette=palette)
            ground, inks = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
            g_lit = rgb_to_oklch(ground)[0]
            for ink in inks:
                lit, chroma, hue = rgb_to_oklch(ink)
                assert not (chroma > 0.04 and 75 <= hue <= 140 and lit < 0.8), (seed, ink)
                assert abs(lit - g_lit) > 0.15, (seed, ink, ground)


def test_a_combed_sheet_reports_the_sheet_off_the_title_as_its_focus() -> None:
    """Nonpareil and chevron, combed bold enough to read at 64 px, are the picture
    themselves: the focus they report is the cover away from the title's side (the
    box round the stroke on a third no longer stood out from the rest of the sheet)."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import marbled_sheet

    seen = 0
    for seed in range(60):
        direction = dataclasses.replace(LOUD, seed=seed)
        if marbled_ink.layout_of(direction) not in ("nonpareil", "chevron"):
            continue
        side = marbled_sheet.title_side(direction)
        assert _marbled(direction, 64).focal == marbled_sheet.focal(side), seed
        seen += 1
    assert seen >= 3


def test_the_marbled_band_and_drop_are_retired() -> None:
    """The band (a ribbon of wavy stripes across a plain ground) drew one template on a
    fifth of the bench, the drop (a small ringed target on bare water) on a third of
    the calm tracks: no track, of any genre, gets either any more."""
    from sleeve.engine.styles import marbled_ink

    for name in ("band", "drop"):
        assert name in marbled_ink.RETIRED and name not in marbled_ink.LAYOUTS
    genres = (("doom_metal", "metal"), ("trap", "hiphop"), ("drill", "hiphop"))
    genres += (("jingle", "spoken"), ("classical", "classical"))
    for seed in range(80):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed, layout="bottom-left")
            assert marbled_ink.layout_of(direction) not in ("band", "drop"), seed
        name, genre = genres[seed % len(genres)]
        direction = dataclasses.replace(_genre(name, genre, seed), energy=0.1, turbulence=0.1)
        assert marbled_ink.layout_of(direction) not in ("band", "drop"), (seed, name)


def _genre(name: str, genre: str, seed: int, layout: str = "bottom-left"):  # type: ignore[no-untyped-def]
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(name), seed=seed, layout=layout
    )


def test_metal_and_trap_get_no_decorative_combing() -> None:
    """Metal gets black marble, trap smoke stirred or veined into stone, drill stone or
    a stir; funk gets bold combed or stirred sheets; whatever the seed and the title's
    place."""
    from sleeve.engine.styles import marbled_ink

    def pattern(name: str, genre: str, seed: int, layout: str) -> str:
        return marbled_ink.pattern_of(marbled_ink.layout_of(_genre(name, genre, seed, layout)))

    for seed in range(30):
        layout = ("bottom-left", "centred", "top-left")[seed % 3]
        assert pattern("doom_metal", "metal", seed, layout) == "stone"
        assert pattern("trap", "hiphop", seed, layout) in ("swirl", "stone")
        assert pattern("drill", "hiphop", seed, layout) in ("stone", "swirl")
        assert pattern("funk", "rnb", seed, layout) in (
            "nonpareil",
            "chevron",
            "swirl",
        )


def _oklch_pixels(image):  # type: ignore[no-untyped-def]
    from sleeve.engine.color import rgb_to_oklch

    rgb = np.asarray(image.convert("RGB"), np.float64).reshape(-1, 3)[::17]
    return np.array([rgb_to_oklch(tuple(int(v) for v in c)) for c in rgb])


def test_metal_marbling_is_black_bone_and_oxblood() -> None:
    """Doom and death metal show all three: a black ground, bone veins and dried-blood
    ink (not ash on black, nor one of blood or bone)."""
    for seed in range(4):
        art = _marbled(_genre("doom_metal", "metal", seed), 256)
        lch = _oklch_pixels(art.image)
        black = (lch[:, 0] < 0.2).mean()
        bone = ((lch[:, 0] > 0.75) & (lch[:, 1] < 0.06)).mean()
        hue = np.minimum(np.abs(lch[:, 2] - 25.0), 360.0 - np.abs(lch[:, 2] - 25.0))
        blood = ((lch[:, 1] > 0.08) & (hue < 30) & (lch[:, 0] < 0.5)).mean()
        assert black > 0.1 and bone > 0.001 and blood > 0.015, (seed, black, bone, blood)


def test_trap_marbling_is_smoke_and_chrome() -> None:
    """Trap: grey smoke and chrome-white on a dark ground, one small pushed accent: most
    of the cover is near grey, and some of it is bright chrome."""
    for seed in range(4):
        art = _marbled(_genre("trap", "hiphop", seed), 256)
        lch = _oklch_pixels(art.image)
        assert (lch[:, 1] < 0.05).mean() > 0.8, seed
        assert ((lch[:, 0] > 0.85) & (lch[:, 1] < 0.03)).mean() > 0.01, seed
        assert np.median(lch[:, 0]) < 0.45, seed


def test_suminagashi_rings_are_thin_lines_on_wide_water() -> None:
    """Suminagashi rings are thin ink lines spread by wider rings of clear water (equal
    stripes read as op-art wallpaper): by area, the clear water is most of the drop."""
    from sleeve.engine.styles import marbled_ink

    for seed in range(10):
        rng = np.random.default_rng(seed)
        bands = marbled_ink._ring_bands(rng, 3, 0.5, 21)
        areas = np.diff(np.r_[0.0, bands.bounds] ** 2)
        clear = bands.inks[: len(areas)] == marbled_ink.CLEAR
        assert areas[clear].sum() > 2.0 * areas[~clear].sum(), seed


def test_funk_marbling_is_gold_and_hot_pink() -> None:
    """Funk gets bold inks whatever its palette: gold and hot pink both show."""
    for seed in range(3):
        art = _marbled(dataclasses.replace(_genre("funk", "rnb", seed), palette=CALM.palette), 256)
        lch = _oklch_pixels(art.image)
        gold = (lch[:, 2] > 65) & (lch[:, 2] < 100) & (lch[:, 1] > 0.1) & (lch[:, 0] > 0.7)
        pink_hue = (lch[:, 2] > 330) | (lch[:, 2] < 10)
        pink = pink_hue & (lch[:, 1] > 0.15)
        assert gold.mean() > 0.1 and pink.mean() > 0.03, (seed, gold.mean(), pink.mean())


def test_the_pool_is_as_deep_as_a_long_title() -> None:
    """A top title of two or three lines sits on clear water: on combed and stirred
    sheets the band its block fills (title_depth) is calm, not ink running under it."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import calm_zone

    seen = 0
    for seed in range(40):
        direction = dataclasses.replace(
            LOUD, seed=seed, layout="top-left", title="Mirrorball Boogie Nights"
        )
        if marbled_ink.layout_of(direction) not in ("nonpareil", "chevron", "swirl"):
            continue
        seen += 1
        grey = np.asarray(_marbled(direction, 128).image.convert("L"), np.float64)
        depth = int(128 * calm_zone.title_depth(direction))
        band = grey[depth - 10 : depth, 8:64]  # the lower lines of the title's block
        assert depth > 30 and band.std() < 14, (seed, depth, band.std())
        if seen >= 4:
            break
    assert seen >= 3


def test_the_chevron_is_combed_into_sharp_vs() -> None:
    """The chevron's stick goes there and back in straight runs (sharp Vs, as a comb
    drawn back and forth makes), not a soft sine: along a row the stripes' offset
    climbs and falls at a near-constant slope, turning only at the points."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import marble_field as mf

    for seed in range(4):
        # a flat song: the Vs' height follows the energy curve (tested on its own)
        direction = dataclasses.replace(CALM, seed=seed, turbulence=0.2, energy_curve=(0.5,))
        field = mf.Field.grid(256)
        marbled_ink._combed(field, direction, np.random.default_rng(seed), 3, "chevron", 0.0)
        offset = field.y[128] - (128.5 / 256)
        slope = np.abs(np.diff(offset))
        steady = (slope > 0.6 * np.percentile(slope, 95)).mean()
        assert steady > 0.85, (seed, steady)


def test_a_centred_title_gets_varied_sheets_on_a_calm_lake_of_ink() -> None:
    """A centred title is never a swirl or rings round a dark disc (one template on
    every centred title): the seeds give several full sheets, and the title's middle
    is a calm lake of the field ink, not the bare ground (or two torn strips above and
    below it)."""
    from sleeve.engine import raster
    from sleeve.engine.styles import marbled_ink

    seen = set()
    checked = 0
    for seed in range(40):
        direction = dataclasses.replace(LOUD if seed % 2 else CALM, seed=seed, layout="title-image")
        layout = marbled_ink.layout_of(direction)
        if marbled_ink.composition_of(layout) == "strip":
            continue
        assert layout in marbled_ink.CENTRED, (seed, layout)
        seen.add(layout)
        if checked < 6:
            checked += 1
            ground, inks = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
            middle = np.asarray(_marbled(direction, 128).image, np.float64)[56:72, 56:72]
            mean = middle.reshape(-1, 3).mean(0)
            to_ink = np.abs(mean - np.array(inks[0])).sum()
            assert to_ink < 60 and middle.reshape(-1, 3).std(0).max() < 20, (
                seed,
                layout,
                mean,
                inks[0],
            )
    assert len(seen) >= 3, seen


def test_marbling_has_a_bouquet_of_tulips() -> None:
    """The bouquet (nonpareil combed through in waves) is one of the compositions, folk
    and chamber lean to it, and it is a full sheet."""
    from sleeve.engine.styles import marbled_ink

    assert "bouquet" in marbled_ink.LAYOUTS
    folk = [
        marbled_ink.layout_of(_genre("folk", "folk", seed, "bottom-left")) for seed in range(60)
    ]
    assert [marbled_ink.pattern_of(n) for n in folk].count("bouquet") >= 10, folk
    seed = folk.index("bouquet")
    grey = np.asarray(_marbled(_genre("folk", "folk", seed, "bottom-left"), 128).image.convert("L"))
    assert grey[:64].std() > 12


def test_grey_palettes_marble_in_two_or_three_inks_not_zebra_stripes() -> None:
    """A grey palette (black, greys, white) is marbled with real colour: the Ebru paper
    on a light ground (cream, indigo, oxblood), a spot ink on a dark one; a good share
    of the sheet is a chromatic ink."""
    from sleeve.engine.color import rgb_to_oklch

    light = Palette((235, 235, 235), ((40, 40, 40), (150, 150, 150)), (90, 90, 90), (0, 0, 0))
    dark = Palette((15, 15, 15), ((220, 220, 220), (120, 120, 120)), (180, 180, 180), (255,) * 3)
    for palette in (light, dark):
        for seed in range(3):
            direction = dataclasses.replace(
                LOUD, seed=seed, palette=palette, layout="bottom-left", genre="electronic"
            )
            image = np.asarray(_marbled(direction, 64).image).reshape(-1, 3)[::7]
            chroma = np.array([rgb_to_oklch(tuple(int(v) for v in c))[1] for c in image])
            assert (chroma > 0.06).mean() > 0.04, (seed, palette.background)


def test_a_pool_has_an_irregular_shore_not_a_round_rim() -> None:
    """The clear pool under the title is spread unevenly at its rim (a round pool read
    as a flat dome, a plate): its radius varies round the pool."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import marble_field as mf

    for seed in range(4):
        field = mf.Field.grid(160)
        pools = [((0.5, 0.5), 0.3)]
        marbled_ink._shore(field, LOUD, np.random.default_rng(seed), pools)
        mf.bare(field, (0.5, 0.5), 0.3)
        bare = field.clear < 0.5
        ys, xs = np.nonzero(bare)
        angle = np.arctan2(ys - 80, xs - 80)
        reach = np.hypot(ys - 80, xs - 80)
        rims = [reach[np.abs(angle - a) < 0.05].max() for a in np.linspace(-3.0, 3.0, 24)]
        assert (max(rims) - min(rims)) / 160 > 0.04, (seed, rims)


def _curve(peak: float, n: int = 64) -> tuple[float, ...]:
    """An energy curve with one loud moment at `peak` (0..1 of the song)."""
    t = np.linspace(0.0, 1.0, n)
    return tuple(float(v) for v in 0.15 + 0.8 * np.exp(-(((t - peak) / 0.12) ** 2)))


def test_the_song_shapes_the_marbling_not_only_its_colour() -> None:
    """Two songs with the same seed and inks but their loud moment at opposite ends
    get different sheets: the comb's arches and Vs, the bold rings and the eddies
    follow the energy curve."""
    from sleeve.engine import raster
    from sleeve.engine.styles import marbled_ink

    for pattern in ("nonpareil", "chevron", "swirl", "rings"):
        changes = []
        for seed in range(4):
            base = dataclasses.replace(LOUD if seed % 2 else CALM, seed=seed, layout="bottom-left")
            sheets = []
            for peak in (0.15, 0.85):  # the sheet every composition draws or cuts
                d = dataclasses.replace(base, energy_curve=_curve(peak))
                colours = marbled_ink._palette(d, raster.rng_for(d, "marbled"))
                rng = raster.rng_for(d, "marbled")
                img = marbled_ink._marble(d, rng, colours, pattern, "bottom", 96)[0]
                sheets.append(np.asarray(img, np.float64))
            changes.append(np.abs(sheets[0] - sheets[1]).sum(2).mean())
        assert np.mean(changes) > 24 and min(changes) > 15, (pattern, changes)


def test_the_chevron_is_tall_where_the_song_is_loud() -> None:
    """The chevron's Vs are drawn by the energy curve across the sheet: tall at the
    song's loud end, low at its quiet end (and the other way for the mirrored song)."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import marble_field as mf

    heights = []
    for peak in (0.1, 0.9):
        direction = dataclasses.replace(CALM, seed=1, turbulence=0.2, energy_curve=_curve(peak))
        field = mf.Field.grid(256)
        marbled_ink._combed(field, direction, np.random.default_rng(1), 3, "chevron", 0.0)
        offset = np.abs(field.y[128] - (128.5 / 256))
        heights.append((offset[:64].max(), offset[-64:].max()))
    (a_left, a_right), (b_left, b_right) = heights
    assert (a_left > 2 * a_right and b_right > 2 * b_left) or (
        a_right > 2 * a_left and b_left > 2 * b_right
    ), heights


def test_the_eddies_sit_at_the_song_s_loud_moment() -> None:
    """A swirl stirs its biggest eddy where the song peaks, laid across the sheet at
    its time: an early peak puts the focus left of a late one."""
    from sleeve.engine.styles import marbled_ink

    seen = 0
    for seed in range(60):
        base = dataclasses.replace(LOUD, seed=seed, layout="top-left", density=0.2, energy=0.5)
        if marbled_ink.layout_of(base) != "swirl":
            continue
        seen += 1
        early = _marbled(dataclasses.replace(base, energy_curve=_curve(0.1)), 64).focal
        late = _marbled(dataclasses.replace(base, energy_curve=_curve(0.9)), 64).focal
        assert (early[0] + early[2]) / 2 + 0.2 < (late[0] + late[2]) / 2, (seed, early, late)
        if seen >= 3:
            break
    assert seen


def test_the_field_ink_is_vivid_where_the_palette_has_a_vivid_colour() -> None:
    """A palette of a dark grey and a red on a light ground marbles mostly in the red:
    a grey field ink read as muddy."""
    from sleeve.engine import raster
    from sleeve.engine.color import rgb_to_oklch
    from sleeve.engine.styles import marbled_ink

    palette = Palette((240, 238, 232), ((60, 60, 60), (225, 60, 40)), (30, 80, 200), (0, 0, 0))
    for seed in range(6):
        direction = dataclasses.replace(CALM, seed=seed, palette=palette)
        _, inks = marbled_ink._palette(direction, raster.rng_for(direction, "marbled"))
        assert rgb_to_oklch(inks[0])[1] > 0.1, (seed, inks)


def test_combed_marbling_is_laid_in_stripes_wide_enough_for_a_thumbnail() -> None:
    """The bath's run of stripes repeats over at least 0.28 of the cover (a few bold
    stripes that read at 64 px, not a fine moire), and fast music combs at most seven
    tines across the sheet (its arches stay a few pixels wide at 64 px)."""
    from sleeve.engine.styles import marbled_ink
    from sleeve.engine.styles.cover_parts import marble_field as mf

    for seed in range(12):
        direction = dataclasses.replace(LOUD, seed=seed, tempo_bpm=175.0)
        for kind in ("nonpareil", "chevron", "bouquet"):
            field = mf.Field.grid(32)
            bands = marbled_ink._combed(field, direction, np.random.default_rng(seed), 3, kind, 0.0)
            assert bands.period >= 0.28, (seed, kind, bands.period)
