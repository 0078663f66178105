"""The marbled pictures laid out by the song, not only recoloured (round 16: the torn
sheet, the strata and the drop each drew one picture twice, recoloured): where the
sheet is torn, how many strata, how many drops, how big and full the moon, and how
many pictures a title that names nothing reaches."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

from sleeve.engine.direction import direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import marbled_ink
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_moon, marbled_strata

from .test_styles import CALM

T = np.linspace(0.0, 1.0, 64)


def _song(loud_from: float, dips: int = 0) -> tuple[float, ...]:
    """An energy curve: quiet until `loud_from`, then loud, with `dips` quiet breaks
    evenly through the loud part, a short fade at the end."""
    curve = np.where(loud_from > T, 0.25, 0.9)
    for k in range(dips):
        at = loud_from + (1 - loud_from) * (k + 1) / (dips + 1)
        curve[(at - 0.05 < T) & (at + 0.02 > T)] = 0.35
    curve[T > 0.95] = 0.3
    return tuple(float(v) for v in curve)


def _forced(monkeypatch: pytest.MonkeyPatch, picture: str, direction, size: int = 128):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(marbled_ink, "pick_composition", lambda d, rng: picture)
    return marbled_ink.render(direction, size).image


def _tear_row(image: Image.Image) -> float:
    """Where the sheet begins under a title at the top (share of the side): per column
    the first pixel far off the paper, the median over the columns."""
    grey = np.asarray(image.convert("L"), float)
    paper = np.median(grey[:10])
    off = np.abs(grey - paper) > 40
    first = np.where(off.any(0), off.argmax(0), grey.shape[0])
    return float(np.median(first)) / grey.shape[0]


def test_two_songs_of_one_genre_tear_the_sheet_at_different_places(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The torn sheet of two songs of one genre under the same seed: a song that bursts
    in at once is torn near the title (a deep sheet), one that builds for half its
    length far from it (a wide plain field above a shallower sheet): the tear lies at
    clearly different places, whatever the seed."""
    gaps = []
    for seed in range(4):
        base = dataclasses.replace(CALM, seed=seed, layout="top-left")
        early = _forced(monkeypatch, "torn", dataclasses.replace(base, energy_curve=_song(0.05)))
        late = _forced(monkeypatch, "torn", dataclasses.replace(base, energy_curve=_song(0.6)))
        gaps.append(_tear_row(late) - _tear_row(early))
    assert min(gaps) > 0.04 and np.mean(gaps) > 0.1, np.round(gaps, 3)


def test_a_song_s_dips_tear_the_sheet_into_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A song with quiet breaks between its loud sections tears the sheet apart at
    them (paper between the pieces) at most seeds; a song loud throughout never."""

    def pieces(curve: tuple[float, ...], seed: int) -> int:
        direction = dataclasses.replace(CALM, seed=seed, layout="top-left", energy_curve=curve)
        grey = np.asarray(_forced(monkeypatch, "torn", direction).convert("L"), float)
        paper = np.median(grey[:10])
        rows = (np.abs(grey - paper) > 40).mean(1) > 0.5  # rows mostly sheet
        return int(ndimage.label(rows)[1])

    broken = [pieces(_song(0.05, dips=2), seed) for seed in range(6)]
    whole = [pieces(_song(0.05), seed) for seed in range(6)]
    assert max(whole) == 1, whole
    assert sum(n >= 2 for n in broken) >= 3, broken


def _ranges(direction) -> int:  # type: ignore[no-untyped-def]
    """How many ranges or strata the strata draw for `direction` (top title)."""
    rng = np.random.default_rng(direction.seed)
    layers, _ = marbled_strata.strata(mf.Field.grid(24), direction, rng, 3, "top-left")
    return len(layers)


def test_the_strata_count_follows_the_song_s_sections() -> None:
    """One song in two parts, another in seven, same genre and seed: the second lays
    more strata (as many as its sections, the shortest merged), so two tracks of one
    genre stack visibly different numbers of bands."""
    two = dataclasses.replace(CALM, energy_curve=_song(0.5))
    seven = dataclasses.replace(CALM, energy_curve=_song(0.15, dips=3))
    few = [_ranges(dataclasses.replace(two, seed=s)) for s in range(8)]
    many = [_ranges(dataclasses.replace(seven, seed=s)) for s in range(8)]
    assert np.mean(many) - np.mean(few) >= 1.5, (few, many)
    assert np.median(many) >= np.median(few) + 2, (few, many)


def _blobs(image: Image.Image) -> int:
    """The separate masses of ink on the paper (each over 1% of the cover)."""
    grey = np.asarray(image.convert("L"), float)
    ink = ndimage.binary_fill_holes(np.abs(grey - np.median(grey[:10])) > 40)
    labels, count = ndimage.label(ink)
    sizes = ndimage.sum(ink, labels, range(1, count + 1))
    return int((sizes > 0.01 * ink.size).sum())


def test_a_song_with_several_loud_moments_drops_several_drops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A song with one loud moment drops one big drop; one with three loud moments
    drops small ones beside it (one per other moment, where they fit) at most seeds:
    a cluster, not one lone blob twice."""
    one = dataclasses.replace(
        CALM, energy_curve=tuple(float(v) for v in 0.2 + np.exp(-(((T - 0.5) / 0.08) ** 2)))
    )
    three = tuple(
        float(v) for v in 0.2 + sum(np.exp(-(((T - p) / 0.06) ** 2)) for p in (0.15, 0.5, 0.85))
    )
    several = dataclasses.replace(CALM, energy_curve=three)
    lone, many = [], []
    for seed in range(6):
        for base, out in ((one, lone), (several, many)):
            direction = dataclasses.replace(base, seed=seed, layout="top-left")
            out.append(_blobs(_forced(monkeypatch, "drop", direction)))
    assert max(lone) == 1, lone
    assert sum(n >= 2 for n in many) >= 3, many


def test_a_quiet_song_s_moon_is_smaller_and_thinner_than_a_loud_one_s() -> None:
    """The moon: a quiet song a small crescent in a wide night, a loud one a big full
    moon (its size and the light's depth from the song's energy), at every seed."""
    for seed in range(8):
        quiet = dataclasses.replace(CALM, seed=seed, energy=0.15)
        loud = dataclasses.replace(CALM, seed=seed, energy=0.9)
        small = marbled_moon.disc_of(quiet, np.random.default_rng(seed), "top-left")
        big = marbled_moon.disc_of(loud, np.random.default_rng(seed), "top-left")
        assert small[2] < big[2] - 0.05, (seed, small[2], big[2])
        assert small[4] < big[4] - 0.5, (seed, small[4], big[4])


UNNAMED_TRACKS = (
    "Velvet|rnb",
    "Lift Every Hand|gospel",
    "La Cumbia del Sol|tropical cumbia",
    "君と見た花火|j-rock",
    "Солнечный день|bedroom pop",
    "Back Porch|folk",
    "Blue Note for Ellis|jazz",
    "Letters I Never Sent|chamber classical",
)


def test_a_title_that_names_nothing_reaches_five_pictures_over_32_turns() -> None:
    """An account's songs whose titles name nothing had cycled through four pictures
    (ripples, torn, strata, drop) over the 32 turns the account memory tries: the moons
    are drawn for them too, seldom, so most such tracks reach five or more (a CJK
    title set in a column down the right, which takes no strata and no rising moon,
    may stay at four)."""
    reached = {}
    for n, spec in enumerate(UNNAMED_TRACKS):
        title, _, tags = spec.partition("|")
        direction, _ = direct_from_music(MusicInput(task_id=f"probe-{n}", title=title, tags=tags))
        assert not marbled_ink.named_figure(direction), title
        seen = {
            marbled_ink.composition_of(
                marbled_ink.layout_of(turned(direction, t, columns=marbled_ink.STYLE.columns))
            )
            for t in range(32)
        }
        reached[title] = len(seen)
    assert min(reached.values()) >= 4, reached
    assert sum(n >= 5 for n in reached.values()) >= 6, reached


def test_a_title_that_names_nothing_gets_a_moon_seldom() -> None:
    """The moons open to a title that names nothing stay a seldom picture (two moons
    close to each other on one sheet had read as a repeat, round 16): across the bench's
    unnamed tracks and four turns each, a moon on under one cover in eight, yet some."""
    from .bench_tracks import bench_directions

    drawn = []
    for direction in bench_directions():
        if marbled_ink.named_figure(direction):
            continue
        for t in range(0, 32, 8):
            turn = turned(direction, t, columns=marbled_ink.STYLE.columns)
            drawn.append(
                marbled_ink.composition_of(marbled_ink.layout_of(turn)) in marbled_ink.NIGHT
            )
    assert 0.02 < np.mean(drawn) < 0.125, np.mean(drawn)
