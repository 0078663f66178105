"""Paper cut: layered paper-craft cuts with deep shadows on grained paper, made from
the music (a tunnel of rings counting the tempo, the song's waveform carved through the
sheets) or from what the title names, in the genre's own papers.

Untitled songs get a cut from the music (paper_tunnel: the tunnel of rings, one ring per
13 BPM, each opening breathing with the energy at its moment, light at its end; the
song's loudness carved as a mirrored waveform through four or five sheets; paper_coil's
quilled coil, a turn per 16 BPM, its gaps opening where the song is loud), the sea
(paper_dioramas' curling waves with a sailboat, lighthouse, pier or gulls; paper_swell's
one huge wave, never classical music's), paper_garland's strings of cut pennants at two
to four depths, low or swagged from the top (review J: the stock paper flower, now only
a flower title's) or a quarter sun of cut rays (paper_design); the mood's list (dark
fields, folk, festive genres, hard genres, the rest) is leaned by the energy, calm to
loud. The title's words name the motif: the sea, a heart (paper_heart: of cut dots,
split, a heartbeat's pulse cut as the edges of stacked sheets, or a window onto flames,
which any fire title gets; or, round 11, cut huge out of a front sheet and cropped by
the frame: paper_aperture), the sun (rays, or a sun through paper_aperture's window), a
mountain or cloud (paper_aperture's window into layers: one to three arches or a round
hole, as many, big and placed as the song says, in a front sheet, and through it three
to eight sheets, as many and as tall as the song is loud and fast, jagged when it is
turbulent; the hill dioramas, "the same stack of hills with a disc", are retired), a
road (paper_land), coffee or tea (paper_cup: one big cup cropped by the frame, its steam
swaying with the song), rain (paper_room's window at night or the street outside it, or
paper_umbrella's huge umbrella from above in a rain as dense as the song is fast), a
cherry blossom (paper_blossom), a duck or a songbird (paper_pond), another bird
(paper_land's crane), the night or a star (paper_design's crescent, paper_sky's planet,
a star cut huge as the window, paper_stars' parade for a parade title). The window also
takes the tunnel of rings' place among an untitled song's looks (the tunnel stays for
dark songs, gospel and relief genres). The sheets stand off each other as high as the
song is loud (depth): a quiet song's shadows are short and soft, a loud one's long and
deep. Lo-fi gets its room, street, cup or waveform; IDM, techno, EDM, synthwave, jazz
and classical abstract relief (paper_relief's rings and bars, or the tunnel, the coil
and the waveform) unless the title names a night subject (KEPT); gospel the tunnel to
the light or rays; a children's song mostly paper_forms' toy town. A hard genre is cut
from dark paper. Colour (paper_colors, paper_inks) follows the genre's palette and the
mood: a night field takes the genre's own hue (navy only where it has none), never brown
mud. Retired, as art directors read them as random shapes, a template or stock: torn
strata, side strips and scraps, frond, star and blob cut-outs, the raised single icon,
the vertical tree, the geometric collage, the tunnel of arches, the mandala, and (round
7, "stock vignettes") the paper city of lit windows (skyline), the pine forest (forest),
the hills through a porthole (porthole) and the stacked squares (squares)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageFilter
from scipy import ndimage

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import paper_aperture as pa
from sleeve.engine.styles.cover_parts import paper_blossom as pb
from sleeve.engine.styles.cover_parts import paper_city as pci
from sleeve.engine.styles.cover_parts import paper_coil as pco
from sleeve.engine.styles.cover_parts import paper_colors as pc
from sleeve.engine.styles.cover_parts import paper_cup as pcu
from sleeve.engine.styles.cover_parts import paper_design as pd
from sleeve.engine.styles.cover_parts import paper_dioramas as pdi
from sleeve.engine.styles.cover_parts import paper_forms as pf
from sleeve.engine.styles.cover_parts import paper_garland as pg
from sleeve.engine.styles.cover_parts import paper_heart as ph
from sleeve.engine.styles.cover_parts import paper_inks as pi
from sleeve.engine.styles.cover_parts import paper_land as pl
from sleeve.engine.styles.cover_parts import paper_pond as pp
from sleeve.engine.styles.cover_parts import paper_relief as prl
from sleeve.engine.styles.cover_parts import paper_room as pr
from sleeve.engine.styles.cover_parts import paper_scenes as ps
from sleeve.engine.styles.cover_parts import paper_sky as psk
from sleeve.engine.styles.cover_parts import paper_stars as pst
from sleeve.engine.styles.cover_parts import paper_swell as psw
from sleeve.engine.styles.cover_parts import paper_tunnel as ptu
from sleeve.engine.styles.cover_parts import paper_umbrella as pu
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.styles.cover_parts.paper_colors import colors, mood

STYLE = StyleInfo(
    name="paper_cut",
    family="image",
    fits=("folk", "world", "classical", "ambient", "jazz", "lofi", "pop"),
    # club music, synthwave, metal, punk, trap, drill and reggaeton: paper craft reads
    # as the wrong record there (a surf wave on IDM, a flower on perreo); other styles
    # serve them
    never=("electronic", "dance", "synthwave", "metal", "punk", "trap", "drill", "reggaeton"),
    weight=0.4,  # listed by many languages, it was the most used style (12 of 148 covers)
    subjects=(
        "sea",
        "heart",
        "rain",
        "sun",
        "night",
        "flower",
        "star",
        "mountain",
        "cloud",
        "window",
        "duck",
        "bird",
        "cherry",
        "road",
    ),  # paper_cut._named
)

# calm .. loud: one clear subject (the sea, a bloom, rays) or a cut from the music (the
# tunnel of rings, the carved waveform). Retired, as art directors read them as random
# shapes or beside the point: the torn strata (level, leaning and upright side strips),
# torn scraps, frond, star and blob cut-outs, the raised single icon on a card ("stock
# clip art"), the vertical tree ("a Christmas tree") and the geometric collage
# ("sparse collage")
# the window (a vase on a shelf through a frame) only for a title that names a window
# or rain: two reviewers put it on 별빛 Parade among their five worst ("a vase on a
# shelf in an empty pink frame, for a k-pop song")
# the tunnel of arches is retired ("the same paper-cut arch for lo-fi, orchestral and a
# podcast jingle"; "a tunnel, not a gravel road"), and the mandala ("the same
# paper-flower-under-title skeleton" as the bloom); the moons (crescent, planet) are
# drawn only for a title that names the night or a star
# the forest, the porthole, the paper city (a lit-window skyline that four styles
# drew) and the stock hills are retired from these lists ("stock vignettes"): a song
# with no subject in its title gets the sea, a flower, rays or a cut made from its
# music (the tunnel of rings, the carved waveform)
# round 11: the tunnel of rings was the style's template (a stack of rings round a
# disc on 16 of 74 bench covers, "the same stack of hills with a disc"): the window
# into layers (paper_aperture) takes its place in these lists
LOOKS = ("waves", "aperture", "waveform", "garland", "rays")
# a dark song's untitled sea under the moon read as a stock vignette: the music's cuts
DARK_LOOKS = ("waveform", "aperture", "coil", "portal")
FOLK_LOOKS = ("waves", "waveform", "aperture", "rays")
FESTIVE = ("waves", "garland", "waveform", "rays")  # vivid genres: garlands, not a window
# hard genres (metal, punk, hard rock, drill, trap) never get a pastel diorama: a
# picture cut from dark paper (the song's waveform, its tunnel, a sea under the moon)
HARD = frozenset(
    {"black_metal", "death_metal", "heavy_metal", "doom_metal", "punk", "hardcore", "grunge"}
    | {"rock", "drill", "trap"}
)
HARD_LOOKS = ("waveform", "coil", "portal", "waveform")
# hip-hop, drill and trap are city music: never mountains (their music's waveform)
COUNTRY = ("aperture-peaks",)  # what a city title or city music trades for the waveform
# classical music never gets the close curling wave ("too turbulent for a nocturne")
STILL = frozenset({"classical"})
URBAN = frozenset({"hiphop", "drill", "trap", "grime", "rap"})
# a disc over layered bands, the title in the sky: reviewers read the mid-horizon
# landscape and the sea under a moon or a low sun as one picture
SKELETONS = {
    "waves-moon": "disc-over-bands",
    "waves": "disc-over-bands",
}
# genres a sunny, seaside, floral or children's picture does not suit (reviewers: a
# surf wave for IDM, an origami crane for jazz, a forest and moon for a nocturne, an
# empty lavender slope for gospel): abstract paper relief, or a night subject the title
# names (KEPT)
RELIEF = frozenset({"electronic", "jazz", "classical", "synthwave"})
RELIEF_SUBGENRES = frozenset({"idm", "techno", "edm", "gospel", "chamber", "cinematic"})
KEPT = frozenset({"heart", "room", "street", "crescent", "planet", "stars", "city"})
ORBITS = tuple(prl.ORBITS)
# club music of the Latin night (reggaeton): a tunnel of rings or bars, never a flower
NIGHTLIFE = frozenset({"reggaeton"})
# a heartbeat title's heart beats, never breaks (a split heart read as heartbreak)
BEAT = re.compile(r"heart ?beat|herzschlag|latido|battito|battement|धड़कन|धडकन|심장|鼓動|心跳")
# a parade title: a procession of what it names (stars: the stars' parade)
PARADE = re.compile(r"parade|desfile|défilé|parata|umzug|퍼레이드|パレード|游行")
# a title of many ducks (or ducklings) draws the line of ducklings behind the duck
BROOD = re.compile(r"ducks|ducklings|утята|утки|patitos|patos|\b(two|three|four|five|six)\b")
# a coffee or tea title: the big paper cup, its steam swaying with the song
CUP = re.compile(r"coffee|café|cafe\b|kaffee|caffè|кофе|コーヒー|咖啡|커피|\btea\b|\bchai\b|お茶")
SHADE = 128  # resolution of the soft shadow field (the contact shadow is sharper)


@dataclass(frozen=True)
class Plan:
    """What is cut: `look` is one of LOOKS, a relief (orbit, columns) or a motif the
    title names (rays, heart, crescent, planet, stars, bloom, parade); `cut` a
    landscape's horizon ("low", "high", "slope"), "moon" for waves, a bloom's or an
    orbit's anchor, a heart's kind; `sea`: the colours lean blue."""

    look: str
    cut: str = ""
    sea: bool = False

    @property
    def name(self) -> str:
        """The layout's name: the look, with its cut ("aperture-sun", "waves-moon")."""
        return f"{self.look}-{self.cut}" if self.cut else self.look


def _land(mountain: bool) -> Plan:
    """A mountain or cloud title's landscape, seen through a window cut in the front
    sheet: ridges for a mountain, the song's swells for a cloud. The layered-hill
    dioramas (horizon high, low, mid or a slope) are retired: reviewers read them as
    "the same stack of hills with a disc", a children's book on adult genres."""
    return Plan("aperture", "peaks" if mountain else "")


def _sea(rng: np.random.Generator, night: bool | None = None, still: bool = False) -> Plan:
    """The sea: under a moon (a night song's, or now and then when the title does not
    say), one huge wave seen close (swell; never for `still` music), or far under a low
    sun."""
    r = rng.random()
    if night or (night is None and r < 0.3):
        return Plan("waves", "moon", sea=True)
    return Plan("swell", sea=True) if r < 0.6 and not still else Plan("waves", sea=True)


def still(direction: ArtDirection) -> bool:
    """Classical music (a nocturne, chamber music): its sea lies calm, never a curling
    wave."""
    return direction.genre in STILL or direction.language.subgenre in STILL


def _named(rng: np.random.Generator, words: set[str], direction: ArtDirection) -> Plan | None:
    """The motif the title's words name, drawn big (most of the time), or None."""
    own = rng.random() < 0.15  # now and then a named song gets a look of its own
    r = rng.random()
    title = direction.title.lower()
    if BEAT.search(title):  # a heart that beats, always
        return Plan("heart", "beat")
    if "star" in words and PARADE.search(title):  # the stars' parade, always
        return Plan("stars")
    if "cherry" in words:  # the cherry branch always: a blob flower is no sakura
        return Plan("blossom")
    if CUP.search(title):  # the cup always: a forest for "coffee & notebooks" was off
        return Plan("cup")
    if title_words.names_fire(direction.title) and "sun" not in words:
        # the flames (a curling wave for "Slow Burn" was off), through a heart only
        # where the title names one (three paper hearts on one sheet: a template)
        return Plan("heart", "fire") if "heart" in words else Plan("hearth")
    night = "night" in words
    if night and "city" in words:  # the city at night always: its rows under the moon
        return Plan("city")  # (月光下的城市 got a lone crescent on a brown field)
    if "sea" in words:  # the sea always: its colours are the song's
        return _sea(rng, night, still(direction))
    if "mountain" in words:  # mountains always, never a moon
        return _land(True)
    if "road" in words:  # a road winding into the hills
        return Plan("road")
    if "sun" in words and "rain" not in words and not night:  # the sun (not a tunnel)
        return Plan("rays") if r < 0.5 else Plan("aperture", "sun")
    if own:
        return None
    if "heart" in words:  # one designed heart, never a heart nested in a heart
        sad = mood(direction) in ("dark", "sad") or direction.valence < 0.4
        if rng.random() < 0.4:  # the heart cut huge out of the front sheet, cropped
            return Plan("aperture", "heart")
        return Plan("heart", "split" if r < (0.7 if sad else 0.3) else "dots")
    if "window" in words:  # the rainy window at night
        return Plan("room")
    if "rain" in words:  # the rainy window, the street outside it, or an umbrella
        return Plan("room") if r < 0.4 else Plan("street") if r < 0.7 else Plan("umbrella")
    if night:
        if r < 0.4:
            return Plan("crescent")
        return Plan("planet") if r < 0.7 else Plan("waves", "moon", sea=True)
    if "flower" in words:
        return _bloom(rng, direction)
    if "star" in words:  # stars, never a lone crescent (the parade only for a parade)
        return Plan("planet") if r < 0.45 else Plan("aperture", "star")
    if "cloud" in words:
        return _land(False)
    if "duck" in words:  # a paper duck on its pond (the parade had no duck in it)
        return Plan("pond", "close" if r < 0.3 else "", sea=True)
    if "bird" in words:  # a songbird perched on a branch, or a paper crane in flight
        return Plan("branch") if r < 0.6 else Plan("crane")
    return None


def _bloom(rng: np.random.Generator, direction: ArtDirection) -> Plan:
    """A bloom whose anchor (a corner, the foot, a side) the seed and the tempo pick,
    so two flower songs in a batch do not get one picture."""
    turn = int(rng.integers(0, 3)) + int(direction.tempo_bpm // 30)
    return Plan("bloom", ("", "foot", "side")[turn % 3])


def relief(direction: ArtDirection) -> bool:
    """IDM, techno, EDM, synthwave, jazz, classical and gospel: abstract paper relief."""
    return direction.genre in RELIEF or direction.language.subgenre in RELIEF_SUBGENRES


def _relief(direction: ArtDirection, rng: np.random.Generator) -> Plan:
    """Gospel's light at the end of a tunnel of rings, or its rays; club music's bars;
    else the song's carved waveform, its tunnel of rings, its quilled coil, or rings
    about a corner, the foot or a side (the stacked squares are retired: both closing
    reviewers named them the style's weakest two days running, "not gospel")."""
    r = rng.random()
    sub = direction.language.subgenre
    if sub == "gospel":
        return Plan("portal") if r < 0.6 else Plan("rays")
    # club music's bars; IDM's never (its bars read as a pixel-sort bar code)
    electronic = sub != "idm" and (direction.genre in ("electronic", "synthwave") or sub == "edm")
    if electronic and r < 0.25 + 0.3 * direction.energy:
        return Plan("columns")
    pick = rng.random()
    if pick < 0.2:
        return Plan("waveform")
    if pick < 0.36:
        return Plan("portal")
    if pick < 0.56:
        return Plan("aperture")
    if pick < 0.72:
        return Plan("coil")
    return Plan("orbit", str(rng.choice(ORBITS)))


def festive(direction: ArtDirection) -> bool:
    """A genre whose covers are vivid and ornamental (Bollywood, afrobeats, latin,
    children's...)."""
    return pc.festive(direction)


def hard(direction: ArtDirection) -> bool:
    """A hard genre (metal, punk, hard rock, drill, trap): dark paper, night pictures."""
    sub = direction.language.subgenre
    return sub in HARD or direction.genre in ("metal", "punk")


def lofi(direction: ArtDirection) -> bool:
    """Lo-fi hip hop and chillhop: a rainy window at night, a lamp on the desk."""
    return "lofi" in (direction.genre, direction.language.subgenre)


def urban(direction: ArtDirection) -> bool:
    """Hip-hop, drill, trap: city music, never a landscape of mountains and pines."""
    return direction.genre in URBAN or direction.language.subgenre in URBAN


def plan(direction: ArtDirection, rng: np.random.Generator) -> Plan:
    """The composition (_plan), where a city title or city music (hip-hop, drill,
    trap) trades a landscape of hills (COUNTRY) for the carved waveform."""
    chosen = _plan(direction, rng)
    city = "city" in title_words.motifs(direction.title) or urban(direction)
    return Plan("waveform") if city and chosen.name in COUNTRY else chosen


def _plan(direction: ArtDirection, rng: np.random.Generator) -> Plan:
    """The composition: the first draws of the style's rng, before any cutting. The
    title's words may name a motif; a relief genre gets abstract relief (or a night
    subject its title names); reggaeton bars or a rooftop city; a children's song
    mostly gets the parade; a festive genre a bloom, rays; a hard genre a night
    picture; else energy leans the look (calm: waves, a forest; loud: a bloom, rays)
    and the seed picks."""
    words = title_words.motifs(direction.title)
    named = _named(rng, words, direction)
    if relief(direction):
        return named if named is not None and named.look in KEPT else _relief(direction, rng)
    if named is not None:
        return named
    if direction.language.subgenre in NIGHTLIFE:
        return Plan("portal") if rng.random() < 0.4 else Plan("columns")
    if lofi(direction):  # never the general looks: one drew a surf wave for a lo-fi song
        pick = rng.random()  # the room and the street alone made a lo-fi album one template
        if pick < 0.7:
            return Plan("room" if pick < 0.45 else "street")
        return Plan("cup" if pick < 0.85 else "waveform")
    if hard(direction):
        look = compose.pick(rng, HARD_LOOKS, direction.energy)
        return Plan(look)
    if direction.genre == "children" and rng.random() < 0.75:
        return Plan("parade")
    if festive(direction):
        looks = FESTIVE
    elif mood(direction) == "dark":
        looks = DARK_LOOKS
    elif direction.genre == "folk":
        looks = FOLK_LOOKS
    else:
        looks = LOOKS
    look = compose.pick(rng, looks, direction.energy)
    if look == "bloom":
        return _bloom(rng, direction)
    if look == "waves":  # a festive sea lies in the sun, never a dark curling wave
        festive_sea = looks is FESTIVE
        return _sea(rng, False if festive_sea else None, festive_sea or still(direction))
    return Plan(look)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction, raster.rng_for(direction, "paper_cut")).name


def _scene(direction: ArtDirection, rng: np.random.Generator, chosen: Plan) -> ps.Scene:
    """The planned composition's sheets."""
    curve, energy = direction.energy_curve, direction.energy
    look = chosen.look
    if look == "aperture":
        return pa.aperture(
            rng, curve, energy, direction.tempo_bpm, direction.turbulence,
            sun=chosen.cut == "sun", peaks=chosen.cut == "peaks",
            subject=chosen.cut if chosen.cut in ("heart", "star") else "",
        )  # fmt: skip
    if look == "waves":
        return pdi.waves(rng, curve, energy, chosen.cut == "moon")
    if look == "swell":
        return psw.swell(rng, curve, energy, hard(direction) or mood(direction) == "dark")
    if look == "crane":
        return pl.crane(rng, curve, energy)
    if look == "road":
        words = title_words.motifs(direction.title)
        night = mood(direction) == "dark" or "night" in words or hard(direction)
        return pl.road(rng, curve, night)
    if look == "rays":
        return pd.rays(rng, curve, energy)
    if look == "hearth":
        return ph.fire(rng, curve, energy, hearth=True)
    if look == "heart":
        if chosen.cut == "fire":
            return ph.fire(rng, curve, energy)
        if chosen.cut == "dots":
            return ph.dots(rng, curve, energy)
        if chosen.cut == "beat":
            return ph.beat(rng, curve, energy, direction.tempo_bpm)
        return ph.split(rng, curve, energy)
    if look == "room":
        return pr.rainy_window(rng, energy)
    if look == "street":
        return pr.rainy_street(rng, curve, energy)
    if look == "planet":
        return psk.planet(rng, curve, energy)
    if look == "blossom":
        return pb.branch(rng, curve, energy)
    if look == "crescent":
        return pd.crescent(rng)
    if look == "city":
        return pci.city(rng, curve, energy, direction.tempo_bpm)
    if look == "bloom":
        return pd.bloom(rng, curve, energy, chosen.cut)
    if look == "orbit":
        return prl.orbit(rng, curve, energy, chosen.cut)
    if look == "columns":
        return prl.columns(rng, curve, energy)
    if look == "garland":
        return pg.garland(rng, curve, energy, direction.tempo_bpm, direction.turbulence)
    if look == "umbrella":
        return pu.umbrella(rng, energy, direction.tempo_bpm)
    if look == "coil":
        return pco.coil(rng, curve, energy, direction.tempo_bpm)
    if look == "cup":
        return pcu.cup(rng, curve, energy)
    if look == "portal":
        return ptu.portal(rng, curve, energy, direction.tempo_bpm)
    if look == "waveform":
        return ptu.waveform(rng, curve, energy)
    if look == "stars":
        return pst.parade(rng, curve, energy)
    if look == "parade":
        return pf.parade(rng, curve)
    if look == "branch":
        night = mood(direction) == "dark" or "night" in title_words.motifs(direction.title)
        return pp.branch(rng, curve, energy, night)
    words = title_words.motifs(direction.title)  # the pond
    night = mood(direction) == "dark" or "night" in words
    brood = BROOD.search(direction.title.lower()) is not None
    return pp.pond(rng, curve, energy, night, brood, chosen.cut == "close")


def _mask(layer: ps.Layer, size: int) -> Image.Image:
    """A layer's paper as an anti-aliased mask (L) at size."""
    mask = Image.new("L", (size, size), 0)
    draw = aggdraw.Draw(mask)
    brushes = {True: aggdraw.Brush(255), False: aggdraw.Brush(0)}
    for points, add in layer.shapes:
        draw.polygon([v * size for p in points for v in p], brushes[add])
    draw.flush()
    return mask


def _cut(img: Image.Image, layers: list[tuple[ps.Layer, RGB | int]]) -> None:
    """Lay the sheets, each in its colour, on the image back to front: drawn straight
    on it (anti-aliased, one drawing for a run of sheets) when a sheet has no holes or
    holes inside it (as one keyhole outline), through a mask otherwise (a crescent)."""
    draw = None
    for layer, color in layers:
        shapes = list(layer.shapes)
        holes = [pts for pts, add in shapes[1:] if not add]
        if holes and len(holes) == len(shapes) - 1 and all(_inside(h, shapes[0][0]) for h in holes):
            shapes = [(_keyhole(shapes[0][0], holes), True)]
        if not all(add for _, add in shapes):
            if draw is not None:
                draw.flush()
                draw = None
            img.paste(color, (0, 0), _mask(layer, img.size[0]))
            continue
        draw = draw or aggdraw.Draw(img)
        brush = aggdraw.Brush(color)
        for points, _ in shapes:
            draw.polygon([v * img.size[0] for p in points for v in p], brush)
    if draw is not None:
        draw.flush()


def _keyhole(outer: ps.Points, holes: list[ps.Points]) -> ps.Points:
    """One outline of a sheet with holes: from the outline's first corner a
    zero-width cut runs to each hole's nearest point (a cut to a far point crossed the
    hole and showed as a hairline), round it the other way, and back."""
    sign = _area(outer) > 0
    out = list(outer) + [outer[0]]
    ox, oy = outer[0]
    for hole in holes:
        ring = hole if (_area(hole) > 0) != sign else hole[::-1]
        near = min(range(len(ring)), key=lambda i: (ring[i][0] - ox) ** 2 + (ring[i][1] - oy) ** 2)
        ring = ring[near:] + ring[:near]
        out += [*ring, ring[0], outer[0]]
    return out


def _inside(hole: ps.Points, outer: ps.Points) -> bool:
    """Whether a hole's box lies within the outline's box (a hole that runs out of
    its sheet, as a crescent's, is cut through a mask)."""
    hx, hy = [p[0] for p in hole], [p[1] for p in hole]
    ox, oy = [p[0] for p in outer], [p[1] for p in outer]
    return min(hx) > min(ox) and max(hx) < max(ox) and min(hy) > min(oy) and max(hy) < max(oy)


def _area(points: ps.Points) -> float:
    """The signed area of a polygon (shoelace; plain Python: most are window-sized)."""
    shifted = points[1:] + points[:1]
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, shifted, strict=True)) / 2


def _contact(scene: ps.Scene, offset: tuple[float, float], size: int) -> np.ndarray:
    """The crisp shadow right under every sheet's edge, 0..1 at size: each sheet's
    outline, moved by `offset` (a fraction of the side), painted dark on one canvas
    back to front, and the sheet itself painted clear over it, so a sheet in front
    hides the shadows behind it; softened by a pixel or two as paper lifts."""
    dx, dy = offset
    canvas = Image.new("L", (size, size), 0)
    paper: list[tuple[ps.Layer, RGB | int]] = []
    for layer in scene.layers:
        moved = tuple(([(x + dx, y + dy) for x, y in pts], add) for pts, add in layer.shapes)
        paper += [(ps.Layer(moved, layer.role), 255), (layer, 0)]
    _cut(canvas, paper)
    canvas = canvas.filter(ImageFilter.GaussianBlur(size / 420))
    return raster.from_image(canvas)


def _rim(scene: ps.Scene, offset: tuple[float, float], size: int) -> np.ndarray:
    """The cut edge of every sheet that faces the light, 0..1 at size: each sheet
    painted lit, then the sheet moved `offset` (towards the light) painted clear over
    it, leaving a sliver along its lit edge that a sheet in front hides; the paper's
    thickness catching the light."""
    dx, dy = offset
    canvas = Image.new("L", (size, size), 0)
    paper: list[tuple[ps.Layer, RGB | int]] = []
    for layer in scene.layers:
        moved = tuple(([(x - dx, y - dy) for x, y in pts], add) for pts, add in layer.shapes)
        paper += [(layer, 255), (ps.Layer(moved, layer.role), 0)]
    _cut(canvas, paper)
    return raster.from_image(canvas.filter(ImageFilter.GaussianBlur(size / 700)))


def _shading(scene: ps.Scene, offset: tuple[int, int], strength: float) -> np.ndarray:
    """The soft shadows every sheet casts on the sheets behind it, as a multiplier
    field at SHADE x SHADE: a sheet's blurred, shifted outline darkens what lies
    below it and is not covered by it or a sheet in front."""
    masks = [raster.from_image(_mask(layer, SHADE)) for layer in scene.layers]
    shade = np.ones((SHADE, SHADE), dtype=np.float32)
    front = np.zeros_like(shade)
    for mask in reversed(masks):
        cast = _shifted(ndimage.gaussian_filter(mask, 1.6 * scene.lift**0.6), offset)
        shade *= 1.0 - strength * cast * (1.0 - mask) * (1.0 - front)
        front = np.maximum(front, mask)
    return shade


def _shifted(field: np.ndarray, offset: tuple[int, int]) -> np.ndarray:
    """A field moved by whole pixels (dx, dy), the edge repeated."""
    dx, dy = offset
    padded = np.pad(field, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    h, w = field.shape
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def sheets(scene: ps.Scene, roles: dict[str, RGB], ramp: list[RGB]) -> list[tuple[ps.Layer, RGB]]:
    """Each sheet with its paper: a ground sheet the ramp's next, any other its role's."""
    k, out = 0, []
    for layer in scene.layers:
        if layer.role == "ground":
            color, k = ramp[min(k, len(ramp) - 1)], k + 1
        else:
            color = roles[layer.role]
        out.append((layer, color))
    return out


def depth(direction: ArtDirection) -> float:
    """How far the sheets stand off each other, by the song: a quiet song's paper lies
    nearly flat (short, soft shadows), a loud one's stands high off the board (long,
    deep ones); every cover had one shadow before (round 11: "shadows all
    identical")."""
    return float(np.clip(0.45 + 1.1 * direction.energy + 0.2 * direction.turbulence, 0.5, 1.6))


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The paper-cut art at `size`, before the finish."""
    rng = raster.rng_for(direction, "paper_cut")
    chosen = plan(direction, rng)
    scene = _scene(direction, rng, chosen)
    scene = replace(scene, lift=scene.lift * depth(direction))
    words = title_words.motifs(direction.title)
    own = chosen.look in ("pond", "branch")  # the pond and the branch keep their own day
    if "night" in words or hard(direction) and not own:  # a night song, a hard genre
        scene = replace(scene, night=True)
    sky, roles, ramp = colors(direction, scene, chosen.sea or "sea" in words)
    if scene.shape in ("relief-portal", "relief-waveform", "relief-coil"):
        ramp = pi.well_ramp(ramp, sky)
    elif scene.shape.startswith("relief-"):
        ramp = pi.relief_ramp(ramp, sky)
    field = pi.own_colors(direction, scene, sky, roles, mood(direction))
    if field != sky:
        sky, roles["sky_top"] = field, raster.tone(field, min(1.0, rgb_to_oklch(field)[0] + 0.04))
    img = raster.linear_gradient(size, [roles["sky_top"], sky], 90.0)
    ang = rng.uniform(0.5, 1.2) if rng.random() < 0.7 else rng.uniform(1.9, 2.6)
    ang = ang if scene.light is None else scene.light
    reach = 1.9 * scene.lift
    offset = (round(reach * np.cos(ang)), round(reach * np.sin(ang)))  # in 128ths (SHADE)
    deep = scene.night or mood(direction) in ("dark", "sad")
    strength = (0.4 if deep else 0.34) * min(1.5, scene.lift**0.5)
    _cut(img, sheets(scene, roles, ramp))
    tex = raster.paper(raster.rng_for(direction, "paper-tex"), 0.07, res=512)
    shade = raster.upscale(_shading(scene, offset, strength), 512)
    near = (0.006 * scene.lift * np.cos(ang), 0.006 * scene.lift * np.sin(ang))
    contact = raster.upscale(_contact(scene, near, min(512, size)), 512)
    shade = shade * (1.0 - (0.6 if deep else 0.52) * contact)
    img = raster.multiply(img, tex * shade * raster.upscale(raster.vignette_field(0.16), 512))
    rim = _rim(scene, (-0.4 * near[0], -0.4 * near[1]), min(512, size))
    lit = raster.to_image(rim * (0.22 if deep else 0.3)).resize(img.size, Image.Resampling.BILINEAR)
    img = ImageChops.screen(img, Image.merge("RGB", (lit, lit, lit)))
    return Artwork(img, compose.clip_box(scene.focal or (0.2, 0.2, 0.8, 0.8), 0.2), chosen.name)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size, 1200))  # soft paper edges: 1200 px is enough
    image = finish(raster.to_size(art.image, size), direction, "paper", 0.018)
    return Artwork(image, art.focal, art.layout)
