"""The typographic poster's mirror: the title standing on a horizon over still water,
its reflection below broken into streaks and rippled by the song's loudness (a loud
stretch stirs the water), so the type is a place (a lake at dusk), not a specimen.
Set level in any script.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, paint
from sleeve.engine.styles.cover_parts.poster_shapes import _chars, title_block
from sleeve.engine.styles.cover_parts.poster_stack import peak_share

M = 0.08  # margin, share of the side
RIPPLE = (0.006, 0.03)  # the reflection's sway at its far edge, of the side (calm, loud)
WAVES = 9.0  # ripples down the reflection's height
BANDS = 32  # the water's depth bands
STREAKS = 0.012  # the streaks' pitch near the horizon, of the side (wider further down)


def water_tone(p: Poster) -> tuple[RGB, RGB]:
    """The water at the horizon and at the bottom: the sky's own tone deepened (an
    accent water read as a two-colour flag, an accent-tinged one as mud)."""
    light, chroma, hue = rgb_to_oklch(p.ground)
    step = -0.09 if light > 0.32 else 0.05  # a night sky's water a shade lighter
    near = oklch_to_rgb(float(np.clip(light + step, 0.04, 0.95)), chroma, hue)
    far = oklch_to_rgb(float(np.clip(light + 2.2 * step, 0.03, 0.95)), chroma, hue)
    return near, far


def _loudness(p: Poster, rows: int) -> np.ndarray:
    """The loudness down the reflection (0 to 1): near the horizon the song's start."""
    curve = np.asarray(p.curve or (0.5,), float)
    return np.interp(np.linspace(0, 1, rows), np.linspace(0, 1, len(curve)), curve)


def _pad(size: int) -> int:
    """The room each side of the reflection for its sway."""
    return int(np.ceil(size * RIPPLE[1])) + 1


def reflection(glyphs: Image.Image, p: Poster, phase: float) -> Image.Image:
    """The glyphs mirrored, each row swayed sideways by a ripple that grows with depth
    and with the song's loudness there, cut into streaks that widen and thin toward the
    bottom, fading out. All steps are shares of the side (the same at 1024 and 3000)."""
    s, (w, h) = p.size, glyphs.size
    src = np.asarray(glyphs, np.float32)[::-1]
    depth = np.linspace(0.0, 1.0, h)
    reach = RIPPLE[0] + (RIPPLE[1] - RIPPLE[0]) * (0.35 * p.energy + 0.65 * _loudness(p, h))
    sway = s * reach * depth**0.8 * np.sin(2 * np.pi * WAVES * depth**0.85 + phase)
    pad = _pad(s)
    cols = np.arange(w + 2 * pad)[None, :] - pad - np.round(sway)[:, None]
    inside = (cols >= 0) & (cols < w)
    out = np.where(inside, src[np.arange(h)[:, None], np.clip(cols, 0, w - 1).astype(int)], 0.0)
    # streaks: a band of water, then a thin gap, both growing with depth (in side shares)
    rows = np.arange(h) / s
    pitch = STREAKS * (1.0 + 2.5 * depth)
    gap = (np.mod(np.cumsum(1.0 / s / pitch), 1.0) < 0.18 + 0.3 * depth) & (rows > 0.01)
    fade = (1.0 - depth) ** 1.3 * np.where(gap, 0.0, 1.0)
    return Image.fromarray((out * fade[:, None] * 0.9).astype(np.uint8), "L")


def mirror(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title set level on a horizon (a little above or below the middle), the water
    below it in its own tone, the reflection rippled by the loudness and streaked."""
    s, pen = p.size, TitlePen(p.size, above=True)  # no qualifier on the water
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    glyphs, _ = title_block(text, face, s, 1 - 2 * M, 0.24, rng.random() < 0.55)
    if glyphs.height > s * 0.4:  # room for the title and its whole reflection
        k = s * 0.4 / glyphs.height
        glyphs = glyphs.resize((max(1, int(glyphs.width * k)), int(s * 0.4)), Image.LANCZOS)
    top, bottom = glyphs.getbbox()[1::2] if glyphs.getbbox() else (0, glyphs.height)
    glyphs = glyphs.crop((0, top, glyphs.width, bottom))
    horizon = int(s * (0.45 + 0.14 * peak_share(p) + rng.uniform(0.0, 0.03)))  # a late peak low
    horizon = int(np.clip(horizon, s * M + glyphs.height, s * 0.98 - glyphs.height))
    near, far = water_tone(p)
    draw = ImageDraw.Draw(image)
    for k in range(BANDS):  # deeper toward the bottom, in fine bands (grained later)
        y0 = horizon + (s - horizon) * k / BANDS
        draw.rectangle((0, y0, s, horizon + (s - horizon) * (k + 1) / BANDS + 1),
                       fill=mix(near, far, k / (BANDS - 1)))  # fmt: skip
    water = near
    x = int(s * M) if rng.random() < 0.45 else (s - glyphs.width) // 2
    y = horizon - glyphs.height - max(1, int(s * 0.004))  # the feet on the shore
    # the reflection glints in the accent (the page's small third colour), toned when quiet
    glint = p.ink if p.quiet else mix(p.ink, p.accent, 0.55)
    shine = mix(water, glint, 0.5 if p.quiet else 0.85)
    paint(image, reflection(glyphs, p, float(rng.uniform(0, 2 * np.pi))), shine,
          (x - _pad(s), horizon + max(1, int(s * 0.008))))  # fmt: skip
    pen.paste(image, glyphs, (x, y), p.ink, _chars(text))
    return pen
