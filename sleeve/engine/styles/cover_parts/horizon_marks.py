"""The loudness horizon's small things, each in the sky's inks: the sun or moon, its
track on water, the song's onsets as stars, and the one small focal thing a landscape
print puts in its wide field (a lighthouse, a pine, a boat).

Sizes and places are fractions of the side; each thing returns its top."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky


def disc(s: Sheet, sky: Sky, x: float, y: float, r: float) -> None:
    """The sun or moon: a flat disc, the air round it lit a little."""
    s.glow(x, y, r * 3.2, mix(sky.glow, sky.disc, 0.5), 0.45 if sky.moon else 0.6)
    s.dot(x, y, r, sky.disc)


def track(s: Sheet, sky: Sky, x: float, top: float, foot: float, r: float) -> None:
    """The disc's light on water below (x, top): level strokes narrowing and
    breaking up towards the viewer."""
    y, k = top + 0.004, 0
    rng = np.random.default_rng(int(x * 1e4))
    while y < foot:
        w = r * (1.1 - 0.5 * (y - top) / max(foot - top, 1e-3)) * float(rng.uniform(0.5, 1.2))
        dx = float(rng.uniform(-0.3, 0.3)) * r
        s.polygon(
            [x - w + dx, x + w + dx, x + w + dx, x - w + dx], [y, y, y + 0.004, y + 0.004], sky.disc
        )
        k += 1
        y += 0.007 + 0.0025 * k


def stars(
    s: Sheet,
    d: ArtDirection,
    rng: np.random.Generator,
    box: tuple[float, float, float, float],
    colour: RGB,
) -> None:
    """The song's strongest onsets as stars across `box` (x0, y0, x1, y1): one star a
    beat that hits, left to right in time, brighter for a harder hit."""
    hits = signals.onsets(d, 64)
    x0, y0, x1, y1 = box
    if y1 - y0 < 0.08:
        return
    for i in np.flatnonzero(hits > np.percentile(hits, 75))[:28]:
        x = x0 + (x1 - x0) * (i + float(rng.random())) / len(hits)
        y = y0 + (y1 - y0) * float(rng.random()) ** 1.4
        s.dot(x, y, 0.0022 + 0.0025 * float(hits[i]), colour)


def snowfall(
    s: Sheet,
    d: ArtDirection,
    rng: np.random.Generator,
    box: tuple[float, float, float, float],
    colour: RGB,
) -> None:
    """Snow falling across `box` (x0, y0, x1, y1), more for a denser song, each flake
    as big as the song's onset where it falls (left to right in time), bigger nearer."""
    hits = signals.onsets(d, 64)
    x0, y0, x1, y1 = box
    for _ in range(int(120 + 160 * d.density)):
        u, v = float(rng.random()), float(rng.random())
        hit = float(hits[min(int(u * len(hits)), len(hits) - 1)])
        r = (0.0018 + 0.0035 * v) * (0.7 + 0.6 * hit)
        s.dot(x0 + (x1 - x0) * u, y0 + r + (y1 - y0 - 2 * r) * v, r, colour)


def lighthouse(s: Sheet, x: float, y: float, size: float, ink: RGB, light: RGB) -> float:
    """A lighthouse standing on (x, y), its lamp lit; `size` its height."""
    w0, w1 = size * 0.16, size * 0.1
    top = y - size
    s.polygon([x - w0, x + w0, x + w1, x - w1], [y + 0.006, y + 0.006, top, top], ink)
    s.polygon(
        [x - w1 * 1.2, x + w1 * 1.2, x],
        [top - size * 0.12, top - size * 0.12, top - size * 0.24],
        ink,
    )
    s.glow(x, top - size * 0.06, size * 0.5, light, 0.5)
    s.dot(x, top - size * 0.06, size * 0.07, light)
    return top - size * 0.24


def pine(s: Sheet, x: float, y: float, size: float, ink: RGB, lean: float) -> float:
    """A lone wind-bent pine on (x, y): a leaning trunk under three flat tiers."""
    top = y - size
    s.polygon(
        [x - 0.004, x + 0.004, x + lean * size + 0.002, x + lean * size - 0.002],
        [y + 0.004, y + 0.004, top, top],
        ink,
    )
    for h, w in ((0.0, 0.55), (0.28, 0.42), (0.52, 0.3)):
        cx, cy = x + lean * size * (1.0 - h), top + size * h
        w *= size
        s.polygon(
            [cx - w, cx + w * 0.9, cx + w * 0.5, cx - w * 0.6],
            [cy + 0.012, cy + 0.012, cy - size * 0.1, cy - size * 0.09],
            ink,
        )
    return top - size * 0.1


def boat(s: Sheet, x: float, y: float, size: float, ink: RGB, sail: RGB) -> float:
    """A small sailing boat afloat on (x, y): a hull and a tall sail lit by the sky."""
    w = size * 0.9
    s.polygon(
        [x - w / 2, x + w / 2, x + w * 0.36, x - w * 0.38],
        [y - size * 0.12, y - size * 0.12, y + size * 0.06, y + size * 0.06],
        ink,
    )
    mast = y - size * 1.2
    s.polygon([x + 0.0015, x + 0.0015, x + w * 0.4], [mast, y - size * 0.16, y - size * 0.16], sail)
    s.polygon(
        [x - 0.0015, x - 0.0015, x - w * 0.28],
        [mast + size * 0.15, y - size * 0.16, y - size * 0.16],
        sail,
    )
    return mast


def clouds(s: Sheet, sky: Sky, rng: np.random.Generator, top: float, foot: float) -> None:
    """Two to four long flat streaks of cloud lit from below between `top` and `foot`
    (a woodblock sky's bands), none where the sky has no room."""
    if foot - top < 0.08:
        return
    if sky.name == "storm":
        storm(s, sky, rng, top, foot)
        return
    lit = mix(sky.glow, sky.disc, 0.35) if sky.name in ("dusk", "dawn") else sky.haze
    ink = mix(sky.zenith, lit, 0.35 if sky.moon else 0.6)
    for _ in range(int(rng.integers(2, 5))):
        y = top + (foot - top) * float(rng.uniform(0.15, 0.95))
        x0 = float(rng.uniform(-0.2, 0.8))
        x1 = x0 + float(rng.uniform(0.18, 0.45))
        h = float(rng.uniform(0.009, 0.02))
        xs = np.linspace(x0, x1, 12)
        arc = np.sin(np.linspace(0.0, np.pi, 12)) ** 0.6
        s.polygon([*xs, x1, x0], [*(y - h * arc), y, y], ink)


def storm(s: Sheet, sky: Sky, rng: np.random.Generator, top: float, foot: float) -> None:
    """Heavy flat cloud bands across the whole sky between `top` and `foot`, a
    woodblock storm: each a dark band with a ragged, sagging underside, the lowest
    lit from below by the moon, one crossing the moon."""
    count = int(rng.integers(4, 7))
    dark, lit = mix(sky.zenith, sky.near, 0.65), mix(sky.zenith, sky.glow, 0.55)
    xs = np.linspace(-0.02, 1.02, 48)
    for i in range(count):
        t = (i + float(rng.uniform(0.1, 0.6))) / count
        y = top + (foot - top) * t
        h = (foot - top) / count * float(rng.uniform(0.7, 1.1))
        sag = np.sin(xs * float(rng.uniform(3.0, 7.0)) + float(rng.uniform(0, 6.28)))
        rag = h * (0.55 + 0.25 * sag + 0.2 * rng.random(48))
        ink = lit if i == count - 1 else dark if i % 2 == 0 else mix(dark, lit, 0.4)
        s.polygon([*xs, 1.02, -0.02], [*(y + rag), y, y], ink)
