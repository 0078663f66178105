"""Mono grain's night prints (rain on a window, a figure under a street lamp, a
crowd's raised hands) read at 64 px and differ in layout, not only in tone; two
drill songs do not get the same estate framing."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from bench.cover_quality import bench_music
from sleeve.engine import raster
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import mono_grain
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.mono_scenes import airy
from sleeve.engine.styles.registry import draws_named
from tests.engine.test_mono_heavy import _track

BENCH = Path(__file__).resolve().parents[2] / "bench" / "tracks.jsonl"

NIGHT = ("rain", "lamp", "crowd")


def _thumb(name: str, subgenre: str, family: str, seed: int, side: str, n: int = 16) -> np.ndarray:
    """The print's tone as an n x n thumbnail of luminance."""
    d = dataclasses.replace(_track(subgenre, family), seed=seed)
    rng = raster.rng_for(d, "mono")
    tone, _, _ = mono_grain.PRINTS[name](d, rng, mono_grain._grid(rng), side, False)
    tone = np.clip(np.asarray(tone, np.float32), 0, 1)
    return tone.reshape(n, tone.shape[0] // n, n, -1).mean(axis=(1, 3))


@pytest.mark.parametrize("side", ["top", "bottom"])
def test_each_night_print_reads_at_64_px_and_the_three_differ_in_layout(side: str) -> None:
    thumbs = {name: [_thumb(name, "lofi", "hiphop", s, side) for s in range(4)] for name in NIGHT}
    for name, each in thumbs.items():
        for t in each:  # a bright form on black: real contrast in the thumbnail
            assert np.percentile(t, 98) - np.percentile(t, 2) > 0.35, name
    for a, b in itertools.combinations(NIGHT, 2):  # mean pictures apart, seed for seed
        gaps = [np.abs(x - y).mean() for x, y in zip(thumbs[a], thumbs[b], strict=True)]
        assert min(gaps) > 0.04, (a, b, gaps)


def test_night_genres_draw_the_night_prints_and_smoke_is_no_longer_their_filler() -> None:
    lofi = {mono_grain.layout_of(dataclasses.replace(_track("lofi", "hiphop"), seed=s))
            for s in range(40)}  # fmt: skip
    assert "rain" in lofi
    dance = [mono_grain.layout_of(dataclasses.replace(_track("reggaeton", "latin"), seed=s))
             for s in range(40)]  # fmt: skip
    assert "crowd" in dance and "photogram" not in dance
    rnb = [mono_grain.layout_of(dataclasses.replace(_track("rnb", "rnb"), seed=s))
           for s in range(60)]  # fmt: skip
    assert rnb.count("smoke") < 0.3 * len(rnb)


def test_two_drill_songs_do_not_get_the_same_estate_framing(tmp_path) -> None:
    """The estate had come back practically identical on the bench's two drill tracks
    (NO MERCY, Postcode Winter): now their framings are clearly apart at 16 px."""
    tracks = [json.loads(line) for line in BENCH.read_text().splitlines() if line]
    thumbs = []
    for index, track in enumerate(tracks):
        if track["title"] in ("NO MERCY", "Postcode Winter"):
            d = direct_from_music(bench_music(index, track, str(tmp_path)))[0]
            rng = raster.rng_for(d, "mono")
            assert mono_grain.pick_print(d, rng) == "estate", track["title"]
            side = title_band(d, raster.rng_for(d, "mono-title"))
            tone, _, _ = mono_grain.PRINTS["estate"](d, rng, mono_grain._grid(rng), side, False)
            tone = np.clip(np.asarray(tone, np.float32), 0, 1)
            thumbs.append(tone.reshape(16, tone.shape[0] // 16, 16, -1).mean(axis=(1, 3)))
    assert len(thumbs) == 2
    assert float(np.abs(thumbs[0] - thumbs[1]).mean()) > 0.06


def test_a_title_naming_rain_or_smoke_gets_that_print() -> None:
    """Blue Smoke (jazz) was printed as rain on a window, and rainy window, 3am (lo-fi)
    as a curl of smoke: a dark print now draws what the title names, and the
    registry counts mono grain as drawing it."""
    for title, tags, subject in (
        ("Blue Smoke", "jazz, smoky", "smoke"),
        ("rainy window, 3am", "lofi, chillhop", "rain"),
    ):
        drawn = 0
        for seed in range(12):
            music = MusicInput(task_id=f"named-{seed}", title=title, tags=tags)
            direction = dataclasses.replace(direct_from_music(music)[0], seed=seed)
            if airy(direction):
                continue
            drawn += 1
            assert mono_grain.layout_of(direction) == subject, (title, seed)
            assert draws_named(direction, "mono_grain", f"mono_grain/{subject}")
        assert drawn >= 6, (title, drawn)


@pytest.mark.parametrize("side", ["top", "bottom"])
def test_the_rain_prints_lights_spread_over_the_whole_pane(side: str) -> None:
    """Velvet's rain was 90% black with three bokeh blobs in one corner (N, "it looks
    broken"): now the street's lights fill the pane, lit across its width and over a
    good share of the part the title leaves."""
    rows = slice(7, 16) if side == "top" else slice(0, 9)  # the free part at 16 px
    for seed in range(6):
        free = _thumb("rain", "rnb", "rnb", seed, side)[rows]
        lit = free > 0.22
        assert lit.mean() > 0.3, (seed, lit.mean())
        quarters = [lit[:, q * 4 : q * 4 + 4].mean() for q in range(4)]
        assert min(quarters) > 0.12, (seed, quarters)


def test_no_bright_genres_mono_print_is_the_monolith() -> None:
    """Chuva de Verão (bossa) got the doom-metal monolith (N): it is drawn only for
    dark, heavy music now, whatever the palette, and a bright song that names rain
    gets summer rain on a pond."""
    light = dataclasses.replace(_track("bossa", "latin").palette, background=(245, 242, 236))
    for sub, family in (("bossa", "latin"), ("latin", "latin"), ("reggaeton", "latin"),
                        ("pop", "pop"), ("kpop", "pop"), ("children", "children"),
                        ("rnb", "rnb"), ("jingle", "pop"), ("bedroom_pop", "pop")):  # fmt: skip
        for palette in (None, light):
            base = _track(sub, family)
            if palette is not None:
                base = dataclasses.replace(base, palette=palette)
            picks = {mono_grain.layout_of(dataclasses.replace(base, seed=s)) for s in range(40)}
            assert "monolith" not in picks, (sub, palette)
    doom = {mono_grain.layout_of(dataclasses.replace(_track("doom_metal", "metal"), seed=s))
            for s in range(40)}  # fmt: skip
    assert "monolith" in doom
    rain = dataclasses.replace(_track("bossa", "latin"), palette=light, title="Chuva de Verão")
    assert mono_grain.layout_of(rain) == "ripples"
    assert draws_named(rain, "mono_grain", "mono_grain/ripples")
