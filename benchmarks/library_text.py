"""Generated text for the benchmark library: a large vocabulary drawn with Zipf's law.

Real prose uses a few words very often and most words rarely (Zipf's law: the word of rank r
turns up about 1/r as often as the commonest). The vocabulary is the seed article's words in
order of frequency (so "the", "of" and "and" lead), then tens of thousands of generated words
and names; each article also leans on a few topic words and names of its own, as real articles
do. So a query for a common word hits most articles, a mid-ranked word a few percent, a name a
handful, the way they would in a reader's real library.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ONSETS = (
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
    "br", "ch", "dr", "gr", "pl", "pr", "sh", "st", "tr", "", "", "",
)  # fmt: skip
NUCLEI = ("a", "e", "i", "o", "u", "ou", "ai", "ea", "ie", "y", "é", "ö", "ü", "á")
CODAS = ("", "", "", "", "", "n", "r", "s", "l", "m", "st", "nd", "t", "x", "v")
SYLLABLES = {1: 3, 2: 5, 3: 2}  # how many syllables an invented word has, and how often
# Accented letters are rarer than plain ones, as in the European names of a history library.
NUCLEUS_WEIGHTS = (9, 9, 8, 8, 6, 2, 2, 2, 2, 1, 0.6, 0.4, 0.4, 0.4)
GENERATED_WORDS = 30_000
GENERATED_NAMES = 6_000
ZIPF_EXPONENT = 1.05
TOPIC_WORDS = 24  # words an article leans on (from the middle ranks: its subject)
TOPIC_NAMES = 6  # people and places an article keeps naming
TOPIC_SHARE = 0.12  # of an article's words, from its topic
NAME_SHARE = 0.03  # of an article's words, a name


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words by rank (commonest first) with Zipf weights, and capitalised names."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]
    names: tuple[str, ...]
    name_cumulative: tuple[float, ...]

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def draw_names(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.names, cum_weights=self.name_cumulative, k=count)

    def rank(self, word: str) -> int:
        return self.words.index(word) + 1


def build_vocabulary(seed_text: str, rng: random.Random) -> Vocabulary:
    """The seed's own words first, by frequency, then generated words; names likewise."""
    counts = Counter(WORD.findall(seed_text))
    lower = Counter[str]()
    names = Counter[str]()
    for word, count in counts.items():
        # A word the seed only ever capitalises is a name (Serge, Petrograd, Trotsky).
        if word[0].isupper() and word.lower() not in counts:
            names[word] += count
        else:
            lower[word.lower()] += count
    seed_words = [word for word, _count in lower.most_common()]
    taken = set(seed_words) | set(names)
    generated = _invent(rng, GENERATED_WORDS, taken, SYLLABLES)
    # The seed's rarer words mingle with the generated ones: only its commonest lead.
    head, tail = seed_words[:150], seed_words[150:] + generated
    rng.shuffle(tail)
    words = tuple(head + tail)
    invented = _invent(rng, GENERATED_NAMES, taken, {2: 2, 3: 1})
    invented_names = [word.capitalize() for word in invented]
    all_names = [name for name, _count in names.most_common()] + invented_names
    return Vocabulary(
        words=words,
        cumulative=_zipf(len(words)),
        names=tuple(all_names),
        name_cumulative=_zipf(len(all_names)),
    )


def _invent(
    rng: random.Random, count: int, taken: set[str], syllables: dict[int, int]
) -> list[str]:
    made: list[str] = []
    lengths, weights = list(syllables), list(syllables.values())
    while len(made) < count:
        word = "".join(
            rng.choice(ONSETS) + rng.choices(NUCLEI, NUCLEUS_WEIGHTS)[0] + rng.choice(CODAS)
            for _ in range(rng.choices(lengths, weights)[0])
        )
        if len(word) >= 3 and word not in taken:
            taken.add(word)
            made.append(word)
    return made


def _zipf(count: int) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / rank**ZIPF_EXPONENT for rank in range(1, count + 1)))


class ProseWriter:
    """Sentences and paragraphs in the vocabulary, one article's topic at a time."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random) -> None:
        self.vocabulary = vocabulary
        self.rng = rng
        self._topic: list[str] = []
        self._topic_names: list[str] = []

    def new_topic(self) -> None:
        """Choose the words and names the next article keeps coming back to."""
        middle = self.vocabulary.words[300:8000]
        self._topic = self.rng.sample(middle, TOPIC_WORDS)
        self._topic_names = self.vocabulary.draw_names(self.rng, TOPIC_NAMES)

    def words(self, count: int) -> list[str]:
        rng = self.rng
        words = self.vocabulary.draw(rng, count)
        topical = round(count * TOPIC_SHARE + rng.random() - 0.5)
        named = round(count * NAME_SHARE + rng.random() - 0.5)
        places = rng.sample(range(count), min(count, topical + named))
        for index in places[:topical]:
            words[index] = rng.choice(self._topic or words)
        for index in places[topical:]:
            words[index] = rng.choice(self._topic_names or self.vocabulary.names)
        return words

    def sentence(self) -> str:
        rng = self.rng
        words = self.words(max(4, round(rng.gauss(19, 7))))
        if rng.random() < 0.15:  # a date, so timelines and date queries have something
            at = rng.randrange(len(words))
            words[at : at + 1] = ["in", str(rng.randint(1800, 1999))]
        for _ in range(len(words) // 9):
            at = rng.randrange(1, len(words))
            words[at - 1] += ","
        words[0] = words[0][:1].upper() + words[0][1:]
        end = rng.choices((".", "?", "!", ";"), (90, 5, 2, 3))[0]
        return " ".join(words).rstrip(",") + (end if end != ";" else ".")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 7)))

    def article(self, words: int) -> list[str]:
        """Paragraphs adding up to about ``words`` words."""
        paragraphs: list[str] = []
        total = 0
        while total < words:
            paragraph = self.paragraph()
            paragraphs.append(paragraph)
            total += paragraph.count(" ") + 1
        return paragraphs

    def headline(self) -> str:
        words = self.words(self.rng.randint(3, 9))
        return " ".join(words).capitalize()

    def note(self) -> str:
        """A reader's note: often short, sometimes long, now and then with Markdown."""
        rng = self.rng
        length = min(250, int(rng.lognormvariate(2.8, 0.9)))
        if length == 0:
            return ""
        sentences: list[str] = []
        while sum(s.count(" ") + 1 for s in sentences) < length:
            sentences.append(self.sentence())
        text = " ".join(sentences)
        roll = rng.random()
        if roll < 0.08:
            emphasis = " ".join(self.words(2))
            text = f"**{emphasis}**: {text}"
        elif roll < 0.12:
            items = "\n".join(f"- {' '.join(self.words(rng.randint(2, 6)))}" for _ in range(3))
            text = f"{text}\n\n{items}"
        return text
