"""Colour arithmetic for the engine: sRGB, WCAG contrast and OKLCH.

Pure functions. RGB colours are 8-bit tuples ``(r, g, b)``; OKLCH is
``(L, C, h)`` with L in 0..1, C roughly 0..0.37 and h in degrees 0..360.
"""

from __future__ import annotations

import math

RGB = tuple[int, int, int]
OKLCH = tuple[float, float, float]


def _clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else x


def srgb_to_linear(c: float) -> float:
    """One sRGB channel in 0..1 to linear light in 0..1."""
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def linear_to_srgb(c: float) -> float:
    """One linear-light channel in 0..1 to sRGB in 0..1."""
    c = _clamp(c)
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def relative_luminance(rgb: RGB) -> float:
    """WCAG relative luminance of an 8-bit sRGB colour (0 black .. 1 white)."""
    r, g, b = (srgb_to_linear(v / 255.0) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(rgb_a: RGB, rgb_b: RGB) -> float:
    """WCAG contrast ratio between two colours, 1..21 (order does not matter)."""
    la, lb = relative_luminance(rgb_a), relative_luminance(rgb_b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def _oklab_to_linear(lab_l: float, a: float, b: float) -> tuple[float, float, float]:
    l_ = lab_l + 0.3963377774 * a + 0.2158037573 * b
    m_ = lab_l - 0.1055613458 * a - 0.0638541728 * b
    s_ = lab_l - 0.0894841775 * a - 1.2914855480 * b
    l3, m3, s3 = l_**3, m_**3, s_**3
    return (
        4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
        -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
        -0.0041960863 * l3 - 0.7034186147 * m3 + 1.7076147010 * s3,
    )


def _in_gamut(lin: tuple[float, float, float], eps: float = 1e-4) -> bool:
    return all(-eps <= v <= 1 + eps for v in lin)


def _lch_to_linear(lightness: float, chroma: float, hue: float) -> tuple[float, float, float]:
    rad = math.radians(hue)
    return _oklab_to_linear(lightness, chroma * math.cos(rad), chroma * math.sin(rad))


def _linear_to_rgb(lin: tuple[float, float, float]) -> RGB:
    r, g, b = (round(linear_to_srgb(v) * 255) for v in lin)
    return (r, g, b)


def oklch_to_rgb(lightness: float, chroma: float, hue: float) -> RGB:
    """OKLCH to 8-bit sRGB; out-of-gamut colours keep L and h and lose chroma."""
    lightness = _clamp(lightness)
    chroma = max(0.0, chroma)
    lin = _lch_to_linear(lightness, chroma, hue)
    if _in_gamut(lin):
        return _linear_to_rgb(lin)
    lo, hi = 0.0, chroma
    for _ in range(24):
        mid = (lo + hi) / 2
        if _in_gamut(_lch_to_linear(lightness, mid, hue)):
            lo = mid
        else:
            hi = mid
    return _linear_to_rgb(_lch_to_linear(lightness, lo, hue))


def rgb_to_oklch(rgb: RGB) -> OKLCH:
    """8-bit sRGB to OKLCH ``(L, C, h)``; h is 0 for greys."""
    r, g, b = (srgb_to_linear(v / 255.0) for v in rgb)
    lc = 0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b
    mc = 0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b
    sc = 0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b
    l_, m_, s_ = (math.copysign(abs(v) ** (1 / 3), v) for v in (lc, mc, sc))
    lab_l = 0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_
    a = 1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_
    bb = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_
    chroma = math.hypot(a, bb)
    hue = math.degrees(math.atan2(bb, a)) % 360.0 if chroma > 1e-6 else 0.0
    return (lab_l, chroma, hue)


# yellows darkened keep their hue into olive and khaki, which every review read as mud;
# below MUD_LIGHTNESS they turn toward a deep orange-red instead (a painter's dark yellow)
MUD_HUES = (72.0, 125.0)  # OKLCH hues of gold, yellow, lime-yellow and olive
MUD_LIGHTNESS, MUD_DEPTH, MUD_TARGET = 0.68, 0.2, 40.0


def unmuddied_hue(lightness: float, chroma: float, hue: float) -> float:
    """The hue a colour of this lightness and chroma should take so that it does not
    read as mud: a yellow or gold darker than MUD_LIGHTNESS turns toward MUD_TARGET
    (fully at MUD_DEPTH below it); greys and every other hue keep their own."""
    low, high = MUD_HUES
    if chroma < 0.03 or not low <= hue % 360.0 <= high or lightness >= MUD_LIGHTNESS:
        return hue
    depth = _clamp((MUD_LIGHTNESS - lightness) / MUD_DEPTH)
    edge = _clamp((high - hue % 360.0) / 15.0)  # greens past the band keep their hue
    return hue + (MUD_TARGET - hue % 360.0) * depth * edge


def hue_distance(a: float, b: float) -> float:
    """The angle between two hues in degrees, 0..180."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


def hue_gap(a: RGB, b: RGB) -> float:
    """How far apart two colours' OKLCH hues are (degrees, 0..180)."""
    return hue_distance(rgb_to_oklch(a)[2], rgb_to_oklch(b)[2])


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Blend from ``a`` (t=0) to ``b`` (t=1) in linear light."""
    t = _clamp(t)
    out = []
    for ca, cb in zip(a, b, strict=True):
        la, lb = srgb_to_linear(ca / 255.0), srgb_to_linear(cb / 255.0)
        out.append(round(linear_to_srgb(la + (lb - la) * t) * 255))
    return (out[0], out[1], out[2])


def blend(a: RGB, b: RGB, t: float) -> RGB:
    """Blend from ``a`` (t=0) to ``b`` (t=1) in sRGB values, as a flat print mixes two
    inks (mix blends in linear light, as light does)."""
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return r, g, bl


def to_hex(rgb: RGB) -> str:
    """``(255, 128, 0)`` -> ``"#ff8000"``."""
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, int(v))) for v in rgb))


def from_hex(text: str) -> RGB:
    """``"#ff8000"``, ``"ff8000"`` or ``"#f80"`` -> ``(255, 128, 0)``."""
    s = text.strip().lstrip("#")
    if len(s) == 3:
        s = "".join(ch * 2 for ch in s)
    if len(s) != 6:
        raise ValueError(f"not a hex colour: {text!r}")
    v = int(s, 16)
    return ((v >> 16) & 255, (v >> 8) & 255, v & 255)


def readable_ink(background: RGB, preferred: RGB, min_ratio: float = 4.5) -> RGB:
    """``preferred`` if it reads on ``background``, else the nearest tint or shade
    of it (toward white or black) that does; falls back to black or white."""
    if contrast_ratio(preferred, background) >= min_ratio:
        return preferred
    dark_bg = relative_luminance(background) < 0.18
    target: RGB = (255, 255, 255) if dark_bg else (0, 0, 0)
    for step in range(1, 21):
        cand = mix(preferred, target, step / 20)
        if contrast_ratio(cand, background) >= min_ratio:
            return cand
    other: RGB = (0, 0, 0) if dark_bg else (255, 255, 255)
    best = max((target, other), key=lambda c: contrast_ratio(c, background))
    return best
