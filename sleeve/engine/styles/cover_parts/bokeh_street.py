"""A wet night road seen low from its kerb, out of focus: the road runs off to a far
end well to one side of the frame (bending a little as it goes), its lamps marching
along the near kerb, the nearest huge and cropped by the frame, the rest shrinking
into the distance, each smeared down the wet tarmac; car trails sweep along the lanes
toward the far end, red going away and white coming on; on the far kerb only a few
small lights. One strong diagonal with depth, never the symmetric V of two lamp rows.

The tempo spaces the lamps (one a beat: a fast song packs them), the onsets light
them (a bright lamp on a hit, a dim one between), the energy brings the traffic (more
lanes, brighter) and the trails break where the rhythm rests; the seed the side, the
bend and where the road ends.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_photo as bp
from sleeve.engine.styles.cover_parts.bokeh_lights import light_rows


def _lamp_count(tempo: float) -> int:
    """Lamps along the kerb from the near one to the far end: one a beat, so a fast
    song packs the line (78 BPM 8 lamps, 170 BPM 17)."""
    return int(np.clip(round(tempo / 10.0), 6, 20))


def street(rng: np.random.Generator, c: dict, band: str, n: int, music: lens.Music) -> bp.Shot:
    """The scene (see the module's docstring); the focal box holds the lamp line."""
    top = band == "top"
    side = float(rng.choice((-1.0, 1.0)))  # where the road's far end lies
    vx = 0.5 + side * rng.uniform(0.14, 0.26)
    vy = rng.uniform(0.6, 0.66) if top else rng.uniform(0.4, 0.46)
    bend = rng.uniform(-0.012, 0.012)  # the road curves a little in the distance
    ground = bp.sky(c["sky"], c["low"], vy, c["sky"] * 0.4)
    lamp = c["lamp"]
    cols = np.asarray([lamp, c["tail"], c["head"], *c["lights"]], np.float32)
    count = _lamp_count(music.tempo)
    near = 0.8 if not top else 1.1  # under a title above, the nearest lamp stands back
    z = near + (9.0 - near) * np.arange(count) / max(count - 1, 1)  # evenly spaced poles
    kerb = rng.uniform(0.42, 0.55)  # the near kerb's offset from the eye
    # the lamps' height above the eye: towering under a title below, low under one above
    height = (vy - 0.36) * 0.7 if top else rng.uniform(0.3, 0.42)
    x = vx - side * kerb / z + bend * z
    y = vy - height / z
    r = 0.005 + 0.09 / z
    pulse = music.pulse(count, int(rng.integers(0, 128)))
    alpha = np.clip((0.35 + 0.65 * pulse) * (0.7 + 0.3 / z), 0.0, 1.0)
    rows = [light_rows(x, y, r, 0, alpha), light_rows(x, y, r * 2.2, 0, alpha * 0.08)]
    eye = (1.0 - vy) * 0.8  # the eye over the tarmac: the road meets the frame's foot
    road_y = vy + eye / z
    if rng.random() < 0.4:  # lamps on the far kerb too: small, packed toward the end
        fx = vx + side * kerb * rng.uniform(0.4, 0.7) / z[1:] + bend * z[1:]
        fa = alpha[1:][::-1] * 0.7
        rows.append(light_rows(fx, vy - height * 0.8 / z[1:], r[1:] * 0.7, 0, fa))
    far = 4 + int(rng.integers(0, 4))  # a few small lights on the far kerb
    fz = rng.uniform(2.5, 9.0, far)
    rows.append(
        light_rows(
            vx + side * rng.uniform(0.4, 0.9, far) / fz + bend * fz,
            vy - rng.uniform(0.02, 0.2, far) / fz,
            0.004 + 0.03 / fz,
            rng.integers(3, len(cols), far),
            rng.uniform(0.4, 0.8, far),
        )
    )
    light = lens.glass(np.concatenate(rows), cols, 0.5, 0.45, 0.05, 0.06)
    light += _trails(rng, music, vx, vy, side, bend, eye, kerb) @ cols[1:3]
    light += bp.glow(vx, vy, 0.3, 0.08, lamp, 0.3)  # the far end's haze
    light += bp.glow(vx, vy + 0.05, 0.22, 0.06, lamp, 0.12)  # and its shine on the road
    for k in np.flatnonzero((x > -0.05) & (x < 1.05))[:8]:  # each lamp smeared down the
        drop = road_y[k] - y[k]  # wet tarmac, as long as the lamp stands high
        shine = 0.3 * alpha[k]
        light += bp.glow(x[k], road_y[k] + 0.45 * drop, r[k] * 0.45, 0.4 * drop, lamp, shine)
    light = lens.burn(light, 0.8) * lens.hush(band, 0.14, 0.3)
    seen = (x > 0.0) & (x < 1.0) & (y > 0.0) & (y < 1.0)
    xs, ys = np.append(x[seen], vx), np.append(y[seen], vy)
    box = (float(xs.min()) - 0.05, float(ys.min()) - 0.05, float(xs.max()) + 0.05, vy + 0.1)
    return bp.Shot(ground, light, None, None, bp.clear_of_band(compose.clip_box(box), band))


def _trails(
    rng: np.random.Generator,
    music: lens.Music,
    vx: float,
    vy: float,
    side: float,
    bend: float,
    eye: float,
    kerb: float,
) -> np.ndarray:
    """The cars' light trails along the lanes (RES, RES, 2): red tail lights in the
    lanes going away, white headlights coming on, each a strip narrowing into the
    distance, dimmed in stretches where the onsets rest."""
    res = bp.RES
    out = np.zeros((res, res, 2), np.float32)
    lanes = 2 + int(round(3 * music.energy))
    z = np.geomspace(0.8, 9.0, 40)
    hits = music.pulse(len(z) - 1, int(rng.integers(0, 128)))
    for k in range(lanes):
        red = k % 2 == 0
        img = Image.new("L", (res, res), 0)
        d = ImageDraw.Draw(img)
        lane = -side * kerb * rng.uniform(0.15, 0.85)  # between the kerbs
        lift = rng.uniform(0.0, 0.35) * eye  # a car's lamp height
        px = vx + lane / z + bend * z
        py = vy + (eye - lift) / z
        half = 0.012 / z
        level = rng.uniform(0.55, 1.0) * (0.5 + 0.5 * music.energy)
        for j in range(len(z) - 1):
            fill = int(255 * level * (0.3 + 0.7 * hits[j]))
            d.polygon(
                [
                    bp._p(px[j] - half[j], py[j]),
                    bp._p(px[j + 1] - half[j + 1], py[j + 1]),
                    bp._p(px[j + 1] + half[j + 1], py[j + 1]),
                    bp._p(px[j] + half[j], py[j]),
                ],
                fill=fill,
            )
        soft = np.asarray(img.filter(ImageFilter.GaussianBlur(1.6)), np.float32) / 255.0
        out[..., 0 if red else 1] += soft * (0.9 if red else 0.7)
    return out
