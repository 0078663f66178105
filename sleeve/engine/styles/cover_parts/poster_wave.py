"""The typographic poster's wave: the title's letters riding the song's loudness, each
set on the curve and turned with it, over (or under) the loudness drawn as a 1970s
supergraphic: parallel stripes of the accent stepped in tone, each following the curve
below the last, so the song's shape is the poster's layout. The song moves it: its
loudness the curve, its energy how many stripes (two to five) and how far they swell,
its tempo their width (a slow song's broad bands, a fast one's narrow), where it peaks
the height the title rides at; whether the stripes echo the curve ever wider
below (a song that builds) or settle to a level horizon (one that fades), whether
they rise from the foot or hang from the head (a song loud early), the seed turning a
share of each over. The swell is as tall as the song's loudness really moves (a flat song's
letters ride nearly level: stretched to the frame, its ripple had thrown Morning
Briefing's letters about like a loud song's) and no steeper than a letter can lean; the
tempo sets how much of the curve's detail it follows (a slow song one broad swell, a
fast one its every rise). (One flat band under the letters was the style's template on the sheet of
round 16: Golden Hour and Song Title, an orange and a pink field with the title on it.)
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.color import contrast_ratio, mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.glyphs import draw_line, ink_extent
from sleeve.engine.scripts import clusters, dominant_script
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import (
    Poster,
    TitlePen,
    px_for_width,
    width,
)
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.title_lines import Line

M = 0.07  # margin, share of the side
WAVE_CAP = 0.2  # the letters' type size at most, of the side
FIT = 1.05  # the letters at least this many times LETTER at 64 px
SWELL = (0.08, 0.16)  # how far the curve rises and falls, of the side (calm, loud)
GAP = 0.035  # the room between the letters and the form, of the side
STRIPES = (2, 5)  # the fewest and most stripes (calm, loud)
BAND = (0.1, 0.06)  # a stripe's width, of the side (slow, fast)
TONE = 0.085  # the lightness step between neighbouring stripes (OKLCH L)
POINTS = (5, 16)  # the curve's points the swell follows (slow, fast)
MOVES = 0.4  # a loudness range (0..1) from which the swell stands its full height
STILL = 0.12  # the least share of it a near-flat song keeps
SLOPE = 0.42  # the steepest the swell climbs (rise over run): letters stay in line
BEND = 0.22  # the most the swell turns over a letter's width, per its type size (more:
# a crest's letters met at their tops, a trough's parted: "GOL DEN HO UR")
FLIP = 0.15  # the share of seeds that turn the song's form over (hung or risen, echoed or
# settled)
TURN = 0.3  # the most a letter turns with the slope, in radians (steeper, the letters
# parted from their neighbours at their tops)


def _lines(text: str, face, s: int) -> tuple[list[str], int]:
    """The title in one line, or two balanced at a word break where one would stand
    small; and its type size."""
    wide = s * (1 - 2 * M) * 0.94
    px = px_for_width(text, face, wide, s * WAVE_CAP)
    words = text.split()
    if len(words) < 2 or px >= s * WAVE_CAP * 0.8:
        return [text], px
    splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    best = min(splits, key=lambda pair: max(width(t, face, 100) for t in pair))
    two = min(px_for_width(t, face, wide, s * WAVE_CAP) for t in best)
    return ([*best], two) if two > px * 1.15 else ([text], px)


def wave_fits(plain: str, face) -> bool:
    """Whether the title rides the curve: one or two lines of letters on a baseline
    (Latin, Greek, Cyrillic) LETTER tall at 64 px within the frame. Square CJK and
    Hangul blocks stepped up a swell read as a rendering glitch (月光下的城市)."""
    text = _capitals(plain)
    if not text.strip() or dominant_script(text) not in SPACED_SCRIPTS:
        return False
    s = 1000
    return _lines(text, face, s)[1] >= _needed_px(text, face, s) * FIT


def _fast(p: Poster) -> float:
    """0 for a slow song (80 BPM and under) to 1 for a fast one (150 and over)."""
    return float(np.clip((p.tempo - 80.0) / 70.0, 0.0, 1.0))


def _path(p: Poster, count: int) -> tuple[np.ndarray, float]:
    """The loudness across the frame as a swell (0 quiet to 1 loud): the curve's points
    (more the faster the song), smoothed over a quarter of the frame (the raw curve
    had turned the letters every which way); and how much of its height the swell
    stands (the loudness's own range)."""
    curve = np.asarray(p.curve or (0.5,), float)
    many = int(round(POINTS[0] + (POINTS[1] - POINTS[0]) * _fast(p)))
    points = signals.resample(curve, many)
    level = signals.resample(points, count)
    k = max(3, count // (2 + many // 4)) | 1
    level = signals.smooth(level, k // 2)
    spread = float(np.ptp(level))
    if spread <= 1e-6:
        return np.full(count, 0.5), STILL
    return (level - level.min()) / spread, float(np.clip(spread / MOVES, STILL, 1.0))


def _swell(p: Poster, level: np.ndarray, reach: float, px: int) -> float:
    """The swell's height in pixels: the energy's, times the loudness's reach, no
    steeper than SLOPE and bending no more than BEND over a letter's width."""
    s = p.size
    swell = s * (SWELL[0] + (SWELL[1] - SWELL[0]) * p.energy) * reach
    if len(level) < 3:
        return swell
    steep = float(np.max(np.abs(np.diff(level))))
    w = int(np.clip(px * 0.6, 1, (len(level) - 1) // 2))
    bend = float(np.max(np.abs(level[2 * w :] - 2 * level[w:-w] + level[: -2 * w]))) / w
    most = [SLOPE / steep if steep > 0 else swell, BEND / bend if bend > 0 else swell]
    return min(swell, *most)


def wave(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The letters set one by one along the loudness (a loud stretch lifts them), each
    turned to the curve's slope, riding a solid form of the loudness in the accent
    below them, or hanging under one from the top."""
    s, pen = p.size, TitlePen(p.size)
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    lines, px = _lines(text, face, s)
    pen.ink = p.ink
    lead = px * 1.02
    level, reach = _path(p, s)
    swell = _swell(p, level, reach, px)
    # the form hangs from the head (the letters under it) for a song loud early, rises
    # from the foot for one that builds; the seed turns a share (FLIP) over
    hang = (peak_share(p) < 0.45) != (rng.random() < FLIP)
    block = lead * (len(lines) - 1)
    peak = peak_share(p)
    # (hung from the head, the ribbon needs room over the letters: high, it ran off);
    # the title low under a hung form, the lower the earlier the song peaks, high over
    # a rising one, the higher the earlier
    lift = (0.66 - 0.1 * peak) if hang else (0.28 + 0.08 * peak)
    middle = s * (lift + rng.uniform(-0.03, 0.03))
    ys = middle - block / 2 + swell * (0.5 - level)
    ys = np.clip(ys, s * M + px * 1.1, s * (1 - M) - px * 0.3 - block)
    accent = p.accent if contrast_ratio(p.accent, p.ground) >= 1.6 else mix(p.ink, p.ground, 0.5)
    if p.quiet:  # an ambient or classical page stays toned, never a colour field
        accent = mix(p.ground, p.ink, 0.18)
    edge = ys - px * 1.05 - s * GAP if hang else ys + block + s * GAP  # the first stripe's
    _stripes(image, p, rng, edge, hang, accent)
    flush = rng.random() < 0.5
    for row, line in enumerate(lines):
        wide = width(line, face, px)
        up, down = ink_extent(Line(line, wide), face, px)
        x = s * M if flush else (s - wide) / 2
        parts = clusters(line)
        cuts = [width("".join(parts[:k]), face, px) for k in range(len(parts))] + [wide]
        over = int(px * 0.2)  # a letter's ink past its advance (a slant, a tail)
        for part, a, b in zip(parts, cuts[:-1], cuts[1:], strict=True):
            if part.strip():  # the letter where the line sets it, alone in its slice
                piece = Image.new("L", (int(b - a) + 2 * over, int(up + down) + 1), 0)
                draw_line(piece, over, up, Line(part, b - a), face, px, 255)
                _letter(image, pen, piece, x + (a + b) / 2, ys + row * lead)
    return pen


def _stripes(image, p: Poster, rng, edge: np.ndarray, hang: bool, accent) -> None:
    """A ribbon of stripes from `edge` (the curve by the letters) away from them, the
    ground showing past it: each the curve again a band further, in the accent, the
    palette's other colours and the accent stepped in tone; echoing (each swell wider)
    or settling (each calmer, the last level)."""
    s = p.size
    e = float(np.clip(p.energy, 0.0, 1.0))
    count = int(round(STRIPES[0] + (STRIPES[1] - STRIPES[0]) * e))
    band = s * (BAND[0] + (BAND[1] - BAND[0]) * _fast(p)) * rng.uniform(0.9, 1.1)
    # a song that builds echoes its swell ever wider, one that fades settles it level
    echo = _builds(p.curve) != (rng.random() < FLIP)
    rest = float(np.median(edge))
    light, chroma, hue = rgb_to_oklch(accent)
    step = TONE if rgb_to_oklch(p.ground)[0] < light else -TONE  # away from the ground
    inks = [accent]
    if not p.quiet:
        inks += [c for c in p.colours if contrast_ratio(c, p.ground) >= 1.6][:2]
    while len(inks) < count:  # the accent stepped in tone where the palette runs out
        inks.append(oklch_to_rgb(min(0.95, max(0.12, light + step * len(inks))), chroma, hue))
    xs = np.arange(s, dtype=float)
    draw = ImageDraw.Draw(image)
    sign = -1.0 if hang else 1.0
    for k in range(count):
        grow = 1.0 + 0.3 * k if echo else max(0.0, 1.0 - k / max(1, count - 1))
        near = rest + (edge - rest) * grow + sign * band * k
        far = near + sign * band
        if k == count - 1 and rng.random() < 0.5:  # the last stripe runs to the frame
            far = np.full(s, 0.0 if hang else float(s))
        draw.polygon([*zip(xs, near, strict=True), *zip(xs[::-1], far[::-1], strict=True)],
                     fill=inks[k])  # fmt: skip


def _builds(curve: tuple[float, ...]) -> bool:
    """Whether the song's last third is louder than its first."""
    if len(curve) < 3:
        return True
    third = max(1, len(curve) // 3)
    return float(np.mean(curve[-third:])) >= float(np.mean(curve[:third]))


def _letter(image, pen: TitlePen, piece: Image.Image, middle: float, ys) -> None:
    """One letter's slice of the line with its foot on the curve at `middle`, turned
    to the curve's chord under it."""
    s = image.size[0]
    centre = int(np.clip(middle, 0, s - 1))
    left, right = (int(np.clip(middle + d * piece.width / 2, 0, s - 1)) for d in (-1, 1))
    chord = (float(ys[right]) - float(ys[left])) / max(1, right - left)
    angle = float(np.clip(math.atan(chord), -TURN, TURN))
    turned = piece.rotate(-math.degrees(angle), Image.Resampling.BICUBIC, expand=True)
    # the letter's centre lifted half its height off the curve along the normal
    cx = middle + math.sin(angle) * piece.height / 2
    cy = float(ys[centre]) - math.cos(angle) * piece.height / 2
    pen.paste(image, turned, (int(cx - turned.width / 2), int(cy - turned.height / 2)), pen.ink, 1)
