"""Set the title on a cover: real fonts, sized to fit, placed in the calmest band, and
legible (contrast at least 4.5:1 against what is behind it, measured on the pixels)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PIL import Image, ImageDraw

from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.fonts import FontFace, split_runs, title_face
from sleeve.engine.legibility import make_legible
from sleeve.engine.styles.base import Box
from sleeve.engine.title_lines import CAP_RATIO, Line, fit_lines, set_lines
from sleeve.engine.title_spot import calm_spot

MARGIN = 0.07
MIN_CAP = 0.075  # the smallest cap height (share of the side) the title may shrink to


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


def _region(box: tuple[int, int, int, int], size: int, pad: int) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return max(0, x0 - pad), max(0, y0 - pad), min(size, x1 + pad), min(size, y1 + pad)


def place_title(
    image: Image.Image,
    direction: ArtDirection,
    focal: Box | None = None,
    avoid_band: int | None = None,
) -> Image.Image:
    """The image with direction.title (and its subtitle) set on it, legibly."""
    return set_title(image, direction, focal, avoid_band)[0]


def set_title(
    image: Image.Image,
    direction: ArtDirection,
    focal: Box | None = None,
    avoid_band: int | None = None,
) -> tuple[Image.Image, TitleLayout]:
    """Set direction.title (and its subtitle) on the image; returns the new image and
    where the title went. The title keeps out of the art's `focal` region (x0, y0,
    x1, y1 as fractions of the side); `avoid_band` steers it away from the other
    cover's band."""
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
        focal=focal,
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
    image, color, treatment = make_legible(image, direction, region, px, spot.busy)

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
