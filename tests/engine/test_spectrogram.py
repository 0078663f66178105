"""Spectrogram covers: the song's spectrogram in named compositions that change from
track to track, drawn where the audio puts energy, away from the title, inside the
focal box, with crisp edges (never a smeared fade), in the field's and one spot
colour."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageFilter
from scipy import ndimage

from sleeve.engine import motifs, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.measures import letter_height
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import spectrogram
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    spectro_band,
    spectro_grooves,
)
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas
from sleeve.engine.typography import set_title
from tests.engine.test_styles import CALM, LOUD

SIZE = 128


def _ink(direction: ArtDirection, size: int = SIZE) -> tuple[np.ndarray, tuple]:
    """Where the cover is not its field colour, and the reported focal box."""
    art = spectrogram.render(direction, size)
    rgb = np.asarray(art.image.filter(ImageFilter.BoxBlur(1)), np.float64)  # past the grain
    far = np.abs(rgb - np.asarray(spectrogram.field_colour(direction), np.float64)).sum(-1)
    return far > 45, art.focal


def _seeds(base: ArtDirection, n: int) -> list[ArtDirection]:
    return [dataclasses.replace(base, seed=base.seed + 7919 * k) for k in range(n)]


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


def test_tracks_get_different_compositions_not_only_colours() -> None:
    masks = [_ink(d, 64)[0] for d in _seeds(LOUD, 6) + _seeds(CALM, 6)]
    distinct: list[np.ndarray] = []
    for m in masks:
        if all(_iou(m, o) < 0.5 for o in distinct):
            distinct.append(m)
    # silhouettes, not recoloured copies
    assert len(distinct) >= 3
    # the plate and the record (the line screen retired, a crisp song has two; the haze
    # is the hazy genres' and the fallback where neither has room)
    names = {spectrogram.layout_of(d) for d in _seeds(LOUD, 20) + _seeds(CALM, 20)}
    assert names == {"band", "groove-disc"}, names
    coverage = [float(m.mean()) for m in masks]
    # every picture is the cover's mass: no small object in a void
    assert min(coverage) > 0.15


def test_the_title_zone_stays_calm_and_the_art_is_in_its_focal_box() -> None:
    for base in (CALM, LOUD):  # title bottom-left, then top-left
        zone = calm_zone.ZONES["bottom" if base is CALM else "top"]
        for d in _seeds(base, 8):
            ink, box = _ink(d)
            x0, y0, x1, y1 = (int(round(v * SIZE)) for v in zone)
            assert ink[y0:y1, x0:x1].mean() < 0.02, d.seed
            bx0, by0, bx1, by1 = (int(round(v * SIZE)) for v in box)
            inside = ink[max(by0 - 2, 0) : by1 + 2, max(bx0 - 2, 0) : bx1 + 2].sum()
            assert inside >= 0.95 * ink.sum(), d.seed


def test_the_spectrum_given_is_the_spectrum_drawn() -> None:
    bands = 24
    a = tuple(tuple(1.0 if b < 4 else 0.05 for b in range(bands)) for _ in range(32))
    b = tuple(tuple(0.2 + 0.8 * (t % 2) * (k > 12) for k in range(bands)) for t in range(32))
    for d in _seeds(LOUD, 4):
        one = dataclasses.replace(d, spectrum=a, has_audio=True)
        two = dataclasses.replace(d, spectrum=b, has_audio=True)
        diff = np.abs(
            np.asarray(spectrogram.render(one, 96).image, np.int16)
            - np.asarray(spectrogram.render(two, 96).image, np.int16)
        )
        assert diff.mean() > 1.0, d.seed


def test_ink_runs_from_the_field_to_one_spot_hue_not_a_rainbow() -> None:
    for d in _seeds(LOUD, 4) + _seeds(CALM, 4):
        rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
        lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
        chroma = np.hypot(lab[:, 1], lab[:, 2])
        hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1]))[chroma > 0.06]
        if len(hue) < 50:
            continue  # a near-mono palette
        spread = np.angle(np.exp(1j * np.radians(hue - np.median(hue))), deg=True)
        assert np.percentile(np.abs(spread), 90) < 60, d.seed


def test_a_grey_palette_still_glows_in_a_colour() -> None:
    greys = ((40, 40, 42), ((120, 120, 120), (200, 200, 200)), (150, 150, 152))
    for base in (CALM, LOUD):
        palette = dataclasses.replace(
            base.palette, background=greys[0], colors=greys[1], accent=greys[2]
        )
        for d in _seeds(dataclasses.replace(base, palette=palette), 3):
            rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
            lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            # the slimmer compositions colour only a few percent of it
            assert np.percentile(chroma, 99.5) > 0.08, d.seed  # not a grey plate


def _canvas(free: tuple, res: int = 160) -> Canvas:
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    spec = np.random.default_rng(1).random((120, 40)).astype(np.float32)
    return Canvas(grid[None, :], grid[:, None], free, spec, 0.5, 0.5)


def test_every_composition_has_crisp_edges_not_a_fade() -> None:
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        canvas = _canvas(free)
        for name in spectrogram.CRISP:  # the haze alone melts (tested below)
            draw = spectrogram.LAYOUTS[name]
            for seed in range(3):
                ink = draw(canvas, np.random.default_rng(seed))
                faint = (ink.value > 0) & (ink.value < 0.1)
                empty = np.pad(ink.value == 0, 1, constant_values=True)
                edge = np.zeros_like(faint)  # next to the field: an anti-aliased edge
                for dy in range(3):
                    for dx in range(3):
                        edge |= empty[dy : dy + 160, dx : dx + 160]
                haze = faint & ~edge  # faint ink far from any edge: a fade into the field
                assert haze.sum() < 0.02 * max(ink.inside.sum(), 1), (name, seed, free)
                assert ink.inside.mean() > 0.03, (name, seed)


def test_layouts_are_named_and_the_music_and_seed_choose_among_them() -> None:
    names = {spectrogram.render(d, 64).layout for d in _seeds(LOUD, 12) + _seeds(CALM, 12)}
    assert names <= set(spectrogram.LAYOUTS)
    assert len(names) >= 2


def test_every_size_draws_the_same_composition_and_repeats_exactly() -> None:
    d = _seeds(LOUD, 3)[2]
    arts = {size: spectrogram.render(d, size) for size in (64, 1024, 3000)}
    assert {a.image.size for a in arts.values()} == {(64, 64), (1024, 1024), (3000, 3000)}
    assert len({a.layout for a in arts.values()}) == 1
    assert len({tuple(round(v, 2) for v in a.focal) for a in arts.values()}) <= 2
    again = spectrogram.render(d, 1024)
    assert again.image.tobytes() == arts[1024].image.tobytes()


def _genre(base: ArtDirection, subgenre: str) -> ArtDirection:
    return dataclasses.replace(base, language=dataclasses.replace(base.language, subgenre=subgenre))


def test_shoegaze_is_hazed_and_a_crisp_genre_only_where_nothing_else_fits() -> None:
    """Shoegaze draws the haze most of the time; a crisp genre (techno) never on paper
    or at night, where the plate and the record print (the haze stands in only on a
    coloured field, under a title across the middle or beside a deep title there)."""
    seeds = _seeds(LOUD, 20) + _seeds(CALM, 20)
    gaze = [spectrogram.layout_of(_genre(d, "shoegaze")) for d in seeds]
    assert gaze.count("haze") >= len(gaze) // 2
    crisp = [spectrogram.layout_of(_genre(d, "techno")) for d in seeds]
    assert "haze" not in crisp
    assert set(crisp) == {"band", "groove-disc"}  # none of them a bar chart
    for name in ("barcode", "bars"):
        assert name not in spectrogram.LAYOUTS


def test_the_haze_is_soft_and_keeps_off_the_title() -> None:
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64)):
        for seed in range(3):
            ink = spectro_grooves.haze(_canvas(free), np.random.default_rng(seed))
            steps = max(np.abs(np.diff(ink.value, axis=a)).max() for a in (0, 1))
            assert steps < 0.08, (seed, free)  # no crisp edge anywhere, inside or out
            assert ink.inside.mean() > 0.4  # a field, not a spot


def test_the_record_is_big_cut_by_the_far_edge_and_posed_by_the_seed() -> None:
    free = (0.0, 0.36, 1.0, 1.0)  # title on top
    centres = []
    for seed in range(8):
        ink = spectro_grooves.groove(_canvas(free), np.random.default_rng(seed))
        disc = ink.inside
        rows = disc.any(axis=1)
        assert rows[-1], seed  # its far rim past the bottom
        assert not disc[: int(0.36 * 160)].any()  # off the title
        shown = np.nonzero(rows)[0]
        assert (shown[-1] - shown[0]) / 160 > 0.55, seed  # not a thumbnail in a void
        assert disc.mean() > 0.2, seed
        centres.append(np.nonzero(ink.value > 0.97)[1].mean() / 160)
    # slid out of either side or leaning on a third: not one place every time
    assert max(centres) - min(centres) > 0.3
    assert len({round(min(c, 1 - c), 1) for c in centres}) >= 2


def test_the_records_label_is_never_in_the_frames_corner() -> None:
    """Reviewers: 'red vinyl disc, stock', the same disc slid out with its label in the
    frame's corner every time. The label sits well inside the frame, for a title on
    top, below or at a side."""
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        for seed in range(6):
            ink = spectro_grooves.groove(_canvas(free), np.random.default_rng(seed))
            ys, xs = np.nonzero(ink.value > 0.97)
            cx, cy = xs.mean() / 160, ys.mean() / 160
            assert min(cx, cy, 1 - cx, 1 - cy) > 0.18, (free, seed, cx, cy)


def test_the_plots_and_bands_stay_retired() -> None:
    for name in ("strip", "field", "terrain", "ribbon", "ribbon-close", "groove-arc", "rosette"):
        assert name not in spectrogram.LAYOUTS  # a plot, a heat map, a landscape, a band
        assert name in spectrogram.RETIRED


# an ink-blot test, a clip-art globe, a plot; a sunburst template, a line chart, a
# target; a screen-saver glow, a stock corner motif, a clip-art peak
RETIRED = (
    "rorschach",
    "planet",
    "waterfall",
    "sun",
    "light-paint",
    "halo",
    "aurora",
    "groove-quarter",
    "peak",
)


def test_the_blot_globe_waterfall_sun_light_painting_and_halo_are_retired() -> None:
    for name in RETIRED:
        assert name not in spectrogram.LAYOUTS
        assert name in spectrogram.RETIRED
    seeds = _seeds(LOUD, 30) + _seeds(CALM, 30)
    for genre in ("techno", "ambient", "dream_pop", "shoegaze"):
        for field in (_light, _dark):
            drawn = {spectrogram.layout_of(_genre(field(d), genre)) for d in seeds}
            assert not drawn & set(RETIRED), genre
    for d in _seeds(LOUD, 4):
        assert spectrogram.render(d, 48).layout not in RETIRED


def test_the_motif_table_names_only_compositions_the_style_draws() -> None:
    named = {n.split("/", 1)[1] for ns in motifs.MOTIFS.values() for n in ns if "spectrogram/" in n}
    assert named and named <= set(spectrogram.LAYOUTS)


def _light(base: ArtDirection) -> ArtDirection:
    palette = dataclasses.replace(base.palette, background=(240, 236, 226))
    return dataclasses.replace(base, palette=palette, valence=0.8)


def _dark(base: ArtDirection) -> ArtDirection:
    palette = dataclasses.replace(base.palette, background=(14, 14, 18))
    return dataclasses.replace(base, palette=palette, valence=0.3)


def test_two_different_pictures_on_light_and_dark_fields() -> None:
    """The plate and the record on paper and at night, for every crisp genre (the line
    screen, the third, is retired)."""
    seeds = _seeds(LOUD, 40) + _seeds(CALM, 40)
    for field in (_light, _dark):
        for genre in ("techno", "classical", "drill", "folk"):
            names = {spectrogram.layout_of(_genre(field(d), genre)) for d in seeds}
            assert names == {"band", "groove-disc"}, (field.__name__, genre, names)


def _passages(*loud: tuple[int, int]) -> np.ndarray:
    """A quiet song with loud passages over the given frames (of 120)."""
    spec = np.full((120, 40), 0.15) * np.linspace(1.0, 0.6, 40)
    for a, b in loud:
        spec[a:b] = np.linspace(1.0, 0.5, 40)
    return spec


def test_no_composition_is_a_template() -> None:
    """With two crisp pictures left, neither on more than three covers in five, on
    paper or at night (the line screen had taken two thirds of the bench)."""
    seeds = _seeds(LOUD, 40) + _seeds(CALM, 40)
    for field in (_light, _dark):
        drawn = [spectrogram.layout_of(_genre(field(d), "techno")) for d in seeds]
        for name in set(drawn):
            assert drawn.count(name) <= 0.6 * len(drawn), (field.__name__, name)


def test_the_record_and_the_band_fill_the_frame_not_a_corner_of_it() -> None:
    """Reviewers: 'a thin motif on empty black'. The slid-out record covers half the
    part the title leaves free; the band, slim on purpose, still a good part of it."""
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        area = (free[2] - free[0]) * (free[3] - free[1])
        for seed in range(4):
            rng = np.random.default_rng
            disc = spectro_grooves.groove(_canvas(free), rng(seed)).inside
            assert disc.mean() > 0.45 * area, (free, seed)
            ink = spectro_band.band(_canvas(free), rng(seed))
            assert ink.value.mean() > 0.14 * area, (free, seed)


def test_a_long_title_gets_a_deeper_calm_band_and_keeps_its_size() -> None:
    """A title of three lines reaches past the usual band: the art leaves it room, so
    the typography sets it as large as on a blank frame (it had shrunk it to fit)."""
    long = "Neon Dreams of a City That Never Sleeps"
    for base in (CALM, LOUD):
        for d in _seeds(dataclasses.replace(base, title=long), 3):
            assert spectrogram.band_depth(d) > 0.4, d.seed
            art = spectrogram.render(d, 256)
            _, on_art = set_title(art.image, d, art.focal)
            _, blank = set_title(Image.new("RGB", (256, 256), (20, 20, 30)), d, None)
            assert letter_height(on_art) >= 0.95 * letter_height(blank), d.seed


def _print_canvas(spec: np.ndarray, free: tuple = (0.0, 0.36, 1.0, 1.0), res: int = 256) -> Canvas:
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    return Canvas(grid[None, :], grid[:, None], free, spec.astype(np.float32), 0.5, 0.5)


def test_classical_music_gets_a_deep_quiet_ink_not_a_poster_colour() -> None:
    """A coral peak on a nocturne: classical and ambient take the spot colour low in
    chroma; techno keeps its vivid spot."""
    for d in _seeds(CALM, 4):
        quiet = spectrogram.spot_colour(_genre_family(d, "classical"), np.random.default_rng(0))
        loud = spectrogram.spot_colour(_genre_family(d, "electronic"), np.random.default_rng(0))
        assert rgb_to_oklch(quiet)[1] < 0.1 < rgb_to_oklch(loud)[1], d.seed


def _genre_family(base: ArtDirection, family: str) -> ArtDirection:
    return dataclasses.replace(base, language=dataclasses.replace(base.language, family=family))


def test_every_bench_like_track_reaches_two_compositions_across_turns() -> None:
    """Turning the seed gives each crisp track at least two different pictures (the
    plate and the record; on a vivid coloured field, where the plate read as a
    washed-out block, the record and the haze); shoegaze keeps to its haze."""
    for index, tags in enumerate(("ambient", "techno", "classical", "drill", "shoegaze", "folk")):
        music = MusicInput(task_id=f"spectro-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        drawn = {spectrogram.layout_of(turned(direction, k)) for k in range(32)}
        assert len(drawn) >= 2 or (tags == "shoegaze" and drawn == {"haze"}), (tags, drawn)
        assert not drawn & set(RETIRED), tags


def test_the_haze_is_a_wall_of_light_bands_not_an_empty_gradient() -> None:
    """Reviewers: 'just a pink gradient'. Down the middle of the free part the haze
    rises and falls through at least three glowing beams, dark gaps between them, a
    structure that still reads at a thumbnail."""
    free = (0.0, 0.36, 1.0, 1.0)
    for seed in range(4):
        ink = spectro_grooves.haze(_canvas(free), np.random.default_rng(seed))
        column = ink.value[int(0.5 * 160) :, 60:100].mean(axis=1)
        _, peaks = ndimage.label(column > column.max() * 0.75)
        assert peaks >= 3, seed
        inner = column[np.argmax(column > 0.1) :]
        assert inner.min() < 0.6 * inner.max(), seed  # gaps, not one smooth fill


def test_the_record_is_bold_with_a_bright_label() -> None:
    """Reviewers: 'a cropped disc, no energy'. The record carries a solid label in the
    tip ink round its spindle, and it takes more than half of what the title leaves."""
    free = (0.0, 0.36, 1.0, 1.0)
    for seed in range(4):
        ink = spectro_grooves.groove(_canvas(free), np.random.default_rng(seed))
        assert (ink.value > 0.97).sum() > 0.004 * 160 * 160, seed
        assert ink.inside.mean() > 0.45 * 0.64, seed


def test_the_fabric_and_the_glitch_are_retired() -> None:
    """Reviewers: 'the weave reads as fabric', 'the halftone's lit tower reads as a
    glitch' and a smear: neither is drawn any more, on any bench-like track."""
    for name in ("weave", "halftone"):
        assert name not in spectrogram.LAYOUTS
        assert name in spectrogram.RETIRED
    for d in _seeds(LOUD, 20) + _seeds(CALM, 20):
        assert spectrogram.layout_of(d) not in ("weave", "halftone"), d.seed


def _band_canvas(spec: np.ndarray, tempo: float, free: tuple = (0.0, 0.36, 1.0, 1.0)) -> Canvas:
    res = 256
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    return Canvas(
        grid[None, :], grid[:, None], free, spec.astype(np.float32), 0.5, 0.5, True, tempo
    )


def _axis_ticks(ink, res: int = 256) -> int:
    """The ticks hanging from the band's time axis: runs of ink along the row just
    under the axis line."""
    rows = ink.inside.mean(axis=1)
    lines = np.nonzero(rows > 0.9)[0]  # the hairline rules across the plate
    below = ink.value[lines.max() + 2] > 0.0
    return int(np.count_nonzero(np.diff(below.astype(np.int8)) == 1))


def test_the_band_is_a_plate_ticked_by_the_tempo_with_an_onset_rug() -> None:
    """One luminous band across the frame, off the title, with a time axis under it
    ticked by the bars (a fast song packs more ticks than a slow one), and a rug of
    the onsets under that: more strokes for a busy song than a steady one."""
    spec = _passages((20, 34), (70, 84))
    for seed in range(3):
        slow = spectro_band.band(_band_canvas(spec, 70.0), np.random.default_rng(seed))
        fast = spectro_band.band(_band_canvas(spec, 174.0), np.random.default_rng(seed))
        assert not slow.inside[: int(0.36 * 256)].any(), seed  # off the title
        cols = slow.inside.any(axis=0)
        assert cols[0] and cols[-1], seed  # across the frame, off both its sides
        assert _axis_ticks(fast) > 1.8 * _axis_ticks(slow) >= 8, seed
        # a crisp plate whose loud passages light up: data, not a flat block
        rows = np.nonzero(slow.inside.mean(axis=1) > 0.5)[0]
        body = slow.value[rows[0] : rows[-1] + 1]
        lit_cols = ndimage.uniform_filter1d(body.mean(axis=0), 9)
        assert lit_cols.max() > 1.4 * lit_cols.min() > 0.0, seed
    steady = np.full((120, 40), 0.5)
    busy = np.where(np.arange(120)[:, None] % 6 == 0, 1.0, 0.3) * np.ones((1, 40))
    calm = spectro_band.band(_band_canvas(steady, 120.0), np.random.default_rng(0)).inside
    hits = spectro_band.band(_band_canvas(busy, 120.0), np.random.default_rng(0)).inside
    assert hits.sum() > calm.sum() + 200  # the rug's strokes


def test_the_equaliser_stack_is_retired() -> None:
    """Reviewers, twice: 'stock audio visualiser (EQ bars)'. The stack of bars is not
    drawn on any track, light or dark, any genre."""
    assert "stack" not in spectrogram.LAYOUTS and "stack" in spectrogram.RETIRED
    assert not hasattr(spectro_band, "stack")
    seeds = _seeds(LOUD, 30) + _seeds(CALM, 30)
    for genre in ("techno", "drill", "folk"):
        for field in (_light, _dark):
            drawn = {spectrogram.layout_of(_genre(field(d), genre)) for d in seeds}
            assert "stack" not in drawn, genre


def test_the_line_screen_is_retired() -> None:
    """Two art directors: the line screen was blue scan lines in the top half over an
    empty black bottom half, a tiny title, pixel-identical on both drill tracks (N, M).
    It is not drawn for any genre, field, energy, title layout or seed."""
    assert "scan" not in spectrogram.LAYOUTS and "scan" in spectrogram.RETIRED
    seeds = _seeds(LOUD, 24) + _seeds(CALM, 24)
    for genre in ("techno", "drill", "ambient", "classical", "folk", "dream_pop", "shoegaze"):
        for field in (_light, _dark, _red):
            for layout in ("corner", "title-image", "vertical", "bottom-left"):
                drawn = {
                    spectrogram.layout_of(
                        _genre(field(dataclasses.replace(d, layout=layout)), genre)
                    )
                    for d in seeds
                }
                assert "scan" not in drawn, (genre, field.__name__, layout)


def test_the_band_is_a_deep_luminous_field_not_a_stripe() -> None:
    """Reviewers: 'green spectrogram band, stock', a thin stripe lost at 64 px. The band
    takes most of the part the title leaves free (its body alone near half its depth),
    close columns lit bright enough to read as one field at a thumbnail."""
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64)):
        depth = free[3] - free[1]
        for seed in range(3):
            canvas = _band_canvas(_passages((20, 34)), 120.0, free)
            ink = spectro_band.band(canvas, np.random.default_rng(seed))
            rows = np.nonzero(ink.inside.mean(axis=1) > 0.5)[0]
            assert len(rows) / 256 > 0.42 * depth, (free, seed)
            assert ink.value.mean() > 0.14 * depth, (free, seed)


def test_a_title_across_the_middle_never_sits_on_the_record() -> None:
    """Reviewers: 'Gravel Road Home' set its title over the record's grooves. A title
    across the middle gets the haze round it instead, never the record or the band (no
    room for a deep field under it: it shrank to a stripe)."""
    seeds = _seeds(LOUD, 40) + _seeds(CALM, 40)
    centred = [dataclasses.replace(d, layout="title-image") for d in seeds]
    drawn = [spectrogram.layout_of(d) for d in centred]
    assert set(drawn) == {"haze"}
    assert "groove-disc" in {spectrogram.layout_of(d) for d in seeds}


def test_the_band_prints_on_night_or_paper_never_on_a_coloured_field() -> None:
    """Reviewers: a slim band on a coloured field (Thunderstruck, Habibi) read as a
    washed-out stripe. The deep band glows on night fields and prints in dark ink on
    paper (the third picture there, now that the bars are retired); vivid fields take
    another picture."""
    seeds = _seeds(LOUD, 40) + _seeds(CALM, 40)
    assert "band" in {spectrogram.layout_of(_light(d)) for d in seeds}
    red = [_red(d) for d in seeds]
    assert "band" not in {spectrogram.layout_of(d) for d in red}
    assert "band" in {spectrogram.layout_of(_dark(d)) for d in seeds}


def _red(base: ArtDirection) -> ArtDirection:
    """A sad song (a dark cover by its mood) on a vivid red field."""
    palette = dataclasses.replace(base.palette, background=(196, 32, 40))
    return dataclasses.replace(base, palette=palette, valence=0.3)


def test_the_record_is_under_half_the_covers_where_the_plate_prints() -> None:
    """Reviewers: 'stock vinyl disc'. On paper or at night it stays on a fifth to a half
    of the covers at any energy (more of the loud ones); on a coloured field, where the
    plate is a washed-out stripe, it is the crisp picture on most covers, the haze (a
    blur, wrong for techno) on the rest."""
    for energy in (0.2, 0.5, 0.8):
        seeds = [dataclasses.replace(d, energy=energy) for d in _seeds(CALM, 80)]
        for field in (_light, _dark):
            drawn = [spectrogram.layout_of(_genre(field(d), "techno")) for d in seeds]
            assert 0.2 * len(drawn) <= drawn.count("groove-disc") <= 0.55 * len(drawn), (
                energy,
                field.__name__,
            )
        drawn = [spectrogram.layout_of(_genre(_red(d), "techno")) for d in seeds]
        assert 0.5 * len(drawn) <= drawn.count("groove-disc") <= 0.8 * len(drawn), energy
        assert set(drawn) == {"groove-disc", "haze"}, energy


def test_a_deep_title_never_leaves_a_small_record_in_a_void() -> None:
    """With its label kept inside the frame a record under a deep title came out small
    in a corner (Salt Flats at 4 A.M.): there the record gives way to another picture;
    wherever it is drawn it is big."""
    long = "Neon Dreams of a City That Never Sleeps"
    for base in (CALM, LOUD):
        for d in _seeds(dataclasses.replace(base, title=long), 40):
            zone = spectrogram._plan(d, raster.rng_for(d, "spectrogram"))[0]
            room = spectro_grooves.room(spectrogram.free_part(d, zone))
            if spectrogram.layout_of(d) == "groove-disc":
                assert room >= spectrogram.SMALL, d.seed
    assert spectro_grooves.room((0.0, 0.0, 1.0, 0.48)) < spectrogram.SMALL


def test_only_electronic_and_ambient_music_fit_the_spectrogram() -> None:
    """An end-of-session sheet drew its plate or record on NO MERCY (drill), Hall of
    Kings (a film score) and 君と見た花火 (j-rock): outside electronic and ambient music
    it reads as a data plot, so only those fit it (other genres may still list it)."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import fitting

    for tags in ("uk drill", "epic orchestral, film score", "j-rock", "boom bap"):
        music = MusicInput(task_id="fit", title="Signal", tags=tags)
        assert "spectrogram" not in fitting(direct_from_music(music)[0]), tags
    music = MusicInput(task_id="fit", title="Signal", tags="techno")
    assert "spectrogram" in fitting(direct_from_music(music)[0])
