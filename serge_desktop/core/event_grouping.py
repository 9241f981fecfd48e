"""Grouping every claim of a timeline into events, each told by one article or several.

Pure: the rules of a match are core.event_matching's; this is the bookkeeping that keeps a
series of 200 articles (5,000 events) to one pass in time order, scoring each claim's label
against the open groups' labels in one rapidfuzz call.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence

from serge_desktop.core.event_matching import (
    LOWEST_SCORE,
    MAX_GAP_DAYS,
    EventClaim,
    compatible,
    content,
    same_event,
)


class _OpenGroups:
    """The groups a later claim can still join, and their members' labels ready to score."""

    def __init__(self) -> None:
        self.groups: list[list[EventClaim]] = []
        self.sources: list[set[int]] = []
        self.closed: list[bool] = []
        self._closing: list[tuple[dt.date, int]] = []  # (earliest member's latest, group)
        self.members: list[tuple[int, EventClaim]] = []  # (group, member) of open groups
        self.texts: list[str] = []  # their labels' scored words, in the same order
        # Which members have a word starting like each of a label's words: only those are
        # scored (a label sharing no word start with another scores too low to match it).
        self._by_prefix: dict[str, list[int]] = {}
        self._closed_members = 0

    def close_before(self, earliest: dt.date) -> None:
        """Close every group with a member too long before ``earliest`` to match anything new.

        A group must be compatible with all its members, so one member out of reach closes it.
        """
        while self._closing and (earliest - self._closing[0][0]).days > MAX_GAP_DAYS + 1:
            _, index = heapq.heappop(self._closing)
            if not self.closed[index]:
                self.closed[index] = True
                self._closed_members += len(self.groups[index])
        # Dropping closed members costs a pass over the list: only once they are half of it.
        if self._closed_members * 2 > len(self.members):
            kept = [(g, m) for g, m in self.members if not self.closed[g]]
            self.members, self.texts, self._by_prefix = [], [], {}
            for index, member in kept:
                self._add_member(index, member)
            self._closed_members = 0

    def start(self, claim: EventClaim) -> None:
        self.groups.append([claim])
        self.sources.append({claim.source})
        self.closed.append(False)
        index = len(self.groups) - 1
        heapq.heappush(self._closing, (claim.latest, index))
        self._add_member(index, claim)

    def join(self, index: int, claim: EventClaim) -> None:
        self.groups[index].append(claim)
        self.sources[index].add(claim.source)
        heapq.heappush(self._closing, (claim.latest, index))
        self._add_member(index, claim)

    def _add_member(self, index: int, claim: EventClaim) -> None:
        position = len(self.members)
        self.members.append((index, claim))
        text = content(claim.label)
        self.texts.append(text)
        for prefix in _prefixes(text):
            self._by_prefix.setdefault(prefix, []).append(position)

    def best_for(self, claim: EventClaim) -> int | None:
        """The open group whose member the claim matches best, if it fits the whole group."""
        text = content(claim.label)
        positions = sorted(
            {p for prefix in _prefixes(text) for p in self._by_prefix.get(prefix, ())}
        )
        if not positions:
            return None
        # Loaded on the first match, not with every window's start (41 modules).
        from rapidfuzz import fuzz, process

        # One C call scores the claim against those members; the best come first.
        scored = process.extract(
            text, [self.texts[p] for p in positions], scorer=fuzz.token_set_ratio,
            score_cutoff=LOWEST_SCORE, limit=None,
        )  # fmt: skip
        for _, score, found in scored:
            index, member = self.members[positions[found]]
            if self.closed[index] or claim.source in self.sources[index]:
                continue
            if same_event(claim, member, score) and all(
                compatible(claim, other) for other in self.groups[index]
            ):
                return index
        return None


def _prefixes(text: str) -> set[str]:
    """The first four letters of each word: "arrives" and "arrived" share "arri"."""
    return {word[:4] for word in text.split()}


def group_claims(claims: Sequence[EventClaim]) -> list[tuple[EventClaim, ...]]:
    """The claims in groups, each one event told by one or more articles, in time order.

    A group holds at most one claim of each article, and every claim is in exactly one group.

    Greedy in time order: a claim joins the open group with the member it matches best, if it
    is compatible with every member (another article, near enough in time, no opposite words,
    no other names), or starts a group. Three tellings need not all be alike pairwise ("Goes
    to Paris", "Serge goes to Paris", "Moves to Paris"): each must match one of the others.
    """
    groups = _OpenGroups()
    for claim in sorted(claims, key=lambda c: (c.earliest, c.latest, c.source, c.key)):
        groups.close_before(claim.earliest)
        best = groups.best_for(claim)
        if best is None:
            groups.start(claim)
        else:
            groups.join(best, claim)
    return [tuple(group) for group in groups.groups]
