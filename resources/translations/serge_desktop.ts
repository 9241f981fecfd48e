<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="20"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Study an article offline beside a timeline of the events it tells and your own notes, each linked to the passage it comes from.&lt;/p&gt;&lt;p&gt;The bundled article, “He found the seeds of hope in Russia”, is from &lt;i&gt;Socialist Worker&lt;/i&gt;, issue 1929.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%3 (PySide6 %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="45"/>
        <source>&lt;p&gt;No administrator&apos;s policy is in force.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="49"/>
        <source>&lt;p&gt;&lt;b&gt;Administrator&apos;s policy&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="58"/>
        <source>&lt;tr&gt;&lt;td&gt;It sets nothing.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="62"/>
        <source>&lt;p&gt;Ignored (the defaults are used instead):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/about_dialog.py" line="77"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="44"/>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="55"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="48"/>
        <source>A copy of your library is made before each import and upgrade, and once a day when you quit after a change. Restoring one backs up the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="54"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="54"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="54"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="68"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="69"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="70"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="79"/>
        <source>The library is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="107"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="118"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="122"/>
        <source>Daily, on quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="123"/>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="124"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="125"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="126"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="127"/>
        <source>Before a class pack import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="141"/>
        <source>Backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="152"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="154"/>
        <source>Replace your library with the backup made on %1? What the library holds now is backed up first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/dialog.py" line="177"/>
        <source>Restored the backup of %1. The library as it was is in the list as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/feature.py" line="25"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/feature.py" line="26"/>
        <source>Back up the library now, or restore an earlier copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/backups/feature.py" line="67"/>
        <source>Restored the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralArea</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/central_area.py" line="24"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="18"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="19"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="20"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="21"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="22"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="23"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="24"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="25"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="26"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="27"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="28"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="29"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="31"/>
        <source>{0} {1}</source>
        <comment>month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="32"/>
        <source>{0} {1} {2}</source>
        <comment>day, month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="33"/>
        <source>the {0}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="34"/>
        <source>the early {0}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="35"/>
        <source>the mid-{0}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="36"/>
        <source>the late {0}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="37"/>
        <source>about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="38"/>
        <source>perhaps {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="39"/>
        <source>perhaps about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="40"/>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="41"/>
        <source>before {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="42"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="57"/>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="58"/>
        <source>Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="59"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/date_wording.py" line="60"/>
        <source>Exile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/tag_commands.py" line="85"/>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencySave</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="37"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="46"/>
        <source>Your note could not be saved anywhere (%1). Copy its text elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="50"/>
        <source>A copy of your note is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="62"/>
        <source>Serge Desktop could not save this note in its library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="65"/>
        <source>Copy the text below back into the note once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="67"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="70"/>
        <source>Passage: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/emergency_save.py" line="72"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="44"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="47"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="48"/>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="51"/>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="54"/>
        <source>The text is neither UTF-8 nor Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="57"/>
        <source>The file has a title but no paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="63"/>
        <source>The library was saved by a newer version of Serge Desktop (schema %1; this version reads up to %2). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="72"/>
        <source>The library is damaged and no good backup was found. It has been left where it is; `serge-desktop check --salvage` copies what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="78"/>
        <source>That backup cannot be restored: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="82"/>
        <source>The library file is not a Serge Desktop database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="87"/>
        <source>The article&apos;s timeline file does not match its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="92"/>
        <source>A note may hold %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="100"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="104"/>
        <source>Importing is turned off on this computer by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="108"/>
        <source>Exporting as %1 is turned off on this computer by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="113"/>
        <source>The library file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="117"/>
        <source>A tag needs a name: type a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="120"/>
        <source>A tag may have %1 characters; this one has %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="128"/>
        <source>The passage to quote is empty. Give some words of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="134"/>
        <source>These words are not in the article&apos;s current text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="138"/>
        <source>Select some words of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/error_messages.py" line="142"/>
        <source>It is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/commands.py" line="35"/>
        <source>Add event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/commands.py" line="75"/>
        <source>Edit event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/commands.py" line="107"/>
        <source>Delete event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/commands.py" line="141"/>
        <source>Dismiss suggestion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="52"/>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="52"/>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="54"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="56"/>
        <source>What happened, as a short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="58"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="60"/>
        <source>May 1919, the early 1920s, about 1936, before 1936, or EDTF such as 1936~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="64"/>
        <source>How the date was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="66"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="69"/>
        <source>Date from &amp;outside the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="71"/>
        <source>Tick when the article does not give this date and it comes from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="75"/>
        <source>Evidence passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="78"/>
        <source>No passage: the event will not point into the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="83"/>
        <source>&amp;Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="83"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="87"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="88"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="90"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="92"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="158"/>
        <source>No date found in this passage: type one, in words or as EDTF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="162"/>
        <source>Type a date, in words or as EDTF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="169"/>
        <source>Cannot read this date: “%1”. Try “1919”, “May 1919”, “the early 1920s”, “about 1936”, “before 1936” or EDTF such as “1936~”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="176"/>
        <source>Read as %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/editor.py" line="181"/>
        <source>(a guess from the order of the text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventMessages</name>
    <message>
        <location filename="../../serge_desktop/ui/common/event_messages.py" line="18"/>
        <source>Cannot read the date “%1”. Try “1919”, “May 1919”, “the early 1920s”, “about 1936” or EDTF such as “1936~”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/event_messages.py" line="24"/>
        <source>An event needs a label: say in a few words what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/event_messages.py" line="29"/>
        <source>“%1” is not a timeline category; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="54"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="54"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="64"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="66"/>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="69"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="72"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="72"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="92"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="93"/>
        <source>no article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="94"/>
        <source>This article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="95"/>
        <source>&amp;All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="104"/>
        <source>Notes to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="108"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="111"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="112"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="116"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="117"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="118"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="119"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="120"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="121"/>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="129"/>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="132"/>
        <source>Colours (none ticked: all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="134"/>
        <source>&amp;Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="138"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="139"/>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="149"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="151"/>
        <source>&amp;Notes, with their quoted passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="152"/>
        <source>The &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="153"/>
        <source>The article &amp;itself (a handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="154"/>
        <source>Notes from other &amp;authors (class packs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="155"/>
        <source>Also the teacher&apos;s or students&apos; notes shown as layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="162"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="165"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="165"/>
        <source>A printable handout with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="166"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="166"/>
        <source>One web page that opens without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="167"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="167"/>
        <source>Plain text with marks, for notes apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="168"/>
        <source>OpenDocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="168"/>
        <source>For LibreOffice Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="169"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="169"/>
        <source>For Microsoft Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="170"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="170"/>
        <source>A row per note, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="171"/>
        <source>Web Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="171"/>
        <source>W3C JSON-LD, for annotation tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="172"/>
        <source>Anki deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="172"/>
        <source>Flash cards from passages and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="184"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="187"/>
        <source>Install serge-desktop[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="240"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="245"/>
        <source>No notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="247"/>
        <source>No notes match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="248"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="248"/>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="250"/>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="252"/>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/dialog.py" line="254"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="31"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="32"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="33"/>
        <source>Export notes, timelines and articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="36"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="38"/>
        <source>Print notes, the timeline or the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="41"/>
        <source>Export All Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="86"/>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="88"/>
        <source>%1 files (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/feature.py" line="110"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="63"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="64"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="78"/>
        <source>Reading notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="86"/>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="89"/>
        <source>Exported %1 pages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="92"/>
        <source>Exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="96"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="104"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="117"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="124"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/export/run.py" line="128"/>
        <source>Sent %1 pages to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="61"/>
        <source>%1
(real address: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="74"/>
        <source>Open Link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="75"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="77"/>
        <source>Write an e-mail with your mail program to this address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="79"/>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="81"/>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="82"/>
        <source>Open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/link_opening.py" line="113"/>
        <source>This link is not opened: only web and e-mail links are (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="24"/>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="26"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="27"/>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="32"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="34"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="34"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="37"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="37"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="40"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="40"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="67"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/find_bar.py" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="50"/>
        <source>Note History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="51"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="55"/>
        <source>Passage of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="60"/>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="71"/>
        <source>Text of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="73"/>
        <source>This version is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="81"/>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="84"/>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="86"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="89"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="106"/>
        <source>Versions of the note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="109"/>
        <source>Enter restores the selected version; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="111"/>
        <source>This note has no earlier versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="135"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="139"/>
        <source>Restored. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="87"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="88"/>
        <source>Guest session about to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="93"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="96"/>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="99"/>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/startup/idle_reset.py" line="130"/>
        <source>Nobody has used Serge Desktop for a while. In %n second(s) this guest session ends and its notes are erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportArticles</name>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/feature.py" line="34"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/feature.py" line="36"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="34"/>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="36"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="70"/>
        <source>%1 was not UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="73"/>
        <source>%1 is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="78"/>
        <source>%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/importing/run.py" line="110"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerNotesSection</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/layer_section.py" line="30"/>
        <source>Other authors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/layer_section.py" line="39"/>
        <source>Notes from other authors (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/layer_section.py" line="84"/>
        <source>From other authors, read-only (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStart</name>
    <message>
        <location filename="../../serge_desktop/ui/startup/library_start.py" line="116"/>
        <source>This library&apos;s folder cannot be written, so it is open read-only: you can read and search, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/library_start.py" line="126"/>
        <source>This library is open on another computer (%1), so it is open read-only here: you can read and search, but changes cannot be saved. Close Serge Desktop on that computer, then start it again here to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/library_start.py" line="132"/>
        <source>This library is open in another Serge Desktop window that does not answer, so it is open read-only here: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/library_start.py" line="157"/>
        <source>Read-only library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySwitcher</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/library_switcher.py" line="22"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/library_switcher.py" line="23"/>
        <source>Open an article of the library (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="43"/>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="46"/>
        <source>Import an article file into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="49"/>
        <source>&amp;Open from Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="52"/>
        <source>Open another article of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="54"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="56"/>
        <source>Add Note on the &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="59"/>
        <source>A note about the article as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="62"/>
        <source>Add Note on the Selected &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="65"/>
        <source>A note about the event selected on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="68"/>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="197"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="69"/>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="200"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="72"/>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="75"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="78"/>
        <source>&amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="79"/>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="80"/>
        <source>&amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="81"/>
        <source>&amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="82"/>
        <source>P&amp;urple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="92"/>
        <source>Copy &amp;Link to Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="95"/>
        <source>Copy a Markdown link to the selected note, to paste into another note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="98"/>
        <source>Copy Link to Selected E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="101"/>
        <source>Copy a Markdown link to the event selected on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="106"/>
        <source>Note &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="109"/>
        <source>Earlier texts of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="112"/>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="114"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="117"/>
        <source>Restore deleted notes, or empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="120"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="123"/>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="126"/>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="129"/>
        <source>Search all articles, notes and timeline events (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="131"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="132"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="133"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="134"/>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="225"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="135"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="139"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="141"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="142"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="143"/>
        <source>&amp;About Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="144"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="197"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="200"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="206"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="209"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="210"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="222"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="226"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="238"/>
        <location filename="../../serge_desktop/ui/shell/main_actions.py" line="241"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="88"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="92"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="99"/>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="102"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="118"/>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="258"/>
        <source>Your note is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/main_window.py" line="260"/>
        <source>The note you were writing could not be saved: %1

Keep the window open and try again in a moment, or close and lose the unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/tag_commands.py" line="55"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="59"/>
        <source>Add highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="61"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="94"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="114"/>
        <source>Change highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="143"/>
        <source>Attach note to passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="182"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="78"/>
        <source>Add note on event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/commands.py" line="80"/>
        <source>Add note on the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="180"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="182"/>
        <source>Link to the note copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="190"/>
        <source>Link to the event copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="73"/>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="115"/>
        <source>Select a passage of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="138"/>
        <source>The tags were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="147"/>
        <source>Select the passage this note belongs to, then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="169"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="172"/>
        <source>The note was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/note_editing.py" line="162"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/delegate.py" line="61"/>
        <source>Not in the current text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/delegate.py" line="63"/>
        <source>Reworded passage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/delegate.py" line="65"/>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/delegate.py" line="86"/>
        <source>No note yet: select to write one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/preview.py" line="71"/>
        <source>Images are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/preview.py" line="95"/>
        <source>Note, rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteVersionsModel</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/versions_model.py" line="41"/>
        <source>Now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/versions_model.py" line="76"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesFilterBar</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="35"/>
        <source>Filter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="36"/>
        <source>Filter notes by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="39"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="41"/>
        <source>Filter by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="42"/>
        <source>Any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="46"/>
        <source>Order of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="47"/>
        <source>In text order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="48"/>
        <source>Last changed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="49"/>
        <source>Only notes not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="50"/>
        <source>Show only unplaced notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="53"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="54"/>
        <source>Show or hide other authors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="55"/>
        <source>Show or hide the notes of each author&apos;s layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/filter_bar.py" line="80"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/model.py" line="103"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/model.py" line="109"/>
        <source>About the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/model.py" line="111"/>
        <source>About the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="88"/>
        <source>Notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="93"/>
        <source>Select a passage in the article and press Ctrl+Shift+N to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="99"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="100"/>
        <source>Write your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="108"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="110"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="111"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="118"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="120"/>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="121"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="122"/>
        <source>Move this note to the trash (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="126"/>
        <source>Attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="127"/>
        <source>Attach note to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="129"/>
        <source>This note&apos;s passage is not in the current text: select where it belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="138"/>
        <source>Copy to My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="139"/>
        <source>Copy this note to my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="141"/>
        <source>This note is another author&apos;s and cannot be changed: copy it to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="221"/>
        <source>Notes (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="223"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="321"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane.py" line="375"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/pane_layers.py" line="98"/>
        <source>%1&apos;s note: read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="42"/>
        <source>Export Class Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="45"/>
        <source>A class pack holds the articles, your notes on them and their timeline events. Whoever imports it sees your notes as a separate, read-only layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="52"/>
        <source>Articles to put in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="60"/>
        <source>Your name, as the pack shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="61"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="62"/>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="63"/>
        <source>Include the timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="69"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/export_dialog.py" line="73"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackFeature</name>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="57"/>
        <source>Export Class Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="59"/>
        <source>Import Class Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="61"/>
        <source>Export Layers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="90"/>
        <source>Import Class Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="92"/>
        <source>Class packs (*.sergepack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="103"/>
        <source>Checking the class pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="152"/>
        <source>Class pack from %1 imported (%2 notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="163"/>
        <source>Copy to My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="182"/>
        <source>There are no other authors&apos; notes to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="185"/>
        <source>Export Layers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="201"/>
        <source>Notes of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="211"/>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="251"/>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="254"/>
        <source>Class pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="238"/>
        <source>Export Class Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="239"/>
        <source>Class packs (*.sergepack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/feature.py" line="257"/>
        <source>Class pack written: %1 (%2 notes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="16"/>
        <source>Import Class Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="20"/>
        <source>What the pack will add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="25"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="39"/>
        <source>“%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="46"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="47"/>
        <source>a newer text of an article you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="48"/>
        <source>already in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="55"/>
        <source>%1 new, %2 updated, %3 unchanged articles; %4 new timeline events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="65"/>
        <source>%1 notes from %2, shown as a separate read-only layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="74"/>
        <source>%1 notes are left out: their passages are not in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="82"/>
        <source>You imported this pack before: its notes replace the earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/packs/import_dialog.py" line="85"/>
        <source>Your library is backed up before anything is added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackMessages</name>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="14"/>
        <source>This note is from another author and cannot be changed. Copy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="19"/>
        <source>This pack needs Serge Desktop %1 or later; you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="28"/>
        <source>This file is not a class pack (it is not a zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="31"/>
        <source>The pack is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="32"/>
        <source>The pack holds more than 10,000 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="35"/>
        <source>The pack holds a file with an unsafe name, or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="38"/>
        <source>The pack holds two files with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="41"/>
        <source>The pack unpacks to far more data than a class pack holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="44"/>
        <source>The pack&apos;s data is nested too deeply to be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="47"/>
        <source>The pack is damaged or was altered: a file does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="51"/>
        <source>The pack&apos;s files do not match its list of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="54"/>
        <source>This computer&apos;s policy does not allow class packs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="60"/>
        <source>The pack is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/common/pack_messages.py" line="64"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneLinks</name>
    <message>
        <location filename="../../serge_desktop/ui/shell/pane_links.py" line="91"/>
        <source>That event is not in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/shell/pane_links.py" line="95"/>
        <source>This passage is not in the current version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="28"/>
        <source>Notice from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="51"/>
        <source>Guest session: your notes are erased when you close Serge Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="62"/>
        <source>Take my notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="63"/>
        <source>Take my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="64"/>
        <source>Save your notes to a folder or a USB stick before you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="66"/>
        <source>As a &amp;Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="69"/>
        <source>As a &amp;Class Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="75"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/banner.py" line="88"/>
        <source>Exporting is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFeature</name>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/feature.py" line="29"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/feature.py" line="32"/>
        <source>Text size, what opens at start, and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/feature.py" line="48"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/features/policy/feature.py" line="61"/>
        <source>%n shared article(s) could not be read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="32"/>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="33"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="35"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="40"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="43"/>
        <source>&amp;Reopen the article I read last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="44"/>
        <source>Reopen the article read last at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="47"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="48"/>
        <source>At start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="58"/>
        <source>Settings marked “Set by your administrator” are chosen by whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/policy/preferences_dialog.py" line="72"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../serge_desktop/ui/reader/view.py" line="52"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader/view.py" line="316"/>
        <source>A highlight without a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="48"/>
        <source>Library Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="53"/>
        <source>Your library is damaged, and no good backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="58"/>
        <source>Serge Desktop can copy everything that can still be read into a new library. The damaged file is kept (at %1), whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="66"/>
        <source>Salvage What Can Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="70"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="79"/>
        <source>%1 entries were salvaged into a new library. The damaged file is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="87"/>
        <source>Some parts could not be read and are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="92"/>
        <source>Library Salvaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="101"/>
        <source>Your library was damaged, so the backup made on %1 has been restored. Changes made after that backup are missing. The damaged file is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/recovery_dialogs.py" line="111"/>
        <source>Library Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/tag_commands.py" line="25"/>
        <source>Rename tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreNotesCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/restore_commands.py" line="24"/>
        <source>Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreVersionCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/restore_commands.py" line="59"/>
        <source>Restore earlier text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="26"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="27"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="30"/>
        <source>Search articles, notes and the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="31"/>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="35"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="73"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/dialog.py" line="76"/>
        <source>Results: %1. Enter opens the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../serge_desktop/ui/search/model.py" line="40"/>
        <source>In articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/model.py" line="41"/>
        <source>In notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/model.py" line="42"/>
        <source>On the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search/model.py" line="95"/>
        <source>Note in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetNoteTagsCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/tag_commands.py" line="115"/>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTroubleDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="56"/>
        <source>Your library cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="57"/>
        <source>Storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="59"/>
        <source>The disk that holds the folder %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="62"/>
        <source>Serge Desktop cannot write in the folder %1. It may be read-only, on a locked drive, or belong to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="68"/>
        <source>Choose another folder for your library, open this library read-only (you can read and search, but not change anything), or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="72"/>
        <source>Choose another folder for your library, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="76"/>
        <source>Choose Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="76"/>
        <source>Choose another folder for the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="81"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="81"/>
        <source>Open this library read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="83"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="84"/>
        <source>Quit Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/startup/storage_trouble.py" line="109"/>
        <source>Choose a Folder for Your Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/features/timeline_editing/suggesting.py" line="89"/>
        <source>Accept %n suggested event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/suggesting.py" line="103"/>
        <source>The event was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/suggesting.py" line="129"/>
        <source>The suggestion was not dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="49"/>
        <source>Suggested Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="53"/>
        <source>Suggested events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="55"/>
        <source>Event (F2 to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="55"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="71"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="71"/>
        <source>Add it to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="72"/>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="72"/>
        <source>Add every one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="73"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="73"/>
        <source>Change it, then add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="74"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="74"/>
        <source>Do not suggest it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="129"/>
        <source>%n dated sentence(s) of the article not yet on the timeline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="131"/>
        <source>Every dated sentence of the article is on the timeline or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTwin</name>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/table_twin.py" line="25"/>
        <source>Show as &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/table_twin.py" line="28"/>
        <source>Show the timeline as a table: dates in words, sortable, for the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/table_twin.py" line="40"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="51"/>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="52"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="57"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="65"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="69"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="69"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="70"/>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="70"/>
        <source>Merge into tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="71"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="71"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="72"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="75"/>
        <source>Tags status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="121"/>
        <source>F2 or a double-click renames; Delete takes a tag off every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="124"/>
        <source>No tags yet. Add tags to a note in the notes pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="141"/>
        <source>The tag was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="152"/>
        <source>Renamed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="163"/>
        <source>Merged. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="170"/>
        <source>Deleted “%1” from every note. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="178"/>
        <source>The tags were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="197"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="199"/>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="202"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="210"/>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="211"/>
        <source>A tag “%1” exists already. Merge into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="218"/>
        <source>The notes tagged “%1” get “%2” instead, and “%1” goes away. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="226"/>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="242"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="236"/>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="238"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/tags_field.py" line="44"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/tags_field.py" line="45"/>
        <source>Tags of this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsTableModel</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_model.py" line="55"/>
        <source>Notes outside the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_model.py" line="59"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_model.py" line="61"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/tags_model.py" line="73"/>
        <source>%1, notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="34"/>
        <source>Timeline controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="35"/>
        <source>Zoom &amp;In Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="35"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="37"/>
        <source>Zoom &amp;Out Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="37"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="39"/>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="39"/>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="42"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="42"/>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="46"/>
        <source>Zoom in (+ or Ctrl+= on the timeline; Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="47"/>
        <source>Zoom out (− or Ctrl+− on the timeline; Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="48"/>
        <source>Show the whole timeline (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="49"/>
        <source>Make the selected event fill the view (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="67"/>
        <source>Dates in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="96"/>
        <source>Show the timeline as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/controls.py" line="124"/>
        <source>Dates in view: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="41"/>
        <source>&amp;Add Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="43"/>
        <source>Add an event; a selected passage becomes its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="45"/>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="46"/>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="48"/>
        <source>&amp;Suggest Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="49"/>
        <source>Review the article&apos;s dated sentences not yet on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="50"/>
        <source>Add to &amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="51"/>
        <source>An event with the date read from this sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="132"/>
        <source>The event was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="165"/>
        <source>The event was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="177"/>
        <source>The event was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_editing/editing.py" line="178"/>
        <source>Event deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/pane.py" line="66"/>
        <source>Move in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/pane.py" line="67"/>
        <source>Move in time (also the wheel, or drag the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/pane.py" line="71"/>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/pane.py" line="175"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table.py" line="31"/>
        <source>Timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table.py" line="33"/>
        <source>The timeline as a table; Enter shows an event&apos;s passage in the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="66"/>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="67"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="68"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="69"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="106"/>
        <source>Context (outside the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="107"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/table_model.py" line="107"/>
        <source>Article (passage not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline/view.py" line="61"/>
        <location filename="../../serge_desktop/ui/timeline/view.py" line="177"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/view.py" line="63"/>
        <source>Arrow keys: previous or next event · Enter: open its passage · + and −: zoom · Shift+arrows, Page Up/Down, wheel or drag: move in time · Ctrl+wheel or pinch: zoom · Home: fit all · Z: zoom to the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/scene.py" line="107"/>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/scene.py" line="108"/>
        <source>Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/scene.py" line="109"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/scene.py" line="110"/>
        <source>Exile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/scene.py" line="116"/>
        <source>Context (date from outside the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/canvas.py" line="197"/>
        <source>No dated events in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="27"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="29"/>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="34"/>
        <source>{0}0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="38"/>
        <source>c. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="45"/>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="128"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="50"/>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="118"/>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="61"/>
        <source>Date (EDTF): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="65"/>
        <source>Context: date from outside the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="79"/>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="80"/>
        <source>{0} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline/captions.py" line="126"/>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineViewing</name>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="26"/>
        <source>&amp;Export Timeline Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="27"/>
        <source>Save the timeline as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="40"/>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="54"/>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="76"/>
        <source>Export Timeline Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="41"/>
        <source>Export the dates in view, or the whole timeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="42"/>
        <source>&amp;Visible Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="43"/>
        <source>&amp;Whole Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="50"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="50"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="67"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="77"/>
        <source>The timeline could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/features/timeline_viewing.py" line="82"/>
        <source>Timeline saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="56"/>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="57"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="60"/>
        <source>Show deleted notes of &amp;all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="61"/>
        <source>Show deleted notes of all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="66"/>
        <source>Deleted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="73"/>
        <source>Trash status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="77"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="77"/>
        <source>Restore the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="79"/>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="79"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="81"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="112"/>
        <source>Enter restores the selected notes, with their tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="129"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="132"/>
        <source>Restored: %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="143"/>
        <source>The trash was not emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="148"/>
        <source>Deleted for good: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="160"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="161"/>
        <source>Delete the notes in the trash for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="166"/>
        <source>Notes to delete: %1. This cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="172"/>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_delegate.py" line="52"/>
        <source>No note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashListModel</name>
    <message>
        <location filename="../../serge_desktop/ui/notes/dialogs/trash_model.py" line="67"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
