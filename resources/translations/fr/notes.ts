<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DeleteTagCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/tag_commands.py" line="+89"/>
        <source>Delete tag “%1”</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EmergencySave</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/emergency_save.py" line="+37"/>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your note could not be saved anywhere (%1). Copy its text elsewhere.</source>
        <translation>Votre note n’a pu être enregistrée nulle part (%1). Copiez son texte ailleurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of your note is in %1</source>
        <translation>Une copie de votre note se trouve dans %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serge Desktop could not save this note in its library: %1</source>
        <translation>Serge Desktop n’a pas pu enregistrer cette note dans sa bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the text below back into the note once the problem is solved.</source>
        <translation>Recopiez le texte ci-dessous dans la note une fois le problème résolu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article: %1</source>
        <translation>Article&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passage: “%1”</source>
        <translation>Passage&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: %1</source>
        <translation>Écrite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/history_dialog.py" line="+48"/>
        <source>Note History</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note history</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage of the note</source>
        <translation>Passage de la note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions, newest first</source>
        <translation>Versions, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version is empty.</source>
        <translation>Cette version est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Versions of the note on “%1”</source>
        <translation>Versions de la note sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter restores the selected version; Ctrl+Z undoes it.</source>
        <translation>Entrée restaure la version sélectionnée&#x202f;; Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note has no earlier versions yet.</source>
        <translation>Cette note n’a pas encore de versions antérieures.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. Undo with Ctrl+Z.</source>
        <translation>Restaurée. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>LayerNotesSection</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/layer_section.py" line="+30"/>
        <source>Other authors&apos; notes</source>
        <translation>Notes d’autres auteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes from other authors (read-only)</source>
        <translation>Notes d’autres auteurs (lecture seule)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From other authors, read-only (%1): %2</source>
        <translation>D’autres auteurs, en lecture seule (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MergeTagCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/tag_commands.py" line="-31"/>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Fusionner l’étiquette «&#xa0;%1&#xa0;» avec «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/commands.py" line="+79"/>
        <source>Add highlight</source>
        <translation>Ajouter un surlignage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight added.</source>
        <translation>Surlignage ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add note on event</source>
        <translation>Ajouter une note sur l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note on the article</source>
        <translation>Ajouter une note sur l’article</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change highlight colour</source>
        <translation>Changer la couleur du surlignage</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attach note to passage</source>
        <translation>Rattacher la note au passage</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/note_editor.py" line="+24"/>
        <source>Indent Lines</source>
        <translation>Indenter les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdent Lines</source>
        <translation>Désindenter les lignes</translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/delegate.py" line="+56"/>
        <source>Not in the current text: %1</source>
        <translation>Absent du texte actuel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded passage: %1</source>
        <translation>Passage reformulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved: %1</source>
        <translation>Déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No note yet: select to write one</source>
        <translation>Pas encore de note&#xa0;: sélectionnez pour en écrire une</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/preview.py" line="+74"/>
        <source>Images are not shown</source>
        <translation>Les images ne sont pas affichées</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note, rendered</source>
        <translation>Note, mise en forme</translation>
    </message>
</context>
<context>
    <name>NoteVersionsModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/versions_model.py" line="+31"/>
        <source>Now (%1)</source>
        <translation>Actuelle (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>NoteWriting</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/writing.py" line="+27"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note, rendered as you type</source>
        <translation>Note, rendue pendant la frappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview side by side</source>
        <translation>Aperçu côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rendered note beside the text as you type</source>
        <translation>Afficher la note rendue à côté du texte pendant la frappe</translation>
    </message>
</context>
<context>
    <name>NotesFilterBar</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/filter_bar.py" line="+35"/>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter notes by words</source>
        <translation>Filtrer les notes par mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order of notes</source>
        <translation>Ordre des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In text order</source>
        <translation>Dans l’ordre du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed first</source>
        <translation>Dernières modifiées d’abord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only notes not found in the current text</source>
        <translation>Seulement les notes introuvables dans le texte actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only unplaced notes</source>
        <translation>Afficher seulement les notes non placées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide other authors&apos; notes</source>
        <translation>Afficher ou masquer les notes des autres auteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the notes of each author&apos;s layer</source>
        <translation>Afficher ou masquer les notes du calque de chaque auteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Show filters by tag, colour and order</source>
        <translation>Afficher les filtres par étiquette, couleur et ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag, colour or placement; change the order</source>
        <translation>Filtrer par étiquette, couleur ou emplacement&#xa0;; changer l’ordre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n filter(s) in use</source>
        <translation>
            <numerusform>%n filtre actif</numerusform>
            <numerusform>%n filtres actifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/model.py" line="+102"/>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the whole article</source>
        <translation>Sur l’article entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the event: %1</source>
        <translation>Sur l’événement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/pane.py" line="+75"/>
        <location line="+124"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Notes of this article</source>
        <translation>Notes de cet article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a passage in the article and press Ctrl+Shift+N to add a note.</source>
        <translation>Sélectionnez un passage de l’article et appuyez sur Ctrl+Maj+N pour ajouter une note.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note…</source>
        <translation>Écrivez votre note…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this note to the trash (Ctrl+Z undoes it)</source>
        <translation>Mettre cette note à la corbeille (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to Selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach note to the selected passage</source>
        <translation>Rattacher la note au passage sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note&apos;s passage is not in the current text: select where it belongs</source>
        <translation>Le passage de cette note n’est pas dans le texte actuel&#xa0;: sélectionnez l’endroit auquel elle appartient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to My Notes</source>
        <translation>Copier dans mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this note to my notes</source>
        <translation>Copier cette note dans mes notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is another author&apos;s and cannot be changed: copy it to edit it</source>
        <translation>Cette note appartient à un autre auteur et ne peut pas être modifiée&#xa0;: copiez-la pour la modifier</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Notes (%1 of %2)</source>
        <translation>Notes (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/notes/saving.py" line="+96"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/notes/pane.py" line="+105"/>
        <source>%1&apos;s note: read-only</source>
        <translation>Note de %1&#xa0;: lecture seule</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/tag_commands.py" line="-31"/>
        <source>Rename tag “%1”</source>
        <translation>Renommer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RestoreNotesCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/restore_commands.py" line="+28"/>
        <source>Restore from trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
</context>
<context>
    <name>RestoreVersionCommand</name>
    <message>
        <location line="+37"/>
        <source>Restore earlier text</source>
        <translation>Restaurer le texte antérieur</translation>
    </message>
</context>
<context>
    <name>SetNoteTagsCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/tag_commands.py" line="+94"/>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/tags_dialog.py" line="+50"/>
        <source>Manage Tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge into tag</source>
        <translation>Fusionner avec une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags status</source>
        <translation>État des étiquettes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>F2 or a double-click renames; Delete takes a tag off every note.</source>
        <translation>F2 ou un double-clic renomme&#x202f;; Suppr retire une étiquette de toutes les notes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tags yet. Add tags to a note in the notes pane.</source>
        <translation>Aucune étiquette pour l’instant. Ajoutez des étiquettes à une note dans le panneau des notes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The tag was not renamed</source>
        <translation>L’étiquette n’a pas été renommée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renamed. Undo with Ctrl+Z.</source>
        <translation>Renommée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merged. Undo with Ctrl+Z.</source>
        <translation>Fusionnées. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted “%1” from every note. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;%1&#xa0;» a été retirée de toutes les notes. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tags were not changed</source>
        <translation>Les étiquettes n’ont pas été modifiées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag “%1” exists already. Merge into it?</source>
        <translation>Une étiquette «&#xa0;%1&#xa0;» existe déjà. Fusionner avec elle&#x202f;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes tagged “%1” get “%2” instead, and “%1” goes away. Ctrl+Z undoes it.</source>
        <translation>Les notes étiquetées «&#xa0;%1&#xa0;» reçoivent «&#xa0;%2&#xa0;» à la place, et «&#xa0;%1&#xa0;» disparaît. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Merge Tag</source>
        <translation>Fusionner l’étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/tags_field.py" line="+47"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags of this note</source>
        <translation>Étiquettes de cette note</translation>
    </message>
</context>
<context>
    <name>TagsTableModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/tags_model.py" line="+38"/>
        <source>Notes outside the trash</source>
        <translation>Notes hors de la corbeille</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, notes: %2</source>
        <translation>%1, notes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/trash_dialog.py" line="+54"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted notes of &amp;all articles</source>
        <translation>Afficher les notes supprimées de &amp;tous les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deleted notes of all articles</source>
        <translation>Afficher les notes supprimées de tous les articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted notes</source>
        <translation>Notes supprimées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trash status</source>
        <translation>État de la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected notes</source>
        <translation>Restaurer les notes sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter restores the selected notes, with their tags.</source>
        <translation>Entrée restaure les notes sélectionnées, avec leurs étiquettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not restored</source>
        <translation>Non restaurées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored: %1. Undo with Ctrl+Z.</source>
        <translation>Restaurées&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trash was not emptied</source>
        <translation>La corbeille n’a pas été vidée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted for good: %1.</source>
        <translation>Supprimées définitivement&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the notes in the trash for good?</source>
        <translation>Supprimer définitivement les notes de la corbeille&#x202f;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes to delete: %1. This cannot be undone, and the undo history is cleared.</source>
        <translation>Notes à supprimer&#xa0;: %1. Cette opération est irréversible, et l’historique des annulations est effacé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>TrashItemDelegate</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/trash_delegate.py" line="+48"/>
        <source>No note text</source>
        <translation>Aucun texte de note</translation>
    </message>
</context>
<context>
    <name>TrashListModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/notes/dialogs/trash_model.py" line="+53"/>
        <source>Deleted %1</source>
        <translation>Supprimée le %1</translation>
    </message>
</context>
</TS>
