<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/search/dialog.py" line="+43"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search articles, notes and the timeline</source>
        <translation>Rechercher dans les articles, les notes et la frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results: %1. Enter opens the selected one.</source>
        <translation>Résultats&#xa0;: %1. Entrée ouvre celui qui est sélectionné.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/search/model.py" line="+39"/>
        <source>People, places and works</source>
        <translation>Personnes, lieux et œuvres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In articles</source>
        <translation>Dans les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In notes</source>
        <translation>Dans les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the timeline</source>
        <translation>Sur la frise chronologique</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Note in %1</source>
        <translation>Note dans %1</translation>
    </message>
</context>
</TS>
