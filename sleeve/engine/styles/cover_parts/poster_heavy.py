"""The typographic poster's own picture for metal and punk, `slab`: the title in heavy
condensed capitals stacked edge to edge and stretched tall to fill the frame, one
line reversed out of a bar. Metal: bone on black over the song's loudness as a
jagged dark ridge in fog, the bar dried blood (black metal: ash). Punk: crooked,
black on newsprint or the reverse, xerox specks, the bar a fluoro strip of tape.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from sleeve.engine.glyphs import ink_extent, run_width
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, legible_on, line_mask
from sleeve.engine.title_lines import Line, fit_lines

M = 0.075  # margin, share of the side
BONE, BLACK, NEWSPRINT = (230, 226, 216), (11, 11, 11), (244, 241, 234)
BLOOD, ASH = (120, 14, 16), (79, 93, 102)
FLUORO = ((255, 62, 165), (255, 242, 0))
STRETCH = 1.9  # the most a line is stretched tall (condensed caps, a gig poster's)


def slab_colours(subgenre: str, punk: bool, rng: np.random.Generator) -> tuple[RGB, RGB, RGB]:
    """Ground, ink and bar: bone on black with blood (black metal and doom: ash) or,
    by the seed, bone on blood with a black bar (never doom: a red slab read as a
    protest poster, "wrong mood for doom"); punk black on newsprint or newsprint on
    black with a fluoro bar."""
    if punk:
        tape = FLUORO[int(rng.integers(2))]
        return (NEWSPRINT, BLACK, tape) if rng.random() < 0.5 else (BLACK, NEWSPRINT, tape)
    ashen = subgenre in ("black_metal", "doom_metal")
    if not ashen and rng.random() < 0.5:  # bone on a blood ground, the
        return BLOOD, BONE, BLACK  # bar black: two doom slabs read as one template
    return BLACK, BONE, ASH if ashen else BLOOD


def _lines(text: str, face, s: int) -> list[str]:
    """One line for a short title, two or three for longer ones (never a lone "A"
    line blown up to the width)."""
    count = min(3, 1 + int(len(text) > 8) + int(len(text) > 18))
    lines, _ = fit_lines(text, face, s, width_frac=0.86, measure=run_width, lines=count)
    return [line.text for line in lines]


def slab(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title stacked edge to edge and stretched to fill the frame; one line on a
    bar; under it the song's loudness as a ridge (metal) or xerox specks (punk)."""
    s, pen = p.size, TitlePen(p.size)
    text = p.plain or p.text
    if p.face.role != "blackletter":  # blackletter capitals read as other letters ("3RON")
        text = _capitals(text)
    texts = _lines(text, p.face, s)
    measure = s * (1 - 2 * M)
    masks = []
    for t in texts:
        probe = line_mask(t, p.face, 200, pad=0.0)
        px = max(6, int(200 * measure / max(1, probe.width)))
        up, down = ink_extent(Line(t, 0), p.face, px)
        px = min(px, int(px * s * 0.6 / max(1.0, up + down)))  # one short word: not all
        masks.append(line_mask(t, p.face, px, pad=0.0))
    gap = s * (0.03 - 0.015 * p.energy)
    tall = s * (0.62 + 0.24 * p.energy)  # louder: the stack fills more of the frame
    gaps = gap * (len(masks) - 1)
    stretch = float(np.clip((tall - gaps) / max(1, sum(m.height for m in masks)), 1.0, STRETCH))
    masks = [m.resize((m.width, max(1, int(m.height * stretch)))) for m in masks]
    reach = sum(m.height for m in masks) + gaps
    if reach > s * (1 - 2 * M):  # too tall for the frame: the stack shrinks whole
        k = s * (1 - 2 * M) / reach
        masks = [m.resize((max(1, int(m.width * k)), max(1, int(m.height * k)))) for m in masks]
        reach = sum(m.height for m in masks) + gaps
    if not p.punk:
        _ridge(image, p, rng, p.curve)
    else:
        _specks(image, p, rng)
    place = rng.uniform(0.0, 0.25) if p.punk else rng.choice((0.1, 0.5))
    top = s * M + (s * (1 - 2 * M) - reach) * place
    barred = int(rng.integers(len(masks))) if len(masks) > 1 else -1
    tilt = rng.uniform(2.5, 5.0) * (0.6 + 0.6 * p.energy) * rng.choice((-1, 1)) if p.punk else 0.0
    block = Image.new("L", (s, int(reach) + 2), 0)
    bar = Image.new("L", block.size, 0)
    y = 0.0
    for k, m in enumerate(masks):
        x = (s - m.width) // 2
        block.paste(m, (x, int(y)))
        if k == barred:
            pad = s * 0.025
            box = (x - pad, y - pad * 0.6, x + m.width + pad, y + m.height + pad * 0.6)
            ImageDraw.Draw(bar).rectangle(box, fill=255)
        y += m.height + gap
    if tilt:
        block = block.rotate(tilt, Image.Resampling.BICUBIC, expand=True)
        bar = bar.rotate(tilt, Image.Resampling.NEAREST, expand=True)
    at = (int((s - block.width) / 2), int(top - (block.height - reach) / 2))
    image.paste(p.accent, (*at, at[0] + bar.width, at[1] + bar.height), bar)
    chars = sum(1 for c in text if not c.isspace())
    pen.paste(image, block, at, p.ink, chars)
    over = ImageChops.multiply(block, bar)  # the letters on the bar: black on fluoro
    reverse = legible_on(p.accent, p.ink, p.ground)
    image.paste(reverse, (*at, at[0] + over.width, at[1] + over.height), over)
    pen.ink = p.ink
    return pen


def _ridge(image: Image.Image, p: Poster, rng: np.random.Generator, curve) -> None:
    """The loudness curve as a jagged ridge across the lower frame, a shade off the
    black, with fog rising from it (dark organic noise, never bright)."""
    s = p.size
    values = np.asarray(curve or rng.uniform(0.3, 0.8, 24), float)
    xs = np.linspace(0, s, 96)
    level = np.interp(np.linspace(0, len(values) - 1, 96), np.arange(len(values)), values)
    jag = rng.uniform(0.0, 1.0, 96) ** 3 * s * 0.05  # spikes: a forest's tips, a crag
    ys = s * (0.86 - 0.22 * level) - jag
    rock = tuple(min(255, c + 30) for c in p.ground)
    fog = (
        Image.fromarray(
            np.clip(rng.normal(0.0, 1.0, (12, 12)) * 60 + 40, 0, 255).astype(np.uint8), "L"
        )
        .resize((s, s), Image.Resampling.BICUBIC)
        .filter(ImageFilter.GaussianBlur(s * 0.02))
    )
    fade = np.linspace(0.0, 1.0, s, dtype=np.float32)[:, None] ** 1.5
    fog = Image.fromarray((np.asarray(fog, np.float32) * fade * 0.35).astype(np.uint8), "L")
    image.paste(tuple(min(255, c + 38) for c in p.ground), (0, 0, s, s), fog)
    ImageDraw.Draw(image).polygon(
        [(0, s), *zip(xs.tolist(), ys.tolist(), strict=True), (s, s)], fill=rock
    )


def _specks(image: Image.Image, p: Poster, rng: np.random.Generator) -> None:
    """Xerox specks and a few toner streaks in the ink's colour, thin enough to leave
    the title the only mass. The specks draw from their own stream: a grid that grows
    with the size had shifted the draws after it, and the title, between sizes."""
    s = p.size
    small = max(8, s // 6)
    noise = np.random.default_rng(int(rng.integers(2**31))).random((small, small)) > 0.985
    specks = Image.fromarray((noise * 255).astype(np.uint8), "L").resize((s, s))
    faint = tuple(int(a * 0.75 + b * 0.25) for a, b in zip(p.ground, p.ink, strict=True))
    image.paste(faint, (0, 0, s, s), specks)
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(2, 5))):
        y = rng.uniform(0, s)
        draw.line((0, y, s, y + rng.uniform(-0.02, 0.02) * s), fill=faint, width=max(1, s // 200))
