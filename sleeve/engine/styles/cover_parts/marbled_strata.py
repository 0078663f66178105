"""The strata: the song's energy curve as two to four ranges of combed marbling,
laid back to front from the cover's edge away from the title (rising under a title at
the top, hanging over one at the bottom), each edged by a line of paper.

The song moves it: the back range is its energy curve, the nearer ones calmer, lower
stretches of it; its energy (and the seed) sets how many ranges and how tall; its
tempo how fine the stripes run; its key how far the comb leans; the seed the comb
(arches, chevrons, nonpareil or bouquet), which way the curve reads, the stretch of
it the cover crops to, how steep, how deep and how tilted the ranges stand (moves on
a ``marble_field``). Five bench tracks had drawn the same wavy band (round 15).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts.marbled_sheet import CLEAR

F = np.float32
Layers = list[tuple[np.ndarray, mf.Bands]]
EDGE_LINE = 0.014  # the line of paper along a range's crest (share of the side)
HEADROOM = 0.03  # paper kept between the tallest crest and the title's side
LAYERED = 6  # a calm song of this many sections or more lays its sections as strata
LAYERED_CALM = 0.55  # under this energy
STRATA_MOST = 6  # the most strata (the shortest sections merged)


def profile(d: ArtDirection, rng: np.random.Generator, ranges: int) -> list[np.ndarray]:
    """Each range's crest as heights 0..1 over 64 samples across the cover, back to
    front: the back range the song's energy curve, each nearer one a calmer stretch of
    it (smoothed wider, shifted along); the seed reads it one way or the other."""
    line = pat.energy_line(d, 64)
    if rng.random() < 0.5:
        line = line[::-1]
    out = []
    for k in range(ranges):
        width = 3 + 6 * k + int(6 * (1 - d.energy))  # nearer ranges, calmer songs smoother
        kernel = np.hanning(2 * width + 1)
        shifted = np.roll(line, int(rng.integers(-12, 13)) * k)
        smooth = np.convolve(np.pad(shifted, width, mode="edge"), kernel / kernel.sum(), "valid")
        low, high = smooth.min(), smooth.max()
        out.append((smooth - low) / (high - low) if high - low > 1e-3 else np.full(64, 0.5))
    return out


# the song's ranges, one mountain, a tilted slope, its sections laid as rock strata
FORMS = ("ranges", "peak", "slope", "layers")


def form(d: ArtDirection, rng: np.random.Generator) -> str:
    """What the strata draw: a song with one clear loud moment (its peak stands well
    off the rest) one mountain at it, a loud driving song a steep slope of many thin
    layers, a calm song of many sections (LAYERED) its sections as rock strata, others the
    energy curve as ranges; the seed at times another. Three songs had drawn the same
    striped ranges in the lower frame (round 17), two more the same band (round 16)."""
    line = pat.energy_line(d, 64)
    lone = float(np.max(line) - np.median(line)) / 1.3  # how far the peak stands off
    k = 1 if lone > 0.5 and d.energy < 0.7 else 2 if d.energy > 0.7 else 0
    if len(pat.sections(d)) >= LAYERED and k == 0 and d.energy < LAYERED_CALM:
        k = 3  # a calm song of many parts: its strata
    if rng.random() < 0.4:
        k = (k + int(rng.integers(1, len(FORMS)))) % len(FORMS)
    return FORMS[k]


def mountain(d: ArtDirection, rng: np.random.Generator, ranges: int) -> list[np.ndarray]:
    """The crests of one mountain at the song's loud moment, back to front: the peak as
    wide as the song is slow, rugged by its energy curve; the nearer ranges lower
    foothills either side of it."""
    line = pat.energy_line(d, 64)
    t = np.arange(64) / 63
    top = float(np.clip(pat.peaks(line, 1)[0][0], 0.25, 0.75))
    width = (0.34 - 0.14 * pat.fineness(d)) * rng.uniform(0.8, 1.2)
    rough = (line - line.min()) / max(float(np.ptp(line)), 1e-3)
    out = []
    for k in range(ranges):
        at = top + (0.0 if k == 0 else rng.choice((-1, 1)) * rng.uniform(0.2, 0.45))
        wide = width * (1 + 0.5 * k)
        crest = np.exp(-(np.abs((t - at) / wide) ** 1.2)) + 0.05 * rough
        out.append((crest - crest.min()) / np.ptp(crest))
    return out


def _bands(
    body: int, accent: int, step: float, depth: float, with_accent: bool, closed: bool = False
) -> mf.Bands:
    """One range's stripes below its crest (coordinate 0 at the crest, negative down):
    a line of paper at the crest, then the body ink in wide stripes parted by hairlines
    of paper, now and then a thin stripe of the accent; `closed`, paper below `depth`
    (a stratum of its own thickness)."""
    bounds, inks = [0.0, -EDGE_LINE], [CLEAR, CLEAR]
    at, k = -EDGE_LINE, 0
    while at > -depth:
        ink = accent if with_accent and k % 4 == 2 else body
        at -= step * (0.35 if ink == accent else 1.0)
        bounds.append(at)
        inks.append(ink)
        at -= step * 0.18
        bounds.append(at)
        inks.append(CLEAR)
        k += 1
    inks.append(CLEAR if closed else body)  # below the last stripe
    return mf.Bands(np.array(bounds[::-1], F), np.array(inks[::-1]))


COMBS = ("arches", "chevrons", "nonpareil", "bouquet")  # the combs drawn through the ranges


def comb(f: mf.Field, d: ArtDirection, rng: np.random.Generator) -> str:
    """Draw a comb through the ranges' stripes (the moves undone on `f`), the seed
    picking it among COMBS, the song's tempo its spacing, the key (turned by the seed)
    how far it leans off the upright: a gel-git's arches, a wavy stick's chevrons, a
    fine comb through the arches (nonpareil) or the arches drawn through in big waves
    (bouquet); the song picks it (_comb_of), the seed at times another."""
    pace = pat.fineness(d)
    kind = COMBS[_comb_of(d, pace)]
    if rng.random() < 0.35:  # the seed at times takes another
        kind = COMBS[int(rng.integers(len(COMBS)))]
    lean = 0.35 * np.sin((d.key or 0) * 7 * np.pi / 6) * rng.choice((-1, 1))
    angle = np.pi / 2 + lean + rng.uniform(-0.08, 0.08)
    passes = 1.0 / int(5 + 3 * pace + rng.integers(0, 3))
    if kind == "chevrons":
        length = rng.uniform(0.1, 0.22)
        mf.wave(f, angle, length * rng.uniform(0.12, 0.2), length, rng.uniform(0, 6.3), 0.6)
        return kind
    if kind == "nonpareil":
        fine = passes / int(3 + rng.integers(0, 2))
        mf.comb(f, angle, fine, rng.uniform(0, fine), fine * 0.8, fine * 0.3)
    elif kind == "bouquet":
        wide = rng.uniform(0.3, 0.5)
        mf.wave(f, angle - np.pi / 2, wide * 0.08, wide, rng.uniform(0, 6.3))
    pull = passes * rng.uniform(0.45, 0.85) * (0.8 + 0.4 * d.energy)  # arches that read
    mf.gelgit(f, angle, passes, rng.uniform(0, passes), pull, passes * 0.25)
    return kind


def _comb_of(d: ArtDirection, pace: float) -> int:
    """The comb the song draws (COMBS): a turbulent song the wavy stick's chevrons, a
    fast one the fine nonpareil, a slow calm one the arches, the rest the bouquet."""
    if d.turbulence > 0.55:
        return 1
    if pace > 0.55:
        return 2
    return 0 if d.energy < 0.45 else 3


def window(crest: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """The stretch of the song the cover crops to (start and width, shares of the
    crest): from all of it to a third (a few big hills), always holding its loudest
    moment."""
    width = float(rng.uniform(0.33, 1.0))
    peak = float(np.argmax(crest)) / (len(crest) - 1)
    return float(np.clip(peak - width * rng.uniform(0.2, 0.8), 0.0, 1.0 - width)), width


def strata(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """Two to four ranges of combed stripes from the edge away from the title (fewer
    stand taller), the back one tallest; the song's stretch cropped (window), the
    ranges tilted, as deep and as steep as the seed and the song's energy set them;
    the focus the ranges' whole box."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    hanging = side.startswith("bottom")
    top = (1.0 - by1 if hanging else by0) + HEADROOM  # the crests' highest (from the far edge)
    shape = form(d, rng)
    if shape == "layers":
        return rock_strata(f, d, rng, inks, side)
    # as many ranges as the song has parts (its sections), the seed one more or fewer
    ranges = int(np.clip(len(pat.sections(d)) - 2 + int(rng.integers(-1, 2)), 2, 5))
    if shape == "slope":  # many thin layers
        ranges = 4 + int(rng.integers(0, 2))
    elif shape == "peak":
        ranges = 2 + int(rng.integers(0, 2))
    crests = mountain(d, rng, ranges) if shape == "peak" else profile(d, rng, ranges)
    start, width = window(crests[0], rng) if shape == "ranges" else (0.0, 1.0)
    field, second, accent = pat.roles(inks)
    step = (0.05 - 0.018 * pat.fineness(d)) * rng.uniform(0.9, 1.3)
    step *= 0.7 if shape == "slope" else 1.25 if shape == "peak" else 1.0
    comb(f, d, rng)
    mf.breeze(f, rng, 0.008 + 0.015 * d.turbulence)
    y = (F(1) - f.y) if hanging else f.y
    x = (F(start) + np.clip(f.x, 0, 1) * F(width)) * F(63)
    span = 1.0 - top
    fill = rng.uniform(0.08, 0.45)  # where the back range stands in the art's depth
    steep = rng.uniform(0.6, 1.6) * (0.7 + 0.3 * d.energy) * (1.3 if ranges == 2 else 1)
    # the ranges lean one way, at times rising from a corner across the cover; the
    # slope rises steeply from one bottom corner (lower and flatter ranges on it)
    lean, spread = rng.uniform(0.05, 0.5), 0.72
    if shape == "slope":  # from the title's side at one end to the middle of the art
        lean, steep, fill, spread = span * rng.uniform(0.5, 0.7), steep * 0.4, 0.0, 0.4
    elif shape == "peak":
        steep, fill = max(steep, 1.6) * 1.25, rng.uniform(0.02, 0.12)
        lean *= 0.3
    tilt = F(rng.choice((-1, 1)) * lean) * (f.x - F(0.5))
    layers: Layers = []
    for k, crest in enumerate(crests):  # back to front
        near = k / max(ranges - 1, 1)
        base = top + span * (fill + (spread - fill) * near + rng.uniform(-0.03, 0.03))
        tall = span * (0.34 - 0.2 * near) * steep
        height = np.interp(x, np.arange(64), crest).astype(F)
        line = F(base - tall) + F(tall) * (F(1) - height) + tilt
        line += F(max(top - float(np.min(line)), 0.0))  # no crest over the title's side
        if shape == "slope":  # each range's high end held up toward the title's side
            line += F(top + span * spread * near * 0.7 - float(np.min(line)))
        u = line - y  # 0 on the crest, negative below it
        body = field if (ranges - 1 - k) % 2 == 0 else second  # the front range the field ink
        edge = accent if body != accent else second
        depth = 1.2 - float(np.min(line))
        layers.append((u, _bands(body, edge, step, depth, k == ranges - 1)))
    y0 = top - 0.02
    focus = (bx0, 1.0 - by1, bx1, 1.0 - y0) if hanging else (bx0, y0, bx1, by1)
    return layers, compose.clip_box(focus)


def rock_strata(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """The song's sections as rock strata stacked in the art's box, the first at the
    bottom (laid down first): each as thick as its section is long, its crest as
    rugged as the section is loud, a line of paper between (wider under a quiet one);
    the stack's tilt by the seed, its foot on the far edge or floating a little above
    it; the focus the stack."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    hanging = side.startswith("bottom")
    top = (1.0 - by1 if hanging else by0) + HEADROOM
    parts = pat.sections(d)
    while len(parts) > STRATA_MOST:  # the shortest merged into its neighbour
        k = int(np.argmin([b - a for a, b, _ in parts]))
        j = k - 1 if k == len(parts) - 1 or (k and parts[k - 1][2] > parts[k + 1][2]) else k + 1
        a, b = min(parts[k][0], parts[j][0]), max(parts[k][1], parts[j][1])
        level = max(parts[k][2], parts[j][2])
        parts = [p for i, p in enumerate(parts) if i not in (j, k)] + [(a, b, level)]
        parts.sort()
    top += float(rng.uniform(0.0, 0.12))  # the stack's top: just under the title, or lower
    foot = 1.02 if rng.random() < 0.5 else 1.0 - float(rng.uniform(0.06, 0.16))
    room = foot - top - 0.06  # the crests rise into the last 0.06
    lengths = np.array([max(b - a, 0.07) for a, b, _ in parts])
    shares = lengths / lengths.sum() * room
    field, second, accent = pat.roles(inks)
    step = (0.05 - 0.018 * pat.fineness(d)) * rng.uniform(0.85, 1.2)
    # one slow swell through the stack (a comb's chevrons turned strata into ribbons),
    # its waves as many as the song is fast
    waves = 1.5 + 3 * pat.fineness(d) + float(rng.uniform(0, 1.5))
    mf.wave(f, 0.0, rng.uniform(0.006, 0.018), 1.0 / waves, rng.uniform(0, 6.3), 0.3)
    mf.breeze(f, rng, 0.006 + 0.012 * d.turbulence)
    y = (F(1) - f.y) if hanging else f.y
    line0 = pat.energy_line(d, 64)
    line0 = (line0 - line0.min()) / max(float(np.ptp(line0)), 1e-3)
    tilt = F(rng.choice((-1, 1)) * rng.uniform(0.0, 0.3)) * (f.x - F(0.5))  # tilted beds
    out: Layers = []
    below = foot
    stack = []
    for k, (_, _, level) in enumerate(parts):  # bottom (first) to top (last)
        crest_at = below - shares[k]
        stack.append((crest_at, below, level, k))
        below = crest_at
    for crest_at, floor, level, k in reversed(stack):  # top to bottom, lower laid over
        shifted = np.roll(line0, int(rng.integers(0, 64)))
        width = 2 + int(8 * (1 - level))
        kernel = np.hanning(2 * width + 1)
        crest = np.convolve(np.pad(shifted, width, mode="edge"), kernel / kernel.sum(), "valid")
        crest = (crest - crest.min()) / max(float(np.ptp(crest)), 1e-3)
        amp = min(0.5 * (floor - crest_at), 0.13) * (0.3 + 0.9 * level)
        height = np.interp(f.x * F(63), np.arange(64), crest).astype(F)
        line = F(crest_at + amp) - F(amp) * height + tilt
        line += F(max(top - float(np.min(line)), 0.0))  # no crest over the title's side
        gap = 0.015 + 0.03 * (1 - level)  # paper under a quiet section
        depth = max(floor - crest_at + amp - gap, 2 * step)
        body = (field, second)[k % 2]
        edge = accent if body != accent else second
        stripes = step if k % 2 else max(step, depth / (2.0 + 4.0 * level))  # every other bold
        out.append((line - y, _bands(body, edge, stripes, depth, level > 0.6, closed=foot < 1)))
    y0 = top - 0.02
    y1 = min(foot + 0.02, by1 if not hanging else 1.0 - by0)
    focus = (bx0, 1.0 - y1, bx1, 1.0 - y0) if hanging else (bx0, y0, bx1, y1)
    return out, compose.clip_box(focus)
