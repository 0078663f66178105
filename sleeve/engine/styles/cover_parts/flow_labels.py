"""A grey palette's inks by genre: each mono genre family prints the flow in its own
label look (ART-DIRECTION.md's design languages), a field pair and three inks. Before,
every grey palette was one cream paper, one black ink and one vermilion spot, and
reviewers read chamber, techno, IDM and cinematic covers as one line field pasted on
six tracks.

Every colour is OKLCH (lightness, chroma, hue). A spot stands at least 0.42 in
lightness off its field (the streamline prints push a closer one away, and a yellow
pushed dark turns olive).
"""

from __future__ import annotations

from dataclasses import dataclass

from sleeve.engine.direction import ArtDirection

Oklch = tuple[float, float, float]


@dataclass(frozen=True)
class Label:
    """One genre's print: the field from top to bottom, the lead and second inks, and
    the spots a song's seed picks one of (a label's one or two spot colours)."""

    field: tuple[Oklch, Oklch]
    lead: Oklch
    second: Oklch
    spots: tuple[Oklch, ...]

    def spot(self, seed: int) -> Oklch:
        """The spot a song's seed picks."""
        return self.spots[seed % len(self.spots)]


BLACK = ((0.12, 0.004, 60.0), (0.16, 0.008, 60.0))
BONE, ASH = (0.92, 0.02, 85.0), (0.62, 0.012, 80.0)
ECM = Label(  # cool paper, slate ink, fog, one lake blue
    ((0.955, 0.006, 230.0), (0.915, 0.01, 230.0)),
    (0.22, 0.02, 245.0),
    (0.56, 0.02, 235.0),
    ((0.5, 0.12, 236.0),),
)
GOTH = Label(BLACK, BONE, (0.6, 0.045, 70.0), ((0.76, 0.12, 84.0),))  # paper, sepia, gold
LABELS = {
    "chamber": ECM,
    "ambient": ECM,
    "new_age": ECM,
    # a Deutsche Grammophon yellow: black lines, one burgundy figure
    "classical": Label(
        ((0.88, 0.165, 96.0), (0.85, 0.16, 92.0)),
        (0.17, 0.006, 90.0),
        (0.36, 0.01, 90.0),
        ((0.4, 0.13, 14.0),),
    ),
    # black, a light grey and one flat colour: signal yellow or red
    "techno": Label(
        ((0.11, 0.0, 0.0), (0.15, 0.0, 0.0)),
        (0.82, 0.0, 0.0),
        (0.52, 0.0, 0.0),
        ((0.89, 0.17, 100.0), (0.62, 0.21, 29.0)),
    ),
    # white lab paper, black, grey, one signal red-orange (an electric blue was the
    # chamber's lake blue again)
    "idm": Label(
        ((0.985, 0.0, 0.0), (0.955, 0.0, 0.0)),
        (0.14, 0.0, 0.0),
        (0.6, 0.0, 0.0),
        ((0.65, 0.23, 35.0),),
    ),
    "post_punk": GOTH,
    "dream_pop": GOTH,
    "drill": Label(  # black, cold blue, grey: a cold blue glint
        ((0.12, 0.01, 250.0), (0.17, 0.02, 250.0)),
        (0.9, 0.008, 250.0),
        (0.46, 0.04, 245.0),
        ((0.64, 0.13, 235.0),),
    ),
    "dnb": Label(  # night and steel, one sodium glow
        ((0.15, 0.02, 250.0), (0.21, 0.03, 245.0)),
        (0.8, 0.03, 245.0),
        (0.52, 0.03, 245.0),
        ((0.76, 0.16, 62.0),),
    ),
    # cream on black, Blue Note's cobalt or its orange
    "jazz": Label(BLACK, BONE, (0.78, 0.02, 80.0), ((0.55, 0.16, 255.0), (0.66, 0.17, 48.0))),
    "black_metal": Label(BLACK, BONE, ASH, ((0.42, 0.12, 25.0),)),  # oxblood
    "doom_metal": Label(BLACK, BONE, ASH, ((0.5, 0.17, 27.0),)),  # blood, not pink
    "dark_ambient": Label(  # ash on a slate night, one ember
        ((0.12, 0.01, 240.0), (0.17, 0.015, 240.0)),
        BONE,
        (0.5, 0.03, 235.0),
        ((0.56, 0.14, 35.0),),
    ),
    "hiphop": Label(  # maroon, silver, a brick glow
        ((0.24, 0.07, 20.0), (0.3, 0.08, 25.0)),
        (0.88, 0.005, 250.0),
        (0.7, 0.01, 250.0),
        ((0.72, 0.14, 50.0),),
    ),
    "country": Label(  # letterpress: warm paper, navy, barn red
        ((0.93, 0.035, 85.0), (0.89, 0.04, 80.0)),
        (0.3, 0.08, 258.0),
        (0.44, 0.05, 60.0),
        ((0.5, 0.16, 28.0),),
    ),
}


# a night song's print where its label's field is paper or yellow: a nocturne on the
# classical yellow read as noon (a reviewer, 2026-12-03); the label's spot stays
NIGHT_FIELD = ((0.17, 0.035, 262.0), (0.23, 0.045, 258.0))  # midnight blue
NIGHT_INKS = (BONE, (0.62, 0.03, 250.0))  # moonlit bone and a blue-grey


def label(direction: ArtDirection) -> Label | None:
    """The print of the song's genre family, if it has one; a night song's on a
    midnight field where the label's own is light."""
    found = LABELS.get(direction.language.subgenre)
    if found is None or not direction.night or found.field[0][0] < 0.5:
        return found
    spots = tuple((max(lit, 0.62), chroma, hue) for lit, chroma, hue in found.spots)
    return Label(NIGHT_FIELD, *NIGHT_INKS, spots)


def spot(direction: ArtDirection) -> Oklch | None:
    """The genre's spot for this song (its seed picks among the label's), if any."""
    found = label(direction)
    return None if found is None else found.spot(direction.seed)
