"""Why a class pack was refused, or a layer note left unchanged: errors with plain messages."""

from __future__ import annotations

from serge_desktop.core.errors import SergeError


class PackError(SergeError):
    """A class pack that cannot be read or imported; nothing in the library was changed.

    ``reason`` names the rule that refused it (the window words each one for translation);
    ``detail`` says which member or value broke it. ``str()`` is the English sentence.
    """

    reason = "broken"

    def __init__(self, message: str, detail: str = "") -> None:
        self.detail = detail
        super().__init__(message)


class NotAPackError(PackError):
    reason = "not_zip"


class PackTooLargeError(PackError):
    reason = "too_large"


class TooManyMembersError(PackError):
    reason = "too_many_members"


class UnsafeMemberError(PackError):
    """A member's name could write outside a folder, or the member is a link or a device."""

    reason = "unsafe_member"


class DuplicateMemberError(PackError):
    reason = "duplicate_member"


class PackBombError(PackError):
    """The members hold far more data once decompressed than a pack ever needs."""

    reason = "bomb"


class JsonTooDeepError(PackError):
    reason = "too_deep"


class ChecksumMismatchError(PackError):
    reason = "checksum"


class MemberListError(PackError):
    """A member the manifest lists is missing, or one is there that it does not list."""

    reason = "member_list"


class BrokenPackError(PackError):
    """The manifest or a member is not what a pack holds (bad JSON, a missing field)."""

    reason = "broken"


class BadTextError(PackError):
    """A member holds text no UTF-8 file can (a lone surrogate, from a JSON escape)."""

    reason = "bad_text"


class DuplicateArticleError(PackError):
    """The manifest lists the same article (or the same source member) twice."""

    reason = "duplicate_article"


class PackTooNewError(PackError):
    reason = "too_new"

    def __init__(self, needed: str, have: str) -> None:
        self.needed = needed
        self.have = have
        super().__init__(f"This pack needs Serge Desktop {needed} or later; you have {have}.")


class PackNotAllowedError(PackError):
    """The library's policy does not let its users import or export class packs."""

    reason = "not_allowed"


class ReadOnlyNoteError(SergeError):
    """The note came from someone else's class pack: it can be copied, not changed."""

    def __init__(self, note_id: int) -> None:
        self.note_id = note_id
        super().__init__(
            "This note is from another author's class pack and cannot be changed; "
            "copy it to your notes first."
        )
