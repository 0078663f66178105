"""Chladni's lace is many plates, not one figure: different songs lay different
skeletons (shape, size, centre, turn) even at thumbnail size; hard music gets a stark
steel plate instead of the lace; calm music's water is lit in muted light; the title's
band holds no sand however deep the title runs; the violin's f-holes have their nicks."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import ImageFilter

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles.registry import get_style

SONGS = (
    "ambient, drone",
    "idm, glitch",
    "cinematic",
    "pop",
    "thai pop, rain",
    "modern classical",
    "lofi, chill",
    "synthwave",
)


def _lace(tags: str, title: str = "Track", layout: str = "top-left"):
    style = get_style("chladni")
    for seed in range(300):
        music = MusicInput(task_id=f"plates-{tags}-{seed}", title=title, tags=tags)
        d = dataclasses.replace(direct_from_music(music)[0], layout=layout)
        if style.layout_of(d) == "lace":
            return d
    raise AssertionError(f"no {tags} seed drew the lace")


def _mirror(image) -> float:
    """How mirror-symmetric the picture below the title's band is about the cover's
    centre line (correlation with its mirror image, softened at 64 px)."""
    lum = np.asarray(image.convert("L").filter(ImageFilter.GaussianBlur(1)), float)[24:]
    return float(np.corrcoef(lum.ravel(), lum[:, ::-1].ravel())[0, 1])


def test_lace_covers_of_different_songs_do_not_share_one_centred_figure() -> None:
    """An art director saw one square lace, centred and upright, on four tracks: the
    plate's shape, size, centre and turn now come from the music, so of eight songs'
    laces at 64 px at most two are still mirror images about the cover's centre line."""
    style = get_style("chladni")
    mirrored = [_mirror(style.render(_lace(tags), 64).image) > 0.6 for tags in SONGS]
    assert sum(mirrored) <= 2, mirrored


def test_hard_music_gets_a_dark_steel_plate_with_sparse_sand_not_lace() -> None:
    """'Ornamental lace, wrong for post-punk': hard genres never draw the lace or the
    glowing water; their plate is dark with a sparse scatter of sand."""
    style = get_style("chladni")
    for tags in ("post-punk, goth", "punk, hardcore", "grunge", "doom metal"):
        seen = set()
        for seed in range(40):
            music = MusicInput(task_id=f"hard-{tags}-{seed}", title="Concrete", tags=tags)
            d = direct_from_music(music)[0]
            name = style.layout_of(d)
            seen.add(name)
            if name == "steel" and "steel-drawn" not in seen:
                seen.add("steel-drawn")
                lum = np.asarray(style.render(d, 128).image.convert("L"), float)
                assert np.median(lum) < 50, (tags, np.median(lum))
                assert 0.003 < (lum > 150).mean() < 0.12, (tags, (lum > 150).mean())
        assert not seen & {"lace", "cymascope"}, (tags, seen)
        assert "steel" in seen, (tags, seen)


def test_calm_music_lights_the_water_in_muted_light_not_neon() -> None:
    """'Neon cyan too loud for quiet': an ambient track's cymascope glows in a pale,
    barely tinted light."""
    style = get_style("chladni")
    for tags in ("ambient, snow, calm", "ambient, drone"):
        for seed in range(300):
            music = MusicInput(task_id=f"calm-{tags}-{seed}", title="Quiet Snow", tags=tags)
            d = direct_from_music(music)[0]
            if style.layout_of(d) == "cymascope":
                break
        lab = srgb_to_oklab(np.asarray(style.render(d, 128).image, np.float64)).reshape(-1, 3)
        lit = lab[lab[:, 0] > 0.45]
        assert len(lit) > 0.02 * len(lab), tags
        chroma = np.hypot(lit[:, 1], lit[:, 2])
        assert np.percentile(chroma, 90) < 0.07, (tags, np.percentile(chroma, 90))


def test_a_long_title_gets_a_band_without_sand() -> None:
    """Titles sat over busy patterns: a three-line title's band (as deep as its block)
    is bare plate, no sand, on every lace cover."""
    from sleeve.engine.styles.cover_parts.calm_zone import title_depth

    style = get_style("chladni")
    title = "Neon Dreams of a City That Never Sleeps"
    for tags in ("ambient, drone", "idm, glitch", "cinematic"):
        d = _lace(tags, title)
        depth = 0.07 + title_depth(d)
        lum = np.asarray(style.render(d, 256).image.convert("L"), float)
        band = lum[: int(depth * 256)]
        speck = np.abs(band - np.median(band, axis=1, keepdims=True)) > 60
        assert speck.mean() < 0.004, (tags, depth, speck.mean())


def test_the_f_holes_have_round_eyes_and_the_nicks_at_their_waist() -> None:
    """'Crude f-holes': each f-hole now has its two nicks across the stem's middle, so
    the hole is wider there than just above or below, and round eyes at its ends."""
    from sleeve.engine.styles.cover_parts.chladni_instruments import _f_hole

    t = np.linspace(-0.12, 0.12, 961, dtype=np.float32)
    x, y = np.meshgrid(t, t)
    hole = _f_hole(x, y) > 0.5
    rows = hole[:, t > 0].sum(axis=1).astype(float)  # the right hole, row by row
    lit = np.nonzero(rows)[0]
    mid = (lit[0] + lit[-1]) // 2
    near = rows[mid - 40 : mid + 40]
    around = np.concatenate([rows[mid - 60 : mid - 30], rows[mid + 30 : mid + 60]])
    assert near.max() > 1.25 * around.mean(), (near.max(), around.mean())
    assert rows[lit[0] : lit[0] + 60].max() > 1.2 * rows[mid - 40], "no round upper eye"


def _drawn(name: str, tags: str, title: str):
    """A top-left track so tagged whose chladni cover draws `name`."""
    style = get_style("chladni")
    for seed in range(300):
        music = MusicInput(task_id=f"inst-{tags}-{seed}", title=title, tags=tags)
        d = dataclasses.replace(direct_from_music(music)[0], layout="top-left")
        if style.layout_of(d) == name:
            return d
    raise AssertionError(f"no {tags} seed drew the {name}")


def test_an_instrument_stays_below_a_long_titles_band() -> None:
    """The violin, the guitar and the drum had kept a fixed 0.3 band: under a
    three-line title their plates and sand ran up into it."""
    from sleeve.engine.styles.cover_parts.calm_zone import title_depth

    style = get_style("chladni")
    title = "Neon Dreams of a City That Never Sleeps"
    for name, tags in (
        ("violin", "classical, strings"),
        ("guitar", "bossa nova"),
        ("drum", "rock, loud"),
    ):
        d = _drawn(name, tags, title)
        depth = 0.07 + title_depth(d)
        assert style.render(d, 128).focal[1] >= depth, (name, depth)
