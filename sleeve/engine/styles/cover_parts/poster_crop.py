"""The typographic poster's crop (Reid Miles' Blue Note sleeves): one word of the title
set so big it runs off the frame, a flat shape of colour cropped by two edges, against
the whole title small and tracked on the grid's left margin with a hairline over it.
The song moves it: the giant word's letters step with the song's loudness, each standing
as far into the frame as the song is loud in its share of the song (a quiet intro's
letter sunk under the edge, the drop's reaching out of it), so two songs cut one word
to two skylines; the louder, the bigger the giant word and the more of it the frame
cuts off; the slower, the wider the small title's letter-spacing; the word is the one
where the song peaks, standing high for an early peak and low for a late one. Or, on
a song whose loudness barely moves (the skyline would stand flat) and on some seeds,
the corner: the word's first letter alone, cut by two edges of the frame, bigger the
louder the song (Lágrimas en la lluvia and Postcode Winter had both drawn four giant
letters over a small title: one template to the reviewers of round 16).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine.color import contrast_ratio, mix
from sleeve.engine.glyphs import draw_line, ink_extent, run_width
from sleeve.engine.scripts import clusters, dominant_script, is_cjk, script_of
from sleeve.engine.styles.cover_parts.poster_bold import _heavy
from sleeve.engine.styles.cover_parts.poster_grid import _capitals
from sleeve.engine.styles.cover_parts.poster_kit import Poster, TitlePen, paint, rule
from sleeve.engine.styles.cover_parts.poster_more import SPACED_SCRIPTS, STEP_SCRIPTS
from sleeve.engine.styles.cover_parts.poster_spine import _needed_px
from sleeve.engine.styles.cover_parts.poster_stack import peak_share
from sleeve.engine.title_lines import Line, fit_lines

M = 0.075  # margin, share of the side
GAP = 0.05  # between the small title and the giant word, of the side
CUT = (0.1, 0.34)  # how much of the giant word's height the frame cuts off (calm, loud)
RUN = 1.12  # the giant word at least this many times the side wide (it runs off)
TRACK = (70.0, 130.0, 0.32)  # tempo at the widest and at no tracking; widest, per px
FIT = 1.08  # the small title's letters this many times LETTER at 64 px (small, legible)
STRETCH = 1.6  # the most the small title is drawn up (a wide face: Unbounded, Nunito)
JOINED = ("Arab", "Hebr", "Thai", "Deva")  # scripts whose words break apart when cut
OVERHANG = 0.35  # room past a line's advance for its last letter's ink, of the type size
MOST = 26  # characters of the small title (longer, three lines leave the giant no room)
LIFT = 0.42  # the most a giant letter stands out of the frame past the quietest, of its
# height (a song whose loudness spans FULL or more steps its letters this far)
SHOWN = 4  # the giant word's letters in view, at the most
DRAWN_UP = 2.0  # the most those letters are drawn taller than they are cut
FLAT = 0.08  # a loudness range (0..1) under this steps no skyline: the corner's share
CORNER = (0.3, 0.75)  # the corner's share of seeds (a moving song, a flat one)
FULL = 0.2  # the loudness range (0..1) that steps the letters LIFT apart


def tracking(bpm: float) -> float:
    """The small title's letter-spacing per pixel of type size: wide for a slow song,
    none from TRACK[1] BPM up."""
    slow, fast, widest = TRACK
    return float(widest * np.clip((fast - bpm) / (fast - slow), 0.0, 1.0))


def _tracked(track: float):
    """A line measure that adds `track` per pixel of type size between letters."""

    def measure(text: str, face, px: int) -> float:
        return run_width(text, face, px) + track * px * max(0, len(clusters(text)) - 1)

    return measure


def _spaced(text: str) -> bool:
    """Whether every letter is Latin, Greek or Cyrillic (tracked letter by letter)."""
    return all(script_of(c) in SPACED_SCRIPTS for c in text if c.isalpha())


def _small_block(text: str, face, s: int, track: float) -> tuple[list[Line], list, int]:
    """The small title's lines (up to three), tracked (Latin, Greek and Cyrillic;
    other scripts set as they are), and each as a mask; and its type size (drawn up,
    the size its letters stand at)."""
    track = track if _spaced(text) else 0.0
    want = _needed_px(text, face, s) * FIT
    for count in (1, 2, 3):  # the fewest lines that set it `want` big (more lines shrink)
        lines, px = fit_lines(
            text, face, s, width_frac=1 - 2 * M, measure=_tracked(track), lines=count,
            max_px=int(want * (1 + 0.12 * (count - 1))),
        )  # fmt: skip
        if px >= want / FIT:
            break
    masks = []
    for line in lines:
        up, down = ink_extent(line, face, px)
        # the fitted line's width: it measured each script's run in its own face (the
        # title's face alone measured "별빛 PARADE" short, and cut it "별빛 PARAI"), and
        # room for a slanted face's last letter, whose ink runs past its advance (SLOW BURN)
        wide = max(line.width, _tracked(track)(line.text, face, px)) + px * OVERHANG
        mask = Image.new("L", (max(1, int(np.ceil(wide)) + 2), max(1, int(up + down + 2))), 0)
        if track:
            x = 0.0
            for part in clusters(line.text):
                step = run_width(part, face, px)
                draw_line(mask, x, up + 1, Line(part, step), face, px, 255)
                x += step + track * px
        else:
            draw_line(mask, 0, up + 1, line, face, px, 255)
        right = (mask.getbbox() or (0, 0, 1, 1))[2]
        masks.append(mask.crop((0, 0, right, mask.height)))  # as wide as its ink
    # a wide face drawn up (as wood type is cut) where it stands under `want` at the width
    stretch = float(np.clip(want / max(1, px), 1.0, STRETCH))
    if stretch > 1.0:
        masks = [m.resize((m.width, round(m.height * stretch)), Image.LANCZOS) for m in masks]
    return lines, masks, int(px * stretch)


def giant_word(text: str, share: float) -> str:
    """The word cut huge: the one where the song peaks (of three letters or more); of a
    title without spaces (Chinese, Japanese) its first character."""
    words = text.split()
    if len(words) == 1 and is_cjk(words[0][0]):
        return clusters(words[0])[0]
    long = [k for k, word in enumerate(words) if len(word) >= 3] or list(range(len(words)))
    return words[min(long, key=lambda k: abs(k - share * (len(words) - 1)))]


@lru_cache(maxsize=1024)
def crop_fits(plain: str, face) -> bool:
    """Whether the title takes the crop: letters that stand alone (Latin, Greek,
    Cyrillic, CJK, Hangul; a cropped Arabic or Thai word reads as broken), at most
    MOST characters, its small setting FIT times LETTER at 64 px."""
    text = _capitals(plain)
    if not text.strip() or dominant_script(text) not in STEP_SCRIPTS:
        return False
    if any(script_of(c) in JOINED for c in text):  # "حبيبي Habibi": never cut nor tracked
        return False
    if len([c for c in clusters(text) if c.strip()]) > MOST:
        return False
    px = _small_block(text, face, 1000, 0.0)[2]
    return px >= _needed_px(text, face, 1000)


def steps(count: int, curve: tuple[float, ...]) -> np.ndarray:
    """How far each of `count` letters stands out of the frame, 0..1 of LIFT: the song's
    mean loudness over the letter's share of its length, from the quietest letter's (0)
    up, scaled by how much the loudness moves (a flat song, flat letters)."""
    if count < 2 or len(curve) < 2:
        return np.zeros(count)
    level = np.asarray(curve, float)
    edges = np.linspace(0, len(level), count + 1).astype(int)
    pairs = zip(edges, edges[1:], strict=False)
    means = np.array([level[a : max(b, a + 1)].mean() for a, b in pairs])
    span = float(np.ptp(means))
    if span < 1e-6:
        return np.zeros(count)
    return (means - means.min()) / span * min(1.0, span / FULL)


def _giant(
    word: str, face, s: int, tall: float, curve: tuple[float, ...] = (), low: bool = True
) -> tuple[Image.Image, bool]:
    """The word's ink `tall` high, drawn bigger where it would not run off the side;
    the letters the frame shows raised (`low`: the word stands on the frame's foot) or
    lowered (it hangs from the head) into it by the song's loudness (steps: the whole
    song across the letters in view); and whether its letters step."""
    probe = 400
    up, down = ink_extent(Line(word, 0), face, probe)
    px = probe * tall / max(1, up + down)
    if run_width(word, face, int(px)) < s * RUN:  # a short word: wider, to run off
        px = min(px * s * RUN / max(1.0, run_width(word, face, int(px))), px * 1.6)
    parts = clusters(word)
    if len(parts) > SHOWN and len(curve) > 1:  # a long word: SHOWN letters in view, the
        # skyline of the song's loudness (two letters of it drew one step)
        head = "".join(parts[:SHOWN])
        px = min(px, px * s * 1.04 / max(1.0, run_width(head, face, int(px))))
    px = int(px)
    up, down = ink_extent(Line(word, 0), face, px)
    line = Line(word, run_width(word, face, px))
    starts = [run_width("".join(parts[:k]), face, px) if k else 0.0 for k in range(len(parts))]
    shown = sum(1 for x in starts if x < s * (1 - M))  # letters starting inside the frame
    lift = steps(shown, curve)
    lift = np.concatenate([lift, np.full(len(parts) - shown, lift[-1] if shown else 0.0)])
    if not lift.any():
        mask = Image.new("L", (int(line.width) + 2, int(up + down) + 2), 0)
        draw_line(mask, 0, up + 1, line, face, px, 255)
        return mask.crop(mask.getbbox() or (0, 0, 1, 1)), False
    reach = (up + down) * LIFT
    mask = Image.new("L", (int(line.width) + 2, int(up + down + reach) + 2), 0)
    for part, x, step in zip(parts, starts, lift, strict=True):  # kerned as the word
        drop = reach * ((1.0 - step) if low else step)
        draw_line(mask, x, up + 1 + drop, Line(part, 0), face, px, 255)
    return mask.crop(mask.getbbox() or (0, 0, 1, 1)), True


def _flat(curve: tuple[float, ...]) -> int:
    """1 where the song's loudness moves under FLAT across the letters (no skyline)."""
    return int(float(np.ptp(steps(SHOWN, curve) * min(1.0, FLAT))) < 1e-6 or len(curve) < 2
               or float(np.ptp(np.asarray(curve, float))) < FLAT)  # fmt: skip


def crop(image: Image.Image, p: Poster, rng: np.random.Generator) -> TitlePen:
    """The giant word in a flat colour bleeding off the frame's foot (or head) and one
    side, the whole title small on the left margin in the band it leaves, a hairline
    on the grid beside it."""
    s = p.size
    face = _heavy(p)
    text = _capitals(p.plain or p.text)
    lines, masks, px = _small_block(text, face, s, tracking(p.tempo))
    lead = int(px * 0.18)
    tall = sum(m.height + lead for m in masks) - lead
    high = (peak_share(p) < 0.5) != (rng.random() < 0.25)  # the giant word high or low
    pen = TitlePen(s)
    room = s * (1 - M - GAP - (0.03 if p.small else 0.0)) - tall  # the giant's
    # visible height (the qualifiers' line kept clear under the title)
    cut = CUT[0] + (CUT[1] - CUT[0]) * p.energy + rng.uniform(-0.03, 0.03)
    word = giant_word(text, peak_share(p))
    corner = rng.random() < CORNER[_flat(p.curve)]
    if corner:  # one letter, cut by the side as well as the foot or head
        word = clusters(word)[0]
        cut = min(0.45, cut + 0.08)
    giant, stepped = _giant(word, face, s, room / (1 - cut), () if corner else p.curve,
                            low=not high)  # fmt: skip
    tone = p.accent if contrast_ratio(p.accent, p.ground) >= 1.5 else mix(p.ink, p.ground, 0.5)
    if p.quiet:  # an ambient or classical page: the giant word in the ground's own tone
        light = sum(p.ground) > sum(p.ink)  # on paper a fifth of the ink all but vanished
        tone = mix(p.ground, p.ink, 0.32 if light else 0.2)
    bleed = rng.random() < 0.4  # its first letter cut by the left edge too
    gx = -int(giant.width * rng.uniform(0.04, 0.1)) if bleed else int(s * M)
    if corner:  # the letter cut by a side, a fifth to a third of it, the louder the more
        off = giant.width * (0.18 + 0.15 * p.energy)
        gx = int(s - giant.width + off) if rng.random() < 0.6 else -int(off)
    letter = giant.height / (1 + LIFT) if stepped else giant.height  # a letter's ink
    shown = giant.height - letter * cut  # the frame cuts the loudest letter `cut` of it
    if shown < room:  # a long word set to show SHOWN letters: drawn up to fill the band
        tall_by = min(DRAWN_UP, room / shown)  # (as wood type is cut), not left floating
        giant = giant.resize((giant.width, round(giant.height * tall_by)), Image.LANCZOS)
        shown *= tall_by
    shown = min(room, shown)
    gy = int(s - shown) if not high else int(shown - giant.height)
    paint(image, giant, tone, (gx, gy))
    x = int(s * M)
    y = int(s * M) if not high else int(s * (1 - M) - tall)
    wide = max(m.width for m in masks)
    rule(image, y - s * 0.025, x, x + min(s * (1 - 2 * M), max(wide, s * 0.3)), p.ink)
    for line, mask in zip(lines, masks, strict=True):
        pen.paste(image, mask, (x, y), p.ink, sum(1 for c in line.text if not c.isspace()))
        y += mask.height + lead
    return pen
