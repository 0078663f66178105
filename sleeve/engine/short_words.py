"""The short words of a title ("The", "of", "en", "и", "يا"): a poster never stresses
one, and a line never ends on one (title_lines.loose_ends) nor, in a
stacked title, stands it alone (units)."""

from __future__ import annotations

from sleeve.engine.scripts import clusters

STOP = frozenset((
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
    "is", "it", "my", "your", "our", "el", "la", "los", "las", "lo", "un", "una", "y", "de",
    "del", "en", "al", "le", "les", "des", "et", "du", "au", "der", "die", "das", "und", "im",
    "o", "os", "as", "do", "da", "dos", "e", "no", "na", "em", "um", "uma", "il", "gli", "di",
    "η", "ο", "το", "τα", "οι", "στη", "στην", "στο", "στον", "και", "του", "της", "με", "σε",
    "и", "в", "во", "на", "с", "со", "к", "по", "за", "из", "о", "об", "у", "не",
    "يا", "في", "من", "على", "عن", "و", "ال", "של", "ה", "ו", "את", "על", "की", "का", "के",
    "में", "और",
))  # fmt: skip


def is_stop(word: str) -> bool:
    """A short word a poster never stresses ("The", "of", "en")."""
    return word.strip(".,;:!?'\"()").lower() in STOP


NBSP = "\u00a0"  # binds two words into one unit that a line break never splits
HYPHENATED = 12  # a word this long stands alone, cut by a hyphen
AFTER = frozenset(("की", "का", "के", "में"))  # Hindi postpositions follow their word


def units(text: str, stretch: bool) -> list[str]:
    """The title's words bound (by NBSP) into the units a stacked title never breaks: a
    short word ("The", "of", "de", "и", "يا") with the word after it, a Hindi
    postposition ("की", "में") or a number ("Op. 9") with the word before it, a lone
    letter of a condensed title (`stretch`: "I", "&") with the word after it, and a
    short word ending the title with the one before it. A word too long for a line
    (HYPHENATED) takes none: it is hyphenated."""
    out: list[str] = []
    bind = False  # the last unit ends in a word that binds to the next
    for word in text.split():
        lone = stretch and len(word) == 1
        back = word in AFTER or (lone and word.isdigit())
        if out and (back or (bind and len(clusters(word)) <= HYPHENATED)):
            out[-1] += NBSP + word
        else:
            out.append(word)
        short = is_stop(word) or (lone and not (back and len(out[-1]) > 1))
        bind = short and word not in AFTER and word[-1] not in ".,;:!?"
    if bind and len(out) > 1:  # "Hold On To": the last short words go with the word before
        out[-2:] = [out[-2] + NBSP + out[-1]]
    return out
