"""Paper cut: sheets of coloured paper cut and stacked as a design, each casting a
shadow on the sheets behind (a crisp contact shadow under the edge and a soft lift
beyond it), on a grained paper field.

Not a scene with a sun, hills and a moon: the compositions (paper_design) are
Matisse-like cut-outs (fronds, stars or blobs, one huge and cropped, the rest in a
rhythm sized by the energy curve), a tunnel of sheets with openings towards an
off-centre point, torn-paper strata (level, leaning or upright from one side) whose
edges follow the song, torn scraps laid at angles into a corner, a window cut in a
front sheet framing a small cut-out still life, and for a children's song a parade
of big rounded shapes. When the title names something (sun, heart, night, flower,
star, sea, city...) it is drawn huge and cropped: a quarter sun of cut rays (their
lengths the energy curve), a giant heart with its echo, a giant crescent, a rosette
running off the frame. Energy leans the look (calm: window, tunnel, strata; loud:
scraps, cut-outs; no giant initial: reviewers read a lone "L" as meaningless), the
seed picks and mirrors. Colour (paper_colors) follows the mood: white paper and clean
saturated sheets for a happy song, deep cool paper for a sad one, the palette's own
dark paper for a dark language or a night song; never brown mud.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import aggdraw
import numpy as np
from PIL import Image, ImageFilter
from scipy import ndimage

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import paper_design as pd
from sleeve.engine.styles.cover_parts import paper_scenes as ps
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.styles.cover_parts.paper_colors import colors, mood

STYLE = StyleInfo(
    name="paper_cut",
    family="image",
    fits=("folk", "world", "classical", "ambient", "jazz", "lofi", "pop"),
    weight=0.4,  # listed by many languages, it was the most used style (12 of 148 covers)
)

# calm .. loud; cut-outs once (both reviewers of a sheet graded every blob, frond and
# star cut-out no better than maybe: "a shapeless blob", "clip-art stars"), where the
# torn strata, tunnels and crescents were the style's releasable covers
LOOKS = ("window", "tunnel", "strata", "scraps", "strata", "cutouts")
CUTS = ("frond", "blob", "frond", "star", "blob")  # stars alone read as clip-art: fewer
SHADE = 128  # resolution of the soft shadow field (the contact shadow is sharper)


@dataclass(frozen=True)
class Plan:
    """What is cut: `look` is one of LOOKS or a motif the title names (rays, heart,
    crescent, bloom, parade); `cut` the shapes of cutouts, or how strata run
    ("" level, "tilt" leaning, "side" upright from one edge); `sea`: the colours
    lean blue."""

    look: str
    cut: str = ""
    sea: bool = False

    @property
    def name(self) -> str:
        """The layout's name: the look, with the cut shapes of cutouts ("cutouts-star")
        or how strata run ("strata-tilt", "strata-side")."""
        return f"{self.look}-{self.cut}" if self.cut else self.look


def _named(direction: ArtDirection, rng: np.random.Generator, words: set[str]) -> Plan | None:
    """The motif the title's words name, drawn big (most of the time), or None."""
    if rng.random() < 0.2:  # now and then a named song gets a look of its own
        return None
    night = "night" in words
    if "heart" in words and rng.random() < 0.5:  # a cut-out heart read as clip-art
        return Plan("heart")
    if "sea" in words or ("rain" in words and rng.random() < 0.5):
        return Plan("strata", _strata_run(rng), sea="sea" in words)
    if "sun" in words and not night:  # not every sunny song a fan of rays
        return Plan("rays") if rng.random() < 0.65 else None
    if night and "city" not in words:
        return Plan("crescent")
    if "flower" in words:
        return Plan("bloom")
    if "star" in words:
        return Plan("cutouts", "star")
    if "city" in words and rng.random() < 0.5:  # else a look of its own
        return Plan("tunnel")
    if "window" in words:
        return Plan("window")
    if "cloud" in words:
        return Plan("cutouts", "blob")
    if "duck" in words:
        return Plan("parade")
    return None


def plan(direction: ArtDirection, rng: np.random.Generator) -> Plan:
    """The composition: the first draws of the style's rng, before any cutting. The
    title's words may name a motif; a children's song mostly gets the parade; else
    energy leans the look (calm: a window, a tunnel; loud: cut-outs) and
    the seed picks."""
    words = title_words.motifs(direction.title)
    named = _named(direction, rng, words)
    if named is not None:
        return named
    if direction.genre == "children" and rng.random() < 0.7:
        return Plan("parade")
    look = compose.pick(rng, LOOKS, direction.energy)
    cut = str(rng.choice(CUTS))
    run = _strata_run(rng)
    return Plan(look, cut if look == "cutouts" else run if look == "strata" else "")


def _strata_run(rng: np.random.Generator) -> str:
    """How torn strata run: level along the foot, leaning, or upright from one side
    (one draw)."""
    r = rng.random()
    return "tilt" if r < 0.35 else "side" if r < 0.6 else ""


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction, raster.rng_for(direction, "paper_cut")).name


def _scene(direction: ArtDirection, rng: np.random.Generator, chosen: Plan) -> ps.Scene:
    """The planned composition's sheets."""
    curve, energy = direction.energy_curve, direction.energy
    look = chosen.look
    if look == "cutouts":
        return pd.cutouts(rng, curve, energy, chosen.cut)
    if look == "tunnel":
        words = title_words.motifs(direction.title)
        return pd.tunnel(rng, curve, energy, "city" in words)
    if look == "strata":
        if chosen.cut == "side":
            turn = (np.pi / 2 + rng.uniform(-0.1, 0.1)) * rng.choice((-1, 1))
            return pd.strata(rng, curve, energy, float(turn), top=rng.uniform(0.36, 0.48))
        if chosen.cut == "tilt":
            return pd.strata(
                rng, curve, energy, float(rng.uniform(0.25, 0.5) * rng.choice((-1, 1)))
            )
        return pd.strata(rng, curve, energy, 0.0, top=rng.uniform(0.18, 0.52))  # open sky varies
    if look == "scraps":
        return pd.scraps(rng, curve, energy)
    if look == "rays":
        return pd.rays(rng, curve, energy)
    if look == "heart":
        return pd.big_heart(rng)
    if look == "crescent":
        return pd.crescent(rng)
    if look == "bloom":
        return pd.bloom(rng, curve)
    if look == "parade":
        return pd.parade(rng, curve)
    return pd.window(rng, curve, energy)


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
        near = int(np.argmin([(x - ox) ** 2 + (y - oy) ** 2 for x, y in ring]))
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
    """The signed area of a polygon (shoelace)."""
    xs = np.array([p[0] for p in points])
    ys = np.array([p[1] for p in points])
    return float(np.dot(xs, np.roll(ys, -1)) - np.dot(ys, np.roll(xs, -1))) / 2


def _contact(scene: ps.Scene, offset: tuple[float, float], size: int) -> np.ndarray:
    """The crisp shadow right under every sheet's edge, 0..1 at size: each sheet's
    outline, moved by `offset` (a fraction of the side), painted dark on one canvas
    back to front, and the sheet itself painted clear over it, so a sheet in front
    hides the shadows behind it; softened by a pixel or two as paper lifts."""
    dx, dy = offset
    canvas = Image.new("L", (size, size), 0)
    sheets: list[tuple[ps.Layer, RGB | int]] = []
    for layer in scene.layers:
        moved = tuple(([(x + dx, y + dy) for x, y in pts], add) for pts, add in layer.shapes)
        sheets += [(ps.Layer(moved, layer.role), 255), (layer, 0)]
    _cut(canvas, sheets)
    canvas = canvas.filter(ImageFilter.GaussianBlur(size / 420))
    return raster.from_image(canvas)


def _shading(scene: ps.Scene, offset: tuple[int, int], strength: float) -> np.ndarray:
    """The soft shadows every sheet casts on the sheets behind it, as a multiplier
    field at SHADE x SHADE: a sheet's blurred, shifted outline darkens what lies
    below it and is not covered by it or a sheet in front."""
    masks = [raster.from_image(_mask(layer, SHADE)) for layer in scene.layers]
    shade = np.ones((SHADE, SHADE), dtype=np.float32)
    front = np.zeros_like(shade)
    for mask in reversed(masks):
        cast = _shifted(ndimage.gaussian_filter(mask, 1.6), offset)
        shade *= 1.0 - strength * cast * (1.0 - mask) * (1.0 - front)
        front = np.maximum(front, mask)
    return shade


def _shifted(field: np.ndarray, offset: tuple[int, int]) -> np.ndarray:
    """A field moved by whole pixels (dx, dy), the edge repeated."""
    dx, dy = offset
    padded = np.pad(field, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    h, w = field.shape
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The paper-cut art at `size`, before the finish."""
    rng = raster.rng_for(direction, "paper_cut")
    chosen = plan(direction, rng)
    scene = _scene(direction, rng, chosen)
    words = title_words.motifs(direction.title)
    if "night" in words:  # a night song: dark paper
        scene = replace(scene, night=True)
    sky, roles, ramp = colors(direction, scene, chosen.sea or "sea" in words)
    img = raster.linear_gradient(size, [roles["sky_top"], sky], 90.0)
    ang = rng.uniform(0.5, 1.2) if rng.random() < 0.7 else rng.uniform(1.9, 2.6)
    offset = (round(1.9 * np.cos(ang)), round(1.9 * np.sin(ang)))  # in 128ths (SHADE)
    deep = scene.night or mood(direction) in ("dark", "sad")
    strength = 0.36 if deep else 0.26
    k, sheets = 0, []
    for layer in scene.layers:
        if layer.role == "ground":
            color, k = ramp[min(k, len(ramp) - 1)], k + 1
        else:
            color = roles[layer.role]
        sheets.append((layer, color))
    _cut(img, sheets)
    tex = raster.paper(raster.rng_for(direction, "paper-tex"), 0.07, res=512)
    shade = raster.upscale(_shading(scene, offset, strength), 512)
    near = (0.006 * np.cos(ang), 0.006 * np.sin(ang))
    contact = raster.upscale(_contact(scene, near, min(512, size)), 512)
    shade = shade * (1.0 - (0.55 if deep else 0.42) * contact)
    img = raster.multiply(img, tex * shade * raster.upscale(raster.vignette_field(0.16), 512))
    return Artwork(img, compose.clip_box(scene.focal or (0.2, 0.2, 0.8, 0.8), 0.2), chosen.name)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size, 1200))  # soft paper edges: 1200 px is enough
    image = finish(raster.to_size(art.image, size), direction, "paper", 0.018)
    return Artwork(image, art.focal, art.layout)
