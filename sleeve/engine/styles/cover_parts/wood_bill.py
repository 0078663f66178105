"""A letterpress bill as a jobbing printer built one: rows stacked down the sheet in
mixed sizes, a thick-and-thin rule, a row of stars (the beats of a bar), arrows
pointing in, a bar of ink with diamonds reversed out of it, and one hero: the bill's
words (wood_vernacular: "HONKY TONK", "SOUND SYSTEM", never the title, which the
typography sets) stacked in mixed sizes, or now and then a star reversed out of a cut
block (a disc, a starburst, an arrow, a shield). The seed picks the rows, their sizes
and whether the hero stands beside the small rows or above them; the music sets the
counts."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_cuts, wood_inks, wood_vernacular

SHAPES = ("disc", "burst", "arrow", "shield")


def _shape(kind: str, w: int, h: int, points: int, right: bool) -> Image.Image:
    """A cut block's mask (w x h): a disc, a starburst, an arrow or a shield."""
    mask = Image.new("L", (max(1, w), max(1, h)), 0)
    draw = aggdraw.Draw(mask)
    brush = aggdraw.Brush(255)
    if kind == "disc":
        draw.ellipse((0, 0, w, h), brush)
    elif kind == "burst":
        angles = np.linspace(0, 2 * np.pi, 2 * points, endpoint=False) - np.pi / 2
        radii = np.where(np.arange(2 * points) % 2 == 0, 0.5, 0.39)
        xs, ys = w / 2 + np.cos(angles) * radii * w, h / 2 + np.sin(angles) * radii * h
        draw.polygon([float(v) for p in zip(xs, ys, strict=True) for v in p], brush)
    elif kind == "arrow":
        body = (0.0, 0.22, 0.68, 0.22, 0.68, 0.0, 1.0, 0.5, 0.68, 1.0, 0.68, 0.78, 0.0, 0.78)
        pts = [(x if right else 1 - x) * w if i % 2 == 0 else x * h for i, x in enumerate(body)]
        draw.polygon(pts, brush)
    else:  # a shield: square shoulders, a pointed foot
        pts = (0, 0, w, 0, w, h * 0.62, w / 2, h, 0, h * 0.62)
        draw.polygon(pts, brush)
    draw.flush()
    return mask


def _hero(ctx: dict, region: tuple, rng: np.random.Generator, bar: bool) -> None:
    """The bill's words (wood_vernacular, never the title's) stacked in mixed sizes,
    each line filling the measure (short words stand tall), one perhaps reversed out
    of a bar when `bar`; or, now and then, a star reversed out of a cut block."""
    s, inks, direction = ctx["size"], ctx["inks"], ctx["direction"]
    x0, y0, x1, y1 = (int(v * s) for v in region)
    w, h = x1 - x0, y1 - y0
    if rng.random() < 0.8:
        roles = ("slab", "condensed", "display")
        turn = int(rng.integers(3))
        words = wood_vernacular.hero(direction)
        lines = [
            (word, _role(word, roles[(k + turn) % 3]), float(np.clip(3.5 / len(word), 0.55, 1.8)))
            for k, word in enumerate(words)
        ]
        reverse = int(rng.integers(len(lines))) if bar and len(lines) > 1 else -1
        wood_cuts.stack(ctx, lines, region, 1 + int(rng.integers(2)), reverse)
        return
    kind = SHAPES[int(rng.integers(len(SHAPES)))]
    round_cut = kind in ("disc", "burst")  # a disc or burst may widen into an oval
    bw, bh = (min(w, int(h * 1.35)), min(h, w)) if round_cut else (w, h)
    points = 8 + 2 * round(direction.tempo_bpm / 30)
    block = _shape(kind, bw, bh, points, bool(rng.random() < 0.5))
    at = (x0 + (w - bw) // 2, y0 + (h - bh) // 2)
    wood_inks.press(
        ctx["img"], block, at, loudest(inks, ctx["paper"], ctx["opaque"]), ctx["opaque"]
    )
    side = int(min(bw, bh) * (0.62 if round_cut else 0.56))
    cut = wood_cuts.picto("star", side, side)
    inset = (at[0] + (bw - side) // 2, at[1] + (bh - side) // 2)
    wood_inks.press(ctx["img"], cut, inset, ctx["paper"], True)


def loudest(inks: list[RGB], paper: RGB, dark: bool) -> RGB:
    """The spot ink (inks[1:]) that prints furthest off the paper, or the key ink when
    neither does (yellow multiplied on red stock prints red, and the block is lost):
    lightness apart, hue apart weighing less."""
    base = rgb_to_oklch(paper)

    def apart(ink: RGB) -> float:
        printed = ink if dark else tuple(a * b // 255 for a, b in zip(ink, paper, strict=True))
        lch = rgb_to_oklch(printed)
        hue = min(abs(lch[2] - base[2]), 360 - abs(lch[2] - base[2])) / 180
        return abs(lch[0] - base[0]) + 2.0 * hue * min(lch[1], base[1])

    best = max(inks[1:], key=apart)
    return best if apart(best) > 0.22 else inks[0]


def _role(word: str, role: str) -> str:
    """The face role for a stacked word: the wanted one when its face draws the word,
    else the slab (which drew it when the word was chosen)."""
    return role if covers_all(title_face(word, role, 900.0), word) else "slab"


def stars(draw: aggdraw.Draw, y: float, x0: float, x1: float, n: int, r: float, ink) -> None:
    """A row of five-pointed stars."""
    brush = aggdraw.Brush(ink)
    angles = np.linspace(0, 2 * np.pi, 10, endpoint=False) - np.pi / 2
    radii = np.where(np.arange(10) % 2 == 0, r, r * 0.42)
    for k in range(n):
        cx = x0 + (k + 0.5) * (x1 - x0) / n
        pts = zip(cx + np.cos(angles) * radii, y + np.sin(angles) * radii, strict=True)
        draw.polygon([float(v) for p in pts for v in p], brush)


def _arrows(draw: aggdraw.Draw, y: float, x0: float, x1: float, h: float, ink) -> None:
    """Two arrows pointing in to the middle of the row."""
    brush = aggdraw.Brush(ink)
    mid = (x0 + x1) / 2
    for tail, sign in ((x0, 1), (x1, -1)):
        tip = mid - sign * h * 0.8
        head = tip - sign * h * 1.2
        draw.rectangle((min(tail, head), y - h * 0.18, max(tail, head), y + h * 0.18), brush)
        draw.polygon((head, y - h * 0.55, tip, y, head, y + h * 0.55), brush)


def _bar(ctx: dict, region: tuple, ink, beats: int, reversed_out: bool) -> None:
    """A row of printer's diamonds, perhaps reversed out of a solid bar of ink (cut as
    a mask of the row's size: a drawing surface over the whole sheet cost more)."""
    s = ctx["size"]
    x0, y0, x1, y1 = (int(v * s) for v in region)
    w, h = max(1, x1 - x0), max(1, int((y1 - y0) * 0.8))
    top = (y0 + y1) // 2 - h // 2
    n = 2 * beats + 1
    if reversed_out:
        bar = Image.new("L", (w, h), 255)
        wood_inks.press(ctx["img"], bar, (x0, top), ink, ctx["opaque"])
        ink = ctx["paper"]
    mask = Image.new("L", (w, h), 0)
    draw = aggdraw.Draw(mask)
    wood_cuts.ornaments(draw, h / 2, 0, w, n, min((y1 - y0) * 0.28, w / n * 0.6), 255)
    draw.flush()
    wood_inks.press(ctx["img"], mask, (x0, top), ink, ctx["opaque"] or reversed_out)


def bill(ctx: dict) -> tuple:
    """Print the bill in the art's box; returns the printed part (fractions)."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    direction = ctx["direction"]
    top, bottom = box[1] + 0.05, box[3] - 0.05
    beats = 3 if direction.tempo_bpm < 90 else 4
    count = beats * (2 if direction.energy > 0.55 else 1)
    ornament = ("stars", "arrows")[int(rng.integers(2))]
    beside = rng.random() < 0.4
    hero_share = rng.uniform(0.6, 0.72)
    if beside:  # hero on one side, the small rows stacked beside it
        left = rng.random() < 0.5
        hx = (0.06, 0.56) if left else (0.44, 0.94)
        rx = (0.6, 0.94) if left else (0.06, 0.4)
        _hero(ctx, (hx[0], top, hx[1], bottom), rng, False)
        rows = [(ornament, 1.0), ("line", 1.4), ("rule", 0.5), ("line2", 1.0)]
        x0, x1 = rx
    else:
        span = bottom - top
        hero_at = top + span * (0.1 if rng.random() < 0.6 else 1 - 0.1 - hero_share)
        _hero(ctx, (0.08, hero_at, 0.92, hero_at + span * hero_share), rng, True)
        above = hero_at > top + span * 0.2
        rest = (top, hero_at - 0.02) if above else (hero_at + span * hero_share + 0.02, bottom)
        rows = [("rule", 0.5), (ornament, 1.0), ("line", 1.4)]
        if above:
            rows = rows[::-1]
        x0, x1 = 0.08, 0.92
        top, bottom = rest
        draw = aggdraw.Draw(ctx["img"])
        edge = (box[1] + 0.05) * s if not above else (box[3] - 0.05) * s
        wood_cuts.rules(draw, edge, x0 * s, x1 * s, 0.012 * s, inks[0], not above)
        draw.flush()
    unit = (bottom - top) / sum(h for _, h in rows)
    y = top
    for kind, weight in rows:
        y0, y1 = y, y + weight * unit
        mid = (y0 + y1) / 2 * s
        if kind == "line":
            out = bool(rng.random() < 0.6)
            _bar(ctx, (x0, y0, x1, y1), inks[2] if out else inks[0], beats, out)
        elif kind == "line2":
            _bar(ctx, (x0, y0, x1, y1), inks[2], beats, False)
        else:
            draw = aggdraw.Draw(ctx["img"])
            if kind == "rule":
                wood_cuts.rules(draw, mid - 0.01 * s, x0 * s, x1 * s, 0.008 * s, inks[0], True)
            elif kind == "stars":
                r = min((y1 - y0) * s * 0.4, (x1 - x0) * s / count * 0.45)
                stars(draw, mid, x0 * s, x1 * s, count, r, inks[0])
            else:
                _arrows(draw, mid, x0 * s, x1 * s, (y1 - y0) * s * 0.5, inks[0])
            draw.flush()
        y = y1
    return 0.06, box[1] + 0.03, 0.94, box[3] - 0.03
