"""Drawing set lines: each run shaped whole by Raqm in its own direction, colour emoji
drawn from their bitmap strike and scaled, each on a sticker rim of the title's ink,
and ink boxes that include every mark."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scipy import ndimage

from sleeve.engine.direction import RGB
from sleeve.engine.fonts import EMOJI_STRIKE, FontFace, emoji_face
from sleeve.engine.runs import is_rtl, visual_runs
from sleeve.engine.title_lines import Line

EMOJI_SCALE = 0.92  # an emoji as tall as a capital plus a little
STICKER_RIM = 0.05  # the rim round colour emoji, in ems


def _emoji_factor(px: int) -> float:
    return px * EMOJI_SCALE / EMOJI_STRIKE


def run_width(run: str, face: FontFace, px: int) -> float:
    """Advance width of a run in pixels."""
    if face.emoji:
        return face.sized(px).getlength(run) * _emoji_factor(px)
    return face.sized(px).getlength(run, direction="rtl" if is_rtl(run) else None)


@lru_cache(maxsize=64)
def _emoji_bitmap(run: str, px: int) -> tuple[Image.Image, int, int]:
    """The run of emoji in colour at `px`: RGBA image and its offset from the pen
    (left, baseline)."""
    face = emoji_face()
    assert face is not None
    font = face.sized(EMOJI_STRIKE)
    left, top, right, bottom = font.getbbox(run, anchor="ls")
    canvas = Image.new("RGBA", (max(1, right - left), max(1, bottom - top)), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((-left, -top), run, font=font, anchor="ls", embedded_color=True)
    factor = _emoji_factor(px)
    size = (max(1, round(canvas.width * factor)), max(1, round(canvas.height * factor)))
    small = canvas.resize(size, Image.Resampling.LANCZOS)
    return small, round(left * factor), round(top * factor + px * 0.06)


@lru_cache(maxsize=64)
def _sticker_edge(run: str, px: int) -> tuple[Image.Image, int]:
    """The run's emoji silhouette grown by a rim (a die-cut sticker's edge, drawn in the
    title's ink under the colour glyphs, so a yellow moon reads on pale paper and at
    64 px), and how far the rim reaches past the bitmap."""
    alpha = _emoji_bitmap(run, px)[0].getchannel("A")
    pad = max(1, round(px * STICKER_RIM))
    grown = Image.new("L", (alpha.width + 2 * pad, alpha.height + 2 * pad), 0)
    grown.paste(alpha, (pad, pad))
    solid = np.asarray(grown.point(lambda v: 255 if v > 40 else 0))
    # a square maximum, as Pillow's MaxFilter draws it, but separable: its cost does not
    # grow with the rim (a 3000 px export's emoji rim took 17 s through the rank filter)
    rim = ndimage.maximum_filter(solid, size=2 * pad + 1, mode="nearest")
    return Image.fromarray(rim).filter(ImageFilter.GaussianBlur(0.6)), pad


def draw_line(
    target: Image.Image | ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    line: Line,
    primary: FontFace,
    px: int,
    fill: int | RGB,
    stroke: int = 0,
    stroke_fill: int | RGB | None = None,
    rtl: bool | None = None,
) -> None:
    """Draw one line left to right in visual order (bidi per line; `rtl` is the
    paragraph direction). On an image, emoji come in colour; on a one-channel image
    or a bare ImageDraw, as a silhouette in `fill`."""
    if isinstance(target, ImageDraw.ImageDraw):
        draw, image = target, None
    else:
        draw, image = ImageDraw.Draw(target), target
    for run in visual_runs(line.text, primary, rtl):
        if run.face.emoji:
            bitmap, dx, dy = _emoji_bitmap(run.text, px)
            edge, pad = _sticker_edge(run.text, px)
            at = (round(x + dx), round(baseline + dy))
            draw.bitmap((at[0] - pad, at[1] - pad), edge, fill=fill)
            if image is not None and image.mode == "RGB":
                image.paste(bitmap.convert("RGB"), at, bitmap.getchannel("A"))
            else:
                draw.bitmap(at, bitmap.getchannel("A"), fill=fill)
            x += run_width(run.text, run.face, px)
            continue
        font = run.face.sized(px)
        direction = "rtl" if run.rtl else "ltr"
        draw.text(
            (x, baseline),
            run.text,
            font=font,
            fill=fill,
            anchor="ls",
            direction=direction,
            stroke_width=stroke,
            stroke_fill=stroke_fill,
        )
        x += font.getlength(run.text, direction=direction)


def ink_extent(line: Line, primary: FontFace, px: int, rtl: bool | None = None) -> tuple[int, int]:
    """How far the line's ink reaches above and below its baseline (marks included)."""
    up, down = int(px * 0.7), int(px * 0.05)
    for run in visual_runs(line.text, primary, rtl):
        if run.face.emoji:
            bitmap, _, dy = _emoji_bitmap(run.text, px)
            up, down = max(up, -dy), max(down, dy + bitmap.height)
            continue
        direction = "rtl" if run.rtl else "ltr"
        box = run.face.sized(px).getbbox(run.text, anchor="ls", direction=direction)
        up, down = max(up, -box[1]), max(down, box[3])
    return up, down
