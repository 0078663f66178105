"""Paper cut's subjects big enough to carry the cover (art directors: "small subjects
(heart, flower) look thin", "a clip-art broken heart on plain grey"), the sea's two
layouts apart ("near-repeat seas: waves-high and waves") and the rainy room that moves
between songs ("the same picture twice")."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.styles import paper_cut
from tests.engine.test_styles import CALM

RES = 96


def _scene(d):  # noqa: ANN001, ANN202 - a test helper
    rng = raster.rng_for(d, "paper_cut")
    chosen = paper_cut.plan(d, rng)
    return chosen, paper_cut._scene(d, rng, chosen)


def _cover(scene, roles: set[str]) -> tuple[float, float]:  # noqa: ANN001
    """The share of the frame the layers of `roles` cover, and their box's share."""
    img = Image.new("1", (RES, RES), 0)
    draw = ImageDraw.Draw(img)
    for layer in scene.layers:
        if layer.role in roles:
            for pts, add in layer.shapes:
                draw.polygon([(x * RES, y * RES) for x, y in pts], fill=int(add))
    mask = np.asarray(img, dtype=bool)
    if not mask.any():
        return 0.0, 0.0
    ys, xs = np.nonzero(mask)
    box = (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1) / RES**2
    return float(mask.mean()), float(box)


def test_a_sad_heart_is_a_huge_split_heart_of_stacked_sheets() -> None:
    """The torn heart was a small flat icon low in a wide field: a sad heart title gets
    a heart split in two whose box fills at least 45% of the frame (a third of it
    paper), in three stacked papers, light through the crack and a halo behind."""
    found = 0
    for seed in range(30):
        d = dataclasses.replace(CALM, title="Broken Heart", seed=seed, valence=0.2)
        chosen, scene = _scene(d)
        if chosen.look != "heart" or chosen.cut in ("dots", "fire"):
            continue
        found += 1
        assert chosen.name == "heart-split", chosen.name
        paper, box = _cover(scene, {"heart", "heart0", "heart1"})
        assert box >= 0.45 and paper >= 0.33, (seed, paper, box)
        roles = [layer.role for layer in scene.layers]
        assert {"heart0", "heart1", "heart", "light", "halo"} <= set(roles), roles
        x0, y0, x1, y1 = scene.focal
        assert (x1 - x0) * (y1 - y0) >= 0.45 and y0 >= 0.25, (seed, scene.focal)
    assert found >= 10, found


def test_hearts_and_flowers_fill_a_third_of_the_frame() -> None:
    """A heart of dots, a heart of fire and a bloom: the subject's box fills at least a
    third of the frame (under that it reads thin)."""
    seen = set()
    for seed in range(40):
        for title, roles in (
            ("Heart of Mine", {"dot0", "dot1", "dot2"}),
            ("Corazón de fuego", {"flame0", "flame1", "flame2"}),
            ("Flower Song", {"bloom0", "bloom1"}),
        ):
            d = dataclasses.replace(CALM, title=title, seed=seed, valence=0.7)
            chosen, scene = _scene(d)
            name = chosen.look if chosen.look == "bloom" else chosen.name  # at any anchor
            if name not in ("heart-dots", "heart-fire", "bloom"):
                continue
            seen.add(name)
            x0, y0, x1, y1 = scene.focal
            assert (x1 - x0) * (y1 - y0) >= 1 / 3, (title, seed, scene.focal)
            if chosen.name == "heart-dots":
                assert _cover(scene, roles)[1] >= 0.4, (seed, _cover(scene, roles))
    assert seen == {"heart-dots", "heart-fire", "bloom"}, seen


def test_the_two_seas_differ_in_layout() -> None:
    """Reviewers read waves-high and waves as one sea: the sea's second layout is one
    huge wave curling over seen close (its paper fills over 40% of the frame, its
    crest high), never a second far sea of flat bands under a sky."""
    names = set()
    for seed in range(30):
        d = dataclasses.replace(CALM, title="The Sea", seed=seed)
        chosen, scene = _scene(d)
        names.add(chosen.name)
        assert chosen.name != "waves-high"
        if chosen.look != "swell":
            continue
        paper, box = _cover(scene, {"ground", "light"})
        assert paper >= 0.4, (seed, paper)
        crest = min(y for layer in scene.layers for pts, _ in layer.shapes for x, y in pts
                    if layer.role == "light" and 0 <= x <= 1)  # fmt: skip
        assert 0.2 <= crest <= 0.4, (seed, crest)
        assert crest >= scene.focal[1], (seed, crest, scene.focal)
    assert {"swell", "waves"} <= names, names


def test_the_rainy_room_changes_its_window_between_songs() -> None:
    """Two lo-fi songs got the same room: the window's shape (sash, arch, round, tall)
    and size and what sits on the sill move with the song."""
    shapes, sizes = set(), set()
    for seed in range(30):
        d = dataclasses.replace(CALM, title="Rainy Window", seed=seed)
        chosen, scene = _scene(d)
        if chosen.look != "room":
            continue
        wall = next(layer for layer in scene.layers if layer.role == "wall")
        panes = [pts for pts, add in wall.shapes if not add]
        sides = sorted(len(p) for p in panes)
        shapes.add((len(panes), sides[-1] > 4))
        xs = [x for p in panes for x, _ in p]
        sizes.add(round((max(xs) - min(xs)) * 20))
        sill = [layer for layer in scene.layers if layer.role == "silhouette"][0]
        shapes.add(("sill", len(sill.shapes)))
    assert len({s for s in shapes if s[0] != "sill"}) >= 4, shapes
    assert len(sizes) >= 4, sizes
