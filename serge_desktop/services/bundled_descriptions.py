"""The bundled article's events in a library made before schema 8 get their sidecar's notes.

Schema 8 keeps what the sidecar says of each date as the event's description, but a library
whose bundled article came in earlier has its events without them. Once, on the first open
after the upgrade, each event of a bundled article still without a description gets its
sidecar's note, found by the article's exact bytes and the event's date and label; an event
the reader has changed, or described, is left as it is.
"""

from __future__ import annotations

import hashlib

import peewee as pw

from serge_desktop.core.sidecar import load_sidecar, sidecar_path_for
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

FILLED = "bundled_descriptions_filled"


def descriptions_filled() -> bool:
    return m.Setting.get_or_none(m.Setting.key == FILLED) is not None


def fill_bundled_descriptions(db: pw.SqliteDatabase) -> int:
    """Describe the bundled articles' events from their sidecars; the number described."""
    # Here, not at the top: the importer brings the parsers, which an ordinary start never needs.
    from serge_desktop.services.importer import bundled_article_paths

    described = 0
    with write_transaction(db):
        for path in bundled_article_paths():
            sidecar_path = sidecar_path_for(path)
            if not sidecar_path.is_file():
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            revision = m.Revision.get_or_none(m.Revision.content_hash == digest)
            if revision is None:
                continue  # not in this library (or removed by the reader)
            for event in load_sidecar(sidecar_path).events:
                if not event.note:
                    continue
                described += (
                    m.TimelineEvent.update(description=event.note)
                    .where(
                        (m.TimelineEvent.article == revision.article_id)
                        & (m.TimelineEvent.edtf == event.edtf)
                        & (m.TimelineEvent.label == event.label)
                        & (m.TimelineEvent.description == "")
                    )
                    .execute()
                )
        m.Setting.insert(key=FILLED, value="1").on_conflict_replace().execute()
    return described
