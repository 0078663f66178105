"""A contact sheet: many covers on one PNG grid, each with a small label."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from sleeve.engine.fonts import fallback_chain
from sleeve.engine.title_lines import Line
from sleeve.engine.typography import draw_line

CELL, LABEL, GAP = 256, 22, 8


def contact_sheet(covers: Sequence[tuple[Image.Image, str]], columns: int = 8) -> Image.Image:
    """Lay covers out in a grid (`columns` wide) with their labels underneath."""
    columns = max(1, min(columns, len(covers)))
    rows = math.ceil(len(covers) / columns)
    sheet = Image.new(
        "RGB", (columns * (CELL + GAP) + GAP, rows * (CELL + LABEL + GAP) + GAP), (20, 20, 24)
    )
    draw = ImageDraw.Draw(sheet)
    face = fallback_chain()[0]
    for index, (image, label) in enumerate(covers):
        x = GAP + (index % columns) * (CELL + GAP)
        y = GAP + (index // columns) * (CELL + LABEL + GAP)
        sheet.paste(image.convert("RGB").resize((CELL, CELL), Image.Resampling.LANCZOS), (x, y))
        draw_line(draw, x + 2, y + CELL + 16, Line(label[:40], 0), face, 12, (220, 220, 220))
    return sheet
