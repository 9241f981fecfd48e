"""The well-known events of ``core.historical_events`` as French articles name them.

Each keeps the date of its English twin (one list of dates), with French patterns and a French
note on where the date comes from, which an accepted suggestion keeps as its description.
"""

from __future__ import annotations

from serge_desktop.core.historical_events import HISTORICAL_EVENTS, HistoricalEvent

_DATES = {event.name: event.edtf for event in HISTORICAL_EVENTS}
_APOSTROPHE = r"['’]\s*"
# "de Hitler" and "d'Hitler" are both written.
_DE = r"(?:de\s+|d['’]\s*)"


def _event(twin: str, name: str, pattern: str, note: str) -> HistoricalEvent:
    return HistoricalEvent(name, pattern, _DATES[twin], note)


FRENCH_HISTORICAL_EVENTS: tuple[HistoricalEvent, ...] = (
    _event(
        "the Great Purge",
        "la Grande Terreur",
        r"Staline\b[^.;:!?]{0,40}?\bpurges?|la\s+Grande\s+(?:Terreur|Purge)"
        r"|les\s+(?:grandes\s+)?purges\s+(?:staliniennes|de\s+Staline)"
        r"|(?:les|le\s+premier)\s+procès\s+de\s+Moscou",
        "La Grande Terreur de Staline commence avec le premier procès de Moscou, en août 1936.",
    ),
    _event(
        "the October Revolution",
        "la révolution d’Octobre",
        rf"la\s+révolution\s+d{_APOSTROPHE}octobre|la\s+prise\s+du\s+pouvoir\s+par\s+les\s+bolcheviks",
        "Les bolcheviks prennent le pouvoir le 7 novembre 1917 (25 octobre du calendrier russe).",
    ),
    _event(
        "the Russian Revolution",
        "la révolution russe",
        r"la\s+révolution\s+russe",
        "La révolution russe : février et octobre 1917.",
    ),
    _event(
        "the Kronstadt rising",
        "l’insurrection de Kronstadt",
        rf"(?:l{_APOSTROPHE}|la\s+|le\s+)"
        r"(?:insurrection|révolte|rébellion|mutinerie|soulèvement|commune)\s+de\s+Kronstadt",
        "Les marins de Kronstadt se soulèvent en mars 1921.",
    ),
    _event(
        "Lenin’s death",
        "la mort de Lénine",
        r"la\s+(?:mort|disparition)\s+de\s+Lénine|le\s+décès\s+de\s+Lénine"
        r"|Lénine\s+(?:meurt|mourut|est\s+mort|décède)",
        "Lénine meurt le 21 janvier 1924.",
    ),
    _event(
        "Hitler’s coming to power",
        "l’arrivée de Hitler au pouvoir",
        rf"(?:l{_APOSTROPHE})?(?:arrivée|accession)\s+{_DE}Hitler\s+au\s+pouvoir"
        r"|Hitler\s+(?:arrive|arriva|accède|accéda|prend|prit|s['’]empare|s['’]empara)"
        r"\s+(?:au\s+|le\s+|du\s+)?pouvoir",
        "Hitler devient chancelier de l’Allemagne le 30 janvier 1933.",
    ),
    _event(
        "the Spanish Civil War",
        "la guerre d’Espagne",
        rf"la\s+guerre\s+(?:civile\s+)?d{_APOSTROPHE}Espagne|la\s+guerre\s+civile\s+espagnole",
        "La guerre d’Espagne : de juillet 1936 à avril 1939.",
    ),
    _event(
        "the First World War",
        "la Première Guerre mondiale",
        r"la\s+(?:Première|Grande)\s+Guerre(?:\s+mondiale)?|la\s+guerre\s+de\s+14(?:-18)?\b",
        "La Première Guerre mondiale : de juillet 1914 à novembre 1918.",
    ),
    _event(
        "the Second World War",
        "la Seconde Guerre mondiale",
        r"la\s+(?:Seconde|Deuxième|2e)\s+Guerre\s+mondiale",
        "La Seconde Guerre mondiale : de septembre 1939 à septembre 1945.",
    ),
    _event(
        "the fall of France",
        "la défaite de la France",
        r"les\s+(?:nazis|Allemands)\s+(?:envahissent|envahirent|occupent|occupèrent)\s+la\s+France"
        rf"|la\s+(?:défaite|chute)\s+de\s+la\s+France|la\s+débâcle|l{_APOSTROPHE}exode\s+de\s+1940",
        "L’Allemagne occupe la France en juin 1940.",
    ),
)
