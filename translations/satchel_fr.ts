<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Satchel::AchievementTypeNames</name>
    <message>
        <source>Achievement</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation>Certificat d’apprentissage</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Diplôme de premier cycle court</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Bachelor's degree</source>
        <translation>Licence (bachelor)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Attestation de fin de formation</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Service à la communauté</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Co-curricular activity</source>
        <translation>Activité parascolaire</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Diplôme universitaire</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Travail de terrain</translation>
    </message>
    <message>
        <source>General education development (GED)</source>
        <translation>Équivalence d’études secondaires (GED)</translation>
    </message>
    <message>
        <source>Journeyman certificate</source>
        <translation>Certificat de compagnon</translation>
    </message>
    <message>
        <source>Learning programme</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence d’exercice</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Professional doctorate</source>
        <translation>Doctorat professionnel</translation>
    </message>
    <message>
        <source>Quality assurance credential</source>
        <translation>Justificatif d’assurance qualité</translation>
    </message>
    <message>
        <source>Master certificate</source>
        <translation>Brevet de maîtrise</translation>
    </message>
    <message>
        <source>Master's degree</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Micro-certification</translation>
    </message>
    <message>
        <source>Research doctorate</source>
        <translation>Doctorat de recherche</translation>
    </message>
    <message>
        <source>Secondary school diploma</source>
        <translation>Diplôme de fin d’études secondaires</translation>
    </message>
</context>
<context>
    <name>Satchel::AddressPolicy</name>
    <message>
        <source>The host %1 has no address.</source>
        <translation>L’hôte %1 n’a aucune adresse.</translation>
    </message>
    <message>
        <source>Refused to contact %1: its address %2 is link-local, multicast, unspecified or this machine, which credentials may not make Satchel reach.</source>
        <translation>Connexion à %1 refusée : son adresse %2 est locale au lien (link-local), de multidiffusion, non spécifiée ou celle de cette machine, des adresses qu’un justificatif ne peut pas faire joindre par Satchel.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>Impossible de résoudre %1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::AesGcm</name>
    <message>
        <source>The encryption library failed.</source>
        <translation>La bibliothèque de chiffrement a échoué.</translation>
    </message>
    <message>
        <source>An AES-256 key must be 32 bytes.</source>
        <translation>Une clé AES-256 doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Les données sont trop volumineuses pour être chiffrées d’un seul tenant.</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>Les données chiffrées sont trop courtes.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the passphrase is wrong or the data was changed.</source>
        <translation>Impossible de déchiffrer les données : la phrase secrète est fausse ou les données ont été modifiées.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveReader</name>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>L’archive est illisible : %1</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir l’archive %1 : %2</translation>
    </message>
    <message>
        <source>The archive directory is corrupt.</source>
        <translation>Le répertoire de l’archive est corrompu.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>L’archive contient plus de %1 entrées.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Aucune archive n’est ouverte.</translation>
    </message>
    <message>
        <source>The archive entry "%1" points outside the archive and was skipped.</source>
        <translation>L’entrée « %1 » de l’archive pointe hors de l’archive et a été ignorée.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is a folder.</source>
        <translation>L’entrée « %1 » de l’archive est un dossier.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is larger than %2 bytes.</source>
        <translation>L’entrée « %1 » de l’archive dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The archive entry "%1" expands suspiciously (a zip bomb?).</source>
        <translation>L’entrée « %1 » de l’archive se décompresse de façon suspecte (une bombe zip ?).</translation>
    </message>
    <message>
        <source>The archive entry "%1" cannot be read: %2</source>
        <translation>L’entrée « %1 » de l’archive est illisible : %2</translation>
    </message>
    <message>
        <source>The archive entry "%1" is corrupt: %2</source>
        <translation>L’entrée « %1 » de l’archive est corrompue : %2</translation>
    </message>
    <message>
        <source>The archive expands to more than %1 bytes.</source>
        <translation>L’archive se décompresse en plus de %1 octets.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveWriter</name>
    <message>
        <source>Could not build the archive: %1</source>
        <translation>Impossible de construire l’archive : %1</translation>
    </message>
    <message>
        <source>"%1" is not a safe name inside an archive.</source>
        <translation>« %1 » n’est pas un nom sûr dans une archive.</translation>
    </message>
    <message>
        <source>The archive already has an entry "%1".</source>
        <translation>L’archive a déjà une entrée « %1 ».</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>lecture incomplète</translation>
    </message>
</context>
<context>
    <name>Satchel::AssociationText</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 fait partie de %2</translation>
    </message>
    <message>
        <source>%1 is the same achievement as %2</source>
        <translation>%1 est la même réussite que %2</translation>
    </message>
    <message>
        <source>%1 is on a par with %2</source>
        <translation>%1 est de même niveau que %2</translation>
    </message>
    <message>
        <source>%1 is related to %2</source>
        <translation>%1 est en lien avec %2</translation>
    </message>
    <message>
        <source>%1 comes before %2</source>
        <translation>%1 précède %2</translation>
    </message>
    <message>
        <source>%1 is replaced by %2</source>
        <translation>%2 remplace %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
</context>
<context>
    <name>Satchel::AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupActions</name>
    <message>
        <source>Back up wallet</source>
        <translation>Sauvegarder le portefeuille</translation>
    </message>
    <message>
        <source>The wallet is backed up to %1.</source>
        <translation>Le portefeuille est sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Satchel backups (*.satchel-backup)</source>
        <translation>Sauvegardes Satchel (*.satchel-backup)</translation>
    </message>
    <message>
        <source>Backing up the wallet…</source>
        <translation>Sauvegarde du portefeuille…</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) restored.</source>
        <translation>
            <numerusform>%n justificatif restauré.</numerusform>
            <numerusform>%n justificatifs restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were already in the wallet and were kept as they were.</source>
        <translation>
            <numerusform>%n justificatif était déjà dans le portefeuille et a été gardé tel quel.</numerusform>
            <numerusform>%n justificatifs étaient déjà dans le portefeuille et ont été gardés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s) restored.</source>
        <translation>
            <numerusform>%n parcours restauré.</numerusform>
            <numerusform>%n parcours restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) restored.</source>
        <translation>
            <numerusform>%n collection restaurée.</numerusform>
            <numerusform>%n collections restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it and try again (if it is right, the file is damaged).</source>
        <translation>Cette phrase secrète n’ouvre pas cette sauvegarde. Vérifiez-la et réessayez (si elle est correcte, le fichier est endommagé).</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were in the wallet with other content: both copies are kept, and the one that verifies is shown.</source>
        <translation>
            <numerusform>%n justificatif était dans le portefeuille avec un autre contenu : les deux exemplaires sont gardés, et celui qui est vérifié est affiché.</numerusform>
            <numerusform>%n justificatifs étaient dans le portefeuille avec un autre contenu : les deux exemplaires sont gardés, et celui qui est vérifié est affiché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::BackupHeader</name>
    <message>
        <source>This file is not a Satchel backup.</source>
        <translation>Ce fichier n'est pas une sauvegarde Satchel.</translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated).</source>
        <translation>Le fichier de sauvegarde est incomplet (tronqué).</translation>
    </message>
    <message>
        <source>This backup uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Cette sauvegarde utilise la version de format %1, que cette version de Satchel ne sait pas lire.</translation>
    </message>
    <message>
        <source>The backup's header asks for settings Satchel does not accept; the file is damaged or was not made by Satchel.</source>
        <translation>L'en-tête de la sauvegarde demande des paramètres que Satchel n'accepte pas ; le fichier est endommagé ou n'a pas été créé par Satchel.</translation>
    </message>
    <message>
        <source>The backup file has extra bytes at its end; it is damaged.</source>
        <translation>Le fichier de sauvegarde contient des octets en trop à la fin ; il est endommagé.</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupReader</name>
    <message>
        <source>The backup cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Impossible d'ouvrir la sauvegarde : phrase secrète incorrecte ou fichier endommagé.</translation>
    </message>
    <message>
        <source>Could not unpack the backup into a temporary folder: %1</source>
        <translation>Impossible de extraire la sauvegarde dans un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupWriter</name>
    <message>
        <source>There is no wallet at %1.</source>
        <translation>Il n'y a pas de portefeuille à l'emplacement %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Could not take a snapshot of the wallet: %1</source>
        <translation>Impossible de prendre un instantané du portefeuille : %1</translation>
    </message>
    <message>
        <source>Could not read the wallet snapshot: %1</source>
        <translation>Impossible de lire l'instantané du portefeuille : %1</translation>
    </message>
    <message>
        <source>The wallet is too large to back up into one file.</source>
        <translation>Le portefeuille est trop volumineux pour être sauvegardé dans un seul fichier.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Could not open the wallet snapshot: %1</source>
        <translation>Impossible d’ouvrir l’instantané du portefeuille : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::BadgrPathwayImporter</name>
    <message>
        <source>The pathway has too many elements</source>
        <translation>Le parcours contient trop d’éléments</translation>
    </message>
    <message>
        <source>%1: elements are nested deeper than %2 levels</source>
        <translation>%1 : les éléments sont imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1: no element has the id "%2"</source>
        <translation>%1 : aucun élément n’a l’identifiant « %2 »</translation>
    </message>
    <message>
        <source>%1: an element must be an object or an id</source>
        <translation>%1 : un élément doit être un objet ou un identifiant</translation>
    </message>
    <message>
        <source>%1: the element "%2" contains itself (a cycle)</source>
        <translation>%1 : l’élément « %2 » se contient lui-même (un cycle)</translation>
    </message>
    <message>
        <source>%1: a required badge has no id</source>
        <translation>%1 : un badge requis n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>%1: the element "%2" requires nothing</source>
        <translation>%1 : l’élément « %2 » n’exige rien</translation>
    </message>
    <message>
        <source>This is not a Badgr/Canvas pathway</source>
        <translation>Ce n’est pas un parcours Badgr/Canvas</translation>
    </message>
    <message>
        <source>The pathway has no root element</source>
        <translation>Le parcours n’a pas d’élément racine</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedExporter</name>
    <message>
        <source>A baked badge is a .png or .svg file: %1</source>
        <translation>Un badge intégré est un fichier .png ou .svg : %1</translation>
    </message>
    <message>
        <source>The credential has no stored text to bake.</source>
        <translation>Le justificatif n’a pas de texte enregistré à intégrer dans l’image.</translation>
    </message>
    <message>
        <source>The credential's format is unknown.</source>
        <translation>Le format du justificatif est inconnu.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedImageReader</name>
    <message>
        <source>Could not start decompression.</source>
        <translation>Impossible de lancer la décompression.</translation>
    </message>
    <message>
        <source>The compressed badge data is corrupt.</source>
        <translation>Les données compressées du badge sont corrompues.</translation>
    </message>
    <message>
        <source>The compressed badge data expands beyond %1 bytes.</source>
        <translation>Les données compressées du badge dépassent %1 octets une fois décompressées.</translation>
    </message>
    <message>
        <source>The compressed badge data is truncated.</source>
        <translation>Les données compressées du badge sont tronquées.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>Le fichier n’est pas une image PNG.</translation>
    </message>
    <message>
        <source>The PNG image has more than %1 chunks.</source>
        <translation>L’image PNG contient plus de %1 blocs.</translation>
    </message>
    <message>
        <source>The badge chunk uses an unknown compression method.</source>
        <translation>Le bloc du badge utilise une méthode de compression inconnue.</translation>
    </message>
    <message>
        <source>The badge chunk is truncated.</source>
        <translation>Le bloc du badge est tronqué.</translation>
    </message>
    <message>
        <source>The image holds no Open Badges data.</source>
        <translation>L’image ne contient aucune donnée Open Badges.</translation>
    </message>
    <message>
        <source>The SVG image declares entities or an internal DTD subset, which is not allowed.</source>
        <translation>L’image SVG déclare des entités ou un sous-ensemble DTD interne, ce qui n’est pas autorisé.</translation>
    </message>
    <message>
        <source>The SVG image contains entity references, which are not allowed.</source>
        <translation>L’image SVG contient des références d’entités, ce qui n’est pas autorisé.</translation>
    </message>
    <message>
        <source>The SVG badge element is empty.</source>
        <translation>L’élément de badge SVG est vide.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>L’image SVG n’est pas du XML bien formé : %1 (ligne %2).</translation>
    </message>
    <message>
        <source>The PNG chunk "%1" fails its CRC check: the image is damaged or was altered after baking.</source>
        <translation>Le bloc PNG « %1 » ne passe pas le contrôle CRC : l’image est endommagée ou a été modifiée après l’intégration du badge.</translation>
    </message>
    <message>
        <source>The PNG image holds more than one Open Badges chunk, so which badge it carries is ambiguous; it was refused.</source>
        <translation>L’image PNG contient plus d’un bloc Open Badges : le badge qu’elle porte est donc ambigu ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The SVG image holds more than one Open Badges element, so which badge it carries is ambiguous; it was refused.</source>
        <translation>L’image SVG contient plus d’un élément Open Badges : le badge qu’elle porte est donc ambigu ; elle a été refusée.</translation>
    </message>
</context>
<context>
    <name>Satchel::Baker</name>
    <message>
        <source>Unknown baking keyword %1.</source>
        <translation>Mot-clé d’intégration inconnu : %1.</translation>
    </message>
    <message>
        <source>The image is not a PNG file.</source>
        <translation>L’image n’est pas un fichier PNG.</translation>
    </message>
    <message>
        <source>The PNG image has no IEND chunk.</source>
        <translation>L’image PNG n’a pas de bloc IEND.</translation>
    </message>
    <message>
        <source>SVG images that declare entities are not supported.</source>
        <translation>Les images SVG qui déclarent des entités ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The image is not an SVG document.</source>
        <translation>L’image n’est pas un document SVG.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>L’image SVG n’est pas du XML bien formé : %1 (ligne %2).</translation>
    </message>
    <message>
        <source>The SVG image has no content element to bake into.</source>
        <translation>L’image SVG n’a aucun élément de contenu où intégrer le badge.</translation>
    </message>
    <message>
        <source>The SVG image declares the openbadges prefix in an unexpected way.</source>
        <translation>L’image SVG déclare le préfixe openbadges de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base58</name>
    <message>
        <source>The base58 text is too long.</source>
        <translation>Le texte base58 est trop long.</translation>
    </message>
    <message>
        <source>Invalid character in base58 text.</source>
        <translation>Caractère invalide dans le texte base58.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base64Url</name>
    <message>
        <source>Invalid padding in base64url text.</source>
        <translation>Remplissage invalide dans le texte base64url.</translation>
    </message>
    <message>
        <source>Invalid length for base64url text.</source>
        <translation>Longueur invalide pour un texte base64url.</translation>
    </message>
    <message>
        <source>Invalid character in base64url text.</source>
        <translation>Caractère invalide dans le texte base64url.</translation>
    </message>
    <message>
        <source>Non-canonical base64url text (trailing bits set).</source>
        <translation>Texte base64url non canonique (bits de fin non nuls).</translation>
    </message>
</context>
<context>
    <name>Satchel::BundledContextLoader</name>
    <message>
        <source>The JSON-LD context %1 is not bundled with Satchel; it is never fetched.</source>
        <translation>Le contexte JSON-LD %1 n’est pas fourni avec Satchel ; il n’est jamais téléchargé.</translation>
    </message>
    <message>
        <source>Cannot read the bundled context %1.</source>
        <translation>Impossible de lire le contexte fourni %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::BusyPage</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>Satchel::CborReader</name>
    <message numerus="yes">
        <source>The CBOR value is followed by %n extra byte(s).</source>
        <translation>
            <numerusform>La valeur CBOR est suivie de %n octet superflu.</numerusform>
            <numerusform>La valeur CBOR est suivie de %n octets superflus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indefinite or reserved CBOR lengths are not supported.</source>
        <translation>Les longueurs CBOR indéfinies ou réservées ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The CBOR value is truncated.</source>
        <translation>La valeur CBOR est tronquée.</translation>
    </message>
    <message>
        <source>The CBOR value is nested too deeply.</source>
        <translation>La valeur CBOR est trop profondément imbriquée.</translation>
    </message>
    <message>
        <source>The CBOR value has too many items.</source>
        <translation>La valeur CBOR contient trop d’éléments.</translation>
    </message>
    <message>
        <source>CBOR floats and simple values are not supported.</source>
        <translation>Les flottants et valeurs simples CBOR ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>Unsupported CBOR item.</source>
        <translation>Élément CBOR non pris en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchDialog</name>
    <message>
        <source>Export certificates</source>
        <translation>Exporter des certificats</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>One PDF per credential</source>
        <translation>Un PDF par justificatif</translation>
    </message>
    <message>
        <source>One transcript of them all</source>
        <translation>Un relevé unique de tous</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Créer :</translation>
    </message>
    <message>
        <source>e.g. Data Analytics pathway</source>
        <translation>par ex. parcours Analyse de données</translation>
    </message>
    <message>
        <source>Transcript &amp;title:</source>
        <translation>&amp;Titre du relevé :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>One transcript listing %n credential(s), each attached to the PDF.</source>
        <translation>
            <numerusform>Un relevé listant %n justificatif, joint au PDF.</numerusform>
            <numerusform>Un relevé listant %n justificatifs, chacun joint au PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be written, one PDF file per credential.</source>
        <translation>
            <numerusform>%n certificat sera écrit, un fichier PDF par justificatif.</numerusform>
            <numerusform>%n certificats seront écrits, un fichier PDF par justificatif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates to</source>
        <translation>Exporter les certificats vers</translation>
    </message>
    <message>
        <source>Choose a folder that can be written to.</source>
        <translation>Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Annulé après %n fichier.</numerusform>
            <numerusform>Annulé après %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier PDF écrit dans %1.</numerusform>
            <numerusform>%n fichiers PDF écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n n’a pas pu être écrit :</numerusform>
            <numerusform>%n n’ont pas pu être écrits :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchExporter</name>
    <message>
        <source>Credential %1: %2</source>
        <translation>Justificatif %1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateChain</name>
    <message>
        <source>A certificate chain must hold between 1 and %1 certificates.</source>
        <translation>Une chaîne de certificats doit compter entre 1 et %1 certificats.</translation>
    </message>
    <message>
        <source>A certificate in the chain cannot be read.</source>
        <translation>Un certificat de la chaîne est illisible.</translation>
    </message>
    <message>
        <source>The trusted certificates could not be read.</source>
        <translation>Les certificats de confiance n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The certificates could not be checked.</source>
        <translation>Les certificats n’ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>La clé publique du certificat est illisible.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateOptionsForm</name>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Moderne</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Used when a credential does not name you</source>
        <translation>Utilisé quand un justificatif ne vous nomme pas</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificatePreviewDialog</name>
    <message>
        <source>Print certificate</source>
        <translation>Imprimer le certificat</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation>Préparation du certificat…</translation>
    </message>
    <message>
        <source>The credential does not name you: type your name under Your name to print it on the certificate.</source>
        <translation>Le justificatif ne vous nomme pas : saisissez votre nom dans « Votre nom » pour l’imprimer sur le certificat.</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>Le certificat n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateRenderer</name>
    <message>
        <source>Printing the certificate took too long.</source>
        <translation>L’impression du certificat a pris trop de temps.</translation>
    </message>
    <message>
        <source>A certificate is already being printed.</source>
        <translation>Un certificat est déjà en cours d’impression.</translation>
    </message>
    <message>
        <source>The certificate page is too large to print.</source>
        <translation>La page du certificat est trop volumineuse pour être imprimée.</translation>
    </message>
    <message>
        <source>The certificate page could not be laid out.</source>
        <translation>La page du certificat n’a pas pu être mise en page.</translation>
    </message>
    <message>
        <source>QtWebEngine could not print the certificate.</source>
        <translation>QtWebEngine n’a pas pu imprimer le certificat.</translation>
    </message>
    <message>
        <source>Printing certificates needs a graphical application object.</source>
        <translation>L’impression de certificats nécessite un objet d’application graphique.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateWriter</name>
    <message>
        <source>Not verified by the wallet when printed on %1</source>
        <translation>Non vérifié par le portefeuille lors de l’impression le %1</translation>
    </message>
    <message>
        <source>Verified as valid on %1 (printed on %2)</source>
        <translation>Vérifié comme valide le %1 (imprimé le %2)</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1, printed on %2)</source>
        <translation>Révoqué par l’émetteur (vérifié le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>Expired (checked on %1, printed on %2)</source>
        <translation>Expiré (vérifié le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1, printed on %2)</source>
        <translation>Échec de la vérification (vérifié le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1, printed on %2)</source>
        <translation>Pas encore valide (vérifié le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1, printed on %2)</source>
        <translation>N’a pas pu être entièrement vérifié (le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>Unknown certificate design: %1 (use classic, modern or compact)</source>
        <translation>Modèle de certificat inconnu : %1 (utilisez classic, modern ou compact)</translation>
    </message>
    <message>
        <source>Unknown paper size: %1 (use a4 or letter)</source>
        <translation>Format de papier inconnu : %1 (utilisez a4 ou letter)</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2</source>
        <translation>Certificat pour %1, délivré par %2</translation>
    </message>
    <message>
        <source>The original credential, to verify this certificate</source>
        <translation>Le justificatif original, pour vérifier ce certificat</translation>
    </message>
    <message>
        <source>The certificate template %1 is missing.</source>
        <translation>Le modèle de certificat %1 est introuvable.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valide jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <translation>%1 crédits obtenus</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>Certificate of Achievement</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Il est certifié que</translation>
    </message>
    <message>
        <source>The holder of this credential</source>
        <translation>Le titulaire de ce justificatif</translation>
    </message>
    <message>
        <source>has earned</source>
        <translation>a obtenu</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Réussite sans titre</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>an issuer whose profile the wallet has not fetched</source>
        <translation>un émetteur dont le portefeuille n’a pas récupéré le profil</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>Scan for the credential id; the original credential is attached to this PDF.</source>
        <translation>Scannez pour l’identifiant du justificatif ; le justificatif original est joint à ce PDF.</translation>
    </message>
    <message>
        <source>Scan to verify online; the original credential is attached to this PDF.</source>
        <translation>Scannez pour vérifier en ligne ; le justificatif original est joint à ce PDF.</translation>
    </message>
    <message>
        <source>Valid, but not issued to the holder of this wallet (checked on %1, printed on %2)</source>
        <translation>Valide, mais pas au nom du titulaire de ce portefeuille (vérifié le %1, imprimé le %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, trust line</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CheckText</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Proof method</source>
        <translation>Méthode de preuve</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Issuer's key</source>
        <translation>Clé de l’émetteur</translation>
    </message>
    <message>
        <source>Key owner</source>
        <translation>Propriétaire de la clé</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Contenu du jeton</translation>
    </message>
    <message>
        <source>Signed fields</source>
        <translation>Champs signés</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Liste de révocation</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Start of validity</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Issuer's copy</source>
        <translation>Copie de l’émetteur</translation>
    </message>
    <message>
        <source>Included credentials</source>
        <translation>Justificatifs inclus</translation>
    </message>
    <message>
        <source>Readable: it holds what its standard requires.</source>
        <translation>Lisible : il contient ce qu’exige sa norme.</translation>
    </message>
    <message>
        <source>Cannot be read as its standard requires.</source>
        <translation>Ne peut pas être lu comme l’exige sa norme.</translation>
    </message>
    <message>
        <source>Follows the published schema of its standard.</source>
        <translation>Conforme au schéma publié de sa norme.</translation>
    </message>
    <message>
        <source>Departs from the published schema of its standard (this alone does not make it invalid).</source>
        <translation>S’écarte du schéma publié de sa norme (cela seul ne le rend pas invalide).</translation>
    </message>
    <message>
        <source>Names no schema to compare it with.</source>
        <translation>N’indique aucun schéma auquel le comparer.</translation>
    </message>
    <message>
        <source>Carries a proof that anyone can check.</source>
        <translation>Porte une preuve que chacun peut vérifier.</translation>
    </message>
    <message>
        <source>Carries no proof: nothing shows that the issuer made it.</source>
        <translation>Ne porte aucune preuve : rien ne montre que l’émetteur l’a établi.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel can check.</source>
        <translation>Signé selon une méthode que Satchel sait vérifier.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel cannot check, so it cannot be confirmed.</source>
        <translation>Signé selon une méthode que Satchel ne sait pas vérifier ; il ne peut donc pas être confirmé.</translation>
    </message>
    <message>
        <source>Signed with a safe algorithm.</source>
        <translation>Signé avec un algorithme sûr.</translation>
    </message>
    <message>
        <source>Not signed: it declares the algorithm "none".</source>
        <translation>Non signé : il déclare l’algorithme « none ».</translation>
    </message>
    <message>
        <source>Unchanged since the issuer signed it: the signature matches.</source>
        <translation>Inchangé depuis que l’émetteur l’a signé : la signature correspond.</translation>
    </message>
    <message>
        <source>Changed since the issuer signed it: the signature does not match.</source>
        <translation>Modifié depuis que l’émetteur l’a signé : la signature ne correspond pas.</translation>
    </message>
    <message>
        <source>Not known whether it changed since the issuer signed it: the signature could not be checked.</source>
        <translation>Impossible de savoir s’il a été modifié depuis que l’émetteur l’a signé : la signature n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>La clé de l’émetteur a été trouvée là où l’émetteur la publie.</translation>
    </message>
    <message>
        <source>The key meant to check the signature cannot be used.</source>
        <translation>La clé censée vérifier la signature est inutilisable.</translation>
    </message>
    <message>
        <source>The signing key came with the credential itself; the issuer has not confirmed it.</source>
        <translation>La clé de signature accompagnait le justificatif lui-même ; l’émetteur ne l’a pas confirmée.</translation>
    </message>
    <message>
        <source>The issuer's key could not be fetched, so the signature was not checked.</source>
        <translation>La clé de l’émetteur n’a pas pu être récupérée ; la signature n’a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>Signed with a key that belongs to the issuer named in it.</source>
        <translation>Signé avec une clé qui appartient à l’émetteur qu’il désigne.</translation>
    </message>
    <message>
        <source>Signed with a key that does not belong to the issuer named in it.</source>
        <translation>Signé avec une clé qui n’appartient pas à l’émetteur qu’il désigne.</translation>
    </message>
    <message>
        <source>Not confirmed that the signing key belongs to the issuer.</source>
        <translation>Rien ne confirme que la clé de signature appartient à l’émetteur.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it agree.</source>
        <translation>Le jeton signé et le justificatif qu’il contient concordent.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it disagree.</source>
        <translation>Le jeton signé et le justificatif qu’il contient ne concordent pas.</translation>
    </message>
    <message>
        <source>Every field is covered by the signature.</source>
        <translation>Tous les champs sont couverts par la signature.</translation>
    </message>
    <message>
        <source>Holds fields the signature does not cover.</source>
        <translation>Contient des champs que la signature ne couvre pas.</translation>
    </message>
    <message>
        <source>The issuer's status list shows it still in force.</source>
        <translation>La liste de statuts de l’émetteur le montre toujours en vigueur.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn it.</source>
        <translation>Révoqué : l’émetteur l’a retiré.</translation>
    </message>
    <message>
        <source>Its status entry does not affect whether it is valid.</source>
        <translation>Son entrée de statut n’a pas d’effet sur sa validité.</translation>
    </message>
    <message>
        <source>The issuer's revocation list could not be read; it was not counted against the credential.</source>
        <translation>La liste de révocation de l’émetteur n’a pas pu être lue ; cela n’a pas été retenu contre le justificatif.</translation>
    </message>
    <message>
        <source>Not known whether the issuer has revoked it: the revocation list could not be read.</source>
        <translation>Impossible de savoir si l’émetteur l’a révoqué : la liste de révocation n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>Dans sa période de validité.</translation>
    </message>
    <message>
        <source>Expired: its validity period has ended.</source>
        <translation>Expiré : sa période de validité est terminée.</translation>
    </message>
    <message>
        <source>Its validity period has begun.</source>
        <translation>Sa période de validité a commencé.</translation>
    </message>
    <message>
        <source>Not valid yet: its validity period has not begun.</source>
        <translation>Pas encore valide : sa période de validité n’a pas commencé.</translation>
    </message>
    <message>
        <source>It names one of your identities.</source>
        <translation>Il désigne l’une de vos identités.</translation>
    </message>
    <message>
        <source>Not to you: it names none of your identities, so it was issued to someone else.</source>
        <translation>Pas à votre nom : il ne désigne aucune de vos identités ; il a donc été délivré à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Not compared with your identities.</source>
        <translation>Non comparé à vos identités.</translation>
    </message>
    <message>
        <source>Matches the copy on the issuer's site.</source>
        <translation>Identique à la copie publiée sur le site de l’émetteur.</translation>
    </message>
    <message>
        <source>Differs from the copy on the issuer's site.</source>
        <translation>Diffère de la copie publiée sur le site de l’émetteur.</translation>
    </message>
    <message>
        <source>Not compared with the issuer's copy: the issuer's site could not be reached.</source>
        <translation>Non comparé à la copie de l’émetteur : le site de l’émetteur n’a pas pu être joint.</translation>
    </message>
    <message>
        <source>Every credential inside this record checks out.</source>
        <translation>Tous les justificatifs de ce relevé sont confirmés.</translation>
    </message>
    <message>
        <source>A credential inside this record is not valid.</source>
        <translation>Un justificatif de ce relevé n’est pas valide.</translation>
    </message>
    <message>
        <source>A credential inside this record has lapsed.</source>
        <translation>Un justificatif de ce relevé n’est plus en vigueur.</translation>
    </message>
    <message>
        <source>Not every credential inside this record could be checked.</source>
        <translation>Certains justificatifs de ce relevé n’ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Réussi.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échoué.</translation>
    </message>
    <message>
        <source>Passed with a warning.</source>
        <translation>Réussi, avec un avertissement.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>Sans objet.</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>N’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Try again later with Verify now, once you are online or the issuer's site is back.</source>
        <translation>Réessayez plus tard avec Vérifier maintenant, une fois en ligne ou quand le site de l’émetteur sera de nouveau accessible.</translation>
    </message>
    <message>
        <source>If it is yours under another address, add that address in Settings and verify again.</source>
        <translation>S’il vous a été délivré sous une autre adresse, ajoutez cette adresse dans les Paramètres et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Ask the issuer why if you think this is a mistake.</source>
        <translation>Si vous pensez qu’il s’agit d’une erreur, demandez-en la raison à l’émetteur.</translation>
    </message>
    <message>
        <source>Ask the issuer whether it can be renewed.</source>
        <translation>Demandez à l’émetteur s’il peut être renouvelé.</translation>
    </message>
    <message>
        <source>Ask the issuer for a new copy and import it again.</source>
        <translation>Demandez une nouvelle copie à l’émetteur et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>Every claim it discloses is one the issuer signed.</source>
        <translation>Chaque attribut qu’il divulgue a été signé par l’émetteur.</translation>
    </message>
    <message>
        <source>Discloses a claim the issuer did not sign, or discloses one twice.</source>
        <translation>Divulgue un attribut que l’émetteur n’a pas signé, ou divulgue deux fois le même attribut.</translation>
    </message>
    <message>
        <source>Presented by the holder of the key the issuer bound it to.</source>
        <translation>Présenté par le titulaire de la clé à laquelle l’émetteur l’a lié.</translation>
    </message>
    <message>
        <source>The holder's proof does not match the key the issuer bound it to.</source>
        <translation>La preuve du titulaire ne correspond pas à la clé à laquelle l’émetteur l’a lié.</translation>
    </message>
    <message>
        <source>Bound to its holder's key; a proof of holding it is made when it is presented.</source>
        <translation>Lié à la clé de son titulaire ; la preuve que celui-ci la détient est apportée lors de la présentation.</translation>
    </message>
    <message>
        <source>Names a revocation list of a kind Satchel cannot read yet; it was not checked.</source>
        <translation>Désigne une liste de révocation d’un type que Satchel ne sait pas encore lire ; elle n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>Disclosed claims</source>
        <translation>Attributs divulgués</translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation>Liaison à la clé du titulaire</translation>
    </message>
    <message>
        <source>The issuer's status list cannot be used, so whether it was revoked cannot be told.</source>
        <translation>La liste de statuts de l’émetteur est inutilisable : on ne peut pas savoir s’il a été révoqué.</translation>
    </message>
    <message>
        <source>The status list it names is not signed by its issuer.</source>
        <translation>La liste de statuts qu’il indique n’est pas signée par son émetteur.</translation>
    </message>
    <message>
        <source>Its place in the issuer's status list is missing or outside the list.</source>
        <translation>Sa place dans la liste de statuts de l’émetteur manque ou est hors de la liste.</translation>
    </message>
    <message>
        <source>The issuer's status list gives it a status Satchel does not know.</source>
        <translation>La liste de statuts de l’émetteur lui donne un statut que Satchel ne connaît pas.</translation>
    </message>
    <message>
        <source>Place in the revocation list</source>
        <translation>Place dans la liste de révocation</translation>
    </message>
</context>
<context>
    <name>Satchel::ClearButtonName</name>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::BackupCommand</name>
    <message>
        <source>Back up the whole wallet to an encrypted file, or restore one.</source>
        <translation>Sauvegarder tout le portefeuille dans un fichier chiffré, ou en restaurer un.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase (AES-256-GCM, key from scrypt).
  backup create --out FILE [--passphrase-file F]   write the wallet to FILE
  backup restore FILE [--passphrase-file F]        restore FILE into the wallet; credentials
                                                   it already holds are reported as duplicates
The passphrase is read from the first line of --passphrase-file, or asked on the terminal
(twice when creating). It is never taken from the command line.</source>
        <translation>Les sauvegardes sont chiffrées avec une phrase secrète (AES-256-GCM, clé dérivée par scrypt).
  backup create --out FICHIER [--passphrase-file F]   écrit le portefeuille dans FICHIER
  backup restore FICHIER [--passphrase-file F]        restaure FICHIER dans le portefeuille ; les justificatifs
                                                      qu'il contient déjà sont signalés comme doublons
La phrase secrète est lue sur la première ligne de --passphrase-file, ou demandée dans le terminal
(deux fois à la création). Elle n'est jamais prise sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Usage: backup create --out FILE [--passphrase-file F] | backup restore FILE [--passphrase-file F]</source>
        <translation>Utilisation : backup create --out FICHIER [--passphrase-file F] | backup restore FICHIER [--passphrase-file F]</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec de la restauration : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported</source>
        <translation>
            <numerusform>%n justificatif importé</numerusform>
            <numerusform>%n justificatifs importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) already in the wallet, kept as they were</source>
        <translation>
            <numerusform>%n doublon déjà dans le portefeuille, conservé tel quel</numerusform>
            <numerusform>%n doublons déjà dans le portefeuille, conservés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) held with other content, both kept as versions</source>
        <translation>
            <numerusform>%n justificatif présent avec un autre contenu, les deux gardés comme versions</numerusform>
            <numerusform>%n justificatifs présents avec un autre contenu, les deux gardés comme versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CanonCommand</name>
    <message>
        <source>Print the canonical N-Quads (RDFC-1.0) of a JSON-LD or N-Quads file.</source>
        <translation>Affiche les N-Quads canoniques (RDFC-1.0) d’un fichier JSON-LD ou N-Quads.</translation>
    </message>
    <message>
        <source>Canonicalizes FILE with RDFC-1.0 and prints the canonical N-Quads.
FILE is a JSON-LD document (only the contexts bundled with Satchel are used; nothing is
fetched) or an N-Quads file (.nq). JSON-LD safe mode is on: a document that uses undefined
terms or relative IRIs is an error (code data-loss), as Data Integrity requires.
  --hash    print the SHA-256 of the canonical N-Quads in hex instead
  --unsafe  drop undefined terms silently instead of failing (diagnostics only)
With --json: {file, sha256, quads, nquads} or {file, error: {code, message}}.</source>
        <translation>Canonise FICHIER avec RDFC-1.0 et affiche les N-Quads canoniques.
FICHIER est un document JSON-LD (seuls les contextes fournis avec Satchel sont utilisés ; rien n’est
téléchargé) ou un fichier N-Quads (.nq). Le mode sûr JSON-LD est actif : un document qui utilise des
termes non définis ou des IRI relatives est une erreur (code data-loss), comme l’exige Data Integrity.
  --hash    affiche plutôt le SHA-256 des N-Quads canoniques en hexadécimal
  --unsafe  ignore les termes non définis au lieu d’échouer (diagnostic seulement)
Avec --json : {file, sha256, quads, nquads} ou {file, error: {code, message}}.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>canon: %1: %2 (%3)</source>
        <translation>canon : %1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliCommand</name>
    <message>
        <source>Usage: satchel-cli %1</source>
        <translation>Usage : satchel-cli %1</translation>
    </message>
    <message>
        <source>Not a credential id: %1 (see 'list')</source>
        <translation>Ce n’est pas un identifiant de justificatif : %1 (voir « list »)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliContext</name>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation>Ce n’est pas une date et une heure ISO 8601 : %1</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>Aucun justificatif %1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CollectionCommand</name>
    <message>
        <source>Put a credential in a collection, take it out, list them.</source>
        <translation>Place un justificatif dans une collection, l’en retire, liste les collections.</translation>
    </message>
    <message>
        <source>Your collections (ID as printed by 'list'), as in the window's Tags and collections.
  collection add ID NAME      put the credential in the collection NAME, made when there is none
                              (quote a name with spaces; at most %1 characters)
  collection remove ID NAME   take it out (the collection stays, the credential stays in the wallet)
  collection list [ID]        every collection with its size, or those holding one credential
Names are matched exactly, else ignoring case.
With --json: add and remove print {"id": ID, "collections": [...]} (its collections afterwards),
list an array of {id, name, count}.
Exit status: 0 done; 1 no such credential or collection, or the wallet refused; 2 usage error.</source>
        <translation>Vos collections (ID tel qu’affiché par « list »), comme dans Étiquettes et collections de la fenêtre.
  collection add ID NOM       place le justificatif dans la collection NOM, créée si elle n’existe pas
                              (mettez entre guillemets un nom avec des espaces ; %1 caractères au plus)
  collection remove ID NOM    l’en retire (la collection reste, le justificatif reste dans le portefeuille)
  collection list [ID]        toutes les collections avec leur taille, ou celles qui contiennent un justificatif
Les noms sont comparés à l’identique, sinon sans tenir compte de la casse.
Avec --json : add et remove affichent {"id": ID, "collections": [...]} (ses collections ensuite),
list un tableau de {id, name, count}.
Code de sortie : 0 en cas de succès ; 1 justificatif ou collection introuvable, ou refus du portefeuille ;
2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Usage: collection add ID NAME | collection remove ID NAME | collection list [ID]</source>
        <translation>Usage : collection add ID NOM | collection remove ID NOM | collection list [ID]</translation>
    </message>
    <message>
        <source>Several collections are called %1: rename one in the window first.</source>
        <translation>Plusieurs collections s’appellent %1 : renommez-en d’abord une dans la fenêtre.</translation>
    </message>
    <message>
        <source>There is no collection %1 (see 'collection list').</source>
        <translation>Il n’y a pas de collection %1 (voir « collection list »).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credential(s))</source>
        <translation>
            <numerusform>%1 (%n justificatif)</numerusform>
            <numerusform>%1 (%n justificatifs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ConsentPrompt</name>
    <message>
        <source>y</source>
        <comment>the one-letter yes of a [y/N] question</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the yes of a [y/N] question</comment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ExportCommand</name>
    <message>
        <source>Share links, a verification page, the original file, a baked badge or a QR code.</source>
        <translation>Liens de partage, page de vérification, fichier d’origine, badge intégré ou code QR.</translation>
    </message>
    <message>
        <source>Unknown export: %1 (use links, page, raw, baked, qr or certificate)</source>
        <translation>Export inconnu : %1 (utilisez links, page, raw, baked, qr ou certificate)</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE</source>
        <translation>export %1 demande --out FICHIER</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>Aucun justificatif %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>Impossible de lire le justificatif %1 : %2</translation>
    </message>
    <message>
        <source>--scale needs a number from 1 to 64</source>
        <translation>--scale demande un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>export needs what to export and one credential id, e.g. 'export links 3'</source>
        <translation>export demande ce qu’il faut exporter et un identifiant de justificatif, par exemple « export links 3 »</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>%1 écrit (%2 octets)</translation>
    </message>
    <message>
        <source>Cannot bake credential %1: %2</source>
        <translation>Impossible d’intégrer le justificatif %1 dans l’image : %2</translation>
    </message>
    <message>
        <source>The wallet has no %1 image of this badge; a plain badge image was used.</source>
        <translation>Le portefeuille n’a pas d’image %1 de ce badge ; une image de badge neutre a été utilisée.</translation>
    </message>
    <message>
        <source>A QR code is a .png or .svg file: %1</source>
        <translation>Un code QR est un fichier .png ou .svg : %1</translation>
    </message>
    <message>
        <source>The credential has neither a share link nor an id to put in a QR code.</source>
        <translation>Le justificatif n’a ni lien de partage ni identifiant à mettre dans un code QR.</translation>
    </message>
    <message>
        <source>There is no share link; the QR code holds the credential's id.</source>
        <translation>Il n’y a pas de lien de partage ; le code QR contient l’identifiant du justificatif.</translation>
    </message>
    <message>
        <source>Share link: %1</source>
        <translation>Lien de partage : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Non utilisé : %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>indisponible (%1)</translation>
    </message>
    <message>
        <source>LinkedIn certification fields (to copy by hand):</source>
        <translation>Champs de certification LinkedIn (à copier à la main) :</translation>
    </message>
    <message>
        <source>export all needs --out FILE.zip</source>
        <translation>export all demande --out FICHIER.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) written to %1</source>
        <translation>
            <numerusform>%n justificatif écrit dans %1</numerusform>
            <numerusform>%n justificatifs écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential names no learner; use --name to print yours on the certificate.</source>
        <translation>Le justificatif ne nomme aucun apprenant ; utilisez --name pour imprimer votre nom sur le certificat.</translation>
    </message>
    <message>
        <source>PDF certificates need satchel-print-helper, which is not installed beside satchel-cli.</source>
        <translation>Les certificats PDF nécessitent satchel-print-helper, qui n’est pas installé à côté de satchel-cli.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>The certificate could not be printed: %1</source>
        <translation>Le certificat n’a pas pu être imprimé : %1</translation>
    </message>
    <message>
        <source>Exports one credential (ID as printed by 'list'):
  export links ID [--json]             every share link (LinkedIn, X, Facebook, Mastodon,
                                       Bluesky, e-mail), the LinkedIn fields and the warnings
  export page ID [--out FILE.html]     the self-contained verification page to host anywhere
  export raw ID --out FILE             the credential exactly as received ("-" for stdout)
  export baked ID --out FILE.png|.svg  the badge image with the credential baked in
  export qr ID --out FILE.png|.svg     a QR code of the share link
  export certificate ID --out FILE.pdf [--template classic|modern|compact]
         [--paper a4|letter] [--landscape] [--name NAME]
                                       a printable certificate with the credential attached
  export all --out FILE.zip            every credential as plain files: originals/ (as received)
                                       and badges/ (baked images); certificates come with the
                                       GUI's File → Export → Everything as a zip
  export ics [ID...] --out FILE.ics    the expiry dates of the credentials (all that have one
                                       when no ID is given) as calendar events, with the
                                       renewal link and an alarm at the warning window

The share link is the credential's own public address, else your verifier page, else
the address where you will upload the verification page. Options (saved in the wallet
with --save-settings):
  --verifier TEMPLATE   verifier URL with {url} (hosted credential file) or {id},
                        e.g. https://verifierplus.org/?url={url}
  --page-base URL       where you upload exported pages and files
  --mastodon HOST       your Mastodon server, e.g. mastodon.social
  --linkedin-org ID     the issuer's LinkedIn organization id
QR options: --ec L|M|Q|H (default M), --scale N pixels per module (default 8).

Exit status: 0 on success, 1 when the credential or a file could not be used, 2 on usage errors.</source>
        <translation>Exporte un justificatif (ID tel qu’affiché par « list ») :
  export links ID [--json]             tous les liens de partage (LinkedIn, X, Facebook, Mastodon,
                                       Bluesky, courriel), les champs LinkedIn et les avertissements
  export page ID [--out FICHIER.html]  la page de vérification autonome, à héberger n’importe où
  export raw ID --out FICHIER          le justificatif tel que reçu (« - » pour la sortie standard)
  export baked ID --out FICHIER.png|.svg  l’image du badge avec le justificatif intégré
  export qr ID --out FICHIER.png|.svg  un code QR du lien de partage
  export certificate ID --out FICHIER.pdf [--template classic|modern|compact]
         [--paper a4|letter] [--landscape] [--name NOM]
                                       un certificat imprimable avec le justificatif joint
  export all --out FICHIER.zip         tous les justificatifs en fichiers simples : originals/ (tels que
                                       reçus) et badges/ (images avec le justificatif intégré) ; les
                                       certificats viennent avec Fichier → Exporter → Tout dans un zip de l’interface
  export ics [ID...] --out FICHIER.ics les dates d’expiration des justificatifs (tous ceux qui en ont
                                       une si aucun ID n’est donné) sous forme d’événements d’agenda,
                                       avec le lien de renouvellement et une alarme au début du délai
                                       d’avertissement

Le lien de partage est l’adresse publique du justificatif lui-même, sinon votre page de
vérificateur, sinon l’adresse où vous déposerez la page de vérification. Options (enregistrées
dans le portefeuille avec --save-settings) :
  --verifier MODÈLE     URL du vérificateur avec {url} (fichier du justificatif hébergé) ou {id},
                        par ex. https://verifierplus.org/?url={url}
  --page-base URL       où vous déposez les pages et fichiers exportés
  --mastodon HÔTE       votre serveur Mastodon, par ex. mastodon.social
  --linkedin-org ID     l’identifiant d’organisation LinkedIn de l’émetteur
Options QR : --ec L|M|Q|H (M par défaut), --scale N pixels par module (8 par défaut).

Code de sortie : 0 en cas de succès, 1 si le justificatif ou un fichier n’a pas pu être utilisé, 2 en cas d’erreur d’usage.</translation>
    </message>
    <message>
        <source>export ics needs --out FILE.ics</source>
        <translation>export ics demande --out FICHIER.ics</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::HolderIdentityActions</name>
    <message>
        <source>Usage: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Usage : identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID LIBELLÉ | identity retire-key DID</translation>
    </message>
    <message>
        <source>Unknown key type %1 (use ed25519 or p256)</source>
        <translation>Type de clé inconnu %1 (utilisez ed25519 ou p256)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau de clés</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellée</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::IdentityCommand</name>
    <message>
        <source>Manage your identities (e-mail, URL, phone, DID).</source>
        <translation>Gère vos identités (courriel, URL, téléphone, DID).</translation>
    </message>
    <message>
        <source>Unknown identity type %1 (use email, url, telephone or did)</source>
        <translation>Type d’identité inconnu %1 (utilisez email, url, telephone ou did)</translation>
    </message>
    <message>
        <source>Your identities let Satchel check that a credential was issued to you.
  identity add [--type email|url|telephone|did] VALUE   (type guessed when left out)
  identity list                                          (--json: [{type, value}], and your keys
                                                          as {type: holder, did, label, keyType,
                                                          storage, default, createdAt})
  identity remove VALUE
Your keys (holder identities) bind credentials issuers send to you:
  identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]
                                   (kept in the keychain, else sealed under the passphrase)
  identity rename-key DID LABEL
  identity retire-key DID</source>
        <translation>Vos identités permettent à Satchel de vérifier qu’un justificatif vous a bien été délivré.
  identity add [--type email|url|telephone|did] VALEUR   (type deviné s’il est omis)
  identity list                                          (--json : [{type, value}], et vos clés
                                                          sous la forme {type: holder, did, label, keyType,
                                                          storage, default, createdAt})
  identity remove VALEUR
Vos clés (identités de titulaire) lient à vous les justificatifs que les émetteurs vous envoient :
  identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]
                                   (gardée dans le trousseau de clés, sinon scellée sous la phrase secrète)
  identity rename-key DID LIBELLÉ
  identity retire-key DID</translation>
    </message>
    <message>
        <source>Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE | identity add-key | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Usage : identity add [--type TYPE] VALEUR | identity list | identity remove VALEUR | identity add-key | identity rename-key DID LIBELLÉ | identity retire-key DID</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ImportCommand</name>
    <message>
        <source>Import credentials from files, folders, .zip archives or URLs.</source>
        <translation>Importe des justificatifs depuis des fichiers, des dossiers, des archives .zip ou des URL.</translation>
    </message>
    <message>
        <source>Imports every credential found in the inputs into the wallet.
An input is a file (.json, .jsonld, .jws, .jwt, .txt, baked .png or .svg), a folder
(searched recursively), a .zip archive, an http(s) URL, or "-" for text on stdin.
Prints one line per credential: imported|duplicate|version|failed, the input, and the
credential's name or the reason of the failure. "version": the wallet already holds
this credential (same issuer and id) with other content; both are kept, and
`verify` shows the one that verifies.

Options:
  --offline   fetch nothing; linked documents that are not cached are reported
  --json      print the report as a JSON array

Exit status: 0 when every input was imported or already present, 1 when any failed.</source>
        <translation>Importe dans le portefeuille chaque justificatif trouvé dans les entrées.
Une entrée est un fichier (.json, .jsonld, .jws, .jwt, .txt, .png ou .svg avec badge intégré), un dossier
(parcouru récursivement), une archive .zip, une URL http(s), ou « - » pour du texte sur l’entrée standard.
Affiche une ligne par justificatif : imported|duplicate|version|failed, l’entrée, et le
nom du justificatif ou la raison de l’échec. « version » : le portefeuille contient déjà
ce justificatif (même émetteur et même identifiant) avec un autre contenu ; les deux sont
gardés, et `verify` affiche celui qui est vérifié.

Options :
  --offline   ne télécharge rien ; les documents liés absents du cache sont signalés
  --json      affiche le rapport sous forme de tableau JSON

Code de sortie : 0 quand chaque entrée a été importée ou était déjà présente, 1 en cas d’échec.</translation>
    </message>
    <message>
        <source>import needs at least one input (file, folder, archive, URL or -)</source>
        <translation>import attend au moins une entrée (fichier, dossier, archive, URL ou -)</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(nom inconnu)</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (délivré par %2)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ListCommand</name>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation>Liste les justificatifs du portefeuille.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list ne prend pas d’argument</translation>
    </message>
    <message>
        <source>Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.
With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring DAYS   only the credentials whose expiry date is within DAYS days of now
                    (--now when given), and those already expired, soonest first:
                    id, expiry date, "expiring" or "expired", name and issuer. With --json
                    each object also has validUntil and expiry ("expiring" or "expired").</source>
        <translation>Liste les justificatifs du portefeuille, du plus récent au plus ancien : id, date de délivrance, format, nom et émetteur.
Avec --json : un tableau de {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring JOURS  seulement les justificatifs dont la date d’expiration tombe d’ici JOURS jours
                    (à compter de --now s’il est donné), et ceux déjà expirés, les plus proches
                    d’abord : id, date d’expiration, « expire bientôt » ou « expiré », nom et
                    émetteur. Avec --json, chaque objet contient aussi validUntil et expiry
                    ("expiring" ou "expired").</translation>
    </message>
    <message>
        <source>--expiring needs a number of days from 0 to 36500</source>
        <translation>--expiring attend un nombre de jours compris entre 0 et 36500</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::Main</name>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] [--offline] [--now ISO] COMMAND [ARGS...]</source>
        <translation>Usage : satchel-cli [--wallet CHEMIN] [--json] [--offline] [--now ISO] COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run 'satchel-cli COMMAND --help' for the options of one command.</source>
        <translation>Lancez « satchel-cli COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] %1</source>
        <translation>Usage : satchel-cli [--wallet CHEMIN] [--json] %1</translation>
    </message>
    <message>
        <source>Run 'satchel-cli %1 --help' for its options.</source>
        <translation>Lancez « satchel-cli %1 --help » pour ses options.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::OrganizeArguments</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nom compte au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1 : %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file when the input is not a terminal.</source>
        <translation>Pas de phrase secrète : utilisez --passphrase-file quand l’entrée n’est pas un terminal.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Phrase secrète (confirmation) : </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file.</source>
        <translation>Pas de phrase secrète : utilisez --passphrase-file.</translation>
    </message>
    <message>
        <source>There is no keychain here: your new key will be sealed in the wallet under a passphrase.</source>
        <translation>Pas de trousseau de clés ici : votre nouvelle clé sera scellée dans le portefeuille par une phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PathwaysCommand</name>
    <message>
        <source>Import stackable pathways and see progress on them.</source>
        <translation>Importe des parcours cumulables et montre votre progression.</translation>
    </message>
    <message>
        <source>pathways list takes no arguments</source>
        <translation>pathways list ne prend pas d’argument</translation>
    </message>
    <message>
        <source>pathways %1 needs one pathway id</source>
        <translation>pathways %1 attend un identifiant de parcours</translation>
    </message>
    <message>
        <source>Unknown pathways action: %1</source>
        <translation>Action pathways inconnue : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Imported pathway %1 (%2)</source>
        <translation>Parcours %1 importé (%2)</translation>
    </message>
    <message>
        <source>Not a wallet credential id: %1</source>
        <translation>Ce n’est pas un identifiant de justificatif du portefeuille : %1</translation>
    </message>
    <message>
        <source>Credential %1 is not a CLR</source>
        <translation>Le justificatif %1 n’est pas un CLR</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>les %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 crédits sur %2</translation>
    </message>
    <message>
        <source>counts: %1 [%2]</source>
        <translation>compte : %1 [%2]</translation>
    </message>
    <message>
        <source>does not count: %1 [%2]: %3</source>
        <translation>ne compte pas : %1 [%2] : %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Removed pathway %1</source>
        <translation>Parcours %1 supprimé</translation>
    </message>
    <message>
        <source>pathways import FILE|URL...   import pathway definitions (files or http/https addresses): Satchel's
                              format ("satchelPathway": 1), a Badgr/Canvas pathway, or a CLR 2.0
                              credential's associations
pathways import --credential ID   import the associations of a CLR stored in the wallet
pathways list                 every pathway with its progress
pathways show ID              the evaluated requirement tree of one pathway
pathways remove ID            delete a pathway (not the credentials)
With --json: list gives [{id, name, percent, satisfied, missing, next}], show the tree,
import [{file, ok, id, name, source, error}]. Progress is judged at --now when given.</source>
        <translation>pathways import FICHIER|URL... importer des définitions de parcours (fichiers ou adresses http/https) : le
                              format de Satchel ("satchelPathway": 1), un parcours Badgr/Canvas ou les
                              associations d'un CLR 2.0
pathways import --credential ID   importer les associations d'un CLR conservé dans le portefeuille
pathways list                 chaque parcours avec sa progression
pathways show ID              l'arbre des conditions évalué d'un parcours
pathways remove ID            supprimer un parcours (pas les certifications)
Avec --json : list donne [{id, name, percent, satisfied, missing, next}], show l'arbre,
import [{file, ok, id, name, source, error}]. La progression est évaluée à --now s'il est donné.</translation>
    </message>
    <message>
        <source>pathways import needs a file, a URL or --credential ID</source>
        <translation>pathways import a besoin d'un fichier, d'une URL ou de --credential ID</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PresentCommand</name>
    <message>
        <source>Present credentials to a verifier that asks for them (OpenID4VP).</source>
        <translation>Présenter des justificatifs à un vérificateur qui les demande (OpenID4VP).</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signée par %1</translation>
    </message>
    <message>
        <source>signed with a certificate for %1</source>
        <translation>signée avec un certificat pour %1</translation>
    </message>
    <message>
        <source>not signed: only the domain above vouches for it</source>
        <translation>non signée : seul le domaine ci-dessus en répond</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Verifier: %1</source>
        <translation>Vérificateur : %1</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom donné)</translation>
    </message>
    <message>
        <source>%1 (the name it gives itself)</source>
        <translation>%1 (le nom qu’il se donne)</translation>
    </message>
    <message>
        <source>The answer goes to: %1</source>
        <translation>La réponse va à : %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Demande : %1</translation>
    </message>
    <message>
        <source>  Purpose: %1</source>
        <translation>  But : %1</translation>
    </message>
    <message>
        <source>  None of your credentials answers it.</source>
        <translation>  Aucun de vos justificatifs n’y répond.</translation>
    </message>
    <message>
        <source>  Matches: %1  %2 (%3)%4</source>
        <translation>  Convient : %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>  Does not match: %1  %2 (%3): %4</source>
        <translation>  Ne convient pas : %1  %2 (%3) : %4</translation>
    </message>
    <message>
        <source>You declined; the verifier was told.</source>
        <translation>Vous avez refusé ; le vérificateur en a été informé.</translation>
    </message>
    <message>
        <source>You declined; the verifier could not be told (%1). Nothing was sent.</source>
        <translation>Vous avez refusé ; le vérificateur n’a pas pu en être informé (%1). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Credential %1 answers nothing this verifier asks for.</source>
        <translation>Le justificatif %1 ne répond à rien de ce que demande ce vérificateur.</translation>
    </message>
    <message>
        <source>Several of your credentials answer this request: choose with --credential ID.</source>
        <translation>Plusieurs de vos justificatifs répondent à cette demande : choisissez avec --credential ID.</translation>
    </message>
    <message>
        <source>You have no credential that gives this verifier what it asks for (%1). Nothing was sent.</source>
        <translation>Vous n’avez aucun justificatif qui donne à ce vérificateur ce qu’il demande (%1). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>You have no holder identity to sign the presentation with (see 'identity add-key'). Nothing was sent.</source>
        <translation>Vous n’avez aucune identité de titulaire pour signer la présentation (voir 'identity add-key'). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was sent.</source>
        <translation>%1 n’est pas l’une de vos identités. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Will send: %1  %2 (%3)%4</source>
        <translation>Sera envoyé : %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation>Signé en tant que : %1</translation>
    </message>
    <message>
        <source>Send? [y/N] </source>
        <translation>Envoyer ? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was sent: run again with --yes to present.</source>
        <translation>Rien n’a été envoyé : relancez avec --yes pour présenter.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sent to %1: %2  %3</source>
        <translation>Envoyé à %1 : %2  %3</translation>
    </message>
    <message>
        <source>The verifier asks you to continue at %1 (not opened).</source>
        <translation>Le vérificateur vous invite à continuer sur %1 (non ouvert).</translation>
    </message>
    <message>
        <source>To receive it: satchel-cli receive URL</source>
        <translation>Pour le recevoir : satchel-cli receive URL</translation>
    </message>
    <message>
        <source>  present URL [--credential ID]... [--identity DID] [--passphrase-file F] [--yes] [--json]
      answer a verifier's request: URL is an openid4vp://, openid-vc://, haip-vp:// or https link
      carrying one. First it shows who asks (the name the verifier gives itself, the domain
      that receives the answer, whether the request was signed and by whom), each credential
      asked for and which of yours match, then asks y/N on a terminal; --yes answers yes.
      Whole credentials are sent, except SD-JWT VCs: only the claims the verifier asks for
      are disclosed from them (listed under each), with proof of your key.
      --credential ID (repeatable, ids as 'list' shows) chooses what to send; each goes to the
      first thing asked for that it answers. Without it, when each thing asked for has exactly
      one matching credential, those are sent; otherwise the candidates are listed.
      --identity names the holder DID that signs (default: the identity the credentials were
      issued to, else your default identity).
  present URL --dry-run [--json]
      only show the request and the matches; nothing is sent.
  present URL --decline
      tell the verifier you decline; it is written to your presentation log either way.
Exit codes: 0 sent (or declined, or shown with --dry-run), 1 failed (nothing sent, or the
verifier refused the answer), 2 usage or an unclear choice (the candidates are listed),
3 not confirmed (nothing sent).</source>
        <translation>  present URL [--credential ID]... [--identity DID] [--passphrase-file F] [--yes] [--json]
      répond à la demande d’un vérificateur : URL est un lien openid4vp://, openid-vc://, haip-vp://
      ou https qui en porte une. La commande montre d’abord qui demande (le nom que se donne le
      vérificateur, le domaine qui reçoit la réponse, si la demande est signée et par qui), chaque
      justificatif demandé et ceux des vôtres qui conviennent, puis demande o/N sur un terminal ; --yes répond oui.
      Les justificatifs sont envoyés entiers, sauf les SD-JWT VC : seuls les attributs que demande
      le vérificateur en sont divulgués (listés sous chacun), avec une preuve de possession de votre clé.
      --credential ID (répétable, identifiants tels qu’affichés par « list ») choisit ce qui est envoyé ;
      chacun va à la première demande à laquelle il répond. Sans cette option, si chaque demande a
      exactement un justificatif qui convient, ceux-ci sont envoyés ; sinon les candidats sont listés.
      --identity désigne le DID de titulaire qui signe (par défaut : l’identité à laquelle les justificatifs
      ont été délivrés, sinon votre identité par défaut).
  present URL --dry-run [--json]
      montre seulement la demande et les correspondances ; rien n’est envoyé.
  present URL --decline
      indique au vérificateur que vous refusez ; dans tous les cas, c’est inscrit dans votre historique des présentations.
Codes de sortie : 0 envoyé (ou refusé, ou affiché avec --dry-run), 1 échec (rien n’est envoyé, ou le
vérificateur a refusé la réponse), 2 usage ou choix ambigu (les candidats sont listés),
3 non confirmé (rien n’est envoyé).</translation>
    </message>
    <message>
        <source>Whole credentials are shared, except SD-JWT VCs, which disclose only the claims listed under them.</source>
        <translation>Les justificatifs sont partagés en entier, sauf les SD-JWT VC, qui ne divulguent que les attributs listés en dessous.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReceiveCommand</name>
    <message>
        <source>Receive credentials from an issuer's offer link (OpenID4VCI or VC-API).</source>
        <translation>Recevoir des justificatifs depuis le lien d’offre d’un émetteur (OpenID4VCI ou VC-API).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Contacted: %1 via %2</source>
        <translation>Contacté : %1 via %2</translation>
    </message>
    <message>
        <source>Credentials: whatever the exchange issues after you prove who you are</source>
        <translation>Justificatifs : ceux que l’échange délivre une fois que vous avez prouvé votre identité</translation>
    </message>
    <message>
        <source>Credential: %1 (%2)</source>
        <translation>Justificatif : %1 (%2)</translation>
    </message>
    <message>
        <source>Not requested: a credential in %1, which Satchel cannot store yet</source>
        <translation>Non demandé : un justificatif au format %1, que Satchel ne sait pas encore enregistrer</translation>
    </message>
    <message>
        <source>Bound to: %1</source>
        <translation>Lié à : %1</translation>
    </message>
    <message>
        <source>The issuer asks for a PIN: %1</source>
        <translation>L’émetteur demande un code PIN : %1</translation>
    </message>
    <message>
        <source>You will sign in at the issuer in your web browser.</source>
        <translation>Vous vous connecterez chez l’émetteur dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Nothing was requested: run again with --yes to receive.</source>
        <translation>Rien n’a été demandé : relancez avec --yes pour recevoir.</translation>
    </message>
    <message>
        <source>Receive? [y/N] </source>
        <translation>Recevoir ? [o/N] </translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was requested.</source>
        <translation>%1 n’est pas l’une de vos identités. Rien n’a été demandé.</translation>
    </message>
    <message>
        <source>a new key of yours, made now</source>
        <translation>une nouvelle clé à vous, créée maintenant</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Code PIN : </translation>
    </message>
    <message>
        <source>Sign in at the issuer in your browser: %1</source>
        <translation>Connectez-vous chez l’émetteur dans votre navigateur : %1</translation>
    </message>
    <message>
        <source>No credentials are pending.</source>
        <translation>Aucun justificatif n’est en attente.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4</source>
        <translation>%1  %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Pending: %1 from %2 will be sent later; run `satchel-cli receive --pending` to ask again.</source>
        <translation>En attente : %1 de %2 sera envoyé plus tard ; lancez `satchel-cli receive --pending` pour redemander.</translation>
    </message>
    <message>
        <source>  receive URL [--tx-code CODE] [--identity DID] [--passphrase-file F] [--yes] [--json]
      receive the credentials an issuer offers: URL is an openid-credential-offer:// link,
      an https link carrying credential_offer or credential_offer_uri, a VC-API interaction
      link (iuv=1) or a Learner Credential Wallet link (dccrequest://, .../request?request=).
      First it shows what would happen (issuer, the domain contacted, the credentials, the
      identity they are bound to) and asks y/N on a terminal; --yes answers yes. --tx-code
      gives the PIN the issuer sent separately (asked on a terminal when needed).
      --identity names the holder DID to bind to (default: your default identity).
  receive --pending [--json]
      ask the issuers of credentials they are still preparing again; one an issuer no
      longer holds is given up (listed as abandoned).
  receive --forget-pending ID
      stop waiting for a pending credential (its id is in receive --pending --json).
Exit codes: 0 received, 1 failed (nothing stored), 2 usage, 3 not confirmed (nothing
requested beyond the offer), 4 the issuer will deliver later (see receive --pending).</source>
        <translation>  receive URL [--tx-code CODE] [--identity DID] [--passphrase-file F] [--yes] [--json]
      reçoit les justificatifs qu’un émetteur propose : URL est un lien openid-credential-offer://,
      un lien https portant credential_offer ou credential_offer_uri, un lien d’interaction VC-API
      (iuv=1) ou un lien Learner Credential Wallet (dccrequest://, .../request?request=).
      La commande montre d’abord ce qui va se passer (émetteur, domaine contacté, justificatifs,
      identité à laquelle ils seront liés) et demande o/N sur un terminal ; --yes répond oui. --tx-code
      donne le code PIN que l’émetteur a envoyé à part (demandé sur un terminal au besoin).
      --identity désigne le DID de titulaire à lier (par défaut : votre identité par défaut).
  receive --pending [--json]
      redemande aux émetteurs les justificatifs qu’ils préparent encore ; celui qu’un émetteur
      ne détient plus est abandonné (listé comme tel).
  receive --forget-pending ID
      cesse d’attendre un justificatif en attente (son id figure dans receive --pending --json).
Codes de sortie : 0 reçu, 1 échec (rien n’est enregistré), 2 usage, 3 non confirmé (rien
n’est demandé au-delà de l’offre), 4 l’émetteur livrera plus tard (voir receive --pending).</translation>
    </message>
    <message>
        <source>Satchel no longer waits for pending credential %1.</source>
        <translation>Satchel n’attend plus le justificatif en attente %1.</translation>
    </message>
    <message>
        <source>Abandoned: %1 from %2: %3</source>
        <translation>Abandonné : %1 de %2 : %3</translation>
    </message>
    <message>
        <source>To answer it: satchel-cli present URL</source>
        <translation>Pour y répondre : satchel-cli present URL</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReviewCommand</name>
    <message>
        <source>Export a review packet for an advisor, or review one.</source>
        <translation>Exporter un dossier de revue pour un conseiller, ou en examiner un.</translation>
    </message>
    <message>
        <source>Cannot make the review packet: %1</source>
        <translation>Impossible de créer le dossier de revue : %1</translation>
    </message>
    <message>
        <source>Review packet written to %1</source>
        <translation>Dossier de revue écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s)</source>
        <translation>
            <numerusform>%n parcours</numerusform>
            <numerusform>%n parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un apprenant</translation>
    </message>
    <message>
        <source>Review packet of %1, made %2</source>
        <translation>Dossier de revue de %1, créé le %2</translation>
    </message>
    <message>
        <source>(the learner's receipt says: %1)</source>
        <translation>(le reçu de l’apprenant indique : %1)</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pathway: %1  %2%</source>
        <translation>Parcours : %1  %2 %</translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Total des crédits : %1</translation>
    </message>
    <message>
        <source>Cannot open the review packet: %1</source>
        <translation>Impossible d’ouvrir le dossier de revue : %1</translation>
    </message>
    <message>
        <source>Usage: review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | review open FILE [--passphrase-file F] [--json]</source>
        <translation>Usage : review create --out FICHIER [ID...|--all|--collection NOM|--pathway ID] [--passphrase-file F] | review open FICHIER [--passphrase-file F] [--json]</translation>
    </message>
    <message>
        <source>  review create --out FILE [ID...] [--all] [--collection NAME] [--pathway ID]
                [--learner NAME] [--include-identities] [--encrypt | --passphrase-file F]
      writes the chosen credentials (--all: every one), with their original bytes, images and
      your last verification,
      the pathways involved and a summary to FILE (.satchel-review); with --encrypt or
      --passphrase-file it is sealed with a passphrase. Identities only with --include-identities.
  review open FILE [--passphrase-file F] [--offline] [--json]
      verifies every credential of the packet again, compares with the learner's receipts,
      and prints the credentials, skills, pathways and credits. Exit 0 only when every
      credential is valid.
  review open FILE.json [--challenge C] [--offline] [--json]
      the same for a signed presentation file (satchel-cli share presentation): also checks that
      its holder signed it, for the code C you gave them. Exit 0 only when all is valid.
The passphrase is read from the first line of --passphrase-file, or asked on the terminal.
It is never taken from the command line.</source>
        <translation>  review create --out FILE [ID...] [--all] [--collection NAME] [--pathway ID]
                [--learner NAME] [--include-identities] [--encrypt | --passphrase-file F]
      écrit dans FILE (.satchel-review) les justificatifs choisis (--all : tous), avec leurs
      octets d’origine, leurs images et votre dernière vérification,
      les parcours concernés et un résumé ; avec --encrypt ou
      --passphrase-file, il est scellé par une phrase secrète. Identités seulement
      avec --include-identities.
  review open FILE [--passphrase-file F] [--offline] [--json]
      vérifie de nouveau chaque justificatif du paquet, compare avec les reçus de l’apprenant
      et affiche les justificatifs, compétences, parcours et crédits. Code de sortie 0
      seulement si tous les justificatifs sont valides.
  review open FILE.json [--challenge C] [--offline] [--json]
      de même pour un fichier de présentation signée (satchel-cli share presentation) : vérifie
      aussi que son titulaire l’a signée, pour le code C que vous lui avez donné. Code de
      sortie 0 seulement si tout est valide.
La phrase secrète est lue sur la première ligne de --passphrase-file, ou demandée dans le terminal.
Elle n’est jamais prise sur la ligne de commande.</translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>Le fichier est trop volumineux pour être une présentation.</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Présentation signée par %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::SearchCommand</name>
    <message>
        <source>Search the wallet by name, description, issuer, tag or skill.</source>
        <translation>Cherche dans le portefeuille par nom, description, émetteur, étiquette ou compétence.</translation>
    </message>
    <message>
        <source>Searches the wallet (names, descriptions, issuers, tags and skills) and prints the
matches as 'list' does; with --json the same array as 'list --json'.</source>
        <translation>Cherche dans le portefeuille (noms, descriptions, émetteurs, étiquettes et compétences) et affiche
les résultats comme « list » ; avec --json, le même tableau que « list --json ».</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search attend le texte à chercher</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShareCommand</name>
    <message numerus="yes">
        <source>This would upload the whole credential "%1" (%n byte(s)), with the name it gives you (%2), in a presentation signed with your key, to %3.</source>
        <translation>
            <numerusform>Cette commande déposerait le justificatif « %1 » en entier (%n octet), avec le nom qu’il vous donne (%2), dans une présentation signée avec votre clé, sur %3.</numerusform>
            <numerusform>Cette commande déposerait le justificatif « %1 » en entier (%n octets), avec le nom qu’il vous donne (%2), dans une présentation signée avec votre clé, sur %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Anyone with the link can see it until you stop sharing. Run again with --yes to upload.</source>
        <translation>Toute personne disposant du lien pourra le voir jusqu’à ce que vous arrêtiez le partage. Relancez avec --yes pour le déposer.</translation>
    </message>
    <message>
        <source>Public link %1: %2</source>
        <translation>Lien public %1 : %2</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message>
        <source>No public links yet.</source>
        <translation>Aucun lien public pour l’instant.</translation>
    </message>
    <message>
        <source>Stopped sharing %1</source>
        <translation>Partage arrêté : %1</translation>
    </message>
    <message>
        <source>Make a public link to a credential on a VerifierPlus server, list or stop links; or a signed presentation file.</source>
        <translation>Créer un lien public vers un justificatif sur un serveur VerifierPlus, lister ou retirer des liens ; ou un fichier de présentation signée.</translation>
    </message>
    <message>
        <source>  share create ID [--server URL] [--passphrase-file F] --yes [--json]
      upload credential ID (as in `list`) in a presentation signed with your key to a
      VerifierPlus server (the wallet's setting, default %1) and print the link;
      with --json: {id, view, get, unshare}, absolute URLs. Without --yes nothing is
      uploaded: it says what would be uploaded and where.
  share list [--json]
      every link made, with its LINK id, credential, server, dates and state
  share stop LINK [--passphrase-file F]
      take down the link with that LINK id (the first column of `share list`, not the
      credential's id: a credential may have several links)
  share server [URL | --default]
      show or set the VerifierPlus server kept in the wallet
  share presentation ID... --challenge C [--domain D] [--identity DID] -o FILE
      write a presentation of the credentials ID... signed by your identity (--identity,
      else your default one) for someone with no verifier: C is the code they gave you,
      D the domain if they gave one. They open FILE with Satchel's review or any verifier.
Your key is made on first use and kept in the system keychain; where there is none it
is sealed in the wallet under a passphrase, read from the first line of
--passphrase-file or asked on the terminal. Only Open Badges 3.0 and CLR 2.0
credentials in JSON-LD form can be shared this way.</source>
        <translation>  share create ID [--server URL] [--passphrase-file F] --yes [--json]
      envoie le justificatif ID (comme dans `list`), dans une présentation signée par votre clé,
      à un serveur VerifierPlus (celui du portefeuille, par défaut %1) et affiche le lien ;
      avec --json : {id, view, get, unshare}, en URL absolues. Sans --yes, rien n’est
      envoyé : la commande indique ce qui serait envoyé et où.
  share list [--json]
      tous les liens créés, avec leur identifiant LINK, justificatif, serveur, dates et état
  share stop LINK [--passphrase-file F]
      retire le lien portant cet identifiant LINK (la première colonne de `share list`, pas
      l’identifiant du justificatif : un justificatif peut avoir plusieurs liens)
  share server [URL | --default]
      affiche ou définit le serveur VerifierPlus enregistré dans le portefeuille
  share presentation ID... --challenge C [--domain D] [--identity DID] -o FILE
      écrit une présentation des justificatifs ID... signée par votre identité (--identity,
      sinon celle par défaut) pour quelqu’un qui n’a pas de vérificateur : C est le code qu’il
      vous a donné, D le domaine s’il en a donné un. Il ouvre FILE avec l’examen de Satchel
      ou tout vérificateur.
Votre clé est créée à la première utilisation et gardée dans le trousseau du système ; à
défaut, elle est scellée dans le portefeuille par une phrase secrète, lue sur la première
ligne de --passphrase-file ou demandée dans le terminal. Seuls les justificatifs Open Badges
3.0 et CLR 2.0 au format JSON-LD peuvent être partagés ainsi.</translation>
    </message>
    <message>
        <source>share presentation takes credential ids (as in `list`), not "%1"</source>
        <translation>share presentation attend des identifiants de justificatifs (comme dans `list`), pas « %1 »</translation>
    </message>
    <message>
        <source>share presentation needs -o FILE</source>
        <translation>share presentation requiert -o FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2.</source>
        <translation>
            <numerusform>%1 enregistré : %n justificatif signé par %2.</numerusform>
            <numerusform>%1 enregistré : %n justificatifs signés par %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShowCommand</name>
    <message>
        <source>Show every field of one credential.</source>
        <translation>Affiche tous les champs d’un justificatif.</translation>
    </message>
    <message>
        <source>Shows one credential (ID as printed by 'list'): every field the issuer gave, the
wallet's data (tags, status, source) and the raw credential.
With --json: {"summary": {...}, "credential": {...parsed...}, "raw": {...},
"otherVersions": [...]} (other copies with the same issuer and id; `verify` shows the one
that verifies).</source>
        <translation>Affiche un justificatif (ID tel qu’affiché par « list ») : chaque champ fourni par l’émetteur, les
données du portefeuille (étiquettes, statut, source) et le justificatif brut.
Avec --json : {"summary": {...}, "credential": {...analysé...}, "raw": {...},
"otherVersions": [...]} (les autres exemplaires de même émetteur et même identifiant ; `verify` affiche
celui qui est vérifié).</translation>
    </message>
    <message>
        <source>show needs one credential id (see 'list')</source>
        <translation>show attend un identifiant de justificatif (voir « list »)</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>Impossible de lire le justificatif %1 : %2</translation>
    </message>
    <message>
        <source>Wallet id: %1</source>
        <translation>Identifiant dans le portefeuille : %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Image: %1 (%2 bytes)</source>
        <translation>Image : %1 (%2 octets)</translation>
    </message>
    <message>
        <source>Raw credential:</source>
        <translation>Justificatif brut :</translation>
    </message>
    <message>
        <source>Other version: added %1 from %2, status %3</source>
        <translation>Autre version : ajoutée le %1 depuis %2, statut %3</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TagCommand</name>
    <message>
        <source>Tag a credential, untag it, list tags.</source>
        <translation>Ajoute des étiquettes à un justificatif, les lui retire, liste les étiquettes.</translation>
    </message>
    <message>
        <source>Your own tags on a credential (ID as printed by 'list'), as in the window's Tags and collections.
  tag add ID TAG...      add one or more tags (quote a tag with spaces; at most %1 characters)
  tag remove ID TAG...   remove them
  tag list [ID]          every tag in the wallet, or those of one credential
Put -- before a tag that starts with two dashes.
With --json: add and remove print {"id": ID, "tags": [...]} (the tags afterwards), list an array.
Exit status: 0 done; 1 no such credential, a tag it does not have, or the wallet refused;
2 usage error.</source>
        <translation>Vos propres étiquettes sur un justificatif (ID tel qu’affiché par « list »), comme dans
Étiquettes et collections de la fenêtre.
  tag add ID ÉTIQUETTE...      ajoute une ou plusieurs étiquettes (mettez entre guillemets une
                               étiquette avec des espaces ; %1 caractères au plus)
  tag remove ID ÉTIQUETTE...   les retire
  tag list [ID]                toutes les étiquettes du portefeuille, ou celles d’un justificatif
Mettez -- avant une étiquette qui commence par deux tirets.
Avec --json : add et remove affichent {"id": ID, "tags": [...]} (les étiquettes ensuite), list un tableau.
Code de sortie : 0 en cas de succès ; 1 justificatif introuvable, étiquette qu’il n’a pas, ou refus du portefeuille ;
2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Usage: tag add ID TAG... | tag remove ID TAG... | tag list [ID]</source>
        <translation>Usage : tag add ID ÉTIQUETTE... | tag remove ID ÉTIQUETTE... | tag list [ID]</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TrustCommand</name>
    <message>
        <source>Trust registries: list, refresh, add, switch; known issuers.</source>
        <translation>Registres de confiance : liste, actualisation, ajout, activation ; émetteurs connus.</translation>
    </message>
    <message>
        <source>The registries that say who stands behind an issuer ('issuerTrust' in verify --json).
  trust list              each registry: id, on/off, format, when its copy was fetched
  trust refresh           fetch the registries in use again (for every issuer in the
                          wallet); a registry that cannot be reached keeps its copy
  trust add URL           a DCC-format registry, or an OpenID Federation trust anchor
                          (an URL ending in /.well-known/openid-federation)
  trust remove ID         forget an added registry (built-in ones are disabled instead)
  trust enable|disable ID switch a registry on or off
  trust known|unknown ISSUER  mark an issuer id as known to you personally, or not
Exit status: 0 done; 1 a registry could not be refreshed or the wallet refused; 2 usage.</source>
        <translation>Les registres qui indiquent qui se porte garant d’un émetteur (« issuerTrust » dans verify --json).
  trust list              chaque registre : identifiant, activé ou non, format, date de sa copie
  trust refresh           télécharge à nouveau les registres utilisés (pour chaque émetteur du
                          portefeuille) ; un registre injoignable garde sa copie
  trust add URL           un registre au format DCC, ou une ancre de confiance OpenID Federation
                          (une URL se terminant par /.well-known/openid-federation)
  trust remove ID         oublie un registre ajouté (un registre intégré est désactivé à la place)
  trust enable|disable ID active ou désactive un registre
  trust known|unknown ÉMETTEUR  marque un identifiant d’émetteur comme connu personnellement, ou non
Code de sortie : 0 en cas de succès ; 1 un registre n’a pas pu être actualisé, ou refus du portefeuille ;
2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>No trust registry has the id %1.</source>
        <translation>Aucun registre de confiance n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>jamais téléchargé</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::VerifyCommand</name>
    <message>
        <source>Verify credentials and save the reports in the wallet.</source>
        <translation>Vérifie les justificatifs et enregistre les rapports dans le portefeuille.</translation>
    </message>
    <message>
        <source>Cannot verify credential %1: %2</source>
        <translation>Impossible de vérifier le justificatif %1 : %2</translation>
    </message>
    <message>
        <source>The wallet holds no credentials.</source>
        <translation>Le portefeuille ne contient aucun justificatif.</translation>
    </message>
    <message>
        <source>The network could not be reached; documents not kept in the wallet were not checked (offline since %1).</source>
        <translation>Le réseau est injoignable ; les documents non conservés dans le portefeuille n’ont pas été vérifiés (hors ligne depuis %1).</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(nom inconnu)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Verifies the credentials with the given ids (see 'list'), or every credential that
is not inside a CLR when no id is given. A CLR's included credentials are verified
too. Each report is saved in the wallet. Keys, status lists and hosted badges are
fetched when needed and kept, so a later offline run gives the same verdicts.
Prints one line per credential: id, status (valid, invalid, revoked, expired,
not-yet-valid or unknown), name, and the check that decided a status other than valid.

Options:
  --offline   fetch nothing; use the documents kept in the wallet (checks that need
              anything else come out unknown, never invalid)
  --now ISO   verify as at this date and time (e.g. 2026-06-01T12:00:00Z)
  --json      print [{id, name, status, reasonCode, verifiedAt, checks: [{code,
              outcome, message}], issuerTrust: {status, text, registry, name,
              fetchedAt, ageDays, knownPersonally}}]; issuerTrust comes from the
              trust registries kept in the wallet ('trust refresh') and never
              changes the status

Exit status: 0 when every credential is valid, 1 when any is not valid or could not
be checked, 2 on a usage error.</source>
        <translation>Vérifie les justificatifs dont les identifiants sont donnés (voir « list »), ou tous
ceux qui ne sont pas dans un CLR quand aucun identifiant n’est donné. Les justificatifs
inclus dans un CLR sont vérifiés aussi. Chaque rapport est enregistré dans le portefeuille.
Les clés, listes de statuts et badges hébergés sont téléchargés au besoin et conservés :
une vérification hors ligne ultérieure donne alors les mêmes verdicts.
Affiche une ligne par justificatif : identifiant, statut (valid, invalid, revoked, expired,
not-yet-valid ou unknown), nom, et la vérification qui a décidé d’un statut autre que valid.

Options :
  --offline   ne rien télécharger ; utiliser les documents conservés dans le portefeuille
              (les vérifications qui demandent autre chose donnent unknown, jamais invalid)
  --now ISO   vérifier à cette date et heure (p. ex. 2026-06-01T12:00:00Z)
  --json      afficher [{id, name, status, reasonCode, verifiedAt, checks: [{code,
              outcome, message}], issuerTrust: {status, text, registry, name,
              fetchedAt, ageDays, knownPersonally}}] ; issuerTrust provient des
              registres de confiance conservés dans le portefeuille (« trust refresh »)
              et ne change jamais le statut

Code de sortie : 0 quand tous les justificatifs sont valides, 1 quand l’un d’eux n’est pas
valide ou n’a pas pu être vérifié, 2 en cas d’erreur d’utilisation.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::WalletCommandSupport</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Satchel::ClrPathwayImporter</name>
    <message>
        <source>The CLR has more than %1 associations</source>
        <translation>Le CLR contient plus de %1 associations</translation>
    </message>
    <message>
        <source>The CLR has no parent/child or ordering associations to build a pathway from</source>
        <translation>Le CLR n’a aucune association parent/enfant ou d’ordre à partir de laquelle construire un parcours</translation>
    </message>
    <message>
        <source>The CLR's pathway is too large</source>
        <translation>Le parcours du CLR est trop grand</translation>
    </message>
    <message>
        <source>Pathway from a CLR</source>
        <translation>Parcours issu d’un CLR</translation>
    </message>
</context>
<context>
    <name>Satchel::ColorScheme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>Satchel::CoseSign1</name>
    <message>
        <source>The COSE message is neither binary CBOR nor base64 text.</source>
        <translation>Le message COSE n’est ni du CBOR binaire ni du texte base64.</translation>
    </message>
    <message>
        <source>The COSE message is larger than %1 bytes.</source>
        <translation>Le message COSE dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The data is not a COSE_Sign1 message.</source>
        <translation>Les données ne sont pas un message COSE_Sign1.</translation>
    </message>
    <message>
        <source>The COSE message's payload is detached or not a byte string.</source>
        <translation>Le contenu du message COSE est détaché ou n’est pas une chaîne d’octets.</translation>
    </message>
    <message>
        <source>The COSE header is larger than %1 bytes.</source>
        <translation>L’en-tête COSE dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The COSE protected header is not a map.</source>
        <translation>L’en-tête protégé COSE n’est pas une table (map).</translation>
    </message>
    <message>
        <source>The COSE header names the same parameter twice.</source>
        <translation>L’en-tête COSE nomme deux fois le même paramètre.</translation>
    </message>
    <message>
        <source>The COSE message uses header extensions that are not supported.</source>
        <translation>Le message COSE utilise des extensions d’en-tête non prises en charge.</translation>
    </message>
    <message>
        <source>The COSE message's algorithm is not an integer in its protected header.</source>
        <translation>L’algorithme du message COSE n’est pas un entier dans son en-tête protégé.</translation>
    </message>
    <message>
        <source>The COSE message's protected header names no algorithm.</source>
        <translation>L’en-tête protégé du message COSE ne désigne aucun algorithme.</translation>
    </message>
    <message>
        <source>The COSE algorithm %1 is not allowed.</source>
        <translation>L’algorithme COSE %1 n’est pas autorisé.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExport</name>
    <message>
        <source>The wallet holds no file for this credential.</source>
        <translation>Le portefeuille ne contient aucun fichier pour ce justificatif.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExportActions</name>
    <message>
        <source>Save the original file</source>
        <translation>Enregistrer le fichier d’origine</translation>
    </message>
    <message>
        <source>Credential files (*.json *.jwt *.jws);;All files (*)</source>
        <translation>Fichiers de justificatif (*.json *.jwt *.jws);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a baked badge image</source>
        <translation>Enregistrer une image de badge avec le badge intégré</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>The badge came without an image of this kind, so a plain one holds the credential. Any badge importer reads it the same.</source>
        <translation>Le badge n’avait pas d’image de ce type : une image simple contient donc le justificatif. Tout outil d’import de badges la lit de la même façon.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialHtml</name>
    <message>
        <source>%1 (hashed, %2)</source>
        <translation>%1 (haché, %2)</translation>
    </message>
    <message>
        <source>JWS header:</source>
        <translation>En-tête JWS :</translation>
    </message>
    <message>
        <source>JWS payload:</source>
        <translation>Contenu JWS :</translation>
    </message>
    <message>
        <source>The raw credential is long; only its beginning is shown.</source>
        <translation>Le justificatif brut est long ; seul son début est affiché.</translation>
    </message>
    <message>
        <source>Show the raw credential</source>
        <translation>Afficher le justificatif brut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Justificatif sans titre</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivré par %1</translation>
    </message>
    <message>
        <source>Marked revoked by the issuer</source>
        <translation>Marqué comme révoqué par l’émetteur</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Décerné</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motif de révocation</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Type de réussite</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Domaine d’études</translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation>Spécialisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Credits available</source>
        <translation>Crédits proposés</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Crédits obtenus</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>Le justificatif ne nomme pas son destinataire.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Achievement created by</source>
        <translation>Réussite créée par</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Page des critères</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Compétences et alignements</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>required value %1</source>
        <translation>valeur requise %1</translation>
    </message>
    <message>
        <source>required level %1</source>
        <translation>niveau requis %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>parmi %1</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Unknown endorser</source>
        <translation>Recommandeur inconnu</translation>
    </message>
    <message>
        <source>Credentials in this record</source>
        <translation>Justificatifs de ce relevé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identifiant du justificatif</translation>
    </message>
    <message>
        <source>Baked in</source>
        <translation>Intégré dans</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Compte pour</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>accompli à %1 %</translation>
    </message>
    <message>
        <source>%1 · counts for: %2</source>
        <translation>%1 · compte pour : %2</translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation>Imprimer le certificat…</translation>
    </message>
    <message>
        <source>an achievement not described in this record</source>
        <translation>une réussite non décrite dans ce relevé</translation>
    </message>
    <message>
        <source>How they fit together</source>
        <translation>Comment ils s’articulent</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Autres versions</translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</source>
        <translation>
            <numerusform>Le portefeuille contient %n autre exemplaire de ce justificatif : même émetteur et même identifiant, avec un contenu différent. Vérifiez-le pour afficher l’exemplaire qui est vérifié.</numerusform>
            <numerusform>Le portefeuille contient %n autres exemplaires de ce justificatif : même émetteur et même identifiant, avec un contenu différent. Vérifiez-le pour afficher l’exemplaire qui est vérifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the others are kept unchanged.</source>
        <translation>
            <numerusform>Le portefeuille contient %n autre exemplaire de ce justificatif : même émetteur et même identifiant, avec un contenu différent. L’exemplaire affiché est vérifié ; l’autre est gardé tel quel.</numerusform>
            <numerusform>Le portefeuille contient %n autres exemplaires de ce justificatif : même émetteur et même identifiant, avec un contenu différent. L’exemplaire affiché est vérifié ; les autres sont gardés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</source>
        <translation>
            <numerusform>Le portefeuille contient %n autre exemplaire de ce justificatif : même émetteur et même identifiant, avec un contenu différent. Aucun exemplaire n’est vérifié : celui affiché est le premier gardé ou le plus récent.</numerusform>
            <numerusform>Le portefeuille contient %n autres exemplaires de ce justificatif : même émetteur et même identifiant, avec un contenu différent. Aucun exemplaire n’est vérifié : celui affiché est le premier gardé ou le plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · depuis %1</translation>
    </message>
    <message>
        <source>Copy added %1</source>
        <translation>Exemplaire ajouté le %1</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Reçu de %1 via %2 le %3</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From %1 via %2 on %3</source>
        <translation>De %1 via %2 le %3</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Shared with verifiers</source>
        <translation>Partagé avec des vérificateurs</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Partagé avec %1</translation>
    </message>
    <message>
        <source>Declined %1's request</source>
        <translation>Demande de %1 refusée</translation>
    </message>
    <message>
        <source>Could not be shared with %1</source>
        <translation>N’a pas pu être partagé avec %1</translation>
    </message>
    <message>
        <source>(registry copy of %1)</source>
        <translation>(copie du registre du %1)</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Registres non consultés : %1</translation>
    </message>
    <message>
        <source>I do not know this issuer</source>
        <translation>Je ne connais pas cet émetteur</translation>
    </message>
    <message>
        <source>Mark this issuer as known to me</source>
        <translation>Indiquer que je connais cet émetteur</translation>
    </message>
    <message>
        <source>Claims, disclosed ones in place:</source>
        <translation>Attributs, avec les attributs divulgués remis en place :</translation>
    </message>
    <message>
        <source>Badge image: %1</source>
        <translation>Image du badge : %1</translation>
    </message>
    <message>
        <source>Issuer's image</source>
        <translation>Image de l’émetteur</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <source>COSE header:</source>
        <translation>En-tête COSE :</translation>
    </message>
    <message>
        <source>COSE payload:</source>
        <translation>Contenu COSE :</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialListModel</name>
    <message>
        <source>Untitled credential</source>
        <translation>Justificatif sans titre</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
par %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, délivré par %2, %3</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Délivré le %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialMatcher</name>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot be presented to a verifier.</source>
        <translation>Un badge Open Badges 2.0 n’est pas un justificatif vérifiable : il ne peut pas être présenté à un vérificateur.</translation>
    </message>
    <message>
        <source>This credential cannot be presented to a verifier.</source>
        <translation>Ce justificatif ne peut pas être présenté à un vérificateur.</translation>
    </message>
    <message>
        <source>The verifier accepts it only as %1; this credential is a %2.</source>
        <translation>Le vérificateur ne l’accepte que sous la forme %1 ; ce justificatif est un %2.</translation>
    </message>
    <message>
        <source>Data Integrity credential</source>
        <translation>justificatif Data Integrity</translation>
    </message>
    <message>
        <source>VC-JWT</source>
        <translation>VC-JWT</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for (%1).</source>
        <translation>Il n’est pas du type que demande le vérificateur (%1).</translation>
    </message>
    <message>
        <source>It was issued by %1, not by an issuer the verifier accepts.</source>
        <translation>Il a été délivré par %1, pas par un émetteur qu’accepte le vérificateur.</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for.</source>
        <translation>Il n’est pas du type que demande le vérificateur.</translation>
    </message>
    <message>
        <source>It has no “%1”, which the verifier asks for.</source>
        <translation>Il n’a pas de « %1 », que demande le vérificateur.</translation>
    </message>
    <message>
        <source>Its “%1” is not what the verifier asks for.</source>
        <translation>Son « %1 » n’est pas ce que demande le vérificateur.</translation>
    </message>
    <message>
        <source>SD-JWT VC</source>
        <translation>SD-JWT VC</translation>
    </message>
    <message>
        <source>Its issuer bound it to a key that none of your identities in this wallet has, so Satchel cannot prove it is yours.</source>
        <translation>Son émetteur l’a lié à une clé qu’aucune de vos identités de ce portefeuille ne possède : Satchel ne peut donc pas prouver qu’il est à vous.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialOffer</name>
    <message>
        <source>The credential offer cannot be used: %1</source>
        <translation>L’offre de justificatif est inutilisable : %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>ce n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>it names no valid credential issuer</source>
        <translation>elle ne nomme aucun émetteur valide</translation>
    </message>
    <message>
        <source>The credential issuer %1 is not a secure (https) address.</source>
        <translation>L’émetteur %1 n’a pas une adresse sécurisée (https).</translation>
    </message>
    <message>
        <source>it offers no credential</source>
        <translation>elle ne propose aucun justificatif</translation>
    </message>
    <message>
        <source>its pre-authorized grant has no code</source>
        <translation>son autorisation préalable n’a pas de code</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialParser</name>
    <message>
        <source>The linked document %1 is not available.</source>
        <translation>Le document lié %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>Upgraded from Open Badges %1.</source>
        <translation>Mis à niveau depuis Open Badges %1.</translation>
    </message>
    <message>
        <source>The credential uses the older VC Data Model 1.1.</source>
        <translation>Le justificatif utilise l’ancien VC Data Model 1.1.</translation>
    </message>
    <message>
        <source>Credentials nested too deeply were skipped.</source>
        <translation>Des justificatifs trop profondément imbriqués ont été ignorés.</translation>
    </message>
    <message>
        <source>Nested credential %1 could not be read: %2</source>
        <translation>Le justificatif imbriqué %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReader</name>
    <message>
        <source>The data is not an Open Badge or CLR credential.</source>
        <translation>Les données ne sont pas un justificatif Open Badges ou CLR.</translation>
    </message>
    <message>
        <source>The badge data baked into the image is neither JSON, a JWS nor a URL.</source>
        <translation>Les données de badge intégrées à l’image ne sont ni du JSON, ni un JWS, ni une URL.</translation>
    </message>
    <message>
        <source>The text is neither a credential in JSON nor a compact JWS.</source>
        <translation>Le texte n’est ni un justificatif JSON ni un JWS compact.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The XML document is not an SVG image.</source>
        <translation>Le document XML n’est pas une image SVG.</translation>
    </message>
    <message>
        <source>The file is neither a credential nor a baked badge image.</source>
        <translation>Le fichier n’est ni un justificatif ni une image de badge intégré.</translation>
    </message>
    <message>
        <source>The file bundles more than %1 credentials.</source>
        <translation>Le fichier regroupe plus de %1 justificatifs.</translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is not a credential.</source>
        <translation>L’entrée %1 du lot n’est pas un justificatif.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>The credential must first be fetched from %1.</source>
        <translation>Le justificatif doit d’abord être téléchargé depuis %1.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation: %2</source>
        <translation>Justificatif %1 de la présentation : %2</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is not a credential.</source>
        <translation>Le justificatif %1 de la présentation n’est pas un justificatif.</translation>
    </message>
    <message>
        <source>The SD-JWT is not a verifiable credential (no dc+sd-jwt type, no vct).</source>
        <translation>Le SD-JWT n’est pas un justificatif vérifiable (ni type dc+sd-jwt, ni vct).</translation>
    </message>
    <message>
        <source>The disclosed claims cannot be shown: %1</source>
        <translation>Les attributs divulgués ne peuvent pas être affichés : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReceiver</name>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>L’échange %1 n’a pas une adresse sécurisée (https) : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>lecture du lien d’interaction</translation>
    </message>
    <message>
        <source>The issuer bound this credential to %1, not to the identity it was asked for (%2).</source>
        <translation>L’émetteur a lié ce justificatif à %1, et non à l’identité demandée (%2).</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>The issuer sent a credential Satchel could not store (%1); nothing was kept.</source>
        <translation>L’émetteur a envoyé un justificatif que Satchel n’a pas pu enregistrer (%1) ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The received credential could not be stored: %1</source>
        <translation>Le justificatif reçu n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was requested from the issuer and nothing was stored.</source>
        <translation>Annulé : rien n’a été demandé à l’émetteur et rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Reçu de %1 via %2 le %3</translation>
    </message>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>Le lien %1 n’est pas une adresse sécurisée (https) : rien n’a été récupéré.</translation>
    </message>
    <message>
        <source>This offer was not prepared: read the link again.</source>
        <translation>Cette offre n’a pas été préparée : relisez le lien.</translation>
    </message>
    <message>
        <source>The credential the issuer will send later could not be noted: %1</source>
        <translation>Le justificatif que l’émetteur enverra plus tard n’a pas pu être noté : %1</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Pas encore prêt.</translation>
    </message>
    <message>
        <source>No credential with the number %1 is pending.</source>
        <translation>Aucun justificatif portant le numéro %1 n’est en attente.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialSchemaCheck</name>
    <message>
        <source>The credential names no schema.</source>
        <translation>Le justificatif ne désigne aucun schéma.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n schema(s) were checked.</source>
        <translation>
            <numerusform>Seul le premier schéma a été vérifié.</numerusform>
            <numerusform>Seuls les %n premiers schémas ont été vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema %1 is not known to Satchel, so conformance to it was not checked.</source>
        <translation>Le schéma %1 n’est pas connu de Satchel ; la conformité à ce schéma n’a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(whole credential)</source>
        <translation>(justificatif entier)</translation>
    </message>
    <message>
        <source>The credential does not conform to %1: %2</source>
        <translation>Le justificatif n’est pas conforme à %1 : %2</translation>
    </message>
    <message>
        <source>The credential conforms to %1.</source>
        <translation>Le justificatif est conforme à %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialVerifier</name>
    <message>
        <source>The credential format is not recognised.</source>
        <translation>Le format du justificatif n’est pas reconnu.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataIntegrityVerifier</name>
    <message>
        <source>The proof purpose must be "assertionMethod".</source>
        <translation>La finalité de la preuve doit être « assertionMethod ».</translation>
    </message>
    <message>
        <source>The proof creation date is not valid.</source>
        <translation>La date de création de la preuve n’est pas valide.</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the issuer %2.</source>
        <translation>La clé de signature est contrôlée par %1, pas par l’émetteur %2.</translation>
    </message>
    <message>
        <source>The credential contains data its JSON-LD contexts do not define, so the signature cannot cover it: %1</source>
        <translation>Le justificatif contient des données que ses contextes JSON-LD ne définissent pas, la signature ne peut donc pas les couvrir : %1</translation>
    </message>
    <message>
        <source>The credential cannot be canonicalized: %1</source>
        <translation>Impossible de canoniser le justificatif : %1</translation>
    </message>
    <message>
        <source>The signature is valid (the key is named by the issuer's own identifier; its document could not confirm it).</source>
        <translation>La signature est valide (la clé est désignée par l’identifiant de l’émetteur lui-même ; son document n’a pas pu le confirmer).</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La signature %1 est valide.</translation>
    </message>
    <message>
        <source>The credential has no proof.</source>
        <translation>Le justificatif n’a aucune preuve.</translation>
    </message>
    <message>
        <source>The credential has too many proofs.</source>
        <translation>Le justificatif a trop de preuves.</translation>
    </message>
    <message>
        <source>A validity date is not a valid date-time.</source>
        <translation>Une date de validité n’est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>Too many nested credentials.</source>
        <translation>Trop de justificatifs imbriqués.</translation>
    </message>
    <message>
        <source>Included credential %1 (%2) failed: %3</source>
        <translation>Le justificatif inclus %1 (%2) a échoué : %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n included credential(s) are genuine.</source>
        <translation>
            <numerusform>Le justificatif inclus est authentique.</numerusform>
            <numerusform>Les %n justificatifs inclus sont authentiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>Le justificatif n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The signing key %1 is not on the issuer's site (%2); it was not fetched.</source>
        <translation>La clé de signature %1 n’est pas sur le site de l’émetteur (%2) ; elle n’a pas été récupérée.</translation>
    </message>
    <message>
        <source>A presentation's proof purpose must be "authentication".</source>
        <translation>La finalité de la preuve d’une présentation doit être « authentication ».</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>La clé de signature est contrôlée par %1, pas par le titulaire %2.</translation>
    </message>
    <message>
        <source>The presentation is not a JSON object.</source>
        <translation>La présentation n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A presentation needs exactly one proof by its holder.</source>
        <translation>Une présentation doit porter exactement une preuve de son titulaire.</translation>
    </message>
    <message>
        <source>The presentation answers another request: its challenge or domain differs.</source>
        <translation>La présentation répond à une autre demande : son défi ou son domaine diffère.</translation>
    </message>
    <message>
        <source>The key is of type %1, which a %2 proof cannot use.</source>
        <translation>La clé est de type %1, inutilisable pour une preuve %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataUri</name>
    <message>
        <source>The data: URI holds more than %1 bytes.</source>
        <translation>L’URI data: contient plus de %1 octets.</translation>
    </message>
    <message>
        <source>The text is not a data: URI.</source>
        <translation>Le texte n’est pas un URI data:.</translation>
    </message>
    <message>
        <source>The data: URI is malformed.</source>
        <translation>L’URI data: est mal formé.</translation>
    </message>
</context>
<context>
    <name>Satchel::DccRegistry</name>
    <message>
        <source>The registry is larger than %1 MB.</source>
        <translation>Le registre dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The registry is not JSON.</source>
        <translation>Le registre n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The registry has no "registry" object: it is not in the DCC known-issuer format.</source>
        <translation>Le registre n’a pas d’objet « registry » : il n’est pas au format DCC des émetteurs connus.</translation>
    </message>
    <message>
        <source>The registry lists more than %1 issuers.</source>
        <translation>Le registre répertorie plus de %1 émetteurs.</translation>
    </message>
</context>
<context>
    <name>Satchel::DemoWallet</name>
    <message>
        <source>The demo wallet's manifest cannot be read.</source>
        <translation>Le manifeste du portefeuille de démonstration est illisible.</translation>
    </message>
</context>
<context>
    <name>Satchel::DetailView</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?

%1</translation>
    </message>
</context>
<context>
    <name>Satchel::DidResolver</name>
    <message>
        <source>This DID cannot be resolved locally.</source>
        <translation>Ce DID ne peut pas être résolu localement.</translation>
    </message>
    <message>
        <source>The DID is too long.</source>
        <translation>Le DID est trop long.</translation>
    </message>
    <message>
        <source>Not a did:key.</source>
        <translation>Ce n’est pas un did:key.</translation>
    </message>
    <message>
        <source>The did:key fragment does not name its key.</source>
        <translation>Le fragment du did:key ne désigne pas sa clé.</translation>
    </message>
    <message>
        <source>Not a did:jwk.</source>
        <translation>Ce n’est pas un did:jwk.</translation>
    </message>
    <message>
        <source>A did:jwk has only the verification method #0.</source>
        <translation>Un did:jwk n’a que la méthode de vérification #0.</translation>
    </message>
    <message>
        <source>The did:jwk value is not base64url.</source>
        <translation>La valeur du did:jwk n’est pas en base64url.</translation>
    </message>
    <message>
        <source>The did:jwk value is not a JSON object.</source>
        <translation>La valeur du did:jwk n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Not a did:web.</source>
        <translation>Ce n’est pas un did:web.</translation>
    </message>
    <message>
        <source>The did:web host is not valid.</source>
        <translation>L’hôte du did:web n’est pas valide.</translation>
    </message>
    <message>
        <source>The did:web path is not valid.</source>
        <translation>Le chemin du did:web n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSd2023Suite</name>
    <message>
        <source>ecdsa-sd-2023 base proof</source>
        <translation>preuve de base ecdsa-sd-2023</translation>
    </message>
    <message>
        <source>The derived proof's label map does not name the blank node %1.</source>
        <translation>La table des libellés de la preuve dérivée ne nomme pas le nœud anonyme %1.</translation>
    </message>
    <message>
        <source>The derived proof names mandatory statements the document does not have.</source>
        <translation>La preuve dérivée nomme des déclarations obligatoires absentes du document.</translation>
    </message>
    <message>
        <source>The base proof's mandatory fields do not match the credential: %1</source>
        <translation>Les champs obligatoires de la preuve de base ne correspondent pas au justificatif : %1</translation>
    </message>
    <message>
        <source>The proof signs %1 statements, but the credential has %2 that are not mandatory.</source>
        <translation>La preuve signe %1 déclarations, mais le justificatif en a %2 qui ne sont pas obligatoires.</translation>
    </message>
    <message>
        <source>The derived proof's ephemeral key is not a P-256 multikey.</source>
        <translation>La clé éphémère de la preuve dérivée n’est pas une multikey P-256.</translation>
    </message>
    <message>
        <source>The issuer's base signature is not valid for the disclosed mandatory statements.</source>
        <translation>La signature de base de l’émetteur n’est pas valide pour les déclarations obligatoires divulguées.</translation>
    </message>
    <message>
        <source>The signature of statement %1 is not valid.</source>
        <translation>La signature de la déclaration %1 n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdDisclosure</name>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>Le justificatif n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The credential has no ecdsa-sd-2023 base proof to disclose from.</source>
        <translation>Le justificatif n’a pas de preuve de base ecdsa-sd-2023 à partir de laquelle divulguer.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdProofValue</name>
    <message>
        <source>An ecdsa-sd-2023 proof value must be base64url multibase ('u' prefix).</source>
        <translation>Une valeur de preuve ecdsa-sd-2023 doit être en multibase base64url (préfixe « u »).</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 proof value.</source>
        <translation>La valeur de preuve n’est pas une valeur de preuve ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The credential carries an ecdsa-sd-2023 base proof: it is what the issuer gives the holder, who discloses fields from it with a derived proof. A verifier checks only derived proofs.</source>
        <translation>Le justificatif porte une preuve de base ecdsa-sd-2023 : c’est ce que l’émetteur remet au titulaire, qui en divulgue des champs par une preuve dérivée. Un vérificateur ne contrôle que les preuves dérivées.</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 base proof.</source>
        <translation>La valeur de preuve n’est pas une preuve de base ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The proof value cannot be read: %1</source>
        <translation>La valeur de preuve est illisible : %1</translation>
    </message>
    <message>
        <source>The proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>La valeur de preuve n’a pas les cinq composants d’ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The derived proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>La valeur de preuve dérivée n’a pas les cinq composants d’ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the derived proof is not 64 bytes.</source>
        <translation>Une signature de déclaration de la preuve dérivée ne fait pas 64 octets.</translation>
    </message>
    <message>
        <source>The derived proof's label map is not a map of indexes to byte strings.</source>
        <translation>La table des libellés de la preuve dérivée n’associe pas des index à des chaînes d’octets.</translation>
    </message>
    <message>
        <source>The derived proof's label map names a blank node twice.</source>
        <translation>La table des libellés de la preuve dérivée nomme deux fois un nœud anonyme.</translation>
    </message>
    <message>
        <source>The derived proof's mandatory indexes are not ascending numbers.</source>
        <translation>Les index obligatoires de la preuve dérivée ne sont pas des nombres croissants.</translation>
    </message>
    <message>
        <source>The base proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>La valeur de preuve de base n’a pas les cinq composants d’ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the base proof is not 64 bytes.</source>
        <translation>Une signature de déclaration de la preuve de base ne fait pas 64 octets.</translation>
    </message>
    <message>
        <source>A mandatory pointer of the base proof is not text.</source>
        <translation>Un pointeur obligatoire de la preuve de base n’est pas du texte.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdStatements</name>
    <message>
        <source>A selected statement names a blank node the credential does not have.</source>
        <translation>Une déclaration sélectionnée nomme un nœud anonyme absent du justificatif.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519KeyPair</name>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>Impossible de créer une nouvelle clé de signature.</translation>
    </message>
    <message>
        <source>A signing key must be %1 bytes.</source>
        <translation>Une clé de signature doit faire %1 octets.</translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation>Impossible de lire la clé de signature.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Échec de la signature.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519Signature2018Suite</name>
    <message>
        <source>The proof has no usable "jws" value.</source>
        <translation>La preuve n’a pas de valeur « jws » utilisable.</translation>
    </message>
    <message>
        <source>The proof's "jws" is not a JWS with a detached payload (header..signature).</source>
        <translation>La valeur « jws » de la preuve n’est pas un JWS à contenu détaché (en-tête..signature).</translation>
    </message>
    <message>
        <source>The proof's JWS header is not a base64url JSON object.</source>
        <translation>L’en-tête JWS de la preuve n’est pas un objet JSON en base64url.</translation>
    </message>
    <message>
        <source>The proof's JWS header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}.</source>
        <translation>L’en-tête JWS de la preuve doit être {"alg":"EdDSA","b64":false,"crit":["b64"]}.</translation>
    </message>
    <message>
        <source>The proof's JWS signature is not a 64-byte Ed25519 signature.</source>
        <translation>La signature JWS de la preuve n’est pas une signature Ed25519 de 64 octets.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::EmptyStateView</name>
    <message>
        <source>Your wallet is empty</source>
        <translation>Votre portefeuille est vide</translation>
    </message>
    <message>
        <source>Add your badges and credentials: drop files, folders or zip archives on this window, or choose one of these.</source>
        <translation>Ajoutez vos badges et justificatifs : déposez des fichiers, des dossiers ou des archives zip sur cette fenêtre, ou choisissez l’une de ces options.</translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation>Aucun justificatif ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation>Aucun justificatif ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Check the spelling, search for fewer words, or show everything again.</source>
        <translation>Vérifiez l’orthographe, cherchez moins de mots, ou affichez de nouveau tous les justificatifs.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
</context>
<context>
    <name>Satchel::EntityStatement</name>
    <message>
        <source>The entity statement is larger than %1 KB.</source>
        <translation>La déclaration d’entité dépasse %1 Ko.</translation>
    </message>
    <message>
        <source>The entity statement is not a JWS: %1</source>
        <translation>La déclaration d’entité n’est pas un JWS : %1</translation>
    </message>
    <message>
        <source>The JWT is not an entity statement (its typ is "%1").</source>
        <translation>Le JWT n’est pas une déclaration d’entité (son typ est « %1 »).</translation>
    </message>
    <message>
        <source>The entity statement's payload is not a JSON object.</source>
        <translation>La charge utile de la déclaration d’entité n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The entity statement lacks iss, sub, iat or exp.</source>
        <translation>Il manque iss, sub, iat ou exp dans la déclaration d’entité.</translation>
    </message>
    <message>
        <source>The entity statement's jwks has no keys array.</source>
        <translation>Le jwks de la déclaration d’entité n’a pas de tableau keys.</translation>
    </message>
    <message>
        <source>The entity statement's metadata is not an object.</source>
        <translation>Le champ metadata de la déclaration d’entité n’est pas un objet.</translation>
    </message>
    <message>
        <source>The entity statement about %1 is not signed by a key of %2 that Satchel trusts.</source>
        <translation>La déclaration d’entité concernant %1 n’est pas signée par une clé de %2 à laquelle Satchel fait confiance.</translation>
    </message>
</context>
<context>
    <name>Satchel::ExpiryCalendar</name>
    <message>
        <source>“%1” expires</source>
        <translation>« %1 » expire</translation>
    </message>
    <message>
        <source>Your badge “%1” from %2 stops being valid on %3.</source>
        <translation>Votre badge « %1 » délivré par %2 cesse d’être valide le %3.</translation>
    </message>
    <message>
        <source>Renew it at %1</source>
        <translation>Renouvelez-le à l’adresse %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” expires in %n day(s)</source>
        <translation>
            <numerusform>« %1 » expire dans %n jour</numerusform>
            <numerusform>« %1 » expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials has an expiry date.</source>
        <translation>Aucun de ces justificatifs n’a de date d’expiration.</translation>
    </message>
    <message>
        <source>Badge expiry dates</source>
        <translation>Dates d’expiration des badges</translation>
    </message>
</context>
<context>
    <name>Satchel::ExportEverything</name>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Every badge goes into the zip as its original file and as a badge image with the credential inside.</source>
        <translation>Chaque badge va dans le zip sous forme de fichier d’origine et d’image de badge contenant le justificatif.</translation>
    </message>
    <message>
        <source>Also a printable PDF certificate of each badge (takes longer)</source>
        <translation>Aussi un certificat PDF imprimable de chaque badge (plus long)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Satchel::FederationAnchor</name>
    <message>
        <source>The entity configuration at %1 is about %2, not %3.</source>
        <translation>La configuration d’entité à l’adresse %1 concerne %2, et non %3.</translation>
    </message>
    <message>
        <source>The trust anchor %1 names no fetch endpoint to ask about issuers.</source>
        <translation>L’ancre de confiance %1 n’indique aucun point d’accès fetch à interroger au sujet des émetteurs.</translation>
    </message>
    <message>
        <source>A trust chain has between 1 and %1 statements; this one has %2.</source>
        <translation>Une chaîne de confiance compte entre 1 et %1 déclarations ; celle-ci en compte %2.</translation>
    </message>
    <message>
        <source>A statement in the trust chain is about %1 where %2 was expected.</source>
        <translation>Une déclaration de la chaîne de confiance concerne %1 alors que %2 était attendu.</translation>
    </message>
    <message>
        <source>The trust chain ends at %1, not at the trust anchor %2.</source>
        <translation>La chaîne de confiance se termine à %1, et non à l’ancre de confiance %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::Fetcher</name>
    <message>
        <source>Not fetched (offline): %1</source>
        <translation>Non téléchargé (hors ligne) : %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Seules les adresses http et https peuvent être téléchargées : %1</translation>
    </message>
    <message>
        <source>Timed out fetching %1</source>
        <translation>Délai dépassé en téléchargeant %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>More than %1 redirects fetching %2</source>
        <translation>Plus de %1 redirections en téléchargeant %2</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2 (only http and https are followed)</source>
        <translation>Redirection de %1 vers %2 refusée (seuls http et https sont suivis)</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>Introuvable (HTTP 404) : %1</translation>
    </message>
    <message>
        <source>Gone (HTTP 410): %1</source>
        <translation>Supprimé (HTTP 410) : %1</translation>
    </message>
    <message>
        <source>HTTP %1 fetching %2</source>
        <translation>HTTP %1 en téléchargeant %2</translation>
    </message>
    <message>
        <source>Not sent (offline): %1</source>
        <translation>Non envoyé (hors ligne) : %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used: %1</source>
        <translation>Seules les adresses http et https peuvent être utilisées : %1</translation>
    </message>
    <message>
        <source>%1 answered with a redirect; a request with a body is not sent elsewhere</source>
        <translation>%1 a répondu par une redirection ; une requête avec un contenu n’est pas renvoyée ailleurs</translation>
    </message>
    <message>
        <source>Refused to contact %1: only secure (https) addresses are used here</source>
        <translation>Connexion à %1 refusée : seules les adresses sécurisées (https) sont utilisées ici</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2, which is not a secure (https) address</source>
        <translation>Redirection de %1 vers %2 refusée : ce n’est pas une adresse sécurisée (https)</translation>
    </message>
</context>
<context>
    <name>Satchel::ForeignDatabase</name>
    <message>
        <source>The database's schema cannot be read: %1</source>
        <translation>Impossible de lire le schéma de la base de données : %1</translation>
    </message>
    <message>
        <source>The wallet file defines a view ("%1"); Satchel's wallets have none.</source>
        <translation>Le fichier du portefeuille définit une vue (« %1 ») ; les portefeuilles de Satchel n’en ont aucune.</translation>
    </message>
    <message>
        <source>The wallet file defines a trigger ("%1") that Satchel does not make.</source>
        <translation>Le fichier du portefeuille définit un déclencheur (« %1 ») que Satchel ne crée pas.</translation>
    </message>
    <message>
        <source>The wallet file holds a table or index ("%1") that is not part of Satchel's wallet schema, or is defined differently.</source>
        <translation>Le fichier du portefeuille contient une table ou un index (« %1 ») qui ne fait pas partie du schéma de portefeuille de Satchel, ou qui y est défini autrement.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>La base de données n’est pas une connexion SQLite ouverte.</translation>
    </message>
    <message>
        <source>SQLite refused to open the database defensively.</source>
        <translation>SQLite a refusé d’ouvrir la base de données en mode défensif.</translation>
    </message>
    <message>
        <source>Satchel's own wallet schema could not be built.</source>
        <translation>Le schéma de portefeuille propre à Satchel n’a pas pu être construit.</translation>
    </message>
    <message>
        <source>The database is not a Satchel wallet.</source>
        <translation>La base de données n’est pas un portefeuille Satchel.</translation>
    </message>
</context>
<context>
    <name>Satchel::GalleryView</name>
    <message>
        <source>Search name, issuer, skills, tags… (Ctrl+F)</source>
        <translation>Chercher un nom, un émetteur, des compétences, des étiquettes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the wallet as you type</source>
        <translation>Chercher dans le portefeuille pendant la saisie</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Type de réussite</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Année de délivrance</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation>Ordre décroissant (cliquez pour l’ordre croissant)</translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation>Ordre croissant (cliquez pour l’ordre décroissant)</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation>Open Badges 2.0</translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation>Open Badges 3.0</translation>
    </message>
    <message>
        <source>CLR 2.0</source>
        <translation>CLR 2.0</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Tous les émetteurs</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Search the wallet</source>
        <translation>Recherche dans le portefeuille</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Ordre décroissant</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Ordre croissant</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Justificatifs</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentitiesWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole DID</source>
        <translation>Copier le DID entier</translation>
    </message>
    <message>
        <source>Your keys prove that credentials sent to them are yours. Issuers that send credentials straight to Satchel bind them to one of these; the default is offered first. The private part stays on this computer, in the keychain or sealed in the wallet under a passphrase.</source>
        <translation>Vos clés prouvent que les justificatifs qui leur sont envoyés sont bien à vous. Les émetteurs qui envoient des justificatifs directement à Satchel les lient à l’une d’elles ; celle par défaut est proposée en premier. La partie privée reste sur cet ordinateur, dans le trousseau de clés ou scellée dans le portefeuille sous une phrase secrète.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Conservée dans</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>Sealed in the wallet</source>
        <translation>Scellée dans le portefeuille</translation>
    </message>
    <message>
        <source>No keys yet: add one, or one is made when you first share a public link.</source>
        <translation>Aucune clé pour l’instant : ajoutez-en une, ou une clé sera créée au premier lien public partagé.</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>e.g. School, Work</source>
        <translation>p. ex. École, Travail</translation>
    </message>
    <message>
        <source>Ed25519 (did:key), recommended</source>
        <translation>Ed25519 (did:key), recommandé</translation>
    </message>
    <message>
        <source>P-256 (did:jwk), for issuers that ask for it</source>
        <translation>P-256 (did:jwk), pour les émetteurs qui le demandent</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>Cancelled: no key was made.</source>
        <translation>Annulé : aucune clé n’a été créée.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>« %1 » ajoutée.</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommée en « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>« %1 » est désormais la clé par défaut.</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>Retirer la clé %1 ?</translation>
    </message>
    <message>
        <source>Credentials issued to it will no longer be recognised as yours, and it cannot sign for you again. Only a backup made before now still holds it.</source>
        <translation>Les justificatifs qui lui ont été délivrés ne seront plus reconnus comme les vôtres, et elle ne pourra plus signer pour vous. Seule une sauvegarde faite avant maintenant la contient encore.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retiring the key…</source>
        <translation>Retrait de la clé…</translation>
    </message>
    <message>
        <source>The key is retired.</source>
        <translation>La clé est retirée.</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Mes clés</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentityText</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderKeyFactory</name>
    <message>
        <source>Satchel has no key type "%1" (it knows ed25519 and p256).</source>
        <translation>Satchel ne connaît pas le type de clé « %1 » (il connaît ed25519 et p256).</translation>
    </message>
    <message>
        <source>Ed25519 (did:key)</source>
        <translation>Ed25519 (did:key)</translation>
    </message>
    <message>
        <source>P-256 (did:jwk)</source>
        <translation>P-256 (did:jwk)</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderKeyStore</name>
    <message>
        <source>The key %1 is not in this wallet, so it cannot sign for it.</source>
        <translation>La clé %1 n’est pas dans ce portefeuille : impossible de signer avec elle.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: choose a passphrase to protect your key.</source>
        <translation>Il n’y a pas de trousseau de clés sur cet ordinateur : choisissez une phrase secrète pour protéger votre clé.</translation>
    </message>
    <message>
        <source>Your key is kept in the keychain, which cannot be reached now.</source>
        <translation>Votre clé est conservée dans le trousseau de clés, inaccessible pour le moment.</translation>
    </message>
    <message>
        <source>Your key is no longer in the keychain of this computer.</source>
        <translation>Votre clé n’est plus dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase: enter it.</source>
        <translation>Votre clé est protégée par une phrase secrète : saisissez-la.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock your key.</source>
        <translation>Cette phrase secrète ne déverrouille pas votre clé.</translation>
    </message>
    <message>
        <source>The stored key does not match its DID %1.</source>
        <translation>La clé enregistrée ne correspond pas à son DID %1.</translation>
    </message>
    <message>
        <source>The keychain cannot keep your key (%1): choose a passphrase to protect it instead.</source>
        <translation>Le trousseau de clés ne peut pas conserver votre clé (%1) : choisissez plutôt une phrase secrète pour la protéger.</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation>La clé %1 n’est pas dans ce portefeuille.</translation>
    </message>
    <message>
        <source>Stop the public links this key signed before removing it: only it can stop them.</source>
        <translation>Arrêtez les liens publics signés par cette clé avant de la supprimer : elle seule peut les arrêter.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Liens publics</translation>
    </message>
    <message>
        <source>Public links are signed with an Ed25519 key; %1 is another kind.</source>
        <translation>Les liens publics sont signés avec une clé Ed25519 ; %1 est d’un autre type.</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Mon identité</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportDialog</name>
    <message>
        <source>Import credentials</source>
        <translation>Importer des justificatifs</translation>
    </message>
    <message>
        <source>Add badges from files (JSON, JWS/JWT, PNG, SVG, ZIP), a whole folder, a web address, or text copied to the clipboard. You can also drop files on the main window.</source>
        <translation>Ajoutez des badges depuis des fichiers (JSON, JWS/JWT, PNG, SVG, ZIP), un dossier entier, une adresse web ou du texte copié dans le presse-papiers. Vous pouvez aussi déposer des fichiers sur la fenêtre principale.</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>https://… address of a hosted badge or credential</source>
        <translation>adresse https://… d’un badge ou justificatif hébergé</translation>
    </message>
    <message>
        <source>Import address</source>
        <translation>Importer l’adresse</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Importé %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the wallet, %3 failed.</source>
        <translation>%1 importé(s), %2 déjà dans le portefeuille, %3 en échec.</translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported before stays in the wallet.</source>
        <translation>L’importation a été annulée ; ce qui a été importé avant reste dans le portefeuille.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n credential(s) inside)</source>
        <translation>
            <numerusform>(%n justificatif à l’intérieur)</numerusform>
            <numerusform>(%n justificatifs à l’intérieur)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Importer des fichiers de badges</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Importer tous les badges d’un dossier</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Saisissez une adresse web commençant par https://</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>The clipboard text is too long to be a credential.</source>
        <translation>Le texte du presse-papiers est trop long pour être un justificatif.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version of a credential already in the wallet.</source>
        <translation>
            <numerusform>%n gardé comme autre version d’un justificatif déjà dans le portefeuille.</numerusform>
            <numerusform>%n gardés comme autres versions de justificatifs déjà dans le portefeuille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as a version</source>
        <translation>Gardé comme version</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;All files (*)</source>
        <translation>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportService</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Fichier ou dossier introuvable : %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>%1 only points to another address, not to a credential.</source>
        <translation>%1 renvoie seulement vers une autre adresse, pas vers un justificatif.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no credential files.</source>
        <translation>Le dossier %1 ne contient aucun fichier de justificatif.</translation>
    </message>
    <message>
        <source>The archive %1 holds no credential files.</source>
        <translation>L’archive %1 ne contient aucun fichier de justificatif.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document: %2</source>
        <translation>%1 n’est pas un document JSON : %2</translation>
    </message>
    <message>
        <source>Already in the wallet.</source>
        <translation>Déjà dans le portefeuille.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>The wallet holds this credential with other content: both are kept, and the one that verifies is shown.</source>
        <translation>Le portefeuille contient ce justificatif avec un autre contenu : les deux sont gardés, et celui qui est vérifié est affiché.</translation>
    </message>
    <message>
        <source>A newer copy of a credential in the wallet: shown in its place, the older copy kept as a version.</source>
        <translation>Un exemplaire plus récent d’un justificatif du portefeuille : affiché à sa place, l’ancien exemplaire est gardé comme version.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation cannot be read, so none of it was imported: %2</source>
        <translation>Le justificatif %1 de la présentation est illisible, donc rien n’en a été importé : %2</translation>
    </message>
    <message>
        <source>a holder it does not name</source>
        <translation>un titulaire qu’elle ne nomme pas</translation>
    </message>
    <message>
        <source>From a presentation by %1 (its signature was not checked).</source>
        <translation>Issu d’une présentation de %1 (sa signature n’a pas été vérifiée).</translation>
    </message>
    <message>
        <source>From a presentation signed by its holder %1.</source>
        <translation>Issu d’une présentation signée par son titulaire %1.</translation>
    </message>
    <message>
        <source>From a presentation by %1.</source>
        <translation>Issu d’une présentation de %1.</translation>
    </message>
    <message>
        <source>The presentation's holder signature does not verify: %1</source>
        <translation>La signature du titulaire de la présentation n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Inflate</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Les données compressées sont trop volumineuses.</translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation>Impossible de lancer la décompression.</translation>
    </message>
    <message>
        <source>The data decompresses to more than %1 bytes.</source>
        <translation>Les données dépassent %1 octets une fois décompressées.</translation>
    </message>
    <message>
        <source>Unexpected data after the compressed stream.</source>
        <translation>Données inattendues après le flux compressé.</translation>
    </message>
    <message>
        <source>Cannot continue decompression.</source>
        <translation>Impossible de poursuivre la décompression.</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation>Les données compressées sont corrompues ou tronquées.</translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation>Les données compressées sont tronquées.</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerConnection</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The issuer (%1) could not be reached while %2: %3</source>
        <translation>L’émetteur (%1) n’a pas pu être joint lors de l’étape « %2 » : %3</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was asked of the issuer (%1).</source>
        <translation>Satchel travaille hors ligne : rien n’a été demandé à l’émetteur (%1).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer refused while %1 (%2).</source>
        <translation>L’émetteur a refusé lors de l’étape « %1 » (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerMetadata</name>
    <message>
        <source>The issuer's metadata cannot be used: %1</source>
        <translation>Les métadonnées de l’émetteur sont inutilisables : %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>ce n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>it does not name its credential issuer</source>
        <translation>elles ne nomment pas leur émetteur</translation>
    </message>
    <message>
        <source>it has no credential endpoint</source>
        <translation>elles n’ont pas de point d’accès pour les justificatifs</translation>
    </message>
    <message>
        <source>the authorization server's metadata is not a JSON object</source>
        <translation>les métadonnées du serveur d’autorisation ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>the authorization server has no token endpoint</source>
        <translation>le serveur d’autorisation n’a pas de point d’accès pour les jetons</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrust</name>
    <message>
        <source>Listed by %1 as %2; you also know this issuer personally</source>
        <translation>Répertorié par %1 sous le nom %2 ; vous connaissez aussi personnellement cet émetteur</translation>
    </message>
    <message>
        <source>Listed by %1 as %2</source>
        <translation>Répertorié par %1 sous le nom %2</translation>
    </message>
    <message numerus="yes">
        <source>Listed by %1 as %2, but the registry's copy is %n day(s) old</source>
        <translation>
            <numerusform>Répertorié par %1 sous le nom %2, mais la copie du registre date de %n jour</numerusform>
            <numerusform>Répertorié par %1 sous le nom %2, mais la copie du registre date de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed in the registries you use; you marked this issuer as known to you</source>
        <translation>Non répertorié dans les registres que vous utilisez ; vous avez marqué cet émetteur comme connu personnellement</translation>
    </message>
    <message>
        <source>Not listed in the registries you use</source>
        <translation>Non répertorié dans les registres que vous utilisez</translation>
    </message>
    <message>
        <source>Not checked: no trust registry copy to answer from (Settings, Trust registries)</source>
        <translation>Non vérifié : aucune copie de registre de confiance pour répondre (Paramètres, Registres de confiance)</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrustChecker</name>
    <message>
        <source>The trust checker keeps no documents.</source>
        <translation>Le contrôle de confiance ne conserve aucun document.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonLdProcessor</name>
    <message>
        <source>JSON-LD error (%1): %2</source>
        <translation>Erreur JSON-LD (%1) : %2</translation>
    </message>
    <message>
        <source>Safe mode: JSON-LD processing would drop %1.</source>
        <translation>Mode sûr : le traitement JSON-LD ignorerait %1.</translation>
    </message>
    <message>
        <source>@propagate must be true or false</source>
        <translation>@propagate doit valoir true ou false</translation>
    </message>
    <message>
        <source>cannot nullify a context with protected terms</source>
        <translation>impossible d’annuler un contexte qui a des termes protégés</translation>
    </message>
    <message>
        <source>too many nested remote contexts (%1)</source>
        <translation>trop de contextes distants imbriqués (%1)</translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation>%1 n’a pas de @context</translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation>un contexte doit être un objet, une chaîne ou null</translation>
    </message>
    <message>
        <source>@version must be 1.1</source>
        <translation>@version doit valoir 1.1</translation>
    </message>
    <message>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation>@version 1.1 en mode json-ld-1.0</translation>
    </message>
    <message>
        <source>@import must be a string</source>
        <translation>@import doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation>%1 n’a pas d’objet @context</translation>
    </message>
    <message>
        <source>an imported context cannot import</source>
        <translation>un contexte importé ne peut pas importer</translation>
    </message>
    <message>
        <source>@base must be a string</source>
        <translation>@base doit être une chaîne</translation>
    </message>
    <message>
        <source>@vocab must be a string</source>
        <translation>@vocab doit être une chaîne</translation>
    </message>
    <message>
        <source>@language must be a string</source>
        <translation>@language doit être une chaîne</translation>
    </message>
    <message>
        <source>@direction must be ltr or rtl</source>
        <translation>@direction doit valoir ltr ou rtl</translation>
    </message>
    <message>
        <source>@protected must be true or false</source>
        <translation>@protected doit valoir true ou false</translation>
    </message>
    <message>
        <source>empty term</source>
        <translation>terme vide</translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 n’a pas d’IRI et il n’y a pas de @vocab</translation>
    </message>
    <message>
        <source>The JSON-LD document is nested deeper than %1 levels.</source>
        <translation>Le document JSON-LD est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>a free-floating value</source>
        <translation>une valeur isolée</translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation>@type avec @language ou @direction</translation>
    </message>
    <message>
        <source>@value must be a scalar</source>
        <translation>@value doit être une valeur scalaire</translation>
    </message>
    <message>
        <source>a language-tagged value must be a string</source>
        <translation>une valeur avec étiquette de langue doit être une chaîne</translation>
    </message>
    <message>
        <source>unexpected entries</source>
        <translation>entrées inattendues</translation>
    </message>
    <message>
        <source>an empty top-level object</source>
        <translation>un objet de premier niveau vide</translation>
    </message>
    <message>
        <source>a free-floating value or list</source>
        <translation>une valeur ou une liste isolée</translation>
    </message>
    <message>
        <source>a top-level object with only @id</source>
        <translation>un objet de premier niveau n’ayant que @id</translation>
    </message>
    <message>
        <source>the property "%1" (not defined by any context)</source>
        <translation>la propriété « %1 » (définie par aucun contexte)</translation>
    </message>
    <message>
        <source>the relative @id "%1"</source>
        <translation>le @id relatif « %1 »</translation>
    </message>
    <message>
        <source>the type "%1" (not defined by any context)</source>
        <translation>le type « %1 » (défini par aucun contexte)</translation>
    </message>
    <message>
        <source>the invalid language tag "%1"</source>
        <translation>l’étiquette de langue invalide « %1 »</translation>
    </message>
    <message>
        <source>a free-floating list</source>
        <translation>une liste isolée</translation>
    </message>
    <message>
        <source>property-valued index on a value</source>
        <translation>index par propriété sur une valeur</translation>
    </message>
    <message>
        <source>the relative IRI "%1"</source>
        <translation>l’IRI relative « %1 »</translation>
    </message>
    <message>
        <source>the datatype "%1"</source>
        <translation>le type de données « %1 »</translation>
    </message>
    <message>
        <source>the language tag "%1"</source>
        <translation>l’étiquette de langue « %1 »</translation>
    </message>
    <message>
        <source>the graph named by the relative IRI "%1"</source>
        <translation>le graphe nommé par l’IRI relative « %1 »</translation>
    </message>
    <message>
        <source>the node with the relative IRI "%1"</source>
        <translation>le nœud d’IRI relative « %1 »</translation>
    </message>
    <message>
        <source>the type "%1"</source>
        <translation>le type « %1 »</translation>
    </message>
    <message>
        <source>the blank node property "%1"</source>
        <translation>la propriété de nœud anonyme « %1 »</translation>
    </message>
    <message>
        <source>the property "%1"</source>
        <translation>la propriété « %1 »</translation>
    </message>
    <message>
        <source>a value or list outside any node</source>
        <translation>une valeur ou une liste hors de tout nœud</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonPointerSelection</name>
    <message>
        <source>"%1" is not a JSON pointer.</source>
        <translation>« %1 » n’est pas un pointeur JSON.</translation>
    </message>
    <message>
        <source>"%1" has an invalid escape.</source>
        <translation>« %1 » contient un échappement invalide.</translation>
    </message>
    <message>
        <source>The JSON pointer "%1" does not match the credential.</source>
        <translation>Le pointeur JSON « %1 » ne correspond pas au justificatif.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonSchemaValidator</name>
    <message>
        <source>The document does not match the schema.</source>
        <translation>Le document ne correspond pas au schéma.</translation>
    </message>
    <message>
        <source>The document is too complex to check against its schema.</source>
        <translation>Le document est trop complexe pour être vérifié par rapport à son schéma.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to check against its schema.</source>
        <translation>Le document est trop profondément imbriqué pour être vérifié par rapport à son schéma.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Cette valeur n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not bundled.</source>
        <translation>Le schéma fait référence à %1, qui n’est pas fourni avec Satchel.</translation>
    </message>
    <message>
        <source>Expected type %1, found %2.</source>
        <translation>Type %1 attendu, %2 trouvé.</translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation>La valeur ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <source>The value is not the required constant.</source>
        <translation>La valeur n’est pas la constante exigée.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>Le nombre est hors de la plage autorisée.</translation>
    </message>
    <message>
        <source>The required property "%1" is missing.</source>
        <translation>La propriété obligatoire « %1 » est absente.</translation>
    </message>
    <message>
        <source>The object has a wrong number of properties.</source>
        <translation>L’objet n’a pas le bon nombre de propriétés.</translation>
    </message>
    <message>
        <source>The property "%1" is not allowed here.</source>
        <translation>La propriété « %1 » n’est pas autorisée ici.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) are required.</source>
        <translation>
            <numerusform>Au moins %n élément est requis.</numerusform>
            <numerusform>Au moins %n éléments sont requis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) are allowed.</source>
        <translation>
            <numerusform>Au plus %n élément est autorisé.</numerusform>
            <numerusform>Au plus %n éléments sont autorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item of the list has the required form.</source>
        <translation>Aucun élément de la liste n’a la forme exigée.</translation>
    </message>
    <message>
        <source>The list has duplicate items.</source>
        <translation>La liste contient des éléments en double.</translation>
    </message>
    <message>
        <source>The text has a wrong length.</source>
        <translation>Le texte n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The text does not have the required form.</source>
        <translation>Le texte n’a pas la forme exigée.</translation>
    </message>
    <message>
        <source>The text is not a valid %1.</source>
        <translation>Le texte n’est pas un %1 valide.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms.</source>
        <translation>La valeur correspond à plusieurs des formes autorisées.</translation>
    </message>
    <message>
        <source>The value does not have any of the allowed forms.</source>
        <translation>La valeur n’a aucune des formes autorisées.</translation>
    </message>
    <message>
        <source>The value has a form that is not allowed here.</source>
        <translation>La valeur a une forme qui n’est pas autorisée ici.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonValue</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>données inattendues après la valeur JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>littéral invalide</translation>
    </message>
    <message>
        <source>too many values</source>
        <translation>trop de valeurs</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>fin de données inattendue</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>imbrication au-delà de %1</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>clé de type chaîne attendue</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>« : » attendu</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>« , » ou « } » attendu</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>« , » ou « ] » attendu</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>échappement \u tronqué</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>échappement \u invalide</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>échappement invalide</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>truncated UTF-8</source>
        <translation>UTF-8 tronqué</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>Le document JSON dépasse %1 octets.</translation>
    </message>
    <message>
        <source>the member name "%1" appears twice in one object</source>
        <translation>le nom de membre « %1 » apparaît deux fois dans un même objet</translation>
    </message>
</context>
<context>
    <name>Satchel::Jws</name>
    <message>
        <source>The JWS is larger than %1 bytes.</source>
        <translation>Le JWS dépasse %1 octets.</translation>
    </message>
    <message>
        <source>A compact JWS has exactly three dot-separated parts.</source>
        <translation>Un JWS compact a exactement trois parties séparées par des points.</translation>
    </message>
    <message>
        <source>The JWS header is larger than %1 bytes.</source>
        <translation>L’en-tête du JWS dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation>L’en-tête du JWS n’est pas en base64url valide.</translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation>L’en-tête du JWS n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The JWS header has no "alg".</source>
        <translation>L’en-tête du JWS n’a pas de « alg ».</translation>
    </message>
    <message>
        <source>The JWS uses header extensions that are not supported.</source>
        <translation>Le JWS utilise des extensions d’en-tête non prises en charge.</translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation>Le contenu du JWS n’est pas en base64url valide.</translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation>La signature du JWS n’est pas en base64url valide.</translation>
    </message>
    <message>
        <source>The JWS payload is not a JSON object.</source>
        <translation>Le contenu du JWS n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The JWS is unsecured ("alg": "none").</source>
        <translation>Le JWS n’est pas sécurisé (« alg » : « none »).</translation>
    </message>
    <message>
        <source>The JWS algorithm "%1" is not allowed.</source>
        <translation>L’algorithme JWS « %1 » n’est pas autorisé.</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtPresentation</name>
    <message>
        <source>Your key could not sign the presentation the verifier asks for: %1</source>
        <translation>Votre clé n’a pas pu signer la présentation que demande le vérificateur : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtVcIssuerKeys</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>La clé de l’en-tête JWT est inutilisable : %1</translation>
    </message>
    <message>
        <source>Neither the issuer (%1) nor the JWT header says where the issuer's key is.</source>
        <translation>Ni l’émetteur (%1) ni l’en-tête JWT n’indiquent où se trouve la clé de l’émetteur.</translation>
    </message>
    <message>
        <source>The issuer's certificate is unusable: %1</source>
        <translation>Le certificat de l’émetteur est inutilisable : %1</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>La clé de signature %1 n’appartient pas à l’émetteur %2.</translation>
    </message>
    <message>
        <source>The issuer's key is published at %1; it was not checked offline.</source>
        <translation>La clé de l’émetteur est publiée à l’adresse %1 ; hors ligne, elle n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 is for another issuer.</source>
        <translation>Les métadonnées d’émetteur à l’adresse %1 concernent un autre émetteur.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 lists no keys.</source>
        <translation>Les métadonnées d’émetteur à l’adresse %1 ne listent aucune clé.</translation>
    </message>
    <message>
        <source>The JWT names no key and the issuer publishes several.</source>
        <translation>Le JWT ne désigne aucune clé et l’émetteur en publie plusieurs.</translation>
    </message>
    <message>
        <source>The issuer publishes no key "%1".</source>
        <translation>L’émetteur ne publie aucune clé « %1 ».</translation>
    </message>
    <message>
        <source>The issuer's key is unusable: %1</source>
        <translation>La clé de l’émetteur est inutilisable : %1</translation>
    </message>
    <message>
        <source>The issuer's certificates cannot be read: %1</source>
        <translation>Les certificats de l’émetteur sont illisibles : %1</translation>
    </message>
    <message>
        <source>The signing key comes from the certificate in the credential, which does not lead to a certificate authority this computer trusts (%1).</source>
        <translation>La clé de signature provient du certificat contenu dans le justificatif, qui ne remonte pas à une autorité de certification à laquelle cet ordinateur fait confiance (%1).</translation>
    </message>
    <message>
        <source>The credential's certificate is vouched for by %1, but the issuer is not named by a web address the certificate could be compared with.</source>
        <translation>Le certificat du justificatif est garanti par %1, mais l’émetteur n’est pas désigné par une adresse web à laquelle comparer le certificat.</translation>
    </message>
    <message>
        <source>The credential's certificate is not for %1, the issuer's site.</source>
        <translation>Le certificat du justificatif n’est pas pour %1, le site de l’émetteur.</translation>
    </message>
    <message>
        <source>The issuer's certificate for %1 is vouched for by %2, a certificate authority this computer trusts.</source>
        <translation>Le certificat de l’émetteur pour %1 est garanti par %2, une autorité de certification à laquelle cet ordinateur fait confiance.</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyProof</name>
    <message>
        <source>Your key could not sign the proof the issuer asks for: %1</source>
        <translation>Votre clé n’a pas pu signer la preuve que demande l’émetteur : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyResolver</name>
    <message>
        <source>The verification method holds no public key.</source>
        <translation>La méthode de vérification ne contient aucune clé publique.</translation>
    </message>
    <message>
        <source>The key set does not contain the key %1.</source>
        <translation>Le jeu de clés ne contient pas la clé %1.</translation>
    </message>
    <message>
        <source>The document does not contain the key %1.</source>
        <translation>Le document ne contient pas la clé %1.</translation>
    </message>
    <message>
        <source>The key %1 is not authorised for assertions by its controller.</source>
        <translation>La clé %1 n’est pas autorisée pour les assertions par son contrôleur.</translation>
    </message>
    <message>
        <source>The document at %1 is not a key.</source>
        <translation>Le document à l’adresse %1 n’est pas une clé.</translation>
    </message>
    <message>
        <source>The key %1 needs a network lookup.</source>
        <translation>La clé %1 demande une consultation du réseau.</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched: %2</source>
        <translation>Impossible de télécharger la clé à l’adresse %1 : %2</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (HTTP %2).</source>
        <translation>Impossible de télécharger la clé à l’adresse %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The key document at %1 is not valid JSON.</source>
        <translation>Le document de clé à l’adresse %1 n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>No key is named.</source>
        <translation>Aucune clé n’est désignée.</translation>
    </message>
    <message>
        <source>The DID document at %1 is for another DID.</source>
        <translation>Le document DID à l’adresse %1 concerne un autre DID.</translation>
    </message>
    <message>
        <source>The DID method of %1 is not supported.</source>
        <translation>La méthode DID de %1 n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The key id %1 is not a URL or a supported DID.</source>
        <translation>L’identifiant de clé %1 n’est ni une URL ni un DID pris en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::LoopbackRedirectListener</name>
    <message>
        <source>Satchel could not listen for the sign-in's answer on this computer: %1</source>
        <translation>Satchel n’a pas pu attendre la réponse de la connexion sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish in time. Try receiving the offer again.</source>
        <translation>La connexion dans le navigateur n’a pas abouti à temps. Recevez l’offre à nouveau.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Pas ici</translation>
    </message>
    <message>
        <source>This address only takes the issuer's answer to a sign-in.</source>
        <translation>Cette adresse ne reçoit que la réponse de l’émetteur à une connexion.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Pas cette connexion</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Satchel started.</source>
        <translation>Cette réponse n’appartient pas à la connexion lancée par Satchel.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>You can close this tab and return to Satchel.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Satchel.</translation>
    </message>
    <message>
        <source>The issuer did not authorize the request (%1).</source>
        <translation>L’émetteur n’a pas autorisé la demande (%1).</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
</context>
<context>
    <name>Satchel::MainWindow</name>
    <message>
        <source>About Satchel</source>
        <translation>À propos de Satchel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;A desktop wallet for Open Badges 2.0 and 3.0 and CLR 2.0 micro-credentials, kept on your own computer.</source>
        <translation>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;Un portefeuille de bureau pour les micro-certifications Open Badges 2.0 et 3.0 et CLR 2.0, conservées sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Import badge files (JSON, JWS, PNG, SVG, ZIP)</source>
        <translation>Importer des fichiers de badges (JSON, JWS, PNG, SVG, ZIP)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Importer tous les badges d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importer depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>Import a hosted badge or credential from its web address</source>
        <translation>Importer un badge ou justificatif hébergé depuis son adresse web</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Import the badge, JWS or address on the clipboard (Ctrl+V)</source>
        <translation>Importer le badge, le JWS ou l’adresse du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>Show credentials as cards</source>
        <translation>Afficher les justificatifs sous forme de cartes</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show credentials as a sortable list</source>
        <translation>Afficher les justificatifs sous forme de liste triable</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Back to all credentials (Esc)</source>
        <translation>Retour à tous les justificatifs (Échap)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>À &amp;propos de Satchel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Satchel — demo wallet</source>
        <translation>Satchel — portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Satchel — %1</source>
        <translation>Satchel — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n credential(s)</source>
        <translation>
            <numerusform>%1 affiché sur %n justificatif</numerusform>
            <numerusform>%1 affichés sur %n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the credential: %1</source>
        <translation>Impossible d’ouvrir le justificatif : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported.</source>
        <translation>
            <numerusform>%n justificatif importé.</numerusform>
            <numerusform>%n justificatifs importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>Le presse-papiers ne contient rien à importer.</translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Importer des fichiers de badges</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Importer tous les badges d’un dossier</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importer depuis une URL</translation>
    </message>
    <message>
        <source>Web address of a hosted badge or credential:</source>
        <translation>Adresse web d’un badge ou justificatif hébergé :</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Saisissez une adresse web commençant par https://</translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation>Ouvrir un autre portefeuille</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another wallet.</source>
        <translation>Attendez la fin de l’importation avant d’ouvrir un autre portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) could not be removed.</source>
        <translation>
            <numerusform>%n justificatif n’a pas pu être retiré.</numerusform>
            <numerusform>%n justificatifs n’ont pas pu être retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texte déposé</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l’importation…</translation>
    </message>
    <message>
        <source>&amp;Tags and collections…</source>
        <translation>É&amp;tiquettes et collections…</translation>
    </message>
    <message>
        <source>Tag the selected credentials and put them in collections (Ctrl+T)</source>
        <translation>Étiqueter les justificatifs sélectionnés et les placer dans des collections (Ctrl+T)</translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs justificatifs.</translation>
    </message>
    <message>
        <source>Verifying %1 of %2</source>
        <translation>Vérification %1 sur %2</translation>
    </message>
    <message>
        <source>Select the credentials to verify, or use Verify all.</source>
        <translation>Sélectionnez les justificatifs à vérifier, ou utilisez Tout vérifier.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check that the selected credentials are genuine and still valid (Ctrl+R)</source>
        <translation>Contrôler que les justificatifs sélectionnés sont authentiques et toujours valides (Ctrl+R)</translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Check every credential in the wallet, in the background</source>
        <translation>Contrôler tous les justificatifs du portefeuille, en arrière-plan</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Verify from what the wallet has kept, without using the network</source>
        <translation>Vérifier à partir de ce que le portefeuille a conservé, sans utiliser le réseau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop verifying (the credentials checked so far keep their result)</source>
        <translation>Arrêter la vérification (les justificatifs déjà contrôlés gardent leur résultat)</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Une vérification est déjà en cours.</translation>
    </message>
    <message>
        <source>There is nothing to verify.</source>
        <translation>Il n’y a rien à vérifier.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n credential(s): </source>
        <translation>
            <numerusform>%n justificatif vérifié : </numerusform>
            <numerusform>%n justificatifs vérifiés : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 not valid, %3 could not be checked.</source>
        <translation>%1 valides, %2 non valides, %3 n’ont pas pu être contrôlés.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>See how your badges add up to bigger credentials (Ctrl+3)</source>
        <translation>Voir comment vos badges s'additionnent en certifications plus larges (Ctrl+3)</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Share the selected badge on LinkedIn, social media or by e-mail, or as a QR code (Ctrl+Shift+S)</source>
        <translation>Partager le badge sélectionné sur LinkedIn, les réseaux sociaux ou par e-mail, ou en code QR (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Select one credential to share.</source>
        <translation>Sélectionnez un seul justificatif à partager.</translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation>&amp;Sauvegarder le portefeuille…</translation>
    </message>
    <message>
        <source>Save the whole wallet to one encrypted file</source>
        <translation>Enregistrer tout le portefeuille dans un seul fichier chiffré</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Bring back the credentials of an encrypted backup; those already here are kept</source>
        <translation>Récupérer les justificatifs d’une sauvegarde chiffrée ; ceux déjà présents sont gardés</translation>
    </message>
    <message>
        <source>Select one credential to export.</source>
        <translation>Sélectionnez un seul justificatif à exporter.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Original file…</source>
        <translation>Fichier d’&amp;origine…</translation>
    </message>
    <message>
        <source>Save the credential exactly as the issuer sent it</source>
        <translation>Enregistrer le justificatif exactement tel que l’émetteur l’a envoyé</translation>
    </message>
    <message>
        <source>&amp;Baked badge image…</source>
        <translation>&amp;Image de badge avec le badge intégré…</translation>
    </message>
    <message>
        <source>Save the badge image with the credential inside, for any badge wallet</source>
        <translation>Enregistrer l’image du badge avec le justificatif à l’intérieur, pour tout portefeuille de badges</translation>
    </message>
    <message>
        <source>&amp;Everything as a zip…</source>
        <translation>&amp;Tout dans un zip…</translation>
    </message>
    <message>
        <source>All your badges as plain files: originals, baked images and PDF certificates</source>
        <translation>Tous vos badges en fichiers simples : originaux, images avec le badge intégré et certificats PDF</translation>
    </message>
    <message>
        <source>Preview, save as PDF or print a certificate of this credential (Ctrl+P)</source>
        <translation>Prévisualiser, enregistrer en PDF ou imprimer un certificat de ce justificatif (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF &amp;certificates…</source>
        <translation>&amp;Certificats PDF…</translation>
    </message>
    <message>
        <source>Save a PDF certificate of each selected credential into a folder</source>
        <translation>Enregistrer un certificat PDF de chaque justificatif sélectionné dans un dossier</translation>
    </message>
    <message>
        <source>Re&amp;move from wallet…</source>
        <translation>Retirer du p&amp;ortefeuille…</translation>
    </message>
    <message>
        <source>Pr&amp;int certificate…</source>
        <translation>&amp;Imprimer le certificat…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Open the &amp;demo wallet</source>
        <translation>&amp;Ouvrir le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Try Satchel on example badges, in a window and wallet of their own</source>
        <translation>Essayer Satchel sur des badges d’exemple, dans une fenêtre et un portefeuille à part</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? The original files are not touched.</source>
        <translation>
            <numerusform>Retirer %n justificatif de votre portefeuille ? Le fichier d’origine n’est pas modifié.</numerusform>
            <numerusform>Retirer %n justificatifs de votre portefeuille ? Les fichiers d’origine ne sont pas modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? The original file is not touched.</source>
        <translation>Retirer « %1 » de votre portefeuille ? Le fichier d’origine n’est pas modifié.</translation>
    </message>
    <message>
        <source>Remove from wallet</source>
        <translation>Retirer du portefeuille</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Shared li&amp;nks…</source>
        <translation>Lie&amp;ns partagés…</translation>
    </message>
    <message>
        <source>The public links you made, with Stop sharing</source>
        <translation>Les liens publics que vous avez créés, avec Arrêter le partage</translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version.</source>
        <translation>
            <numerusform>%n gardé comme autre version.</numerusform>
            <numerusform>%n gardés comme autres versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive &amp;a credential…</source>
        <translation>Recevoir un &amp;justificatif…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recevoir…</translation>
    </message>
    <message>
        <source>Receive a credential straight from its issuer: a link or QR code (Ctrl+Shift+V)</source>
        <translation>Recevoir un justificatif directement de son émetteur : un lien ou un code QR (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Chec&amp;k pending credentials</source>
        <translation>Relancer les justificatifs en &amp;attente</translation>
    </message>
    <message>
        <source>Ask issuers again for credentials they said would be ready later</source>
        <translation>Redemander aux émetteurs les justificatifs qu’ils ont annoncés pour plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received.</source>
        <translation>
            <numerusform>%n justificatif reçu.</numerusform>
            <numerusform>%n justificatifs reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;gned presentation…</source>
        <translation>Présentation si&amp;gnée…</translation>
    </message>
    <message>
        <source>Save the selected credentials in one file signed by you, for someone who asked to see them and gave you a code</source>
        <translation>Enregistrer les justificatifs sélectionnés dans un fichier signé par vous, pour quelqu’un qui a demandé à les voir et vous a donné un code</translation>
    </message>
    <message>
        <source>Presentation &amp;history…</source>
        <translation>&amp;Historique des présentations…</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, and when; kept on this computer</source>
        <translation>Ce que vous avez envoyé aux vérificateurs ou refusé, et quand ; conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Select the credentials to put in a signed presentation.</source>
        <translation>Sélectionnez les justificatifs à mettre dans une présentation signée.</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;All files (*)</source>
        <translation>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::Migrations</name>
    <message>
        <source>The wallet file could not be read: %1</source>
        <translation>Le fichier du portefeuille est illisible : %1</translation>
    </message>
    <message>
        <source>The wallet's schema version could not be read: %1</source>
        <translation>La version du schéma du portefeuille est illisible : %1</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Satchel (schema %1; this version understands up to %2).</source>
        <translation>Ce portefeuille a été créé par une version plus récente de Satchel (schéma %1 ; cette version comprend jusqu’au schéma %2).</translation>
    </message>
    <message>
        <source>Could not start upgrading the wallet: %1</source>
        <translation>Impossible de commencer la mise à niveau du portefeuille : %1</translation>
    </message>
    <message>
        <source>Upgrading the wallet to schema %1 failed: %2</source>
        <translation>La mise à niveau du portefeuille vers le schéma %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Multibase</name>
    <message>
        <source>Empty multibase value.</source>
        <translation>Valeur multibase vide.</translation>
    </message>
    <message>
        <source>Unsupported multibase prefix '%1'.</source>
        <translation>Préfixe multibase « %1 » non pris en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::Multicodec</name>
    <message>
        <source>Invalid multicodec prefix.</source>
        <translation>Préfixe multicodec invalide.</translation>
    </message>
</context>
<context>
    <name>Satchel::NQuads</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>truncated escape</source>
        <translation>échappement tronqué</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>échappement invalide</translation>
    </message>
    <message>
        <source>invalid code point</source>
        <translation>point de code invalide</translation>
    </message>
    <message>
        <source>truncated IRI</source>
        <translation>IRI tronquée</translation>
    </message>
    <message>
        <source>invalid IRI escape</source>
        <translation>échappement d’IRI invalide</translation>
    </message>
    <message>
        <source>invalid character in IRI</source>
        <translation>caractère invalide dans l’IRI</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>IRI non terminée</translation>
    </message>
    <message>
        <source>relative IRI</source>
        <translation>IRI relative</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>étiquette de nœud anonyme vide</translation>
    </message>
    <message>
        <source>newline in literal</source>
        <translation>saut de ligne dans un littéral</translation>
    </message>
    <message>
        <source>truncated literal</source>
        <translation>littéral tronqué</translation>
    </message>
    <message>
        <source>invalid literal escape</source>
        <translation>échappement de littéral invalide</translation>
    </message>
    <message>
        <source>unterminated literal</source>
        <translation>littéral non terminé</translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation>étiquette de langue vide</translation>
    </message>
    <message>
        <source>expected datatype IRI</source>
        <translation>IRI de type de données attendue</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>fin de ligne inattendue</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>expected end of line</source>
        <translation>fin de ligne attendue</translation>
    </message>
    <message>
        <source>line %1: expected '.'</source>
        <translation>ligne %1 : « . » attendu</translation>
    </message>
    <message>
        <source>More than %1 quads.</source>
        <translation>Plus de %1 quads.</translation>
    </message>
</context>
<context>
    <name>Satchel::NetworkDocumentFetcher</name>
    <message>
        <source>could not check (%1 unreachable since %2)</source>
        <translation>vérification impossible (%1 injoignable depuis %2)</translation>
    </message>
    <message>
        <source>could not check (offline since %1)</source>
        <translation>vérification impossible (hors ligne depuis %1)</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Seules les adresses http et https peuvent être téléchargées : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::NoticeBanner</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Select these credentials in the wallet</source>
        <translation>Sélectionner ces justificatifs dans le portefeuille</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) stopped being valid since the last check: %1.</source>
        <translation>
            <numerusform>%n justificatif a cessé d’être valide depuis la dernière vérification : %1.</numerusform>
            <numerusform>%n justificatifs ont cessé d’être valides depuis la dernière vérification : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked.</source>
        <translation>
            <numerusform>%n révoqué.</numerusform>
            <numerusform>%n révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired.</source>
        <translation>
            <numerusform>%n expiré.</numerusform>
            <numerusform>%n expirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open one to see why and what to do.</source>
        <translation>Ouvrez-en un pour savoir pourquoi et que faire.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2HostedVerifier</name>
    <message>
        <source>The issuer does not vouch for assertions hosted at %1.</source>
        <translation>L’émetteur ne garantit pas les assertions hébergées à l’adresse %1.</translation>
    </message>
    <message>
        <source>The issuer hosts this assertion.</source>
        <translation>L’émetteur héberge cette assertion.</translation>
    </message>
    <message>
        <source>The badge is neither hosted nor signed, so nothing proves it.</source>
        <translation>Le badge n’est ni hébergé ni signé : rien ne le prouve.</translation>
    </message>
    <message>
        <source>A hosted badge needs an http(s) id.</source>
        <translation>Un badge hébergé demande un identifiant http(s).</translation>
    </message>
    <message>
        <source>The hosted badge was not checked with its issuer (offline).</source>
        <translation>Le badge hébergé n’a pas été vérifié auprès de son émetteur (hors ligne).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched: %1</source>
        <translation>Impossible de télécharger la copie de l’émetteur : %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge (HTTP 410).</source>
        <translation>L’émetteur a révoqué ce badge (HTTP 410).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched (HTTP %1).</source>
        <translation>Impossible de télécharger la copie de l’émetteur (HTTP %1).</translation>
    </message>
    <message>
        <source>The issuer's copy is not valid JSON.</source>
        <translation>La copie de l’émetteur n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>L’émetteur a révoqué ce badge.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>L’émetteur a révoqué ce badge : %1</translation>
    </message>
    <message>
        <source>The badge differs from the issuer's copy (%1).</source>
        <translation>Le badge diffère de la copie de l’émetteur (%1).</translation>
    </message>
    <message>
        <source>The badge matches the issuer's copy.</source>
        <translation>Le badge correspond à la copie de l’émetteur.</translation>
    </message>
    <message>
        <source>The badge does not use the Open Badges context.</source>
        <translation>Le badge n’utilise pas le contexte Open Badges.</translation>
    </message>
    <message>
        <source>The badge is not an Open Badges assertion (type %1).</source>
        <translation>Le badge n’est pas une assertion Open Badges (type %1).</translation>
    </message>
    <message>
        <source>An assertion image must be a link, not embedded data (only a badge class may embed its image).</source>
        <translation>L’image d’une assertion doit être un lien, pas des données intégrées (seule une classe de badge peut intégrer son image).</translation>
    </message>
    <message>
        <source>The badge expires before it was issued.</source>
        <translation>Le badge expire avant sa date d’émission.</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: %1</source>
        <translation>Le profil de l’émetteur n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: the badge class names no issuer.</source>
        <translation>Le profil de l’émetteur n’a pas pu être vérifié : la classe de badge ne désigne aucun émetteur.</translation>
    </message>
    <message>
        <source>The issuer's profile at %1 gives another id.</source>
        <translation>Le profil de l’émetteur à l’adresse %1 indique un autre identifiant.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2SignedVerifier</name>
    <message>
        <source>A required link is missing.</source>
        <translation>Un lien obligatoire manque.</translation>
    </message>
    <message>
        <source>The badge is unsigned (algorithm "none").</source>
        <translation>Le badge n’est pas signé (algorithme « none »).</translation>
    </message>
    <message>
        <source>A signed badge must declare verification type "SignedBadge".</source>
        <translation>Un badge signé doit déclarer le type de vérification « SignedBadge ».</translation>
    </message>
    <message>
        <source>The issuer profile at %1 has a different id.</source>
        <translation>Le profil d’émetteur à l’adresse %1 a un autre identifiant.</translation>
    </message>
    <message>
        <source>The signing key %1 is not one of the issuer's keys.</source>
        <translation>La clé de signature %1 ne fait pas partie des clés de l’émetteur.</translation>
    </message>
    <message>
        <source>The issuer profile lists no public key.</source>
        <translation>Le profil de l’émetteur ne liste aucune clé publique.</translation>
    </message>
    <message>
        <source>The key %1 is not owned by the issuer.</source>
        <translation>La clé %1 n’appartient pas à l’émetteur.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
    <message>
        <source>The issuer's signature is valid.</source>
        <translation>La signature de l’émetteur est valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciAuthorizer</name>
    <message>
        <source>The issuer asks for the PIN it sent you separately; nothing was requested without it.</source>
        <translation>L’émetteur demande le code PIN qu’il vous a envoyé à part ; rien n’a été demandé sans lui.</translation>
    </message>
    <message>
        <source>reading the authorization server's metadata</source>
        <translation>lecture des métadonnées du serveur d’autorisation</translation>
    </message>
    <message>
        <source>The authorization server %1 answered with the metadata of %2: nothing was requested.</source>
        <translation>Le serveur d’autorisation %1 a répondu avec les métadonnées de %2 : rien n’a été demandé.</translation>
    </message>
    <message>
        <source>The offer needs a sign-in, but the issuer's authorization server has no authorization endpoint.</source>
        <translation>L’offre demande une connexion, mais le serveur d’autorisation de l’émetteur n’a pas de point d’accès d’autorisation.</translation>
    </message>
    <message>
        <source>This offer needs you to sign in at the issuer in a web browser, which is not possible here.</source>
        <translation>Cette offre demande de vous connecter chez l’émetteur dans un navigateur web, ce qui est impossible ici.</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser to sign in at the issuer.</source>
        <translation>Satchel n’a pas pu ouvrir votre navigateur web pour vous connecter chez l’émetteur.</translation>
    </message>
    <message>
        <source>The issuer's sign-in page is not a secure (https) address.</source>
        <translation>La page de connexion de l’émetteur n’est pas une adresse sécurisée (https).</translation>
    </message>
    <message>
        <source>starting the sign-in</source>
        <translation>ouverture de la connexion</translation>
    </message>
    <message>
        <source>asking the issuer for access</source>
        <translation>demande d’accès à l’émetteur</translation>
    </message>
    <message>
        <source>The issuer did not accept the PIN. Check the code it sent you and try again.</source>
        <translation>L’émetteur n’a pas accepté le code PIN. Vérifiez le code qu’il vous a envoyé et réessayez.</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>L’offre a expiré ou a déjà été utilisée. Demandez-en une nouvelle à l’émetteur.</translation>
    </message>
    <message>
        <source>The issuer grants access only as "%1" tokens, which Satchel does not support yet.</source>
        <translation>L’émetteur n’accorde l’accès que par des jetons « %1 », que Satchel ne prend pas encore en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciIssuance</name>
    <message>
        <source>The issuer does not accept keys of your identity's type (%1; it accepts %2). Choose another identity. Nothing was requested.</source>
        <translation>L’émetteur n’accepte pas les clés du type de votre identité (%1 ; il accepte %2). Choisissez une autre identité. Rien n’a été demandé.</translation>
    </message>
    <message>
        <source>asking the issuer for a nonce</source>
        <translation>demande d’un nonce à l’émetteur</translation>
    </message>
    <message>
        <source>asking for the credential</source>
        <translation>demande du justificatif</translation>
    </message>
    <message>
        <source>The issuer would not issue "%1" in a format Satchel can store.</source>
        <translation>L’émetteur ne délivre pas « %1 » dans un format que Satchel sait enregistrer.</translation>
    </message>
    <message>
        <source>The issuer will deliver the credential later but gives no address to ask for it.</source>
        <translation>L’émetteur livrera le justificatif plus tard mais ne donne aucune adresse où le demander.</translation>
    </message>
    <message>
        <source>The issuer's answer held no credential.</source>
        <translation>La réponse de l’émetteur ne contenait aucun justificatif.</translation>
    </message>
    <message>
        <source>asking for a credential the issuer was preparing</source>
        <translation>demande d’un justificatif que l’émetteur préparait</translation>
    </message>
    <message>
        <source>The issuer no longer holds this credential for you (%1). Ask it for a new offer.</source>
        <translation>L’émetteur ne détient plus ce justificatif pour vous (%1). Demandez-lui une nouvelle offre.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciOfferReader</name>
    <message>
        <source>fetching the credential offer</source>
        <translation>récupération de l’offre de justificatif</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>L’offre a expiré ou a déjà été utilisée. Demandez-en une nouvelle à l’émetteur.</translation>
    </message>
    <message>
        <source>reading the issuer's metadata</source>
        <translation>lecture des métadonnées de l’émetteur</translation>
    </message>
    <message>
        <source>The offer names the issuer %1, but the metadata found there is for %2: nothing was requested.</source>
        <translation>L’offre nomme l’émetteur %1, mais les métadonnées qui s’y trouvent sont celles de %2 : rien n’a été demandé.</translation>
    </message>
    <message>
        <source>The issuer's credential endpoint is not a secure (https) address.</source>
        <translation>Le point d’accès aux justificatifs de l’émetteur n’est pas une adresse sécurisée (https).</translation>
    </message>
    <message>
        <source>The offer asks for "%1", which the issuer's metadata does not describe.</source>
        <translation>L’offre demande « %1 », que les métadonnées de l’émetteur ne décrivent pas.</translation>
    </message>
    <message>
        <source>an unnamed format</source>
        <translation>un format sans nom</translation>
    </message>
    <message>
        <source>The issuer offers only %1, which Satchel cannot store yet. Nothing was requested.</source>
        <translation>L’émetteur ne propose que %1, que Satchel ne sait pas encore enregistrer. Rien n’a été demandé.</translation>
    </message>
    <message>
        <source>The offer allows no way of receiving that Satchel can follow.</source>
        <translation>L’offre ne permet aucune façon de recevoir que Satchel sache suivre.</translation>
    </message>
</context>
<context>
    <name>Satchel::OrganizeDialog</name>
    <message>
        <source>Tags and collections</source>
        <translation>Étiquettes et collections</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter l’étiquette</translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation>Retirer les étiquettes sélectionnées</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Tick a collection to put the credentials in it.</source>
        <translation>Cochez une collection pour y placer les justificatifs.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Organise "%1".</source>
        <translation>Organiser « %1 ».</translation>
    </message>
    <message>
        <source>Organise the credential.</source>
        <translation>Organiser le justificatif.</translation>
    </message>
    <message numerus="yes">
        <source>Organise %n credential(s). Tags and collections shown are those all of them share; a half-ticked collection holds some of them.</source>
        <translation>
            <numerusform>Organiser %n justificatif. Les étiquettes et collections affichées sont celles qu’ils partagent tous ; une collection à moitié cochée en contient une partie.</numerusform>
            <numerusform>Organiser %n justificatifs. Les étiquettes et collections affichées sont celles qu’ils partagent tous ; une collection à moitié cochée en contient une partie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in this collection</source>
        <translation>
            <numerusform>%n justificatif dans cette collection</numerusform>
            <numerusform>%n justificatifs dans cette collection</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: make one with "New collection…".</source>
        <translation>Aucune collection pour l’instant : créez-en une avec « Nouvelle collection… ».</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Saisissez d’abord une étiquette.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation>Une étiquette compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A collection name can have at most %1 characters.</source>
        <translation>Le nom d’une collection compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the new collection (the credentials go in it):</source>
        <translation>Nom de la nouvelle collection (les justificatifs y seront placés) :</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete the collection "%1"? The credentials in it stay in the wallet.</source>
        <translation>Supprimer la collection « %1 » ? Les justificatifs qu’elle contient restent dans le portefeuille.</translation>
    </message>
</context>
<context>
    <name>Satchel::P256KeyPair</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>La clé de signature est illisible.</translation>
    </message>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>Impossible de créer une nouvelle clé de signature.</translation>
    </message>
    <message>
        <source>A P-256 signing key must be %1 bytes.</source>
        <translation>Une clé de signature P-256 doit faire %1 octets.</translation>
    </message>
    <message>
        <source>The P-256 signing key is out of range.</source>
        <translation>La clé de signature P-256 est hors limites.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>La signature a échoué.</translation>
    </message>
</context>
<context>
    <name>Satchel::PassphraseDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation>Sauvegarder le portefeuille</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with this passphrase. Without it nobody, you included, can open the backup: keep it somewhere safe.</source>
        <translation>La sauvegarde %1 est chiffrée avec cette phrase secrète. Sans elle, personne, vous compris, ne peut l’ouvrir : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup %1.</source>
        <translation>Saisissez la phrase secrète de la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters, or several words, is much harder to guess.</source>
        <translation>Une phrase secrète d’au moins %1 caractères, ou de plusieurs mots, est bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Protect your key</source>
        <translation>Protéger votre clé</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>Déverrouiller votre clé</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign for %1.</source>
        <translation>Saisissez la phrase secrète de votre clé pour signer ce que vous déposez sur %1.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Satchel proves to %1 that it is you, with a key of your own. There is no keychain on this computer, so the key is kept in the wallet, locked with this passphrase. You will need it whenever Satchel signs for you: to receive a credential, or to make or stop a public link.</source>
        <translation>Satchel prouve à %1 que c’est bien vous, avec une clé qui vous appartient. Cet ordinateur n’a pas de trousseau de clés : la clé est donc conservée dans le portefeuille, verrouillée par cette phrase secrète. Vous en aurez besoin chaque fois que Satchel signe pour vous : pour recevoir un justificatif, ou pour créer ou arrêter un lien public.</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEditorDialog</name>
    <message>
        <source>Edit pathway</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>All of the requirements below</source>
        <translation>Toutes les conditions ci-dessous</translation>
    </message>
    <message>
        <source>At least N of them</source>
        <translation>Au moins N d'entre elles</translation>
    </message>
    <message>
        <source>At least X credits from them</source>
        <translation>Au moins X crédits parmi elles</translation>
    </message>
    <message>
        <source>as stated in the badge</source>
        <translation>comme indiqué dans le badge</translation>
    </message>
    <message>
        <source>Credits for a badge that states none itself</source>
        <translation>Crédits d'un badge qui n'en indique pas lui-même</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Type de réussite</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>N'importe quel émetteur</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>type, e.g. Certificate</source>
        <translation>type, p. ex. Certificate</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Complete with:</source>
        <translation>&amp;Accomplir avec :</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Combien :</translation>
    </message>
    <message>
        <source>C&amp;redits needed:</source>
        <translation>C&amp;rédits nécessaires :</translation>
    </message>
    <message>
        <source>Credits per &amp;badge:</source>
        <translation>Crédits par &amp;badge :</translation>
    </message>
    <message>
        <source>Badges from your wallet that count:</source>
        <translation>Badges de votre portefeuille qui comptent :</translation>
    </message>
    <message>
        <source>Rules (any badge from an issuer with a tag or of a type):</source>
        <translation>Règles (tout badge d'un émetteur avec une étiquette ou d'un type) :</translation>
    </message>
    <message>
        <source>A rule needs a tag or an achievement type.</source>
        <translation>Une règle a besoin d'une étiquette ou d'un type de réussite.</translation>
    </message>
    <message>
        <source>A %1 badge tagged “%2”</source>
        <translation>Un badge de type %1 avec l'étiquette « %2 »</translation>
    </message>
    <message>
        <source>A badge tagged “%1”</source>
        <translation>Un badge avec l'étiquette « %1 »</translation>
    </message>
    <message>
        <source>A badge of type %1</source>
        <translation>Un badge de type %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation>Donnez un nom au parcours.</translation>
    </message>
    <message>
        <source>Pick at least one badge or add a rule.</source>
        <translation>Choisissez au moins un badge ou ajoutez une règle.</translation>
    </message>
    <message numerus="yes">
        <source>You asked for %1 requirements but listed only %n.</source>
        <translation>
            <numerusform>Vous demandez %1 conditions mais n'en avez listé que %n.</numerusform>
            <numerusform>Vous demandez %1 conditions mais n'en avez listé que %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEngine</name>
    <message>
        <source>Revoked by its issuer</source>
        <translation>Révoqué par son émetteur</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Expired on %1; this requirement needs a valid credential</source>
        <translation>Expiré le %1 ; cette exigence demande un justificatif valide</translation>
    </message>
    <message>
        <source>Expired; this requirement needs a valid credential</source>
        <translation>Expiré ; cette exigence demande un justificatif valide</translation>
    </message>
    <message>
        <source>Has no result for %1</source>
        <translation>N’a pas de résultat pour %1</translation>
    </message>
    <message>
        <source>Result %1 is below the required %2</source>
        <translation>Le résultat %1 est inférieur au minimum requis %2</translation>
    </message>
    <message>
        <source>Result %1 is not one of %2</source>
        <translation>Le résultat %1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Counts only after %1 is earned</source>
        <translation>Ne compte qu’une fois %1 obtenu</translation>
    </message>
    <message>
        <source>Issued before %1, which must come first</source>
        <translation>Délivré avant %1, qui doit venir en premier</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayFormat</name>
    <message>
        <source>%1: "%2" is required</source>
        <translation>%1 : « %2 » est obligatoire</translation>
    </message>
    <message>
        <source>%1: "%2" must be a string</source>
        <translation>%1 : « %2 » doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1: "%2" is longer than %3 characters</source>
        <translation>%1 : « %2 » dépasse %3 caractères</translation>
    </message>
    <message>
        <source>%1: "%2" must not be empty</source>
        <translation>%1 : « %2 » ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of strings</source>
        <translation>%1 : « %2 » doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 entries</source>
        <translation>%1 : « %2 » contient plus de %3 entrées</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of non-empty strings</source>
        <translation>%1 : « %2 » doit être un tableau de chaînes non vides</translation>
    </message>
    <message>
        <source>%1: requirements are nested deeper than %2 levels</source>
        <translation>%1 : les exigences sont imbriquées sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>The pathway has more than %1 requirements</source>
        <translation>Le parcours contient plus de %1 exigences</translation>
    </message>
    <message>
        <source>%1: use only one of "allOf", "atLeast", "atLeastCredits"</source>
        <translation>%1 : utilisez un seul de « allOf », « atLeast », « atLeastCredits »</translation>
    </message>
    <message>
        <source>%1: the id "%2" is used by two requirements</source>
        <translation>%1 : l’identifiant « %2 » est utilisé par deux exigences</translation>
    </message>
    <message>
        <source>%1: "atLeast" must be a whole number of at least 1</source>
        <translation>%1 : « atLeast » doit être un nombre entier au moins égal à 1</translation>
    </message>
    <message>
        <source>%1: "atLeastCredits" must be a number above 0</source>
        <translation>%1 : « atLeastCredits » doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>%1: "%2" must be a non-empty array of requirements</source>
        <translation>%1 : « %2 » doit être un tableau d’exigences non vide</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 requirements</source>
        <translation>%1 : « %2 » contient plus de %3 exigences</translation>
    </message>
    <message>
        <source>%1: a requirement must be an object or the id of one</source>
        <translation>%1 : une exigence doit être un objet ou son identifiant</translation>
    </message>
    <message>
        <source>%1: "%2" belongs on a badge requirement, not on a group</source>
        <translation>%1 : « %2 » s’applique à une exigence de badge, pas à un groupe</translation>
    </message>
    <message>
        <source>%1: "rule" must be an object</source>
        <translation>%1 : « rule » doit être un objet</translation>
    </message>
    <message>
        <source>%1: a rule needs a "tag" or an "achievementType"</source>
        <translation>%1 : une règle demande « tag » ou « achievementType »</translation>
    </message>
    <message>
        <source>%1: a requirement needs "allOf", "atLeast" or "atLeastCredits", or something to match: "achievementId", "alternativeIds", "alignmentUrl" or "rule"</source>
        <translation>%1 : une exigence demande « allOf », « atLeast » ou « atLeastCredits », ou un critère de correspondance : « achievementId », « alternativeIds », « alignmentUrl » ou « rule »</translation>
    </message>
    <message>
        <source>%1: "count" must be a whole number from 1 to %2</source>
        <translation>%1 : « count » doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>%1: "credits" must be a number of at least 0</source>
        <translation>%1 : « credits » doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1: "mustBeValid" must be true or false</source>
        <translation>%1 : « mustBeValid » doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <source>%1: "minValue" must be a number</source>
        <translation>%1 : « minValue » doit être un nombre</translation>
    </message>
    <message>
        <source>%1: give "minValue" or "acceptedValues"</source>
        <translation>%1 : indiquez « minValue » ou « acceptedValues »</translation>
    </message>
    <message>
        <source>The pathway file is larger than %1 KiB</source>
        <translation>Le fichier de parcours dépasse %1 Kio</translation>
    </message>
    <message>
        <source>A pathway file must hold one JSON object</source>
        <translation>Un fichier de parcours doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>This is not a Satchel pathway: the "satchelPathway" version number is missing</source>
        <translation>Ce n’est pas un parcours Satchel : le numéro de version « satchelPathway » manque</translation>
    </message>
    <message>
        <source>"satchelPathway" must be the format version number, 1</source>
        <translation>« satchelPathway » doit être le numéro de version du format, 1</translation>
    </message>
    <message>
        <source>The pathway uses format version %1; this Satchel reads version %2. Update Satchel to import it.</source>
        <translation>Le parcours utilise la version %1 du format ; cette version de Satchel lit la version %2. Mettez Satchel à jour pour l’importer.</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>%1: "owner" must be an object</source>
        <translation>%1 : « owner » doit être un objet</translation>
    </message>
    <message>
        <source>%1: "target" must be an object</source>
        <translation>%1 : « target » doit être un objet</translation>
    </message>
    <message>
        <source>%1: "requirements" must be an object (the top requirement)</source>
        <translation>%1 : « requirements » doit être un objet (l’exigence de premier niveau)</translation>
    </message>
    <message>
        <source>%1: "definitions" must be an array of requirements</source>
        <translation>%1 : « definitions » doit être un tableau d’exigences</translation>
    </message>
    <message>
        <source>%1: must be a requirement object</source>
        <translation>%1 : doit être un objet exigence</translation>
    </message>
    <message>
        <source>%1: a shared definition needs an "id"</source>
        <translation>%1 : une définition partagée demande un « id »</translation>
    </message>
    <message>
        <source>%1: no requirement has the id "%2"</source>
        <translation>%1 : aucune exigence n’a l’identifiant « %2 »</translation>
    </message>
    <message>
        <source>The pathway has no id</source>
        <translation>Le parcours n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>The pathway has no requirements</source>
        <translation>Le parcours n’a aucune exigence</translation>
    </message>
    <message>
        <source>Requirement %1 has no id</source>
        <translation>L’exigence %1 n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>The id "%1" is used by two requirements</source>
        <translation>L’identifiant « %1 » est utilisé par deux exigences</translation>
    </message>
    <message>
        <source>Requirement "%1" has a missing child</source>
        <translation>Il manque un enfant à l’exigence « %1 »</translation>
    </message>
    <message>
        <source>Requirement "%1" matches badges and cannot have children</source>
        <translation>L’exigence « %1 » désigne des badges et ne peut pas avoir d’enfants</translation>
    </message>
    <message>
        <source>Requirement "%1" matches nothing</source>
        <translation>L’exigence « %1 » ne désigne rien</translation>
    </message>
    <message>
        <source>Requirement "%1" needs a count of at least 1</source>
        <translation>L’exigence « %1 » demande un nombre au moins égal à 1</translation>
    </message>
    <message>
        <source>Requirement "%1" asks for %2 of only %3 requirements</source>
        <translation>L’exigence « %1 » demande %2 exigences sur seulement %3</translation>
    </message>
    <message>
        <source>Requirement "%1" must ask for at least 1</source>
        <translation>L’exigence « %1 » doit demander au moins 1</translation>
    </message>
    <message>
        <source>Group "%1" has no requirements</source>
        <translation>Le groupe « %1 » n’a aucune exigence</translation>
    </message>
    <message>
        <source>Group "%1" has more than %2 requirements</source>
        <translation>Le groupe « %1 » contient plus de %2 exigences</translation>
    </message>
    <message>
        <source>The requirements "%1" and "%2" contain each other (a cycle)</source>
        <translation>Les exigences « %1 » et « %2 » se contiennent l’une l’autre (un cycle)</translation>
    </message>
    <message>
        <source>Requirements are nested deeper than %1 levels</source>
        <translation>Les exigences sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2", which does not exist</source>
        <translation>L’exigence « %1 » précède « %2 », qui n’existe pas</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2"; ordering applies to badge requirements only</source>
        <translation>L’exigence « %1 » précède « %2 » ; l’ordre ne s’applique qu’aux exigences de badge</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes itself</source>
        <translation>L’exigence « %1 » se précède elle-même</translation>
    </message>
    <message>
        <source>The order of "%1" and "%2" is circular ("precedes" forms a cycle)</source>
        <translation>L’ordre de « %1 » et « %2 » est circulaire (« precedes » forme un cycle)</translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation>Le fichier de parcours n’est pas du JSON valide : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayOverview</name>
    <message>
        <source>matched by achievement id</source>
        <translation>reconnu par l'identifiant de réussite</translation>
    </message>
    <message>
        <source>matched by an alternative id</source>
        <translation>reconnu par un autre identifiant</translation>
    </message>
    <message>
        <source>matched by alignment</source>
        <translation>reconnu par alignement</translation>
    </message>
    <message>
        <source>matched by rule</source>
        <translation>reconnu par une règle</translation>
    </message>
    <message numerus="yes">
        <source>All of %n</source>
        <translation>
            <numerusform>Tout (%n)</numerusform>
            <numerusform>Tous les %n</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 of %2</source>
        <translation>Au moins %1 sur %2</translation>
    </message>
    <message>
        <source>At least %1 credits</source>
        <translation>Au moins %1 crédits</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>avec l'étiquette « %1 »</translation>
    </message>
    <message>
        <source>of type %1</source>
        <translation>de type %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) %1</source>
        <translation>
            <numerusform>%n badge %1</numerusform>
            <numerusform>%n badges %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partiellement rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 crédits sur %2</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayReader</name>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>%1 is not a pathway: expected Satchel's pathway format, a Badgr/Canvas pathway or a CLR 2.0 with associations</source>
        <translation>%1 n'est pas un parcours : attendu le format de parcours de Satchel, un parcours Badgr/Canvas ou un CLR 2.0 avec des associations</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported: %1</source>
        <translation>Seules les adresses http et https peuvent être importées : %1</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 a répondu avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayStore</name>
    <message>
        <source>Could not access the pathways in the wallet: %1</source>
        <translation>Impossible d’accéder aux parcours du portefeuille : %1</translation>
    </message>
    <message>
        <source>No pathway has the id %1</source>
        <translation>Aucun parcours n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>The stored pathway %1 could not be read: %2</source>
        <translation>Le parcours enregistré %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwaysView</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>A pathway shows how your badges add up to a bigger credential, across issuers. Select a pathway to see each requirement, what counts and what to earn next.</source>
        <translation>Un parcours montre comment vos badges s'additionnent pour obtenir une certification plus large, quels qu'en soient les émetteurs. Sélectionnez un parcours pour voir chaque condition, ce qui compte et ce qu'il faut obtenir ensuite.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Import a pathway: Satchel's format, a Badgr/Canvas pathway or a CLR 2.0</source>
        <translation>Importer un parcours : format de Satchel, parcours Badgr/Canvas ou CLR 2.0</translation>
    </message>
    <message>
        <source>Import from URL…</source>
        <translation>Importer depuis une URL…</translation>
    </message>
    <message>
        <source>New pathway…</source>
        <translation>Nouveau parcours…</translation>
    </message>
    <message>
        <source>Make your own pathway from the badges in your wallet</source>
        <translation>Créez votre propre parcours à partir des badges de votre portefeuille</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Issuer or owner</source>
        <translation>Émetteur ou propriétaire</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No pathways yet. Import one, or make your own from your badges.</source>
        <translation>Aucun parcours pour l'instant. Importez-en un, ou créez le vôtre à partir de vos badges.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 accompli</translation>
    </message>
    <message>
        <source>Completing it earns: %1</source>
        <translation>Le terminer rapporte : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  ← next</source>
        <translation>%1  ← ensuite</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Does not count:</source>
        <translation>Ne compte pas :</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquant :</translation>
    </message>
    <message>
        <source>Earn next:</source>
        <translation>À obtenir ensuite :</translation>
    </message>
    <message>
        <source>This group is complete.</source>
        <translation>Ce groupe est rempli.</translation>
    </message>
    <message>
        <source>Earn first: %1</source>
        <translation>À obtenir d'abord : %1</translation>
    </message>
    <message>
        <source>Missing: no badge in your wallet meets this requirement yet.</source>
        <translation>Manquant : aucun badge de votre portefeuille ne remplit encore cette condition.</translation>
    </message>
    <message>
        <source>How to earn it: %1</source>
        <translation>Comment l'obtenir : %1</translation>
    </message>
    <message>
        <source>Open the badge</source>
        <translation>Ouvrir le badge</translation>
    </message>
    <message>
        <source>How to earn it…</source>
        <translation>Comment l'obtenir…</translation>
    </message>
    <message>
        <source>Import a pathway</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <source>The pathway could not be imported from %1:
%2</source>
        <translation>Le parcours n'a pas pu être importé depuis %1 :
%2</translation>
    </message>
    <message>
        <source>The pathway %1 could not be saved:
%2</source>
        <translation>Le parcours %1 n'a pas pu être enregistré :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pathway(s): %1</source>
        <translation>
            <numerusform>%n parcours importé : %1</numerusform>
            <numerusform>%n parcours importés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pathways and CLRs (*.json *.jwt *.txt);;All files (*)</source>
        <translation>Parcours et CLR (*.json *.jwt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a pathway from the web</source>
        <translation>Importer un parcours depuis le web</translation>
    </message>
    <message>
        <source>Address of the pathway (http or https):</source>
        <translation>Adresse du parcours (http ou https) :</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// or http://.</source>
        <translation>Saisissez une adresse qui commence par https:// ou http://.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Remove the pathway “%1”? Your badges are not touched.</source>
        <translation>Supprimer le parcours « %1 » ? Vos badges ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Working out your progress…</source>
        <translation>Calcul de votre progression…</translation>
    </message>
    <message>
        <source>Transcript…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <source>A PDF transcript of the badges that count toward this pathway, one page each</source>
        <translation>Un relevé PDF des badges qui comptent pour ce parcours, une page chacun</translation>
    </message>
    <message>
        <source>Requirements of the pathway</source>
        <translation>Exigences du parcours</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfAttachmentReader</name>
    <message>
        <source>The PDF file is damaged: %1</source>
        <translation>Le fichier PDF est endommagé : %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>pas de startxref</translation>
    </message>
    <message>
        <source>bad cross-reference offset</source>
        <translation>position de références croisées incorrecte</translation>
    </message>
    <message>
        <source>PDF files with cross-reference streams are not supported.</source>
        <translation>Les fichiers PDF avec des flux de références croisées ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>pas de trailer</translation>
    </message>
    <message>
        <source>no trailer dictionary</source>
        <translation>pas de dictionnaire de trailer</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>décompression impossible</translation>
    </message>
    <message>
        <source>a compressed stream is broken</source>
        <translation>un flux compressé est endommagé</translation>
    </message>
    <message>
        <source>An embedded file is too large.</source>
        <translation>Un fichier joint est trop volumineux.</translation>
    </message>
    <message>
        <source>an attachment has no file stream</source>
        <translation>une pièce jointe n’a pas de flux de fichier</translation>
    </message>
    <message>
        <source>an attachment has no length</source>
        <translation>une pièce jointe n’a pas de longueur</translation>
    </message>
    <message>
        <source>an attachment stream is missing</source>
        <translation>le flux d’une pièce jointe manque</translation>
    </message>
    <message>
        <source>an attachment has a bad length</source>
        <translation>une pièce jointe a une longueur incorrecte</translation>
    </message>
    <message>
        <source>An attachment uses an unsupported compression (%1).</source>
        <translation>Une pièce jointe utilise une compression non prise en charge (%1).</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>ce n’est pas un fichier PDF</translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation>Le fichier PDF est trop volumineux.</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>pas de catalogue</translation>
    </message>
    <message>
        <source>The PDF file has no credential attached.</source>
        <translation>Le fichier PDF ne contient aucun justificatif joint.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfIncrementalUpdate</name>
    <message>
        <source>The PDF cannot be updated: %1</source>
        <translation>Le PDF ne peut pas être mis à jour : %1</translation>
    </message>
    <message>
        <source>A PDF carries from 1 to %1 attachments.</source>
        <translation>Un PDF contient de 1 à %1 pièces jointes.</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>ce n’est pas un fichier PDF</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>pas de startxref</translation>
    </message>
    <message>
        <source>bad startxref offset</source>
        <translation>position startxref incorrecte</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which Satchel does not update.</source>
        <translation>Le PDF utilise un flux de références croisées, que Satchel ne met pas à jour.</translation>
    </message>
    <message>
        <source>no /Size or /Root in the trailer</source>
        <translation>pas de /Size ni de /Root dans le trailer</translation>
    </message>
    <message>
        <source>bad /Size or /Root</source>
        <translation>/Size ou /Root incorrect</translation>
    </message>
    <message>
        <source>the catalog is not in the last cross-reference section</source>
        <translation>le catalogue n’est pas dans la dernière section de références croisées</translation>
    </message>
    <message>
        <source>the catalog offset is wrong</source>
        <translation>la position du catalogue est fausse</translation>
    </message>
    <message>
        <source>no catalog dictionary</source>
        <translation>pas de dictionnaire de catalogue</translation>
    </message>
    <message>
        <source>The PDF already has attachments or named destinations.</source>
        <translation>Le PDF contient déjà des pièces jointes ou des destinations nommées.</translation>
    </message>
    <message>
        <source>Two attachments are both named %1.</source>
        <translation>Deux pièces jointes portent le même nom %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfPagePrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L’imprimante a refusé une nouvelle page.</translation>
    </message>
</context>
<context>
    <name>Satchel::PendingCredentialsList</name>
    <message>
        <source>Still waiting for:</source>
        <translation>En attente de :</translation>
    </message>
    <message>
        <source>S&amp;top waiting…</source>
        <translation>&amp;Ne plus attendre…</translation>
    </message>
    <message>
        <source>Credentials issuers will send later</source>
        <translation>Justificatifs que les émetteurs enverront plus tard</translation>
    </message>
    <message>
        <source>Satchel stops asking the issuer for the selected credential</source>
        <translation>Satchel cesse de demander à l’émetteur le justificatif choisi</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — de %2</translation>
    </message>
    <message>
        <source>Last asked %1: %2</source>
        <translation>Dernière demande le %1 : %2</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Promis le %1</translation>
    </message>
    <message>
        <source>Stop waiting for %1 from %2? Satchel will not ask for it again; to get it later, ask the issuer for a new offer.</source>
        <translation>Ne plus attendre %1 de %2 ? Satchel ne le redemandera plus ; pour l’obtenir plus tard, demandez une nouvelle offre à l’émetteur.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExportRunner</name>
    <message>
        <source>Writing the zip…</source>
        <translation>Écriture du zip…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) exported to %1.</source>
        <translation>
            <numerusform>%n justificatif exporté dans %1.</numerusform>
            <numerusform>%n justificatifs exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Drawing the certificates…</source>
        <translation>Dessin des certificats…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>The certificates could not be started.</source>
        <translation>Les certificats n’ont pas pu être lancés.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExporter</name>
    <message>
        <source>Your badges and micro-credentials, exported by Satchel.</source>
        <translation>Vos badges et micro-certifications, exportés par Satchel.</translation>
    </message>
    <message numerus="yes">
        <source>originals/     each credential exactly as its issuer sent it (%n file(s)). Any Open Badges or Verifiable Credentials verifier checks these.</source>
        <translation>
            <numerusform>originals/     chaque justificatif exactement tel que l’émetteur l’a envoyé (%n fichier). Tout vérificateur Open Badges ou Verifiable Credentials les contrôle.</numerusform>
            <numerusform>originals/     chaque justificatif exactement tel que l’émetteur l’a envoyé (%n fichiers). Tout vérificateur Open Badges ou Verifiable Credentials les contrôle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>badges/        each badge image with its credential baked in (%n image(s)). Badge wallets and backpacks import these.</source>
        <translation>
            <numerusform>badges/        chaque image de badge avec son justificatif intégré (%n image). Les portefeuilles et sacs à badges les importent.</numerusform>
            <numerusform>badges/        chaque image de badge avec son justificatif intégré (%n images). Les portefeuilles et sacs à badges les importent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates/  a printable PDF certificate of each (%n file(s)); the credential is attached inside each PDF.</source>
        <translation>
            <numerusform>certificates/  un certificat PDF imprimable de chacun (%n fichier) ; le justificatif est joint dans chaque PDF.</numerusform>
            <numerusform>certificates/  un certificat PDF imprimable de chacun (%n fichiers) ; le justificatif est joint dans chaque PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>Non inclus :</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no baked image (%2)</source>
        <translation>%1 : pas d’image avec le justificatif intégré (%2)</translation>
    </message>
</context>
<context>
    <name>Satchel::PngChunkWalker</name>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>L’image PNG est tronquée.</translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
        <translation>Un bloc PNG annonce une longueur qui dépasse la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentDialog</name>
    <message>
        <source>A credential (%1)</source>
        <translation>Un justificatif (%1)</translation>
    </message>
    <message>
        <source>A credential of type %1</source>
        <translation>Un justificatif de type %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Share with a verifier</source>
        <translation>Partager avec un vérificateur</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Tell the verifier you do not share anything</source>
        <translation>Dire au vérificateur que vous ne partagez rien</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <source>What it asks for, and what you would &amp;share:</source>
        <translation>Ce qu’il &amp;demande, et ce que vous partageriez :</translation>
    </message>
    <message>
        <source>Requested credentials and yours that answer them</source>
        <translation>Justificatifs demandés et les vôtres qui y répondent</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Signé par :</translation>
    </message>
    <message>
        <source>The identity that signs what you share</source>
        <translation>L’identité qui signe ce que vous partagez</translation>
    </message>
    <message>
        <source>&amp;Open the verifier's page</source>
        <translation>&amp;Ouvrir la page du vérificateur</translation>
    </message>
    <message>
        <source>The verifier asks to continue in your web browser</source>
        <translation>Le vérificateur demande de continuer dans votre navigateur web</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the verifier's request…</source>
        <translation>Lecture de la demande du vérificateur…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; demande vos justificatifs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials. Your answer goes to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; demande vos justificatifs. Votre réponse va à &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its request is not signed: Satchel knows only where the answer goes.</source>
        <translation>Sa demande n’est pas signée : Satchel sait seulement où va la réponse.</translation>
    </message>
    <message>
        <source>Its request is signed with a certificate for %1 that this computer trusts.</source>
        <translation>Sa demande est signée avec un certificat pour %1 auquel cet ordinateur fait confiance.</translation>
    </message>
    <message>
        <source>Its request is signed by %1.</source>
        <translation>Sa demande est signée par %1.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>None of your credentials answers this.</source>
        <translation>Aucun de vos justificatifs n’y répond.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Signature et envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n credential(s) with %1.</source>
        <translation>
            <numerusform>%n justificatif partagé avec %1.</numerusform>
            <numerusform>%n justificatifs partagés avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>Rien n’a été envoyé : la clé de votre identité reste verrouillée sans sa phrase secrète.</translation>
    </message>
    <message>
        <source>Telling the verifier…</source>
        <translation>Réponse au vérificateur…</translation>
    </message>
    <message>
        <source>You declined, and %1 was told. Nothing was shared.</source>
        <translation>Vous avez refusé, et %1 en a été informé. Rien n’a été partagé.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared; %1 could not be told.</source>
        <translation>Vous avez refusé. Rien n’a été partagé ; %1 n’a pas pu en être informé.</translation>
    </message>
    <message>
        <source>%1, %2 “%3”</source>
        <translation>%1, %2 « %3 »</translation>
    </message>
    <message>
        <source>Sharing did not succeed.</source>
        <translation>Le partage n’a pas abouti.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared. %1 is not told (its exchange has no way to hear a refusal); its request will expire.</source>
        <translation>Vous avez refusé. Rien n’a été partagé. %1 n’est pas prévenu (son échange ne permet pas de signaler un refus) ; sa demande expirera.</translation>
    </message>
    <message>
        <source>Satchel shares whole credentials: the verifier sees everything in each one you tick, not only what it asks about, except where a credential lists what it discloses. Nothing is sent until you choose Share.</source>
        <translation>Satchel partage des justificatifs entiers : le vérificateur voit tout le contenu de chacun de ceux que vous cochez, pas seulement ce qu’il demande, sauf quand un justificatif indique ce qu’il divulgue. Rien n’est envoyé tant que vous n’avez pas choisi Partager.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationHistoryWindow</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The verifier could not be told: %1</source>
        <translation>Le vérificateur n’a pas pu être prévenu : %1</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Ce qui n’a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>The verifier said: %1</source>
        <translation>Le vérificateur a répondu : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Presentation history</source>
        <translation>Historique des présentations</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, newest first. This history stays on this computer: Satchel never sends it anywhere.</source>
        <translation>Ce que vous avez envoyé aux vérificateurs ou refusé, du plus récent au plus ancien. Cet historique reste sur cet ordinateur : Satchel ne l’envoie jamais nulle part.</translation>
    </message>
    <message>
        <source>Search by verifier or credential</source>
        <translation>Rechercher par vérificateur ou justificatif</translation>
    </message>
    <message>
        <source>Search the presentation history</source>
        <translation>Rechercher dans l’historique des présentations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Open credential</source>
        <translation>Ouvrir le justificatif</translation>
    </message>
    <message>
        <source>Open the selected credential</source>
        <translation>Ouvrir le justificatif sélectionné</translation>
    </message>
    <message>
        <source>Forget this entry…</source>
        <translation>Oublier cette entrée…</translation>
    </message>
    <message>
        <source>Forget the selected entry</source>
        <translation>Oublier l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Remove this line from the history (Delete); the verifier keeps what it was sent</source>
        <translation>Retirer cette ligne de l’historique (Suppr) ; le vérificateur garde ce qui lui a été envoyé</translation>
    </message>
    <message>
        <source>Close the presentation history</source>
        <translation>Fermer l’historique des présentations</translation>
    </message>
    <message>
        <source>Could not read the presentation history: %1</source>
        <translation>Impossible de lire l’historique des présentations : %1</translation>
    </message>
    <message>
        <source>%1
Client id: %2</source>
        <translation>%1
Identifiant client : %2</translation>
    </message>
    <message>
        <source>A credential without a name</source>
        <translation>Un justificatif sans nom</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this credential</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir ce justificatif</translation>
    </message>
    <message>
        <source>%1 (no longer in this wallet)</source>
        <translation>%1 (n’est plus dans ce portefeuille)</translation>
    </message>
    <message>
        <source>Nothing shared with verifiers yet. When a verifier asks for your credentials (a link or a QR code), what you send or decline is listed here.</source>
        <translation>Rien n’a encore été partagé avec des vérificateurs. Quand un vérificateur demande vos justificatifs (un lien ou un code QR), ce que vous envoyez ou refusez apparaît ici.</translation>
    </message>
    <message>
        <source>No presentation matches “%1”.</source>
        <translation>Aucune présentation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Could not forget the entry: %1</source>
        <translation>Impossible d’oublier l’entrée : %1</translation>
    </message>
    <message>
        <source>Forget this entry</source>
        <translation>Oublier cette entrée</translation>
    </message>
    <message>
        <source>Remove the entry for %1 (%2) from the history?</source>
        <translation>Retirer de l’historique l’entrée pour %1 (%2) ?</translation>
    </message>
    <message>
        <source>Only this computer's record goes: the verifier keeps whatever it was sent.</source>
        <translation>Seul l’enregistrement de cet ordinateur disparaît : le vérificateur garde tout ce qui lui a été envoyé.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationLink</name>
    <message>
        <source>This is not a verifier's request for credentials that Satchel understands.</source>
        <translation>Ce n’est pas une demande de justificatifs d’un vérificateur que Satchel comprend.</translation>
    </message>
    <message>
        <source>The verifier's link is too long to be a request.</source>
        <translation>Le lien du vérificateur est trop long pour être une demande.</translation>
    </message>
    <message>
        <source>The verifier's link names the parameter “%1” twice.</source>
        <translation>Le lien du vérificateur nomme deux fois le paramètre « %1 ».</translation>
    </message>
    <message>
        <source>The verifier's link does not give a valid address for its request.</source>
        <translation>Le lien du vérificateur ne donne pas d’adresse valide pour sa demande.</translation>
    </message>
    <message>
        <source>The verifier's request is at an address that is not secure (%1): Satchel only fetches requests over HTTPS.</source>
        <translation>La demande du vérificateur se trouve à une adresse non sécurisée (%1) : Satchel ne récupère les demandes qu’en HTTPS.</translation>
    </message>
    <message>
        <source>The verifier asks for its request in a way Satchel does not know (“%1”).</source>
        <translation>Le vérificateur demande qu’on récupère sa demande d’une manière que Satchel ne connaît pas (« %1 »).</translation>
    </message>
    <message>
        <source>The verifier's “%1” is not valid JSON: %2</source>
        <translation>Le « %1 » du vérificateur n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The verifier's link gives its request both in the link and at an address.</source>
        <translation>Le lien du vérificateur donne sa demande à la fois dans le lien et à une adresse.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationQueryReader</name>
    <message>
        <source>The verifier's query names the credential “%1” twice.</source>
        <translation>La requête du vérificateur nomme deux fois le justificatif « %1 ».</translation>
    </message>
    <message>
        <source>The verifier's query asks for no credential.</source>
        <translation>La requête du vérificateur ne demande aucun justificatif.</translation>
    </message>
    <message>
        <source>The verifier's query asks for more credentials than Satchel accepts (%1).</source>
        <translation>La requête du vérificateur demande plus de justificatifs que Satchel n’en accepte (%1).</translation>
    </message>
    <message>
        <source>The verifier's query has malformed credential sets.</source>
        <translation>La requête du vérificateur a des ensembles de justificatifs mal formés.</translation>
    </message>
    <message>
        <source>The verifier's query has a credential set without options.</source>
        <translation>La requête du vérificateur a un ensemble de justificatifs sans options.</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed credential set.</source>
        <translation>La requête du vérificateur a un ensemble de justificatifs mal formé.</translation>
    </message>
    <message>
        <source>The verifier's query refers to a credential it does not ask for (“%1”).</source>
        <translation>La requête du vérificateur renvoie à un justificatif qu’elle ne demande pas (« %1 »).</translation>
    </message>
    <message>
        <source>A credential in the verifier's query has no valid id.</source>
        <translation>Un justificatif de la requête du vérificateur n’a pas d’identifiant valide.</translation>
    </message>
    <message>
        <source>The verifier's query does not say which format it wants for “%1”.</source>
        <translation>La requête du vérificateur ne dit pas quel format elle veut pour « %1 ».</translation>
    </message>
    <message>
        <source>The verifier restricts “%1” to issuers named by a trust framework, which Satchel cannot check yet.</source>
        <translation>Le vérificateur limite « %1 » aux émetteurs désignés par un cadre de confiance, ce que Satchel ne sait pas encore vérifier.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed type values for “%1”.</source>
        <translation>La requête du vérificateur a des valeurs de type mal formées pour « %1 ».</translation>
    </message>
    <message>
        <source>The verifier's query has malformed claims for “%1”.</source>
        <translation>La requête du vérificateur a des attributs mal formés pour « %1 ».</translation>
    </message>
    <message>
        <source>The verifier's query asks for more claims than Satchel accepts (%1).</source>
        <translation>La requête du vérificateur demande plus d’attributs que Satchel n’en accepte (%1).</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query has no valid path.</source>
        <translation>Un attribut de « %1 » dans la requête du vérificateur n’a pas de chemin valide.</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query accepts a value that is not a string, number or boolean.</source>
        <translation>Un attribut de « %1 » dans la requête du vérificateur accepte une valeur qui n’est ni une chaîne, ni un nombre, ni un booléen.</translation>
    </message>
    <message>
        <source>The verifier's query has too many claim sets for “%1”.</source>
        <translation>La requête du vérificateur a trop d’ensembles d’attributs pour « %1 ».</translation>
    </message>
    <message>
        <source>A claim set of “%1” names a claim the query does not have.</source>
        <translation>Un ensemble d’attributs de « %1 » nomme un attribut que la requête n’a pas.</translation>
    </message>
    <message>
        <source>The verifier's presentation definition has no id.</source>
        <translation>La définition de présentation du vérificateur n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>A field of “%1” in the verifier's query has no path.</source>
        <translation>Un champ de « %1 » dans la requête du vérificateur n’a pas de chemin.</translation>
    </message>
    <message>
        <source>The verifier's query reads a field in a way Satchel does not understand (“%1”).</source>
        <translation>La requête du vérificateur lit un champ d’une manière que Satchel ne comprend pas (« %1 »).</translation>
    </message>
    <message>
        <source>The verifier wants to see only some fields of “%1”, but Satchel can only show whole credentials.</source>
        <translation>Le vérificateur ne veut voir que certains champs de « %1 », mais Satchel ne peut montrer que des justificatifs entiers.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed vct values for “%1”.</source>
        <translation>La requête du vérificateur a des valeurs vct mal formées pour « %1 ».</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed holder binding requirement for “%1”.</source>
        <translation>La requête du vérificateur a une exigence de liaison au titulaire mal formée pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationReader</name>
    <message>
        <source>The data is not a verifiable presentation.</source>
        <translation>Les données ne sont pas une présentation vérifiable.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is neither a credential object nor a JWT.</source>
        <translation>Le justificatif %1 de la présentation n’est ni un objet justificatif ni un JWT.</translation>
    </message>
    <message>
        <source>The presentation carries no credential, so there is nothing in it to import.</source>
        <translation>La présentation ne contient aucun justificatif : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The presentation carries more than %1 credentials.</source>
        <translation>La présentation contient plus de %1 justificatifs.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is an envelope without a JWT or COSE credential in it.</source>
        <translation>Le justificatif %1 de la présentation est une enveloppe qui ne contient aucun justificatif JWT ou COSE.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationRequestReader</name>
    <message>
        <source>The verifier's request is not a readable request object: %1</source>
        <translation>La demande du vérificateur n’est pas un objet de demande lisible : %1</translation>
    </message>
    <message>
        <source>The verifier sent something else than a request object (type “%1”).</source>
        <translation>Le vérificateur a envoyé autre chose qu’un objet de demande (type « %1 »).</translation>
    </message>
    <message>
        <source>The verifier's request object is not valid JSON: %1</source>
        <translation>L’objet de demande du vérificateur n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The verifier's request names another client id than its link: it may not come from who the link says.</source>
        <translation>La demande du vérificateur nomme un autre identifiant client que son lien : elle ne vient peut-être pas de celui que le lien annonce.</translation>
    </message>
    <message>
        <source>The verifier's request has expired. Ask the verifier for a new one.</source>
        <translation>La demande du vérificateur a expiré. Demandez-en une nouvelle au vérificateur.</translation>
    </message>
    <message>
        <source>The verifier's request is not the answer to Satchel's own question (its wallet nonce differs): it may have been replayed.</source>
        <translation>La demande du vérificateur ne répond pas à la question de Satchel (son nonce de portefeuille diffère) : elle a peut-être été rejouée.</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: %1</source>
        <translation>La demande du vérificateur n’est pas signée par la clé qu’elle nomme : %1</translation>
    </message>
    <message>
        <source>The verifier identifies itself with a DID Satchel cannot look up without the network (%1).</source>
        <translation>Le vérificateur s’identifie par un DID que Satchel ne peut pas résoudre sans le réseau (%1).</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: the signing key does not belong to the verifier's DID.</source>
        <translation>La demande du vérificateur n’est pas signée par la clé qu’elle nomme : la clé de signature n’appartient pas au DID du vérificateur.</translation>
    </message>
    <message>
        <source>The verifier's request does not say who the verifier is (no client id).</source>
        <translation>La demande du vérificateur ne dit pas qui est le vérificateur (aucun identifiant client).</translation>
    </message>
    <message>
        <source>The verifier asks for something else than credentials (“%1”).</source>
        <translation>Le vérificateur demande autre chose que des justificatifs (« %1 »).</translation>
    </message>
    <message>
        <source>The verifier wants its answer in a way Satchel does not support yet (“%1”); Satchel sends answers with direct_post.</source>
        <translation>Le vérificateur veut sa réponse d’une manière que Satchel ne prend pas encore en charge (« %1 ») ; Satchel envoie ses réponses par direct_post.</translation>
    </message>
    <message>
        <source>The verifier's request does not say where to send the answer.</source>
        <translation>La demande du vérificateur ne dit pas où envoyer la réponse.</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to an address that is not secure (%1): Satchel only sends credentials over HTTPS.</source>
        <translation>Le vérificateur veut la réponse à une adresse non sécurisée (%1) : Satchel n’envoie de justificatifs qu’en HTTPS.</translation>
    </message>
    <message>
        <source>The verifier's request has no nonce, so an answer to it could be replayed.</source>
        <translation>La demande du vérificateur n’a pas de nonce : une réponse pourrait donc être rejouée.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: the request may not come from %1.</source>
        <translation>L’identifiant client du vérificateur ne correspond pas à l’adresse où irait la réponse : la demande ne vient peut-être pas de %1.</translation>
    </message>
    <message>
        <source>The verifier identifies itself in a way Satchel cannot check yet (%1). Nothing was sent.</source>
        <translation>Le vérificateur s’identifie d’une manière que Satchel ne sait pas encore vérifier (%1). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The verifier's client id names no way to check who it is, and Satchel knows no verifier by that name. Nothing was sent.</source>
        <translation>L’identifiant client du vérificateur n’indique aucun moyen de vérifier qui il est, et Satchel ne connaît aucun vérificateur de ce nom. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The verifier's request holds two queries at once.</source>
        <translation>La demande du vérificateur contient deux requêtes à la fois.</translation>
    </message>
    <message>
        <source>The verifier's request says what it wants in a way Satchel does not support.</source>
        <translation>La demande du vérificateur dit ce qu’elle veut d’une manière que Satchel ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The verifier's request is not signed, but its client id says who signs it: Satchel cannot tell who sent it.</source>
        <translation>La demande du vérificateur n’est pas signée, alors que son identifiant client dit qui la signe : Satchel ne peut pas savoir qui l’a envoyée.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: its certificate is for %1, the answer would go to %2.</source>
        <translation>L’identifiant client du vérificateur ne correspond pas à l’adresse où irait la réponse : son certificat est pour %1, la réponse irait à %2.</translation>
    </message>
    <message>
        <source>The verifier's request carries a state too long to be sent back.</source>
        <translation>La demande du vérificateur porte un état (state) trop long pour être renvoyé.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationResponder</name>
    <message>
        <source>reading the verifier's request</source>
        <translation>lecture de la demande du vérificateur</translation>
    </message>
    <message>
        <source>The verifier refused to give its request (%1).</source>
        <translation>Le vérificateur a refusé de donner sa demande (%1).</translation>
    </message>
    <message>
        <source>A chosen credential does not answer what the verifier asks for.</source>
        <translation>Un justificatif choisi ne répond pas à ce que demande le vérificateur.</translation>
    </message>
    <message>
        <source>The verifier asks for only one credential for “%1”.</source>
        <translation>Le vérificateur ne demande qu’un seul justificatif pour « %1 ».</translation>
    </message>
    <message>
        <source>The verifier needs more credentials than those chosen: it would not accept the answer.</source>
        <translation>Le vérificateur a besoin de plus de justificatifs que ceux choisis : il n’accepterait pas la réponse.</translation>
    </message>
    <message>
        <source>A chosen credential could not be read from the wallet: %1</source>
        <translation>Un justificatif choisi n’a pas pu être lu dans le portefeuille : %1</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>envoi de la réponse</translation>
    </message>
    <message>
        <source>The verifier did not accept the answer (%1).</source>
        <translation>Le vérificateur n’a pas accepté la réponse (%1).</translation>
    </message>
    <message>
        <source>The verifier does not accept presentations signed with this identity's kind of key (%1). Choose another identity.</source>
        <translation>Le vérificateur n’accepte pas les présentations signées avec le type de clé de cette identité (%1). Choisissez une autre identité.</translation>
    </message>
    <message>
        <source>it gave no reason, only the error code %1</source>
        <translation>il n’a donné aucune raison, seulement le code d’erreur %1</translation>
    </message>
    <message>
        <source>it said “%1”</source>
        <translation>il a répondu « %1 »</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Do not answer this request: ask the verifier for a new one.</source>
        <translation>%1 Rien n’a été envoyé. Ne répondez pas à cette demande : demandez-en une nouvelle au vérificateur.</translation>
    </message>
    <message>
        <source>%1 To try again, ask the verifier for a new request.</source>
        <translation>%1 Pour réessayer, demandez au vérificateur une nouvelle requête.</translation>
    </message>
    <message>
        <source>%1 Satchel cannot tell whether your credentials reached it. Check your connection, then ask the verifier for a new request to try again.</source>
        <translation>%1 Satchel ne peut pas savoir si vos justificatifs lui sont parvenus. Vérifiez votre connexion, puis demandez au vérificateur une nouvelle requête pour réessayer.</translation>
    </message>
    <message>
        <source>The verifier accepts only identities of the kinds %1, not this one (%2). Choose another identity.</source>
        <translation>Le vérificateur n’accepte que les identités de type %1, pas celle-ci (%2). Choisissez une autre identité.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationSigner</name>
    <message>
        <source>A public link is not possible for an Open Badges 2.0 badge: it is not a W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share its hosted address or a verification page instead.</source>
        <translation>Un lien public est impossible pour un badge Open Badges 2.0 : ce n’est pas un W3C Verifiable Credential, il ne peut donc pas être transporté dans une présentation signée. Partagez plutôt son adresse hébergée ou une page de vérification.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential in VC-JWT form: its signature covers the token, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>Un lien public est impossible pour un justificatif au format VC-JWT : sa signature porte sur le jeton, pas sur le JSON-LD, il ne peut donc pas être intégré à la présentation Data Integrity que vérifie un serveur VerifierPlus. Partagez plutôt une page de vérification.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential of an unknown format.</source>
        <translation>Un lien public est impossible pour un justificatif dont le format est inconnu.</translation>
    </message>
    <message>
        <source>The credential is too large to share.</source>
        <translation>Le justificatif est trop volumineux pour être partagé.</translation>
    </message>
    <message>
        <source>The credential is not a JSON-LD document, so it cannot be put in a presentation.</source>
        <translation>Le justificatif n’est pas un document JSON-LD : il ne peut donc pas être placé dans une présentation.</translation>
    </message>
    <message>
        <source>The credential is neither JSON-LD nor a JWT, so it cannot be put in a presentation.</source>
        <translation>Le justificatif n’est ni en JSON-LD ni un JWT : il ne peut pas être mis dans une présentation.</translation>
    </message>
    <message numerus="yes">
        <source>A presentation carries at most %n credential(s).</source>
        <translation>
            <numerusform>Une présentation contient au plus %n justificatif.</numerusform>
            <numerusform>Une présentation contient au plus %n justificatifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>These credentials follow two versions of the W3C data model (1.1 and 2.0), which cannot be signed in one presentation: choose credentials of one version.</source>
        <translation>Ces justificatifs suivent deux versions du modèle de données W3C (1.1 et 2.0), qui ne peuvent pas être signées dans une même présentation : choisissez des justificatifs d’une seule version.</translation>
    </message>
    <message>
        <source>A public link is not possible for an SD-JWT VC: it is no W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share a verification page instead.</source>
        <translation>Un lien public est impossible pour un SD-JWT VC : ce n’est pas un W3C Verifiable Credential, il ne peut donc pas être transporté dans une présentation signée. Partagez plutôt une page de vérification.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential secured with COSE: its signature covers the COSE message, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>Un lien public est impossible pour un justificatif sécurisé avec COSE : sa signature porte sur le message COSE, pas sur le JSON-LD, il ne peut donc pas être intégré à la présentation Data Integrity que vérifie un serveur VerifierPlus. Partagez plutôt une page de vérification.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationVerifier</name>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>La clé de signature est contrôlée par %1, et non par le titulaire %2.</translation>
    </message>
    <message>
        <source>The holder's %1 signature is valid.</source>
        <translation>La signature %1 du titulaire est valide.</translation>
    </message>
    <message>
        <source>The presentation is bound to no challenge.</source>
        <translation>La présentation n’est liée à aucun défi (challenge).</translation>
    </message>
    <message>
        <source>The presentation is bound to the challenge "%1"; none was given to compare it with.</source>
        <translation>La présentation est liée au défi (challenge) « %1 » ; aucun n’a été fourni pour le comparer.</translation>
    </message>
    <message>
        <source>The presentation was made for the challenge "%1", not "%2": it answers another request, or was made again from an earlier one.</source>
        <translation>La présentation a été faite pour le défi (challenge) « %1 », pas « %2 » : elle répond à une autre demande, ou a été refaite à partir d’une demande antérieure.</translation>
    </message>
    <message>
        <source>The presentation was made for "%1", not for "%2".</source>
        <translation>La présentation a été faite pour « %1 », pas pour « %2 ».</translation>
    </message>
    <message>
        <source>The presentation answers the challenge "%1".</source>
        <translation>La présentation répond au défi (challenge) « %1 ».</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", cty "%2") is not that of a verifiable presentation (vp+jwt).</source>
        <translation>Le type de média de la présentation (typ « %1 », cty « %2 ») n’est pas celui d’une présentation vérifiable (vp+jwt).</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", content type "%2") is not that of a verifiable presentation (vp+cose).</source>
        <translation>Le type de média de la présentation (typ « %1 », type de contenu « %2 ») n’est pas celui d’une présentation vérifiable (vp+cose).</translation>
    </message>
</context>
<context>
    <name>Satchel::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Satchel::ProofSuite</name>
    <message>
        <source>The proof uses bbs-2023, which needs BLS12-381 pairing-friendly curves that the cryptography library Satchel uses (OpenSSL) does not provide, so Satchel cannot check it. Ask the issuer for a copy signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.</source>
        <translation>La preuve utilise bbs-2023, qui nécessite des courbes BLS12-381 adaptées aux couplages que la bibliothèque cryptographique utilisée par Satchel (OpenSSL) ne fournit pas : Satchel ne peut donc pas la vérifier. Demandez à l’émetteur une copie signée avec eddsa-rdfc-2022 ou ecdsa-rdfc-2019.</translation>
    </message>
    <message>
        <source>The proof type "%1" is not supported.</source>
        <translation>Le type de preuve « %1 » n’est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicKey</name>
    <message>
        <source>The JWK has no "%1" member.</source>
        <translation>La JWK n’a pas de membre « %1 ».</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>La clé RSA fait %1 bits ; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The RSA key is too large (%1 bits).</source>
        <translation>La clé RSA est trop grande (%1 bits).</translation>
    </message>
    <message>
        <source>Unsupported public key type.</source>
        <translation>Type de clé publique non pris en charge.</translation>
    </message>
    <message>
        <source>An Ed25519 public key must be 32 bytes, not %1.</source>
        <translation>Une clé publique Ed25519 doit faire 32 octets, pas %1.</translation>
    </message>
    <message>
        <source>Invalid Ed25519 public key.</source>
        <translation>Clé publique Ed25519 invalide.</translation>
    </message>
    <message>
        <source>Cannot create an EC key.</source>
        <translation>Impossible de créer une clé EC.</translation>
    </message>
    <message>
        <source>The JWK contains private key material.</source>
        <translation>La JWK contient des éléments de clé privée.</translation>
    </message>
    <message>
        <source>Unsupported OKP curve in JWK.</source>
        <translation>Courbe OKP non prise en charge dans la JWK.</translation>
    </message>
    <message>
        <source>Unsupported EC curve in JWK.</source>
        <translation>Courbe EC non prise en charge dans la JWK.</translation>
    </message>
    <message>
        <source>The RSA key in the JWK is too large.</source>
        <translation>La clé RSA de la JWK est trop grande.</translation>
    </message>
    <message>
        <source>Invalid RSA key in JWK.</source>
        <translation>Clé RSA invalide dans la JWK.</translation>
    </message>
    <message>
        <source>Unsupported JWK key type "%1".</source>
        <translation>Type de clé JWK « %1 » non pris en charge.</translation>
    </message>
    <message>
        <source>The PEM key is too large.</source>
        <translation>La clé PEM est trop grande.</translation>
    </message>
    <message>
        <source>Cannot read the PEM key.</source>
        <translation>Impossible de lire la clé PEM.</translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation>Le texte n’est pas une clé publique PEM (SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>A multikey must be base58btc ('z' prefix).</source>
        <translation>Une multikey doit être en base58btc (préfixe « z »).</translation>
    </message>
    <message>
        <source>A P-256 multikey must hold a compressed point.</source>
        <translation>Une multikey P-256 doit contenir un point compressé.</translation>
    </message>
    <message>
        <source>The multikey is a secret key.</source>
        <translation>La multikey est une clé secrète.</translation>
    </message>
    <message>
        <source>Unsupported multikey type 0x%1.</source>
        <translation>Type de multikey 0x%1 non pris en charge.</translation>
    </message>
    <message>
        <source>The elliptic curve of the key is unknown.</source>
        <translation>La courbe elliptique de la clé est inconnue.</translation>
    </message>
    <message>
        <source>Invalid %1 public key encoding.</source>
        <translation>Encodage de clé publique %1 invalide.</translation>
    </message>
    <message>
        <source>Invalid %1 public key.</source>
        <translation>Clé publique %1 invalide.</translation>
    </message>
    <message>
        <source>The %1 public key is not a point on the curve.</source>
        <translation>La clé publique %1 n’est pas un point de la courbe.</translation>
    </message>
    <message>
        <source>Invalid %1 coordinates in JWK.</source>
        <translation>Coordonnées %1 invalides dans le JWK.</translation>
    </message>
    <message>
        <source>A P-384 multikey must hold a compressed point.</source>
        <translation>Une multikey P-384 doit contenir un point compressé.</translation>
    </message>
    <message>
        <source>The certificate is too large.</source>
        <translation>Le certificat est trop volumineux.</translation>
    </message>
    <message>
        <source>The data is not a DER X.509 certificate.</source>
        <translation>Les données ne sont pas un certificat X.509 DER.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>La clé publique du certificat est illisible.</translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 elliptic curves are supported.</source>
        <translation>Seules les courbes elliptiques P-256, P-384 et P-521 sont prises en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinkService</name>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>Le portefeuille ne contient aucun lien public %1.</translation>
    </message>
    <message>
        <source>The link %1 was already stopped.</source>
        <translation>Le partage du lien %1 était déjà arrêté.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinksWidget</name>
    <message>
        <source>Create public link…</source>
        <translation>Créer un lien public…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Lien copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Arrêté le %1</translation>
    </message>
    <message>
        <source>Upload this credential to %1 and get a link anyone can open to check it.</source>
        <translation>Déposer ce justificatif sur %1 et obtenir un lien que chacun peut ouvrir pour le vérifier.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, including what it says about you.</source>
        <translation>Satchel va déposer le justificatif « %1 » en entier sur %2 : tout ce que son émetteur y a mis, y compris ce qu’il dit de vous.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, your name (%3) included.</source>
        <translation>Satchel va déposer le justificatif « %1 » en entier sur %2 : tout ce que son émetteur y a mis, votre nom (%3) compris.</translation>
    </message>
    <message>
        <source>Create a public link</source>
        <translation>Créer un lien public</translation>
    </message>
    <message>
        <source>Anyone who has the link can see the credential and check it, until you choose Stop sharing. You can change the server in the Settings tab.</source>
        <translation>Toute personne disposant du lien peut voir le justificatif et le vérifier, jusqu’à ce que vous choisissiez Arrêter le partage. Vous pouvez changer de serveur dans l’onglet Paramètres.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Déposer</translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation>Rien n’a été déposé.</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Dépôt sur %1…</translation>
    </message>
    <message>
        <source>Asking %1 to take the link down…</source>
        <translation>Demande à %1 de retirer le lien…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was uploaded.</source>
        <translation>Annulé : rien n’a été déposé.</translation>
    </message>
    <message>
        <source>Public link made: every share button below now uses it.</source>
        <translation>Lien public créé : tous les boutons de partage ci-dessous l’utilisent désormais.</translation>
    </message>
    <message>
        <source>Stopped sharing: the link no longer opens.</source>
        <translation>Partage arrêté : le lien ne s’ouvre plus.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Liens publics</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCode</name>
    <message>
        <source>Unknown error correction level %1 (use L, M, Q or H).</source>
        <translation>Niveau de correction d’erreur inconnu : %1 (utilisez L, M, Q ou H).</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n’y a rien à mettre dans le code QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>Le texte est trop long pour un code QR (%1 octets, %2 au plus).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCodeReader</name>
    <message>
        <source>The picture is too large or damaged to look for a QR code in.</source>
        <translation>L’image est trop grande ou trop abîmée pour y chercher un code QR.</translation>
    </message>
    <message>
        <source>The QR code reader could not start.</source>
        <translation>Le lecteur de codes QR n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The QR code reader failed on this picture.</source>
        <translation>Le lecteur de codes QR a échoué sur cette image.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>Aucun code QR n’a été trouvé dans l’image.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrPicture</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>L’image est illisible.</translation>
    </message>
    <message>
        <source>The QR code does not hold a credential offer Satchel knows: %1</source>
        <translation>Le code QR ne contient pas d’offre de justificatif que Satchel connaisse : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::QtKeychainVault</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau de clés ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau de clés a refusé : %1</translation>
    </message>
    <message>
        <source>Satchel was built without keychain support.</source>
        <translation>Satchel a été compilé sans la prise en charge du trousseau de clés.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau de clés n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le trousseau de clés n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain cannot be reached.</source>
        <translation>Le trousseau de clés est inaccessible.</translation>
    </message>
</context>
<context>
    <name>Satchel::Rdfc10</name>
    <message>
        <source>Canonicalization gave up: the graph needs more than %1 units of work (a poison graph?).</source>
        <translation>Canonisation abandonnée : le graphe demande plus de %1 unités de travail (un graphe piégé ?).</translation>
    </message>
</context>
<context>
    <name>Satchel::RdfcProofSuite</name>
    <message>
        <source>The proof value is not base58btc multibase.</source>
        <translation>La valeur de preuve n’est pas en multibase base58btc.</translation>
    </message>
    <message>
        <source>The proof value is not a %1-byte signature.</source>
        <translation>La valeur de preuve n’est pas une signature de %1 octets.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveDialog</name>
    <message>
        <source>Reading the issuer's description…</source>
        <translation>Lecture de la description de l’émetteur…</translation>
    </message>
    <message>
        <source>Asking the issuer for permission…</source>
        <translation>Demande d’autorisation à l’émetteur…</translation>
    </message>
    <message>
        <source>Proving that the identity is yours…</source>
        <translation>Preuve que l’identité est bien la vôtre…</translation>
    </message>
    <message>
        <source>Asking for the credentials…</source>
        <translation>Demande des justificatifs…</translation>
    </message>
    <message>
        <source>Checking and storing the credentials…</source>
        <translation>Vérification et enregistrement des justificatifs…</translation>
    </message>
    <message>
        <source>Receive a credential</source>
        <translation>Recevoir un justificatif</translation>
    </message>
    <message>
        <source>Give Satchel the link your school or issuer shows to send a credential to your wallet. Paste it, drop it or a picture of its QR code here, or let Satchel read the QR code on your screen.</source>
        <translation>Donnez à Satchel le lien que votre école ou votre émetteur affiche pour envoyer un justificatif dans votre portefeuille. Collez-le, déposez-le ici ou déposez une image de son code QR, ou laissez Satchel lire le code QR affiché à l’écran.</translation>
    </message>
    <message>
        <source>openid-credential-offer://…, dccrequest://… or https://…</source>
        <translation>openid-credential-offer://…, dccrequest://… ou https://…</translation>
    </message>
    <message>
        <source>Credential offer link</source>
        <translation>Lien d’offre de justificatif</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>QR code from a &amp;picture…</source>
        <translation>Code QR d’une &amp;image…</translation>
    </message>
    <message>
        <source>QR code on the &amp;screen</source>
        <translation>Code QR à l’&amp;écran</translation>
    </message>
    <message>
        <source>Show the issuer's QR code on your screen, then click here: Satchel looks for it.</source>
        <translation>Affichez le code QR de l’émetteur à l’écran, puis cliquez ici : Satchel le cherche.</translation>
    </message>
    <message>
        <source>Nothing is sent to the issuer until you have seen what it offers and chosen Receive.</source>
        <translation>Rien n’est envoyé à l’émetteur tant que vous n’avez pas vu ce qu’il propose et choisi Recevoir.</translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation>Délivré &amp;à :</translation>
    </message>
    <message>
        <source>The identity the credentials are issued to</source>
        <translation>L’identité à laquelle les justificatifs sont délivrés</translation>
    </message>
    <message>
        <source>PIN from the issuer</source>
        <translation>Code PIN de l’émetteur</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recevoir</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Reading the offer…</source>
        <translation>Lecture de l’offre…</translation>
    </message>
    <message>
        <source>Satchel will contact &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Satchel va contacter &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>The issuer says what it issues once Satchel has shown that the identity below is yours.</source>
        <translation>L’émetteur indique ce qu’il délivre une fois que Satchel a montré que l’identité ci-dessous est la vôtre.</translation>
    </message>
    <message>
        <source>You will receive:</source>
        <translation>Vous recevrez :</translation>
    </message>
    <message>
        <source>Also offered, but not asked for: %1 (Satchel cannot store these yet).</source>
        <translation>Proposés aussi, mais non demandés : %1 (Satchel ne sait pas encore les enregistrer).</translation>
    </message>
    <message>
        <source>Satchel will make your holder identity (a did:key, its private key kept in your keychain) and the issuer will issue the credentials to it.</source>
        <translation>Satchel va créer votre identité de titulaire (un did:key, dont la clé privée est gardée dans votre trousseau de clés) et l’émetteur y liera les justificatifs.</translation>
    </message>
    <message>
        <source>You will sign in with the issuer in your web browser, then come back here.</source>
        <translation>Vous vous connecterez chez l’émetteur dans votre navigateur web, puis reviendrez ici.</translation>
    </message>
    <message>
        <source>Issuer's logo</source>
        <translation>Logo de l’émetteur</translation>
    </message>
    <message>
        <source>The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.</source>
        <translation>L’émetteur vous a envoyé un code PIN par un autre moyen (courriel ou SMS). Saisissez-le pour recevoir les justificatifs.</translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s))</source>
        <translation>
            <numerusform>(%n chiffre)</numerusform>
            <numerusform>(%n chiffres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n caractère)</numerusform>
            <numerusform>(%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with the issuer in your web browser…</source>
        <translation>Connectez-vous chez l’émetteur dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Réception…</translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>Rien n’a été envoyé : la clé de votre identité reste verrouillée sans sa phrase secrète.</translation>
    </message>
    <message>
        <source>Nothing was received, and your wallet is unchanged.</source>
        <translation>Rien n’a été reçu, et votre portefeuille est inchangé.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Vous avez annulé.</translation>
    </message>
    <message>
        <source>(unnamed credential)</source>
        <translation>(justificatif sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>Received %n credential(s) from %1:</source>
        <translation>
            <numerusform>%n justificatif reçu de %1 :</numerusform>
            <numerusform>%n justificatifs reçus de %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</source>
        <translation>
            <numerusform>%n justificatif sera prêt plus tard : Satchel redemandera à %1 au prochain démarrage, ou choisissez Relancer les justificatifs en attente.</numerusform>
            <numerusform>%n justificatifs seront prêts plus tard : Satchel redemandera à %1 au prochain démarrage, ou choisissez Relancer les justificatifs en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking issuers for the credentials they promised…</source>
        <translation>Demande aux émetteurs des justificatifs promis…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) are still being prepared by their issuers.</source>
        <translation>
            <numerusform>%n justificatif est encore en préparation chez son émetteur.</numerusform>
            <numerusform>%n justificatifs sont encore en préparation chez leurs émetteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credential is waiting.</source>
        <translation>Aucun justificatif n’est en attente.</translation>
    </message>
    <message>
        <source>The clipboard holds no link.</source>
        <translation>Le presse-papiers ne contient aucun lien.</translation>
    </message>
    <message>
        <source>Picture of a QR code</source>
        <translation>Image d’un code QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Satchel cannot read this screen. Take a screenshot of the QR code and drop it here.</source>
        <translation>Satchel ne peut pas lire cet écran. Faites une capture du code QR et déposez-la ici.</translation>
    </message>
    <message>
        <source>Satchel stopped waiting for %1 from %2: %3</source>
        <translation>Satchel a cessé d’attendre %1 de %2 : %3</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveLink</name>
    <message>
        <source>This is not a credential offer Satchel can receive (an OpenID4VCI offer, a VC-API interaction link or a Learner Credential Wallet link): %1</source>
        <translation>Ce n’est pas une offre de justificatif que Satchel sait recevoir (une offre OpenID4VCI, un lien d’interaction VC-API ou un lien Learner Credential Wallet) : %1</translation>
    </message>
    <message>
        <source>The issuer offers no way of receiving that Satchel understands (it offers: %1).</source>
        <translation>L’émetteur ne propose aucune façon de recevoir que Satchel comprenne (il propose : %1).</translation>
    </message>
    <message>
        <source>The interaction link %1 offers no protocol Satchel understands.</source>
        <translation>Le lien d’interaction %1 ne propose aucun protocole que Satchel comprend.</translation>
    </message>
</context>
<context>
    <name>Satchel::RecipientMatcher</name>
    <message>
        <source>Add your e-mail addresses or other identities to check that credentials were issued to you.</source>
        <translation>Ajoutez vos adresses de courriel ou d’autres identités pour vérifier que les justificatifs vous ont bien été délivrés.</translation>
    </message>
    <message>
        <source>The credential was issued to one of your identities.</source>
        <translation>Le justificatif a été délivré à l’une de vos identités.</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>Le justificatif ne nomme pas son destinataire.</translation>
    </message>
    <message>
        <source>The credential names its recipient by a kind of identity that is not in your list.</source>
        <translation>Le justificatif désigne son destinataire par un type d’identité absent de votre liste.</translation>
    </message>
    <message>
        <source>The credential was issued to someone not among your identities.</source>
        <translation>Le justificatif a été délivré à une personne qui ne figure pas parmi vos identités.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderActions</name>
    <message>
        <source>Ca&amp;lendar of expiry dates (.ics)…</source>
        <translation>Ca&amp;lendrier des dates d’expiration (.ics)…</translation>
    </message>
    <message>
        <source>Save the expiry dates of the selected badges (or of all) for your calendar</source>
        <translation>Enregistrer les dates d’expiration des badges sélectionnés (ou de tous) pour votre agenda</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expired</source>
        <translation>
            <numerusform>%n badge expiré</numerusform>
            <numerusform>%n badges expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon</source>
        <translation>
            <numerusform>%n badge expire bientôt</numerusform>
            <numerusform>%n badges expirent bientôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar of expiry dates</source>
        <translation>Calendrier des dates d’expiration</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the expiry dates to %1.</source>
        <translation>Dates d’expiration enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderBanner</name>
    <message>
        <source>“%1” from %2 expired on %3.</source>
        <translation>« %1 », délivré par %2, a expiré le %3.</translation>
    </message>
    <message>
        <source>“%1” from %2 expires on %3.</source>
        <translation>« %1 », délivré par %2, expire le %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon or just expired:</source>
        <translation>
            <numerusform>%n badge expire bientôt ou vient d’expirer :</numerusform>
            <numerusform>%n badges expirent bientôt ou viennent d’expirer :</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide these reminders (they are not shown again)</source>
        <translation>Masquer ces rappels (ils ne seront plus affichés)</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminders</source>
        <translation>Ignorer les rappels d’expiration</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Ouvrir %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>Renouveler « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Warn before a badge expires (a desktop notification and a notice in the window):</source>
        <translation>&amp;Prévenir avant l’expiration d’un badge (notification sur le bureau et message dans la fenêtre) :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Days of warning before a badge expires</source>
        <translation>Jours d’avertissement avant l’expiration d’un badge</translation>
    </message>
    <message>
        <source>0 turns expiry reminders off</source>
        <translation>0 désactive les rappels d’expiration</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewActions</name>
    <message>
        <source>&amp;Create review packet…</source>
        <translation>&amp;Créer un dossier de revue…</translation>
    </message>
    <message>
        <source>Export credentials, with your verification results, for a career advisor</source>
        <translation>Exporter des justificatifs, avec vos résultats de vérification, pour un conseiller d’orientation</translation>
    </message>
    <message>
        <source>Review a learner's packet: every credential is verified again</source>
        <translation>Examiner le dossier d’un apprenant : chaque justificatif est vérifié à nouveau</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>&amp;Compétences…</translation>
    </message>
    <message>
        <source>The skills your credentials show, by framework</source>
        <translation>Les compétences que montrent vos justificatifs, par référentiel</translation>
    </message>
    <message>
        <source>Open review packet</source>
        <translation>Ouvrir un dossier de revue</translation>
    </message>
    <message>
        <source>Open re&amp;view packet…</source>
        <translation>Ou&amp;vrir un dossier de revue…</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review);;Signed presentations (*.json *.jwt)</source>
        <translation>Paquets d’examen Satchel (*.satchel-review);;Présentations signées (*.json *.jwt)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewCounts</name>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>valid · not valid · could not be checked</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n non valide</numerusform>
            <numerusform>%n non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n n’a pas pu être vérifié</numerusform>
            <numerusform>%n n’ont pas pu être vérifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewDetailDialog</name>
    <message>
        <source>%1 (in the review)</source>
        <translation>%1 (dans la revue)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewHtml</name>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>No credential names a skill or framework.</source>
        <translation>Aucun justificatif ne nomme de compétence ni de référentiel.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Attestée par</translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>non compté (non valide) : %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un apprenant</translation>
    </message>
    <message>
        <source>Review packet of %1</source>
        <translation>Dossier de revue de %1</translation>
    </message>
    <message>
        <source>Made on %1 with Satchel.</source>
        <translation>Créé le %1 avec Satchel.</translation>
    </message>
    <message>
        <source>The statuses below are the learner's own last verification. Open this packet in Satchel to verify every credential again.</source>
        <translation>Les statuts ci-dessous sont ceux de la dernière vérification faite par l’apprenant. Ouvrez ce dossier dans Satchel pour vérifier à nouveau chaque justificatif.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Learner's status</source>
        <translation>Statut selon l’apprenant</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt.</source>
        <translation>
            <numerusform>%n justificatif vérifié différemment du reçu de l’apprenant.</numerusform>
            <numerusform>%n justificatifs vérifiés différemment du reçu de l’apprenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % accompli</translation>
    </message>
    <message>
        <source>Advisor's notes</source>
        <translation>Notes du conseiller</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Not named in the packet</source>
        <translation>Non nommé dans le dossier</translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation>Date de la revue</translation>
    </message>
    <message>
        <source>Packet made on</source>
        <translation>Dossier créé le</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner's own results</source>
        <translation>Résultats de l’apprenant</translation>
    </message>
    <message>
        <source>Satchel agrees with every result the learner's wallet recorded.</source>
        <translation>Satchel obtient les mêmes résultats que ceux enregistrés par le portefeuille de l’apprenant.</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Total des crédits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>La revue a été annulée : certains justificatifs n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Justificatif sans titre</translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation>Émetteur non nommé</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivré par %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>every check passed.</source>
        <translation>toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>status: reason</comment>
        <translation> : %1</translation>
    </message>
    <message>
        <source>The learner's wallet said: %1.</source>
        <translation>Le portefeuille de l’apprenant indiquait : %1.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>pas de date d’expiration</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <source>Skills across the credentials</source>
        <translation>Compétences de l’ensemble des justificatifs</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credentials)</source>
        <translation>
            <numerusform>%1 (%n justificatif)</numerusform>
            <numerusform>%1 (%n justificatifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every credential was verified again by Satchel from the packet's original files. Packet fingerprint (SHA-256): %1</source>
        <translation>Chaque justificatif a été vérifié à nouveau par Satchel à partir des fichiers d’origine du dossier. Empreinte du dossier (SHA-256) : %1</translation>
    </message>
    <message>
        <source>it names someone other than the learner.</source>
        <translation>il nomme une autre personne que l’apprenant.</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Valide, mais pas au nom de l’apprenant</translation>
    </message>
    <message>
        <source>Holder's signature</source>
        <translation>Signature du titulaire</translation>
    </message>
    <message>
        <source>Valid: the holder signed this presentation.</source>
        <translation>Valide : le titulaire a signé cette présentation.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Code (challenge)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketDialog</name>
    <message>
        <source>Create review packet</source>
        <translation>Créer un dossier de revue</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected credential(s)</source>
        <translation>
            <numerusform>Le justificatif sélectionné</numerusform>
            <numerusform>Les %n justificatifs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Collection : %1</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation>Parcours : %1</translation>
    </message>
    <message>
        <source>Your name, as the advisor should see it</source>
        <translation>Votre nom, tel que le conseiller doit le voir</translation>
    </message>
    <message>
        <source>Include my identities (e-mail addresses, URLs…) so the advisor can check the badges were issued to me</source>
        <translation>Inclure mes identités (adresses électroniques, URL…) pour que le conseiller puisse vérifier que les badges m’ont été délivrés</translation>
    </message>
    <message>
        <source>Protect the packet with a passphrase</source>
        <translation>Protéger le dossier par une phrase secrète</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Ce que contiendra le dossier</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Envoyer :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Save packet…</source>
        <translation>&amp;Enregistrer le dossier…</translation>
    </message>
    <message>
        <source>The packet will contain:</source>
        <translation>Le dossier contiendra :</translation>
    </message>
    <message>
        <source>Select credentials in the gallery, or make a collection or a pathway, first.</source>
        <translation>Sélectionnez d’abord des justificatifs dans la galerie, ou créez une collection ou un parcours.</translation>
    </message>
    <message>
        <source>%1 — %2 (your last check: %3)</source>
        <translation>%1 — %2 (votre dernière vérification : %3)</translation>
    </message>
    <message>
        <source>with its image</source>
        <translation>avec son image</translation>
    </message>
    <message>
        <source>Pathway definition: %1</source>
        <translation>Définition du parcours : %1</translation>
    </message>
    <message>
        <source>Your last verification results (receipts) and a readable summary</source>
        <translation>Vos derniers résultats de vérification (reçus) et un résumé lisible</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) of yours</source>
        <translation>
            <numerusform>%n de vos identités</numerusform>
            <numerusform>%n de vos identités</numerusform>
        </translation>
    </message>
    <message>
        <source>No identities (e-mail addresses, URLs…)</source>
        <translation>Aucune identité (adresses électroniques, URL…)</translation>
    </message>
    <message>
        <source>No private notes</source>
        <translation>Aucune note privée</translation>
    </message>
    <message>
        <source>Sealed with your passphrase</source>
        <translation>Scellé par votre phrase secrète</translation>
    </message>
    <message>
        <source>Not protected by a passphrase</source>
        <translation>Non protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick the protection.</source>
        <translation>Saisissez une phrase secrète, ou décochez la protection.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Save review packet</source>
        <translation>Enregistrer le dossier de revue</translation>
    </message>
    <message>
        <source>review.satchel-review</source>
        <translation>revue.satchel-review</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review)</source>
        <translation>Dossiers de revue Satchel (*.satchel-review)</translation>
    </message>
    <message numerus="yes">
        <source>All credentials (%n)</source>
        <translation>
            <numerusform>Tous les justificatifs (%n)</numerusform>
            <numerusform>Tous les justificatifs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketReader</name>
    <message>
        <source>The review packet is damaged or was not made by Satchel: %1</source>
        <translation>Le dossier de revue est endommagé ou n’a pas été créé par Satchel : %1</translation>
    </message>
    <message>
        <source>The review packet cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Impossible d’ouvrir le dossier de revue : phrase secrète erronée ou fichier endommagé.</translation>
    </message>
    <message>
        <source>This review packet is protected by a passphrase.</source>
        <translation>Ce dossier de revue est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>The review packet is incomplete (truncated).</source>
        <translation>Le dossier de revue est incomplet (tronqué).</translation>
    </message>
    <message>
        <source>The review packet is damaged or was not made by Satchel.</source>
        <translation>Le dossier de revue est endommagé ou n’a pas été créé par Satchel.</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts: %1</source>
        <translation>Le dossier de revue dépasse la taille acceptée par Satchel : %1</translation>
    </message>
    <message>
        <source>The review packet holds an entry pointing outside it ("%1"); it was refused.</source>
        <translation>Le dossier de revue contient une entrée qui pointe hors de lui (« %1 ») ; il a été refusé.</translation>
    </message>
    <message>
        <source>Could not read the review packet %1: %2</source>
        <translation>Impossible de lire le dossier de revue %1 : %2</translation>
    </message>
    <message>
        <source>This file is not a Satchel review packet.</source>
        <translation>Ce fichier n’est pas un dossier de revue Satchel.</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts.</source>
        <translation>Le dossier de revue dépasse la taille acceptée par Satchel.</translation>
    </message>
    <message>
        <source>The review packet is incomplete or damaged: %1</source>
        <translation>Le dossier de revue est incomplet ou endommagé : %1</translation>
    </message>
    <message>
        <source>the entry "%1" appears twice</source>
        <translation>l’entrée « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the entry "%1" is missing</source>
        <translation>l’entrée « %1 » manque</translation>
    </message>
    <message>
        <source>This review packet uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Ce dossier de revue utilise la version %1 du format, que cette version de Satchel ne sait pas lire.</translation>
    </message>
    <message>
        <source>the manifest's entry list is invalid</source>
        <translation>la liste des entrées du manifeste n’est pas valide</translation>
    </message>
    <message>
        <source>the entry "%1" is not in the manifest</source>
        <translation>l’entrée « %1 » ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>The entry "%1" of the review packet does not match its manifest; the packet was changed after it was made.</source>
        <translation>L’entrée « %1 » du dossier de revue ne correspond pas à son manifeste ; le dossier a été modifié après sa création.</translation>
    </message>
    <message>
        <source>The review packet holds too many credentials.</source>
        <translation>Le dossier de revue contient trop de justificatifs.</translation>
    </message>
    <message>
        <source>a credential has no id or a repeated one</source>
        <translation>un justificatif n’a pas d’identifiant ou en a un répété</translation>
    </message>
    <message>
        <source>The review packet holds too many pathways.</source>
        <translation>Le dossier de revue contient trop de parcours.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketWriter</name>
    <message>
        <source>The wallet has no pathway with the id %1.</source>
        <translation>Le portefeuille n’a aucun parcours d’identifiant %1.</translation>
    </message>
    <message>
        <source>The wallet has no collection named "%1".</source>
        <translation>Le portefeuille n’a aucune collection nommée « %1 ».</translation>
    </message>
    <message>
        <source>The wallet has no credential %1.</source>
        <translation>Le portefeuille n’a pas de justificatif %1.</translation>
    </message>
    <message>
        <source>Choose at least one credential for the review packet.</source>
        <translation>Choisissez au moins un justificatif pour le dossier de revue.</translation>
    </message>
    <message>
        <source>A review packet holds at most %1 credentials.</source>
        <translation>Un dossier de revue contient au plus %1 justificatifs.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewReportPdf</name>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
    <message>
        <source>Could not write the review report %1.</source>
        <translation>Impossible d’écrire le rapport de revue %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewSession</name>
    <message>
        <source>Could not create a temporary folder for the review.</source>
        <translation>Impossible de créer un dossier temporaire pour la revue.</translation>
    </message>
    <message>
        <source>Not verified: the review was cancelled.</source>
        <translation>Non vérifié : la revue a été annulée.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewWindow</name>
    <message>
        <source>Review packet</source>
        <translation>Dossier de revue</translation>
    </message>
    <message>
        <source>Verifying %v of %m…</source>
        <translation>Vérification %v sur %m…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Satchel's verdict</source>
        <translation>Verdict de Satchel</translation>
    </message>
    <message>
        <source>Learner's receipt</source>
        <translation>Reçu de l’apprenant</translation>
    </message>
    <message>
        <source>Credentials in the packet</source>
        <translation>Justificatifs du dossier</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>Private notes: kept in your own wallet for this packet, never sent to the learner and never put in a packet.</source>
        <translation>Notes privées : conservées dans votre propre portefeuille pour ce dossier, jamais envoyées à l’apprenant ni placées dans un dossier.</translation>
    </message>
    <message>
        <source>Notes cannot be kept: no wallet is open.</source>
        <translation>Impossible de conserver des notes : aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>Your notes on this review…</source>
        <translation>Vos notes sur cette revue…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This review packet is protected. Passphrase:</source>
        <translation>Ce dossier de revue est protégé. Phrase secrète :</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revue de %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The review packet could not be opened: %1</source>
        <translation>Le dossier de revue n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un apprenant</translation>
    </message>
    <message>
        <source>Packet made on %1; verified again by Satchel on %2.</source>
        <translation>Dossier créé le %1 ; vérifié à nouveau par Satchel le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Total des crédits : %1</translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation>protégé par phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt. Satchel's own verdict is the one to trust.</source>
        <translation>
            <numerusform>%n justificatif a été vérifié différemment du reçu de l’apprenant. C’est le verdict de Satchel qui fait foi.</numerusform>
            <numerusform>%n justificatifs ont été vérifiés différemment du reçu de l’apprenant. C’est le verdict de Satchel qui fait foi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>La revue a été annulée : certains justificatifs n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>%1 ≠ (differs)</source>
        <translation>%1 ≠ (diffère)</translation>
    </message>
    <message>
        <source>The learner's wallet said "%1"; Satchel finds "%2".</source>
        <translation>Le portefeuille de l’apprenant indiquait « %1 » ; Satchel trouve « %2 ».</translation>
    </message>
    <message>
        <source>The packet names no pathway.</source>
        <translation>Le dossier ne nomme aucun parcours.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <source>review-report.pdf</source>
        <translation>rapport-de-revue.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Résumé de la revue</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Press Enter or double-click a credential to see it in full, with every check.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur un justificatif pour le voir en entier, avec chaque vérification.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Valide, mais pas au nom de l’apprenant</translation>
    </message>
    <message>
        <source>Signed presentation</source>
        <translation>Présentation signée</translation>
    </message>
    <message>
        <source>The code you gave the learner (the challenge), to check this presentation was made for you. Leave it empty to see the code in the file.</source>
        <translation>Le code que vous avez donné à l’apprenant (le défi), pour vérifier que cette présentation a été faite pour vous. Laissez vide pour voir le code contenu dans le fichier.</translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>Le fichier est trop volumineux pour être une présentation.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Signed by its holder: the signature is valid.</source>
        <translation>Signée par son titulaire : la signature est valide.</translation>
    </message>
    <message>
        <source>The holder's signature does not hold: %1</source>
        <translation>La signature du titulaire n’est pas valable : %1</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Présentation signée par %1</translation>
    </message>
    <message>
        <source>Verified by Satchel on %1.</source>
        <translation>Vérifié par Satchel le %1.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, issuer</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progression dans les parcours</translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation>Vos notes privées</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, délivré par %2, %3</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeJson</name>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>Le document JSON dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The JSON document is nested deeper than %1 levels.</source>
        <translation>Le document JSON est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Le fichier n’est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>Le document JSON n’est pas un objet.</translation>
    </message>
    <message>
        <source>The JSON document is too large: %1</source>
        <translation>Le document JSON est trop volumineux : %1</translation>
    </message>
    <message>
        <source>The JSON document is ambiguous and was refused: %1</source>
        <translation>Le document JSON est ambigu et a été refusé : %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Le fichier n’est pas du JSON valide : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeMarkdown</name>
    <message>
        <source>[image not loaded]</source>
        <translation>[image non chargée]</translation>
    </message>
</context>
<context>
    <name>Satchel::Scrypt</name>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Les paramètres de dérivation de clé ne sont pas acceptables.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>La dérivation de clé a échoué.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwt</name>
    <message>
        <source>Disclosure %1 is larger than %2 bytes.</source>
        <translation>La divulgation %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not valid base64url.</source>
        <translation>La divulgation %1 n’est pas en base64url valide.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not JSON.</source>
        <translation>La divulgation %1 n’est pas du JSON.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not an array of a salt, a claim name and a value, or of a salt and a value.</source>
        <translation>La divulgation %1 n’est pas un tableau composé d’un sel, d’un nom d’attribut et d’une valeur, ou d’un sel et d’une valeur.</translation>
    </message>
    <message>
        <source>The claim name in disclosure %1 is not a string.</source>
        <translation>Le nom d’attribut de la divulgation %1 n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>Disclosure %1 names the reserved claim "%2".</source>
        <translation>La divulgation %1 nomme l’attribut réservé « %2 ».</translation>
    </message>
    <message>
        <source>The same disclosure is included twice.</source>
        <translation>La même divulgation est incluse deux fois.</translation>
    </message>
    <message>
        <source>A disclosure is not referred to by any digest the issuer signed.</source>
        <translation>Une divulgation n’est référencée par aucune empreinte signée par l’émetteur.</translation>
    </message>
    <message>
        <source>The digest %1 appears more than once.</source>
        <translation>L’empreinte %1 apparaît plus d’une fois.</translation>
    </message>
    <message>
        <source>The claims are nested more than %1 deep.</source>
        <translation>Les attributs sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>"_sd" is not an array of digests.</source>
        <translation>« _sd » n’est pas un tableau d’empreintes.</translation>
    </message>
    <message>
        <source>"_sd" holds something other than a digest.</source>
        <translation>« _sd » contient autre chose qu’une empreinte.</translation>
    </message>
    <message>
        <source>An array element's disclosure stands where a claim was expected.</source>
        <translation>La divulgation d’un élément de tableau se trouve là où un attribut était attendu.</translation>
    </message>
    <message>
        <source>The claim "%1" is disclosed and also given openly.</source>
        <translation>L’attribut « %1 » est à la fois divulgué et donné en clair.</translation>
    </message>
    <message>
        <source>An array element's digest is not a string.</source>
        <translation>L’empreinte d’un élément de tableau n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>A claim's disclosure stands where an array element was expected.</source>
        <translation>La divulgation d’un attribut se trouve là où un élément de tableau était attendu.</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than %1 bytes.</source>
        <translation>Le SD-JWT dépasse %1 octets.</translation>
    </message>
    <message>
        <source>An SD-JWT has at least one "~" after the issuer's JWT.</source>
        <translation>Un SD-JWT comporte au moins un « ~ » après le JWT de l’émetteur.</translation>
    </message>
    <message>
        <source>What follows the last "~" is not a Key Binding JWT.</source>
        <translation>Ce qui suit le dernier « ~ » n’est pas un JWT de liaison à la clé du titulaire.</translation>
    </message>
    <message>
        <source>The SD-JWT has more than %1 disclosures.</source>
        <translation>Le SD-JWT contient plus de %1 divulgations.</translation>
    </message>
    <message>
        <source>The SD-JWT's payload is not a JSON object.</source>
        <translation>La charge utile du SD-JWT n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The SD-JWT has an empty disclosure ("~~").</source>
        <translation>Le SD-JWT contient une divulgation vide (« ~~ »).</translation>
    </message>
    <message>
        <source>The SD-JWT's digests use "%1", a hash algorithm Satchel does not support.</source>
        <translation>Les empreintes du SD-JWT utilisent « %1 », un algorithme de hachage que Satchel ne prend pas en charge.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtPresentation</name>
    <message>
        <source>Discloses none of its selectively disclosable claims: the verifier sees only what the issuer always shows.</source>
        <translation>Ne divulgue aucun de ses attributs à divulgation sélective : le vérificateur ne voit que ce que l’émetteur montre toujours.</translation>
    </message>
    <message>
        <source>Discloses only %1, besides what the issuer always shows; its other selectively disclosable claims stay hidden.</source>
        <translation>Ne divulgue que %1, en plus de ce que l’émetteur montre toujours ; ses autres attributs à divulgation sélective restent cachés.</translation>
    </message>
    <message>
        <source>The verifier asks for proof that this credential is yours, but its issuer did not bind it to a key of yours, so Satchel cannot give that proof.</source>
        <translation>Le vérificateur demande la preuve que ce justificatif est à vous, mais son émetteur ne l’a lié à aucune de vos clés : Satchel ne peut donc pas apporter cette preuve.</translation>
    </message>
    <message>
        <source>This credential is bound to another of your identities: choose that one to present it.</source>
        <translation>Ce justificatif est lié à une autre de vos identités : choisissez-la pour le présenter.</translation>
    </message>
    <message>
        <source>Your key could not sign the proof that this credential is yours: %1</source>
        <translation>Votre clé n’a pas pu signer la preuve que ce justificatif est à vous : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtVcVerifier</name>
    <message>
        <source>The token's type "%1" is not that of an SD-JWT VC (dc+sd-jwt).</source>
        <translation>Le type « %1 » du jeton n’est pas celui d’un SD-JWT VC (dc+sd-jwt).</translation>
    </message>
    <message numerus="yes">
        <source>All %n disclosed claim(s) match digests the issuer signed.</source>
        <translation>
            <numerusform>Chaque attribut divulgué (%n au total) correspond à une empreinte signée par l’émetteur.</numerusform>
            <numerusform>Les %n attributs divulgués correspondent tous à des empreintes signées par l’émetteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>La clé de l’émetteur a été trouvée là où l’émetteur la publie.</translation>
    </message>
    <message>
        <source>The credential has no type ("vct").</source>
        <translation>Le justificatif n’a pas de type (« vct »).</translation>
    </message>
    <message>
        <source>"iss" is not a string.</source>
        <translation>« iss » n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>« %1 » n’est pas une date.</translation>
    </message>
    <message>
        <source>The SD-JWT VC's claims are well formed.</source>
        <translation>Les attributs du SD-JWT VC sont bien formés.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder's key; it carries no holder proof, as issued credentials do not.</source>
        <translation>Le justificatif est lié à la clé de son titulaire ; il ne porte aucune preuve du titulaire, ce qui est normal pour un justificatif tel que délivré.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's type is not "kb+jwt".</source>
        <translation>Le type du JWT de liaison à la clé du titulaire n’est pas « kb+jwt ».</translation>
    </message>
    <message>
        <source>A Key Binding JWT is attached, but the issuer bound no key ("cnf" "jwk") to the credential.</source>
        <translation>Un JWT de liaison à la clé du titulaire est joint, mais l’émetteur n’a lié aucune clé (« cnf » « jwk ») au justificatif.</translation>
    </message>
    <message>
        <source>The holder key the issuer bound is unusable: %1</source>
        <translation>La clé de titulaire liée par l’émetteur est inutilisable : %1</translation>
    </message>
    <message>
        <source>The Key Binding JWT is not signed by the holder key the issuer bound.</source>
        <translation>Le JWT de liaison à la clé du titulaire n’est pas signé par la clé de titulaire liée par l’émetteur.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's sd_hash does not cover this SD-JWT and its disclosures.</source>
        <translation>Le sd_hash du JWT de liaison à la clé du titulaire ne couvre pas ce SD-JWT et ses divulgations.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's time (iat) is missing or in the future.</source>
        <translation>La date (iat) du JWT de liaison à la clé du titulaire est absente ou située dans le futur.</translation>
    </message>
    <message>
        <source>The Key Binding JWT names no audience (aud) or nonce.</source>
        <translation>Le JWT de liaison à la clé du titulaire n’indique ni audience (aud) ni nonce.</translation>
    </message>
    <message>
        <source>The holder's key signed this presentation for %1 (nonce %2) on %3.</source>
        <translation>La clé du titulaire a signé cette présentation pour %1 (nonce %2) le %3.</translation>
    </message>
    <message>
        <source>It is signed with a key it carries itself, not the key that signed the credential.</source>
        <translation>Elle est signée avec une clé qu’elle porte elle-même, pas avec la clé qui a signé le justificatif.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>« iss » (%1) n’est pas l’émetteur (%2).</translation>
    </message>
    <message>
        <source>The SD-JWT has a "%1" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>Le SD-JWT contient une déclaration « %1 », qu’un justificatif VC Data Model 2.0 ne doit pas avoir.</translation>
    </message>
</context>
<context>
    <name>Satchel::SealedFile</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Les paramètres de dérivation de clé ne sont pas acceptables.</translation>
    </message>
    <message>
        <source>The data is too large to seal into one file.</source>
        <translation>Les données sont trop volumineuses pour être scellées dans un seul fichier.</translation>
    </message>
    <message>
        <source>The system could not provide random bytes.</source>
        <translation>Le système n’a pas pu fournir d’octets aléatoires.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Impossible d’ouvrir le fichier : phrase secrète erronée ou fichier endommagé.</translation>
    </message>
</context>
<context>
    <name>Satchel::SecuredCredentialChecks</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>La clé de l’en-tête JWT est inutilisable : %1</translation>
    </message>
    <message>
        <source>The JWT names no key (neither "kid" nor "jwk").</source>
        <translation>Le JWT ne désigne aucune clé (ni « kid » ni « jwk »).</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>La clé de signature %1 n’appartient pas à l’émetteur %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Mes identités</translation>
    </message>
    <message>
        <source>The e-mail addresses, web addresses, phone numbers and DIDs that badges may be issued to. Satchel matches recipients against them on this computer only.</source>
        <translation>Les adresses électroniques, adresses web, numéros de téléphone et DID auxquels des badges peuvent vous être délivrés. Satchel compare les destinataires avec eux sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation>apprenant@example.org</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The interface switches at once; a few texts change after a restart.</source>
        <translation>L’interface change immédiatement ; quelques textes changent après un redémarrage.</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Fichier du portefeuille</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>Open another wallet…</source>
        <translation>Ouvrir un autre portefeuille…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open or create a wallet</source>
        <translation>Ouvrir ou créer un portefeuille</translation>
    </message>
    <message>
        <source>Satchel wallets (*.sqlite);;All files (*)</source>
        <translation>Portefeuilles Satchel (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check again with the issuer whether a badge was revoked when the last answer is older than:</source>
        <translation>Redemander à l’émetteur si un badge a été révoqué quand la dernière réponse date de plus de :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Mes clés</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Registres de confiance</translation>
    </message>
    <message>
        <source>Type of the identity to add</source>
        <translation>Type de l’identité à ajouter</translation>
    </message>
    <message>
        <source>Identity to add</source>
        <translation>Identité à ajouter</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Hours before checking again</source>
        <translation>Délai avant une nouvelle vérification (heures)</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>This credential is no longer in the wallet.</source>
        <translation>Ce justificatif n’est plus dans le portefeuille.</translation>
    </message>
    <message>
        <source>This credential cannot be read: %1</source>
        <translation>Ce justificatif est illisible : %1</translation>
    </message>
    <message>
        <source>Link others will see:</source>
        <translation>Lien que les autres verront :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>Enregistrer le code QR…</translation>
    </message>
    <message>
        <source>If LinkedIn's "Add to profile" page does not fill itself in, add the certification by hand on your profile and copy each value from here.</source>
        <translation>Si la page « Ajouter au profil » de LinkedIn ne se remplit pas toute seule, ajoutez la certification à la main sur votre profil en copiant chaque valeur d’ici.</translation>
    </message>
    <message>
        <source>A badge with its own public address is shared with that address. For the others, give a verifier page, or the web folder where you will put the verification page Satchel writes.</source>
        <translation>Un badge qui a sa propre adresse publique est partagé avec cette adresse. Pour les autres, indiquez une page de vérification, ou le dossier web où vous déposerez la page de vérification écrite par Satchel.</translation>
    </message>
    <message>
        <source>{url} is replaced by the address of the credential file in your web folder, {id} by the credential's id.</source>
        <translation>{url} est remplacé par l’adresse du fichier du justificatif dans votre dossier web, {id} par l’identifiant du justificatif.</translation>
    </message>
    <message>
        <source>Verifier page:</source>
        <translation>Page de vérification :</translation>
    </message>
    <message>
        <source>Save page…</source>
        <translation>Enregistrer la page…</translation>
    </message>
    <message>
        <source>Write the self-contained verification page to upload to your web folder</source>
        <translation>Écrire la page de vérification autonome à déposer dans votre dossier web</translation>
    </message>
    <message>
        <source>Your web folder:</source>
        <translation>Votre dossier web :</translation>
    </message>
    <message>
        <source>Mastodon server:</source>
        <translation>Serveur Mastodon :</translation>
    </message>
    <message>
        <source>The number in the address of the issuer's LinkedIn page, when it has one: LinkedIn then shows the issuer's logo.</source>
        <translation>Le numéro dans l’adresse de la page LinkedIn de l’émetteur, s’il en a une : LinkedIn affiche alors son logo.</translation>
    </message>
    <message>
        <source>Issuer's LinkedIn organization id:</source>
        <translation>Identifiant d’organisation LinkedIn de l’émetteur :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>No browser or mail program could open the link.</source>
        <translation>Aucun navigateur ni logiciel de messagerie n’a pu ouvrir le lien.</translation>
    </message>
    <message>
        <source>This badge has no link to put in a QR code yet.</source>
        <translation>Ce badge n’a pas encore de lien à mettre dans un code QR.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save verification page</source>
        <translation>Enregistrer la page de vérification</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Lien public</translation>
    </message>
    <message>
        <source>No link yet: create a public link, or see Settings</source>
        <translation>Pas encore de lien : créez un lien public, ou voyez les Paramètres</translation>
    </message>
    <message>
        <source>The VerifierPlus server public links are made on; empty for %1.</source>
        <translation>Le serveur VerifierPlus sur lequel les liens publics sont créés ; vide pour %1.</translation>
    </message>
    <message>
        <source>Public link server:</source>
        <translation>Serveur des liens publics :</translation>
    </message>
    <message>
        <source>Works without a link</source>
        <translation>Fonctionne sans lien</translation>
    </message>
    <message>
        <source>Save the credential file…</source>
        <translation>Enregistrer le fichier du justificatif…</translation>
    </message>
    <message>
        <source>The file exactly as the issuer sent it: anyone can check it with a verifier</source>
        <translation>Le fichier exactement tel que l’émetteur l’a envoyé : tout le monde peut le contrôler avec un vérificateur</translation>
    </message>
    <message>
        <source>Save PDF certificate…</source>
        <translation>Enregistrer le certificat PDF…</translation>
    </message>
    <message>
        <source>A printable certificate with the credential inside</source>
        <translation>Un certificat imprimable qui contient le justificatif</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>Partager le lien</translation>
    </message>
    <message>
        <source>Post on:</source>
        <translation>Publier sur :</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Envoyer :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>share target, then why it is off</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Needs a link: create a public link first.</source>
        <translation>Nécessite un lien : créez d’abord un lien public.</translation>
    </message>
    <message>
        <source>Needs a link: set a verifier page or your web folder in Settings.</source>
        <translation>Nécessite un lien : indiquez une page de vérification ou votre dossier web dans les Paramètres.</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <comment>then why there is none</comment>
        <translation>Code QR : %1</translation>
    </message>
    <message>
        <source>Signed presentation…</source>
        <translation>Présentation signée…</translation>
    </message>
    <message>
        <source>A file with this credential signed by you, for someone who asked to see it and gave you a code</source>
        <translation>Un fichier contenant ce justificatif signé par vous, pour quelqu’un qui a demandé à le voir et vous a donné un code</translation>
    </message>
    <message>
        <source>Ways to share</source>
        <translation>Moyens de partage</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareLinkBuilder</name>
    <message>
        <source>The credential's address %1 is on this computer or a local network, so others cannot open it.</source>
        <translation>L’adresse du justificatif, %1, se trouve sur cet ordinateur ou sur un réseau local : les autres ne peuvent pas l’ouvrir.</translation>
    </message>
    <message>
        <source>The hosting address %1 is not an http(s) address.</source>
        <translation>L’adresse d’hébergement %1 n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The link opens the credential where its issuer publishes it, so anyone can check it with the issuer.</source>
        <translation>Le lien ouvre le justificatif là où son émetteur le publie : chacun peut le vérifier auprès de l’émetteur.</translation>
    </message>
    <message>
        <source>The verifier URL template is not an http(s) address.</source>
        <translation>Le modèle d’URL du vérificateur n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The verifier URL template has neither {url} nor {id} in it.</source>
        <translation>Le modèle d’URL du vérificateur ne contient ni {url} ni {id}.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {url}, the address of the credential file, but no hosting address is set.</source>
        <translation>Le modèle d’URL du vérificateur demande {url}, l’adresse du fichier du justificatif, mais aucune adresse d’hébergement n’est définie.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {id}, but the credential has no id.</source>
        <translation>Le modèle d’URL du vérificateur demande {id}, mais le justificatif n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which fetches the credential file from %1 and shows whether it is genuine.</source>
        <translation>Le lien ouvre votre page de vérification, qui récupère le fichier du justificatif sur %1 et indique s’il est authentique.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which looks the credential up by its id and shows whether it is genuine.</source>
        <translation>Le lien ouvre votre page de vérification, qui retrouve le justificatif par son identifiant et indique s’il est authentique.</translation>
    </message>
    <message>
        <source>The link opens the verification page you host at %1: the badge, a summary, the credential itself and how anyone can verify it.</source>
        <translation>Le lien ouvre la page de vérification que vous hébergez sur %1 : le badge, un résumé, le justificatif lui-même et la façon dont chacun peut le vérifier.</translation>
    </message>
    <message>
        <source>There is no link others can open. Set a verifier URL template or the address where you will host the verification page, or share the credential file.</source>
        <translation>Il n’y a aucun lien que les autres puissent ouvrir. Définissez un modèle d’URL de vérificateur ou l’adresse où vous hébergerez la page de vérification, ou partagez le fichier du justificatif.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: anyone who checks it will see that it is no longer valid.</source>
        <translation>L’émetteur a révoqué ce justificatif : quiconque le vérifiera verra qu’il n’est plus valide.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation>Ce justificatif a expiré le %1.</translation>
    </message>
    <message>
        <source>This credential has expired.</source>
        <translation>Ce justificatif a expiré.</translation>
    </message>
    <message>
        <source>This credential is not valid yet.</source>
        <translation>Ce justificatif n’est pas encore valide.</translation>
    </message>
    <message>
        <source>The last verification failed: others will not be able to confirm this credential.</source>
        <translation>La dernière vérification a échoué : les autres ne pourront pas confirmer ce justificatif.</translation>
    </message>
    <message>
        <source>This credential has not been verified yet. Verify it before you share it.</source>
        <translation>Ce justificatif n’a pas encore été vérifié. Vérifiez-le avant de le partager.</translation>
    </message>
    <message>
        <source>The last verification could not check everything (a lookup failed or you were offline).</source>
        <translation>La dernière vérification n’a pas pu tout contrôler (une recherche a échoué ou vous étiez hors ligne).</translation>
    </message>
    <message>
        <source>There is no link to share.</source>
        <translation>Il n’y a aucun lien à partager.</translation>
    </message>
    <message>
        <source>Upload the verification page (%1) to %2 before you share the link.</source>
        <translation>Déposez la page de vérification (%1) sur %2 avant de partager le lien.</translation>
    </message>
    <message>
        <source>Upload the credential file (%1) to %2 before you share the link.</source>
        <translation>Déposez le fichier du justificatif (%1) sur %2 avant de partager le lien.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuing organization (LinkedIn id)</source>
        <translation>Organisme émetteur (identifiant LinkedIn)</translation>
    </message>
    <message>
        <source>Issuing organization</source>
        <translation>Organisme émetteur</translation>
    </message>
    <message>
        <source>Issue year</source>
        <translation>Année d’obtention</translation>
    </message>
    <message>
        <source>Issue month</source>
        <translation>Mois d’obtention</translation>
    </message>
    <message>
        <source>Expiration year</source>
        <translation>Année d’expiration</translation>
    </message>
    <message>
        <source>Expiration month</source>
        <translation>Mois d’expiration</translation>
    </message>
    <message>
        <source>Credential URL</source>
        <translation>URL du justificatif</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Identifiant du justificatif</translation>
    </message>
    <message>
        <source>I earned "%1".</source>
        <translation>J’ai obtenu « %1 ».</translation>
    </message>
    <message>
        <source>I earned "%1" from %2.</source>
        <translation>J’ai obtenu « %1 » délivré par %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>share text, then its link</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Needs a link others can open.</source>
        <translation>Demande un lien que les autres peuvent ouvrir.</translation>
    </message>
    <message>
        <source>LinkedIn: add to profile</source>
        <translation>LinkedIn : ajouter au profil</translation>
    </message>
    <message>
        <source>The credential has no name.</source>
        <translation>Le justificatif n’a pas de nom.</translation>
    </message>
    <message>
        <source>LinkedIn: post</source>
        <translation>LinkedIn : publier</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Set your Mastodon server first.</source>
        <translation>Indiquez d’abord votre serveur Mastodon.</translation>
    </message>
    <message>
        <source>%1 is not a Mastodon server name.</source>
        <translation>%1 n’est pas un nom de serveur Mastodon.</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>My credential: %1</source>
        <translation>Mon justificatif : %1</translation>
    </message>
    <message>
        <source>Hello,

%1
You can see it and check that it is genuine here: %2
</source>
        <translation>Bonjour,

%1
Vous pouvez le consulter et vérifier qu’il est authentique ici : %2
</translation>
    </message>
    <message>
        <source>Hello,

%1
I can send you the credential file so that you can check it.
</source>
        <translation>Bonjour,

%1
Je peux vous envoyer le fichier du justificatif pour que vous puissiez le vérifier.
</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>The link opens your credential on %1, which checks it for anyone who opens it, until you stop sharing.</source>
        <translation>Le lien ouvre votre justificatif sur %1, qui le vérifie pour quiconque l’ouvre, jusqu’à ce que vous arrêtiez le partage.</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedChecks</name>
    <message>
        <source>%1 was not fetched (offline).</source>
        <translation>%1 n’a pas été téléchargé (hors ligne).</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched (HTTP %2).</source>
        <translation>Impossible de télécharger %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The credential expired on %1.</source>
        <translation>Le justificatif a expiré le %1.</translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
        <translation>Le justificatif n’est pas valide avant le %1.</translation>
    </message>
    <message>
        <source>The badge expired on %1.</source>
        <translation>Le badge a expiré le %1.</translation>
    </message>
    <message>
        <source>The badge is dated in the future (%1).</source>
        <translation>Le badge est daté dans le futur (%1).</translation>
    </message>
    <message>
        <source>The credential is unsigned (JWT algorithm "none").</source>
        <translation>Le justificatif n’est pas signé (algorithme JWT « none »).</translation>
    </message>
    <message>
        <source>The JWT algorithm "%1" is not supported.</source>
        <translation>L’algorithme JWT « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The JWT algorithm does not match the key type: %1</source>
        <translation>L’algorithme JWT ne correspond pas au type de clé : %1</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La signature %1 est valide.</translation>
    </message>
    <message>
        <source>The signing key was supplied by the credential itself; it is not confirmed by the issuer.</source>
        <translation>La clé de signature est fournie par le justificatif lui-même ; l’émetteur ne la confirme pas.</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedLinksWindow</name>
    <message>
        <source>Shared links</source>
        <translation>Liens partagés</translation>
    </message>
    <message>
        <source>Public links you made. Anyone with a link can see the credential until you stop sharing it; make new ones from Share.</source>
        <translation>Les liens publics que vous avez créés. Toute personne disposant d’un lien peut voir le justificatif jusqu’à ce que vous arrêtiez de le partager ; créez-en d’autres depuis Partager.</translation>
    </message>
</context>
<context>
    <name>Satchel::Signature</name>
    <message>
        <source>The signature does not match the data and key.</source>
        <translation>La signature ne correspond pas aux données et à la clé.</translation>
    </message>
    <message>
        <source>A %1 key cannot verify a %2 signature.</source>
        <translation>Une clé %1 ne peut pas vérifier une signature %2.</translation>
    </message>
    <message>
        <source>Cannot set up signature verification.</source>
        <translation>Impossible de préparer la vérification de signature.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationDialog</name>
    <message>
        <source>Signed presentation</source>
        <translation>Présentation signée</translation>
    </message>
    <message>
        <source>A signed presentation is a file for someone who asked to see your credentials but has no verifier website: they can check every credential in it, and that it comes from you, made for them. Send them the file.</source>
        <translation>Une présentation signée est un fichier destiné à quelqu’un qui a demandé à voir vos justificatifs mais n’a pas de site de vérification : il peut contrôler chaque justificatif qu’elle contient, et qu’elle vient de vous et a été faite pour lui. Envoyez-lui le fichier.</translation>
    </message>
    <message>
        <source>Their &amp;code:</source>
        <translation>Leur &amp;code :</translation>
    </message>
    <message>
        <source>The code the person who asked gave you</source>
        <translation>Le code que vous a donné la personne qui a fait la demande</translation>
    </message>
    <message>
        <source>for example 7Q2-pink-otter</source>
        <translation>par exemple 7Q2-pink-otter</translation>
    </message>
    <message>
        <source>The code the person who asked gave you (a challenge). It shows them this file was made for them, just now, and not copied from one made for someone else. If they gave you none, ask them for one.</source>
        <translation>Le code que vous a donné la personne qui a fait la demande (un défi). Il lui montre que ce fichier a été fait pour elle, à l’instant, et non copié d’un fichier fait pour quelqu’un d’autre. Si elle ne vous en a pas donné, demandez-lui-en un.</translation>
    </message>
    <message>
        <source>Their &amp;domain:</source>
        <translation>Leur &amp;domaine :</translation>
    </message>
    <message>
        <source>The domain the person who asked gave you, if any</source>
        <translation>Le domaine que vous a donné la personne qui a fait la demande, s’il y en a un</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Only if they also gave you a web address or name to put in; otherwise leave it empty.</source>
        <translation>Seulement si elle vous a aussi donné une adresse web ou un nom à indiquer ; sinon, laissez vide.</translation>
    </message>
    <message>
        <source>The identity that signs the presentation</source>
        <translation>L’identité qui signe la présentation</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signée &amp;par :</translation>
    </message>
    <message>
        <source>You have no identity to sign with yet: Satchel makes one for you when you save.</source>
        <translation>Vous n’avez pas encore d’identité pour signer : Satchel en crée une pour vous à l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Lecture des justificatifs…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) go in it:</source>
        <translation>
            <numerusform>%n justificatif y figure :</numerusform>
            <numerusform>%n justificatifs y figurent :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Save signed presentation</source>
        <translation>Enregistrer la présentation signée</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Présentation vérifiable (*.json)</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Nothing was saved: your identity's key stays locked without its passphrase.</source>
        <translation>Rien n’a été enregistré : la clé de votre identité reste verrouillée sans sa phrase secrète.</translation>
    </message>
    <message>
        <source>Saved %1. Send this file to the person who asked; Satchel's Review window and any verifiable-credential verifier can check it.</source>
        <translation>%1 enregistré. Envoyez ce fichier à la personne qui l’a demandé ; la fenêtre Examen de Satchel et tout vérificateur de justificatifs vérifiables peuvent le vérifier.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationFile</name>
    <message>
        <source>Type the code the person who asked for your credentials gave you: it shows them the presentation was made for them.</source>
        <translation>Saisissez le code que vous a donné la personne qui a demandé vos justificatifs : il lui montre que la présentation a été faite pour elle.</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>Le code dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters.</source>
        <translation>Le domaine dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>Choisissez au moins un justificatif à présenter.</translation>
    </message>
    <message>
        <source>A presentation can carry at most %1 credentials.</source>
        <translation>Une présentation peut contenir au plus %1 justificatifs.</translation>
    </message>
    <message>
        <source>"%1" is an Open Badges 2.0 badge, not a W3C Verifiable Credential, so it cannot go in a signed presentation. Share its verification page instead.</source>
        <translation>« %1 » est un badge Open Badges 2.0, pas un justificatif vérifiable W3C : il ne peut pas aller dans une présentation signée. Partagez plutôt sa page de vérification.</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation>Lecture de vos justificatifs…</translation>
    </message>
    <message>
        <source>The skills could not be worked out: %1</source>
        <translation>Les compétences n’ont pas pu être établies : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsSummary</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsWidget</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Attestée par</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) in %1</source>
        <translation>
            <numerusform>%n compétence dans %1</numerusform>
            <numerusform>%n compétences dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s), from %1</source>
        <translation>
            <numerusform>%n référentiel, d’après %1</numerusform>
            <numerusform>%n référentiels, d’après %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>non compté (non valide) : %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials names a skill, a framework or a tag.</source>
        <translation>Aucun de ces justificatifs ne nomme de compétence, de référentiel ni d’étiquette.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusConfirmation</name>
    <message>
        <source>Share a credential that is not valid?</source>
        <translation>Partager un justificatif non valide ?</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Partager quand même</translation>
    </message>
    <message>
        <source>Print a credential that is not valid?</source>
        <translation>Imprimer un justificatif non valide ?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Export a credential that is not valid?</source>
        <translation>Exporter un justificatif non valide ?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>The issuer has revoked "%1".</source>
        <translation>L’émetteur a révoqué « %1 ».</translation>
    </message>
    <message>
        <source>"%1" has expired.</source>
        <translation>« %1 » a expiré.</translation>
    </message>
    <message>
        <source>"%1" failed verification: it may have been altered or not come from its issuer.</source>
        <translation>La vérification de « %1 » a échoué : il a peut-être été modifié ou ne provient pas de son émetteur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected credentials are not valid:</source>
        <translation>
            <numerusform>%n des justificatifs sélectionnés n’est pas valide :</numerusform>
            <numerusform>%n des justificatifs sélectionnés ne sont pas valides :</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever checks it will see that it is not valid. Go on only if you mean to show it as it is.</source>
        <translation>Quiconque le vérifiera verra qu’il n’est pas valide. Ne continuez que si vous voulez le montrer tel quel.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListChecker</name>
    <message>
        <source>The encoded status list is too large.</source>
        <translation>La liste de statuts encodée est trop grande.</translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation>La liste de statuts n’est pas en base64url valide.</translation>
    </message>
    <message>
        <source>Unsupported status size %1.</source>
        <translation>Taille de statut %1 non prise en charge.</translation>
    </message>
    <message>
        <source>The status index %1 is outside the list.</source>
        <translation>L’index de statut %1 est hors de la liste.</translation>
    </message>
    <message>
        <source>The status list at %1 is not a JSON object.</source>
        <translation>La liste de statuts à l’adresse %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The document at %1 is not a status list credential.</source>
        <translation>Le document à l’adresse %1 n’est pas un justificatif de liste de statuts.</translation>
    </message>
    <message>
        <source>The status list at %1 failed its own proof check: %2</source>
        <translation>La liste de statuts à l’adresse %1 a échoué à la vérification de sa propre preuve : %2</translation>
    </message>
    <message>
        <source>The status list at %1 has expired.</source>
        <translation>La liste de statuts à l’adresse %1 a expiré.</translation>
    </message>
    <message>
        <source>The status list at %1 is for "%2", not "%3".</source>
        <translation>La liste de statuts à l’adresse %1 concerne « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be decoded: %2</source>
        <translation>Impossible de décoder la liste de statuts à l’adresse %1 : %2</translation>
    </message>
    <message>
        <source>The credential status entry is incomplete.</source>
        <translation>L’entrée de statut du justificatif est incomplète.</translation>
    </message>
    <message>
        <source>The credential is not revoked.</source>
        <translation>Le justificatif n’est pas révoqué.</translation>
    </message>
    <message>
        <source>The credential is not suspended.</source>
        <translation>Le justificatif n’est pas suspendu.</translation>
    </message>
    <message>
        <source>Status purpose "%1" does not affect validity.</source>
        <translation>La finalité de statut « %1 » n’affecte pas la validité.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>L’émetteur a révoqué ce justificatif : %1</translation>
    </message>
    <message>
        <source>Too many credential status entries; the rest were not checked.</source>
        <translation>Trop d’entrées de statut ; les suivantes n’ont pas été vérifiées.</translation>
    </message>
    <message>
        <source>The credential status type "%1" is not supported.</source>
        <translation>Le type de statut « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>L’émetteur a révoqué ce badge.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>L’émetteur a révoqué ce badge : %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer's revocation list.</source>
        <translation>Le badge ne figure pas sur la liste de révocation de l’émetteur.</translation>
    </message>
    <message>
        <source>The status list at %1 is not valid yet.</source>
        <translation>La liste de statuts à l’adresse %1 n’est pas encore valide.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListSource</name>
    <message>
        <source>The status list at %1 was not checked (offline).</source>
        <translation>La liste de statuts à l’adresse %1 n’a pas été vérifiée (hors ligne).</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched: %2</source>
        <translation>Impossible de télécharger la liste de statuts à l’adresse %1 : %2</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched (HTTP %2).</source>
        <translation>Impossible de télécharger la liste de statuts à l’adresse %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>(Checked against the copy of the status list fetched on %1.)</source>
        <translation>(Vérifié avec la copie de la liste de statuts récupérée le %1.)</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>L’émetteur a révoqué ce justificatif.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>L’émetteur a suspendu ce justificatif.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusStyle</name>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Valid, but not issued to you</source>
        <translation>Valide, mais pas à votre nom</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusList</name>
    <message>
        <source>The status list gives %1 bits per status; only 1, 2, 4 and 8 are allowed.</source>
        <translation>La liste de statuts donne %1 bits par statut ; seuls 1, 2, 4 et 8 sont permis.</translation>
    </message>
    <message>
        <source>The status list has no list ("lst").</source>
        <translation>La liste de statuts ne contient pas de liste (« lst »).</translation>
    </message>
    <message>
        <source>The status list is too large.</source>
        <translation>La liste de statuts est trop grande.</translation>
    </message>
    <message>
        <source>The status list ("lst") is not valid base64url.</source>
        <translation>La liste de statuts (« lst ») n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The status list is larger than Satchel reads (%1 MiB).</source>
        <translation>La liste de statuts dépasse ce que Satchel lit (%1 Mio).</translation>
    </message>
    <message>
        <source>The status list ("lst") is not ZLIB-compressed data.</source>
        <translation>La liste de statuts (« lst ») n’est pas compressée en ZLIB.</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusListChecker</name>
    <message>
        <source>The credential's status reference needs a list address ("uri") and a place in it ("idx", a whole number of zero or more).</source>
        <translation>La référence de statut du justificatif doit donner l’adresse d’une liste (« uri ») et une place dans celle-ci (« idx », un entier positif ou nul).</translation>
    </message>
    <message numerus="yes">
        <source>The credential's place %1 is outside the status list at %2, which holds %n status(es).</source>
        <translation>
            <numerusform>La place %1 du justificatif est hors de la liste de statuts à %2, qui contient %n statut.</numerusform>
            <numerusform>La place %1 du justificatif est hors de la liste de statuts à %2, qui contient %n statuts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status list at %1 is not a signed token: %2</source>
        <translation>La liste de statuts à %1 n’est pas un jeton signé : %2</translation>
    </message>
    <message>
        <source>The token at %1 is not a Token Status List (its type is not "statuslist+jwt").</source>
        <translation>Le jeton à %1 n’est pas une Token Status List (son type n’est pas « statuslist+jwt »).</translation>
    </message>
    <message>
        <source>No key was given to check it with.</source>
        <translation>Aucune clé n’a été donnée pour la vérifier.</translation>
    </message>
    <message>
        <source>The key that signed the status list at %1 could not be looked up: %2</source>
        <translation>La clé qui a signé la liste de statuts à %1 n’a pas pu être trouvée : %2</translation>
    </message>
    <message>
        <source>The status list at %1 is not signed by the credential's issuer: %2</source>
        <translation>La liste de statuts à %1 n’est pas signée par l’émetteur du justificatif : %2</translation>
    </message>
    <message>
        <source>The status list at %1 holds no claims: %2</source>
        <translation>La liste de statuts à %1 ne contient aucune déclaration : %2</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be read: %2</source>
        <translation>La liste de statuts à %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The status list at %1 is published for another address ("sub" is "%2").</source>
        <translation>La liste de statuts à %1 est publiée pour une autre adresse (« sub » vaut « %2 »).</translation>
    </message>
    <message>
        <source>The status list at %1 was issued by someone other than the credential's issuer.</source>
        <translation>La liste de statuts à %1 a été émise par un autre que l’émetteur du justificatif.</translation>
    </message>
    <message>
        <source>The status list at %1 gives no issue time ("iat"), or one in the future.</source>
        <translation>La liste de statuts à %1 ne donne pas de date d’émission (« iat »), ou une date future.</translation>
    </message>
    <message>
        <source>The status list at %1 has an expiry time ("exp") that is not a date.</source>
        <translation>La liste de statuts à %1 a une date d’expiration (« exp ») qui n’est pas une date.</translation>
    </message>
    <message>
        <source>The copy of the status list at %1 kept on %2 expired on %3, and no newer one could be fetched: the status was not checked.</source>
        <translation>La copie de la liste de statuts à %1 gardée le %2 a expiré le %3, et aucune plus récente n’a pu être obtenue : le statut n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>The status list at %1 expired on %2.</source>
        <translation>La liste de statuts à %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>The status list at %1 has a time to live ("ttl") that is not a positive number.</source>
        <translation>La liste de statuts à %1 a une durée de validité (« ttl ») qui n’est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The issuer's status list shows the credential as valid (neither revoked nor suspended).</source>
        <translation>La liste de statuts de l’émetteur montre le justificatif comme valide (ni révoqué ni suspendu).</translation>
    </message>
    <message>
        <source>The issuer's status list gives the credential the status 0x%1, a value its application defines; Satchel does not know what it means.</source>
        <translation>La liste de statuts de l’émetteur donne au justificatif le statut 0x%1, une valeur définie par son application ; Satchel ne sait pas ce qu’elle signifie.</translation>
    </message>
</context>
<context>
    <name>Satchel::TranscriptWriter</name>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>A transcript needs at least one credential.</source>
        <translation>Un relevé nécessite au moins un justificatif.</translation>
    </message>
    <message>
        <source>A transcript lists at most %1 credentials; select fewer.</source>
        <translation>Un relevé liste au plus %1 justificatifs ; sélectionnez-en moins.</translation>
    </message>
    <message>
        <source>The transcript template is missing.</source>
        <translation>Le modèle de relevé est introuvable.</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Réussite sans titre</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Émetteur inconnu</translation>
    </message>
    <message>
        <source>None of the selected credentials could be read.</source>
        <translation>Aucun des justificatifs sélectionnés n’a pu être lu.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Relevé de justificatifs</translation>
    </message>
    <message>
        <source>Credentials held in Satchel</source>
        <translation>Justificatifs conservés dans Satchel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total credits earned</source>
        <translation>Total des crédits obtenus</translation>
    </message>
    <message>
        <source>Statuses are those Satchel last recorded before printing. Each original credential is attached to this PDF; import the PDF into Satchel or any Open Badges verifier to check them.</source>
        <translation>Les statuts sont les derniers enregistrés par Satchel avant l’impression. Chaque justificatif original est joint à ce PDF ; importez le PDF dans Satchel ou dans tout vérificateur Open Badges pour les vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>Transcript of %n credential(s)</source>
        <translation>
            <numerusform>Relevé de %n justificatif</numerusform>
            <numerusform>Relevé de %n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>relevé</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistriesWidget</name>
    <message>
        <source>Trust registries say who stands behind an issuer: each credential shows whether its issuer is listed, by which registry and under which name. This never changes whether a credential verifies. Copies are kept in the wallet and used offline.</source>
        <translation>Les registres de confiance indiquent qui se porte garant d’un émetteur : chaque justificatif montre si son émetteur est répertorié, par quel registre et sous quel nom. Cela ne change jamais le résultat de la vérification d’un justificatif. Des copies sont conservées dans le portefeuille et utilisées hors ligne.</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>Ajouter une URL…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>DCC registry</source>
        <translation>Registre DCC</translation>
    </message>
    <message>
        <source>OpenID Federation</source>
        <translation>OpenID Federation</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>copie du %1</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>jamais téléchargé</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Added %1. Refresh now to fetch it.</source>
        <translation>%1 ajouté. Actualisez maintenant pour le télécharger.</translation>
    </message>
    <message>
        <source>Add a trust registry</source>
        <translation>Ajouter un registre de confiance</translation>
    </message>
    <message>
        <source>The address of a registry in the DCC format, or of an OpenID Federation trust anchor (…/.well-known/openid-federation):</source>
        <translation>L’adresse d’un registre au format DCC, ou d’une ancre de confiance OpenID Federation (…/.well-known/openid-federation) :</translation>
    </message>
    <message>
        <source>No registry is switched on.</source>
        <translation>Aucun registre n’est activé.</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1 : à jour</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Registres de confiance</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistrySettings</name>
    <message>
        <source>DCC Member Registry</source>
        <translation>Registre des membres DCC</translation>
    </message>
    <message>
        <source>DCC Community Registry</source>
        <translation>Registre communautaire DCC</translation>
    </message>
    <message>
        <source>DCC Sandbox Registry (test issuers)</source>
        <translation>Registre bac à sable DCC (émetteurs de test)</translation>
    </message>
    <message>
        <source>DCC Member Registry, test instance</source>
        <translation>Registre des membres DCC, instance de test</translation>
    </message>
    <message>
        <source>A trust registry is added by its http or https address.</source>
        <translation>Un registre de confiance s’ajoute par son adresse http ou https.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistryUpdater</name>
    <message>
        <source>%1 (answering from the copy of %2)</source>
        <translation>%1 (réponse d’après la copie du %2)</translation>
    </message>
    <message>
        <source>Not fetched: Satchel is working offline.</source>
        <translation>Non téléchargé : Satchel fonctionne hors ligne.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiExchangeClient</name>
    <message>
        <source>Your key could not sign the presentation the issuer asks for: %1</source>
        <translation>Votre clé n’a pas pu signer la présentation que demande l’émetteur : %1</translation>
    </message>
    <message>
        <source>The issuer asks you to present "%1" before issuing, which Satchel cannot do yet.</source>
        <translation>L’émetteur vous demande de présenter « %1 » avant de délivrer, ce que Satchel ne sait pas encore faire.</translation>
    </message>
    <message>
        <source>The issuer does not accept your identity's kind of key (did:%1, %2). Choose another identity.</source>
        <translation>L’émetteur n’accepte pas le type de clé de votre identité (did:%1, %2). Choisissez une autre identité.</translation>
    </message>
    <message>
        <source>The issuer's request asks for nothing Satchel can answer.</source>
        <translation>La demande de l’émetteur ne demande rien à quoi Satchel sache répondre.</translation>
    </message>
    <message>
        <source>exchanging with the issuer</source>
        <translation>échange avec l’émetteur</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>L’offre a expiré ou a déjà été utilisée. Demandez-en une nouvelle à l’émetteur.</translation>
    </message>
    <message>
        <source>The exchange ended without sending a credential.</source>
        <translation>L’échange s’est terminé sans envoyer de justificatif.</translation>
    </message>
    <message>
        <source>The exchange kept asking without sending a credential.</source>
        <translation>L’échange a continué de demander sans envoyer de justificatif.</translation>
    </message>
    <message>
        <source>This link asks you to present credentials to a verifier, not to receive new ones.</source>
        <translation>Ce lien vous demande de présenter des justificatifs à un vérificateur, pas d’en recevoir de nouveaux.</translation>
    </message>
    <message>
        <source>starting the exchange</source>
        <translation>au démarrage de l’échange</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiPresenter</name>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>Le lien %1 n’est pas une adresse sécurisée (https) : rien n’a été récupéré.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>à la lecture du lien d’interaction</translation>
    </message>
    <message>
        <source>This link does not lead to a verifier's request Satchel can answer.</source>
        <translation>Ce lien ne mène pas à une demande de vérificateur à laquelle Satchel peut répondre.</translation>
    </message>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>L’échange %1 n’est pas une adresse sécurisée (https) : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>reading the verifier's request</source>
        <translation>à la lecture de la demande du vérificateur</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>à l’envoi de la réponse</translation>
    </message>
    <message>
        <source>The verifier's request has expired or was already answered. Ask the verifier for a new link.</source>
        <translation>La demande du vérificateur a expiré ou a déjà reçu une réponse. Demandez un nouveau lien au vérificateur.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The verifier refused while %1: %2</source>
        <translation>Le vérificateur a refusé %1 : %2</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiQueryReader</name>
    <message>
        <source>The verifier's request is malformed: %1.</source>
        <translation>La demande du vérificateur est mal formée : %1.</translation>
    </message>
    <message>
        <source>its example is nested too deeply</source>
        <translation>son exemple est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>its example sets too many fields</source>
        <translation>son exemple définit trop de champs</translation>
    </message>
    <message>
        <source>The verifier asks for “%1”, which Satchel cannot answer yet.</source>
        <translation>Le vérificateur demande « %1 » : Satchel ne sait pas encore y répondre.</translation>
    </message>
    <message>
        <source>This link does not ask for any credential: it is an issuer's exchange, for receiving one.</source>
        <translation>Ce lien ne demande aucun justificatif : c’est un échange d’émetteur, pour en recevoir un.</translation>
    </message>
    <message>
        <source>its QueryByExample has no credentialQuery</source>
        <translation>sa QueryByExample n’a pas de credentialQuery</translation>
    </message>
    <message>
        <source>a credentialQuery is not an object</source>
        <translation>une credentialQuery n’est pas un objet</translation>
    </message>
    <message>
        <source>it asks for too many credentials</source>
        <translation>il demande trop de justificatifs</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to %1, which is not a secure (https) address.</source>
        <translation>Le vérificateur veut que la réponse soit envoyée à %1, qui n’est pas une adresse sécurisée (https).</translation>
    </message>
</context>
<context>
    <name>Satchel::VcCoseVerifier</name>
    <message>
        <source>The COSE algorithm %1 is not supported.</source>
        <translation>L’algorithme COSE %1 n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The COSE message's media type (typ "%1", content type "%2") is not that of a verifiable credential (vc+cose).</source>
        <translation>Le type de média du message COSE (typ « %1 », type de contenu « %2 ») n’est pas celui d’un justificatif vérifiable (vc+cose).</translation>
    </message>
    <message>
        <source>The COSE message names no key (no "kid").</source>
        <translation>Le message COSE ne désigne aucune clé (pas de « kid »).</translation>
    </message>
</context>
<context>
    <name>Satchel::VcJwtVerifier</name>
    <message>
        <source>The JWT header member "%1" is not allowed.</source>
        <translation>Le membre d’en-tête JWT « %1 » n’est pas autorisé.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>« iss » (%1) n’est pas l’émetteur (%2).</translation>
    </message>
    <message>
        <source>"jti" is not the credential id.</source>
        <translation>« jti » n’est pas l’identifiant du justificatif.</translation>
    </message>
    <message>
        <source>"sub" is not the credential subject.</source>
        <translation>« sub » n’est pas le sujet du justificatif.</translation>
    </message>
    <message>
        <source>"nbf" is not a date.</source>
        <translation>« nbf » n’est pas une date.</translation>
    </message>
    <message>
        <source>"nbf" is not the credential's start of validity.</source>
        <translation>« nbf » n’est pas le début de validité du justificatif.</translation>
    </message>
    <message>
        <source>"exp" is not a date.</source>
        <translation>« exp » n’est pas une date.</translation>
    </message>
    <message>
        <source>"exp" is not the credential's end of validity.</source>
        <translation>« exp » n’est pas la fin de validité du justificatif.</translation>
    </message>
    <message>
        <source>The JWT claims match the credential.</source>
        <translation>Les revendications du JWT correspondent au justificatif.</translation>
    </message>
    <message>
        <source>The JWT's media type (typ "%1", cty "%2") is not that of a verifiable credential (vc+jwt).</source>
        <translation>Le type de média du JWT (typ « %1 », cty « %2 ») n’est pas celui d’un justificatif vérifiable (vc+jwt).</translation>
    </message>
    <message>
        <source>The JWT has a "vp" claim, which a secured credential must not have.</source>
        <translation>Le JWT contient une déclaration « vp », qu’un justificatif sécurisé ne doit pas avoir.</translation>
    </message>
    <message>
        <source>The JWT has a "vc" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>Le JWT contient une déclaration « vc », qu’un justificatif VC Data Model 2.0 ne doit pas avoir.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationHtml</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Satchel has not checked this credential yet.</source>
        <translation>Satchel n’a pas encore contrôlé ce justificatif.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Dernier contrôle le %1.</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>These lines were written at the last check, in another language. Verify now to read them in this one.</source>
        <translation>Ces lignes ont été écrites lors de la dernière vérification, dans une autre langue. Vérifiez maintenant pour les lire dans celle-ci.</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Revoked by the issuer</source>
        <translation>Révoqué par l’émetteur</translation>
    </message>
    <message>
        <source>It still records what you achieved, but no longer proves it is current.</source>
        <translation>Il garde la trace de ce que vous avez accompli, mais ne prouve plus que c’est toujours d’actualité.</translation>
    </message>
    <message>
        <source>Found when Satchel checked it on %1.</source>
        <translation>Constaté lorsque Satchel l’a vérifié le %1.</translation>
    </message>
    <message>
        <source>Satchel asks before you share, print or export it.</source>
        <translation>Satchel vous demandera confirmation avant que vous le partagiez, l’imprimiez ou l’exportiez.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationPageWriter</name>
    <message>
        <source>The page template uses an unknown field {{%1}}.</source>
        <translation>Le modèle de page utilise un champ inconnu {{%1}}.</translation>
    </message>
    <message>
        <source>The credential has no stored text to put on the page.</source>
        <translation>Le justificatif n’a pas de texte enregistré à mettre sur la page.</translation>
    </message>
    <message>
        <source>The verification page template is missing.</source>
        <translation>Le modèle de la page de vérification est introuvable.</translation>
    </message>
    <message>
        <source>Not verified by the wallet when this page was made (%1)</source>
        <translation>Non vérifié par le portefeuille lors de la création de cette page (%1)</translation>
    </message>
    <message>
        <source>Verified as valid on %1</source>
        <translation>Vérifié comme valide le %1</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1)</source>
        <translation>Révoqué par l’émetteur (vérifié le %1)</translation>
    </message>
    <message>
        <source>Expired (checked on %1)</source>
        <translation>Expiré (vérifié le %1)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1)</source>
        <translation>Échec de la vérification (vérifié le %1)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1)</source>
        <translation>Pas encore valide (vérifié le %1)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1)</source>
        <translation>N’a pas pu être entièrement vérifié (le %1)</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Image du badge</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Décerné à</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identifiant du justificatif</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status when this page was made</source>
        <translation>Statut lors de la création de cette page</translation>
    </message>
    <message>
        <source>Download the credential file below, or copy the text in the box.</source>
        <translation>Téléchargez le fichier du justificatif ci-dessous, ou copiez le texte de l’encadré.</translation>
    </message>
    <message>
        <source>Open a verifier you trust, for example the 1EdTech Open Badges validator (%1) or VerifierPlus (%2), and give it the file.</source>
        <translation>Ouvrez un vérificateur de confiance, par exemple le validateur Open Badges de 1EdTech (%1) ou VerifierPlus (%2), et donnez-lui le fichier.</translation>
    </message>
    <message>
        <source>This is a hosted badge: the issuer publishes it at %1. The verifier fetches the issuer's copy and compares it with this one.</source>
        <translation>C’est un badge hébergé : l’émetteur le publie à l’adresse %1. Le vérificateur récupère la copie de l’émetteur et la compare à celle-ci.</translation>
    </message>
    <message>
        <source>The verifier checks the issuer's digital signature: it gets the public key of the issuer (%1) and confirms that not one character of the credential has changed since it was signed.</source>
        <translation>Le vérificateur contrôle la signature numérique de l’émetteur : il obtient la clé publique de l’émetteur (%1) et confirme que pas un caractère du justificatif n’a changé depuis sa signature.</translation>
    </message>
    <message>
        <source>It also checks whether the issuer has revoked the credential and whether it has expired. The status above is only what the learner's wallet saw when this page was made.</source>
        <translation>Il vérifie aussi si l’émetteur a révoqué le justificatif et s’il a expiré. Le statut ci-dessus n’est que ce que le portefeuille de l’apprenant a constaté lors de la création de cette page.</translation>
    </message>
    <message>
        <source>Anyone can edit a web page, so this page proves nothing by itself: trust the verifier's answer about the file, not the text of this page.</source>
        <translation>N’importe qui peut modifier une page web : cette page ne prouve rien à elle seule. Fiez-vous à la réponse du vérificateur sur le fichier, pas au texte de cette page.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the page's language code (BCP 47)</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>%1 — verification page</source>
        <translation>%1 — page de vérification</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivré par %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>How to check that it is genuine</source>
        <translation>Comment vérifier qu’il est authentique</translation>
    </message>
    <message>
        <source>This page holds the credential exactly as the issuer made it. Anyone can check it in a few minutes, without an account:</source>
        <translation>Cette page contient le justificatif exactement tel que l’émetteur l’a créé. Chacun peut le vérifier en quelques minutes, sans compte :</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>Le justificatif</translation>
    </message>
    <message>
        <source>The original credential, a signed token (JWS), byte for byte as issued:</source>
        <translation>Le justificatif d’origine, un jeton signé (JWS), octet pour octet tel qu’il a été délivré :</translation>
    </message>
    <message>
        <source>The original credential (JSON), byte for byte as issued:</source>
        <translation>Le justificatif d’origine (JSON), octet pour octet tel qu’il a été délivré :</translation>
    </message>
    <message>
        <source>Download the credential file</source>
        <translation>Télécharger le fichier du justificatif</translation>
    </message>
    <message>
        <source>Made with Satchel on %1.</source>
        <translation>Créé avec Satchel le %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationReport</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierCertificate</name>
    <message>
        <source>The verifier's request does not carry the certificates its client id needs.</source>
        <translation>La demande du vérificateur ne contient pas les certificats qu’exige son identifiant client.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the request.</source>
        <translation>Le certificat du vérificateur n’est pas digne de confiance pour Satchel (%1) : Satchel ne peut pas savoir qui a envoyé la demande.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not for %1, the name its client id gives.</source>
        <translation>Le certificat du vérificateur n’est pas pour %1, le nom que donne son identifiant client.</translation>
    </message>
    <message>
        <source>The verifier's certificates cannot be read: %1</source>
        <translation>Les certificats du vérificateur sont illisibles : %1</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierConnection</name>
    <message>
        <source>Cancelled: nothing was sent to the verifier.</source>
        <translation>Annulé : rien n’a été envoyé au vérificateur.</translation>
    </message>
    <message>
        <source>The verifier (%1) could not be reached while %2.</source>
        <translation>Le vérificateur (%1) n’a pas pu être joint lors de l’étape « %2 ».</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was sent to the verifier (%1).</source>
        <translation>Satchel travaille hors ligne : rien n’a été envoyé au vérificateur (%1).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierPlusClient</name>
    <message>
        <source>"%1" is not the address of a VerifierPlus server (https://host).</source>
        <translation>« %1 » n’est pas l’adresse d’un serveur VerifierPlus (https://hôte).</translation>
    </message>
    <message>
        <source>%1 answered, but not with the links Satchel expects (%2). Nothing was saved.</source>
        <translation>%1 a répondu, mais pas avec les liens qu’attend Satchel (%2). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no usable url.%1</source>
        <translation>url.%1 absent ou inutilisable</translation>
    </message>
    <message>
        <source>Satchel is working offline: nothing was sent to %1.</source>
        <translation>Satchel travaille hors ligne : rien n’a été envoyé à %1.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2).</source>
        <translation>Le serveur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused the request (%2).</source>
        <translation>Le serveur %1 a refusé la requête (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifyUtil</name>
    <message>
        <source>The document is too large.</source>
        <translation>Le document est trop volumineux.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Le document n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Satchel::Wallet</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not update the stored credential.</source>
        <translation>Impossible de mettre à jour le justificatif enregistré.</translation>
    </message>
    <message>
        <source>Could not store the credential.</source>
        <translation>Impossible d’enregistrer le justificatif.</translation>
    </message>
    <message>
        <source>Could not store the credential's bytes.</source>
        <translation>Impossible d’enregistrer les octets du justificatif.</translation>
    </message>
    <message>
        <source>Could not index the credential for search.</source>
        <translation>Impossible d’indexer le justificatif pour la recherche.</translation>
    </message>
    <message>
        <source>The credential nests other credentials too deeply.</source>
        <translation>Le justificatif imbrique d’autres justificatifs trop profondément.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a wallet file.</source>
        <translation>%1 n’est pas un fichier de portefeuille.</translation>
    </message>
    <message>
        <source>Could not open the wallet %1: %2</source>
        <translation>Impossible d’ouvrir le portefeuille %1 : %2</translation>
    </message>
    <message>
        <source>There are no credential bytes to store.</source>
        <translation>Il n’y a aucun octet de justificatif à enregistrer.</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only.</source>
        <translation>Le portefeuille est occupé ou en lecture seule.</translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation>Impossible de rechercher les doublons.</translation>
    </message>
    <message>
        <source>Could not read the wallet: %1</source>
        <translation>Impossible de lire le portefeuille : %1</translation>
    </message>
    <message>
        <source>There is no credential %1 in the wallet.</source>
        <translation>Le portefeuille ne contient aucun justificatif %1.</translation>
    </message>
    <message>
        <source>Could not remove the credential.</source>
        <translation>Impossible de supprimer le justificatif.</translation>
    </message>
    <message>
        <source>An identity needs a type and a value.</source>
        <translation>Une identité demande un type et une valeur.</translation>
    </message>
    <message>
        <source>Could not save the identity.</source>
        <translation>Impossible d’enregistrer l’identité.</translation>
    </message>
    <message>
        <source>Could not remove the identity.</source>
        <translation>Impossible de supprimer l’identité.</translation>
    </message>
    <message>
        <source>The identity %1 is not in the wallet.</source>
        <translation>L’identité %1 n’est pas dans le portefeuille.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Could not save the tag.</source>
        <translation>Impossible d’enregistrer l’étiquette.</translation>
    </message>
    <message>
        <source>The credential has no tag %1.</source>
        <translation>Le justificatif n’a pas l’étiquette %1.</translation>
    </message>
    <message>
        <source>Could not remove the tag.</source>
        <translation>Impossible de supprimer l’étiquette.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Une collection demande un nom.</translation>
    </message>
    <message>
        <source>Could not create the collection.</source>
        <translation>Impossible de créer la collection.</translation>
    </message>
    <message>
        <source>Could not rename the collection.</source>
        <translation>Impossible de renommer la collection.</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>Il n’y a pas de collection %1.</translation>
    </message>
    <message>
        <source>Could not remove the collection.</source>
        <translation>Impossible de supprimer la collection.</translation>
    </message>
    <message>
        <source>Could not add credential %1 to collection %2.</source>
        <translation>Impossible d’ajouter le justificatif %1 à la collection %2.</translation>
    </message>
    <message>
        <source>Could not change the collection.</source>
        <translation>Impossible de modifier la collection.</translation>
    </message>
    <message>
        <source>The credential is not in that collection.</source>
        <translation>Le justificatif n’est pas dans cette collection.</translation>
    </message>
    <message>
        <source>A cached document needs its URL.</source>
        <translation>Un document en cache demande son URL.</translation>
    </message>
    <message>
        <source>The document %1 is too large to keep.</source>
        <translation>Le document %1 est trop volumineux pour être conservé.</translation>
    </message>
    <message>
        <source>Could not keep the document %1.</source>
        <translation>Impossible de conserver le document %1.</translation>
    </message>
    <message>
        <source>Could not save the verification.</source>
        <translation>Impossible d’enregistrer la vérification.</translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation>Impossible d’enregistrer l’importation.</translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation>Impossible d’enregistrer le réglage %1.</translation>
    </message>
    <message>
        <source>Could not index the credentials for search.</source>
        <translation>Impossible d’indexer les justificatifs pour la recherche.</translation>
    </message>
    <message>
        <source>The holder key record is incomplete.</source>
        <translation>L’enregistrement de la clé personnelle est incomplet.</translation>
    </message>
    <message>
        <source>Could not save the holder key.</source>
        <translation>Impossible d’enregistrer la clé personnelle.</translation>
    </message>
    <message>
        <source>The public link record is incomplete.</source>
        <translation>L’enregistrement du lien public est incomplet.</translation>
    </message>
    <message>
        <source>Could not save the public link.</source>
        <translation>Impossible d’enregistrer le lien public.</translation>
    </message>
    <message>
        <source>Could not update the public link.</source>
        <translation>Impossible de mettre à jour le lien public.</translation>
    </message>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>Le portefeuille ne contient aucun lien public %1.</translation>
    </message>
    <message>
        <source>Could not remove the holder key.</source>
        <translation>Impossible de supprimer la clé personnelle.</translation>
    </message>
    <message>
        <source>Could not keep the earlier version of the credential.</source>
        <translation>Impossible de garder la version précédente du justificatif.</translation>
    </message>
    <message>
        <source>Could not store the credential's other version.</source>
        <translation>Impossible d’enregistrer l’autre version du justificatif.</translation>
    </message>
    <message>
        <source>There is no credential version %1 in the wallet.</source>
        <translation>Le portefeuille ne contient pas de version de justificatif %1.</translation>
    </message>
    <message>
        <source>Could not read the credential's other version.</source>
        <translation>Impossible de lire l’autre version du justificatif.</translation>
    </message>
    <message>
        <source>Could not read the stored credential.</source>
        <translation>Impossible de lire le justificatif enregistré.</translation>
    </message>
    <message>
        <source>Could not rename the holder key.</source>
        <translation>Impossible de renommer la clé de titulaire.</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation>La clé %1 n’est pas dans ce portefeuille.</translation>
    </message>
    <message>
        <source>Could not change the default key.</source>
        <translation>Impossible de changer la clé par défaut.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletMerger</name>
    <message>
        <source>The backup's contents are not a wallet: %1</source>
        <translation>Le contenu de la sauvegarde n'est pas un portefeuille : %1</translation>
    </message>
    <message>
        <source>The wallet inside the backup is damaged.</source>
        <translation>Le portefeuille contenu dans la sauvegarde est endommagé.</translation>
    </message>
    <message>
        <source>The backup's contents are not a wallet.</source>
        <translation>Le contenu de la sauvegarde n'est pas un portefeuille.</translation>
    </message>
    <message>
        <source>Could not open the backup's contents: %1</source>
        <translation>Impossible d'ouvrir le contenu de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only: %1</source>
        <translation>Le portefeuille est occupé ou en lecture seule : %1</translation>
    </message>
    <message>
        <source>Restoring the backup failed; the wallet was not changed: %1</source>
        <translation>La restauration de la sauvegarde a échoué ; le portefeuille n'a pas été modifié : %1</translation>
    </message>
    <message>
        <source>The backup's contents cannot be opened safely: %1</source>
        <translation>Le contenu de la sauvegarde ne peut pas être ouvert en toute sécurité : %1</translation>
    </message>
    <message>
        <source>The backup was refused: %1</source>
        <translation>La sauvegarde a été refusée : %1</translation>
    </message>
    <message>
        <source>Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.</source>
        <translation>La restauration de la sauvegarde a pris plus de %1 secondes et a été arrêtée ; le portefeuille n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletVerifier</name>
    <message>
        <source>The recipient could not be read: %1</source>
        <translation>Impossible de lire le destinataire : %1</translation>
    </message>
    <message>
        <source>The included credential "%1" is not valid: %2</source>
        <translation>Le justificatif inclus « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The included credential "%1" could not be checked.</source>
        <translation>Le justificatif inclus « %1 » n’a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: a wallet for your badges and micro-credentials.</source>
        <translation>Satchel : un portefeuille pour vos badges et micro-certifications.</translation>
    </message>
    <message>
        <source>Open the wallet file at &lt;path&gt;.</source>
        <translation>Ouvrir le fichier de portefeuille situé à &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open the demo wallet (created on first use).</source>
        <translation>Ouvrir le portefeuille de démonstration (créé à la première utilisation).</translation>
    </message>
    <message>
        <source>Open every main view, check it, and exit.</source>
        <translation>Ouvrir chaque vue principale, la vérifier, puis quitter.</translation>
    </message>
    <message>
        <source>Save a picture of the gallery to &lt;file&gt; and exit.</source>
        <translation>Enregistrer une image de la galerie dans &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>Save a picture of the list view to &lt;file&gt; and exit.</source>
        <translation>Enregistrer une image de la vue en liste dans &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>Save a picture of a detail view to &lt;file&gt; and exit.</source>
        <translation>Enregistrer une image d’une vue détaillée dans &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>The credential shown by --screenshot-detail.</source>
        <translation>Le justificatif affiché par --screenshot-detail.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Save a picture of the Pathways view to &lt;file&gt; and exit.</source>
        <translation>Enregistrer une image de la vue Parcours dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>The pathway shown by --screenshot-pathways.</source>
        <translation>Le parcours montré par --screenshot-pathways.</translation>
    </message>
    <message>
        <source>A review packet (.satchel-review) to review.</source>
        <translation>Un dossier de revue (.satchel-review) à examiner.</translation>
    </message>
</context>
</TS>