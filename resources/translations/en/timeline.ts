<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SeriesCounts</name>
    <message numerus="yes">
        <source>Told by %n article(s).</source>
        <translation>
            <numerusform>Told by %n article.</numerusform>
            <numerusform>Told by %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>told by %n article(s)</source>
        <translation>
            <numerusform>told by %n article</numerusform>
            <numerusform>told by %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPage</name>
    <message numerus="yes">
        <source>Only the %n event(s) that involve %1</source>
        <translation>
            <numerusform>Only the event that involves %1</numerusform>
            <numerusform>Only the %n events that involve %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message numerus="yes">
        <source>%n dated sentence(s) of the article not yet on the timeline.</source>
        <translation>
            <numerusform>%n dated sentence of the article not yet on the timeline.</numerusform>
            <numerusform>%n dated sentences of the article not yet on the timeline.</numerusform>
        </translation>
    </message>
</context>
</TS>
