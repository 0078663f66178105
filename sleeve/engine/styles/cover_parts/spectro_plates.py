"""The spectrogram style's sharp prints of the real spectrum (band energies over time),
never a smoothed land of colour:

- plate: a scientific plate: the loudest stretch of the song as a fine, sharp
  spectrogram in one ink on its own paper (pale ink on near-black, or dark ink on pale
  paper), each frequency band a crisp row with a clear paper gap, the loud parts solid
  ink and the quiet ones paper, a whole rectangle in a hairline frame with axis ticks;
- banner: the whole song as a tall, narrow strip (time running down, bass at the left)
  hanging off the frame's edge beside a large empty field, in the same fine rows;
- slices: a cascade of spectral slices in perspective, one per stretch of the song,
  each a solid card whose top edge is that moment's spectrum, lit from above (a bright
  crest fading down its face), the near cards large and bright, the far ones small,
  receding to a vanishing point at one side.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    cells,
    changes,
    lit,
)

ROWS = (34, 50)  # how many fine frequency rows the plate and the banner print
GAP = 0.2  # the hairline of paper between two rows (share of a row)
PAPER = 0.12  # the plate's own tint where a band is silent: the plate reads as a plate
RULE = 0.012  # the axis rule's distance from the plate (fraction of the side)


def _fine(c: Canvas) -> np.ndarray:
    """The finest spectrum the canvas holds, its level stretched so the quiet bands stay
    paper and the loud ones print solid; each band's changes over time brought out
    (changes), so the print shows the song's events, not only its average timbre."""
    spec = changes(c.fine if c.fine is not None else c.spec)
    lo, hi = np.percentile(spec, (20.0, 99.5))
    return np.clip((spec - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0).astype(np.float32)


def densest(spec: np.ndarray, share: float) -> tuple[int, int]:
    """The window of `share` of the frames where the song is loudest and widest (the
    most ink across the bands): the plate's crop."""
    frames = spec.shape[0]
    width = max(8, int(frames * share))
    busy = spec.mean(axis=1) + spec.std(axis=1) * 0.5
    total = np.convolve(busy, np.ones(width), mode="valid")
    start = int(np.argmax(total))
    return start, start + width


def _rows(spec: np.ndarray, u: np.ndarray, v: np.ndarray, rows: int) -> np.ndarray:
    """The spectrum at time u and frequency v (0..1, low at 0) printed in `rows` fine
    rows: each row holds its band's level across time (sharp, interpolated only in
    time) with a hairline gap of paper under it."""
    at = np.clip(v * rows, 0.0, rows - 1e-4)
    row = np.floor(at)
    level = cells(spec, u, (row + 0.5) / rows)
    inside = at - row
    gap = np.clip((inside - GAP * 0.5) * 6.0, 0.0, 1.0) * np.clip((1 - inside) * 6.0, 0.0, 1.0)
    return level * (0.35 + 0.65 * gap)


def _room(c: Canvas) -> tuple[float, float, float, float]:
    fx0, fy0, fx1, fy1 = c.free
    return (
        fx0 + MARGIN if fx0 > 0.0 else 0.0,
        fy0 + MARGIN if fy0 > 0.0 else 0.0,
        fx1 - MARGIN if fx1 < 1.0 else 1.0,
        fy1 - MARGIN if fy1 < 1.0 else 1.0,
    )


def _rule(c: Canvas, room: tuple[float, float, float, float]) -> np.ndarray:
    """A thin axis rule just outside the plate's edges toward the title (a hairline,
    one pixel or a little more)."""
    fx0, fy0, fx1, fy1 = room
    px = 1.0 / c.res
    width = max(1.2 * px, 0.0022)
    out = np.zeros((c.res, c.res), np.float32)
    for coord, edge, sign, across, lo, hi in (
        (c.y, fy0, -1, c.x, fx0, fx1),
        (c.y, fy1, 1, c.x, fx0, fx1),
        (c.x, fx0, -1, c.y, fy0, fy1),
        (c.x, fx1, 1, c.y, fy0, fy1),
    ):
        if not 0.0 < edge < 1.0:
            continue
        at = edge + sign * RULE
        line = np.clip(1.0 - np.abs(coord - at) / width * 2.0 + 0.5, 0.0, 1.0)
        span = (across >= lo) & (across <= hi)
        out = np.maximum(out, line * span)
    return out


INSET = 0.07  # the plate's paper margin from the frame's own edges: a whole rectangle
PLATE_GAP = 0.3  # the paper between two of the plate's rows (share of a row): a clear gap
TICK = 0.018  # an axis tick's length (fraction of the side)


def _contrast(spec: np.ndarray) -> np.ndarray:
    """The crop's levels stretched to the print's full range: its quiet half stays
    paper, its loudest tenth prints as solid ink, an S-curve between (no mid-grey wash)."""
    lo, hi = np.percentile(spec, (45.0, 92.0))
    x = np.clip((spec - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)
    return (x * x * (3.0 - 2.0 * x)).astype(np.float32)


def _frame(c: Canvas, room: tuple[float, float, float, float], rows: int) -> np.ndarray:
    """A hairline frame round the plate, with ticks out from its bottom (time) and left
    (frequency, every fourth row) edges: a scientific plate's axes."""
    x0, y0, x1, y1 = room
    px = 1.0 / c.res
    half = max(0.6 * px, 0.0011)
    out = np.zeros((c.res, c.res), np.float32)

    def hline(at: float, lo: float, hi: float) -> np.ndarray:
        line = np.clip(1.0 - (np.abs(c.y - at) - half) / px, 0.0, 1.0)
        return line * ((c.x >= lo) & (c.x <= hi))

    def vline(at: float, lo: float, hi: float) -> np.ndarray:
        line = np.clip(1.0 - (np.abs(c.x - at) - half) / px, 0.0, 1.0)
        return line * ((c.y >= lo) & (c.y <= hi))

    gap = 0.006  # the frame stands a hair off the print
    fx0, fy0, fx1, fy1 = x0 - gap, y0 - gap, x1 + gap, y1 + gap
    for part in (
        hline(fy0, fx0, fx1),
        hline(fy1, fx0, fx1),
        vline(fx0, fy0, fy1),
        vline(fx1, fy0, fy1),
    ):
        out = np.maximum(out, part)
    for k in range(11):  # time ticks under the plate
        at = fx0 + (fx1 - fx0) * k / 10
        out = np.maximum(out, vline(at, fy1, fy1 + TICK * (1.0 if k % 5 == 0 else 0.55)))
    for k in range(0, rows + 1, 4):  # frequency ticks left of it
        at = fy1 - (fy1 - fy0) * k / rows
        out = np.maximum(out, hline(at, fx0 - TICK * (1.0 if k % 8 == 0 else 0.55), fx0))
    return out


def plate(c: Canvas, rng: np.random.Generator) -> Ink:
    """The loudest stretch of the song as a sharp one-ink plate (see the module): a
    whole rectangle of paper inside a hairline frame with axis ticks, each frequency
    band a crisp row of ink with a clear paper gap under it, the loud parts solid ink
    and the quiet ones paper."""
    spec = _fine(c)
    a, b = densest(spec, float(rng.uniform(0.3, 0.45)))
    spec = _contrast(spec[a:b])
    rows = int(rng.integers(*ROWS)) - 6  # a little coarser: each row reads at a thumbnail
    fx0, fy0, fx1, fy1 = c.free
    room = (
        fx0 + (MARGIN if fx0 > 0.0 else INSET),
        fy0 + (MARGIN if fy0 > 0.0 else INSET),
        fx1 - (MARGIN if fx1 < 1.0 else INSET),
        fy1 - (MARGIN if fy1 < 1.0 else INSET),
    )
    x0, y0, x1, y1 = room
    u = np.clip((c.x - x0) / max(x1 - x0, 1e-6), 0.0, 0.9999)
    v = np.clip((y1 - c.y) / max(y1 - y0, 1e-6), 0.0, 1.0)
    at = np.clip(v * rows, 0.0, rows - 1e-4)
    row = np.floor(at)
    level = cells(spec, u, (row + 0.5) / rows)
    inside = at - row  # 0 at a row's foot, 1 at its top
    span = max(y1 - y0, 1e-6) / rows * c.res  # a row's height in pixels
    ink_part = np.clip((inside - PLATE_GAP) * span + 0.5, 0.0, 1.0)  # crisp gap edge
    value = PAPER + (1.0 - PAPER) * level * ink_part
    body = (c.x >= x0) & (c.x < x1) & (c.y >= y0) & (c.y < y1)
    frame = _frame(c, room, rows)
    value = np.where(body, value, frame)
    cover = np.maximum(body.astype(np.float32), (frame > 0).astype(np.float32))
    r = 0.006 + TICK + 0.004
    box = (max(x0 - r, 0.0), max(y0 - r, 0.0), min(x1 + r, 1.0), min(y1 + r, 1.0))
    return lit(c, cover, value, box, floor=0.0)


def banner(c: Canvas, rng: np.random.Generator) -> Ink:
    """The whole song as a tall strip beside a large empty field (see the module)."""
    spec = _fine(c)
    fx0, fy0, fx1, fy1 = _room(c)
    width = float(rng.uniform(0.28, 0.36))
    left = bool(rng.random() < 0.5)
    inset = float(rng.uniform(0.07, 0.14))
    x0 = fx0 + inset if left else fx1 - inset - width
    x0 = float(np.clip(x0, fx0, fx1 - width))
    x1 = x0 + width
    rows = int(rng.integers(*ROWS)) // 2  # the strip is narrow: fewer, still fine, rows
    u = np.clip((c.y - fy0) / max(fy1 - fy0, 1e-6), 0.0, 0.9999)  # time runs down
    v = np.clip((c.x - x0) / width, 0.0, 1.0)  # bass at the left
    level = _rows(spec, u.repeat(c.res, axis=1), v.repeat(c.res, axis=0), rows) ** 1.3
    value = PAPER + (1.0 - PAPER) * level
    body = (c.x >= x0) & (c.x <= x1) & (c.y >= fy0) & (c.y <= fy1)
    room = (x0, fy0, x1, fy1)
    rule = _rule(c, room) * ((c.x >= x0) & (c.x <= x1))  # only across the strip's ends
    value = np.where(body, value, 0.75 * rule)
    cover = np.maximum(body.astype(np.float32), (rule > 0).astype(np.float32))
    r = RULE + 0.01
    box = (max(x0 - r, 0.0), max(fy0 - r, 0.0), min(x1 + r, 1.0), min(fy1 + r, 1.0))
    return lit(c, cover, value, box, floor=0.0)


CARDS = (14, 22)  # how many slices the cascade stands
FAR = 0.18  # the far card's foot, down the free part


def slices(c: Canvas, rng: np.random.Generator) -> Ink:
    """A cascade of lit spectral slices in perspective (see the module): drawn back to
    front, each near card hiding the far ones behind it."""
    spec = ndimage.gaussian_filter1d(_fine(c), 1.2, axis=1)
    frames = spec.shape[0]
    fx0, fy0, fx1, fy1 = _room(c)
    count = int(rng.integers(*CARDS))
    side = float(rng.choice((-1.0, 1.0)))  # the vanishing point's side
    w, h = fx1 - fx0, fy1 - fy0
    near_w = w * float(rng.uniform(0.72, 0.82))
    height = h * float(rng.uniform(0.4, 0.5))  # a card's tallest crest (near)
    base0 = fy1 - h * 0.01  # the near card's foot
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    xs, ys = c.x[0], c.y[:, 0]
    px = 1.0 / c.res
    for k in range(count - 1, -1, -1):  # far to near
        depth = k / max(count - 1, 1)
        scale = 1.0 / (1.0 + 1.6 * depth)
        cw, ch = near_w * scale, height * scale
        cx0 = fx0 + (w - near_w) * (0.5 - 0.5 * side) + side * (w - near_w) * depth * 0.9
        cx0 += (near_w - cw) * (0.5 + 0.45 * side)
        foot = base0 - (base0 - (fy0 + h * FAR)) * (1.0 - scale) / (1.0 - 1.0 / 2.6)
        frame = int(round((1.0 - depth) * (frames - 1)))  # the near card: the song's end
        profile = spec[frame]
        t = np.clip((xs - cx0) / cw, 0.0, 1.0)
        crest = np.interp(t, np.linspace(0, 1, len(profile)), profile) * 0.85 + 0.15
        top = foot - ch * crest  # (res,) the card's top edge
        inside_x = np.clip((xs - cx0) / px + 0.5, 0, 1) * np.clip((cx0 + cw - xs) / px + 0.5, 0, 1)
        below_top = np.clip((ys[:, None] - top[None, :]) / px + 0.5, 0.0, 1.0)
        above_foot = np.clip((foot - ys[:, None]) / px + 0.5, 0.0, 1.0)
        card = below_top * above_foot * inside_x[None, :]
        down = np.clip((ys[:, None] - top[None, :]) / max(ch, 1e-6), 0.0, 1.0)
        light = 0.3 + 0.7 * np.exp(-down * 5.0)  # lit from above: a bright crest
        light = np.maximum(light, 1.0 * (down * ch < 1.5 * px))  # the crest's rim
        shade = 0.55 + 0.45 * scale  # far cards dimmer, never a fade to the field
        card_value = np.clip(light * shade, 0.22, 1.0)
        value = value * (1 - card) + card_value * card
        cover = np.maximum(cover, card)
    box = (fx0, fy0, fx1, fy1)  # lit clips it to the cards
    return lit(c, cover, np.where(cover > 0, value / np.maximum(cover, 1e-6), 0.0), box, 0.0)
