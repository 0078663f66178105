"""Cutting and setting wood type: a text's ink as a mask stretched into its slot, CJK
set in an upright column, thick-and-thin rules, rows of printer's diamonds, and lines
stacked to fill a measure as a compositor fills a poster."""

from __future__ import annotations

import aggdraw
from PIL import Image, ImageDraw

from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_inks

PROBE = 320  # glyphs are cut at this pixel size, then stretched into their slot


def glyph(text: str, face, width: int, height: int, stretch: float = 1.8) -> Image.Image:
    """The text's ink as a mask stretched to fill width x height (within reason: at
    most `stretch` times wider or taller than drawn, as extended and condensed cuts)."""
    font = face.sized(PROBE)
    x0, y0, x1, y1 = font.getbbox(text)
    gw, gh = max(1, x1 - x0), max(1, y1 - y0)
    mask = Image.new("L", (gw, gh), 0)
    ImageDraw.Draw(mask).text((-x0, -y0), text, fill=255, font=font)
    scale = min(width / gw, height / gh)
    w = int(min(width, gw * scale * stretch))
    h = int(min(height, gh * scale * stretch))
    return mask.resize((max(1, w), max(1, h)), Image.Resampling.BILINEAR)


def column(text: str, face, width: int, height: int, per: int = 0) -> Image.Image:
    """CJK set vertically as a compositor does: each character upright in its own square
    cell, top to bottom; with `per` characters a column, further columns follow right
    to left. The block is stretched to width x height."""
    font = face.sized(PROBE)
    chars = [c for c in text if not c.isspace()] or ["?"]
    per = per or len(chars)
    cols = -(-len(chars) // per)
    block = Image.new("L", (PROBE * cols, PROBE * per), 0)
    pen = ImageDraw.Draw(block)
    for k, char in enumerate(chars):
        x0, y0, x1, y1 = font.getbbox(char)
        left = (cols - 1 - k // per) * PROBE  # the first column stands on the right
        at = (left + (PROBE - (x1 - x0)) / 2 - x0, (k % per) * PROBE + (PROBE - (y1 - y0)) / 2 - y0)
        pen.text(at, char, fill=255, font=font)
    return block.resize((max(1, width), max(1, height)), Image.Resampling.BILINEAR)


def rules(
    draw: aggdraw.Draw, y: float, x0: float, x1: float, weight: float, ink: RGB, down: bool
) -> None:
    """A thick-and-thin double rule at y (the thin one below when `down`)."""
    sign = 1 if down else -1
    brush = aggdraw.Brush(ink)
    draw.rectangle((x0, y, x1, y + sign * weight), brush)
    thin = y + sign * weight * 1.8
    draw.rectangle((x0, thin, x1, thin + sign * weight * 0.45), brush)


def ornaments(
    draw: aggdraw.Draw, y: float, x0: float, x1: float, n: int, r: float, ink: RGB
) -> None:
    """A row of printer's diamonds between x0 and x1."""
    brush = aggdraw.Brush(ink)
    for k in range(n):
        x = x0 + (k + 0.5) * (x1 - x0) / n
        draw.polygon((x, y - r, x + r * 0.7, y, x, y + r, x - r * 0.7, y), brush)


def stack(ctx: dict, lines: list, region: tuple, first_ink: int, bar: int = -1) -> None:
    """Set lines (text, face role, relative height) one under another, each filling
    the measure of `region` (fractions), thin rules between; line `bar` is reversed
    out of a solid bar of ink across the sheet."""
    s, inks = ctx["size"], ctx["inks"]
    x0, top, x1, bottom = region
    gap = 0.035
    unit = (bottom - top - gap * (len(lines) - 1)) / sum(w for *_, w in lines)
    y, rules_at = top, []
    for k, (text, role, weight) in enumerate(lines):
        face = title_face(text, role, 900.0)
        if not covers_all(face, text):
            text = text.replace("♭", "b")
        slot = weight * unit * s
        cut = glyph(text, face, int((x1 - x0) * s), int(slot), 3.0)
        at = (int(((x0 + x1) * s - cut.size[0]) / 2), int(y * s + (slot - cut.size[1]) / 2))
        ink = inks[(k + first_ink) % 3]
        if k == bar:  # the solid bar, then the letters in the paper's colour
            solid = Image.new("L", (s, int(slot + gap * s * 0.6)), 255)
            wood_inks.press(ctx["img"], solid, (0, int((y - gap * 0.3) * s)), ink, ctx["dark"])
            wood_inks.press(ctx["img"], cut, at, ctx["paper"], True)
        else:
            wood_inks.press(ctx["img"], cut, at, ink, ctx["dark"])
        y += weight * unit + gap
        rules_at.append((y - gap / 2) * s)
    draw = aggdraw.Draw(ctx["img"])  # after the presses: aggdraw writes its copy back
    for at_y in rules_at[:-1]:
        draw.rectangle((x0 * s, at_y - 1, x1 * s, at_y + 1 + 0.004 * s), aggdraw.Brush(inks[0]))
    draw.flush()
