"""The typographic poster's two type-led layouts whose skeleton moves with the song:
`stress`, a Blue Note sleeve (one stressed word set huge, the rest small and tight
against it, a block of flat colour as wide as the song is loud in the space left), and
`diagonal`, a constructivist sheet (the title reversed out of a thick bar driven
across the frame at an angle the energy steepens, a disc and a hairline against it).
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, rgb_to_oklch
from sleeve.engine.fonts import FontFace
from sleeve.engine.glyphs import ink_extent
from sleeve.engine.scripts import dominant_script
from sleeve.engine.short_words import is_stop
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    legible_on,
    line_mask,
    px_for_width,
    settled,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, weighted
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.title_lines import Line

M = 0.075  # margin, share of the side


def stress_fits(text: str) -> bool:
    """Two to six words in a script whose words stand apart, one of them worth stressing."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and dominant_script(text) in SPACED_SCRIPTS
        and any(not is_stop(w) for w in words)
    )


def stressed(words: list[str], rng: np.random.Generator) -> int:
    """The word set huge: a seeded pick among the words that are not "the" or "of",
    the longer ones likelier (a long word set huge is a wall of type)."""
    picks = [k for k, w in enumerate(words) if not is_stop(w)]
    lettered = [k for k in picks if sum(c.isalpha() for c in words[k]) >= 3]
    picks = lettered or picks  # "A.M." set huge read as the title
    weights = np.array([len(words[k]) ** 1.5 for k in picks], float)
    return int(picks[int(rng.choice(len(picks), p=weights / weights.sum()))])


def stress(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """One word of the title set as wide as the measure in a heavy face, the words
    before and after it small in a tight ragged block above and below (read in
    order), flush to a seeded side; the stack at the top or the foot, and in the
    space it leaves a block of flat colour as wide as the song is loud, Blue Note's."""
    s, pen = p.size, TitlePen(p.size)
    words = (p.plain or p.text).split()
    k = stressed(words, rng)
    before, big, after = " ".join(words[:k]), words[k], " ".join(words[k + 1 :])
    heavy = _heavy(p)
    light = weighted(p.face, 380.0 + 200.0 * p.energy)
    measure = s * (1 - 2 * M)
    big_px = px_for_width(big, heavy, measure, s * 0.5 / 0.72)
    small_px = max(_needed_px(p.text, light, s), int(big_px * (0.2 + 0.08 * (1 - p.energy))))
    small = [t for t in (before, after) if t]
    for text in small:  # the small lines fit the measure
        small_px = min(small_px, px_for_width(text, light, measure, s))
    small_px = max(small_px, _needed_px(p.text, light, s))
    plan: list[tuple[str, FontFace, int]] = []
    if before:
        plan.append((before, light, small_px))
    plan.append((big, heavy, big_px))
    if after:
        plan.append((after, light, small_px))
    gap = s * (0.012 + 0.02 * (1 - p.energy))  # loud: tighter
    extents = [ink_extent(Line(t, 0), f, q) for t, f, q in plan]
    reach = sum(u + d for u, d in extents) + gap * (len(plan) - 1)
    top_first = rng.random() < 0.55
    y = s * M if top_first else s * (1 - M) - reach
    right = rng.random() < 0.3
    colour = legible_on(p.ground, p.accent, p.ink) if rng.random() < 0.5 else p.ink
    for (text, face, q), (up, down) in zip(plan, extents, strict=True):
        wide = width(text, face, q)
        x = s * (1 - M) - wide if right else s * M
        pen.line(image, x, y + up, text, face, q, colour if face is heavy else p.ink)
        y += up + down + gap
    pen.ink = p.ink
    foot = s * (1 - M) - reach - s * 0.05
    room = (y - gap + s * 0.05, s * (1 - M)) if top_first else (s * M, foot)
    if not p.quiet or rng.random() < 0.5:  # else the empty page is the picture
        _block(image, p, rng, room, right)
    return pen


def _block(image: Image.Image, p: Poster, rng: np.random.Generator, rows, right: bool) -> None:
    """One solid block of colour in `rows`, flush to the side the title is flush to,
    as wide as the song is loud (Reid Miles's flat colour under the type; stacked
    loudness bars read as a placeholder chart to two reviewers)."""
    s, (top, bottom) = p.size, rows
    if bottom - top < s * 0.2:  # a sliver under the type reads as a stray rule
        return
    tones = [
        c
        for c in (p.accent, *p.colours)
        if contrast_ratio(c, p.ground) >= 1.5 and rgb_to_oklch(c)[1] >= 0.05  # no greys
    ]
    if not tones:  # a grey block on a grey page reads as a placeholder
        return
    length = s * (1 - M) * (0.45 + 0.5 * p.energy) * float(rng.uniform(0.9, 1.05))
    x0, x1 = (s - length, s) if right else (0, length)
    tone = tones[int(rng.integers(len(tones)))]
    ImageDraw.Draw(image).rectangle((x0, top, x1, bottom), fill=tone)


def diagonal_fits(text: str) -> bool:
    """A title in a script whose letters read turned (Latin, Greek, Cyrillic)."""
    return dominant_script(text) in SPACED_SCRIPTS and bool(text.strip())


def diagonal(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title in heavy capitals reversed out of a thick bar driven up across the
    frame (steeper on a loud track), a hairline beside it and a disc in the corner
    the bar leaves widest; all of it away from the title."""
    s, pen = p.size, TitlePen(p.size)
    text = _capitals(p.plain or p.text)
    face = _heavy(p)
    angle = float(np.clip(14 + 22 * p.energy + rng.uniform(-6, 6), 10, 40))
    run = s / math.cos(math.radians(angle)) * 0.8  # the chord through the middle, spared
    words = text.split()
    lines = [text]
    if len(words) > 1 and width(text, face, _needed_px(text, face, s)) > run:
        halves = [abs(len(" ".join(words[:j])) - len(text) / 2) for j in range(1, len(words))]
        cut = int(np.argmin(halves))
        lines = [" ".join(words[: cut + 1]), " ".join(words[cut + 1 :])]
    px = min(px_for_width(t, face, run, s * 0.2 / 0.72) for t in lines)
    px = max(px, _needed_px(text, face, s))
    masks = [line_mask(t, face, px, pad=0.12) for t in lines]
    pad = px * 0.22
    tall = sum(m.height for m in masks) + 2 * pad
    widest = max(m.width for m in masks)
    words_mask = Image.new("L", (int(widest + 2 * pad), int(tall)), 0)  # the words alone
    y = pad
    for m in masks:
        words_mask.paste(m, (int(pad + (widest - m.width) / 2), int(y)))
        y += m.height
    words_mask = words_mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    cx = s * (0.5 + rng.uniform(-0.06, 0.06))
    cy = s * (0.5 + rng.uniform(-0.08, 0.08))
    at = (int(cx - words_mask.width / 2), int(cy - words_mask.height / 2))
    bar, ink = settled(p.accent, p.ink, p.ground)
    if contrast_ratio(bar, p.ground) < 1.4:  # a bar the ground's own tone is no bar
        bar, ink = settled(p.ink, p.ground, p.accent)
    sin, cos = math.sin(math.radians(angle)), math.cos(math.radians(angle))
    side = 1 if rng.random() < 0.5 else -1  # the hairline above the bar or below
    off = (tall / 2 + s * 0.035) * side
    hx, hy = cx - sin * off, cy - cos * off
    line = ImageDraw.Draw(image)
    thin = max(1, round(s * 0.006))
    line.line((hx - cos * s, hy + sin * s, hx + cos * s, hy - sin * s), fill=p.ink, width=thin)
    if rng.random() < 0.6:  # a disc against the bar, else a second, thinner bar
        _disc(image, p, rng, (cx, cy), (cos, -sin), tall / 2 + s * 0.05, -side)
    else:
        off = -(tall / 2 + s * rng.uniform(0.1, 0.2)) * side
        bx, by, w = cx - sin * off, cy - cos * off, max(2, round(s * rng.uniform(0.03, 0.07)))
        tone = next((c for c in p.colours if contrast_ratio(c, p.ground) >= 1.6), p.ink)
        line.line((bx - cos * s, by + sin * s, bx + cos * s, by - sin * s), fill=tone, width=w)
    # the bar itself drawn as a polygon (a rotated 2x-wide strip cost 0.2x the reference)
    half, run_x, run_y = tall / 2, cos * s * 1.5, -sin * s * 1.5
    nx, ny = sin * half, cos * half
    corners = [
        (cx - run_x - nx, cy - run_y - ny), (cx + run_x - nx, cy + run_y - ny),
        (cx + run_x + nx, cy + run_y + ny), (cx - run_x + nx, cy - run_y + ny),
    ]  # fmt: skip
    line.polygon(corners, fill=bar)
    pen.paste(image, words_mask, at, ink, sum(1 for c in text if not c.isspace()))
    return pen


def _disc(image, p: Poster, rng, centre, direction, clear: float, side: int) -> None:
    """A disc in the corner the bar leaves on `side` (1: above-left), as big as fits
    clear of the bar and the hairline."""
    s = p.size
    corner = (s * 0.24, s * 0.24) if side > 0 else (s * 0.76, s * 0.76)
    dx, dy = corner[0] - centre[0], corner[1] - centre[1]
    distance = abs(dx * direction[1] - dy * direction[0])
    r = min(s * rng.uniform(0.12, 0.2), distance - clear - s * 0.02)
    r = min(r, corner[0] - s * 0.02, s - corner[0] - s * 0.02)
    if r < s * 0.05:
        return
    tone = next(
        (c for c in p.colours if contrast_ratio(c, p.ground) >= 1.6),
        p.ink,
    )
    x, y = corner
    ImageDraw.Draw(image).ellipse((x - r, y - r, x + r, y + r), fill=tone)
