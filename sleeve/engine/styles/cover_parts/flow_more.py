"""The catalogue flow_field chooses from, by what the title names, the genre and the
music.

The streamline pictures (flow_streams: the gyre by a corner or in a row, the meander's
loops or its oxbow, the bloom's giant dome; flow_gestures: the sweep, a calm song's
only, and the funnel), the line prints (flow_prints: the swell,
the range, the carving; flow_scenes: the grass, the stone, the whirlpool; flow_wave:
the great wave; flow_figures: the feather, the plume; flow_weather: the snow, the
rain, the moonlit sea; flow_city: the city; flow_fireworks: the fireworks; flow_field:
the blaze) and the painted strokes (flow_strokes).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_gestures, flow_prints, flow_words, title_words

# the catalogue: streamline prints (flow_field.PAINTERS) and the painted strokes; each
# streamline form's kinds by their own names (a gyre by a corner and a street of eddies
# read as two pictures, and the account's memory must tell them apart)
FORMS = (
    "swell", "range", "grass", "stone", "whirlpool", "wave", "feather", "plume", "carve",
    "blaze", "snow", "rain", "moonlit", "city", "fireworks", "strokes",
    "gyre-corner", "gyre-row", "meander-loops", "meander-oxbow", "bloom-giant", "sweep",
    "funnel",
)  # fmt: skip
# the seed's pictures: the streamline forms (a form made by the lines' own density and
# direction) most often, then the range and the swell (the song's waveform); the carving
# only for a title naming its figure (reviewers read the genre's emblem carved for any
# title as one template with its icon swapped); the whirlpool only for a swirling genre;
# the stone, the wave, the feather, the grass and the plume only for a title naming
# them (reviewers read a stone, a feather or a wave dropped into the lines for any song
# as clip-art); the blaze and the weather by title, the strokes by genre
WEIGHTS = (0.04, 0.18, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
WEIGHTS += (0.16, 0.03, 0.12, 0.1, 0.1, 0.1, 0.12)  # the street of eddies rare:
# small whorls spread over the frame, no one shape at 64 px
# how the song's energy moves each seed picture's weight (a loud song whirls, swells
# and pours into a point; a calm one sweeps once, lies in hills)
LOUDER = {
    "swell": 0.1, "gyre-corner": 0.12, "gyre-row": 0.04, "bloom-giant": 0.12,
    "funnel": 0.12, "meander-loops": 0.04,
}  # fmt: skip
CALMER = {
    "range": 0.2, "sweep": 0.14, "meander-oxbow": 0.09,
}  # fmt: skip
# genre families a picture suits more: one stroke across empty ground for the quiet,
# spacious ones (ECM, ambient, a jazz ballad's brush); a current pouring into one point
# for the hypnotic, driving ones
GENRE_LEANS = {
    "sweep": (("classical", "ambient", "jazz", "folk", "spoken"), 0.14),
    "funnel": (("electronic", "dance", "metal", "hiphop", "rock"), 0.12),
}
# bone and blood strokes hacked on black, not a wisp
PUNK = ("punk", "hardcore")
# the whirlpool: genres whose imagery is a swirl
SWIRLS = ("psychedelic", "shoegaze", "dream_pop", "trance")  # disco's read as hypnosis
# a children's song: no dark vortex (a street of maroon eddies on The Little Yellow
# Duck was the sheet's worst cover): none of these forms (the direction files kids,
# nursery and lullaby tags under the children genre)
VORTICES = ("gyre-row", "gyre-corner", "funnel", "whirlpool")
# genres the quill reads as poetry in (its feather goes to the seed's own picture)
NO_QUILL = ("metal",)
# what a title names (stems, any script; title_words.holds) -> the picture it gets;
# a sun, a moon, a heart or a star the carving (flow_prints.CARVED)
TITLE_FORMS = {
    "whirlpool": ("whirl", "swirl", "vortex", "spiral", "tornado", "maelstrom"),
    "grass": ("grass", "meadow", "prairie", "wheat", "wind", "άνεμ", "viento", "ветер", "風"),
    "stone": ("stone", "river", "stream", "creek", "pebble", "brook"),
    "wave": ("wave", "ocean", "sea", "surf", "tsunami", "mar", "meer", "θάλασσ", "바다"),
    "feather": ("feather", "wing", "wings", "angel", "fly", "flight", "pluma", "plume"),
    "plume": ("incense",),
    "snow": ("frost", "frozen", "ice", "icy", "blizzard", "glacier"),
}  # and the blaze for a title naming fire (title_words.names_fire)
# title_words' motifs -> the picture: snow or winter the snowfield, rain (a storm) the
# rain, smoke the plume, a city its skyline, a bird a feather (and the night, last, the
# moonlit sea; fireworks, first of all, their bursts)
MOTIF_FORMS = (
    ("mountain", "range"), ("snow", "snow"), ("rain", "rain"), ("smoke", "plume"), ("city", "city"),
    ("bird", "feather"),
)  # fmt: skip
# the share of titles naming it that get the named picture (the rest the seed's own,
# so that many night titles, or suns, are not one picture)
TURNS = {"carve": 0.75, "range": 0.75, "moonlit": 0.6, "city": 0.8}
# a title naming a thing whose own picture this turn is not drawn (a sun past its
# TURNS) or that has none here: the seed picture nearest it, not an abstract field
# that ignores the title (a sun the range's hills under a setting sun, a road one
# river of strokes, a flower the bloom's dome swelling open; the sea is left to the
# seed: a tide names it, and many calm titles hold one)
NEAREST = (
    ("sun", "range"), ("mountain", "range"), ("road", "sweep"),
    ("flower", "bloom-giant"), ("cherry", "bloom-giant"),
)  # fmt: skip
# carved figures few titles name, drawn every turn (Mirrorball Boogie's quarter of
# turns without its ball drew a street of eddies: the title's thing unseen)
RARE_FIGURES = ("mirrorball",)


def named_form(title: str) -> str | None:
    """The form the title's words name (fire the blaze, a figure the carving, else
    MOTIF_FORMS, TITLE_FORMS, the night the moonlit sea), if any."""
    if "fireworks" in title_words.motifs(title):  # no fire, though Feuerwerk names it
        return "fireworks"
    if title_words.names_fire(title):
        return "blaze"
    if flow_prints.carved(title) is not None:
        return "carve"
    motifs = title_words.motifs(title)
    for motif, form in MOTIF_FORMS:
        if motif in motifs:
            return form
    text = title.lower()
    for form, stems in TITLE_FORMS.items():
        if any(title_words.holds(text, s) for s in stems):
            return form
    return "moonlit" if "night" in motifs else None


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name: what the title names (named_form; a cloud, a sky or candyfloss
    the strokes' cloud; a carving, a range or the moonlit sea only TURNS of the time,
    a rare figure, RARE_FIGURES, always),
    the strokes for punk (the violent metals draw a picture in bone and blood: their
    strokes read as red/white chaos; metal never the quill nor the strokes' cloud),
    else the seed choosing among the streamline forms' kinds, the gestures, the range
    and the swell by the music (LOUDER, CALMER; the sweep only for a calm song, never a
    children's) and the genre (GENRE_LEANS); a swirling genre (SWIRLS) to the whirlpool."""
    if names_cloud(direction.title) and direction.genre not in NO_QUILL:
        return "strokes"  # metal's grey sky read as a scribbled cloud: its emblem
    pick = rng.random()  # one draw, always: the metals' strokes stay where they were
    names = {direction.genre, direction.language.subgenre}
    if names & set(PUNK):
        return "strokes"
    named = named_form(direction.title)
    if named == "feather" and direction.genre in NO_QUILL:
        named = None
    turns = TURNS.get(named or "", 1.0)
    if named == "carve" and flow_prints.carved(direction.title) in RARE_FIGURES:
        turns = 1.0
    if pick >= turns:  # the seed's own print
        named, pick = None, (pick - turns) / (1.0 - turns)
    if named is not None:
        return named
    motifs = title_words.motifs(direction.title)
    # a loud song's sweep (broad, churned) read as generic stripes (round 14): the sweep
    # only for a calm song, never a children's one (a thin band of toy-ink stripes on
    # cream, Supercalifragilistic and The Little Yellow Duck, read as nothing: round 15)
    calm = flow_gestures.loudness(direction) == 0.0 and direction.genre != "children"
    for motif, form in NEAREST:
        if motif in motifs and (calm or form != "sweep"):
            return form
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    weights = np.asarray(WEIGHTS, dtype=float)
    for form, lean in LOUDER.items():
        weights[FORMS.index(form)] += lean * energy
    for form, lean in CALMER.items():
        weights[FORMS.index(form)] += lean * (1.0 - energy)
    for form, (genres, lean) in GENRE_LEANS.items():
        if direction.genre in genres:
            weights[FORMS.index(form)] += lean
    if names & set(SWIRLS):
        weights[FORMS.index("whirlpool")] += 0.4
    if not calm:
        weights[FORMS.index("sweep")] = 0.0
    if direction.genre == "children":  # the vortices' share to the rivers, dome, swell
        for form in VORTICES:
            weights[FORMS.index(form)] = 0.0
        for form in ("meander-oxbow", "bloom-giant", "meander-loops", "swell"):
            weights[FORMS.index(form)] += 0.08
    cumulative = np.cumsum(weights / weights.sum())
    return FORMS[min(int(np.searchsorted(cumulative, pick, side="right")), len(FORMS) - 1)]


def names_cloud(title: str) -> bool:
    """Whether the title names a cloud, a sky or candyfloss (the strokes draw it)."""
    return "cloud" in title_words.motifs(title) or flow_words.named(title) == "candyfloss"
