<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NotesFilterBar</name>
    <message numerus="yes">
        <source>%n filter(s) in use</source>
        <translation>
            <numerusform>%n filter in use</numerusform>
            <numerusform>%n filters in use</numerusform>
        </translation>
    </message>
</context>
</TS>
