"""The inks of a marbled sheet: a ground and 2-4 inks about 60/30/10 (a field ink,
vivid where the palette has a vivid colour, a second and a small accent), kept clean.

A yellow pushed dark turns amber, never olive; a grey goes to black, mid grey or
white. A grey palette is marbled as a real two- or three-ink sheet; dark genres are
marbled in two inks, high contrast (black and bone, black metal ash on black); trap
smoke and chrome with one pushed accent; funk and disco gold, hot pink and ice; cumbia
fluoro on black; folk and country navy, barn red and mustard on letterpress paper."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import from_hex, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection

# dark genres marbled in two inks, high contrast (dark inks and thin bone on black)
DARK = ("drill", "post_punk", "goth", "darkwave", "dark_ambient")
MONO = ("drill", "black_metal")  # genres whose greys stay grey
GREY = 0.045  # a palette whose ground and inks are all below this chroma is grey
# the spot ink a grey palette on a dark ground takes from its genre (OKLCH)
SPOTS = {"techno": (0.6, 0.2, 29.0), "minimal": (0.6, 0.2, 29.0), "dnb": (0.74, 0.16, 62.0)}
SPOTS |= {"jungle": (0.74, 0.16, 62.0), "electronic": (0.6, 0.2, 29.0)}


# the genres' own inks (ART-DIRECTION's palettes, hex), a paper and two or three inks
# (field, second, accent), the set nearest the palette's lightness: the bench's latin,
# world, pop and electronic covers had come out in the palette's muted tans, browns and
# greys (hyperpop keeps its palette: the heart on its magenta field was released by both
# reviewers)
Inks = tuple[str, tuple[str, ...]]
LATIN: tuple[Inks, ...] = (
    ("#141414", ("#FF3EA5", "#F5F5F5", "#00B3A6")),
    ("#F5F1EA", ("#00B3A6", "#141414", "#FF3EA5")),
)
POP: tuple[Inks, ...] = (
    ("#FFF6EC", ("#FF4F7B", "#3A3FD9", "#FFC23D")),
    ("#F4F7F2", ("#14A38B", "#2B2D9E", "#FF5A36")),
    ("#161228", ("#FF4F7B", "#35D0BA", "#FFE066")),
)
GENRE_INKS: dict[str, tuple[Inks, ...]] = {"latin": LATIN, "reggaeton": LATIN, "pop": POP}
GENRE_INKS |= {
    "bossa": (("#F7F4EE", ("#111111", "#D52B1E")),),
    "afrobeats": (
        ("#1B1B1B", ("#F2A900", "#E03C31", "#1E7F4F")),
        ("#F4EBD9", ("#1E7F4F", "#E03C31", "#F2A900")),
    ),
    "kpop": (("#FFF4E0", ("#E26FA5", "#7DB7E8", "#2E3A59")),),
    "city_pop": (
        ("#F6F8FB", ("#1E90FF", "#FF8FA3", "#2E8B57")),
        ("#0F2A4A", ("#7FD1FF", "#FF8FA3", "#FFFFFF")),
    ),
    "jpop": (("#FFF8F0", ("#FF5A7A", "#2E5BFF", "#FFC94D")),),
    "bedroom_pop": (("#F3EDE4", ("#E07A8F", "#5B6CC9", "#F2C14E")),),
    "dnb": (("#0B0F14", ("#FF9E2C", "#9FB3C8", "#E8EEF4")),),
    "techno": (("#0A0A0A", ("#E4312B", "#BDBDBD", "#F7D117")),),
    "idm": (("#FAFAF7", ("#111111", "#9A9A9A", "#FF3B1F")),),
    "arabic": (("#F1E9DA", ("#1D3557", "#C1272D", "#F2C14E")),),
    "bollywood": (("#F3E6CC", ("#FF6B00", "#B22222", "#FFC300")),),
    "mediterranean": (("#F5F0E6", ("#1F5AA6", "#C8553D", "#E0A458")),),
    "world": (("#F1E3C8", ("#2C7A7B", "#1B2A49", "#E0A458")),),
    "reggae": (("#0E0E0E", ("#E4002B", "#FFD100", "#00A651")),),
    "psychedelic": (("#140A24", ("#FF4F00", "#00A86B", "#FFD100")),),
    "synthwave": (("#1A0933", ("#FF2A6D", "#05D9E8", "#FFB000")),),
    "vaporwave": (("#F6E9F7", ("#B967FF", "#01CDFE", "#FF71CE")),),
    "jazz": (("#111111", ("#F2EDE4", "#1C5FA8")), ("#F2EDE4", ("#111111", "#E8702A"))),
    "gospel": (("#F7F3EA", ("#4B2A7B", "#F2C14E", "#1D3557")),),
    "lofi": (("#2B2D42", ("#F4A261", "#8D99AE", "#E9C46A")),),
    "hiphop": (("#E9E4DC", ("#7A1E2C", "#111111", "#C0C0C0")),),
}


def palette(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The ground and 2-4 inks: the genre's own inks where it has them,
    otherwise the palette's colours moved to stand off the ground."""
    pal = direction.palette
    count = 2 + round(direction.density)  # two or three inks: restrained
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
    return ground, restrain(chosen, ground)


CLOSE = 0.15  # two inks nearer than this in lightness (and not far apart in hue) mix to mud
STRONG = 0.45  # the one strong contrast: some two inks at least this far apart in lightness


def _clash(a: RGB, b: RGB) -> bool:
    """Whether two inks stand apart by hue alone (both vivid, far round the wheel)."""
    la, ca, ha = rgb_to_oklch(a)
    lb, cb, hb = rgb_to_oklch(b)
    return min(ca, cb) > 0.12 and min(abs(ha - hb), 360.0 - abs(ha - hb)) > 90.0


def restrain(inks: list[RGB], ground: RGB | None = None) -> list[RGB]:
    """The inks with no muddy pair and one strong contrast: an ink near another in
    lightness (and not apart by hue) is dropped where three remain, else pushed away;
    where no two inks stand STRONG apart, the ink furthest from the field ink is pushed
    to black-ish or white-ish: away from the `ground` where there is one (an ink
    pushed to the ground's own lightness vanishes), else whichever side has room."""
    g_lit = None if ground is None else rgb_to_oklch(ground)[0]
    out = list(inks)
    lit = [rgb_to_oklch(c)[0] for c in out]
    if len(out) > 2:
        for k in (1, 2):
            near = [j for j in range(len(out)) if j != k and abs(lit[j] - lit[k]) < CLOSE]
            if any(not _clash(out[k], out[j]) for j in near):
                del out[1]  # the second gives way: the accent stays the one small note
                break
    lit = [rgb_to_oklch(c)[0] for c in out]
    if len(out) == 2 and abs(lit[1] - lit[0]) < CLOSE and not _clash(out[0], out[1]):
        lower = lit[0] >= 0.5 if g_lit is None else g_lit >= 0.5
        away = lit[0] + (-0.3 if lower else 0.3)  # the pair pushed apart
        out[1] = raster.tone(out[1], float(np.clip(away, 0.12, 0.93)), None)
        lit[1] = rgb_to_oklch(out[1])[0]
    if max(lit) - min(lit) < STRONG:
        far = max(range(1, len(out)), key=lambda k: abs(lit[k] - lit[0]))
        up = lit[0] + STRONG + 0.03 <= 0.93 or (lit[0] - STRONG - 0.03 < 0.12 and lit[0] < 0.52)
        if g_lit is not None:
            up = g_lit < 0.5
        target = 0.93 if up else 0.12
        short = STRONG + 0.01 - abs(target - lit[0])
        if short > 0:  # no room either way: the field ink gives way too
            out[0] = raster.tone(out[0], lit[0] + (-short if up else short), None)
        out[far] = raster.tone(out[far], float(target), None)
        lit = [rgb_to_oklch(c)[0] for c in out]
        if len(out) == 3 and abs(lit[1] - lit[2]) < CLOSE and not _clash(out[1], out[2]):
            del out[3 - far]  # the pushed ink landed by the other: that one gives way
    return out


def _grey_inks(direction: ArtDirection, ground: RGB, inks: list[RGB]) -> tuple[RGB, list[RGB]]:
    """A grey palette marbled as a real two- or three-ink sheet (black and white alone,
    or with a fleck of accent, drew zebra stripes): on a light ground the Ebru paper
    (cream, indigo and oxblood, a fleck of ochre); on a dark one the greys kept and a
    spot ink as the second colour: the palette's accent where it is vivid, else the
    genre's (techno's red, drum and bass's sodium glow, else a deep indigo)."""
    if rgb_to_oklch(ground)[0] > 0.5:
        paper = oklch_to_rgb(0.94, 0.03, 85.0)
        # indigo, a brick red clear of it in lightness (oxblood beside indigo read as
        # mud: Salt Flats, 별빛 Parade), a fleck of ochre
        ebru = [(0.34, 0.11, 262.0), (0.6, 0.15, 32.0), (0.8, 0.12, 70.0)]
        return paper, restrain([oklch_to_rgb(*c) for c in ebru[: max(2, len(inks))]], paper)
    if len(inks) > 2 and rgb_to_oklch(inks[-1])[1] > 0.1:  # the accent becomes the second
        return ground, [inks[0], inks[-1], *inks[2:-1], inks[1]]
    spot = SPOTS.get(direction.language.subgenre) or SPOTS.get(direction.genre)
    out = list(inks)
    out[1] = oklch_to_rgb(*(spot or (0.55, 0.16, 262.0)))
    return ground, out


def _genre_inks(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]] | None:
    """The inks of the genres that want their own (field, second, accent). Dark genres
    (DARK) and metal: two inks, high contrast: dark inks (a field ink and a soot
    second, metal's field oxblood-black, black metal's ash) and bone as the thin
    accent, on black. Trap: smoke and chrome on a
    violet-black, one pushed red or purple accent. Funk and disco: gold, hot pink and
    ice on black (on cream where the palette is light: a dark title needs it). Cumbia
    and salsa (tropical): fluoro pink, lime and yellow on black. Folk and country:
    navy, barn red and a mustard note on letterpress paper. The genres in GENRE_INKS:
    one of their sets. Else None."""
    sub, genre = direction.language.subgenre, direction.genre
    bone = oklch_to_rgb(0.88, 0.03, 85.0)
    if sub == "black_metal":  # soot and bone, a slate between (ash on soot read as mud)
        ash, soot = oklch_to_rgb(0.42, 0.01, 250.0), oklch_to_rgb(0.13, 0.004, 250.0)
        return oklch_to_rgb(0.1, 0.004, 250.0), [soot, ash, bone]
    if genre == "metal" or "doom" in sub:
        blood = oklch_to_rgb(0.25 + 0.03 * direction.energy, 0.1, 25.0)
        return oklch_to_rgb(0.1, 0.006, 40.0), [oklch_to_rgb(0.12, 0.006, 40.0), blood, bone]
    if sub in DARK:  # black and bone, a cold steel accent (two soot inks read as murk)
        hue = rgb_to_oklch(direction.palette.accent)[2]
        soot, steel = oklch_to_rgb(0.16, 0.008, hue), oklch_to_rgb(0.52, 0.08, hue)
        return oklch_to_rgb(0.1, 0.006, hue), [soot, bone, steel]
    if sub == "trap":
        accent = (0.55, 0.22, 27.0) if rng.random() < 0.5 else (0.5, 0.2, 305.0)
        smoke, chrome = oklch_to_rgb(0.34, 0.02, 295.0), oklch_to_rgb(0.94, 0.006, 250.0)
        return oklch_to_rgb(0.12, 0.03, 300.0), [smoke, chrome, oklch_to_rgb(*accent)]
    if sub in ("funk", "disco"):
        gold, pink = oklch_to_rgb(0.82, 0.14, 85.0), oklch_to_rgb(0.64, 0.24, 355.0)
        dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
        ground = (0.15, 0.01, 30.0) if dark else (0.95, 0.025, 85.0)  # the title's ground
        return oklch_to_rgb(*ground), [gold, pink, oklch_to_rgb(0.88, 0.08, 215.0)]
    if sub == "tropical":  # cumbia, salsa, chicha: fluoro screenprint on black
        pink, lime = oklch_to_rgb(0.66, 0.25, 355.0), oklch_to_rgb(0.9, 0.22, 132.0)
        return oklch_to_rgb(0.13, 0.006, 330.0), [pink, lime, oklch_to_rgb(0.94, 0.19, 105.0)]
    if sub in ("folk", "country"):  # letterpress paper: navy, barn red, a mustard note
        navy, red = oklch_to_rgb(0.33, 0.08, 255.0), oklch_to_rgb(0.52, 0.16, 28.0)
        return oklch_to_rgb(0.94, 0.03, 85.0), [navy, red, oklch_to_rgb(0.7, 0.14, 80.0)]
    sets = GENRE_INKS.get(sub)
    if sets is None:
        return None
    # the set whose paper is nearest the palette's ground in lightness (a sunny pop song
    # on a light paper, a night one on a dark one)
    lit = rgb_to_oklch(direction.palette.background)[0]
    off = [abs(rgb_to_oklch(from_hex(g[0]))[0] - lit) for g in sets]
    near = [g for g, o in zip(sets, off, strict=True) if o <= min(off) + 0.2]
    ground, inks = near[int(rng.integers(len(near)))]  # the seed among those
    kept = (*inks[: 1 + round(direction.density)], inks[-1])  # the accent always
    return from_hex(ground), [from_hex(c) for c in dict.fromkeys(kept)]


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
