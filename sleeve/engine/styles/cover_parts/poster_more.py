"""Five more typographic poster compositions, each a different picture, not a crop of
the giant word: the title inside a bold disc of the accent, stacked words at alternating
sizes and weights (a poster's line rhythm), the letters stepping down the frame one
per step (short titles), letter-spaced caps in a narrow band across the middle, and
the title bent over a bold arch.

The title picks among them too: the rhythm needs two words or more, the steps a short
title in a script whose letters stand alone (`stepped_fits`).
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.fonts import FontFace
from sleeve.engine.glyphs import ink_extent, run_width
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    legible_on,
    line_mask,
    paint,
    px_for_width,
    rule,
    width,
)
from sleeve.engine.styles.cover_parts.poster_kit import ring as ring_mask
from sleeve.engine.styles.cover_parts.title_words import is_stop
from sleeve.engine.title_lines import Line, fit_lines

M = 0.075  # margin, share of the side
SPACED_SCRIPTS = ("Latn", "Grek", "Cyrl")
STEP_SCRIPTS = (*SPACED_SCRIPTS, "Hani", "Hira", "Kana", "Hang")


def spaced(text: str) -> str:
    """Letters apart, words further apart (Latin, Greek and Cyrillic words only)."""
    return "   ".join(
        " ".join(word) if dominant_script(word) in SPACED_SCRIPTS else word for word in text.split()
    )


def rhythm_fits(text: str) -> bool:
    """Two to seven words: a stack of lines to give a rhythm."""
    return 2 <= len(text.split()) <= 7


def stepped_fits(text: str) -> bool:
    """Three to seven letters in a script whose letters stand alone (no joining
    Arabic, no Thai or Devanagari clusters pulled apart, no right-to-left)."""
    letters = [c for c in clusters(text.replace(" ", "")) if c.strip()]
    return 3 <= len(letters) <= 7 and dominant_script(text) in STEP_SCRIPTS


def _plain(p: Poster) -> str:
    return p.plain or p.text


def _reads(colour, ground) -> bool:
    return contrast_ratio(colour, ground) >= 3.0


def _hair(p: Poster, share: float = 0.55):
    return mix(p.ink, p.ground, share)


def disc(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """A bold disc of the accent off the centre, the title set large inside it in the
    ink that reads on it, a thin ring echoing it beside; or larger, run off a corner
    (a quiet track: the disc a hairline circle, the title small in it)."""
    s, pen = p.size, TitlePen(p.size)
    r = s * (0.3 + 0.08 * p.energy + rng.uniform(0, 0.06))
    cx = s * (0.5 + rng.uniform(0.04, 0.14) * rng.choice((-1, 1)))
    cy = s * (0.5 + rng.uniform(-0.14, 0.14))
    if not p.quiet and rng.random() < 0.4:  # larger, run off a corner by a tenth
        r = s * rng.uniform(0.44, 0.52)
        cx = s / 2 + (s / 2 - r + s * 0.1) * rng.choice((-1, 1))
        cy = s / 2 + (s / 2 - r + s * 0.1) * rng.choice((-1, 1))
    draw = ImageDraw.Draw(image)
    echo = r * rng.uniform(0.25, 0.45)
    ex = cx + (r + echo * 0.4) * (1 if cx < s / 2 else -1)
    ey = cy + (r * 0.8) * (1 if cy < s / 2 else -1)
    t = max(1, round(s * 0.006))
    if p.quiet:  # a quiet track: the disc drawn as a hairline, the title small in it
        r *= 0.8
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=_hair(p, 0.3), width=t)
        ink, cap = p.ink, 0.05
    else:
        draw.ellipse((ex - echo, ey - echo, ex + echo, ey + echo), outline=_hair(p, 0.4), width=t)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=p.accent)
        ink, cap = legible_on(p.accent, p.ink, p.ground), 0.16 if p.kids else 0.13
    lines, px = fit_lines(
        _plain(p), p.face, s, width_frac=1.3 * r / s, measure=run_width,
        max_px=int(s * cap / 0.72),
    )  # fmt: skip
    height = px * (1.08 * (len(lines) - 1) + 0.96)
    half = max(width(line.text, p.face, px) for line in lines) / 2
    x = float(np.clip(cx, half + s * 0.06, s - half - s * 0.06))
    top = float(np.clip(cy - height / 2, s * 0.06, s * 0.94 - height))
    baseline = top + px * 0.74
    for line in lines:
        wide = width(line.text, p.face, px)
        pen.line(image, x - wide / 2, baseline, line.text, p.face, px, ink)
        baseline += px * 1.08
    return pen


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
    flush_right = rng.random() < 0.35 or dominant_script(_plain(p)) in ("Arab", "Hebr")
    y = s * M + (s * (1 - 2 * M) - reach) * rng.choice((0.0, 0.5, 1.0))
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


def stepped(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title's letters one per step down the frame, top left to bottom right, so
    they read in order (stepping down to the left, RIOT read "TOIR"); a loud track
    grows them as they fall; one letter may take the accent."""
    s, pen = p.size, TitlePen(p.size)
    letters = [c for c in clusters(_plain(p).replace(" ", "")) if c.strip()][:12]
    n = len(letters)
    grow = 0.7 * p.energy if not p.quiet else 0.0
    scales = [1 - grow / 2 + grow * k / max(1, n - 1) for k in range(n)]
    span = s * (1 - 2 * M)
    cell = min(span / sum(scales), s * 0.3)
    pxs = [int(cell * scale / 0.72) for scale in scales]
    wides = [width(letter, p.face, px) for letter, px in zip(letters, pxs, strict=True)]
    reach = span - wides[-1]
    y = s * M + (span - cell * sum(scales)) / 2
    lit = int(rng.integers(n)) if _reads(p.accent, p.ground) and not p.quiet else -1
    for k, (letter, px) in enumerate(zip(letters, pxs, strict=True)):
        x = s * M + reach * k / max(1, n - 1)
        y += cell * scales[k]
        pen.line(image, x, y, letter, p.face, px, p.accent if k == lit else p.ink)
    pen.ink = p.ink
    return pen


def band(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """Letter-spaced capitals in a narrow band across the middle (solid accent, or two
    hairlines on a quiet track), the rest ground; a number the title holds small by
    it."""
    s, pen = p.size, TitlePen(p.size)
    words = _plain(p).split()
    text = spaced(" ".join(w.upper() if dominant_script(w) in SPACED_SCRIPTS else w for w in words))
    depth = s * (0.12 + 0.06 * p.energy)
    mid = s * (0.5 + rng.uniform(-0.12, 0.12))
    y0, y1 = mid - depth / 2, mid + depth / 2
    if p.quiet:
        rule(image, y0, s * M, s * (1 - M), _hair(p))
        rule(image, y1, s * M, s * (1 - M), _hair(p))
        ink = p.ink
    else:
        ImageDraw.Draw(image).rectangle((0, y0, s, y1), fill=p.accent)
        ink = legible_on(p.accent, p.ink, p.ground)
    px = px_for_width(text, p.face, s * (1 - 2 * M), depth * 0.42 / 0.72)
    up, down = ink_extent(Line(text, 0), p.face, px)
    wide = width(text, p.face, px)
    x = (s - wide) / 2 if rng.random() < 0.6 else s * M
    pen.line(image, x, mid + (up - down) / 2, text, p.face, px, ink)
    above = rng.random() < 0.5
    if any(ch.isdigit() for ch in p.number):  # a number the title holds, small by the band
        mark = line_mask(p.number, p.face, max(6, int(s * 0.05 / 0.72)), pad=0.0)
        my = y0 - mark.height - s * 0.03 if above else y1 + s * 0.03
        paint(image, mark, _hair(p, 0.35), (int(s * M), int(my)))
    pen.ink = ink
    return pen


def arch(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The title bent over a wide circle, large, and a bold arch of the accent under
    it on the same centre, its feet off the bottom edge (a hairline arch on a quiet
    track); inside the arch, ground. Often the circle stands off to one side, so the
    arch rises from a lower corner and the title rides its shoulder, tilted."""
    s, pen = p.size, TitlePen(p.size)
    text = _plain(p)
    radius = s * (0.62 + 0.1 * p.energy + rng.uniform(0, 0.08))  # loud: flatter, wider
    cx = s / 2
    if not p.quiet and rng.random() < 0.6:  # off to one side: the title on the shoulder
        cx += s * rng.uniform(0.2, 0.3) * rng.choice((-1, 1))
    theta = float(np.arcsin((s / 2 - cx) / radius))  # the title's middle, from 12 o'clock
    lo, hi = (float(np.arcsin(np.clip((x - cx) / radius, -1, 1))) for x in (s * M, s * (1 - M)))
    most = min(theta - lo, hi - theta)  # the half angle the frame leaves the title
    px = px_for_width(text, p.face, 2 * radius * most * rng.uniform(0.85, 1.0), s * 0.15 / 0.72)
    line = line_mask(text, p.face, px, pad=0.2)
    if line.width > 2 * radius * most:  # a title too long for the size floor: scaled
        k = 2 * radius * most / line.width
        line = line.resize((int(line.width * k), max(1, int(line.height * k))))
    strip = Image.new("L", (int(2 * np.pi * radius), line.height), 0)
    strip.paste(line, (0, 0))
    turn = int(theta / (2 * np.pi) * strip.width) - line.width // 2
    strip = Image.fromarray(np.roll(np.asarray(strip), turn, axis=1))
    half = line.width / 2 / radius + 0.05  # the title's half angle, and a little
    crown = 0.0 if abs(theta) <= half else abs(theta) - half  # its highest point's angle
    cx, cy = cx, s * M + line.height / 2 + radius * np.cos(crown)
    angles = np.linspace(theta - half, theta + half, 24)
    xs = np.concatenate(
        [cx + r * np.sin(angles) for r in (radius - line.height, radius + line.height)]
    )
    ys = np.concatenate(
        [cy - r * np.cos(angles) for r in (radius - line.height, radius + line.height)]
    )
    box = (max(0.0, xs.min()), max(0.0, ys.min()), min(s, xs.max()), min(s, ys.max()))
    mask = ring_mask(strip, s, (cx, cy), radius, box)
    pen.paste(image, mask, (0, 0), p.ink, sum(1 for c in text if not c.isspace()))
    inner = radius - line.height / 2 - s * 0.03
    band = s * (0.05 + 0.08 * p.energy) if not p.quiet else max(1.0, s * 0.004)
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (cx - inner, cy - inner, cx + inner, cy + inner), fill=p.tint if p.quiet else p.accent
    )
    hole = inner - band
    draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), fill=p.ground)
    return pen
