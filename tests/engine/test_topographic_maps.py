"""Round 18 on topographic (2-3/10): "near-empty grey covers with a few contour
lines". A musician's map is full of line: contours over the whole frame with index
contours, layer tints from the song's palette or one strong ink, the terrain drawn
from the song's energy curve and sections, and several compositions (the valley, the
island, the massif, the block diagram at an angle)."""

from __future__ import annotations

import collections
import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import calm_zone, topo_subject
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_focal import SAND, _forced

SUBS = ("ambient", "chamber", "idm", "post_rock", "folk", "pop", "classical", "dark_ambient")


def _in(sub: str, seed: int, base=CALM, **changes):
    language = language_for(sub)
    fields = {"seed": seed, "language": language, "genre": language.family, "palette": SAND}
    fields.update(changes)
    return dataclasses.replace(base, **fields)


def _lines(image: Image.Image) -> np.ndarray:
    """Where a cover is inked with line: pixels a clear step from their
    neighbourhood's mean (a flat tint, bare paper or the grain has none)."""
    lum = np.asarray(image.convert("L"), np.float32)
    pad = np.pad(lum, 2, mode="edge")
    n = lum.shape[0]
    mean = sum(pad[dy : dy + n, dx : dx + n] for dy in range(5) for dx in range(5)) / 25.0
    return np.abs(lum - mean) > 18.0


def test_the_map_is_full_of_line_across_the_frame() -> None:
    """Away from the title, contours run through nearly every part of the frame (of
    16 x 16 px tiles, at least two in three carry line), not round one landform in
    empty paper (the old covers: a third to a half)."""
    for i, sub in enumerate(SUBS):
        for seed in range(3):
            d = _in(sub, 10 * i + seed, LOUD if seed % 2 else CALM, title="Untitled")
            zone = topographic.plan(d).zone
            x0, y0, x1, y1 = (int(round(v * 16)) for v in calm_zone.away_from(zone))
            lined = _lines(topographic.render(d, 256).image)
            tiles = lined.reshape(16, 16, 16, 16).mean(axis=(1, 3))[y0:y1, x0:x1]
            assert (tiles > 0.03).mean() > 0.65, (sub, seed, (tiles > 0.03).mean())


def test_the_colour_comes_from_the_song_never_empty_grey() -> None:
    """Outside the single-ink families (IDM and techno, the dark genres) a map is
    printed in colour: a good share of it clearly chromatic, and tints of several
    lightnesses (not one grey paper)."""
    for i, sub in enumerate(("ambient", "post_rock", "folk", "pop", "chamber", "classical")):
        for seed in range(3):
            d = _in(sub, 7 * i + seed, LOUD if seed % 2 else CALM, title="Untitled")
            small = topographic.render(d, 96).image.resize((24, 24), Image.Resampling.BOX)
            lch = np.array([rgb_to_oklch(p) for p in np.asarray(small).reshape(-1, 3)])
            assert (lch[:, 1] > 0.03).mean() > 0.3, (sub, seed, np.median(lch[:, 1]))
            assert np.ptp(np.percentile(lch[:, 0], [10, 90])) > 0.12, (sub, seed)


def test_different_music_gives_different_terrain() -> None:
    """The same track, seed and title with another energy curve (loud early against
    loud late) draws another land: the terrain follows the song, not the seed."""
    early = tuple(float(v) for v in np.linspace(1.0, 0.1, 32))
    late = early[::-1]
    for kind in ("valley", "peak", "range", "coast", "chain"):
        for seed in range(2):
            base = _in("ambient", seed, CALM, title="Untitled", layout="top-left")
            a, b = (
                topographic.landform(dataclasses.replace(base, energy_curve=c), kind, "top")
                for c in (early, late)
            )
            corr = np.corrcoef(a.ravel(), b.ravel())[0, 1]
            assert corr < 0.97 and np.abs(a - b).mean() > 0.03, (kind, seed, corr)


def test_the_crest_peaks_where_the_song_is_loud() -> None:
    """The crest's height along its spine is the energy curve: its summit at the
    song's loudest section, a col where a section ends."""
    from sleeve.engine.styles.cover_parts import topo_terrain as terrain

    curve = tuple([0.2] * 12 + [0.9] * 10 + [0.3] * 10)
    line = terrain.song_line(dataclasses.replace(CALM, energy_curve=curve))
    top = int(np.argmax(line)) / len(line)
    assert 12 / 32 < top < 22 / 32, top
    assert len(terrain.sections(np.asarray(curve))) >= 3


def test_index_contours_are_heavier_than_the_lines_between() -> None:
    """A cone's contours: every fifth inks well over the width of the others."""
    from sleeve.engine.styles.cover_parts import topo_print

    x, y = np.meshgrid(np.linspace(-1, 1, 96), np.linspace(-1, 1, 96))
    cone = np.clip(1.0 - np.hypot(x, y), 0.0, 1.0).astype(np.float32)
    h, slope = topo_print.steps(cone, 20, 512)
    minor, major = topo_print.lines(h, slope, 512)
    assert major.sum() / 4 > 1.6 * minor.sum() / 16


def test_at_least_four_compositions_from_the_music() -> None:
    """Untitled songs draw the valley, the island, the massif and the block diagram,
    none most of the time."""
    drawn = collections.Counter()
    for i, sub in enumerate(SUBS):
        for seed in range(12):
            base = LOUD if seed % 2 else CALM
            drawn[topographic.layout_of(_in(sub, 12 * i + seed, base, title="Untitled"))] += 1
    assert {"valley", "coast", "peak", "range"} <= set(drawn), drawn
    assert max(drawn.values()) / sum(drawn.values()) < 0.4, drawn


def test_the_title_names_the_land() -> None:
    for seed in range(4):
        kind = topographic.layout_of(_in("folk", seed, title="Mountain Song", layout="top-left"))
        assert kind in ("peak", "range"), kind
        kind = topographic.layout_of(_in("folk", seed, title="Still Lake", layout="top-left"))
        assert kind == "lake", kind
        kind = topographic.layout_of(_in("folk", seed, title="Open Sea", layout="top-left"))
        assert kind in ("coast", "chain"), kind
    assert topo_subject.subject("Habibi حبيبي (Remix)") != "heart"


def test_the_title_band_stays_calmer_and_the_focal_box_out_of_it() -> None:
    for seed in range(3):
        for kind in topographic.LAYOUTS:
            direction = _in("pop", seed, LOUD, layout="top-left")
            art = _forced(direction, kind)
            lined = _lines(art.image)
            band, rest = lined[: int(0.26 * 256)].mean(), lined[int(0.42 * 256) :].mean()
            assert band < 0.5 * rest, (kind, seed, band, rest)
            assert art.focal[1] >= calm_zone.ZONES["top"][3] - 0.01, (kind, art.focal)


def test_the_motif_table_names_the_compositions() -> None:
    from sleeve.engine.motifs import MOTIFS

    named = {n.split("/")[1] for names in MOTIFS.values() for n in names if "topographic/" in n}
    assert named <= set(topographic.LAYOUTS), named


def test_a_children_s_song_or_metal_gets_no_map() -> None:
    assert {"children", "lullaby", "metal"} <= set(topographic.STYLE.never)
