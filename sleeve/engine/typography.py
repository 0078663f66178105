"""Set the title on a cover: real fonts, sized to fit, placed in the calmest band, and
legible (contrast at least 4.5:1 against what is behind it, measured on the pixels)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix, relative_luminance
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.fonts import FontFace, split_runs, title_face
from sleeve.engine.title_lines import CAP_RATIO, Line, fit_lines, set_lines
from sleeve.engine.title_spot import calm_spot

MARGIN = 0.07
MIN_CONTRAST = 4.5  # WCAG AA, what the title must reach on the pixels
TARGET = 5.5  # what placement aims for, so thumbnails (which blur edges) still pass
BUSY = 6.0  # edge energy under the title above which the art is knocked back
MIN_CAP = 0.075  # the smallest cap height (share of the side) the title may shrink to
WHITE: RGB = (250, 250, 247)
BLACK: RGB = (14, 14, 18)


@dataclass(frozen=True)
class TitleLayout:
    """Where the title went: a glyph mask, one box per line (x0, y0, x1, y1), the
    number of visible characters per line, the colour and the legibility treatment."""

    mask: Image.Image
    boxes: tuple[tuple[int, int, int, int], ...]
    chars: tuple[int, ...]
    color: RGB
    treatment: str
    band: int = 0


def display_text(title: str, role: str) -> str:
    """The title as set: capitals for condensed, geometric and mono display faces
    (Greek capitals lose their tonos, as Greek typesetting does)."""
    text = " ".join(title.split()) or "Untitled"
    if role not in ("condensed", "geometric", "mono"):
        return text
    upper = unicodedata.normalize("NFD", text.upper())
    upper = "".join(
        char
        for index, char in enumerate(upper)
        if not (char == "\u0301" and index and "GREEK" in unicodedata.name(upper[index - 1], ""))
    )
    return unicodedata.normalize("NFC", upper)


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def run_width(run: str, face: FontFace, px: int) -> float:
    """Advance width of a run in pixels."""
    return face.sized(px).getlength(run, direction="rtl" if is_rtl(run) else None)


def draw_line(
    draw: ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    line: Line,
    primary: FontFace,
    px: int,
    fill: int | RGB,
    stroke: int = 0,
    stroke_fill: int | RGB | None = None,
) -> None:
    """Draw one line run by run (each run in a face that has its glyphs), left to right
    in visual order; right-to-left lines reverse the order of their runs."""
    runs = split_runs(line.text, primary)
    if is_rtl(line.text):
        runs = runs[::-1]
    for run, face in runs:
        font = face.sized(px)
        direction = "rtl" if is_rtl(run) else None
        draw.text(
            (x, baseline),
            run,
            font=font,
            fill=fill,
            anchor="ls",
            direction=direction,
            stroke_width=stroke,
            stroke_fill=stroke_fill,
        )
        x += font.getlength(run, direction=direction)


def _background_range(image: Image.Image, region: tuple[int, int, int, int]) -> tuple[float, float]:
    """Luminance of the darkest and lightest 2% of the background behind the title."""
    crop = image.crop(region)
    step = max(1, crop.size[0] // 256)
    if step > 1:
        crop = crop.resize(
            (crop.size[0] // step, max(1, crop.size[1] // step)), Image.Resampling.BOX
        )
    lum = _luminance(np.asarray(crop).reshape(-1, 3))
    low, high = np.percentile(lum, [2, 98])
    return float(low), float(high)


def _worst_contrast(color: RGB, low: float, high: float) -> float:
    """Contrast of `color` against the darkest and the lightest part of the background."""
    own = relative_luminance(color)
    return min(_ratio(own, low), _ratio(own, high))


def _ratio(a: float, b: float) -> float:
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    c = pixels.astype(float) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def _choose_color(direction: ArtDirection, low: float, high: float) -> tuple[RGB, float]:
    palette = direction.palette
    candidates = [palette.ink, palette.accent, WHITE, BLACK]
    scored = [
        (_worst_contrast(color, low, high), index, color) for index, color in enumerate(candidates)
    ]
    # prefer the palette's own colours when they are legible enough
    legible = [item for item in scored if item[0] >= TARGET]
    best = min(legible, key=lambda item: item[1]) if legible else max(scored)
    return best[2], best[0]


def _region(box: tuple[int, int, int, int], size: int, pad: int) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return max(0, x0 - pad), max(0, y0 - pad), min(size, x1 + pad), min(size, y1 + pad)


def _band(
    image: Image.Image, top: int, bottom: int, color: RGB, strength: float, feather: int
) -> Image.Image:
    """Blend a full-width horizontal band of `color` behind the title, with soft top and
    bottom edges (a scrim); strength 1 with no feather is a solid plate."""
    size = image.size[1]
    y0, y1 = max(0, top - feather), min(size, bottom + feather)
    rows = np.arange(y0, y1, dtype=float)
    ramp = np.ones_like(rows)
    if feather:
        ramp = np.clip(
            np.minimum(rows - (top - feather), (bottom + feather) - rows) / feather, 0, 1
        )
        ramp = ramp * ramp * (3 - 2 * ramp)
    alpha = (strength * ramp)[:, None, None]
    out = np.array(image)
    band = out[y0:y1].astype(np.float32) * (1 - alpha) + np.array(color, np.float32) * alpha
    out[y0:y1] = band.round().astype(np.uint8)
    return Image.fromarray(out)


def place_title(
    image: Image.Image, direction: ArtDirection, avoid_band: int | None = None
) -> Image.Image:
    """The image with direction.title (and its subtitle) set on it, legibly."""
    return set_title(image, direction, avoid_band)[0]


def set_title(
    image: Image.Image, direction: ArtDirection, avoid_band: int | None = None
) -> tuple[Image.Image, TitleLayout]:
    """Set direction.title (and its subtitle) on the image; returns the new image and
    where the title went. `avoid_band` steers it away from the other cover's band."""
    size = image.size[0]
    text = display_text(direction.title, direction.font_role)
    primary = title_face(text, direction.font_role, 800.0 if direction.energy > 0.35 else 550.0)
    lines, px = fit_lines(text, primary, size, width_frac=1 - 2 * MARGIN, measure=run_width)
    sub_px = max(10, int(size * 0.032))
    sub_h = int(sub_px * 1.8) if direction.subtitle else 0
    align_left = bool(direction.font_role in ("condensed", "mono") and (direction.seed >> 7) & 1)
    spot = calm_spot(
        image,
        block=(int(px * 1.12) * len(lines) + sub_h) / size,
        width=max(line.width for line in lines) / size,
        margin=MARGIN,
        min_scale=MIN_CAP * size / CAP_RATIO / px,
        align_left=align_left,
        seed=direction.seed,
        avoid=avoid_band,
    )
    if spot.scale < 1:
        px = int(px * spot.scale)
        lines = set_lines([line.text for line in lines], primary, px, run_width)
    line_gap = int(px * 1.12)
    band = spot.band
    top = int((spot.top + 0.02) * size)

    boxes, chars, positions = [], [], []
    y = top + int(px * 0.85)
    for line in lines:
        x = MARGIN * size if align_left else (size - line.width) / 2
        positions.append((x, y))
        boxes.append((int(x), int(y - px * 0.85), int(x + line.width), int(y + px * 0.2)))
        chars.append(sum(1 for char in line.text if not char.isspace()))
        y += line_gap
    subtitle = _subtitle(direction, size, sub_px)
    sub_at = (0.0, y - line_gap + int(px * 0.3) + int(sub_px * 1.3))
    ink_box = [min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[-1][3]]
    if subtitle is not None:
        sub_at = (MARGIN * size if align_left else (size - subtitle[0].width) / 2, sub_at[1])
        ink_box[0], ink_box[2] = (
            min(ink_box[0], int(sub_at[0])),
            max(ink_box[2], int(sub_at[0] + subtitle[0].width)),
        )
        ink_box[3] = int(sub_at[1] + sub_px * 0.3)
    region = _region(tuple(ink_box), size, int(px * 0.35))
    image, color, treatment = _make_legible(image, direction, region, px, spot.busy)

    image = image.copy()
    draw = ImageDraw.Draw(image)
    mask = Image.new("L", image.size, 0)
    mask_draw = ImageDraw.Draw(mask)
    for line, (x, baseline) in zip(lines, positions, strict=True):
        draw_line(draw, x, baseline, line, primary, px, color)
        draw_line(mask_draw, x, baseline, line, primary, px, 255)
    if subtitle is not None:
        draw_line(draw, sub_at[0], sub_at[1], subtitle[0], subtitle[1], sub_px, color)
    return image, TitleLayout(mask, tuple(boxes), tuple(chars), color, treatment, band)


def _subtitle(direction: ArtDirection, size: int, sub_px: int) -> tuple[Line, FontFace] | None:
    """The subtitle line (one line, shortened if need be) and its face."""
    if not direction.subtitle:
        return None
    role = direction.font_role
    face = title_face(direction.subtitle, "geometric" if role == "condensed" else role, 500.0)
    width = 1 - 2 * MARGIN
    line = fit_lines(
        direction.subtitle, face, size, width_frac=width, measure=run_width, max_px=sub_px, lines=1
    )[0][0]
    return line, face


def _dominant(image: Image.Image, region: tuple[int, int, int, int]) -> RGB:
    """The median colour behind the title: the art's own ground there (a style may
    paint its own paper rather than the palette's background)."""
    crop = image.crop(region).resize((48, 16), Image.Resampling.BOX)
    median = np.median(np.asarray(crop).reshape(-1, 3), axis=0)
    return (int(median[0]), int(median[1]), int(median[2]))


def _make_legible(
    image: Image.Image,
    direction: ArtDirection,
    region: tuple[int, int, int, int],
    px: int,
    busy: float,
) -> tuple[Image.Image, RGB, str]:
    """The text colour for `region` and, when no colour reads at 4.5:1 against the
    darkest and lightest pixels there, the image with a scrim (then a plate) behind it.
    Busy art (shapes, lines) under the title is first knocked back to its own ground
    colour, so letters do not tangle with shapes even where the contrast passes."""
    treatment = "none"
    ground = _dominant(image, region)
    if busy >= BUSY:
        image = _band(image, region[1], region[3], ground, 0.9, int(px * 0.25))
        treatment = "knockout"
    color, worst = _choose_color(direction, *_background_range(image, region))
    if worst >= TARGET:
        return image, color, treatment
    # a scrim that pushes the ground further the way it already leans (light or dark)
    light_ground = relative_luminance(ground) > 0.25
    shade = mix(ground, WHITE if light_ground else BLACK, 0.5)
    image = _band(image, region[1], region[3], shade, 0.82, int(px * 0.8))
    color, worst = _choose_color(direction, *_background_range(image, region))
    if worst >= TARGET:
        return image, color, "scrim"
    plate = BLACK if relative_luminance(color) > 0.4 else WHITE
    if contrast_ratio(direction.palette.background, color) >= 7:
        plate = direction.palette.background
    return _band(image, region[1], region[3], plate, 1.0, 0), color, "plate"
