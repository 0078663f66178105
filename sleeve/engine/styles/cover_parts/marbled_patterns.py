"""The marbling patterns of marbled ink, made from real marbling moves on a
``marble_field``: stripes combed by the song into ebru's traditional patterns (the drops' rings are
``marbled_drops``). The song's energy
curve (song) sets how hard each tine of a comb pulls across the sheet."""

from __future__ import annotations

import itertools

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf


def fineness(direction: ArtDirection) -> float:
    """0 for slow tracks, 1 for fast ones: faster music combs finer."""
    return float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))


def energy_line(direction: ArtDirection, samples: int = 48) -> np.ndarray:
    """The song's energy curve as the strength of the comb across the sheet, first
    moment to last: smoothed, stretched to its own range, 0.3 where the song is at its
    quietest to 1.6 at its loudest (ones where there is no curve or it is flat)."""
    curve = np.asarray(direction.energy_curve or (0.5,), np.float64)
    if len(curve) < 3 or np.ptp(curve) < 1e-3:
        return np.ones(samples)
    at = np.linspace(0.0, len(curve) - 1.0, samples)
    line = np.interp(at, np.arange(len(curve)), curve)
    kernel = np.hanning(7)
    line = np.convolve(np.pad(line, 3, mode="edge"), kernel / kernel.sum(), "valid")
    low, high = line.min(), line.max()
    if high - low < 1e-3:
        return np.ones(samples)
    return 0.3 + 1.3 * (line - low) / (high - low)


def peaks(shape: np.ndarray, most: int) -> list[tuple[float, float]]:
    """Up to `most` loud moments of the song (place 0..1 along the sheet, strength
    0..1), loudest first, each at least a fifth of the sheet from the others."""
    order = np.argsort(-shape)
    picked: list[tuple[float, float]] = []
    for k in order:
        t = float(k) / (len(shape) - 1)
        if all(abs(t - p) > 0.2 for p, _ in picked):
            picked.append((t, float((shape[k] - 0.3) / 1.3)))
        if len(picked) == most:
            break
    return picked


def comb_angle(direction: ArtDirection, rng: np.random.Generator) -> float:
    """The direction the combs are drawn: from the key where there is one (its place
    on the circle of fifths picks one of four), else the seed; a slight tilt."""
    turns = (0.0, np.pi / 2, np.pi / 4, -np.pi / 4)
    if direction.key is not None:
        base = turns[(direction.key * 7) % 12 % 4]
    else:
        base = float(rng.choice(turns))
    return base + float(rng.uniform(-0.08, 0.08))


def roles(inks: int) -> tuple[int, int, int]:
    """The field ink, the second and the accent (the accent is always the last ink)."""
    return 0, min(1, inks - 1), inks - 1


def _ribbons(
    rng: np.random.Generator, inks: int, width: float, count: int
) -> tuple[list[int], list[float]]:
    """A run of stripes for combing: every other one the field ink (wide), between
    them the second colour or, now and then, a thin accent; about 60/30/10."""
    field, second, accent = roles(inks)
    ink_list, widths = [], []
    for k in range(count):
        if k % 2 == 0:
            ink_list.append(field)
            widths.append(width * rng.uniform(1.0, 1.6))
        elif rng.random() < 0.3 and accent != second:
            ink_list.append(accent)
            widths.append(width * rng.uniform(0.2, 0.35))
        else:
            ink_list.append(second if inks < 4 or rng.random() < 0.7 else 2)
            widths.append(width * rng.uniform(0.5, 0.85))
    # every ink between the field stripes, the second first: the accent alone had lost
    # the second colour, and a dark-led sheet its one colour (a grey palette's red lost
    # between soot and bone read as zebra stripes)
    wanted = [second, *([2] if inks > 3 else []), accent]
    for ink in dict.fromkeys(wanted):
        odd = ink_list[1::2]
        spare = [j for j in range(1, count, 2) if odd.count(ink_list[j]) > 1]
        if ink == second and not spare:
            spare = [1] if count > 1 else []
        if ink not in ink_list and spare:
            share = (0.2, 0.35) if ink == accent != second else (0.5, 0.85)
            ink_list[spare[-1]], widths[spare[-1]] = ink, width * rng.uniform(*share)
    return ink_list, widths


def stripes(rng: np.random.Generator, inks: int, period: float) -> mf.Bands:
    """Periodic stripes (the bath before the comb) whose run repeats every `period`."""
    count = 2 * int(rng.integers(2, 4))
    ink_list, widths = _ribbons(rng, inks, 1.0, count)
    w = np.array(widths) * period / sum(widths)
    half = w[0] / 2  # the first field stripe is split at the wrap
    bounds = np.r_[half, half + np.cumsum(w[1:])]
    bounds[-1] = period - half
    return mf.Bands(bounds, np.array([ink_list[0], *ink_list[1:], ink_list[0]]), period)


KINDS = ("gelgit", "peacock", "shawl", "curl")  # the combed sheets (traditional patterns)


def combed(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, kind: str, angle: float
) -> mf.Bands:
    """Stripes combed over the whole sheet into a traditional pattern (the moves
    undone newest first). Gel-git: a stylus drawn across the stripes and back, pass by
    pass (rows of arches pointing one way, then the other). Peacock: a gel-git combed
    again by a fine comb, then drawn through in small waves (rows of feather eyes).
    Shawl (sal): a gel-git drawn through by a wide comb in big waves (paisley
    bouquets). French curl: a gentle gel-git turned into rows of small spirals. The
    song sets the spacing (faster music combs finer) and the pull (louder pulls
    harder, hardest where its energy curve peaks). `angle`: the stripes' direction."""
    across = angle + np.pi / 2
    period = rng.uniform(0.3, 0.44)  # a stripe reads at 64 px
    bands = stripes(rng, inks, period)
    song = energy_line(d)
    mf.breeze(f, rng, 0.006 + 0.02 * d.turbulence)  # a breath over the bath, last
    pace = fineness(d)
    if kind == "peacock":  # the feather: small waves through the fine comb
        fine = 1.0 / int(9 + 4 * pace)
        mf.wave(f, angle, fine * (0.45 + 0.3 * d.energy), fine * 2.2, rng.uniform(0, 6.3))
        mf.comb(f, angle, fine, rng.uniform(0, fine), fine * 0.9, fine * 0.35)
    elif kind == "shawl":  # the wide comb drawn in big waves: paisley bouquets
        coarse = 1.0 / int(3 + 2 * pace)
        ax, ay = np.cos(angle), np.sin(angle)
        for k in range(-int(0.75 / coarse), int(0.75 / coarse) + 1):
            at = (0.5 + k * coarse * ax, 0.5 + k * coarse * ay)
            wiggle = coarse * (0.28 + 0.12 * d.energy)
            sign = 1 if k % 2 else -1
            mf.stroke(f, at, across, sign * coarse * 0.7, coarse * 0.14, wiggle, coarse * 1.7)
    elif kind == "curl":  # rows of small spirals
        spacing = 1.0 / (4.5 + 2.0 * pace + rng.uniform(0, 1))
        turn = (4.5 + 3.5 * d.energy) * (1 if rng.random() < 0.5 else -1)
        mf.curls(f, spacing, turn, 0.47, (rng.uniform(0, 1), rng.uniform(0, 1)))
    passes = 1.0 / int((5 if kind == "curl" else 4) + 4 * pace + rng.integers(0, 2))
    pull = passes * (0.8 + 0.9 * d.energy) * (0.5 if kind == "curl" else 1.0)
    mf.gelgit(f, across, passes, rng.uniform(0, passes), pull, passes * 0.3, song)
    return bands


def sections(direction: ArtDirection, most: int = 7) -> list[tuple[float, float, float]]:
    """The song's sections (start and end 0..1, level 0..1 of its own range): its
    energy curve cut where it steps (the biggest steps first, at most `most` sections,
    none shorter than a sixteenth); one whole section where there is no curve."""
    curve = np.asarray(direction.energy_curve or (0.5,), np.float64)
    if len(curve) < 8 or np.ptp(curve) < 1e-3:
        return [(0.0, 1.0, 0.5)]
    n = len(curve)
    level = (curve - curve.min()) / np.ptp(curve)
    step = np.abs(level[3:] - level[:-3])  # a step over three samples, at its middle
    cuts: list[int] = []
    for k in np.argsort(-step):
        at = int(k) + 2
        if step[k] < 0.12 or len(cuts) == most - 1:
            break
        if all(abs(at - c) >= n // 16 for c in cuts) and n // 16 <= at <= n - n // 16:
            cuts.append(at)
    edges = [0, *sorted(cuts), n]
    return [(a / n, b / n, float(np.mean(level[a:b]))) for a, b in itertools.pairwise(edges)]
