"""A press proof of the title pinned to the printer's board: the sheet with its crop
marks, registration targets and colour bar, the wood type inked as the song runs
(starved where it is quiet, full and spread where it is loud)."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster, signals
from sleeve.engine.color import from_hex, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_cuts, wood_inks, wood_title

STARVED = 0.2  # the most ink a quiet passage leaves off a letter (share of its pixels)
KEY_READS = 6.0  # the key ink on the sheet: starved letters still read at 64 px


NEWSPRINT = from_hex("#EEE5CF")  # a proof of a bill for black stock is pulled on this


def board(paper: RGB) -> RGB:
    """The board behind the proof: a deep tone of the paper's hue (kraft under
    cream), the black stock itself where the proof is pulled on newsprint."""
    if rgb_to_oklch(paper)[0] < 0.45:
        return paper
    return raster.tone(paper, 0.34, 0.03)


WORK = 1024  # the largest sheet side the wear is worked out at


def inking(direction, width: int, height: int, rng: np.random.Generator) -> Image.Image:
    """A mask of where the roller left ink, across the sheet as the song runs: the
    louder the passage the fuller (gaps along the wood's grain where it is quiet);
    the grain is worked out at half the size of a sheet on a 1024 px cover, so a
    larger print wears alike, and the gaps are cut at full size with soft edges (cut
    at the working size they read as square pixel blocks: Chuva de Verão's proof)."""
    scale = min(1.0, WORK / max(width, height))
    w, h = max(2, int(width * scale) // 2), max(2, int(height * scale) // 2)
    # the song's own energy, unstretched: a loud track is inked full throughout
    curve = np.clip(signals.energy(direction, max(2, w // 2), stretch=False), 0, 1)
    across = np.interp(np.linspace(0, 1, w), np.linspace(0, 1, len(curve)), curve)
    starve = STARVED * (1 - across)
    # the gaps run with the wood's grain: noise stretched along the line, then thresholded
    grain = rng.random((max(2, h // 3), max(2, w // 14))).astype(np.float32)
    field = np.asarray(Image.fromarray(grain, "F").resize((w, h), Image.Resampling.BILINEAR))
    score = field * 0.7 + rng.random((h, w), dtype=np.float32) * 0.3
    sample = score.ravel()[:: max(1, score.size // 20000)]
    level = np.quantile(sample, starve)  # `starve` of each column bare
    full = np.asarray(Image.fromarray(score, "F").resize((width, height), Image.Resampling.BICUBIC))
    levels = np.interp(np.linspace(0, w - 1, width), np.arange(w), level).astype(np.float32)
    edge = 0.02  # the score's rise over which a gap's edge fades into the ink
    ink = np.clip((full - levels[None, :]) / edge + 0.5, 0.0, 1.0)
    return Image.fromarray((ink * 255).astype(np.uint8), "L")


def proof(ctx: dict, cut: str, small) -> tuple[float, float, float, float]:
    """The proof: the sheet on its board (a soft shadow under it, offset as the seed
    lays it), crop marks at its corners, registration targets in its side margins, a
    colour bar of the inks at its foot, the title stacked huge in the key ink and
    worn as the song's energy runs."""
    s, rng, d, title = ctx["size"], ctx["rng"], ctx["direction"], ctx["title"]
    img, paper, inks = ctx["img"], ctx["paper"], ctx["inks"]
    img.paste(board(paper), (0, 0, s, s))
    if ctx["dark"]:  # pale light inks on black stock: the proof is pulled on newsprint
        paper = ctx["paper"] = NEWSPRINT
        ctx["opaque"] = False
    m = 0.06 * s
    dx, dy = rng.uniform(-0.015, 0.015) * s, rng.uniform(-0.01, 0.01) * s
    sheet = (int(m + dx), int(m + dy), int(s - m + dx), int(s - m + dy))
    q = 4  # the soft shadow is blurred at a quarter of the size
    shadow = Image.new("L", (s // q, s // q), 0)
    shadow.paste(150, tuple(v // q + o for v, o in zip(sheet, (1, 2, 1, 2), strict=True)))
    shadow = shadow.filter(ImageFilter.GaussianBlur(0.012 * s / q))
    shadow = shadow.resize((s, s), Image.Resampling.BILINEAR)
    img.paste((0, 0, 0), (0, 0), shadow)
    img.paste(paper, sheet)
    x0, y0, x1, y1 = sheet
    key = wood_title.legible(inks, paper, ctx["opaque"], 0, KEY_READS)
    draw = aggdraw.Draw(img)
    pen = aggdraw.Pen(key, max(1.0, 0.004 * s))
    t, g = 0.05 * s, 0.025 * s  # the crop marks' length and their gap from the trim
    for cx, sx in ((x0 + g + t, -1), (x1 - g - t, 1)):
        for cy, sy in ((y0 + g + t, -1), (y1 - g - t, 1)):
            draw.line((cx + sx * 0.01 * s, cy, cx + sx * t, cy), pen)
            draw.line((cx, cy + sy * 0.01 * s, cx, cy + sy * t), pen)
    r = 0.022 * s
    for cx in (x0 + g + 0.5 * t, x1 - g - 0.5 * t):  # the registration targets
        cy = (y0 + y1) / 2
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), pen)
        draw.line((cx - 1.5 * r, cy, cx + 1.5 * r, cy), pen)
        draw.line((cx, cy - 1.5 * r, cx, cy + 1.5 * r), pen)
    patch = 0.04 * s  # the colour bar: a patch of each ink, and the key
    bar_y = y1 - g - patch
    for k, ink in enumerate([inks[1], inks[2], key, inks[1], inks[2], key]):
        bx = (x0 + x1) / 2 + (k - 3) * patch * 1.1
        draw.rectangle((bx, bar_y, bx + patch, bar_y + patch * 0.6), aggdraw.Brush(ink))
    draw.flush()
    region = (x0 + g + t + 0.01 * s, y0 + g + t, x1 - g - t - 0.01 * s, bar_y - 0.03 * s)
    rx0, ry0, rx1, ry1 = region
    if title is None:
        side = int(min(rx1 - rx0, ry1 - ry0))
        mask = wood_cuts.picto(cut, side, side)
        at = (int((rx0 + rx1 - side) / 2), int((ry0 + ry1 - side) / 2))
        wood_inks.press(img, mask, at, key, ctx["opaque"])
        return (at[0] / s, at[1] / s, (at[0] + side) / s, (at[1] + side) / s)
    room = 0.06 * s if title.small else 0.0
    lines = wood_title.break_lines(title, (rx1 - rx0) / s)
    floor = 0.042 * s
    cuts = wood_title.stack_cuts(
        title, lines, rx1 - rx0, ry1 - ry0 - room, 1.6 + 0.6 * d.energy, None, floor
    )
    gap = wood_title.line_gap(ry1 - ry0 - room, len(cuts), floor)
    y = (ry0 + ry1 - room - sum(c.height for c in cuts) - gap * (len(cuts) - 1)) / 2
    worn = inking(d, s, s, rng)
    setter: wood_title.Setter = ctx["setter"]
    for text, glyphs in zip(lines, cuts, strict=True):
        at = (int((s - glyphs.width) / 2 + dx), int(y))
        part = worn.crop((at[0], at[1], at[0] + glyphs.width, at[1] + glyphs.height))
        inked = Image.fromarray(
            (np.asarray(glyphs, np.float32) * np.asarray(part, np.float32) / 255).astype(np.uint8)
        )
        wood_inks.press(img, inked, at, key, ctx["opaque"])
        setter.record(glyphs, at, text)
        y += glyphs.height + gap
    setter.ink = key
    if title.small:
        small(ctx, (ry1 - room / 2) / s)
    return setter.extent()
