"""What two art directors asked of Chladni (3/10): "the figure is squashed into an oval
and reads as a plate, a skull or a target", "the dot X-and-O pattern reads as noughts
and crosses". A plate standing in the field is seen straight from above (as round or
square as it is), and its figure is lace: many nodal lines, not an X and an O."""

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


def _lines_across(lum: np.ndarray, focal) -> float:
    """How many sand lines a row of the figure crosses, the mean of five rows through
    its box (runs of pixels far from the plate's own tone: pale sand on a deep plate,
    or dark sand on a pale one)."""
    side = lum.shape[0]
    x0, y0, x1, y1 = (round(v * side) for v in focal)
    plate = np.percentile(lum[y0:y1, x0:x1], 50)
    found = []
    for y in np.linspace(y0 + 2, y1 - 3, 5).astype(int):
        row = ndimage.uniform_filter1d(np.abs(lum[y - 1 : y + 2, x0:x1] - plate).max(axis=0), 3)
        found.append(np.count_nonzero(np.diff((row > 60).astype(int)) == 1))
    return float(np.mean(found))


def test_the_figure_is_lace_never_an_x_and_an_o() -> None:
    """Rows across the field's figure cross six sand lines or more on average (the
    retired horizon's low modes crossed two to eight: a cross and a ring, read as
    noughts and crosses); bold enough for a thumbnail, still lace."""
    counts = []
    for tags in SONGS:
        for name, d in _one_each(tags).items():
            if name != "field":
                continue
            art = chladni.render(d, 384)
            counts.append(
                (tags, name, _lines_across(np.asarray(art.image.convert("L"), float), art.focal))
            )
    assert len(counts) >= 4 and all(n >= 6 for *_, n in counts), counts
