"""The one source text the sample documents are made from, in a small markup of its own.

Each block is (kind, text): kind is "title", "subtitle", "h1", "h2", "p" or "quote"; in the
text, *words* are italic and **words** bold. make_documents.py writes it out as a flat
OpenDocument file for LibreOffice (which makes the ODT, DOCX and PDF) and as Markdown for
pandoc (which makes the EPUB), so every format carries the same words and the tests can
compare what each parser read against this one list.
"""

from __future__ import annotations

TITLE = "Letters from exile"
SUBTITLE = "How Victor Serge's correspondence outlived the censor"
AUTHOR = "Ruth Calder"
DATE = "2024-03-14"

BLOCKS: list[tuple[str, str]] = [
    ("h1", "Orenburg"),
    (
        "p",
        "In 1933 Victor Serge was deported to Orenburg, a garrison town on the edge of the "
        "steppe, with his young son Vlady. He had been arrested in Moscow in March, questioned "
        "for weeks, and sent east without a trial. The town was poor and the winters were long, "
        "but the letters he wrote there are among the *liveliest* things he ever wrote.",
    ),
    (
        "p",
        "Every letter went through the censor before it went to his friends in Paris. Serge "
        "knew it, and wrote accordingly: he described the weather, the price of bread, the "
        "books he was reading, and let his correspondents understand the rest. A sentence "
        "about the **snow** might be a sentence about the arrests.",
    ),
    (
        "p",
        "His friends kept everything. Magdeleine Paz, Marcel Martinet and the teachers of "
        "the *École émancipée* passed the letters from hand to hand, copied them, and printed "
        "extracts when they judged it safe. Without that incomprehensibly patient circle of "
        "readers, most of the correspondence would have been lost.",
    ),
    (
        "quote",
        "I am writing to you from a place where nothing happens except the seasons, and "
        "even they arrive late.",
    ),
    (
        "p",
        "The campaign for his release grew slowly. Writers who disagreed with Serge about "
        "almost everything signed petitions on his behalf, and the question of his fate was "
        "raised at the Congress for the Defence of Culture in Paris in 1935.",
    ),
    ("h1", "Brussels and Paris"),
    (
        "p",
        "In April 1936 the government at last allowed Serge to leave the Soviet Union with "
        "his family. They went first to Brussels, where he found work as a proofreader and "
        "began at once to write about what he had seen. The manuscripts he had written in "
        "Orenburg were confiscated at the border and never returned.",
    ),
    (
        "p",
        "From Brussels he moved to Paris, and the letters changed their character. No longer "
        "written for the censor, they became long, argumentative and often *furious*: he "
        "wrote to editors, to old comrades and to strangers, correcting the record of the "
        "revolution as he had lived it.",
    ),
    ("h2", "The last letters"),
    (
        "p",
        "When the German army reached Paris in 1940, Serge fled south to Marseille, and from "
        "there, in the spring of 1941, to Mexico. The letters of the Mexican years are the "
        "letters of a man cut off: he asks for books, for news, for the addresses of friends "
        "who may no longer be alive.",
    ),
    (
        "p",
        "He died in Mexico City in November 1947. The letters, scattered across a dozen "
        "archives, were gathered only decades later, and they read today as a second, "
        "unofficial *Memoirs of a Revolutionary*: the same life, told to friends, one "
        "envelope at a time.",
    ),
]

# The book made into an EPUB: three chapters, each a level-one section for pandoc.
BOOK_TITLE = "Voices from the margins"
BOOK_SERIES = "Writers in exile"
BOOK_SERIES_PART = 2
BOOK_PUBLISHER = "Marginal Press"
BOOK_CHAPTERS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Orenburg", BLOCKS[1:6]),
    ("Brussels and Paris", BLOCKS[7:9]),
    ("The last letters", BLOCKS[10:]),
]


def plain(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The words of a block without the markup, and its emphasised words with their style."""
    import re

    marks = [
        (bold or italic, "bold" if bold else "italic")
        for bold, italic in re.findall(r"\*\*(.+?)\*\*|\*(.+?)\*", text)
    ]
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), text), marks
