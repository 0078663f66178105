"""Engraving covers: classical music as a copperplate print. Three compositions with
different skeletons (an instrument in line hatching, a cropped score, a seascape plate
under a cartouche) chosen by the music and the seed; the song moves each picture (the
score's notes are its onsets, the sea's waves its loudness); the title's band stays
calm; it reads at 64 px and renders at 64 to 3000 px; classical, chamber and cinematic
languages offer it (the landscapes other genres get: test_engraving_landscapes)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image, ImageFilter

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import engraving
from sleeve.engine.styles.cover_parts.engrave_score import signature
from sleeve.engine.styles.registry import fitting, get_style

NAMES = ("instrument", "score", "cartouche")


def _direction(tags: str, seed: int = 0, title: str = "Nocturne") -> ArtDirection:
    music = MusicInput(task_id=f"engraving-{tags}-{seed}", title=title, tags=tags)
    return direct_from_music(music)[0]


def _first(tags: str, name: str, layout: str = "top-left", title: str = "Nocturne") -> ArtDirection:
    """A track with these tags turned to the first seed that draws `name`."""
    base = dataclasses.replace(_direction(tags, title=title), layout=layout)
    for seed in range(400):
        turned = dataclasses.replace(base, seed=seed)
        if engraving.layout_of(turned) == name:
            return turned
    raise AssertionError(name)


def _grey(image: Image.Image, side: int = 64) -> np.ndarray:
    return np.asarray(image.convert("L").resize((side, side), Image.Resampling.BOX), float)


def _edges(image: Image.Image, side: int = 96) -> np.ndarray:
    grey = image.convert("L").resize((side, side), Image.Resampling.BOX)
    return np.asarray(grey.filter(ImageFilter.FIND_EDGES), float)[1:-1, 1:-1]


def test_the_music_and_the_seed_choose_among_three_compositions() -> None:
    seen = {
        engraving.layout_of(dataclasses.replace(_direction("classical"), seed=s)) for s in range(60)
    }
    assert seen == set(NAMES), seen
    quiet = dataclasses.replace(_direction("chamber"), energy=0.05, density=0.05)
    loud = dataclasses.replace(_direction("chamber"), energy=0.95, density=0.95)

    def count(base: ArtDirection, name: str) -> int:
        return sum(
            engraving.layout_of(dataclasses.replace(base, seed=s)) == name for s in range(150)
        )

    assert count(quiet, "instrument") > count(loud, "instrument")
    assert count(loud, "score") > count(quiet, "score")


def test_layout_of_names_what_render_draws() -> None:
    for name in NAMES:
        d = _first("classical, romantic", name)
        assert get_style("engraving").render(d, 96).layout == name


def test_each_composition_is_its_own_picture() -> None:
    """One track drawn in the three compositions: their edge maps overlap little."""
    maps = {}
    for name in NAMES:
        e = _edges(get_style("engraving").render(_first("opera", name), 192).image)
        maps[name] = e > np.percentile(e, 80)
    for a in NAMES:
        for b in NAMES:
            if a < b:
                same = (maps[a] & maps[b]).sum() / max((maps[a] | maps[b]).sum(), 1)
                assert same < 0.4, (a, b, same)


@pytest.mark.parametrize("name", NAMES)
def test_the_song_moves_the_picture_not_only_the_seed(name: str) -> None:
    """The same track with another song's onsets and loudness curve (same seed, title
    and palette) draws another picture in the same composition."""
    d = _first("classical", name)
    curve = tuple(float(v) for v in np.linspace(0.05, 1.0, 64) ** 2)
    other = dataclasses.replace(
        d,
        energy_curve=curve,
        onsets=tuple([1.0, 0.0, 1.0, 0.0] * 64),
        has_audio=True,
    )
    assert engraving.layout_of(other) == name
    a = _grey(engraving.render(d, 256).image, 128)
    b = _grey(engraving.render(other, 256).image, 128)
    assert np.abs(a - b).mean() > 2.0, name


def test_the_score_sets_the_song_s_onsets_as_notes() -> None:
    """A song that strikes on every beat fills the staves with more ink than a song
    that hardly strikes (silent beats stay open)."""
    d = _first("classical", "score")
    busy = dataclasses.replace(d, onsets=tuple([1.0] * 256), has_audio=True)
    sparse = dataclasses.replace(d, onsets=tuple([1.0] + [0.0] * 63) * 4, has_audio=True)
    ink = [255 - _grey(engraving.render(x, 256).image, 128).mean() for x in (busy, sparse)]
    if engraving._inks(d).dark:
        ink = [-v for v in ink]
    assert ink[0] > ink[1] + 2, ink


def test_the_key_signature_follows_the_circle_of_fifths() -> None:
    assert signature(7, False) == ("#", "F")  # G major: one sharp
    assert signature(2, False) == ("#", "FC")  # D major
    assert signature(5, False) == ("b", "B")  # F major: one flat
    assert signature(2, True) == ("b", "B")  # D minor, F major's relative
    assert signature(0, False) == ("#", "")  # C major: none


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_title_band_stays_calm_and_the_focal_box_holds_the_picture(
    name: str, layout: str
) -> None:
    art = get_style("engraving").render(_first("classical, orchestral", name, layout), 192)
    edges = _edges(art.image)
    side = edges.shape[0]
    fifth = side // 5
    band = edges[:fifth] if layout == "top-left" else edges[-fifth:]
    x0, y0, x1, y1 = (round(v * side) for v in art.focal)
    focal = edges[y0:y1, x0:x1]
    assert band.mean() < 0.35 * focal.mean(), (name, layout, band.mean(), focal.mean())
    # the focal box stays out of the title's band
    assert (art.focal[1] >= 0.2) if layout == "top-left" else (art.focal[3] <= 0.8), art.focal


@pytest.mark.parametrize("name", NAMES)
def test_it_reads_at_64_px_with_strong_value_contrast(name: str) -> None:
    for tags, title in (("opera", "Aria"), ("classical", "Nocturne"), ("cinematic", "Heroes")):
        thumb = _grey(get_style("engraving").render(_first(tags, name, title=title), 64).image)
        low, high = np.percentile(thumb, (5, 95))
        assert high - low > 110, (name, tags, low, high)


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_renders_at_any_size_with_one_composition(size: int) -> None:
    d = _first("chamber", "instrument")
    art = get_style("engraving").render(d, size)
    assert art.image.size == (size, size) and art.image.mode == "RGB"
    small = np.asarray(get_style("engraving").render(d, 256).image.resize((32, 32)), float)
    big = np.asarray(art.image.resize((32, 32), Image.Resampling.BOX), float)
    assert np.abs(small - big).mean() < 10


def test_same_direction_same_bytes() -> None:
    d = _first("opera", "cartouche")
    assert engraving.render(d, 200).image.tobytes() == engraving.render(d, 200).image.tobytes()


def test_a_dark_language_prints_pale_ink_on_a_deep_field() -> None:
    paper = _grey(engraving.render(_first("opera", "instrument", title="Aria"), 128).image)
    night = _grey(engraving.render(_first("cinematic, epic orchestral", "instrument"), 128).image)
    assert np.median(paper) > 180 and np.median(night) < 70


def test_classical_chamber_and_cinematic_offer_it() -> None:
    for tags in ("classical", "chamber music, string quartet", "cinematic score", "opera"):
        d = _direction(tags)
        assert "engraving" in dict(d.language.styles), tags
        assert "engraving" in fitting(d), tags


@pytest.mark.parametrize("tags", ["classical", "cinematic", "chamber"])
@pytest.mark.parametrize("title", ["Fjord, Early Light", "Nocturne"])
def test_the_cartouche_holds_a_picture_over_all_of_its_inset(tags: str, title: str) -> None:
    """Round 17 (Fjord, Early Light): the plate's inset looked empty, a dark sky over a
    hatched wedge. Ink (a share of the ink's contrast with the paper) lies over nearly
    every part of the inset: a ruled sky, its light, the cliffs, the sea."""
    for layout in ("top-left", "bottom-left"):
        d = _first(tags, "cartouche", layout, title)
        art = engraving.render(d, 256)
        grey = np.asarray(art.image.convert("L"), float)
        inks = engraving._inks(d)
        paper, ink = float(np.mean(inks.paper)), float(np.mean(inks.ink))
        x0, y0, x1, y1 = art.focal
        w, h = x1 - x0, y1 - y0  # inside the plate's frame
        xs = np.linspace(x0 + 0.1 * w, x1 - 0.1 * w, 7) * 256
        ys = np.linspace(y0 + 0.1 * h, y1 - 0.1 * h, 7) * 256
        shares = [
            np.abs(grey[int(a) : int(b), int(c) : int(e)] - paper).mean() / abs(ink - paper)
            for a, b in zip(ys[:-1], ys[1:], strict=True)
            for c, e in zip(xs[:-1], xs[1:], strict=True)
        ]
        inked = float(np.mean(np.array(shares) > 0.12))
        assert inked >= 0.9, (tags, title, layout, np.round(sorted(shares)[:8], 2))
