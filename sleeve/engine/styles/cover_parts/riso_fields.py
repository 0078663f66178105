"""The risograph's fields: a sea screened like a halftone photograph, a big cropped
halftone gradient with one small solid and an overprinted rhythm from the onsets;
and the title's first word the heavy face can set, for the glyph. (The title's word
stacked as huge type is retired: with the pipeline's title over it, a review read
the title three times.)

Each keeps out of the title's zone (Sheet.area) and fades into it. The music sets
the measures: the energy curve lifts the waves, the onsets size the circles, the
tempo sets how many beats a row holds; the seed places and crops.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.scripts import CJK_SCRIPTS, script_of
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    hush,
    ramp,
    rect,
)


def sea(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Rows of waves running to a horizon, each row screened dark under its crest and
    light in its trough, bigger the nearer it is and as high as its part of the
    song; the horizon high (all sea), middling or low (a big screened sky); a sun or
    moon on it only sometimes."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    reach = (rng.uniform(-0.3, 0.05), rng.uniform(0.2, 0.45), rng.uniform(0.5, 0.65))
    hy = y0 + (y1 - y0) * reach[int(rng.choice(3, p=(0.3, 0.4, 0.3)))]
    rows = 4 + round(5 * d.density)
    level = signals.energy(d, rows + 2).astype(np.float32)
    t = np.clip((y - hy) / (1 - hy), 0, 1)
    u = t**0.6 * rows
    freq = rng.uniform(1.5, 3.0) * 2 * np.pi
    lift = np.interp(u, np.arange(rows + 2), 0.1 + 0.2 * level)  # each row's height
    turn = rng.uniform(1.0, 2.0)  # how far each row's crests slide from the last
    swell = lift * np.sin(freq * (x - 0.5) / (0.3 + t) + turn * u)
    wave = (u + swell) % 1  # 0 at a crest, rising to the next
    water = (y > hy).astype(np.float32)
    b = water * np.clip(1.0 - wave * 1.5, 0, 1) ** 1.3
    sky = ramp(90, rng.uniform(0.45, 0.75), 0.0) * (1 - water)
    sr = rng.uniform(0.07, 0.14)
    sx = rng.uniform(0.2, 0.8)
    shown = rng.random() < 0.45
    body = fill(disc(sx, hy - sr * rng.uniform(-0.2, 0.6), sr)) * (1 - water) * shown
    glint = (np.abs(x - sx) < sr * (1 - 0.5 * t)) * water * (wave > 0.55) * (wave < 0.7) * shown
    a = np.maximum(sky * (1 - body), glint * 0.9)
    c = body
    if rng.random() < 0.5:  # the sun in the lead ink, the sky in the third
        a, c = np.maximum(body, glint * 0.9), sky * (1 - body)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, (0.0, min(max(0.0, hy - 2 * sr), 0.8), 1.0, 1.0)


def gradient(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A huge halftone gradient swelling from a corner off the sheet, crossed by a
    second ink's gradient the other way (they mix where they overprint), and one
    solid shape in the second ink (a disc, a bar, an upright slab or a ring; small,
    or now and then big), set off by a ring of bare paper."""
    x, y = grid()
    corner = rng.uniform(-0.25, 1.25, 2)
    corner[int(rng.integers(2))] = float(rng.choice((-0.2, 1.2)))
    reach = rng.uniform(0.9, 1.5)
    dist = np.sqrt((x - corner[0]) ** 2 + (y - corner[1]) ** 2)
    a = np.clip(1 - dist / reach, 0, 1) ** rng.uniform(0.8, 1.4) * 0.96
    across = np.degrees(np.arctan2(0.5 - corner[1], 0.5 - corner[0])) + rng.uniform(60, 120)
    b = ramp(across, rng.uniform(0.6, 0.9), rng.uniform(-0.4, 0.0)).clip(0, 1)
    x0, y0, x1, y1 = sheet.area
    big = rng.random() < 0.3
    size = (rng.uniform(0.05, 0.1) + 0.05 * d.energy) * (2.2 if big else 1.0)
    # on a third, never the middle; a big one runs off the side (a big disc in the upper
    # centre with its pale ring read as one stock picture across tracks)
    side = float(rng.choice((0.0, 1.0)))
    sx = abs(side - (rng.uniform(0.0, 0.1) if big else rng.uniform(0.2, 0.33)))
    sy = rng.uniform(y0 + 0.12, y1 - 0.12)
    kind = int(rng.integers(4))  # a disc, a bar, an upright slab, a ring
    kind = 0 if kind == 3 and not big else kind  # a small ring read as a button
    if kind == 0:
        solid = disc(sx, sy, size)
    elif kind == 1:
        solid = rect(sx - size * 1.6, sy - size * 0.35, sx + size * 1.6, sy + size * 0.35)
    elif kind == 2:
        solid = rect(sx - size * 0.3, sy - size * 1.6, sx + size * 0.3, sy + size * 1.6)
    else:
        solid = np.minimum(disc(sx, sy, size), size * 0.35 - disc(sx, sy, size))
    clear = 1 - fill(solid + size * 0.3)  # a ring of bare paper sets the solid off
    if sheet.dark:  # opaque inks: the gradients meet rather than overprint
        b = b * (1 - a)
    b = np.maximum(b * clear, fill(solid))
    plates = [hush(a * clear, sheet.zone), hush(b, sheet.zone), blank()]
    return plates, compose.clip_box(compose.around(sx, sy, size * 1.6))


def rhythm(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """The onsets as tall overprinted bars, one a beat and as long as its hit, standing
    on the sheet's edge away from the title (or hanging from it), the bars alternating
    a solid ink and a screened one, the solid ones echoed off register in the third
    drum; the tempo sets how many bars. (The rows of circles this drew before read as
    one stock picture across tracks.)"""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    hits = signals.onsets(d, 32).astype(np.float32)
    count = (7 if d.tempo_bpm < 105 else 10 if d.tempo_bpm < 140 else 13) + int(rng.integers(-2, 3))
    start = int(rng.integers(32))
    width = 1.0 / count
    gap = width * rng.uniform(0.12, 0.3)
    rising = sheet.zone != "bottom"
    reach = (y1 - y0) * rng.uniform(0.85, 1.05)
    phase = rng.uniform(-0.5, 0.5) * width  # the bars slide along, cropped at the sides
    plates = [blank(), blank(), blank()]
    for k in range(count + 1):
        hit = float(hits[(start + k) % 32])
        tall = reach * (0.25 + 0.75 * hit) * rng.uniform(0.85, 1.0)
        left = phase + k * width + gap / 2 - 0.01
        top, low = (y1 - tall, 1.02) if rising else (-0.02, y0 + tall)
        bar = fill(rect(left, top, left + width - gap, low))
        if k % 2:
            plates[1] = np.maximum(plates[1], bar * ramp(90 if rising else 270, 0.95, 0.2))
        else:
            plates[0] = np.maximum(plates[0], bar)
    lift = int(rng.uniform(0.02, 0.05) * RES) * (1 if rising else -1)
    plates[2] = shift(plates[0], int(gap * RES * 0.8), -lift) * 0.6
    plates = [hush(p.astype(np.float32), sheet.zone) for p in plates]
    return plates, (x0, y0, x1, y1)


ALONE = frozenset(("Latn", "Grek", "Cyrl", "Zyyy", *CJK_SCRIPTS))  # letters that stand alone


def _word(d: ArtDirection) -> str:
    """The title's first word the heavy face can set, in capitals (letters and digits
    only), in letters that stand alone (Arabic and Devanagari join and reorder, and
    an unshaped row of them printed as broken bars), or "" (never the tempo: it is
    data, not a picture)."""
    for word in re.split(r"[\s\-–—:,.!?()]+", d.title):
        word = word.upper()[:8]
        alone = all(script_of(c) in ALONE for c in word)
        if alone and word.isalnum() and covers_all(title_face(word, "condensed", 900.0), word):
            return word
    return ""


def _type_row(text: str, width: float, height: float) -> np.ndarray:
    """The text set in a heavy condensed face and stretched to width x height (sheet
    fractions): coverage, RES-relative size."""
    face = title_face(text, "condensed", 900.0).sized(160)
    probe = ImageDraw.Draw(Image.new("L", (8, 8)))
    box = probe.textbbox((0, 0), text, font=face)
    img = Image.new("L", (box[2] - box[0] + 4, box[3] - box[1] + 4), 0)
    ImageDraw.Draw(img).text((2 - box[0], 2 - box[1]), text, font=face, fill=255)
    size = (max(1, int(width * RES)), max(1, int(height * RES)))
    return np.asarray(img.resize(size, Image.Resampling.BOX), np.float32) / 255.0
