"""Which of our languages an article is written in, from its commonest little words.

An honest stop-word model for the languages the app reads (English and French): the share of an
article's words that are each language's function words ("the", "of", "which"; "le", "des",
"qu’"), plus French letters with accents. Function words make up a third to a half of running
text in either language and are almost never shared, so a few sentences decide it; a text too
short, or in another language (German, Spanish), is said to be unknown rather than guessed.
Compared with general detectors (langdetect, py3langid, pycld2, lingua) it is thousands of times
smaller, needs no model file, is deterministic, and is as accurate on these two languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from serge_desktop.core.languages import Language


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The function words of each language, none shared with the other ("on", "a", "me", "an", "or",
# "but", "son" and "plus" are words in both and are left out).
_FUNCTION_WORDS = {
    Language.ENGLISH: _words(
        "the of and to in is was that for it with as his he be at by this had not are from "
        "have they which you were her all she there would their we him been has when who "
        "will more no if out so said what up its about into than them can only other some "
        "could these may then do any my now such our over even most after also did many "
        "before must through where much your well down should because each just those how "
        "too very make still own being under never same another know while might us off "
        "since against went came took does whose i"
    ),
    Language.FRENCH: _words(
        "le la les de des du un une et est en à au aux dans que qui pour par sur il elle "
        "ils elles ne pas ce cette ces sa ses leur leurs se avec mais ou où nous vous je "
        "été être avoir fait comme tout tous toute toutes sont était ont avait aussi bien "
        "même entre sans sous après avant encore lui y dont puis alors très peu contre "
        "vers chez depuis quand si donc car ni mon ma mes notre nos votre vos cet autre "
        "autres faire dit peut c' l' d' qu' n' s' j' m' jusqu' lorsqu' puisqu'"
    ),
}
# Neighbours we do not read, by their own distinctive function words: a Spanish or German text
# shares some words with ours ("la", "en", "in") and must come out unknown, not French.
_OTHER_LANGUAGES = (
    _words("el los las del por una para lo como más pero sus fue muy esta"),
    _words("der die das und ist nicht ein eine zu den von mit sich auf dem für ich"),
    _words("gli della di che è per una sono alla nel anche come più"),
    _words("os da em não uma para com mais foi ao pelo pela seu sua"),
    _words("het een van niet op dat zijn voor met hij ook maar"),
)
# A word with one of these letters is French more often than not (English borrows a few).
_FRENCH_LETTERS = re.compile(r"[éèêàçùâîôûëïœ]")
# Words, with an elided article or pronoun kept as its own word: "l'année" is "l'", "année".
_WORD = re.compile(r"[^\W\d_]+['’]?")
_READ = 20_000  # characters: the start of a long text decides as well as all of it
MIN_WORDS = 4  # fewer words than this say too little to tell
MIN_SHARE = 0.15  # of the words, at least this share must be the language's function words


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language found (None: unknown) and the share of words that said so."""

    language: Language | None
    share: float


def detect_language(text: str) -> Language | None:
    """The language ``text`` is written in, if it is one of ours; None when it cannot tell."""
    return guess_language(text).language


def guess_language(text: str) -> LanguageGuess:
    """The language with the larger share of function words, if that share is large enough."""
    words = [w.replace("’", "'") for w in _WORD.findall(text[:_READ].casefold())]
    if len(words) < MIN_WORDS:
        return LanguageGuess(None, 0.0)
    scores = {
        language: sum(1 for word in words if word in vocabulary)
        for language, vocabulary in _FUNCTION_WORDS.items()
    }
    accented = sum(1 for word in words if _FRENCH_LETTERS.search(word))
    scores[Language.FRENCH] += accented // 2
    best, runner_up = sorted(scores.values(), reverse=True)[:2]
    share = best / len(words)
    other = max(sum(1 for word in words if word in vocabulary) for vocabulary in _OTHER_LANGUAGES)
    # Half as many words of a neighbour as of ours: a Spanish text borrowing "la", "en", "y".
    if best == runner_up or share < MIN_SHARE or 2 * other >= best:
        return LanguageGuess(None, share)
    language = max(scores, key=lambda each: scores[each])
    return LanguageGuess(language, share)
