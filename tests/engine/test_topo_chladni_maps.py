"""What two art directors asked of the topographic and Chladni styles (4/10 each):
"the heart island comes back 3x (Nocturne, दिल की धड़कन, Habibi)", "the blobs read as
stones"; Chladni "boxed or gridded like an icon".

(Chladni: a 3x3 grid of badges; a figure boxed like an app icon.) Topographic draws
landforms now (an island, a chain, a peak, a basin, a valley) and the heart only for a title
naming love or one; Chladni's figure is the cover."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import chladni, topographic
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_maps import _in

MIX = ("ambient, calm", "idm, glitch", "modern classical", "cinematic", "folk, acoustic",
       "techno", "children, kids", "cumbia, tropical", "edm, festival", "post-punk")  # fmt: skip


def _forced_topo(direction, kind: str, size: int = 128) -> Image.Image:
    zone = topographic.plan(direction).zone
    return topographic.print_land(direction, topographic.Plan(kind, zone), size)[0]


def _small(image: Image.Image, side: int = 16) -> np.ndarray:
    """Luminance at thumbnail size, where a layout reads."""
    return np.asarray(image.convert("L").resize((side, side), Image.Resampling.BOX), float)


def test_a_heart_only_for_love_or_a_heart_and_posed_differently() -> None:
    """Habibi and a nocturne drew the same heart island: a heart only when the title
    names love or a heart (heart, corazón, दिल, love, amor), and then posed differently
    (whole or cropped, turned, an island or a lake)."""
    for title in ("Habibi حبيبي (Remix)", "Nocturne in E-flat major", "Gloves Off"):
        for seed in range(12):
            d = _in("folk", seed, CALM, title=title)
            assert topographic.land(d) != "heart", (title, seed)
    hearts = []
    for title in ("दिल की धड़कन", "Corazón de fuego", "Heart of Glass", "Love Song", "Amor"):
        d = _in("folk", len(hearts), CALM, title=title, layout="top-left")
        assert topographic.land(d) == "heart", title
        hearts.append(_small(_forced_topo(d, topographic.layout_of(d)), 32).ravel())
    for i, a in enumerate(hearts):
        for b in hearts[:i]:
            assert np.corrcoef(a, b)[0, 1] < 0.9


def test_music_without_a_named_land_rarely_draws_one_island() -> None:
    """Quiet songs mostly got the island (a blob in a sea): without a named island
    the one island is a minority, the chain, the peak and the ranges the rest."""
    drawn = collections.Counter()
    for i, sub in enumerate(("ambient", "classical", "folk", "rock", "techno", "pop")):
        for seed in range(20):
            base = CALM if seed % 2 else LOUD
            drawn[topographic.layout_of(_in(sub, 20 * i + seed, base, title="Untitled"))] += 1
    assert drawn["island"] == 0 and drawn["coast"] <= 0.35 * sum(drawn.values()), drawn


def test_the_map_compositions_differ_in_layout() -> None:
    """One song drawn as each map: their thumbnails (downsampled luminance) differ,
    so they are different pictures, not one relief recoloured."""
    d = _in("folk", 3, LOUD, title="Untitled", layout="top-left")
    smalls = {k: _small(_forced_topo(d, k)) for k in topographic.LAYOUTS}
    names = sorted(smalls)
    for i, a in enumerate(names):
        for b in names[:i]:
            if topographic.SKELETONS.get(a, a) == topographic.SKELETONS.get(b, b):
                continue  # one picture by design (a crater is its massif's variant)
            corr = np.corrcoef(smalls[a].ravel(), smalls[b].ravel())[0, 1]
            assert corr < 0.85, (a, b, corr)


def test_two_songs_draw_different_maps() -> None:
    """Two songs in the same composition: different terrain, not one template."""
    for kind in topographic.LAYOUTS:
        a = _small(_forced_topo(_in("folk", 1, LOUD, title="Untitled"), kind), 32)
        b = _small(_forced_topo(_in("rock", 2, CALM, title="Untitled"), kind), 32)
        assert np.corrcoef(a.ravel(), b.ravel())[0, 1] < 0.8, kind


def _turned(tags: str, seeds: range) -> list:
    base = direct_from_music(MusicInput(task_id=f"maps-{tags}", title="Track", tags=tags))[0]
    return [dataclasses.replace(base, seed=s) for s in seeds]


def test_chladni_never_draws_the_retired_boxes_or_badges() -> None:
    """The atlas (a grid of sixteen badges), the boxed low-mode plate and the closeup
    stay retired: no genre or seed draws them."""
    assert {"figure", "atlas", "closeup"} <= set(chladni.RETIRED)
    seen = collections.Counter()
    for tags in MIX:
        for d in _turned(tags, range(12)):
            seen[chladni.layout_of(d)] += 1
    assert not set(seen) & set(chladni.RETIRED), seen


def test_chladni_draws_six_compositions_that_differ_in_layout() -> None:
    """The field, the sweep, the angle, the lamp, the dome and (electronic music) the
    cymascope's water: one song in each gives thumbnails that differ (the whole plate,
    the suite, the corner and the rising plate, the crop, the chart, the tilted bench,
    the horizon and the spread are retired)."""
    found: dict[str, object] = {}
    for tags in ("cinematic", "idm"):
        for d in _turned(tags, range(80)):
            found.setdefault(chladni.layout_of(d), dataclasses.replace(d, layout="top-left"))
    names = ("field", "angle", "sweep", "cymascope", "lamp", "dome")
    assert set(names) == set(found), sorted(found)
    # below the title's band (calm in every composition, and the figure now fills the
    # rest of the cover, so whole thumbnails all read "calm band over figure")
    smalls = {n: _small(chladni.render(found[n], 96).image)[6:] for n in names}
    for i, a in enumerate(names):
        for b in names[:i]:
            assert np.corrcoef(smalls[a].ravel(), smalls[b].ravel())[0, 1] < 0.75, (a, b)


def test_chladni_water_only_for_electronic_music() -> None:
    """The glowing rings on black came back on ambient and film covers: the water
    only for electronic music."""
    for tags in ("ambient, drone", "cinematic", "modern classical"):
        assert all(chladni.layout_of(d) != "cymascope" for d in _turned(tags, range(60))), tags
