"""What a jobbing printer set on a show bill besides the act: the genre's own words
("HONKY TONK", "SOUND SYSTEM", "GRAN BAILE", "LIVE TONIGHT"), a record's speed or
size ("78", "45", '7"'), never the song's title (the pipeline sets it once, in its
own slot). Bright songs get the dance-hall words, sad ones the late-night ones; the
seed picks among them, and a word the title already says is passed over."""

from __future__ import annotations

import unicodedata

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection

# subgenre (or family): (bright words, deep words)
BILLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "country": (
        ("HONKY TONK", "BARN DANCE", "SATURDAY NIGHT", "JAMBOREE", "LIVE TONIGHT"),
        ("LONESOME", "LAST CALL", "SLOW DANCE", "ONE NIGHT ONLY", "HEARTACHE"),
    ),
    "folk": (
        ("HOOTENANNY", "SING OUT", "LIVE TONIGHT", "BARN DANCE", "GATHERING"),
        ("BALLADS", "OLD SONGS", "LONESOME", "NIGHT SONGS", "LAMENT"),
    ),
    "celtic": (
        ("CEILI", "REELS & JIGS", "SESSION TONIGHT", "DANCE"),
        ("SLOW AIRS", "LAMENT", "SESSION", "BALLADS"),
    ),
    "blues": (
        ("JUKE JOINT", "ALL NIGHT LONG", "BOOGIE", "LIVE TONIGHT"),
        ("LOW DOWN", "MIDNIGHT", "LAST CALL", "BLUE NIGHT"),
    ),
    "children": (
        ("SING ALONG", "HOORAY", "PARADE", "FUN DAY", "PLAY TIME"),
        ("SING ALONG", "STORY TIME", "GOODNIGHT", "LULLABY"),
    ),
    "gospel": (
        ("REVIVAL", "JUBILEE", "SUNDAY", "PRAISE"),
        ("SUNDAY", "GLORY", "AMEN", "REVIVAL"),
    ),
    "reggae": (
        ("SOUND SYSTEM", "DANCEHALL", "ROOTS", "RIDDIM", "DUB"),
        ("DUB", "ROOTS", "VERSION", "DUB PLATE"),
    ),
    "tropical": (
        ("GRAN BAILE", "EN VIVO", "FIESTA", "ESTA NOCHE", "BAILE"),
        ("ESTA NOCHE", "EN VIVO", "BOLERO", "BAILE"),
    ),
    "bollywood": (
        ("SUPER HIT", "NON STOP", "HIT SONG", "TONIGHT"),
        ("SUPER HIT", "LOVE SONG", "TONIGHT", "FILM SONG"),
    ),
    "afrobeats": (
        ("OWAMBE", "ALL NIGHT", "LIVE JAM", "PARTY"),
        ("LIVE", "HIGHLIFE", "ALL NIGHT", "JAM"),
    ),
    "": (
        ("LIVE TONIGHT", "ONE NIGHT ONLY", "SIDE A", "DANCE", "ENCORE", "HIT", "RECORD HOP"),
        ("LATE SHOW", "AFTER HOURS", "SIDE B", "MIDNIGHT", "NIGHT OWL", "LAST CALL", "ENCORE"),
    ),
}
ALIASES = {"latin": "tropical", "cumbia": "tropical", "chicha": "tropical", "salsa": "tropical"}
# words of a phrase that still say something cut alone
ALONE = {"LIVE", "TONIGHT", "DANCE", "MIDNIGHT", "SESSION", "BAILE", "FIESTA", "SONGS", "HIT"}
# the record a bill's numeral names: 78s for the old roots, 7-inch singles for reggae
NUMERALS = {"folk": ("78", "45"), "blues": ("78", "45"), "reggae": ('7"', "45")}


def _plain(text: str) -> str:
    """Upper case without accents, for comparing words ("LÁGRIMAS" is "LAGRIMAS")."""
    folded = unicodedata.normalize("NFKD", text.upper())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _title_words(direction: ArtDirection) -> set[str]:
    """The title's words as compared."""
    return {_plain("".join(c for c in w if c.isalnum())) for w in direction.title.split()}


def _table(direction: ArtDirection) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bright and deep words for the track's sub-genre, else its family, else the
    show bill's plain ones."""
    sub = ALIASES.get(direction.language.subgenre, direction.language.subgenre)
    return BILLS.get(sub) or BILLS.get(direction.genre) or BILLS[""]


def phrases(direction: ArtDirection) -> list[str]:
    """The bill's words for the track in the seed's order, the mood's first, the
    plain bill's last; none with a word of the title."""
    bright, deep = _table(direction)
    first, second = (deep, bright) if direction.valence < 0.42 else (bright, deep)
    rng = raster.rng_for(direction, "wood-words")
    ordered = [first[int(i)] for i in rng.permutation(len(first))]
    ordered += [second[int(i)] for i in rng.permutation(len(second))]
    ordered += [p for p in BILLS[""][0] + BILLS[""][1] if p not in ordered]
    taken = _title_words(direction)
    return [p for p in ordered if not taken & {_plain(w) for w in p.split()}]


def hero(direction: ArtDirection) -> list[str]:
    """The words a bill stacks (one to three lines)."""
    return phrases(direction)[0].split()


def pair(direction: ArtDirection) -> tuple[str, str]:
    """Two words an overprint crosses: the first two-word phrase whose words both
    have three letters or more ('&' dropped; a lone huge 'A' read as a blot)."""
    for phrase in phrases(direction):
        words = [w for w in phrase.split() if w != "&"]
        if len(words) == 2 and min(len(w) for w in words) >= 3:
            return words[0], words[1]
    return "LATE", "SHOW"


def _single(direction: ArtDirection, low: int, high: int) -> str | None:
    """The first word, `low` to `high` letters, in the phrases' seed order that reads
    alone: a one-word phrase ("DUB", "BAILE"), or a word of a phrase that says
    something by itself ("TONIGHT", not the "LAST" of "LAST CALL"); None when none."""
    for phrase in phrases(direction):
        words = phrase.split()
        for word in words if len(words) == 1 else [w for w in words if w in ALONE]:
            if low <= len(word) <= high and word.isalpha():
                return word
    return None


def short_word(direction: ArtDirection) -> str:
    """A short word (two to five letters) cut big, a letter to a block: a one-word
    phrase ("DUB", "BAILE") before a word taken out of one."""
    return _single(direction, 2, 5) or "LIVE"


def turned_word(direction: ArtDirection) -> str:
    """A word of five to eight letters (it reads whole down the sheet) turned on its
    side down the sheet's edge: a one-word phrase before a word taken out of one."""
    return _single(direction, 5, 8) or "TONIGHT"


def numeral(direction: ArtDirection) -> str:
    """The record the bill names: a 78 or a 45, a 7-inch for reggae; one the title
    does not already say."""
    sub = ALIASES.get(direction.language.subgenre, direction.language.subgenre)
    options = NUMERALS.get(sub) or NUMERALS.get(direction.genre) or ("45", "No.1")
    rng = raster.rng_for(direction, "wood-numeral")
    order = [options[int(i)] for i in rng.permutation(len(options))]
    fresh = [n for n in order if _plain(n.strip('"')) not in _title_words(direction)]
    return (fresh or ["No.1"])[0]
