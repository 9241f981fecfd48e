<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/idle_reset.py" line="+89"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest session about to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Nobody has used Serge Desktop for a while. In %n second(s) this guest session ends and its notes are erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryStart</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/library_start.py" line="+114"/>
        <source>This library&apos;s folder cannot be written, so it is open read-only: you can read and search, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This library is open on another computer (%1), so it is open read-only here: you can read and search, but changes cannot be saved. Close Serge Desktop on that computer, then start it again here to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This library is open in another Serge Desktop window that does not answer, so it is open read-only here: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/recovery_dialogs.py" line="+47"/>
        <source>Library Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library is damaged, and no good backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serge Desktop can copy everything that can still be read into a new library. The damaged file is kept (at %1), whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salvage What Can Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries were salvaged into a new library. The damaged file is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some parts could not be read and are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library Salvaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your library was damaged, so the backup made on %1 has been restored. Changes made after that backup are missing. The damaged file is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTroubleDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/storage_trouble.py" line="+56"/>
        <source>Your library cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk that holds the folder %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serge Desktop cannot write in the folder %1. It may be read-only, on a locked drive, or belong to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another folder for your library, open this library read-only (you can read and search, but not change anything), or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another folder for your library, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another folder for the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this library read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a Folder for Your Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
