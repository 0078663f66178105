"""The typographic poster's shape-led sheet, set level in any script (Thai, Arabic,
Devanagari and Hebrew are never turned), returning the pen that set the legible title,
and the level title block its other level sheets share:

lens: a Swiss concert poster after Müller-Brockmann's musica viva, the song's sections
as discs strung along a line across the frame, each as big as its section is loud (the
peak's disc huge and cut by the frame, a quiet intro's a dot), in the order they play;
the title flush left across the loudest disc. The song moves the picture: how many
sections it has (its loudness crossing its mean), their sizes, where the peak falls on
the line, and how closely the discs touch (a fast song's overlap, a slow one's stand
apart); the seed picks the line (falling, rising, level across, an arc). A word a disc
touches takes one colour whole, one that reads at READ on the disc and on the ground
(the ink where no other does). Before round 17 it was one disc run off a side: "a
generic circle" on every track (桜の散る頃 teal on blue, Morning Briefing green on grey),
and 桜's white kanji measured 3.5:1 at the disc's edge. Retired in round 11: shadow type
(the title with a hard offset shadow), "a Canva text preset" to the reviewers.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.color import contrast_ratio, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.glyphs import run_width
from sleeve.engine.legibility import BLACK, WHITE
from sleeve.engine.raster import RGB
from sleeve.engine.runs import is_rtl
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    paint,
)
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.title_lines import fit_lines

M = 0.075  # margin, share of the side
PAPER, INK = (248, 245, 238), (16, 16, 18)
SWAP = 3.0  # the least contrast between the title's two colours in and out of the disc
MOST_CHARS = 40  # longer titles set too small for a type-as-image sheet


def level_fits(plain: str, face, wide: float = 1 - 2 * M, need: float = 1.2) -> bool:
    """Whether the title, level in up to three lines `wide` of the side, stands `need`
    times LETTER tall at 64 px (any script)."""
    text = _capitals(plain)
    if not text.strip() or len([c for c in clusters(text) if c.strip()]) > MOST_CHARS:
        return False
    _, px = fit_lines(text, face, 1000, width_frac=wide, measure=run_width, max_lines=3)
    return px >= _needed_px(text, face, 1000) * need


def title_block(text: str, face, size: int, wide: float, cap: float, centred: bool, units=None):
    """The title level in up to three balanced lines `wide` of the side (type size at
    most `cap` of it, and the block within the margins), as one mask: centred or flush
    left; and its type size. A `units` list gets each word's box in the mask (a line
    with no space, as CJK sets, is one word)."""
    for _ in range(8):  # no taller than the frame inside its margins (月光 / 下的 / 城市
        # at 0.42 of the side each had run off the top)
        lines, px = fit_lines(
            text, face, size, width_frac=wide, measure=run_width, max_lines=3,
            max_px=int(size * cap),
        )  # fmt: skip
        masks = [line_mask(line.text, face, px, pad=0.08) for line in lines]
        tall = sum(m.height for m in masks)
        if tall <= size * (1 - 2 * M):
            break
        cap *= size * (1 - 2 * M) / tall * 0.98
    out = Image.new("L", (max(m.width for m in masks), sum(m.height for m in masks)), 0)
    y = 0
    for line, mask in zip(lines, masks, strict=True):
        x = (out.width - mask.width) // 2 if centred else 0
        out.paste(mask, (x, y))
        if units is not None:
            units.extend((x + a, y, x + b, y + mask.height) for a, b in _words(line.text, mask))
        y += mask.height
    return out, px


def _words(text: str, mask: Image.Image) -> list[tuple[int, int]]:
    """A line mask's words as column spans, split at its widest gaps of no ink, one a
    space (the whole line where the gaps do not match its spaces)."""
    spaces = len(text.split()) - 1
    cols = np.asarray(mask, float).max(axis=0) > 0
    inked = np.flatnonzero(cols)
    if not len(inked):
        return []
    if spaces < 1:
        return [(int(inked[0]), int(inked[-1]) + 1)]
    steps = np.diff(inked)
    cuts = np.sort(np.argsort(steps)[::-1][:spaces])
    if len(cuts) < spaces or steps[cuts].min() < 2:
        return [(int(inked[0]), int(inked[-1]) + 1)]
    starts = np.r_[inked[0], inked[cuts + 1]]
    ends = np.r_[inked[cuts] + 1, inked[-1] + 1]
    return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


def _chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


READ = 5.6  # the least contrast of the title's colours on the disc and the ground (4.5
# as the sheet measures it at 64 px, through the grain)
PATHS = ("fall", "rise", "across", "arc")  # the line the discs are strung along
MOST_DISCS, FEWEST_DISCS = 6, 3


def sections(curve: tuple[float, ...], rng: np.random.Generator) -> np.ndarray:
    """The song's sections' loudness, 0..1 of the loudest, in order: as many as the
    smoothed loudness crosses its mean, plus two (FEWEST_DISCS..MOST_DISCS); a song
    without a curve, the seed's count at an even level."""
    if len(curve) < 4:
        return np.full(int(rng.integers(FEWEST_DISCS, MOST_DISCS + 1)), 1.0)
    level = signals.smooth(signals.resample(curve, 48), 2)
    above = level > level.mean()
    count = int(np.clip(np.count_nonzero(above[1:] != above[:-1]) + 2, FEWEST_DISCS, MOST_DISCS))
    parts = np.array_split(np.asarray(curve, float), count)
    means = np.array([part.mean() for part in parts])
    span = float(np.ptp(means))
    if span < 1e-6:
        return np.ones(count)
    return 0.3 + 0.7 * (means - means.min()) / span  # the quietest a dot, never nothing


def discs(p: Poster, rng: np.random.Generator) -> tuple[str, list[tuple[float, float, float]]]:
    """The line's name and each section's disc (centre x, y and radius, in px): radii by
    loudness, spaced along the line (touching, overlapped for a fast song, apart for a
    slow one), the chain centred where the seed puts it, the frame cutting its ends."""
    s = p.size
    level = sections(p.curve, rng)
    biggest = s * (0.27 + 0.13 * p.energy + rng.uniform(-0.02, 0.03))
    radii = np.maximum(biggest * level**2, s * 0.022)
    path = str(rng.choice(PATHS))
    close = float(np.clip((p.tempo - 70.0) / 90.0, 0.0, 1.0))  # 70 BPM far apart, 160 close
    # (overlapped, the discs had merged into one bubbly blob)
    spacing = [
        (a + b) * (1.55 - 0.45 * close) + s * 0.02 for a, b in zip(radii, radii[1:], strict=False)
    ]
    along = np.r_[0.0, np.cumsum(spacing)]
    along -= (
        along[int(np.argmax(radii))] * rng.uniform(0.6, 1.0)
        + along[-1] * rng.uniform(0.0, 0.4) * 0.5
    )  # the chain's middle near the frame's, the peak off it
    if path == "arc":  # round a centre off the frame's corner
        side = rng.choice((-1, 1))
        ox, oy = s * (0.5 - side * 0.55), s * 1.15
        reach = s * 0.95
        turn = along / reach
        centres = [
            (ox + side * reach * np.sin(a + 0.75), oy - reach * np.cos(a + 0.75)) for a in turn
        ]
    else:
        angle = {"fall": 0.62, "rise": -0.62, "across": 0.0}[path] + rng.uniform(-0.12, 0.12)
        mid = (s * rng.uniform(0.45, 0.58), s * rng.uniform(0.4, 0.6))
        ux, uy = np.cos(angle), np.sin(angle)
        centres = [(mid[0] + ux * d, mid[1] + uy * d) for d in along]
    placed = [(float(x), float(y), float(r)) for (x, y), r in zip(centres, radii, strict=True)]
    if not any(x - r < 0 or x + r > s for x, _, r in placed):  # the frame cuts the chain:
        # its end nearer a side slid past it (a chain floating whole read as clip art)
        x, _, r = min(placed, key=lambda d: min(d[0] - d[2], s - d[0] - d[2]))
        shift = -(x + 0.35 * r) if x < s / 2 else s - x + 0.35 * r
        placed = [(cx + shift, cy, cr) for cx, cy, cr in placed]
    return path, placed


def lens(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The song's sections as discs along a line and the title flush left across the
    loudest (module docstring); a word a disc touches in one colour whole that reads on
    the disc and on the ground."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    words: list[tuple[int, int, int, int]] = []
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.4, is_rtl(text), words)  # Arabic lines
    # centred in their block (flush left, their line ends ragged on the wrong side)
    ink = p.ink
    if contrast_ratio(ink, p.ground) < READ:  # (Lágrimas' cream on red measured 3.6 at 64 px)
        ink = max((ink, WHITE, BLACK), key=lambda c: contrast_ratio(c, p.ground))
    disc = p.accent if contrast_ratio(p.accent, p.ground) >= 1.4 else _apart(p.ground, ink)
    if p.quiet:  # an ambient or classical page: the discs in the ground's own tone
        disc = mix(p.ground, ink, 0.2)
    # a word a disc touches: a colour that swaps visibly with the ink and reads on both
    # the disc and the ground (the ground itself had left 東京の夜's kanji half lost past
    # the disc's edge, 3.1:1), else the ink, the disc pushed until the ink reads on it
    swaps = [c for c in (PAPER, INK) if contrast_ratio(c, ink) >= SWAP]
    swaps = [c for c in swaps if contrast_ratio(c, p.ground) >= READ]
    inside = max(swaps or [ink], key=lambda c: contrast_ratio(c, disc))
    disc = _pushed(disc, inside)
    if contrast_ratio(disc, p.ground) < 1.15 and abs(_hue(disc) - _hue(p.ground)) < 25:
        disc = _pushed(_apart(p.ground, inside), inside)  # pushed into the ground: a tint
    _, placed = discs(p, rng)
    draw = ImageDraw.Draw(image)
    ring = Image.new("L", (s, s), 0)
    for cx, cy, r in placed:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=disc)
        ImageDraw.Draw(ring).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    cx, cy, r = max(placed, key=lambda d: d[2])
    # the title crosses the loudest disc: its middle a little above or below its centre
    y = int(np.clip(cy + rng.uniform(-0.4, 0.4) * r - glyphs.height / 2, s * M,
                    s * (1 - M) - glyphs.height))  # fmt: skip
    x = int(s * M)
    pen.paste(image, glyphs, (x, y), ink, _chars(text))
    # a word a disc touches takes the inside colour whole: one cut by the disc's edge
    # had left 桜 and の half black, half white
    disc_in = np.asarray(ring, float) > 0
    over = Image.new("L", (s, s), 0)
    for a, top, b, bottom in words:
        cell = glyphs.crop((a, top, b, bottom))
        letters = np.asarray(cell, float)
        under = disc_in[y + top : y + bottom, x + a : x + b]  # (the cover's part of it)
        if (letters[: under.shape[0], : under.shape[1]] * under).sum() > 0.02 * letters.sum():
            over.paste(cell, (x + a, y + top))
    paint(image, over, inside)
    pen.ink = ink
    return pen


def _hue(colour: RGB) -> float:
    return rgb_to_oklch(colour)[2]


def _apart(ground: RGB, ink: RGB) -> RGB:
    """A disc for a palette with no accent apart from the ground: the ground's hue,
    a step of lightness toward the ink and more chroma."""
    light, chroma, hue = rgb_to_oklch(ground)
    step = 0.14 if rgb_to_oklch(ink)[0] > light else -0.14
    return oklch_to_rgb(min(1.0, max(0.0, light + step)), max(chroma, 0.08), hue)


def _pushed(disc: RGB, letters: RGB) -> RGB:
    """The disc in its own hue and chroma, its lightness stepped away from the letters'
    until they read on it at READ (mixed toward black or white it had gone grey)."""
    light, chroma, hue = rgb_to_oklch(disc)
    step = -0.03 if rgb_to_oklch(letters)[0] > light else 0.03
    for _ in range(34):
        if contrast_ratio(letters, disc) >= READ:
            break
        light = min(1.0, max(0.0, light + step))
        disc = oklch_to_rgb(light, chroma, hue)
    return disc
