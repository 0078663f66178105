"""What the risograph's poster prints promise: the halftone disc and field are no
longer the style's default picture, the prints reach the genres that release riso
covers, they read apart at thumbnail size, and the retired repeats stay retired."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Sheet
from tests.engine.test_styles import LOUD

GENRES = ("punk", "hiphop", "lofi", "rock", "folk", "pop", "jazz", "electronic")
TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def _layouts() -> Counter:
    seen: Counter = Counter()
    for genre in GENRES:
        for seed in range(15):
            track = dataclasses.replace(
                LOUD, genre=genre, language=language_for(genre), title="Untitled", seed=seed
            )
            seen[risograph.composition_of(track)] += 1
    return seen


def test_the_gig_poster_pictures_lead_and_the_blobs_and_diagrams_are_retired() -> None:
    """Two reviews (5 and 4 of 10) read the overprinted circles as Venn diagrams, the
    repeat as wallpaper, the overprinted shapes as generic and the crowd as blobs:
    all four are retired (no track draws them). The prints reviewers praised lead (a
    landscape, a road, a city, towers, ridges, the glyph), no one print takes over,
    the glyph stays a minority, and the retired onset bars and bands are drawn for no
    track; an untitled song cuts no figure, diamond or flames (two reviewers, 2026-12-02:
    the figure slot's stock icons gave 5 of 7 N covers)."""
    seen = _layouts()
    total = sum(seen.values())
    assert max(seen.values()) / total < 0.25, seen  # no one print takes over
    assert {"landscape", "road", "city", "tower", "ridges", "glyph"} <= set(seen), seen
    assert not {"figure", "diamond", "flames"} & set(seen), seen
    retired = {"circles", "tile", "shapes", "crowd"}
    assert not retired & set(MOTIFS), retired & set(MOTIFS)
    assert not retired & set(seen), seen
    assert not retired & set(risograph.EVERY)
    assert seen["glyph"] / total < 0.16, seen
    assert not set(risograph.RETIRED) & (set(seen) | set(MOTIFS)), seen
    assert not {"moon", "gradient", "sea"} & set(seen), seen  # the halftone disc, field, sea


def test_the_retired_prints_are_drawn_for_no_bench_track() -> None:
    """Across every bench track at four turns, no cover is the Venn circles, the
    wallpaper repeat, the generic shapes or the crowd of blobs."""
    import json
    from pathlib import Path

    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.looks import turned
    from sleeve.engine.music import MusicInput

    lines = Path("bench/tracks.jsonl").read_text().splitlines()
    drawn = Counter()
    for i, line in enumerate(lines[:40]):
        t = json.loads(line)
        music = MusicInput(task_id=f"bench-{i:03d}", title=t["title"], tags=t["tags"])
        direction, _ = direct_from_music(music)
        for turn in range(4):
            drawn[risograph.composition_of(turned(direction, turn))] += 1
    assert not {"circles", "tile", "shapes", "crowd"} & set(drawn), drawn
    assert len(drawn) >= 6, drawn  # still many different pictures


def test_the_repeated_skeletons_are_retired() -> None:
    """Two reviews named repeats and clip-art: the pattern repeat and waving bands
    (zig-zag bands under the title), the word stack (the title three times), the
    flower heads, the torn cut-out and the moon cropped from a corner (the disc
    turned 180 degrees). None is drawn for any track."""
    retired = {"pattern", "type", "flowers", "cutout", "moon-cropped"}
    assert not retired & set(MOTIFS)
    assert not retired & set(_layouts())


def _thumb(name: str, seed: int) -> np.ndarray:
    """A print's ink, as the 64 px a listener scrolls past."""
    direction = dataclasses.replace(LOUD, seed=seed)
    plates = MOTIFS[name](direction, raster.rng_for(direction, "riso"), TOP)[0]
    ink = np.max(np.stack(plates), axis=0)
    return ink[::5, ::5]


def test_the_prints_read_apart_at_thumbnail_size() -> None:
    """The glyph, the tower blocks and the diamond are different pictures, not one
    template in other colours: their ink maps differ at 64 px, mirrored included."""
    names = ("glyph", "tower", "diamond")
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            for seed in range(3):
                one, two = _thumb(a, seed) > 0.4, _thumb(b, seed) > 0.4
                assert (one != two).mean() > 0.15, (a, b, seed)
                assert (one != two[:, ::-1]).mean() > 0.15, (a, b, seed)


def test_the_poster_prints_read_apart() -> None:
    """The figure, city and landscape each fill the area with one
    big mass, so their ink covers much the same share; their outlines differ: the
    ink maps' difference hashes are far apart, from each other and the older prints."""
    names = ("glyph", "tower", "diamond", "figure", "city", "landscape")
    for seed in range(3):
        direction = dataclasses.replace(LOUD, seed=seed)
        hashes = {}
        for name in names:
            plates = MOTIFS[name](direction, raster.rng_for(direction, "riso"), TOP)[0]
            hashes[name] = dhash(raster.to_image(np.max(np.stack(plates), axis=0)))
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                assert hamming(hashes[a], hashes[b]) >= 8, (a, b, seed)


def test_the_glyph_prints_differ_by_seed() -> None:
    """The huge glyph is whole, turned, or a pair: not one print each time."""
    hashes = []
    for seed in range(6):
        direction = dataclasses.replace(LOUD, title="東京の夜", seed=seed)
        plates = MOTIFS["glyph"](direction, raster.rng_for(direction, "riso"), TOP)[0]
        hashes.append(dhash(raster.to_image(np.max(np.stack(plates), axis=0))))
    gaps = [hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(gaps) >= 4


def test_joined_scripts_are_never_stacked_as_broken_letters() -> None:
    """Arabic and Devanagari join and reorder: set unshaped in a row they printed as
    broken bars, so the stack and the glyph take another print for them."""
    from sleeve.engine.styles.cover_parts.riso_fields import _word

    for title in ("يا ليل يا عين", "दिल की धड़कन", "שיר של אהבה"):
        assert _word(dataclasses.replace(LOUD, title=title)) == "", title
    assert _word(dataclasses.replace(LOUD, title="東京の夜")) == "東京の夜"
    assert _word(dataclasses.replace(LOUD, title="Солнечный день")).startswith("СОЛН")


def test_a_named_mountain_draws_the_song_as_a_range() -> None:
    """A mountain title draws the ridges (it drew a torn cut-out before), and the
    ridges are the song's loudness: another energy curve raises other peaks."""
    named = {
        risograph.composition_of(dataclasses.replace(LOUD, title="Mountain Song", seed=s))
        for s in range(12)
    }
    assert "ridges" in named
    curve = tuple(float(v) for v in np.linspace(0.1, 1.0, 64))
    calm = dataclasses.replace(LOUD, energy_curve=curve)
    loud, rising = (MOTIFS["ridges"](t, raster.rng_for(t, "riso"), TOP)[0] for t in (LOUD, calm))
    assert (np.stack(loud) > 0.5).mean() > 0.1
    assert ((np.stack(loud) > 0.5) != (np.stack(rising) > 0.5)).mean() > 0.02


def test_the_ridges_leave_a_sky_and_carry_no_sun() -> None:
    """The range sits low enough to leave a paper sky, inside the area away from the
    title; it carries no sun (with one it read as the landscape's twin: the lake's
    reflection gives it its mass, test_riso_layouts)."""
    sheet = Sheet((0.0, 0.0, 1.0, 0.64), "bottom", False)
    for seed in range(6):
        track = dataclasses.replace(LOUD, seed=seed)
        (a, b, c), box = MOTIFS["ridges"](track, raster.rng_for(track, "riso"), sheet)
        sky = (a < 0.05) & (b < 0.05)
        assert sky[: int(0.1 * len(sky))].mean() > 0.5, seed  # paper sky at the top
        assert box[3] <= 0.64 + 1e-6, box  # the art ends where the title's zone begins


def test_the_ridges_print_flat_inks_that_overprint_cleanly() -> None:
    """Reviewers: "riso mountains are muddy where the halftones meet". The ranges print flat, the
    far one in the second ink, the middle in the lead, the near in both (their clean
    overprint), with no screened tone of one ink over the other."""
    for seed in range(6):
        track = dataclasses.replace(LOUD, seed=seed)
        (a, b, c), _ = MOTIFS["ridges"](track, raster.rng_for(track, "riso"), TOP)
        for plate in (a, b):  # tones the press would screen: not a solid's edge
            edge = ndimage.binary_dilation(plate >= 0.97, iterations=2)
            screened = (plate > 0.1) & (plate < 0.97) & ~edge
            assert screened.sum() < 0.05 * (plate > 0.1).sum(), seed
        both = (a > 0.9) & (b > 0.9)
        assert both.mean() > 0.05, seed  # the near range: the two inks overprinted
        assert ((a > 0.9) & (b < 0.1)).mean() > 0.02, seed  # the middle: the lead alone
        assert ((b > 0.9) & (a < 0.1)).mean() > 0.02, seed  # the far: the second alone


def test_the_glyph_echo_is_flat() -> None:
    """The glyph's echo off register was screened from solid to a third: under the
    title of Neon Dreams it read as pink halftone mush. Beside the letter it prints
    flat now."""
    for seed in range(6):
        direction = dataclasses.replace(LOUD, title="Neon Dreams", seed=seed)
        a, b, _ = MOTIFS["glyph"](direction, raster.rng_for(direction, "riso"), TOP)[0]
        edge = ndimage.binary_dilation(b >= 0.97, iterations=2)
        bare = a < 0.1  # under the letter the echo prints a tint on purpose: the dots
        screened = (b > 0.1) & (b < 0.97) & ~edge & bare
        assert screened.sum() < 0.1 * max(((b > 0.1) & bare).sum(), 1), seed


def test_the_glyph_is_never_pushed_into_a_corner() -> None:
    """Both art directors read Glass City's giant "G" cropped into the top-right corner
    over bare dots (and Thunderstruck's "TH" as two red bars) as a rendering bug: the
    glyph's letters stand in the frame (their ink centred within the middle of the
    sheet, a good share of it inked), never bled off a side edge."""
    for title in ("Glass City", "Thunderstruck Highway", "Riot"):
        for seed in range(12):
            d = dataclasses.replace(LOUD, title=title, seed=seed)
            a = MOTIFS["glyph"](d, raster.rng_for(d, "riso"), TOP)[0][0]
            ink = a > 0.5
            ys, xs = np.nonzero(ink)
            assert 0.25 < xs.mean() / RES < 0.75, (title, seed, xs.mean() / RES)
            assert ink.mean() > 0.06, (title, seed, ink.mean())
            cols = np.nonzero(ink.any(axis=0))[0]
            assert cols[0] > 0 or cols[-1] < RES - 1, (title, seed)  # not bled off a side
