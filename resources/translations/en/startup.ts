<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>Nobody has used Serge Desktop for a while. In %n second(s) this guest session ends and its notes are erased.</source>
        <translation>
            <numerusform>Nobody has used Serge Desktop for a while. In %n second this guest session ends and its notes are erased.</numerusform>
            <numerusform>Nobody has used Serge Desktop for a while. In %n seconds this guest session ends and its notes are erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairPrompt</name>
    <message numerus="yes">
        <source>A check of your library found %n problem(s) in its indexes or text. Nothing is lost: they can be repaired now.</source>
        <translation>
            <numerusform>A check of your library found %n problem in its indexes or text. Nothing is lost: it can be repaired now.</numerusform>
            <numerusform>A check of your library found %n problems in its indexes or text. Nothing is lost: they can be repaired now.</numerusform>
        </translation>
    </message>
</context>
</TS>
