"""Flow field's picture with a subject, chosen by what the title names: a blaze of
nested lines only for a title naming fire; it keeps the title's band calm. (Reviewers
read the smoke, the strand flame and the kite as amateur scribbles and clip-art, the
aurora as blurred bars: retired.)"""

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
from tests.engine.test_flow_field import STREAMS, _drawing, band_edges
from tests.engine.test_styles import CALM, LOUD

SCENES = ("blaze",)
NIGHTLY = dataclasses.replace(CALM, genre="electronic", language=language_for("techno"))
FIRE = dataclasses.replace(LOUD, title="Slow Burn", genre="pop", language=language_for("pop"))
PRINTS = (
    "swell",
    "range",
    "stone",
    "whirlpool",
    "wave",
    "feather",
    *STREAMS,
)


def _prints(drawn: Counter) -> set[str]:
    """The streamline prints among `drawn` (PRINTS and the carvings)."""
    return {name for name in drawn if name in PRINTS or name.startswith("carve-")}


def _drawn(tags: str, title: str = "Harbour Lights") -> Counter:
    music = MusicInput(task_id=f"scene-{tags}", title=title, tags=tags)
    direction = direct_from_music(music)[0]
    return Counter(flow_field.layout_of(turned(direction, t)) for t in range(40))


def test_genres_get_the_picture_that_fits_them_and_never_a_scribble() -> None:
    """Every song outside the metals and punk a bold streamline print (electronic and
    ambient ones too: their aurora read as blurred bars on black); no song the smoke,
    the strand flame, the kite, the ribbon or the aurora."""
    for tags in ("techno", "ambient", "jazz", "lofi", "pop", "reggaeton", "children",
                 "jingle", "bollywood"):  # fmt: skip
        drawn = _drawn(tags)
        assert sum(drawn[p] for p in _prints(drawn)) >= 36, (tags, drawn)
        assert not {"smoke", "flame", "kite", "ribbon", "aurora"} & set(drawn), (tags, drawn)


def test_a_title_naming_fire_gets_that_picture() -> None:
    """Subjects only where the title names them: fire in any language is a blaze; the
    northern lights no retired aurora."""
    for title in ("Corazón de fuego", "Slow Burn"):
        drawn = _drawn("pop", title)
        assert set(drawn) == {"blaze"}, (title, drawn)
    drawn = _drawn("pop", "Aurora Borealis")
    assert set(drawn) == _prints(drawn), drawn


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


def test_the_blaze_is_a_flame_of_nested_lines_in_fire_inks() -> None:
    """Not a scribbled blue flame: one teardrop, widest low, tapering to a tip, made of
    many parallel lines (the rows cross them often), in warm fire inks on a deep field."""
    for seed in range(3):
        d = dataclasses.replace(FIRE, seed=seed)
        art = flow_field.render(d, 512)
        rgb = np.asarray(art.image, float)
        r, b = rgb[..., 0], rgb[..., 2]
        warm = (r > 150) & (r > b + 60)
        assert warm.mean() > 0.06, seed
        assert ((b > r + 40) & (b > 120)).mean() < 0.01, seed  # no blue flame
        mask = _ink("blaze", FIRE, seed)
        width = _breadth(mask)
        rows = np.flatnonzero(width)
        widest = rows[np.argmax(width[rows])]
        assert widest > rows[0] + 0.5 * (rows[-1] - rows[0]), (seed, widest, rows)
        assert width[rows[:3]].mean() < 0.35 * width.max(), seed
        grey = np.asarray(art.image.convert("L"), float)
        row = grey[int(0.8 * 512)]
        crossings = np.count_nonzero(np.diff((row > np.median(row) + 25).astype(int)))
        assert crossings >= 16, (seed, crossings)  # dense parallel lines, not a few strands


def test_the_scenes_keep_the_titles_band_calm() -> None:
    bases = {"blaze": FIRE}
    for name in SCENES:
        for layout, band in (("top-left", slice(0, 6)), ("bottom-left", slice(26, 32))):
            for seed in range(2):
                base = dataclasses.replace(bases[name], layout=layout)
                art = flow_field.render(_drawing(name, base, seed), 128)
                edges = band_edges(art.image)
                assert edges[band].mean() < 0.6 * edges.mean(), (name, layout, seed)
                box = art.focal
                assert box[1] > 0.3 if layout == "top-left" else box[3] < 0.7, (name, box)


def test_the_retired_scenes_name_no_motif() -> None:
    """The motif table lists only what the style draws: the retired smoke, strand flame
    and mirror-ball vortex are gone from it (the blaze, drawn only for a title naming
    fire, is the title's own subject, not a repeat to avoid); the range of hills under a
    setting sun is a sun on a horizon, the moonlit sea too, the towers of lit windows
    are the lit-window skyline, the giant bloom's nested domes concentric rings and the
    corner gyre a whirl, the carved heart a heart (stale for the track's other cover
    and the next track, as every heart is). The carved record and flame (emblems
    retired: a template with its icon swapped) are gone too."""
    from sleeve.engine.motifs import MOTIFS

    listed = {c for names in MOTIFS.values() for c in names if c.startswith("flow_field/")}
    drawn = {"range", "moonlit", "city", "bloom-giant", "gyre-corner", "carve-heart"}
    drawn |= {"carve-mirrorball"}  # one ball a track, the next disco track another picture
    drawn |= {"carve-cherry"}  # one blossom a track (paper cut's branch, the Swiss crest)
    drawn |= {"fireworks"}  # one display a track (engraved or photographed bursts too)
    assert listed == {f"flow_field/{name}" for name in drawn}, listed
