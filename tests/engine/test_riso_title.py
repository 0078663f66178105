"""The risograph prints its own title: in the print's own ink, pulled a second time
off register in another drum (two reviewers, 2026-12-02: "one flat icon plus a black
sans title"), and overprints that land on olive count as mud."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.languages import language_for
from sleeve.engine.pipeline import draw
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts import riso_title
from sleeve.engine.styles.cover_parts.riso_inks import INKS
from sleeve.engine.styles.cover_parts.riso_overprint import clean
from tests.engine.test_styles import LOUD


def _as(genre: str, title: str, seed: int) -> object:
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(genre), title=title, seed=seed
    )


def test_a_yellow_over_a_cornflower_is_mud_not_a_third_colour() -> None:
    """Солнечный день's yellow sun over a cornflower disc printed an olive eclipse."""
    assert not clean(INKS["yellow"], INKS["cornflower"])
    assert not clean(INKS["sunflower"], INKS["aqua"])
    assert clean(INKS["yellow"], INKS["pink"])  # an orange: a true third colour
    assert clean(INKS["aqua"], INKS["pink"])  # a violet


def test_a_pale_kit_sets_its_title_in_a_deep_drum_of_its_own_hue() -> None:
    """Yellow, pink and aqua on pink stock: the title takes a deep drum near one of
    them (not None, the typography's stock ink), and the ghost a kit ink."""
    paper = (248, 222, 226)
    kit = [INKS["sunflower"], INKS["pink"], INKS["aqua"]]
    lead, second = riso_title.title_inks(paper, kit)
    assert lead is not None and lead in INKS.values() and lead not in kit
    assert second in kit


def test_the_title_is_printed_in_the_kit_ink_with_an_off_register_ghost() -> None:
    """Across songs, most covers set their title themselves in a riso drum: the
    letters, or the slab they are knocked out of, in the lead ink (round 14: the
    second pull is one treatment of four, test_riso_lettering)."""
    printed = 0
    for seed in range(6):
        direction = _as("pop", "Candyfloss", seed)
        assert risograph.sets_title(direction)
        drawn = draw(direction, "risograph", 256)
        paper, inks = risograph.inks_for(direction)
        lead, second = riso_title.title_inks(paper, inks)
        if lead is None or second is None:
            continue
        art = risograph.render(direction, 256).image
        image, title = risograph.render_with_title(direction, 256)
        assert np.array_equal(np.asarray(image), np.asarray(drawn.image))
        alpha = riso_title._coverage(
            np.asarray(art, np.float32), np.asarray(image, np.float32), lead
        )
        assert alpha.max() > 0.9  # the letters are in the lead drum
        ghost = riso_title.ghost(art, art, (lead, second), paper, 0.0)
        assert np.array_equal(np.asarray(ghost), np.asarray(art))  # no title: no ghost
        printed += 1
    assert printed >= 4, printed


def test_the_ghost_pulls_the_letters_again_off_register() -> None:
    """A letter block in the lead ink gains a fringe of the second drum on one side."""
    from PIL import Image

    paper, lead, second = (240, 240, 235), INKS["blue"], INKS["pink"]
    plain = Image.new("RGB", (100, 100), paper)
    titled = plain.copy()
    titled.paste(lead, (30, 30, 60, 60))
    out = np.asarray(riso_title.ghost(plain, titled, (lead, second), paper, 0.0), float)
    step = round(riso_title.REGISTER * 100) or 1
    fringe = out[45, 60 : 60 + step]  # right of the block: the ghost on bare paper
    assert np.allclose(fringe, np.array(paper) * np.array(second) / 255, atol=2)
    assert np.allclose(out[45, 20], paper)  # left of it: paper


def test_a_muddy_pair_knocks_out_on_black_stock_too() -> None:
    """Hands Up Tonight's fluoro pink over fluoro green on black printed an olive band:
    on black stock, too, the darker drum knocks the lighter out where they meet."""
    pink, green = INKS["fluoro_pink"], INKS["fluoro_green"]
    solid = np.ones((8, 8), np.float32)
    a, b, _ = risograph.printable([solid, solid, 0 * solid], [pink, green, pink], True)
    assert (np.minimum(a, b) < 0.05).all()  # side by side, never one over the other
