"""Neon sign: a night photograph of neon in the palette's colours, tubes thick and
glowing enough to read at 64 px: a picture (one sign, the song's waveform as a row or a
ring of tubes, a motel sign), or on many seeds the title in tubes.

Pictures, the title set by the typography (cover_parts/neon_scenes, neon_pictures,
neon_rings): below (the sign high on a wall seen from the street, turned to one side),
blinds (inside a shop window behind venetian blinds), reflection (high and wide over a
wet street), close (the tubes bigger than the frame), dusk (a motel sign on a pole
against a dusk sky, for a title naming the sun or the day), trace (the song's loudness
as a row of upright tubes), roadside (a motel sign with a bulb arrow seen from the road
at night) and ring (the song's loudness as a burst of radial tubes, or a sparse song's
concentric arcs); a loud song's trace and ring run off the frame's edges (the ring from
an edge, sunk past it or from a corner), a quiet song's stand small in the dark. The
genre leans the pick (GENRE_LEANS: the blinds and the close crop for k-pop, the ring and
the trace for synthwave and house), the loudness too (LOUDNESS), then the seed; a title
naming rain, a road, a city, a window or the night leans to its scene.

The title's own sign (cover_parts/neon_words, neon_fronts) on WORD_SHARE of the seeds
for a title that names no icon and that a light face can spell (BARE_WORD_SHARE where
it names nothing a sign can draw): on its wall, over a wet street, down a blade, in a
shop window, over a doorway, at an angle or on a pole (a title naming the day: a pole,
a blade or the angle, under a dusk sky); a short CJK title down a blade (CJK_BLADE);
one sign in five has a letter burnt out. The style sets that title (sets_title); the
memory reads all of them as one picture (skeleton_of: "word", and "pole" for the word
on a pole and the dusk sign).

title -> what a sign draws (cover_parts/neon_shapes): a heart, a star, a diamond, a
crown, a palm, a cocktail glass, a lightning bolt or an eye where the title names it;
a moon, a sun, a wave, a rose or a rain cloud where the title cannot be bent itself;
else the song's own sign (cover_parts/neon_song: its loudness as levels or a burst)
in any scene but the close crop, or the bare trace or ring. The genre -> the wall
(WALLS: tiles for k-pop and house, brick for hip-hop alone, concrete for synthwave); the
palette -> the tube colours.
Retired: see RETIRED and neon_shapes.RETIRED; the genre's stock bar sign (a palm, a
crown, a cocktail, a bolt or a star for a title naming none: "the alley with one icon",
round-14 reviewers)."""

from __future__ import annotations

import zlib

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import neon_fronts as fronts
from sleeve.engine.styles.cover_parts import neon_pictures as pictures
from sleeve.engine.styles.cover_parts import neon_rings as rings
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_song as song
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts import neon_words as words
from sleeve.engine.styles.cover_parts.calm_zone import title_reach, title_zone
from sleeve.engine.styles.cover_parts.title_words import holds, motifs
from sleeve.engine.title_layout import TitleLayout

STYLE = StyleInfo(
    name="neon_sign",
    family="image",
    # the night genres whose sleeves glow: house, EDM, synthwave and vaporwave; trap,
    # reggaeton, k-pop, hyperpop and city pop through their languages (not all pop: a neon sun on
    # Sunny Days), nor techno, IDM or lo-fi (a neon cloud on Lo-fi Rain), nor gospel
    # (a bar sign on a praise song), bossa nova or psychedelic rock (a reviewer: "stop
    # picking neon for bossa nova or psychedelic")
    fits=("dance", "synthwave"),
    never=(
        "children",
        "classical",
        "folk",
        "metal",
        "ambient",
        "spoken",
        "lofi",
        "gospel",
        "bossa",
        "psychedelic",
        "idm",
        "rock",
    ),  # fmt: skip
    music=True,
    # four art directors (2026-12-02) graded it M on nearly every track it took (12 of
    # 148 covers, one R) and asked for it on the night's club music only: R&B, funk,
    # J-pop, tropical, Latin and afrobeats no longer list it, and it is offered half as
    # readily; never for rock (a neon star took 君と見た花火 from its praised fireworks)
    weight=0.5,
    # a night sign for the night's things: a sun, the sea, a flower or a cloud in a
    # title brought neon to Sunny Days, Солнечный день, Καλοκαίρι στη θάλασσα, La Cumbia
    # del Sol and Sunrise Dub ("night neon, the opposite of sunny": both reviewers)
    subjects=tuple(
        s for s in shapes.SUBJECTS if s not in ("sun", "sea", "flower", "cherry", "cloud")
    ),
)
# the pictures (the window and the wall, one sign on a dark ground, read as one
# skeleton: each scene has its own viewpoint and setting; the trace, the ring,
# and the roadside: neon as a picture, not a word, after four reviewers'
# "one idea")
COMPOSITIONS = ("reflection", "blinds", "dusk", "below", "close", *pictures.SCENES, "ring")
SCENES = {**scenes.SCENES, **pictures.SCENES, "ring": rings.ring_scene}
# the pictures that draw no sign of the title's (the layout names the scene alone)
BARE = ("trace", "ring")
# four reviewers called the title bent in tubes "one idea" on every wall, street and
# window: a spellable title is itself the sign on this share of seeds, else a picture;
# a title naming nothing a sign can draw on BARE_WORD_SHARE (else a bar's star, bolt
# or eye: "sticker-pack clip-art", and the title "in flat grotesk instead of neon",
# round-10 reviewers)
WORD_SHARE = 0.3
BARE_WORD_SHARE = 0.8
# each composition's lean on the song's loudness (-1 calm .. 1 loud)
LOUDNESS = {"reflection": -0.5, "blinds": -0.2, "dusk": 0.0, "below": 0.3, "close": 0.6,
            "trace": 0.2, "ring": 0.0,
            "roadside": 0.1}  # fmt: skip
# the compositions a genre's music leans to (sub-genre, genre or family)
GENRE_LEANS = {
    "synthwave": ("reflection", "ring", "trace", "roadside"),
    "vaporwave": ("blinds", "ring"),
    "house": ("trace", "ring", "close"),
    "dance": ("trace", "close", "ring"),
    "edm": ("ring", "close", "below"),
    "trap": ("blinds", "below"),
    "hiphop": ("below", "close"),
    "rnb": ("blinds", "reflection"),
    "kpop": ("blinds", "below", "close"),
    "hyperpop": ("ring", "close"),
    "city_pop": ("reflection", "roadside"),
    "reggaeton": ("below", "roadside"),
    "latin": ("blinds", "roadside"),
    "world": ("reflection", "roadside"),
}
DUSK = "dusk"  # the motel sign on a pole against a dusk sky, for sun and day titles
# a day title's pictures: the dusk (three times as likely) or no sky at all (every
# turn of a day title hung the motel sign at dusk, one picture)
DAY = (DUSK, "trace", "ring")
# daytime words no title_words subject names (the sun's own words come as "sun")
DAY_WORDS = ("day", "days", "daytime", "morning", "noon", "afternoon", "día", "dia",
             "dawn", "early", "sunrise", "amanecer", "aurore", "рассвет",
             "días", "manhã", "matin", "день", "утро", "昼", "朝", "아침", "낮", "صباح",
             "نهار")  # fmt: skip
WORD = "word"  # the title itself bent in tubes (cover_parts/neon_words)
CJK_BLADE = 0.4  # the share of seeds that hang a short CJK title down a blade
TILT = 5.0  # the most degrees a title's sign on its wall hangs off level
# what a title names that its sign draws rather than the title's own letters
ICONS = ("heart", "star", "diamond", "crown", "palm", "cocktail", "bolt", "eye")
ICON_PICTURES = ("moon", "heart")  # icons a viewer reads as the picture, whatever the scene
NIGHT_ONLY = ("synthwave", "vaporwave")  # a sunset there is still the night drive
# small signs hung under a big title (filler); the unlit sign on a sunlit wall (its
# sunset "doesn't work", both reviewers): never drawn again
# the window and the wall: one sign flat on a dark ground, a repeat after the first;
# the windscreen: its glass framed by the car read as "a bent card" (both reviewers);
# the market's wall of small signs: "sticker-pack clip-art icons"; the stripe, one tube
# across a black frame, and the macro, one hooked tube: nine and twelve bench titles
# alike (round-10 reviewers and sheet)
RETIRED = ("stack", "daylight", "window", "wall", "windscreen", "market", "stripe", "macro")
DEEP = 0.42  # a top title reaching further down leaves the wall from below too little room
# what a title names -> the scenes that show it: rain or a road in a wet street, a
# city's street or its walls seen from below, a window's blinds, the night in a shop
# window or up a wall
BY_SUBJECT = (
    ("rain", ("reflection",)),
    ("road", ("reflection",)),
    ("city", ("below", "reflection")),
    ("window", ("blinds",)),
    ("night", ("blinds", "below")),
)
# the sign a title that names nothing hangs: the song's own (neon_song), never a
# genre's stock palm, crown, cocktail, bolt or star ("the alley with one icon")
SONG_SIGNS = song.NAMES
# the wall each genre's clubs and bars have, by sub-genre or genre; else NIGHT_WALLS.
# Brick is hip-hop's alone: on every Latin, R&B and pop track it "recycles a brick
# wall" (round-10 reviewers: Corazón de fuego, Habibi, ฝนตกที่กรุงเทพ)
WALLS = {
    "kpop": ("tile", "concrete"),
    "house": ("tile", "concrete"),
    "hiphop": ("brick",),
    "synthwave": ("concrete", "tile"),
    "vaporwave": ("tile",),
}
NIGHT_WALLS = ("concrete", "tile")


def _plan(direction: ArtDirection) -> tuple[str, str, str, np.random.Generator]:
    """The composition, the drawing, the title's zone and the rng that drew them."""
    rng = raster.rng_for(direction, "neon-plan")
    zone = title_zone(direction, rng)
    named = shapes.named_drawing(direction.title)
    lines = words.word_lines(direction.title) if named not in ICONS else ()
    word = raster.rng_for(direction, "neon-word").random()
    # a CJK title down a blade sign on some turns of the seed (the others a picture)
    cjk = not lines and named not in ICONS and words.cjk_column(direction.title)
    if cjk and word < CJK_BLADE:
        return WORD, "blade", zone, rng
    share = WORD_SHARE if named else BARE_WORD_SHARE
    if lines and word < share:  # the title's own sign, in the scene the music leans to
        day = is_daytime(direction)
        kinds = [
            k
            for k in (fronts.KINDS_BY_DAY if day else fronts.KINDS)
            if fronts.fits(k, lines, direction.title)
        ] or ["pole" if day else "wall"]
        if "rain" in motifs(direction.title) and "street" in kinds:
            return WORD, "street", zone, rng
        pick = raster.rng_for(direction, f"neon-front|{direction.title}")
        return WORD, fronts.pick_kind(pick, kinds, _loud(direction)), zone, rng
    drawing = named or song_sign(direction)
    if is_daytime(direction):  # the motel sign at dusk (its sign on the pole shrank
        # to a stamp under a title at the top), or a picture with no sky
        day = tuple(c for c in DAY if c != DUSK or zone != "top")
        return _weighted(direction, day), drawing, zone, rng
    # a wet street only where the title can stand on it (below, or a right column);
    # no close crop nor road behind a title across the middle (it would run under it),
    # nor the wall from below or the road under a title across the middle
    # or a deep one at the top (a shrunk sign was a stamp; the glow ran under the title
    # and called a grey scrim); no dusk at night
    deep = zone == "centre" or (zone == "top" and title_reach(direction) > DEEP)
    options = tuple(
        c
        for c in COMPOSITIONS
        if (c != "reflection" or zone in scenes.STREET_ZONES)
        and (c not in ("close", "roadside") or zone != "centre")
        and (c not in ("below", "roadside") or not deep)
        and c != DUSK
    )
    named_scene = _named_scene(direction, options)
    if named_scene and raster.rng_for(direction, "neon-named").random() < 0.6:
        return named_scene, drawing, zone, rng
    if named:  # a title naming a thing sees that thing (Corazón de fuego drew a trace)
        options = tuple(c for c in options if c not in BARE)
    else:  # the song's own sign cropped close is the trace or the ring again
        options = tuple(c for c in options if c != "close")
    return _weighted(direction, options), drawing, zone, rng


def _weighted(direction: ArtDirection, options: tuple[str, ...]) -> str:
    """A composition drawn from `options` by the seed, weighted to the genre's leans
    (GENRE_LEANS and the dusk, three times as likely) and to the song's loudness."""
    genres = (direction.language.subgenre, direction.genre, direction.language.family)
    leans = (DUSK, *next((GENRE_LEANS[g] for g in genres if g in GENRE_LEANS), ()))
    loud = _loud(direction) - 0.5
    weights = np.array(
        [(3.0 if c in leans else 1.0) * max(0.15, 1.0 + 1.6 * LOUDNESS[c] * loud) for c in options]
    )
    pick = raster.rng_for(direction, "neon-scene")
    return options[int(pick.choice(len(options), p=weights / weights.sum()))]


def _loud(direction: ArtDirection) -> float:
    """How loud the song is to the sign (0..1): energy, and some of its turbulence."""
    return 0.6 * direction.energy + 0.4 * direction.turbulence


def _title_hash(direction: ArtDirection, salt: str) -> int:
    """A number from the song's title and seed (the same every time)."""
    return zlib.crc32(f"{direction.title}|{direction.seed}|{salt}".encode())


def _named_scene(direction: ArtDirection, options: tuple[str, ...]) -> str:
    """The scene a title's subject asks for (rain: a windscreen or a wet street), the
    song and its title choosing between two; "" where it names none of them."""
    names = motifs(direction.title)
    for subject, scenes_ in BY_SUBJECT:
        fits = [c for c in scenes_ if c in options]
        if subject in names and fits:
            return fits[_title_hash(direction, subject) % len(fits)]
    return ""


def is_daytime(direction: ArtDirection) -> bool:
    """Whether the sign stands in the dusk: a title naming the sun, summer or the day,
    unless it names the night (a light palette alone keeps the night wall: by day Glass City,
    Candyfloss and 별빛 Parade read flat beside their night signs)."""
    names = motifs(direction.title)
    text = direction.title.lower()
    if names & {"night", "rain"} or direction.language.subgenre in NIGHT_ONLY:
        return False
    if holds(text, "neon"):
        return False
    return "sun" in names or any(holds(text, w) for w in DAY_WORDS)


def variant_of(direction: ArtDirection, drawing: str) -> int:
    """Which way a drawing of several ways is bent for this song (0 for the others):
    the title's own (two titles of one subject, one in `count` alike)."""
    count = shapes.VARIANTS.get(drawing, 1)
    return zlib.crc32(f"{drawing}:{direction.title.lower()}".encode()) % count


def song_sign(direction: ArtDirection) -> str:
    """The sign hung for a title that names nothing it can draw: the song's own
    loudness as levels or a burst (SONG_SIGNS), which by the title and the seed."""
    return SONG_SIGNS[_title_hash(direction, "song-sign") % len(SONG_SIGNS)]


def skeleton_of(layout: str) -> str:
    """The picture a layout reads as: its scene, whatever sign hangs in it ("close"
    for "close-heart"); the title's own sign is one picture on any wall, street or
    window ("word": four reviewers called them one idea), and a sign on a pole is one
    whether it spells the title or draws a heart ("pole": word-pole and dusk). A big
    moon or heart sign is that icon in any scene (three reviewers counted Midnight
    Tide's and 서울의 밤's pink crescent moons, behind blinds and from below, as one)."""
    scene, _, drawing = layout.partition("-")
    if layout == f"{WORD}-pole" or scene == DUSK:
        return "pole"
    if drawing in ICON_PICTURES:
        return drawing
    return scene


def sets_title(direction: ArtDirection) -> bool:
    """Whether the cover's sign is the title itself (the word composition), so the
    pipeline calls render_with_title and sets no second title on top."""
    return _plan(direction)[0] == WORD


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    composition, drawing, _, _ = _plan(direction)
    return _layout(composition, drawing)


def _layout(composition: str, drawing: str) -> str:
    """The layout's name: the scene and what hangs in it, or a bare picture's scene."""
    return composition if composition in BARE else f"{composition}-{drawing}"


def _wall(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, np.ndarray]:
    """The wall's kind and its tint: the palette ground's hue, barely there."""
    kinds = WALLS.get(direction.language.subgenre) or WALLS.get(direction.genre) or NIGHT_WALLS
    kind = kinds[int(rng.integers(len(kinds)))]
    _, chroma, hue = rgb_to_oklch(direction.palette.background)
    tint = oklch_to_rgb(0.62, min(chroma, 0.025) if chroma > 0.02 else 0.006, hue)
    if kind == "brick":  # fired clay, whatever the palette
        tint = oklch_to_rgb(0.6, 0.04, 45.0)
    return kind, raster.rgbf(tint)


def _res(size: int) -> int:
    """The sheet the photograph is drawn on: never under 256 px (the tubes need room),
    never over 384 (the glow is soft; bigger covers are scaled up under the grain)."""
    return int(min(max(size, 256), 384))


def _scene(direction: ArtDirection, size: int) -> tuple[str, str, scenes.Scene]:
    """The composition, the drawing and the scene it is drawn in."""
    composition, drawing, zone, rng = _plan(direction)
    res = _res(size)
    kind, tint = _wall(direction, rng)
    return (
        composition,
        drawing,
        scenes.Scene(
            rng=rng,
            res=res,
            hues=tubes.tube_hues(direction, rng),
            wall=kind,
            tint=tint,
            zone=zone,
            free=scenes.free_box(zone, title_reach(direction)),
            drawing=drawing,
            curve=shapes.music_curve(direction),
            energy=direction.energy,
            density=direction.density,
            variant=0 if composition == WORD else variant_of(direction, drawing),
            rain="rain" in motifs(direction.title),
        ),
    )


def _photo(direction: ArtDirection, picture: np.ndarray, size: int) -> Image.Image:
    """The float picture at `size` px under the neon finish."""
    img = raster.to_image(np.clip(picture, 0.0, 1.0))
    if img.size != (size, size):
        method = Image.Resampling.BILINEAR if size > img.width else Image.Resampling.LANCZOS
        img = img.resize((size, size), method)
    return finish(img, direction, "neon", 0.035)


def _word(direction: ArtDirection, size: int) -> tuple[Image.Image, words.Lettering, tuple]:
    """The title's own sign: the cover, its lettering and its focal box."""
    _, kind, scene = _scene(direction, size)
    lines = words.word_lines(direction.title) or (" ".join(direction.title.split()),)
    loud = _loud(direction)
    _, face = words.face_for(bool((_title_hash(direction, "face") + (loud > 0.5)) % 2), lines)
    sign = fronts.Sign(
        lines,
        face,
        turn=TILT * ((_title_hash(direction, "tilt") % 9) - 4) / 4,  # a hand-hung sign
        dead=words.dead_letter(lines, _title_hash(direction, "dead") // 5)
        if _title_hash(direction, "dead") % 5 == 0  # one sign in five has a letter out
        else (-1, -1),
        size=float(np.clip(loud + 0.3 * (scene.rng.random() - 0.5), 0.0, 1.0)),
        rain="rain" in motifs(direction.title),
        dusk=is_daytime(direction),
    )
    picture, lettering, focal = fronts.SCENES[kind](scene, sign)
    return _photo(direction, picture, size), lettering, focal


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The word cover: the title bent in tubes, and where it went."""
    image, lettering, _ = _word(direction, size)
    k = size / lettering.mask.shape[0]
    mask = raster.to_image(lettering.mask).resize((size, size), Image.Resampling.BILINEAR)
    boxes = tuple(tuple(int(round(v * k)) for v in b) for b in lettering.boxes)
    lit = np.asarray(mask) > 127
    ink = np.asarray(image, np.float64)[lit].mean(axis=0) if lit.any() else (255, 255, 255)
    middle = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2 / size
    band = 0 if middle < 0.4 else (2 if middle > 0.6 else 1)
    chars = tuple(len(line) for line in lettering.lines)
    color = (int(ink[0]), int(ink[1]), int(ink[2]))
    return image, TitleLayout(mask, boxes, chars, color, "none", band)  # type: ignore[arg-type]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the neon sign cover (RGB, size x size)."""
    if sets_title(direction):
        image, _, focal = _word(direction, size)
        return Artwork(image, compose.clip_box(focal, 0.05), layout_of(direction))
    composition, drawing, scene = _scene(direction, size)
    picture, focal = SCENES[composition](scene)
    art = _photo(direction, picture, size)
    return Artwork(art, compose.clip_box(focal, 0.05), _layout(composition, drawing))
