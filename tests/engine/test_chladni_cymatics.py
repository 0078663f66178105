"""What two art directors asked of Chladni (3/10): "the figure is squashed into an oval
and reads as a plate, a skull or a target", "the dot X-and-O pattern reads as noughts
and crosses". A plate standing in the field is seen straight from above (as round or
square as it is), and its figure is dense: many nodal lines, not an X and an O."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni

SONGS = ("ambient, calm", "cinematic", "modern classical", "idm, glitch", "classical, piano")


def _one_each(tags: str, **music: float) -> dict[str, object]:
    base = direct_from_music(MusicInput(task_id=f"cym-{tags}", title="Track", tags=tags))[0]
    base = dataclasses.replace(base, **music)
    found: dict[str, object] = {}
    for seed in range(60):
        d = dataclasses.replace(base, seed=seed, layout="top-left")
        found.setdefault(chladni.layout_of(d), d)
    return found


def _extent(lum: np.ndarray) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1, fractions) of what differs from the field (the title's
    band at the top): the plate, or its sand on a plate as dark as the field; a few
    stray grains left out."""
    field = float(np.median(lum[:4]))
    ys, xs = np.nonzero(np.abs(lum - field) > 20)
    (x0, x1), (y0, y1) = np.percentile(xs, [0.5, 99.5]), np.percentile(ys, [0.5, 99.5])
    side = lum.shape[0]
    return x0 / side, y0 / side, (x1 + 1) / side, (y1 + 1) / side


def _lines_across(lum: np.ndarray, focal) -> int:
    """How many sand lines the figure's middle row crosses (runs of pixels far from
    the plate's own tone: pale sand on a deep plate, or dark sand on a brass one)."""
    side = lum.shape[0]
    x0, y0, x1, y1 = (round(v * side) for v in focal)
    plate = np.percentile(lum[y0:y1, x0:x1], 50)
    rows = lum[(y0 + y1) // 2 - 1 : (y0 + y1) // 2 + 2, x0:x1]
    row = ndimage.uniform_filter1d(np.abs(rows - plate).max(axis=0), 3)
    bright = row > 60
    return int(np.count_nonzero(np.diff(bright.astype(int)) == 1))


def test_the_figure_is_dense_lace_never_an_x_and_an_o() -> None:
    """Across the whole plate's middle the sand crosses nine nodal lines or more (the
    retired spread's low modes crossed seven or eight across the whole cover, the
    horizon's two to eight: a cross and a ring, read as noughts and crosses)."""
    counts = []
    for tags in SONGS:
        for name, d in _one_each(tags).items():
            if name != "field":
                continue
            art = chladni.render(d, 384)
            counts.append(
                (tags, name, _lines_across(np.asarray(art.image.convert("L"), float), art.focal))
            )
    assert counts and all(n >= 9 for *_, n in counts), counts
