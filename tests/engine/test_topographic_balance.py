"""What the topographic style promises after a review found foil on black in 30 of
74 covers, k-pop and hyperpop on black or wine card, embosses that were black mush
at 64 px, riso covers that all filled in pink or red, one template of landform and a
mountain whose contours broke into beads: the three prints share a varied set, the
bright genres print light or vivid, the emboss reads small, the riso takes its inks
from the song's palette, and the land's stance moves with the music."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import topo_inks
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_focal import SAND, _forced

NIGHT = Palette(
    (12, 14, 24), ((60, 70, 120), (30, 34, 60), (200, 200, 210)), (90, 90, 140), (230, 230, 240)
)
SUBS = (
    "pop",
    "kpop",
    "hyperpop",
    "children",
    "house",
    "doom_metal",
    "techno",
    "ambient",
    "folk",
    "reggaeton",
    "rnb",
    "jazz",
    "drill",
    "synthwave",
    "lofi",
    "rock",
)


def _in(sub: str, seed: int, base=CALM, palette=SAND, **changes):
    language = language_for(sub)
    return dataclasses.replace(
        base, seed=seed, language=language, genre=language.family, palette=palette, **changes
    )


def _lab64(image: Image.Image) -> np.ndarray:
    """Per-pixel (L, C) of the cover seen at 64 px."""
    small = np.asarray(image.resize((64, 64), Image.Resampling.BOX), np.float32)
    lab = srgb_to_oklab(small.reshape(-1, 3))
    return np.column_stack([lab[:, 0], np.hypot(lab[:, 1], lab[:, 2])])


def test_no_print_takes_much_more_than_a_third_of_a_varied_set() -> None:
    """'Foil on black or navy is about 30 of 74 covers': no print past about 40%."""
    kinds = collections.Counter()
    for sub in SUBS:
        for seed in range(12):
            night = seed % 3 == 0
            base = LOUD if seed % 2 else CALM
            palette = NIGHT if night else SAND
            kinds[topographic.layout_of(_in(sub, seed, base, palette, night=night))] += 1
    total = sum(kinds.values())
    assert set(kinds) == set(topographic.MAPS)
    assert max(kinds.values()) / total <= 0.42, kinds
    dark = collections.Counter(  # a dark sheet is not a foil by default
        topographic.layout_of(_in("doom_metal", seed, CALM, NIGHT, night=True))
        for seed in range(80)
    )
    assert dark["foil"] / sum(dark.values()) < 0.6, dark


def test_bright_genres_print_on_light_or_vivid_stock_even_at_night() -> None:
    """K-pop on black emboss, hyperpop on wine card, pop in copper on black: a light,
    joyful genre's cover is light or vivid whatever its print."""
    for sub in ("kpop", "hyperpop", "pop", "children", "house"):
        for seed in range(3):
            direction = _in(sub, seed, LOUD, NIGHT, night=True, title="서울의 밤 love")
            for kind in topographic.MAPS:
                lab = _lab64(_forced(direction, kind, 128).image)
                light, vivid = np.median(lab[:, 0]), np.median(lab[:, 1])
                assert light > 0.6 or vivid > 0.1, (sub, seed, kind, light, vivid)


def test_the_emboss_of_a_dark_sheet_reads_at_64_px() -> None:
    """'Emboss on black card is murky at 64 px': a dark sheet's emboss is a slate or
    ash card under a hard raking light, its lit steps far from its shadows."""
    for sub, seed in (("doom_metal", 1), ("drill", 2), ("techno", 3), ("chamber", 4)):
        direction = _in(sub, seed, CALM, NIGHT, night=True)
        lab = _lab64(_forced(direction, "emboss", 256).image)
        assert np.median(lab[:, 0]) > 0.3, sub  # not black card
        assert np.percentile(lab[:, 0], 99) - np.median(lab[:, 0]) > 0.15, sub  # lit steps


def test_the_riso_takes_its_inks_from_the_palette() -> None:
    """The riso covers mostly filled in pink or red: a green song may print green, a
    blue song blue, and no single ink fills most of a varied set."""
    green = Palette(
        (240, 240, 232), ((0, 169, 92), (30, 60, 140), (250, 250, 245)), (0, 150, 80), (20, 20, 20)
    )
    blue = Palette(
        (240, 240, 232),
        ((0, 120, 191), (255, 180, 20), (250, 250, 245)),
        (0, 110, 180),
        (20, 20, 20),
    )
    for palette, lo, hi in ((green, 120.0, 175.0), (blue, 200.0, 270.0)):
        hues = []
        for seed in range(20):
            rng = np.random.default_rng(seed)
            stock = topo_inks.riso(_in("pop", seed, palette=palette), rng, False)
            hues.append(rgb_to_oklch(stock.fill)[2])
        assert any(lo < h < hi for h in hues), (lo, hues)
    fills = collections.Counter()
    for sub in ("pop", "house", "ambient", "folk", "rnb", "rock", "idm", "lofi"):
        for seed in range(10):
            rng = np.random.default_rng(seed)
            fills[topo_inks.riso(_in(sub, seed), rng, False).fill] += 1
    warm = sum(n for f, n in fills.items() if rgb_to_oklch(f)[2] < 45 or rgb_to_oklch(f)[2] > 330)
    assert len(fills) >= 8 and warm / sum(fills.values()) < 0.4, fills


def test_the_mountains_stance_moves_with_the_music_and_the_seed() -> None:
    """Two tracks never look like one template: loud songs mostly crop a giant summit,
    quiet ones stand a smaller hill in a wide field, and the summit moves round the
    frame from seed to seed."""
    loud = collections.Counter(topographic.stance(_in("rock", s, LOUD)) for s in range(40))
    calm = collections.Counter(topographic.stance(_in("rock", s, CALM)) for s in range(40))
    assert loud["cropped"] > calm["cropped"] and calm["whole"] > loud["whole"]
    assert set(loud | calm) == set(topographic.STANCES)
    cells, covers = set(), {"calm": [], "loud": []}
    for seed in range(16):
        for name, base in (("calm", CALM), ("loud", LOUD)):
            direction = _in("rock", seed, base, layout="top-left")
            h = topographic.landform(direction, np.random.default_rng(seed), "top")
            y, x = np.unravel_index(int(np.argmax(h)), h.shape)
            cells.add((3 * x // h.shape[1], 3 * y // h.shape[0]))
            covers[name].append((h > 0.05).mean())
    assert len(cells) >= 5, cells
    assert np.mean(covers["loud"]) > np.mean(covers["calm"]) + 0.05, covers


def test_a_mountains_foil_contours_never_break_into_beads(monkeypatch) -> None:
    """Mountain Song's foil landform broke into small rings: the lines on slopes turned
    from the light faded into the card and were drawn as threads, so a contour read as
    a string of beads. Each foil line stays one visible stroke: few specks of line."""
    monkeypatch.setattr(topographic, "SOLID", 0.0)
    for seed in range(8):
        base = LOUD if seed % 2 else CALM
        direction = _in("world", seed, base, title="Mountain Song", layout="top-left")
        rgb = np.asarray(_forced(direction, "foil", 256).image, np.float32)
        lab = srgb_to_oklab(rgb.reshape(-1, 3)).reshape(256, 256, 3)
        card = np.median(lab[:40].reshape(-1, 3), axis=0)  # the bare card above the land
        labels, _ = ndimage.label(np.linalg.norm(lab - card, axis=2) > 0.1)
        sizes = np.bincount(labels.ravel())[1:]
        assert (sizes < 40).sum() <= 5, (seed, sorted(sizes)[:8])


def test_the_embossed_summit_prints_a_solid_spot_that_reads_at_64_px() -> None:
    """A thin spot-ink contour on a blind emboss vanished at 64 px (or read as a lasso):
    the summit's terrace is printed solid, a small bold mark of pure ink."""
    solid = 0
    for seed in range(6):
        direction = _in("ambient", seed, CALM, title="Salt Flats", layout="top-left")
        lab = _lab64(_forced(direction, "emboss", 256).image)
        solid += (lab[:, 1] > 0.14).sum() >= 4
    assert solid >= 4, solid
