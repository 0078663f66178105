"""What the topographic style promises a musician after reviewers read its maps as
hiking maps, GIS and weather radar: contours printed as a label would (hot foil on
deep card, a two-ink risograph out of register, a blind emboss), no atlas colours,
rivers or survey marks, warm bold stocks for reggaeton and Bollywood, a love song's
heart always the subject and posed differently on every track, a calm title zone."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles import topographic
from sleeve.engine.styles.cover_parts import calm_zone, topo_subject
from tests.engine.test_styles import CALM, LOUD, edges
from tests.engine.test_topographic_focal import SAND, _forced


def _in(sub: str, seed: int, base=CALM, **changes):
    language = language_for(sub)
    return dataclasses.replace(
        base, seed=seed, language=language, genre=language.family, palette=SAND, **changes
    )


def _lch(image: Image.Image) -> np.ndarray:
    """Per-pixel (L, C, hue in degrees) of a small copy of the cover."""
    small = np.asarray(image.resize((64, 64), Image.Resampling.BOX), np.float32)
    lab = srgb_to_oklab(small.reshape(-1, 3))
    hue = np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360.0
    return np.column_stack([lab[:, 0], np.hypot(lab[:, 1], lab[:, 2]), hue])


def test_the_map_looks_retire_and_three_prints_are_drawn() -> None:
    """'The maps read as hiking or GIS maps, a weather radar': the colour-band poster,
    the traverse, the line field and the raised pebble are never drawn; the foil, the
    riso and the emboss all are."""
    assert {"hypsometric", "traverse", "linefield", "raised"} <= set(topographic.RETIRED)
    drawn = set()
    for seed in range(60):
        for base, sub in ((CALM, "ambient"), (LOUD, "reggaeton"), (CALM, "pop"), (LOUD, "doom")):
            drawn.add(topographic.layout_of(_in(sub, seed, base)))
    assert drawn == {"foil", "riso", "emboss"}


def test_the_foil_is_metal_lines_on_deep_card_with_no_blue_river(monkeypatch) -> None:
    monkeypatch.setattr(topographic, "SOLID", 0.0)
    for seed in range(4):
        lch = _lch(_forced(_in("reggaeton", seed, LOUD), "foil").image)
        assert (lch[:, 0] < 0.4).mean() > 0.6  # a deep card
        bright = lch[lch[:, 0] > 0.6]
        assert len(bright) > 20  # the foil
        warm = (bright[:, 2] < 100) | (bright[:, 2] > 330)
        assert warm.mean() > 0.8  # gold or rose foil, never a cold map line
        river = (lch[:, 1] > 0.08) & (lch[:, 2] > 200) & (lch[:, 2] < 280)
        assert river.mean() < 0.002


def test_some_foils_stamp_the_whole_landform_solid(monkeypatch) -> None:
    """The solid stamp: a big foil landform with its contours left in the card, so the
    foil prints are not all one template of gold lines on black."""
    monkeypatch.setattr(topographic, "SOLID", 1.0)
    for seed in range(3):
        lch = _lch(_forced(_in("techno", seed, LOUD), "foil").image)
        foil = lch[:, 0] > 0.42
        assert 0.12 < foil.mean() < 0.75, foil.mean()
        assert (lch[:, 0] < 0.3).mean() > 0.2  # the card round it and in its lines


def test_the_riso_overprints_two_inks_on_paper() -> None:
    """A reggaeton love song's riso: fluoro pink or orange terraces and a second ink's
    lines on bare paper."""
    for seed in range(4):
        direction = _in("reggaeton", seed, LOUD, layout="top-left", title="Corazón de fuego")
        lch = _lch(_forced(direction, "riso").image)
        warm = (lch[:, 1] > 0.1) & ((lch[:, 2] > 330) | (lch[:, 2] < 60))
        paper = (lch[:, 0] > 0.9) & (lch[:, 1] < 0.04)
        assert warm.mean() > 0.03 and paper.mean() > 0.2, (warm.mean(), paper.mean())


def test_two_love_songs_print_their_hearts_in_different_inks() -> None:
    """'The riso heart repeats: two love titles, the same pink contour heart': a love
    song's riso, foil and emboss take their inks and card from a wide set by the seed
    (and the song's palette), not one pink-and-teal pair or one oxblood card."""
    fills, cards, embossed = set(), set(), set()
    for seed in range(10):
        direction = _in("folk", seed, CALM, title="שיר של אהבה")
        fills.add(topographic.inks.riso(direction, np.random.default_rng(seed), True).fill)
        cards.add(topographic.inks.foil(direction, np.random.default_rng(seed), True).card)
        embossed.add(topographic.inks.card(direction, np.random.default_rng(seed), True).card)
    assert len(fills) >= 3, fills
    assert not any(100 < rgb_to_oklch(f)[2] < 230 for f in fills), fills  # no sage heart
    assert any(c[2] >= c[0] for c in cards), cards  # a black, midnight or teal card too
    assert len(embossed) >= 3, embossed


def test_a_loud_love_song_draws_a_bigger_heart_than_a_quiet_one() -> None:
    """The heart's size and crop move with the music: a loud love song mostly a giant
    heart cropped by the frame's edge, a quiet one a small whole heart."""
    sizes = {}
    for name, base in (("calm", CALM), ("loud", LOUD)):
        sizes[name] = np.mean(
            [
                topographic.heart_pose(_in("folk", s, base, title="Love Song"), "top")[1]
                for s in range(24)
            ]
        )
    assert sizes["loud"] > 1.15 * sizes["calm"], sizes


def test_the_riso_line_ink_is_printed_out_of_register() -> None:
    """The line drum is shifted: the same cover without the shift is another picture
    only by a few pixels (a misregistered print, not a clean vector map)."""
    direction = _in("reggaeton", 2, LOUD)
    art = np.asarray(_forced(direction, "riso", 192).image, np.float32)
    roll = np.roll
    try:
        np.roll = lambda a, shift, axis=None: a  # type: ignore[assignment]
        clean = np.asarray(_forced(direction, "riso", 192).image, np.float32)
    finally:
        np.roll = roll
    differ = np.abs(art - clean).max(axis=2) > 30
    assert 0.005 < differ.mean() < 0.4


def test_the_emboss_is_one_card_with_only_a_small_spot_of_ink() -> None:
    for sub, seed in (("ambient", 1), ("folk", 2), ("reggaeton", 3), ("pop", 4)):
        lch = _lch(_forced(_in(sub, seed), "emboss").image)
        coloured = lch[lch[:, 1] > 0.04]
        if len(coloured) < 0.5 * len(lch):  # a white or grey card: the spot is the colour
            assert len(coloured) < 0.03 * len(lch), (sub, len(coloured))
            continue
        median = np.median(coloured[:, 2])
        off = np.abs((coloured[:, 2] - median + 180) % 360 - 180) > 35
        assert off.mean() < 0.03, (sub, off.mean())


def test_hot_genres_print_on_warm_bold_stock() -> None:
    """'Palettes must fit genre energy': reggaeton and Bollywood covers are mostly
    warm, strong colour (oxblood card, red card, fluoro pink, saffron), never grey."""
    for sub in ("reggaeton", "bollywood"):
        for seed in range(6):
            direction = _in(sub, seed, LOUD)
            lch = _lch(topographic.render(direction, 128).image)
            warm = (lch[:, 1] > 0.06) & ((lch[:, 2] < 80) | (lch[:, 2] > 320))
            kind = topographic.layout_of(direction)
            assert warm.mean() > 0.2, (sub, seed, kind, warm.mean())


def test_every_love_title_draws_its_heart() -> None:
    """A love song's 'sparse line map with a tiny red heart' looked unfinished: the
    heart is always the landform, never a spot on hill country."""
    for seed in range(30):
        direction = dataclasses.replace(CALM, title="Corazón de fuego", seed=seed)
        assert topographic.land(direction) == "heart"
    assert topo_subject.subject("שיר של אהבה") == "heart"
    assert topo_subject.subject("Mountain Song") == "mountain"


def test_two_love_songs_never_share_one_heart() -> None:
    """'The heart hill appears twice and reads as copied': each song poses its own."""
    poses, hashes = set(), []
    for seed in range(8):
        direction = _in("folk", seed, CALM, title="שיר של אהבה", layout="top-left")
        at, scale, tilt = topographic.heart_pose(direction, "top")
        poses.add((round(at[0], 2), round(at[1], 2), round(scale, 2), round(tilt, 2)))
        hashes.append(dhash(edges(_forced(direction, "emboss", 160).image)))
    assert len(poses) == 8
    pairs = [hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(pairs) >= 4


def test_the_title_zone_stays_calm_and_the_focal_box_out_of_it() -> None:
    for seed in range(6):
        for kind in topographic.MAPS:
            direction = _in("pop", seed, LOUD, layout="top-left")
            art = _forced(direction, kind)
            small = art.image.convert("L").resize((64, 64), Image.Resampling.BOX)
            busy = np.abs(np.diff(np.asarray(small, np.float32), axis=1))
            band, rest = busy[: int(0.28 * 64)].mean(), busy[int(0.4 * 64) :].mean()
            assert band < 0.5 * rest, (kind, seed, band, rest)
            assert art.focal[1] >= calm_zone.ZONES["top"][3] - 0.01


def test_the_motif_table_names_the_prints() -> None:
    from sleeve.engine.motifs import MOTIFS, motif_of

    named = {n.split("/")[1] for names in MOTIFS.values() for n in names if "topographic/" in n}
    assert named == set(topographic.MAPS)
    assert motif_of("topographic/emboss") == "mountain ranges"


def test_a_mid_grey_card_keeps_value_contrast_at_64_px() -> None:
    for kind in topographic.MAPS:
        lch = _lch(_forced(_in("ambient", 5), kind).image)
        assert np.percentile(lch[:, 0], 98) - np.percentile(lch[:, 0], 2) > 0.15, kind


def test_the_summit_spot_is_small() -> None:
    """A broad top printed in spot ink read as a paint splat."""
    h = np.clip(1.0 - np.hypot(*np.mgrid[-1:1:192j, -1:1:192j]) * 0.3, 0, 1).astype(np.float32)
    top = topographic._top(h, 192)
    assert 0.0 < (top > 0.5).mean() <= topographic.TOP
    assert rgb_to_oklch((255, 255, 255))[0] > 0.99  # (the colour helper the tests read with)


def test_a_deep_title_keeps_its_whole_block_on_bare_paper() -> None:
    """'Perreo en la Azotea' in three big lines ran past the usual band, and the riso's
    pink tints rose under its last line: the land now starts below the title block."""
    for seed in (0, 1, 4):
        direction = _in("reggaeton", seed, LOUD, title="Perreo en la Azotea", layout="top-left")
        depth = calm_zone.title_depth(direction)
        assert depth > 0.3  # deeper than the usual band
        lch = _lch(_forced(direction, "riso").image).reshape(64, 64, 3)
        under = lch[: int((0.06 + depth) * 64), :, 1]  # the rows the title's block covers
        assert (under > 0.06).mean() < 0.01, seed


def test_the_emboss_reads_at_64_px_on_toned_card() -> None:
    """'The emboss is too faint: blank paper at 64 px': the card is toned (never near
    white) and the raking light and cast shadows span a wide range of value."""
    for sub, seed in (("ambient", 0), ("folk", 1), ("classical", 2), ("idm", 3), ("pop", 4)):
        lch = _lch(_forced(_in(sub, seed), "emboss").image)
        assert np.median(lch[:, 0]) < 0.86, (sub, np.median(lch[:, 0]))
        spread = np.percentile(lch[:, 0], 99) - np.percentile(lch[:, 0], 3)
        assert spread > 0.35, (sub, spread)


def test_the_foil_is_the_default_but_not_one_gold_template() -> None:
    """Ten gold-on-black contour foils on one sheet read as a template: the calm, night
    and other sheets stamp gold, silver, copper, rose or holographic foil on black,
    midnight, forest, plum or moss card."""
    gold, foils = 0, set()
    subs = ("techno", "ambient", "idm", "synthwave", "classical", "rock")
    for i, sub in enumerate(subs):
        for seed in range(8):
            rng = np.random.default_rng([i, seed])
            stock = topographic.inks.foil(_in(sub, seed), rng, False)
            foils.add((stock.card, stock.high))
            gold += stock.high == topographic.inks.hexrgb(topographic.inks.GOLD[1])
    assert gold < 0.4 * 8 * len(subs), gold
    assert len(foils) >= 8, len(foils)
