"""Flow field's strokes (packed, non-crossing curves after Fidenza, one figure on a
tone-on-tone ground, for punk, the violent metals and cloud titles), the streamline
prints: each is drawn for some music, differs in arrangement (not only
colour) with the music and is deterministic; the strokes and the prints keep the
title's band calm; heavy and death metal get violent strokes in bone and blood on
black. (The silk, the ribbon, the strand vortex and the aurora are retired.)"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image
from scipy.spatial import cKDTree

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.palettes import Palette
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_strokes
from tests.engine.test_flow_field import STREAMS, _drawing, band_edges
from tests.engine.test_styles import CALM, LOUD

# the pictures whose lines end against the title's band (the focal box leaves it)
PAINTINGS = ("strokes", "wave", "whirlpool", "range", *STREAMS)
PUNK = language_for("punk")


def _calm(name: str) -> ArtDirection:
    if name == "strokes":  # the strokes' disc is punk's
        return dataclasses.replace(CALM, genre="punk", language=PUNK)
    return CALM


NEW = ("strokes", "swell", "range", "whirlpool", *STREAMS)


def _mask(image: Image.Image) -> np.ndarray:
    """Where the art differs from its field: 64 x 64 bool (the field is the median)."""
    small = np.asarray(image.convert("L").resize((64, 64), Image.Resampling.BOX), float)
    return np.abs(small - np.median(small)) > 18


def test_every_new_composition_is_drawn_for_some_music() -> None:
    for name in NEW:
        drawn = set()
        for tags in (
            "ambient",
            "techno",
            "jazz",
            "classical",
            "rock",
            "synthwave",
            "shoegaze",
            "pop",
            "punk",
        ):
            music = MusicInput(task_id=f"paint-{tags}", title="Harbour Lights", tags=tags)
            direction = direct_from_music(music)[0]
            drawn |= {flow_field.layout_of(turned(direction, turn)) for turn in range(30)}
        assert name in drawn, drawn


def test_different_music_gives_a_different_arrangement_not_only_colour() -> None:
    """Two songs' paintings of one composition, in the same palette, put their marks in
    different places: over three pairs of songs the marked areas overlap far less than
    the same song's twice (the median: one pair may meet by chance now that the forms
    move about more)."""
    for name in NEW:
        base = _calm(name)
        loud_base = dataclasses.replace(
            LOUD, palette=base.palette, genre=base.genre, language=base.language
        )
        shares = []
        for start in range(3):
            calm, loud = _drawing(name, base, start), _drawing(name, loud_base, start)
            a, b = (_mask(flow_field.render(d, 128).image) for d in (calm, loud))
            union = (a | b).sum()
            assert union, name
            shares.append((a & b).sum() / union)
        assert np.median(shares) < 0.6, (name, shares)


def test_the_titles_band_is_calmer_than_the_art() -> None:
    """A title set at the top or bottom gets a bare band (the strokes and the vortex end
    against it, the vortex's eye turns short of it); the focal box leaves it."""
    for name in PAINTINGS:
        for layout, band in (("top-left", slice(0, 6)), ("bottom-left", slice(26, 32))):
            for seed in range(3):
                d = _drawing(name, dataclasses.replace(_calm(name), layout=layout), seed)
                art = flow_field.render(d, 128)
                edges = band_edges(art.image)
                assert edges[band].mean() < 0.5 * edges.mean(), (name, layout, seed)
                box = art.focal
                assert box[1] >= 0.3 if layout == "top-left" else box[3] <= 0.7, box


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
        base = dataclasses.replace(base, genre="punk", language=PUNK)
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


def test_metal_draws_a_picture_in_bone_and_blood_on_black_not_strokes() -> None:
    """Heavy and death metal (reviewers: "red/white chaos"): a picture in lines, never
    the slashing strokes, in bone and blood red on black, no other hue; the strokes'
    field stays violent for a metal cloud title."""
    for genre in ("heavy_metal", "death_metal"):
        metal = dataclasses.replace(LOUD, genre="metal", language=language_for(genre))
        calm = dataclasses.replace(metal, language=language_for("ambient"))
        rng = np.random.default_rng(0)
        jumps = np.abs(np.diff(flow_strokes.field(metal, rng), axis=1))
        smooth = np.abs(np.diff(flow_strokes.field(calm, np.random.default_rng(0)), axis=1))
        assert (jumps > 0.3).mean() > 0.005 and (smooth > 0.3).mean() == 0
        for seed in range(4):
            d = dataclasses.replace(metal, title="Charnel Psalm", seed=seed)
            art = flow_field.render(d, 128)
            assert art.layout != "strokes"
            rgb = np.asarray(art.image, float)
            r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
            assert np.median(rgb.max(axis=2)) < 60  # a black field
            red = (r > 110) & (r > 2 * g) & (r > 2 * b)
            bone = (rgb.min(axis=2) > 150) & (r - b < 60)
            assert red.mean() > 0.0005 and bone.mean() > 0.0005
            hue = ~red & ~bone & (rgb.max(axis=2) - rgb.min(axis=2) > 60) & (r < g + 20)
            assert hue.mean() < 0.01  # no blue, green or yellow


GREY = Palette(
    (58, 58, 60), ((120, 120, 122), (170, 170, 170), (90, 90, 92)), (200, 200, 200), (235,) * 3
)


def _lab(image: Image.Image) -> np.ndarray:
    return srgb_to_oklab(np.asarray(image))


def test_grey_palettes_are_ink_on_paper_or_bone_on_black_with_one_spot() -> None:
    """Reviewers read grey strands on a grey or black field as unfinished smears, seven
    near-identical grey ribbons: a grey palette is ink on paper (chamber) or bone on
    black (drill): the field paper or black, the lines true ink or bone (fine lines
    blend to a grey only at a thumbnail's size), and one strong coloured spot ink."""
    for lang, paper in (("chamber", True), ("drill", False)):
        base = dataclasses.replace(CALM, palette=GREY, language=language_for(lang), genre=lang)
        spots = []
        for seed in range(3):
            lab = _lab(flow_field.render(dataclasses.replace(base, seed=seed), 384).image)
            lit, chroma = lab[..., 0], np.hypot(lab[..., 1], lab[..., 2])
            field = float(np.percentile(lit, 85 if paper else 15))
            assert field > 0.85 if paper else field < 0.2, (lang, seed, field)
            ink = float(np.percentile(lit, 1 if paper else 99))
            assert ink < 0.35 if paper else ink > 0.75, (lang, seed, ink)
            spots.append(float((chroma > 0.1).mean()))
        assert np.mean(spots) > 0.008, (lang, spots)


def test_the_strokes_figure_is_one_solid_shape_not_a_heap() -> None:
    """The figure's strokes lie on a flat plate of its shape: in its middle hardly any
    of the bare field (as round the figure) shows between them; before, the gaps showed
    the field and the figure read as a loose heap of swirls with no subject."""
    bare = []
    for base in (_calm("strokes"), dataclasses.replace(LOUD, genre="punk", language=PUNK)):
        for seed in range(3):
            art = flow_field.render(_drawing("strokes", base, seed), 128)
            x0, y0, x1, y1 = art.focal
            lab = _lab(art.image)
            y, x = np.mgrid[0:128, 0:128] / 128
            field = np.median(lab[~((x > x0) & (x < x1) & (y > y0) & (y < y1))], axis=0)
            cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 4, (y1 - y0) / 4
            middle = (abs(x - cx) < w) & (abs(y - cy) < h)
            bare.append(float((np.linalg.norm(lab[middle] - field, axis=-1) < 0.05).mean()))
    assert np.mean(bare) < 0.05, bare


def test_greys_with_one_strong_colour_are_ink_with_that_spot() -> None:
    """A palette of greys and one strong colour on a quiet field (a jingle's, doom's)
    is ink with that colour as its spot, not grey strokes on grey."""
    blue = (40, 110, 230)
    pal = Palette(GREY.background, (*GREY.colors[:2], blue), GREY.accent, GREY.ink)
    d = dataclasses.replace(CALM, palette=pal, language=language_for("chamber"), genre="x")
    assert flow_field.mono(d)
    for seed in range(2):
        lab = _lab(flow_field.render(dataclasses.replace(d, seed=seed), 384).image)
        lit, chroma = lab[..., 0], np.hypot(lab[..., 1], lab[..., 2])
        assert np.percentile(lit, 1) < 0.35, seed  # ink, not grey (at a cover's size)
        spot = chroma > 0.1
        assert spot.any() and np.median(np.arctan2(lab[..., 2], lab[..., 1])[spot]) < -1.0


def test_the_streamline_forms_read_at_a_thumbnail() -> None:
    """The streamline forms and the gestures make one form by the lines' density and
    weight: at 64 px, on a light and a dark field, a good share of the frame stands
    well off the field (not pale mush), and the field is still most of it (not a mat)."""
    for name in STREAMS:
        for base in (CALM, dataclasses.replace(LOUD, genre="rock", language=language_for("rock"))):
            for seed in range(2):
                art = flow_field.render(_drawing(name, base, seed), 64)
                grey = np.asarray(art.image.convert("L"), float)
                off = np.abs(grey - np.median(grey)) > 40
                assert 0.09 < off.mean() < 0.6, (name, seed, off.mean())
