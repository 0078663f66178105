"""The catalogue flow_field chooses from: the streamline prints (flow_lines: the
current, the eddy, the parting, the blaze; flow_figures: the confluence, the dipole,
the summit) and the painted strokes (flow_strokes), by
what the title names, the genre and the music.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_strokes, flow_words, title_words

# the catalogue: streamline prints (flow_lines) and the painted strokes
FORMS = ("current", "eddy", "parting", "confluence", "dipole", "summit", "blaze", "strokes")
WEIGHTS = (0.8, 0.5, 0.5, 0.9, 0.6, 0.8, 0.0, 0.0)  # the blaze by title, the strokes by genre
# bone and blood strokes hacked on black, not a wisp
PUNK = ("punk", "hardcore")
# the eddy wound round one eye: genres whose imagery is a swirl
SWIRLS = ("psychedelic", "shoegaze", "dream_pop", "trance", "trap", "funk", "disco")
# the dipole's field lines read as a diagram only in electronic music; elsewhere the
# poles and their short radiating lines read as spiders (on the 2026-12-02 sheet)
DIAGRAMS = ("electronic",)
# what a title names (stems, any script; title_words.holds) -> the picture it gets
TITLE_FORMS = {
    "eddy": ("whirl", "swirl", "vortex", "spiral", "tornado", "storm", "whirlpool"),
}  # and the blaze for a title naming fire (title_words.names_fire)


def named_form(title: str) -> str | None:
    """The form the title's words name (fire the blaze, else TITLE_FORMS), if any."""
    if title_words.names_fire(title):
        return "blaze"
    text = title.lower()
    for form, stems in TITLE_FORMS.items():
        if any(title_words.holds(text, s) for s in stems):
            return form
    return None


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name: what the title names (TITLE_FORMS; a cloud, a sky or candyfloss
    the strokes' cloud), the strokes for the violent metals and punk, else the seed choosing
    among the streamline prints by the music: a loud song leans to the eddy, a calm
    one to the parting; the dipole only in electronic music (DIAGRAMS)."""
    if names_cloud(direction.title):
        return "strokes"
    pick = rng.random()  # one draw, always: the metals' strokes stay where they were
    names = {direction.genre, direction.language.subgenre}
    if flow_strokes.violent(direction) or names & set(PUNK):
        return "strokes"
    named = named_form(direction.title)
    if named is not None:
        return named
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    weights = np.asarray(WEIGHTS, dtype=float)
    weights[FORMS.index("eddy")] += 1.2 * energy**2
    weights[FORMS.index("parting")] += 1.2 * (1.0 - energy) ** 2
    if names & set(SWIRLS):
        weights[FORMS.index("eddy")] += 2.0
    if direction.genre not in DIAGRAMS:
        weights[FORMS.index("dipole")] = 0.0
    cumulative = np.cumsum(weights / weights.sum())
    return FORMS[min(int(np.searchsorted(cumulative, pick, side="right")), len(FORMS) - 1)]


def names_cloud(title: str) -> bool:
    """Whether the title names a cloud, a sky or candyfloss (the strokes draw it)."""
    return "cloud" in title_words.motifs(title) or flow_words.named(title) == "candyfloss"
