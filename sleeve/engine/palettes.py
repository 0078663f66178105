"""Colour from the design language, mood inside it.

The language's curated palettes give the hue family (one is picked by the seed,
leaning toward those whose field suits the mood, or whose hue the words name); then
valence moves the field's lightness within the tone's range, energy the chroma, and
loudness the contrast (how far the colours stand from the field). The key turns the
accent a little. Where the words name a hue no palette of the language has ("golden"
in an indie language of greys), the accent takes that hue; where the title names the
night, the field is dark. Colours are handled in OKLCH with coloraide (gamut mapping keeps
lightness and hue).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from coloraide import Color

from sleeve.engine.color import hue_distance, readable_ink, relative_luminance
from sleeve.engine.languages import TONES, DesignLanguage

RGB = tuple[int, int, int]
LCH = tuple[float, float, float]
VIVID = 0.12  # OKLCH chroma from which a colour keeps its own lightness
NIGHT_FIELD = 0.3  # the darkest a night title's field may be lit (OKLCH lightness)
HINT_NEAR = 40.0  # degrees within which a palette's lead hue is the words' hue
# the accent a named hue gets when no palette has it: at least this chroma, and a
# yellow (hues 60-115) at least this light, since a dark yellow is olive
HINT_CHROMA, HINT_YELLOW_LIGHT = 0.13, 0.78
LOUD_TONES = ("neon", "vivid", "bright", "stark")  # fill with paper or ink, never a shade


@dataclass(frozen=True)
class Palette:
    """Colours chosen for a track.

    background: the dominant field colour; colors: 3-5 main colours, most important
    first; accent: a sparing highlight; ink: a colour that reads on the background
    (for lines and text).
    """

    background: RGB
    colors: tuple[RGB, ...]
    accent: RGB
    ink: RGB


def to_lch(hex_colour: str) -> LCH:
    """A hex colour as OKLCH (L 0..1, C, h degrees; h 0 for greys)."""
    lightness, chroma, hue = Color(hex_colour).convert("oklch").coords()
    return (lightness, chroma, 0.0 if math.isnan(hue) else hue)


def to_rgb(lightness: float, chroma: float, hue: float) -> RGB:
    """OKLCH to 8-bit sRGB, mapped into the gamut without moving lightness or hue."""
    colour = Color("oklch", [min(max(lightness, 0.0), 1.0), max(chroma, 0.0), hue % 360.0])
    r, g, b = colour.fit("srgb", method="raytrace").convert("srgb").coords()
    return (_byte(r), _byte(g), _byte(b))


def _turned(lightness: float, chroma: float, hue: float, turn: float) -> RGB:
    """A vivid colour turned by up to `turn` degrees, but only as far as it keeps its
    chroma in sRGB: a fluoro yellow or lime sits on the gamut's edge, and a few degrees
    off it turned pastel (#FFF000 became #FFF6CC)."""
    straight = to_rgb(lightness, chroma, hue)
    floor = 0.9 * rgb_chroma(straight)
    for share in (1.0, 0.5):
        rgb = to_rgb(lightness, chroma, hue + share * turn)
        if rgb_chroma(rgb) >= floor:
            return rgb
    return straight


def rgb_chroma(rgb: RGB) -> float:
    """The OKLCH chroma of an 8-bit sRGB colour."""
    return float(Color("srgb", [v / 255 for v in rgb]).convert("oklch").coords()[1] or 0.0)


def _byte(channel: float) -> int:
    return max(0, min(255, round(channel * 255)))


def _clip(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else float(x)


def _fill(language: DesignLanguage, colours: list[LCH], count: int) -> list[LCH]:
    """`count` more main colours for a palette with fewer than three: first the
    language's own colours from its other palettes (in catalogue order, leaving out
    any close to one already used), then a deeper shade of the palette's most vivid
    colour toward a darker field in its own hue (never of a yellow), then the accent
    again. A mix toward the field crossed hues and made the mauves, olives and muddy
    browns of the old covers. A loud-coloured language (neon, vivid, bright, stark)
    takes paper or ink against its field instead of a shade: a deeper lime read as
    olive on cumbia, a second gold or red doubled the accent on gospel and afrobeats."""
    if count <= 0:
        return []
    used = list(colours)
    extra: list[LCH] = []
    for palette in language.palettes:
        for lch in (to_lch(c) for c in palette):
            if len(extra) < count and all(_far(lch, other) for other in used):
                used.append(lch)
                extra.append(lch)
    field = colours[0]
    if language.tone in LOUD_TONES:
        inky = field[0] >= 0.6 and language.tone != "bright"  # children's: never black
        neutral = to_lch("#111111" if inky else "#F5F5F5")
        if len(extra) < count and all(_far(neutral, other) for other in used):
            extra.append(neutral)
        return extra + [colours[-1]] * (count - len(extra))
    for source in sorted(colours[1:], key=lambda c: -c[1]):
        if len(extra) >= count:
            break
        shade = (source[0] + 0.5 * (field[0] - source[0]), source[1], source[2])
        # only deeper: a lighter shade is a pastel, and a deeper yellow an olive
        deeper = shade[0] < source[0] and not 60.0 <= source[2] <= 120.0
        if source[1] >= 0.05 and deeper and all(_far(shade, other) for other in used):
            used.append(shade)
            extra.append(shade)
    return extra + [colours[-1]] * (count - len(extra))


def _far(a: LCH, b: LCH) -> bool:
    """Whether two colours are told apart at a glance (OKLab distance over 0.08)."""
    lab = [
        (c[0], c[1] * math.cos(math.radians(c[2])), c[1] * math.sin(math.radians(c[2])))
        for c in (a, b)
    ]
    return math.dist(*lab) > 0.08


def _lead_hue(colours: list[LCH]) -> float | None:
    """The hue of the palette's most chromatic colour (None for a grey palette)."""
    lead = max(colours, key=lambda c: c[1])
    return lead[2] if lead[1] > 0.05 else None


def _has_hue(colours: list[LCH], hue: float) -> bool:
    lead = _lead_hue(colours)
    return lead is not None and hue_distance(lead, hue) <= HINT_NEAR


def _hinted(accent: LCH, hue: float) -> LCH:
    """The accent turned to the hue the words name, vivid enough to show it."""
    lightness = accent[0]
    if 60.0 <= hue <= 115.0:
        lightness = max(lightness, HINT_YELLOW_LIGHT)
    return (min(max(lightness, 0.45), 0.9), max(accent[1], HINT_CHROMA), hue)


def pick_palette(
    language: DesignLanguage, valence: float, hints: tuple[float, ...], rng: np.random.Generator
) -> list[LCH]:
    """One of the language's palettes: one whose hue the words name ("ocean" ->
    blue) when there is one, else a seeded choice leaning toward a field lightness that
    suits the valence (a happy punk song gets the yellow field more often)."""
    palettes = [[to_lch(c) for c in p] for p in language.palettes]
    if hints:
        hues = [_lead_hue(p) for p in palettes]
        near = [(hue_distance(h, hints[0]), i) for i, h in enumerate(hues) if h is not None]
        if near and min(near)[0] <= HINT_NEAR:
            return palettes[min(near)[1]]
    target = 0.2 + 0.7 * valence
    weights = np.array([0.35 + math.exp(-(((p[0][0] - target) / 0.3) ** 2)) for p in palettes])
    return palettes[int(rng.choice(len(palettes), p=weights / weights.sum()))]


def build_palette(
    language: DesignLanguage,
    *,
    valence: float,
    energy: float,
    loudness: float,
    rng: np.random.Generator,
    hints: tuple[float, ...] = (),
    key: int | None = None,
    mode: str | None = None,
    words_valence: float | None = None,
    night: bool = False,
) -> Palette:
    """A track's palette from its design language and mood (see the module doc).
    `words_valence` (the words' own valence, default `valence`) picks the palette, so
    the audio moves the colours within the palette the words chose; `night` darkens
    the field to NIGHT_FIELD at most."""
    tone = TONES[language.tone]
    pick = valence if words_valence is None else words_valence
    colours = pick_palette(language, pick, hints, rng)
    if hints and not _has_hue(colours, hints[0]):
        colours = [*colours[:-1], _hinted(colours[-1], hints[0])]
    (field_l, field_c, field_h), middle, accent = colours[0], colours[1:-1], colours[-1]
    jitter = float(rng.uniform(-6.0, 6.0))
    lo, hi = tone.field_light
    # valence moves the field's lightness; loudness moves it away from the colours
    away = 1.0 if field_l >= float(np.mean([c[0] for c in colours[1:]])) else -1.0
    base = field_l + tone.swing * (2 * valence - 1)
    # a vivid field (neon, gold, a primary) moves less than half as far and never
    # lighter than itself: its chroma lives at its own lightness, and lifting it
    # toward white made loud genres pastel
    give = max(0.4, 1.0 - field_c / 0.15)
    mood = tone.swing * (2 * valence - 1) + away * 0.05 * (2 * loudness - 1)
    light = field_l + give * mood + rng.uniform(-0.02, 0.02)
    if field_c >= 0.12:
        light = min(light, field_l)
    light = _clip(light, lo, hi)
    if night:
        light = min(light, NIGHT_FIELD)
    # energy -> chroma; a loud-coloured tone (vivid, neon, bright) loses less to a calm
    # track: a slow EDM or children's song is still neon or primary, never muddy
    chroma = tone.chroma * ((0.8 + 0.5 * energy) if tone.chroma >= 1.0 else (0.7 + 0.6 * energy))
    contrast = 0.75 + 0.5 * loudness  # loudness -> how far the colours stand from the field
    if language.tone in ("neon", "stark"):  # their black and paper stay black and paper
        contrast = max(contrast, 1.0)

    def moved(colour: LCH, turn: float = 0.0, darker: float = 0.0) -> RGB:
        # contrast moves the near-neutral colours (paper, ink, greys) away from the
        # field; a vivid colour keeps its lightness, where its chroma lives: the mood
        # may darken it a little but never lift it toward white (fluoro yellow and
        # lime went pastel, gold went buff)
        if colour[1] >= VIVID:
            lightness = _clip(colour[0] + min(0.0, give * (base - field_l)) - darker, 0.02, 0.99)
            return _turned(lightness, colour[1] * chroma, colour[2], jitter + turn)
        push = contrast if colour[1] < 0.04 else 1.0 + (contrast - 1.0) * (1 - colour[1] / VIVID)
        lightness = _clip(base + (colour[0] - field_l) * push - darker, 0.02, 0.99)
        return to_rgb(lightness, colour[1] * chroma, colour[2] + jitter + turn)

    background = to_rgb(light, field_c * chroma, field_h + jitter)
    main = [moved(c) for c in [*middle, *_fill(language, colours, 3 - len(middle))]]
    turn, darker = 0.0, 0.0
    if key is not None:  # the key turns the accent a little (circle of fifths), minor darker
        turn = (((key * 7) % 12) - 5.5) * 2.5
        darker = 0.04 if mode == "minor" else 0.0
    accent_rgb = moved(accent, turn, darker)
    dark = relative_luminance(background) < 0.18
    pool = [background, *main, accent_rgb]
    preferred = max(pool, key=relative_luminance) if dark else min(pool, key=relative_luminance)
    ink = readable_ink(background, preferred, 4.5)
    return Palette(background=background, colors=tuple(main[:5]), accent=accent_rgb, ink=ink)
