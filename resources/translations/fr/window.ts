<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../../serge_desktop/ui/window/navigation.py" line="+17"/>
        <source>Open the Passage</source>
        <translation>Ouvrir le passage</translation>
    </message>
</context>
</TS>
