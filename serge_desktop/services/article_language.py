"""An article's language: the tag stored on import, and the rules its dates are read with.

On import, ``import_language`` gives the BCP 47 tag to keep in the article's metadata: the one
the file declares (an HTML ``lang``, an EPUB's ``dc:language``) when it is a well-formed tag,
else the language detected from the text, else none. Reading dates, suggesting events and saying
dates in words then follow ``reading_language``: the stored tag when it names one of ours, the
detected language when nothing is stored, English otherwise (as before languages were known).
"""

from __future__ import annotations

from serge_desktop.core.language_detection import detect_language
from serge_desktop.core.languages import Language, is_language_tag, language_or_english


def import_language(body: str, declared: str | None = None) -> str | None:
    """The tag to store for a newly imported article (None: unknown)."""
    if declared:
        tag = declared.strip().replace("_", "-")
        if is_language_tag(tag):
            return tag
    detected = detect_language(body)
    return None if detected is None else detected.value


def reading_language(body: str, stored: str | None = None) -> Language:
    """The language whose date phrases, sentences and words an article is read with."""
    if stored:
        return language_or_english(stored)
    return detect_language(body) or Language.ENGLISH
