"""The torn sheet: a marbled sheet in a big peacock pattern (a few motifs across the
frame, never a small all-over repeat; the bouquet's wide waves read as tiger stripes
and brush marks, not marbling, two reviewers, round 9) laid over the cover and torn off
along a rough line by the title, the paper's white core showing at the tear and the
plain field under it holding the title.

The song moves it: the pattern's pull (its energy curve), fineness and how many
motifs cross the frame (its tempo), the pattern (a calm song's arches or curls, a
loud one's peacock), the tear's roughness (its turbulence); the seed the tear's tilt
and depth, and whether the sheet is torn at the far edge too (a torn strip) or torn
in two across the middle (a song that swings from quiet to loud more often). Its
one big peacock at one tilt had repeated across the bench (round 15).
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
TILT = 0.16  # the tear's steepest slope across the cover
DEEPER = 0.12  # how much further from the title the tear may run
STRIP = 0.4  # the share of sheets torn at the far edge too
LEAST = 0.38  # the least depth of a torn strip (as `away` reads it)
FAR = (0.8, 0.92)  # where that far tear runs (as `away` reads it)
SPLIT = (0.25, 0.4)  # the share of whole sheets torn in two: least, added by a swinging song
SPLIT_ROOM = 0.5  # the least depth past the near tear a sheet is torn in two across
SPLIT_GAP = (0.03, 0.08)  # the paper showing between the two pieces (as `away` reads it)
CORE = (0.004, 0.012)  # the torn paper's white core (share of the side)
SHADOW = 0.018  # the sheet's shadow on the field below its torn edge


def tear(
    d: ArtDirection, rng: np.random.Generator, size: int, at: float, tilt: float = TILT
) -> np.ndarray:
    """The tear's line (as `away` reads it) at each of `size` places along the edge:
    at `at`, tilted by the seed up to `tilt`, rough at every scale (rougher for
    turbulent music)."""
    a = (np.arange(size) + 0.5) / size
    line = at + rng.uniform(-tilt, tilt) * (a - 0.5)
    for freq, amp in ((1.5, 0.016), (4, 0.009), (11, 0.004), (29, 0.002), (71, 0.001)):
        amp *= 1.0 + 0.8 * d.turbulence
        line += amp * np.sin(2 * np.pi * freq * a + rng.uniform(0, 2 * np.pi))
    # the fibres, from a generator of their own: drawn from `rng`, their count (the
    # size) moved every later choice, and a 1024 px sheet was torn in two where its
    # 256 px preview was whole
    fibres = np.random.default_rng(int(rng.integers(2**32)))
    line += fibres.normal(0, 0.0007, size)
    return line.astype(F)


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The torn sheet shaded at `size` (its pattern's moves on a `coarse` grid), and
    its focus (the sheet)."""
    ground, inks = cut.dark_led(d, colours)
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
    near = start - 0.015 + TILT / 2 + rng.uniform(0, DEEPER)
    sheet_in = _torn(d, rng, size, side, b, near)
    far = rng.uniform(*FAR) if rng.random() < STRIP else 0.0
    far = far if far - near > LEAST else 0.0  # a thin strip reads as a ribbon
    if far:  # torn at the far edge too: paper there, a shadow cast on it
        far_in = _torn(d, rng, size, side, F(1) - b, 1.0 - far)
        sheet_in = [a * c for a, c in zip(sheet_in, far_in, strict=True)]
    split = 0.0 if far else split_at(d, rng, near)
    pieces = [sheet_in]
    if split:  # torn in two across the middle, steeper for a turbulent song
        steep = TILT * (1.5 + 2.5 * d.turbulence)
        first = _torn(d, rng, size, side, F(1) - b, 1.0 - split, steep)
        pieces = [[a * c for a, c in zip(sheet_in, first, strict=True)]]
        pieces.append(_torn(d, rng, size, side, b, split + rng.uniform(*SPLIT_GAP), steep))
    field = np.broadcast_to(np.asarray(ground, F), art.shape).copy()
    for piece in pieces:
        field *= (F(1) - F(0.22) * piece[0] * piece[0])[..., None]
    sheet_in = [np.maximum(*layer) for layer in zip(*pieces, strict=True)] if split else sheet_in
    white = raster.tone((250, 248, 242), 0.96 if rgb_to_oklch(ground)[0] < 0.9 else 0.995, 0.01)
    out = cut.lay(field, white, sheet_in[1])
    out = cut.lay(out, art, sheet_in[2])
    return out, compose.clip_box(_focus(box, side, far))


def split_at(d: ArtDirection, rng: np.random.Generator, near: float) -> float:
    """Where the sheet is torn in two (as `away` reads it; 0 where it is whole): a song
    that swings from quiet to loud more often (its energy curve's range), across the
    middle of what lies past the near tear."""
    line = pat.energy_line(d)
    swing = float(np.ptp(line)) / 1.3 * float(np.mean(np.abs(np.diff(line))) > 0.02)
    if rng.random() >= SPLIT[0] + SPLIT[1] * swing * d.energy or 1.0 - near < SPLIT_ROOM:
        return 0.0  # under a deep title, two thin pieces read as ribbons
    return near + (1.0 - near) * float(rng.uniform(0.35, 0.6))


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
    tilt: float = TILT,
) -> list[np.ndarray]:
    """Where a sheet torn along `at` (as `b` reads it: the sheet lies beyond) is: its
    shadow on the paper short of the tear, its white core, its marbled face (1 on the
    sheet)."""
    line = tear(d, rng, size, at, tilt)
    core = line + F(rng.uniform(*CORE)) + np.abs(tear(d, rng, size, 0.0))
    line_at, core_at = (line[:, None], core[:, None]) if side == "right" else (line, core)
    shade = np.clip(F(1) - (line_at - b) / F(SHADOW), 0, 1) * (b < line_at)
    return [shade, cut.cover(line_at - b), cut.cover(core_at - b)]


def _focus(box: compose.Box, side: str, far: float) -> compose.Box:
    """The art's box, cut back at the far tear where there is one."""
    if not far:
        return box
    x0, y0, x1, y1 = box
    if side == "right":
        return (max(x0, 1.0 - far), y0, x1, y1)
    if side.startswith("bottom"):
        return (x0, max(y0, 1.0 - far), x1, y1)
    return (x0, y0, x1, min(y1, far))
