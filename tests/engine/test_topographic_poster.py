"""Round 20 on topographic (2.5/10, the lowest style): "muddy olive hillshade", "a
grey shading band on pale covers", "looks like a map screenshot, not a record
cover", "a lilac river snaking across it like a worm", the survey sheet "a figure
from a paper". A contour poster is printed in a few flat inks: the paper, three or
four elevation bands and a line ink that stands clear of all of them; the title
sits on the paper or the water, never on a shaded grey band."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.measures import title_contrast
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import render_with_layout
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import calm_zone, topo_inks, topo_print
from tests.engine.test_styles import CALM, LOUD
from tests.engine.test_topographic_maps import _in

SIZE = 256


def _printed(d, kind: str) -> tuple[np.ndarray, np.ndarray, str]:
    """The map (float RGB, SIZE px) of `kind` for `d`, its elevation and its zone."""
    zone = topographic.plan(d).zone
    img = topographic.print_land(d, topographic.Plan(kind, zone), SIZE)[0]
    return np.asarray(img, np.float32), topographic.landform(d, kind, zone), zone


def _luminance(rgb: np.ndarray) -> np.ndarray:
    v = rgb / 255.0
    lin = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)
    return lin @ np.asarray([0.2126, 0.7152, 0.0722])


def test_the_land_is_printed_in_a_few_flat_inks() -> None:
    """No hillshade: six colours (the paper, the bands, the water, the line ink)
    cover most of the map, the rest the lines' soft edges (a shaded map has hundreds
    of tones and its six commonest cover about half)."""
    for sub in ("folk", "ambient", "pop", "idm", "chamber", "dark_ambient"):
        for seed in range(2):
            d = _in(sub, seed, LOUD if seed else CALM, title="Untitled")
            for kind in ("peak", "valley", "coast", "lake"):
                img = _printed(d, kind)[0].astype(np.uint8)
                _, counts = np.unique(img.reshape(-1, 3), axis=0, return_counts=True)
                share = np.sort(counts)[::-1][:6].sum() / counts.sum()
                assert share > 0.7, (sub, seed, kind, share)


def test_the_contour_ink_stands_clear_of_the_ground() -> None:
    """Along each index contour the line's ink against the ground round it (its 11 px
    neighbourhood's median) reaches 4.5:1 (olive lines on olive hills read as mud:
    about 3:1)."""
    for sub in ("folk", "ambient", "pop", "idm", "chamber", "post_rock", "dark_ambient"):
        for seed in range(2):
            d = _in(sub, seed, LOUD if seed else CALM, title="Untitled")
            for kind in ("peak", "valley", "coast"):
                img, e, _ = _printed(d, kind)
                h, slope = topo_print.steps(e, topographic.spacing(d), SIZE)
                core = (topo_print.lines(h, slope, SIZE)[1] > 0.95) & (h > 1.0)
                y = _luminance(img)
                ground = ndimage.median_filter(y, size=11)
                ratio = (np.maximum(y, ground) + 0.05) / (np.minimum(y, ground) + 0.05)
                assert np.median(ratio[core]) > 4.5, (sub, seed, kind)


def test_the_title_sits_on_the_paper_not_a_grey_band() -> None:
    """On pale and one-ink covers (ambient, new age, chamber, IDM) the ground under
    the title of a landlocked map is the paper itself, light and flat (the lowest
    ground hillshaded read as a grey band, its median at lightness 0.4-0.6)."""
    for sub in ("ambient", "new_age", "chamber", "idm"):
        for seed in range(3):
            d = _in(sub, seed, CALM, title="Untitled")
            for kind in ("valley", "peak", "crater"):
                original = topographic._choose
                topographic._choose = lambda _d, _r, k=kind: k
                try:  # the zone as the forced map plans it
                    art, zone = topographic.render(d, SIZE), topographic.plan(d).zone
                finally:
                    topographic._choose = original
                x0, y0, x1, y1 = (int(v * SIZE) for v in calm_zone.ZONES[zone])
                rgb = np.asarray(art.image, np.float32)[y0:y1, x0:x1].reshape(-1, 3)
                middle = tuple(int(v) for v in np.median(rgb, axis=0))
                paper = topo_inks.inks(d, np.random.default_rng(0)).paper
                assert rgb_to_oklch(middle)[0] > 0.85, (sub, seed, kind, middle)
                assert np.abs(np.subtract(middle, paper)).max() < 14, (sub, seed, kind)


def test_the_title_reads_at_4_5_to_1_on_the_print() -> None:
    """Set on the print's flat paper or water, the title reads at 4.5:1 or more, never
    on a plate, on the songs reviewers looked at (on the shaded maps Quiet Snow and
    Mountain Song read at about 4:1, even with a scrim)."""
    tracks = (
        ("Back Porch", "folk"), ("Quiet Snow", "ambient"), ("Static Bloom", "idm"),
        ("Morning Briefing", "spoken jingle"), ("Mountain Song", "world folk"),
        ("Letters I Never Sent", "chamber classical"), ("Concrete Psalms", "hip-hop"),
        ("Солнечный день", "bedroom pop"),
    )  # fmt: skip
    for i, (title, tags) in enumerate(tracks):
        d = direct_from_music(MusicInput(task_id=f"n{i}", title=title, tags=tags))[0]
        for turn in range(3):
            image, layout = render_with_layout(
                turned(d, turn, columns=topographic.STYLE.columns), "topographic", 512
            )
            assert layout is not None and layout.treatment != "plate", (title, turn)
            assert title_contrast(image, layout, 512) >= 4.5, (title, turn)
