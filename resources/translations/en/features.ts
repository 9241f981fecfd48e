<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllNotesPage</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardBrowserDialog</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n card(s)</source>
        <translation>
            <numerusform>The first %1 of %n card</numerusform>
            <numerusform>The first %1 of %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCommandTexts</name>
    <message numerus="yes">
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>Suspend %n Card</numerusform>
            <numerusform>Suspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>Unsuspend %n Card</numerusform>
            <numerusform>Unsuspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Card(s)</source>
        <translation>
            <numerusform>Reset %n Card</numerusform>
            <numerusform>Reset %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>Delete %n Card</numerusform>
            <numerusform>Delete %n Cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n event(s) dated differently</source>
        <translation>
            <numerusform>%n event dated differently</numerusform>
            <numerusform>%n events dated differently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueOverview</name>
    <message numerus="yes">
        <source>%n card(s) to study now.</source>
        <translation>
            <numerusform>%n card to study now.</numerusform>
            <numerusform>%n cards to study now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message numerus="yes">
        <source>%1 · %n mention(s)</source>
        <translation>
            <numerusform>%1 · %n mention</numerusform>
            <numerusform>%1 · %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there</source>
        <translation>
            <numerusform>%n file already there</numerusform>
            <numerusform>%n files already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not tried.</source>
        <translation>
            <numerusform>Cancelled: %n file not tried.</numerusform>
            <numerusform>Cancelled: %n files not tried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>A new version of “%1”; notes placed again, %n not found.</source>
        <translation>
            <numerusform>A new version of “%1”; notes placed again, %n not found.</numerusform>
            <numerusform>A new version of “%1”; notes placed again, %n not found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexPane</name>
    <message numerus="yes">
        <source>%n name(s) in the index</source>
        <translation>
            <numerusform>%n name in the index</numerusform>
            <numerusform>%n names in the index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggestion to review</numerusform>
            <numerusform>%n suggestions to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntervalWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>%1: %n mention(s)</source>
        <translation>
            <numerusform>%1: %n mention</numerusform>
            <numerusform>%1: %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesFeature</name>
    <message numerus="yes">
        <source>Finding names in %n article(s)…</source>
        <translation>
            <numerusform>Finding names in %n article…</numerusform>
            <numerusform>Finding names in %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message numerus="yes">
        <source>%n passage(s) name both %1 and %2</source>
        <translation>
            <numerusform>%n passage names both %1 and %2</numerusform>
            <numerusform>%n passages name both %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message numerus="yes">
        <source>%n new timeline event(s).</source>
        <translation>
            <numerusform>%n new timeline event.</numerusform>
            <numerusform>%n new timeline events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %1, shown as a separate read-only layer.</source>
        <translation>
            <numerusform>%n note from %1, shown as a separate read-only layer.</numerusform>
            <numerusform>%n notes from %1, shown as a separate read-only layer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) left out: their passages are not in the text.</source>
        <translation>
            <numerusform>%n note left out: its passage is not in the text.</numerusform>
            <numerusform>%n notes left out: their passages are not in the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyFeature</name>
    <message numerus="yes">
        <source>%n shared article(s) could not be read: %1</source>
        <translation>
            <numerusform>%n shared article could not be read: %1</numerusform>
            <numerusform>%n shared articles could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message numerus="yes">
        <source>%n card(s) left</source>
        <translation>
            <numerusform>%n card left</numerusform>
            <numerusform>%n cards left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%1 recalled of %n review(s) of cards in review, the last 30 days.</source>
        <translation>
            <numerusform>%1 recalled of %n review of cards in review, the last 30 days.</numerusform>
            <numerusform>%1 recalled of %n reviews of cards in review, the last 30 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation>
            <numerusform>%n review in the last 30 days</numerusform>
            <numerusform>%n reviews in the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) graded Again</source>
        <translation>
            <numerusform>%n review graded Again</numerusform>
            <numerusform>%n reviews graded Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due in the next 30 days</source>
        <translation>
            <numerusform>%n card due in the next 30 days</numerusform>
            <numerusform>%n cards due in the next 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>%n card due today</numerusform>
            <numerusform>%n cards due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) kept in the log.</source>
        <translation>
            <numerusform>%n review kept in the log.</numerusform>
            <numerusform>%n reviews kept in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyOptionsDialog</name>
    <message numerus="yes">
        <source>Fitting FSRS to your %n review(s)…</source>
        <translation>
            <numerusform>Fitting FSRS to your %n review…</numerusform>
            <numerusform>Fitting FSRS to your %n reviews…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Available from %n review(s).</source>
        <translation>
            <numerusform>Available from %n review.</numerusform>
            <numerusform>Available from %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) kept.</source>
        <translation>
            <numerusform>%n review kept.</numerusform>
            <numerusform>%n reviews kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting them to you needs %n review(s).</source>
        <translation>
            <numerusform>Fitting them to you needs %n review.</numerusform>
            <numerusform>Fitting them to you needs %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting them to you needs the optional optimiser (pip install &apos;serge-desktop[optimizer]&apos;) and %n review(s).</source>
        <translation>
            <numerusform>Fitting them to you needs the optional optimiser (pip install &apos;serge-desktop[optimizer]&apos;) and %n review.</numerusform>
            <numerusform>Fitting them to you needs the optional optimiser (pip install &apos;serge-desktop[optimizer]&apos;) and %n reviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>Accept %n suggested event(s)</source>
        <translation>
            <numerusform>Accept %n suggested event</numerusform>
            <numerusform>Accept %n suggested events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested event(s) added.</source>
        <translation>
            <numerusform>%n suggested event added.</numerusform>
            <numerusform>%n suggested events added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashCounts</name>
    <message numerus="yes">
        <source>%n article(s): %1</source>
        <translation>
            <numerusform>%n article: %1</numerusform>
            <numerusform>%n articles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n note(s)</source>
        <translation>
            <numerusform>their %n note</numerusform>
            <numerusform>their %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their %n timeline event(s)</source>
        <translation>
            <numerusform>their %n timeline event</numerusform>
            <numerusform>their %n timeline events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted on their own</source>
        <translation>
            <numerusform>%n note deleted on its own</numerusform>
            <numerusform>%n notes deleted on their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good.</source>
        <translation>
            <numerusform>%n article deleted for good.</numerusform>
            <numerusform>%n articles deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted for good.</source>
        <translation>
            <numerusform>%n note deleted for good.</numerusform>
            <numerusform>%n notes deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
