"""The bench's recolour check (measures.silhouette): the same figure in other colours,
light on dark or dark on light, reads as one picture; another composition does not."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageOps

from sleeve.engine.measures import silhouette, silhouette_distance

SIDE = 256


def _torn(ground, paper, edge: float) -> Image.Image:
    """A sheet of `paper` torn across at `edge` (share of the side) over `ground`."""
    image = Image.new("RGB", (SIDE, SIDE), ground)
    ImageDraw.Draw(image).polygon(
        [(0, SIDE * edge), (SIDE * 0.3, SIDE * (edge - 0.04)), (SIDE, SIDE * (edge + 0.03)),
         (SIDE, SIDE), (0, SIDE)],
        fill=paper,
    )  # fmt: skip
    return image


def test_a_recoloured_figure_is_the_same_silhouette() -> None:
    rose = _torn((90, 100, 220), (240, 232, 214), 0.45)
    teal = _torn((20, 40, 60), (30, 160, 150), 0.45)
    negative = ImageOps.invert(rose)
    assert silhouette_distance(silhouette(rose), silhouette(teal)) < 0.05
    assert silhouette_distance(silhouette(rose), silhouette(negative)) < 0.05


def test_a_figure_elsewhere_is_another_silhouette() -> None:
    low = _torn((90, 100, 220), (240, 232, 214), 0.45)
    high = _torn((90, 100, 220), (240, 232, 214), 0.75)
    disc = Image.new("RGB", (SIDE, SIDE), (90, 100, 220))
    ImageDraw.Draw(disc).ellipse((60, 60, 200, 200), fill=(240, 232, 214))
    assert silhouette_distance(silhouette(low), silhouette(high)) > 0.22
    assert silhouette_distance(silhouette(low), silhouette(disc)) > 0.22
