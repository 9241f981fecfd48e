<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BandList</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/side_lists.py" line="+41"/>
        <source>Articles shown on the series timeline</source>
        <translation>Articles affichés sur la frise de la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check an article to show its band; Space checks or clears</source>
        <translation>Cochez un article pour afficher sa bande&#x202f;; Espace coche ou décoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every article&apos;s band</source>
        <translation>Afficher la bande de chaque article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bands shown:</source>
        <translation>Bandes affichées&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (events: %2)</source>
        <translation>%1 (événements&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>CategoryCommands</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/editing/category_commands.py" line="+52"/>
        <source>Add category “%1”</source>
        <translation>Ajouter la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rename category “%1” to “%2”</source>
        <translation>Renommer la catégorie «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recolour category “%1”</source>
        <translation>Recolorer la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete category “%1”</source>
        <translation>Supprimer la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/side_lists.py" line="+45"/>
        <source>Conflicting dates</source>
        <translation>Dates divergentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events the articles date differently; Enter shows one</source>
        <translation>Les événements que les articles datent différemment&#x202f;; Entrée en affiche un</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The articles shown agree on every date they share.</source>
        <translation>Les articles affichés concordent sur toutes les dates qu’ils partagent.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/date_wording.py" line="+19"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1}</source>
        <comment>month, year</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} {2}</source>
        <comment>day, month, year</comment>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {0}s</source>
        <translation>les années {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the early {0}s</source>
        <translation>au début des années {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mid-{0}s</source>
        <translation>au milieu des années {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the late {0}s</source>
        <translation>à la fin des années {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {0}</source>
        <translation>vers {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perhaps {0}</source>
        <translation>peut-être {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perhaps about {0}</source>
        <translation>peut-être vers {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} to {1}</source>
        <translation>de {0} à {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before {0}</source>
        <translation>avant {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {0}</source>
        <translation>dès {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Life</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Politics</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exile</source>
        <translation>Exil</translation>
    </message>
</context>
<context>
    <name>EmptyTimelineOffer</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/empty_offer.py" line="+19"/>
        <source>Empty timeline</source>
        <translation>Frise vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dated events in this article</source>
        <translation>Aucun événement daté dans cet article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggest Events from the Text…</source>
        <translation>Suggérer des événements à partir du texte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the article&apos;s dated sentences and choose which become events</source>
        <translation>Trouver les phrases datées de l’article et choisir celles qui deviennent des événements</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/editing/commands.py" line="+40"/>
        <source>Add event “%1”</source>
        <translation>Ajouter l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Event added: %1, %2.</source>
        <translation>Événement ajouté&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit event “%1”</source>
        <translation>Modifier l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete event “%1”</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dismiss suggestion “%1”</source>
        <translation>Écarter la suggestion «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/editing/editor.py" line="+63"/>
        <source>Add Event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, as a short title</source>
        <translation>Ce qui s’est passé, sous forme de titre court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May 1919, the early 1920s, about 1936, before 1936, or EDTF such as 1936~</source>
        <translation>mai 1919, au début des années 1920, vers 1936, avant 1936, ou une date EDTF comme 1936~</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the date was read</source>
        <translation>Comment la date a été lue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date from &amp;outside the article</source>
        <translation>Date prise &amp;hors de l’article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the article does not give this date and it comes from elsewhere</source>
        <translation>Cochez quand l’article ne donne pas cette date et qu’elle vient d’ailleurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note on the event</source>
        <translation>Note sur l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is said of it, where it comes from</source>
        <translation>Ce qu’on en dit, d’où cela vient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence passage</source>
        <translation>Passage justificatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No passage: the event will not point into the text.</source>
        <translation>Aucun passage&#xa0;: l’événement ne renverra pas au texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Event</source>
        <translation>&amp;Ajouter l’événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Justificatif&#xa0;:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No date found in this passage: type one, in words or as EDTF.</source>
        <translation>Aucune date trouvée dans ce passage&#xa0;: saisissez-en une, en toutes lettres ou en EDTF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a date, in words or as EDTF.</source>
        <translation>Saisissez une date, en toutes lettres ou en EDTF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read this date: “%1”. Try “1919”, “May 1919”, “the early 1920s”, “about 1936”, “before 1936” or EDTF such as “1936~”.</source>
        <translation>Impossible de lire cette date&#xa0;: «&#xa0;%1&#xa0;». Essayez «&#xa0;1919&#xa0;», «&#xa0;mai 1919&#xa0;», «&#xa0;au début des années 1920&#xa0;», «&#xa0;vers 1936&#xa0;», «&#xa0;avant 1936&#xa0;» ou une date EDTF comme «&#xa0;1936~&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read as %1 — %2</source>
        <translation>Lue comme %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(a guess from the order of the text)</source>
        <translation>(une estimation d’après l’ordre du texte)</translation>
    </message>
</context>
<context>
    <name>ImageChoice</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/image_choice.py" line="+35"/>
        <source>Saving SVG drawings is turned off by your administrator.</source>
        <translation>L’enregistrement des dessins SVG est désactivé par votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving PNG images is turned off by your administrator.</source>
        <translation>L’enregistrement des images PNG est désactivé par votre administrateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/series_chart.py" line="+73"/>
        <location line="+85"/>
        <source>Series timeline</source>
        <translation>Frise de la série</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Left and Right: previous or next event in a band · Up and Down: the band above or below · Enter: open its passages · + and −: zoom · Shift+arrows, Page Up/Down, Shift+wheel or drag: move in time · wheel: scroll the bands · Home: fit all</source>
        <translation>Gauche et Droite&#xa0;: événement précédent ou suivant dans une bande · Haut et Bas&#xa0;: la bande au-dessus ou en dessous · Entrée&#xa0;: ouvrir ses passages · + et −&#xa0;: zoom · Maj+flèches, Page préc./suiv., Maj+molette ou glisser&#xa0;: se déplacer dans le temps · molette&#xa0;: faire défiler les bandes · Début&#xa0;: tout afficher</translation>
    </message>
</context>
<context>
    <name>SeriesCounts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/timeline/series/series_words.py" line="+21"/>
        <source>Told by %n article(s).</source>
        <translation>
            <numerusform>Relaté par %n article.</numerusform>
            <numerusform>Relaté par %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>told by %n article(s)</source>
        <translation>
            <numerusform>relaté par %n article</numerusform>
            <numerusform>relaté par %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesDetails</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/details_panel.py" line="+25"/>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an event to see which articles tell it, the date each gives, and the sentence each gives as evidence.</source>
        <translation>Sélectionnez un événement pour voir quels articles le relatent, la date que donne chacun et la phrase que chacun fournit comme passage justificatif.</translation>
    </message>
</context>
<context>
    <name>SeriesPage</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/series_page.py" line="+66"/>
        <source>Series timeline page</source>
        <translation>Page de la frise de la série</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Series shown</source>
        <translation>Série affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the timeline shows</source>
        <translation>Ce que la frise affiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scroll the bands</source>
        <translation>Faire défiler les bandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show All &amp;Events</source>
        <translation>Afficher tous les év&amp;énements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Series:</source>
        <translation>&amp;Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Articles and conflicts of the series</source>
        <translation>Articles et divergences de la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Divergences</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Only the %n event(s) that involve %1</source>
        <translation>
            <numerusform>Seulement l’événement qui concerne %1</numerusform>
            <numerusform>Seulement les %n événements qui concernent %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Divergences (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One article</source>
        <translation>Un seul article</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open the passage in…</source>
        <translation>Ouvrir le passage dans…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SeriesTimeline</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/series_canvas.py" line="+371"/>
        <source>No dated events in the articles shown</source>
        <translation>Aucun événement daté dans les articles affichés</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/series_scene.py" line="+180"/>
        <source>Told by several articles</source>
        <translation>Relaté par plusieurs articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates disagree</source>
        <translation>Dates divergentes</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/series/series_words.py" line="+15"/>
        <source>Part %1 · %2</source>
        <translation>Partie %1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Told by more than one article</source>
        <translation>Relaté par plus d’un article</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Articles: %1</source>
        <translation>Articles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: %1</source>
        <translation>Événements&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told by several: %1</source>
        <translation>Relatés par plusieurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates disagree: %1</source>
        <translation>Dates divergentes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date: %1 · EDTF %2</source>
        <translation>Date&#xa0;: %1 · EDTF %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the article says “%1”</source>
        <translation>l’article dit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context: the date comes from outside the article</source>
        <translation>Contexte&#xa0;: la date vient de l’extérieur de l’article</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its passage is not in the current text.</source>
        <translation>Son passage n’est pas dans le texte actuel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open this passage in its article</source>
        <translation>Ouvrir ce passage dans son article</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The articles date this event differently.</source>
        <translation>Les articles datent cet événement différemment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>dates disagree: %1</source>
        <translation>dates divergentes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/editing/suggestions_dialog.py" line="+52"/>
        <source>Suggested Events</source>
        <translation>Événements suggérés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested events</source>
        <translation>Événements suggérés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event (F2 to edit)</source>
        <translation>Événement (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add it to the timeline</source>
        <translation>L’ajouter à la frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept A&amp;ll</source>
        <translation>Accepter &amp;tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add every one</source>
        <translation>Les ajouter tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change it, then add it</source>
        <translation>Le modifier, puis l’ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not suggest it again</source>
        <translation>Ne plus le suggérer</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n dated sentence(s) of the article not yet on the timeline.</source>
        <translation>
            <numerusform>%n phrase datée de l’article n’est pas encore sur la frise chronologique.</numerusform>
            <numerusform>%n phrases datées de l’article ne sont pas encore sur la frise chronologique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every dated sentence of the article is on the timeline or dismissed.</source>
        <translation>Chaque phrase datée de l’article est sur la frise chronologique ou a été écartée.</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/time_bar.py" line="+30"/>
        <source>Move in time</source>
        <translation>Se déplacer dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move in time (also the wheel, or drag the timeline)</source>
        <translation>Se déplacer dans le temps (aussi avec la molette, ou en faisant glisser la frise)</translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/controls.py" line="+54"/>
        <source>Timeline controls</source>
        <translation>Commandes de la frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In Timeline</source>
        <translation>Zoom a&amp;vant sur la frise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out Timeline</source>
        <translation>Zoom a&amp;rrière sur la frise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit All</source>
        <translation>Tout a&amp;fficher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;Selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (+ or Ctrl+= on the timeline; Ctrl+wheel)</source>
        <translation>Zoom avant (+ ou Ctrl+= sur la frise&#x202f;; Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (− or Ctrl+− on the timeline; Ctrl+wheel)</source>
        <translation>Zoom arrière (− ou Ctrl+− sur la frise&#x202f;; Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Afficher toute la frise chronologique (Début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected event fill the view (Z)</source>
        <translation>Faire occuper la vue par l’événement sélectionné (Z)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dates in view</source>
        <translation>Dates affichées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show the timeline as %1</source>
        <translation>Vue de la frise chronologique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Dates in view: %1</source>
        <translation>Dates affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/pane.py" line="+70"/>
        <source>Timeline chart</source>
        <translation>Graphique de la frise chronologique</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/table.py" line="+32"/>
        <source>Timeline events</source>
        <translation>Événements de la frise chronologique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline as a table; Enter shows an event&apos;s passage in the article</source>
        <translation>La frise chronologique sous forme de tableau&#x202f;; Entrée affiche le passage d’un événement dans l’article</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/table_model.py" line="+69"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As written</source>
        <translation>Telle qu’écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Context (outside the article)</source>
        <translation>Contexte (hors de l’article)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article (passage not found)</source>
        <translation>Article (passage introuvable)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/canvas.py" line="+288"/>
        <source>No dated events in this article</source>
        <translation>Aucun événement daté dans cet article</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/captions.py" line="+29"/>
        <source>from {0}</source>
        <translation>dès {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {0}</source>
        <translation>jusqu’en {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}0s</source>
        <translation>années {0}0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>c. {0}</source>
        <translation>vers {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+78"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Category: {0}</source>
        <translation>Catégorie&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date (EDTF): {0}</source>
        <translation>Date (EDTF)&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context: date from outside the article</source>
        <translation>Contexte&#xa0;: date prise hors de l’article</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} notes</source>
        <translation>{0} notes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/scene.py" line="+277"/>
        <source>Context (date from outside the article)</source>
        <translation>Contexte (date prise hors de l’article)</translation>
    </message>
    <message>
        <location filename="../../../serge_desktop/ui/timeline/view.py" line="+58"/>
        <location line="+127"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Arrow keys: previous or next event · Enter: open its passage · + and −: zoom · Shift+arrows, Page Up/Down, wheel or drag: move in time · Ctrl+wheel or pinch: zoom · Home: fit all · Z: zoom to the selected event</source>
        <translation>Flèches&#xa0;: événement précédent ou suivant · Entrée&#xa0;: ouvrir son passage · + et −&#xa0;: zoom · Maj+flèches, Page préc./suiv., molette ou glisser&#xa0;: se déplacer dans le temps · Ctrl+molette ou pincement&#xa0;: zoom · Début&#xa0;: tout afficher · Z&#xa0;: zoomer sur l’événement sélectionné</translation>
    </message>
</context>
</TS>
