<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/error_messages.py" line="+45"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than 20 MB.</source>
        <translation>Le fichier dépasse 20 Mo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a text file.</source>
        <translation>Ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is neither UTF-8 nor Windows-1252.</source>
        <translation>Le texte n’est ni en UTF-8 ni en Windows-1252.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has a title but no paragraphs.</source>
        <translation>Le fichier a un titre mais aucun paragraphe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library was saved by a newer version of Serge Desktop (schema %1; this version reads up to %2). It has been left untouched.</source>
        <translation>La bibliothèque a été enregistrée par une version plus récente de Serge Desktop (schéma %1&#x202f;; cette version lit jusqu’au schéma %2). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full: free some space; your notes are safe.</source>
        <translation>Le disque est plein&#xa0;: libérez de l’espace&#x202f;; vos notes sont en sécurité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That backup cannot be restored: %1. Nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library file is not a Serge Desktop database. It has been left untouched.</source>
        <translation>Le fichier de la bibliothèque n’est pas une base de données Serge Desktop. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The article&apos;s timeline file does not match its text: %1</source>
        <translation>Le fichier de la frise chronologique de l’article ne correspond pas à son texte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note may hold %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>Une note peut contenir %1 caractères&#x202f;; celle-ci en a %2. Raccourcissez-la pour l’enregistrer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The article was updated meanwhile. Select the passage again.</source>
        <translation>L’article a été modifié entre-temps. Sélectionnez à nouveau le passage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing is turned off on this computer by your administrator.</source>
        <translation>L’importation est désactivée sur cet ordinateur par votre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting as %1 is turned off on this computer by your administrator.</source>
        <translation>L’exportation au format %1 est désactivée sur cet ordinateur par votre administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library file %1</source>
        <translation>Le fichier de la bibliothèque %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag needs a name: type a word.</source>
        <translation>Une étiquette doit avoir un nom&#xa0;: saisissez un mot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag may have %1 characters; this one has %2. Shorten it.</source>
        <translation>Une étiquette peut contenir %1 caractères&#x202f;; celle-ci en a %2. Raccourcissez-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passage to quote is empty. Give some words of the article.</source>
        <translation>Le passage à citer est vide. Indiquez quelques mots de l’article.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These words are not in the article&apos;s current text: “%1”</source>
        <translation>Ces mots ne figurent pas dans le texte actuel de l’article&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select some words of the article first.</source>
        <translation>Sélectionnez d’abord quelques mots de l’article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is no longer in the library.</source>
        <translation>Il n’est plus dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>EventMessages</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/event_messages.py" line="+22"/>
        <source>Cannot read the date “%1”. Try “1919”, “May 1919”, “the early 1920s”, “about 1936” or EDTF such as “1936~”.</source>
        <translation>Impossible de lire la date «&#xa0;%1&#xa0;». Essayez «&#xa0;1919&#xa0;», «&#xa0;mai 1919&#xa0;», «&#xa0;au début des années 1920&#xa0;», «&#xa0;vers 1936&#xa0;» ou une date EDTF comme «&#xa0;1936~&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An event needs a label: say in a few words what happened.</source>
        <translation>Un événement doit avoir un intitulé&#xa0;: dites en quelques mots ce qui s’est passé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a timeline category; choose one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie de la frise chronologique&#x202f;; choisissez parmi %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category needs a name.</source>
        <translation>Une catégorie a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category&apos;s name may be at most %1 characters long.</source>
        <translation>Le nom d’une catégorie ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a category named “%1”: merge into it instead.</source>
        <translation>Il existe déjà une catégorie nommée «&#xa0;%1&#xa0;»&#xa0;: fusionnez plutôt avec elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” still has events: merge it into another category to move them first.</source>
        <translation>«&#xa0;%1&#xa0;» a encore des événements&#xa0;: fusionnez-la d’abord avec une autre catégorie pour les y déplacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a colour.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too faint to see on the timeline (marks need 3:1).</source>
        <translation>%1 est trop pâle pour se voir sur la frise (les repères demandent un contraste de 3 pour 1).</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/link_opening.py" line="+70"/>
        <source>%1
(real address: %2)</source>
        <translation>%1
(adresse réelle&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Link?</source>
        <translation>Ouvrir le lien&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail with your mail program to this address?</source>
        <translation>Écrire un courriel à cette adresse avec votre logiciel de messagerie&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This link is not opened: only web and e-mail links are (%1).</source>
        <translation>Ce lien n’est pas ouvert&#xa0;: seuls les liens web et de courriel le sont (%1).</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/worker.py" line="+50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/library_messages.py" line="+21"/>
        <source>“%1” is in the trash. Restore it from Library ▸ Show Trash.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille. Restaurez-le depuis Bibliothèque ▸ Afficher la corbeille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not in the trash any more.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans la corbeille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a series named “%1”. To join the two, use Library ▸ Merge Series.</source>
        <translation>Il existe déjà une série nommée «&#xa0;%1&#xa0;». Pour réunir les deux, utilisez Bibliothèque ▸ Fusionner la série dans….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be read because of an error in Serge Desktop. Please report it.</source>
        <translation>Le fichier n’a pas pu être lu à cause d’une erreur de Serge Desktop. Merci de la signaler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is damaged or incomplete.</source>
        <translation>Le fichier est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is built to harm the program that opens it.</source>
        <translation>Le fichier est conçu pour nuire au programme qui l’ouvre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-book is protected by DRM, so its text cannot be read.</source>
        <translation>Le livre électronique est protégé par des DRM&#xa0;: son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is protected by a password.</source>
        <translation>Le fichier est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PDF has no text layer: it is a scan, pictures of pages.</source>
        <translation>Ce PDF n’a pas de couche de texte&#xa0;: c’est une numérisation, des images de pages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page holds no article text, only links and menus.</source>
        <translation>La page ne contient pas le texte d’un article, seulement des liens et des menus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of file cannot be imported. Save it as .docx, .odt, .epub, .pdf or text.</source>
        <translation>Ce type de fichier ne peut pas être importé. Enregistrez-le au format .docx, .odt, .epub, .pdf ou texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an article&apos;s details file (.toml): it is read when the article beside it, of the same name, is imported.</source>
        <translation>C’est le fichier des détails d’un article (.toml)&#x202f;: il est lu quand l’article du même nom, à côté de lui, est importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standfirst</source>
        <translation>Le chapeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publication</source>
        <translation>La publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The series</source>
        <translation>La série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part</source>
        <translation>La partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author</source>
        <translation>L’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source</source>
        <translation>La source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too long.</source>
        <translation>%1 dépasse la longueur autorisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number from 1.</source>
        <translation>%1 doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large.</source>
        <translation>%1 dépasse la valeur autorisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a series: name the series first.</source>
        <translation>%1 nécessite une série&#xa0;: nommez d’abord la série.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a language tag such as en, fr or pt-BR.</source>
        <translation>%1 doit être un code de langue comme en, fr ou pt-BR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1 ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be kept as it is.</source>
        <translation>%1 ne peut pas rester en l’état.</translation>
    </message>
</context>
<context>
    <name>NumberWords</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/number_words.py" line="+14"/>
        <source>%1 %</source>
        <comment>a percentage: the number, then the percent sign</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <comment>two clauses of one sentence, joined by a semicolon</comment>
        <translation>%1&#x202f;; %2</translation>
    </message>
</context>
<context>
    <name>PackMessages</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/pack_messages.py" line="+14"/>
        <source>This note is from another author and cannot be changed. Copy it first.</source>
        <translation>Cette note appartient à un autre auteur et ne peut pas être modifiée. Copiez-la d’abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pack needs Serge Desktop %1 or later; you have %2.</source>
        <translation>Ce paquet nécessite Serge Desktop %1 ou une version ultérieure&#x202f;; vous avez la version %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file is not a class pack (it is not a zip archive).</source>
        <translation>Ce fichier n’est pas un paquet de classe (ce n’est pas une archive zip).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is larger than 200 MB.</source>
        <translation>Le paquet dépasse 200 Mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack holds more than 10,000 files.</source>
        <translation>Le paquet contient plus de 10&#x202f;000 fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack holds a file with an unsafe name, or a link.</source>
        <translation>Le paquet contient un fichier au nom dangereux, ou un lien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack holds two files with the same name.</source>
        <translation>Le paquet contient deux fichiers portant le même nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack unpacks to far more data than a class pack holds.</source>
        <translation>Le paquet se décompresse en bien plus de données qu’un paquet de classe n’en contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack&apos;s data is nested too deeply to be read safely.</source>
        <translation>Les données du paquet sont imbriquées trop profondément pour être lues sans risque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack is damaged or was altered: a file does not match its checksum.</source>
        <translation>Le paquet est endommagé ou a été modifié&#xa0;: un fichier ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack&apos;s files do not match its list of contents.</source>
        <translation>Les fichiers du paquet ne correspondent pas à sa liste de contenu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s policy does not allow class packs here.</source>
        <translation>Les règles de cet ordinateur n’autorisent pas les paquets de classe ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack holds text that is not valid Unicode.</source>
        <translation>Le paquet contient du texte qui n’est pas de l’Unicode valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack lists the same article twice.</source>
        <translation>Le paquet mentionne deux fois le même article.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack is damaged and cannot be read.</source>
        <translation>Le paquet est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../../serge_desktop/ui/common/scope_chooser.py" line="+42"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search or export the open article, one series, or everything</source>
        <translation>Rechercher ou exporter dans l’article ouvert, dans une série ou dans toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This article: %1</source>
        <translation>Cet article&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series: %1</source>
        <translation>Série&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
</context>
</TS>
