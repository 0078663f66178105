"""Flow field's strokes (packed, non-crossing curves after Fidenza) and silk (a lit sheet
of folding lines), and the redrawn wide ribbon: each is drawn for some music, differs
in arrangement (not only colour) with the music and is deterministic; the strokes and
the silk keep the title's band calm and fill the rest; heavy and death metal get
violent strokes in bone and blood on black."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image
from scipy.spatial import cKDTree

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.palettes import Palette
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_strokes
from tests.engine.test_flow_field import _drawing, band_edges
from tests.engine.test_styles import CALM, LOUD

PAINTINGS = ("strokes", "silk")
NIGHT = dataclasses.replace(  # the silk's lit folds are drawn on a dark field only
    CALM,
    palette=Palette(
        (18, 22, 40),
        ((90, 140, 220), (170, 210, 240), (120, 110, 200)),
        (240, 150, 120),
        (230, 230, 240),
    ),
)


def _calm(name: str) -> ArtDirection:
    return NIGHT if name == "silk" else CALM


NEW = (*PAINTINGS, "ribbon")  # the compositions this review added or redrew


def _mask(image: Image.Image) -> np.ndarray:
    """Where the art differs from its field: 64 x 64 bool (the field is the median)."""
    small = np.asarray(image.convert("L").resize((64, 64), Image.Resampling.BOX), float)
    return np.abs(small - np.median(small)) > 18


def test_every_new_composition_is_drawn_for_some_music() -> None:
    for name in NEW:
        drawn = set()
        for tags in ("ambient", "techno", "jazz", "classical", "rock", "synthwave"):
            music = MusicInput(task_id=f"paint-{tags}", title="Harbour Lights", tags=tags)
            direction = direct_from_music(music)[0]
            drawn |= {flow_field.layout_of(turned(direction, turn)) for turn in range(30)}
        assert name in drawn, drawn


def test_different_music_gives_a_different_arrangement_not_only_colour() -> None:
    """Two songs' paintings of one composition, in the same palette, put their marks in
    different places: the marked areas overlap far less than the same song's twice."""
    for name in NEW:
        calm = _drawing(name, _calm(name))
        loud = _drawing(
            name, dataclasses.replace(LOUD, palette=_calm(name).palette, genre="ambient")
        )
        a, b = (_mask(flow_field.render(d, 128).image) for d in (calm, loud))
        union = (a | b).sum()
        assert union and (a & b).sum() / union < 0.6, name


def test_the_titles_band_is_calmer_than_the_art() -> None:
    """A title set at the top or bottom gets a bare (strokes) or quiet (silk) band; the
    focal box leaves it."""
    for name in PAINTINGS:
        for layout, band in (("top-left", slice(0, 6)), ("bottom-left", slice(26, 32))):
            for seed in range(3):
                d = _drawing(name, dataclasses.replace(LOUD, layout=layout), seed)
                art = flow_field.render(d, 128)
                edges = band_edges(art.image)
                assert edges[band].mean() < 0.5 * edges.mean(), (name, layout, seed)
                box = art.focal
                assert box[1] > 0.3 if layout == "top-left" else box[3] < 0.7, box


def test_new_compositions_are_deterministic() -> None:
    for name in NEW:
        d = _drawing(name, _calm(name))
        one, two = flow_field.render(d, 96), flow_field.render(d, 96)
        assert one.image.tobytes() == two.image.tobytes() and one.focal == two.focal
        assert one.layout == name


def _packed(direction: ArtDirection, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The strokes' kept centre points (m, 2), their stroke's index and its width."""
    rng = np.random.default_rng(seed)
    angles = flow_strokes.field(direction, rng)
    seeds = rng.uniform(0, 1, (500, 2))
    widths = np.sort(rng.choice(flow_strokes.WIDTHS, 500))[::-1]
    occupied = flow_strokes.zone_cells((0.0, 0.0, 1.0, 0.25))
    path, starts, ends = flow_strokes.pack(angles, seeds, widths, 80, occupied)
    steps = np.arange(len(path))[:, None]
    kept = (steps >= starts) & (steps < ends)
    which = np.broadcast_to(np.arange(len(seeds)), kept.shape)[kept]
    return path[kept], which, widths[which]


def test_strokes_never_cross_and_stay_out_of_the_band() -> None:
    """Packed edge to edge: two strokes' centre lines stay about their half-widths
    apart (less a cell of the occupancy grid), and none enters the title's band."""
    for seed in range(3):
        points, which, width = _packed(dataclasses.replace(CALM, seed=seed), seed)
        tree = cKDTree(points)
        for i, j in tree.query_pairs(
            flow_strokes.WIDTHS[0] + flow_strokes.GAP, output_type="ndarray"
        ):
            if which[i] == which[j]:
                continue
            gap = np.hypot(*(points[i] - points[j]))
            assert gap > (width[i] + width[j]) / 2 - 1.5 / flow_strokes.GRID
        assert points[:, 1].min() > 0.25


def _figure(art) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """The strokes' figure on a 64 px copy: the share of the cover set off from the field
    by more than a tone-on-tone shade, the share of that inside the focal box, the
    box's area and how much of the box is figure."""
    px = np.asarray(art.image.resize((64, 64), Image.Resampling.BOX), float)
    field = np.median(px.reshape(-1, 3), axis=0)
    fig = np.abs(px - field).max(axis=2) > 60
    x0, y0, x1, y1 = (np.array(art.focal) * 64).round().astype(int)
    inside = fig[y0:y1, x0:x1]
    area = (x1 - x0) * (y1 - y0) / 64**2
    return fig.mean(), inside.sum() / max(fig.sum(), 1), area, inside.mean()


def test_strokes_paint_one_figure_on_a_tone_on_tone_ground() -> None:
    """Not wall-to-wall wallpaper: the coloured strokes pack one figure (a disc or a
    slab) that the focal box holds, packed tight, and the rest of the cover is strokes
    a shade off the field; a loud song's figure is bigger than a calm one's."""
    areas = {}
    for base in (CALM, LOUD):
        shares = []
        for seed in range(3):
            d = _drawing("strokes", dataclasses.replace(base, layout="top-left"), seed)
            share, held, box, packed = _figure(flow_field.render(d, 128))
            assert 0.05 < share < 0.4 and held > 0.9 and box < 0.4 and packed > 0.35, (
                seed,
                share,
                held,
                box,
                packed,
            )
            shares.append(share)
        areas[base.energy] = np.mean(shares)
    assert areas[LOUD.energy] > 1.4 * areas[CALM.energy], areas


def test_metal_strokes_are_violent_bone_and_blood_on_black() -> None:
    """Heavy and death metal: a field of straight runs and sudden turns (not a smooth
    current), drawn in bone and blood red on black, no other hue."""
    for genre in ("heavy_metal", "death_metal"):
        metal = dataclasses.replace(LOUD, genre="metal", language=language_for(genre))
        calm = dataclasses.replace(metal, language=language_for("ambient"))
        for seed in range(3):
            rng = np.random.default_rng(seed)
            jumps = np.abs(np.diff(flow_strokes.field(metal, rng), axis=1))
            smooth = np.abs(np.diff(flow_strokes.field(calm, np.random.default_rng(seed)), axis=1))
            assert (jumps > 0.3).mean() > 0.005 and (smooth > 0.3).mean() == 0
            d = _drawing("strokes", metal, seed)
            rgb = np.asarray(flow_field.render(d, 128).image, float)
            r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
            assert np.median(rgb.max(axis=2)) < 120  # a black field
            red = (r > 110) & (r > 2 * g) & (r > 2 * b)
            bone = (rgb.min(axis=2) > 150) & (r - b < 60)
            assert red.mean() > 0.05 and bone.mean() > 0.03
            hue = ~red & ~bone & (rgb.max(axis=2) - rgb.min(axis=2) > 60) & (r < g + 20)
            assert hue.mean() < 0.01  # no blue, green or yellow


def test_silk_is_a_dense_sheet_of_thin_lines_lit_on_one_side() -> None:
    """Dozens of thin lines across the art, brighter where the fold faces the light
    than where it turns away."""
    for seed in range(3):
        d = _drawing("silk", dataclasses.replace(NIGHT, layout="top-left"), seed)
        grey = np.asarray(flow_field.render(d, 512).image.convert("L"), float)
        art = grey[200:]
        rows = art[::40] > np.median(art)
        crossings = np.abs(np.diff(rows.astype(int), axis=1)).sum(axis=1)
        cols = np.median(art) < art[:, ::40].T
        crossings_c = np.abs(np.diff(cols.astype(int), axis=1)).sum(axis=1)
        assert max(crossings.max(), crossings_c.max()) > 40  # many lines, not a blur
        blocks = art[: 312 // 52 * 52, :].reshape(6, 52, 8, 64).mean(axis=(1, 3))
        assert blocks.max() - blocks.min() > 15  # light and shade


def test_a_pale_pop_or_childrens_cover_never_turns_into_dark_silk() -> None:
    """A reviewer's worst cover: "Candyfloss" (pop, a pale palette) drawn as silk, whose
    lit folds need a dark ground, so its cream field went maroon-black. A pale field
    gets another composition, and a dark one keeps the silk."""
    for index, tags in enumerate(("pop", "children", "bossa nova", "k-pop")):
        music = MusicInput(task_id=f"pale-{index}", title="Candyfloss", tags=tags)
        direction = direct_from_music(music)[0]
        calm = dataclasses.replace(direction, energy=0.1)
        for turn in range(30):
            seeded = turned(calm, turn)
            if rgb_to_oklch(seeded.palette.background)[0] > 0.75:
                assert flow_field.layout_of(seeded) != "silk", (tags, turn)
    assert flow_field.layout_of(_drawing("silk", NIGHT)) == "silk"
