"""The typographic poster's window: the title huge, its letters cut out of a solid sheet
of the ink as windows onto a landscape of the song (a sky, then hills drawn from its
loudness, near ones stronger), like a postcard's letters full of the place. The
picture lives only inside the letters; set level in any script.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen
from sleeve.engine.styles.cover_parts.poster_shapes import MOST_CHARS, _chars, title_block
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.styles.cover_parts.poster_stack import peak_share

M = 0.06  # margin, share of the side
READS = 4.2  # the least contrast of every colour in the letters on the sheet
HILLS = (2, 4)  # hills in the letters (calm, loud)
GHOST = 0.09  # how much of its colour a hill keeps on the sheet outside the letters
FILL = (0.6, 0.8)  # how much of the frame's height the letters are drawn up to fill
STRETCH = 1.8  # the most they are drawn up (past it a letter reads as a sign's strut)


@lru_cache(maxsize=1024)
def window_fits(plain: str, face) -> bool:
    """Whether the title, level in up to three lines and drawn up as the window draws
    it (at its least), stands 1.2 times LETTER tall at 64 px (any script)."""
    text = _capitals(plain)
    if not text.strip() or len([c for c in clusters(text) if c.strip()]) > MOST_CHARS:
        return False
    glyphs, px = title_block(text, face, 1000, 1 - 2 * M, 0.42, True)
    stretch = float(np.clip(1000 * (1 - 2 * M) * FILL[0] / glyphs.height, 1.0, STRETCH))
    return px * stretch >= _needed_px(text, face, 1000) * 1.2


def _reads(colour: RGB, sheet: RGB, sky: RGB) -> RGB:
    """The colour stepped toward the sky until it reads on the sheet."""
    for _ in range(12):
        if contrast_ratio(colour, sheet) >= READS:
            break
        colour = mix(colour, sky, 0.15)
    return colour


def hill_colours(p: Poster, count: int) -> list[RGB]:
    """The hills far to near: pale (near the sky) to the accent (or the palette's other
    colour for the nearest), each reading on the sheet."""
    sky, sheet = p.ground, p.ink
    near = p.colours[0] if p.colours and not p.quiet else p.accent
    tones = [mix(sky, p.accent, 0.3 + 0.6 * k / max(1, count - 1)) for k in range(count)]
    if count > 2:
        tones[-1] = near
    if p.quiet:  # an ambient or classical page: the hills in the sky's own tone
        tones = [mix(sky, sheet, 0.08 + 0.1 * k / max(1, count - 1)) for k in range(count)]
    return [_reads(tone, sheet, sky) for tone in tones]


def _ridge(p: Poster, count: int, shift: float) -> np.ndarray:
    """The loudness across the frame (0 to 1) as a broad hill line: a stretch of the
    song from `shift` (each hill its own) at a dozen points, smoothed over a tenth of
    the frame (the raw curve read as a jagged chart)."""
    curve = np.asarray(p.curve or (0.5,), float)
    t = np.mod(np.linspace(0, 0.5, 12) + shift, 1.0)
    points = np.interp(t, np.linspace(0, 1, len(curve)), curve)
    level = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, 12), points)
    level = signals.smooth(level, max(1, count // 20))
    spread = float(np.ptp(level))
    return (level - level.min()) / spread if spread > 1e-6 else np.full(count, 0.5)


def landscape(
    p: Poster, colours: list[RGB], sky: RGB, span: tuple[float, float], seed: int
) -> Image.Image:
    """The frame's landscape: the sky, then hills of the loudness far to near, lower
    and stronger as they come, between `span` (the letters' top and bottom)."""
    s = p.size
    rng = np.random.default_rng(seed)  # the same hills in the letters and their ghost
    picture = Image.new("RGB", (s, s), sky)
    draw = ImageDraw.Draw(picture)
    xs = np.arange(s + 1, dtype=float)
    h = span[1] - span[0]
    top = rng.uniform(0.3, 0.45)  # where the farthest hill stands, of the letters' height
    for k, colour in enumerate(colours):
        base = span[0] + h * (top + (0.92 - top) * (k + 1) / (len(colours) + 0.5))
        lift = h * (0.32 - 0.04 * k) * (0.6 + 0.6 * p.energy)
        ys = base - lift * _ridge(p, s + 1, rng.uniform(0, 1))
        draw.polygon([(0, s), *zip(xs, ys, strict=True), (s, s)], fill=colour)
    return picture


def window(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The sheet of the ink over the frame and the title's letters cut from it huge,
    the song's landscape seen through them, and faintly on the sheet around them."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.42, rng.random() < 0.5)
    tall = s * (1 - 2 * M) * rng.uniform(*FILL)  # drawn up tall, as wood type is cut
    stretch = float(np.clip(tall / glyphs.height, 1.0, STRETCH))
    glyphs = glyphs.resize((glyphs.width, round(glyphs.height * stretch)), Image.LANCZOS)
    x = (s - glyphs.width) // 2 if rng.random() < 0.5 else int(s * M)
    middle = s * (0.36 + 0.26 * peak_share(p) + rng.uniform(-0.03, 0.03))  # an early peak high
    y = int(np.clip(middle - glyphs.height / 2, s * M, s * (1 - M) - glyphs.height))
    count = round(HILLS[0] + (HILLS[1] - HILLS[0]) * p.energy)
    colours, seed = hill_colours(p, count), int(rng.integers(1 << 30))
    span = (float(y), float(y + glyphs.height))
    ghosts = [mix(p.ink, c, GHOST) for c in colours]
    image.paste(landscape(p, ghosts, p.ink, span, seed))
    pen.paste(image, glyphs, (x, y), p.ground, _chars(text))
    picture = landscape(p, colours, p.ground, span, seed)
    image.paste(picture.crop((x, y, x + glyphs.width, y + glyphs.height)), (x, y), glyphs)
    return pen
