"""Where each word of an old text went in its new version, from one diff of the two."""

from __future__ import annotations

import difflib

from serge_desktop.core.token_alignment import Tokens


class TokenDiff:
    """The old text's tokens, each with the index of the new token it became (or -1).

    One diff of the whole texts (difflib's, over tokens) serves every anchor of the old text,
    where aligning each anchor against the new text on its own costs a dynamic programme per
    candidate place: with 20,000 notes on one article that is the difference between a second
    and a minute. Unchanged tokens map to themselves; within a stretch the editor rewrote, the
    old tokens line up with the new ones in order (a replaced word goes to its replacement, as
    ``align`` would put it) and the surplus ones were deleted.
    """

    def __init__(self, old: Tokens, new: Tokens) -> None:
        self.old = old
        target = [-1] * len(old)
        # autojunk: tokens in more than 1% of a long text ("the", ",") do not seed matches,
        # which keeps the diff near linear; matches still run on through them.
        matcher = difflib.SequenceMatcher(None, old.keys, new.keys, autojunk=True)
        for tag, old_start, old_stop, new_start, new_stop in matcher.get_opcodes():
            if tag in ("equal", "replace"):
                paired = min(old_stop - old_start, new_stop - new_start)
                target[old_start : old_start + paired] = range(new_start, new_start + paired)
        self.target = target
