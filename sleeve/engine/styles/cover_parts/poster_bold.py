"""The typographic poster's heavy face, shared by its compositions. Retired: the
rhythm (the title's words stacked heavy and light between hairlines run off the
frame: "looks like a form/letterhead", "a Word document" to both art directors),
the split (the title across a cut in the ground: a magazine template), the letters
bled off every side and the crescendo (a rave flyer's template).
"""

from __future__ import annotations

from sleeve.engine.styles.cover_parts.poster_kit import Poster
from sleeve.engine.styles.cover_parts.poster_more import weighted


def _heavy(p: Poster):
    """The face heavy (type as image), lighter only for a quiet track."""
    return weighted(p.face, 420.0 if p.quiet else 720.0 + 180.0 * p.energy)
