"""A card's stable id, in the form Anki gives its notes' GUIDs, so one id serves everywhere.

Anki matches an imported note to the one it has by GUID. The id is made the way Anki and genanki
make theirs: the first eight bytes of the SHA-256 of the parts joined by "__", written in Anki's
base 91. Cards made before schema 11 were exported with exactly these ids (the library's id and
the note's, or "event" and the event's), so a student's deck keeps updating in place.
"""

from __future__ import annotations

import hashlib
import string

_BASE91 = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def card_guid(*parts: object) -> str:
    digest = hashlib.sha256("__".join(str(part) for part in parts).encode("utf-8")).digest()
    number = int.from_bytes(digest[:8], "big")
    digits: list[str] = []
    while number > 0:
        number, remainder = divmod(number, len(_BASE91))
        digits.append(_BASE91[remainder])
    return "".join(reversed(digits))
