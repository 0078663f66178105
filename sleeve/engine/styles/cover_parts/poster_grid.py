"""The typographic poster's `tiles`: the title's letters one to a big coloured tile
in a grid that fills the frame. (Retired: the frame, the title running round the
four edges about a colour field with the title huge in it, a ribbon template; the
cut, the title sliced by a diagonal and its halves slid apart, which made the title
illegible; the column, the title a letter to a line beside a photographic field, and
`ecm`, a small title over a photographic field in one tone: their grey fields read
as a missing image or a failed render.)
"""

from __future__ import annotations

import math
import unicodedata

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio
from sleeve.engine.glyphs import ink_extent
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    settled,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, STEP_SCRIPTS, weighted
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side


def _plain(p: Poster) -> str:
    return p.plain or p.text


def _capitals(text: str) -> str:
    """Latin, Greek and Cyrillic titles in capitals (Greek capitals without the tonos,
    as Greek sets them); other scripts as they are."""
    if dominant_script(text) not in SPACED_SCRIPTS:
        return text
    upper = text.upper()
    if dominant_script(text) == "Grek":
        upper = unicodedata.normalize(
            "NFC", unicodedata.normalize("NFD", upper).replace("\u0301", "")
        )
    return upper


def _letters(text: str) -> list[str]:
    return [c for c in clusters(text.replace(" ", "")) if c.strip()]


KIDS_TILES = 36  # a children's title as blocks: "Supercalifragilisticexpialidocious" is 34


def tiles_fits(text: str, most: int = 12, kids: bool = False) -> bool:
    """Three to twelve letters (`most`) in a script whose letters stand alone, a word
    to a row (a square grid read "CAND / YFLO / SS" and "MIDN / IGHT"); a children's
    song's blocks may spell a long word in rows."""
    if not (3 <= len(_letters(text)) <= most and dominant_script(text) in STEP_SCRIPTS):
        return False
    return kids or _grid(text) == [_letters(w) for w in text.split() if _letters(w)]


def _grid(text: str) -> list[list[str]]:
    """The letters in rows: a word a row where the words are short, else a near-square
    grid read left to right."""
    words = [_letters(w) for w in text.split() if _letters(w)]
    if 2 <= len(words) <= 4 and max(len(w) for w in words) <= 6:
        return words
    if 2 <= len(words) <= 5 and max(len(w) for w in words) <= 7:
        return words  # a word a row, short words left ragged: a square grid had cut
        # DIAMOND SMOKE into DIAM / ONDS / MOKE, which two art directors could not read
    letters = _letters(text)
    cols = math.ceil(math.sqrt(len(letters)))
    rows = cols - 1 if cols * (cols - 1) >= len(letters) else cols
    cols = math.ceil(len(letters) / rows)
    return [letters[k : k + cols] for k in range(0, len(letters), cols)]


def tiles(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title's letters, one to a tile, in a grid that fills the frame; each tile a
    colour of the palette (no two neighbours alike), its letter in the colour that
    reads best on it; spare tiles left plain."""
    s, pen = p.size, TitlePen(p.size)
    grid = _grid(_capitals(_plain(p)))
    rows, cols = len(grid), max(len(r) for r in grid)
    gutter = s * (0.012 if rng.random() < 0.55 else 0.0)
    edge = s * (M * 0.6 if rng.random() < 0.35 else 0.0)  # a margin of ground, or full bleed
    if p.kids:  # alphabet blocks: rounded, apart, on the ground, a word a row
        gutter, edge = s * 0.022, s * 0.05
    cw, ch = (
        (s - 2 * edge - gutter * (cols - 1)) / cols,
        (s - 2 * edge - gutter * (rows - 1)) / rows,
    )
    face = _heavy(p) if not p.quiet else weighted(p.face, 500.0)
    cycle = [p.accent, p.ink, *p.colours[:2], p.ground if gutter or edge else p.tint]
    if p.kids:  # blocks in the palette's bright colours (a ground-coloured block vanished)
        cycle = [p.accent, *p.colours[:3], p.ink]
    cycle = [c for k, c in enumerate(cycle) if c not in cycle[:k]]
    # fitted to the letters' ink, not their advance: an italic's overhang ran into the
    # next tile and was cut by it (Brick by Brick)
    probe = {c: line_mask(c, face, 100, pad=0.0).getbbox() or (0, 0, 1, 1) for r in grid for c in r}
    widest = max(b[2] - b[0] for b in probe.values())
    px = int(min(ch * 0.82 / 0.74, cw * 0.8 * 100 / max(1.0, widest)))
    centred = rng.random() < 0.6
    colours: dict[tuple[int, int], RGB] = {}
    used: dict[RGB, int] = {}
    letters: list[tuple[str, float, float, RGB]] = []
    draw = ImageDraw.Draw(image)
    for r in range(rows):
        for c in range(cols):
            near = {colours.get((r - 1, c)), colours.get((r, c - 1))}
            pick = [k for k in cycle if k not in near] or cycle
            tile = pick[int(rng.integers(len(pick)))]
            colours[(r, c)] = tile
            ink = max(cycle + [p.ground], key=lambda k, t=tile: contrast_ratio(k, t))
            if c < len(grid[r]):  # a lettered tile settles to hold its letter at 4.5:1
                tile, ink = settled(tile, ink)
            x0, y0 = edge + c * (cw + gutter), edge + r * (ch + gutter)
            if p.kids and c >= len(grid[r]):
                continue  # a short word's row ends: ground, not a spare block
            if p.kids:
                box = (x0, y0, x0 + cw - 1, y0 + ch - 1)
                draw.rounded_rectangle(box, radius=min(cw, ch) * 0.2, fill=tile)
            else:
                draw.rectangle((x0, y0, x0 + cw - 1, y0 + ch - 1), fill=tile)
            if c >= len(grid[r]):  # a spare tile: plain colour (a dot in it read as a
                continue  # domino, a placeholder: "NO • • •")
            letter = grid[r][c]
            up, down = ink_extent(Line(letter, 0), face, px)
            bx0, _, bx1, _ = (v * px / 100 for v in probe[letter])
            if centred:  # the ink centred, overhang and all
                x, base = x0 + (cw - (bx1 - bx0)) / 2 - bx0, y0 + (ch + up - down) / 2
            else:  # set in the tile's lower left corner, Swiss
                x, base = x0 + cw * 0.08 - min(0.0, bx0), y0 + ch * 0.93 - down
            letters.append((letter, x, base, ink))
    for letter, x, base, ink in letters:  # over every tile: none cuts a neighbour's letter
        pen.line(image, x, base, letter, face, px, ink)
        used[ink] = used.get(ink, 0) + 1
    pen.ink = max(used, key=lambda k: used[k]) if used else p.ink
    return pen
