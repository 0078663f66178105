"""The risograph's gig-poster prints: a big cut-paper figure from the title and the
mood (figure), big overprinted circles (circles), a duotone sphere shaded like a
halftone photograph (sphere), a two-ink repeat that one shape breaks (tile) and a
landscape in three ink layers inside a window (landscape).

None fades into the title: each keeps inside the sheet's area and stops there with
a clean edge, so the title sits on bare paper. The music sets the measures (energy:
sizes and counts; density and tempo: the repeat's grid; the energy curve: the
landscape's far range); the seed places, turns and picks.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_cutouts import FIGURES
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Point,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    polygons,
    ramp,
    star,
)
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in

# what a title names -> the figure cut for it
NAMED = {
    "heart": ("heart",),
    "flower": ("flower",),
    "night": ("moon", "eye"),
    "sun": ("sun",),
    "sea": ("wave",),
    "mountain": ("mountain",),
    "star": ("star",),
    "rain": ("eye", "wave"),
    "cloud": ("mountain", "moon"),
}
# genre -> the figures it cuts, by the seed
KINDS = {
    "punk": ("hand", "eye", "star", "heart"),
    "hardcore": ("hand", "eye", "star"),
    "metal": ("eye", "moon", "mountain", "hand"),
    "post_punk": ("eye", "moon", "hand"),
    "hiphop": ("hand", "eye", "star", "palm"),
    "drill": ("eye", "hand", "moon"),
    "trap": ("eye", "moon", "hand", "star"),
    "pop": ("heart", "flower", "star", "sun", "eye"),
    "kpop": ("heart", "star", "flower", "moon"),
    "rnb": ("heart", "moon", "hand", "flower"),
    "children": ("sun", "flower", "star", "heart"),
    "folk": ("flower", "mountain", "sun", "moon", "hand"),
    "country": ("sun", "mountain", "flower", "star"),
    "lofi": ("moon", "wave", "palm", "flower"),
    "ambient": ("moon", "wave", "mountain", "sun"),
    "latin": ("palm", "sun", "heart", "hand"),
    "world": ("sun", "palm", "hand", "eye"),
    "psychedelic": ("eye", "sun", "flower", "hand"),
    "rock": ("hand", "eye", "star", "mountain"),
    "jazz": ("eye", "hand", "moon", "star"),
    "electronic": ("eye", "sun", "hand", "wave"),
}
CALM = ("moon", "wave", "mountain", "flower")  # a quiet or sad song cuts these


def _kind(d: ArtDirection, rng: Rng) -> str:
    """The figure: what the title names most of the time, else the genre's figures
    (a quiet, sad song leans to the calm ones), else any."""
    named = [k for word in sorted(named_in(d.title)) for k in NAMED.get(word, ())]
    pick = rng.random()
    if named and pick < 0.8:
        return named[int(rng.integers(len(named)))]
    kinds = KINDS.get(d.language.subgenre) or KINDS.get(d.genre) or tuple(FIGURES)
    if d.energy < 0.4 and d.valence < 0.45:
        kinds = tuple(k for k in kinds if k in CALM) or CALM
    return kinds[int(rng.integers(len(kinds)))]


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


def _away(sheet: Sheet) -> bool:
    """Whether the bottom edge is the art's own (a stem or wrist runs off it)."""
    return sheet.zone != "bottom"


def figure(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One huge cut-paper figure named by the title or the mood, solid in the lead
    ink over a backing shape in the second (a disc, a slab or a screened disc) that
    it half covers, so the overprint makes a third colour; its detail in the third
    ink and its holes cut to paper; or on a panel of the second ink it is knocked
    out of, or with its shadow dropped off register in the second ink."""
    kind = _kind(d, rng)
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    s = min(w, h) * rng.uniform(0.44, 0.5) * (0.92 + 0.12 * d.energy)
    side = float(rng.choice((-1, 1)))
    cx = (x0 + x1) / 2 + side * max(w - 2.2 * s, 0) * rng.uniform(0.2, 0.45)
    cy = (y0 + y1) / 2 + (0.04 if _away(sheet) else -0.04) * h
    body, detail, hole = FIGURES[kind](cx, cy, s, rng, _away(sheet))
    back = int(rng.integers(5))
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
    elif back == 2:  # a disc screened like a photograph, dark to one side
        b = fill(disc(bx, by, rb)) * ramp(rng.uniform(0, 360), 1.0, 0.3)
    elif back == 3:  # a panel in the second ink, the figure knocked out of it
        b = inside(sheet, 0.035) * (1 - body)
    else:  # the figure's cut-paper shadow, dropped off register beside it
        drop = int(rng.uniform(0.03, 0.05) * RES)
        b = shift(body, int(side * drop), -drop if _away(sheet) else drop) * (1 - body)
    keep = inside(sheet)
    a = body * (1 - hole)
    plates = [a * keep, b * keep * (1 - hole * (kind == "eye")), detail * (1 - hole) * keep]
    plates = [p.astype(np.float32) for p in plates]
    return plates, _within((cx - 1.2 * s, cy - 1.2 * s, cx + 1.2 * s, cy + 1.2 * s), sheet)


def circles(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Two or three big circles, one an ink each, overlapping so each overlap prints
    the mix of its inks: in a row, a triangle or a falling diagonal; one screened to a
    fade now and then, and with two a small solid dot in the third ink."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    n = 3 if (d.energy > 0.5 or rng.random() < 0.35) else 2
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    form = int(rng.integers(3))
    if form == 1 and rng.random() < 0.75:  # the triangle read as a Venn diagram: rare
        form = 2
    wide = w >= h
    if form == 0:  # a row along the longer side
        r = min((w if wide else h) * 0.94 / (2 + 1.25 * (n - 1)), (h if wide else w) * 0.47)
        steps = [(k - (n - 1) / 2) * 1.25 * r for k in range(n)]
        centres = [(mx + t, my) if wide else (mx, my + t) for t in steps]
    elif form == 1:  # a triangle, like a Venn diagram
        r = min(w, h) * 0.3
        turn = rng.uniform(0, 2 * np.pi)
        angles = [turn + 2 * np.pi * k / n for k in range(n)]
        centres = [(mx + 0.62 * r * np.cos(a), my + 0.62 * r * np.sin(a)) for a in angles]
    else:  # a falling diagonal, one big and the rest smaller
        r = min(w, h) * 0.36
        sx = float(rng.choice((-1, 1)))
        centres = [(mx - sx * 0.3 * w, my - 0.22 * h), (mx + sx * 0.12 * w, my + 0.12 * h),
                   (mx + sx * 0.34 * w, my + 0.3 * h)][:n]  # fmt: skip
    radii = [r * (1.0 if form != 2 else (1.0, 0.75, 0.45)[k]) for k in range(n)]
    plates = [fill(disc(cx, cy, rr)) for (cx, cy), rr in zip(centres, radii, strict=True)]
    if rng.random() < 0.35:  # one circle screened to a fade
        k = int(rng.integers(n))
        plates[k] = plates[k] * ramp(rng.uniform(0, 360), 1.0, 0.2)
    if n == 2:  # a small solid dot in the third ink
        dx, dy = centres[1]
        plates.append(fill(disc(dx + 0.55 * r * float(rng.choice((-1, 1))), dy - 0.7 * r,
                                0.16 * r)))  # fmt: skip
    keep = inside(sheet)
    xs = [c[0] for c in centres]
    ys = [c[1] for c in centres]
    box = (min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r)
    return [(p * keep).astype(np.float32) for p in plates[:3]], _within(box, sheet)


def sphere(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A sphere like a duotone photograph: the lead ink screens its shade (coarse
    dots round the terminator), the second ink covers it and thins to paper in the
    highlight; it rests on a horizon slab in the third ink or casts a screened
    shadow on the paper."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    r = min(w, h) * rng.uniform(0.36, 0.44) * (0.9 + 0.15 * d.energy)
    cx = (x0 + x1) / 2 + float(rng.choice((-1, 1))) * max(w - 2.2 * r, 0) * rng.uniform(0, 0.4)
    cy = (y0 + y1) / 2 - 0.06 * h
    rising = sheet.zone in ("top", "bottom") and rng.random() < 0.35
    if rising:  # a huge sphere rising off the sheet's far edge, like a planet
        r = min(w, h) * rng.uniform(0.62, 0.75)
        cx = (x0 + x1) / 2 + rng.uniform(-0.15, 0.15) * w
        cy = y0 + r + 0.03 if sheet.zone == "top" else y1 - r - 0.03  # whole by the title
    turn = rng.uniform(-2.4, -0.7)  # the light, from above left or right
    lx, ly, lz = 0.75 * np.cos(turn), 0.75 * np.sin(turn), 0.66
    nx, ny = (x - cx) / r, (y - cy) / r
    rr = nx**2 + ny**2
    ball = fill(disc(cx, cy, r))
    nz = np.sqrt(np.clip(1 - rr, 0, 1))
    lam = np.clip(nx * lx + ny * ly + nz * lz, 0, 1)
    a = ball * np.clip(1.0 - 1.1 * lam, 0, 1) ** 1.6
    b = ball * np.clip(1.15 - lam**6, 0, 1)
    ground = cy + r * rng.uniform(0.45, 0.8)
    c = blank()
    if rising:  # no ground: the sphere is the horizon
        pass
    elif rng.random() < 0.5:  # a solid horizon slab in the second ink behind its foot
        b = np.maximum(b, fill(y - ground + 0 * x) * (1 - ball))
    else:  # a screened shadow cast on the paper
        sx = cx - np.cos(turn) * 0.5 * r
        ell = np.sqrt(((x - sx) / (1.1 * r)) ** 2 + ((y - (cy + r)) / (0.18 * r)) ** 2)
        c = np.clip(1.2 - ell, 0, 1) * (1 - ball) * 0.9
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within(compose.around(cx, cy, r * 1.05), sheet)


def _tile_shape(kind: str, cx: float, cy: float, r: float, turn: float) -> list[Point]:
    """The outline of one repeat's motif."""
    if kind == "star":
        return star(cx, cy, r, 5, 0.45, turn)
    if kind == "heart":
        t = np.linspace(0, 2 * np.pi, 48, endpoint=False)
        hx = 16 * np.sin(t) ** 3
        hy = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)) - 2.5
        c, s = np.cos(turn), np.sin(turn)
        return [(cx + r / 16 * (u * c - v * s), cy + r / 16 * (u * s + v * c))
                for u, v in zip(hx, hy, strict=True)]  # fmt: skip
    if kind == "flower":
        t = np.linspace(0, 2 * np.pi, 60, endpoint=False)
        rad = r * (0.45 + 0.55 * np.abs(np.cos(2.5 * (t + turn))) ** 0.6)
        return list(zip(cx + rad * np.cos(t), cy + rad * np.sin(t), strict=True))
    if kind == "drop":
        t = np.linspace(0, 2 * np.pi, 48, endpoint=False)
        rad = r * (0.55 + 0.45 * ((1 - np.sin(t)) / 2) ** 3)
        return list(zip(cx + rad * np.cos(t), cy + rad * np.sin(t) + 0.2 * r, strict=True))
    # a half-moon
    t = np.linspace(turn, turn + np.pi, 30)
    return list(zip(cx + r * np.cos(t), cy + r * np.sin(t), strict=True))


TILES = {  # a named word -> the repeat's motif
    "heart": "heart",
    "star": "star",
    "flower": "flower",
    "rain": "drop",
    "night": "half",
    "sun": "half",
}


def tile(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A repeat in two inks (the motif in the lead, a dot between in the third) over
    the whole area, and one cell breaking it: the motif printed large and turned in
    the second ink, its neighbours left out."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    named = [TILES[k] for k in sorted(named_in(d.title)) if k in TILES]
    kinds = ("heart", "star", "flower", "half", "drop")
    kind = named[0] if named and rng.random() < 0.7 else kinds[int(rng.integers(len(kinds)))]
    cols = 5 + round(2 * d.density) + int(d.tempo_bpm > 125) + int(rng.integers(3))
    cell = (w - 0.04) / cols
    rows = max(2, int((h - 0.04) // cell))
    ox, oy = x0 + (w - cols * cell) / 2, y0 + (h - rows * cell) / 2
    bi = int(rng.integers(1, cols - 1))  # the break inside the field, whole
    bj = int(rng.integers(1, rows - 1)) if rows > 2 else int(rng.integers(rows))
    turn0 = rng.uniform(-0.2, 0.2)
    swing = np.pi * float(rng.random() < 0.4)  # every other motif turned over
    lead, dots = [], blank()
    x, y = grid()
    gx, gy = (x - ox) / cell, (y - oy) / cell
    for j in range(rows):
        for i in range(cols):
            if abs(i - bi) <= 1 and abs(j - bj) <= 1:
                continue
            cx, cy = ox + (i + 0.5) * cell, oy + (j + 0.5) * cell
            lead.append(_tile_shape(kind, cx, cy, 0.36 * cell, turn0 + swing * ((i + j) % 2)))
    fx, fy = np.abs(gx - np.round(gx)), np.abs(gy - np.round(gy))
    near_break = (np.abs(np.round(gx) - bi - 0.5) < 2) & (np.abs(np.round(gy) - bj - 0.5) < 2)
    on_grid = (gx > 0.5) & (gx < cols - 0.5) & (gy > 0.5) & (gy < rows - 0.5)
    dots = fill(0.1 * cell - np.sqrt(fx**2 + fy**2) * cell) * on_grid * ~near_break
    a = polygons(lead)
    bx, by = ox + (bi + 0.5) * cell, oy + (bj + 0.5) * cell
    big = polygons([_tile_shape(kind, bx, by, 1.45 * cell, turn0 + rng.uniform(0.3, 0.7))])
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, big, dots.astype(np.float32))]
    return plates, _within((ox, oy, ox + cols * cell, oy + rows * cell), sheet)


def landscape(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A landscape in three ink layers inside a window (a panel, an arch or a
    circle) with a paper margin: the far range is the song's energy curve in the
    lead ink, screened; the middle hills the second ink; the near ground the third;
    each layer overprints the one behind along its crest; a sun in the second ink
    sits behind the far range."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    m = 0.05
    frame = int(rng.integers(3))
    wx0, wx1 = x0 + m, x1 - m
    if frame == 0:  # a panel, full width or a tall one to one side
        window = inside(sheet, m)
        wy0, wy1 = y0 + m, y1 - m
        if rng.random() < 0.5:
            share = rng.uniform(0.55, 0.75) * w
            if rng.random() < 0.5:
                wx1 = x0 + share
                window = window * fill(wx1 - x + 0 * y)
            else:
                wx0 = x1 - share
                window = window * fill(x - wx0 + 0 * y)
    elif frame == 1:  # an arch
        half = min(w / 2 - m, (h - 2 * m) * 0.45)
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
    sky = (1 - far_m) * (0.3 + 0.45 * deep + 0 * x)
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
