"""What a synthwave musician sees when the song is a night and not a sunset: a title
naming the night or the sea gets the moon over a neon sea, one naming a road the car
from behind with its red tail light, a night drive leans to one or the other by its
energy, and the frame-filling striped sun is kept for titles naming the sun."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import retro_sun
from sleeve.engine.styles.cover_parts import retro_plan
from tests.engine.test_retro_sun import _synthwave


def _layouts(seeds: int = 40, **changes) -> list[str]:
    return [retro_sun.layout_of(_synthwave(seed=s, **changes)) for s in range(seeds)]


def _first(drawn: str, **changes) -> tuple[ArtDirection, retro_plan.Plan]:
    """The first seed drawing the composition `drawn` under `changes`, unmirrored."""
    for seed in range(400):
        d = _synthwave(seed=seed, **changes)
        p = retro_sun.plan(d)
        if p.layout == drawn and not p.flip:
            return d, p
    raise AssertionError(drawn)


def test_a_title_naming_the_night_or_the_sea_sees_the_moon() -> None:
    for title in ("Midnight Tide", "Open Sea", "서울의 밤"):
        assert _layouts(title=title, energy=0.5).count("moonwake") >= 24, title
    assert "moonwake" not in _layouts(title="Riot Tape", energy=0.5)


def test_the_moonwake_is_a_moon_and_its_wake_not_a_striped_sun() -> None:
    """The moon is one bright unbroken shape high in a dark sky (no stripes cut it),
    its light a column of dashes on the sea below, brighter than the sea beside it."""
    d, p = _first("moonwake", title="Midnight Tide", energy=0.5, valence=0.7)
    art = retro_sun.render(d, 256)
    lum = np.asarray(art.image.convert("L"), np.float32)
    size = 256
    column = lum[int((p.cy - p.r * 0.6) * size) : int((p.cy + p.r * 0.6) * size), int(p.cx * size)]
    assert column.min() > 180  # a full moon (a happy song): no dark stripe across it
    assert lum[: int(0.08 * size)].mean() < 70  # a night sky
    below = lum[int((p.horizon + 0.05) * size) : int((p.horizon + 0.15) * size)]
    wake = below[:, int((p.cx - p.r * 0.3) * size) : int((p.cx + p.r * 0.3) * size)]
    assert wake.mean() > 2.0 * below[:, : int(0.1 * size)].mean()
    x0, y0, x1, y1 = art.focal
    assert x0 <= p.cx <= x1 and y0 <= p.cy - p.r + 0.01


def test_a_sad_song_gets_a_crescent() -> None:
    d, p = _first("moonwake", title="Midnight Tide", energy=0.5, valence=0.1)
    lum = np.asarray(retro_sun._draw(d, 256).image.convert("L"), np.float32)
    row = lum[int(p.cy * 256), int((p.cx - p.r) * 256) : int((p.cx + p.r) * 256)]
    lit = row > 170
    assert 0.1 < lit.mean() < 0.6  # only a sickle of the disc is lit


def test_under_a_title_at_the_bottom_the_sea_stays_calm() -> None:
    """The wake fades out above a bottom title, and the focal box stops there."""
    d, p = _first("moonwake", title="Midnight Tide", energy=0.5, layout="bottom-left")
    assert p.band == "bottom"
    art = retro_sun.render(d, 256)
    assert art.focal[3] < 0.75
    lum = np.asarray(art.image.convert("L"), np.float32)
    assert lum[int(0.82 * 256) :].max() < 200  # no bright wake under the title


def test_a_title_naming_a_road_sees_the_car_from_behind() -> None:
    assert _layouts(title="Highway Drive", energy=0.5).count("taillights") >= 24
    d, p = _first("taillights", title="Highway Drive", energy=0.5)
    art = retro_sun.render(d, 256)
    rgb = np.asarray(art.image, np.float32)
    x0, y0, x1, y1 = art.focal
    assert x1 - x0 > 0.4 and y1 > 0.7  # the car is big and low in the frame
    car = rgb[int(y0 * 256) : int(y1 * 256), int(x0 * 256) : int(x1 * 256)]
    red = (
        (car[..., 0] > 150) & (car[..., 0] > 2.0 * car[..., 1]) & (car[..., 0] > 1.5 * car[..., 2])
    )
    rows = np.flatnonzero(red.mean(axis=1) > 0.5)  # rows red almost across the car
    assert rows.size >= 3  # the tail light: one red bar across the whole tail


def test_a_night_drive_leans_to_the_moon_when_calm_and_the_car_when_driving() -> None:
    calm = _layouts(60, title="Riot Tape", night=True, energy=0.2)
    driving = _layouts(60, title="Riot Tape", night=True, energy=0.8)
    assert calm.count("moonwake") >= 30 and "taillights" not in calm
    assert driving.count("taillights") >= 30 and "moonwake" not in driving
    pop = [
        retro_sun.layout_of(dataclasses.replace(_synthwave("vaporwave", seed=s), night=True))
        for s in range(40)
    ]
    assert pop.count("moonwake") + pop.count("taillights") < 10


def test_the_frame_filling_sun_is_kept_for_a_title_naming_the_sun() -> None:
    big = set(retro_plan.BIG_SUNS)
    plain = _layouts(150, title="Riot Tape", energy=0.5)
    sunny = _layouts(40, title="Sunset Boulevard", energy=0.5)
    assert sum(x in big for x in plain) < 0.15 * len(plain)
    assert sum(x in big for x in sunny) >= 24


def test_a_night_cover_is_the_same_bytes_every_time() -> None:
    for layout, title in (("moonwake", "Midnight Tide"), ("taillights", "Highway Drive")):
        d, _ = _first(layout, title=title, energy=0.5)
        assert retro_sun.render(d, 200).image.tobytes() == retro_sun.render(d, 200).image.tobytes()


def test_the_grid_wall_is_vaporwave_s_own() -> None:
    """The pastel grid wall was a tenth of all covers; it is vaporwave's picture now,
    rare for other songs."""
    synth = _layouts(150, title="Riot Tape", energy=0.5)
    vapor = [retro_sun.layout_of(_synthwave("vaporwave", seed=s, energy=0.5)) for s in range(150)]
    assert synth.count("wall") < 0.05 * len(synth)
    assert vapor.count("wall") > 0.3 * len(vapor)


def test_a_title_naming_a_city_sees_its_towers() -> None:
    """A city title draws the sunset behind its towers, or the moon rising behind them
    over the sea when it names the night too; the towers darken the horizon's band."""
    plans = [retro_sun.plan(_synthwave(seed=s, title="Neon City", energy=0.5)) for s in range(60)]
    shown = [p for p in plans if p.layout in ("horizon", "moonwake")]
    assert len(shown) >= 30 and all(p.skyline == "city" for p in shown)
    d, p = _first("moonwake", title="Night City", energy=0.5)
    assert p.skyline == "city"
    plain, q = _first("moonwake", title="Midnight Tide", energy=0.5)
    assert q.skyline == "none"

    def shore(direction: ArtDirection, horizon: float) -> float:
        """How much the band over the horizon varies across the frame (towers)."""
        lum = np.asarray(retro_sun._draw(direction, 256).image.convert("L"), np.float32)
        band = lum[int((horizon - 0.06) * 256) : int((horizon - 0.01) * 256)]
        return float(np.abs(np.diff(band.mean(axis=0))).mean())

    assert shore(d, p.horizon) > 2.0 * shore(plain, q.horizon)


def test_the_pair_knows_the_car_and_the_moon_draw_the_title() -> None:
    """Overdrive 1986 got the car from behind, yet the bench counted its road as not
    drawn: the style declares what its compositions draw (registry.draws_named), so the
    pair can prefer them for a title naming a road, the night or the sea."""
    from sleeve.engine.styles.registry import draws_named

    for title, layout in (("Overdrive 1986", "taillights"), ("Midnight Tide", "moonwake")):
        direction = dataclasses.replace(_synthwave(), title=title)
        assert draws_named(direction, "retro_sun", f"retro_sun/{layout}@top-left"), title
        assert not draws_named(direction, "retro_sun", "retro_sun/wall@top-left"), title
