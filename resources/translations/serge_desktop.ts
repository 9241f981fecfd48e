<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/about_dialog.py" line="18"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Study an article offline beside a timeline of the events it tells and your own notes, each linked to the passage it comes from.&lt;/p&gt;&lt;p&gt;The bundled article, “He found the seeds of hope in Russia”, is from &lt;i&gt;Socialist Worker&lt;/i&gt;, issue 1929.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%3 (PySide6 %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/about_dialog.py" line="41"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/tag_commands.py" line="90"/>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="29"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="32"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="33"/>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="36"/>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="39"/>
        <source>The text is neither UTF-8 nor Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="42"/>
        <source>The file has a title but no paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="48"/>
        <source>The library was saved by a newer version of Serge Desktop (schema %1; this version reads up to %2). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="57"/>
        <source>The library file is not a Serge Desktop database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="62"/>
        <source>The article&apos;s timeline file does not match its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="67"/>
        <source>A note may hold %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="75"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="80"/>
        <source>The library file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="84"/>
        <source>A tag needs a name: type a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="87"/>
        <source>A tag may have %1 characters; this one has %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="95"/>
        <source>The passage to quote is empty. Give some words of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="101"/>
        <source>These words are not in the article&apos;s current text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="105"/>
        <source>Select some words of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="109"/>
        <source>It is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="24"/>
        <location filename="../../serge_desktop/ui/find_bar.py" line="26"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="27"/>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="32"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="34"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="34"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="37"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="37"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="40"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="40"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="67"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="50"/>
        <source>Note History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="51"/>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="55"/>
        <source>Passage of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="60"/>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="70"/>
        <source>Text of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="72"/>
        <source>This version is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="80"/>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="83"/>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="85"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="105"/>
        <source>Versions of the note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="108"/>
        <source>Enter restores the selected version; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="110"/>
        <source>This note has no earlier versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="134"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/history_dialog.py" line="138"/>
        <source>Restored. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="36"/>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="38"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="72"/>
        <source>%1 was not UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="75"/>
        <source>%1 is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="80"/>
        <source>%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="112"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibrarySwitcher</name>
    <message>
        <location filename="../../serge_desktop/ui/library_switcher.py" line="22"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/library_switcher.py" line="23"/>
        <source>Open an article of the library (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="39"/>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="42"/>
        <source>Import an article file into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="45"/>
        <source>&amp;Open from Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="48"/>
        <source>Open another article of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="52"/>
        <source>Add Note on the &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="55"/>
        <source>A note about the article as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="58"/>
        <source>Add Note on the Selected &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="61"/>
        <source>A note about the event selected on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="64"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="152"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="65"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="155"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="68"/>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="71"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="74"/>
        <source>&amp;Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="75"/>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="76"/>
        <source>&amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="77"/>
        <source>&amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="78"/>
        <source>P&amp;urple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="88"/>
        <source>Copy &amp;Link to Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="91"/>
        <source>Copy a Markdown link to the selected note, to paste into another note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="94"/>
        <source>Copy Link to Selected E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="97"/>
        <source>Copy a Markdown link to the event selected on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="102"/>
        <source>Note &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="105"/>
        <source>Earlier texts of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="108"/>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="110"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="113"/>
        <source>Restore deleted notes, or empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="116"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="119"/>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="122"/>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="125"/>
        <source>Search all articles, notes and timeline events (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="127"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="128"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="129"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="130"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="131"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="135"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="137"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="138"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="139"/>
        <source>&amp;About Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="140"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="152"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="155"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="162"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="166"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="170"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="182"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="186"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="189"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="80"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="85"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="92"/>
        <location filename="../../serge_desktop/ui/main_window.py" line="95"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="222"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="224"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="282"/>
        <source>Your note is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="284"/>
        <source>The note you were writing could not be saved: %1

Keep the window open and try again in a moment, or close and lose the unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/tag_commands.py" line="57"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="67"/>
        <source>Add highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="69"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="102"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="122"/>
        <source>Change highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="154"/>
        <source>Attach note to passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="195"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="86"/>
        <source>Add note on event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="88"/>
        <source>Add note on the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="71"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="73"/>
        <source>Link to the note copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="80"/>
        <source>Link to the event copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="104"/>
        <location filename="../../serge_desktop/ui/note_editing.py" line="115"/>
        <source>Select a passage of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="152"/>
        <source>The tags were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="160"/>
        <source>Select the passage this note belongs to, then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="180"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="183"/>
        <source>The note was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="193"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="237"/>
        <source>That event is not in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_editing.py" line="241"/>
        <source>This passage is not in the current version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="43"/>
        <source>Not in the current text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="45"/>
        <source>Reworded passage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="47"/>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="63"/>
        <source>No note yet: select to write one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <location filename="../../serge_desktop/ui/note_preview.py" line="23"/>
        <source>Note, rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteVersionsModel</name>
    <message>
        <location filename="../../serge_desktop/ui/versions_model.py" line="41"/>
        <source>Now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/versions_model.py" line="76"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesFilterBar</name>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="25"/>
        <source>Filter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="26"/>
        <source>Filter notes by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="29"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="31"/>
        <source>Filter by colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="32"/>
        <source>Any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="36"/>
        <source>Order of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="37"/>
        <source>In text order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="38"/>
        <source>Last changed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="39"/>
        <source>Only notes not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="40"/>
        <source>Show only unplaced notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_filter_bar.py" line="60"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../serge_desktop/ui/notes_model.py" line="102"/>
        <source>About the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_model.py" line="104"/>
        <source>About the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="52"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="67"/>
        <source>Notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="77"/>
        <source>Select a passage in the article and press Ctrl+Shift+N to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="83"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="84"/>
        <source>Write your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="90"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="92"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="93"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="100"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="102"/>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="103"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="104"/>
        <source>Move this note to the trash (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="108"/>
        <source>Attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="109"/>
        <source>Attach note to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="111"/>
        <source>This note&apos;s passage is not in the current text: select where it belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="174"/>
        <source>Notes (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="176"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="241"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="247"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="291"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../serge_desktop/ui/reader_view.py" line="51"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/reader_view.py" line="312"/>
        <source>A highlight without a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/tag_commands.py" line="26"/>
        <source>Rename tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreNotesCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/restore_commands.py" line="24"/>
        <source>Restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreVersionCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/restore_commands.py" line="60"/>
        <source>Restore earlier text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="26"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="27"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="30"/>
        <source>Search articles, notes and the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="31"/>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="35"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="73"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_dialog.py" line="76"/>
        <source>Results: %1. Enter opens the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../serge_desktop/ui/search_model.py" line="40"/>
        <source>In articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_model.py" line="41"/>
        <source>In notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_model.py" line="42"/>
        <source>On the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/search_model.py" line="95"/>
        <source>Note in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetNoteTagsCommand</name>
    <message>
        <location filename="../../serge_desktop/ui/tag_commands.py" line="123"/>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="51"/>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="52"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="57"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="65"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="69"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="69"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="70"/>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="70"/>
        <source>Merge into tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="71"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="71"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="72"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="75"/>
        <source>Tags status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="121"/>
        <source>F2 or a double-click renames; Delete takes a tag off every note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="124"/>
        <source>No tags yet. Add tags to a note in the notes pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="141"/>
        <source>The tag was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="152"/>
        <source>Renamed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="163"/>
        <source>Merged. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="170"/>
        <source>Deleted “%1” from every note. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="178"/>
        <source>The tags were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="197"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="199"/>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="202"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="210"/>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="211"/>
        <source>A tag “%1” exists already. Merge into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="218"/>
        <source>The notes tagged “%1” get “%2” instead, and “%1” goes away. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="226"/>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="242"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="236"/>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_dialog.py" line="238"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../serge_desktop/ui/tags_field.py" line="44"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_field.py" line="45"/>
        <source>Tags of this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsTableModel</name>
    <message>
        <location filename="../../serge_desktop/ui/tags_model.py" line="55"/>
        <source>Notes outside the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_model.py" line="59"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_model.py" line="61"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/tags_model.py" line="73"/>
        <source>%1, notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="69"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="152"/>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="153"/>
        <source>Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="154"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="155"/>
        <source>Exile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="161"/>
        <source>Context (date from outside the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="392"/>
        <source>No dated events in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="29"/>
        <source>{0}0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="33"/>
        <source>c. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="40"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="45"/>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="56"/>
        <source>Date (EDTF): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_captions.py" line="60"/>
        <source>Context: date from outside the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="56"/>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="57"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="60"/>
        <source>Show deleted notes of &amp;all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="61"/>
        <source>Show deleted notes of all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="66"/>
        <source>Deleted notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="73"/>
        <source>Trash status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="77"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="77"/>
        <source>Restore the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="79"/>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="79"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="81"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="112"/>
        <source>Enter restores the selected notes, with their tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="129"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="132"/>
        <source>Restored: %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="143"/>
        <source>The trash was not emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="148"/>
        <source>Deleted for good: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="160"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="161"/>
        <source>Delete the notes in the trash for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="166"/>
        <source>Notes to delete: %1. This cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/trash_dialog.py" line="172"/>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/trash_delegate.py" line="47"/>
        <source>No note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashListModel</name>
    <message>
        <location filename="../../serge_desktop/ui/trash_model.py" line="67"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
