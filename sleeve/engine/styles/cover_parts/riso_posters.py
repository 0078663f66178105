"""The risograph's gig-poster prints: a big cut-paper figure the title names, backed,
shadowed or modelled in halftone (figure, figure-shadow, figure-halftone), and a
landscape in three ink layers, bled across the area or inside an arch or circle
(landscape).

The overprinted circles (Venn diagrams), the broken repeat (wallpaper) and the
duotone sphere (a review: "bland halftone ball") are retired; the figures cut no eye
(a review: a yellow eye unrelated to the song, on two tracks).

None fades into the title: each keeps inside the sheet's area and stops there with
a clean edge, so the title sits on bare paper. The music sets the measures (energy:
sizes and counts; tempo: how the hills roll; the energy curve: the
landscape's far range); the seed places, turns and picks.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import riso_colours
from sleeve.engine.styles.cover_parts.riso_cutouts import FIGURES
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    disc,
    fill,
    grid,
    ramp,
)
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in

# what a title names -> the figure cut for it
NAMED = {
    "flower": ("flower",),
    "night": ("moon",),  # an eye on a night title read as a random motif
    "sun": ("sun",),
    "sea": ("wave",),
    "mountain": ("mountain",),
    "star": ("star",),
    "rain": ("wave",),  # water; the eye (a reviewer: "nothing to do with rain") is not rain
    "cloud": ("mountain", "moon"),
    "duck": ("duck",),  # the duckling afloat
}


def kinds_named(title: str) -> list[str]:
    """The figures the title names (a duck alone where it names one: it is shown)."""
    kinds = [k for word in sorted(named_in(title)) for k in NAMED.get(word, ())]
    return ["duck"] if "duck" in kinds else kinds


def _kind(d: ArtDirection, rng: Rng) -> str:
    """The figure the title names (the figure is drawn only for a named one; one at
    random where it names several; a duck always)."""
    kinds = kinds_named(d.title) or ["sun"]
    return kinds[int(rng.integers(len(kinds)))]


def true_colour(d: ArtDirection, kind: str) -> bool:
    """Whether the figure must print in its own colour (a colour the title names, a
    duckling's yellow, a sun's ink): its shadow then prints beside it, not over it."""
    return kind == "sun" or bool(riso_colours.figure_ink(d.title, kind))


def inside(sheet: Sheet, margin: float = 0.0) -> np.ndarray:
    """Coverage of the sheet's area, inset by `margin`: the print stops there cleanly."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    box = np.minimum(np.minimum(x - x0, x1 - x), np.minimum(y - y0, y1 - y)) - margin
    return fill(box + 0 * x)


def _within(box: tuple, sheet: Sheet) -> tuple[float, float, float, float]:
    """The focal box cut to the sheet's area: the subject never claims the title's zone."""
    x0, y0, x1, y1 = sheet.area
    return compose.clip_box(
        (max(box[0], x0), max(box[1], y0), min(box[2], x1), min(box[3], y1)), 0.05
    )


# the figures that are one closed shape: cut by the area's edge they read as a mistake
# (Sunrise Dub's sun sliced by a straight edge, a reviewer, 2026-12-03); a wave, a
# range or a stem may run off it
WHOLE = {"sun": 1.0, "moon": 1.0, "star": 1.12, "duck": 1.1}
EDGE = 0.02  # bare paper kept between a whole figure and the area's edge


def _fit(cx: float, cy: float, s: float, sheet: Sheet, kind: str, reach: float = 0.0) -> tuple:
    """The figure's centre and size moved and shrunk so that a whole figure (WHOLE:
    its reach in sizes, plus `reach`, a shadow's drop) keeps inside the area; others
    as given."""
    if kind not in WHOLE:
        return cx, cy, s
    x0, y0, x1, y1 = sheet.area
    s = min(s, (min(x1 - x0, y1 - y0) / 2 - EDGE - reach) / WHOLE[kind])
    r = WHOLE[kind] * s + reach + EDGE
    return float(np.clip(cx, x0 + r, x1 - r)), float(np.clip(cy, y0 + r, y1 - r)), s


def _away(sheet: Sheet) -> bool:
    """Whether the bottom edge is the art's own (a stem or wrist runs off it)."""
    return sheet.zone != "bottom"


# the figure's arrangements, reported as the layout so the memory counts them apart;
# both are two-ink prints at poster scale. The crop, the row of copies and the ticket
# frame are retired (two reviewers, 2026-12-02: "a cropped jug", "a rating widget",
# "ticket clip-art with the title crashing through its border")
ARRANGEMENTS = ("figure", "figure-shadow", "figure-halftone")


def arrangement(d: ArtDirection) -> str:
    """How the figure is set, by the music and the seed: over a backing shape
    (figure: a quieter song), over its own copy as a hard shadow (figure-shadow: a
    louder one), or modelled in halftone dots (figure-halftone: a softer one).

    Its own rng, so the composition's draws stay as they were."""
    rng = raster.rng_for(d, "riso-figure")
    weights = np.array(
        [0.7 + 0.6 * (1 - d.energy), 0.4 + 0.8 * d.loudness, 0.5 + 0.7 * (1 - d.loudness)]
    )
    return ARRANGEMENTS[int(rng.choice(len(ARRANGEMENTS), p=weights / weights.sum()))]


def _backed(d: ArtDirection, rng: Rng, sheet: Sheet, kind: str) -> tuple:
    """The poster figure (the first arrangement): big beside the middle, solid in the
    lead ink over a backing shape in the second (a disc, a slab or a screened disc)
    that it half covers, so the overprint makes a third colour; or on a panel of the
    second ink it is knocked out of, or with its shadow dropped off register."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    side = float(rng.choice((-1, 1)))
    s = min(w, h) * rng.uniform(0.44, 0.5) * (0.92 + 0.12 * d.energy)
    cx = (x0 + x1) / 2 + side * w * rng.uniform(0.06, 0.18)  # off-centre, on the grid
    cy = (y0 + y1) / 2 + (0.04 if _away(sheet) else -0.04) * h
    cx, cy, s = _fit(cx, cy, s, sheet, kind)
    body, detail, hole = FIGURES[kind](cx, cy, s, rng, _away(sheet))
    back = int(rng.integers(4))
    bx, by = cx - side * 0.45 * s, cy - 0.3 * s * (1 if _away(sheet) else -1)
    rb = s * rng.uniform(0.75, 0.95)
    bx = float(np.clip(bx, x0 + rb + 0.03, max(x1 - rb - 0.03, x0 + rb + 0.03)))
    by = float(np.clip(by, y0 + rb + 0.03, max(y1 - rb - 0.03, y0 + rb + 0.03)))
    if back == 0:  # a flat disc behind, whole (a disc cut by the area's edge read as
        b = fill(disc(bx, by, rb))  # a mistake)
    elif back == 1:  # a slab from the far side
        x, _ = grid()
        edge = cx - side * 0.1 * s
        b = fill((edge - x) * side + 0 * grid()[1])
    elif back == 2:  # a disc screened in coarse dots growing to one side (screened
        # from solid, its middle printed a checkerboard)
        b = fill(disc(bx, by, rb)) * ramp(rng.uniform(0, 360), 0.42, 0.06)
    else:  # a panel in the second ink, the figure knocked out of it
        b = inside(sheet, 0.035) * (1 - body)
    if true_colour(d, kind):  # the backing knocked out under the body: a yellow duck
        b = b * (1 - body)  # under an orange disc printed orange
    box = (cx - 1.2 * s, cy - 1.2 * s, cx + 1.2 * s, cy + 1.2 * s)
    return body * (1 - hole), b, detail * (1 - hole), box


def _shadow(d: ArtDirection, rng: Rng, sheet: Sheet, kind: str) -> tuple:
    """Two-ink overprint: the figure big in the lead ink, and a whole second copy in
    the second ink printed far off register, down and to one side, as a hard shadow;
    where they overlap the inks multiply to a third colour."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    side = float(rng.choice((-1, 1)))
    s = min(w, h) * rng.uniform(0.4, 0.46)
    drop = min(w, h) * (0.07 + 0.05 * d.energy)
    cx = (x0 + x1) / 2 - side * (drop / 2 + w * rng.uniform(0.06, 0.18))  # off-centre
    cy = (y0 + y1) / 2 - (drop / 2 if _away(sheet) else -drop / 2)
    cx, cy, s = _fit(cx, cy, s, sheet, kind, drop)
    body, detail, hole = FIGURES[kind](cx, cy, s, rng, _away(sheet))
    cut = body * (1 - hole)
    step = int(drop * RES)
    b = shift(cut, int(side * step), step if _away(sheet) else -step)
    if true_colour(d, kind):  # the shadow knocked out under the body: a yellow duck
        b = b * (1 - cut)  # over a pink copy printed red ("a pink 'yellow' duck")
    box = (cx - 1.2 * s - drop, cy - 1.2 * s - drop, cx + 1.2 * s + drop, cy + 1.2 * s + drop)
    return cut, b, detail * (1 - hole), box


def _modelled(d: ArtDirection, rng: Rng, sheet: Sheet, kind: str) -> tuple:
    """A two-ink halftone portrait: the figure big and solid in the lead ink, modelled
    round by second-ink dots that deepen towards its rim on the side away from the
    light, and a screened cast shadow falling off it the same way."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    s = min(w, h) * rng.uniform(0.44, 0.5)
    cx = (x0 + x1) / 2 + float(rng.choice((-1, 1))) * w * rng.uniform(0.04, 0.12)
    cy = (y0 + y1) / 2 + (0.03 if _away(sheet) else -0.03) * h
    cx, cy, s = _fit(cx, cy, s, sheet, kind)
    body, detail, hole = FIGURES[kind](cx, cy, s, rng, _away(sheet))
    cut = body * (1 - hole)
    depth = ndimage.distance_transform_edt(cut > 0.5).astype(np.float32) / RES  # to the rim
    light = rng.uniform(0, 2 * np.pi)
    x, y = grid()
    away = np.clip(((x - cx) * np.cos(light) + (y - cy) * np.sin(light)) / s, -1, 1)
    rim = np.clip(1 - depth / (0.45 * s), 0, 1) ** 1.3
    b = cut * np.clip((0.15 + 0.85 * rim) * np.clip(0.5 + 0.6 * away, 0, 1) ** 1.5, 0, 0.42)
    fall = int(0.05 * RES)
    dx, dy = int(fall * np.cos(light)), int(fall * np.sin(light))
    b = np.maximum(b, shift(cut, dx, dy) * (1 - cut) * 0.4)
    if not true_colour(d, kind):  # the dots over the whole body: a duotone
        b = np.maximum(b, cut * 0.12)
    box = (cx - 1.2 * s, cy - 1.2 * s, cx + 1.2 * s, cy + 1.2 * s)
    return cut, b.astype(np.float32), detail * (1 - hole), box


SETTINGS = {"figure": _backed, "figure-shadow": _shadow, "figure-halftone": _modelled}


def figure(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One cut-paper figure named by the title, set in one of the arrangements
    (arrangement: poster, shadow), kept inside the
    sheet's area so the title sits on bare paper."""
    kind = _kind(d, rng)
    a, b, c, box = SETTINGS[arrangement(d)](d, rng, sheet, kind)
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within(box, sheet)


def landscape(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A landscape in three ink layers bled across the whole area, or inside an arch
    or a circle with a paper margin: the far range is the song's energy curve in the
    lead ink, screened; the middle hills the second ink; the near ground the third;
    each layer overprints the one behind along its crest; a sun in the second ink
    sits behind the far range."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    m = 0.05
    frame = int(rng.choice(3, p=(0.5, 0.25, 0.25)))  # bled, an arch, a circle
    wx0, wx1 = x0 + m, x1 - m
    if frame == 0:  # the whole area, bled to the edges: no window, the confident scale
        # (a panel with a paper margin, or a tall one to one side, read as a template)
        window = inside(sheet)
        wx0, wx1, wy0, wy1 = x0, x1, y0, y1
    elif frame == 1:  # an arch
        half = min(w / 2 - m, (h - 2 * m) * 0.62)  # a broad arch, not a doorway
        cx = x0 + m + half + rng.uniform(0, 1) * max(w - 2 * (m + half), 0)  # off-centre
        wx0, wx1 = cx - half, cx + half
        top = y0 + m + half
        arch = np.maximum(disc(cx, top, half), np.minimum(half - np.abs(x - cx), y - top))
        window = fill(np.minimum(arch, y1 - m - y))
        wy0, wy1 = y0 + m, y1 - m
    else:  # a circle
        rad = min(w, h) / 2 - 0.6 * m
        cx = x0 + m + rad + rng.uniform(0, 1) * max(w - 2 * (m + rad), 0)  # off-centre
        window = fill(disc(cx, (y0 + y1) / 2, rad))
        wx0, wx1 = cx - rad, cx + rad
        wy0, wy1 = (y0 + y1) / 2 - rad, (y0 + y1) / 2 + rad
    span = wy1 - wy0
    horizon = wy0 + span * (rng.uniform(0.34, 0.48) + 0.1 * (1 - d.energy))
    cols = np.linspace(0, 1, RES)
    song = np.interp(cols, np.linspace(0, 1, 40), signals.energy(d, 40))
    song = np.convolve(song, np.ones(9) / 9, mode="same")
    far = horizon - span * (0.04 + 0.34 * d.energy * song)  # a loud song raises peaks
    p1, p2 = rng.uniform(0, 2 * np.pi, 2)
    roll = 0.4 + 0.9 * min(d.tempo_bpm / 140, 1.4)  # a fast song rolls more hills
    swell = 0.05 + 0.08 * d.energy
    mid = horizon + span * (0.12 + swell * np.sin(2 * np.pi * cols * roll + p1))
    near = horizon + span * (0.3 + swell * np.sin(np.pi * cols * roll + p2))
    far_m, mid_m, near_m = (fill(y - c[None, :]) for c in (far, mid, near))
    seam = 0.02  # each layer reaches a little under the next: the overprint shows
    b = far_m * (1 - fill(y - mid[None, :] - seam))  # the far range: the second ink
    a = mid_m  # the middle hills: the lead, down to the front
    b = np.maximum(b, near_m)  # the near ground: both inks, their mix
    sx = (wx0 + wx1) / 2 + rng.uniform(-0.22, 0.22) * (wx1 - wx0)
    lift = 0.02 + 0.25 * d.valence  # a happy song's sun rides high, a sad one sets
    radius = span * (0.08 + 0.08 * d.energy)
    sun = fill(disc(sx, horizon - span * lift, radius))
    deep = np.clip((y - wy0) / max(horizon - wy0, 1e-3), 0, 1)  # over the window's sky
    # the sky's screen rises from bare paper at the top (a title over a pink screen
    # read at 3.5:1) to a glow at the horizon
    sky = (1 - far_m) * (0.55 * deep**2 + 0 * x)
    if rng.random() < 0.5:  # a paper sun cut out of the screened sky
        c = sky * (1 - sun)
    else:  # a solid sun in the lead ink overprinting the far range, the sky screened
        c, a = sky * (1 - sun), np.maximum(a, sun)
    if rng.random() < 0.4:  # a river in paper winding across the near ground
        t = np.clip((y - near.min()) / max(wy1 - near.min(), 1e-3), 0, 1)
        river = fill(0.008 + 0.08 * t - np.abs(x - sx - 0.15 * np.sin(6 * t) * t))
        cut = 1 - river * near_m
        a, b = a * cut, b * cut
    plates = [(p * window).astype(np.float32) for p in (a, b, c)]
    return plates, _within((wx0, wy0, wx1, wy1), sheet)
