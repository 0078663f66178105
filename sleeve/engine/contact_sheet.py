"""A contact sheet: many covers on one PNG grid, each with a small label."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from sleeve.engine.fonts import fallback_chain
from sleeve.engine.title_lines import Line
from sleeve.engine.typography import draw_line

CELL, GAP = 256, 8


def contact_sheet(
    covers: Sequence[tuple[Image.Image, str]], columns: int = 8, cell: int = CELL
) -> Image.Image:
    """Lay covers out in a grid (`columns` wide, each `cell` pixels square) with their
    labels underneath; cells under 128 px (thumbnail checks) get no labels."""
    if not covers:
        raise ValueError("a contact sheet needs at least one cover")
    columns = max(1, min(columns, len(covers)))
    rows = math.ceil(len(covers) / columns)
    label = 22 if cell >= 128 else 0
    gap = GAP if cell >= 128 else 4
    sheet = Image.new(
        "RGB", (columns * (cell + gap) + gap, rows * (cell + label + gap) + gap), (20, 20, 24)
    )
    draw = ImageDraw.Draw(sheet)
    face = fallback_chain()[0]
    for index, (image, text) in enumerate(covers):
        x = gap + (index % columns) * (cell + gap)
        y = gap + (index // columns) * (cell + label + gap)
        thumb = image.convert("RGB")
        if thumb.size != (cell, cell):
            thumb = thumb.resize((cell, cell), Image.Resampling.LANCZOS)
        sheet.paste(thumb, (x, y))
        if label:
            draw_line(draw, x + 2, y + cell + 16, Line(text[:40], 0), face, 12, (220, 220, 220))
    return sheet
