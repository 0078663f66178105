"""Pixel sort: a bright picture melted into glitch streaks. A procedural picture (a
gradient orb, a sunset, chrome bands, big shapes; see pixel_sources) has its pixels
sorted by luminance and smeared into streaks in one direction, in one of five
compositions: a drip melting down from the subject, a smear band across the middle,
a sorted frame around a clean centre, a diagonal split, or a datamosh of two
displaced blocks.

energy -> the composition leans (calm drips and frames, loud smears and moshes) and
how far the streaks reach; the energy curve -> each streak's length across the cover
(the streak ends trace the song); onsets -> the columns where streaks stop;
turbulence -> the luminance threshold where a streak starts; genre -> the inks (neon
+ chrome for hyperpop, light mono + one red for IDM, dark mono for techno); seed ->
the source, the sort direction, the places.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import pixel_ops as ops
from sleeve.engine.styles.cover_parts import pixel_sources as sources

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
)

COMPOSITIONS = ("drip", "frame", "diagonal", "band", "mosh")  # calm to loud
RES = 320  # the side the picture is sorted at


def _drip(img: np.ndarray, subject: np.ndarray, d: ArtDirection, k: int) -> np.ndarray:
    """The subject's lower half melts along the axis: its pixels, sorted, stretched
    over drips whose lengths follow the energy curve across the subject."""
    a, s = ops.to_axis(img, k), ops.to_axis(subject, k)
    n, m = a.shape[:2]
    first = np.argmax(s, axis=1)
    last = m - 1 - np.argmax(s[:, ::-1], axis=1)
    mid = (first + last) // 2
    size = np.where(s.any(axis=1), last - mid + 1, 0)
    jag = ops.bundles(raster.rng_for(d, "pixel-drip"), n)
    reach = (0.1 + 0.4 * signals.energy(d, n) + 0.35 * jag**2) * m * (0.6 + 0.6 * d.energy)
    return ops.from_axis(ops.smear(a, mid, size, size + reach.astype(np.intp)), k)


def _band(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box]:
    """A smear band across the middle: each row inside it streaked from its first
    bright pixel on, as far as the song is loud there."""
    y0 = rng.uniform(0.28, 0.45)
    y1 = y0 + rng.uniform(0.18, 0.3) + 0.1 * d.energy
    k = 0 if k in (0, 1) else 2
    a = ops.to_axis(img, k)
    start, sliver, length = ops.plan(a, d, rng, 0.3 - 0.15 * d.turbulence, 1.2)
    rows = (np.arange(a.shape[0]) + 0.5) / a.shape[0]
    sliver = np.where((rows >= y0) & (rows <= y1), sliver, 0)
    return ops.from_axis(ops.smear(a, start, sliver, length), k), (0.0, y0, 1.0, min(1.0, y1))


def _frame(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box]:
    """Everything streaked but a clean centre window."""
    m = rng.uniform(0.16, 0.26)
    a = ops.to_axis(img, k)
    _, sliver, length = ops.plan(a, d, rng, 0.3, 1.0)
    start = (ops.bundles(rng, a.shape[0]) * 0.3 * a.shape[1]).astype(np.intp)
    out = ops.from_axis(ops.smear(a, start, sliver, length + a.shape[1] // 3), k)
    lo, hi = int(m * img.shape[0]), int((1 - m) * img.shape[0])
    out[lo - 2 : hi + 2, lo - 2 : hi + 2] = out[lo - 2 : hi + 2, lo - 2 : hi + 2] * 0.15
    out[lo:hi, lo:hi] = img[lo:hi, lo:hi]
    return out, (m, m, 1 - m, 1 - m)


def _diagonal(img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int) -> np.ndarray:
    """One side of a diagonal streaked along it; the other side left clean."""
    n = img.shape[0]
    angle = 45.0 if rng.random() < 0.5 else -45.0
    fill = tuple(int(v * 255) for v in np.median(img.reshape(-1, 3), axis=0))  # no black corners
    turned = raster.to_image(img).rotate(angle, Image.Resampling.BILINEAR, True, fillcolor=fill)
    a = ops.to_axis(np.asarray(turned, np.float32) / 255.0, 0 if k < 2 else 2)
    start, sliver, length = ops.plan(a, d, rng, 0.25 - 0.15 * d.turbulence, 1.1)
    rows = np.arange(a.shape[0])
    cut = rng.uniform(0.4, 0.6) * a.shape[0]
    sliver = np.where(rows > cut if rng.random() < 0.5 else rows < cut, sliver, 0)
    done = ops.from_axis(ops.smear(a, start, sliver, length), 0 if k < 2 else 2)
    back = raster.to_image(done).rotate(-angle, Image.Resampling.BILINEAR)
    o = (back.size[0] - n) // 2
    return np.asarray(back.crop((o, o, o + n, o + n)), np.float32) / 255.0


def _mosh(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int, at: tuple[float, float]
) -> tuple[np.ndarray, Box]:
    """Two blocks of the picture copied from elsewhere, their rows sorted and
    stretched, one along the axis and one across it (a datamosh)."""
    n = img.shape[0]
    out = img.copy()
    boxes = []
    for turn in (k, (k + 1) % 4):
        w, h = rng.uniform(0.4, 0.8) * n, rng.uniform(0.18, 0.36) * n
        x0, y0 = int(rng.uniform(0, n - w)), int(rng.uniform(0, n - h))
        x1, y1 = x0 + int(w), y0 + int(h)
        near = (at[1] + rng.uniform(-0.1, 0.1), at[0] + rng.uniform(-0.15, 0.15))  # the subject
        shift = (int((y0 + y1) / 2 - near[0] * n), int((x0 + x1) / 2 - near[1] * n))
        a = ops.to_axis(np.roll(img, shift, axis=(0, 1))[y0:y1, x0:x1], turn)
        a = ops.sort_spans(a, (a @ ops.LUMA) > 0.3 - 0.2 * d.turbulence)
        start, sliver, length = ops.plan(a, d, rng, 2.0, 1.0)
        out[y0:y1, x0:x1] = ops.from_axis(ops.smear(a, start, sliver, length), turn)
        boxes.append((x0 / n, y0 / n, x1 / n, y1 / n))
    x0s, y0s, x1s, y1s = zip(*boxes, strict=True)
    return out, (min(x0s), min(y0s), max(x1s), max(y1s))


def _box(mask: np.ndarray) -> Box:
    """The bounding box of a mask's true pixels, as fractions of the side."""
    n = mask.shape[0]
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return (0.0, 0.0, 1.0, 1.0)
    return (cols[0] / n, rows[0] / n, (cols[-1] + 1) / n, (rows[-1] + 1) / n)


def _draw(direction: ArtDirection) -> tuple[np.ndarray, Box | None]:
    """The sorted picture at RES and its focal box."""
    rng = raster.rng_for(direction, "pixel-sort")
    lean = (direction.energy - 0.2) / 0.6 + rng.uniform(-0.2, 0.2)
    comp = compose.pick(rng, COMPOSITIONS, lean)
    kind = compose.pick(rng, ("orb", "shapes", "sunset") if comp == "drip" else sources.SOURCES)
    img, subject, (cx, cy, r) = sources.source(kind, sources.inks_for(direction), rng, RES)
    k = int(rng.integers(4))
    if comp == "drip":
        k = 1 if rng.random() < 0.75 else (0, 2)[int(rng.integers(2))]
        melted = _drip(img, subject, direction, k)
        return melted, _box(subject | (np.abs(melted - img).sum(axis=2) > 0.1))
    if comp == "band":
        return _band(img, direction, rng, k)
    if comp == "frame":  # a sunset's rows are even: sort it across them
        return _frame(img, direction, rng, (1, 3)[k % 2] if kind == "sunset" else k)
    if comp == "diagonal":
        return _diagonal(img, direction, rng, k), None
    return _mosh(img, direction, rng, k, (cx, cy))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size): sorted at RES, scaled up, grain."""
    art, focal = _draw(direction)
    img = raster.to_image(art).resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "pixel-sort", 0.02), focal)
