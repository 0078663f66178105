"""Two wood-type pictures that are not bills: the forme locked in its iron chase
(wood furniture, reglets and quoins round the inked type) and a split-fountain
rainbow roll with the title reversed out of it."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import contrast_ratio, from_hex, readable_ink, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_cuts, wood_inks, wood_title

BED = from_hex("#26282B")  # the imposing stone under the chase
IRON = from_hex("#5C6066")  # the chase and the quoins
MAPLE = from_hex("#E2C79C")  # the type's end-grain faces, where no ink is
FURNITURE = ("#B5824E", "#C18F58", "#A87443", "#BC8A52")  # the wood spacers round the type
SHOULDER = 0.022  # maple beside the letters (share of the side): they read on it alone
LEAD = 0.04  # maple above and below them (an accent stood by a dark seam at 64 px)
SEAMED = 0.14  # the least line height (share of the side) whose sorts show their seams
TYPE_READS = 6.0  # an inked letter on its maple face (its thin strokes blend at 64 px)


def chase(ctx: dict, cut: str) -> tuple[float, float, float, float]:
    """The forme on the stone: an iron chase, wood furniture round the type (as many
    pieces at head and foot as the bar has beats), a reglet between lines, quoins
    locking one side and the foot, each title line on its own maple slug, inked in
    the genre's inks; the seed moves the type up or down the chase."""
    s, rng, d = ctx["size"], ctx["rng"], ctx["direction"]
    img = ctx["img"]
    img.paste(BED, (0, 0, s, s))
    edge, band = 0.025 * s, 0.035 * s
    # one drawing for all the wood and iron (a Draw copies the whole sheet each time)
    draw = aggdraw.Draw(img)
    draw.rectangle((edge, edge, s - edge, s - edge), aggdraw.Brush(IRON))
    x0, y0 = edge + band, edge + band
    x1, y1 = s - edge - band, s - edge - band
    draw.rectangle((x0, y0, x1, y1), aggdraw.Brush(BED))  # the gaps between the wood
    quoin_right = bool(rng.random() < 0.5)
    side = 0.045 * s  # the furniture column beside the type (the quoins' side wider)
    tx0 = x0 + side * (1.0 if quoin_right else 1.9)
    tx1 = x1 - side * (1.9 if quoin_right else 1.0)
    beats = 3 if d.tempo_bpm < 90 else 4
    strip = 0.03 * s
    head = beats * strip * rng.uniform(0.3, 0.9)  # the seed and tempo move the type
    foot = beats * strip * 0.4 + 0.065 * s  # the foot's quoins need room
    ty0, ty1 = y0 + head, y1 - foot
    inks = _type_inks(ctx["inks"])
    setter: wood_title.Setter = ctx["setter"]
    title = ctx["title"]
    gap = 0.022 * s  # a reglet's width
    pad, lead = SHOULDER * s, LEAD * s
    if title is None:
        lines, cuts = [""], [wood_cuts.picto(cut, int(ty1 - ty0) - 8, int(ty1 - ty0) - 8)]
    else:
        lines = wood_title.break_lines(title, (tx1 - tx0) / s)
        # a one-line title stands condensed, as wood type was cut; lines of a longer one
        # less (a tall second line shrank the long first one to 4 px at 64 px)
        stretch = (1.7 if len(lines) == 1 else 1.2) + 0.6 * d.energy
        room = ty1 - ty0 - 2 * lead * len(lines)
        cuts = wood_title.stack_cuts(
            title, lines, tx1 - tx0 - 2 * pad, room, stretch, None, gap + 0.02 * s
        )
    total = sum(c.height for c in cuts) + 2 * lead * len(cuts) + gap * (len(cuts) - 1)
    y = ty0 + (ty1 - ty0 - total) / 2
    _furniture(draw, rng, (x0, y0, x1, y - gap), beats, across=True)  # the head
    slugs = []
    for k, g in enumerate(cuts):
        tall = g.height + 2 * lead
        w = g.width + 2 * pad
        left = (tx0 + tx1 - w) / 2
        # the type's faces are planed smooth: plain maple (a grain line beside a letter
        # greyed it at 64 px)
        draw.rectangle((left, y, left + w, y + tall), aggdraw.Brush(MAPLE))
        # the spacing furniture either side of a short line, and the reglet under it
        _furniture(draw, rng, (x0, y, left - 2, y + tall), 1, across=False)
        _furniture(draw, rng, (left + w + 2, y, x1, y + tall), 1, across=False)
        if k < len(cuts) - 1:
            _wood(draw, (x0, y + tall + 2, x1, y + tall + gap - 2), FURNITURE[3], rng, 1.0)
        at = (int(left + pad), int(y + lead))
        if g.height >= SEAMED * s:  # no seams crowding a small line at 64 px
            _sorts(draw, g, at, tall, (left, y, left + w, y + tall))
        slugs.append((g, at, inks[k % len(inks)]))
        y += tall + gap
    _furniture(draw, rng, (x0, y, x1, y1), beats, across=True)  # the foot
    _quoins(draw, ctx, (x0, y0, x1, y1), quoin_right, y)
    draw.flush()
    for g, at, ink in slugs:  # the inked faces, pressed last (the ink sits on the wood)
        if title is None:
            wood_inks.press(img, g, at, ink, True)
        else:
            text = lines[len(setter.boxes)]
            setter.press(img, g, at, ink, True, text)
    if title is None:
        return (tx0 / s, ty0 / s, tx1 / s, ty1 / s)
    return setter.extent()


def _type_inks(inks: list[RGB]) -> list[RGB]:
    """Two inks for the type's faces, a line each in turn: the spot inks taken deep
    enough to read on the maple (a yellow turned to red first: a deep yellow is
    olive mud), else the key."""
    out: list[RGB] = []
    for ink in [*inks[1:], inks[0]]:
        lightness, chroma, hue = rgb_to_oklch(ink)
        if chroma < 0.05:
            continue
        if 70.0 <= hue <= 135.0:
            ink = raster.tone(ink, None, None, -60.0)
        deep = raster.tone(ink, min(lightness, 0.45), max(chroma, 0.12))
        deep = readable_ink(MAPLE, deep, TYPE_READS)
        if deep not in out:
            out.append(deep)
    return (out or [readable_ink(MAPLE, inks[0], TYPE_READS)])[:2]


def _sorts(draw: aggdraw.Draw, glyphs: Image.Image, at: tuple, tall: float, slug: tuple) -> None:
    """The seams between the sorts of a line: a dark hairline down the maple in each
    gap between letters (where a column of the line holds no ink)."""
    ink = np.asarray(glyphs) > 40
    empty = ~ink.any(axis=0)
    edges = np.flatnonzero(np.diff(empty.astype(np.int8)))
    if len(edges) < 2:
        return
    pen = aggdraw.Pen(tuple(int(c * 0.8) for c in MAPLE), max(1.0, tall * 0.008))
    starts, ends = edges[1::2], edges[2::2]  # a gap runs from a letter's end to the next
    for a, b in zip(starts, ends, strict=False):
        x = at[0] + (a + b) / 2 + 1
        draw.line((x, slug[1], x, slug[3]), pen)


def _wood(draw: aggdraw.Draw, box: tuple, colour, rng: np.random.Generator, grain: float) -> None:
    """A piece of wood in `box`: its colour and grain lines along its length."""
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    base = from_hex(colour) if isinstance(colour, str) else colour
    draw.rectangle((x0, y0, x1, y1), aggdraw.Brush(base))
    dark = tuple(int(c * 0.8) for c in base)
    across = (x1 - x0) >= (y1 - y0)
    length, depth = (x1 - x0, y1 - y0) if across else (y1 - y0, x1 - x0)
    for _ in range(int(depth / 5 * grain) + 1):
        pen = aggdraw.Pen(dark, max(1.0, depth * 0.03), 140)
        at = rng.uniform(0.1, 0.9) * depth
        wave = rng.uniform(-0.15, 0.15) * depth
        pts = [(t * length, at + wave * np.sin(t * np.pi * rng.uniform(1, 3))) for t in (0, 0.5, 1)]
        flat = [
            v for p in pts for v in ((x0 + p[0], y0 + p[1]) if across else (x0 + p[1], y0 + p[0]))
        ]
        draw.line(flat, pen)


def _furniture(draw: aggdraw.Draw, rng, box: tuple, pieces: int, across: bool) -> None:
    """`pieces` lengths of furniture filling `box` (stacked when `across`), a dark
    hairline between them."""
    x0, y0, x1, y1 = box
    if x1 - x0 < 3 or y1 - y0 < 3:
        return
    n = max(1, min(pieces, int((y1 - y0) / 6) if across else pieces))
    cuts = np.cumsum(rng.uniform(0.7, 1.3, n))
    cuts = np.concatenate([[0.0], cuts / cuts[-1]])
    for a, b in zip(cuts[:-1], cuts[1:], strict=True):
        colour = FURNITURE[int(rng.integers(len(FURNITURE)))]
        if across:
            _wood(draw, (x0, y0 + a * (y1 - y0) + 1, x1, y0 + b * (y1 - y0) - 1), colour, rng, 1)
        else:
            _wood(draw, (x0 + a * (x1 - x0) + 1, y0, x0 + b * (x1 - x0) - 1, y1), colour, rng, 1)


def _quoins(draw: aggdraw.Draw, ctx: dict, inner: tuple, right: bool, foot_top: float) -> None:
    """Two pairs of iron quoins (wedges, a key hole in each) locking the forme: one in
    the side column, one in the foot."""
    s = ctx["size"]
    x0, y0, x1, y1 = inner
    w = 0.05 * s
    cx = x1 - 0.8 * w if right else x0 + 0.8 * w
    _quoin(draw, (cx - w / 2, 0.36 * s, cx + w / 2, 0.6 * s), s)
    fy = min(y1 - 0.7 * w, max(foot_top + 0.7 * w, y1 - 0.06 * s))
    _quoin(draw, (0.38 * s, fy - w / 2, 0.62 * s, fy + w / 2), s)


def _quoin(draw: aggdraw.Draw, box: tuple, s: int) -> None:
    """A pair of wedges in `box`, split on the diagonal, a key hole in the middle."""
    x0, y0, x1, y1 = box
    light = tuple(min(255, int(c * 1.35)) for c in IRON)
    draw.polygon((x0, y0, x1, y0, x0, y1), aggdraw.Brush(light))
    draw.polygon((x1, y0, x1, y1, x0, y1), aggdraw.Brush(IRON))
    r = 0.011 * s
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    draw.rectangle((mx - r, my - r, mx + r, my + r), aggdraw.Brush(BED))


def rainbow(ctx: dict, stops: int) -> list[RGB]:
    """A split fountain's inks: the genre's first spot ink, then inks turned round
    the hue circle from it (the seed's way), each at a lightness the paper reverses
    out of (a yellow is turned on: taken dark it is mud)."""
    paper, inks, rng = ctx["paper"], ctx["inks"], ctx["rng"]
    dark = rgb_to_oklch(paper)[0] < 0.45
    way = float(rng.choice((-1.0, 1.0)))
    out = []
    for k in range(stops):
        c = raster.tone(inks[1], None, None, way * 75.0 * k)
        hue = rgb_to_oklch(c)[2]
        if not dark and 70.0 <= hue <= 135.0:
            c = raster.tone(c, None, None, way * 50.0)
        c = raster.tone(c, 0.74 if dark else 0.52, 0.21)
        want = wood_title.LEGIBLE + 0.5
        out.append(c if contrast_ratio(c, paper) >= want else readable_ink(paper, c, want))
    return out


def roll(stops: list[RGB], width: int, height: int, rng: np.random.Generator) -> Image.Image:
    """A split-fountain roll across the sheet: the inks side by side on the roller,
    blended where they meet, the blend wandering a little from row to row (worked at
    a quarter of the size: the blend is smooth)."""
    w, h = max(1, width // 4), max(1, height // 4)
    x = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    wander = np.cumsum(rng.normal(0, 0.008, h)).astype(np.float32)[:, None]
    t = np.clip((x + wander - wander.mean()) * (len(stops) - 1), 0, len(stops) - 1 - 1e-4)
    k = t.astype(int)
    f = (t - k)[..., None]
    f = f * f * (3 - 2 * f)  # the inks hold flat, blending at their seams
    cols = np.asarray(stops, np.float32)
    rows = cols[k] * (1 - f) + cols[np.minimum(k + 1, len(stops) - 1)] * f
    small = Image.fromarray(rows.astype(np.uint8), "RGB")
    return small.resize((max(1, width), max(1, height)), Image.Resampling.BILINEAR)


def fountain(ctx: dict, cut: str, small) -> tuple[float, float, float, float]:
    """A split-fountain rainbow roll printed as one block of the sheet, the title
    reversed out of it in the paper, huge; a strip of paper at the head or foot (the
    seed's side) for a rule and printer's diamonds, or the qualifiers. Calm songs
    roll three inks, lively ones four."""
    s, rng, d, title = ctx["size"], ctx["rng"], ctx["direction"], ctx["title"]
    paper = ctx["paper"]
    stops = rainbow(ctx, 4 if d.energy >= 0.55 else 3)
    if rng.random() < 0.5:
        stops = stops[::-1]
    up = bool(rng.random() < 0.5)  # the paper strip at the head
    m = 0.04 * s
    strip = 0.14 * s
    bx0, bx1 = m, s - m
    by0, by1 = (m + strip, s - m) if up else (m, s - m - strip)
    block = Image.new("L", (int(bx1 - bx0), int(by1 - by0)), 255)
    ink = roll(stops, block.width, block.height, rng)
    wood_inks.press(ctx["img"], block, (int(bx0), int(by0)), ink, True)
    mid = (m + strip / 2) / s if up else 1 - (m + strip / 2) / s
    key = wood_title.legible(ctx["inks"], paper, ctx["opaque"], 0, 4.5)
    draw = aggdraw.Draw(ctx["img"])
    if title is not None and title.small:
        draw.flush()
        small(ctx, mid)
    else:
        wood_cuts.ornaments(draw, mid * s, 0.2 * s, 0.8 * s, 2 * (3 if d.tempo_bpm < 90 else 4) + 1,
                            0.016 * s, key)  # fmt: skip
        draw.flush()
    pad = 0.07 * s
    w, h = bx1 - bx0 - 2 * pad, by1 - by0 - 2 * pad
    setter: wood_title.Setter = ctx["setter"]
    if title is None:
        side = int(min(w, h) * 0.8)
        mask = wood_cuts.picto(cut, side, side)
        at = (int((s - side) / 2), int((by0 + by1 - side) / 2))
        wood_inks.press(ctx["img"], mask, at, paper, True)
        return (at[0] / s, at[1] / s, (at[0] + side) / s, (at[1] + side) / s)
    lines = wood_title.break_lines(title, w / s)
    floor = 0.042 * s
    cuts = wood_title.stack_cuts(title, lines, w, h, 2.2 + 0.6 * d.energy, None, floor)
    gap = wood_title.line_gap(h, len(cuts), floor)
    y = (by0 + by1 - sum(c.height for c in cuts) - gap * (len(cuts) - 1)) / 2
    for text, g in zip(lines, cuts, strict=True):
        at = (int((s - g.width) / 2), int(y))
        wood_inks.press(ctx["img"], g, at, paper, True)
        setter.record(g, at, text)
        y += g.height + gap
    setter.ink = paper
    return setter.extent()
