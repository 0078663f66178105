"""Pixel sort: a procedural picture (a gradient orb, a sunset, chrome bands, big
shapes; see pixel_sources) whose pixels are sorted by luminance in streaks, in one
direction, in one of five compositions: a drip melting down from the subject, a
smear band across the middle, a sorted frame around a clean centre, a diagonal split,
or a datamosh of two displaced blocks.

energy -> the composition leans (calm drips and frames, loud smears and moshes) and
how long the streaks run; the energy curve -> each streak's length or threshold
across the cover (the streak ends trace the song); onsets -> where streaks break;
turbulence -> the luminance threshold (how much gets sorted); genre -> the inks
(neon + chrome for hyperpop, light mono + one red for IDM, dark mono for techno);
seed -> the source, the sort direction, the places.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles import pixel_sources as sources
from sleeve.engine.styles.base import Artwork, Box, StyleInfo

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
)

COMPOSITIONS = ("drip", "frame", "diagonal", "band", "mosh")  # calm to loud
RES = 320  # the side the picture is sorted at
LUMA = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


def to_axis(a: np.ndarray, k: int) -> np.ndarray:
    """The picture turned so that sorting runs along rows, left to right: k 0 sorts
    rightwards, 1 downwards, 2 leftwards, 3 upwards."""
    if k in (1, 3):
        a = a.swapaxes(0, 1)
    return a[:, ::-1] if k in (2, 3) else a


def from_axis(a: np.ndarray, k: int) -> np.ndarray:
    """The inverse of to_axis."""
    if k in (2, 3):
        a = a[:, ::-1]
    return a.swapaxes(0, 1) if k in (1, 3) else a


def sort_spans(img: np.ndarray, span: np.ndarray, breaks: np.ndarray) -> np.ndarray:
    """Sort each row's pixels by luminance inside every run of `span` (runs also end at
    `breaks`, a per-column bool); pixels outside the runs stay put."""
    lum = img @ LUMA
    starts = np.ones_like(span)
    starts[:, 1:] = (span[:, 1:] != span[:, :-1]) | breaks[None, 1:]
    key = np.cumsum(starts, axis=1) * 4.0 + np.where(span, lum, 0.0)
    order = np.argsort(key, axis=1, kind="stable")
    return np.take_along_axis(img, order[..., None], axis=1)


def onset_breaks(direction: ArtDirection, n: int) -> np.ndarray:
    """Columns where the streaks break: the song's strong onsets, along the sort axis."""
    hits = signals.onsets(direction, 48)
    cols = (np.flatnonzero(hits > 0.6) + 0.5) / 48 * n
    out = np.zeros(n, bool)
    out[cols.astype(np.intp)] = True
    return out


def bundles(rng: np.random.Generator, n: int) -> np.ndarray:
    """A per-row value in 0..1 held over bundles of 1-6 rows: streak ends jag."""
    widths = rng.integers(1, 7, n)
    return np.repeat(rng.random(n), widths)[:n]


def streaks(img: np.ndarray, d: ArtDirection, rng: np.random.Generator, lo: float) -> np.ndarray:
    """Where the pixels sort: in each row a streak from a jagged start, as long as the
    energy curve is loud at that row, over pixels above the luminance threshold."""
    n, m = img.shape[:2]
    level = signals.energy(d, n)
    start = bundles(rng, n) * 0.45 * m
    length = (0.2 + 0.55 * level + 0.3 * bundles(rng, n)) * m
    cols = np.arange(m)[None, :]
    inside = (cols >= start[:, None]) & (cols < (start + length)[:, None])
    return inside & ((img @ LUMA) >= lo)


def _drip(img: np.ndarray, subject: np.ndarray, d: ArtDirection, k: int) -> np.ndarray:
    """The subject's lower half melts along the axis: its pixels, sorted, stretched
    over a length that follows the energy curve across the subject."""
    a, s = to_axis(img, k), to_axis(subject, k)
    n = a.shape[1]
    has = s.any(axis=1)
    first = np.argmax(s, axis=1)
    last = n - 1 - np.argmax(s[:, ::-1], axis=1)
    mid = (first + last) // 2
    size = np.maximum(last - mid + 1, 1)
    jag = bundles(raster.rng_for(d, "pixel-drip"), a.shape[0])
    reach = (0.12 + 0.45 * signals.energy(d, a.shape[0]) + 0.2 * jag) * n
    length = np.minimum(size + reach.astype(np.intp), n - mid)
    lum = a @ LUMA
    cols = np.arange(n)[None, :]
    inside = (cols >= mid[:, None]) & (cols <= last[:, None])
    order = np.argsort(np.where(inside, -lum, 9.0), axis=1, kind="stable")
    j = cols - mid[:, None]
    melt = has[:, None] & (j >= 0) & (j < length[:, None])
    pick = np.clip(j * size[:, None] // np.maximum(length[:, None], 1), 0, n - 1)
    src = np.take_along_axis(order, pick, axis=1)
    out = np.where(melt[..., None], np.take_along_axis(a, src[..., None], axis=1), a)
    return from_axis(out, k)


def _band(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box]:
    """A smear band across the middle: rows inside it sorted above the threshold."""
    y0 = rng.uniform(0.3, 0.5)
    y1 = y0 + rng.uniform(0.16, 0.3) + 0.1 * d.energy
    k = 0 if k in (0, 1) else 2
    a = to_axis(img, k)
    span = streaks(a, d, rng, 0.35 - 0.3 * d.turbulence)
    rows = np.arange(a.shape[0])[:, None] / a.shape[0]
    span &= (rows >= y0) & (rows <= y1)
    out = from_axis(sort_spans(a, span, onset_breaks(d, a.shape[1])), k)
    return out, (0.0, float(y0), 1.0, float(min(1.0, y1)))


def _frame(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box]:
    """Everything outside a clean centre sorted: a frame of streaks."""
    m = rng.uniform(0.14, 0.24)
    x = (np.arange(img.shape[0]) + 0.5) / img.shape[0]
    centre = ((x[None, :] > m) & (x[None, :] < 1 - m)) & ((x[:, None] > m) & (x[:, None] < 1 - m))
    a = to_axis(img, k)
    span = streaks(a, d, rng, 0.4 - 0.3 * d.turbulence) & ~to_axis(centre, k)
    out = from_axis(sort_spans(a, span, onset_breaks(d, a.shape[1])), k)
    return out, (float(m), float(m), float(1 - m), float(1 - m))


def _diagonal(img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int) -> np.ndarray:
    """One side of a diagonal sorted along it; the other side left clean."""
    n = img.shape[0]
    angle = 45.0 if rng.random() < 0.5 else -45.0
    turned = np.asarray(raster.to_image(img).rotate(angle, Image.Resampling.BILINEAR, expand=True))
    a = to_axis(turned.astype(np.float32) / 255.0, 0 if k < 2 else 2)
    cut = rng.uniform(0.4, 0.6) * a.shape[0]
    span = streaks(a, d, rng, 0.35 - 0.3 * d.turbulence)
    span &= (
        (np.arange(a.shape[0]) > cut)[:, None]
        if rng.random() < 0.5
        else (np.arange(a.shape[0]) < cut)[:, None]
    )
    done = from_axis(sort_spans(a, span, onset_breaks(d, a.shape[1])), 0 if k < 2 else 2)
    back = raster.to_image(done).rotate(-angle, Image.Resampling.BILINEAR)
    w = back.size[0]
    box = ((w - n) // 2, (w - n) // 2, (w - n) // 2 + n, (w - n) // 2 + n)
    return np.asarray(back.crop(box), np.float32) / 255.0


def _mosh(
    img: np.ndarray, d: ArtDirection, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box]:
    """Two blocks of the picture copied from elsewhere and smeared, one along the
    axis and one across it (a datamosh)."""
    n = img.shape[0]
    out = img.copy()
    boxes = []
    for turn in (k, (k + 1) % 4):
        w, h = (rng.uniform(0.35, 0.7) * n, rng.uniform(0.18, 0.4) * n)
        x0, y0 = int(rng.uniform(0, n - w)), int(rng.uniform(0, n - h))
        x1, y1 = x0 + int(w), y0 + int(h)
        dx, dy = int(rng.uniform(-0.3, 0.3) * n), int(rng.uniform(-0.3, 0.3) * n)
        block = np.roll(img, (dy, dx), axis=(0, 1))[y0:y1, x0:x1]
        a = to_axis(block, turn)
        span = streaks(a, d, rng, 0.2 - 0.2 * d.turbulence)
        out[y0:y1, x0:x1] = from_axis(sort_spans(a, span, onset_breaks(d, a.shape[1])), turn)
        boxes.append((x0 / n, y0 / n, x1 / n, y1 / n))
    union = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return out, union


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
        return _drip(img, subject, direction, k), compose.around(cx, cy, r + 0.05, r + 0.05)
    if comp == "band":
        return _band(img, direction, rng, k)
    if comp == "frame":
        return _frame(img, direction, rng, k)
    if comp == "diagonal":
        return _diagonal(img, direction, rng, k), None
    return _mosh(img, direction, rng, k)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size): sorted at RES, scaled up, grain."""
    art, focal = _draw(direction)
    img = raster.to_image(art).resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(img, direction, "pixel-sort", 0.02), focal)
