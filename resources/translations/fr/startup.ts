<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/idle_reset.py" line="+87"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest session about to end</source>
        <translation>Fin imminente de la session invité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Nobody has used Serge Desktop for a while. In %n second(s) this guest session ends and its notes are erased.</source>
        <translation>
            <numerusform>Personne n’a utilisé Serge Desktop depuis un moment. Dans %n seconde, cette session invité se termine et ses notes sont effacées.</numerusform>
            <numerusform>Personne n’a utilisé Serge Desktop depuis un moment. Dans %n secondes, cette session invité se termine et ses notes sont effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryStart</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/library_start.py" line="+116"/>
        <source>This library&apos;s folder cannot be written, so it is open read-only: you can read and search, but changes cannot be saved.</source>
        <translation>Le dossier de cette bibliothèque n’est pas accessible en écriture, elle est donc ouverte en lecture seule&#xa0;: vous pouvez lire et rechercher, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This library is open on another computer (%1), so it is open read-only here: you can read and search, but changes cannot be saved. Close Serge Desktop on that computer, then start it again here to make changes.</source>
        <translation>Cette bibliothèque est ouverte sur un autre ordinateur (%1), elle est donc ouverte ici en lecture seule&#xa0;: vous pouvez lire et rechercher, mais les modifications ne peuvent pas être enregistrées. Fermez Serge Desktop sur cet ordinateur, puis relancez-le ici pour faire des modifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This library is open in another Serge Desktop window that does not answer, so it is open read-only here: changes cannot be saved.</source>
        <translation>Cette bibliothèque est ouverte dans une autre fenêtre de Serge Desktop qui ne répond pas, elle est donc ouverte ici en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/recovery_dialogs.py" line="+48"/>
        <source>Library Damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library is damaged, and no good backup of it was found.</source>
        <translation>Votre bibliothèque est endommagée, et aucune sauvegarde valide n’a été trouvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serge Desktop can copy everything that can still be read into a new library. The damaged file is kept (at %1), whatever you choose.</source>
        <translation>Serge Desktop peut copier tout ce qui peut encore être lu dans une nouvelle bibliothèque. Le fichier endommagé est conservé (dans %1), quel que soit votre choix.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salvage What Can Be Read</source>
        <translation>Récupérer ce qui peut être lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries were salvaged into a new library. The damaged file is kept at %2.</source>
        <translation>Éléments récupérés dans une nouvelle bibliothèque&#xa0;: %1. Le fichier endommagé est conservé dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some parts could not be read and are missing.</source>
        <translation>Certaines parties n’ont pas pu être lues et sont manquantes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library Salvaged</source>
        <translation>Bibliothèque récupérée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your library was damaged, so the backup made on %1 has been restored. Changes made after that backup are missing. The damaged file is kept at %2.</source>
        <translation>Votre bibliothèque était endommagée&#xa0;: la sauvegarde du %1 a donc été restaurée. Les modifications faites après cette sauvegarde manquent. Le fichier endommagé est conservé dans %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library Restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
</context>
<context>
    <name>StorageTroubleDialog</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/storage_trouble.py" line="+56"/>
        <source>Your library cannot be saved</source>
        <translation>Votre bibliothèque ne peut pas être enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage problem</source>
        <translation>Problème de stockage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk that holds the folder %1 is full.</source>
        <translation>Le disque qui contient le dossier %1 est plein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serge Desktop cannot write in the folder %1. It may be read-only, on a locked drive, or belong to another account.</source>
        <translation>Serge Desktop ne peut pas écrire dans le dossier %1. Il est peut-être en lecture seule, sur un lecteur verrouillé, ou appartient à un autre compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another folder for your library, open this library read-only (you can read and search, but not change anything), or quit.</source>
        <translation>Choisissez un autre dossier pour votre bibliothèque, ouvrez cette bibliothèque en lecture seule (vous pourrez lire et rechercher, mais sans rien modifier), ou quittez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another folder for your library, or quit.</source>
        <translation>Choisissez un autre dossier pour votre bibliothèque, ou quittez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Another Folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another folder for the library</source>
        <translation>Choisir un autre dossier pour la bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this library read-only</source>
        <translation>Ouvrir cette bibliothèque en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Serge Desktop</source>
        <translation>Quitter Serge Desktop</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a Folder for Your Library</source>
        <translation>Choisir un dossier pour votre bibliothèque</translation>
    </message>
</context>
</TS>
