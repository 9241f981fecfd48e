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
        <location filename="../../serge_desktop/ui/error_messages.py" line="16"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="19"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="20"/>
        <source>The file is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="23"/>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="26"/>
        <source>The text is neither UTF-8 nor Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="29"/>
        <source>The file has a title but no paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="35"/>
        <source>The library was saved by a newer version of Serge Desktop (schema %1; this version reads up to %2). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="44"/>
        <source>The library file is not a Serge Desktop database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="49"/>
        <source>The article&apos;s timeline file does not match its text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="53"/>
        <source>Select some words of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/error_messages.py" line="57"/>
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
        <location filename="../../serge_desktop/ui/find_bar.py" line="65"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/find_bar.py" line="68"/>
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
        <location filename="../../serge_desktop/ui/import_run.py" line="66"/>
        <source>%1 was not UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="69"/>
        <source>%1 is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/import_run.py" line="93"/>
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
        <location filename="../../serge_desktop/ui/main_actions.py" line="50"/>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="53"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="56"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="59"/>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="61"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="62"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="63"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="64"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="65"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="69"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="71"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="72"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="73"/>
        <source>&amp;About Serge Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="74"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="89"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_actions.py" line="97"/>
        <location filename="../../serge_desktop/ui/main_actions.py" line="100"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="54"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="56"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="73"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="78"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="85"/>
        <location filename="../../serge_desktop/ui/main_window.py" line="88"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="173"/>
        <source>Import Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="175"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="195"/>
        <source>Select a passage of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/main_window.py" line="216"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="22"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/note_commands.py" line="49"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <location filename="../../serge_desktop/ui/note_delegate.py" line="57"/>
        <source>No note yet: select to write one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="49"/>
        <source>Notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="59"/>
        <source>Select a passage in the article and press Ctrl+Shift+N to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="65"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="66"/>
        <source>Write your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="71"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="73"/>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="74"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="75"/>
        <source>Move this note to the trash (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../serge_desktop/ui/notes_pane.py" line="127"/>
        <source>Notes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="167"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/notes_pane.py" line="192"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../serge_desktop/ui/reader_view.py" line="48"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="101"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="184"/>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="185"/>
        <source>Politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="186"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="187"/>
        <source>Exile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="193"/>
        <source>Context (date from outside the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="293"/>
        <source>{0}0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="297"/>
        <source>c. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="300"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="302"/>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="335"/>
        <source>Date (EDTF): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../serge_desktop/ui/timeline_view.py" line="442"/>
        <source>No dated events in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
