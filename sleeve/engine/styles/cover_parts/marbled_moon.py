"""The marbled moon: a disc of combed marbling on a dark field, lit from one side (a
soft terminator, the far half in shadow, a faint earthshine) with a soft glow round
its lit limb, as a planet in a night sky; the rest of the cover dark for the title.

The rising moon: the disc big and low, sunk into a calm sea of long combed stripes.

The marbling is shaded on pale paper over the whole cover (``marbled_layouts``); the
disc, its light and the night are laid over afterwards (``place``).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_horizon as horizon
from sleeve.engine.styles.cover_parts import marbled_layouts as lay
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
NIGHT_L = 0.17  # the night's lightness (OKLCH)
SEA_LEVEL = (0.72, 0.78)  # the rising moon's sea: its level (share of the side from the top)
EARTHSHINE = 0.12  # how much of the marbling the dark half still shows
GLOW = 0.22  # the glow's strength round the lit limb
PHASE = (-0.45, 0.6)  # the light's depth: a quiet song's thin crescent .. a loud one's full
SIZE = (0.14, 0.33)  # the moon's radius: a quiet song's small moon .. a loud one's huge
Disc = tuple[float, float, float, float, float]  # centre x, y, radius, light angle, phase


def night(paper: RGB) -> RGB:
    """The dark field: the paper's hue, dark and nearly grey."""
    _, c, h = rgb_to_oklch(paper)
    return oklch_to_rgb(NIGHT_L, min(c, 0.04), h)


def face(colours: tuple[RGB, list[RGB]]) -> tuple[RGB, list[RGB]]:
    """The moon face's paper and inks: the lightest ink leads (the field, most of the
    face), so the shaded disc reads bright on the night, never a murky ball."""
    paper, inks = colours
    return paper, sorted(inks, key=lambda c: -rgb_to_oklch(c)[0])


def room(d: ArtDirection, side: str) -> float:
    """The biggest moon the art's box holds (its radius): small where a huge title (a
    title of emoji set big) leaves a shallow box."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    return min(bx1 - bx0, by1 - by0) / 2 - 0.05


def phase(d: ArtDirection, rng: np.random.Generator) -> float:
    """How full the moon is lit (the light's depth, PHASE): as loud as the song is, a
    quiet one a thin crescent, a loud one full; the seed a little either way."""
    return float(np.interp(d.energy + rng.uniform(-0.12, 0.12), (0.2, 0.8), PHASE))


def disc_of(d: ArtDirection, rng: np.random.Generator, side: str) -> Disc:
    """The moon's place and size in the art's box (across it at the song's loudest
    moment, high where the song ends louder than it starts, low where it fades), as
    big as the song is loud (SIZE: a quiet song's small moon in a wide night), its
    phase (phase) and the light's direction (from above, the seed picks the side)."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    line = pat.energy_line(d)
    loud = pat.peaks(line, 1)[0][0]
    lifts = float(np.clip((line[-len(line) // 3 :].mean() - line[: len(line) // 3].mean()), -1, 1))
    cx = bx0 + (bx1 - bx0) * (0.3 + 0.4 * loud + rng.uniform(-0.04, 0.04))
    big = float(np.interp(d.energy, (0.2, 0.8), SIZE)) * rng.uniform(0.9, 1.1)
    free = float(np.clip((SIZE[1] - big) / (SIZE[1] - SIZE[0]), 0, 1))  # a small moon roams
    high = float(np.clip(-0.25 * lifts + rng.uniform(-0.1, 0.1), -0.2, 0.2)) * free
    cy = by0 + (by1 - by0) * (0.5 + high)
    room = min(cx - bx0, bx1 - cx, cy - by0, by1 - cy) - 0.05
    r = float(np.clip(room, 0.12, big))
    light = float(rng.uniform(-2.8, -0.35))  # from above, left or right
    return cx, cy, r, light, phase(d, rng)


def rising_disc(d: ArtDirection, rng: np.random.Generator, side: str) -> tuple[Disc, float]:
    """The rising moon's place, size and light, and the sea's level: the disc big and
    low, across the box at the song's loudest moment, its foot sunk under the sea."""
    bx0, by0, bx1, by1 = sheet.art_box(d, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    level = rng.uniform(*SEA_LEVEL)
    r = float(min(rng.uniform(0.22, 0.28), (level - by0) / 1.6, (bx1 - bx0) / 2 - 0.06))
    cx = bx0 + r + 0.06 + (bx1 - bx0 - 2 * r - 0.12) * (0.2 + 0.6 * loud)
    cy = level - r * rng.uniform(0.15, 0.5)
    return (cx, cy, r, float(rng.uniform(-2.8, -0.35)), phase(d, rng)), level


def moon(
    f: mf.Field,
    d: ArtDirection,
    rng: np.random.Generator,
    inks: int,
    side: str,
    disc: Disc | None = None,
) -> tuple[lay.Layers, compose.Box, Disc]:
    """A combed sheet (curl, gel-git or shawl) for the moon's face, its place (`disc`,
    else disc_of) and light; the focus the disc."""
    disc = disc or disc_of(d, rng, side)
    kind = ("curl", "gelgit", "shawl")[int(rng.integers(3))]
    layers, _ = lay.combed_sheet(f, d, rng, inks, side, kind)
    cx, cy, r = disc[:3]
    return layers, compose.clip_box((cx - r, cy - r, cx + r, cy + r)), disc


def place(image: Image.Image, disc: Disc, dark: RGB) -> Image.Image:
    """`image` (the marbling on pale paper) cut to the disc on the dark field: lit as a
    sphere from the disc's light angle (a soft terminator, the limb a little darker),
    the dark half at EARTHSHINE, a soft glow off the lit limb; the light's depth (the
    disc's phase) from a crescent to a full moon."""
    size = image.size[0]
    arr = np.asarray(image.convert("RGB"), F)
    cx, cy, r, light, depth = disc
    x, y = raster.pixel_grid(size)
    nx, ny = (x - F(cx)) / F(r), (y - F(cy)) / F(r)
    rho = np.sqrt(nx * nx + ny * ny)
    nz = np.sqrt(np.clip(F(1) - rho * rho, 0, 1))
    lx, ly, lz = np.cos(light) * 0.9, np.sin(light) * 0.9, depth
    lit = np.clip((nx * F(lx) + ny * F(ly) + nz * F(lz)) * F(2.5) + F(0.25), 0, 1)
    lit = lit * lit * (F(3) - F(2) * lit) * (F(0.8) + F(0.2) * nz)
    shade = F(EARTHSHINE) + F(1 - EARTHSHINE) * lit
    ground = np.asarray(dark, F)
    inside = ground + (arr - ground) * shade[..., None]
    edge = np.clip((F(1) - rho) * F(r * size) + F(0.5), 0, 1)  # anti-aliased rim
    away = np.clip(rho - F(1), 0, None)
    side_lit = np.clip(
        nx / np.maximum(rho, F(1e-6)) * F(lx) + ny / np.maximum(rho, F(1e-6)) * F(ly), 0, 1
    )
    glow = F(GLOW) * np.exp(-away * F(9)) * (F(0.35) + F(0.65) * side_lit)
    pale = arr.mean((0, 1))
    outside = ground + (pale - ground) * glow[..., None]
    out = outside + (inside - outside) * edge[..., None]
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB")


def sea(
    image: Image.Image, d: ArtDirection, rng: np.random.Generator, level: float, colours: tuple
) -> Image.Image:
    """`image` with a calm sea laid over it below `level`: the night's water combed
    into long bright stripes of the moon's inks (the lightest first), a slow swell;
    `colours`: the night and the inks."""
    dark, inks = colours
    size = image.size[0]
    g = mf.Field.grid(size)
    for _ in range(2):  # two slow swells, not one even ripple (a synthwave sea)
        length = rng.uniform(0.15, 0.35)
        mf.wave(g, np.pi / 2, 0.03 * length, length, rng.uniform(0, 6.3))
    mf.breeze(g, rng, 0.012)
    bands = horizon.water_bands(rng, len(inks), level, d)
    table = np.array([*inks, dark], np.float32)
    water = mf.shade(g.y, bands, table, 1.0 / size).astype(np.float32)
    cover = np.clip((g.y - F(level)) * F(size) + F(0.5), 0, 1)[..., None]
    arr = np.asarray(image.convert("RGB"), np.float32)
    out = arr + (water - arr) * cover
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB")
