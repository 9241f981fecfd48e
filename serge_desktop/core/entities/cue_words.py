"""Small word lists the candidate finder reads: function words, months, titles, kind cues.

English and French, the languages of the texts this app studies. They are cues for guessing,
never verdicts: every guess is shown to the reader as a suggestion to confirm or reject.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that stand capitalised at the start of a sentence without being a name. A run of
# capitalised words at a sentence start loses its first word when it is one of these.
FUNCTION_WORDS = _words(
    """
    a about after against all along also although among an and another any as at because
    before behind being besides between both but by despite during each either even every
    for from further had has have he her here hers his how however i if in instead into it
    its just later let like many meanwhile more most much my neither never no nor not now
    of on once one only or other our out over perhaps since so some such than that the their
    then there these they this those though through thus to too two three under unless unlike
    until upon we well what when where whether which while who whom whose why with within
    without yet you your faced planned
    à au aux avec ce ces cette chez comme dans de des depuis du elle elles en et il ils je
    la le les leur lorsque mais malgré nous on ou où par pendant pour quand que qui sa sans
    se selon ses si son sous sur tandis un une vers après avant
    """
)

MONTHS_AND_DAYS = _words(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)

# Joining words that may stand inside a name ("Charles de Gaulle", "Palacio de Bellas Artes")
# but never at either end of one; articles only after one of them ("Memoirs of a
# Revolutionary"), since "Marseille the Emergency…" is two names, not one.
CONNECTORS = _words("of de du des la le von van der den di da del dos y")
ARTICLES = _words("the a an")

# Titles and honorifics: a capitalised word after one of these is a person ("Comrade Tulayev").
TITLES = _words(
    """
    comrade mr mrs ms miss dr doctor professor general colonel captain lieutenant major
    marshal admiral president premier chancellor king queen prince princess tsar czar
    emperor empress pope father sister brother saint st lord lady sir madame monsieur mme
    mlle m. citizen camarade citoyen citoyenne
    """
)

# A capitalised run ending in one of these names an organisation ("Communist Party",
# "Left Opposition"); French puts the cue first ("Parti communiste"), so both ends count.
ORGANISATION_CUES = _words(
    """
    party opposition international commission internationale union committee congress council league
    federation front army government ministry bureau comintern cheka gpu nkvd press
    university academy society association bank company corporation church
    parti comité ligue fédération gouvernement armée conseil société université
    """
)

# A capitalised run that starts with one of these is likely a title of a work.
WORK_CUES = _words(
    """
    the memoirs history notes diary letters case life lives a an le la les l'
    """
)

# Suffixes of words that are movements or ideas, not one of the four kinds ("Stalinism").
IDEA_SUFFIXES = ("ism", "isms", "isme", "ismes")
