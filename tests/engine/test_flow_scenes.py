"""Flow field's pictures with a subject (reviewers: "paint-swatch ribbons with no
subject"): smoke rising from one ember, an aurora over a black horizon and a flame,
chosen by the genre and by what the title names; each keeps the title's band calm."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine.direction import direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import flow_field
from tests.engine.test_flow_field import _drawing, band_edges
from tests.engine.test_styles import CALM, LOUD

SCENES = ("smoke", "aurora", "flame")
NIGHTLY = dataclasses.replace(CALM, genre="electronic", language=language_for("techno"))


def _drawn(tags: str, title: str = "Harbour Lights") -> Counter:
    music = MusicInput(task_id=f"scene-{tags}", title=title, tags=tags)
    direction = direct_from_music(music)[0]
    return Counter(flow_field.layout_of(turned(direction, t)) for t in range(40))


def test_genres_get_the_picture_that_fits_them_and_never_the_ribbon() -> None:
    """Late-night genres mostly get smoke, electronic and ambient an aurora, bright pop
    and Latin a flame; no song gets the bare ribbon any more."""
    for tags, scene in (
        ("jazz", "smoke"),
        ("lofi", "smoke"),
        ("techno", "aurora"),
        ("ambient", "aurora"),
        ("pop", "flame"),
        ("reggaeton", "flame"),
    ):
        drawn = _drawn(tags)
        assert drawn[scene] >= 20, (tags, drawn)
        assert "ribbon" not in drawn, (tags, drawn)


def test_a_title_naming_smoke_fire_or_the_northern_lights_gets_that_picture() -> None:
    for title, scene in (
        ("Blue Smoke", "smoke"),
        ("Corazón de fuego", "flame"),
        ("Aurora Borealis", "aurora"),
    ):
        drawn = _drawn("pop", title)
        assert set(drawn) == {scene}, (title, drawn)


def _ink(name: str, base, seed: int = 0) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Where a scene's marks lie: 64 x 64 bool, far from the field's median."""
    art = flow_field.render(_drawing(name, base, seed), 128)
    small = np.asarray(art.image.convert("L").resize((64, 64), Image.Resampling.BOX), float)
    return np.abs(small - np.median(small)) > 30


def _breadth(mask: np.ndarray) -> np.ndarray:
    """The width of the marks in each row (0 where a row has none)."""
    cols = np.arange(mask.shape[1])
    rows = []
    for row in mask:
        hit = cols[row]
        rows.append(float(hit.max() - hit.min() + 1) if len(hit) else 0.0)
    return np.asarray(rows)


def test_smoke_rises_from_one_point_and_blooms_as_it_climbs() -> None:
    """A plume, not a band: its lowest marks are a narrow source, and it spreads wider
    above it."""
    for seed in range(3):
        mask = _ink("smoke", CALM, seed)
        width = _breadth(mask)
        rows = np.flatnonzero(width)
        low, high = rows[-4:], rows[: len(rows) // 2]
        assert width[low].mean() < 8, (seed, width[low])
        assert width[high].max() > 3 * width[low].mean(), seed


def test_the_flame_is_widest_low_and_licks_to_a_tip() -> None:
    for seed in range(3):
        mask = _ink("flame", dataclasses.replace(LOUD, genre="pop", language=language_for("pop")))
        width = _breadth(mask)
        rows = np.flatnonzero(width)
        widest = rows[np.argmax(width[rows])]
        assert widest > rows[0] + 0.5 * (rows[-1] - rows[0]), (seed, widest, rows)
        assert width[rows[:3]].mean() < 0.35 * width.max(), seed


def test_the_aurora_is_light_over_a_black_horizon() -> None:
    """Bright curtains in the sky, a black ground under them (a night, whatever the
    palette's field)."""
    for seed in range(3):
        d = _drawing("aurora", NIGHTLY, seed)
        grey = np.asarray(flow_field.render(d, 128).image.convert("L"), float)
        rows = grey.mean(axis=1)
        ground = grey[-8:] if rows[-8:].mean() < rows[40:80].mean() else grey[80:88]
        assert np.median(ground) < 30, seed
        assert np.percentile(grey, 99) > 150, seed


def test_the_scenes_keep_the_titles_band_calm() -> None:
    bases = {"smoke": CALM, "aurora": NIGHTLY, "flame": LOUD}
    for name in SCENES:
        for layout, band in (("top-left", slice(0, 6)), ("bottom-left", slice(26, 32))):
            for seed in range(2):
                base = dataclasses.replace(bases[name], layout=layout)
                if name == "flame":
                    base = dataclasses.replace(base, genre="pop", language=language_for("pop"))
                art = flow_field.render(_drawing(name, base, seed), 128)
                edges = band_edges(art.image)
                assert edges[band].mean() < 0.6 * edges.mean(), (name, layout, seed)
                box = art.focal
                assert box[1] > 0.3 if layout == "top-left" else box[3] < 0.7, (name, box)


def test_the_scenes_are_the_motifs_other_styles_draw_too() -> None:
    """An account's next covers avoid the motif its last showed: the flow field's smoke
    is the mono print's smoke, its flame the mono print's fire."""
    from sleeve.engine.motifs import motif_of

    assert motif_of("flow_field/smoke") == motif_of("mono_grain/smoke") != ""
    assert motif_of("flow_field/flame") == motif_of("mono_grain/fire") != ""


def test_a_rain_or_snow_title_never_burns() -> None:
    """A pop song called rain got a flame: a title naming rain, snow or the sea gets
    no fire (its share goes to smoke, a mist)."""
    for title in ("Lágrimas en la lluvia", "ฝนตกที่กรุงเทพ", "Quiet Snow"):
        drawn = _drawn("pop", title)
        assert "flame" not in drawn, (title, drawn)
        assert drawn["smoke"] >= 10, (title, drawn)


def test_a_grey_lead_inks_aurora_is_green_and_violet_not_grey() -> None:
    """A grey lead ink hung a dull grey curtain: the aurora takes the real one's green
    hem and violet crown."""
    grey = dataclasses.replace(
        NIGHTLY,
        palette=dataclasses.replace(
            NIGHTLY.palette, colors=((60, 60, 60), (200, 120, 80), (60, 120, 200))
        ),
    )
    lit_green = []
    for seed in range(3):
        d = _drawing("aurora", grey, seed)
        rgb = np.asarray(flow_field.render(d, 128).image, float)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        lit_green.append(float(((g > 120) & (g > r + 30) & (g > b)).mean()))
    assert min(lit_green) > 0.005, lit_green
