"""Wood type's stacked blocks: the title's letters each cut on its own wood block,
the blocks locked up in rows (a word a row), each inked solid with its letter
reversed out in the paper, one block in the accent ink (where the song peaks). Short
Latin, Greek or Cyrillic titles only (rows_of); any other title (when forced)
stacks a block per line."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_inks, wood_title

MOST_ROW = 5  # letters a row at most (more stand too thin at 64 px)
MOST_ROWS = 3
GAP = 0.018  # between blocks, share of the side
# the block round its letter, share of the side: over the 2 px ring legibility reads
# round a letter at 64 px, so the ring lies on the block, not on the paper between
PAD = 0.036


def rows_of(title: wood_title.Title) -> list[str]:
    """The title's words as rows of blocks, a word a row; [] when the title is not
    made of such words (a word cut over two rows, STA / TIC, read as two words), has
    a word over MOST_ROW letters or makes over MOST_ROWS rows."""
    if not title.stretch:
        return []
    rows = title.text.split()
    for word in rows:
        if not word.isalnum() or any(ord(c) >= 0x530 for c in word):
            return []  # punctuation, or a script whose letters join or run right to left
    if len(rows) > MOST_ROWS or any(len(r) > MOST_ROW for r in rows):
        return []
    return rows


def accent_index(direction: ArtDirection, count: int) -> int:
    """Which block takes the accent: the one where the song's energy peaks."""
    curve = signals.energy(direction, max(count, 2) * 8)
    return int(np.argmax(curve) * count // len(curve))


def press(
    ctx: dict, units: list[list[str]], region: tuple[float, float, float, float],
    key: RGB, accent: RGB,
) -> tuple[float, float, float, float]:  # fmt: skip
    """The blocks of `units` (rows of letters, or of whole lines) locked up in
    `region` (fractions), each inked in `key` (one in `accent`), its letter reversed
    out in the paper; the title's box (fractions)."""
    s, title = ctx["size"], ctx["title"]
    x0, y0, x1, y1 = (v * s for v in region)
    gap, pad = GAP * s, PAD * s
    n_rows = len(units)
    tall = (y1 - y0 - gap * (n_rows - 1)) / n_rows
    across = max(len(r) for r in units)
    wide = min((x1 - x0 - gap * (across - 1)) / across, tall * 1.1)
    lit = accent_index(ctx["direction"], sum(len(r) for r in units))
    setter: wood_title.Setter = ctx["setter"]
    index = 0
    y = y0 + (y1 - y0 - n_rows * tall - gap * (n_rows - 1)) / 2
    for row in units:
        w = wide if len(row) > 1 else x1 - x0  # a line alone takes the measure
        left = x0 + (x1 - x0 - len(row) * w - gap * (len(row) - 1)) / 2
        for k, glyph in enumerate(row):
            at = (int(left + k * (w + gap)), int(y))
            block = Image.new("L", (max(1, int(w)), max(1, int(tall))), 255)
            ink = accent if index == lit else key
            wood_inks.press(ctx["img"], block, at, ink, ctx["opaque"])
            face = title.faces[index % len(title.faces)] if len(row) > 1 else title.face
            mask, _ = wood_title.cut(glyph, face, w - 2 * pad, tall - 2 * pad, 3.0)
            inner = (at[0] + int((w - mask.width) / 2), at[1] + int((tall - mask.height) / 2))
            wood_inks.press(ctx["img"], mask, inner, ctx["paper"], True)
            setter.record(mask, inner, glyph)
            index += 1
        y += tall + gap
    setter.ink = ctx["paper"]
    return setter.extent()


def untitled(ctx: dict, key: RGB, accent: RGB, cut: Image.Image) -> None:
    """A square of nine blocks, the middle one carved with `cut`, one in the accent."""
    s = ctx["size"]
    side = (0.8 * s - 2 * GAP * s) / 3
    for i in range(9):
        at = (int(0.1 * s + (i % 3) * (side + GAP * s)), int(0.1 * s + (i // 3) * (side + GAP * s)))
        block = Image.new("L", (int(side), int(side)), 255)
        wood_inks.press(ctx["img"], block, at, accent if i == 4 else key, ctx["opaque"])
    inner = cut.resize((int(side * 0.8), int(side * 0.8)))
    middle = int(0.1 * s + side + GAP * s + side * 0.1)
    wood_inks.press(ctx["img"], inner, (middle, middle), ctx["paper"], True)


def line_units(ctx: dict) -> list[list[str]]:
    """A block per line of the title broken for a bill: for a title of other words."""
    return [[line] for line in wood_title.break_lines(ctx["title"], 0.86)]
