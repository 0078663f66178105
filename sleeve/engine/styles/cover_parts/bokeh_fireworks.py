"""One firework bursting over a dark city, shot slow and a little out of focus: its
stars drawn out into streaks that droop as they fall, each streak thin and hot near
the heart and bleeding at its end into a big soft disc (bigger for the stars flying
toward the lens), the smoke lit round it, a few sparks falling; under it the city's
line black against the lit haze, its windows tiny dim lights (or, for half the songs,
a harbour: dark water under a low far shore, the burst's light broken on its ripples
into vertical glitter, choppier for loud music). The onsets set each
streak's reach (the burst's ragged shape is the rhythm), the energy how many streaks
and how fast (calm music: a slow willow drooping far; loud: a crisp chrysanthemum and a
second far burst), the seed where it bursts and the skyline.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_photo as bp
from sleeve.engine.styles.cover_parts.bokeh_lights import light_rows

GOLD = np.array([1.0, 0.76, 0.36], np.float32)


def _burst(
    rng: np.random.Generator,
    music: lens.Music,
    centre: tuple[float, float],
    size: float,
    tint: tuple[int, int],
    core: ImageDraw.ImageDraw,
    bleed: ImageDraw.ImageDraw,
    cols: np.ndarray,
    dim: float,
) -> np.ndarray:
    """One burst: its streaks drawn thin on `core` and wide on `bleed` (blurred more);
    returns its tips' discs as light rows."""
    bx, by = centre
    count = 18 + int(round(22 * music.energy))
    jitter = rng.uniform(-0.3, 0.3, count)
    ang = rng.uniform(0, 2 * np.pi) + 2 * np.pi * (np.arange(count) + jitter) / count
    reach = size * (0.55 + 0.45 * music.pulse(count, int(rng.integers(0, 128))))
    toward = rng.uniform(-1, 1, count)  # stars flying toward the lens: bigger discs
    droop = size * (0.45 - 0.3 * music.energy)  # calm: a willow, drooping far
    t = np.linspace(0.1, 1.0, 14)
    hot = np.array([1.0, 0.95, 0.85])
    rows = []
    burn = rng.uniform(0.5, 1.0, count)  # each star burns its own brightness
    shade = (cols[tint[0]] * t[:, None] + hot * (1 - t[:, None])) * (0.3 + 0.5 * t[:, None])
    for a, r, w, b in zip(ang, reach, toward, burn, strict=True):
        px = bx + r * t * np.cos(a)
        py = by + r * t * np.sin(a) + droop * t**2.2
        pts = [bp._p(x, y) for x, y in zip(px, py, strict=True)]
        fills = [tuple(f) for f in np.clip(shade * (255 * dim * b), 0, 255).astype(int).tolist()]
        for j in range(len(pts) - 1):  # thin and hot at the heart, wide and soft outward
            fill = fills[j]
            if 0.25 < t[j] < 0.8:  # the heart already dark: its stars have flown
                core.line([pts[j], pts[j + 1]], fill=fill, width=1)
            if t[j] > 0.35:
                wide = 1 + int(5 * (t[j] - 0.35) * (1.3 + 0.5 * w))
                bleed.line([pts[j], pts[j + 1]], fill=fill, width=wide)
        tip = (0.04 + 0.022 * w + 0.012 * rng.random()) * (size / 0.4)
        rows.append(
            light_rows(
                px[-4:][::3],
                py[-4:][::3],
                tip * np.array([0.7, 1.0]),
                np.array([tint[0], tint[1]]),
                dim * b * np.array([0.25, 0.5]),
            )
        )
    return np.concatenate(rows)


def _city(rng: np.random.Generator, base: float) -> tuple:
    """A skyline's blocks along the bottom (x0, x1, top) and its lit windows."""
    blocks, x = [], -0.02
    while x < 1.02:
        w = rng.uniform(0.03, 0.09)
        h = base - rng.uniform(0.0, 0.08) - (rng.random() < 0.12) * rng.uniform(0.05, 0.12)
        blocks.append((x, x + w, h))
        x += w * rng.uniform(0.7, 1.0)
    lit = []
    for x0, x1, h in blocks:
        for _ in range(int(rng.integers(0, 3))):
            lit.append((rng.uniform(x0 + 0.005, x1 - 0.005), rng.uniform(h + 0.01, 1.0)))
    return blocks, np.asarray(lit, np.float64).reshape(-1, 2)


def _harbour(
    rng: np.random.Generator, music: lens.Music, light: np.ndarray, shore: float, c: dict, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Dark water from the far shore (`shore`, a low strip of land with a few lamps)
    down, and the burst's light laid on its ripples as broken vertical glitter, as long
    as the burst is bright above it and fading toward the lens; loud music chops the
    water into shorter dashes. Returns the water's mask (front) and the glitter (over)."""
    res = bp.RES
    y = lens.YY[:, 0]
    land = shore - rng.uniform(0.008, 0.02)
    hills = land - 0.012 * np.abs(np.sin(lens.XX[0] * rng.uniform(3, 7) + rng.uniform(0, 6)))
    front = (y[:, None] >= hills[None, :]).astype(np.float32)
    above = light[: int(shore * res)].max(axis=0)  # each column's brightest light above
    kernel = np.ones(5, np.float32) / 5
    above = np.stack([np.convolve(above[:, i], kernel, "same") for i in range(3)], 1)
    above = np.clip(above - 0.15, 0.0, None) * 1.4  # the sky's glow leaves no path
    depth = np.clip((y - shore) / 0.3, 0.0, None)
    fade = np.exp(-depth) * (y > shore)
    dash = 3 + int(round(8 * (1 - music.energy)))  # calm water: long dashes of light
    chops = Image.fromarray((rng.random((res // 2, res // dash)) * 255).astype(np.uint8))
    rip = np.asarray(chops.resize((res, res), Image.Resampling.BICUBIC), np.float32) / 255.0
    rip = np.clip((rip - 0.5) * 3.0, 0.0, 1.0)  # soft dashes, wider than tall
    over = (fade[:, None] * rip)[..., None] * above[None, :, :] * 0.9
    lamps = 5 + int(rng.integers(0, 6))  # the far shore's lamps
    rows = light_rows(rng.random(lamps), land + rng.uniform(-0.004, 0.006, lamps), 0.004, 0, 0.6)
    over += lens.glass(rows, np.asarray([c["lamp"]] * k, np.float32), 0.0, 0.0, 0.0, 0.0)
    return front, over.astype(np.float32)


def fireworks(rng: np.random.Generator, c: dict, band: str, n: int, music: lens.Music) -> bp.Shot:
    """The scene (see the module's docstring); the focal box holds the burst."""
    top = band == "top"
    cols = np.asarray(c["lights"], np.float32).copy()
    if float(np.ptp(cols, axis=1).max()) < 0.3:  # grey lights: the fireworks burn gold
        cols[0] = GOLD
    k = len(cols)
    harbour = rng.random() < 0.5  # over dark water, not a city
    base = rng.uniform(0.84, 0.9)  # the city's roofline
    if harbour:  # the far shore higher: room for the water and the burst's glitter on it
        base = rng.uniform(0.7, 0.74) if top else rng.uniform(0.56, 0.6)
    haze = c["low"] * (0.9 if top else 0.35)  # under a title the city's sky stays dark
    ground = bp.sky(c["sky"] * 0.45, haze, base, c["sky"] * 0.3)
    size = 0.42 - 0.1 * music.energy + rng.uniform(0.0, 0.06)
    bx = 0.5 + float(rng.choice((-1, 1))) * rng.uniform(0.04, 0.16)
    by = rng.uniform(0.52, 0.58) if top else rng.uniform(0.3, 0.36)
    if top:  # the burst's crown stays under the title's band (its streaks sat on the title)
        by += 0.06
        size = min(size, by - 0.36)
    if harbour:  # a smaller burst standing well above the water
        size *= 0.62
        by = base - size * 1.25
    core = Image.new("RGB", (bp.RES, bp.RES), 0)
    bleed = Image.new("RGB", (bp.RES, bp.RES), 0)
    draw = (ImageDraw.Draw(core), ImageDraw.Draw(bleed))
    tint = (int(rng.integers(0, k)), int(rng.integers(0, k)))
    rows = [_burst(rng, music, (bx, by), size, tint, *draw, cols, 1.0)]
    if music.energy > 0.55:  # a second, smaller burst further off
        fx = bx + (0.34 if bx < 0.5 else -0.34)
        fy = by - rng.uniform(0.04, 0.12) if top else by + rng.uniform(-0.08, 0.06)
        second = ((tint[0] + 1) % k, (tint[1] + 1) % k)
        rows.append(_burst(rng, music, (fx, max(fy, 0.2)), size * 0.4, second, *draw, cols, 0.5))
    sparks = 10 + int(rng.integers(0, 8))  # falling below the burst
    rows.append(
        light_rows(
            bx + rng.normal(0, size * 0.6, sparks),
            by + size * rng.uniform(0.5, 1.2, sparks),
            rng.uniform(0.004, 0.01, sparks),
            tint[1],
            rng.uniform(0.3, 0.7, sparks),
        )
    )
    streaks = np.asarray(core.filter(ImageFilter.GaussianBlur(0.6)), np.float32) / 255.0
    soft = np.asarray(bleed.filter(ImageFilter.GaussianBlur(2.5)), np.float32) / 255.0
    light = (
        1.1 * streaks + 0.8 * soft + lens.glass(np.concatenate(rows), cols, 0.45, 0.55, 0.07, 0.08)
    )
    light += bp.glow(bx, by + size * 0.2, size * 1.3, size * 1.2, cols[tint[0]], 0.22)  # smoke
    ground += bp.glow(bx, base, 0.7, 0.08, cols[tint[0]], 0.25 if top else 0.06)  # lit haze
    if harbour:  # the burst's light on the water's ripples
        front, over = _harbour(rng, music, light, base, c, k)
    else:
        blocks, lit = _city(rng, base)

        def skyline(d: ImageDraw.ImageDraw) -> None:
            for x0, x1, h in blocks:
                d.rectangle([bp._p(x0, h), bp._p(x1, 1.02)], fill=255)

        front = bp._mask(skyline, 1.0)
        windows = light_rows(lit[:, 0], lit[:, 1], 0.004, int(rng.integers(0, k)), 0.4)
        over = lens.glass(windows, np.asarray([c["lamp"]] * k, np.float32), 0.0, 0.0, 0.0, 0.0)
    light = lens.burn(light, 0.8) * lens.hush(band, 0.16, 0.3)
    over = over * lens.hush(band, 0.16, 0.2)
    x0, y0, x1, y1 = compose.around(bx, by + size * 0.15, size * 1.05, size * 1.05)
    box = (x0, y0, x1, min(y1, base))  # the burst, above the city
    return bp.Shot(ground, light, front, c["sky"] * 0.12, bp.clear_of_band(box, band), over)
