"""The torn sheet: a marbled sheet in a big peacock pattern (a few motifs across the
frame, never a small all-over repeat; the bouquet's wide waves read as tiger stripes
and brush marks, not marbling, two reviewers, round 9) laid over the cover and torn off
along a rough line by the title, the paper's white core showing at the tear and the
plain field under it holding the title.

The song lays it out: its timeline runs from the title's side to the far edge, the
sheet torn where the song first reaches its loudest section (an early burst a deep
sheet, a slow build a wide plain field) and torn apart at each dip between loud
sections (most often; up to three pieces, paper between); a long fade-out tears it off at the
far edge too; its turbulence and tempo how steep the tears run; the pattern's pull
(its energy curve), fineness and how many motifs cross the frame (its tempo), the
pattern (a calm song's arches or curls, a loud one's peacock), the tear's roughness
(its turbulence); the seed the tears' way and the rest. Its one tear a little
tilted across the middle had drawn the same picture for two songs, recoloured
(round 16).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
# the pattern's scale against a full-bleed sheet's: a few motifs (at 0.42-0.55 alone
# the peacock's eyes had read as tiger stripes or arrows, round 15)
SCALE = (0.7, 0.95)
FASTER = 0.3  # the scale added for the fastest song (more, smaller motifs)
KINDS = ("curl", "gelgit", "peacock")  # the patterns, calm to loud
TILT = 0.16  # a calm song's tear's slope across the cover (the core's widest)
STEEPEST = 0.5  # a turbulent, fast song's tear's slope (the seed moves both)
NEAREST_MOST = 0.6  # the near tear runs no further from the title (as `away` reads it)
LEAST = 0.38  # the least depth of a piece torn off at the far edge too
STRIP = 0.35  # the share of sheets torn at the far edge too (more for a long fade-out)
DIP = 0.12  # a section this much quieter than the one before may tear the sheet apart
AT_DIP = 0.7  # the share of such dips that tear it (the seed)
GAP = (0.03, 0.09)  # the paper showing between two pieces (as `away` reads it)
PIECE_LEAST = 0.16  # the least depth of a piece (a thinner one read as a ribbon)
PIECES_MOST = 3
CORE = (0.004, 0.012)  # the torn paper's white core (share of the side)
SHADOW = 0.018  # the sheet's shadow on the field below its torn edge


def tear(
    d: ArtDirection, rng: np.random.Generator, size: int, at: float, slope: float
) -> np.ndarray:
    """The tear's line (as `away` reads it) at each of `size` places along the edge:
    at `at`, sloped by `slope` across the cover, rough at every scale (rougher for
    turbulent music)."""
    a = (np.arange(size) + 0.5) / size
    line = at + slope * (a - 0.5)
    for freq, amp in ((1.5, 0.016), (4, 0.009), (11, 0.004), (29, 0.002), (71, 0.001)):
        amp *= 1.0 + 0.8 * d.turbulence
        line += amp * np.sin(2 * np.pi * freq * a + rng.uniform(0, 2 * np.pi))
    # the fibres, from a generator of their own: drawn from `rng`, their count (the
    # size) moved every later choice, and a 1024 px sheet was torn in two where its
    # 256 px preview was whole
    fibres = np.random.default_rng(int(rng.integers(2**32)))
    line += fibres.normal(0, 0.0007, size)
    return line.astype(F)


def slope_of(d: ArtDirection, rng: np.random.Generator, start: float) -> float:
    """The near tear's slope across the cover: steeper for a turbulent or fast song
    (TILT to STEEPEST), the seed its way and a little of its size; never so steep that
    the tear's low end leaves the sheet under half the cover."""
    steep = TILT * 0.4 + (STEEPEST - TILT * 0.4) * (0.6 * d.turbulence + 0.4 * pat.fineness(d))
    steep *= float(rng.uniform(0.7, 1.2))
    steep = min(steep, max(2 * (NEAREST_MOST - 0.12 - start), TILT * 0.4))
    return float(steep * rng.choice((-1, 1)))


def pieces_of(
    d: ArtDirection, rng: np.random.Generator, start: float, slope: float
) -> list[tuple[float, float]]:
    """Where the torn pieces of the sheet lie (near and far edge, as `away` reads it;
    a far edge of 1 runs off the cover): the song's timeline laid from the title's
    side to the far edge, the sheet torn where the song first reaches its loudest
    section (a song that bursts in early gives a deep sheet, one that builds slowly a
    wide plain field), and torn apart again at each dip between loud sections (a paper
    gap as long as the dip, up to three pieces); torn off at the far edge too where
    the song fades out long (and the seed wills)."""
    parts = pat.sections(d)
    lo = start - 0.015 + abs(slope) / 2  # the tear's nearest point stays off the title
    loudest = max(parts, key=lambda p: p[2])
    # how deep the near tear runs: the song's burst most (0.7), the seed the rest
    begin = float(np.clip((loudest[0] - 0.08) / 0.6, 0.0, 1.0)) * 0.7 + float(rng.uniform(0, 0.3))
    near = lo + max(NEAREST_MOST - lo, 0.0) * begin
    span = 1.0 - near
    pieces = [[near, 1.0]]
    for k in range(1, len(parts) - 1):  # the dips: a step down after the loudest
        a, b, level = parts[k]
        if a <= loudest[0] or level > parts[k - 1][2] - DIP or rng.random() > AT_DIP:
            continue
        gap_at = near + span * (a - loudest[0]) / max(1.0 - loudest[0], 1e-3)
        gap_at += float(rng.uniform(-0.05, 0.05))
        gap = float(np.clip(span * (b - a) * 0.6, *GAP))
        if gap_at - pieces[-1][0] < PIECE_LEAST or 1.0 - gap_at - gap < PIECE_LEAST:
            continue
        if len(pieces) == PIECES_MOST:
            break
        pieces[-1][1] = gap_at
        pieces.append([gap_at + gap, 1.0])
    fade = 1.0 - parts[-1][0]  # how long the song fades out
    if rng.random() < STRIP + fade and 1.0 - pieces[-1][0] > LEAST + 0.1:
        pieces[-1][1] = max(1.0 - float(rng.uniform(0.06, 0.1)) - fade, pieces[-1][0] + LEAST)
    return [(a, b) for a, b in pieces]


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The torn sheet shaded at `size` (its pattern's moves on a `coarse` grid), torn
    into the pieces the song lays out (pieces_of), and its focus (the pieces)."""
    ground, inks = colours = cut.dark_led(d, colours)
    box = sheet.art_box(d, side)
    start = cut.depth_of(box, side)
    f = mf.Field.grid(coarse)
    scale = rng.uniform(*SCALE) + FASTER * pat.fineness(d)
    g = mf.Field((f.x - F(0.5)) * F(scale) + F(0.5), (f.y - F(0.5)) * F(scale) + F(0.5), f.px)
    angle = pat.comb_angle(d, rng)
    bands = pat.combed(g, d, rng, len(inks), kind(d, rng), angle)
    art = cut.pattern(mf.across(g, angle), bands, size, ground, inks)
    x, y = raster.pixel_grid(size)
    b = cut.away(side, x, y)
    slope = slope_of(d, rng, start)
    layout = pieces_of(d, rng, start, slope)
    pieces = []
    for k, (near, far) in enumerate(layout):  # each piece torn at a slope near the first
        turn = slope if k == 0 else slope * float(rng.uniform(0.4, 1.3))
        piece = _torn(d, rng, size, side, b, near, turn)
        if far < 1.0:
            back = -turn * float(rng.uniform(0.5, 1))  # the far tear runs back toward level
            edge = _torn(d, rng, size, side, F(1) - b, 1.0 - far, back)
            piece = [a * c for a, c in zip(piece, edge, strict=True)]
        pieces.append(piece)
    field = np.broadcast_to(np.asarray(ground, F), art.shape).copy()
    for piece in pieces:
        field *= (F(1) - F(0.22) * piece[0] * piece[0])[..., None]
    sheet_in = [np.maximum.reduce(layer) for layer in zip(*pieces, strict=True)]
    white = raster.tone((250, 248, 242), 0.96 if rgb_to_oklch(ground)[0] < 0.9 else 0.995, 0.01)
    out = cut.lay(field, white, sheet_in[1])
    out = cut.lay(out, art, sheet_in[2])
    near, far = layout[0][0] - abs(slope) / 2, layout[-1][1]
    return out, compose.clip_box(_focus(box, side, near, far))


def kind(d: ArtDirection, rng: np.random.Generator) -> str:
    """The sheet's pattern: by how loud the song is (KINDS, calm to loud), the seed at
    times taking the neighbouring one."""
    k = min(int(d.energy * len(KINDS)), len(KINDS) - 1)
    if rng.random() < 0.35:
        k = int(np.clip(k + rng.choice((-1, 1)), 0, len(KINDS) - 1))
    return KINDS[k]


def _torn(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    side: str,
    b: np.ndarray,
    at: float,
    slope: float,
) -> list[np.ndarray]:
    """Where a sheet torn along `at` (as `b` reads it: the sheet lies beyond) is: its
    shadow on the paper short of the tear, its white core, its marbled face (1 on the
    sheet)."""
    line = tear(d, rng, size, at, slope)
    core = line + F(rng.uniform(*CORE)) + np.abs(tear(d, rng, size, 0.0, rng.uniform(-TILT, TILT)))
    line_at, core_at = (line[:, None], core[:, None]) if side == "right" else (line, core)
    shade = np.clip(F(1) - (line_at - b) / F(SHADOW), 0, 1) * (b < line_at)
    return [shade, cut.cover(line_at - b), cut.cover(core_at - b)]


def _focus(box: compose.Box, side: str, near: float, far: float) -> compose.Box:
    """The art's box, from the near tear's nearest point to the far tear (as `away`
    reads them)."""
    x0, y0, x1, y1 = box
    near = max(near, 0.0)
    if side == "right":
        return (max(x0, 1.0 - far), y0, min(x1, 1.0 - near), y1)
    if side.startswith("bottom"):
        return (x0, max(y0, 1.0 - far), x1, min(y1, 1.0 - near))
    return (x0, max(y0, near), x1, min(y1, far))
