"""More flow-field compositions, and the catalogue flow_field chooses from.

The catalogue: the strokes (flow_strokes), the ribbon and the vortex (flow_forms); the
vortex only for genres whose imagery is a swirl (SWIRLS).
(Retired: the drift, a few bold strokes in one slowly turning current, read as
confetti; the cut, a dense field of streaks parted by a bare band, as rain; the burst,
light trails radiating from one point, as a hyperspace screensaver or fireworks; the
silk, a sheet of thin lines folding like fabric, as a blurred light streak, a
gradient at 64 px.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_forms, flow_strokes, flow_words, title_words

# calm .. loud; the seed chooses among the forms near the song's energy (the obstacle,
# the disc, the drift, the cut, the burst and the silk are retired: an empty hole, a
# hairball, confetti, rain streaks, a hyperspace screensaver and a blurred streak).
FORMS = ("ribbon", "strokes", "vortex")
WEIGHTS = (1.0, 1.1, 0.55)
# the vortex only where a swirl is the genre's own imagery (psychedelic swirls, a
# shoegaze or dream-pop haze, trance's tunnel, trap's liquid smoke, a disco spin):
# the same whirl on folk, IDM, house, rock and a children's song read as a generic
# swirl for unrelated songs (art directors)
SWIRLS = ("psychedelic", "shoegaze", "dream_pop", "trance", "trap", "funk")


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name the music leans to (energy: calm ribbon .. loud vortex; heavy and
    death metal lean to the strokes; the vortex only for SWIRLS, elsewhere its share goes
    to the ribbon),
    the seed choosing among the near ones; BUILDERS[name] then draws the strand forms'
    geometry. A title naming a cloud, a sky or candyfloss gets the strokes: their
    figure is then that cloud (flow_strokes.cloud)."""
    if names_cloud(direction.title):
        return "strokes"
    centre = float(np.clip(direction.energy, 0, 1)) * (len(FORMS) - 1)
    spread = 0.5 * (len(FORMS) - 1)  # half the row, as with the five forms before
    near = np.exp(-(((np.arange(len(FORMS)) - centre) / spread) ** 2)) + 0.5
    weights = near * np.asarray(WEIGHTS)
    if flow_strokes.violent(direction):
        weights[FORMS.index("strokes")] *= 2.5
    vortex = FORMS.index("vortex")
    if direction.language.subgenre in SWIRLS:
        weights[vortex] *= 1.8
    else:  # a loud song's widest water instead
        weights[FORMS.index("ribbon")] += weights[vortex]
        weights[vortex] = 0.0
    return FORMS[int(rng.choice(len(FORMS), p=weights / weights.sum()))]


def names_cloud(title: str) -> bool:
    """Whether the title names a cloud, a sky or candyfloss (the strokes draw it)."""
    return "cloud" in title_words.motifs(title) or flow_words.named(title) == "candyfloss"


BUILDERS = {
    "ribbon": flow_forms.ribbon,
    "vortex": flow_forms.vortex,
}
