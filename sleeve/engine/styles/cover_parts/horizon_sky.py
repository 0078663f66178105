"""The loudness horizon's light: the time of day a song gets (valence and the palette's
lightness; dark genres at night, country and folk at a warm dawn or dusk), the colours
of its sky, land and water taken from the palette's hues at that light, and the sky,
sun, moon and stars painted from them.
"""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

TIMES = ("night", "dusk", "dawn", "day")
# genres whose landscape is always at night, and those that want a warm low sun
NIGHT_GENRES = ("metal", "dark_ambient", "post_punk", "goth", "darkwave", "drill", "trap")
WARM_GENRES = ("folk", "country", "americana", "bluegrass")


@dataclass(frozen=True)
class Sky:
    """The colours of one landscape at one time of day."""

    time: str
    top: RGB  # the sky at the top of the cover
    glow: RGB  # the sky at the horizon, and the haze the far land fades into
    body: RGB  # the sun or the moon
    near: RGB  # the nearest land
    water: RGB  # deep water
    lit: RGB  # the sunlit face of a dune
    shade: RGB  # its shaded face


def time_of_day(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Night, dusk, dawn or day from valence and the palette's lightness (a nudge from
    the seed); dark genres stay at night, warm roots genres at a low sun."""
    tags = (direction.genre, direction.language.subgenre)
    lightness = rgb_to_oklch(direction.palette.background)[0]
    score = 0.6 * direction.valence + 0.4 * lightness + rng.uniform(-0.05, 0.05)
    if any(tag in NIGHT_GENRES for tag in tags):
        return "night" if score < 0.55 else "dusk"
    if any(tag in WARM_GENRES for tag in tags):
        return "dusk" if score < 0.55 else "dawn"
    return TIMES[int(np.searchsorted((0.4, 0.52, 0.66), score))]


def _nearest_hue(colours: list[RGB], target: float) -> RGB:
    """The palette colour whose hue is nearest `target` degrees (greys count least)."""

    def distance(colour: RGB) -> float:
        _, chroma, hue = rgb_to_oklch(colour)
        turn = abs((hue - target + 180.0) % 360.0 - 180.0)
        return turn + (200.0 if chroma < 0.03 else 0.0)

    return min(colours, key=distance)


def sky_for(direction: ArtDirection, rng: np.random.Generator) -> Sky:
    """The sky, land and water colours for this song's time of day."""
    pal = direction.palette
    colours = [*pal.colors, pal.accent]
    warm, cool = _nearest_hue(colours, 45.0), _nearest_hue(colours, 255.0)
    land = colours[int(rng.integers(len(colours)))]
    if 80.0 <= rgb_to_oklch(land)[2] <= 125.0:  # dark yellow land reads as mud
        land = cool
    time = time_of_day(direction, rng)
    tone = raster.tone
    if time == "day":
        return Sky(
            time,
            tone(cool, 0.74, 0.08),
            tone(cool, 0.94, 0.025),
            (250, 248, 240),
            tone(land, 0.46, 0.07),
            tone(cool, 0.52, 0.09),
            tone(warm, 0.86, 0.06),
            tone(warm, 0.66, 0.07),
        )
    if time == "dawn":
        return Sky(
            time,
            tone(cool, 0.68, 0.06),
            tone(warm, 0.89, 0.08),
            tone(warm, 0.96, 0.06),
            tone(land, 0.44, 0.06),
            tone(cool, 0.5, 0.07),
            tone(warm, 0.84, 0.08),
            tone(warm, 0.6, 0.09, -12.0),
        )
    if time == "dusk":
        return Sky(
            time,
            tone(cool, 0.27, 0.07),
            tone(warm, 0.68, 0.15),
            tone(warm, 0.82, 0.16),
            tone(cool, 0.16, 0.045),
            tone(cool, 0.22, 0.06),
            tone(warm, 0.62, 0.13),
            tone(warm, 0.34, 0.1, -20.0),
        )
    return Sky(
        time,
        tone(pal.background, 0.1, 0.03),
        tone(cool, 0.34, 0.06),  # moonlit haze low in the sky
        tone(cool, 0.93, 0.025),
        tone(pal.background, 0.06, 0.02),
        tone(cool, 0.12, 0.03),
        tone(cool, 0.36, 0.04),
        tone(cool, 0.16, 0.04),
    )


def haze(near: RGB, far: RGB, t: float) -> RGB:
    """`near` faded towards `far` by t (0 keeps near), mixed in OKLab."""
    lut = raster.color_lut([near, far], n=64)
    return tuple(int(v) for v in lut[round(float(np.clip(t, 0.0, 1.0)) * 63)])  # type: ignore[return-value]


def paint_sky(
    sky: Sky, size: int, horizon: float, sun: tuple[float, float, float] | None
) -> Image.Image:
    """The sky as an RGB image: top colour to the glow at the horizon, and a warm halo
    around the sun (x, y, radius as fractions) when there is one."""
    res = 192
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    t = np.clip(c[:, None] / max(horizon, 0.05), 0.0, 1.0) ** 1.6 + 0.0 * c[None, :]
    if sun is not None:
        sx, sy, sr = sun
        d2 = ((c[None, :] - sx) ** 2 + (c[:, None] - sy) ** 2) / (sr * 2.6) ** 2
        t = np.maximum(t, 0.9 * np.exp(-d2))
    lut = raster.color_lut([sky.top, sky.glow])
    return raster.map_field(t, lut, size)


def disc(draw: aggdraw.Draw, size: int, x: float, y: float, r: float, colour: RGB) -> None:
    """A filled disc (the sun or the moon), centre and radius as fractions of the side."""
    box = ((x - r) * size, (y - r) * size, (x + r) * size, (y + r) * size)
    draw.ellipse(box, aggdraw.Brush(colour))


def stars(
    draw: aggdraw.Draw,
    direction: ArtDirection,
    rng: np.random.Generator,
    size: int,
    below: float,
) -> None:
    """The onsets as stars above `below` (a fraction of the side): one per strong hit."""
    hits = signals.onsets(direction, 128)
    places = rng.random((128, 2)) * np.array([1.0, below])
    ink = aggdraw.Brush((236, 233, 224))
    for (x, y), v in zip(places, hits, strict=True):
        if v > 0.35:
            r = max(0.5, size * 0.0022 * v)
            draw.ellipse((x * size - r, y * size - r, x * size + r, y * size + r), ink)
