"""Four typographic poster compositions, each its own skeleton: `tiles`, the title's
letters one to a big coloured tile in a grid that fills the frame; `ecm`, a small
title on a band of ground over a wide photographic field in one tone (horizon and
still water, fog, a low sun) with one thin coloured rule; `cut`, the title huge, cut
by a diagonal and its two halves slid apart along the cut, in two colours; `frame`,
the title running round the four edges like type on a path, a colour field inside
with the title set huge in it. (The column, the title a letter to a line beside a
photographic field, is retired: it read as a template waiting for its photo.)
"""

from __future__ import annotations

import math
import unicodedata

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine.color import contrast_ratio, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.glyphs import ink_extent
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import GAP, _heavy, _measured, _reach, _stack
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    legible_on,
    line_mask,
    paint,
    rule,
    width,
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


CUT_LETTERS = 14  # the longest word a cut poster sets big


def cut_fits(text: str) -> bool:
    """Scripts whose letters survive a slid cut (joined Arabic and Thai's stacked
    marks broke apart); a CJK title must stack (a single run of characters stood as
    one small line struck through, not a cut poster)."""
    script = dominant_script(text)
    if script in ("Hani", "Hira", "Kana", "Hang") and len(text.split()) < 2:
        return False
    if max((len(_letters(word)) for word in text.split()), default=0) > CUT_LETTERS:
        return False  # "Supercalifragilistic-expialidocious" stood small, struck through
    return script in (*STEP_SCRIPTS, "Deva")


def _letters(text: str) -> list[str]:
    return [c for c in clusters(text.replace(" ", "")) if c.strip()]


KIDS_TILES = 36  # a children's title as blocks: "Supercalifragilisticexpialidocious" is 34


def tiles_fits(text: str, most: int = 12) -> bool:
    """Three to twelve letters (`most`) in a script whose letters stand alone."""
    return 3 <= len(_letters(text)) <= most and dominant_script(text) in STEP_SCRIPTS


def _grid(text: str) -> list[list[str]]:
    """The letters in rows: a word a row where the words are short, else a near-square
    grid read left to right."""
    words = [_letters(w) for w in text.split() if _letters(w)]
    if 2 <= len(words) <= 4 and max(len(w) for w in words) <= 6:
        return words
    if 2 <= len(words) <= 5 and max(len(w) for w in words) <= 7 and len(_letters(text)) > 12:
        return words  # a long children's title: a word a row, short words left ragged
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
    widest = max(width(c, face, 100) for row in grid for c in row)
    px = int(min(ch * 0.82 / 0.74, cw * 0.8 * 100 / max(1.0, widest)))
    centred = rng.random() < 0.6
    colours: dict[tuple[int, int], RGB] = {}
    used: dict[RGB, int] = {}
    draw = ImageDraw.Draw(image)
    for r in range(rows):
        for c in range(cols):
            near = {colours.get((r - 1, c)), colours.get((r, c - 1))}
            pick = [k for k in cycle if k not in near] or cycle
            tile = pick[int(rng.integers(len(pick)))]
            colours[(r, c)] = tile
            x0, y0 = edge + c * (cw + gutter), edge + r * (ch + gutter)
            if p.kids and c >= len(grid[r]):
                continue  # a short word's row ends: ground, not a spare block
            if p.kids:
                box = (x0, y0, x0 + cw - 1, y0 + ch - 1)
                draw.rounded_rectangle(box, radius=min(cw, ch) * 0.2, fill=tile)
            else:
                draw.rectangle((x0, y0, x0 + cw - 1, y0 + ch - 1), fill=tile)
            ink = max(cycle + [p.ground], key=lambda k, t=tile: contrast_ratio(k, t))
            if contrast_ratio(ink, tile) < 4.5:  # no palette colour reads: black or white
                ink = legible_on(tile, ink)
            if c >= len(grid[r]):  # a spare tile: plain colour (a dot in it read as a
                continue  # domino, a placeholder: "NO • • •")
            letter = grid[r][c]
            up, down = ink_extent(Line(letter, 0), face, px)
            wide = width(letter, face, px)
            if centred:
                x, base = x0 + (cw - wide) / 2, y0 + (ch + up - down) / 2
            else:  # set in the tile's lower left corner, Swiss
                x, base = x0 + cw * 0.08, y0 + ch * 0.93 - down
            pen.line(image, x, base, letter, face, px, ink)
            used[ink] = used.get(ink, 0) + 1
    pen.ink = max(used, key=lambda k: used[k]) if used else p.ink
    return pen


def _tone_lut(p: Poster, rng: np.random.Generator) -> np.ndarray:
    """A one-tone photographic ramp, dark to light, in the accent's hue at low chroma
    (a grey lake, a blue fog, a warm dusk; never mud: a yellow turns to orange)."""
    _, chroma, hue = rgb_to_oklch(p.accent)
    c = min(0.075, chroma * 0.5) if chroma > 0.03 else 0.0
    if 15 <= hue <= 120:  # a low-chroma warm tone is mud: a black and white photograph
        c = 0.0
    c *= rng.uniform(0.7, 1.0)
    levels = np.linspace(0.16, 0.93, 24)
    ramp = np.array(
        [oklch_to_rgb(float(light), c * (1 - abs(light - 0.55)), hue) for light in levels]
    )
    xs = np.linspace(0.0, 1.0, 256)
    return np.stack([np.interp(xs, np.linspace(0, 1, 24), ramp[:, k]) for k in range(3)], 1)


def _photo(w: int, h: int, p: Poster, rng: np.random.Generator) -> Image.Image:
    """A photographic field in one tone: a horizon over still water, fog over a dark
    ridge, or a low sun in haze; drawn small and scaled up, then grained."""
    sw, sh = 96, max(8, int(96 * h / max(1, w)))
    ys, xs = np.mgrid[0:sh, 0:sw].astype(np.float32)
    t, u = ys / sh, xs / sw
    coarse = rng.random((4, 4)).astype(np.float32)
    haze = np.asarray(
        Image.fromarray(coarse, "F").resize((sw, sh), Image.Resampling.BICUBIC), np.float32
    )
    kind = int(rng.integers(3))
    horizon = rng.uniform(0.4, 0.68) - 0.2 * (p.energy - 0.5)  # louder: a higher horizon
    if kind == 0:  # horizon over still water: a pale sky, darker water, a lit seam
        streak = rng.random((sh, 1)).astype(np.float32)
        sky = 0.9 - 0.3 * (horizon - t) / horizon + 0.04 * haze
        water = 0.42 - 0.22 * (t - horizon) / (1 - horizon) + 0.1 * (streak - 0.5)
        field = np.where(t < horizon, sky, water)
        field = field + 0.35 * np.exp(-(((t - horizon) * sh) ** 2) / 1.5)
    elif kind == 1:  # fog over a ridge: light fog above, the ridge a dark mass
        line = rng.random(7).astype(np.float32)
        ridge = horizon + 0.14 * (np.interp(u[0], np.linspace(0, 1, 7), line) - 0.5)
        field = 0.9 - 0.25 * t + 0.05 * haze
        below = np.clip((t - ridge[None, :]) * sh / 2, 0, 1)
        field = field * (1 - below) + (0.16 + 0.08 * haze) * below
    else:  # a low sun over a dark horizon
        cx = rng.uniform(0.25, 0.75)
        dist = np.hypot((u - cx) * w / h, t - horizon + 0.06)
        field = 0.35 + 0.35 * (1 - t) + 0.05 * haze + 0.35 * np.exp(-((dist / 0.18) ** 2))
        field = np.maximum(field, np.clip((0.075 - dist) * sh, 0, 1) * 1.0)
        field = np.where(t > horizon, 0.15 + 0.05 * haze, field)
    field = np.clip(field, 0, 1)
    if rng.random() < 0.4:  # darker, as a night photograph
        field = field * 0.72
    # scaled up and grained as 8-bit levels, toned through a palette: float frames and a
    # float RGB lookup cost ~250 ms of a 3000 px export (the levels were 8-bit anyway)
    small = Image.fromarray(np.clip(field * 255 + 0.5, 0, 255).astype(np.uint8), "L")
    index = small.resize((w, h), Image.Resampling.BICUBIC)
    tile = np.clip(rng.normal(0.0, 0.045, (128, 128)) * 255 + 128.5, 0, 255).astype(np.uint8)
    noise = np.tile(tile, (-(-h // 128), -(-w // 128)))[:h, :w]
    index = ImageChops.add(index, Image.fromarray(np.ascontiguousarray(noise), "L"), 1.0, -128)
    index.putpalette(_tone_lut(p, rng).astype(np.uint8).tobytes())
    return index.convert("RGB")


def ecm(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """A photographic field in one tone bled off three edges, and above or below it a
    band of ground with the title small on a strong left margin, one thin coloured
    rule between."""
    s, pen = p.size, TitlePen(p.size)
    band = s * (rng.uniform(0.26, 0.34) - 0.1 * p.energy)  # louder: a bigger picture
    top_band = rng.random() < 0.65
    # the photo bleeds off three edges: set in a margin, both final reviewers read its
    # grey rectangle as a missing image (Lo-fi Rain)
    y0, y1 = (band, s) if top_band else (0, s - band)
    field = _photo(s, int(y1 - y0), p, rng)
    image.paste(field, (0, int(y0)))
    cap = 0.06 if p.quiet else 0.075
    text = p.text
    px = int(s * cap / 0.72)
    while px > 6 and width(text, p.face, px) > s * (1 - 2 * M):
        px = int(px * 0.92)
    up, down = ink_extent(Line(text, 0), p.face, px)
    if top_band:
        base = band * rng.uniform(0.45, 0.62) + (up - down) / 2
    else:
        base = s - band + band * rng.uniform(0.38, 0.55) + (up - down) / 2
    pen.line(image, s * M, base, text, p.face, px, p.ink)
    colour = p.accent if contrast_ratio(p.accent, p.ground) >= 2.0 else mix(p.ink, p.ground, 0.4)
    if rng.random() < 0.5:  # a short thick rule under the title, or a hairline across
        t = max(2, int(s * 0.008))
        ry = base + down + s * 0.03
        ImageDraw.Draw(image).rectangle((s * M, ry, s * M + s * 0.18, ry + t), fill=colour)
    else:
        edge = y0 - s * 0.025 if top_band else y1 + s * 0.02
        for k in range(2 if rng.random() < 0.3 else 1):
            rule(image, edge + k * s * 0.008, s * M, s * (1 - M), colour)
    if any(ch.isdigit() for ch in p.number):  # a number the title holds, as a catalogue mark
        mark = line_mask(p.number, p.face, px, pad=0.0)
        paint(
            image, mark, mix(p.ink, p.ground, 0.35), (int(s * (1 - M) - mark.width), int(base - up))
        )
    return pen


def cut(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title huge and tight, cut by a diagonal through its middle, the upper half
    slid along the cut; the halves in two colours, the cut drawn edge to edge."""
    s, pen = p.size, TitlePen(p.size)
    face, text = _heavy(p), _plain(p)
    texts, sizes, reach = _measured(text, face, s, s * 0.72)
    top = (s - reach) / 2 + s * rng.uniform(-0.08, 0.08)
    title = Image.new("L", (s, s), 0)
    _stack(title, texts, face, sizes, GAP, 255, None, top)
    angle = math.radians(rng.uniform(5, 16) * rng.choice((-1, 1)))
    mids, y = [], top  # the cut runs through the middle of one line (the biggest, mostly)
    for t, px in zip(texts, sizes, strict=True):
        up, down = ink_extent(Line(t, 0), face, px)
        mids.append((px, y + (up + down) * rng.uniform(0.4, 0.6)))
        y += up + down + GAP * px
    cy = max(mids)[1] if rng.random() < 0.7 else mids[int(rng.integers(len(mids)))][1]
    slope = math.tan(angle)
    ya, yb = cy - slope * s / 2, cy + slope * s / 2  # the cut at x = 0 and x = s
    slide = s * rng.uniform(0.06, 0.1) * rng.choice((-1, 1))
    dx, dy = slide * math.cos(angle), slide * math.sin(angle)
    # the halves only where the title and its slide are (full frames cost 200 ms at 3000 px)
    bx0, by0, bx1, by1 = title.getbbox() or (0, 0, s, s)
    pad = int(abs(dx) + abs(dy)) + 2
    x0, y0 = max(0, bx0 - pad), max(0, by0 - pad)
    x1, y1 = min(s, bx1 + pad), min(s, by1 + pad)
    title = title.crop((x0, y0, x1, y1))
    upper = Image.new("L", title.size, 0)
    ImageDraw.Draw(upper).polygon(
        [(-x0, -y0), (s - x0, -y0), (s - x0, yb - y0), (-x0, ya - y0)], fill=255
    )
    lower = ImageChops.subtract(title, upper)
    top_half = ImageChops.multiply(title, upper)
    moved = Image.new("L", title.size, 0)
    moved.paste(top_half, (int(dx), int(dy)))
    whole = ImageChops.lighter(moved, lower)
    second = p.accent if contrast_ratio(p.accent, p.ground) >= 3.0 else mix(p.ink, p.ground, 0.3)
    first, other = (p.ink, second) if rng.random() < 0.5 else (second, p.ink)
    chars = sum(1 for c in text if not c.isspace())
    pen.paste(image, whole, (x0, y0), first, chars)
    paint(image, lower, other, (x0, y0))
    gap = s * 0.012  # the cut as a thin line of the second colour, off the letters
    ImageDraw.Draw(image).line((0, ya + gap, s, yb + gap), fill=other, width=max(1, int(s * 0.005)))
    pen.ink = first
    return pen


def frame(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title repeated round the four edges, clockwise, like type on a path (a
    heavier band the louder the track); inside, a field of the accent with the title
    set huge in it."""
    s, pen = p.size, TitlePen(p.size)
    text = _plain(p)
    unit = text + "   \u2022   "
    tpx = max(6, int(s * (0.026 + 0.024 * p.energy) / 0.72))
    times = max(1, math.ceil(4 * s / max(1.0, width(unit, p.face, tpx))) + 1)
    strip = line_mask(unit * times, p.face, tpx, pad=0.5)
    t = strip.height
    run = s - t
    border = p.ink if rng.random() < 0.6 else mix(p.ink, p.ground, 0.25)
    shift = int(rng.integers(0, max(1, int(width(unit, p.face, tpx)))))
    for k, turn in enumerate((0, -90, 180, 90)):
        piece = strip.crop((shift + k * run, 0, shift + (k + 1) * run, t))
        if turn:
            piece = piece.rotate(turn, expand=True)
        at = ((0, 0), (s - t, 0), (t, s - t), (0, t))[k]
        paint(image, piece, border, at)
    gap = s * 0.02
    x0, y0, x1, y1 = t + gap, t + gap, s - t - gap, s - t - gap
    field = p.accent
    if rgb_to_oklch(p.accent)[1] < 0.05 or contrast_ratio(p.accent, p.ground) < 1.5:
        field = mix(p.ink, p.ground, 0.08)  # a grey accent read as grey on grey: the ink
    if p.quiet:  # a quiet track: a field a tone off the ground, away from the ink (a
        away = (255, 255, 255) if rgb_to_oklch(p.ink)[0] < rgb_to_oklch(p.ground)[0] else (0, 0, 0)
        field = mix(p.ground, away, 0.5)  # coral slab was loud; toward the ink, faint)
    ImageDraw.Draw(image).rectangle((x0, y0, x1, y1), fill=field)
    ink = legible_on(field, p.ground, p.ink)
    face = _heavy(p)
    texts, sizes, reach = _measured(text, face, s, (y1 - y0) * 0.7)
    k = min(1.0, (x1 - x0) * 0.86 / (s * (1 - 2 * M)))
    sizes = [max(6, int(px * k)) for px in sizes]
    reach = _reach(texts, face, sizes, GAP)
    inner = (y1 - y0) - 2 * s * 0.05 - reach
    top = y0 + s * 0.05 + inner * rng.choice((0.0, 1.0, 0.5), p=(0.4, 0.4, 0.2))
    _stack(image, texts, face, sizes, GAP, ink, pen, top)
    pen.ink = ink
    return pen
