"""The loudness horizon as a travel poster (WPA national parks, mid-century railway
posters, screen-printed gig posters): flat inks drawn straight, never a posterised
photo. A sky of a few flat bands whose joins are ordered dither, one huge sun or moon
(a pale ring round it), the song's onsets as stars at night, and landforms of the
song's loudness, each a flat ink that pales into the sky with distance (atmospheric
perspective); slopes facing the light printed a tone lighter, the join slanting down
from each crest as a cut block would.

Inks come from the palette's hues, never its greys: a night is deep blue, teal or
violet (the key picks where the palette has no cool colour), a day a pale sky over
land in the palette's strongest colour; the genre family caps or lifts the chroma.
All edges are over horizon_land.XS in fractions of the side.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_inks import mix
from sleeve.engine.styles.cover_parts.horizon_land import XS

BAYER = (
    np.array(
        [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]],
        np.float32,
    )
    + 0.5
) / 16.0
NIGHT_HUES = (250.0, 285.0, 205.0, 265.0)  # blue, violet, teal, indigo: by the key
RED_MOON = (206, 52, 36)


@dataclass(frozen=True)
class Poster:
    """One cover's inks: the sky from its zenith band to its horizon band, the land
    from far (paling into the sky) to near, its lit faces, the light and the stars."""

    sky: tuple[RGB, ...]  # zenith first
    land: tuple[RGB, ...]  # far first
    lit: tuple[RGB, ...]  # each land ink's sunlit face
    light: RGB  # the sun or moon
    ring: RGB  # the pale ring round it
    star: RGB
    snow: tuple[RGB, RGB]  # a peak's snow: lit, shadow
    night: bool
    sand: tuple[RGB, ...] = ()  # a dune sea's shadowed faces, far first
    sun_sand: tuple[RGB, ...] = ()  # and their lit faces


def _chromatic(d: ArtDirection) -> list[tuple[float, float, float]]:
    pal = d.palette
    out = []
    for c in (*pal.colors, pal.accent, pal.background):
        lch = rgb_to_oklch(c)
        if lch[1] > 0.045:
            out.append(lch)
    return out


def _cool(hue: float) -> bool:
    return 165.0 <= hue <= 315.0


def _lch(lit: float, chroma: float, hue: float) -> RGB:
    return oklch_to_rgb(float(np.clip(lit, 0.0, 1.0)), max(0.0, chroma), hue % 360.0)


def _arc(a: float, b: float) -> float:
    """The hue turn from `a` to `b`, the way round that keeps off the greens (a blue
    to an amber passes through violet and red)."""
    turn = (b - a) % 360.0
    return turn if turn <= 200.0 else turn - 360.0


def _glow_hue(hue: float) -> float:
    """A horizon glow's hue: a yellow, lime or mint glow turned amber (a green band
    low in a banded sky reads as a stain)."""
    return 55.0 if 75.0 <= hue % 360.0 <= 170.0 else hue


def _sky_hue(hue: float) -> float:
    """A sky's hue kept out of the yellows and limes (a banded yellow sky darkens to
    olive at its zenith): towards orange or teal, whichever is nearer."""
    if 80.0 <= hue <= 135.0:
        return 60.0 if hue < 108.0 else 175.0
    return hue


def poster_inks(
    d: ArtDirection, rng: np.random.Generator, night: bool, vivid: float, layers: int, red: bool
) -> Poster:
    """The cover's inks. `night`: a deep blue, teal or violet night under a pale moon
    (`red`: a blood moon); else a day or dusk. `vivid`: the genre's chroma (metal 0.5,
    quiet genres 0.7, sunny ones 1.25). `layers`: how many land inks, far to near."""
    hues = _chromatic(d)
    key = d.key if d.key is not None else int(rng.integers(12))
    strongest = max(hues, key=lambda h: h[1]) if hues else None
    if night:
        cools = [h for h in hues if _cool(h[2])]
        # the palette's cool colour for half the nights, else the key's (a sheet of
        # nights all in the palettes' one blue read as one picture)
        own = cools and rng.random() < 0.5
        hue = max(cools, key=lambda h: h[1])[2] if own else NIGHT_HUES[key % 4]
        warm = [h for h in hues if not _cool(h[2])]
        glow_hue = _glow_hue(warm[0][2]) if warm and rng.random() < 0.5 else hue + 35.0
        turn = _arc(hue, glow_hue)
        c = 0.11 * vivid
        sky = tuple(
            _lch(0.17 + 0.29 * t, c * (0.7 + 0.5 * t), hue + turn * t**1.5)
            for t in np.linspace(0.0, 1.0, 5)
        )
        land = tuple(
            _lch(0.5 - 0.38 * t, c * (0.75 - 0.2 * t), hue - 12.0 * t)
            for t in np.linspace(0.0, 1.0, layers)
        )
        lit = tuple(_lch(rgb_to_oklch(x)[0] + 0.08, c * 0.8, hue + 20.0) for x in land)
        moons = (_lch(0.95, 0.045, 95.0), _lch(0.82, 0.13, 68.0), _lch(0.93, 0.035, hue))
        light = RED_MOON if red else moons[int(rng.choice(3, p=(0.5, 0.3, 0.2)))]
        ring = _lch(rgb_to_oklch(sky[1])[0] + 0.12, c * 0.9, hue + turn * 0.3)
        snow = (_lch(0.86, 0.03, hue), _lch(0.62, 0.06 * vivid, hue))
        shade = tuple(_lch(0.44 - 0.3 * t, c * 0.9, hue + 15.0) for t in np.linspace(0, 1, layers))
        moonlit = tuple(
            _lch(0.62 - 0.26 * t, c * 0.7, hue - 10.0) for t in np.linspace(0, 1, layers)
        )
        star = _lch(0.96, 0.02, 95.0)
        return Poster(sky, land, lit, light, ring, star, snow, True, shade, moonlit)
    # a day: a pale banded sky over land in the palette's strongest hue
    warm = [h for h in hues if not _cool(h[2])]
    cool = [h for h in hues if _cool(h[2])]
    sky_hue = max(cool, key=lambda h: h[1])[2] if cool else 230.0
    glow_hue = max(warm, key=lambda h: h[1])[2] if warm else 70.0
    sun_hue = glow_hue if warm else 45.0  # the palette's warmest strong colour
    land_hue = strongest[2] if strongest else 150.0
    if 75.0 <= land_hue <= 135.0:  # a yellow or lime land darkens to olive: rust or pine
        land_hue = 45.0 if land_hue < 105.0 else 150.0
    light = d.brightness + 0.3 * (rng.random() - 0.5)
    if light < 0.4 and warm:  # a dull, dark-toned song at dusk: a warm sky over cool land
        sky_hue, glow_hue, land_hue = glow_hue - 25.0, glow_hue + 20.0, sky_hue
    sky_hue, glow_hue = _sky_hue(sky_hue), _glow_hue(glow_hue)
    if light > 0.6:  # a bright song's clear day: one hue paling down, the sun stands out
        glow_hue = sky_hue + 15.0
    turn = _arc(sky_hue, glow_hue)
    c = 0.12 * vivid
    zenith = rng.uniform(0.6, 0.76)
    sky = tuple(
        _lch(zenith + (0.94 - zenith) * t, c * (1.0 - 0.4 * t), sky_hue + turn * t**2.2)
        for t in np.linspace(0.0, 1.0, 5)
    )
    far = mix(_lch(0.7, c * 0.7, land_hue + 40.0), sky[-2], 0.35)
    near = _lch(0.24, c * 0.9, land_hue)
    land = tuple(mix(far, near, float(t) ** 0.9) for t in np.linspace(0.0, 1.0, layers))
    lit = tuple(
        _lch(rgb_to_oklch(x)[0] + 0.1, max(rgb_to_oklch(x)[1], c * 0.8), glow_hue) for x in land
    )
    if 75.0 <= sun_hue <= 170.0:  # a yellow sun, never a green or olive one
        light = _lch(0.9, 0.17, 100.0)
    elif rng.random() < 0.6 or rgb_to_oklch(sky[-1])[0] > 0.8:  # no pale sun on a pale glow
        light = _lch(0.72, 0.19 * min(vivid, 1.2), sun_hue)
    else:
        light = _lch(0.97, 0.04, 95.0)
    if red:
        light = RED_MOON
    ring = mix(sky[2], light, 0.3)
    snow = (_lch(0.97, 0.015, 95.0), _lch(0.78, 0.05 * vivid, sky_hue))
    sand_hue = glow_hue if warm and not _cool(glow_hue) else 55.0
    sunlit = tuple(
        _lch(0.84 - 0.22 * t, 0.13 * vivid, sand_hue + 8.0 * t) for t in np.linspace(0, 1, layers)
    )
    shade_hue = sand_hue + _arc(sand_hue, 300.0) * 0.55  # shadows turn to violet
    shade = tuple(
        mix(_lch(0.56 - 0.3 * t, 0.11 * vivid, shade_hue), sky[-1], 0.35 * (1 - t))
        for t in np.linspace(0, 1, layers)
    )
    star = _lch(0.98, 0.01, 95.0)
    return Poster(sky, land, lit, light, ring, star, snow, False, shade, sunlit)


def at_columns(edge: np.ndarray, n: int) -> np.ndarray:
    """An edge over XS at the n pixel columns, (1, n)."""
    return np.interp((np.arange(n) + 0.5) / n, XS, edge).astype(np.float32)[None, :]


class Sheet:
    """A print being pulled: a float RGB array, flat inks laid on it."""

    def __init__(self, n: int) -> None:
        self.n = n
        at = (np.arange(n, dtype=np.float32) + 0.5) / n
        self.y = at[:, None]
        self.x = at[None, :]
        self.px = np.zeros((n, n, 3), np.float32)
        cell = max(1, n // 180)  # the dither's dot: visible as print, not as noise
        idx = np.arange(n) // cell
        self.bayer = BAYER[idx[:, None] % 4, idx[None, :] % 4]

    def lay(self, mask: np.ndarray, colour: RGB, y0: int = 0) -> None:
        """`colour` over the sheet's rows from `y0` through `mask` (0..1 coverage,
        as many rows as it has, its columns all or broadcastable)."""
        ink = raster.rgbf(colour)
        block = self.px[y0 : y0 + mask.shape[0]]
        m = np.broadcast_to(mask, block.shape[:2])[..., None]
        block += (ink - block) * m

    def _rows(self, top: float, foot: float) -> tuple[int, int]:
        """The pixel rows a shape spanning `top`..`foot` (fractions) may touch."""
        return max(0, int(top * self.n) - 2), min(self.n, int(foot * self.n) + 3)

    def sky(self, inks: tuple[RGB, ...], start: float, horizon: float) -> None:
        """Flat bands from `start` (the zenith band above) to `horizon`, each join a
        strip of ordered dither; the rows above `start` one flat ink (a title's calm)."""
        k = len(inks)
        t = np.clip((self.y - start) / max(horizon - start, 1e-3), 0.0, 1.0) * (k - 1)
        base = np.floor(t)
        frac = np.clip((t - base - 0.5) * 2.6 + 0.5, 0.0, 1.0)
        band = np.minimum(base + (frac > self.bayer), k - 1).astype(np.intp)
        table = np.array([raster.rgbf(c) for c in inks], np.float32)
        self.px = table[np.broadcast_to(band, (self.n, self.n))]

    def _round(self, x: float, y: float, r: float) -> tuple[int, int, np.ndarray]:
        """The rows round (x, y) out to r and each pixel's distance from the centre."""
        y0, y1 = self._rows(y - r, y + r)
        return y0, y1, np.sqrt((self.x - x) ** 2 + (self.y[y0:y1] - y) ** 2)

    def disc(self, x: float, y: float, r: float, colour: RGB) -> None:
        y0, _, dist = self._round(x, y, r)
        self.lay(np.clip((r - dist) * self.n + 0.5, 0.0, 1.0), colour, y0)

    def ring(self, x: float, y: float, r0: float, r1: float, colour: RGB) -> None:
        """A flat annulus r0..r1 round (x, y)."""
        y0, _, dist = self._round(x, y, r1)
        inside = np.clip((r1 - dist) * self.n + 0.5, 0.0, 1.0)
        outside = np.clip((dist - r0) * self.n + 0.5, 0.0, 1.0)
        self.lay(inside * outside, colour, y0)

    def land(
        self,
        crest: np.ndarray,
        colour: RGB,
        lit: RGB | None = None,
        sun_left: bool = True,
        depth: float = 0.25,
        slant: float = 0.6,
        floor: np.ndarray | None = None,
        rim: tuple[float, float] | None = None,
    ) -> None:
        """A landform: `colour` from `crest` down (to `floor`), anti-aliased across
        its slope; with `lit`, the faces turned to the light a tone lighter down to
        `depth` under the crest, the join slanting (`slant`) from each summit; with
        `floor` (an edge) only down to it (a peak's snow); with `rim` (dx, dy) the lit
        face is the strip between the crest and itself moved dx away from the light
        and dy down (a dune's crescent)."""
        n = self.n
        edge = at_columns(crest, n)
        slope = np.gradient(edge[0], 1.0 / n)
        norm = np.sqrt(1.0 + slope**2)[None, :]
        low = float(edge.max()) + 0.01 if floor is None else float(floor.max())
        y0, y1 = self._rows(float(edge.min()), low)
        if y0 >= y1:
            return
        ys = self.y[y0:y1]
        below = ys - edge
        cover = np.clip(below / norm * n + 0.5, 0.0, 1.0)
        if floor is not None:
            cover = cover * np.clip((at_columns(floor, n) - ys) * n + 0.5, 0.0, 1.0)
        else:  # under its lowest crest the land is solid
            self.px[y1:] = raster.rgbf(colour)
        self.lay(cover, colour, y0)
        if lit is None:
            return
        if rim is not None:  # the lit flank: under the crest, over its shifted copy
            dx, dy = rim
            moved = np.interp(self.x[0] - (dx if sun_left else -dx), XS, crest) + dy
            f0, f1 = self._rows(float(edge.min()), float(moved.max()))
            band = self.y[f0:f1]
            under = np.clip((band - edge) / norm * n + 0.5, 0.0, 1.0)
            self.lay(under * np.clip((moved[None, :] - band) * n + 0.5, 0.0, 1.0), lit, f0)
            return
        # rising towards the light, over a smoothed slope: no one-column slivers
        k = max(1, n // 30)
        even = np.convolve(np.pad(slope, k, mode="edge"), np.ones(2 * k + 1) / (2 * k + 1), "valid")
        faces = ((even < -0.3) if sun_left else (even > 0.3)).astype(np.float32)
        runs = np.convolve(faces, np.ones(2 * k + 1) / (2 * k + 1), "same")
        faces = (runs > 0.5).astype(np.float32)
        f0, f1 = self._rows(float(edge.min()), min(low, float(edge.max()) + depth))
        band = self.y[f0:f1]
        below = band - edge
        under = np.clip(below / norm * n + 0.5, 0.0, 1.0)
        if floor is not None:
            under = under * np.clip((at_columns(floor, n) - band) * n + 0.5, 0.0, 1.0)
        step = np.clip(below, 0.0, depth) * slant * (1.0 if sun_left else -1.0)
        cols = np.clip(((self.x + step) * n).astype(np.intp), 0, n - 1)
        self.lay(faces[cols] * (below < depth) * under, lit, f0)

    def dot(self, x: float, y: float, r: float, colour: RGB) -> None:
        """A small disc (a star), drawn on its own patch."""
        n = self.n
        x0, x1 = max(0, int((x - r) * n) - 1), min(n, int((x + r) * n) + 2)
        y0, y1 = max(0, int((y - r) * n) - 1), min(n, int((y + r) * n) + 2)
        if x1 <= x0 or y1 <= y0:
            return
        dist = np.sqrt((self.x[:, x0:x1] - x) ** 2 + (self.y[y0:y1] - y) ** 2)
        m = np.clip((r - dist) * n + 0.5, 0.0, 1.0)[..., None]
        patch = self.px[y0:y1, x0:x1]
        patch += (raster.rgbf(colour) - patch) * m

    def image(self) -> Image.Image:
        return raster.to_image(self.px)
