"""Marbled ink: paper marbling (Ebru, suminagashi) made from real marbling moves,
bold enough to read at 64 px, with the song's energy curve drawn into the comb.

Four pictures (COMPOSITIONS), each about a quarter of the covers: the full sheet
with the title on a clear pool at its edge (it drew one template, a flat band with a
wavy lower edge over busy marble, on 7 of 12 bench covers), or the sheet cut and laid
on plain paper with the title calm beside it (``marbled_cutout``): a big disc (a
marbled planet, likelier for calm music), an arched window, or a strip torn across
the paper (likelier for loud music; two strips above and below a centred title).
A cut layout is named "disc-rings", "strip-stone" and so on (composition_of,
pattern_of); the full sheet keeps the pattern's own name.

Six patterns, chosen by the music and the seed: Ebru stone (battal:
colours laid one after another, big veined cells), nonpareil (wide stripes combed into
rows of arches, more tines for faster music, each arch as deep as the song is loud at
that place), chevron (stripes combed there and back into sharp Vs, tall where the song
is loud, feathered when turbulent; each comb pulled by one bold S-stroke on a third,
its focal movement), suminagashi rings (thin ink lines on wider water, bold rings at
the song's loud moments) spreading from one or two points off-centre, a swirl (wide
stripes stirred into eddies at the song's peaks, laid left to right at their time),
and the bouquet (nonpareil with a wide comb drawn through it in waves: rows of tulips;
folk and chamber lean to it). The song runs across the sheet along the comb, which
the key turns (one of four directions). The band and the drop retired (RETIRED). A
centred title sits on a calm lake of the field ink in a full sheet (CENTRED: bouquet,
chevron, stone or nonpareil). Calm music leans to rings, energetic and fast music to
combs, turbulent music to the swirl; some genres take only some patterns (FITS: metal
stone, drill stone or a swirl, trap a swirl or stone, funk combs and swirls, a jingle
stone or the bouquet); energy and turbulence set how far the ink is pulled. The stone
is drawn as exact outlines (``marbling``); the other patterns are undone per pixel and
shaded anti-aliased (``marble_field``). Inks go about 60/30/10: a field ink (vivid
where the palette has a vivid colour), a second and a small accent, kept clean (a
yellow pushed dark turns amber, never olive; a grey goes to black, mid grey or white).
A grey palette (zebra stripes) is marbled in two or three inks: the Ebru paper (cream,
indigo, oxblood) on a light ground, a spot ink on a dark one. The title's calm space:
calm water (rings), drops of clear water where the title goes, as deep as its block
(a pool, ``marbled_sheet``), its rim spread unevenly into a shore with fine teeth of
ink (a round pool read as a dome); no printed label: three reviewers read it as a
hard plate or a UI button. Genre inks: metal oxblood, soot and bone on black (black
metal ash, no colour), trap smoke and chrome with one pushed accent, funk and disco
gold, hot pink and ice.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cutout as cutout
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts import marbling as mb

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "jazz", "world", "synthwave"),  # hyperpop lists it
)

PATTERNS = ("stone", "nonpareil", "chevron", "rings", "swirl", "bouquet")
# the full sheet with the title on a clear pool at an edge drew one template (a flat
# band with a wavy lower edge over busy marble) on 7 of 12 bench covers: it is now one
# picture among four, the others the sheet cut or torn and laid on plain paper
COMPOSITIONS = ("sheet", *cutout.SHAPES)
LAYOUTS = PATTERNS + tuple(f"{c}-{p}" for c in cutout.SHAPES for p in PATTERNS)
# a centred title sits on a calm lake in a full sheet: rings or a swirl round
# it drew one template (a swirl round a dark disc) on every centred title
CENTRED = ("bouquet", "chevron", "stone", "nonpareil")
# the band (a ribbon of wavy stripes across a plain ground) drew one template on 16 of
# the 74 bench tracks: reviewers read it as a stock wave graphic, not a marbled sheet
# the drop (one ringed drop, or a trail of them, on bare water) drew the same small
# target on a third of the calm tracks: a blob on flat ground, once a heart icon
RETIRED = ("band", "drop")
LEANS = {"psychedelic": "swirl", "hyperpop": "swirl", "world": "chevron", "arabic": "nonpareil"}
LEANS |= {
    "folk": "bouquet",
    "chamber": "bouquet",
    "latin": "chevron",
    "reggaeton": "nonpareil",
    "ambient": "rings",
    "classical": "rings",
}
# genres that only take some patterns: metal no decorative combing or rings (black
# marble veined with bone and oxblood; drill the same, grey), trap smoke stirred through
# chrome or veined into stone, funk and disco bold combed or stirred sheets
FITS = {"metal": ("stone",), "trap": ("swirl", "stone"), "drill": ("stone", "swirl")}
FITS |= {"jingle": ("stone", "bouquet")}  # a jingle wants bold flat shapes, not fine combing
FITS |= {"funk": ("nonpareil", "chevron", "swirl"), "disco": ("nonpareil", "chevron", "swirl")}
CLEAR = sheet.CLEAR
MONO = ("drill", "black_metal")  # genres whose greys stay grey
GREY = 0.045  # a palette whose ground and inks are all below this chroma is grey
# the spot ink a grey palette on a dark ground takes from its genre (OKLCH)
SPOTS = {"techno": (0.6, 0.2, 29.0), "minimal": (0.6, 0.2, 29.0), "dnb": (0.74, 0.16, 62.0)}
SPOTS |= {"jungle": (0.74, 0.16, 62.0), "electronic": (0.6, 0.2, 29.0)}
DRAW_SCALE = 0.75  # the stone is drawn at this share of the work size, then scaled up
SHEET_LEAST = 0.75  # a cut shape shows at least this much of a sheet (of the side)
FIELD_SCALE = 0.44  # the per-pixel patterns are shaded at this share (bold, smooth: no loss)
Layers = list[tuple[np.ndarray, mf.Bands]]  # pattern coordinates and their inks
Pool = tuple[tuple[float, float], float]  # a drop of clear water: centre, radius


def _palette(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The ground and 2-4 inks: the genre's own inks where it has them,
    otherwise the palette's colours moved to stand off the ground."""
    pal = direction.palette
    count = 2 + round(2 * direction.density)
    own = _genre_inks(direction, rng)
    if own is not None:
        return own
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    ground = raster.ground(pal.background, 0.14 if dark else 0.93, 0.025)
    g_light = rgb_to_oklch(ground)[0]
    inks = [_stand_off(c, ground, 0.25, 0.35) for c in (*pal.colors, pal.accent)]
    mains = [inks[i] for i in rng.permutation(len(inks) - 1)]
    # the field ink is vivid where the palette has a vivid colour (a grey field ink
    # read as muddy), and stands off the ground
    mains.sort(key=lambda c: (rgb_to_oklch(c)[1] < 0.08, -abs(rgb_to_oklch(c)[0] - g_light) // 0.2))
    chosen = mains[: count - 1] + [inks[-1]]  # the accent is always one ink
    for k in range(1, len(chosen)):  # every other ink stands off the field ink too
        chosen[k] = _stand_off(chosen[k], chosen[0], 0.16, 0.2, g_light)
    grey = max(rgb_to_oklch(c)[1] for c in (ground, *chosen[:2])) < GREY  # a fleck: zebra
    if grey and direction.language.subgenre not in MONO:
        return _grey_inks(direction, ground, chosen)
    return ground, chosen


def _grey_inks(direction: ArtDirection, ground: RGB, inks: list[RGB]) -> tuple[RGB, list[RGB]]:
    """A grey palette marbled as a real two- or three-ink sheet (black and white alone,
    or with a fleck of accent, drew zebra stripes): on a light ground the Ebru paper
    (cream, indigo and oxblood, a fleck of ochre); on a dark one the greys kept and a
    spot ink as the second colour: the palette's accent where it is vivid, else the
    genre's (techno's red, drum and bass's sodium glow, else a deep indigo)."""
    if rgb_to_oklch(ground)[0] > 0.5:
        paper = oklch_to_rgb(0.94, 0.03, 85.0)
        ebru = [(0.36, 0.11, 262.0), (0.42, 0.13, 24.0), (0.7, 0.12, 62.0)]
        return paper, [oklch_to_rgb(*c) for c in ebru[: max(2, len(inks))]]
    if len(inks) > 2 and rgb_to_oklch(inks[-1])[1] > 0.1:  # the accent becomes the second
        return ground, [inks[0], inks[-1], *inks[2:-1], inks[1]]
    spot = SPOTS.get(direction.language.subgenre) or SPOTS.get(direction.genre)
    out = list(inks)
    out[1] = oklch_to_rgb(*(spot or (0.55, 0.16, 262.0)))
    return ground, out


def _genre_inks(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]] | None:
    """Three inks on a ground for the genres that want their own (field, second,
    accent). Metal: oxblood and soot on black, bone veins (black metal: ash, soot and
    bone, no colour). Trap: smoke and chrome on a violet-black, one pushed red or
    purple accent. Funk and disco: gold, hot pink and ice on black (on cream where
    the palette is light: a dark title needs it). Else None."""
    sub, genre = direction.language.subgenre, direction.genre
    bone, soot = oklch_to_rgb(0.86, 0.03, 85.0), oklch_to_rgb(0.22, 0.008, 40.0)
    if sub == "black_metal":
        return oklch_to_rgb(0.1, 0.004, 250.0), [oklch_to_rgb(0.46, 0.01, 250.0), soot, bone]
    if genre == "metal" or "doom" in sub:
        blood = oklch_to_rgb(0.36 + 0.04 * direction.energy, 0.13, 25.0)
        return oklch_to_rgb(0.1, 0.006, 40.0), [blood, soot, bone]
    if sub == "trap":
        accent = (0.55, 0.22, 27.0) if rng.random() < 0.5 else (0.5, 0.2, 305.0)
        smoke, chrome = oklch_to_rgb(0.34, 0.02, 295.0), oklch_to_rgb(0.94, 0.006, 250.0)
        return oklch_to_rgb(0.12, 0.03, 300.0), [smoke, chrome, oklch_to_rgb(*accent)]
    if sub in ("funk", "disco"):
        gold, pink = oklch_to_rgb(0.82, 0.14, 85.0), oklch_to_rgb(0.64, 0.24, 355.0)
        dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
        ground = (0.15, 0.01, 30.0) if dark else (0.95, 0.025, 85.0)  # the title's ground
        return oklch_to_rgb(*ground), [gold, pink, oklch_to_rgb(0.88, 0.08, 215.0)]
    return None


def _stand_off(colour: RGB, ref: RGB, gap: float, push: float, avoid: float = -1.0) -> RGB:
    """`colour` as a clean ink that stands off `ref`: by hue where both are vivid and
    far apart in hue, else at least `gap` in lightness (moved `push` away). A near-grey
    goes to black, mid grey or white, whichever stands off `ref` and the lightness
    `avoid` (the ground) most; a yellow or lime is never darkened into olive or
    khaki: where it must go dark it turns amber."""
    lit, chroma, hue = rgb_to_oklch(colour)
    r_lit, r_chroma, r_hue = rgb_to_oklch(ref)
    avoid = r_lit if avoid < 0 else avoid
    if chroma < 0.04:
        if abs(lit - r_lit) < gap:
            lit = max((0.12, 0.55, 0.93), key=lambda v: min(abs(v - r_lit), abs(v - avoid)))
        return raster.tone(colour, float(np.clip(lit, 0.1, 0.95)), chroma)
    apart = min(abs(hue - r_hue), 360.0 - abs(hue - r_hue)) > 60.0
    shift = 0.0
    if abs(lit - r_lit) < gap and not (apart and min(chroma, r_chroma) > 0.12):
        moved = r_lit + (push if r_lit < 0.5 else -push)
        if 75.0 <= hue <= 140.0 and moved < 0.8:  # dark yellow is olive: go amber
            shift, moved = 65.0 - hue, max(moved, 0.66)
        lit = moved
    return raster.tone(colour, float(np.clip(lit, 0.22, 0.92)), max(chroma, 0.06), shift)


def _fine(direction: ArtDirection) -> float:
    """0 for slow tracks, 1 for fast ones: faster music combs finer."""
    return float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))


def _song(direction: ArtDirection, samples: int = 48) -> np.ndarray:
    """The song's energy curve as the strength of the comb across the sheet, first
    moment to last: smoothed, stretched to its own range, 0.3 where the song is at its
    quietest to 1.6 at its loudest (ones where there is no curve or it is flat)."""
    curve = np.asarray(direction.energy_curve or (0.5,), np.float64)
    if len(curve) < 3 or np.ptp(curve) < 1e-3:
        return np.ones(samples)
    at = np.linspace(0.0, len(curve) - 1.0, samples)
    line = np.interp(at, np.arange(len(curve)), curve)
    kernel = np.hanning(7)
    line = np.convolve(np.pad(line, 3, mode="edge"), kernel / kernel.sum(), "valid")
    low, high = line.min(), line.max()
    if high - low < 1e-3:
        return np.ones(samples)
    return 0.3 + 1.3 * (line - low) / (high - low)


def _peaks(shape: np.ndarray, most: int) -> list[tuple[float, float]]:
    """Up to `most` loud moments of the song (place 0..1 along the sheet, strength
    0..1), loudest first, each at least a fifth of the sheet from the others."""
    order = np.argsort(-shape)
    picked: list[tuple[float, float]] = []
    for k in order:
        t = float(k) / (len(shape) - 1)
        if all(abs(t - p) > 0.2 for p, _ in picked):
            picked.append((t, float((shape[k] - 0.3) / 1.3)))
        if len(picked) == most:
            break
    return picked


def _angle(direction: ArtDirection, rng: np.random.Generator) -> float:
    """The direction the combs are drawn: from the key where there is one (its place
    on the circle of fifths picks one of four), else the seed; a slight tilt."""
    turns = (0.0, np.pi / 2, np.pi / 4, -np.pi / 4)
    if direction.key is not None:
        base = turns[(direction.key * 7) % 12 % 4]
    else:
        base = float(rng.choice(turns))
    return base + float(rng.uniform(-0.08, 0.08))


def _roles(inks: int) -> tuple[int, int, int]:
    """The field ink, the second and the accent (the accent is always the last ink)."""
    return 0, min(1, inks - 1), inks - 1


def _stone(
    tray: mb.Tray, rng: np.random.Generator, inks: int, density: float, scale: float
) -> None:
    """Battal: the accent sprinkled first (the later drops squeeze it into veins), then
    the second colour, then the field colour in the biggest drops, as a marbler lays
    colours one after the other; big cells, about 60/30/10 by area, each rimmed by a
    thin vein of clear water or the accent (a drop of it laid first in the same spot)."""
    field, second, accent = _roles(inks)
    count = int((18 + 14 * density) / scale)
    passes = ((accent, 0.18, 0.7), (second, 0.32, 0.85), (field, 0.5, 1.2))
    if inks > 3:  # a fourth ink shares the second colour's pass
        passes = ((accent, 0.15, 0.7), (2, 0.12, 0.8), (second, 0.23, 0.85), (field, 0.5, 1.2))
    vein = CLEAR if rng.random() < 0.6 else accent  # the thin rim round every cell
    for ink, share, big in passes:
        for _ in range(max(2, round(count * share))):
            c = (rng.uniform(-0.05, 1.05), rng.uniform(-0.05, 1.05))
            r = rng.uniform(0.07, 0.14) * scale * big
            if ink != accent:
                mb.drop(tray, c, r * 0.32, vein)
            mb.drop(tray, c, r, ink)


def _ribbons(
    rng: np.random.Generator, inks: int, width: float, count: int
) -> tuple[list[int], list[float]]:
    """A run of stripes for combing: every other one the field ink (wide), between
    them the second colour or, now and then, a thin accent; about 60/30/10."""
    field, second, accent = _roles(inks)
    ink_list, widths = [], []
    for k in range(count):
        if k % 2 == 0:
            ink_list.append(field)
            widths.append(width * rng.uniform(1.0, 1.6))
        elif rng.random() < 0.3 and accent != second:
            ink_list.append(accent)
            widths.append(width * rng.uniform(0.2, 0.35))
        else:
            ink_list.append(second if inks < 4 or rng.random() < 0.7 else 2)
            widths.append(width * rng.uniform(0.5, 0.85))
    if second not in ink_list and count > 1:  # the accent alone lost the second colour
        ink_list[1], widths[1] = second, width * rng.uniform(0.5, 0.85)
    return ink_list, widths


def _stripes(rng: np.random.Generator, inks: int, period: float) -> mf.Bands:
    """Periodic stripes (the bath before the comb) whose run repeats every `period`."""
    count = 2 * int(rng.integers(2, 4))
    ink_list, widths = _ribbons(rng, inks, 1.0, count)
    w = np.array(widths) * period / sum(widths)
    half = w[0] / 2  # the first field stripe is split at the wrap
    bounds = np.r_[half, half + np.cumsum(w[1:])]
    bounds[-1] = period - half
    return mf.Bands(bounds, np.array([ink_list[0], *ink_list[1:], ink_list[0]]), period)


def _ring_bands(
    rng: np.random.Generator,
    inks: int,
    reach: float,
    count: int,
    song: np.ndarray | None = None,
) -> mf.Bands:
    """Suminagashi rings out to `reach`: ink and clear water dropped by turns at one
    point, each drop pushing the earlier ones outward (so the outer rings are thinner);
    thin ink lines on wider water (a zebra of equal stripes read as op-art wallpaper),
    now and then a bold ring; with `song` (the energy curve, one value a ring) the
    rings dropped at the song's loud moments are the bold ones (the first drop, the
    song's start, is pushed outermost); the rings mostly the field ink, now and then
    the second, once the accent."""
    field, second, accent = _roles(inks)
    areas = []
    ring_inks = []
    for k in range(count):  # thin ink lines on wide water, now and then a bold one
        ink_ring = k % 2 == 0
        loud = song is not None and song[k] > 1.0
        bold = ink_ring and (loud or (song is None and rng.random() < 0.2))
        areas.append(rng.uniform(0.6, 1.1) if bold else rng.uniform(0.2, 0.5))
        if not ink_ring:
            areas[-1] = rng.uniform(0.9, 2.2)
        if not ink_ring:
            ring_inks.append(CLEAR)
        elif rng.random() < 0.2:
            ring_inks.append(second if rng.random() < 0.75 else accent)
        else:
            ring_inks.append(field)
    if ring_inks.count(accent) == 0 and count > 4 and accent != field:
        ring_inks[2 * int(rng.integers(1, count // 2))] = accent
    areas_arr = np.array(areas[::-1])  # the last drop is the innermost
    radii = np.sqrt(np.cumsum(areas_arr) * reach**2 / areas_arr.sum())
    return mf.Bands(radii, np.array([*ring_inks[::-1], CLEAR]))


def _spot(
    side: str, rng: np.random.Generator, xs: tuple[float, ...], ys: tuple[float, float]
) -> tuple[float, float]:
    """A point in the art's box (away from the title) at one of the fractions `xs`
    across and between the fractions `ys` down."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    cx = fx0 + (fx1 - fx0) * (float(rng.choice(xs)) + rng.uniform(-0.05, 0.05))
    cy = fy0 + (fy1 - fy0) * float(rng.uniform(*ys))
    return cx, cy


def _rings(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> tuple[Layers, compose.Box]:
    """Suminagashi: rings of ink and clear water spreading from one point off-centre
    (never under a centred title: CENTRED), now and then a smaller second set beside it
    that pushed the first aside; a breath over the bath and a slow stroke bend them."""
    at = _spot(side, rng, (0.22, 0.78), (0.35, 0.75))
    reach = 0.55 + 0.25 * d.energy + rng.uniform(0.0, 0.2)
    count = 2 * int(4 + 3 * _fine(d) + rng.integers(0, 3)) + 1  # few, to read at 64 px
    bands = _ring_bands(rng, inks, reach, count, song=_song(d, count))
    second = None
    far = (1.0 - at[0] + rng.uniform(-0.1, 0.1), at[1] + rng.uniform(-0.25, 0.25))
    r2 = reach * rng.uniform(0.3, 0.45)
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    inside = (
        fx0 + r2 * 0.5 <= far[0] <= fx1 - r2 * 0.5 and fy0 + r2 * 0.5 <= far[1] <= fy1 - r2 * 0.5
    )
    if rng.random() < 0.5 and inside:  # never on the title's side
        second = (far, r2, _ring_bands(rng, inks, r2, 2 * int(rng.integers(3, 6)) + 1))
    mf.breeze(f, rng, 0.015 + 0.05 * d.turbulence)
    turn = rng.uniform(0, np.pi)  # the slow stroke passes beside the centre (through it,
    aside = reach * rng.uniform(0.25, 0.45)  # it pinched the core into a heart icon)
    line = (at[0] - aside * np.sin(turn), at[1] + aside * np.cos(turn))
    mf.stroke(f, line, turn, 0.02 + 0.08 * d.energy, 0.06, rng.uniform(0.02, 0.08), 0.9)
    if second is None:
        return [(mf.rings(f, at), bands)], compose.around(*at, reach * 0.7)
    far, r2, bands2 = second
    u2 = mf.rings(f, far)
    mf.push(f, far, r2)  # the second set pushed the first aside
    return [(mf.rings(f, at), bands), (u2, bands2)], compose.around(*at, reach * 0.7)


def _pull(f: mf.Field, d: ArtDirection, rng: np.random.Generator, side: str, angle: float) -> None:
    """One bold stylus stroke drawn through the combed sheet on a third, bent into an S:
    a river of stretched ink the eye follows (the focal movement of a full-frame
    pattern), drawn along `angle` (across the comb's moves)."""
    at = _spot(side, rng, (0.33, 0.67), (0.3, 0.7))
    angle += rng.uniform(-0.2, 0.2) + (np.pi if rng.random() < 0.5 else 0.0)
    pull = 0.3 + 0.2 * d.energy + 0.1 * d.turbulence
    bend = rng.uniform(0.05, 0.09) * (1 if rng.random() < 0.5 else -1)
    mf.stroke(f, at, angle, pull, 0.06, bend, rng.uniform(0.7, 1.0))


def _within(box: compose.Box, side: str) -> compose.Box:
    """`box` cut to the art's side of the cover (the title's pools stay free)."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    return (max(box[0], fx0), max(box[1], fy0), min(box[2], fx1), min(box[3], fy1))


def _combed(
    f: mf.Field, d: ArtDirection, rng: np.random.Generator, inks: int, kind: str, angle: float
) -> mf.Bands:
    """Stripes combed over the whole sheet. Nonpareil: a get-gel comb there and back,
    then a fine comb (more tines for faster music). Chevron: a zigzag stick across the
    stripes, feathered by a comb there and back when the music is turbulent. Swirl:
    straight raked stripes (the caller stirs them). `angle`: the moves' direction."""
    across = angle + np.pi / 2
    period = rng.uniform(0.3, 0.48)  # a stripe reads at 64 px
    bands = _stripes(rng, inks, period)
    song = _song(d)
    if kind == "nonpareil":  # rows of arches, deeper where the song is loud
        tines = int(3 + 3 * _fine(d) + rng.integers(0, 2))
        fine = 1.0 / tines
        pull = fine * (0.9 + 1.0 * d.energy)
        mf.wave(f, angle, 0.01 + 0.03 * d.turbulence, rng.uniform(0.6, 1.2), rng.uniform(0, 6.3))
        mf.comb(f, across, fine, rng.uniform(0, fine), pull, fine * 0.3, song)
    elif kind == "bouquet":  # nonpareil, then a wide comb drawn in waves: tulips
        tines = int(4 + 3 * _fine(d) + rng.integers(0, 2))
        fine = 1.0 / tines
        coarse = fine * float(rng.choice((2.0, 3.0)))
        ax, ay = np.cos(angle), np.sin(angle)
        for k in range(-int(0.75 / coarse), int(0.75 / coarse) + 1):  # the wavy tines
            at = (0.5 + k * coarse * ax, 0.5 + k * coarse * ay)
            wiggle = coarse * rng.uniform(0.25, 0.35)
            mf.stroke(f, at, across, coarse * 0.9, coarse * 0.12, wiggle, coarse * 1.6)
        mf.comb(f, across, fine, rng.uniform(0, fine), fine * 1.6, fine * 0.3, song)
        mf.wave(f, angle, 0.01, rng.uniform(0.6, 1.2), rng.uniform(0, 6.3))
    elif kind == "chevron":  # a comb there and back across the stripes: sharp Vs
        wavelength = rng.uniform(0.26, 0.42)  # (a soft sine read as op-art wallpaper)
        if d.turbulence > 0.7:  # feathered: a fine comb along the Vs
            t = wavelength / 2
            mf.comb(f, angle, t, t / 2, t * 0.5, t * 0.3)
        amp = wavelength * (0.25 + 0.3 * d.energy)  # tall Vs where the song is loud
        mf.wave(f, across, amp, wavelength, rng.uniform(0, 6.3), 0.9, song)
    mf.breeze(f, rng, 0.01 + 0.04 * d.turbulence)
    return bands


def pick_pattern(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Rings likelier for calm tracks, combs for energetic and fast
    ones, the swirl for turbulent ones, the genre's own pattern (where it has one)
    likelier still; the seed draws one."""
    e, t, fine = direction.energy, direction.turbulence, _fine(direction)
    weights = np.array(
        [0.8 + 0.3 * direction.density, 0.2 + 0.4 * fine + 0.3 * e, 0.2 + 0.5 * e, 1.2 - e]
        + [0.3 + 0.6 * t, 0.35 + 0.3 * direction.density]
    )
    lean = LEANS.get(direction.language.subgenre) or LEANS.get(direction.genre)
    if lean:
        weights[PATTERNS.index(lean)] += 1.0
    fits = _fits(direction)
    if fits:
        weights *= np.array([name in fits for name in PATTERNS], float)
    return PATTERNS[int(rng.choice(len(PATTERNS), p=weights / weights.sum()))]


def composition_of(layout: str) -> str:
    """The picture a layout draws: the full sheet, or the shape the sheet is cut to."""
    return layout.partition("-")[0] if "-" in layout else "sheet"


def pattern_of(layout: str) -> str:
    """The marbling pattern a layout draws."""
    return layout.rpartition("-")[2]


def _composition(direction: ArtDirection, side: str) -> str:
    """The picture, from its own rng: the full sheet, a disc (likelier for calm music),
    an arch, or a torn strip (likelier for loud music); a centred title takes the sheet
    round a calm lake or two torn strips above and below it."""
    rng = raster.rng_for(direction, "marbled-composition")
    e = direction.energy
    if side == "centre":
        return "sheet" if rng.random() < 0.5 else "strip"
    weights = np.array([0.27, 0.2 + 0.16 * (1.0 - e), 0.24, 0.13 + 0.12 * e])
    return COMPOSITIONS[int(rng.choice(len(COMPOSITIONS), p=weights / weights.sum()))]


def _fits(direction: ArtDirection) -> tuple[str, ...]:
    """The patterns the genre allows (FITS), or none for every pattern."""
    return FITS.get(direction.language.subgenre) or FITS.get(direction.genre) or ()


def _layout(direction: ArtDirection, side: str) -> str:
    """The layout, from its own rng (no marbling): the picture (_composition) and the
    pattern the music picks (on a full sheet, rings or a swirl cannot leave the middle
    calm for a centred title: the genre's centred pattern does)."""
    rng = raster.rng_for(direction, "marbled-layout")
    pattern = pick_pattern(direction, rng)
    shape = _composition(direction, side)
    if shape != "sheet":
        return f"{shape}-{pattern}"
    if side == "centre" and pattern not in CENTRED:
        fits = _fits(direction)
        if fits:
            return next((n for n in fits if n in CENTRED), fits[0])
        return CENTRED[int(rng.integers(len(CENTRED)))]
    return pattern


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _layout(direction, sheet.title_side(direction))


def _pools(
    direction: ArtDirection,
    side: str,
    rng: np.random.Generator,
    reach: float = 0.3,
    band: bool = True,
) -> list[tuple[tuple[float, float], float]]:
    """The clear drops that leave the title's place bare (sheet.pool_drops), deep
    enough for the title's block on a top or bottom edge (a two-line title ran out
    of a fixed pool onto the ink)."""
    left = direction.layout in ("top-left", "bottom-left", "vertical", "edge")
    reach += 0.1 * (1.0 - direction.density)
    if side in ("top", "bottom", *sheet.CORNERS):  # a corner title runs deep too
        reach = max(reach, min(calm_zone.title_reach(direction) + 0.03, 0.5))
    drops = sheet.pool_drops(side, left, rng, reach, band)
    if side == "centre":  # a lake, not a disc: a second drop laid beside the first
        a = rng.uniform(0, 2 * np.pi)
        lobe = (0.5 + 0.16 * np.cos(a), 0.5 + 0.12 * np.sin(a))
        drops.append(((float(lobe[0]), float(lobe[1])), float(rng.uniform(0.14, 0.2))))
    return drops


def _shore(
    f: mf.Field, direction: ArtDirection, rng: np.random.Generator, pools: list[Pool]
) -> None:
    """Moves after the clear drops (undone first): each pool's round rim spread
    unevenly into an irregular shore, with fine teeth of ink (veins) reaching into
    the water; a round pool read as a flat dome, a plate."""
    for at, radius in pools:
        size = min(radius, 0.3)  # a big drop's shore bows no more than a small one's
        waves = [
            (int(rng.integers(2, 4)), size * rng.uniform(0.06, 0.1), rng.uniform(0, 6.3)),
            (int(rng.integers(4, 7)), size * rng.uniform(0.03, 0.05), rng.uniform(0, 6.3)),
            (int(rng.integers(7, 11)), size * 0.012 * (1 + direction.turbulence), 0.0),
        ]
        mf.shore(f, at, radius, waves, size)


def _stone_tray(
    direction: ArtDirection, rng: np.random.Generator, inks: int, side: str, pooled: bool
) -> mb.Tray:
    """Battal stone as exact outlines, veined by a wavy stick; `pooled`: pools where
    the title goes."""
    tray = mb.Tray()
    _stone(tray, rng, inks, direction.density, rng.uniform(0.9, 1.5))
    mb.breeze(tray, rng, 0.02 + 0.05 * direction.turbulence)
    amp = 0.02 + 0.05 * direction.turbulence
    mb.wave(tray, rng.uniform(0, np.pi), amp, rng.uniform(0.3, 0.6), rng.uniform(0, 6.3))
    for at, radius in _pools(direction, side, rng, band=False) if pooled else []:
        mb.drop(tray, at, radius, 0 if side == "centre" else CLEAR)  # a lake of field ink
    mb.breeze(tray, rng, 0.05)  # after the pools: their rims bent into a shore
    return tray


def _fill(tray: mb.Tray, ground: RGB, inks: list[RGB], size: int) -> Image.Image:
    """The tray's outlines filled on the ground (clear water shows the ground)."""
    img = Image.new("RGB", (size, size), ground)
    draw = aggdraw.Draw(img)
    brushes = [aggdraw.Brush(c) for c in inks]
    clear = aggdraw.Brush(ground)
    for ink, pts in tray.outlines():
        if len(pts) >= 3:
            draw.polygon((pts * size).ravel().tolist(), clear if ink == CLEAR else brushes[ink])
    draw.flush()
    return img


def _stirs(
    f: mf.Field, direction: ArtDirection, rng: np.random.Generator, side: str
) -> compose.Box:
    """Eddies stirred where the song peaks: its loudest moments (one to three, more
    for busier music) laid left to right at their time across the art's box, each
    stirred the other way from the last, bigger and wound tighter the louder it is;
    the loudest is the focus."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    most = 1 + int(direction.density > 0.35) + int(direction.energy > 0.6)
    way = 1 if rng.random() < 0.5 else -1
    focus = None
    for k, (t, loud) in enumerate(_peaks(_song(direction), most)):
        x = fx0 + (fx1 - fx0) * (0.2 + 0.6 * t)
        y = fy0 + (fy1 - fy0) * (0.5 + (rng.uniform(-0.2, 0.2) if k else rng.uniform(-0.1, 0.1)))
        reach = (0.15 + 0.1 * direction.energy) * (0.7 + 0.5 * loud)  # reads at 64 px
        turn = (3.5 + 4.0 * direction.energy) * (0.6 + 0.5 * loud) * way * (-1) ** k
        mf.swirl(f, (x, y), turn, reach)
        if focus is None:
            focus = _within(compose.around(x, y, reach * 1.6), side)
    return focus or sheet.focal(side)


def _field_moves(
    f: mf.Field,
    direction: ArtDirection,
    rng: np.random.Generator,
    n: int,
    side: str,
    layout: str,
    pooled: bool = True,
) -> tuple[Layers, compose.Box]:
    """The ring and combed patterns as moves undone on `f` (newest first): the pattern
    coordinates with their inks (one layer, or two for a second ring set), and the focus;
    `pooled`: clear pools where the title goes."""
    pools = _pools(direction, side, rng, 0.2) if pooled else []
    _shore(f, direction, rng, pools)
    for at, radius in pools:  # round pools (the ink squeezed between them is dropped)
        mf.bare(f, at, radius)
        mf.near_rim(f, at, radius, 0.12)
    for at, radius in reversed(pools):  # a big drop far past the edge pushes
        mf.push(f, at, radius if radius < 0.6 else radius - 0.4)  # only its rim
    if layout == "rings":
        return _rings(f, direction, rng, n, side)
    angle = _angle(direction, rng)
    if layout == "swirl":
        focus = _stirs(f, direction, rng, side)
    elif layout == "bouquet":  # the tulips are the picture: no stroke through them
        angle = 0.0
        focus = sheet.focal(side)
    else:  # the stroke leads the eye, but the bold combed sheet is the picture (its
        _pull(f, direction, rng, side, angle + np.pi / 2)  # box did not stand out)
        focus = sheet.focal(side)
    bands = _combed(f, direction, rng, n, layout, angle)
    # the stripes lie along the moves, so every comb crosses them (a comb drawn along
    # them left plain stripes)
    stripes = float(rng.uniform(0, np.pi)) if layout == "swirl" else angle
    return [(mf.across(f, stripes), bands)], focus


def _shade(
    f: mf.Field, layers: Layers, ground: RGB, inks: list[RGB], lake: bool = False
) -> Image.Image:
    """The layers shaded anti-aliased, each later ring set laid over the earlier; with
    `lake` the pools hold the field ink (a calm lake of it under a centred title)
    rather than the bare ground."""
    colours = np.array([*inks, ground], np.float32)
    pool = np.array([*inks, inks[0]], np.float32) if lake else colours
    rim = inks[0] if f.rim is not None else None  # squeezed stripes at a pool's rim
    out = mf.shade(layers[0][0], layers[0][1], pool, f.px, f.clear, rim, f.rim)
    for u2, bands2 in layers[1:]:  # each later drop laid over the earlier ones
        top = mf.shade(u2, bands2, colours, f.px, None)
        alpha = np.clip((float(bands2.bounds[-1]) - u2) / f.px + 0.5, 0, 1)
        out[alpha >= 1] = top[alpha >= 1]
        edge = (alpha > 0) & (alpha < 1)
        mix = out[edge] + (top[edge] - out[edge].astype(np.float32)) * alpha[edge][:, None]
        out[edge] = (mix + 0.5).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def _marble(
    direction: ArtDirection,
    rng: np.random.Generator,
    colours: tuple[RGB, list[RGB]],
    pattern: str,
    side: str,
    size: int,
    pooled: bool = True,
) -> tuple[Image.Image, compose.Box | None]:
    """The marbled sheet of `pattern` for a cover `size` square (drawn smaller: the
    caller scales it up), pools for a title on `side` where `pooled`, and the focus
    it reports (None: the art's side)."""
    ground, inks = colours
    if pattern == "stone":  # exact outlines, drawn a little smaller and scaled up
        tray = _stone_tray(direction, rng, len(inks), side, pooled)
        return _fill(tray, ground, inks, max(16, round(size * DRAW_SCALE))), None
    # undone per pixel and shaded smooth at FIELD_SCALE of the size
    f = mf.Field.grid(max(16, round(size * FIELD_SCALE)))
    layers, focus = _field_moves(f, direction, rng, len(inks), side, pattern, pooled)
    return _shade(f, layers, ground, inks, pooled and side == "centre"), focus


def _water(paper: RGB, field: RGB) -> RGB:
    """The bath's water under a cut sheet: the paper tinted by the field ink and at
    least a step lighter (on dark paper) or darker than it (clear rings on the bare
    ground lost the shape's outline)."""
    tint = tuple(round(g + (i - g) * 0.22) for g, i in zip(paper, field, strict=True))
    lit, chroma, _ = rgb_to_oklch(tint)
    paper_lit = rgb_to_oklch(paper)[0]
    step = 0.12 if paper_lit < 0.5 else -0.07
    if abs(lit - paper_lit) < abs(step):
        return raster.tone(tint, paper_lit + step, chroma)
    return tint


def _cut(
    direction: ArtDirection,
    rng: np.random.Generator,
    colours: tuple[RGB, list[RGB]],
    layout: str,
    side: str,
    work: int,
) -> tuple[Image.Image, compose.Box]:
    """The sheet cut or torn to the layout's shapes and laid on the plain ground, the
    title's side left bare; the focus is the shape's box (the lower strip of two)."""
    ground, inks = colours
    reach = calm_zone.title_reach(direction)
    shapes = cutout.place(composition_of(layout), side, reach, rng)
    water = _water(ground, inks[0])
    canvas = Image.new("RGB", (work, work), water)
    boxes = [cutout.box(s) for s in shapes]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    # a small shape shows part of a bigger sheet (the sheet scaled down to it combed a
    # fine moire): the stripes stay bold at 64 px
    side_px = max(16, round(max(x1 - x0, y1 - y0, SHEET_LEAST) * work) + 2)
    marble, _ = _marble(direction, rng, (water, inks), pattern_of(layout), "centre", side_px, False)
    canvas.paste(
        raster.to_size(marble, side_px),
        (round((x0 + x1) / 2 * work - side_px / 2), round((y0 + y1) / 2 * work - side_px / 2)),
    )
    light = rgb_to_oklch(ground)[0] > 0.5
    rim = oklch_to_rgb(0.98, 0.01, 85.0) if light else oklch_to_rgb(0.93, 0.02, 85.0)
    return cutout.lay(ground, canvas, shapes, rng, rim), boxes[-1]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the marbled cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "marbled")
    colours = _palette(direction, rng)
    side = sheet.title_side(direction)
    layout = _layout(direction, side)
    work = raster.work_size(size)
    if composition_of(layout) == "sheet":
        img, focus = _marble(direction, rng, colours, layout, side, work)
    else:
        img, focus = _cut(direction, rng, colours, layout, side, work)
    focal = compose.clip_box(focus) if focus else sheet.focal(side)
    image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
    return Artwork(image, focal, layout)
