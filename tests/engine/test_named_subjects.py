"""A title that names something a style can draw (a duck, rain, fireworks) gets a
cover that draws it: the registry leans the track toward the styles whose
StyleInfo.subjects name it, a bright track takes such a style even from outside its
genre, and an account's memory does not push the subject out."""

from __future__ import annotations

import pytest

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import choose_pair
from sleeve.engine.styles.cover_parts.title_words import WORDS, motifs, names_fire
from sleeve.engine.styles.registry import all_styles, draws_named, fitting, get_style

ANIME = "j-rock, anime opening, energetic"


def _direction(title: str, tags: str, index: int = 0):
    return direct_from_music(MusicInput(task_id=f"subject-{index}", title=title, tags=tags))[0]


def _pairs_drawing(title: str, tags: str, n: int = 12) -> int:
    """How many of n tracks so titled get a cover whose composition draws their subject."""
    count = 0
    for index in range(n):
        direction = _direction(title, tags, index)
        looks = choose_pair(direction)
        count += any(draws_named(direction, look.style, look.layout) for look in looks)
    return count


def test_every_declared_subject_is_one_a_title_can_name():
    for name, module in all_styles().items():
        assert set(module.STYLE.subjects) <= set(WORDS), name


def test_a_russian_city_is_no_mountain():
    """Ночной город (night city) names a city and the night, not mountains (горы): the
    mountain's stem sits inside город, and it pulled marbled ink to its strata."""
    assert motifs("Ночной город") == {"city", "night"}
    assert "mountain" in motifs("Горы зовут")


def test_fireworks_are_named_in_many_scripts_and_are_no_flower():
    for title in ("君と見た花火", "Fireworks Tonight", "불꽃놀이", "Feuerwerk", "Фейерверк",
                  "Feux d'artifice", "Fuochi d'artificio"):  # fmt: skip
        assert "fireworks" in motifs(title), title
    assert "flower" not in motifs("君と見た花火")
    assert not names_fire("Feux d'artifice")  # fire's "feu" stem is not in the fireworks
    assert names_fire("Feu de camp")


@pytest.mark.parametrize(
    ("title", "tags", "at_least"),
    [
        ("君と見た花火", ANIME, 6),  # 花火 names a star too: the riso cut star
        ("Rain on the Roof", "indie folk", 10),
        ("The Little Yellow Duck", "children's music, playful", 9),
        # the flow field's carved mirror ball (the onset grid's facets are retired)
        ("Mirrorball Boogie", "funk, disco", 10),
        ("Disco Ball", "house", 10),
    ],
)
def test_a_title_that_names_a_subject_gets_a_cover_that_draws_it(title, tags, at_least):
    assert _pairs_drawing(title, tags) >= at_least


def test_a_named_subject_brings_a_stranger_in_only_on_a_bright_track():
    """Paper cut is a stranger to anime rock; a bright title that names the sea brings
    it in, the same title on funeral doom does not, nor a title that names nothing."""
    assert "paper_cut" in fitting(_direction("Ocean", ANIME))
    assert "paper_cut" not in fitting(_direction("Ocean", "doom metal, funeral, slow"))
    assert "paper_cut" not in fitting(_direction("Together", ANIME))


def test_an_account_with_memory_still_gets_the_named_subject():
    """An account whose memory holds other styles' recent covers: a fresh look that
    draws the title's subject comes before the best ranked fresh one that does not."""
    recent = [f"swiss_geometry/modules-{i}@top-left" for i in range(12)]
    recent += [f"flow_field/strokes-{i}@centred" for i in range(12)]
    found = 0
    for index in range(8):
        direction = _direction("君と見た花火", ANIME, index)
        found += any(draws_named(direction, look.style) for look in choose_pair(direction, recent))
    assert found >= 6


def test_a_composition_that_draws_the_subject_comes_before_one_of_a_drawing_style_that_does_not():
    """Risograph draws stars, but where the account just had its star prints a fresh turn
    draws a road: 君と見た花火 got a riso road and no fireworks on the bench. A fresh
    composition that draws the named subject (a cut-paper heart, a carved star) now
    comes before a drawing style's fresh composition of something else."""
    riso = get_style("risograph")
    assert draws_named(_direction("君と見た花火", ANIME), "risograph")
    assert not draws_named(
        _direction("君と見た花火", ANIME), "risograph", "risograph/road@top-left"
    )
    recent = [
        f"risograph/{name}@{slot}"
        for name in riso.NAMED["star"]
        for slot in ("top-left", "centred")
    ]
    found = 0
    for index in range(10):
        direction = _direction("君と見た花火", ANIME, index)
        looks = choose_pair(direction, recent)
        found += any(draws_named(direction, look.style, look.layout) for look in looks)
    assert found >= 8


def test_a_duck_and_a_bird_are_told_apart_in_any_language():
    """A duck swims on a pond, another bird perches on a branch (paper cut); the riso
    duckling is for ducks only (Bird on the Wire is no duckling)."""
    for title in ("Five Little Ducks", "Alle meine Entchen", "Los patitos", "アヒルの歌"):
        assert "duck" in motifs(title) and "bird" not in motifs(title), title
    for title in ("Bird on the Wire", "Птица", "鳥の歌", "L'oiseau"):
        assert "bird" in motifs(title) and "duck" not in motifs(title), title
    assert not motifs("새벽")  # dawn, not a bird


def test_snow_and_a_road_are_subjects_in_any_script():
    """Reviewers asked for the snow of Quiet Snow and the road of Thunderstruck
    Highway: both are named in many scripts, and styles draw them (the horizon's
    snow-capped summit; a riso road)."""
    for title in ("Quiet Snow", "雪の華", "Снег идёт", "Nieve"):
        assert "snow" in motifs(title), title
    for title in ("Thunderstruck Highway", "Night Drive", "Camino Real", "Дорога домой"):
        assert "road" in motifs(title), title
    for title in ("Overdrive 1986", "Outrun"):  # synthwave's car songs (retro helper, 12-03)
        assert motifs(title) == {"road"}, title
    horizon = get_style("loudness_horizon")
    for tags in ("ambient, calm", "dance pop"):
        snow = [horizon.layout_of(_direction("Quiet Snow", tags, i)) for i in range(20)]
        assert snow.count("summit") >= 12, (tags, snow)


@pytest.mark.parametrize(
    ("title", "tags", "at_least"),
    [("Quiet Snow", "ambient, calm", 8), ("Thunderstruck Highway", "hard rock, driving", 8)],
)
def test_a_snow_or_road_title_gets_a_cover_that_draws_it(title, tags, at_least):
    assert _pairs_drawing(title, tags) >= at_least


def test_snow_and_winter_name_snow_and_a_highway_names_a_road_only():
    """Two styles drew a dark cloud for Quiet Snow and stacked peaks for Thunderstruck
    Highway: snow and winter had been cloud words, a highway a mountain word."""
    for title in ("Quiet Snow", "Postcode Winter", "Зимняя ночь", "雪の朝"):
        assert "snow" in motifs(title) and "cloud" not in motifs(title), title
    assert motifs("Thunderstruck Highway") == {"road"}


def test_every_style_declares_the_subjects_its_compositions_draw() -> None:
    """A style's SUBJECT_LAYOUTS (which compositions draw each subject) names only
    subjects its STYLE declares, so the registry's lean and the count agree."""
    for name, module in all_styles().items():
        drawers = getattr(module, "SUBJECT_LAYOUTS", {})
        assert set(drawers) <= set(module.STYLE.subjects), name


def test_a_childrens_song_is_not_offered_a_grain_gradient() -> None:
    """The Little Yellow Duck got a pink city skyline in grain (N, two reviewers): a
    children's song takes its picture from paper cut, riso and the printed styles."""
    titles = ("The Little Yellow Duck", "Rain Rain Go Away", "The Wheels on the Bus in the City")
    for title in titles:  # nor where the title names a picture grain draws (rain, a city)
        for index in range(4):
            direction = _direction(title, "children's music, playful", index)
            assert "grain_gradient" not in fitting(direction), (title, index)


def test_one_list_of_fire_words_for_every_style_that_burns() -> None:
    """Riso's inks, paper cut's heart and flow field's blaze read fire in a title from
    one list: they had three, and riso burned "December" (its "ember") while the blaze
    missed 火の鳥; sparks (火花) and fireworks (花火, 불꽃) are no fire."""
    from types import SimpleNamespace

    from sleeve.engine.styles.cover_parts import flow_more, riso_inks

    for title in ("Kingdom of Fire", "Corazón de fuego", "Slow Burn", "火の鳥", "आग", "Ember"):
        assert riso_inks.on_fire(SimpleNamespace(title=title)), title
        assert flow_more.named_form(title) == "blaze", title
    for title in ("December", "火花", "君と見た花火", "불꽃놀이", "Fireworks"):
        assert not riso_inks.on_fire(SimpleNamespace(title=title)), title
        assert flow_more.named_form(title) != "blaze", title
