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
    <name>RecoveryCounts</name>
    <message numerus="yes">
        <source>%n backup(s) of it are in its backups folder.</source>
        <translation>
            <numerusform>%n backup of it is in its backups folder.</numerusform>
            <numerusform>%n backups of it are in its backups folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the Backup of %1 (%n note(s))</source>
        <translation>
            <numerusform>Restore the Backup of %1 (%n note)</numerusform>
            <numerusform>Restore the Backup of %1 (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were recovered into a new library.</source>
        <translation>
            <numerusform>%n note was recovered into a new library.</numerusform>
            <numerusform>%n notes were recovered into a new library.</numerusform>
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
