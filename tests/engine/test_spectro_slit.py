"""Round 11 of the spectrogram (reviews: 'a heat-map screenshot', 'the same banded field
on many tracks', colour maps of a scientific plot): the slit (one narrow strip of the
song in a wide field), the tide kept for the sea, IDM and techno in one neutral ink,
and a paper palette that keeps its paper."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.styles import spectrogram
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas
from tests.engine.test_styles import CALM, LOUD

RES = 200


def _seeds(base: ArtDirection, n: int) -> list[ArtDirection]:
    plain = dataclasses.replace(base, title="Signal Path")
    return [dataclasses.replace(plain, seed=base.seed + 7919 * k) for k in range(n)]


def _in(base: ArtDirection, genre: str, background: tuple[int, int, int]) -> ArtDirection:
    """`base` in `genre`'s language, on its palette with the given background."""
    lang = language_for(genre)
    d = dataclasses.replace(base, language=lang, genre=genre)
    return dataclasses.replace(d, palette=dataclasses.replace(d.palette, background=background))


def _canvas(spec: np.ndarray, energy: float, free: tuple = (0.0, 0.36, 1.0, 1.0)) -> Canvas:
    grid = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    spec = spec.astype(np.float32)  # on paper: no light spills round the strip
    return Canvas(grid[None, :], grid[:, None], free, spec, energy, 0.5, dark=False, printed=True)


def _song(*quiet: tuple[int, int]) -> np.ndarray:
    """A loud song (120 frames, 40 bands) with quiet passages over the given frames."""
    spec = np.tile(np.linspace(1.0, 0.5, 40), (120, 1))
    for a, b in quiet:
        spec[a:b] *= 0.15
    return spec


def _strip(value: np.ndarray) -> np.ndarray:
    """Where the strip is inked, less the rule it stands on (rows inked edge to edge)."""
    body = value > 0.1
    body[body.mean(axis=1) > 0.9] = False
    return body


def _blocks(value: np.ndarray) -> tuple[float, list[tuple[float, float]]]:
    """The strip's axis (x) and its blocks down the frame (fractions of the side)."""
    body = _strip(value)
    inked = np.nonzero(body.mean(axis=0) > 0.2)[0]
    axis = float(inked[0] + inked[-1] + 1) / 2 / RES
    down = body[:, int((axis + 0.02) * RES)]  # beside the hairline that joins the blocks
    labels, count = ndimage.label(down)
    spans = [np.nonzero(labels == k)[0] for k in range(1, count + 1)]
    return axis, [(s[0] / RES, (s[-1] + 1) / RES) for s in spans]


def test_the_slit_is_a_narrow_strip_standing_off_centre_in_a_wide_field() -> None:
    """One small object in a wide field: the strip takes a narrow column on a thirds
    line (never the centre), the rest of the frame is empty field (its loudest block a
    third of the side at most: round 12 widened it and its loud sections' blocks)."""
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        for seed in range(6):
            c = _canvas(_song((40, 50)), 0.5, free)
            ink = spectrogram.LAYOUTS["slit"](c, np.random.default_rng(seed))
            body = _strip(ink.value)
            inked = np.nonzero(body.any(axis=0))[0]
            assert (inked[-1] - inked[0]) / RES < 0.36, (free, seed)
            assert body.mean() < 0.25, (free, seed)
            middle = (free[0] + free[2]) / 2
            axis, _ = _blocks(ink.value)
            assert abs(axis - middle) > 0.08 * (free[2] - free[0]), (free, seed)


def test_the_song_s_quiet_passages_cut_the_strip() -> None:
    """The strip's rhythm is the song's: its cuts fall on the quiet passages, so two
    songs with their breaks in different places give two differently cut strips."""
    early, late = _song((28, 40)), _song((78, 90))
    for seed in range(4):
        cuts = []
        for spec, quiet in ((early, (28, 40)), (late, (78, 90))):
            c = _canvas(spec, 0.0)  # a calm song: the one deepest break only
            ink = spectrogram.LAYOUTS["slit"](c, np.random.default_rng(seed))
            _, blocks = _blocks(ink.value)
            assert len(blocks) == 2, seed
            gap = (blocks[0][1] + blocks[1][0]) / 2
            start, end = blocks[0][0], blocks[-1][1]
            at = (gap - start) / (end - start)
            mid = (quiet[0] + quiet[1]) / 2 / 119
            assert min(abs(at - mid), abs(1 - at - mid)) < 0.08, (seed, at, mid)
            cuts.append(gap)
        assert abs(cuts[0] - cuts[1]) > 0.1, seed


def test_a_title_naming_nothing_seldom_gets_the_tide() -> None:
    """'The same banded field on many tracks': the tide's rows of crests are the sea's,
    the night's and the city's picture; on techno, IDM and ambient with a title naming
    nothing they are rare, and the slit takes a share."""
    for genre in ("techno", "idm", "ambient"):
        for background in ((12, 12, 14), (236, 236, 234)):
            drawn = [
                spectrogram.layout_of(_in(d, genre, background))
                for d in _seeds(LOUD, 30) + _seeds(CALM, 30)
            ]
            assert drawn.count("tide") <= 0.15 * len(drawn), (genre, background)
            assert drawn.count("slit") >= 0.2 * len(drawn), (genre, background)


def test_idm_and_techno_print_in_one_neutral_ink_not_a_colour_map() -> None:
    """IDM and techno print their spectrum in greys, black and white (the genres' own
    language), never a cyan-to-white colour map; the field may keep techno's flat red."""
    for genre, background in (
        ("idm", (240, 240, 238)),
        ("idm", (14, 14, 16)),
        ("techno", (8, 8, 8)),
    ):
        for d in _seeds(LOUD, 4):
            d = _in(d, genre, background)
            pal = dataclasses.replace(d.palette, accent=(255, 59, 31), colors=((31, 111, 255),) * 3)
            d = dataclasses.replace(d, palette=pal)
            rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
            lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
            assert np.percentile(np.hypot(lab[:, 1], lab[:, 2]), 99.5) < 0.03, (genre, d.seed)


def test_a_paper_palette_keeps_its_paper_for_a_sad_song() -> None:
    """IDM's white and ambient's fog stay paper for a sad song (every cover had turned
    to night); only the night pictures (the aurora, the snow) take a dark field."""
    for genre in ("idm", "ambient"):
        for d in _seeds(dataclasses.replace(LOUD, valence=0.3), 8):
            d = _in(d, genre, (236, 236, 234))
            if spectrogram.layout_of(d) in spectrogram.NIGHT:
                continue
            assert rgb_to_oklch(spectrogram.field_colour(d))[0] > 0.8, (genre, d.seed)


def test_a_title_across_the_middle_of_a_techno_cover_crosses_the_slit_not_a_haze() -> None:
    """A blur is wrong for techno and IDM: under a title across the middle they take
    the slit (the title crossing it on purpose); shoegaze keeps its haze there."""
    for d in _seeds(LOUD, 6):
        d = dataclasses.replace(d, layout="title-image")
        assert spectrogram.layout_of(_in(d, "techno", (8, 8, 8))) == "slit", d.seed
        assert spectrogram.layout_of(_in(d, "idm", (240, 240, 238))) == "slit", d.seed
        assert spectrogram.layout_of(_in(d, "shoegaze", (20, 10, 30))) == "haze", d.seed


def test_a_restless_song_with_many_dips_still_draws_its_strip() -> None:
    """Four quiet passages spread over the song left no room for a fifth cut: the
    strip takes the cuts that fit (it had looped for ever looking for one)."""
    spec = _song((22, 26), (46, 50), (70, 74), (94, 98))
    for seed in range(8):
        ink = spectrogram.LAYOUTS["slit"](_canvas(spec, 1.0), np.random.default_rng(seed))
        _, blocks = _blocks(ink.value)
        assert 2 <= len(blocks) <= 6, seed


def test_each_block_of_the_slit_is_as_wide_as_its_section_is_loud() -> None:
    """Round 12 ('the slit is too empty'): a block is as wide as its section of the song
    is loud, so a quiet intro stands as a narrow slit over the drop's broad slab (the
    song's shape read at a glance); the strip had one width all down."""
    spec = _song((56, 64))
    spec[:56] *= 0.3  # a quiet first half, a loud second half
    for seed in range(4):
        ink = spectrogram.LAYOUTS["slit"](_canvas(spec, 0.0), np.random.default_rng(seed))
        axis, blocks = _blocks(ink.value)
        assert len(blocks) == 2, seed
        widths = []
        for a, b in blocks:
            row = ink.value[int((a + b) / 2 * RES)] > 0.1
            widths.append(int(row.sum()))
        assert max(widths) > 1.8 * min(widths), (seed, widths)
        # the loud half's block is the broad one, whichever way the song runs
        tone = [ink.value[int(a * RES) : int(b * RES)].sum() for a, b in blocks]
        assert int(np.argmax(widths)) == int(np.argmax(tone)), (seed, widths)


def test_the_slit_is_printed_in_flat_crisp_inks_that_follow_the_song() -> None:
    """Round 14 ('a blurred strip'): each block is a few flat stripes of ink, one per
    band group, each as wide as its share of the song's sound at each moment, not a
    blurred gradient: a song moving its sound from bass to treble moves the stripes."""
    spec = np.tile(np.linspace(0.3, 0.3, 40), (120, 1))
    spec[:60, :10] = 1.0  # the bass first, the treble after
    spec[60:, 30:] = 1.0
    for seed in range(4):
        ink = spectrogram.LAYOUTS["slit"](_canvas(spec, 0.0), np.random.default_rng(seed))
        inside = ndimage.binary_erosion(ink.value > 0.1, iterations=2)
        levels = np.bincount(np.round(ink.value[inside] * 50).astype(int))
        flat = np.sort(levels)[-3:].sum() / levels.sum()  # three inks cover the block
        assert flat > 0.95, (seed, flat)
        rows = [r for r in range(RES) if inside[r].sum() > 6]
        a, b = rows[len(rows) // 5], rows[-len(rows) // 5]
        both = inside[a] & inside[b]
        assert np.abs(ink.value[a] - ink.value[b])[both].mean() > 0.1, seed


def test_the_slit_runs_off_one_edge_and_stands_on_a_rule_at_the_other() -> None:
    """Round 17 (Pulse Width): the strip stopped in the middle of the frame over an
    empty field, unfinished. It runs off the frame at one end; at the other it reaches
    the frame too, or stands on a rule drawn edge to edge between it and the title."""
    for free in ((0.0, 0.36, 1.0, 1.0), (0.0, 0.0, 1.0, 0.64), (0.0, 0.0, 0.62, 1.0)):
        for seed in range(6):
            c = _canvas(_song((40, 50)), 0.5, free)
            value = spectrogram.LAYOUTS["slit"](c, np.random.default_rng(seed)).value
            axis, blocks = _blocks(value)
            top, foot = blocks[0][0], blocks[-1][1]
            assert top < 0.01 or foot > 0.99, (free, seed, blocks)  # off one edge
            ruled = np.nonzero((value > 0.1).mean(axis=1) > 0.95)[0] / RES
            for end, edge in ((top, 0.0), (foot, 1.0)):
                if abs(end - edge) < 0.01:
                    continue  # this end runs off the frame
                assert any(abs(r - end) < 0.015 for r in ruled), (free, seed, end, ruled)
