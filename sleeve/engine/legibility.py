"""Legibility of the title measured per character on the pixels, and what is done when
placement alone does not give it: the colour that reads (the palette's ink, accent or
main colours, then white or black), then a feathered shade that follows the letters in
the art's own colours out of focus (deeper step by step), then an outline. No plate: that is for
styles that design one.

Targets (WCAG ratios per character): the main title 3:1 (large display type; 4.5:1
in a face of hairlines, THIN_ROLES) at full size, at 256 px and, when its capitals are
big enough to be read there, at 64 px; the qualifiers and other small text 4.5:1. Each
step is measured the way the targets are stated, on the pixels it would produce, so it
holds whatever the palette and the art. A larger drawing of a cover takes the
decisions of its delivered size instead (replay)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter
from scipy.ndimage import distance_transform_edt

from sleeve.engine.color import relative_luminance
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.replay import keep, taken
from sleeve.engine.title_lines import CAP_RATIO

MAIN_MIN, SMALL_MIN = 3.0, 4.5
# faces of hairlines (blackletter, a brush script) read at the small text's target: two
# art directors could not read grey blackletter on dark metal covers nor thin script
# on lilac at 64 px, both over 3:1
THIN_ROLES = frozenset(("blackletter", "script"))
HEADROOM = 1.1  # aimed for, so the drawn text (not its mask) still passes
# a plain colour that meets the targets by this much is taken before an earlier one
# that only just meets them (grey titles at 3.3:1 on grey art read as dim to reviewers)
COMFORT = 1.5
NEAR_RING = 0.3  # the share of a letter's ring, nearest its tone, its contrast is taken on
THUMB, TINY = 256, 64  # thumbnail sides the main title is checked at
TINY_CAP = 4.5  # capital height (px at 64 px) from which the title must read there
# the shade, step by step: opacity, how far its colour goes from the art's towards black
# or white, and its reach in pixels of the smallest thumbnail checked
SHADES = ((0.6, 0.75, 1.5), (0.85, 0.82, 2.0), (1.0, 0.92, 2.5))
# the scrim, step by step: how far the art goes towards black or white under the title;
# it holds to a little past the title, then fades out (fractions of the side)
SCRIMS = (0.55, 0.7, 0.85)
SCRIM_PAST, SCRIM_FADE = 0.03, 0.2
WHITE: RGB = (250, 250, 247)
BLACK: RGB = (14, 14, 18)
Box = tuple[int, int, int, int]


_C = np.arange(256) / 255.0
_LINEAR = np.where(_C <= 0.04045, _C / 12.92, ((_C + 0.055) / 1.055) ** 2.4)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    """WCAG relative luminance of 8-bit sRGB pixels (a lookup table, no powers)."""
    linear = _LINEAR[pixels]
    return linear[..., 0] * 0.2126 + linear[..., 1] * 0.7152 + linear[..., 2] * 0.0722


def _ratio(a: float | np.ndarray, b: float | np.ndarray):
    return (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)


@dataclass(frozen=True)
class _Probe:
    """Where per-character contrast looks at one size: the region of the full image
    (x0, y0, x1, y1), the size it is scaled to (None: kept at full size), and the flat
    indices into that region of each character's letter pixels, then of the thin ring
    around them, character after character (`starts` marks where each group begins)."""

    region: tuple[float, float, float, float]
    scaled: tuple[int, int] | None
    index: np.ndarray
    starts: np.ndarray


def _probe(mask: Image.Image, boxes: Sequence[Box], thumbnail: int | None) -> _Probe:
    side = thumbnail or mask.size[0]
    scale = side / mask.size[0]
    pad = 6  # covers the 3 px window margin and the 2 px ring below
    left = max(0, math.floor(min((b[0] for b in boxes), default=0) * scale) - pad)
    top = max(0, math.floor(min((b[1] for b in boxes), default=0) * scale) - pad)
    right = min(side, math.ceil(max((b[2] for b in boxes), default=0) * scale) + pad)
    bottom = min(side, math.ceil(max((b[3] for b in boxes), default=0) * scale) + pad)
    region = (left / scale, top / scale, right / scale, bottom / scale)
    scaled = (right - left, bottom - top) if thumbnail else None
    if scaled:
        coverage = np.asarray(mask.resize(scaled, Image.Resampling.BOX, box=region))
    else:
        coverage = np.asarray(mask.crop((left, top, right, bottom)))
    letters, inked = coverage > 160, coverage > 20
    groups = []
    for x0, y0, x1, y1 in boxes:
        y_from, x_from = max(0, int(y0 * scale) - 3) - top, max(0, int(x0 * scale) - 1) - left
        y_to = int(np.ceil(y1 * scale)) + 3 - top
        x_to = int(np.ceil(x1 * scale)) + 1 - left
        ink = inked[y_from:y_to, x_from:x_to]
        ring = _ring(ink)
        inside = letters[y_from:y_to, x_from:x_to]
        if inside.sum() < 2 or ring.sum() < 2:
            continue
        for part in (inside, ring):
            ys, xs = np.nonzero(part)
            groups.append((ys + y_from) * coverage.shape[1] + xs + x_from)
    sizes = [len(group) for group in groups]
    index = np.concatenate(groups) if groups else np.zeros(0, int)
    return _Probe(region, scaled, index, np.cumsum([0, *sizes[:-1]]).astype(int))


# within two 4-connected steps of a letter pixel: scipy's binary_dilation with its
# cross, twice, inside the window, done as shifts of the padded window
_RING_STEPS = [(dy, dx) for dy in range(-2, 3) for dx in range(-2, 3) if abs(dy) + abs(dx) <= 2]


def _ring(ink: np.ndarray) -> np.ndarray:
    """The thin ring around the inked pixels of a window (nothing beyond its edges)."""
    height, width = ink.shape
    padded = np.zeros((height + 4, width + 4), bool)
    padded[2:-2, 2:-2] = ink
    grown = np.zeros_like(ink)
    for dy, dx in _RING_STEPS:
        grown |= padded[2 + dy : 2 + dy + height, 2 + dx : 2 + dx + width]
    return grown & ~ink


def _contrasts(image: Image.Image, probe: _Probe, origin: tuple[int, int] = (0, 0)) -> list[float]:
    """The probe's per-character contrasts on `image`, a crop of the full image whose
    top-left corner is at `origin`."""
    if not len(probe.index):
        return []
    x0, y0, x1, y1 = probe.region
    box = (x0 - origin[0], y0 - origin[1], x1 - origin[0], y1 - origin[1])
    if probe.scaled:
        pixels = image.resize(probe.scaled, Image.Resampling.BOX, box=box)
    else:
        pixels = image.crop(tuple(round(v) for v in box))
    lum = _luminance(np.asarray(pixels.convert("RGB")).reshape(-1, 3)[probe.index])
    sizes = np.diff(np.append(probe.starts, len(lum)))
    inks = np.add.reduceat(lum, probe.starts)[0::2] / sizes[0::2]
    near = np.empty(len(inks))
    for letter, (start, size) in enumerate(zip(probe.starts[1::2], sizes[1::2], strict=True)):
        # the part of the ring nearest the letter's tone: a letter half over a shape of
        # its own colour is lost there, whatever the rest of its ring does
        ring = lum[start : start + size]
        count = max(1, int(size * NEAR_RING))
        nearest = np.argpartition(np.abs(ring - inks[letter]), count - 1)[:count]
        near[letter] = ring[nearest].sum() / count
    return [float(ratio) for ratio in _ratio(inks, near)]


def char_contrasts(
    image: Image.Image, mask: Image.Image, boxes: Sequence[Box], thumbnail: int | None = None
) -> list[float]:
    """WCAG contrast of each character box: its letter pixels against a thin ring
    around the letters, on the image scaled to `thumbnail` pixels (full size if None).
    Only the region around the boxes is scaled (the same pixels as scaling it all)."""
    return _contrasts(image, _probe(mask, boxes, thumbnail)) if boxes else []


@dataclass(frozen=True)
class Recipe:
    """A legibility decision that can be drawn again on another size of the same cover:
    the treatment ("none", "scrim", "shade" or "outline"), the text colour, the scrim's
    or shade's step (SCRIMS, SHADES), the ink it tones away from, and whether the shade
    lies under the small lines only."""

    treatment: str
    color: RGB
    step: int = 0
    ink: RGB | None = None
    small_only: bool = False


@dataclass(frozen=True)
class Legible:
    """How the title is made legible: the image to draw it on (shaded where needed),
    the decision (its recipe), and the outline's colour and width in pixels (None and 0
    without one)."""

    image: Image.Image
    recipe: Recipe
    outline: RGB | None = None
    stroke: int = 0

    @property
    def color(self) -> RGB:
        """The text colour."""
        return self.recipe.color

    @property
    def treatment(self) -> str:
        """ "none", "scrim", "shade" or "outline"."""
        return self.recipe.treatment


class _Targets:
    """Measures a candidate the way the targets are stated: its worst margin over
    them (>= 1 meets them all, with headroom)."""

    def __init__(
        self,
        mask: Image.Image,
        main: Sequence[Box],
        small: Sequence[Box],
        px: int,
        main_min: float = MAIN_MIN,
    ):
        side = mask.size[0]
        sizes: list[int | None] = [None]
        if side > THUMB:
            sizes.append(THUMB)
        if px * CAP_RATIO * TINY / side >= TINY_CAP:
            sizes.append(TINY)
        self.finest = min(size or side for size in sizes)
        self.probes = [(_probe(mask, main, size), main_min) for size in sizes if main]
        if small:
            self.probes.append((_probe(mask, small, None), SMALL_MIN))

    def bounds(self) -> Box:
        """The part of the image the measures look at."""
        regions = [probe.region for probe, _ in self.probes] or [(0, 0, 0, 0)]
        return (
            math.floor(min(r[0] for r in regions)),
            math.floor(min(r[1] for r in regions)),
            math.ceil(max(r[2] for r in regions)),
            math.ceil(max(r[3] for r in regions)),
        )

    def margin(self, image: Image.Image, origin: tuple[int, int]) -> float:
        """The worst margin on `image`, a crop of the cover at `origin`."""
        return min(
            (
                min(_contrasts(image, probe, origin), default=21.0) / target / HEADROOM
                for probe, target in self.probes
            ),
            default=21.0,
        )


def _with_text(image: Image.Image, mask: Image.Image, color: RGB) -> Image.Image:
    """The image with the title's mask filled in `color`."""
    out = image.copy()
    box = mask.getbbox()
    if box:
        out.paste(color, box, mask.crop(box))
    return out


class _Field:
    """Distance from the letters around the title (computed at most ~512 px wide), from
    which the shade is shaped, so it follows the letters."""

    def __init__(self, mask: Image.Image, reach: float):
        self.box = _grown(mask, reach)
        crop = mask.crop(self.box)
        self.step = max(1, math.ceil(max(crop.size) / 512))
        small = crop.resize(
            (math.ceil(crop.width / self.step), math.ceil(crop.height / self.step)),
            Image.Resampling.BOX,
        )
        self.size = crop.size
        self.distance = distance_transform_edt(np.asarray(small) <= 40) * self.step

    def coverage(self, inner: float, outer: float) -> Image.Image:
        """Full where the distance is below `inner`, fading smoothly to none at `outer`."""
        t = np.clip((outer - self.distance) / max(outer - inner, 1e-6), 0.0, 1.0)
        smooth = t * t * (3 - 2 * t)
        small = Image.fromarray(np.round(smooth * 255).astype(np.uint8))
        return small.resize(self.size, Image.Resampling.BILINEAR)


def make_legible(
    image: Image.Image,
    direction: ArtDirection,
    mask: Image.Image,
    main_boxes: Sequence[Box],
    small_boxes: Sequence[Box],
    px: int,
    *,
    measured: bool = True,
) -> Legible:
    """The first treatment that meets the targets: the palette's ink, accent, colours,
    white or black as they are (the first that meets them COMFORT times over, else the
    first that meets them); then a scrim (the art toned across the width, from the
    nearer edge to a little past the title, or in a band around a title in the middle);
    then a shade that follows the letters, wider and deeper at each step (at last
    covering what the smallest checked thumbnail sees around a letter), behind the
    palette's ink first; then the deepest shade with an outline as thick as a
    thumbnail pixel. A title set in a face of hairlines (THIN_ROLES) aims at SMALL_MIN.
    A decision followed (replay) is drawn instead. Not `measured`, the title is left in
    the palette's ink as it is: its style prints the letters its own way (a risograph
    knock-out), so no search is run and nothing is kept."""
    if not measured:
        return Legible(image, Recipe("none", direction.palette.ink))
    title = _Title(image, direction, mask, main_boxes, small_boxes, px)
    followed = taken("legibility")
    legible = _decided(title) if followed is None else _drawn(followed, title)
    keep("legibility", legible.recipe)
    return legible


@dataclass(frozen=True)
class _Title:
    """The title make_legible works on: the cover, its direction, the letters' mask,
    the main and small character boxes and the main size in pixels."""

    image: Image.Image
    direction: ArtDirection
    mask: Image.Image
    main_boxes: Sequence[Box]
    small_boxes: Sequence[Box]
    px: int


class _Work:
    """The part of the cover the measures and the shade look at, and the shade's
    reach at each step (SHADES), in pixels of this cover."""

    def __init__(self, title: _Title):
        image, mask, px = title.image, title.mask, title.px
        self.title = title
        self.main_min = SMALL_MIN if title.direction.font_role in THIN_ROLES else MAIN_MIN
        self.targets = _Targets(mask, title.main_boxes, title.small_boxes, px, self.main_min)
        side = image.size[0]
        finest = self.targets.finest
        self.reaches = [max(3.0, px * 0.06, spread * side / finest) for *_, spread in SHADES]
        self.box = _union(self.targets.bounds(), _grown(mask, max(self.reaches)), image.size)
        self.origin = (self.box[0], self.box[1])
        self.work, self.letters = image.crop(self.box), mask.crop(self.box)
        self.stroke = max(1, round(px * 0.05), round(0.6 * side / finest))

    def margin(self, image: Image.Image, text: RGB, targets: _Targets | None = None) -> float:
        """The worst margin of the title in `text` over the work area `image`."""
        measured = targets or self.targets
        return measured.margin(_with_text(image, self.letters, text), self.origin)

    def shading(self, small_only: bool) -> _Shade:
        """The shade's field and reaches: around the small lines alone, or the title."""
        mask, px = self.title.mask, self.title.px
        if small_only:
            reach = max(3.0, px * 0.03)
            field = _Field(_only(mask, self.title.small_boxes), reach)
            return _Shade(self, field, [reach] * len(SHADES), px)
        return _Shade(self, _Field(mask, max(self.reaches)), self.reaches, px)


class _Shade:
    """The art's own colours under the letters, far out of focus, laid behind them step
    by step: the shade takes the colour of what lies beneath each part of the title, not
    one median colour (a magenta smear across red and blue), and no shape's edge crosses
    a letter."""

    def __init__(self, work: _Work, field: _Field, reaches: list[float], px: int):
        self.field, self.reaches = field, reaches
        self.box = tuple(v - work.origin[i % 2] for i, v in enumerate(field.box))
        self.base = work.work
        self.under = work.work.crop(self.box).filter(ImageFilter.GaussianBlur(max(2.0, px * 0.5)))

    def shaded(self, step: int, ink: RGB) -> Image.Image:
        """The work area with the shade of `step` behind `ink`."""
        opacity, depth, _ = SHADES[step]
        reach = self.reaches[step]
        alpha = self.field.coverage(reach, reach * 2).point(lambda v: round(v * opacity))
        toned = Image.new(self.under.mode, self.under.size, _away(ink)[0])
        out = self.base.copy()
        out.paste(Image.blend(self.under, toned, depth), self.box, alpha)
        return out


def _decided(title: _Title) -> Legible:
    """make_legible's search, measured on this cover's pixels."""
    work = _Work(title)
    image, mask, px = title.image, title.mask, title.px
    palette = title.direction.palette
    scored = []
    for color in dict.fromkeys([palette.ink, palette.accent, *palette.colors, WHITE, BLACK]):
        margin = work.margin(work.work, color)
        if margin >= COMFORT:
            return Legible(image, Recipe("none", color))
        scored.append((margin, color))
    meeting = [color for margin, color in scored if margin >= 1]
    if meeting:  # none reads comfortably: the first that meets the targets
        return Legible(image, Recipe("none", meeting[0]))
    best = max(scored)[1]
    inks = list(dict.fromkeys([palette.ink, best]))
    # the main title reads as it is: shade only the small lines, at their own size
    main_only = _Targets(mask, title.main_boxes, (), px, work.main_min)
    small_only = bool(title.small_boxes) and work.margin(work.work, best, main_only) >= 1
    if not small_only:
        scrimmed = _scrimmed(image, mask, work, inks)
        if scrimmed is not None:
            return scrimmed
    shade = work.shading(small_only)
    for step in range(len(SHADES)):
        for ink in inks:
            shaded = shade.shaded(step, ink)
            for text in dict.fromkeys([ink, _away(ink)[1]]):
                if work.margin(shaded, text) >= 1:
                    recipe = Recipe("shade", text, step, ink, small_only)
                    return Legible(_put(image, shaded, work.origin), recipe)
    away, plain = _away(inks[-1])
    recipe = Recipe("outline", plain, len(SHADES) - 1, inks[-1], small_only)
    return Legible(_put(image, shaded, work.origin), recipe, away, work.stroke)


def _drawn(recipe: Recipe, title: _Title) -> Legible:
    """A decision taken on another size of this cover, drawn on this one."""
    image, mask = title.image, title.mask
    if recipe.treatment == "none":
        return Legible(image, recipe)
    away = _away(recipe.ink or recipe.color)[0]
    if recipe.treatment == "scrim":
        top, bottom = (mask.getbbox() or (0, 0, 0, 0))[1::2]
        return Legible(_scrim(image, top, bottom, away, SCRIMS[recipe.step]), recipe)
    work = _Work(title)
    shade = work.shading(recipe.small_only)
    shaded = _put(image, shade.shaded(recipe.step, recipe.ink or recipe.color), work.origin)
    if recipe.treatment == "shade":
        return Legible(shaded, recipe)
    return Legible(shaded, recipe, away, work.stroke)


def _scrimmed(
    image: Image.Image, mask: Image.Image, work: _Work, inks: Sequence[RGB]
) -> Legible | None:
    """The lightest scrim under which an ink (or its plain black or white) meets the
    targets, or None when no scrim is enough."""
    top, bottom = (mask.getbbox() or (0, 0, 0, 0))[1::2]
    for step, strength in enumerate(SCRIMS):
        for ink in inks:
            away, plain = _away(ink)
            toned = _scrim(image, top, bottom, away, strength)
            part = toned.crop(work.box)
            for text in dict.fromkeys([ink, plain]):
                if work.margin(part, text) >= 1:
                    return Legible(toned, Recipe("scrim", text, step, ink))
    return None


def _scrim(image: Image.Image, top: int, bottom: int, away: RGB, strength: float) -> Image.Image:
    """The art toned towards `away` across the full width, from the edge nearer the
    title to a little past it, then fading out (a title in the middle third gets a band
    that fades out both ways): the gradient a photographer lays under a title, not a
    glow around its letters."""
    side = image.height
    fade, past = SCRIM_FADE * side, SCRIM_PAST * side
    rows = np.arange(side, dtype=np.float64)
    below = np.clip((bottom + past + fade - rows) / fade, 0.0, 1.0)  # full above the title
    above = np.clip((rows - (top - past - fade)) / fade, 0.0, 1.0)  # full below it
    centre = (top + bottom) / 2 / side
    t = below if centre <= 1 / 3 else above if centre >= 2 / 3 else np.minimum(below, above)
    ramp = np.round(t * t * (3 - 2 * t) * strength * 255).astype(np.uint8)
    alpha = Image.fromarray(np.repeat(ramp[:, None], image.width, axis=1))
    return Image.composite(Image.new("RGB", image.size, away), image, alpha)


def _grown(mask: Image.Image, reach: float) -> Box:
    """The box of the letters grown by as far as a shade of that reach goes."""
    x0, y0, x1, y1 = mask.getbbox() or (0, 0, *mask.size)
    grow = int(reach * 2) + 4
    return (
        max(0, x0 - grow),
        max(0, y0 - grow),
        min(mask.width, x1 + grow),
        min(mask.height, y1 + grow),
    )


def _only(mask: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """The letters of the mask inside (and just around) the boxes."""
    out = Image.new("L", mask.size, 0)
    for x0, y0, x1, y1 in boxes:
        grow = (y1 - y0) // 3
        region = (max(0, x0 - grow), max(0, y0 - grow), x1 + grow, y1 + grow)
        out.paste(mask.crop(region), region[:2])
    return out


def _union(a: Box, b: Box, size: tuple[int, int]) -> Box:
    return (
        max(0, min(a[0], b[0])),
        max(0, min(a[1], b[1])),
        min(size[0], max(a[2], b[2])),
        min(size[1], max(a[3], b[3])),
    )


def _put(image: Image.Image, part: Image.Image, origin: tuple[int, int]) -> Image.Image:
    """A copy of the image with `part` pasted at `origin`."""
    out = image.copy()
    out.paste(part, origin)
    return out


def _away(ink: RGB) -> tuple[RGB, RGB]:
    """The colour a shade behind `ink` goes towards, and the plain ink on that shade."""
    light = relative_luminance(ink) > 0.18  # lighter than the middle in contrast terms
    return (BLACK, WHITE) if light else (WHITE, BLACK)
