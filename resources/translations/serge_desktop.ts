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
    <name>ErrorMessages</name>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="25"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="28"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="29"/>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="32"/>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="35"/>
        <source>The text is neither UTF-8 nor Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="38"/>
        <source>The file has a title but no paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="44"/>
        <source>The library was saved by a newer version of Serge Desktop (schema %1; this version reads up to %2). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="53"/>
        <source>The library file is not a Serge Desktop database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="58"/>
        <source>The article&apos;s timeline file does not match its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="63"/>
        <source>A note may hold %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="71"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="76"/>
        <source>The library file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="80"/>
        <source>Select some words of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="84"/>
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
        <location filename="../../serge_desktop/ui/import_run.py" line="99"/>
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
        <location filename="../../serge_desktop/ui/main_actions.py" line="37"/>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="40"/>
        <source>Import an article file into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="43"/>
        <source>&amp;Open from Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="46"/>
        <source>Open another article of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="49"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="95"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="50"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="98"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="53"/>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="56"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="59"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="62"/>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="65"/>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="68"/>
        <source>Search all articles, notes and timeline events (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="70"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="71"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="72"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="73"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="74"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="78"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="80"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="81"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="82"/>
        <source>&amp;About Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="83"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="95"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="98"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="109"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="115"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="119"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="123"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="126"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="85"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="90"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="97"/>
        <location filename="../../serge_desktop/ui/main_window.py" line="100"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="193"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="195"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="231"/>
        <source>Select a passage of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="257"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="260"/>
        <source>The note was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="270"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="291"/>
        <source>This passage is not in the current version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="362"/>
        <source>Your note is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="364"/>
        <source>The note you were writing could not be saved: %1

Keep the window open and try again in a moment, or close and lose the unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="35"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="70"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="40"/>
        <source>Not in the current text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="58"/>
        <source>No note yet: select to write one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="42"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="54"/>
        <source>Notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="64"/>
        <source>Select a passage in the article and press Ctrl+Shift+N to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="70"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="71"/>
        <source>Write your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="76"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="78"/>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="79"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="80"/>
        <source>Move this note to the trash (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/notes_pane.py" line="130"/>
        <source>Notes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="175"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="181"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="213"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../serge_desktop/ui/reader_view.py" line="47"/>
        <source>Article text</source>
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
</context>
</TS>
