<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/backups/dialog.py" line="+44"/>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A copy of your library is made before each import and upgrade, and once a day when you quit after a change. Restoring one backs up the library first.</source>
        <translation>Une copie de votre bibliothèque est faite avant chaque importation et chaque mise à niveau, et une fois par jour lorsque vous quittez après une modification. Avant toute restauration, la bibliothèque est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library is open read-only</source>
        <translation>La bibliothèque est ouverte en lecture seule</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily, on quitting</source>
        <translation>Quotidienne, à la fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a class pack import</source>
        <translation>Avant l’importation d’un paquet de classe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up: %1</source>
        <translation>Sauvegarde faite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your library with the backup made on %1? What the library holds now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Remplacer votre bibliothèque par la sauvegarde du %1&#x202f;? Le contenu actuel de la bibliothèque est d’abord sauvegardé&#xa0;: vous pourrez revenir en arrière en restaurant cette copie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored the backup of %1. The library as it was is in the list as well.</source>
        <translation>La sauvegarde du %1 a été restaurée. La bibliothèque telle qu’elle était figure aussi dans la liste.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/backups/feature.py" line="+25"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the library now, or restore an earlier copy</source>
        <translation>Sauvegarder la bibliothèque maintenant, ou restaurer une copie antérieure</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored the backup of %1</source>
        <translation>Sauvegarde du %1 restaurée</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/dialog.py" line="+54"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page &amp;size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no article open</source>
        <translation>aucun article ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article: %1</source>
        <translation>Cet article&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All articles</source>
        <translation>Tou&amp;s les articles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes to include</source>
        <translation>Notes à inclure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours (none ticked: all):</source>
        <translation>Couleurs (aucune cochée&#xa0;: toutes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changed since</source>
        <translation>&amp;Modifiées depuis le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since</source>
        <translation>Modifiées depuis le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes, with their quoted passages</source>
        <translation>Les &amp;notes, avec les passages qu’elles citent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;timeline</source>
        <translation>La f&amp;rise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article &amp;itself (a handout)</source>
        <translation>L’&amp;article lui-même (un document à distribuer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes from other &amp;authors (class packs)</source>
        <translation>Les notes d’autres a&amp;uteurs (paquets de classe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also the teacher&apos;s or students&apos; notes shown as layers</source>
        <translation>Aussi les notes de l’enseignant ou des élèves affichées en calques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A printable handout with page numbers</source>
        <translation>Un document imprimable avec numéros de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One web page that opens without a network</source>
        <translation>Une page web qui s’ouvre sans réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text with marks, for notes apps</source>
        <translation>Du texte brut balisé, pour les applications de prise de notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For LibreOffice Writer</source>
        <translation>Pour LibreOffice Writer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For Microsoft Word</source>
        <translation>Pour Microsoft Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A row per note, for spreadsheets</source>
        <translation>Une ligne par note, pour les tableurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotations</source>
        <translation>Web Annotations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W3C JSON-LD, for annotation tools</source>
        <translation>JSON-LD du W3C, pour les outils d’annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anki deck</source>
        <translation>Paquet Anki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash cards from passages and events</source>
        <translation>Cartes de révision tirées des passages et des événements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install serge-desktop[%1]</source>
        <translation>Installez serge-desktop[%1]</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes match</source>
        <translation>Aucune note ne correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/feature.py" line="+31"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export notes, timelines and articles</source>
        <translation>Exporter des notes, des frises chronologiques et des articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print notes, the timeline or the article</source>
        <translation>Imprimer des notes, la frise chronologique ou l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export All Articles…</source>
        <translation>Exporter tous les articles…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export As</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*%2)</source>
        <translation>Fichiers %1 (*%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/run.py" line="+63"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading notes…</source>
        <translation>Lecture des notes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laying out pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 pages to %2</source>
        <translation>Exporté vers %2 (pages&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %2</source>
        <translation>Exporté vers %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 pages to the printer</source>
        <translation>Envoyé à l’imprimante (pages&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ImportArticles</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/importing/feature.py" line="+34"/>
        <source>Import Article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.text);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/importing/run.py" line="+34"/>
        <source>Importing articles…</source>
        <translation>Importation des articles…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was not UTF-8; it was read as Windows-1252.</source>
        <translation>%1 n’était pas en UTF-8&#x202f;; il a été lu comme du Windows-1252.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already in the library.</source>
        <translation>%1 est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5.</source>
        <translation>%1 est une nouvelle version&#xa0;: notes à leur place&#xa0;: %2, déplacées&#xa0;: %3, reformulées&#xa0;: %4, introuvables&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/note_editing.py" line="+180"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the note copied.</source>
        <translation>Lien vers la note copié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link to the event copied.</source>
        <translation>Lien vers l’événement copié.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+42"/>
        <source>Select a passage of the article first.</source>
        <translation>Sélectionnez d’abord un passage de l’article.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The tags were not changed</source>
        <translation>Les étiquettes n’ont pas été modifiées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the passage this note belongs to, then attach it.</source>
        <translation>Sélectionnez le passage auquel appartient cette note, puis rattachez-la.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation>L’article a été modifié entre-temps. Sélectionnez à nouveau le passage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note was not added</source>
        <translation>La note n’a pas été ajoutée</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>Note supprimée. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/packs/export_dialog.py" line="+42"/>
        <source>Export Class Pack</source>
        <translation>Exporter un paquet de classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A class pack holds the articles, your notes on them and their timeline events. Whoever imports it sees your notes as a separate, read-only layer.</source>
        <translation>Un paquet de classe contient les articles, vos notes sur ceux-ci et les événements de leur frise chronologique. Qui l’importe voit vos notes dans un calque séparé, en lecture seule.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Articles to put in the pack</source>
        <translation>Articles à mettre dans le paquet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name, as the pack shows it</source>
        <translation>Votre nom, tel que le paquet l’affiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Include the timeline events</source>
        <translation>Inclure les événements de la frise chronologique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PackFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/packs/feature.py" line="+57"/>
        <source>Export Class Pack…</source>
        <translation>Exporter un paquet de classe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Class Pack…</source>
        <translation>Importer un paquet de classe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Layers as CSV…</source>
        <translation>Exporter les calques en CSV…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import Class Pack</source>
        <translation>Importer un paquet de classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class packs (*.sergepack);;All files (*)</source>
        <translation>Paquets de classe (*.sergepack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the class pack…</source>
        <translation>Vérification du paquet de classe…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Class pack from %1 imported (%2 notes).</source>
        <translation>Paquet de classe de %1 importé (notes&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy to My Notes</source>
        <translation>Copier dans mes notes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There are no other authors&apos; notes to export.</source>
        <translation>Il n’y a aucune note d’autres auteurs à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Layers as CSV</source>
        <translation>Exporter les calques en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Notes of %1 written to %2</source>
        <translation>Notes de %1 écrites dans %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <location line="+3"/>
        <source>Class pack</source>
        <translation>Paquet de classe</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export Class Pack</source>
        <translation>Exporter un paquet de classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class packs (*.sergepack)</source>
        <translation>Paquets de classe (*.sergepack)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Class pack written: %1 (%2 notes)</source>
        <translation>Paquet de classe écrit&#xa0;: %1 (notes&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/packs/import_dialog.py" line="+16"/>
        <source>Import Class Pack</source>
        <translation>Importer un paquet de classe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the pack will add</source>
        <translation>Ce que le paquet va ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” from %2</source>
        <translation>«&#xa0;%1&#xa0;», de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a newer text of an article you have</source>
        <translation>une version plus récente d’un article que vous avez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in your library</source>
        <translation>déjà dans votre bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 new, %2 updated, %3 unchanged articles; %4 new timeline events.</source>
        <translation>Articles nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3&#x202f;; nouveaux événements de la frise&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 notes from %2, shown as a separate read-only layer.</source>
        <translation>Notes de %2&#xa0;: %1, affichées dans un calque séparé en lecture seule.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 notes are left out: their passages are not in the text.</source>
        <translation>Notes laissées de côté&#xa0;: %1&#x202f;; leurs passages ne figurent pas dans le texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You imported this pack before: its notes replace the earlier ones.</source>
        <translation>Vous avez déjà importé ce paquet&#xa0;: ses notes remplacent les précédentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library is backed up before anything is added.</source>
        <translation>Votre bibliothèque est sauvegardée avant tout ajout.</translation>
    </message>
</context>
<context>
    <name>PolicyBanner</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/policy/banner.py" line="+28"/>
        <source>Notice from the library</source>
        <translation>Avis de la bibliothèque</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Guest session: your notes are erased when you close Serge Desktop.</source>
        <translation>Session invité&#xa0;: vos notes seront effacées à la fermeture de Serge Desktop.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take my notes…</source>
        <translation>Emporter mes notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take my notes</source>
        <translation>Emporter mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your notes to a folder or a USB stick before you leave</source>
        <translation>Enregistrez vos notes dans un dossier ou sur une clé USB avant de partir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a &amp;Document…</source>
        <translation>En &amp;document…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As a &amp;Class Pack…</source>
        <translation>En &amp;paquet de classe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting is not available in this version.</source>
        <translation>L’exportation n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>PolicyFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/policy/feature.py" line="+29"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size, what opens at start, and links</source>
        <translation>Taille du texte, ce qui s’ouvre au démarrage, et liens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n shared article(s) could not be read: %1</source>
        <translation>
            <numerusform>%n article partagé n’a pas pu être lu&#xa0;: %1</numerusform>
            <numerusform>%n articles partagés n’ont pas pu être lus&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/policy/preferences_dialog.py" line="+32"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen the article I read last</source>
        <translation>&amp;Rouvrir le dernier article lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the article read last at start</source>
        <translation>Rouvrir au démarrage le dernier article lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At start:</source>
        <translation>Au démarrage&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings marked “Set by your administrator” are chosen by whoever looks after this computer.</source>
        <translation>Les réglages marqués «&#xa0;Défini par votre administrateur&#xa0;» sont choisis par la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/features/timeline_editing/suggesting.py" line="+89"/>
        <source>Accept %n suggested event(s)</source>
        <translation>
            <numerusform>Accepter %n événement suggéré</numerusform>
            <numerusform>Accepter %n événements suggérés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The event was not added</source>
        <translation>L’événement n’a pas été ajouté</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The suggestion was not dismissed</source>
        <translation>La suggestion n’a pas été écartée</translation>
    </message>
</context>
<context>
    <name>TableTwin</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/timeline_editing/table_twin.py" line="+25"/>
        <source>Show as &amp;Table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the timeline as a table: dates in words, sortable, for the keyboard</source>
        <translation>Afficher la frise chronologique sous forme de tableau&#xa0;: dates en toutes lettres, triable, utilisable au clavier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/timeline_editing/editing.py" line="+41"/>
        <source>&amp;Add Event…</source>
        <translation>&amp;Ajouter un événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an event; a selected passage becomes its evidence</source>
        <translation>Ajouter un événement&#x202f;; un passage sélectionné en devient le justificatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest Events…</source>
        <translation>Su&amp;ggérer des événements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the article&apos;s dated sentences not yet on it</source>
        <translation>Passer en revue les phrases datées de l’article qui ne sont pas encore sur la frise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;Timeline…</source>
        <translation>Ajouter à la &amp;frise chronologique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event with the date read from this sentence</source>
        <translation>Un événement avec la date lue dans cette phrase</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The event was not added</source>
        <translation>L’événement n’a pas été ajouté</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The event was not changed</source>
        <translation>L’événement n’a pas été modifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The event was not deleted</source>
        <translation>L’événement n’a pas été supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event deleted. Undo with Ctrl+Z.</source>
        <translation>Événement supprimé. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>TimelineViewing</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/timeline_viewing.py" line="+26"/>
        <source>&amp;Export Timeline Image…</source>
        <translation>&amp;Exporter une image de la frise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the timeline as a PNG image or an SVG drawing</source>
        <translation>Enregistrer la frise chronologique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+22"/>
        <source>Export Timeline Image</source>
        <translation>Exporter une image de la frise</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Export the dates in view, or the whole timeline?</source>
        <translation>Exporter les dates affichées, ou toute la frise chronologique&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible Range</source>
        <translation>Dates &amp;affichées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole Timeline</source>
        <translation>&amp;Toute la frise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timeline could not be saved to %1.</source>
        <translation>La frise chronologique n’a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline saved to %1</source>
        <translation>Frise chronologique enregistrée dans %1</translation>
    </message>
</context>
</TS>
