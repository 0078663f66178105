"""Round 19 (an art director, 4/10: "the same disc in a corner, read as food, a face or
a planet", too much empty black, the figure too small to read at 64 px): the sand
figure is the image. Every composition's sand covers most of the cover, none leaves
the ground below the title bare, and the whole-cover field moves with the song: its
figure from the key and loudest bands, its centre from the seed, its scale from the
tempo."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni

# classical, ambient, chamber, jazz, idm, folk, world and pop tracks, and the dark ones
TRACKS = (
    "chamber classical",
    "ambient",
    "classical piano",
    "jazz",
    "idm",
    "folk",
    "world folk",
    "pop",
    "dark ambient",
    "modern classical",
)


def _songs(seeds: range = range(12)) -> list:
    out = []
    for tags in TRACKS:
        base = direct_from_music(MusicInput(task_id=f"f-{tags}", title="Track", tags=tags))[0]
        out += [dataclasses.replace(base, seed=s, layout="top-left") for s in seeds]
    return out


def _busy(image) -> np.ndarray:
    """Which of the cover's 16 x 16 blocks hold figure (sand, rim or light, not flat
    ground): their luminance varies."""
    lum = np.asarray(image.convert("L"), float)
    return lum.reshape(16, 8, 16, 8).std(axis=(1, 3)) > 6


@pytest.fixture(scope="module")
def drawn() -> list:
    return [(d, chladni.render(d, 128)) for d in _songs()]


def test_the_figure_covers_most_of_the_cover_in_every_composition(drawn) -> None:
    """The whole plate and the suite's small plates covered 28% of the cover, the sweep
    and the dome a third: each composition's figure now covers at least 40% of the
    cover (the title's band included) and most compositions half or more."""
    shares: dict[str, list[float]] = {}
    for d, art in drawn:
        share = float(_busy(art.image).mean())
        shares.setdefault(art.layout, []).append(share)
        assert share >= 0.4, (d.genre, d.seed, art.layout, share)
    assert np.median([s for v in shares.values() for s in v]) >= 0.55, shares


def test_no_composition_leaves_the_ground_below_the_title_bare(drawn) -> None:
    """Below the title's band (the lower five eighths) at most 40% of the cover is flat
    ground (half beside the sweep's side dial): no small disc in a corner of a black
    void."""
    for d, art in drawn:
        bare = 1.0 - float(_busy(art.image)[6:].mean())
        # the sweep's dial enters from a side edge (round 21): the free column down the
        # other side is the title's, a third of the width at most
        assert bare <= (0.5 if art.layout == "sweep" else 0.4), (d.genre, d.seed, art.layout, bare)


def test_small_plates_in_a_row_and_the_small_whole_plate_are_retired(drawn) -> None:
    """The suite's plates read as biscuits on a table, the whole plate as a disc in a
    corner: neither is drawn; the field, the whole cover one plate, is common."""
    names = [art.layout for _, art in drawn]
    assert {"whole", "suite"} <= set(chladni.RETIRED)
    assert not {"whole", "suite"} & set(names), sorted(set(names))
    assert names.count("field") >= 0.15 * len(names), sorted(set(names))


def _fields() -> list:
    found = []
    for d in _songs(range(40)):
        if chladni.layout_of(d) == "field":
            found.append(d)
    return found


def test_different_songs_give_the_field_different_figures_and_placements() -> None:
    """Across the tracks the field's sand differs: different mode figures (the figure's
    middle differs) and the figure's centre in different places."""
    fields = _fields()
    assert len(fields) >= 8, len(fields)
    focals = [chladni.render(d, 64).focal for d in fields]
    # the figure's centre left of the middle on some covers, right of it on others
    lefts = [x0 <= 0.0 for x0, *_ in focals]
    assert 0.2 < np.mean(lefts) < 0.8, focals
    assert len({round(x0 + x1, 2) for x0, _, x1, _ in focals}) >= 6, focals
    looks = [np.asarray(chladni.render(d, 64).image.convert("L"), float) for d in fields[:8]]
    for i, a in enumerate(looks):
        for b in looks[i + 1 :]:
            if a.shape == b.shape:
                assert np.corrcoef(a[24:].ravel(), b[24:].ravel())[0, 1] < 0.9


def _fineness(d) -> float:
    """How fine the sand's cells are below the title: the power-weighted mean spatial
    frequency of the lower half (the grain blurred away)."""
    from scipy import ndimage

    lum = np.asarray(chladni.render(d, 256).image.convert("L"), float)[128:]
    lum = ndimage.gaussian_filter(lum, 2)
    power = np.abs(np.fft.rfft2(lum - lum.mean())) ** 2
    fy = np.fft.fftfreq(lum.shape[0])[:, None]
    fx = np.fft.rfftfreq(lum.shape[1])[None, :]
    freq = np.hypot(fx, fy)
    keep = (freq > 0.004) & (freq < 0.15)
    return float((power * freq)[keep].sum() / power[keep].sum())


def test_a_fast_song_rings_more_smaller_cells_than_a_slow_one() -> None:
    """The tempo sets how much of the plate the frame sees: the same song at 160 BPM
    shows more, smaller cells than at 60 BPM (the key's figure held)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chladni, "_track_bands", lambda _d: (7, 11))
        fields = _fields()[::12]
        assert len(fields) >= 4, len(fields)
        for d in fields:
            slow, fast = (_fineness(dataclasses.replace(d, tempo_bpm=b)) for b in (60.0, 160.0))
            assert fast > 1.15 * slow, (d.genre, d.seed, slow, fast)
