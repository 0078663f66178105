"""Setting the track's own title as wood type: the title in capitals, broken into at
most three balanced lines (title_lines: no break inside "Op. 9", dictionary breaks for
Thai, kinsoku for CJK, a long word hyphenated), each line cut to fill the measure so
short lines stand tall (the mixed sizes of a wood-type bill), Latin, Greek and
Cyrillic letters condensed as wood type was cut; other scripts (CJK, Arabic,
Devanagari, Thai, Hangul) and emoji in their own faces, never stretched. The setter
prints each line in an ink that reads on the stock and records where it went (the
title's mask, one box and the visible character count per line) for the TitleLayout."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, readable_ink
from sleeve.engine.fonts import FontFace, covers_all, title_face
from sleeve.engine.glyphs import run_width
from sleeve.engine.raster import RGB
from sleeve.engine.runs import drawable
from sleeve.engine.scripts import clusters, dominant_script, emoji_spans, is_cjk
from sleeve.engine.short_words import NBSP, units
from sleeve.engine.styles.cover_parts import wood_inks
from sleeve.engine.styles.cover_parts.poster_kit import line_mask
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import fit_lines
from sleeve.engine.title_parse import parse_title
from sleeve.engine.typography import display_text

STRETCH_SCRIPTS = ("Latn", "Grek", "Cyrl")
ROLES = ("condensed", "slab", "display")  # Anton, Alfa Slab One, Archivo Black
PROBE_MAX = 300  # lines are drawn at most this big, then scaled to their slot
GAP = 0.055  # between stacked lines, share of the stack's height (apart at 64 px)
LEGIBLE = 4.0  # a title line's least contrast on its ground: 3.4 read weak at 64 px (दिल की धड़कन,
# Sunrise Dub); 4.5 greyed the cumbia's fluoro inks


@dataclass(frozen=True)
class Title:
    """The title as the printer sets it: the main title (capitals for Latin), the
    qualifiers for a small line, the faces lines may take (all draw the whole title),
    and whether its letters may be condensed."""

    text: str
    small: str
    faces: tuple[FontFace, ...]
    stretch: bool
    notes: tuple[str, ...] = ()

    @property
    def face(self) -> FontFace:
        return self.faces[0]


def prepare(title: str, language: str, first: int) -> Title | None:
    """The title to set, None when there is none; `first` turns which wood face leads."""
    if not title.strip():
        return None
    parts = parse_title(title)
    text = display_text(parts.main, "condensed", language)
    text, missing = drawable(text, title_face(text, "condensed", 900.0))  # never a box
    notes = (f"left out {len(missing)} character(s) no font draws",) if missing else ()
    text = " ".join(text.split()) or "Untitled"
    script = dominant_script(text)
    latin = script in STRETCH_SCRIPTS or not script
    roles = ROLES[first % 3 :] + ROLES[: first % 3]
    faces = [title_face(text, role, 900.0) for role in roles]
    letters = "".join(c for c in text if c.isalpha())
    whole = [f for f in faces if covers_all(f, letters)] if latin else faces[:1]
    faces = list(dict.fromkeys(whole or faces[:1]))  # the run's own face where none draws it
    stretch = latin and bool(letters) and not emoji_spans(text)
    small = " ".join(parts.secondary.split())
    small = drawable(small, title_face(small, "condensed", 600.0))[0].strip() if small else ""
    return Title(text, small, tuple(faces), stretch, notes)


def break_lines(title: Title, measure: float, most: int = 3, stack: bool = True) -> list[str]:
    """The main title in balanced lines for a bill: one unit (units) a line up to
    `most` (a wood bill's mixed sizes; else, without `stack`, the count that sets it
    biggest), never a short word alone or at a line's end ("THE / LITTLE" read as an
    orphan, "يا" alone on a line as a stray particle), a long word hyphenated, a title
    without spaces as title_lines breaks it."""
    bound = units(title.text, title.stretch)
    count = min(most, len(bound)) if len(bound) > 1 and stack else None
    long = 3 if is_cjk(title.text) else 9  # CJK stands two lines from four characters
    longest = 2 if len(clusters(title.text)) > long else 1
    lines, _ = fit_lines(
        " ".join(bound), title.face, 1000, width_frac=measure, measure=run_width,
        lines=count, max_lines=min(most, longest if stack else most), max_px=600,
    )  # fmt: skip
    return [line.text.replace(NBSP, " ") for line in lines]


EXTENDED = 0.8  # the widest a letter is set, as a share of its drawn height-to-width


def cut(
    text: str, face: FontFace, width: float, height: float, stretch: float
) -> tuple[Image.Image, float]:
    """A line's ink as a mask filling `width` and at most `height` (pixels), drawn at
    PROBE_MAX at most and scaled, and how condensed it stands (its height-to-width
    against the face's: above 1 condensed). Where the letters allow (`stretch` > 1) a
    line is made up to `stretch` times taller than drawn (the condensed cuts of wood
    type), and a short line too tall at the full measure a little extended."""
    mask = line_mask(text, face, PROBE_MAX, pad=0.0)
    mask = mask.crop(mask.getbbox() or (0, 0, 1, 1))
    gw, gh = mask.size
    natural = gh * width / gw  # its height filling the measure
    if natural <= height:
        w, h = width, min(height, natural * stretch)
    else:
        h = height
        w = min(width, gw * height / gh / (EXTENDED if stretch > 1 else 1.0))
    glyphs = mask.resize((max(1, int(w)), max(1, int(h))), Image.Resampling.BILINEAR)
    return glyphs, (h / w) / (gh / gw)


def reads(ink: RGB, ground: RGB, opaque: bool) -> float:
    """The contrast of an ink printed on a ground (multiplied on pale stock)."""
    printed = ink if opaque else tuple(a * b // 255 for a, b in zip(ink, ground, strict=True))
    return contrast_ratio(printed, ground)


def legible(
    inks: list[RGB], ground: RGB, opaque: bool, want: int = 0, least: float = LEGIBLE
) -> RGB:
    """Ink `want` when it reads on the ground at `least`, else the next that does, else
    the one that reads best (the key ink, usually) deepened or lifted until it does
    (dark brown on a mid green had read at 2.9:1)."""
    order = inks[want:] + inks[:want]
    for ink in order:
        if reads(ink, ground, opaque) >= least:
            return ink
    return readable_ink(ground, max(order, key=lambda c: reads(c, ground, opaque)), least)


@dataclass
class Setter:
    """Prints the title's lines on the sheet and records where they went."""

    size: int
    mask: Image.Image = field(init=False)
    boxes: list[tuple[int, int, int, int]] = field(default_factory=list)
    chars: list[int] = field(default_factory=list)
    ink: RGB = (0, 0, 0)
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.mask = Image.new("L", (self.size, self.size), 0)

    def press(
        self, img: Image.Image, glyphs: Image.Image, at: tuple[int, int], ink: RGB,
        opaque: bool, text: str,
    ) -> None:  # fmt: skip
        """Print a line's mask at `at` in `ink` and record it as the title."""
        wood_inks.press(img, glyphs, at, ink, opaque)
        self.record(glyphs, at, text)
        if not self.chars[:-1]:
            self.ink = ink

    def record(self, glyphs: Image.Image, at: tuple[int, int], text: str) -> None:
        """Record a mask printed by other means (reversed out, bent round a label)."""
        self.mask.paste(255, (*at, at[0] + glyphs.width, at[1] + glyphs.height), glyphs)
        x0, y0, x1, y1 = glyphs.getbbox() or (0, 0, 1, 1)
        x0, y0 = max(0, at[0] + x0), max(0, at[1] + y0)
        x1, y1 = min(self.size, at[0] + x1), min(self.size, at[1] + y1)
        self.boxes.append((x0, y0, max(x0 + 1, x1), max(y0 + 1, y1)))
        self.chars.append(sum(1 for c in text if not c.isspace()))

    def layout(self, size: int) -> TitleLayout:
        """Where the title went, scaled to the cover's side."""
        k = size / self.size
        mask = self.mask if k == 1 else self.mask.resize((size, size), Image.Resampling.BILINEAR)
        boxes = tuple(tuple(int(round(v * k)) for v in b) for b in self.boxes)
        middle = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2 / size
        band = 0 if middle < 0.4 else (2 if middle > 0.6 else 1)
        chars, ink, notes = tuple(self.chars), self.ink, self.notes
        return TitleLayout(mask, boxes, chars, ink, "none", band, notes=notes)  # type: ignore[arg-type]

    def extent(self) -> tuple[float, float, float, float]:
        """The title's box as fractions of the side."""
        s = self.size
        b = np.array(self.boxes, float)
        return (b[:, 0].min() / s, b[:, 1].min() / s, b[:, 2].max() / s, b[:, 3].max() / s)


def line_gap(height: float, n: int, floor: float = 0.0) -> float:
    """The space between `n` lines stacked in `height` pixels (at least `floor`)."""
    return max(GAP * height, floor) if n > 1 else 0.0


def stack_cuts(
    title: Title, lines: list[str], width: float, height: float, stretch: float,
    sizes: list[float] | None = None, floor: float = 0.0,
) -> list[Image.Image]:  # fmt: skip
    """The lines cut to fill `width`, stacked no taller than `height` (pixels) with GAP
    between: each as tall as filling the width makes it (at most `stretch` condensed),
    all scaled down together when the stack is too tall; `sizes` weights a line's
    height cap (a big first word); `floor` is the least gap in pixels."""
    stretch = stretch if title.stretch else 1.0
    n = len(lines)
    gap = line_gap(height, n, floor)
    room = height - gap * (n - 1)
    weights = sizes or [1.0] * n
    caps = [room * w / sum(weights) * (1.8 if n > 1 else 1.0) for w in weights]
    faces = [title.faces[k % len(title.faces)] for k in range(n)]
    cut_lines = [cut(t, f, width, c, stretch) for t, f, c in zip(lines, faces, caps, strict=True)]
    total = sum(c.height for c, _ in cut_lines)
    if total <= room:
        return [c for c, _ in cut_lines]
    k = room / total  # too tall: all smaller together, condensed letters widened back
    cuts = []
    for c, condensed in cut_lines:
        wide = min(width / (c.width * k), max(1.0, condensed / EXTENDED)) if stretch > 1 else 1.0
        cuts.append(c.resize((max(1, int(c.width * k * wide)), max(1, int(c.height * k)))))
    return cuts
