"""Study settings kept in the library (the command line reads them too): retention, new cards."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import peewee as pw

from serge_desktop.core.cards_scheduling import (
    DEFAULT_RETENTION,
    MAX_RETENTION,
    MIN_RETENTION,
    SchedulerSettings,
)
from serge_desktop.services.cards.errors import StudySettingError
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

RETENTION_KEY = "study_desired_retention"
NEW_PER_DAY_KEY = "study_new_per_day"
PARAMETERS_KEY = "study_fsrs_parameters"  # JSON list, once the optimiser has run
DEFAULT_NEW_PER_DAY = 20  # Anki's default
MAX_NEW_PER_DAY = 9999


@dataclass(frozen=True, slots=True)
class StudySettings:
    desired_retention: float = DEFAULT_RETENTION
    new_per_day: int = DEFAULT_NEW_PER_DAY
    parameters: tuple[float, ...] | None = None  # None: FSRS's defaults

    def scheduler_settings(self) -> SchedulerSettings:
        if self.parameters is None:
            return SchedulerSettings(self.desired_retention)
        return SchedulerSettings(self.desired_retention, self.parameters)


def load_settings() -> StudySettings:
    """The library's settings; a value that cannot be read falls back to its default."""
    stored = {
        row.key: row.value
        for row in m.Setting.select().where(
            m.Setting.key.in_((RETENTION_KEY, NEW_PER_DAY_KEY, PARAMETERS_KEY))
        )
    }
    defaults = StudySettings()
    retention = _number(stored.get(RETENTION_KEY), defaults.desired_retention)
    if not MIN_RETENTION <= retention <= MAX_RETENTION:
        retention = defaults.desired_retention
    new_per_day = int(_number(stored.get(NEW_PER_DAY_KEY), defaults.new_per_day))
    if new_per_day != _number(stored.get(NEW_PER_DAY_KEY), defaults.new_per_day) or not (
        0 <= new_per_day <= MAX_NEW_PER_DAY
    ):
        new_per_day = defaults.new_per_day
    return StudySettings(retention, new_per_day, _parameters(stored.get(PARAMETERS_KEY)))


def save_settings(db: pw.SqliteDatabase, settings: StudySettings) -> StudySettings:
    """Check and store the settings in one transaction; returns them as stored."""
    if not MIN_RETENTION <= settings.desired_retention <= MAX_RETENTION:
        raise StudySettingError(
            "desired_retention",
            settings.desired_retention,
            f"between {MIN_RETENTION} and {MAX_RETENTION}",
        )
    if not 0 <= settings.new_per_day <= MAX_NEW_PER_DAY:
        raise StudySettingError("new_per_day", settings.new_per_day, f"0 to {MAX_NEW_PER_DAY}")
    if settings.parameters is not None:
        _check_parameters(settings.parameters)
    rows = [
        {"key": RETENTION_KEY, "value": repr(float(settings.desired_retention))},
        {"key": NEW_PER_DAY_KEY, "value": str(int(settings.new_per_day))},
    ]
    with write_transaction(db):
        m.Setting.insert_many(rows).on_conflict_replace().execute()
        if settings.parameters is None:
            m.Setting.delete().where(m.Setting.key == PARAMETERS_KEY).execute()
        else:
            value = json.dumps(list(settings.parameters))
            m.Setting.insert(key=PARAMETERS_KEY, value=value).on_conflict_replace().execute()
    return settings


def _check_parameters(parameters: tuple[float, ...]) -> None:
    from fsrs import Scheduler

    try:
        Scheduler(parameters=parameters)
    except ValueError as error:
        raise StudySettingError("parameters", parameters, "21 FSRS-6 weights in bounds") from error


def _parameters(text: str | None) -> tuple[float, ...] | None:
    if text is None:
        return None
    try:
        values = json.loads(text)
        parameters = tuple(float(v) for v in values)
        _check_parameters(parameters)
    except (ValueError, TypeError, StudySettingError):
        return None  # damaged or from a newer FSRS: the defaults schedule well meanwhile
    return parameters


def _number(text: str | None, default: float) -> float:
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        return default
    return value if math.isfinite(value) else default
