<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/about_dialog.py" line="+29"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Study an article offline beside a timeline of the events it tells and your own notes, each linked to the passage it comes from.&lt;/p&gt;&lt;p&gt;The bundled article, “He found the seeds of hope in Russia”, is from &lt;i&gt;Socialist Worker&lt;/i&gt;, issue 1929.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%3 (PySide6 %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Étudiez un article hors ligne, à côté d’une frise chronologique des événements qu’il relate et de vos propres notes, chacune reliée au passage dont elle provient.&lt;/p&gt;&lt;p&gt;L’article fourni, «&#xa0;He found the seeds of hope in Russia&#xa0;», est paru dans &lt;i&gt;Socialist Worker&lt;/i&gt;, numéro 1929.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%3 (PySide6 %4)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Base de données&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;p&gt;No administrator&apos;s policy is in force.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune règle d’administrateur n’est en vigueur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Administrator&apos;s policy&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Règles de l’administrateur&lt;/b&gt;&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;tr&gt;&lt;td&gt;It sets nothing.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Elles ne définissent rien.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Ignored (the defaults are used instead):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ignorés (les valeurs par défaut s’appliquent)&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>CentralArea</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/central_area.py" line="+36"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>LibrarySwitcher</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/library_switcher.py" line="+22"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an article of the library (Ctrl+O)</source>
        <translation>Ouvrir un article de la bibliothèque (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/main_actions.py" line="+49"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
        <extra-menu>file</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Import articles: web pages, e-books, PDF, Word, OpenDocument, text (Ctrl+I)</source>
        <translation>Importer des articles&#xa0;: pages web, livres électroniques, PDF, Word, OpenDocument, texte (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open from Library…</source>
        <translation>&amp;Ouvrir depuis la bibliothèque…</translation>
        <extra-menu>file</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another article of the library</source>
        <translation>Ouvrir un autre article de la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
        <extra-menu>file</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Note on the &amp;Article</source>
        <translation>Ajouter une note sur l’ar&amp;ticle</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>A note about the article as a whole</source>
        <translation>Une note sur l’article dans son ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Note on the Selected &amp;Event</source>
        <translation>Ajouter une note sur l’é&amp;vénement sélectionné</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>A note about the event selected on the timeline</source>
        <translation>Une note sur l’événement sélectionné dans la frise chronologique</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="-168"/>
        <location line="+172"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="-168"/>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note on the selected passage (Ctrl+Shift+N)</source>
        <translation>Ajouter une note sur le passage sélectionné (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yellow</source>
        <translation>&amp;Jaune</translation>
        <extra-menu>highlight</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Green</source>
        <translation>&amp;Vert</translation>
        <extra-menu>highlight</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blue</source>
        <translation>&amp;Bleu</translation>
        <extra-menu>highlight</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pink</source>
        <translation>&amp;Rose</translation>
        <extra-menu>highlight</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urple</source>
        <translation>V&amp;iolet</translation>
        <extra-menu>highlight</extra-menu>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Link to Note</source>
        <translation>Copier le &amp;lien vers la note</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a Markdown link to the selected note, to paste into another note</source>
        <translation>Copier un lien Markdown vers la note sélectionnée, à coller dans une autre note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Link to Selected E&amp;vent</source>
        <translation>Copier le l&amp;ien vers l’événement sélectionné</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a Markdown link to the event selected on the timeline</source>
        <translation>Copier un lien Markdown vers l’événement sélectionné dans la frise chronologique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note Hist&amp;ory…</source>
        <translation>&amp;Historique de la note…</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+10"/>
        <source>Tras&amp;h…</source>
        <translation>&amp;Corbeille…</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+20"/>
        <source>Find Ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin&amp;d Previous</source>
        <translation>Occurrence précé&amp;dente</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+11"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard to the next pane: article, notes, timeline (F6)</source>
        <translation>Déplacer le focus clavier vers le volet suivant&#xa0;: article, notes, frise chronologique (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard to the previous pane (Shift+F6)</source>
        <translation>Déplacer le focus clavier vers le volet précédent (Maj+F6)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+80"/>
        <source>Hi&amp;ghlight</source>
        <translation>S&amp;urligner</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="-138"/>
        <source>Earlier texts of the selected note</source>
        <translation>Les textes antérieurs de la note sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manage &amp;Tags…</source>
        <translation>&amp;Gérer les étiquettes…</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore deleted notes, or empty the trash</source>
        <translation>Restaurer des notes supprimées, ou vider la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in Article…</source>
        <translation>R&amp;echercher dans l’article…</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Rechercher des mots dans l’article (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search Everything…</source>
        <translation>Rechercher &amp;partout…</translation>
        <extra-menu>edit</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all articles, notes and timeline events (Ctrl+K)</source>
        <translation>Rechercher dans tous les articles, les notes et les événements de la frise (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Article</source>
        <translation>Art&amp;icle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>&amp;Timeline</source>
        <translation>Frise &amp;chronologique</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="-121"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+19"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Serge Desktop</source>
        <translation>À &amp;propos de Serge Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
        <extra-menu>help</extra-menu>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
        <extra-menu>menubar</extra-menu>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
        <extra-menu>menubar</extra-menu>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
        <extra-menu>menubar</extra-menu>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
        <extra-menu>menubar</extra-menu>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/main_window.py" line="+128"/>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Your note is not saved</source>
        <translation>Votre note n’est pas enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note you were writing could not be saved: %1

Keep the window open and try again in a moment, or close and lose the unsaved text?</source>
        <translation>La note que vous écriviez n’a pas pu être enregistrée&#xa0;: %1

Gardez la fenêtre ouverte et réessayez dans un instant, ou bien fermez-la et perdez le texte non enregistré&#x202f;?</translation>
    </message>
</context>
<context>
    <name>PaneLinks</name>
    <message>
        <location filename="../../../serge_desktop/ui/shell/pane_links.py" line="+92"/>
        <source>That event is not in this article.</source>
        <translation>Cet événement n’est pas dans cet article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passage is not in the current version of the article.</source>
        <translation>Ce passage n’est pas dans la version actuelle de l’article.</translation>
    </message>
</context>
<context>
    <name>SharedCounts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/shell/about_dialog.py" line="-50"/>
        <source>&lt;p&gt;%n shared article(s) not imported:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n article partagé non importé&#xa0;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n articles partagés non importés&#xa0;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
