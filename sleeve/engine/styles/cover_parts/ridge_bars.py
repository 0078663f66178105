"""Ridgeline's plate of the song bar by bar. It draws onto the canvas and returns its
focal box (the title keeps out of it):

bars: the song read like a page, top to bottom: one ridge per stretch of the song
(more for a faster song), each crest its stretch's beats left to right (a drum hit a
sharp peak with a short decay, as strong as the onset) over the stretch's spectrum,
as tall as the song is loud there, so a quiet intro is a few flat lines and the
chorus a tall, spiky mass, the loudest line in the spot ink. Filled in the field's
tone, near lines hide far ones (a hard genre on a light field: a black plate of light
lines). Not the stock full-bleed plate: the seed sets the plate's width and its place
(centred, off to one side, or cropped by the frame's edge), the song its outline.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_genres import is_hard
from sleeve.engine.styles.cover_parts.ridge_paint import Stack, line_inks
from sleeve.engine.styles.cover_parts.ridge_stack import RGB, Canvas, light, region, ridge

STEPS = 16  # sixteenths across one line
POINTS = 176  # samples along each line
X = np.linspace(0.0, 1.0, POINTS)


def count_for(direction) -> int:
    """How many lines: 16 for a slow song to 36 for a fast one (the tempo), a few more
    for a dense one (more read as a grey block at 64 px); no more than the song has
    bars."""
    count = int(round(16 + 17 * signals.pace(direction) + 5 * direction.density))
    bars = len(direction.onsets) // STEPS
    return min(count, max(bars, 12)) if bars >= 8 else count


def grid(direction, count: int) -> np.ndarray:
    """(count, STEPS) each line's sixteenths, on the bar: from the audio a line is one
    bar (or the strongest of its few bars, step by step), so a kick on the one stands
    at the same place on every line; without audio the synthesized pattern."""
    raw = np.asarray(direction.onsets, dtype=np.float64)
    bars = len(raw) // STEPS
    if bars < 8:
        return signals.onsets(direction, count * STEPS).reshape(count, STEPS)
    per_bar = raw[: bars * STEPS].reshape(bars, STEPS)
    edges = np.linspace(0, bars, count + 1).astype(int)
    out = np.stack(
        [per_bar[a : max(b, a + 1)].max(axis=0) for a, b in zip(edges[:-1], edges[1:], strict=True)]
    )
    return np.clip(out / max(float(out.max()), 1e-6), 0.0, 1.0)


def _hits(direction, count: int) -> np.ndarray:
    """(count, POINTS) each line's beats across it: every sixteenth's onset a sharp
    peak with a short decay after it, in the line's middle span (calm edges)."""
    onsets = grid(direction, count)
    # the beats sit on the middle 76% of the line, the ends calm like a pulsar plate
    where = 0.12 + 0.76 * (np.arange(STEPS) + 0.5) / STEPS
    dx = X[None, :] - where[:, None]  # (STEPS, POINTS)
    step = 0.76 / STEPS
    attack = np.exp(-((dx / (0.18 * step)) ** 2))
    decay = np.where(dx > 0, np.exp(-dx / (0.55 * step)), 0.0)
    shape = np.maximum(attack, decay)  # (STEPS, POINTS)
    return onsets @ shape


def _body(direction, count: int) -> np.ndarray:
    """(count, POINTS) each line's spectrum slice as a swell across its middle (low
    bands at the centre, the treble out to the sides), calm at the ends."""
    slices = signals.spectrum(direction, count, 24)
    dist = np.clip(np.abs(X - 0.5) / 0.42, 0.0, 1.0)  # 0 centre .. 1 the calm ends
    bands = np.linspace(0.0, 1.0, 24)
    body = np.stack([np.interp(dist, bands, row) for row in slices])
    return body * (1.0 - dist**3)[None, :]


def plate(c: Canvas) -> tuple[Stack, tuple[float, float, float]]:
    """The plate's lines (see the module), its top crest, its last base and the gap
    between the lines, in side fractions."""
    rng, d = c.rng, c.direction
    count = count_for(d)
    level = signals.energy(d, count, stretch=False)
    # loud against the song's own peak: a steady loop a full plate, a quiet intro low
    level = 0.12 + 0.88 * (level / max(float(level.max()), 1e-6)) ** 1.6
    shape = 0.5 * _hits(d, count) + 0.5 * _body(d, count)
    edge = np.clip(np.minimum(X, 1.0 - X) / 0.1, 0.0, 1.0) ** 1.5
    shape = shape * edge[None, :]
    # each line as tall as the song is loud in its stretch: a quiet intro flat, the
    # chorus the tall mass; a faint tremor on the calm ends (not ruled paper)
    shape = shape / np.maximum(shape.max(axis=1, keepdims=True), 1e-6)
    tremor = np.abs(signals.smooth(rng.normal(0.0, 1.0, POINTS * count), 1)).reshape(count, -1)
    h = shape * level[:, None] + 0.025 * tremor
    top, bottom = region(c, 0.04)
    # the plate's width and place by the seed: centred, off to one side, or wider
    # than the frame and cropped by its edge
    frame = int(rng.integers(3))
    width = float(rng.uniform(0.66, 0.84)) if frame < 2 else float(rng.uniform(1.15, 1.4))
    if frame == 0:
        x0 = 0.5 - width / 2
    elif frame == 1:
        x0 = float(rng.choice((0.06, 0.94 - width)))
    else:  # cropped by the left or the right edge, into the beats
        x0 = float(rng.choice((1.0 - width - 0.02, 0.02)))
    gap = (bottom - top) / (count + 7.0)
    amp = gap * (6.0 + 4.0 * d.loudness)
    bases = top + amp + (bottom - top - amp) * np.linspace(0.0, 1.0, count)
    xs = x0 + width * X
    crests = [np.stack([xs, bases[i] - amp * h[i]], axis=1) for i in range(count)]
    weights = np.full(count, 0.85 + 0.3 * d.energy)
    loud = int(np.argmax(h.max(axis=1)))
    first = float(min(cr[:, 1].min() for cr in crests))
    return Stack(crests, weights, loud), (first, float(bases[-1]), gap)


def paint_plate(c: Canvas, stack: Stack, feet: np.ndarray, fill: RGB, ink: RGB, spot: RGB) -> None:
    """Paint the plate back line first: each band filled from its crest to its own
    foot (a little below its base, so the bands join and near lines hide far ones, and
    the fills stay small), then its line; the loudest in the spot ink."""
    s = c.size
    for i, crest in enumerate(stack.crests):
        line = crest * s
        base = np.stack([line[:, 0], np.full(len(line), feet[i] * s)], axis=1)
        loud = i == stack.loudest
        width = max(c.pen * stack.weights[i] * (1.5 if loud else 1.0), 0.9)
        ridge(c.draw, line, base, fill, spot if loud else ink, width)


def bars(c: Canvas) -> Box:
    """The plate of the song bar by bar (see the module): lines in the deep ink on
    bands of the field's tone; a hard genre's plate on a light field is inverted, a
    black plate of light lines (a stark print, never thin lines on a pale ground)."""
    geometry, (first, last, gap) = plate(c)
    inks = line_inks(c)
    fill, ink = inks.field, inks.edge[1]
    if is_hard(c.direction) and light(inks.field):
        fill, ink = ink, inks.field
    bases = np.array([cr[0, 1] for cr in geometry.crests])
    feet = np.minimum(bases + 1.3 * gap, last + 0.004)
    paint_plate(c, geometry, feet, fill, ink, inks.spot)
    # the title keeps to the calm band above or below the plate's whole band
    return (0.0, max(0.0, first - 0.02), 1.0, min(1.0, last + 0.02))


BARS: dict[str, Callable[[Canvas], Box]] = {"bars": bars}
