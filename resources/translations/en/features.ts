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
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>Accept %n suggested event(s)</source>
        <translation>
            <numerusform>Accept %n suggested event</numerusform>
            <numerusform>Accept %n suggested events</numerusform>
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
