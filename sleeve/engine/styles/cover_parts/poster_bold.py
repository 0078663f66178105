"""The typographic poster's heavy face (_heavy) and its stacked words (rhythm),
which may turn their lead word up one edge (else as in poster_more). Retired: the
split (the title across a cut in the ground, reversed past it: a magazine template,
and grey-on-grey Frostgrave Hymn half lost four sessions running), the letters bled
off every side (the giant word again) and the crescendo (the lead word repeated in
rows growing to an edge: a rave flyer's template; it broke "Can-dyfloss").
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio
from sleeve.engine.glyphs import ink_extent
from sleeve.engine.scripts import dominant_script
from sleeve.engine.short_words import is_stop
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    line_mask,
    px_for_width,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, weighted
from sleeve.engine.styles.cover_parts.poster_more import rhythm as stacked
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side


def _plain(p: Poster) -> str:
    return p.plain or p.text


def _heavy(p: Poster):
    """The face heavy (type as image), lighter only for a quiet track."""
    return weighted(p.face, 420.0 if p.quiet else 720.0 + 180.0 * p.energy)


def rhythm(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The stacked words at alternating weights (poster_more), or, on a track that is
    not quiet (a Latin, Greek or Cyrillic title), the lead word turned up the left
    edge, where it is read first, the frame's full height, and the rest stacked tight
    in the column beside it, from the top."""
    words = _plain(p).split()
    upright = dominant_script(_plain(p)) not in SPACED_SCRIPTS  # turned, they read as marks
    plain = p.quiet or upright or len(words) < 2 or is_stop(words[0])
    if plain or rng.random() >= 0.45:  # a leading "The" is never turned up big
        return stacked(image, p, rng)
    s, pen = p.size, TitlePen(p.size)
    turned, rest = words[0], words[1:]
    heavy, light = _heavy(p), weighted(p.face, 300.0)
    px = px_for_width(turned, heavy, s * (1 - 2 * M), s * 0.34 / 0.72)
    glyphs = line_mask(turned, heavy, px, pad=0.0).rotate(90, expand=True)
    x = s * M
    colour = p.accent if contrast_ratio(p.accent, p.ground) >= 4.5 else p.ink
    chars = sum(1 for c in turned if not c.isspace())
    pen.paste(image, glyphs, (int(x), int(s * (1 - M) - glyphs.height)), colour, chars)
    x0 = x + glyphs.width + s * 0.04
    column = s * (1 - M) - x0
    plan = []
    for k, word in enumerate(rest):
        face = light if is_stop(word) or k % 2 else heavy
        share = 0.4 if is_stop(word) else 1.0 if face is heavy else 0.7
        plan.append((word, face, px_for_width(word, face, column * share, s * 0.3 / 0.72)))
    reach = sum(sum(ink_extent(Line(t, 0), f, q)) + 0.08 * q for t, f, q in plan)
    scale = min(1.0, s * (1 - 2 * M) / max(1.0, reach))
    y = s * M
    for word, face, q in plan:
        q = max(6, int(q * scale))
        up, down = ink_extent(Line(word, 0), face, q)
        pen.line(image, x0, y + up, word, face, q, p.ink)
        y += up + down + 0.08 * q
    return pen
