"""Which songs the ridgeline prints stark: metal's own sub-genres (bone on near-black)
and the hard genres (punk, hardcore, post-punk, industrial, techno, drill), each with
its spot ink from the art direction."""

from __future__ import annotations

from sleeve.engine.direction import ArtDirection

# metal's own sub-genres: bone on a near-black ground, never a pastel or pink
# (reviewers read pink slabs on death metal and a mauve arch on doom as indie)
METAL = {"heavy_metal", "doom_metal", "death_metal", "black_metal"}
BONE = (230, 226, 216)
# the hard genres (with metal): stark two- and three-tone prints, never a pastel
# landscape (reviewers: soft teal hills and a mint sun on hardcore, a murky dusk on
# post-punk); each with its spot ink from the art direction
HARD = {
    "punk": (228, 0, 43),
    "hardcore": (215, 38, 30),
    "post_punk": (184, 151, 90),
    "industrial": (200, 16, 46),
    "techno": (228, 49, 43),
    "drill": (159, 179, 200),
}


def is_metal(direction: ArtDirection) -> bool:
    """Whether the song is metal, by genre or by its language's sub-genre."""
    return direction.genre == "metal" or direction.language.subgenre in METAL


def is_hard(direction: ArtDirection) -> bool:
    """Whether the song is metal or one of the HARD genres."""
    return is_metal(direction) or direction.language.subgenre in HARD or direction.genre == "punk"
