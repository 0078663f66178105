"""The onset grid's tempo display: an LED dot matrix across the art's band whose lit
dots spell the song's tempo (its BPM) huge in a 5 x 7 face; each dot of the numeral is
a sixteenth of the song, lit in the ink as big as its hit (a rest a ring in the mass
colour), the downbeats in the accent; a row of step lights shows the busiest bar,
the rest of the matrix small unlit dots."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

Box = tuple[float, float, float, float]

# a 5 x 7 LED face, a row a string
# fmt: off
FACE = {
    "0": ("01110", "10001", "10011", "10101", "11001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
}
# fmt: on


def glyphs(text: str) -> np.ndarray:
    """The text's lit dots (7 rows, 6 columns a figure less the last gap), bool."""
    rows = [" ".join(FACE[ch][r] for ch in text) for r in range(7)]
    return np.array([[c == "1" for c in row.replace(" ", "0")] for row in rows])


def numeral(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """The matrix: the tempo's figures lit dot by dot with the song's hits."""
    rng = sheet.rng
    y0, y1 = sheet.band
    lit = glyphs(str(int(np.clip(round(sheet.tempo), 40, 999))))
    rows, cols = lit.shape
    pitch = min((y1 - y0 - 0.04) / (rows + 3.5), 1.0 / (cols + 0.4))
    left = float(rng.uniform(0.5, 1.0 / pitch - cols + 0.5)) * pitch
    off = int(np.ceil(left / pitch))
    across = int(np.ceil(1.0 / pitch)) + 1
    down = int(np.ceil((y1 - y0) / pitch))
    first = y1 - (down - 0.5) * pitch if sheet.top else y0 + 0.5 * pitch
    # the figures on the art's far side, the step lights a row under them (over them
    # when the title is at the foot), the edge row empty
    row0, lights = (down - rows - 3, down - 2) if sheet.top else (3, 1)
    flat = steps_of(hits, int(lit.sum()), busiest(hits, max(1, int(lit.sum()) // 16)))
    bar = hits[busiest(hits, 1)]
    k = 0
    for r in range(down):
        y = first + r * pitch
        for c in range(across):
            x = left + (c - off) * pitch
            gr, gc = r - row0, c - off
            if r == lights:
                v = float(bar[c % 16])
                if v >= REST:
                    sheet.disc(x, y, pitch * (0.2 + 0.3 * v), sheet.colour(c, v))
                    continue
            if not (0 <= gr < rows and 0 <= gc < cols and bool(lit[gr, gc])):
                sheet.disc(x, y, 0.06 * pitch, sheet.ink)
                continue
            v = float(flat[k])
            k += 1
            if v < REST:  # an unlit dot of the figure: a ring
                sheet.ring(x, y, 0.3 * pitch, sheet.mass, 0.18 * pitch * sheet.size)
                continue
            sheet.disc(x, y, pitch * (0.3 + 0.2 * v), sheet.colour(k - 1, v))
    return (0.0, y0, 1.0, y1)
