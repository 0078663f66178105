"""How a risograph object sits on the sheet, moved by the music (a review: "the same
icon-in-the-middle layout every time", "objects that look like stock vector icons"):

- drawn: as its composition set it;
- cropped: huge, cut by the sheet's edges (a loud song);
- field: small, off-centre in a wide field of bare paper (a quiet song);
- repeat: a pattern of copies in the song's rhythm, one per strong sixteenth of a
  bar, each as big as its onset, alternate copies swapping their two inks so they
  overprint where they touch, the pattern running off the edges (a fast, busy song).

Every framing recuts the edges by hand with one slow warp, so the shapes read cut
with scissors, not plotted. It stays inside the sheet's area, so the title keeps its
bare paper.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.riso_posters import inside
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Sheet, blank, grid

FRAMINGS = ("drawn", "cropped", "field", "repeat")
# the objects a framing suits (a tower block is a scene: it only crops)
# the stack is never drawn whole in the middle: the centred totem was the icon the
# reviewers named ("the same icon-in-the-middle layout every time")
ALLOWED = {
    "stack": ("cropped", "field", "repeat"),
    "figure": FRAMINGS,
    "citrus": FRAMINGS,
    "diamond": ("drawn", "cropped", "repeat"),
    "tower": ("drawn", "cropped"),
}
CUT = 0.005  # how far the hand-cut warp moves an edge (sheet fractions)


def busy(d: ArtDirection) -> float:
    """How fast and dense the song is, 0..1: the tempo past 90 BPM and the density."""
    return float(0.5 * np.clip((d.tempo_bpm - 90) / 60, 0, 1) + 0.5 * d.density)


def framing(d: ArtDirection, motif: str) -> str:
    """The framing for the composition `motif`: a loud song crops its object huge, a
    quiet one sets it small in a wide field, a fast busy one repeats it in a pattern;
    the seed weighs them (its own rng, so the composition's draws stay as they were)."""
    allowed = ALLOWED.get(motif, ("drawn",))
    weights = {
        "drawn": 0.5,
        "cropped": 0.15 + 3.0 * max(d.energy - 0.45, 0) + 0.6 * d.loudness,
        "field": 0.1 + 3.5 * max(0.5 - d.energy, 0),
        "repeat": 0.05 + 3.0 * max(busy(d) - 0.35, 0),
    }
    p = np.array([weights[f] for f in allowed])
    rng = raster.rng_for(d, "riso-framing")
    return allowed[int(rng.choice(len(allowed), p=p / p.sum()))]


def _resampled(plates: list, anchor: tuple, target: tuple, zoom: float) -> list:
    """The plates scaled by `zoom` about `anchor`, which lands on `target`."""
    x, y = grid()
    sx = (anchor[0] + (x - target[0]) / zoom) * RES - 0.5 + 0 * y
    sy = (anchor[1] + (y - target[1]) / zoom) * RES - 0.5 + 0 * x
    return [ndimage.map_coordinates(p, (sy, sx), order=1, cval=0.0) for p in plates]


def inked(plates: list, focal: Box) -> Box:
    """The box the lead ink covers (the object's body: a composition's focal box is
    padded round it, and a backing panel or shadow in the other drums spans far
    wider), or the focal box where nothing is inked."""
    ink = np.asarray(plates[0]) > 0.5
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not rows.size:
        return focal
    return (cols[0] / RES, rows[0] / RES, (cols[-1] + 1) / RES, (rows[-1] + 1) / RES)


def _cropped(d: ArtDirection, rng: np.random.Generator, plates: list, focal: Box, sheet: Sheet):
    """The object huge, its centre pushed toward a corner of the area so two edges cut
    it: the louder the song, the bigger."""
    x0, y0, x1, y1 = sheet.area
    zoom = (1.7 + 0.8 * d.energy) * rng.uniform(0.95, 1.1)
    anchor = ((focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2)
    sx, sy = float(rng.choice((-1, 1))), float(rng.choice((-1, 1)))
    target = ((x0 + x1) / 2 + sx * (x1 - x0) * 0.14, (y0 + y1) / 2 + sy * (y1 - y0) * 0.12)
    return _resampled(plates, anchor, target, zoom), sheet.area


def _field(d: ArtDirection, rng: np.random.Generator, plates: list, focal: Box, sheet: Sheet):
    """The object small on a thirds point of the area, the rest bare paper."""
    x0, y0, x1, y1 = sheet.area
    side = max(focal[2] - focal[0], focal[3] - focal[1], 1e-3)
    zoom = min(w := x1 - x0, h := y1 - y0) * rng.uniform(0.52, 0.62) / side
    anchor = ((focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2)
    tx = x0 + w * float(rng.choice((1 / 3, 2 / 3))) + rng.uniform(-0.03, 0.03)
    ty = y0 + h * float(rng.choice((0.38, 0.62))) + rng.uniform(-0.03, 0.03)
    half = side * zoom / 2
    box = (tx - half, ty - half, tx + half, ty + half)
    return _resampled(plates, anchor, (tx, ty), zoom), box


def _copy(plate: np.ndarray, box: tuple, side: int) -> np.ndarray:
    """The plate's `box` (pixels) scaled to side x side."""
    img = Image.fromarray(plate[box[1] : box[3], box[0] : box[2]], "F")
    return np.asarray(img.resize((side, side), Image.Resampling.BILINEAR), np.float32)


def _paste(out: np.ndarray, tile: np.ndarray, left: int, top: int) -> None:
    """The tile inked onto the plate at (left, top), cropped by the edges."""
    side = tile.shape[0]
    a0, b0 = max(top, 0), max(left, 0)
    a1, b1 = min(top + side, RES), min(left + side, RES)
    if a1 > a0 and b1 > b0:
        part = tile[a0 - top : a1 - top, b0 - left : b1 - left]
        np.maximum(out[a0:a1, b0:b1], part, out=out[a0:a1, b0:b1])


def _repeat(d: ArtDirection, rng: np.random.Generator, plates: list, focal: Box, sheet: Sheet):
    """The object repeated in a brick-bond pattern to the song's rhythm: a row per
    bar, a copy per strong beat, each as big as its onset, alternate copies in
    swapped inks, the rows running off the sheet's sides."""
    cols = 3 if d.tempo_bpm < 110 else 4
    rows = cols + int(rng.integers(0, 2))
    pitch = 1.0 / (cols - 0.35)  # a copy's cell: the last one in a row runs off
    hits = signals.onsets(d, rows * cols * 2)[::2]
    strong = hits >= np.quantile(hits, 0.35 - 0.25 * d.density)  # a busier song fills more
    b = [int(round(v * RES)) for v in focal]
    b = [min(max(b[0], 0), RES - 2), min(max(b[1], 0), RES - 2), b[2], b[3]]
    b[2], b[3] = max(min(b[2], RES), b[0] + 2), max(min(b[3], RES), b[1] + 2)
    out = [blank(), blank(), blank()]
    shift = rng.uniform(0, 1)
    k = 0
    for r in range(rows):
        for c in range(cols + 1):
            step = (r * cols + c) % len(hits)
            if not strong[step]:
                continue
            side = int(pitch * RES * (0.78 + 0.3 * float(hits[step])))
            cx = (c - 0.5 * (r % 2) + shift * 0.5) * pitch
            cy = (r + 0.5) * (1.0 / rows)
            left, top = int(cx * RES - side / 2), int(cy * RES - side / 2)
            tiles = [_copy(p, tuple(b), side) for p in plates]
            if k % 2:  # every other copy swaps its two inks
                tiles[0], tiles[1] = tiles[1], tiles[0]
            for o, t in zip(out, tiles, strict=True):
                _paste(o, t, left, top)
            k += 1
    return out, sheet.area


def _hand_cut(rng: np.random.Generator, plates: list) -> list:
    """The plates' edges wobbled as if cut with scissors: one slow warp for all three
    drums, so the inks still register with each other."""
    x, y = grid()
    wx = (raster.fractal_noise(rng, cells=6, octaves=2, res=RES) - 0.5) * 2 * CUT * RES
    wy = (raster.fractal_noise(rng, cells=6, octaves=2, res=RES) - 0.5) * 2 * CUT * RES
    coords = (y * RES - 0.5 + wy, x * RES - 0.5 + wx)
    return [ndimage.map_coordinates(p, coords, order=1, mode="nearest") for p in plates]


FRAMES = {"cropped": _cropped, "field": _field, "repeat": _repeat}


def frame(d: ArtDirection, motif: str, plates: list, focal: Box, sheet: Sheet) -> tuple[list, Box]:
    """The composition's plates in its framing (module docstring), hand-cut and kept
    inside the sheet's area; the focal box follows the object."""
    name = framing(d, motif)
    if motif not in ALLOWED:
        return plates, focal
    rng = raster.rng_for(d, "riso-frame")
    if name in FRAMES:
        focal = inked(plates, focal)
        plates, focal = FRAMES[name](d, rng, [np.asarray(p, np.float32) for p in plates],
                                     focal, sheet)  # fmt: skip
    keep = inside(sheet)
    plates = [(np.clip(p, 0, 1) * keep).astype(np.float32) for p in _hand_cut(rng, plates)]
    return plates, compose.clip_box(focal, 0.05)
