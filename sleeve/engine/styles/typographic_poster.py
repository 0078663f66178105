"""Typographic poster: the title is the image, repeated in rows of outlines and tints
with one solid, legible line. Tempo sets the rhythm (rows), energy the weight."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix, relative_luminance
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.legibility import BLACK, WHITE
from sleeve.engine.raster import grain, rng_for
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import Line, fit_lines
from sleeve.engine.typography import (
    display_text,
    draw_line,
    run_width,
)

STYLE = StyleInfo(
    name="typographic_poster",
    family="graphic",
    fits=("pop", "hiphop", "punk", "rock", "electronic", "metal", "world"),
    draws_title=True,
)


def _repeat(text: str, times: int) -> str:
    return "  ·  ".join([text] * times)


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The poster and where its legible title line is."""
    rng = rng_for(direction, "typographic_poster")
    palette = direction.palette
    role = "condensed" if direction.energy > 0.55 else direction.font_role
    text = display_text(direction.title, role)
    face = title_face(text, role, 350.0 + 550.0 * direction.energy)  # weight from energy
    rows = int(np.clip(round(4 + direction.tempo_bpm / 30 + rng.integers(0, 3)), 5, 11))
    row_h = size / rows
    px = max(8, int(row_h * 0.92))
    image = Image.new("RGB", (size, size), palette.background)
    draw = ImageDraw.Draw(image)

    # a big accent field behind the type: a disc or a bar, placed by the seed
    if rng.random() < 0.5:
        radius = size * rng.uniform(0.25, 0.42)
        cx, cy = size * rng.uniform(0.25, 0.75), size * rng.uniform(0.25, 0.75)
        accent = mix(palette.accent, palette.background, 0.35)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=accent)
    else:
        top = size * rng.uniform(0.1, 0.6)
        draw.rectangle(
            (0, top, size, top + size * rng.uniform(0.15, 0.3)),
            fill=mix(palette.accent, palette.background, 0.45),
        )

    # the legible title: the whole title once, as large as fits (long titles wrap)
    lines, hero_px = fit_lines(
        text, face, size, width_frac=0.86, measure=run_width, max_px=int(min(px * 1.9, size * 0.18))
    )
    hero_gap = int(hero_px * 1.1)
    span = int(np.clip(np.ceil((hero_gap * len(lines) + hero_px * 0.5) / row_h), 2, rows - 1))
    hero = int(rng.integers(1, max(2, rows - span)))  # the hero band takes rows hero..hero+span-1
    colors = [c for c in palette.colors if contrast_ratio(c, palette.background) > 1.3] or [
        palette.ink
    ]
    stroke = max(1, int(px * (0.02 + 0.03 * direction.energy)))
    repeated = _repeat(text, 6)
    for row in range(rows):
        if hero <= row < hero + span:
            continue
        baseline = row_h * (row + 0.86)
        shift = -size * ((row * 0.37 + rng.random()) % 1.0)
        color = colors[row % len(colors)]
        if (row + hero) % 2:
            draw_line(
                draw,
                shift,
                baseline,
                Line(repeated, 0),
                face,
                px,
                palette.background,
                stroke,
                color,
            )
        else:
            draw_line(
                draw,
                shift,
                baseline,
                Line(repeated, 0),
                face,
                px,
                mix(color, palette.background, 0.55),
            )

    band_top, band_bottom = int(row_h * hero), int(min(size, row_h * (hero + span)))
    ink = palette.ink
    if contrast_ratio(ink, palette.background) < 7:
        ink = max((palette.ink, WHITE, BLACK), key=lambda c: contrast_ratio(c, palette.background))
    band_color = palette.background
    away = BLACK if relative_luminance(ink) > 0.3 else WHITE
    for step in range(1, 6):  # deepen the band until the line reads at 7:1
        if contrast_ratio(ink, band_color) >= 7:
            break
        band_color = mix(palette.background, away, 0.15 * step)
    draw.rectangle((0, band_top, size, band_bottom), fill=band_color)
    image = grain(image, rng, amount=0.03)
    draw = ImageDraw.Draw(image)
    centred = rng.random() < 0.6
    mask = Image.new("L", (size, size), 0)
    mask_draw = ImageDraw.Draw(mask)
    block = hero_gap * (len(lines) - 1) + hero_px * 0.72
    baseline = (band_top + band_bottom - block) / 2 + hero_px * 0.72
    boxes, chars = [], []
    for line in lines:
        x = (size - line.width) / 2 if centred else size * 0.07
        draw_line(draw, x, baseline, line, face, hero_px, ink)
        draw_line(mask_draw, x, baseline, line, face, hero_px, 255)
        top = int(baseline - hero_px * 0.8)
        boxes.append((int(x), top, int(x + line.width), int(baseline + hero_px * 0.2)))
        chars.append(sum(1 for char in line.text if not char.isspace()))
        baseline += hero_gap
    band = 0 if hero < rows / 3 else (2 if hero + span > 2 * rows / 3 + 1 else 1)
    return image, TitleLayout(mask, tuple(boxes), tuple(chars), ink, "band", band)


def render(direction: ArtDirection, size: int) -> Artwork:
    """The poster (the title included; the title is the focal subject)."""
    image, layout = render_with_title(direction, size)
    x0, y0 = min(b[0] for b in layout.boxes), min(b[1] for b in layout.boxes)
    x1, y1 = max(b[2] for b in layout.boxes), max(b[3] for b in layout.boxes)
    return Artwork(image, (x0 / size, y0 / size, x1 / size, y1 / size))
