"""A ransom note never sets the title a second time: the pipeline sets the title on
the flat band, so the cut-out letters spell a flyer word that is none of the title's
(Concrete Lullaby had LULLABY cut out over it and the title again below)."""

from __future__ import annotations

import dataclasses

from sleeve.engine.styles import xerox_collage
from sleeve.engine.styles.cover_parts import xerox_motifs
from tests.engine.test_styles import LOUD


def test_a_ransom_note_spells_a_flyer_word_never_the_title(monkeypatch) -> None:
    assert not xerox_collage.STYLE.draws_title  # the pipeline sets the title, once
    cut: list[str] = []
    real = xerox_motifs.ransom
    monkeypatch.setattr(xerox_motifs, "ransom", lambda g, *a: cut.append(g) or real(g, *a))
    for title in ("Concrete Lullaby", "Riot", "Live Noise Tonite"):
        notes = [dataclasses.replace(LOUD, title=title, energy=0.6, seed=s) for s in range(60)]
        drawn = [d for d in notes if xerox_collage.layout_of(d) == "ransom"][:3]
        assert drawn, title
        words = {w.upper() for w in title.split()}
        for d in drawn:
            cut.clear()
            xerox_collage.render(d, 96)
            word = "".join(cut)
            assert word and word not in words, (title, word)
            assert word in xerox_motifs.FLYER_WORDS
