"""The typographic poster's stacked words at alternating sizes and weights (a
poster's line rhythm, ruled or not; it needs two words or more) and what the other
compositions share from here: letter-spacing, the scripts whose letters stand
alone, a face at another weight. (The disc, the steps, the band and the arch went:
art directors read them as clip art and as a word-processor page.)
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.fonts import FontFace
from sleeve.engine.glyphs import ink_extent
from sleeve.engine.scripts import dominant_script
from sleeve.engine.short_words import is_stop
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    px_for_width,
    rule,
    width,
)
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side
SPACED_SCRIPTS = ("Latn", "Grek", "Cyrl")
STEP_SCRIPTS = (*SPACED_SCRIPTS, "Hani", "Hira", "Kana", "Hang")
FILL = 0.2  # the most of the frame's height a rhythm stack leaves empty


def spaced(text: str) -> str:
    """Letters apart, words further apart (Latin, Greek and Cyrillic words only)."""
    return "   ".join(
        " ".join(word) if dominant_script(word) in SPACED_SCRIPTS else word for word in text.split()
    )


def rhythm_fits(text: str) -> bool:
    """Two to seven words: a stack of lines to give a rhythm."""
    return 2 <= len(text.split()) <= 7


def _plain(p: Poster) -> str:
    return p.plain or p.text


def _reads(colour, ground) -> bool:
    """A line in this colour reads on the ground and on its tonal field's lit side
    (at 3:1, "coffee & notebooks" read at 3.5:1 and "Fjord, Early Light" at 2.5:1)."""
    return contrast_ratio(colour, ground) >= 5.5


def _hair(p: Poster, share: float = 0.55):
    return mix(p.ink, p.ground, share)


def weighted(face: FontFace, weight: float) -> FontFace:
    """The face at another weight (variable faces; a static face stays as it is)."""
    return dataclasses.replace(face, weight=weight) if face.weight is not None else face


def rhythm(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """One word a line, flush to one side (a right-to-left title to the right): the
    words that carry the title as wide as the measure in a heavy weight, alternating
    with narrow light lines; the short words ("the", "of") small; one line in the
    accent."""
    s, pen = p.size, TitlePen(p.size)
    words = _plain(p).split() or [_plain(p)]
    if len(words) > 5:  # long titles: pairs of words a line
        words = [" ".join(words[k : k + 2]) for k in range(0, len(words), 2)]
    heavy = weighted(p.face, 500.0 + 400.0 * p.energy)  # loud: heavier, tighter
    light = weighted(p.face, 300.0)
    measure = s * (1 - 2 * M)
    plan: list[tuple[str, FontFace, int]] = []
    big = True
    for word in words:
        if is_stop(word):
            plan.append((word, light, int(s * 0.075 / 0.72)))
            continue
        face = heavy if big else light
        share = 1.0 if big else 0.35 + 0.25 * p.energy + rng.uniform(0, 0.1)
        plan.append((word, face, px_for_width(word, face, measure * share, s * 0.5)))
        big = not big
    gap = 0.18 - 0.12 * p.energy
    reach = sum(sum(ink_extent(Line(t, 0), f, px)) + gap * px for t, f, px in plan)
    scale = min(1.0, s * (1 - 2 * M) / max(1.0, reach))
    plan = [(t, f, max(6, int(px * scale))) for t, f, px in plan]
    reach = sum(sum(ink_extent(Line(t, 0), f, px)) + gap * px for t, f, px in plan)
    room = s * (1 - 2 * M) - (reach - gap * plan[-1][2])  # to the last line's ink
    if room > s * FILL and len(plan) > 1:  # a short stack spreads to the frame's height
        gap += room / sum(px for _, _, px in plan[:-1])  # (it left a ruled, empty half)
        reach = s * (1 - 2 * M) + gap * plan[-1][2]
    flush_right = rng.random() < 0.35 or dominant_script(_plain(p)) in ("Arab", "Hebr")
    y = s * M + max(0.0, s * (1 - 2 * M) - reach) * rng.choice((0.0, 0.5, 1.0))
    lit = rng.integers(len(plan)) if _reads(p.accent, p.ground) else -1
    top = y
    ruled = rng.random() < 0.6  # hairlines under the lines, run off the frame: a ruled page
    hair = _hair(p, 0.5)
    for k, (text, face, px) in enumerate(plan):
        up, down = ink_extent(Line(text, 0), face, px)
        wide = width(text, face, px)
        x = s * (1 - M) - wide if flush_right else s * M
        pen.line(image, x, y + up, text, face, px, p.accent if k == lit else p.ink)
        y += up + down + gap * px
        if ruled:
            rule(image, y - gap * px / 2, 0, s, hair)
    if ruled and p.quiet:  # the rules go on over the empty field, a baseline grid
        step, faint = s * 0.045, _hair(p, 0.72)
        below = y - gap * px / 2
        ats = np.arange(below + step, s * (1 - M), step)
        if top - s * M > s * (1 - M) - below:  # more room above the block
            ats = np.arange(top - gap * px / 2 - step, s * M, -step)
        for at in ats:
            rule(image, float(at), 0, s, faint)
    pen.ink = p.ink
    return pen
