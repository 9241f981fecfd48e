<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../serge_desktop/ui/reader/find_bar.py" line="+25"/>
        <location line="+2"/>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../../serge_desktop/ui/reader/view.py" line="+38"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>A highlight without a note</source>
        <translation>Un surlignage sans note</translation>
    </message>
</context>
<context>
    <name>TitleBlock</name>
    <message>
        <location filename="../../../serge_desktop/ui/reader/title_block.py" line="+67"/>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, part %2</source>
        <translation>%1, partie %2</translation>
    </message>
</context>
</TS>
