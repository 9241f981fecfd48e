<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/idle_reset.py" line="+89"/>
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
        <location line="+32"/>
        <source>Nobody has used Serge Desktop for a while. In %n second(s) this guest session ends and its notes are erased.</source>
        <translation>
            <numerusform>Personne n’a utilisé Serge Desktop depuis un moment. Dans %n seconde, cette session invité se termine et ses notes sont effacées.</numerusform>
            <numerusform>Personne n’a utilisé Serge Desktop depuis un moment. Dans %n secondes, cette session invité se termine et ses notes sont effacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryChecker</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/background_check.py" line="+104"/>
        <source>Repair Failed</source>
        <translation>Échec de la réparation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library Repaired</source>
        <translation>Bibliothèque réparée</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Your Library Is Damaged</source>
        <translation>Votre bibliothèque est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check of your library found damage. Keep this session short: quit, and start Serge Desktop again; it checks the library first and offers to restore a backup or recover what the file holds. The details are below.</source>
        <translation>Une vérification de votre bibliothèque a détecté des dommages. Écourtez cette session&#xa0;: quittez, puis relancez Serge Desktop&#x202f;; il vérifiera d’abord la bibliothèque et proposera de restaurer une sauvegarde ou de récupérer ce que contient le fichier. Les détails figurent ci-dessous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Library damaged</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library is repaired. A backup made before the repair is at %1.</source>
        <translation>La bibliothèque est réparée. Une sauvegarde faite avant la réparation se trouve dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some problems remain: start the app again to recover the library.</source>
        <translation>Certains problèmes subsistent&#xa0;: relancez l’application pour récupérer la bibliothèque.</translation>
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
        <location line="+32"/>
        <source>Read-only library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
</context>
<context>
    <name>RecoveryCounts</name>
    <message numerus="yes">
        <location filename="../../../serge_desktop/ui/startup/recovery_dialogs.py" line="+32"/>
        <source>%n backup(s) of it are in its backups folder.</source>
        <translation>
            <numerusform>%n sauvegarde se trouve dans son dossier de sauvegardes.</numerusform>
            <numerusform>%n sauvegardes se trouvent dans son dossier de sauvegardes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restore the Backup of %1 (%n note(s))</source>
        <translation>
            <numerusform>Restaurer la sauvegarde du %1 (%n note)</numerusform>
            <numerusform>Restaurer la sauvegarde du %1 (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s) were recovered into a new library.</source>
        <translation>
            <numerusform>%n note a été récupérée dans une nouvelle bibliothèque.</numerusform>
            <numerusform>%n notes ont été récupérées dans une nouvelle bibliothèque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <location line="+31"/>
        <source>Your Library Needs Attention</source>
        <translation>Votre bibliothèque demande votre attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library recovery</source>
        <translation>Récupération de la bibliothèque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit without changing anything</source>
        <translation>Quitter sans rien modifier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your library is damaged.</source>
        <translation>Votre bibliothèque est endommagée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library&apos;s file is empty.</source>
        <translation>Le fichier de votre bibliothèque est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library&apos;s file is missing.</source>
        <translation>Le fichier de votre bibliothèque est introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library&apos;s file is no longer a database: its beginning is gone.</source>
        <translation>Le fichier de votre bibliothèque n’est plus une base de données&#xa0;: son début a disparu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beside your library is a journal file (-wal) that another library wrote.</source>
        <translation>À côté de votre bibliothèque se trouve un fichier journal (-wal) écrit par une autre bibliothèque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its journal file (-wal, %1) holds changes not yet in the file.</source>
        <translation>Son fichier journal (-wal, %1) contient des modifications qui ne sont pas encore dans le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been changed. Choose how to bring your library back; whatever you choose, the old files are kept, moved aside under a new name.</source>
        <translation>Rien n’a été modifié. Choisissez comment rétablir votre bibliothèque&#x202f;; quel que soit votre choix, les anciens fichiers sont conservés, mis de côté sous un nouveau nom.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore the Backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest good backup</source>
        <translation>Restaurer la sauvegarde valide la plus récente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover What the Files Hold</source>
        <translation>Récupérer le contenu des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy everything the damaged file and its journal still hold into a new library</source>
        <translation>Copier tout ce que contiennent encore le fichier endommagé et son journal dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start With an Empty Library</source>
        <translation>Commencer avec une bibliothèque vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new, empty library</source>
        <translation>Commencer une nouvelle bibliothèque vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup has been restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal file written by another library was left out.</source>
        <translation>Le fichier journal écrit par une autre bibliothèque a été écarté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new, empty library has been started.</source>
        <translation>Une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The old files are kept at %1.</source>
        <translation>Les anciens fichiers sont conservés dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library Recovered</source>
        <translation>Bibliothèque récupérée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library recovered</source>
        <translation>Bibliothèque récupérée</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Some parts could not be read and are missing.</source>
        <translation>Certaines parties n’ont pas pu être lues et sont manquantes.</translation>
    </message>
</context>
<context>
    <name>RepairPrompt</name>
    <message>
        <location filename="../../../serge_desktop/ui/startup/background_check.py" line="-52"/>
        <source>Your Library Needs a Repair</source>
        <translation>Votre bibliothèque doit être réparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library repair</source>
        <translation>Réparation de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A check of your library found %n problem(s) in its indexes or text. Nothing is lost: they can be repaired now.</source>
        <translation>
            <numerusform>Une vérification de votre bibliothèque a détecté %n problème dans ses index ou son texte. Rien n’est perdu&#xa0;: il peut être réparé dès maintenant.</numerusform>
            <numerusform>Une vérification de votre bibliothèque a détecté %n problèmes dans ses index ou son texte. Rien n’est perdu&#xa0;: ils peuvent être réparés dès maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup of the library is made first. The repair takes a moment.</source>
        <translation>Une sauvegarde de la bibliothèque est d’abord effectuée. La réparation prend un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair Now</source>
        <translation>Réparer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair the library now</source>
        <translation>Réparer la bibliothèque maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair when the app next starts</source>
        <translation>Réparer au prochain démarrage de l’application</translation>
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
        <location line="+4"/>
        <source>The disk that holds the folder %1 is full: free some space; your notes are safe.</source>
        <translation>Le disque qui contient le dossier %1 est plein&#xa0;: libérez de l’espace&#x202f;; vos notes sont en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
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
