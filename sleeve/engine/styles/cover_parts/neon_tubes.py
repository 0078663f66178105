"""Bending and lighting neon tubes: strokes drawn as glass tubes with a white-hot core,
a saturated body and a soft bloom, one tube flickering low; the light they throw on
the wall falls off with distance. Everything is drawn on a square sheet of `res` px
with geometry in fractions of the side, so the picture is the same at any size.
The tube colours come from the direction's palette, taken to neon lightness and
chroma (a pastel pink becomes a pink tube, a caramel an amber one)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.neon_shapes import Drawing

HUE_APART = 40.0  # two tube colours closer in hue than this read as one
GLASS = (38, 36, 42)  # a dead tube: bare glass catching a little light


def _hue_gap(a: float, b: float) -> float:
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


def tube_hues(direction: ArtDirection, rng: np.random.Generator) -> list[float]:
    """Three tube hues from the palette's coloured entries (most important first, a
    grey has no hue), the seed shuffling the two after the first; a palette of one
    hue gets a neighbour a third of the wheel away on the side neon signs use."""
    p = direction.palette
    hues: list[float] = []
    for colour in (*p.colors, p.accent, p.background):
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma >= 0.04 and all(_hue_gap(hue, h) >= HUE_APART for h in hues):
            hues.append(hue)
    if not hues:
        hues = [float(rng.choice([10.0, 350.0, 60.0, 250.0]))]
    while len(hues) < 3:
        base = hues[0]
        warm = base < 110 or base > 300
        step = (-120.0 if warm else 110.0) if len(hues) == 1 else 60.0
        hues.append((base + step) % 360.0)
    first, rest = hues[0], hues[1:3]
    if rng.random() < 0.4:
        rest = rest[::-1]
    return [first, *rest]


def glow_colour(hue: float) -> np.ndarray:
    """The colour a tube of this hue throws: vivid, mid-light (a yellow stays light)."""
    lit = 0.86 if 80 <= hue <= 125 else 0.66
    return raster.rgbf(oklch_to_rgb(lit, 0.26, hue))


@dataclass
class Tubes:
    """What a sign is drawn into: the tubes in their colours (one RGB sheet, a tube
    burning low drawn darker, bare glass a dim grey), the white-hot cores, the dark
    mounts and wires on the wall."""

    res: int
    hues: list[float]
    rgb: Image.Image | None = None
    core: Image.Image | None = None
    marks: Image.Image | None = None
    colours: list[tuple[int, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        size = (self.res, self.res)
        self.rgb = Image.new("RGB", size, 0)
        self.core = Image.new("L", size, 0)
        self.marks = Image.new("L", size, 0)
        self.colours = [tuple(int(round(v * 255)) for v in glow_colour(h)) for h in self.hues]


def _px(points: np.ndarray, cx: float, cy: float, scale: float, res: int, turn: float) -> list:
    c, s = np.cos(turn), np.sin(turn)
    x = points[:, 0] * c - points[:, 1] * s
    y = points[:, 0] * s + points[:, 1] * c
    return list(
        zip(((cx + x * scale) * res).tolist(), ((cy + y * scale) * res).tolist(), strict=True)
    )


def _stroke(draw: ImageDraw.ImageDraw, pts: list, width: float, value, closed: bool) -> None:
    if closed:
        pts = [*pts, pts[0], pts[1]]
    w = max(1, round(width))
    draw.line(pts, fill=value, width=w, joint="curve")
    if not closed:  # round ends, as a bent tube ends
        r = w / 2.0
        for x, y in (pts[0], pts[-1]):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=value)


def _pieces(pts: list, stroke) -> list[tuple[list, float, bool]]:
    """The runs a stroke is drawn in and each one's thickness: the whole tube, or for
    a tapered one its middle whole and each end in steps thinning to a third."""
    n = len(pts)
    k = int(n * stroke.taper)
    if stroke.closed or k < 4:
        return [(pts, 1.0, stroke.closed)]
    steps = 4
    cuts = np.linspace(0, k, steps + 1).astype(int)
    out = [(pts[k : n - k], 1.0, False)]
    for j in range(steps):
        thin = 1.0 - 0.65 * (steps - j) / steps
        a, b = cuts[j], cuts[j + 1] + 1
        out.append((pts[a:b], thin, False))
        out.append((pts[n - b : n - a], thin, False))
    return out


def draw_sign(
    tubes: Tubes,
    drawing: Drawing,
    centre: tuple[float, float],
    scale: float,
    width: float,
    *,
    turn: float = 0.0,
    flicker: int = -1,
    lit: bool = True,
    mounts: bool = True,
    shift: int = 0,
) -> tuple[float, float, float, float]:
    """Bend `drawing` (sign units) at `centre` (fractions), `scale` fractions per unit,
    tubes `width` fractions thick; stroke `flicker` burns low; an unlit sign is bare
    glass. Mount clips go on the wall mask. Returns the sign's box in fractions."""
    res = tubes.res
    wpx = max(1.5, width * res)
    sheet = ImageDraw.Draw(tubes.rgb)
    core = ImageDraw.Draw(tubes.core)
    marks = ImageDraw.Draw(tubes.marks)
    xs: list[float] = []
    ys: list[float] = []
    for i, stroke in enumerate(drawing):
        pts = _px(stroke.points, centre[0], centre[1], scale, res, turn)
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
        if mounts:  # a clip every so often along the tube, darker than the wall
            for x, y in pts[:: max(8, len(pts) // 3)]:
                r = wpx * 0.55
                marks.ellipse((x - r, y - r, x + r, y + r), fill=200)
        if not lit:
            _stroke(sheet, pts, wpx, GLASS, stroke.closed)
            continue
        low = i == flicker
        colour = tubes.colours[(stroke.colour + shift) % len(tubes.colours)]
        if low:
            colour = tuple(round(v * 0.37) for v in colour)
        for piece, thin, closed in _pieces(pts, stroke):
            _stroke(sheet, piece, wpx * thin, colour, closed)
            if not low:  # the glass whitens toward its hot middle
                _stroke(core, piece, wpx * 0.8 * thin, 90, closed)
                _stroke(core, piece, wpx * 0.34 * thin, 255, closed)
    pad = wpx * 0.5
    return (
        (min(xs) - pad) / res,
        (min(ys) - pad) / res,
        (max(xs) + pad) / res,
        (max(ys) + pad) / res,
    )


def wire(tubes: Tubes, points: list[tuple[float, float]], width: float) -> None:
    """A dark cable on the wall (fractions), from the sign to the frame's edge."""
    res = tubes.res
    pts = [(x * res, y * res) for x, y in points]
    ImageDraw.Draw(tubes.marks).line(pts, fill=230, width=max(1, round(width * res)), joint="curve")


@dataclass(frozen=True)
class Light:
    """The lit sign as float fields at res: what the tubes emit (glow, bodies and
    cores) and the light they throw on a wall (`spill`, RGB)."""

    emit: np.ndarray
    spill: np.ndarray
    marks: np.ndarray


def _kernel(n: int, sigma: float) -> np.ndarray:
    """A (n, n) gaussian blur matrix (edges kept dark: light leaves the frame)."""
    i = np.arange(n, dtype=np.float32)
    return np.exp(-0.5 * ((i[:, None] - i[None, :]) / max(sigma, 0.5)) ** 2).astype(np.float32)


def light(
    tubes: Tubes,
    reach: float = 0.16,
    bloom: float = 1.0,
    strength: float = 1.4,
    near: float = 0.9,
    core: float = 0.9,
) -> Light:
    """Light the tubes: bodies lighter than their colour, a `near` glow and a wide bloom
    (the whole sheet blurred at once), white cores `core` bright; the spill on the wall
    is a much wider blur (`reach`, a fraction of the side) so it falls off smoothly."""
    res = tubes.res
    sheet = tubes.rgb
    glow = raster.from_image(raster.fast_blur(sheet, res * 0.012))
    wide = raster.from_image(raster.fast_blur(sheet, res * 0.05))
    body = raster.from_image(sheet.filter(ImageFilter.GaussianBlur(res / 700)))
    emit = near * glow + (0.75 * bloom) * wide
    emit += 0.8 * body
    hot = raster.from_image(tubes.core.filter(ImageFilter.GaussianBlur(res / 600)))
    emit += core * hot[..., None]
    small = np.asarray(sheet.resize((64, 64), Image.Resampling.BOX), np.float32) / 255.0
    k = _kernel(64, 64 * reach)
    spill = np.stack([k @ small[..., c] @ k.T for c in range(3)], axis=-1)
    spill *= strength / max(float(spill.max()), 1e-3)
    spill = np.stack([raster.upscale(spill[..., c], res) for c in range(3)], axis=-1)
    marks = raster.from_image(tubes.marks.filter(ImageFilter.GaussianBlur(res / 600)))
    return Light(emit, np.clip(spill, 0.0, None), marks)


def expose(wall: np.ndarray, lit: Light, ambient: float = 0.12) -> np.ndarray:
    """The photograph: the wall's albedo under ambient light and the sign's spill, the
    mounts darkening it, the tubes' light added, highlights rolled off softly."""
    base = wall * (ambient + lit.spill) * (1.0 - 0.7 * lit.marks[..., None])
    return roll_off(base + lit.emit)


KNEE = 0.75
_X = np.arange(1024, dtype=np.float32) / 255.0
ROLL = np.where(
    _X > KNEE, KNEE + (1 - KNEE) * (1 - np.exp(-np.maximum(_X - KNEE, 0) / (1 - KNEE))), _X
)


def roll_off(x: np.ndarray) -> np.ndarray:
    """Soft clip above KNEE, as film takes a bright light (a lookup on 1/255 steps)."""
    idx = np.clip(x * 255.0, 0, 1023).astype(np.intp)
    return ROLL[idx]
