"""How a risograph object sits on the sheet, moved by the music (a review: "the same
icon-in-the-middle layout every time", "objects that look like stock vector icons"):

- drawn: as its composition set it;
- cropped: huge, cut by the sheet's edges (a loud song);
- field: small, off-centre in a wide field of bare paper (a quiet song).
The pattern of copies in the song's rhythm is retired (round 12's reviewers: "blob
soup"), and so is a cut figure cropped huge (a shape without its subject).

Every framing recuts the edges by hand with one slow warp, so the shapes read cut
with scissors, not plotted. It stays inside the sheet's area, so the title keeps its
bare paper.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.riso_posters import inside
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Sheet, grid

FRAMINGS = ("drawn", "cropped", "field")
# the objects a framing suits (a tower block is a scene: it only crops)
# no repeat and no cropped figure: round 12's reviewers read the repeated copies as
# "blob soup" (Golden Hour's discs, Candyfloss's pills) and a figure cropped huge as a
# shape without a subject (a red blob for a flower, a corner of a star): the figure
# keeps its whole silhouette, drawn or small in a field; a slice or a diamond still
# reads cropped
# a figure is drawn at its size only: set small in a field, Fjord, Early Light's
# breaking wave was "an unreadable blob in an empty square" to three reviewers
ALLOWED = {
    "figure": ("drawn",),
    "citrus": ("drawn", "cropped", "field"),
    "diamond": ("drawn", "cropped"),
    "tower": ("drawn", "cropped"),
}
CUT = 0.005  # how far the hand-cut warp moves an edge (sheet fractions)


def framing(d: ArtDirection, motif: str) -> str:
    """The framing for the composition `motif`: a loud song crops its object huge, a
    quiet one sets it small in a wide field;
    the seed weighs them (its own rng, so the composition's draws stay as they were)."""
    allowed = ALLOWED.get(motif, ("drawn",))
    weights = {
        "drawn": 0.5,
        "cropped": 0.15 + 3.0 * max(d.energy - 0.45, 0) + 0.6 * d.loudness,
        "field": 0.1 + 3.5 * max(0.5 - d.energy, 0),
    }
    p = np.array([weights[f] for f in allowed])
    rng = raster.rng_for(d, "riso-framing")
    return allowed[int(rng.choice(len(allowed), p=p / p.sum()))]


def _resampled(plates: list, anchor: tuple, target: tuple, zoom: float) -> list:
    """The plates scaled by `zoom` about `anchor`, which lands on `target` (one affine
    resample each, bilinear, bare outside)."""
    a = 1.0 / zoom
    data = (a, 0.0, (anchor[0] - target[0] * a) * RES, 0.0, a, (anchor[1] - target[1] * a) * RES)
    return [
        np.asarray(
            Image.fromarray(np.asarray(p, np.float32), "F").transform(
                (RES, RES), Image.Transform.AFFINE, data, Image.Resampling.BILINEAR
            ),
            np.float32,
        )
        for p in plates
    ]


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


def _hand_cut(rng: np.random.Generator, plates: list) -> list:
    """The plates' edges wobbled as if cut with scissors: one slow warp for all three
    drums, so the inks still register with each other."""
    x, y = grid()
    wx = (raster.fractal_noise(rng, cells=6, octaves=2, res=RES) - 0.5) * 2 * CUT * RES
    wy = (raster.fractal_noise(rng, cells=6, octaves=2, res=RES) - 0.5) * 2 * CUT * RES
    sy = np.clip(y * RES - 0.5 + wy, 0, RES - 1.001)
    sx = np.clip(x * RES - 0.5 + wx, 0, RES - 1.001)
    y0, x0 = sy.astype(np.int32), sx.astype(np.int32)
    fy, fx = sy - y0, sx - x0
    at = (y0 * RES + x0).ravel()
    corners = (at, at + 1, at + RES, at + RES + 1)  # one bilinear gather, its weights shared
    weights = [w.ravel() for w in ((1 - fy) * (1 - fx), (1 - fy) * fx, fy * (1 - fx), fy * fx)]
    out = []
    for plate in plates:
        flat = np.asarray(plate, np.float32).ravel()
        value = sum(np.take(flat, c) * w for c, w in zip(corners, weights, strict=True))
        out.append(value.reshape(RES, RES))
    return out


FRAMES = {"cropped": _cropped, "field": _field}


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
