<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcrossArticles</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/across.py" line="+36"/>
        <source>All Notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All Notes</source>
        <translation>&amp;Toutes les notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every note and highlight of the library</source>
        <translation>Toutes les notes et tous les surlignages de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicting Dates</source>
        <translation>&amp;Dates divergentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events the articles date differently</source>
        <translation>Les événements que les articles datent différemment</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+20"/>
        <source>The library cannot be read</source>
        <translation>La bibliothèque ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The passage cannot be shown</source>
        <translation>Le passage ne peut pas être affiché</translation>
    </message>
</context>
<context>
    <name>AllNotesModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/all_notes_model.py" line="+49"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>(the whole article)</source>
        <translation>(l’article entier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
</context>
<context>
    <name>AllNotesPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/all_notes_page.py" line="+58"/>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article by article</source>
        <translation>Article par article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;rticle:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Series:</source>
        <translation>&amp;Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Every article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The first %1 notes; more as you scroll.</source>
        <translation>Les %1 premières notes&#x202f;; la suite s’affiche quand vous faites défiler.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/article_actions.py" line="+64"/>
        <source>&amp;Move Article to Trash</source>
        <translation>&amp;Mettre l’article à la corbeille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the article to the trash with its notes and events</source>
        <translation>Mettre l’article à la corbeille avec ses notes et ses événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show T&amp;rash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted articles, to restore or delete for good</source>
        <translation>Les articles supprimés, à restaurer ou à supprimer définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the trash&apos;s articles and notes for good</source>
        <translation>Supprimer définitivement les articles et les notes de la corbeille</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The article was not deleted</source>
        <translation>L’article n’a pas été supprimé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is in the trash with its notes and events. Ctrl+Z brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille avec ses notes et ses événements. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The article was not restored</source>
        <translation>L’article n’a pas été restauré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is back in the library.</source>
        <translation>«&#xa0;%1&#xa0;» est de retour dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The trash cannot be read</source>
        <translation>La corbeille ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trash was not emptied</source>
        <translation>La corbeille n’a pas été vidée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These will be deleted for good:</source>
        <translation>Seront supprimés définitivement&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup of the library is made first.</source>
        <translation>Une sauvegarde de la bibliothèque est d’abord effectuée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup is kept in this session: this cannot be undone.</source>
        <translation>Aucune sauvegarde n’est conservée dans cette session&#xa0;: cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The library was backed up first, to:
%1</source>
        <translation>La bibliothèque a d’abord été sauvegardée dans&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File ▸ Backups… restores it if you need it.</source>
        <translation>Fichier ▸ Sauvegardes… permet de la restaurer en cas de besoin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trash Emptied</source>
        <translation>Corbeille vidée</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsPanel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/details_panel.py" line="+36"/>
        <source>Article details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standfirst</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the source gives it</source>
        <translation>telle que la source l’indique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web address or a citation</source>
        <translation>une adresse web ou une référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en, fr, pt-BR…</source>
        <translation>en, fr, pt-BR…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standfirst:</source>
        <translation>&amp;Chapeau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pu&amp;blication:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ries:</source>
        <translation>&amp;Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part:</source>
        <translation>Part&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sour&amp;ce:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the details</source>
        <translation>Appliquer les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the details</source>
        <translation>Restaurer les détails enregistrés</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose an article to see its details.</source>
        <translation>Choisissez un article pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Enter or Apply saves the details.</source>
        <translation>Entrée ou Appliquer enregistre les détails.</translation>
    </message>
</context>
<context>
    <name>ArticleTrashModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/trash_model.py" line="+20"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>ArticleTrashView</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/trash_view.py" line="+32"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted articles wait here with their notes and events until the trash is emptied. Emptying it makes a backup first.</source>
        <translation>Les articles supprimés attendent ici avec leurs notes et leurs événements jusqu’à ce que la corbeille soit vidée. Vider la corbeille effectue d’abord une sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles in the trash</source>
        <translation>Articles dans la corbeille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected article</source>
        <translation>Restaurer l’article sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/backups/dialog.py" line="+47"/>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A copy of your library is made before each import, class pack, upgrade, restore and repair (kept at least 30 days, and the last ten of each kind), and once a day when you quit after a change. Copies you make are kept until you delete them. Restoring one backs up the library first.</source>
        <translation>Une copie de votre bibliothèque est faite avant chaque importation, paquet de classe, mise à niveau, restauration et réparation (conservée au moins 30 jours, ainsi que les dix dernières de chaque type), et une fois par jour lorsque vous quittez après une modification. Les copies que vous faites sont conservées jusqu’à ce que vous les supprimiez. Restaurer une copie sauvegarde d’abord la bibliothèque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
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
        <location line="+32"/>
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
        <location line="+1"/>
        <source>Before a repair</source>
        <translation>Avant une réparation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deleted the backup of %1.</source>
        <translation>La sauvegarde du %1 a été supprimée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup made on %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer la sauvegarde du %1 (%2)&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+21"/>
        <source>Restored the backup of %1. The library as it was is in the list as well.</source>
        <translation>La sauvegarde du %1 a été restaurée. La bibliothèque telle qu’elle était figure aussi dans la liste.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/backups/feature.py" line="+26"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the library now, or restore an earlier copy</source>
        <translation>Sauvegarder la bibliothèque maintenant, ou restaurer une copie antérieure</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Restored the backup of %1</source>
        <translation>Sauvegarde du %1 restaurée</translation>
    </message>
</context>
<context>
    <name>CardBrowserDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/browser_dialog.py" line="+51"/>
        <location line="+1"/>
        <source>Card Browser</source>
        <translation>Navigateur de cartes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card chosen, with its answer</source>
        <translation>La carte choisie, avec sa réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Source</source>
        <translation>&amp;Modifier la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Passage</source>
        <translation>&amp;Ouvrir le passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Sus&amp;pend</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %1 of %n card(s)</source>
        <translation>
            <numerusform>Les %1 premières sur %n carte</numerusform>
            <numerusform>Les %1 premières sur %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unsus&amp;pend</source>
        <translation>Lever la sus&amp;pension</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Suspended. Ctrl+Z undoes.</source>
        <translation>Suspendue. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsuspended.</source>
        <translation>Suspension levée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made new again. Ctrl+Z undoes.</source>
        <translation>Redevenue nouvelle. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted. Ctrl+Z undoes.</source>
        <translation>Supprimée. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>CardCommandTexts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/features/study/commands.py" line="+32"/>
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>Suspendre %n carte</numerusform>
            <numerusform>Suspendre %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>Lever la suspension de %n carte</numerusform>
            <numerusform>Lever la suspension de %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reset %n Card(s)</source>
        <translation>
            <numerusform>Réinitialiser %n carte</numerusform>
            <numerusform>Réinitialiser %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardFilters</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/browser_filters.py" line="+25"/>
        <source>Filter by article</source>
        <translation>Filtrer par article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by series</source>
        <translation>Filtrer par série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>En apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>À réviser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Article:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Series:</source>
        <translation>Séri&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;te:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/browser_model.py" line="+35"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapses</source>
        <translation>Oublis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When?</source>
        <translation>Quand&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which first?</source>
        <translation>Lequel d’abord&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>En apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Suspended (its source is gone)</source>
        <translation>Suspendue (sa source a disparu)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/card_view.py" line="+43"/>
        <location line="+75"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fill the gap</source>
        <translation>Complétez le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you note?</source>
        <translation>Qu’avez-vous noté&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When?</source>
        <translation>Quand&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which came first?</source>
        <translation>Lequel est venu en premier&#x202f;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Their dates overlap: neither came surely first.</source>
        <translation>Leurs dates se chevauchent&#xa0;: aucun n’est sûrement venu en premier.</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/timeline_editing/categories.py" line="+62"/>
        <location line="+88"/>
        <source>Timeline Categories</source>
        <translation>Catégories de la frise</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a category without events (merge the others)</source>
        <translation>Seulement une catégorie sans événements (fusionnez les autres)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is as close as stays legible.</source>
        <translation>%1 est la plus proche qui reste lisible.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add Category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename Category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category Colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move the events of “%1” into:</source>
        <translation>Déplacer les événements de «&#xa0;%1&#xa0;» vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge Categories</source>
        <translation>Fusionner des catégories</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/conflicts_model.py" line="+31"/>
        <source>Event and article</source>
        <translation>Événement et article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date given</source>
        <translation>Date donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EDTF</source>
        <translation>EDTF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>(no passage in the current text)</source>
        <translation>(aucun passage dans le texte actuel)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/conflicts_page.py" line="+52"/>
        <location line="+17"/>
        <source>Conflicting dates</source>
        <translation>Dates divergentes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Events that two articles date differently, each claim with its evidence. Enter on a claim opens its passage.</source>
        <translation>Les événements que deux articles datent différemment, chaque version avec son passage justificatif. Entrée sur une version ouvre son passage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Series:</source>
        <translation>&amp;Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n event(s) dated differently</source>
        <translation>
            <numerusform>%n événement daté différemment</numerusform>
            <numerusform>%n événements datés différemment</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicting dates: the articles agree.</source>
        <translation>Aucune date divergente&#xa0;: les articles concordent.</translation>
    </message>
</context>
<context>
    <name>DeleteArticleCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/commands.py" line="+70"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/documents.py" line="+153"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>DueOverview</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/due_overview.py" line="+57"/>
        <source>Cards due per article and series</source>
        <translation>Cartes à réviser par article et par série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article or series</source>
        <translation>Article ou série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning</source>
        <translation>En apprentissage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Study Now</source>
        <translation>Étudier &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study the cards of the line chosen</source>
        <translation>Étudier les cartes de la ligne choisie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Series: %1</source>
        <translation>Série&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n card(s) to study now.</source>
        <translation>
            <numerusform>%n carte à étudier maintenant.</numerusform>
            <numerusform>%n cartes à étudier maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is due now. New cards come from your highlights, notes and events.</source>
        <translation>Rien à réviser pour l’instant. Les nouvelles cartes viennent de vos surlignages, de vos notes et de vos événements.</translation>
    </message>
</context>
<context>
    <name>EditMetadataCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/commands.py" line="-35"/>
        <source>Edit Details</source>
        <translation>Modifier les détails</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/index_model.py" line="+37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Sorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the article&apos;s own list of names.</source>
        <translation>Donné par la liste de noms de l’article lui-même.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From your teacher&apos;s class pack.</source>
        <translation>Venu du paquet de classe de votre enseignant.</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/entity_view.py" line="+55"/>
        <source>Confirm as &amp;Mine</source>
        <translation>Confirmer comme &amp;mien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this name part of your own index, as if you had confirmed it</source>
        <translation>Faire entrer ce nom dans votre propre index, comme si vous l’aviez confirmé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mentions in context</source>
        <translation>Mentions en contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events that involve it</source>
        <translation>Événements qui le concernent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes that mention it</source>
        <translation>Notes qui le mentionnent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on this name</source>
        <translation>Votre note sur ce nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own note on this name (Markdown)</source>
        <translation>Votre propre note sur ce nom (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on the Series &amp;Timeline</source>
        <translation>Voir sur la &amp;frise de la série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series timeline with only the events that involve it</source>
        <translation>La frise de la série, avec seulement les événements qui le concernent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentions, events and notes</source>
        <translation>Mentions, événements et notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Note</source>
        <translation>Ma note</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%1 · %n mention(s)</source>
        <translation>
            <numerusform>%1 · %n mention</numerusform>
            <numerusform>%1 · %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>dans %n article</numerusform>
            <numerusform>dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listed by the article&apos;s own list of names, not confirmed by you.</source>
        <translation>Donné par la liste de noms de l’article lui-même, non confirmé par vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From your teacher&apos;s class pack, not confirmed by you.</source>
        <translation>Venu du paquet de classe de votre enseignant, non confirmé par vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also named: %1</source>
        <translation>Aussi nommé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions (%1)</source>
        <translation>Mentions (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/dialog.py" line="+62"/>
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
        <location line="+23"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="-15"/>
        <source>E&amp;xport from:</source>
        <translation>E&amp;xporter depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ta&amp;g:</source>
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
        <source>The a&amp;rticle itself (a handout)</source>
        <translation>L’&amp;article lui-même (un polycopié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes from other a&amp;uthors (class packs)</source>
        <translation>Les notes d’autres a&amp;uteurs (paquets de classe)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;PDF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown</source>
        <translation>Mar&amp;kdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OpenDocument</source>
        <translation>&amp;OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Word</source>
        <translation>&amp;Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CS&amp;V</source>
        <translation>CS&amp;V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b Annotations</source>
        <translation>Annotations We&amp;b</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not kept in this format</source>
        <translation>Ce format ne le conserve pas</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Also the teacher&apos;s or students&apos; notes shown as layers</source>
        <translation>Aussi les notes de l’enseignant ou des élèves affichées en calques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;index of names, with their paragraphs</source>
        <translation>Un &amp;index des noms, avec leurs paragraphes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people, places, organisations and works of the index these articles name</source>
        <translation>Les personnes, lieux, organisations et œuvres de l’index que ces articles nomment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A printable handout with page numbers</source>
        <translation>Un document imprimable avec numéros de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One web page that opens without a network</source>
        <translation>Une page web qui s’ouvre sans réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text with marks, for notes apps</source>
        <translation>Du texte brut balisé, pour les applications de prise de notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For LibreOffice Writer</source>
        <translation>Pour LibreOffice Writer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For Microsoft Word</source>
        <translation>Pour Microsoft Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row per note, for spreadsheets</source>
        <translation>Une ligne par note, pour les tableurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C JSON-LD, for annotation tools</source>
        <translation>JSON-LD du W3C, pour les outils d’annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash cards from passages and events</source>
        <translation>Cartes de révision tirées des passages et des événements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anki dec&amp;k</source>
        <translation>Pa&amp;quet Anki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install serge-desktop[%1]</source>
        <translation>Installez serge-desktop[%1]</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location line="+4"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/feature.py" line="+41"/>
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
        <location line="+53"/>
        <source>Export As</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 files (*%2)</source>
        <translation>Fichiers %1 (*%2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/export/run.py" line="+160"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until the work in progress has ended.</source>
        <translation>Attendez la fin du travail en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading notes…</source>
        <translation>Lecture des notes…</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+38"/>
        <source>Laying out pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n page exportée vers %1</numerusform>
            <numerusform>%n pages exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+36"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawing pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante</numerusform>
            <numerusform>%n pages envoyées à l’imprimante</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartHint</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/help/first_start.py" line="+24"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New to Serge Desktop? Help ▸ User Guide (F1) shows how to read, note and study; Help ▸ Keyboard Shortcuts (Ctrl+/) lists every key.</source>
        <translation>Vous découvrez Serge Desktop&#xa0;? Aide ▸ Guide d’utilisation (F1) montre comment lire, annoter et réviser&#xa0;; Aide ▸ Raccourcis clavier (Ctrl+/) donne toutes les touches.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;Guide</source>
        <translation>Ouvrir le &amp;guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;Keys</source>
        <translation>&amp;Voir les touches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this hint</source>
        <translation>Fermer cette aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this hint; Help keeps both</source>
        <translation>Fermer cette aide&#xa0;; le menu Aide garde les deux</translation>
    </message>
</context>
<context>
    <name>GradeBar</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/grade_bar.py" line="+29"/>
        <source>Answer and grades</source>
        <translation>Réponse et notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Answer (Space)</source>
        <translation>Afficher la réponse (Espace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the answer</source>
        <translation>Afficher la réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, key %2: next in %3</source>
        <translation>%1, touche %2&#xa0;: prochaine fois dans %3</translation>
    </message>
</context>
<context>
    <name>GradeCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/commands.py" line="+15"/>
        <source>Grade Card</source>
        <translation>Noter la carte</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/graph_view.py" line="+50"/>
        <source>Graph of who appears with whom</source>
        <translation>Graphe de qui apparaît avec qui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No people or organisations are named together yet.</source>
        <translation>Aucune personne ni organisation n’est encore nommée avec une autre.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/help/guide_dialog.py" line="+50"/>
        <source>Serge Desktop User Guide</source>
        <translation>Guide d’utilisation de Serge Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/help/feature.py" line="+24"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
        <extra-menu>help</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read, note, search and study (F1)</source>
        <translation>Comment lire, annoter, chercher et réviser (F1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
        <extra-menu>help</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>Every key of the window, searchable (Ctrl+/)</source>
        <translation>Toutes les touches de la fenêtre, avec recherche (Ctrl+/)</translation>
    </message>
</context>
<context>
    <name>ImportArticles</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/importing/feature.py" line="+38"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages</source>
        <translation>Pages web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB e-books</source>
        <translation>Livres électroniques EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/features/importing/summary_dialog.py" line="+82"/>
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) already there</source>
        <translation>
            <numerusform>%n fichier déjà présent</numerusform>
            <numerusform>%n fichiers déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n fichier refusé</numerusform>
            <numerusform>%n fichiers refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cancelled: %n file(s) not tried.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier non traité.</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers non traités.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/importing/run.py" line="+49"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importation de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 was not UTF-8; it was read as Windows-1252.</source>
        <translation>%1 n’était pas en UTF-8&#x202f;; il a été lu comme du Windows-1252.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1.</source>
        <translation>Importé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was in the trash; it is back.</source>
        <translation>%1 était dans la corbeille&#x202f;; il a été restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already in the library.</source>
        <translation>%1 est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5.</source>
        <translation>%1 est une nouvelle version&#xa0;: notes à leur place&#xa0;: %2, déplacées&#xa0;: %3, reformulées&#xa0;: %4, introuvables&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/importing/summary_dialog.py" line="-63"/>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files imported</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not tried</source>
        <translation>Non traité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same file is in the library.</source>
        <translation>Le même fichier est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” was in the trash; it is back.</source>
        <translation>«&#xa0;%1&#xa0;» était dans la corbeille&#x202f;; il a été restauré.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A new version of “%1”; notes placed again, %n not found.</source>
        <translation>
            <numerusform>Nouvelle version de «&#xa0;%1&#xa0;»&#x202f;; notes replacées, %n introuvable.</numerusform>
            <numerusform>Nouvelle version de «&#xa0;%1&#xa0;»&#x202f;; notes replacées, %n introuvables.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
</context>
<context>
    <name>IndexPane</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/index_pane.py" line="+62"/>
        <location line="+2"/>
        <source>Filter names</source>
        <translation>Filtrer les noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of name</source>
        <translation>Sorte de nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Toutes sortes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Index of names</source>
        <translation>Index des noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested name</source>
        <translation>Nom suggéré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guess</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names to review</source>
        <translation>Noms à examiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in the texts, not yet confirmed: select one or more names that are one</source>
        <translation>Trouvés dans les textes, pas encore confirmés&#xa0;: sélectionnez un ou plusieurs noms qui n’en font qu’un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm as</source>
        <translation>Confirmer comme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected names are one entity of this kind</source>
        <translation>Les noms sélectionnés sont une seule entité de cette sorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected names name nothing: never suggested again</source>
        <translation>Les noms sélectionnés ne nomment rien&#xa0;: plus jamais suggérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected names are other names of a confirmed entity</source>
        <translation>Les noms sélectionnés sont d’autres noms d’une entité confirmée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;To review&lt;/b&gt; (suggestions, not yet part of the index)</source>
        <translation>&lt;b&gt;À examiner&lt;/b&gt; (suggestions, pas encore dans l’index)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm &amp;as:</source>
        <translation>Confirmer co&amp;mme&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Index&lt;/b&gt; (confirmed)</source>
        <translation>&lt;b&gt;Index&lt;/b&gt; (confirmés)</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n name(s) in the index</source>
        <translation>
            <numerusform>%n nom dans l’index</numerusform>
            <numerusform>%n noms dans l’index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggestion à examiner</numerusform>
            <numerusform>%n suggestions à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Merge Names</source>
        <translation>Fusionner des noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is another name of:</source>
        <translation>%1 est un autre nom de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IntervalWords</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/interval_words.py" line="+24"/>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/kind_words.py" line="+15"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work</source>
        <translation>œuvre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works</source>
        <translation>Œuvres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1?</source>
        <translation>%1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/kwic_model.py" line="+31"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/columns.py" line="+44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last read</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>LibraryFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/feature.py" line="+51"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Library</source>
        <translation>Afficher la bib&amp;liothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every article of the library, by series (Ctrl+L)</source>
        <translation>Tous les articles de la bibliothèque, par série (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The library cannot be read</source>
        <translation>La bibliothèque ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Details saved. Ctrl+Z undoes.</source>
        <translation>Détails enregistrés. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/page.py" line="+65"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library sections</source>
        <translation>Sections de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+42"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+109"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Title, author, series, publication, date…</source>
        <translation>Titre, auteur, série, publication, date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group by series</source>
        <translation>&amp;Grouper par série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by series</source>
        <translation>Grouper par série</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Library tabs</source>
        <translation>Onglets de la bibliothèque</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Trash (%1)</source>
        <translation>Corbeille (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/table_model.py" line="+150"/>
        <source>Not in a series</source>
        <translation>Sans série</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeCardCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/commands.py" line="+122"/>
        <source>Make a Card of the Note</source>
        <translation>Faire une carte de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make No Card of the Note</source>
        <translation>Ne plus faire de carte de la note</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/map_view.py" line="+36"/>
        <source>World map of places</source>
        <translation>Carte du monde des lieux</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%1: %n mention(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n mention</numerusform>
            <numerusform>%1&#xa0;: %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSeriesCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/series_commands.py" line="+114"/>
        <source>Merge Series</source>
        <translation>Fusionner les séries</translation>
    </message>
</context>
<context>
    <name>MoveSeriesCommand</name>
    <message>
        <location line="-12"/>
        <source>Move Series</source>
        <translation>Déplacer la série</translation>
    </message>
</context>
<context>
    <name>NamesFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/feature.py" line="+63"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In&amp;dex of Names</source>
        <translation>Inde&amp;x des noms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People, places, organisations and works named in the library</source>
        <translation>Personnes, lieux, organisations et œuvres nommés dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index in the &amp;Library</source>
        <translation>Index dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who Appears with Whom</source>
        <translation>&amp;Qui apparaît avec qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and organisations named in the same paragraphs</source>
        <translation>Personnes et organisations nommées dans les mêmes paragraphes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map of Places</source>
        <translation>&amp;Carte des lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The places named in the library on a world map</source>
        <translation>Les lieux nommés dans la bibliothèque sur une carte du monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline Names in the Article</source>
        <translation>Souli&amp;gner les noms dans l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underline the mentions of confirmed names; right-click one to open its page</source>
        <translation>Souligner les mentions des noms confirmés&#xa0;; un clic droit sur l’une ouvre sa page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Page of This &amp;Name</source>
        <translation>Ouvrir la page de ce &amp;nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Name&apos;s Page</source>
        <translation>Ouvrir la page d’un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index &amp;New Articles</source>
        <translation>Indexer les &amp;nouveaux articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find names in the articles added or changed since</source>
        <translation>Chercher les noms dans les articles ajoutés ou modifiés depuis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Names</source>
        <translation>&amp;Noms</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+25"/>
        <location line="+87"/>
        <location line="+8"/>
        <source>Index of Names</source>
        <translation>Index des noms</translation>
    </message>
    <message numerus="yes">
        <location line="-119"/>
        <source>Finding names in %n article(s)…</source>
        <translation>
            <numerusform>Recherche des noms dans %n article…</numerusform>
            <numerusform>Recherche des noms dans %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indexing stopped: the rest is indexed next time.</source>
        <translation>Indexation arrêtée&#xa0;: le reste sera indexé la prochaine fois.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open the Page of %1</source>
        <translation>Ouvrir la page de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm %1</source>
        <translation>Confirmer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm a name first: there is nothing to merge into yet.</source>
        <translation>Confirmez d’abord un nom&#xa0;: il n’y a encore rien avec quoi fusionner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm %1 as Mine</source>
        <translation>Confirmer %1 comme mien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Note on This Name</source>
        <translation>Votre note sur ce nom</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Graph of Names</source>
        <translation>Graphe des noms</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Laying out the graph…</source>
        <translation>Disposition du graphe…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Busy with other work: open the graph again in a moment.</source>
        <translation>Occupé à autre chose&#xa0;: rouvrez le graphe dans un instant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The graph could not be laid out.</source>
        <translation>Le graphe n’a pas pu être disposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout cancelled: open the graph again to draw it.</source>
        <translation>Disposition annulée&#xa0;: ouvrez de nouveau le graphe pour le dessiner.</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/names/names_page.py" line="+41"/>
        <source>Passages naming both</source>
        <translation>Passages qui nomment les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a line between two names to list the passages that name both.</source>
        <translation>Cliquez sur un trait entre deux noms pour lister les passages qui les nomment tous deux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borders are today&apos;s, not those of the articles&apos; time. A dot&apos;s size is its number of mentions; click one to open its page.</source>
        <translation>Les frontières sont celles d’aujourd’hui, non celles de l’époque des articles. La taille d’un point est son nombre de mentions&#xa0;; cliquez sur l’un pour ouvrir sa page.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name, graph and map</source>
        <translation>Nom, graphe et carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who Appears with Whom</source>
        <translation>Qui apparaît avec qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map of Places</source>
        <translation>Carte des lieux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not on the map (no point known for them): %1</source>
        <translation>Absents de la carte (aucun point connu pour eux)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n passage(s) name both %1 and %2</source>
        <translation>
            <numerusform>%n passage nomme à la fois %1 et %2</numerusform>
            <numerusform>%n passages nomment à la fois %1 et %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditing</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/note_editing.py" line="+175"/>
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
        <location line="-115"/>
        <location line="+42"/>
        <source>Select a passage of the article first.</source>
        <translation>Sélectionnez d’abord un passage de l’article.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../../serge_desktop/ui/features/packs/feature.py" line="+30"/>
        <source>E&amp;xport Class Pack…</source>
        <translation>E&amp;xporter un paquet de classe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Class Pack…</source>
        <translation>Importer un paquet de &amp;classe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Layers as CSV…</source>
        <translation>Exporter les ca&amp;lques en CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Import Class Pack</source>
        <translation>Importer un paquet de classe</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Class packs (*.sergepack);;All files (*)</source>
        <translation>Paquets de classe (*.sergepack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the class pack…</source>
        <translation>Vérification du paquet de classe…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Class pack from %1 imported (%2 notes).</source>
        <translation>Paquet de classe de %1 importé (notes&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy to My Notes</source>
        <translation>Copier dans mes notes</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+15"/>
        <location line="+39"/>
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
        <location filename="../../../serge_desktop/ui/features/packs/import_dialog.py" line="+30"/>
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
        <location line="+4"/>
        <source>Add articles with the same headline as one of mine as its &amp;new version</source>
        <translation>Ajouter comme &amp;nouvelle version les articles qui portent le même titre que l’un des miens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Otherwise they are added as separate articles, and your notes stay where they are</source>
        <translation>Sinon, ils sont ajoutés comme articles distincts, et vos notes restent où elles sont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as a new version</source>
        <translation>Ajouter comme nouvelle version</translation>
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
        <location line="+5"/>
        <source>new, beside your article with the same headline</source>
        <translation>nouveau, à côté de votre article du même titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Articles: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Articles&#xa0;: %1 nouveaux, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new timeline event(s).</source>
        <translation>
            <numerusform>%n nouvel événement dans la frise.</numerusform>
            <numerusform>%n nouveaux événements dans la frise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n note(s) from %1, shown as a separate read-only layer.</source>
        <translation>
            <numerusform>%n note de %1, affichée dans un calque séparé en lecture seule.</numerusform>
            <numerusform>%n notes de %1, affichées dans un calque séparé en lecture seule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n note(s) left out: their passages are not in the text.</source>
        <translation>
            <numerusform>%n note laissée de côté&#xa0;: son passage n’est pas dans le texte.</numerusform>
            <numerusform>%n notes laissées de côté&#xa0;: leurs passages ne sont pas dans le texte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>PassageBanner</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/passage_banner.py" line="+22"/>
        <source>Reading a card&apos;s passage</source>
        <translation>Lecture du passage d’une carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage of the card you are studying. Escape goes back to the card.</source>
        <translation>Le passage de la carte que vous étudiez. Échap ramène à la carte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to Review</source>
        <translation>Retour à la révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card you were studying (Escape)</source>
        <translation>La carte que vous étudiiez (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to Review (Esc)</source>
        <translation>Retour à la révision (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the card</source>
        <translation>Retour à la carte</translation>
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
        <location filename="../../../serge_desktop/ui/features/policy/feature.py" line="+32"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size, theme, language, what opens at start, and links</source>
        <translation>Taille du texte, thème, langue, ce qui s’ouvre au démarrage, et liens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
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
        <location filename="../../../serge_desktop/ui/features/policy/preferences_dialog.py" line="+51"/>
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
        <location line="+8"/>
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
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes when the app starts again.</source>
        <translation>La langue change au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>RenameSeriesCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/series_commands.py" line="-11"/>
        <source>Rename Series</source>
        <translation>Renommer la série</translation>
    </message>
</context>
<context>
    <name>RestoreArticleCommand</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/commands.py" line="+59"/>
        <source>Restore “%1”</source>
        <translation>Restaurer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RetentionMeter</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/retention_meter.py" line="+21"/>
        <source>True retention</source>
        <translation>Rétention réelle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>aim %1</source>
        <translation>objectif %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/review_page.py" line="+43"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cards left</source>
        <translation>Cartes restantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due Cards (Esc)</source>
        <translation>Cartes à réviser (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the cards due</source>
        <translation>Retour aux cartes à réviser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Passage (Enter)</source>
        <translation>Ouvrir le passage (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the card&apos;s passage in the reader</source>
        <translation>Ouvrir le passage de la carte dans le lecteur</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/review_session.py" line="+67"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>The cards cannot be read</source>
        <translation>Impossible de lire les cartes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The grade was not kept</source>
        <translation>La note n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passage is no longer in the text as it was; shown where it was.</source>
        <translation>Le passage n’est plus dans le texte tel qu’il était&#x202f;; il est montré là où il se trouvait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Congratulations: nothing more is due here for now.</source>
        <translation>Félicitations&#xa0;: plus rien à réviser ici pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escape goes back to the cards due everywhere.</source>
        <translation>Échap ramène aux cartes à réviser partout.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Every article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series: %1</source>
        <translation>Série&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n card(s) left</source>
        <translation>
            <numerusform>%n carte restante</numerusform>
            <numerusform>%n cartes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesActions</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/library/series_actions.py" line="+44"/>
        <source>Re&amp;name Series…</source>
        <translation>&amp;Renommer la série…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge Series Into…</source>
        <translation>&amp;Fusionner la série dans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Series &amp;Up</source>
        <translation>Déplacer la série vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Series &amp;Down</source>
        <translation>Déplacer la série vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>There is no other series to merge it into.</source>
        <translation>Il n’existe aucune autre série dans laquelle la fusionner.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The series was not changed</source>
        <translation>La série n’a pas été modifiée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Series</source>
        <translation>Renommer la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>&amp;Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move every article of “%1” into:</source>
        <translation>Déplacer tous les articles de «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge Series</source>
        <translation>Fusionner les séries</translation>
    </message>
</context>
<context>
    <name>SeriesTimelineFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/series_timeline.py" line="+47"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events of every article of the series on one chart, a band each</source>
        <translation>Les événements de tous les articles de la série sur un seul graphique, une bande par article</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Se&amp;ries Timeline</source>
        <translation>Fr&amp;ise de la série</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Series Timeline I&amp;mage…</source>
        <translation>&amp;Exporter l’image de la frise de la série…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the series timeline as a PNG image or an SVG drawing</source>
        <translation>Enregistrer la frise de la série en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Series Timeline</source>
        <translation>Frise de la série</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The series timeline has no events to save.</source>
        <translation>La frise de la série n’a aucun événement à enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Export Series Timeline Image</source>
        <translation>Exporter l’image de la frise de la série</translation>
    </message>
    <message>
        <location line="-40"/>
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
        <location line="+24"/>
        <source>Series timeline</source>
        <translation>Frise de la série</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The series timeline could not be saved to %1.</source>
        <translation>La frise de la série n’a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Series timeline saved to %1</source>
        <translation>Frise de la série enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/help/shortcut_list.py" line="+91"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/help/shortcuts_dialog.py" line="+28"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A command, a menu or a key: “note”, “Ctrl+Shift”</source>
        <translation>Une commande, un menu ou une touche&#xa0;: «&#xa0;note&#xa0;», «&#xa0;Ctrl+Maj&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n raccourci</numerusform>
            <numerusform>%n raccourcis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/statistics_dialog.py" line="+40"/>
        <source>Study Statistics</source>
        <translation>Statistiques d’étude</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviews per day, the last 30 days</source>
        <translation>Révisions par jour, les 30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards due per day, the next 30 days</source>
        <translation>Cartes à réviser par jour, les 30 prochains jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The top of a bar, set apart, is the reviews graded Again (shown in orange).</source>
        <translation>Le haut d’une barre, séparé du reste, correspond aux révisions notées «&#xa0;À revoir&#xa0;» (en orange).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>True retention</source>
        <translation>Rétention réelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews per day</source>
        <translation>Révisions par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards due in the next 30 days</source>
        <translation>Cartes à réviser dans les 30 prochains jours</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cards: %1 new, %2 learning, %3 in review, %4 suspended.</source>
        <translation>Cartes&#xa0;: %1 nouvelles, %2 en apprentissage, %3 en révision, %4 suspendues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No card in review was graded in the last 30 days.</source>
        <translation>Aucune carte en révision n’a été notée ces 30 derniers jours.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n review(s) in the last 30 days</source>
        <translation>
            <numerusform>%n révision ces 30 derniers jours</numerusform>
            <numerusform>%n révisions ces 30 derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) graded Again</source>
        <translation>
            <numerusform>%n révision notée «&#xa0;À revoir&#xa0;»</numerusform>
            <numerusform>%n révisions notées «&#xa0;À revoir&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>%n carte à réviser aujourd’hui</numerusform>
            <numerusform>%n cartes à réviser aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>%1 recalled of %n review(s) of cards in review, the last 30 days.</source>
        <translation>
            <numerusform>%1 de réussite sur %n révision de cartes en révision, ces 30 derniers jours.</numerusform>
            <numerusform>%1 de réussite sur %n révisions de cartes en révision, ces 30 derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n card(s) due in the next 30 days</source>
        <translation>
            <numerusform>%n carte à réviser dans les 30 prochains jours</numerusform>
            <numerusform>%n cartes à réviser dans les 30 prochains jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n review(s) kept in the log.</source>
        <translation>
            <numerusform>%n révision conservée dans l’historique.</numerusform>
            <numerusform>%n révisions conservées dans l’historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyFeature</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/feature.py" line="+45"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;view Cards</source>
        <translation>Révi&amp;ser les cartes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study the cards due: Space shows the answer, 1 to 4 grade (Ctrl+Shift+S)</source>
        <translation>Étudier les cartes à réviser&#xa0;: Espace affiche la réponse, 1 à 4 donnent la note (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card &amp;Browser…</source>
        <translation>&amp;Parcourir les cartes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every card: filter, edit, suspend, reset, delete (Ctrl+Shift+B)</source>
        <translation>Toutes les cartes&#xa0;: filtrer, modifier, suspendre, réinitialiser, supprimer (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study &amp;Statistics…</source>
        <translation>S&amp;tatistiques d’étude…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviews per day, true retention, and the cards due in the next 30 days</source>
        <translation>Révisions par jour, rétention réelle et cartes à réviser dans les 30 prochains jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study &amp;Options…</source>
        <translation>&amp;Options d’étude…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The retention aimed at, new cards a day, and fitting FSRS to your reviews</source>
        <translation>La rétention visée, le nombre de nouvelles cartes par jour et l’ajustement de FSRS à vos révisions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Make a Card of This Note</source>
        <translation>&amp;Faire une carte de cette note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study the note chosen in the notes pane as a card of its own</source>
        <translation>Étudier la note choisie dans le panneau des notes comme une carte à part entière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Study</source>
        <translation>É&amp;tude</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Write your note… (a line “Q:” and a later line “A:” make a review card)</source>
        <translation>Écrivez votre note… (une ligne «&#xa0;Q:&#xa0;» puis une ligne «&#xa0;A:&#xa0;» font une carte de révision)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes are Markdown. Written as a question and its answer, a line starting “Q:” and a later one starting “A:”, a note becomes a review card (Study ▸ Review Cards).</source>
        <translation>Les notes sont en Markdown. Écrite comme une question et sa réponse, une ligne commençant par «&#xa0;Q:&#xa0;» puis une ligne commençant par «&#xa0;A:&#xa0;», une note devient une carte de révision (Étude ▸ Réviser les cartes).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The note was not marked</source>
        <translation>La note n’a pas été marquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is now a card. Ctrl+Z undoes.</source>
        <translation>La note est maintenant une carte. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>StudyOptionsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/study/options_dialog.py" line="+57"/>
        <source>Study Options</source>
        <translation>Options d’étude</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desired retention, in percent</source>
        <translation>Rétention souhaitée, en pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Higher: more reviews, fewer forgotten cards. FSRS&apos;s default is %1.</source>
        <translation>Plus haut&#xa0;: plus de révisions, moins de cartes oubliées. La valeur par défaut de FSRS est %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New cards a day</source>
        <translation>Nouvelles cartes par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;ptimise Parameters…</source>
        <translation>O&amp;ptimiser les paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use Default Parameters</source>
        <translation>&amp;Utiliser les paramètres par défaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Desired retention:</source>
        <translation>&amp;Rétention souhaitée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New cards a day:</source>
        <translation>&amp;Nouvelles cartes par jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another long task is running; try again once it ends.</source>
        <translation>Une autre tâche longue est en cours&#x202f;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise Parameters</source>
        <translation>Optimiser les paramètres</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fitting FSRS to your %n review(s)…</source>
        <translation>
            <numerusform>Ajustement de FSRS à %n révision…</numerusform>
            <numerusform>Ajustement de FSRS à vos %n révisions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parameters fitted to your reviews: OK schedules with them.</source>
        <translation>Paramètres ajustés à vos révisions&#xa0;: OK planifie avec eux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimising was cancelled; nothing changed.</source>
        <translation>L’optimisation a été annulée&#x202f;; rien n’a changé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The optimiser is not installed: pip install &apos;serge-desktop[optimizer]&apos; (PyTorch), then open Study Options again.</source>
        <translation>L’optimiseur n’est pas installé&#xa0;: pip install &apos;serge-desktop[optimizer]&apos; (PyTorch), puis rouvrez les Options d’étude.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Available from %n review(s).</source>
        <translation>
            <numerusform>Disponible à partir de %n révision.</numerusform>
            <numerusform>Disponible à partir de %n révisions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit FSRS to the reviews kept: takes seconds to minutes.</source>
        <translation>Ajuster FSRS aux révisions conservées&#xa0;: de quelques secondes à quelques minutes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FSRS schedules with parameters fitted to your own reviews.</source>
        <translation>FSRS planifie avec des paramètres ajustés à vos propres révisions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FSRS schedules with its default parameters.</source>
        <translation>FSRS planifie avec ses paramètres par défaut.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) kept.</source>
        <translation>
            <numerusform>%n révision conservée.</numerusform>
            <numerusform>%n révisions conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fitting them to you needs %n review(s).</source>
        <translation>
            <numerusform>Les ajuster à vous demande %n révision.</numerusform>
            <numerusform>Les ajuster à vous demande %n révisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fitting them to you needs the optional optimiser (pip install &apos;serge-desktop[optimizer]&apos;) and %n review(s).</source>
        <translation>
            <numerusform>Les ajuster à vous demande l’optimiseur facultatif (pip install &apos;serge-desktop[optimizer]&apos;) et %n révision.</numerusform>
            <numerusform>Les ajuster à vous demande l’optimiseur facultatif (pip install &apos;serge-desktop[optimizer]&apos;) et %n révisions.</numerusform>
        </translation>
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
        <location line="+15"/>
        <source>The event was not added</source>
        <translation>L’événement n’a pas été ajouté</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n suggested event(s) added.</source>
        <translation>
            <numerusform>%n événement suggéré ajouté.</numerusform>
            <numerusform>%n événements suggérés ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>ThemeChooser</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/theme_choosing.py" line="+36"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
        <extra-menu>theme</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
        <extra-menu>theme</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;epia</source>
        <translation>Sé&amp;pia</translation>
        <extra-menu>theme</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
        <extra-menu>theme</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
        <extra-menu>theme</extra-menu>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
        <extra-menu>view</extra-menu>
    </message>
    <message>
        <location line="+2"/>
        <source>The window&apos;s colours</source>
        <translation>Les couleurs de la fenêtre</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <location filename="../../../serge_desktop/ui/features/timeline_editing/editing.py" line="+42"/>
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
        <source>Su&amp;ggest Events…</source>
        <translation>Su&amp;ggérer des événements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the article&apos;s dated sentences not yet on it</source>
        <translation>Passer en revue les phrases datées de l’article qui ne sont pas encore sur la frise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Catégories…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, rename, recolour and merge the library&apos;s timeline categories</source>
        <translation>Ajouter, renommer, recolorer et fusionner les catégories de la frise de la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;Timeline…</source>
        <translation>Ajouter à la &amp;frise chronologique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event with the date read from this sentence</source>
        <translation>Un événement avec la date lue dans cette phrase</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The event was not added</source>
        <translation>L’événement n’a pas été ajouté</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location filename="../../../serge_desktop/ui/features/timeline_viewing.py" line="+27"/>
        <source>E&amp;xport Timeline Image…</source>
        <translation>E&amp;xporter l’image de la frise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the timeline as a PNG image or an SVG drawing</source>
        <translation>Enregistrer la frise chronologique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Export Timeline Image</source>
        <translation>Exporter une image de la frise</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <location line="+23"/>
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
<context>
    <name>TrashCounts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/features/library/article_actions.py" line="-214"/>
        <source>%n article(s): %1</source>
        <translation>
            <numerusform>%n article&#xa0;: %1</numerusform>
            <numerusform>%n articles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>their %n note(s)</source>
        <translation>
            <numerusform>%n note liée</numerusform>
            <numerusform>%n notes liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>their %n timeline event(s)</source>
        <translation>
            <numerusform>%n événement de frise lié</numerusform>
            <numerusform>%n événements de frise liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s) deleted on their own</source>
        <translation>
            <numerusform>%n note supprimée individuellement</numerusform>
            <numerusform>%n notes supprimées individuellement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n article(s) deleted for good.</source>
        <translation>
            <numerusform>%n article supprimé définitivement.</numerusform>
            <numerusform>%n articles supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s) deleted for good.</source>
        <translation>
            <numerusform>%n note supprimée définitivement.</numerusform>
            <numerusform>%n notes supprimées définitivement.</numerusform>
        </translation>
    </message>
</context>
</TS>
