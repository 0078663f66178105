"""Pixel sort's laser fan for the rave genres (EDM, house, hyperpop): a fan of neon
beams from one point at the cover's edge on a dark field, cut into slices on the
song's hits that are sorted sideways, the beams smeared into brash bars of colour.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_sources as ps
from sleeve.engine.styles.cover_parts.pixel_ops import LUMA

Rng = np.random.Generator
FIELD = (6, 4, 10)


def beam_colours(d: ArtDirection) -> tuple[np.ndarray, ...]:
    """The beams' neons: the palette's vivid colours (at least two), lifted to glow on
    the dark field; the hyperpop neons where the palette has none."""
    pal = d.palette
    vivid = [c for c in (*pal.colors, pal.accent) if rgb_to_oklch(c)[1] > 0.1]
    vivid = list(dict.fromkeys(vivid))
    if len(vivid) < 2:
        vivid = [c for pair in ps.NEON_PAIRS[:2] for c in pair][:3]
    lit = [raster.vivid(c, max(0.7, rgb_to_oklch(c)[0]), 0.25) for c in vivid[:3]]
    return tuple(ps._rgb(c) for c in lit)


def fan(d: ArtDirection, rng: Rng, res: int, lo: float, hi: float) -> ps.Source:
    """A fan of beams in the rows lo..hi from a point on the edge away from the title
    (below it when the title is at the top), their count from the song's density, each
    a thin neon wedge with a glow; the subject is the fan's wedge, beams and the dark
    between them, so a sorted run carries both."""
    x, y = ps._grid(res)
    below = lo > 0.2  # the title's band is at the top
    ox = rng.uniform(0.3, 0.7)
    oy = 1.04 if below else -0.04
    count = 7 + int(round(6 * d.density))
    spread = np.radians(rng.uniform(80, 130))
    up = -np.pi / 2 if below else np.pi / 2
    angle = np.arctan2(y - oy, x - ox) - up
    angle = (angle + np.pi) % (2 * np.pi) - np.pi
    at = np.linspace(-spread / 2, spread / 2, count) + rng.uniform(-0.03, 0.03, count)
    near = np.abs(angle[..., None] - at[None, None, :])
    which = np.argmin(near, axis=-1)
    off = np.take_along_axis(near, which[..., None], axis=-1)[..., 0]
    dist = np.hypot(x - ox, y - oy)
    width = 0.004 + 0.004 * rng.random(count)
    core = off < width[which] * (1.0 + 1.5 * dist)
    glow = np.exp(-off / (0.035 * (0.5 + dist))) * 0.55
    neons = np.stack(beam_colours(d))
    colour = neons[which % len(neons)]
    inside = (y >= lo) & (y <= hi)
    gone = (y - lo) if below else (hi - y)  # the beams die out toward the title
    fade = (np.clip(gone / 0.3, 0.0, 1.0) ** 1.6)[..., None]
    field = ps._rgb(FIELD)
    img = field + (colour - field) * np.clip(glow[..., None] + core[..., None], 0, 1) * fade
    hot = field + (0.4 * colour + 0.6 - field) * fade  # a white-hot core
    img = np.where(core[..., None] & inside[..., None], hot, img)
    img = np.where(inside[..., None], img, field)
    wedge = (np.abs(angle) < spread / 2 + 0.03) & inside
    centre = (float(ox), float((lo + hi) / 2), float((hi - lo) / 2))
    return ps._grain(rng, img.astype(np.float32), res, wedge, centre, 1.0)


def gather(img: np.ndarray, wedge: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """In each of `rows` (rows of img, sorting rightwards), the wedge's lit pixels
    gathered from its first pixel, sorted bright to dark, the rest of the wedge's
    row left dark: a bar of the beams' neons as long as they were lit."""
    out = img.copy()
    field = ps._rgb(FIELD)
    lum = img @ LUMA
    for r in np.flatnonzero(rows & wedge.any(axis=1)):
        cols = np.flatnonzero(wedge[r])
        lit = cols[lum[r, cols] > 0.3]
        order = lit[np.argsort(-lum[r, lit], kind="stable")]
        out[r, cols] = field
        out[r, cols[0] : cols[0] + len(order)] = img[r, order]
    return out


def glitter(img: np.ndarray, rng: Rng, wedge: np.ndarray, count: int) -> np.ndarray:
    """Hyperpop's glitter over the fan: `count` four-point sparkles (a cross of thin
    rays, a bright centre) scattered in the wedge, in white and the beams' neons."""
    out = img.copy()
    res = img.shape[0]
    ys, xs = np.nonzero(wedge)
    if not len(ys):
        return out
    pick = rng.choice(len(ys), size=min(count, len(ys)), replace=False)
    for y, x in zip(ys[pick], xs[pick], strict=True):
        arm = int(rng.integers(2, max(3, res // 40)))
        tint = np.float32(1.0) if rng.random() < 0.6 else img[y, x] * 0.3 + 0.7
        for dy, dx in ((0, 1), (1, 0)):
            for s in range(-arm, arm + 1):
                yy, xx = y + dy * s, x + dx * s
                if 0 <= yy < res and 0 <= xx < res:
                    a = 1.0 - abs(s) / (arm + 1)
                    out[yy, xx] = out[yy, xx] + a * (tint - out[yy, xx])
    return out
