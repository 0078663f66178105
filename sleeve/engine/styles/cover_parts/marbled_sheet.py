"""How a marbled sheet sits on the cover: full bleed, a torn sheet over plain paper
(its ragged edge showing the paper's white core), or a strip with deckled edges;
the plain paper is where the title goes (calm_zone predicts where that is). A full
sheet has the title's zone washed back towards the ground, so the title sits on
quiet marbling, not on a halo."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone

LAYOUTS = ("torn", "strip", "full")
FIXED = ("vertical", "title-image", "top-left", "bottom-left")  # title layouts with one place


def _ragged(rng: np.random.Generator, n: int, rough: float) -> np.ndarray:
    """An edge's offsets at n points along it: a few long waves and a rough walk."""
    t = np.linspace(0, 1, n)
    wave = sum(
        rng.uniform(0.2, 1.0) * np.sin(2 * np.pi * (f * t + rng.random())) / f for f in (1, 2, 3)
    )
    walk = np.cumsum(rng.normal(0, 1, n))
    walk -= np.linspace(walk[0], walk[-1], n)
    jag = rng.normal(0, 1, n)
    return rough * (0.012 * wave + 0.01 * walk / max(np.abs(walk).max(), 1e-6) + 0.002 * jag)


def _band(edges: list[np.ndarray], size: int) -> Image.Image:
    """An anti-aliased mask (L) of the polygon through the given edge points."""
    mask = Image.new("RGB", (size, size), (0, 0, 0))
    draw = aggdraw.Draw(mask)
    pts = np.concatenate(edges) * size
    draw.polygon(pts.ravel().tolist(), aggdraw.Brush((255, 255, 255)))
    draw.flush()
    return mask.convert("L")


def _torn(
    rng: np.random.Generator, size: int, rough: float, below: bool
) -> tuple[Image.Image, Image.Image, compose.Box]:
    """The torn sheet's mask (over the lower part of the cover or the upper), its
    white-core rim's mask and its box."""
    y0 = rng.uniform(0.42, 0.6)
    x = np.linspace(-0.02, 1.02, 240)
    y = y0 + _ragged(rng, len(x), rough) * 2.5
    rim = y + (rng.uniform(0.008, 0.014) + np.abs(_ragged(rng, len(x), rough))) * (
        1 if below else -1
    )
    far = 1.05 if below else -0.05
    tail = np.array([[1.05, far], [-0.05, far]])
    sheet = _band([np.stack([x, rim], 1), tail], size)
    core = _band([np.stack([x, y], 1), tail], size)
    box = (0.0, float(y.min()), 1.0, 1.0) if below else (0.0, 0.0, 1.0, float(y.max()))
    return sheet, core, box


def _strip(
    rng: np.random.Generator, size: int, rough: float, zone: str
) -> tuple[Image.Image, compose.Box]:
    """A strip with deckled edges clear of the title's zone (across the cover below a
    top title, above a bottom one or through the middle when it may be either, down
    the left beside a right column), and its box."""
    across = zone != "right"
    width = rng.uniform(0.3, 0.45)
    start = {"top": rng.uniform(0.45, 0.6), "either": 0.5 - width / 2}.get(
        zone, rng.uniform(0.04, 0.14)
    )
    t = np.linspace(-0.02, 1.02, 120)
    a = start + _ragged(rng, len(t), rough * 0.5)
    b = start + width + _ragged(rng, len(t), rough * 0.5)
    if across:
        edges = [np.stack([t, a], 1), np.stack([t, b], 1)[::-1]]
        box = (0.0, float(start), 1.0, float(min(1.0, start + width)))
    else:
        edges = [np.stack([a, t], 1), np.stack([b, t], 1)[::-1]]
        box = (float(start), 0.0, float(min(1.0, start + width)), 1.0)
    return _band(edges, size), box


def lay_out(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, ground: RGB
) -> tuple[Image.Image, compose.Box, str]:
    """Place the marbled sheet clear of the title's zone (calm_zone): full bleed for
    dense tracks (and a title in the middle) with that zone washed quiet, a torn
    sheet or a strip on plain paper for sparser ones; returns the cover, the focal
    box and the layout (one of LAYOUTS)."""
    zone = calm_zone.title_zone(direction, raster.rng_for(direction, "marbled-zone"))
    if direction.layout not in FIXED:  # a centred title may go top or bottom: keep both
        zone = "either"
    layout = compose.pick(rng, LAYOUTS, 0.4 + 0.8 * direction.density)
    if layout == "torn" and zone in ("right", "either"):
        layout = "strip"
    if layout == "full" or zone == "centre":
        return (*_washed(img, zone, rng, ground, 0.97), "full")
    size = img.size[0]
    dark = rgb_to_oklch(ground)[0] < 0.5
    bg = direction.palette.background
    plain = raster.ground(bg, 0.1 if dark else 0.95, 0.01 if dark else 0.015)  # neon stays
    paper = Image.new("RGB", img.size, plain)
    rough = 0.6 + 0.8 * direction.turbulence
    if layout == "torn":
        sheet, core, box = _torn(rng, size, rough, zone == "top")
        white = Image.new("RGB", img.size, raster.tone(bg, 0.9 if dark else 0.99, 0.01))
        return Image.composite(img, Image.composite(white, paper, sheet), core), box, layout
    mask, box = _strip(rng, size, rough, zone)
    return Image.composite(img, paper, mask), box, layout


def _washed(
    img: Image.Image, zone: str, rng: np.random.Generator, ground: RGB, wash: float
) -> tuple[Image.Image, compose.Box]:
    """The marbling washed `wash` of the way to the ground in the title's zone (a
    band with a soft, ragged edge), and the focal box: the rest of the cover."""
    size = img.size[0]
    t = np.linspace(-0.02, 1.02, 120)
    if zone == "either":  # both bands: wash the top, then the bottom
        img, _ = _washed(img, "top", rng, ground, wash)
        img, _ = _washed(img, "bottom", rng, ground, wash)
        return img, (0.0, 0.3, 1.0, 0.7)
    x0, y0, x1, y1 = calm_zone.ZONES[zone]
    if zone == "right":
        a = np.full_like(t, x0) + _ragged(rng, len(t), 1.0)
        edges = [np.stack([a, t], 1), np.array([[1.05, 1.05], [1.05, -0.05]])]
    else:
        lo = np.full_like(t, y0 if y0 > 0 else -0.05)
        hi = np.full_like(t, y1 if y1 < 1 else 1.05)
        lo = lo + (_ragged(rng, len(t), 1.0) if y0 > 0 else 0)
        hi = hi + (_ragged(rng, len(t), 1.0) if y1 < 1 else 0)
        edges = [np.stack([t, lo], 1), np.stack([t, hi], 1)[::-1]]
    mask = _band(edges, size).filter(ImageFilter.GaussianBlur(size * 0.008))
    faded = Image.blend(img, Image.new("RGB", img.size, ground), wash)
    return Image.composite(faded, img, mask), calm_zone.away_from(zone)
