"""The one thing in focus on the stage: a microphone on its stand, black against the
blown-out rig, its grille's top edge caught by the lights. Drawn sharp at the cover's
size (after the soft scene is scaled up), so it reads as the subject the lens chose.
Under a title above, the stand rises from the frame's foot; under a title below, the
mic hangs on a boom from the frame's side, so the title's band stays clear.
"""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose


@dataclass(frozen=True)
class Mic:
    """Where the mic stands: its grille's centre and radius (fractions of the side),
    the way it points (radians, screen y down), where its stand or boom meets the
    frame, and the colour of the light that rims it (0..1 RGB)."""

    x: float
    y: float
    radius: float
    aim: float
    foot: tuple[float, float]
    rim: tuple[float, float, float]

    def box(self) -> compose.Box:
        """The grille and the top of the handle: the focal subject."""
        return compose.around(self.x, self.y + self.radius, self.radius * 2.4, self.radius * 3.0)

    def handle_end(self) -> tuple[float, float]:
        """Where the handle meets the stand's clip."""
        back = 3.4 * self.radius
        return self.x - back * np.cos(self.aim), self.y - back * np.sin(self.aim)


def pose(rng: np.random.Generator, band: str, energy: float, rim: np.ndarray) -> Mic:
    """The mic off-centre away from the title's band, pointing up across the stage
    toward the rig; calm music brings it nearer (bigger), loud music stands it back."""
    side = float(rng.choice((-1.0, 1.0)))
    x = 0.5 + side * rng.uniform(0.1, 0.2)
    y = rng.uniform(0.48, 0.56) if band == "top" else rng.uniform(0.3, 0.38)
    radius = (0.085 - 0.03 * energy) * rng.uniform(0.9, 1.1)
    tilt = rng.uniform(0.35, 0.75)  # from straight up toward the middle of the stage
    aim = -np.pi / 2 - side * tilt
    mic = Mic(x, y, radius, float(aim), (0.0, 0.0), tuple(float(v) for v in rim))
    hx, hy = mic.handle_end()
    if band == "top":  # the stand rises from the frame's foot
        foot = (hx + side * rng.uniform(0.0, 0.08), 1.05)
    else:  # a boom from the frame's side, above the title's band
        foot = (0.5 + side * 0.56, min(0.64, hy + rng.uniform(0.1, 0.2)))
    return Mic(x, y, radius, float(aim), foot, mic.rim)


def draw(img: Image.Image, mic: Mic, dy: float = 0.0) -> Image.Image:
    """The mic drawn in focus over `img` (a copy), moved down by `dy` (a share of the
    side): stand, clip, tapered handle, the grille's dark ball with its mesh band and a
    rim of the stage's light on top."""
    img = img.copy()
    if dy:
        foot = (mic.foot[0], mic.foot[1] + (dy if mic.foot[1] < 1 else 0.0))
        mic = Mic(mic.x, mic.y + dy, mic.radius, mic.aim, foot, mic.rim)
    s = img.size[0]
    d = aggdraw.Draw(img)
    ink = (10, 10, 12)
    hx, hy = mic.handle_end()
    r = mic.radius * s
    d.line(
        (hx * s, hy * s, mic.foot[0] * s, mic.foot[1] * s),
        aggdraw.Pen(ink, max(1.5, 0.22 * r)),
    )
    d.ellipse(
        (hx * s - 0.4 * r, hy * s - 0.4 * r, hx * s + 0.4 * r, hy * s + 0.4 * r),
        aggdraw.Brush(ink),
    )
    c, sn = np.cos(mic.aim), np.sin(mic.aim)
    px, py = -sn, c  # across the handle
    tip = (mic.x * s - 0.6 * r * c, mic.y * s - 0.6 * r * sn)  # the grille's neck
    end = (hx * s, hy * s)
    wide, thin = 0.62 * r, 0.34 * r
    handle = [
        tip[0] + px * wide,
        tip[1] + py * wide,
        end[0] + px * thin,
        end[1] + py * thin,
        end[0] - px * thin,
        end[1] - py * thin,
        tip[0] - px * wide,
        tip[1] - py * wide,
    ]
    d.polygon(handle, aggdraw.Brush((18, 18, 22)))
    cx, cy = mic.x * s, mic.y * s
    d.ellipse((cx - r, cy - r, cx + r, cy + r), aggdraw.Brush((22, 22, 26)))
    band = [tip[0] + px * wide, tip[1] + py * wide, tip[0] - px * wide, tip[1] - py * wide]
    d.line(band, aggdraw.Pen((60, 60, 66), max(1.0, 0.18 * r)))
    mesh = aggdraw.Pen((40, 40, 46), max(0.6, 0.035 * r), 200)
    for k in np.linspace(-0.7, 0.7, 6):  # the grille's mesh, faint
        w = r * np.sqrt(1 - k * k)
        d.line((cx - w, cy + k * r, cx + w, cy + k * r), mesh)
        d.line((cx + k * r, cy - w, cx + k * r, cy + w), mesh)
    rim = tuple(int(255 * min(1.0, 0.35 + v)) for v in mic.rim)
    box = (cx - r, cy - r, cx + r, cy + r)
    for i, alpha in enumerate((230, 150, 90, 45)):  # lit from above: a rim fading inward
        inset = (0.035 + 0.07 * i) * r
        ring = (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)
        d.arc(ring, 30 + 8 * i, 150 - 8 * i, aggdraw.Pen(rim, max(1.0, 0.075 * r), alpha))
    d.arc(box, 60, 120, aggdraw.Pen((255, 255, 255), max(0.8, 0.035 * r), 200))
    d.flush()
    return img
