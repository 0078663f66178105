"""The catalogue flow_field chooses from: the line prints (flow_prints: the swell,
the range, the carving; flow_lines: the blaze; flow_scenes: the grass,
the stone, the whirlpool; flow_wave: the great wave; flow_figures: the feather, the
incense) and the painted strokes (flow_strokes), by what the title names, the genre
and the music.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_prints, flow_words, title_words

# the catalogue: streamline prints (flow_lines) and the painted strokes
FORMS = (
    "swell", "range", "grass", "stone", "whirlpool", "wave", "feather", "incense", "carve",
    "blaze", "strokes",
)  # fmt: skip
# the pictures with a subject (the grass, the stone, the range's hills under a sun, the
# feather, the incense) most often; the subject-less swell (the song's waveform) and the
# whirlpool rarer; the carving and the blaze by title, the strokes by genre
WEIGHTS = (0.12, 0.55, 0.6, 0.6, 0.1, 0.15, 0.45, 0.45, 0.0, 0.0, 0.0)
# bone and blood strokes hacked on black, not a wisp
PUNK = ("punk", "hardcore")
# the whirlpool: genres whose imagery is a swirl
SWIRLS = ("psychedelic", "shoegaze", "dream_pop", "trance", "trap", "funk", "disco")
# what a title names (stems, any script; title_words.holds) -> the picture it gets;
# a sun, a moon, a heart or a star the carving (flow_prints.CARVED)
TITLE_FORMS = {
    "whirlpool": ("whirl", "swirl", "vortex", "spiral", "tornado", "storm", "maelstrom"),
    "grass": ("grass", "meadow", "prairie", "wheat", "wind"),
    "stone": ("stone", "river", "stream", "creek", "pebble", "brook"),
    "wave": ("wave", "ocean", "sea", "surf", "tsunami", "mar", "meer", "θάλασσ", "바다"),
    "feather": ("feather", "wing", "wings", "angel", "fly", "flight", "pluma", "plume"),
    "incense": ("smoke", "incense", "prayer", "psalm", "ghost", "haze", "mist", "breath"),
}  # and the blaze for a title naming fire (title_words.names_fire)


def named_form(title: str) -> str | None:
    """The form the title's words name (fire the blaze, else TITLE_FORMS), if any."""
    if title_words.names_fire(title):
        return "blaze"
    if flow_prints.carved(title) is not None:
        return "carve"
    if "mountain" in title_words.motifs(title):  # a mountain or hills: the range
        return "range"
    text = title.lower()
    for form, stems in TITLE_FORMS.items():
        if any(title_words.holds(text, s) for s in stems):
            return form
    return None


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name: what the title names (TITLE_FORMS; a cloud, a sky or candyfloss
    the strokes' cloud; fire the blaze; a sun, a moon, a heart or a star the carving
    and a mountain the range, three turns in four), the strokes for punk (the violent
    metals draw a picture in bone and blood: their strokes read as red/white chaos),
    else the seed choosing among the line prints by the music: a loud song leans to the
    wave, the whirlpool, the grass and the swell, a calm one to the range and the stone;
    a swirling genre (SWIRLS) to the whirlpool."""
    if names_cloud(direction.title):
        return "strokes"
    pick = rng.random()  # one draw, always: the metals' strokes stay where they were
    names = {direction.genre, direction.language.subgenre}
    if names & set(PUNK):
        return "strokes"
    named = named_form(direction.title)
    if named in ("carve", "range") and pick >= 0.75:  # a turn in four: the seed's own print
        named, pick = None, pick - 0.75
        pick /= 0.25
    if named is not None:
        return named
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    weights = np.asarray(WEIGHTS, dtype=float)
    weights[FORMS.index("whirlpool")] += 0.2 * energy**2
    weights[FORMS.index("swell")] += 0.25 * energy
    weights[FORMS.index("grass")] += 0.3 * energy
    weights[FORMS.index("wave")] += 0.8 * energy
    weights[FORMS.index("range")] += 0.6 * (1.0 - energy)
    weights[FORMS.index("stone")] += 0.3 * (1.0 - energy)
    if names & set(SWIRLS):
        weights[FORMS.index("whirlpool")] += 0.4
    cumulative = np.cumsum(weights / weights.sum())
    return FORMS[min(int(np.searchsorted(cumulative, pick, side="right")), len(FORMS) - 1)]


def names_cloud(title: str) -> bool:
    """Whether the title names a cloud, a sky or candyfloss (the strokes draw it)."""
    return "cloud" in title_words.motifs(title) or flow_words.named(title) == "candyfloss"
