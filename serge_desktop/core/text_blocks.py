"""Split decoded text into blank-line separated blocks and tidy whitespace, for every shape."""

from __future__ import annotations


def normalise_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n`` (decode_source does it; callers may not)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collapse(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and trim the ends."""
    return " ".join(text.split())


def is_blank(line: str) -> bool:
    """Return whether ``line`` holds nothing but whitespace."""
    return not line.strip()


def split_blocks(text: str) -> list[list[str]]:
    r"""Return the blank-line separated blocks of ``text`` as lists of their (non-blank) lines.

    Runs of several blank lines count as one separator, so sloppy spacing changes nothing.
    Lines are split on ``\n`` only: other Unicode line breaks are whitespace inside a line.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in normalise_newlines(text).split("\n"):
        if is_blank(line):
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def title_and_rest(blocks: list[list[str]]) -> tuple[str, list[list[str]]]:
    """Take the first line as the title; the rest of its block (if any) stays as a block.

    Used by the plain shape, and by Markdown without a title.
    """
    if not blocks:
        return "", []
    first, *others = blocks
    remainder = first[1:]
    return collapse(first[0]), ([remainder] if remainder else []) + others
