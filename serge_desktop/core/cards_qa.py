"""A note written as a question and its answer: a line starting ``Q:`` and a later one ``A:``.

The convention the note editor's help shows. Case does not matter and a space may stand before
the colon (French typography writes "Q :"); the question and the answer may each run over several
lines, up to the next marker. Only the first question of a note is read: one note, one card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKER = re.compile(r"^[ \t]*(?P<mark>[QqAa])[ \t\u00a0\u202f]*:[ \t]*", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class QuestionAnswer:
    question: str
    answer: str


def question_answer(body: str) -> QuestionAnswer | None:
    """The note's question and answer, or None when it is not written that way."""
    markers = list(_MARKER.finditer(body))
    for index, marker in enumerate(markers):
        if marker.group("mark").upper() != "Q" or index + 1 >= len(markers):
            continue
        answer_marker = markers[index + 1]
        if answer_marker.group("mark").upper() != "A":
            continue
        question = body[marker.end() : answer_marker.start()].strip()
        after = markers[index + 2].start() if index + 2 < len(markers) else len(body)
        answer = body[answer_marker.end() : after].strip()
        if question and answer:
            return QuestionAnswer(question, answer)
        return None
    return None
