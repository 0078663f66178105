"""Vertical CJK titles: columns read top to bottom, right to left, each character in
its cell with its vertical form (OpenType "vert": 、。「」 turn for columns); breaks
follow ICU's strict kinsoku rules like horizontal lines."""

from __future__ import annotations

from PIL import Image, ImageDraw

from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import FontFace, title_face
from sleeve.engine.glyphs import draw_line, run_width
from sleeve.engine.legibility import make_legible
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.base import Box
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import fit_lines, set_lines
from sleeve.engine.title_spot import calm_spot

MARGIN = 0.07
ADVANCE = 1.04  # cell height in em
COLUMN = 1.3  # column pitch in em


def _column_length(run: str, face: FontFace, px: int) -> float:
    return len(clusters(run)) * px * ADVANCE


def set_columns(
    image: Image.Image,
    direction: ArtDirection,
    text: str,
    primary: FontFace,
    small_texts: list[str],
    focal: Box | None,
    avoid_band: int | None,
    notes: tuple[str, ...],
    sizes: tuple[int, int],
    *,
    measured: bool = True,
):
    """Set a CJK title in up to three columns, with the secondary lines small and
    horizontal under them, at most and at least `sizes` pixels (the design language's
    title scale, as for horizontal titles); returns the image and its TitleLayout. Not
    `measured`, no legibility treatment is sought (as in typography.set_title)."""
    size = image.size[0]
    columns, px = fit_lines(
        text,
        primary,
        size,
        width_frac=0.62,
        measure=_column_length,
        max_px=sizes[0],
        min_px=sizes[1],
    )
    small_face = title_face(" ".join(small_texts) or "x", direction.font_role, 600.0)
    small_px = max(int(size * 0.026), int(px * 0.36))
    smalls = set_lines(small_texts, small_face, small_px, run_width)
    length = max(_column_length(column.text, primary, px) for column in columns)
    height = length + (small_px * 1.4 * len(smalls) + px * 0.3 if smalls else 0)
    width = max([px * COLUMN * len(columns)] + [line.width for line in smalls])
    spot = calm_spot(
        image,
        layout="vertical",
        block=height / size,
        width=width / size,
        margin=MARGIN,
        min_scale=1.0,
        seed=direction.seed,
        avoid=avoid_band,
        focal=focal,
    )
    left, top = spot.left * size, spot.top * size
    right = left + width
    mask = Image.new("L", image.size, 0)
    cells: list[tuple[str, float, float]] = []
    char_boxes = []
    for index, column in enumerate(columns):
        centre = right - px * COLUMN * index - px / 2
        for row, cluster in enumerate(c for c in clusters(column.text) if not c.isspace()):
            middle = top + px * ADVANCE * (row + 0.5)
            cells.append((cluster, centre, middle))
            half = px // 2
            char_boxes.append(
                (int(centre - half), int(middle - half), int(centre + half), int(middle + half))
            )
    font = primary.sized(px)
    draw = ImageDraw.Draw(mask)
    for cluster, cx, cy in cells:
        draw.text((cx, cy), cluster, font=font, fill=255, anchor="mm", features=["vert"])
    y = top + length + px * 0.3
    placed, small_boxes = [], []
    for line in smalls:
        y += small_px
        x = right - line.width if spot.align == "right" else left
        placed.append((line, x, y))
        count = max(1, len([c for c in clusters(line.text) if not c.isspace()]))
        step = line.width / count
        small_boxes += [
            (
                int(x + i * step),
                int(y - small_px * 0.8),
                int(x + (i + 1) * step),
                int(y + small_px * 0.25),
            )
            for i in range(count)
        ]
        y += small_px * 0.4
    for line, x, baseline in placed:
        draw_line(mask, x, baseline, line, small_face, small_px, 255)
    legible = make_legible(image, direction, mask, char_boxes, small_boxes, px, measured=measured)
    image = legible.image.copy()
    draw = ImageDraw.Draw(image)
    for cluster, cx, cy in cells:
        draw.text(
            (cx, cy),
            cluster,
            font=font,
            fill=legible.color,
            anchor="mm",
            features=["vert"],
            stroke_width=legible.stroke,
            stroke_fill=legible.outline,
        )
    for line, x, baseline in placed:
        draw_line(image, x, baseline, line, small_face, small_px, legible.color)
    boxes = tuple(
        (
            int(right - px * COLUMN * i - px),
            int(top),
            int(right - px * COLUMN * i),
            int(top + length),
        )
        for i in range(len(columns))
    )
    chars = tuple(len([c for c in clusters(col.text) if not c.isspace()]) for col in columns)
    layout = TitleLayout(
        mask,
        boxes,
        chars,
        legible.color,
        legible.treatment,
        spot.band,
        tuple(char_boxes),
        tuple(small_boxes),
        notes,
    )
    return image, layout
