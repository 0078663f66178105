"""The xerox collage's title cut and pasted: typography's setting of the title cut
into strips, a word each, every strip pasted crooked on its own paper with an uneven
baseline, its letters burnt by the copier's toner.

The typography still chooses the face, the lines and the calm spot; this only moves
and roughens what it set, and reports where the letters went.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.color import contrast_ratio
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import xerox_motifs as copier
from sleeve.engine.title_layout import TitleLayout

PAPER: RGB = (244, 241, 234)
INK: RGB = (12, 12, 12)
STANDS_OUT = 2.2  # the least contrast a strip of paper needs against the ground under it
Span = tuple[int, int, int, int]


def _words(line: Span, glyphs: Image.Image) -> list[Span]:
    """The line cut at its spaces (runs of blank columns in the letters' mask wider
    than a fifth of its height): one box a word, the line's height."""
    x0, y0, x1, y1 = line
    inked = np.asarray(glyphs.crop(line)).max(axis=0) > 20
    gap = max(2, int(0.2 * (y1 - y0)))
    words, start, blank = [], None, 0
    for x, ink in enumerate(inked):
        if ink:
            if start is None:
                start = x
            elif blank >= gap:
                words.append((x0 + start, y0, x0 + x - blank, y1))
                start = x
            blank = 0
        elif start is not None:
            blank += 1
    if start is None:
        return [line]
    words.append((x0 + start, y0, x0 + len(inked) - blank, y1))
    return words


def _paper(ground: RGB, spot: RGB, rng: np.random.Generator) -> RGB:
    """The strips' paper: the one of paper, black and the spot ink that stands out
    most from the ground, or now and then the runner-up where it stands out too."""
    papers = sorted({PAPER, INK, spot}, key=lambda p: -contrast_ratio(p, ground))
    if len(papers) > 1 and contrast_ratio(papers[1], ground) >= STANDS_OUT and rng.random() < 0.35:
        return papers[1]
    return papers[0]


def _rows(boxes: tuple[Span, ...]) -> list[Span]:
    """Character boxes grouped into the lines they sit on: one box a line."""
    rows: list[list[int]] = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: (b[1], b[0])):
        if rows and y0 < (rows[-1][1] + rows[-1][3]) / 2:
            row = rows[-1]
            row[:] = [min(row[0], x0), min(row[1], y0), max(row[2], x1), max(row[3], y1)]
        else:
            rows.append([x0, y0, x1, y1])
    return [(a, b, c, d) for a, b, c, d in rows]


@dataclasses.dataclass
class _Paste:
    """The title's strips being pasted on the art: the cover, its size, the letters'
    mask, the paper and toner, the toner's grain and the generator."""

    image: Image.Image
    mask: Image.Image
    glyphs: Image.Image
    paper: RGB
    toner: RGB
    grain: np.ndarray
    rng: np.random.Generator
    letters: list[tuple[Image.Image, tuple[int, int]]] = dataclasses.field(default_factory=list)

    def strip(self, box: Span, tall: int, tilt: float, drop: float) -> None:
        """Cut the letters inside `box` (pixels; `tall` the line's height) out with a
        margin of paper, and paste them `drop` pixels lower, turned `tilt` degrees."""
        size = self.image.size[0]
        x0, y0, x1, y1 = box
        pad_x, pad_y = int(0.2 * tall) + 2, int(0.14 * tall) + 2
        left, top = max(0, x0 - pad_x), max(0, y0 - pad_y)
        right, bottom = min(size, x1 + pad_x), min(size, y1 + pad_y)
        if right - left < 4 or bottom - top < 4:
            return
        glyph = np.asarray(self.glyphs.crop((left, top, right, bottom)), np.float32) / 255
        glyph = glyph.copy()
        glyph[:, : max(0, x0 - left - 2)] = 0  # a neighbour's letters stay on theirs
        glyph[:, x1 - left + 2 :] = 0
        frac = (left / size, top / size, right / size, bottom / size)
        speck = copier.crop(self.grain, frac, right - left, bottom - top)
        ink = glyph > 0.5 + 0.5 * (speck - 0.5)  # toner: ragged edges, dropouts
        edge = copier.torn(right - left, bottom - top, self.rng, max(1.0, 0.03 * tall)).rim
        tear = copier.Tear(edge, edge)  # cut with scissors: no white torn core
        turned, at = copier.paste(
            self.image, self.paper, self.toner, ink, tear, (left, top + drop), tilt
        )
        region = self.mask.crop((*at, at[0] + turned.size[0], at[1] + turned.size[1]))
        self.mask.paste(ImageChops.lighter(region, turned), at)
        self.letters.append((turned, at))

    def restamp(self) -> None:
        """Print every strip's letters again, so a strip pasted over a neighbour's
        never hides its letters."""
        for turned, at in self.letters:
            self.image.paste(self.toner, at, turned)


def rough(
    art: Image.Image,
    layout: TitleLayout,
    rng: np.random.Generator,
    energy: float,
    spot: RGB,
) -> TitleLayout | None:
    """Paste the title `layout` says was set (its main lines a strip a word, its
    secondary lines a strip a line) on `art`, crooked (more so the louder the song),
    each on paper that stands out from the ground; where the letters went. None for a
    title with colour emoji (left as typography set it)."""
    if layout.sticker_boxes or not layout.boxes:
        return None
    size = art.size[0]
    lines = [(max(0, b[0]), max(0, b[1]), min(size, b[2]), min(size, b[3])) for b in layout.boxes]
    under = np.asarray(art.crop(lines[0]).convert("RGB")).reshape(-1, 3).mean(0)
    paper = _paper((int(under[0]), int(under[1]), int(under[2])), spot, rng)
    grain = raster.fractal_noise(rng, cells=48, octaves=2, res=256)
    work = _Paste(
        art,
        Image.new("L", art.size, 0),
        layout.mask,
        paper,
        PAPER if paper == INK else INK,
        grain,
        rng,
    )
    boxes, moved = [], []
    for line in lines:
        tall = line[3] - line[1]
        spans = []
        for x0, y0, x1, y1 in _words(line, layout.mask):
            tilt = float(np.clip(rng.normal(0, 1.0 + 2.5 * energy), -5.0, 5.0))
            drop = float(np.clip(rng.normal(0, 0.07 * tall), -0.12 * tall, 0.12 * tall))
            work.strip((x0, y0, x1, y1), tall, tilt, drop)
            spans.append((x0, int(y0 + drop), x1, int(y1 + drop)))
            moved.append((x0, y0, x1, y1, int(drop)))
        xs0, ys0, xs1, ys1 = zip(*spans, strict=True)
        boxes.append((min(xs0), min(ys0), max(xs1), max(ys1)))
    for row in _rows(layout.small_boxes):  # the secondary line, calmer
        work.strip(row, row[3] - row[1], float(rng.normal(0, 1.0)), 0.0)
    work.restamp()
    chars = []
    for b in layout.char_boxes:  # each character moved with its word
        mx, my = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        dy = next((d for x0, y0, x1, y1, d in moved if x0 <= mx <= x1 and y0 <= my <= y1), 0)
        chars.append((b[0], b[1] + dy, b[2], b[3] + dy))
    return dataclasses.replace(
        layout,
        mask=work.mask,
        boxes=tuple(boxes),
        color=work.toner,
        treatment="none",
        char_boxes=tuple(chars),
    )
