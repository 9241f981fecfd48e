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
    <name>RecoveryDialogs</name>
    <message numerus="yes">
        <source>%Ln entries were salvaged into a new library. The damaged file is kept at %1.</source>
        <translation>
            <numerusform>%Ln entry was salvaged into a new library. The damaged file is kept at %1.</numerusform>
            <numerusform>%Ln entries were salvaged into a new library. The damaged file is kept at %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
