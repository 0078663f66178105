"""What the typographic poster's compositions share: letter-spacing, the scripts
whose letters stand alone, a face at another weight. (The rhythm, the disc, the
steps, the band and the arch went: art directors read them as clip art and as a
word-processor page.)
"""

from __future__ import annotations

import dataclasses

from sleeve.engine.fonts import FontFace
from sleeve.engine.scripts import dominant_script

SPACED_SCRIPTS = ("Latn", "Grek", "Cyrl")
STEP_SCRIPTS = (*SPACED_SCRIPTS, "Hani", "Hira", "Kana", "Hang")


def spaced(text: str) -> str:
    """Letters apart, words further apart (Latin, Greek and Cyrillic words only)."""
    return "   ".join(
        " ".join(word) if dominant_script(word) in SPACED_SCRIPTS else word for word in text.split()
    )


def weighted(face: FontFace, weight: float) -> FontFace:
    """The face at another weight (variable faces; a static face stays as it is)."""
    return dataclasses.replace(face, weight=weight) if face.weight is not None else face
