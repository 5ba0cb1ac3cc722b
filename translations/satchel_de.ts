<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Satchel::AchievementTypeNames</name>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation>Ausbildungszeugnis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Leistungsbewertung</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Associate Degree</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Auszeichnung</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Bachelor's degree</source>
        <translation>Bachelorabschluss</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Abschlussbescheinigung</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Gemeinnütziges Engagement</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Co-curricular activity</source>
        <translation>Außerschulische Aktivität</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Studienabschluss</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feldarbeit</translation>
    </message>
    <message>
        <source>General education development (GED)</source>
        <translation>Schulabschluss-Äquivalenzprüfung (GED)</translation>
    </message>
    <message>
        <source>Journeyman certificate</source>
        <translation>Gesellenbrief</translation>
    </message>
    <message>
        <source>Learning programme</source>
        <translation>Bildungsprogramm</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Berufszulassung</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Professional doctorate</source>
        <translation>Praxisorientierte Promotion</translation>
    </message>
    <message>
        <source>Quality assurance credential</source>
        <translation>Qualitätssicherungsnachweis</translation>
    </message>
    <message>
        <source>Master certificate</source>
        <translation>Meisterbrief</translation>
    </message>
    <message>
        <source>Master's degree</source>
        <translation>Masterabschluss</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Micro-Credential</translation>
    </message>
    <message>
        <source>Research doctorate</source>
        <translation>Forschungspromotion</translation>
    </message>
    <message>
        <source>Secondary school diploma</source>
        <translation>Sekundarschulabschluss</translation>
    </message>
</context>
<context>
    <name>Satchel::AddressPolicy</name>
    <message>
        <source>The host %1 has no address.</source>
        <translation>Der Host %1 hat keine Adresse.</translation>
    </message>
    <message>
        <source>Refused to contact %1: its address %2 is link-local, multicast, unspecified or this machine, which credentials may not make Satchel reach.</source>
        <translation>Verbindung zu %1 verweigert: Seine Adresse %2 ist link-lokal, Multicast, unspezifiziert oder dieser Rechner – Adressen, die Satchel nicht auf Veranlassung eines Nachweises kontaktieren darf.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::AesGcm</name>
    <message>
        <source>The encryption library failed.</source>
        <translation>Fehler in der Verschlüsselungsbibliothek.</translation>
    </message>
    <message>
        <source>An AES-256 key must be 32 bytes.</source>
        <translation>Ein AES-256-Schlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Die Daten sind zu groß, um sie in einem Stück zu verschlüsseln.</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>Die verschlüsselten Daten sind zu kurz.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the passphrase is wrong or the data was changed.</source>
        <translation>Die Daten können nicht entschlüsselt werden: Die Passphrase ist falsch oder die Daten wurden verändert.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveReader</name>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The archive directory is corrupt.</source>
        <translation>Das Archivverzeichnis ist beschädigt.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>Das Archiv hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>The archive entry "%1" points outside the archive and was skipped.</source>
        <translation>Der Archiveintrag „%1“ zeigt aus dem Archiv heraus und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is a folder.</source>
        <translation>Der Archiveintrag „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is larger than %2 bytes.</source>
        <translation>Der Archiveintrag „%1“ ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The archive entry "%1" expands suspiciously (a zip bomb?).</source>
        <translation>Der Archiveintrag „%1“ entpackt sich verdächtig stark (eine Zip-Bombe?).</translation>
    </message>
    <message>
        <source>The archive entry "%1" cannot be read: %2</source>
        <translation>Der Archiveintrag „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The archive entry "%1" is corrupt: %2</source>
        <translation>Der Archiveintrag „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The archive expands to more than %1 bytes.</source>
        <translation>Das Archiv ist entpackt größer als %1 Byte.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveWriter</name>
    <message>
        <source>Could not build the archive: %1</source>
        <translation>Das Archiv konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>"%1" is not a safe name inside an archive.</source>
        <translation>„%1“ ist kein sicherer Name innerhalb eines Archivs.</translation>
    </message>
    <message>
        <source>The archive already has an entry "%1".</source>
        <translation>Das Archiv hat bereits einen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>unvollständiger Lesevorgang</translation>
    </message>
</context>
<context>
    <name>Satchel::AssociationText</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 ist Teil von %2</translation>
    </message>
    <message>
        <source>%1 is the same achievement as %2</source>
        <translation>%1 ist dieselbe Leistung wie %2</translation>
    </message>
    <message>
        <source>%1 is on a par with %2</source>
        <translation>%1 ist gleichwertig mit %2</translation>
    </message>
    <message>
        <source>%1 is related to %2</source>
        <translation>%1 steht in Beziehung zu %2</translation>
    </message>
    <message>
        <source>%1 comes before %2</source>
        <translation>%1 kommt vor %2</translation>
    </message>
    <message>
        <source>%1 is replaced by %2</source>
        <translation>%1 wird durch %2 ersetzt</translation>
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
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupActions</name>
    <message>
        <source>Satchel backups (*.satchel-backup)</source>
        <translation>Satchel-Sicherungen (*.satchel-backup)</translation>
    </message>
    <message>
        <source>Back up wallet</source>
        <translation>Wallet sichern</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backing up the wallet…</source>
        <translation>Die Wallet wird gesichert…</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Wiederherstellung aus der Sicherung…</translation>
    </message>
    <message>
        <source>The wallet is backed up to %1.</source>
        <translation>Die Wallet wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it and try again (if it is right, the file is damaged).</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht. Überprüfen Sie sie und versuchen Sie es erneut (falls sie stimmt, ist die Datei beschädigt).</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) restored.</source>
        <translation>
            <numerusform>%n Nachweis wiederhergestellt.</numerusform>
            <numerusform>%n Nachweise wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were already in the wallet and were kept as they were.</source>
        <translation>
            <numerusform>%n Nachweis war bereits in der Wallet und wurde unverändert beibehalten.</numerusform>
            <numerusform>%n Nachweise waren bereits in der Wallet und wurden unverändert beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were in the wallet with other content: both copies are kept, and the one that verifies is shown.</source>
        <translation>
            <numerusform>%n Nachweis war mit anderem Inhalt in der Wallet: Beide Kopien werden behalten, und die erfolgreich geprüfte wird angezeigt.</numerusform>
            <numerusform>%n Nachweise waren mit anderem Inhalt in der Wallet: Beide Kopien werden behalten, und die erfolgreich geprüfte wird angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s) restored.</source>
        <translation>
            <numerusform>%n Lernpfad wiederhergestellt.</numerusform>
            <numerusform>%n Lernpfade wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) restored.</source>
        <translation>
            <numerusform>%n Sammlung wiederhergestellt.</numerusform>
            <numerusform>%n Sammlungen wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::BackupHeader</name>
    <message>
        <source>This file is not a Satchel backup.</source>
        <translation>Diese Datei ist keine Satchel-Sicherung.</translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated).</source>
        <translation>Die Sicherungsdatei ist unvollständig (abgeschnitten).</translation>
    </message>
    <message>
        <source>This backup uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Diese Sicherung verwendet die Formatversion %1, die diese Version von Satchel nicht lesen kann.</translation>
    </message>
    <message>
        <source>The backup's header asks for settings Satchel does not accept; the file is damaged or was not made by Satchel.</source>
        <translation>Der Kopfbereich der Sicherung verlangt Einstellungen, die Satchel nicht akzeptiert; die Datei ist beschädigt oder wurde nicht von Satchel erstellt.</translation>
    </message>
    <message>
        <source>The backup file has extra bytes at its end; it is damaged.</source>
        <translation>Die Sicherungsdatei hat überzählige Bytes am Ende; sie ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupReader</name>
    <message>
        <source>The backup cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Die Sicherung kann nicht geöffnet werden: falsche Passphrase oder beschädigte Datei.</translation>
    </message>
    <message>
        <source>Could not unpack the backup into a temporary folder: %1</source>
        <translation>Die Sicherung konnte nicht in einen temporären Ordner entpackt werden: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupWriter</name>
    <message>
        <source>There is no wallet at %1.</source>
        <translation>Unter %1 gibt es keine Wallet.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Es konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>Could not take a snapshot of the wallet: %1</source>
        <translation>Es konnte kein Schnappschuss der Wallet erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not open the wallet snapshot: %1</source>
        <translation>Der Wallet-Schnappschuss konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the wallet snapshot: %1</source>
        <translation>Der Wallet-Schnappschuss konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wallet is too large to back up into one file.</source>
        <translation>Die Wallet ist zu groß, um sie in eine einzige Datei zu sichern.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
</context>
<context>
    <name>Satchel::BadgrPathwayImporter</name>
    <message>
        <source>The pathway has too many elements</source>
        <translation>Der Lernpfad hat zu viele Elemente</translation>
    </message>
    <message>
        <source>%1: elements are nested deeper than %2 levels</source>
        <translation>%1: Elemente sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: no element has the id "%2"</source>
        <translation>%1: Kein Element hat die ID „%2“</translation>
    </message>
    <message>
        <source>%1: an element must be an object or an id</source>
        <translation>%1: Ein Element muss ein Objekt oder eine ID sein</translation>
    </message>
    <message>
        <source>%1: the element "%2" contains itself (a cycle)</source>
        <translation>%1: Das Element „%2“ enthält sich selbst (ein Zyklus)</translation>
    </message>
    <message>
        <source>%1: a required badge has no id</source>
        <translation>%1: Ein erforderliches Abzeichen hat keine ID</translation>
    </message>
    <message>
        <source>%1: the element "%2" requires nothing</source>
        <translation>%1: Das Element „%2“ setzt nichts voraus</translation>
    </message>
    <message>
        <source>This is not a Badgr/Canvas pathway</source>
        <translation>Dies ist kein Badgr/Canvas-Lernpfad</translation>
    </message>
    <message>
        <source>The pathway has no root element</source>
        <translation>Der Lernpfad hat kein Wurzelelement</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedExporter</name>
    <message>
        <source>A baked badge is a .png or .svg file: %1</source>
        <translation>Ein eingebettetes Abzeichen ist eine .png- oder .svg-Datei: %1</translation>
    </message>
    <message>
        <source>The credential has no stored text to bake.</source>
        <translation>Der Nachweis hat keinen gespeicherten Text zum Einbetten.</translation>
    </message>
    <message>
        <source>The credential's format is unknown.</source>
        <translation>Das Format des Nachweises ist unbekannt.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedImageReader</name>
    <message>
        <source>Could not start decompression.</source>
        <translation>Die Dekomprimierung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The compressed badge data is corrupt.</source>
        <translation>Die komprimierten Abzeichendaten sind beschädigt.</translation>
    </message>
    <message>
        <source>The compressed badge data expands beyond %1 bytes.</source>
        <translation>Die komprimierten Abzeichendaten sind entpackt größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The compressed badge data is truncated.</source>
        <translation>Die komprimierten Abzeichendaten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The badge chunk uses an unknown compression method.</source>
        <translation>Der Abzeichen-Block verwendet eine unbekannte Komprimierungsmethode.</translation>
    </message>
    <message>
        <source>The badge chunk is truncated.</source>
        <translation>Der Abzeichen-Block ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>Die Datei ist kein PNG-Bild.</translation>
    </message>
    <message>
        <source>The PNG image has more than %1 chunks.</source>
        <translation>Das PNG-Bild hat mehr als %1 Blöcke.</translation>
    </message>
    <message>
        <source>The PNG chunk "%1" fails its CRC check: the image is damaged or was altered after baking.</source>
        <translation>Der PNG-Block „%1“ besteht die CRC-Prüfung nicht: Das Bild ist beschädigt oder wurde nach dem Einbetten verändert.</translation>
    </message>
    <message>
        <source>The PNG image holds more than one Open Badges chunk, so which badge it carries is ambiguous; it was refused.</source>
        <translation>Das PNG-Bild enthält mehr als einen Open-Badges-Block, daher ist unklar, welches Abzeichen es trägt; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The image holds no Open Badges data.</source>
        <translation>Das Bild enthält keine Open-Badges-Daten.</translation>
    </message>
    <message>
        <source>The SVG image declares entities or an internal DTD subset, which is not allowed.</source>
        <translation>Das SVG-Bild deklariert Entitäten oder eine interne DTD-Teilmenge, was nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The SVG image contains entity references, which are not allowed.</source>
        <translation>Das SVG-Bild enthält Entitätsreferenzen, die nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>The SVG image holds more than one Open Badges element, so which badge it carries is ambiguous; it was refused.</source>
        <translation>Das SVG-Bild enthält mehr als ein Open-Badges-Element, daher ist unklar, welches Abzeichen es trägt; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The SVG badge element is empty.</source>
        <translation>Das SVG-Abzeichenelement ist leer.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>Das SVG-Bild ist kein wohlgeformtes XML: %1 (Zeile %2).</translation>
    </message>
</context>
<context>
    <name>Satchel::Baker</name>
    <message>
        <source>Unknown baking keyword %1.</source>
        <translation>Unbekanntes Einbettungs-Schlüsselwort %1.</translation>
    </message>
    <message>
        <source>The image is not a PNG file.</source>
        <translation>Das Bild ist keine PNG-Datei.</translation>
    </message>
    <message>
        <source>The PNG image has no IEND chunk.</source>
        <translation>Das PNG-Bild hat keinen IEND-Block.</translation>
    </message>
    <message>
        <source>SVG images that declare entities are not supported.</source>
        <translation>SVG-Bilder, die Entitäten deklarieren, werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The image is not an SVG document.</source>
        <translation>Das Bild ist kein SVG-Dokument.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>Das SVG-Bild ist kein wohlgeformtes XML: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>The SVG image has no content element to bake into.</source>
        <translation>Das SVG-Bild hat kein Inhaltselement, in das eingebettet werden kann.</translation>
    </message>
    <message>
        <source>The SVG image declares the openbadges prefix in an unexpected way.</source>
        <translation>Das SVG-Bild deklariert das Präfix openbadges auf unerwartete Weise.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base58</name>
    <message>
        <source>The base58 text is too long.</source>
        <translation>Der base58-Text ist zu lang.</translation>
    </message>
    <message>
        <source>Invalid character in base58 text.</source>
        <translation>Ungültiges Zeichen im base58-Text.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base64Url</name>
    <message>
        <source>Invalid padding in base64url text.</source>
        <translation>Ungültige Auffüllung im base64url-Text.</translation>
    </message>
    <message>
        <source>Invalid length for base64url text.</source>
        <translation>Ungültige Länge für base64url-Text.</translation>
    </message>
    <message>
        <source>Invalid character in base64url text.</source>
        <translation>Ungültiges Zeichen im base64url-Text.</translation>
    </message>
    <message>
        <source>Non-canonical base64url text (trailing bits set).</source>
        <translation>Nicht kanonischer base64url-Text (gesetzte Endbits).</translation>
    </message>
</context>
<context>
    <name>Satchel::BundledContextLoader</name>
    <message>
        <source>The JSON-LD context %1 is not bundled with Satchel; it is never fetched.</source>
        <translation>Der JSON-LD-Kontext %1 ist nicht in Satchel enthalten; er wird nie heruntergeladen.</translation>
    </message>
    <message>
        <source>Cannot read the bundled context %1.</source>
        <translation>Der mitgelieferte Kontext %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::BusyPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>Satchel::CborReader</name>
    <message numerus="yes">
        <source>The CBOR value is followed by %n extra byte(s).</source>
        <translation>
            <numerusform>Auf den CBOR-Wert folgt %n überzähliges Byte.</numerusform>
            <numerusform>Auf den CBOR-Wert folgen %n überzählige Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indefinite or reserved CBOR lengths are not supported.</source>
        <translation>Unbestimmte oder reservierte CBOR-Längen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The CBOR value is truncated.</source>
        <translation>Der CBOR-Wert ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The CBOR value is nested too deeply.</source>
        <translation>Der CBOR-Wert ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The CBOR value has too many items.</source>
        <translation>Der CBOR-Wert hat zu viele Elemente.</translation>
    </message>
    <message>
        <source>CBOR floats and simple values are not supported.</source>
        <translation>CBOR-Gleitkommazahlen und einfache Werte werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unsupported CBOR item.</source>
        <translation>Nicht unterstütztes CBOR-Element.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchDialog</name>
    <message>
        <source>Export certificates</source>
        <translation>Zertifikate exportieren</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>One PDF per credential</source>
        <translation>Ein PDF pro Nachweis</translation>
    </message>
    <message>
        <source>One transcript of them all</source>
        <translation>Eine Leistungsübersicht für alle</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Erstellen:</translation>
    </message>
    <message>
        <source>e.g. Data Analytics pathway</source>
        <translation>z. B. Lernpfad Datenanalyse</translation>
    </message>
    <message>
        <source>Transcript &amp;title:</source>
        <translation>&amp;Titel der Übersicht:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>One transcript listing %n credential(s), each attached to the PDF.</source>
        <translation>
            <numerusform>Eine Leistungsübersicht mit %n Nachweis, der dem PDF angehängt ist.</numerusform>
            <numerusform>Eine Leistungsübersicht mit %n Nachweisen, die jeweils dem PDF angehängt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be written, one PDF file per credential.</source>
        <translation>
            <numerusform>%n Zertifikat wird geschrieben, eine PDF-Datei pro Nachweis.</numerusform>
            <numerusform>%n Zertifikate werden geschrieben, eine PDF-Datei pro Nachweis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates to</source>
        <translation>Zertifikate exportieren nach</translation>
    </message>
    <message>
        <source>Choose a folder that can be written to.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Nach %n Datei abgebrochen.</numerusform>
            <numerusform>Nach %n Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF-Datei in %1 geschrieben.</numerusform>
            <numerusform>%n PDF-Dateien in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n konnte nicht geschrieben werden:</numerusform>
            <numerusform>%n konnten nicht geschrieben werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchExporter</name>
    <message>
        <source>Credential %1: %2</source>
        <translation>Nachweis %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateChain</name>
    <message>
        <source>A certificate chain must hold between 1 and %1 certificates.</source>
        <translation>Eine Zertifikatskette muss zwischen 1 und %1 Zertifikate enthalten.</translation>
    </message>
    <message>
        <source>A certificate in the chain cannot be read.</source>
        <translation>Ein Zertifikat der Kette kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The trusted certificates could not be read.</source>
        <translation>Die vertrauenswürdigen Zertifikate konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificates could not be checked.</source>
        <translation>Die Zertifikate konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateOptionsForm</name>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Modern</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Used when a credential does not name you</source>
        <translation>Wird verwendet, wenn ein Nachweis Sie nicht namentlich nennt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificatePreviewDialog</name>
    <message>
        <source>Print certificate</source>
        <translation>Zertifikat drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation>Zertifikat wird vorbereitet…</translation>
    </message>
    <message>
        <source>The credential does not name you: type your name under Your name to print it on the certificate.</source>
        <translation>Der Nachweis nennt Sie nicht namentlich: Geben Sie Ihren Namen unter „Ihr Name“ ein, um ihn auf das Zertifikat zu drucken.</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>Das Zertifikat konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Zertifikatvorschau</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateRenderer</name>
    <message>
        <source>Printing the certificate took too long.</source>
        <translation>Das Drucken des Zertifikats hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>A certificate is already being printed.</source>
        <translation>Es wird bereits ein Zertifikat gedruckt.</translation>
    </message>
    <message>
        <source>The certificate page is too large to print.</source>
        <translation>Die Zertifikatseite ist zu groß zum Drucken.</translation>
    </message>
    <message>
        <source>The certificate page could not be laid out.</source>
        <translation>Das Layout der Zertifikatseite konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>QtWebEngine could not print the certificate.</source>
        <translation>QtWebEngine konnte das Zertifikat nicht drucken.</translation>
    </message>
    <message>
        <source>Printing certificates needs a graphical application object.</source>
        <translation>Zum Drucken von Zertifikaten wird ein grafisches Anwendungsobjekt benötigt.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateWriter</name>
    <message>
        <source>Not verified by the wallet when printed on %1</source>
        <translation>Beim Drucken am %1 nicht von der Wallet geprüft</translation>
    </message>
    <message>
        <source>Valid, but not issued to the holder of this wallet (checked on %1, printed on %2)</source>
        <translation>Gültig, aber nicht für den Inhaber dieser Wallet ausgestellt (geprüft am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Verified as valid on %1 (printed on %2)</source>
        <translation>Am %1 als gültig geprüft (gedruckt am %2)</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1, printed on %2)</source>
        <translation>Vom Aussteller widerrufen (geprüft am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Expired (checked on %1, printed on %2)</source>
        <translation>Abgelaufen (geprüft am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1, printed on %2)</source>
        <translation>Prüfung fehlgeschlagen (geprüft am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1, printed on %2)</source>
        <translation>Noch nicht gültig (geprüft am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1, printed on %2)</source>
        <translation>Konnte nicht vollständig geprüft werden (am %1, gedruckt am %2)</translation>
    </message>
    <message>
        <source>Unknown certificate design: %1 (use classic, modern or compact)</source>
        <translation>Unbekanntes Zertifikatdesign: %1 (verwenden Sie classic, modern oder compact)</translation>
    </message>
    <message>
        <source>Unknown paper size: %1 (use a4 or letter)</source>
        <translation>Unbekanntes Papierformat: %1 (verwenden Sie a4 oder letter)</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2</source>
        <translation>Zertifikat für %1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>The original credential, to verify this certificate</source>
        <translation>Der Originalnachweis, um dieses Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, trust line</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The certificate template %1 is missing.</source>
        <translation>Die Zertifikatvorlage %1 fehlt.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt am %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <translation>%1 Leistungspunkte erworben</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Leistungspunkte</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Certificate of Achievement</source>
        <translation>Leistungszertifikat</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Hiermit wird bescheinigt, dass</translation>
    </message>
    <message>
        <source>The holder of this credential</source>
        <translation>der Inhaber dieses Nachweises</translation>
    </message>
    <message>
        <source>has earned</source>
        <translation>Folgendes erworben hat</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Unbenannte Leistung</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>an issuer whose profile the wallet has not fetched</source>
        <translation>einem Aussteller, dessen Profil die Wallet nicht abgerufen hat</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Leistungspunkte</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Scan for the credential id; the original credential is attached to this PDF.</source>
        <translation>Scannen Sie den Code für die ID des Nachweises; der Originalnachweis ist diesem PDF angehängt.</translation>
    </message>
    <message>
        <source>Scan to verify online; the original credential is attached to this PDF.</source>
        <translation>Scannen Sie den Code, um online zu prüfen; der Originalnachweis ist diesem PDF angehängt.</translation>
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
        <translation>Schema</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis-Signatur</translation>
    </message>
    <message>
        <source>Proof method</source>
        <translation>Signaturverfahren</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Issuer's key</source>
        <translation>Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>Key owner</source>
        <translation>Schlüsselinhaber</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Inhalt</translation>
    </message>
    <message>
        <source>Signed fields</source>
        <translation>Signierte Felder</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Widerrufsliste</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>Ende der Gültigkeit</translation>
    </message>
    <message>
        <source>Start of validity</source>
        <translation>Beginn der Gültigkeit</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Issuer's copy</source>
        <translation>Kopie des Ausstellers</translation>
    </message>
    <message>
        <source>Included credentials</source>
        <translation>Enthaltene Nachweise</translation>
    </message>
    <message>
        <source>Readable: it holds what its standard requires.</source>
        <translation>Lesbar: Er enthält, was sein Standard verlangt.</translation>
    </message>
    <message>
        <source>Cannot be read as its standard requires.</source>
        <translation>Kann nicht so gelesen werden, wie sein Standard es verlangt.</translation>
    </message>
    <message>
        <source>Follows the published schema of its standard.</source>
        <translation>Entspricht dem veröffentlichten Schema seines Standards.</translation>
    </message>
    <message>
        <source>Departs from the published schema of its standard (this alone does not make it invalid).</source>
        <translation>Weicht vom veröffentlichten Schema seines Standards ab (das allein macht ihn nicht ungültig).</translation>
    </message>
    <message>
        <source>Names no schema to compare it with.</source>
        <translation>Nennt kein Schema, mit dem er verglichen werden kann.</translation>
    </message>
    <message>
        <source>Carries a proof that anyone can check.</source>
        <translation>Trägt eine Nachweis-Signatur, die jeder prüfen kann.</translation>
    </message>
    <message>
        <source>Carries no proof: nothing shows that the issuer made it.</source>
        <translation>Trägt keine Nachweis-Signatur: Nichts belegt, dass der Aussteller ihn erstellt hat.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel can check.</source>
        <translation>Mit einem Verfahren signiert, das Satchel prüfen kann.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel cannot check, so it cannot be confirmed.</source>
        <translation>Mit einem Verfahren signiert, das Satchel nicht prüfen kann; er kann daher nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Signed with a safe algorithm.</source>
        <translation>Mit einem sicheren Algorithmus signiert.</translation>
    </message>
    <message>
        <source>Not signed: it declares the algorithm "none".</source>
        <translation>Nicht signiert: Er deklariert den Algorithmus „none“.</translation>
    </message>
    <message>
        <source>Unchanged since the issuer signed it: the signature matches.</source>
        <translation>Unverändert, seit der Aussteller ihn signiert hat: Die Signatur stimmt überein.</translation>
    </message>
    <message>
        <source>Changed since the issuer signed it: the signature does not match.</source>
        <translation>Verändert, seit der Aussteller ihn signiert hat: Die Signatur stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Not known whether it changed since the issuer signed it: the signature could not be checked.</source>
        <translation>Unbekannt, ob er seit der Signatur durch den Aussteller verändert wurde: Die Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>Der Schlüssel des Ausstellers wurde dort gefunden, wo der Aussteller ihn veröffentlicht.</translation>
    </message>
    <message>
        <source>The key meant to check the signature cannot be used.</source>
        <translation>Der Schlüssel zum Prüfen der Signatur kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The signing key came with the credential itself; the issuer has not confirmed it.</source>
        <translation>Der Signaturschlüssel wurde mit dem Nachweis selbst geliefert; der Aussteller hat ihn nicht bestätigt.</translation>
    </message>
    <message>
        <source>The issuer's key could not be fetched, so the signature was not checked.</source>
        <translation>Der Schlüssel des Ausstellers konnte nicht abgerufen werden, daher wurde die Signatur nicht geprüft.</translation>
    </message>
    <message>
        <source>Signed with a key that belongs to the issuer named in it.</source>
        <translation>Mit einem Schlüssel signiert, der dem darin genannten Aussteller gehört.</translation>
    </message>
    <message>
        <source>Signed with a key that does not belong to the issuer named in it.</source>
        <translation>Mit einem Schlüssel signiert, der nicht dem darin genannten Aussteller gehört.</translation>
    </message>
    <message>
        <source>Not confirmed that the signing key belongs to the issuer.</source>
        <translation>Nicht bestätigt, dass der Signaturschlüssel dem Aussteller gehört.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it agree.</source>
        <translation>Das signierte Token und der darin enthaltene Nachweis stimmen überein.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it disagree.</source>
        <translation>Das signierte Token und der darin enthaltene Nachweis stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Every field is covered by the signature.</source>
        <translation>Jedes Feld ist durch die Signatur abgedeckt.</translation>
    </message>
    <message>
        <source>Holds fields the signature does not cover.</source>
        <translation>Enthält Felder, die die Signatur nicht abdeckt.</translation>
    </message>
    <message>
        <source>The issuer's status list shows it still in force.</source>
        <translation>Laut der Statusliste des Ausstellers ist er weiterhin in Kraft.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn it.</source>
        <translation>Widerrufen: Der Aussteller hat ihn zurückgezogen.</translation>
    </message>
    <message>
        <source>Its status entry does not affect whether it is valid.</source>
        <translation>Sein Statuseintrag hat keinen Einfluss auf seine Gültigkeit.</translation>
    </message>
    <message>
        <source>The issuer's revocation list could not be read; it was not counted against the credential.</source>
        <translation>Die Widerrufsliste des Ausstellers konnte nicht gelesen werden; dies wurde nicht gegen den Nachweis gewertet.</translation>
    </message>
    <message>
        <source>Not known whether the issuer has revoked it: the revocation list could not be read.</source>
        <translation>Unbekannt, ob der Aussteller ihn widerrufen hat: Die Widerrufsliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>Innerhalb seines Gültigkeitszeitraums.</translation>
    </message>
    <message>
        <source>Expired: its validity period has ended.</source>
        <translation>Abgelaufen: Sein Gültigkeitszeitraum ist beendet.</translation>
    </message>
    <message>
        <source>Its validity period has begun.</source>
        <translation>Sein Gültigkeitszeitraum hat begonnen.</translation>
    </message>
    <message>
        <source>Not valid yet: its validity period has not begun.</source>
        <translation>Noch nicht gültig: Sein Gültigkeitszeitraum hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>It names one of your identities.</source>
        <translation>Er nennt eine Ihrer Identitäten.</translation>
    </message>
    <message>
        <source>Not to you: it names none of your identities, so it was issued to someone else.</source>
        <translation>Nicht für Sie: Er nennt keine Ihrer Identitäten und wurde daher für jemand anderen ausgestellt.</translation>
    </message>
    <message>
        <source>Not compared with your identities.</source>
        <translation>Nicht mit Ihren Identitäten verglichen.</translation>
    </message>
    <message>
        <source>Matches the copy on the issuer's site.</source>
        <translation>Stimmt mit der Kopie auf der Website des Ausstellers überein.</translation>
    </message>
    <message>
        <source>Differs from the copy on the issuer's site.</source>
        <translation>Weicht von der Kopie auf der Website des Ausstellers ab.</translation>
    </message>
    <message>
        <source>Not compared with the issuer's copy: the issuer's site could not be reached.</source>
        <translation>Nicht mit der Kopie des Ausstellers verglichen: Die Website des Ausstellers war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Every credential inside this record checks out.</source>
        <translation>Jeder Nachweis in diesem Datensatz ist in Ordnung.</translation>
    </message>
    <message>
        <source>A credential inside this record is not valid.</source>
        <translation>Ein Nachweis in diesem Datensatz ist ungültig.</translation>
    </message>
    <message>
        <source>A credential inside this record has lapsed.</source>
        <translation>Ein Nachweis in diesem Datensatz ist nicht mehr in Kraft.</translation>
    </message>
    <message>
        <source>Not every credential inside this record could be checked.</source>
        <translation>Nicht jeder Nachweis in diesem Datensatz konnte geprüft werden.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Bestanden.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Nicht bestanden.</translation>
    </message>
    <message>
        <source>Passed with a warning.</source>
        <translation>Bestanden mit Warnung.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>Nicht erforderlich.</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>Konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Try again later with Verify now, once you are online or the issuer's site is back.</source>
        <translation>Versuchen Sie es später mit „Jetzt prüfen“ erneut, sobald Sie online sind oder die Website des Ausstellers wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>If it is yours under another address, add that address in Settings and verify again.</source>
        <translation>Falls er Ihnen unter einer anderen Adresse gehört, fügen Sie diese Adresse in den Einstellungen hinzu und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Ask the issuer why if you think this is a mistake.</source>
        <translation>Fragen Sie den Aussteller nach dem Grund, wenn Sie dies für einen Fehler halten.</translation>
    </message>
    <message>
        <source>Ask the issuer whether it can be renewed.</source>
        <translation>Fragen Sie den Aussteller, ob er erneuert werden kann.</translation>
    </message>
    <message>
        <source>Ask the issuer for a new copy and import it again.</source>
        <translation>Bitten Sie den Aussteller um eine neue Kopie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Every claim it discloses is one the issuer signed.</source>
        <translation>Jede Angabe, die er offenlegt, hat der Aussteller signiert.</translation>
    </message>
    <message>
        <source>Discloses a claim the issuer did not sign, or discloses one twice.</source>
        <translation>Legt eine Angabe offen, die der Aussteller nicht signiert hat, oder legt eine Angabe doppelt offen.</translation>
    </message>
    <message>
        <source>Presented by the holder of the key the issuer bound it to.</source>
        <translation>Vorgelegt vom Inhaber des Schlüssels, an den der Aussteller ihn gebunden hat.</translation>
    </message>
    <message>
        <source>The holder's proof does not match the key the issuer bound it to.</source>
        <translation>Die Signatur des Inhabers passt nicht zu dem Schlüssel, an den der Aussteller ihn gebunden hat.</translation>
    </message>
    <message>
        <source>Bound to its holder's key; a proof of holding it is made when it is presented.</source>
        <translation>An den Schlüssel seines Inhabers gebunden; der Besitz wird beim Vorlegen nachgewiesen.</translation>
    </message>
    <message>
        <source>Names a revocation list of a kind Satchel cannot read yet; it was not checked.</source>
        <translation>Nennt eine Widerrufsliste einer Art, die Satchel noch nicht lesen kann; sie wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Disclosed claims</source>
        <translation>Offengelegte Angaben</translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation>Inhaberbindung</translation>
    </message>
    <message>
        <source>The issuer's status list cannot be used, so whether it was revoked cannot be told.</source>
        <translation>Die Statusliste des Ausstellers ist nicht verwendbar; ob er widerrufen wurde, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>The status list it names is not signed by its issuer.</source>
        <translation>Die Statusliste, die er nennt, ist nicht von seinem Aussteller signiert.</translation>
    </message>
    <message>
        <source>Its place in the issuer's status list is missing or outside the list.</source>
        <translation>Seine Position in der Statusliste des Ausstellers fehlt oder liegt außerhalb der Liste.</translation>
    </message>
    <message>
        <source>The issuer's status list gives it a status Satchel does not know.</source>
        <translation>Die Statusliste des Ausstellers gibt ihm einen Status, den Satchel nicht kennt.</translation>
    </message>
    <message>
        <source>Place in the revocation list</source>
        <translation>Position in der Widerrufsliste</translation>
    </message>
</context>
<context>
    <name>Satchel::ClearButtonName</name>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::BackupCommand</name>
    <message>
        <source>Back up the whole wallet to an encrypted file, or restore one.</source>
        <translation>Die gesamte Wallet in eine verschlüsselte Datei sichern oder eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase (AES-256-GCM, key from scrypt).
  backup create --out FILE [--passphrase-file F]   write the wallet to FILE
  backup restore FILE [--passphrase-file F]        restore FILE into the wallet; credentials
                                                   it already holds are reported as duplicates
The passphrase is read from the first line of --passphrase-file, or asked on the terminal
(twice when creating). It is never taken from the command line.</source>
        <translation>Sicherungen werden mit einer Passphrase verschlüsselt (AES-256-GCM, Schlüssel aus scrypt).
  backup create --out DATEI [--passphrase-file F]  schreibt die Wallet in DATEI
  backup restore DATEI [--passphrase-file F]       stellt DATEI in der Wallet wieder her; bereits
                                                   vorhandene Nachweise werden als Duplikate gemeldet
Die Passphrase wird aus der ersten Zeile von --passphrase-file gelesen oder im Terminal abgefragt
(beim Erstellen zweimal). Sie wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Usage: backup create --out FILE [--passphrase-file F] | backup restore FILE [--passphrase-file F]</source>
        <translation>Aufruf: backup create --out DATEI [--passphrase-file F] | backup restore DATEI [--passphrase-file F]</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung in %1 geschrieben</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported</source>
        <translation>
            <numerusform>%n Nachweis importiert</numerusform>
            <numerusform>%n Nachweise importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) already in the wallet, kept as they were</source>
        <translation>
            <numerusform>%n Duplikat bereits in der Wallet, unverändert beibehalten</numerusform>
            <numerusform>%n Duplikate bereits in der Wallet, unverändert beibehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) held with other content, both kept as versions</source>
        <translation>
            <numerusform>%n Nachweis mit anderem Inhalt vorhanden, beide als Versionen behalten</numerusform>
            <numerusform>%n Nachweise mit anderem Inhalt vorhanden, jeweils beide als Versionen behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CanonCommand</name>
    <message>
        <source>Print the canonical N-Quads (RDFC-1.0) of a JSON-LD or N-Quads file.</source>
        <translation>Die kanonischen N-Quads (RDFC-1.0) einer JSON-LD- oder N-Quads-Datei ausgeben.</translation>
    </message>
    <message>
        <source>Canonicalizes FILE with RDFC-1.0 and prints the canonical N-Quads.
FILE is a JSON-LD document (only the contexts bundled with Satchel are used; nothing is
fetched) or an N-Quads file (.nq). JSON-LD safe mode is on: a document that uses undefined
terms or relative IRIs is an error (code data-loss), as Data Integrity requires.
  --hash    print the SHA-256 of the canonical N-Quads in hex instead
  --unsafe  drop undefined terms silently instead of failing (diagnostics only)
With --json: {file, sha256, quads, nquads} or {file, error: {code, message}}.</source>
        <translation>Kanonisiert DATEI mit RDFC-1.0 und gibt die kanonischen N-Quads aus.
DATEI ist ein JSON-LD-Dokument (nur die mit Satchel gelieferten Kontexte werden verwendet; nichts wird
heruntergeladen) oder eine N-Quads-Datei (.nq). Der sichere JSON-LD-Modus ist aktiv: Ein Dokument, das
undefinierte Begriffe oder relative IRIs verwendet, ist ein Fehler (Code data-loss), wie Data Integrity es verlangt.
  --hash    gibt stattdessen den SHA-256 der kanonischen N-Quads hexadezimal aus
  --unsafe  verwirft undefinierte Begriffe stillschweigend, statt abzubrechen (nur zur Diagnose)
Mit --json: {file, sha256, quads, nquads} oder {file, error: {code, message}}.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>canon: %1: %2 (%3)</source>
        <translation>canon: %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliCommand</name>
    <message>
        <source>Usage: satchel-cli %1</source>
        <translation>Aufruf: satchel-cli %1</translation>
    </message>
    <message>
        <source>Not a credential id: %1 (see 'list')</source>
        <translation>Keine Nachweis-ID: %1 (siehe „list“)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliContext</name>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation>Kein Datum mit Uhrzeit nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>Kein Nachweis %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CollectionCommand</name>
    <message>
        <source>Put a credential in a collection, take it out, list them.</source>
        <translation>Einen Nachweis in eine Sammlung legen, herausnehmen, Sammlungen auflisten.</translation>
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
        <translation>Ihre Sammlungen (ID wie von „list“ ausgegeben), wie unter „Schlagwörter und Sammlungen“ im Fenster.
  collection add ID NAME      legt den Nachweis in die Sammlung NAME, die bei Bedarf angelegt wird
                              (Namen mit Leerzeichen in Anführungszeichen setzen; höchstens %1 Zeichen)
  collection remove ID NAME   nimmt ihn heraus (die Sammlung bleibt, der Nachweis bleibt in der Wallet)
  collection list [ID]        alle Sammlungen mit ihrer Größe oder nur die, die einen Nachweis enthalten
Namen werden exakt verglichen, sonst ohne Beachtung der Groß-/Kleinschreibung.
Mit --json: add und remove geben {"id": ID, "collections": [...]} aus (seine Sammlungen danach),
list ein Array aus {id, name, count}.
Rückgabewert: 0 erledigt; 1 kein solcher Nachweis bzw. keine solche Sammlung oder die Wallet hat abgelehnt; 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Usage: collection add ID NAME | collection remove ID NAME | collection list [ID]</source>
        <translation>Aufruf: collection add ID NAME | collection remove ID NAME | collection list [ID]</translation>
    </message>
    <message>
        <source>Several collections are called %1: rename one in the window first.</source>
        <translation>Mehrere Sammlungen heißen %1: Benennen Sie zuerst eine davon im Fenster um.</translation>
    </message>
    <message>
        <source>There is no collection %1 (see 'collection list').</source>
        <translation>Es gibt keine Sammlung %1 (siehe „collection list“).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credential(s))</source>
        <translation>
            <numerusform>%1 (%n Nachweis)</numerusform>
            <numerusform>%1 (%n Nachweise)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ConsentPrompt</name>
    <message>
        <source>y</source>
        <comment>the one-letter yes of a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the yes of a [y/N] question</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ExportCommand</name>
    <message>
        <source>Share links, a verification page, the original file, a baked badge or a QR code.</source>
        <translation>Freigabelinks, eine Prüfseite, die Originaldatei, ein eingebettetes Abzeichen oder ein QR-Code.</translation>
    </message>
    <message>
        <source>Unknown export: %1 (use links, page, raw, baked, qr or certificate)</source>
        <translation>Unbekannter Export: %1 (verwenden Sie links, page, raw, baked, qr oder certificate)</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE</source>
        <translation>export %1 benötigt --out DATEI</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>Nachweis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--scale needs a number from 1 to 64</source>
        <translation>--scale benötigt eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>export needs what to export and one credential id, e.g. 'export links 3'</source>
        <translation>export benötigt die Angabe, was exportiert werden soll, und eine Nachweis-ID, z. B. „export links 3“</translation>
    </message>
    <message>
        <source>export all needs --out FILE.zip</source>
        <translation>export all benötigt --out DATEI.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) written to %1</source>
        <translation>
            <numerusform>%n Nachweis in %1 geschrieben</numerusform>
            <numerusform>%n Nachweise in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>%1 geschrieben (%2 Byte)</translation>
    </message>
    <message>
        <source>Cannot bake credential %1: %2</source>
        <translation>Nachweis %1 kann nicht eingebettet werden: %2</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>Kein Nachweis %1: %2</translation>
    </message>
    <message>
        <source>The wallet has no %1 image of this badge; a plain badge image was used.</source>
        <translation>Die Wallet hat kein %1-Bild dieses Abzeichens; ein schlichtes Abzeichenbild wurde verwendet.</translation>
    </message>
    <message>
        <source>A QR code is a .png or .svg file: %1</source>
        <translation>Ein QR-Code ist eine .png- oder .svg-Datei: %1</translation>
    </message>
    <message>
        <source>The credential has neither a share link nor an id to put in a QR code.</source>
        <translation>Der Nachweis hat weder einen Freigabelink noch eine ID für einen QR-Code.</translation>
    </message>
    <message>
        <source>There is no share link; the QR code holds the credential's id.</source>
        <translation>Es gibt keinen Freigabelink; der QR-Code enthält die ID des Nachweises.</translation>
    </message>
    <message>
        <source>The credential names no learner; use --name to print yours on the certificate.</source>
        <translation>Der Nachweis nennt keinen Lernenden; verwenden Sie --name, um Ihren Namen auf das Zertifikat zu drucken.</translation>
    </message>
    <message>
        <source>PDF certificates need satchel-print-helper, which is not installed beside satchel-cli.</source>
        <translation>PDF-Zertifikate benötigen satchel-print-helper, das nicht neben satchel-cli installiert ist.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The certificate could not be printed: %1</source>
        <translation>Das Zertifikat konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Share link: %1</source>
        <translation>Freigabelink: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>LinkedIn certification fields (to copy by hand):</source>
        <translation>LinkedIn-Zertifizierungsfelder (von Hand zu kopieren):</translation>
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
        <translation>Exportiert einen Nachweis (ID wie von „list“ ausgegeben):
  export links ID [--json]             alle Freigabelinks (LinkedIn, X, Facebook, Mastodon,
                                       Bluesky, E-Mail), die LinkedIn-Felder und die Warnungen
  export page ID [--out DATEI.html]    die eigenständige Prüfseite, beliebig zu hosten
  export raw ID --out DATEI            den Nachweis genau wie empfangen („-“ für stdout)
  export baked ID --out DATEI.png|.svg das Abzeichenbild mit eingebettetem Nachweis
  export qr ID --out DATEI.png|.svg    einen QR-Code des Freigabelinks
  export certificate ID --out DATEI.pdf [--template classic|modern|compact]
         [--paper a4|letter] [--landscape] [--name NAME]
                                       ein druckbares Zertifikat mit angehängtem Nachweis
  export all --out DATEI.zip           alle Nachweise als einfache Dateien: originals/ (wie empfangen)
                                       und badges/ (Bilder mit eingebettetem Nachweis); Zertifikate gibt es
                                       in der grafischen Oberfläche über Datei → Exportieren → Alles als ZIP
  export ics [ID...] --out DATEI.ics   die Ablaufdaten der Nachweise (ohne ID alle, die eines haben)
                                       als Kalendertermine, mit dem Link zum Erneuern und einer
                                       Erinnerung zu Beginn der Vorwarnzeit

Der Freigabelink ist die eigene öffentliche Adresse des Nachweises, sonst Ihre Prüfdienst-Seite, sonst
die Adresse, unter der Sie die Prüfseite hochladen werden. Optionen (mit --save-settings in der
Wallet gespeichert):
  --verifier VORLAGE    Prüfdienst-URL mit {url} (gehostete Nachweisdatei) oder {id},
                        z. B. https://verifierplus.org/?url={url}
  --page-base URL       wohin Sie exportierte Seiten und Dateien hochladen
  --mastodon HOST       Ihr Mastodon-Server, z. B. mastodon.social
  --linkedin-org ID     die LinkedIn-Organisations-ID des Ausstellers
QR-Optionen: --ec L|M|Q|H (Standard M), --scale N Pixel pro Modul (Standard 8).

Rückgabewert: 0 bei Erfolg, 1 wenn der Nachweis oder eine Datei nicht verwendet werden konnte, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>export ics needs --out FILE.ics</source>
        <translation>export ics benötigt --out DATEI.ics</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::HolderIdentityActions</name>
    <message>
        <source>Usage: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Aufruf: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID BEZEICHNUNG | identity retire-key DID</translation>
    </message>
    <message>
        <source>Unknown key type %1 (use ed25519 or p256)</source>
        <translation>Unbekannter Schlüsseltyp %1 (verwenden Sie ed25519 oder p256)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::IdentityCommand</name>
    <message>
        <source>Manage your identities (e-mail, URL, phone, DID).</source>
        <translation>Ihre Identitäten verwalten (E-Mail, URL, Telefon, DID).</translation>
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
        <translation>Mit Ihren Identitäten kann Satchel prüfen, ob ein Nachweis für Sie ausgestellt wurde.
  identity add [--type email|url|telephone|did] WERT    (Typ wird erraten, wenn weggelassen)
  identity list                                          (--json: [{type, value}], und Ihre Schlüssel
                                                          als {type: holder, did, label, keyType,
                                                          storage, default, createdAt})
  identity remove WERT
Ihre Schlüssel (Inhaber-Identitäten) binden Nachweise, die Aussteller Ihnen senden, an Sie:
  identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]
                                   (im Schlüsselbund gespeichert, sonst mit der Passphrase versiegelt)
  identity rename-key DID BEZEICHNUNG
  identity retire-key DID</translation>
    </message>
    <message>
        <source>Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE | identity add-key | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Aufruf: identity add [--type TYP] WERT | identity list | identity remove WERT | identity add-key | identity rename-key DID BEZEICHNUNG | identity retire-key DID</translation>
    </message>
    <message>
        <source>Unknown identity type %1 (use email, url, telephone or did)</source>
        <translation>Unbekannter Identitätstyp %1 (verwenden Sie email, url, telephone oder did)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ImportCommand</name>
    <message>
        <source>Import credentials from files, folders, .zip archives or URLs.</source>
        <translation>Nachweise aus Dateien, Ordnern, .zip-Archiven oder URLs importieren.</translation>
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
        <translation>Importiert jeden in den Eingaben gefundenen Nachweis in die Wallet.
Eine Eingabe ist eine Datei (.json, .jsonld, .jws, .jwt, .txt, eingebettetes .png oder .svg), ein Ordner
(rekursiv durchsucht), ein .zip-Archiv, eine http(s)-URL oder „-“ für Text auf stdin.
Gibt eine Zeile pro Nachweis aus: imported|duplicate|version|failed, die Eingabe und den
Namen des Nachweises oder den Grund des Fehlschlags. „version“: Die Wallet enthält diesen
Nachweis (gleicher Aussteller und gleiche ID) bereits mit anderem Inhalt; beide werden behalten, und
`verify` zeigt den, dessen Prüfung gelingt.

Optionen:
  --offline   lädt nichts herunter; verknüpfte Dokumente, die nicht zwischengespeichert sind, werden gemeldet
  --json      gibt den Bericht als JSON-Array aus

Rückgabewert: 0, wenn jede Eingabe importiert wurde oder bereits vorhanden war, 1, wenn eine fehlschlug.</translation>
    </message>
    <message>
        <source>import needs at least one input (file, folder, archive, URL or -)</source>
        <translation>import benötigt mindestens eine Eingabe (Datei, Ordner, Archiv, URL oder -)</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(Name unbekannt)</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (ausgestellt von %2)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ListCommand</name>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation>Die Nachweise in der Wallet auflisten.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.
With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring DAYS   only the credentials whose expiry date is within DAYS days of now
                    (--now when given), and those already expired, soonest first:
                    id, expiry date, "expiring" or "expired", name and issuer. With --json
                    each object also has validUntil and expiry ("expiring" or "expired").</source>
        <translation>Listet die Nachweise in der Wallet auf, neueste zuerst: ID, Ausstellungsdatum, Format, Name und Aussteller.
Mit --json: ein Array aus {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring TAGE   nur die Nachweise, deren Ablaufdatum höchstens TAGE Tage in der Zukunft liegt
                    (gerechnet ab --now, falls angegeben), sowie bereits abgelaufene, die frühesten
                    zuerst: ID, Ablaufdatum, „läuft ab“ oder „abgelaufen“, Name und Aussteller. Mit
                    --json hat jedes Objekt zusätzlich validUntil und expiry ("expiring" oder "expired").</translation>
    </message>
    <message>
        <source>--expiring needs a number of days from 0 to 36500</source>
        <translation>--expiring benötigt eine Anzahl Tage von 0 bis 36500</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
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
        <translation>Aufruf: satchel-cli [--wallet PFAD] [--json] [--offline] [--now ISO] BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run 'satchel-cli COMMAND --help' for the options of one command.</source>
        <translation>Führen Sie „satchel-cli BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Run 'satchel-cli %1 --help' for its options.</source>
        <translation>Führen Sie „satchel-cli %1 --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] %1</source>
        <translation>Aufruf: satchel-cli [--wallet PFAD] [--json] %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::OrganizeArguments</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file when the input is not a terminal.</source>
        <translation>Keine Passphrase: Verwenden Sie --passphrase-file, wenn die Eingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file.</source>
        <translation>Keine Passphrase: Verwenden Sie --passphrase-file.</translation>
    </message>
    <message>
        <source>There is no keychain here: your new key will be sealed in the wallet under a passphrase.</source>
        <translation>Hier gibt es keinen Schlüsselbund: Ihr neuer Schlüssel wird in der Wallet mit einer Passphrase versiegelt.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PathwaysCommand</name>
    <message>
        <source>Import stackable pathways and see progress on them.</source>
        <translation>Stapelbare Lernpfade importieren und den Fortschritt darin verfolgen.</translation>
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
        <translation>pathways import DATEI|URL...  importiert Lernpfad-Definitionen (Dateien oder http/https-Adressen): Satchels
                              Format ("satchelPathway": 1), einen Badgr/Canvas-Lernpfad oder die
                              Verknüpfungen eines CLR-2.0-Nachweises
pathways import --credential ID   importiert die Verknüpfungen eines in der Wallet gespeicherten CLR
pathways list                 alle Lernpfade mit ihrem Fortschritt
pathways show ID              den ausgewerteten Anforderungsbaum eines Lernpfads
pathways remove ID            löscht einen Lernpfad (nicht die Nachweise)
Mit --json: list liefert [{id, name, percent, satisfied, missing, next}], show den Baum,
import [{file, ok, id, name, source, error}]. Der Fortschritt wird zum Zeitpunkt --now bewertet, falls angegeben.</translation>
    </message>
    <message>
        <source>pathways import needs a file, a URL or --credential ID</source>
        <translation>pathways import benötigt eine Datei, eine URL oder --credential ID</translation>
    </message>
    <message>
        <source>pathways list takes no arguments</source>
        <translation>pathways list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>pathways %1 needs one pathway id</source>
        <translation>pathways %1 benötigt eine Lernpfad-ID</translation>
    </message>
    <message>
        <source>Unknown pathways action: %1</source>
        <translation>Unbekannte pathways-Aktion: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported pathway %1 (%2)</source>
        <translation>Lernpfad %1 importiert (%2)</translation>
    </message>
    <message>
        <source>Not a wallet credential id: %1</source>
        <translation>Keine Nachweis-ID der Wallet: %1</translation>
    </message>
    <message>
        <source>Credential %1 is not a CLR</source>
        <translation>Nachweis %1 ist kein CLR</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 von %2 Leistungspunkten</translation>
    </message>
    <message>
        <source>counts: %1 [%2]</source>
        <translation>zählt: %1 [%2]</translation>
    </message>
    <message>
        <source>does not count: %1 [%2]: %3</source>
        <translation>zählt nicht: %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Removed pathway %1</source>
        <translation>Lernpfad %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PresentCommand</name>
    <message>
        <source>Present credentials to a verifier that asks for them (OpenID4VP).</source>
        <translation>Nachweise einem Prüfer vorlegen, der sie anfordert (OpenID4VP).</translation>
    </message>
    <message>
        <source>To receive it: satchel-cli receive URL</source>
        <translation>Zum Empfangen: satchel-cli receive URL</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>signed with a certificate for %1</source>
        <translation>signiert mit einem Zertifikat für %1</translation>
    </message>
    <message>
        <source>not signed: only the domain above vouches for it</source>
        <translation>nicht signiert: Nur die obige Domain bürgt dafür</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
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
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>%1 (the name it gives itself)</source>
        <translation>%1 (der Name, den er sich selbst gibt)</translation>
    </message>
    <message>
        <source>The answer goes to: %1</source>
        <translation>Die Antwort geht an: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Fordert an: %1</translation>
    </message>
    <message>
        <source>  Purpose: %1</source>
        <translation>  Zweck: %1</translation>
    </message>
    <message>
        <source>  None of your credentials answers it.</source>
        <translation>  Keiner Ihrer Nachweise passt dazu.</translation>
    </message>
    <message>
        <source>  Matches: %1  %2 (%3)%4</source>
        <translation>  Passt: %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>  Does not match: %1  %2 (%3): %4</source>
        <translation>  Passt nicht: %1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>You declined; the verifier was told.</source>
        <translation>Sie haben abgelehnt; der Prüfer wurde benachrichtigt.</translation>
    </message>
    <message>
        <source>You declined; the verifier could not be told (%1). Nothing was sent.</source>
        <translation>Sie haben abgelehnt; der Prüfer konnte nicht benachrichtigt werden (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Credential %1 answers nothing this verifier asks for.</source>
        <translation>Nachweis %1 erfüllt keine der Anforderungen dieses Prüfers.</translation>
    </message>
    <message>
        <source>Several of your credentials answer this request: choose with --credential ID.</source>
        <translation>Mehrere Ihrer Nachweise passen zu dieser Anfrage: Wählen Sie mit --credential ID aus.</translation>
    </message>
    <message>
        <source>You have no credential that gives this verifier what it asks for (%1). Nothing was sent.</source>
        <translation>Sie haben keinen Nachweis, der diesem Prüfer gibt, was er anfordert (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>You have no holder identity to sign the presentation with (see 'identity add-key'). Nothing was sent.</source>
        <translation>Sie haben keine Inhaber-Identität, mit der die Präsentation signiert werden kann (siehe „identity add-key“). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was sent.</source>
        <translation>%1 ist keine Ihrer Identitäten. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Will send: %1  %2 (%3)%4</source>
        <translation>Wird gesendet: %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation>Signiert als: %1</translation>
    </message>
    <message>
        <source>Send? [y/N] </source>
        <translation>Senden? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was sent: run again with --yes to present.</source>
        <translation>Es wurde nichts gesendet: Führen Sie den Befehl mit --yes erneut aus, um vorzulegen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sent to %1: %2  %3</source>
        <translation>An %1 gesendet: %2  %3</translation>
    </message>
    <message>
        <source>The verifier asks you to continue at %1 (not opened).</source>
        <translation>Der Prüfer bittet Sie, unter %1 fortzufahren (nicht geöffnet).</translation>
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
      beantwortet die Anfrage eines Prüfers: URL ist ein openid4vp://-, openid-vc://-, haip-vp://- oder
      https-Link, der eine solche enthält. Zuerst wird angezeigt, wer anfragt (der Name, den sich der Prüfer
      selbst gibt, die Domain, die die Antwort empfängt, ob die Anfrage signiert ist und von wem), jeder
      angeforderte Nachweis und welche Ihrer Nachweise passen; dann wird im Terminal j/N gefragt; --yes antwortet mit Ja.
      Nachweise werden vollständig gesendet, außer SD-JWT VCs: Von ihnen werden nur die Angaben offengelegt,
      die der Prüfer anfordert (unter jedem aufgeführt), mit einem Beleg, dass Sie den Schlüssel besitzen.
      --credential ID (wiederholbar, IDs wie von „list“ angezeigt) wählt, was gesendet wird; jeder geht an die
      erste Anforderung, die er erfüllt. Ohne diese Option werden die Nachweise gesendet, wenn jede Anforderung
      genau einen passenden Nachweis hat; andernfalls werden die Kandidaten aufgeführt.
      --identity nennt die Inhaber-DID, die signiert (Standard: die Identität, für die die Nachweise
      ausgestellt wurden, sonst Ihre Standardidentität).
  present URL --dry-run [--json]
      zeigt nur die Anfrage und die Treffer; es wird nichts gesendet.
  present URL --decline
      teilt dem Prüfer mit, dass Sie ablehnen; in beiden Fällen wird dies in Ihrem Präsentationsverlauf vermerkt.
Rückgabewerte: 0 gesendet (oder abgelehnt, oder mit --dry-run angezeigt), 1 fehlgeschlagen (nichts gesendet
oder der Prüfer hat die Antwort abgelehnt), 2 Aufruffehler oder unklare Auswahl (die Kandidaten werden
aufgeführt), 3 nicht bestätigt (nichts gesendet).</translation>
    </message>
    <message>
        <source>Whole credentials are shared, except SD-JWT VCs, which disclose only the claims listed under them.</source>
        <translation>Nachweise werden vollständig geteilt, außer SD-JWT VCs, die nur die darunter aufgeführten Angaben offenlegen.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReceiveCommand</name>
    <message>
        <source>Receive credentials from an issuer's offer link (OpenID4VCI or VC-API).</source>
        <translation>Nachweise über den Angebotslink eines Ausstellers empfangen (OpenID4VCI oder VC-API).</translation>
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
      empfängt die Nachweise, die ein Aussteller anbietet: URL ist ein openid-credential-offer://-Link,
      ein https-Link mit credential_offer oder credential_offer_uri, ein VC-API-Interaktionslink
      (iuv=1) oder ein Link der Learner Credential Wallet (dccrequest://, .../request?request=).
      Zuerst wird angezeigt, was geschehen würde (Aussteller, kontaktierte Domain, Nachweise, die
      Identität, an die sie gebunden werden), dann wird im Terminal j/N gefragt; --yes antwortet mit Ja.
      --tx-code übergibt die PIN, die der Aussteller separat gesendet hat (bei Bedarf im Terminal
      abgefragt). --identity nennt die Inhaber-DID, an die gebunden wird (Standard: Ihre Standardidentität).
  receive --pending [--json]
      fragt die Aussteller erneut nach Nachweisen, die sie noch vorbereiten; einer, den ein Aussteller
      nicht mehr bereithält, wird aufgegeben (als aufgegeben aufgeführt).
  receive --forget-pending ID
      wartet nicht mehr auf einen ausstehenden Nachweis (seine ID steht in receive --pending --json).
Rückgabewerte: 0 empfangen, 1 fehlgeschlagen (nichts gespeichert), 2 Aufruffehler, 3 nicht bestätigt
(nichts über das Angebot hinaus angefordert), 4 der Aussteller liefert später (siehe receive --pending).</translation>
    </message>
    <message>
        <source>Satchel no longer waits for pending credential %1.</source>
        <translation>Satchel wartet nicht mehr auf den ausstehenden Nachweis %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Contacted: %1 via %2</source>
        <translation>Kontaktiert: %1 über %2</translation>
    </message>
    <message>
        <source>Credentials: whatever the exchange issues after you prove who you are</source>
        <translation>Nachweise: alles, was der Austausch ausstellt, nachdem Sie sich ausgewiesen haben</translation>
    </message>
    <message>
        <source>Credential: %1 (%2)</source>
        <translation>Nachweis: %1 (%2)</translation>
    </message>
    <message>
        <source>Not requested: a credential in %1, which Satchel cannot store yet</source>
        <translation>Nicht angefordert: ein Nachweis im Format %1, das Satchel noch nicht speichern kann</translation>
    </message>
    <message>
        <source>Bound to: %1</source>
        <translation>Gebunden an: %1</translation>
    </message>
    <message>
        <source>The issuer asks for a PIN: %1</source>
        <translation>Der Aussteller verlangt eine PIN: %1</translation>
    </message>
    <message>
        <source>You will sign in at the issuer in your web browser.</source>
        <translation>Sie melden sich in Ihrem Webbrowser beim Aussteller an.</translation>
    </message>
    <message>
        <source>To answer it: satchel-cli present URL</source>
        <translation>Zum Beantworten: satchel-cli present URL</translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was requested.</source>
        <translation>%1 ist keine Ihrer Identitäten. Es wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>a new key of yours, made now</source>
        <translation>ein neuer, jetzt erstellter Schlüssel von Ihnen</translation>
    </message>
    <message>
        <source>Receive? [y/N] </source>
        <translation>Empfangen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was requested: run again with --yes to receive.</source>
        <translation>Es wurde nichts angefordert: Führen Sie den Befehl mit --yes erneut aus, um zu empfangen.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Sign in at the issuer in your browser: %1</source>
        <translation>Melden Sie sich in Ihrem Browser beim Aussteller an: %1</translation>
    </message>
    <message>
        <source>No credentials are pending.</source>
        <translation>Es stehen keine Nachweise aus.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4</source>
        <translation>%1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>Pending: %1 from %2 will be sent later; run `satchel-cli receive --pending` to ask again.</source>
        <translation>Ausstehend: %1 von %2 wird später gesendet; führen Sie `satchel-cli receive --pending` aus, um erneut nachzufragen.</translation>
    </message>
    <message>
        <source>Abandoned: %1 from %2: %3</source>
        <translation>Aufgegeben: %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReviewCommand</name>
    <message>
        <source>Export a review packet for an advisor, or review one.</source>
        <translation>Ein Prüfpaket für einen Berater exportieren oder eines prüfen.</translation>
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
        <translation>  review create --out DATEI [ID...] [--all] [--collection NAME] [--pathway ID]
                [--learner NAME] [--include-identities] [--encrypt | --passphrase-file F]
      schreibt die gewählten Nachweise (--all: alle) mit ihren Originalbytes, Bildern und
      Ihrer letzten Prüfung,
      die betroffenen Lernpfade und eine Zusammenfassung in DATEI (.satchel-review); mit --encrypt
      oder --passphrase-file wird sie mit einer Passphrase versiegelt. Identitäten nur mit --include-identities.
  review open DATEI [--passphrase-file F] [--offline] [--json]
      prüft jeden Nachweis des Pakets erneut, vergleicht mit den Belegen des Lernenden und
      gibt die Nachweise, Fähigkeiten, Lernpfade und Leistungspunkte aus. Rückgabewert 0 nur,
      wenn jeder Nachweis gültig ist.
  review open DATEI.json [--challenge C] [--offline] [--json]
      dasselbe für eine signierte Präsentationsdatei (satchel-cli share presentation): prüft auch, dass
      ihr Inhaber sie für den Code C signiert hat, den Sie ihm gegeben haben. Rückgabewert 0 nur, wenn alles gültig ist.
Die Passphrase wird aus der ersten Zeile von --passphrase-file gelesen oder im Terminal abgefragt.
Sie wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Usage: review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | review open FILE [--passphrase-file F] [--json]</source>
        <translation>Aufruf: review create --out DATEI [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | review open DATEI [--passphrase-file F] [--json]</translation>
    </message>
    <message>
        <source>Cannot make the review packet: %1</source>
        <translation>Das Prüfpaket kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Review packet written to %1</source>
        <translation>Prüfpaket in %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s)</source>
        <translation>
            <numerusform>%n Lernpfad</numerusform>
            <numerusform>%n Lernpfade</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>Die Datei ist zu groß für eine Präsentation.</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>einem Lernenden</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Signierte Präsentation von %1</translation>
    </message>
    <message>
        <source>Review packet of %1, made %2</source>
        <translation>Prüfpaket von %1, erstellt am %2</translation>
    </message>
    <message>
        <source>(the learner's receipt says: %1)</source>
        <translation>(laut Beleg des Lernenden: %1)</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pathway: %1  %2%</source>
        <translation>Lernpfad: %1  %2 %</translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Leistungspunkte gesamt: %1</translation>
    </message>
    <message>
        <source>Cannot open the review packet: %1</source>
        <translation>Das Prüfpaket kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::SearchCommand</name>
    <message>
        <source>Search the wallet by name, description, issuer, tag or skill.</source>
        <translation>Die Wallet nach Name, Beschreibung, Aussteller, Schlagwort oder Fähigkeit durchsuchen.</translation>
    </message>
    <message>
        <source>Searches the wallet (names, descriptions, issuers, tags and skills) and prints the
matches as 'list' does; with --json the same array as 'list --json'.</source>
        <translation>Durchsucht die Wallet (Namen, Beschreibungen, Aussteller, Schlagwörter und Fähigkeiten) und gibt die
Treffer wie „list“ aus; mit --json dasselbe Array wie „list --json“.</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search benötigt den zu suchenden Text</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShareCommand</name>
    <message>
        <source>Make a public link to a credential on a VerifierPlus server, list or stop links; or a signed presentation file.</source>
        <translation>Öffentlichen Link zu einem Nachweis auf einem VerifierPlus-Server erstellen, Links auflisten oder beenden; oder eine signierte Präsentationsdatei erstellen.</translation>
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
      lädt den Nachweis ID (wie in `list`) in einer mit Ihrem Schlüssel signierten Präsentation
      auf einen VerifierPlus-Server hoch (Einstellung der Wallet, Standard %1) und gibt den Link aus;
      mit --json: {id, view, get, unshare}, absolute URLs. Ohne --yes wird nichts
      hochgeladen: Es wird angezeigt, was wohin hochgeladen würde.
  share list [--json]
      alle erstellten Links mit ihrer LINK-ID, Nachweis, Server, Daten und Zustand
  share stop LINK [--passphrase-file F]
      entfernt den Link mit dieser LINK-ID (die erste Spalte von `share list`, nicht die
      ID des Nachweises: Ein Nachweis kann mehrere Links haben)
  share server [URL | --default]
      zeigt oder setzt den in der Wallet gespeicherten VerifierPlus-Server
  share presentation ID... --challenge C [--domain D] [--identity DID] -o DATEI
      schreibt eine Präsentation der Nachweise ID..., signiert mit Ihrer Identität (--identity,
      sonst Ihrer Standardidentität), für jemanden ohne Prüfdienst: C ist der Code, den man Ihnen
      gegeben hat, D die Domain, falls angegeben. Die Person öffnet DATEI mit Satchels Prüffunktion oder einem Prüfdienst.
Ihr Schlüssel wird bei der ersten Verwendung erstellt und im Schlüsselbund des Systems gespeichert;
wo es keinen gibt, wird er in der Wallet mit einer Passphrase versiegelt, die aus der ersten Zeile
von --passphrase-file gelesen oder im Terminal abgefragt wird. Nur Nachweise nach Open Badges 3.0
und CLR 2.0 in JSON-LD-Form können auf diese Weise geteilt werden.</translation>
    </message>
    <message numerus="yes">
        <source>This would upload the whole credential "%1" (%n byte(s)), with the name it gives you (%2), in a presentation signed with your key, to %3.</source>
        <translation>
            <numerusform>Damit würde der gesamte Nachweis „%1“ (%n Byte) mit dem Namen, den er Ihnen gibt (%2), in einer mit Ihrem Schlüssel signierten Präsentation auf %3 hochgeladen.</numerusform>
            <numerusform>Damit würde der gesamte Nachweis „%1“ (%n Bytes) mit dem Namen, den er Ihnen gibt (%2), in einer mit Ihrem Schlüssel signierten Präsentation auf %3 hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Anyone with the link can see it until you stop sharing. Run again with --yes to upload.</source>
        <translation>Jeder mit dem Link kann ihn sehen, bis Sie das Teilen beenden. Führen Sie den Befehl mit --yes erneut aus, um hochzuladen.</translation>
    </message>
    <message>
        <source>Public link %1: %2</source>
        <translation>Öffentlicher Link %1: %2</translation>
    </message>
    <message>
        <source>share presentation takes credential ids (as in `list`), not "%1"</source>
        <translation>share presentation erwartet Nachweis-IDs (wie in `list`), nicht „%1“</translation>
    </message>
    <message>
        <source>share presentation needs -o FILE</source>
        <translation>share presentation benötigt -o DATEI</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Nachweis, signiert von %2.</numerusform>
            <numerusform>%1 geschrieben: %n Nachweise, signiert von %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <source>No public links yet.</source>
        <translation>Noch keine öffentlichen Links.</translation>
    </message>
    <message>
        <source>Stopped sharing %1</source>
        <translation>Teilen von %1 beendet</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShowCommand</name>
    <message>
        <source>Show every field of one credential.</source>
        <translation>Alle Felder eines Nachweises anzeigen.</translation>
    </message>
    <message>
        <source>Shows one credential (ID as printed by 'list'): every field the issuer gave, the
wallet's data (tags, status, source) and the raw credential.
With --json: {"summary": {...}, "credential": {...parsed...}, "raw": {...},
"otherVersions": [...]} (other copies with the same issuer and id; `verify` shows the one
that verifies).</source>
        <translation>Zeigt einen Nachweis (ID wie von „list“ ausgegeben): jedes Feld, das der Aussteller angegeben hat, die
Daten der Wallet (Schlagwörter, Status, Quelle) und den Rohnachweis.
Mit --json: {"summary": {...}, "credential": {...geparst...}, "raw": {...},
"otherVersions": [...]} (andere Kopien mit demselben Aussteller und derselben ID; `verify` zeigt die,
deren Prüfung gelingt).</translation>
    </message>
    <message>
        <source>show needs one credential id (see 'list')</source>
        <translation>show benötigt eine Nachweis-ID (siehe „list“)</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>Nachweis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Wallet id: %1</source>
        <translation>Wallet-ID: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Image: %1 (%2 bytes)</source>
        <translation>Bild: %1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Other version: added %1 from %2, status %3</source>
        <translation>Andere Version: hinzugefügt am %1 aus %2, Status %3</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Raw credential:</source>
        <translation>Rohnachweis:</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TagCommand</name>
    <message>
        <source>Tag a credential, untag it, list tags.</source>
        <translation>Einem Nachweis Schlagwörter zuweisen, sie entfernen, Schlagwörter auflisten.</translation>
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
        <translation>Ihre eigenen Schlagwörter für einen Nachweis (ID wie von „list“ ausgegeben), wie unter „Schlagwörter und Sammlungen“ im Fenster.
  tag add ID SCHLAGWORT...     fügt ein oder mehrere Schlagwörter hinzu (mit Leerzeichen in Anführungszeichen; höchstens %1 Zeichen)
  tag remove ID SCHLAGWORT...  entfernt sie
  tag list [ID]                alle Schlagwörter der Wallet oder die eines Nachweises
Setzen Sie -- vor ein Schlagwort, das mit zwei Bindestrichen beginnt.
Mit --json: add und remove geben {"id": ID, "tags": [...]} aus (die Schlagwörter danach), list ein Array.
Rückgabewert: 0 erledigt; 1 kein solcher Nachweis, ein Schlagwort, das er nicht hat, oder die Wallet hat abgelehnt;
2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Usage: tag add ID TAG... | tag remove ID TAG... | tag list [ID]</source>
        <translation>Aufruf: tag add ID SCHLAGWORT... | tag remove ID SCHLAGWORT... | tag list [ID]</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TrustCommand</name>
    <message>
        <source>Trust registries: list, refresh, add, switch; known issuers.</source>
        <translation>Vertrauensregister: auflisten, aktualisieren, hinzufügen, umschalten; bekannte Aussteller.</translation>
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
        <translation>Die Register, die angeben, wer hinter einem Aussteller steht („issuerTrust“ in verify --json).
  trust list              jedes Register: ID, an/aus, Format, wann seine Kopie abgerufen wurde
  trust refresh           ruft die verwendeten Register erneut ab (für jeden Aussteller in der
                          Wallet); ein nicht erreichbares Register behält seine Kopie
  trust add URL           ein Register im DCC-Format oder einen OpenID-Federation-Vertrauensanker
                          (eine URL, die auf /.well-known/openid-federation endet)
  trust remove ID         vergisst ein hinzugefügtes Register (eingebaute werden stattdessen deaktiviert)
  trust enable|disable ID schaltet ein Register ein oder aus
  trust known|unknown AUSSTELLER  markiert eine Aussteller-ID als Ihnen persönlich bekannt oder nicht
Rückgabewert: 0 erledigt; 1 ein Register konnte nicht aktualisiert werden oder die Wallet hat abgelehnt; 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>No trust registry has the id %1.</source>
        <translation>Kein Vertrauensregister hat die ID %1.</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nie abgerufen</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::VerifyCommand</name>
    <message>
        <source>Verify credentials and save the reports in the wallet.</source>
        <translation>Nachweise prüfen und die Berichte in der Wallet speichern.</translation>
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
        <translation>Prüft die Nachweise mit den angegebenen IDs (siehe „list“) oder, wenn keine ID angegeben ist, jeden
Nachweis, der nicht in einem CLR enthalten ist. Die in einem CLR enthaltenen Nachweise werden ebenfalls
geprüft. Jeder Bericht wird in der Wallet gespeichert. Schlüssel, Statuslisten und gehostete Abzeichen
werden bei Bedarf abgerufen und aufbewahrt, sodass ein späterer Offline-Lauf dieselben Ergebnisse liefert.
Gibt eine Zeile pro Nachweis aus: ID, Status (valid, invalid, revoked, expired,
not-yet-valid oder unknown), Name und die Prüfung, die einen anderen Status als valid ergab.

Optionen:
  --offline   lädt nichts herunter; verwendet die in der Wallet aufbewahrten Dokumente (Prüfungen,
              die etwas anderes benötigen, ergeben unknown, nie invalid)
  --now ISO   prüft zu diesem Datum und dieser Uhrzeit (z. B. 2026-06-01T12:00:00Z)
  --json      gibt [{id, name, status, reasonCode, verifiedAt, checks: [{code,
              outcome, message}], issuerTrust: {status, text, registry, name,
              fetchedAt, ageDays, knownPersonally}}] aus; issuerTrust stammt aus den
              in der Wallet aufbewahrten Vertrauensregistern („trust refresh“) und ändert
              nie den Status

Rückgabewert: 0, wenn jeder Nachweis gültig ist, 1, wenn einer ungültig ist oder nicht
geprüft werden konnte, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>Cannot verify credential %1: %2</source>
        <translation>Nachweis %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The wallet holds no credentials.</source>
        <translation>Die Wallet enthält keine Nachweise.</translation>
    </message>
    <message>
        <source>The network could not be reached; documents not kept in the wallet were not checked (offline since %1).</source>
        <translation>Das Netzwerk war nicht erreichbar; nicht in der Wallet aufbewahrte Dokumente wurden nicht geprüft (offline seit %1).</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(Name unbekannt)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
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
        <translation>Der CLR hat mehr als %1 Verknüpfungen</translation>
    </message>
    <message>
        <source>The CLR has no parent/child or ordering associations to build a pathway from</source>
        <translation>Der CLR hat keine Eltern/Kind- oder Reihenfolge-Verknüpfungen, aus denen ein Lernpfad erstellt werden könnte</translation>
    </message>
    <message>
        <source>The CLR's pathway is too large</source>
        <translation>Der Lernpfad des CLR ist zu groß</translation>
    </message>
    <message>
        <source>Pathway from a CLR</source>
        <translation>Lernpfad aus einem CLR</translation>
    </message>
</context>
<context>
    <name>Satchel::ColorScheme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
</context>
<context>
    <name>Satchel::CoseSign1</name>
    <message>
        <source>The COSE message is neither binary CBOR nor base64 text.</source>
        <translation>Die COSE-Nachricht ist weder binäres CBOR noch base64-Text.</translation>
    </message>
    <message>
        <source>The COSE message is larger than %1 bytes.</source>
        <translation>Die COSE-Nachricht ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The data is not a COSE_Sign1 message.</source>
        <translation>Die Daten sind keine COSE_Sign1-Nachricht.</translation>
    </message>
    <message>
        <source>The COSE message's payload is detached or not a byte string.</source>
        <translation>Die Nutzdaten der COSE-Nachricht sind abgetrennt oder kein Byte-String.</translation>
    </message>
    <message>
        <source>The COSE header is larger than %1 bytes.</source>
        <translation>Der COSE-Header ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The COSE protected header is not a map.</source>
        <translation>Der geschützte COSE-Header ist keine Map.</translation>
    </message>
    <message>
        <source>The COSE header names the same parameter twice.</source>
        <translation>Der COSE-Header nennt denselben Parameter zweimal.</translation>
    </message>
    <message>
        <source>The COSE message uses header extensions that are not supported.</source>
        <translation>Die COSE-Nachricht verwendet Header-Erweiterungen, die nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>The COSE message's algorithm is not an integer in its protected header.</source>
        <translation>Der Algorithmus der COSE-Nachricht ist in ihrem geschützten Header keine Ganzzahl.</translation>
    </message>
    <message>
        <source>The COSE message's protected header names no algorithm.</source>
        <translation>Der geschützte Header der COSE-Nachricht nennt keinen Algorithmus.</translation>
    </message>
    <message>
        <source>The COSE algorithm %1 is not allowed.</source>
        <translation>Der COSE-Algorithmus %1 ist nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExport</name>
    <message>
        <source>The wallet holds no file for this credential.</source>
        <translation>Die Wallet enthält keine Datei für diesen Nachweis.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExportActions</name>
    <message>
        <source>Save the original file</source>
        <translation>Originaldatei speichern</translation>
    </message>
    <message>
        <source>Credential files (*.json *.jwt *.jws);;All files (*)</source>
        <translation>Nachweisdateien (*.json *.jwt *.jws);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a baked badge image</source>
        <translation>Bild mit eingebettetem Abzeichen speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>The badge came without an image of this kind, so a plain one holds the credential. Any badge importer reads it the same.</source>
        <translation>Das Abzeichen wurde ohne ein Bild dieser Art geliefert, daher enthält ein schlichtes Bild den Nachweis. Jedes Programm zum Importieren von Abzeichen liest es genauso.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialHtml</name>
    <message>
        <source>%1 (hashed, %2)</source>
        <translation>%1 (gehasht, %2)</translation>
    </message>
    <message>
        <source>JWS header:</source>
        <translation>JWS-Header:</translation>
    </message>
    <message>
        <source>JWS payload:</source>
        <translation>JWS-Nutzdaten:</translation>
    </message>
    <message>
        <source>The raw credential is long; only its beginning is shown.</source>
        <translation>Der Rohnachweis ist lang; nur sein Anfang wird angezeigt.</translation>
    </message>
    <message>
        <source>Show the raw credential</source>
        <translation>Rohnachweis anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Andere Versionen</translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</source>
        <translation>
            <numerusform>Die Wallet enthält %n weitere Kopie dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Prüfen Sie ihn, um die erfolgreich geprüfte Kopie anzuzeigen.</numerusform>
            <numerusform>Die Wallet enthält %n weitere Kopien dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Prüfen Sie ihn, um die erfolgreich geprüfte Kopie anzuzeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the others are kept unchanged.</source>
        <translation>
            <numerusform>Die Wallet enthält %n weitere Kopie dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Die angezeigte Kopie wurde erfolgreich geprüft; die andere wird unverändert aufbewahrt.</numerusform>
            <numerusform>Die Wallet enthält %n weitere Kopien dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Die angezeigte Kopie wurde erfolgreich geprüft; die anderen werden unverändert aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</source>
        <translation>
            <numerusform>Die Wallet enthält %n weitere Kopie dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Keine Kopie wurde erfolgreich geprüft, daher wird die zuerst gespeicherte oder die neueste angezeigt.</numerusform>
            <numerusform>Die Wallet enthält %n weitere Kopien dieses Nachweises: gleicher Aussteller und gleiche ID, mit anderem Inhalt. Keine Kopie wurde erfolgreich geprüft, daher wird die zuerst gespeicherte oder die neueste angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · aus %1</translation>
    </message>
    <message>
        <source>Copy added %1</source>
        <translation>Kopie hinzugefügt am %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Empfangen von %1 über %2 am %3</translation>
    </message>
    <message>
        <source>Marked revoked by the issuer</source>
        <translation>Vom Aussteller als widerrufen markiert</translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation>Zertifikat drucken…</translation>
    </message>
    <message>
        <source>(registry copy of %1)</source>
        <translation>(Registerkopie vom %1)</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Nicht abgefragte Register: %1</translation>
    </message>
    <message>
        <source>I do not know this issuer</source>
        <translation>Ich kenne diesen Aussteller nicht</translation>
    </message>
    <message>
        <source>Mark this issuer as known to me</source>
        <translation>Diesen Aussteller als mir bekannt markieren</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % abgeschlossen</translation>
    </message>
    <message>
        <source>%1 · counts for: %2</source>
        <translation>%1 · zählt für: %2</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Leistungsart</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Studienfach</translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation>Spezialisierung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Credits available</source>
        <translation>Verfügbare Leistungspunkte</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Erworbene Leistungspunkte</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Lizenznummer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>Der Nachweis nennt seinen Empfänger nicht.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Achievement created by</source>
        <translation>Leistung erstellt von</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Kriterienseite</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Fähigkeiten und Zuordnungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>required value %1</source>
        <translation>erforderlicher Wert %1</translation>
    </message>
    <message>
        <source>required level %1</source>
        <translation>erforderliches Niveau %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Unknown endorser</source>
        <translation>Unbekannter Empfehlender</translation>
    </message>
    <message>
        <source>Credentials in this record</source>
        <translation>Nachweise in diesem Datensatz</translation>
    </message>
    <message>
        <source>an achievement not described in this record</source>
        <translation>eine in diesem Datensatz nicht beschriebene Leistung</translation>
    </message>
    <message>
        <source>How they fit together</source>
        <translation>Wie sie zusammenhängen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Shared with verifiers</source>
        <translation>Mit Prüfern geteilt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Mit %1 geteilt</translation>
    </message>
    <message>
        <source>Declined %1's request</source>
        <translation>Anfrage von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Could not be shared with %1</source>
        <translation>Konnte nicht mit %1 geteilt werden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From %1 via %2 on %3</source>
        <translation>Von %1 über %2 am %3</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Gebunden an</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>Baked in</source>
        <translation>Eingebettet in</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis-Signatur</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Claims, disclosed ones in place:</source>
        <translation>Angaben, offengelegte an ihrer Stelle eingesetzt:</translation>
    </message>
    <message>
        <source>Badge image: %1</source>
        <translation>Abzeichenbild: %1</translation>
    </message>
    <message>
        <source>Issuer's image</source>
        <translation>Bild des Ausstellers</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>COSE header:</source>
        <translation>COSE-Header:</translation>
    </message>
    <message>
        <source>COSE payload:</source>
        <translation>COSE-Nutzdaten:</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialListModel</name>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
von %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, von %2, %3</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt am %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialMatcher</name>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot be presented to a verifier.</source>
        <translation>Ein Open-Badges-2.0-Abzeichen ist kein verifizierbarer Nachweis und kann daher keinem Prüfer vorgelegt werden.</translation>
    </message>
    <message>
        <source>This credential cannot be presented to a verifier.</source>
        <translation>Dieser Nachweis kann keinem Prüfer vorgelegt werden.</translation>
    </message>
    <message>
        <source>The verifier accepts it only as %1; this credential is a %2.</source>
        <translation>Der Prüfer akzeptiert ihn nur als %1; dieser Nachweis ist ein %2.</translation>
    </message>
    <message>
        <source>Data Integrity credential</source>
        <translation>Data-Integrity-Nachweis</translation>
    </message>
    <message>
        <source>VC-JWT</source>
        <translation>VC-JWT</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for (%1).</source>
        <translation>Er ist nicht von der Art, die der Prüfer anfordert (%1).</translation>
    </message>
    <message>
        <source>It was issued by %1, not by an issuer the verifier accepts.</source>
        <translation>Er wurde von %1 ausgestellt, nicht von einem Aussteller, den der Prüfer akzeptiert.</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for.</source>
        <translation>Er ist nicht von der Art, die der Prüfer anfordert.</translation>
    </message>
    <message>
        <source>It has no “%1”, which the verifier asks for.</source>
        <translation>Ihm fehlt das Feld „%1“, das der Prüfer anfordert.</translation>
    </message>
    <message>
        <source>Its “%1” is not what the verifier asks for.</source>
        <translation>Sein Feld „%1“ entspricht nicht der Anforderung des Prüfers.</translation>
    </message>
    <message>
        <source>SD-JWT VC</source>
        <translation>SD-JWT VC</translation>
    </message>
    <message>
        <source>Its issuer bound it to a key that none of your identities in this wallet has, so Satchel cannot prove it is yours.</source>
        <translation>Sein Aussteller hat ihn an einen Schlüssel gebunden, den keine Ihrer Identitäten in dieser Wallet besitzt; daher kann Satchel nicht nachweisen, dass er Ihnen gehört.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialOffer</name>
    <message>
        <source>The credential offer cannot be used: %1</source>
        <translation>Das Nachweisangebot kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>es ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>it names no valid credential issuer</source>
        <translation>es nennt keinen gültigen Nachweisaussteller</translation>
    </message>
    <message>
        <source>The credential issuer %1 is not a secure (https) address.</source>
        <translation>Der Nachweisaussteller %1 ist keine sichere (https-)Adresse.</translation>
    </message>
    <message>
        <source>it offers no credential</source>
        <translation>es bietet keinen Nachweis an</translation>
    </message>
    <message>
        <source>its pre-authorized grant has no code</source>
        <translation>seiner vorab autorisierten Freigabe fehlt der Code</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialParser</name>
    <message>
        <source>The linked document %1 is not available.</source>
        <translation>Das verknüpfte Dokument %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Upgraded from Open Badges %1.</source>
        <translation>Von Open Badges %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The credential uses the older VC Data Model 1.1.</source>
        <translation>Der Nachweis verwendet das ältere VC Data Model 1.1.</translation>
    </message>
    <message>
        <source>Credentials nested too deeply were skipped.</source>
        <translation>Zu tief verschachtelte Nachweise wurden übersprungen.</translation>
    </message>
    <message>
        <source>Nested credential %1 could not be read: %2</source>
        <translation>Verschachtelter Nachweis %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReader</name>
    <message>
        <source>The data is not an Open Badge or CLR credential.</source>
        <translation>Die Daten sind kein Open-Badges- oder CLR-Nachweis.</translation>
    </message>
    <message>
        <source>The badge data baked into the image is neither JSON, a JWS nor a URL.</source>
        <translation>Die in das Bild eingebetteten Abzeichendaten sind weder JSON noch ein JWS noch eine URL.</translation>
    </message>
    <message>
        <source>The text is neither a credential in JSON nor a compact JWS.</source>
        <translation>Der Text ist weder ein Nachweis in JSON noch ein kompaktes JWS.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The XML document is not an SVG image.</source>
        <translation>Das XML-Dokument ist kein SVG-Bild.</translation>
    </message>
    <message>
        <source>The file is neither a credential nor a baked badge image.</source>
        <translation>Die Datei ist weder ein Nachweis noch ein Bild mit eingebettetem Abzeichen.</translation>
    </message>
    <message>
        <source>The file bundles more than %1 credentials.</source>
        <translation>Die Datei bündelt mehr als %1 Nachweise.</translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is not a credential.</source>
        <translation>Eintrag %1 des Bündels ist kein Nachweis.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation: %2</source>
        <translation>Nachweis %1 der Präsentation: %2</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is not a credential.</source>
        <translation>Nachweis %1 der Präsentation ist kein Nachweis.</translation>
    </message>
    <message>
        <source>The credential must first be fetched from %1.</source>
        <translation>Der Nachweis muss zuerst von %1 abgerufen werden.</translation>
    </message>
    <message>
        <source>The SD-JWT is not a verifiable credential (no dc+sd-jwt type, no vct).</source>
        <translation>Das SD-JWT ist kein Verifiable Credential (kein Typ dc+sd-jwt, kein vct).</translation>
    </message>
    <message>
        <source>The disclosed claims cannot be shown: %1</source>
        <translation>Die offengelegten Angaben können nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReceiver</name>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>Der Austausch %1 ist keine sichere (https-)Adresse: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>Lesen des Interaktionslinks</translation>
    </message>
    <message>
        <source>The issuer bound this credential to %1, not to the identity it was asked for (%2).</source>
        <translation>Der Aussteller hat diesen Nachweis an %1 gebunden, nicht an die angeforderte Identität (%2).</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>The issuer sent a credential Satchel could not store (%1); nothing was kept.</source>
        <translation>Der Aussteller hat einen Nachweis gesendet, den Satchel nicht speichern konnte (%1); nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The received credential could not be stored: %1</source>
        <translation>Der empfangene Nachweis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was requested from the issuer and nothing was stored.</source>
        <translation>Abgebrochen: Beim Aussteller wurde nichts angefordert und nichts gespeichert.</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Empfangen von %1 über %2 am %3</translation>
    </message>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>Der Link %1 ist keine sichere (https-)Adresse: Es wurde nichts abgerufen.</translation>
    </message>
    <message>
        <source>This offer was not prepared: read the link again.</source>
        <translation>Dieses Angebot wurde nicht vorbereitet: Lesen Sie den Link erneut ein.</translation>
    </message>
    <message>
        <source>The credential the issuer will send later could not be noted: %1</source>
        <translation>Der Nachweis, den der Aussteller später senden wird, konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>No credential with the number %1 is pending.</source>
        <translation>Kein Nachweis mit der Nummer %1 steht aus.</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Noch nicht bereit.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialSchemaCheck</name>
    <message>
        <source>The credential names no schema.</source>
        <translation>Der Nachweis nennt kein Schema.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n schema(s) were checked.</source>
        <translation>
            <numerusform>Nur %n Schema (das erste) wurde geprüft.</numerusform>
            <numerusform>Nur die ersten %n Schemas wurden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema %1 is not known to Satchel, so conformance to it was not checked.</source>
        <translation>Das Schema %1 ist Satchel nicht bekannt, daher wurde die Konformität damit nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole credential)</source>
        <translation>(gesamter Nachweis)</translation>
    </message>
    <message>
        <source>The credential does not conform to %1: %2</source>
        <translation>Der Nachweis entspricht nicht %1: %2</translation>
    </message>
    <message>
        <source>The credential conforms to %1.</source>
        <translation>Der Nachweis entspricht %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialVerifier</name>
    <message>
        <source>The credential format is not recognised.</source>
        <translation>Das Nachweisformat wird nicht erkannt.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataIntegrityVerifier</name>
    <message>
        <source>The proof purpose must be "assertionMethod".</source>
        <translation>Der Proof-Zweck muss „assertionMethod“ sein.</translation>
    </message>
    <message>
        <source>A presentation's proof purpose must be "authentication".</source>
        <translation>Der Proof-Zweck einer Präsentation muss „authentication“ sein.</translation>
    </message>
    <message>
        <source>The proof creation date is not valid.</source>
        <translation>Das Erstellungsdatum des Proofs ist ungültig.</translation>
    </message>
    <message>
        <source>The credential contains data its JSON-LD contexts do not define, so the signature cannot cover it: %1</source>
        <translation>Der Nachweis enthält Daten, die seine JSON-LD-Kontexte nicht definieren, daher kann die Signatur sie nicht abdecken: %1</translation>
    </message>
    <message>
        <source>The credential cannot be canonicalized: %1</source>
        <translation>Der Nachweis kann nicht kanonisiert werden: %1</translation>
    </message>
    <message>
        <source>The signing key %1 is not on the issuer's site (%2); it was not fetched.</source>
        <translation>Der Signaturschlüssel %1 liegt nicht auf der Website des Ausstellers (%2); er wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>The key is of type %1, which a %2 proof cannot use.</source>
        <translation>Der Schlüssel hat den Typ %1, den ein %2-Proof nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>Der Signaturschlüssel wird von %1 kontrolliert, nicht vom Inhaber %2.</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the issuer %2.</source>
        <translation>Der Signaturschlüssel wird von %1 kontrolliert, nicht vom Aussteller %2.</translation>
    </message>
    <message>
        <source>The signature is valid (the key is named by the issuer's own identifier; its document could not confirm it).</source>
        <translation>Die Signatur ist gültig (der Schlüssel wird durch die eigene Kennung des Ausstellers benannt; dessen Dokument konnte dies nicht bestätigen).</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>Die %1-Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The credential has no proof.</source>
        <translation>Der Nachweis hat keinen Proof.</translation>
    </message>
    <message>
        <source>The credential has too many proofs.</source>
        <translation>Der Nachweis hat zu viele Proofs.</translation>
    </message>
    <message>
        <source>A validity date is not a valid date-time.</source>
        <translation>Ein Gültigkeitsdatum ist kein gültiger Zeitpunkt.</translation>
    </message>
    <message>
        <source>Too many nested credentials.</source>
        <translation>Zu viele verschachtelte Nachweise.</translation>
    </message>
    <message>
        <source>Included credential %1 (%2) failed: %3</source>
        <translation>Enthaltener Nachweis %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n included credential(s) are genuine.</source>
        <translation>
            <numerusform>%n enthaltener Nachweis ist echt.</numerusform>
            <numerusform>Alle %n enthaltenen Nachweise sind echt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>Der Nachweis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A presentation needs exactly one proof by its holder.</source>
        <translation>Eine Präsentation benötigt genau einen Proof ihres Inhabers.</translation>
    </message>
    <message>
        <source>The presentation is not a JSON object.</source>
        <translation>Die Präsentation ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The presentation answers another request: its challenge or domain differs.</source>
        <translation>Die Präsentation beantwortet eine andere Anfrage: Ihre Challenge oder Domain weicht ab.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataUri</name>
    <message>
        <source>The data: URI holds more than %1 bytes.</source>
        <translation>Die data:-URI enthält mehr als %1 Byte.</translation>
    </message>
    <message>
        <source>The text is not a data: URI.</source>
        <translation>Der Text ist keine data:-URI.</translation>
    </message>
    <message>
        <source>The data: URI is malformed.</source>
        <translation>Die data:-URI ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>Satchel::DccRegistry</name>
    <message>
        <source>The registry is larger than %1 MB.</source>
        <translation>Das Register ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The registry is not JSON.</source>
        <translation>Das Register ist kein JSON.</translation>
    </message>
    <message>
        <source>The registry has no "registry" object: it is not in the DCC known-issuer format.</source>
        <translation>Das Register hat kein „registry“-Objekt: Es liegt nicht im DCC-Format für bekannte Aussteller vor.</translation>
    </message>
    <message>
        <source>The registry lists more than %1 issuers.</source>
        <translation>Das Register listet mehr als %1 Aussteller auf.</translation>
    </message>
</context>
<context>
    <name>Satchel::DemoWallet</name>
    <message>
        <source>The demo wallet's manifest cannot be read.</source>
        <translation>Das Manifest der Demo-Wallet kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::DetailView</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse in Ihrem Webbrowser öffnen?

%1</translation>
    </message>
</context>
<context>
    <name>Satchel::DidResolver</name>
    <message>
        <source>This DID cannot be resolved locally.</source>
        <translation>Diese DID kann nicht lokal aufgelöst werden.</translation>
    </message>
    <message>
        <source>The DID is too long.</source>
        <translation>Die DID ist zu lang.</translation>
    </message>
    <message>
        <source>Not a did:key.</source>
        <translation>Keine did:key.</translation>
    </message>
    <message>
        <source>The did:key fragment does not name its key.</source>
        <translation>Das did:key-Fragment nennt seinen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Not a did:jwk.</source>
        <translation>Keine did:jwk.</translation>
    </message>
    <message>
        <source>A did:jwk has only the verification method #0.</source>
        <translation>Eine did:jwk hat nur die Verifizierungsmethode #0.</translation>
    </message>
    <message>
        <source>The did:jwk value is not base64url.</source>
        <translation>Der did:jwk-Wert ist kein base64url.</translation>
    </message>
    <message>
        <source>The did:jwk value is not a JSON object.</source>
        <translation>Der did:jwk-Wert ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not a did:web.</source>
        <translation>Keine did:web.</translation>
    </message>
    <message>
        <source>The did:web host is not valid.</source>
        <translation>Der did:web-Host ist ungültig.</translation>
    </message>
    <message>
        <source>The did:web path is not valid.</source>
        <translation>Der did:web-Pfad ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSd2023Suite</name>
    <message>
        <source>ecdsa-sd-2023 base proof</source>
        <translation>ecdsa-sd-2023-Basis-Proof</translation>
    </message>
    <message>
        <source>The derived proof's label map does not name the blank node %1.</source>
        <translation>Die Label-Zuordnung des abgeleiteten Proofs nennt den leeren Knoten %1 nicht.</translation>
    </message>
    <message>
        <source>The derived proof names mandatory statements the document does not have.</source>
        <translation>Der abgeleitete Proof nennt verpflichtende Aussagen, die das Dokument nicht hat.</translation>
    </message>
    <message>
        <source>The base proof's mandatory fields do not match the credential: %1</source>
        <translation>Die Pflichtfelder des Basis-Proofs stimmen nicht mit dem Nachweis überein: %1</translation>
    </message>
    <message>
        <source>The proof signs %1 statements, but the credential has %2 that are not mandatory.</source>
        <translation>Der Proof signiert %1 Aussagen, aber der Nachweis hat %2, die nicht verpflichtend sind.</translation>
    </message>
    <message>
        <source>The derived proof's ephemeral key is not a P-256 multikey.</source>
        <translation>Der ephemere Schlüssel des abgeleiteten Proofs ist kein P-256-Multikey.</translation>
    </message>
    <message>
        <source>The issuer's base signature is not valid for the disclosed mandatory statements.</source>
        <translation>Die Basissignatur des Ausstellers ist für die offengelegten Pflichtaussagen nicht gültig.</translation>
    </message>
    <message>
        <source>The signature of statement %1 is not valid.</source>
        <translation>Die Signatur der Aussage %1 ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdDisclosure</name>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>Der Nachweis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The credential has no ecdsa-sd-2023 base proof to disclose from.</source>
        <translation>Der Nachweis hat keinen ecdsa-sd-2023-Basis-Proof, aus dem offengelegt werden könnte.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdProofValue</name>
    <message>
        <source>An ecdsa-sd-2023 proof value must be base64url multibase ('u' prefix).</source>
        <translation>Ein ecdsa-sd-2023-Proof-Wert muss base64url-Multibase sein (Präfix „u“).</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 proof value.</source>
        <translation>Der Proof-Wert ist kein ecdsa-sd-2023-Proof-Wert.</translation>
    </message>
    <message>
        <source>The credential carries an ecdsa-sd-2023 base proof: it is what the issuer gives the holder, who discloses fields from it with a derived proof. A verifier checks only derived proofs.</source>
        <translation>Der Nachweis trägt einen ecdsa-sd-2023-Basis-Proof: Diesen gibt der Aussteller dem Inhaber, der daraus mit einem abgeleiteten Proof Felder offenlegt. Ein Prüfer prüft nur abgeleitete Proofs.</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 base proof.</source>
        <translation>Der Proof-Wert ist kein ecdsa-sd-2023-Basis-Proof.</translation>
    </message>
    <message>
        <source>The proof value cannot be read: %1</source>
        <translation>Der Proof-Wert kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>Der Proof-Wert hat nicht die fünf Bestandteile von ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The derived proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>Der abgeleitete Proof-Wert hat nicht die fünf Bestandteile von ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the derived proof is not 64 bytes.</source>
        <translation>Eine Aussagesignatur des abgeleiteten Proofs ist nicht 64 Byte lang.</translation>
    </message>
    <message>
        <source>The derived proof's label map is not a map of indexes to byte strings.</source>
        <translation>Die Label-Zuordnung des abgeleiteten Proofs ordnet nicht Indizes Byte-Strings zu.</translation>
    </message>
    <message>
        <source>The derived proof's label map names a blank node twice.</source>
        <translation>Die Label-Zuordnung des abgeleiteten Proofs nennt einen leeren Knoten doppelt.</translation>
    </message>
    <message>
        <source>The derived proof's mandatory indexes are not ascending numbers.</source>
        <translation>Die Pflichtindizes des abgeleiteten Proofs sind keine aufsteigenden Zahlen.</translation>
    </message>
    <message>
        <source>The base proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>Der Basis-Proof-Wert hat nicht die fünf Bestandteile von ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the base proof is not 64 bytes.</source>
        <translation>Eine Aussagesignatur des Basis-Proofs ist nicht 64 Byte lang.</translation>
    </message>
    <message>
        <source>A mandatory pointer of the base proof is not text.</source>
        <translation>Ein Pflichtzeiger des Basis-Proofs ist kein Text.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdStatements</name>
    <message>
        <source>A selected statement names a blank node the credential does not have.</source>
        <translation>Eine ausgewählte Aussage nennt einen leeren Knoten, den der Nachweis nicht hat.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519KeyPair</name>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>Es konnte kein neuer Signaturschlüssel erstellt werden.</translation>
    </message>
    <message>
        <source>A signing key must be %1 bytes.</source>
        <translation>Ein Signaturschlüssel muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Signieren fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519Signature2018Suite</name>
    <message>
        <source>The proof has no usable "jws" value.</source>
        <translation>Der Proof hat keinen verwendbaren „jws“-Wert.</translation>
    </message>
    <message>
        <source>The proof's "jws" is not a JWS with a detached payload (header..signature).</source>
        <translation>Das „jws“ des Proofs ist kein JWS mit abgetrennten Nutzdaten (Header..Signatur).</translation>
    </message>
    <message>
        <source>The proof's JWS header is not a base64url JSON object.</source>
        <translation>Der JWS-Header des Proofs ist kein base64url-JSON-Objekt.</translation>
    </message>
    <message>
        <source>The proof's JWS header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}.</source>
        <translation>Der JWS-Header des Proofs muss {"alg":"EdDSA","b64":false,"crit":["b64"]} sein.</translation>
    </message>
    <message>
        <source>The proof's JWS signature is not a 64-byte Ed25519 signature.</source>
        <translation>Die JWS-Signatur des Proofs ist keine 64-Byte-Ed25519-Signatur.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Die Signatur ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Satchel::EmptyStateView</name>
    <message>
        <source>Your wallet is empty</source>
        <translation>Ihre Wallet ist leer</translation>
    </message>
    <message>
        <source>Add your badges and credentials: drop files, folders or zip archives on this window, or choose one of these.</source>
        <translation>Fügen Sie Ihre Abzeichen und Nachweise hinzu: Ziehen Sie Dateien, Ordner oder ZIP-Archive auf dieses Fenster oder wählen Sie eine dieser Möglichkeiten.</translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation>Keine Nachweise entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation>Keine Nachweise entsprechen „%1“</translation>
    </message>
    <message>
        <source>Check the spelling, search for fewer words, or show everything again.</source>
        <translation>Prüfen Sie die Schreibweise, suchen Sie nach weniger Wörtern oder zeigen Sie wieder alles an.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Satchel::EntityStatement</name>
    <message>
        <source>The entity statement is larger than %1 KB.</source>
        <translation>Die Entitätsaussage ist größer als %1 KB.</translation>
    </message>
    <message>
        <source>The entity statement is not a JWS: %1</source>
        <translation>Die Entitätsaussage ist kein JWS: %1</translation>
    </message>
    <message>
        <source>The JWT is not an entity statement (its typ is "%1").</source>
        <translation>Das JWT ist keine Entitätsaussage (sein typ ist „%1“).</translation>
    </message>
    <message>
        <source>The entity statement's payload is not a JSON object.</source>
        <translation>Die Nutzdaten der Entitätsaussage sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The entity statement lacks iss, sub, iat or exp.</source>
        <translation>Der Entitätsaussage fehlt iss, sub, iat oder exp.</translation>
    </message>
    <message>
        <source>The entity statement's jwks has no keys array.</source>
        <translation>Das jwks der Entitätsaussage hat kein keys-Array.</translation>
    </message>
    <message>
        <source>The entity statement's metadata is not an object.</source>
        <translation>Das Feld metadata der Entitätsaussage ist kein Objekt.</translation>
    </message>
    <message>
        <source>The entity statement about %1 is not signed by a key of %2 that Satchel trusts.</source>
        <translation>Die Entitätsaussage über %1 ist nicht mit einem Schlüssel von %2 signiert, dem Satchel vertraut.</translation>
    </message>
</context>
<context>
    <name>Satchel::ExpiryCalendar</name>
    <message>
        <source>“%1” expires</source>
        <translation>„%1“ läuft ab</translation>
    </message>
    <message>
        <source>Your badge “%1” from %2 stops being valid on %3.</source>
        <translation>Ihr Abzeichen „%1“ von %2 verliert am %3 seine Gültigkeit.</translation>
    </message>
    <message>
        <source>Renew it at %1</source>
        <translation>Erneuern Sie es unter %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” expires in %n day(s)</source>
        <translation>
            <numerusform>„%1“ läuft in %n Tag ab</numerusform>
            <numerusform>„%1“ läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials has an expiry date.</source>
        <translation>Keiner dieser Nachweise hat ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Badge expiry dates</source>
        <translation>Ablaufdaten der Abzeichen</translation>
    </message>
</context>
<context>
    <name>Satchel::ExportEverything</name>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Every badge goes into the zip as its original file and as a badge image with the credential inside.</source>
        <translation>Jedes Abzeichen kommt als Originaldatei und als Abzeichenbild mit eingebettetem Nachweis in die ZIP-Datei.</translation>
    </message>
    <message>
        <source>Also a printable PDF certificate of each badge (takes longer)</source>
        <translation>Außerdem ein druckbares PDF-Zertifikat für jedes Abzeichen (dauert länger)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Satchel::FederationAnchor</name>
    <message>
        <source>The entity configuration at %1 is about %2, not %3.</source>
        <translation>Die Entitätskonfiguration unter %1 betrifft %2, nicht %3.</translation>
    </message>
    <message>
        <source>The trust anchor %1 names no fetch endpoint to ask about issuers.</source>
        <translation>Der Vertrauensanker %1 nennt keinen Fetch-Endpunkt, um nach Ausstellern zu fragen.</translation>
    </message>
    <message>
        <source>A trust chain has between 1 and %1 statements; this one has %2.</source>
        <translation>Eine Vertrauenskette hat zwischen 1 und %1 Aussagen; diese hat %2.</translation>
    </message>
    <message>
        <source>A statement in the trust chain is about %1 where %2 was expected.</source>
        <translation>Eine Aussage in der Vertrauenskette betrifft %1, obwohl %2 erwartet wurde.</translation>
    </message>
    <message>
        <source>The trust chain ends at %1, not at the trust anchor %2.</source>
        <translation>Die Vertrauenskette endet bei %1, nicht beim Vertrauensanker %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::Fetcher</name>
    <message>
        <source>Not fetched (offline): %1</source>
        <translation>Nicht abgerufen (offline): %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Nur http- und https-Adressen können abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Not sent (offline): %1</source>
        <translation>Nicht gesendet (offline): %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used: %1</source>
        <translation>Nur http- und https-Adressen können verwendet werden: %1</translation>
    </message>
    <message>
        <source>Timed out fetching %1</source>
        <translation>Zeitüberschreitung beim Abrufen von %1</translation>
    </message>
    <message>
        <source>Refused to contact %1: only secure (https) addresses are used here</source>
        <translation>Verbindung zu %1 verweigert: Hier werden nur sichere (https-)Adressen verwendet</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2, which is not a secure (https) address</source>
        <translation>Weiterleitung von %1 zu %2 verweigert, da dies keine sichere (https-)Adresse ist</translation>
    </message>
    <message>
        <source>%1 answered with a redirect; a request with a body is not sent elsewhere</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet; eine Anfrage mit Inhalt wird nicht anderswohin gesendet</translation>
    </message>
    <message>
        <source>More than %1 redirects fetching %2</source>
        <translation>Mehr als %1 Weiterleitungen beim Abrufen von %2</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2 (only http and https are followed)</source>
        <translation>Weiterleitung von %1 zu %2 verweigert (nur http und https werden verfolgt)</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>Nicht gefunden (HTTP 404): %1</translation>
    </message>
    <message>
        <source>Gone (HTTP 410): %1</source>
        <translation>Entfernt (HTTP 410): %1</translation>
    </message>
    <message>
        <source>HTTP %1 fetching %2</source>
        <translation>HTTP %1 beim Abrufen von %2</translation>
    </message>
</context>
<context>
    <name>Satchel::ForeignDatabase</name>
    <message>
        <source>The database's schema cannot be read: %1</source>
        <translation>Das Schema der Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wallet file defines a view ("%1"); Satchel's wallets have none.</source>
        <translation>Die Wallet-Datei definiert eine Ansicht („%1“); Satchel-Wallets haben keine.</translation>
    </message>
    <message>
        <source>The wallet file defines a trigger ("%1") that Satchel does not make.</source>
        <translation>Die Wallet-Datei definiert einen Trigger („%1“), den Satchel nicht anlegt.</translation>
    </message>
    <message>
        <source>The wallet file holds a table or index ("%1") that is not part of Satchel's wallet schema, or is defined differently.</source>
        <translation>Die Wallet-Datei enthält eine Tabelle oder einen Index („%1“), der nicht zum Wallet-Schema von Satchel gehört oder anders definiert ist.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>Die Datenbank ist keine offene SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>SQLite refused to open the database defensively.</source>
        <translation>SQLite hat sich geweigert, die Datenbank im defensiven Modus zu öffnen.</translation>
    </message>
    <message>
        <source>Satchel's own wallet schema could not be built.</source>
        <translation>Satchels eigenes Wallet-Schema konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database is not a Satchel wallet.</source>
        <translation>Die Datenbank ist keine Satchel-Wallet.</translation>
    </message>
</context>
<context>
    <name>Satchel::GalleryView</name>
    <message>
        <source>Search name, issuer, skills, tags… (Ctrl+F)</source>
        <translation>Name, Aussteller, Fähigkeiten, Schlagwörter suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search the wallet as you type</source>
        <translation>Die Wallet während der Eingabe durchsuchen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Leistungsart</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Ausstellungsjahr</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation>Absteigende Reihenfolge (klicken für aufsteigend)</translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation>Aufsteigende Reihenfolge (klicken für absteigend)</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
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
        <translation>Alle Aussteller</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Search the wallet</source>
        <translation>Wallet durchsuchen</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Absteigende Reihenfolge</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Aufsteigende Reihenfolge</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentitiesWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole DID</source>
        <translation>Gesamte DID kopieren</translation>
    </message>
    <message>
        <source>Your keys prove that credentials sent to them are yours. Issuers that send credentials straight to Satchel bind them to one of these; the default is offered first. The private part stays on this computer, in the keychain or sealed in the wallet under a passphrase.</source>
        <translation>Ihre Schlüssel belegen, dass an sie gesendete Nachweise Ihnen gehören. Aussteller, die Nachweise direkt an Satchel senden, binden sie an einen dieser Schlüssel; der Standardschlüssel wird zuerst angeboten. Der private Teil bleibt auf diesem Computer, im Schlüsselbund oder mit einer Passphrase versiegelt in der Wallet.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Stilllegen…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Sealed in the wallet</source>
        <translation>In der Wallet versiegelt</translation>
    </message>
    <message>
        <source>No keys yet: add one, or one is made when you first share a public link.</source>
        <translation>Noch keine Schlüssel: Fügen Sie einen hinzu, oder einer wird erstellt, wenn Sie zum ersten Mal einen öffentlichen Link teilen.</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>e.g. School, Work</source>
        <translation>z. B. Schule, Arbeit</translation>
    </message>
    <message>
        <source>Ed25519 (did:key), recommended</source>
        <translation>Ed25519 (did:key), empfohlen</translation>
    </message>
    <message>
        <source>P-256 (did:jwk), for issuers that ask for it</source>
        <translation>P-256 (did:jwk), für Aussteller, die es verlangen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled: no key was made.</source>
        <translation>Abgebrochen: Es wurde kein Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Es ist keine Wallet geöffnet.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>„%1“ ist jetzt der Standard.</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>Schlüssel stilllegen</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>Schlüssel %1 stilllegen?</translation>
    </message>
    <message>
        <source>Credentials issued to it will no longer be recognised as yours, and it cannot sign for you again. Only a backup made before now still holds it.</source>
        <translation>Für ihn ausgestellte Nachweise werden nicht mehr als Ihre erkannt, und er kann nie wieder für Sie signieren. Nur eine vorher erstellte Sicherung enthält ihn noch.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Retiring the key…</source>
        <translation>Schlüssel wird stillgelegt…</translation>
    </message>
    <message>
        <source>The key is retired.</source>
        <translation>Der Schlüssel ist stillgelegt.</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Meine Schlüssel</translation>
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
        <translation>Satchel kennt keinen Schlüsseltyp „%1“ (bekannt sind ed25519 und p256).</translation>
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
        <source>The key %1 is not in this wallet.</source>
        <translation>Der Schlüssel %1 ist nicht in dieser Wallet.</translation>
    </message>
    <message>
        <source>The stored key does not match its DID %1.</source>
        <translation>Der gespeicherte Schlüssel passt nicht zu seiner DID %1.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Öffentliche Links</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet, so it cannot sign for it.</source>
        <translation>Der Schlüssel %1 ist nicht in dieser Wallet, daher kann damit nicht signiert werden.</translation>
    </message>
    <message>
        <source>Public links are signed with an Ed25519 key; %1 is another kind.</source>
        <translation>Öffentliche Links werden mit einem Ed25519-Schlüssel signiert; %1 ist von anderer Art.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: choose a passphrase to protect your key.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund: Wählen Sie eine Passphrase, um Ihren Schlüssel zu schützen.</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Meine Identität</translation>
    </message>
    <message>
        <source>The keychain cannot keep your key (%1): choose a passphrase to protect it instead.</source>
        <translation>Der Schlüsselbund kann Ihren Schlüssel nicht speichern (%1): Wählen Sie stattdessen eine Passphrase, um ihn zu schützen.</translation>
    </message>
    <message>
        <source>Your key is kept in the keychain, which cannot be reached now.</source>
        <translation>Ihr Schlüssel liegt im Schlüsselbund, der derzeit nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Your key is no longer in the keychain of this computer.</source>
        <translation>Ihr Schlüssel ist nicht mehr im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase: enter it.</source>
        <translation>Ihr Schlüssel ist durch eine Passphrase geschützt: Geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock your key.</source>
        <translation>Die Passphrase entsperrt Ihren Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <source>Stop the public links this key signed before removing it: only it can stop them.</source>
        <translation>Beenden Sie die öffentlichen Links, die dieser Schlüssel signiert hat, bevor Sie ihn entfernen: Nur er kann sie beenden.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportDialog</name>
    <message>
        <source>The clipboard text is too long to be a credential.</source>
        <translation>Der Text in der Zwischenablage ist zu lang für einen Nachweis.</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>Nachweise importieren</translation>
    </message>
    <message>
        <source>Add badges from files (JSON, JWS/JWT, PNG, SVG, ZIP), a whole folder, a web address, or text copied to the clipboard. You can also drop files on the main window.</source>
        <translation>Fügen Sie Abzeichen aus Dateien (JSON, JWS/JWT, PNG, SVG, ZIP), einem ganzen Ordner, einer Webadresse oder aus in die Zwischenablage kopiertem Text hinzu. Sie können Dateien auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Aus Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>https://… address of a hosted badge or credential</source>
        <translation>https://…-Adresse eines gehosteten Abzeichens oder Nachweises</translation>
    </message>
    <message>
        <source>Import address</source>
        <translation>Adresse importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>%1 von %2 importiert: %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the wallet, %3 failed.</source>
        <translation>%1 importiert, %2 bereits in der Wallet, %3 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version of a credential already in the wallet.</source>
        <translation>
            <numerusform>%n als weitere Version eines bereits vorhandenen Nachweises behalten.</numerusform>
            <numerusform>%n als weitere Versionen bereits vorhandener Nachweise behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported before stays in the wallet.</source>
        <translation>Der Import wurde abgebrochen; bereits Importiertes bleibt in der Wallet.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Kept as a version</source>
        <translation>Als Version behalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n credential(s) inside)</source>
        <translation>
            <numerusform>(%n Nachweis enthalten)</numerusform>
            <numerusform>(%n Nachweise enthalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Abzeichendateien importieren</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Alle Abzeichen eines Ordners importieren</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;All files (*)</source>
        <translation>Abzeichen (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportService</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 only points to another address, not to a credential.</source>
        <translation>%1 verweist nur auf eine andere Adresse, nicht auf einen Nachweis.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation cannot be read, so none of it was imported: %2</source>
        <translation>Nachweis %1 der Präsentation kann nicht gelesen werden, daher wurde nichts daraus importiert: %2</translation>
    </message>
    <message>
        <source>a holder it does not name</source>
        <translation>einem Inhaber, den sie nicht nennt</translation>
    </message>
    <message>
        <source>From a presentation by %1 (its signature was not checked).</source>
        <translation>Aus einer Präsentation von %1 (ihre Signatur wurde nicht geprüft).</translation>
    </message>
    <message>
        <source>From a presentation signed by its holder %1.</source>
        <translation>Aus einer von ihrem Inhaber %1 signierten Präsentation.</translation>
    </message>
    <message>
        <source>From a presentation by %1.</source>
        <translation>Aus einer Präsentation von %1.</translation>
    </message>
    <message>
        <source>The presentation's holder signature does not verify: %1</source>
        <translation>Die Inhabersignatur der Präsentation ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no credential files.</source>
        <translation>Der Ordner %1 enthält keine Nachweisdateien.</translation>
    </message>
    <message>
        <source>The archive %1 holds no credential files.</source>
        <translation>Das Archiv %1 enthält keine Nachweisdateien.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document: %2</source>
        <translation>%1 ist kein JSON-Dokument: %2</translation>
    </message>
    <message>
        <source>Already in the wallet.</source>
        <translation>Bereits in der Wallet.</translation>
    </message>
    <message>
        <source>The wallet holds this credential with other content: both are kept, and the one that verifies is shown.</source>
        <translation>Die Wallet enthält diesen Nachweis mit anderem Inhalt: Beide werden behalten, und der erfolgreich geprüfte wird angezeigt.</translation>
    </message>
    <message>
        <source>A newer copy of a credential in the wallet: shown in its place, the older copy kept as a version.</source>
        <translation>Eine neuere Kopie eines Nachweises in der Wallet: Sie wird an seiner Stelle angezeigt, die ältere Kopie wird als Version behalten.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
</context>
<context>
    <name>Satchel::Inflate</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Die komprimierten Daten sind zu groß.</translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation>Die Dekomprimierung kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The data decompresses to more than %1 bytes.</source>
        <translation>Die Daten sind entpackt größer als %1 Byte.</translation>
    </message>
    <message>
        <source>Unexpected data after the compressed stream.</source>
        <translation>Unerwartete Daten nach dem komprimierten Datenstrom.</translation>
    </message>
    <message>
        <source>Cannot continue decompression.</source>
        <translation>Die Dekomprimierung kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation>Die komprimierten Daten sind beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation>Die komprimierten Daten sind abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerConnection</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The issuer (%1) could not be reached while %2: %3</source>
        <translation>Der Aussteller (%1) war beim Schritt „%2“ nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was asked of the issuer (%1).</source>
        <translation>Satchel arbeitet offline, daher wurde beim Aussteller nichts angefragt (%1).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer refused while %1 (%2).</source>
        <translation>Der Aussteller hat beim Schritt „%1“ abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerMetadata</name>
    <message>
        <source>The issuer's metadata cannot be used: %1</source>
        <translation>Die Metadaten des Ausstellers können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>sie sind kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>it does not name its credential issuer</source>
        <translation>sie nennen ihren Nachweisaussteller nicht</translation>
    </message>
    <message>
        <source>it has no credential endpoint</source>
        <translation>sie haben keinen Nachweis-Endpunkt</translation>
    </message>
    <message>
        <source>the authorization server's metadata is not a JSON object</source>
        <translation>die Metadaten des Autorisierungsservers sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the authorization server has no token endpoint</source>
        <translation>der Autorisierungsserver hat keinen Token-Endpunkt</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrust</name>
    <message>
        <source>Listed by %1 as %2; you also know this issuer personally</source>
        <translation>Von %1 als %2 gelistet; Sie kennen diesen Aussteller auch persönlich</translation>
    </message>
    <message>
        <source>Listed by %1 as %2</source>
        <translation>Von %1 als %2 gelistet</translation>
    </message>
    <message numerus="yes">
        <source>Listed by %1 as %2, but the registry's copy is %n day(s) old</source>
        <translation>
            <numerusform>Von %1 als %2 gelistet, aber die Kopie des Registers ist %n Tag alt</numerusform>
            <numerusform>Von %1 als %2 gelistet, aber die Kopie des Registers ist %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed in the registries you use; you marked this issuer as known to you</source>
        <translation>Nicht in den von Ihnen verwendeten Registern gelistet; Sie haben diesen Aussteller als Ihnen bekannt markiert</translation>
    </message>
    <message>
        <source>Not listed in the registries you use</source>
        <translation>Nicht in den von Ihnen verwendeten Registern gelistet</translation>
    </message>
    <message>
        <source>Not checked: no trust registry copy to answer from (Settings, Trust registries)</source>
        <translation>Nicht geprüft: keine Kopie eines Vertrauensregisters zum Abgleich (Einstellungen, Vertrauensregister)</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrustChecker</name>
    <message>
        <source>The trust checker keeps no documents.</source>
        <translation>Die Vertrauensprüfung bewahrt keine Dokumente auf.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonLdProcessor</name>
    <message>
        <source>@propagate must be true or false</source>
        <translation>@propagate muss true oder false sein</translation>
    </message>
    <message>
        <source>cannot nullify a context with protected terms</source>
        <translation>ein Kontext mit geschützten Begriffen kann nicht annulliert werden</translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation>ein Kontext muss ein Objekt, eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <source>too many nested remote contexts (%1)</source>
        <translation>zu viele verschachtelte entfernte Kontexte (%1)</translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation>%1 hat keinen @context</translation>
    </message>
    <message>
        <source>@version must be 1.1</source>
        <translation>@version muss 1.1 sein</translation>
    </message>
    <message>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation>@version 1.1 im Modus json-ld-1.0</translation>
    </message>
    <message>
        <source>@import must be a string</source>
        <translation>@import muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation>%1 hat kein @context-Objekt</translation>
    </message>
    <message>
        <source>an imported context cannot import</source>
        <translation>ein importierter Kontext kann nicht importieren</translation>
    </message>
    <message>
        <source>@base must be a string</source>
        <translation>@base muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>@vocab must be a string</source>
        <translation>@vocab muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>@language must be a string</source>
        <translation>@language muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>@direction must be ltr or rtl</source>
        <translation>@direction muss ltr oder rtl sein</translation>
    </message>
    <message>
        <source>@protected must be true or false</source>
        <translation>@protected muss true oder false sein</translation>
    </message>
    <message>
        <source>JSON-LD error (%1): %2</source>
        <translation>JSON-LD-Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Safe mode: JSON-LD processing would drop %1.</source>
        <translation>Sicherer Modus: Die JSON-LD-Verarbeitung würde %1 verwerfen.</translation>
    </message>
    <message>
        <source>the graph named by the relative IRI "%1"</source>
        <translation>den durch die relative IRI „%1“ benannten Graphen</translation>
    </message>
    <message>
        <source>the node with the relative IRI "%1"</source>
        <translation>den Knoten mit der relativen IRI „%1“</translation>
    </message>
    <message>
        <source>the type "%1"</source>
        <translation>den Typ „%1“</translation>
    </message>
    <message>
        <source>the blank node property "%1"</source>
        <translation>die Leerknoten-Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>the property "%1"</source>
        <translation>die Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>the relative IRI "%1"</source>
        <translation>die relative IRI „%1“</translation>
    </message>
    <message>
        <source>the datatype "%1"</source>
        <translation>den Datentyp „%1“</translation>
    </message>
    <message>
        <source>the language tag "%1"</source>
        <translation>das Sprach-Tag „%1“</translation>
    </message>
    <message>
        <source>The JSON-LD document is nested deeper than %1 levels.</source>
        <translation>Das JSON-LD-Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>a free-floating value</source>
        <translation>einen frei schwebenden Wert</translation>
    </message>
    <message>
        <source>the property "%1" (not defined by any context)</source>
        <translation>die Eigenschaft „%1“ (von keinem Kontext definiert)</translation>
    </message>
    <message>
        <source>the relative @id "%1"</source>
        <translation>die relative @id „%1“</translation>
    </message>
    <message>
        <source>the invalid language tag "%1"</source>
        <translation>das ungültige Sprach-Tag „%1“</translation>
    </message>
    <message>
        <source>a free-floating list</source>
        <translation>eine frei schwebende Liste</translation>
    </message>
    <message>
        <source>the type "%1" (not defined by any context)</source>
        <translation>den Typ „%1“ (von keinem Kontext definiert)</translation>
    </message>
    <message>
        <source>property-valued index on a value</source>
        <translation>eigenschaftsbasierter Index auf einem Wert</translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation>@type mit @language oder @direction</translation>
    </message>
    <message>
        <source>@value must be a scalar</source>
        <translation>@value muss ein Skalar sein</translation>
    </message>
    <message>
        <source>a language-tagged value must be a string</source>
        <translation>ein Wert mit Sprach-Tag muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unexpected entries</source>
        <translation>unerwartete Einträge</translation>
    </message>
    <message>
        <source>an empty top-level object</source>
        <translation>ein leeres Objekt der obersten Ebene</translation>
    </message>
    <message>
        <source>a free-floating value or list</source>
        <translation>einen frei schwebenden Wert oder eine frei schwebende Liste</translation>
    </message>
    <message>
        <source>a top-level object with only @id</source>
        <translation>ein Objekt der obersten Ebene mit nur @id</translation>
    </message>
    <message>
        <source>a value or list outside any node</source>
        <translation>einen Wert oder eine Liste außerhalb jedes Knotens</translation>
    </message>
    <message>
        <source>empty term</source>
        <translation>leerer Begriff</translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 hat keine IRI und es gibt kein @vocab</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonPointerSelection</name>
    <message>
        <source>"%1" is not a JSON pointer.</source>
        <translation>„%1“ ist kein JSON-Pointer.</translation>
    </message>
    <message>
        <source>"%1" has an invalid escape.</source>
        <translation>„%1“ enthält eine ungültige Escape-Sequenz.</translation>
    </message>
    <message>
        <source>The JSON pointer "%1" does not match the credential.</source>
        <translation>Der JSON-Pointer „%1“ passt nicht zum Nachweis.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonSchemaValidator</name>
    <message>
        <source>The document does not match the schema.</source>
        <translation>Das Dokument entspricht nicht dem Schema.</translation>
    </message>
    <message>
        <source>The document is too complex to check against its schema.</source>
        <translation>Das Dokument ist zu komplex, um es gegen sein Schema zu prüfen.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to check against its schema.</source>
        <translation>Das Dokument ist zu tief verschachtelt, um es gegen sein Schema zu prüfen.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Dieser Wert ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not bundled.</source>
        <translation>Das Schema verweist auf %1, das nicht mitgeliefert wird.</translation>
    </message>
    <message>
        <source>Expected type %1, found %2.</source>
        <translation>Typ %1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation>Der Wert ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>The value is not the required constant.</source>
        <translation>Der Wert ist nicht die geforderte Konstante.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>Die Zahl liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The required property "%1" is missing.</source>
        <translation>Die erforderliche Eigenschaft „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The object has a wrong number of properties.</source>
        <translation>Das Objekt hat eine falsche Anzahl von Eigenschaften.</translation>
    </message>
    <message>
        <source>The property "%1" is not allowed here.</source>
        <translation>Die Eigenschaft „%1“ ist hier nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) are required.</source>
        <translation>
            <numerusform>Mindestens %n Element ist erforderlich.</numerusform>
            <numerusform>Mindestens %n Elemente sind erforderlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) are allowed.</source>
        <translation>
            <numerusform>Höchstens %n Element ist erlaubt.</numerusform>
            <numerusform>Höchstens %n Elemente sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item of the list has the required form.</source>
        <translation>Kein Element der Liste hat die geforderte Form.</translation>
    </message>
    <message>
        <source>The list has duplicate items.</source>
        <translation>Die Liste enthält doppelte Elemente.</translation>
    </message>
    <message>
        <source>The text has a wrong length.</source>
        <translation>Der Text hat eine falsche Länge.</translation>
    </message>
    <message>
        <source>The text does not have the required form.</source>
        <translation>Der Text hat nicht die geforderte Form.</translation>
    </message>
    <message>
        <source>The text is not a valid %1.</source>
        <translation>Der Text ist kein gültiger Wert im Format %1.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms.</source>
        <translation>Der Wert entspricht mehr als einer der erlaubten Formen.</translation>
    </message>
    <message>
        <source>The value does not have any of the allowed forms.</source>
        <translation>Der Wert hat keine der erlaubten Formen.</translation>
    </message>
    <message>
        <source>The value has a form that is not allowed here.</source>
        <translation>Der Wert hat eine Form, die hier nicht erlaubt ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonValue</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>Ungültiges JSON an Byte %1: %2</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>too many values</source>
        <translation>zu viele Werte</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>Verschachtelung tiefer als %1</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>Zeichenketten-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>the member name "%1" appears twice in one object</source>
        <translation>der Mitgliedsname „%1“ kommt zweimal in einem Objekt vor</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>Steuerzeichen in Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>truncated UTF-8</source>
        <translation>abgeschnittenes UTF-8</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>Das JSON-Dokument ist größer als %1 Byte.</translation>
    </message>
</context>
<context>
    <name>Satchel::Jws</name>
    <message>
        <source>The JWS header has no "alg".</source>
        <translation>Der JWS-Header hat kein „alg“.</translation>
    </message>
    <message>
        <source>The JWS uses header extensions that are not supported.</source>
        <translation>Das JWS verwendet Header-Erweiterungen, die nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>The JWS is larger than %1 bytes.</source>
        <translation>Das JWS ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>A compact JWS has exactly three dot-separated parts.</source>
        <translation>Ein kompaktes JWS besteht aus genau drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <source>The JWS header is larger than %1 bytes.</source>
        <translation>Der JWS-Header ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation>Der JWS-Header ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation>Der JWS-Header ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation>Die JWS-Nutzdaten sind kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation>Die JWS-Signatur ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWS payload is not a JSON object.</source>
        <translation>Die JWS-Nutzdaten sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JWS is unsecured ("alg": "none").</source>
        <translation>Das JWS ist ungesichert („alg“: „none“).</translation>
    </message>
    <message>
        <source>The JWS algorithm "%1" is not allowed.</source>
        <translation>Der JWS-Algorithmus „%1“ ist nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtPresentation</name>
    <message>
        <source>Your key could not sign the presentation the verifier asks for: %1</source>
        <translation>Ihr Schlüssel konnte die vom Prüfer angeforderte Präsentation nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtVcIssuerKeys</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>Der Schlüssel im JWT-Header ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Neither the issuer (%1) nor the JWT header says where the issuer's key is.</source>
        <translation>Weder der Aussteller (%1) noch der JWT-Header gibt an, wo der Schlüssel des Ausstellers zu finden ist.</translation>
    </message>
    <message>
        <source>The issuer's certificate is unusable: %1</source>
        <translation>Das Zertifikat des Ausstellers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>Der Signaturschlüssel %1 gehört nicht zum Aussteller %2.</translation>
    </message>
    <message>
        <source>The issuer's key is published at %1; it was not checked offline.</source>
        <translation>Der Schlüssel des Ausstellers wird unter %1 veröffentlicht; offline wurde er nicht geprüft.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 is for another issuer.</source>
        <translation>Die Aussteller-Metadaten unter %1 gehören zu einem anderen Aussteller.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 lists no keys.</source>
        <translation>Die Aussteller-Metadaten unter %1 enthalten keine Schlüssel.</translation>
    </message>
    <message>
        <source>The JWT names no key and the issuer publishes several.</source>
        <translation>Das JWT nennt keinen Schlüssel, und der Aussteller veröffentlicht mehrere.</translation>
    </message>
    <message>
        <source>The issuer publishes no key "%1".</source>
        <translation>Der Aussteller veröffentlicht keinen Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>The issuer's key is unusable: %1</source>
        <translation>Der Schlüssel des Ausstellers ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The issuer's certificates cannot be read: %1</source>
        <translation>Die Zertifikate des Ausstellers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The signing key comes from the certificate in the credential, which does not lead to a certificate authority this computer trusts (%1).</source>
        <translation>Der Signaturschlüssel stammt aus dem Zertifikat im Nachweis, das nicht zu einer Zertifizierungsstelle führt, der dieser Computer vertraut (%1).</translation>
    </message>
    <message>
        <source>The credential's certificate is vouched for by %1, but the issuer is not named by a web address the certificate could be compared with.</source>
        <translation>Für das Zertifikat des Nachweises bürgt %1, aber der Aussteller ist nicht durch eine Webadresse benannt, mit der das Zertifikat verglichen werden könnte.</translation>
    </message>
    <message>
        <source>The credential's certificate is not for %1, the issuer's site.</source>
        <translation>Das Zertifikat des Nachweises gilt nicht für %1, die Website des Ausstellers.</translation>
    </message>
    <message>
        <source>The issuer's certificate for %1 is vouched for by %2, a certificate authority this computer trusts.</source>
        <translation>Für das Zertifikat des Ausstellers für %1 bürgt %2, eine Zertifizierungsstelle, der dieser Computer vertraut.</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyProof</name>
    <message>
        <source>Your key could not sign the proof the issuer asks for: %1</source>
        <translation>Ihr Schlüssel konnte den vom Aussteller angeforderten Proof nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyResolver</name>
    <message>
        <source>The verification method holds no public key.</source>
        <translation>Die Verifizierungsmethode enthält keinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The key set does not contain the key %1.</source>
        <translation>Der Schlüsselsatz enthält den Schlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>The document does not contain the key %1.</source>
        <translation>Das Dokument enthält den Schlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>The key %1 is not authorised for assertions by its controller.</source>
        <translation>Der Schlüssel %1 ist von seinem Controller nicht für Assertions autorisiert.</translation>
    </message>
    <message>
        <source>The document at %1 is not a key.</source>
        <translation>Das Dokument unter %1 ist kein Schlüssel.</translation>
    </message>
    <message>
        <source>The key %1 needs a network lookup.</source>
        <translation>Der Schlüssel %1 erfordert eine Netzwerkabfrage.</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched: %2</source>
        <translation>Der Schlüssel unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (HTTP %2).</source>
        <translation>Der Schlüssel unter %1 konnte nicht abgerufen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>The key document at %1 is not valid JSON.</source>
        <translation>Das Schlüsseldokument unter %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>No key is named.</source>
        <translation>Es ist kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The DID document at %1 is for another DID.</source>
        <translation>Das DID-Dokument unter %1 gehört zu einer anderen DID.</translation>
    </message>
    <message>
        <source>The DID method of %1 is not supported.</source>
        <translation>Die DID-Methode von %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The key id %1 is not a URL or a supported DID.</source>
        <translation>Die Schlüssel-ID %1 ist weder eine URL noch eine unterstützte DID.</translation>
    </message>
</context>
<context>
    <name>Satchel::LoopbackRedirectListener</name>
    <message>
        <source>Satchel could not listen for the sign-in's answer on this computer: %1</source>
        <translation>Satchel konnte auf diesem Computer nicht auf die Antwort der Anmeldung warten: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish in time. Try receiving the offer again.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen. Versuchen Sie erneut, das Angebot zu empfangen.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Nicht hier</translation>
    </message>
    <message>
        <source>This address only takes the issuer's answer to a sign-in.</source>
        <translation>Diese Adresse nimmt nur die Antwort des Ausstellers auf eine Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Satchel started.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Satchel gestartet hat.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this tab and return to Satchel.</source>
        <translation>Sie können diesen Tab schließen und zu Satchel zurückkehren.</translation>
    </message>
    <message>
        <source>The issuer did not authorize the request (%1).</source>
        <translation>Der Aussteller hat die Anfrage nicht autorisiert (%1).</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>Satchel::MainWindow</name>
    <message>
        <source>Verifying %1 of %2</source>
        <translation>%1 von %2 wird geprüft</translation>
    </message>
    <message>
        <source>Select one credential to export.</source>
        <translation>Wählen Sie einen einzelnen Nachweis zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Select the credentials to verify, or use Verify all.</source>
        <translation>Wählen Sie die zu prüfenden Nachweise aus oder verwenden Sie „Alle prüfen“.</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;A desktop wallet for Open Badges 2.0 and 3.0 and CLR 2.0 micro-credentials, kept on your own computer.</source>
        <translation>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;Eine Desktop-Wallet für Micro-Credentials nach Open Badges 2.0 und 3.0 sowie CLR 2.0, gespeichert auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop verifying (the credentials checked so far keep their result)</source>
        <translation>Prüfung beenden (bereits geprüfte Nachweise behalten ihr Ergebnis)</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Satchel — demo wallet</source>
        <translation>Satchel — Demo-Wallet</translation>
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
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n credential(s)</source>
        <translation>
            <numerusform>%1 von %n Nachweis angezeigt</numerusform>
            <numerusform>%1 von %n Nachweisen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the credential: %1</source>
        <translation>Der Nachweis konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>There is nothing to verify.</source>
        <translation>Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n credential(s): </source>
        <translation>
            <numerusform>%n Nachweis geprüft: </numerusform>
            <numerusform>%n Nachweise geprüft: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 not valid, %3 could not be checked.</source>
        <translation>%1 gültig, %2 ungültig, %3 konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported.</source>
        <translation>
            <numerusform>%n Nachweis importiert.</numerusform>
            <numerusform>%n Nachweise importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version.</source>
        <translation>
            <numerusform>%n als weitere Version behalten.</numerusform>
            <numerusform>%n als weitere Versionen behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation>Andere Wallet öffnen</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another wallet.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist, bevor Sie eine andere Wallet öffnen.</translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Nachweise aus.</translation>
    </message>
    <message>
        <source>Select one credential to share.</source>
        <translation>Wählen Sie einen einzelnen Nachweis zum Teilen aus.</translation>
    </message>
    <message>
        <source>Select the credentials to put in a signed presentation.</source>
        <translation>Wählen Sie die Nachweise aus, die in eine signierte Präsentation aufgenommen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? The original files are not touched.</source>
        <translation>
            <numerusform>%n Nachweis aus Ihrer Wallet entfernen? Die Originaldatei bleibt unberührt.</numerusform>
            <numerusform>%n Nachweise aus Ihrer Wallet entfernen? Die Originaldateien bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? The original file is not touched.</source>
        <translation>„%1“ aus Ihrer Wallet entfernen? Die Originaldatei bleibt unberührt.</translation>
    </message>
    <message>
        <source>Remove from wallet</source>
        <translation>Aus Wallet entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) could not be removed.</source>
        <translation>
            <numerusform>%n Nachweis konnte nicht entfernt werden.</numerusform>
            <numerusform>%n Nachweise konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received.</source>
        <translation>
            <numerusform>%n Nachweis empfangen.</numerusform>
            <numerusform>%n Nachweise empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Import wird beendet…</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import badge files (JSON, JWS, PNG, SVG, ZIP)</source>
        <translation>Abzeichendateien importieren (JSON, JWS, PNG, SVG, ZIP)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Alle Abzeichen eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Import a hosted badge or credential from its web address</source>
        <translation>Ein gehostetes Abzeichen oder einen Nachweis über die Webadresse importieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Import the badge, JWS or address on the clipboard (Ctrl+V)</source>
        <translation>Das Abzeichen, JWS oder die Adresse aus der Zwischenablage importieren (Strg+V)</translation>
    </message>
    <message>
        <source>Receive &amp;a credential…</source>
        <translation>Nachweis empf&amp;angen…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Empfangen…</translation>
    </message>
    <message>
        <source>Receive a credential straight from its issuer: a link or QR code (Ctrl+Shift+V)</source>
        <translation>Einen Nachweis direkt vom Aussteller empfangen: über einen Link oder QR-Code (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Chec&amp;k pending credentials</source>
        <translation>Aus&amp;stehende Nachweise abfragen</translation>
    </message>
    <message>
        <source>Ask issuers again for credentials they said would be ready later</source>
        <translation>Aussteller erneut nach Nachweisen fragen, die später bereitstehen sollten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>Show credentials as cards</source>
        <translation>Nachweise als Karten anzeigen</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show credentials as a sortable list</source>
        <translation>Nachweise als sortierbare Liste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation>Lern&amp;pfade</translation>
    </message>
    <message>
        <source>See how your badges add up to bigger credentials (Ctrl+3)</source>
        <translation>Sehen, wie sich Ihre Abzeichen zu größeren Nachweisen summieren (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to all credentials (Esc)</source>
        <translation>Zurück zu allen Nachweisen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Re&amp;move from wallet…</source>
        <translation>Aus Wallet ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check that the selected credentials are genuine and still valid (Ctrl+R)</source>
        <translation>Prüfen, ob die ausgewählten Nachweise echt und noch gültig sind (Strg+R)</translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>Check every credential in the wallet, in the background</source>
        <translation>Alle Nachweise in der Wallet im Hintergrund prüfen</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Verify from what the wallet has kept, without using the network</source>
        <translation>Anhand der in der Wallet aufbewahrten Daten prüfen, ohne das Netzwerk zu verwenden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Original file…</source>
        <translation>&amp;Originaldatei…</translation>
    </message>
    <message>
        <source>Save the credential exactly as the issuer sent it</source>
        <translation>Den Nachweis genau so speichern, wie der Aussteller ihn gesendet hat</translation>
    </message>
    <message>
        <source>&amp;Baked badge image…</source>
        <translation>Bild mit eingebettetem &amp;Abzeichen…</translation>
    </message>
    <message>
        <source>Save the badge image with the credential inside, for any badge wallet</source>
        <translation>Das Abzeichenbild mit eingebettetem Nachweis speichern, für jede Abzeichen-Wallet</translation>
    </message>
    <message>
        <source>&amp;Everything as a zip…</source>
        <translation>Alles als &amp;ZIP…</translation>
    </message>
    <message>
        <source>All your badges as plain files: originals, baked images and PDF certificates</source>
        <translation>Alle Ihre Abzeichen als einfache Dateien: Originale, Bilder mit eingebettetem Nachweis und PDF-Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation>Wallet s&amp;ichern…</translation>
    </message>
    <message>
        <source>Save the whole wallet to one encrypted file</source>
        <translation>Die gesamte Wallet in einer verschlüsselten Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Bring back the credentials of an encrypted backup; those already here are kept</source>
        <translation>Die Nachweise aus einer verschlüsselten Sicherung zurückholen; bereits vorhandene werden behalten</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Si&amp;gned presentation…</source>
        <translation>Si&amp;gnierte Präsentation…</translation>
    </message>
    <message>
        <source>Save the selected credentials in one file signed by you, for someone who asked to see them and gave you a code</source>
        <translation>Die ausgewählten Nachweise in einer von Ihnen signierten Datei speichern, für jemanden, der sie sehen wollte und Ihnen einen Code gegeben hat</translation>
    </message>
    <message>
        <source>Shared li&amp;nks…</source>
        <translation>Geteilte Li&amp;nks…</translation>
    </message>
    <message>
        <source>The public links you made, with Stop sharing</source>
        <translation>Die von Ihnen erstellten öffentlichen Links, mit „Teilen beenden“</translation>
    </message>
    <message>
        <source>Presentation &amp;history…</source>
        <translation>Präsentations&amp;verlauf…</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, and when; kept on this computer</source>
        <translation>Was Sie an Prüfer gesendet oder abgelehnt haben und wann; auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Share the selected badge on LinkedIn, social media or by e-mail, or as a QR code (Ctrl+Shift+S)</source>
        <translation>Das ausgewählte Abzeichen auf LinkedIn, in sozialen Medien, per E-Mail oder als QR-Code teilen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;Tags and collections…</source>
        <translation>Schlag&amp;wörter und Sammlungen…</translation>
    </message>
    <message>
        <source>Tag the selected credentials and put them in collections (Ctrl+T)</source>
        <translation>Den ausgewählten Nachweisen Schlagwörter zuweisen und sie in Sammlungen legen (Strg+T)</translation>
    </message>
    <message>
        <source>Pr&amp;int certificate…</source>
        <translation>Zertifikat dru&amp;cken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Preview, save as PDF or print a certificate of this credential (Ctrl+P)</source>
        <translation>Ein Zertifikat dieses Nachweises in der Vorschau ansehen, als PDF speichern oder drucken (Strg+P)</translation>
    </message>
    <message>
        <source>PDF &amp;certificates…</source>
        <translation>P&amp;DF-Zertifikate…</translation>
    </message>
    <message>
        <source>Save a PDF certificate of each selected credential into a folder</source>
        <translation>Ein PDF-Zertifikat jedes ausgewählten Nachweises in einem Ordner speichern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>Ü&amp;ber Satchel</translation>
    </message>
    <message>
        <source>Open the &amp;demo wallet</source>
        <translation>&amp;Demo-Wallet öffnen</translation>
    </message>
    <message>
        <source>Try Satchel on example badges, in a window and wallet of their own</source>
        <translation>Satchel mit Beispielabzeichen ausprobieren, in eigenem Fenster und eigener Wallet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>Die Zwischenablage enthält nichts zum Importieren.</translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Abzeichendateien importieren</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Alle Abzeichen eines Ordners importieren</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>Web address of a hosted badge or credential:</source>
        <translation>Webadresse eines gehosteten Abzeichens oder Nachweises:</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;All files (*)</source>
        <translation>Abzeichen (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::Migrations</name>
    <message>
        <source>The wallet file could not be read: %1</source>
        <translation>Die Wallet-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wallet's schema version could not be read: %1</source>
        <translation>Die Schema-Version der Wallet konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Satchel (schema %1; this version understands up to %2).</source>
        <translation>Diese Wallet wurde von einer neueren Version von Satchel erstellt (Schema %1; diese Version versteht bis Schema %2).</translation>
    </message>
    <message>
        <source>Could not start upgrading the wallet: %1</source>
        <translation>Die Aktualisierung der Wallet konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the wallet to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Wallet auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Multibase</name>
    <message>
        <source>Empty multibase value.</source>
        <translation>Leerer Multibase-Wert.</translation>
    </message>
    <message>
        <source>Unsupported multibase prefix '%1'.</source>
        <translation>Nicht unterstütztes Multibase-Präfix „%1“.</translation>
    </message>
</context>
<context>
    <name>Satchel::Multicodec</name>
    <message>
        <source>Invalid multicodec prefix.</source>
        <translation>Ungültiges Multicodec-Präfix.</translation>
    </message>
</context>
<context>
    <name>Satchel::NQuads</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>truncated escape</source>
        <translation>abgeschnittene Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid code point</source>
        <translation>ungültiger Codepoint</translation>
    </message>
    <message>
        <source>truncated IRI</source>
        <translation>abgeschnittene IRI</translation>
    </message>
    <message>
        <source>invalid IRI escape</source>
        <translation>ungültige Escape-Sequenz in IRI</translation>
    </message>
    <message>
        <source>invalid character in IRI</source>
        <translation>ungültiges Zeichen in IRI</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>nicht abgeschlossene IRI</translation>
    </message>
    <message>
        <source>relative IRI</source>
        <translation>relative IRI</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>leere Leerknoten-Bezeichnung</translation>
    </message>
    <message>
        <source>newline in literal</source>
        <translation>Zeilenumbruch im Literal</translation>
    </message>
    <message>
        <source>truncated literal</source>
        <translation>abgeschnittenes Literal</translation>
    </message>
    <message>
        <source>invalid literal escape</source>
        <translation>ungültige Escape-Sequenz im Literal</translation>
    </message>
    <message>
        <source>unterminated literal</source>
        <translation>nicht abgeschlossenes Literal</translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation>leeres Sprach-Tag</translation>
    </message>
    <message>
        <source>expected datatype IRI</source>
        <translation>Datentyp-IRI erwartet</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>unerwartetes Zeilenende</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>expected end of line</source>
        <translation>Zeilenende erwartet</translation>
    </message>
    <message>
        <source>line %1: expected '.'</source>
        <translation>Zeile %1: „.“ erwartet</translation>
    </message>
    <message>
        <source>More than %1 quads.</source>
        <translation>Mehr als %1 Quads.</translation>
    </message>
</context>
<context>
    <name>Satchel::NetworkDocumentFetcher</name>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Nur http- und https-Adressen können abgerufen werden: %1</translation>
    </message>
    <message>
        <source>could not check (offline since %1)</source>
        <translation>Prüfung nicht möglich (offline seit %1)</translation>
    </message>
    <message>
        <source>could not check (%1 unreachable since %2)</source>
        <translation>Prüfung nicht möglich (%1 seit %2 nicht erreichbar)</translation>
    </message>
</context>
<context>
    <name>Satchel::NoticeBanner</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Select these credentials in the wallet</source>
        <translation>Diese Nachweise in der Wallet auswählen</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) stopped being valid since the last check: %1.</source>
        <translation>
            <numerusform>%n Nachweis ist seit der letzten Prüfung nicht mehr gültig: %1.</numerusform>
            <numerusform>%n Nachweise sind seit der letzten Prüfung nicht mehr gültig: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked.</source>
        <translation>
            <numerusform>%n widerrufen.</numerusform>
            <numerusform>%n widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired.</source>
        <translation>
            <numerusform>%n abgelaufen.</numerusform>
            <numerusform>%n abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open one to see why and what to do.</source>
        <translation>Öffnen Sie einen davon, um zu sehen, warum und was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2HostedVerifier</name>
    <message>
        <source>The issuer does not vouch for assertions hosted at %1.</source>
        <translation>Der Aussteller bürgt nicht für unter %1 gehostete Assertions.</translation>
    </message>
    <message>
        <source>The issuer hosts this assertion.</source>
        <translation>Der Aussteller hostet diese Assertion.</translation>
    </message>
    <message>
        <source>The badge is neither hosted nor signed, so nothing proves it.</source>
        <translation>Das Abzeichen ist weder gehostet noch signiert, daher belegt nichts seine Echtheit.</translation>
    </message>
    <message>
        <source>A hosted badge needs an http(s) id.</source>
        <translation>Ein gehostetes Abzeichen benötigt eine http(s)-ID.</translation>
    </message>
    <message>
        <source>The hosted badge was not checked with its issuer (offline).</source>
        <translation>Das gehostete Abzeichen wurde nicht beim Aussteller geprüft (offline).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched: %1</source>
        <translation>Die Kopie des Ausstellers konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge (HTTP 410).</source>
        <translation>Der Aussteller hat dieses Abzeichen widerrufen (HTTP 410).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched (HTTP %1).</source>
        <translation>Die Kopie des Ausstellers konnte nicht abgerufen werden (HTTP %1).</translation>
    </message>
    <message>
        <source>The issuer's copy is not valid JSON.</source>
        <translation>Die Kopie des Ausstellers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>Der Aussteller hat dieses Abzeichen widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>Der Aussteller hat dieses Abzeichen widerrufen: %1</translation>
    </message>
    <message>
        <source>The badge differs from the issuer's copy (%1).</source>
        <translation>Das Abzeichen weicht von der Kopie des Ausstellers ab (%1).</translation>
    </message>
    <message>
        <source>The badge matches the issuer's copy.</source>
        <translation>Das Abzeichen stimmt mit der Kopie des Ausstellers überein.</translation>
    </message>
    <message>
        <source>The badge does not use the Open Badges context.</source>
        <translation>Das Abzeichen verwendet nicht den Open-Badges-Kontext.</translation>
    </message>
    <message>
        <source>The badge is not an Open Badges assertion (type %1).</source>
        <translation>Das Abzeichen ist keine Open-Badges-Assertion (Typ %1).</translation>
    </message>
    <message>
        <source>An assertion image must be a link, not embedded data (only a badge class may embed its image).</source>
        <translation>Das Bild einer Assertion muss ein Link sein, keine eingebetteten Daten (nur eine Abzeichenklasse darf ihr Bild einbetten).</translation>
    </message>
    <message>
        <source>The badge expires before it was issued.</source>
        <translation>Das Abzeichen läuft ab, bevor es ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: %1</source>
        <translation>Das Profil des Ausstellers konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: the badge class names no issuer.</source>
        <translation>Das Profil des Ausstellers konnte nicht geprüft werden: Die Abzeichenklasse nennt keinen Aussteller.</translation>
    </message>
    <message>
        <source>The issuer's profile at %1 gives another id.</source>
        <translation>Das Profil des Ausstellers unter %1 gibt eine andere ID an.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2SignedVerifier</name>
    <message>
        <source>A required link is missing.</source>
        <translation>Ein erforderlicher Link fehlt.</translation>
    </message>
    <message>
        <source>The badge is unsigned (algorithm "none").</source>
        <translation>Das Abzeichen ist nicht signiert (Algorithmus „none“).</translation>
    </message>
    <message>
        <source>A signed badge must declare verification type "SignedBadge".</source>
        <translation>Ein signiertes Abzeichen muss den Verifizierungstyp „SignedBadge“ deklarieren.</translation>
    </message>
    <message>
        <source>The issuer profile at %1 has a different id.</source>
        <translation>Das Ausstellerprofil unter %1 hat eine andere ID.</translation>
    </message>
    <message>
        <source>The signing key %1 is not one of the issuer's keys.</source>
        <translation>Der Signaturschlüssel %1 gehört nicht zu den Schlüsseln des Ausstellers.</translation>
    </message>
    <message>
        <source>The issuer profile lists no public key.</source>
        <translation>Das Ausstellerprofil führt keinen öffentlichen Schlüssel auf.</translation>
    </message>
    <message>
        <source>The key %1 is not owned by the issuer.</source>
        <translation>Der Schlüssel %1 gehört nicht dem Aussteller.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Die Signatur ist ungültig.</translation>
    </message>
    <message>
        <source>The issuer's signature is valid.</source>
        <translation>Die Signatur des Ausstellers ist gültig.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciAuthorizer</name>
    <message>
        <source>The issuer asks for the PIN it sent you separately; nothing was requested without it.</source>
        <translation>Der Aussteller verlangt die PIN, die er Ihnen separat gesendet hat; ohne sie wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>reading the authorization server's metadata</source>
        <translation>Lesen der Metadaten des Autorisierungsservers</translation>
    </message>
    <message>
        <source>The authorization server %1 answered with the metadata of %2: nothing was requested.</source>
        <translation>Der Autorisierungsserver %1 hat mit den Metadaten von %2 geantwortet: Es wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>The offer needs a sign-in, but the issuer's authorization server has no authorization endpoint.</source>
        <translation>Das Angebot erfordert eine Anmeldung, aber der Autorisierungsserver des Ausstellers hat keinen Autorisierungs-Endpunkt.</translation>
    </message>
    <message>
        <source>This offer needs you to sign in at the issuer in a web browser, which is not possible here.</source>
        <translation>Für dieses Angebot müssen Sie sich in einem Webbrowser beim Aussteller anmelden, was hier nicht möglich ist.</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser to sign in at the issuer.</source>
        <translation>Satchel konnte Ihren Webbrowser nicht öffnen, um Sie beim Aussteller anzumelden.</translation>
    </message>
    <message>
        <source>The issuer's sign-in page is not a secure (https) address.</source>
        <translation>Die Anmeldeseite des Ausstellers ist keine sichere (https-)Adresse.</translation>
    </message>
    <message>
        <source>starting the sign-in</source>
        <translation>Starten der Anmeldung</translation>
    </message>
    <message>
        <source>asking the issuer for access</source>
        <translation>Anfordern des Zugangs beim Aussteller</translation>
    </message>
    <message>
        <source>The issuer did not accept the PIN. Check the code it sent you and try again.</source>
        <translation>Der Aussteller hat die PIN nicht akzeptiert. Prüfen Sie den Code, den er Ihnen gesendet hat, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>Das Angebot ist abgelaufen oder wurde bereits verwendet. Bitten Sie den Aussteller um ein neues.</translation>
    </message>
    <message>
        <source>The issuer grants access only as "%1" tokens, which Satchel does not support yet.</source>
        <translation>Der Aussteller gewährt Zugang nur mit „%1“-Tokens, die Satchel noch nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciIssuance</name>
    <message>
        <source>The issuer does not accept keys of your identity's type (%1; it accepts %2). Choose another identity. Nothing was requested.</source>
        <translation>Der Aussteller akzeptiert keine Schlüssel vom Typ Ihrer Identität (%1; er akzeptiert %2). Wählen Sie eine andere Identität. Es wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>asking the issuer for a nonce</source>
        <translation>Anfordern einer Nonce beim Aussteller</translation>
    </message>
    <message>
        <source>asking for the credential</source>
        <translation>Anfordern des Nachweises</translation>
    </message>
    <message>
        <source>The issuer would not issue "%1" in a format Satchel can store.</source>
        <translation>Der Aussteller stellt „%1“ nicht in einem Format aus, das Satchel speichern kann.</translation>
    </message>
    <message>
        <source>The issuer will deliver the credential later but gives no address to ask for it.</source>
        <translation>Der Aussteller wird den Nachweis später liefern, nennt aber keine Adresse, um ihn abzufragen.</translation>
    </message>
    <message>
        <source>The issuer's answer held no credential.</source>
        <translation>Die Antwort des Ausstellers enthielt keinen Nachweis.</translation>
    </message>
    <message>
        <source>asking for a credential the issuer was preparing</source>
        <translation>Anfordern eines Nachweises, den der Aussteller vorbereitet hat</translation>
    </message>
    <message>
        <source>The issuer no longer holds this credential for you (%1). Ask it for a new offer.</source>
        <translation>Der Aussteller hält diesen Nachweis nicht mehr für Sie bereit (%1). Bitten Sie ihn um ein neues Angebot.</translation>
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
        <translation>Abrufen des Nachweisangebots</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>Das Angebot ist abgelaufen oder wurde bereits verwendet. Bitten Sie den Aussteller um ein neues.</translation>
    </message>
    <message>
        <source>reading the issuer's metadata</source>
        <translation>Lesen der Metadaten des Ausstellers</translation>
    </message>
    <message>
        <source>The offer names the issuer %1, but the metadata found there is for %2: nothing was requested.</source>
        <translation>Das Angebot nennt den Aussteller %1, aber die dort gefundenen Metadaten gehören zu %2: Es wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>The issuer's credential endpoint is not a secure (https) address.</source>
        <translation>Der Nachweis-Endpunkt des Ausstellers ist keine sichere (https-)Adresse.</translation>
    </message>
    <message>
        <source>The offer asks for "%1", which the issuer's metadata does not describe.</source>
        <translation>Das Angebot fordert „%1“ an, was die Metadaten des Ausstellers nicht beschreiben.</translation>
    </message>
    <message>
        <source>an unnamed format</source>
        <translation>ein unbenanntes Format</translation>
    </message>
    <message>
        <source>The issuer offers only %1, which Satchel cannot store yet. Nothing was requested.</source>
        <translation>Der Aussteller bietet nur %1 an, was Satchel noch nicht speichern kann. Es wurde nichts angefordert.</translation>
    </message>
    <message>
        <source>The offer allows no way of receiving that Satchel can follow.</source>
        <translation>Das Angebot erlaubt keine Empfangsart, der Satchel folgen kann.</translation>
    </message>
</context>
<context>
    <name>Satchel::OrganizeDialog</name>
    <message>
        <source>Tags and collections</source>
        <translation>Schlagwörter und Sammlungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation>Ausgewählte Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Tick a collection to put the credentials in it.</source>
        <translation>Markieren Sie eine Sammlung, um die Nachweise hineinzulegen.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <source>Organise "%1".</source>
        <translation>„%1“ organisieren.</translation>
    </message>
    <message>
        <source>Organise the credential.</source>
        <translation>Den Nachweis organisieren.</translation>
    </message>
    <message numerus="yes">
        <source>Organise %n credential(s). Tags and collections shown are those all of them share; a half-ticked collection holds some of them.</source>
        <translation>
            <numerusform>%n Nachweis organisieren. Angezeigt werden die Schlagwörter und Sammlungen, die alle gemeinsam haben; eine halb markierte Sammlung enthält einige davon.</numerusform>
            <numerusform>%n Nachweise organisieren. Angezeigt werden die Schlagwörter und Sammlungen, die alle gemeinsam haben; eine halb markierte Sammlung enthält einige davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in this collection</source>
        <translation>
            <numerusform>%n Nachweis in dieser Sammlung</numerusform>
            <numerusform>%n Nachweise in dieser Sammlung</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: make one with "New collection…".</source>
        <translation>Noch keine Sammlungen: Erstellen Sie eine mit „Neue Sammlung…“.</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Geben Sie zuerst ein Schlagwort ein.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation>Ein Schlagwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A collection name can have at most %1 characters.</source>
        <translation>Ein Sammlungsname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name of the new collection (the credentials go in it):</source>
        <translation>Name der neuen Sammlung (die Nachweise werden hineingelegt):</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete the collection "%1"? The credentials in it stay in the wallet.</source>
        <translation>Die Sammlung „%1“ löschen? Die darin enthaltenen Nachweise bleiben in der Wallet.</translation>
    </message>
</context>
<context>
    <name>Satchel::P256KeyPair</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>Es konnte kein neuer Signaturschlüssel erstellt werden.</translation>
    </message>
    <message>
        <source>A P-256 signing key must be %1 bytes.</source>
        <translation>Ein P-256-Signaturschlüssel muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>The P-256 signing key is out of range.</source>
        <translation>Der P-256-Signaturschlüssel liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Signieren fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Satchel::PassphraseDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation>Wallet sichern</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with this passphrase. Without it nobody, you included, can open the backup: keep it somewhere safe.</source>
        <translation>Die Sicherung %1 wird mit dieser Passphrase verschlüsselt. Ohne sie kann niemand, auch Sie nicht, die Sicherung öffnen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup %1.</source>
        <translation>Geben Sie die Passphrase der Sicherung %1 ein.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Protect your key</source>
        <translation>Ihren Schlüssel schützen</translation>
    </message>
    <message>
        <source>Satchel proves to %1 that it is you, with a key of your own. There is no keychain on this computer, so the key is kept in the wallet, locked with this passphrase. You will need it whenever Satchel signs for you: to receive a credential, or to make or stop a public link.</source>
        <translation>Satchel weist %1 mit einem eigenen Schlüssel nach, dass Sie es sind. Auf diesem Computer gibt es keinen Schlüsselbund, daher wird der Schlüssel in der Wallet aufbewahrt, gesperrt mit dieser Passphrase. Sie benötigen sie immer dann, wenn Satchel für Sie signiert: um einen Nachweis zu empfangen oder um einen öffentlichen Link zu erstellen oder zu beenden.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>Ihren Schlüssel entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign for %1.</source>
        <translation>Geben Sie die Passphrase Ihres Schlüssels ein, um für %1 zu signieren.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters, or several words, is much harder to guess.</source>
        <translation>Eine Passphrase mit mindestens %1 Zeichen oder aus mehreren Wörtern ist viel schwerer zu erraten.</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEditorDialog</name>
    <message>
        <source>Edit pathway</source>
        <translation>Lernpfad bearbeiten</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Neuer Lernpfad</translation>
    </message>
    <message>
        <source>All of the requirements below</source>
        <translation>Alle unten stehenden Anforderungen</translation>
    </message>
    <message>
        <source>At least N of them</source>
        <translation>Mindestens N davon</translation>
    </message>
    <message>
        <source>At least X credits from them</source>
        <translation>Mindestens X Leistungspunkte daraus</translation>
    </message>
    <message>
        <source>as stated in the badge</source>
        <translation>wie im Abzeichen angegeben</translation>
    </message>
    <message>
        <source>Credits for a badge that states none itself</source>
        <translation>Leistungspunkte für ein Abzeichen, das selbst keine angibt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Leistungsart</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Complete with:</source>
        <translation>&amp;Erfüllt durch:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Wie viele:</translation>
    </message>
    <message>
        <source>C&amp;redits needed:</source>
        <translation>Benötigte &amp;Leistungspunkte:</translation>
    </message>
    <message>
        <source>Credits per &amp;badge:</source>
        <translation>Leistungspunkte pro &amp;Abzeichen:</translation>
    </message>
    <message>
        <source>Badges from your wallet that count:</source>
        <translation>Abzeichen aus Ihrer Wallet, die zählen:</translation>
    </message>
    <message>
        <source>Rules (any badge from an issuer with a tag or of a type):</source>
        <translation>Regeln (jedes Abzeichen eines Ausstellers mit einem Schlagwort oder einer Art):</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Beliebiger Aussteller</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>type, e.g. Certificate</source>
        <translation>Art, z. B. Certificate</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>A rule needs a tag or an achievement type.</source>
        <translation>Eine Regel benötigt ein Schlagwort oder eine Leistungsart.</translation>
    </message>
    <message>
        <source>A %1 badge tagged “%2”</source>
        <translation>Ein Abzeichen der Art %1 mit dem Schlagwort „%2“</translation>
    </message>
    <message>
        <source>A badge tagged “%1”</source>
        <translation>Ein Abzeichen mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>A badge of type %1</source>
        <translation>Ein Abzeichen der Art %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation>Geben Sie dem Lernpfad einen Namen.</translation>
    </message>
    <message>
        <source>Pick at least one badge or add a rule.</source>
        <translation>Wählen Sie mindestens ein Abzeichen aus oder fügen Sie eine Regel hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>You asked for %1 requirements but listed only %n.</source>
        <translation>
            <numerusform>Sie haben %1 Anforderungen verlangt, aber nur %n aufgeführt.</numerusform>
            <numerusform>Sie haben %1 Anforderungen verlangt, aber nur %n aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEngine</name>
    <message>
        <source>Revoked by its issuer</source>
        <translation>Von seinem Aussteller widerrufen</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired on %1; this requirement needs a valid credential</source>
        <translation>Abgelaufen am %1; diese Anforderung benötigt einen gültigen Nachweis</translation>
    </message>
    <message>
        <source>Expired; this requirement needs a valid credential</source>
        <translation>Abgelaufen; diese Anforderung benötigt einen gültigen Nachweis</translation>
    </message>
    <message>
        <source>Has no result for %1</source>
        <translation>Hat kein Ergebnis für %1</translation>
    </message>
    <message>
        <source>Result %1 is below the required %2</source>
        <translation>Ergebnis %1 liegt unter dem geforderten Wert %2</translation>
    </message>
    <message>
        <source>Result %1 is not one of %2</source>
        <translation>Ergebnis %1 ist keiner von %2</translation>
    </message>
    <message>
        <source>Counts only after %1 is earned</source>
        <translation>Zählt erst, nachdem %1 erworben wurde</translation>
    </message>
    <message>
        <source>Issued before %1, which must come first</source>
        <translation>Ausgestellt vor %1, das zuerst kommen muss</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayFormat</name>
    <message>
        <source>%1: "%2" is required</source>
        <translation>%1: „%2“ ist erforderlich</translation>
    </message>
    <message>
        <source>%1: "%2" must be a string</source>
        <translation>%1: „%2“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: "%2" is longer than %3 characters</source>
        <translation>%1: „%2“ ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: "%2" must not be empty</source>
        <translation>%1: „%2“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of strings</source>
        <translation>%1: „%2“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 entries</source>
        <translation>%1: „%2“ hat mehr als %3 Einträge</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of non-empty strings</source>
        <translation>%1: „%2“ muss ein Array nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: requirements are nested deeper than %2 levels</source>
        <translation>%1: Anforderungen sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>The pathway has more than %1 requirements</source>
        <translation>Der Lernpfad hat mehr als %1 Anforderungen</translation>
    </message>
    <message>
        <source>%1: use only one of "allOf", "atLeast", "atLeastCredits"</source>
        <translation>%1: Verwenden Sie nur eines von „allOf“, „atLeast“, „atLeastCredits“</translation>
    </message>
    <message>
        <source>%1: the id "%2" is used by two requirements</source>
        <translation>%1: Die ID „%2“ wird von zwei Anforderungen verwendet</translation>
    </message>
    <message>
        <source>%1: "atLeast" must be a whole number of at least 1</source>
        <translation>%1: „atLeast“ muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1: "atLeastCredits" must be a number above 0</source>
        <translation>%1: „atLeastCredits“ muss eine Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>%1: "%2" must be a non-empty array of requirements</source>
        <translation>%1: „%2“ muss ein nicht leeres Array von Anforderungen sein</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 requirements</source>
        <translation>%1: „%2“ hat mehr als %3 Anforderungen</translation>
    </message>
    <message>
        <source>%1: a requirement must be an object or the id of one</source>
        <translation>%1: Eine Anforderung muss ein Objekt oder dessen ID sein</translation>
    </message>
    <message>
        <source>%1: "%2" belongs on a badge requirement, not on a group</source>
        <translation>%1: „%2“ gehört zu einer Abzeichen-Anforderung, nicht zu einer Gruppe</translation>
    </message>
    <message>
        <source>%1: a requirement needs "allOf", "atLeast" or "atLeastCredits", or something to match: "achievementId", "alternativeIds", "alignmentUrl" or "rule"</source>
        <translation>%1: Eine Anforderung benötigt „allOf“, „atLeast“ oder „atLeastCredits“ oder etwas zum Abgleichen: „achievementId“, „alternativeIds“, „alignmentUrl“ oder „rule“</translation>
    </message>
    <message>
        <source>%1: "count" must be a whole number from 1 to %2</source>
        <translation>%1: „count“ muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>%1: "credits" must be a number of at least 0</source>
        <translation>%1: „credits“ muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1: "mustBeValid" must be true or false</source>
        <translation>%1: „mustBeValid“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: "rule" must be an object</source>
        <translation>%1: „rule“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: a rule needs a "tag" or an "achievementType"</source>
        <translation>%1: Eine Regel benötigt „tag“ oder „achievementType“</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: "minValue" must be a number</source>
        <translation>%1: „minValue“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: give "minValue" or "acceptedValues"</source>
        <translation>%1: Geben Sie „minValue“ oder „acceptedValues“ an</translation>
    </message>
    <message>
        <source>The pathway file is larger than %1 KiB</source>
        <translation>Die Lernpfad-Datei ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>A pathway file must hold one JSON object</source>
        <translation>Eine Lernpfad-Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation>Die Lernpfad-Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>This is not a Satchel pathway: the "satchelPathway" version number is missing</source>
        <translation>Dies ist kein Satchel-Lernpfad: Die Versionsnummer „satchelPathway“ fehlt</translation>
    </message>
    <message>
        <source>"satchelPathway" must be the format version number, 1</source>
        <translation>„satchelPathway“ muss die Formatversionsnummer 1 sein</translation>
    </message>
    <message>
        <source>The pathway uses format version %1; this Satchel reads version %2. Update Satchel to import it.</source>
        <translation>Der Lernpfad verwendet Formatversion %1; dieses Satchel liest Version %2. Aktualisieren Sie Satchel, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>%1: "owner" must be an object</source>
        <translation>%1: „owner“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: "target" must be an object</source>
        <translation>%1: „target“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: "requirements" must be an object (the top requirement)</source>
        <translation>%1: „requirements“ muss ein Objekt sein (die oberste Anforderung)</translation>
    </message>
    <message>
        <source>%1: "definitions" must be an array of requirements</source>
        <translation>%1: „definitions“ muss ein Array von Anforderungen sein</translation>
    </message>
    <message>
        <source>%1: must be a requirement object</source>
        <translation>%1: muss ein Anforderungsobjekt sein</translation>
    </message>
    <message>
        <source>%1: a shared definition needs an "id"</source>
        <translation>%1: Eine gemeinsame Definition benötigt eine „id“</translation>
    </message>
    <message>
        <source>%1: no requirement has the id "%2"</source>
        <translation>%1: Keine Anforderung hat die ID „%2“</translation>
    </message>
    <message>
        <source>The pathway has no id</source>
        <translation>Der Lernpfad hat keine ID</translation>
    </message>
    <message>
        <source>The pathway has no requirements</source>
        <translation>Der Lernpfad hat keine Anforderungen</translation>
    </message>
    <message>
        <source>Requirement %1 has no id</source>
        <translation>Anforderung %1 hat keine ID</translation>
    </message>
    <message>
        <source>The id "%1" is used by two requirements</source>
        <translation>Die ID „%1“ wird von zwei Anforderungen verwendet</translation>
    </message>
    <message>
        <source>Requirement "%1" has a missing child</source>
        <translation>Der Anforderung „%1“ fehlt ein Kindelement</translation>
    </message>
    <message>
        <source>Requirement "%1" matches badges and cannot have children</source>
        <translation>Anforderung „%1“ gleicht Abzeichen ab und kann keine Kindelemente haben</translation>
    </message>
    <message>
        <source>Requirement "%1" matches nothing</source>
        <translation>Anforderung „%1“ trifft auf nichts zu</translation>
    </message>
    <message>
        <source>Requirement "%1" needs a count of at least 1</source>
        <translation>Anforderung „%1“ benötigt eine Anzahl von mindestens 1</translation>
    </message>
    <message>
        <source>Requirement "%1" asks for %2 of only %3 requirements</source>
        <translation>Anforderung „%1“ verlangt %2 von nur %3 Anforderungen</translation>
    </message>
    <message>
        <source>Requirement "%1" must ask for at least 1</source>
        <translation>Anforderung „%1“ muss mindestens 1 verlangen</translation>
    </message>
    <message>
        <source>Group "%1" has no requirements</source>
        <translation>Gruppe „%1“ hat keine Anforderungen</translation>
    </message>
    <message>
        <source>Group "%1" has more than %2 requirements</source>
        <translation>Gruppe „%1“ hat mehr als %2 Anforderungen</translation>
    </message>
    <message>
        <source>The requirements "%1" and "%2" contain each other (a cycle)</source>
        <translation>Die Anforderungen „%1“ und „%2“ enthalten einander (ein Zyklus)</translation>
    </message>
    <message>
        <source>Requirements are nested deeper than %1 levels</source>
        <translation>Anforderungen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2", which does not exist</source>
        <translation>Anforderung „%1“ geht „%2“ voraus, das nicht existiert</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2"; ordering applies to badge requirements only</source>
        <translation>Anforderung „%1“ geht „%2“ voraus; eine Reihenfolge gilt nur für Abzeichen-Anforderungen</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes itself</source>
        <translation>Anforderung „%1“ geht sich selbst voraus</translation>
    </message>
    <message>
        <source>The order of "%1" and "%2" is circular ("precedes" forms a cycle)</source>
        <translation>Die Reihenfolge von „%1“ und „%2“ ist zirkulär („precedes“ bildet einen Zyklus)</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayOverview</name>
    <message>
        <source>matched by achievement id</source>
        <translation>über die Leistungs-ID erkannt</translation>
    </message>
    <message>
        <source>matched by an alternative id</source>
        <translation>über eine alternative ID erkannt</translation>
    </message>
    <message>
        <source>matched by alignment</source>
        <translation>über eine Zuordnung erkannt</translation>
    </message>
    <message>
        <source>matched by rule</source>
        <translation>über eine Regel erkannt</translation>
    </message>
    <message numerus="yes">
        <source>All of %n</source>
        <translation>
            <numerusform>Alle (%n)</numerusform>
            <numerusform>Alle %n</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 of %2</source>
        <translation>Mindestens %1 von %2</translation>
    </message>
    <message>
        <source>At least %1 credits</source>
        <translation>Mindestens %1 Leistungspunkte</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>of type %1</source>
        <translation>der Art %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) %1</source>
        <translation>
            <numerusform>%n Abzeichen %1</numerusform>
            <numerusform>%n Abzeichen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Abzeichen</numerusform>
            <numerusform>%n Abzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Teilweise erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 von %2 Leistungspunkten</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayReader</name>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a pathway: expected Satchel's pathway format, a Badgr/Canvas pathway or a CLR 2.0 with associations</source>
        <translation>%1 ist kein Lernpfad: Erwartet wurde Satchels Lernpfad-Format, ein Badgr/Canvas-Lernpfad oder ein CLR 2.0 mit Verknüpfungen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported: %1</source>
        <translation>Nur http- und https-Adressen können importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayStore</name>
    <message>
        <source>Could not access the pathways in the wallet: %1</source>
        <translation>Auf die Lernpfade in der Wallet konnte nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>No pathway has the id %1</source>
        <translation>Kein Lernpfad hat die ID %1</translation>
    </message>
    <message>
        <source>The stored pathway %1 could not be read: %2</source>
        <translation>Der gespeicherte Lernpfad %1 konnte nicht gelesen werden: %2</translation>
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
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>A pathway shows how your badges add up to a bigger credential, across issuers. Select a pathway to see each requirement, what counts and what to earn next.</source>
        <translation>Ein Lernpfad zeigt, wie sich Ihre Abzeichen über Aussteller hinweg zu einem größeren Nachweis summieren. Wählen Sie einen Lernpfad aus, um jede Anforderung zu sehen, was zählt und was Sie als Nächstes erwerben können.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Import a pathway: Satchel's format, a Badgr/Canvas pathway or a CLR 2.0</source>
        <translation>Einen Lernpfad importieren: Satchels Format, ein Badgr/Canvas-Lernpfad oder ein CLR 2.0</translation>
    </message>
    <message>
        <source>Import from URL…</source>
        <translation>Von URL importieren…</translation>
    </message>
    <message>
        <source>New pathway…</source>
        <translation>Neuer Lernpfad…</translation>
    </message>
    <message>
        <source>Make your own pathway from the badges in your wallet</source>
        <translation>Eigenen Lernpfad aus den Abzeichen Ihrer Wallet erstellen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Transcript…</source>
        <translation>Leistungsübersicht…</translation>
    </message>
    <message>
        <source>A PDF transcript of the badges that count toward this pathway, one page each</source>
        <translation>Eine PDF-Leistungsübersicht der Abzeichen, die für diesen Lernpfad zählen, je eine Seite</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Issuer or owner</source>
        <translation>Aussteller oder Eigentümer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Working out your progress…</source>
        <translation>Ihr Fortschritt wird berechnet…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pathways yet. Import one, or make your own from your badges.</source>
        <translation>Noch keine Lernpfade. Importieren Sie einen oder erstellen Sie einen eigenen aus Ihren Abzeichen.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Completing it earns: %1</source>
        <translation>Der Abschluss bringt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  ← next</source>
        <translation>%1  ← als Nächstes</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Zählt:</translation>
    </message>
    <message>
        <source>Does not count:</source>
        <translation>Zählt nicht:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Fehlt:</translation>
    </message>
    <message>
        <source>Earn next:</source>
        <translation>Als Nächstes erwerben:</translation>
    </message>
    <message>
        <source>This group is complete.</source>
        <translation>Diese Gruppe ist erfüllt.</translation>
    </message>
    <message>
        <source>Earn first: %1</source>
        <translation>Zuerst erwerben: %1</translation>
    </message>
    <message>
        <source>Missing: no badge in your wallet meets this requirement yet.</source>
        <translation>Fehlt: Noch kein Abzeichen in Ihrer Wallet erfüllt diese Anforderung.</translation>
    </message>
    <message>
        <source>How to earn it: %1</source>
        <translation>So erwerben Sie es: %1</translation>
    </message>
    <message>
        <source>Open the badge</source>
        <translation>Abzeichen öffnen</translation>
    </message>
    <message>
        <source>How to earn it…</source>
        <translation>So erwerben Sie es…</translation>
    </message>
    <message>
        <source>Import a pathway</source>
        <translation>Lernpfad importieren</translation>
    </message>
    <message>
        <source>The pathway could not be imported from %1:
%2</source>
        <translation>Der Lernpfad konnte nicht aus %1 importiert werden:
%2</translation>
    </message>
    <message>
        <source>The pathway %1 could not be saved:
%2</source>
        <translation>Der Lernpfad %1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pathway(s): %1</source>
        <translation>
            <numerusform>%n Lernpfad importiert: %1</numerusform>
            <numerusform>%n Lernpfade importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pathways and CLRs (*.json *.jwt *.txt);;All files (*)</source>
        <translation>Lernpfade und CLRs (*.json *.jwt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a pathway from the web</source>
        <translation>Lernpfad aus dem Web importieren</translation>
    </message>
    <message>
        <source>Address of the pathway (http or https):</source>
        <translation>Adresse des Lernpfads (http oder https):</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// or http://.</source>
        <translation>Geben Sie eine Adresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation>Lernpfad entfernen</translation>
    </message>
    <message>
        <source>Remove the pathway “%1”? Your badges are not touched.</source>
        <translation>Den Lernpfad „%1“ entfernen? Ihre Abzeichen bleiben unberührt.</translation>
    </message>
    <message>
        <source>Requirements of the pathway</source>
        <translation>Anforderungen des Lernpfads</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfAttachmentReader</name>
    <message>
        <source>The PDF file is damaged: %1</source>
        <translation>Die PDF-Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>kein startxref</translation>
    </message>
    <message>
        <source>bad cross-reference offset</source>
        <translation>fehlerhafter Querverweis-Offset</translation>
    </message>
    <message>
        <source>PDF files with cross-reference streams are not supported.</source>
        <translation>PDF-Dateien mit Querverweis-Streams werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>kein Trailer</translation>
    </message>
    <message>
        <source>no trailer dictionary</source>
        <translation>kein Trailer-Wörterbuch</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>Dekomprimierung nicht möglich</translation>
    </message>
    <message>
        <source>a compressed stream is broken</source>
        <translation>ein komprimierter Stream ist beschädigt</translation>
    </message>
    <message>
        <source>An embedded file is too large.</source>
        <translation>Eine eingebettete Datei ist zu groß.</translation>
    </message>
    <message>
        <source>an attachment has no file stream</source>
        <translation>ein Anhang hat keinen Datei-Stream</translation>
    </message>
    <message>
        <source>an attachment has no length</source>
        <translation>ein Anhang hat keine Länge</translation>
    </message>
    <message>
        <source>an attachment stream is missing</source>
        <translation>ein Anhang-Stream fehlt</translation>
    </message>
    <message>
        <source>an attachment has a bad length</source>
        <translation>ein Anhang hat eine fehlerhafte Länge</translation>
    </message>
    <message>
        <source>An attachment uses an unsupported compression (%1).</source>
        <translation>Ein Anhang verwendet eine nicht unterstützte Komprimierung (%1).</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>keine PDF-Datei</translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation>Die PDF-Datei ist zu groß.</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>kein Katalog</translation>
    </message>
    <message>
        <source>The PDF file has no credential attached.</source>
        <translation>An die PDF-Datei ist kein Nachweis angehängt.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfIncrementalUpdate</name>
    <message>
        <source>The PDF cannot be updated: %1</source>
        <translation>Die PDF-Datei kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>kein startxref</translation>
    </message>
    <message>
        <source>bad startxref offset</source>
        <translation>fehlerhafter startxref-Offset</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which Satchel does not update.</source>
        <translation>Die PDF-Datei verwendet einen Querverweis-Stream, den Satchel nicht aktualisiert.</translation>
    </message>
    <message>
        <source>no /Size or /Root in the trailer</source>
        <translation>kein /Size oder /Root im Trailer</translation>
    </message>
    <message>
        <source>bad /Size or /Root</source>
        <translation>fehlerhaftes /Size oder /Root</translation>
    </message>
    <message>
        <source>A PDF carries from 1 to %1 attachments.</source>
        <translation>Eine PDF-Datei enthält 1 bis %1 Anhänge.</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>keine PDF-Datei</translation>
    </message>
    <message>
        <source>the catalog is not in the last cross-reference section</source>
        <translation>der Katalog ist nicht im letzten Querverweisabschnitt</translation>
    </message>
    <message>
        <source>the catalog offset is wrong</source>
        <translation>der Katalog-Offset ist falsch</translation>
    </message>
    <message>
        <source>no catalog dictionary</source>
        <translation>kein Katalog-Wörterbuch</translation>
    </message>
    <message>
        <source>The PDF already has attachments or named destinations.</source>
        <translation>Die PDF-Datei hat bereits Anhänge oder benannte Ziele.</translation>
    </message>
    <message>
        <source>Two attachments are both named %1.</source>
        <translation>Zwei Anhänge heißen beide %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfPagePrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Der Drucker hat eine neue Seite verweigert.</translation>
    </message>
</context>
<context>
    <name>Satchel::PendingCredentialsList</name>
    <message>
        <source>Still waiting for:</source>
        <translation>Noch ausstehend:</translation>
    </message>
    <message>
        <source>S&amp;top waiting…</source>
        <translation>&amp;Nicht mehr warten…</translation>
    </message>
    <message>
        <source>Credentials issuers will send later</source>
        <translation>Nachweise, die Aussteller später senden werden</translation>
    </message>
    <message>
        <source>Satchel stops asking the issuer for the selected credential</source>
        <translation>Satchel fragt beim Aussteller nicht mehr nach dem ausgewählten Nachweis</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — von %2</translation>
    </message>
    <message>
        <source>Last asked %1: %2</source>
        <translation>Zuletzt angefragt am %1: %2</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Zugesagt am %1</translation>
    </message>
    <message>
        <source>Stop waiting for %1 from %2? Satchel will not ask for it again; to get it later, ask the issuer for a new offer.</source>
        <translation>Nicht mehr auf %1 von %2 warten? Satchel fragt nicht mehr danach; um ihn später zu erhalten, bitten Sie den Aussteller um ein neues Angebot.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExportRunner</name>
    <message>
        <source>Writing the zip…</source>
        <translation>ZIP-Datei wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) exported to %1.</source>
        <translation>
            <numerusform>%n Nachweis nach %1 exportiert.</numerusform>
            <numerusform>%n Nachweise nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Es konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>Drawing the certificates…</source>
        <translation>Zertifikate werden erstellt…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificates could not be started.</source>
        <translation>Die Zertifikaterstellung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExporter</name>
    <message>
        <source>Your badges and micro-credentials, exported by Satchel.</source>
        <translation>Ihre Abzeichen und Micro-Credentials, exportiert von Satchel.</translation>
    </message>
    <message numerus="yes">
        <source>originals/     each credential exactly as its issuer sent it (%n file(s)). Any Open Badges or Verifiable Credentials verifier checks these.</source>
        <translation>
            <numerusform>originals/     jeder Nachweis genau so, wie sein Aussteller ihn gesendet hat (%n Datei). Jeder Prüfdienst für Open Badges oder Verifiable Credentials prüft diese.</numerusform>
            <numerusform>originals/     jeder Nachweis genau so, wie sein Aussteller ihn gesendet hat (%n Dateien). Jeder Prüfdienst für Open Badges oder Verifiable Credentials prüft diese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>badges/        each badge image with its credential baked in (%n image(s)). Badge wallets and backpacks import these.</source>
        <translation>
            <numerusform>badges/        jedes Abzeichenbild mit eingebettetem Nachweis (%n Bild). Abzeichen-Wallets und Backpacks importieren diese.</numerusform>
            <numerusform>badges/        jedes Abzeichenbild mit eingebettetem Nachweis (%n Bilder). Abzeichen-Wallets und Backpacks importieren diese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates/  a printable PDF certificate of each (%n file(s)); the credential is attached inside each PDF.</source>
        <translation>
            <numerusform>certificates/  ein druckbares PDF-Zertifikat für jeden (%n Datei); der Nachweis ist in jedem PDF angehängt.</numerusform>
            <numerusform>certificates/  ein druckbares PDF-Zertifikat für jeden (%n Dateien); der Nachweis ist in jedem PDF angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no baked image (%2)</source>
        <translation>%1: kein Bild mit eingebettetem Nachweis (%2)</translation>
    </message>
</context>
<context>
    <name>Satchel::PngChunkWalker</name>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>Das PNG-Bild ist abgeschnitten.</translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
        <translation>Ein PNG-Block gibt eine Länge an, die über das Dateiende hinausgeht.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentDialog</name>
    <message>
        <source>A credential (%1)</source>
        <translation>Ein Nachweis (%1)</translation>
    </message>
    <message>
        <source>A credential of type %1</source>
        <translation>Ein Nachweis vom Typ %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1, %2 “%3”</source>
        <translation>%1, %2 „%3“</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Share with a verifier</source>
        <translation>Mit einem Prüfer teilen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Tell the verifier you do not share anything</source>
        <translation>Dem Prüfer mitteilen, dass Sie nichts teilen</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>What it asks for, and what you would &amp;share:</source>
        <translation>Was er anfordert und was Sie teilen &amp;würden:</translation>
    </message>
    <message>
        <source>Requested credentials and yours that answer them</source>
        <translation>Angeforderte Nachweise und Ihre passenden Nachweise</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Signiert von:</translation>
    </message>
    <message>
        <source>The identity that signs what you share</source>
        <translation>Die Identität, die signiert, was Sie teilen</translation>
    </message>
    <message>
        <source>&amp;Open the verifier's page</source>
        <translation>Seite des Prüfers ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The verifier asks to continue in your web browser</source>
        <translation>Der Prüfer bittet darum, in Ihrem Webbrowser fortzufahren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading the verifier's request…</source>
        <translation>Anfrage des Prüfers wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fordert Ihre Nachweise an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials. Your answer goes to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fordert Ihre Nachweise an. Ihre Antwort geht an &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its request is not signed: Satchel knows only where the answer goes.</source>
        <translation>Die Anfrage ist nicht signiert: Satchel weiß nur, wohin die Antwort geht.</translation>
    </message>
    <message>
        <source>Its request is signed with a certificate for %1 that this computer trusts.</source>
        <translation>Die Anfrage ist mit einem Zertifikat für %1 signiert, dem dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>Its request is signed by %1.</source>
        <translation>Die Anfrage ist von %1 signiert.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
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
        <translation>Keiner Ihrer Nachweise passt dazu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Wird signiert und gesendet…</translation>
    </message>
    <message>
        <source>Sharing did not succeed.</source>
        <translation>Das Teilen ist nicht gelungen.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n credential(s) with %1.</source>
        <translation>
            <numerusform>%n Nachweis mit %1 geteilt.</numerusform>
            <numerusform>%n Nachweise mit %1 geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>Es wurde nichts gesendet: Der Schlüssel Ihrer Identität bleibt ohne seine Passphrase gesperrt.</translation>
    </message>
    <message>
        <source>Telling the verifier…</source>
        <translation>Prüfer wird benachrichtigt…</translation>
    </message>
    <message>
        <source>You declined, and %1 was told. Nothing was shared.</source>
        <translation>Sie haben abgelehnt, und %1 wurde benachrichtigt. Es wurde nichts geteilt.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared. %1 is not told (its exchange has no way to hear a refusal); its request will expire.</source>
        <translation>Sie haben abgelehnt. Es wurde nichts geteilt. %1 wird nicht benachrichtigt (sein Austausch kann keine Ablehnung empfangen); seine Anfrage läuft ab.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared; %1 could not be told.</source>
        <translation>Sie haben abgelehnt. Es wurde nichts geteilt; %1 konnte nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>Satchel shares whole credentials: the verifier sees everything in each one you tick, not only what it asks about, except where a credential lists what it discloses. Nothing is sent until you choose Share.</source>
        <translation>Satchel teilt ganze Nachweise: Der Prüfer sieht alles in jedem Nachweis, den Sie ankreuzen, nicht nur das, wonach er fragt – außer wenn ein Nachweis angibt, was er offenlegt. Es wird nichts gesendet, bevor Sie „Teilen“ wählen.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationHistoryWindow</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The verifier could not be told: %1</source>
        <translation>Der Prüfer konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Was schiefging: %1</translation>
    </message>
    <message>
        <source>The verifier said: %1</source>
        <translation>Antwort des Prüfers: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Presentation history</source>
        <translation>Präsentationsverlauf</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, newest first. This history stays on this computer: Satchel never sends it anywhere.</source>
        <translation>Was Sie an Prüfer gesendet oder abgelehnt haben, neueste zuerst. Dieser Verlauf bleibt auf diesem Computer: Satchel sendet ihn nirgendwohin.</translation>
    </message>
    <message>
        <source>Search by verifier or credential</source>
        <translation>Nach Prüfer oder Nachweis suchen</translation>
    </message>
    <message>
        <source>Search the presentation history</source>
        <translation>Den Präsentationsverlauf durchsuchen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Präsentationen</translation>
    </message>
    <message>
        <source>Open credential</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>Open the selected credential</source>
        <translation>Den ausgewählten Nachweis öffnen</translation>
    </message>
    <message>
        <source>Forget this entry…</source>
        <translation>Diesen Eintrag vergessen…</translation>
    </message>
    <message>
        <source>Forget the selected entry</source>
        <translation>Den ausgewählten Eintrag vergessen</translation>
    </message>
    <message>
        <source>Remove this line from the history (Delete); the verifier keeps what it was sent</source>
        <translation>Diese Zeile aus dem Verlauf entfernen (Entf); der Prüfer behält, was ihm gesendet wurde</translation>
    </message>
    <message>
        <source>Close the presentation history</source>
        <translation>Den Präsentationsverlauf schließen</translation>
    </message>
    <message>
        <source>Could not read the presentation history: %1</source>
        <translation>Der Präsentationsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
Client id: %2</source>
        <translation>%1
Client-ID: %2</translation>
    </message>
    <message>
        <source>A credential without a name</source>
        <translation>Ein Nachweis ohne Namen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this credential</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um diesen Nachweis zu öffnen</translation>
    </message>
    <message>
        <source>%1 (no longer in this wallet)</source>
        <translation>%1 (nicht mehr in dieser Wallet)</translation>
    </message>
    <message>
        <source>Nothing shared with verifiers yet. When a verifier asks for your credentials (a link or a QR code), what you send or decline is listed here.</source>
        <translation>Noch nichts mit Prüfern geteilt. Wenn ein Prüfer Ihre Nachweise anfordert (über einen Link oder QR-Code), wird hier aufgeführt, was Sie senden oder ablehnen.</translation>
    </message>
    <message>
        <source>No presentation matches “%1”.</source>
        <translation>Keine Präsentation entspricht „%1“.</translation>
    </message>
    <message>
        <source>Could not forget the entry: %1</source>
        <translation>Der Eintrag konnte nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Forget this entry</source>
        <translation>Diesen Eintrag vergessen</translation>
    </message>
    <message>
        <source>Remove the entry for %1 (%2) from the history?</source>
        <translation>Den Eintrag für %1 (%2) aus dem Verlauf entfernen?</translation>
    </message>
    <message>
        <source>Only this computer's record goes: the verifier keeps whatever it was sent.</source>
        <translation>Nur der Eintrag auf diesem Computer wird entfernt: Der Prüfer behält alles, was ihm gesendet wurde.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationLink</name>
    <message>
        <source>This is not a verifier's request for credentials that Satchel understands.</source>
        <translation>Dies ist keine Anfrage eines Prüfers nach Nachweisen, die Satchel versteht.</translation>
    </message>
    <message>
        <source>The verifier's link is too long to be a request.</source>
        <translation>Der Link des Prüfers ist zu lang für eine Anfrage.</translation>
    </message>
    <message>
        <source>The verifier's link names the parameter “%1” twice.</source>
        <translation>Der Link des Prüfers nennt den Parameter „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The verifier's link gives its request both in the link and at an address.</source>
        <translation>Der Link des Prüfers enthält seine Anfrage sowohl im Link als auch unter einer Adresse.</translation>
    </message>
    <message>
        <source>The verifier's link does not give a valid address for its request.</source>
        <translation>Der Link des Prüfers gibt keine gültige Adresse für seine Anfrage an.</translation>
    </message>
    <message>
        <source>The verifier's request is at an address that is not secure (%1): Satchel only fetches requests over HTTPS.</source>
        <translation>Die Anfrage des Prüfers liegt unter einer unsicheren Adresse (%1): Satchel ruft Anfragen nur über HTTPS ab.</translation>
    </message>
    <message>
        <source>The verifier asks for its request in a way Satchel does not know (“%1”).</source>
        <translation>Der Prüfer verlangt, seine Anfrage auf eine Weise abzurufen, die Satchel nicht kennt („%1“).</translation>
    </message>
    <message>
        <source>The verifier's “%1” is not valid JSON: %2</source>
        <translation>Der Parameter „%1“ des Prüfers ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationQueryReader</name>
    <message>
        <source>The verifier's query names the credential “%1” twice.</source>
        <translation>Die Abfrage des Prüfers nennt den Nachweis „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The verifier's query asks for no credential.</source>
        <translation>Die Abfrage des Prüfers fordert keinen Nachweis an.</translation>
    </message>
    <message>
        <source>The verifier's query asks for more credentials than Satchel accepts (%1).</source>
        <translation>Die Abfrage des Prüfers fordert mehr Nachweise an, als Satchel akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The verifier's query has malformed credential sets.</source>
        <translation>Die Abfrage des Prüfers hat fehlerhafte Nachweisgruppen.</translation>
    </message>
    <message>
        <source>The verifier's query has a credential set without options.</source>
        <translation>Die Abfrage des Prüfers hat eine Nachweisgruppe ohne Optionen.</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed credential set.</source>
        <translation>Die Abfrage des Prüfers hat eine fehlerhafte Nachweisgruppe.</translation>
    </message>
    <message>
        <source>The verifier's query refers to a credential it does not ask for (“%1”).</source>
        <translation>Die Abfrage des Prüfers verweist auf einen Nachweis, den sie nicht anfordert („%1“).</translation>
    </message>
    <message>
        <source>A credential in the verifier's query has no valid id.</source>
        <translation>Ein Nachweis in der Abfrage des Prüfers hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The verifier's query does not say which format it wants for “%1”.</source>
        <translation>Die Abfrage des Prüfers gibt nicht an, welches Format sie für „%1“ wünscht.</translation>
    </message>
    <message>
        <source>The verifier restricts “%1” to issuers named by a trust framework, which Satchel cannot check yet.</source>
        <translation>Der Prüfer beschränkt „%1“ auf Aussteller, die von einem Vertrauensrahmen benannt werden, was Satchel noch nicht prüfen kann.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed type values for “%1”.</source>
        <translation>Die Abfrage des Prüfers hat fehlerhafte Typwerte für „%1“.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed claims for “%1”.</source>
        <translation>Die Abfrage des Prüfers hat fehlerhafte Angaben für „%1“.</translation>
    </message>
    <message>
        <source>The verifier's query asks for more claims than Satchel accepts (%1).</source>
        <translation>Die Abfrage des Prüfers fordert mehr Angaben an, als Satchel akzeptiert (%1).</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query has no valid path.</source>
        <translation>Eine Angabe von „%1“ in der Abfrage des Prüfers hat keinen gültigen Pfad.</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query accepts a value that is not a string, number or boolean.</source>
        <translation>Eine Angabe von „%1“ in der Abfrage des Prüfers akzeptiert einen Wert, der weder Zeichenkette noch Zahl noch Wahrheitswert ist.</translation>
    </message>
    <message>
        <source>The verifier's query has too many claim sets for “%1”.</source>
        <translation>Die Abfrage des Prüfers hat zu viele Angabengruppen für „%1“.</translation>
    </message>
    <message>
        <source>A claim set of “%1” names a claim the query does not have.</source>
        <translation>Eine Angabengruppe von „%1“ nennt eine Angabe, die die Abfrage nicht hat.</translation>
    </message>
    <message>
        <source>The verifier's presentation definition has no id.</source>
        <translation>Die Präsentationsdefinition des Prüfers hat keine ID.</translation>
    </message>
    <message>
        <source>The verifier wants to see only some fields of “%1”, but Satchel can only show whole credentials.</source>
        <translation>Der Prüfer möchte nur einige Felder von „%1“ sehen, aber Satchel kann nur ganze Nachweise zeigen.</translation>
    </message>
    <message>
        <source>A field of “%1” in the verifier's query has no path.</source>
        <translation>Ein Feld von „%1“ in der Abfrage des Prüfers hat keinen Pfad.</translation>
    </message>
    <message>
        <source>The verifier's query reads a field in a way Satchel does not understand (“%1”).</source>
        <translation>Die Abfrage des Prüfers liest ein Feld auf eine Weise, die Satchel nicht versteht („%1“).</translation>
    </message>
    <message>
        <source>The verifier's query has malformed vct values for “%1”.</source>
        <translation>Die Abfrage des Prüfers hat fehlerhafte vct-Werte für „%1“.</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed holder binding requirement for “%1”.</source>
        <translation>Die Abfrage des Prüfers hat eine fehlerhafte Anforderung zur Inhaberbindung für „%1“.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationReader</name>
    <message>
        <source>The data is not a verifiable presentation.</source>
        <translation>Die Daten sind keine verifizierbare Präsentation.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is neither a credential object nor a JWT.</source>
        <translation>Nachweis %1 der Präsentation ist weder ein Nachweisobjekt noch ein JWT.</translation>
    </message>
    <message>
        <source>The presentation carries no credential, so there is nothing in it to import.</source>
        <translation>Die Präsentation enthält keinen Nachweis, daher gibt es darin nichts zu importieren.</translation>
    </message>
    <message>
        <source>The presentation carries more than %1 credentials.</source>
        <translation>Die Präsentation enthält mehr als %1 Nachweise.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is an envelope without a JWT or COSE credential in it.</source>
        <translation>Nachweis %1 der Präsentation ist ein Umschlag, der keinen JWT- oder COSE-Nachweis enthält.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationRequestReader</name>
    <message>
        <source>The verifier's request is not signed, but its client id says who signs it: Satchel cannot tell who sent it.</source>
        <translation>Die Anfrage des Prüfers ist nicht signiert, aber ihre Client-ID gibt an, wer sie signiert: Satchel kann nicht feststellen, wer sie gesendet hat.</translation>
    </message>
    <message>
        <source>The verifier's request is not a readable request object: %1</source>
        <translation>Die Anfrage des Prüfers ist kein lesbares Anfrageobjekt: %1</translation>
    </message>
    <message>
        <source>The verifier sent something else than a request object (type “%1”).</source>
        <translation>Der Prüfer hat etwas anderes als ein Anfrageobjekt gesendet (Typ „%1“).</translation>
    </message>
    <message>
        <source>The verifier's request object is not valid JSON: %1</source>
        <translation>Das Anfrageobjekt des Prüfers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The verifier's request names another client id than its link: it may not come from who the link says.</source>
        <translation>Die Anfrage des Prüfers nennt eine andere Client-ID als ihr Link: Sie stammt möglicherweise nicht von dem, den der Link angibt.</translation>
    </message>
    <message>
        <source>The verifier's request has expired. Ask the verifier for a new one.</source>
        <translation>Die Anfrage des Prüfers ist abgelaufen. Bitten Sie den Prüfer um eine neue.</translation>
    </message>
    <message>
        <source>The verifier's request is not the answer to Satchel's own question (its wallet nonce differs): it may have been replayed.</source>
        <translation>Die Anfrage des Prüfers ist nicht die Antwort auf Satchels eigene Frage (ihre Wallet-Nonce weicht ab): Sie wurde möglicherweise erneut eingespielt.</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: %1</source>
        <translation>Die Anfrage des Prüfers ist nicht mit dem Schlüssel signiert, den sie nennt: %1</translation>
    </message>
    <message>
        <source>The verifier identifies itself with a DID Satchel cannot look up without the network (%1).</source>
        <translation>Der Prüfer identifiziert sich mit einer DID, die Satchel ohne Netzwerk nicht auflösen kann (%1).</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: the signing key does not belong to the verifier's DID.</source>
        <translation>Die Anfrage des Prüfers ist nicht mit dem Schlüssel signiert, den sie nennt: Der Signaturschlüssel gehört nicht zur DID des Prüfers.</translation>
    </message>
    <message>
        <source>The verifier's request does not say who the verifier is (no client id).</source>
        <translation>Die Anfrage des Prüfers gibt nicht an, wer der Prüfer ist (keine Client-ID).</translation>
    </message>
    <message>
        <source>The verifier asks for something else than credentials (“%1”).</source>
        <translation>Der Prüfer fordert etwas anderes als Nachweise an („%1“).</translation>
    </message>
    <message>
        <source>The verifier wants its answer in a way Satchel does not support yet (“%1”); Satchel sends answers with direct_post.</source>
        <translation>Der Prüfer möchte seine Antwort auf eine Weise, die Satchel noch nicht unterstützt („%1“); Satchel sendet Antworten mit direct_post.</translation>
    </message>
    <message>
        <source>The verifier's request does not say where to send the answer.</source>
        <translation>Die Anfrage des Prüfers gibt nicht an, wohin die Antwort gesendet werden soll.</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to an address that is not secure (%1): Satchel only sends credentials over HTTPS.</source>
        <translation>Der Prüfer möchte die Antwort an eine unsichere Adresse gesendet haben (%1): Satchel sendet Nachweise nur über HTTPS.</translation>
    </message>
    <message>
        <source>The verifier's request has no nonce, so an answer to it could be replayed.</source>
        <translation>Die Anfrage des Prüfers hat keine Nonce, daher könnte eine Antwort darauf erneut eingespielt werden.</translation>
    </message>
    <message>
        <source>The verifier's request carries a state too long to be sent back.</source>
        <translation>Die Anfrage des Prüfers enthält einen State, der zu lang ist, um ihn zurückzusenden.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: the request may not come from %1.</source>
        <translation>Die Client-ID des Prüfers passt nicht zum Ziel der Antwort: Die Anfrage stammt möglicherweise nicht von %1.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: its certificate is for %1, the answer would go to %2.</source>
        <translation>Die Client-ID des Prüfers passt nicht zum Ziel der Antwort: Sein Zertifikat gilt für %1, die Antwort ginge an %2.</translation>
    </message>
    <message>
        <source>The verifier identifies itself in a way Satchel cannot check yet (%1). Nothing was sent.</source>
        <translation>Der Prüfer identifiziert sich auf eine Weise, die Satchel noch nicht prüfen kann (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The verifier's client id names no way to check who it is, and Satchel knows no verifier by that name. Nothing was sent.</source>
        <translation>Die Client-ID des Prüfers nennt keine Möglichkeit zu prüfen, wer er ist, und Satchel kennt keinen Prüfer dieses Namens. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The verifier's request holds two queries at once.</source>
        <translation>Die Anfrage des Prüfers enthält zwei Abfragen gleichzeitig.</translation>
    </message>
    <message>
        <source>The verifier's request says what it wants in a way Satchel does not support.</source>
        <translation>Die Anfrage des Prüfers gibt auf eine Weise an, was sie möchte, die Satchel nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationResponder</name>
    <message>
        <source>it gave no reason, only the error code %1</source>
        <translation>er nannte keinen Grund, nur den Fehlercode %1</translation>
    </message>
    <message>
        <source>it said “%1”</source>
        <translation>er sagte „%1“</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Do not answer this request: ask the verifier for a new one.</source>
        <translation>%1 Es wurde nichts gesendet. Beantworten Sie diese Anfrage nicht: Bitten Sie den Prüfer um eine neue.</translation>
    </message>
    <message>
        <source>%1 To try again, ask the verifier for a new request.</source>
        <translation>%1 Um es erneut zu versuchen, bitten Sie den Prüfer um eine neue Anfrage.</translation>
    </message>
    <message>
        <source>%1 Satchel cannot tell whether your credentials reached it. Check your connection, then ask the verifier for a new request to try again.</source>
        <translation>%1 Satchel kann nicht feststellen, ob Ihre Nachweise angekommen sind. Prüfen Sie Ihre Verbindung und bitten Sie dann den Prüfer um eine neue Anfrage, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>reading the verifier's request</source>
        <translation>Lesen der Anfrage des Prüfers</translation>
    </message>
    <message>
        <source>The verifier refused to give its request (%1).</source>
        <translation>Der Prüfer hat sich geweigert, seine Anfrage herauszugeben (%1).</translation>
    </message>
    <message>
        <source>A chosen credential does not answer what the verifier asks for.</source>
        <translation>Ein ausgewählter Nachweis entspricht nicht dem, was der Prüfer anfordert.</translation>
    </message>
    <message>
        <source>The verifier asks for only one credential for “%1”.</source>
        <translation>Der Prüfer fordert für „%1“ nur einen Nachweis an.</translation>
    </message>
    <message>
        <source>The verifier needs more credentials than those chosen: it would not accept the answer.</source>
        <translation>Der Prüfer benötigt mehr Nachweise als die ausgewählten: Er würde die Antwort nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The verifier accepts only identities of the kinds %1, not this one (%2). Choose another identity.</source>
        <translation>Der Prüfer akzeptiert nur Identitäten der Arten %1, nicht diese (%2). Wählen Sie eine andere Identität.</translation>
    </message>
    <message>
        <source>The verifier does not accept presentations signed with this identity's kind of key (%1). Choose another identity.</source>
        <translation>Der Prüfer akzeptiert keine Präsentationen, die mit der Schlüsselart dieser Identität (%1) signiert sind. Wählen Sie eine andere Identität.</translation>
    </message>
    <message>
        <source>A chosen credential could not be read from the wallet: %1</source>
        <translation>Ein ausgewählter Nachweis konnte nicht aus der Wallet gelesen werden: %1</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>Senden der Antwort</translation>
    </message>
    <message>
        <source>The verifier did not accept the answer (%1).</source>
        <translation>Der Prüfer hat die Antwort nicht akzeptiert (%1).</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationSigner</name>
    <message>
        <source>The credential is neither JSON-LD nor a JWT, so it cannot be put in a presentation.</source>
        <translation>Der Nachweis ist weder JSON-LD noch ein JWT und kann daher nicht in eine Präsentation aufgenommen werden.</translation>
    </message>
    <message>
        <source>A public link is not possible for an Open Badges 2.0 badge: it is not a W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share its hosted address or a verification page instead.</source>
        <translation>Ein öffentlicher Link ist für ein Open-Badges-2.0-Abzeichen nicht möglich: Es ist kein W3C Verifiable Credential und kann daher nicht in einer signierten Präsentation übertragen werden. Teilen Sie stattdessen seine gehostete Adresse oder eine Prüfseite.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential in VC-JWT form: its signature covers the token, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>Ein öffentlicher Link ist für einen Nachweis im VC-JWT-Format nicht möglich: Seine Signatur deckt das Token ab, nicht JSON-LD, daher kann er nicht in die Data-Integrity-Präsentation eingebettet werden, die ein VerifierPlus-Server prüft. Teilen Sie stattdessen eine Prüfseite.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential of an unknown format.</source>
        <translation>Ein öffentlicher Link ist für einen Nachweis unbekannten Formats nicht möglich.</translation>
    </message>
    <message numerus="yes">
        <source>A presentation carries at most %n credential(s).</source>
        <translation>
            <numerusform>Eine Präsentation enthält höchstens %n Nachweis.</numerusform>
            <numerusform>Eine Präsentation enthält höchstens %n Nachweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON-LD document, so it cannot be put in a presentation.</source>
        <translation>Der Nachweis ist kein JSON-LD-Dokument und kann daher nicht in eine Präsentation aufgenommen werden.</translation>
    </message>
    <message>
        <source>The credential is too large to share.</source>
        <translation>Der Nachweis ist zu groß zum Teilen.</translation>
    </message>
    <message>
        <source>These credentials follow two versions of the W3C data model (1.1 and 2.0), which cannot be signed in one presentation: choose credentials of one version.</source>
        <translation>Diese Nachweise folgen zwei Versionen des W3C-Datenmodells (1.1 und 2.0), die nicht in einer Präsentation signiert werden können: Wählen Sie Nachweise einer Version.</translation>
    </message>
    <message>
        <source>A public link is not possible for an SD-JWT VC: it is no W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share a verification page instead.</source>
        <translation>Ein öffentlicher Link ist für einen SD-JWT-VC-Nachweis nicht möglich: Er ist kein W3C Verifiable Credential und kann daher nicht in einer signierten Präsentation übertragen werden. Teilen Sie stattdessen eine Prüfseite.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential secured with COSE: its signature covers the COSE message, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>Ein öffentlicher Link ist für einen mit COSE gesicherten Nachweis nicht möglich: Seine Signatur deckt die COSE-Nachricht ab, nicht JSON-LD, daher kann er nicht in die Data-Integrity-Präsentation eingebettet werden, die ein VerifierPlus-Server prüft. Teilen Sie stattdessen eine Prüfseite.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationVerifier</name>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>Der Signaturschlüssel wird von %1 kontrolliert, nicht vom Inhaber %2.</translation>
    </message>
    <message>
        <source>The holder's %1 signature is valid.</source>
        <translation>Die %1-Signatur des Inhabers ist gültig.</translation>
    </message>
    <message>
        <source>The presentation is bound to no challenge.</source>
        <translation>Die Präsentation ist an keine Challenge gebunden.</translation>
    </message>
    <message>
        <source>The presentation is bound to the challenge "%1"; none was given to compare it with.</source>
        <translation>Die Präsentation ist an die Challenge „%1“ gebunden; es wurde keine zum Vergleich angegeben.</translation>
    </message>
    <message>
        <source>The presentation was made for the challenge "%1", not "%2": it answers another request, or was made again from an earlier one.</source>
        <translation>Die Präsentation wurde für die Challenge „%1“ erstellt, nicht für „%2“: Sie beantwortet eine andere Anfrage oder wurde aus einer früheren erneut erstellt.</translation>
    </message>
    <message>
        <source>The presentation was made for "%1", not for "%2".</source>
        <translation>Die Präsentation wurde für „%1“ erstellt, nicht für „%2“.</translation>
    </message>
    <message>
        <source>The presentation answers the challenge "%1".</source>
        <translation>Die Präsentation beantwortet die Challenge „%1“.</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", cty "%2") is not that of a verifiable presentation (vp+jwt).</source>
        <translation>Der Medientyp der Präsentation (typ „%1“, cty „%2“) ist nicht der einer überprüfbaren Präsentation (vp+jwt).</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", content type "%2") is not that of a verifiable presentation (vp+cose).</source>
        <translation>Der Medientyp der Präsentation (typ „%1“, Inhaltstyp „%2“) ist nicht der einer überprüfbaren Präsentation (vp+cose).</translation>
    </message>
</context>
<context>
    <name>Satchel::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Satchel::ProofSuite</name>
    <message>
        <source>The proof uses bbs-2023, which needs BLS12-381 pairing-friendly curves that the cryptography library Satchel uses (OpenSSL) does not provide, so Satchel cannot check it. Ask the issuer for a copy signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.</source>
        <translation>Der Proof verwendet bbs-2023, das paarungsfreundliche BLS12-381-Kurven benötigt, die die von Satchel verwendete Kryptografiebibliothek (OpenSSL) nicht bereitstellt; daher kann Satchel ihn nicht prüfen. Bitten Sie den Aussteller um eine mit eddsa-rdfc-2022 oder ecdsa-rdfc-2019 signierte Kopie.</translation>
    </message>
    <message>
        <source>The proof type "%1" is not supported.</source>
        <translation>Der Proof-Typ „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicKey</name>
    <message>
        <source>The JWK has no "%1" member.</source>
        <translation>Der JWK hat kein Mitglied „%1“.</translation>
    </message>
    <message>
        <source>The elliptic curve of the key is unknown.</source>
        <translation>Die elliptische Kurve des Schlüssels ist unbekannt.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; mindestens %2 sind erforderlich.</translation>
    </message>
    <message>
        <source>The RSA key is too large (%1 bits).</source>
        <translation>Der RSA-Schlüssel ist zu groß (%1 Bit).</translation>
    </message>
    <message>
        <source>Unsupported public key type.</source>
        <translation>Nicht unterstützter Typ des öffentlichen Schlüssels.</translation>
    </message>
    <message>
        <source>An Ed25519 public key must be 32 bytes, not %1.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel muss 32 Byte lang sein, nicht %1.</translation>
    </message>
    <message>
        <source>Invalid Ed25519 public key.</source>
        <translation>Ungültiger öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Invalid %1 public key encoding.</source>
        <translation>Ungültige Kodierung des öffentlichen %1-Schlüssels.</translation>
    </message>
    <message>
        <source>Cannot create an EC key.</source>
        <translation>Es kann kein EC-Schlüssel erstellt werden.</translation>
    </message>
    <message>
        <source>Invalid %1 public key.</source>
        <translation>Ungültiger öffentlicher %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The %1 public key is not a point on the curve.</source>
        <translation>Der öffentliche %1-Schlüssel ist kein Punkt auf der Kurve.</translation>
    </message>
    <message>
        <source>The JWK contains private key material.</source>
        <translation>Der JWK enthält Material eines privaten Schlüssels.</translation>
    </message>
    <message>
        <source>Unsupported OKP curve in JWK.</source>
        <translation>Nicht unterstützte OKP-Kurve im JWK.</translation>
    </message>
    <message>
        <source>Unsupported EC curve in JWK.</source>
        <translation>Nicht unterstützte EC-Kurve im JWK.</translation>
    </message>
    <message>
        <source>Invalid %1 coordinates in JWK.</source>
        <translation>Ungültige %1-Koordinaten im JWK.</translation>
    </message>
    <message>
        <source>The RSA key in the JWK is too large.</source>
        <translation>Der RSA-Schlüssel im JWK ist zu groß.</translation>
    </message>
    <message>
        <source>Invalid RSA key in JWK.</source>
        <translation>Ungültiger RSA-Schlüssel im JWK.</translation>
    </message>
    <message>
        <source>Unsupported JWK key type "%1".</source>
        <translation>Nicht unterstützter JWK-Schlüsseltyp „%1“.</translation>
    </message>
    <message>
        <source>The PEM key is too large.</source>
        <translation>Der PEM-Schlüssel ist zu groß.</translation>
    </message>
    <message>
        <source>Cannot read the PEM key.</source>
        <translation>Der PEM-Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation>Der Text ist kein öffentlicher PEM-Schlüssel (SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>A multikey must be base58btc ('z' prefix).</source>
        <translation>Ein Multikey muss base58btc sein (Präfix „z“).</translation>
    </message>
    <message>
        <source>A P-256 multikey must hold a compressed point.</source>
        <translation>Ein P-256-Multikey muss einen komprimierten Punkt enthalten.</translation>
    </message>
    <message>
        <source>A P-384 multikey must hold a compressed point.</source>
        <translation>Ein P-384-Multikey muss einen komprimierten Punkt enthalten.</translation>
    </message>
    <message>
        <source>The multikey is a secret key.</source>
        <translation>Der Multikey ist ein geheimer Schlüssel.</translation>
    </message>
    <message>
        <source>Unsupported multikey type 0x%1.</source>
        <translation>Nicht unterstützter Multikey-Typ 0x%1.</translation>
    </message>
    <message>
        <source>The certificate is too large.</source>
        <translation>Das Zertifikat ist zu groß.</translation>
    </message>
    <message>
        <source>The data is not a DER X.509 certificate.</source>
        <translation>Die Daten sind kein DER-X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 elliptic curves are supported.</source>
        <translation>Nur die elliptischen Kurven P-256, P-384 und P-521 werden unterstützt.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinkService</name>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>In der Wallet gibt es keinen öffentlichen Link %1.</translation>
    </message>
    <message>
        <source>The link %1 was already stopped.</source>
        <translation>Der Link %1 wurde bereits beendet.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinksWidget</name>
    <message>
        <source>Create public link…</source>
        <translation>Öffentlichen Link erstellen…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Link in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>Upload this credential to %1 and get a link anyone can open to check it.</source>
        <translation>Diesen Nachweis auf %1 hochladen und einen Link erhalten, den jeder öffnen kann, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, including what it says about you.</source>
        <translation>Satchel lädt den gesamten Nachweis „%1“ auf %2 hoch: alles, was sein Aussteller hineingeschrieben hat, einschließlich dessen, was er über Sie aussagt.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, your name (%3) included.</source>
        <translation>Satchel lädt den gesamten Nachweis „%1“ auf %2 hoch: alles, was sein Aussteller hineingeschrieben hat, einschließlich Ihres Namens (%3).</translation>
    </message>
    <message>
        <source>Create a public link</source>
        <translation>Öffentlichen Link erstellen</translation>
    </message>
    <message>
        <source>Anyone who has the link can see the credential and check it, until you choose Stop sharing. You can change the server in the Settings tab.</source>
        <translation>Jeder, der den Link hat, kann den Nachweis sehen und prüfen, bis Sie „Teilen beenden“ wählen. Sie können den Server auf der Registerkarte „Einstellungen“ ändern.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation>Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Wird auf %1 hochgeladen…</translation>
    </message>
    <message>
        <source>Asking %1 to take the link down…</source>
        <translation>%1 wird gebeten, den Link zu entfernen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was uploaded.</source>
        <translation>Abgebrochen: Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Public link made: every share button below now uses it.</source>
        <translation>Öffentlicher Link erstellt: Alle Schaltflächen zum Teilen unten verwenden ihn jetzt.</translation>
    </message>
    <message>
        <source>Stopped sharing: the link no longer opens.</source>
        <translation>Teilen beendet: Der Link lässt sich nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Öffentliche Links</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCode</name>
    <message>
        <source>Unknown error correction level %1 (use L, M, Q or H).</source>
        <translation>Unbekannte Fehlerkorrekturstufe %1 (verwenden Sie L, M, Q oder H).</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt nichts, was in den QR-Code aufgenommen werden könnte.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Byte, höchstens %2).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCodeReader</name>
    <message>
        <source>The picture is too large or damaged to look for a QR code in.</source>
        <translation>Das Bild ist zu groß oder zu beschädigt, um darin nach einem QR-Code zu suchen.</translation>
    </message>
    <message>
        <source>The QR code reader could not start.</source>
        <translation>Der QR-Code-Leser konnte nicht starten.</translation>
    </message>
    <message>
        <source>The QR code reader failed on this picture.</source>
        <translation>Der QR-Code-Leser ist bei diesem Bild gescheitert.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>Im Bild wurde kein QR-Code gefunden.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrPicture</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The QR code does not hold a credential offer Satchel knows: %1</source>
        <translation>Der QR-Code enthält kein Nachweisangebot, das Satchel kennt: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::QtKeychainVault</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Satchel was built without keychain support.</source>
        <translation>Satchel wurde ohne Schlüsselbund-Unterstützung erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain cannot be reached.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>Satchel::Rdfc10</name>
    <message>
        <source>Canonicalization gave up: the graph needs more than %1 units of work (a poison graph?).</source>
        <translation>Kanonisierung abgebrochen: Der Graph benötigt mehr als %1 Arbeitseinheiten (ein präparierter Graph?).</translation>
    </message>
</context>
<context>
    <name>Satchel::RdfcProofSuite</name>
    <message>
        <source>The proof value is not base58btc multibase.</source>
        <translation>Der Proof-Wert ist kein base58btc-Multibase.</translation>
    </message>
    <message>
        <source>The proof value is not a %1-byte signature.</source>
        <translation>Der Proof-Wert ist keine %1-Byte-Signatur.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Die Signatur ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveDialog</name>
    <message>
        <source>Reading the issuer's description…</source>
        <translation>Beschreibung des Ausstellers wird gelesen…</translation>
    </message>
    <message>
        <source>Asking the issuer for permission…</source>
        <translation>Aussteller wird um Erlaubnis gebeten…</translation>
    </message>
    <message>
        <source>Proving that the identity is yours…</source>
        <translation>Es wird nachgewiesen, dass die Identität Ihnen gehört…</translation>
    </message>
    <message>
        <source>Asking for the credentials…</source>
        <translation>Nachweise werden angefordert…</translation>
    </message>
    <message>
        <source>Checking and storing the credentials…</source>
        <translation>Nachweise werden geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Receive a credential</source>
        <translation>Nachweis empfangen</translation>
    </message>
    <message>
        <source>Give Satchel the link your school or issuer shows to send a credential to your wallet. Paste it, drop it or a picture of its QR code here, or let Satchel read the QR code on your screen.</source>
        <translation>Geben Sie Satchel den Link, den Ihre Schule oder Ihr Aussteller anzeigt, um einen Nachweis an Ihre Wallet zu senden. Fügen Sie ihn ein, ziehen Sie ihn oder ein Bild seines QR-Codes hierher, oder lassen Sie Satchel den QR-Code auf Ihrem Bildschirm lesen.</translation>
    </message>
    <message>
        <source>openid-credential-offer://…, dccrequest://… or https://…</source>
        <translation>openid-credential-offer://…, dccrequest://… oder https://…</translation>
    </message>
    <message>
        <source>Credential offer link</source>
        <translation>Link zum Nachweisangebot</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>QR code from a &amp;picture…</source>
        <translation>QR-Code aus &amp;Bild…</translation>
    </message>
    <message>
        <source>QR code on the &amp;screen</source>
        <translation>QR-Code auf dem Bild&amp;schirm</translation>
    </message>
    <message>
        <source>Show the issuer's QR code on your screen, then click here: Satchel looks for it.</source>
        <translation>Zeigen Sie den QR-Code des Ausstellers auf Ihrem Bildschirm an und klicken Sie dann hier: Satchel sucht danach.</translation>
    </message>
    <message>
        <source>Nothing is sent to the issuer until you have seen what it offers and chosen Receive.</source>
        <translation>An den Aussteller wird nichts gesendet, bevor Sie gesehen haben, was er anbietet, und „Empfangen“ gewählt haben.</translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation>Ausgestellt &amp;für:</translation>
    </message>
    <message>
        <source>The identity the credentials are issued to</source>
        <translation>Die Identität, für die die Nachweise ausgestellt werden</translation>
    </message>
    <message>
        <source>PIN from the issuer</source>
        <translation>PIN vom Aussteller</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>Em&amp;pfangen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Reading the offer…</source>
        <translation>Angebot wird gelesen…</translation>
    </message>
    <message>
        <source>Satchel will contact &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Satchel wird &lt;b&gt;%1&lt;/b&gt; (%2) kontaktieren.</translation>
    </message>
    <message>
        <source>The issuer says what it issues once Satchel has shown that the identity below is yours.</source>
        <translation>Der Aussteller gibt an, was er ausstellt, sobald Satchel gezeigt hat, dass die unten stehende Identität Ihnen gehört.</translation>
    </message>
    <message>
        <source>You will receive:</source>
        <translation>Sie erhalten:</translation>
    </message>
    <message>
        <source>Also offered, but not asked for: %1 (Satchel cannot store these yet).</source>
        <translation>Ebenfalls angeboten, aber nicht angefordert: %1 (Satchel kann diese noch nicht speichern).</translation>
    </message>
    <message>
        <source>Satchel will make your holder identity (a did:key, its private key kept in your keychain) and the issuer will issue the credentials to it.</source>
        <translation>Satchel erstellt Ihre Inhaber-Identität (eine did:key, deren privater Schlüssel in Ihrem Schlüsselbund liegt), und der Aussteller stellt die Nachweise für diese aus.</translation>
    </message>
    <message>
        <source>You will sign in with the issuer in your web browser, then come back here.</source>
        <translation>Sie melden sich in Ihrem Webbrowser beim Aussteller an und kehren dann hierher zurück.</translation>
    </message>
    <message>
        <source>Issuer's logo</source>
        <translation>Logo des Ausstellers</translation>
    </message>
    <message>
        <source>The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.</source>
        <translation>Der Aussteller hat Ihnen auf anderem Weg (E-Mail oder SMS) eine PIN gesendet. Geben Sie sie ein, um die Nachweise zu empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s))</source>
        <translation>
            <numerusform>(%n Ziffer)</numerusform>
            <numerusform>(%n Ziffern)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n Zeichen)</numerusform>
            <numerusform>(%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with the issuer in your web browser…</source>
        <translation>Melden Sie sich in Ihrem Webbrowser beim Aussteller an…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Wird empfangen…</translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>Es wurde nichts gesendet: Der Schlüssel Ihrer Identität bleibt ohne seine Passphrase gesperrt.</translation>
    </message>
    <message>
        <source>Nothing was received, and your wallet is unchanged.</source>
        <translation>Es wurde nichts empfangen, und Ihre Wallet ist unverändert.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Sie haben abgebrochen.</translation>
    </message>
    <message>
        <source>(unnamed credential)</source>
        <translation>(unbenannter Nachweis)</translation>
    </message>
    <message numerus="yes">
        <source>Received %n credential(s) from %1:</source>
        <translation>
            <numerusform>%n Nachweis von %1 empfangen:</numerusform>
            <numerusform>%n Nachweise von %1 empfangen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) are still being prepared by their issuers.</source>
        <translation>
            <numerusform>%n Nachweis wird von seinem Aussteller noch vorbereitet.</numerusform>
            <numerusform>%n Nachweise werden von ihren Ausstellern noch vorbereitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</source>
        <translation>
            <numerusform>%n Nachweis ist später bereit: Satchel fragt beim nächsten Start erneut bei %1 nach, oder wählen Sie „Ausstehende Nachweise abfragen“.</numerusform>
            <numerusform>%n Nachweise sind später bereit: Satchel fragt beim nächsten Start erneut bei %1 nach, oder wählen Sie „Ausstehende Nachweise abfragen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Satchel stopped waiting for %1 from %2: %3</source>
        <translation>Satchel wartet nicht mehr auf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Asking issuers for the credentials they promised…</source>
        <translation>Aussteller werden nach den zugesagten Nachweisen gefragt…</translation>
    </message>
    <message>
        <source>No credential is waiting.</source>
        <translation>Es steht kein Nachweis aus.</translation>
    </message>
    <message>
        <source>The clipboard holds no link.</source>
        <translation>Die Zwischenablage enthält keinen Link.</translation>
    </message>
    <message>
        <source>Picture of a QR code</source>
        <translation>Bild eines QR-Codes</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Satchel cannot read this screen. Take a screenshot of the QR code and drop it here.</source>
        <translation>Satchel kann diesen Bildschirm nicht lesen. Erstellen Sie ein Bildschirmfoto des QR-Codes und ziehen Sie es hierher.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveLink</name>
    <message>
        <source>This is not a credential offer Satchel can receive (an OpenID4VCI offer, a VC-API interaction link or a Learner Credential Wallet link): %1</source>
        <translation>Dies ist kein Nachweisangebot, das Satchel empfangen kann (ein OpenID4VCI-Angebot, ein VC-API-Interaktionslink oder ein Link der Learner Credential Wallet): %1</translation>
    </message>
    <message>
        <source>The interaction link %1 offers no protocol Satchel understands.</source>
        <translation>Der Interaktionslink %1 bietet kein Protokoll an, das Satchel versteht.</translation>
    </message>
    <message>
        <source>The issuer offers no way of receiving that Satchel understands (it offers: %1).</source>
        <translation>Der Aussteller bietet keine Empfangsart an, die Satchel versteht (angeboten: %1).</translation>
    </message>
</context>
<context>
    <name>Satchel::RecipientMatcher</name>
    <message>
        <source>Add your e-mail addresses or other identities to check that credentials were issued to you.</source>
        <translation>Fügen Sie Ihre E-Mail-Adressen oder andere Identitäten hinzu, um zu prüfen, ob Nachweise für Sie ausgestellt wurden.</translation>
    </message>
    <message>
        <source>The credential was issued to one of your identities.</source>
        <translation>Der Nachweis wurde für eine Ihrer Identitäten ausgestellt.</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>Der Nachweis nennt seinen Empfänger nicht.</translation>
    </message>
    <message>
        <source>The credential names its recipient by a kind of identity that is not in your list.</source>
        <translation>Der Nachweis nennt seinen Empfänger über eine Identitätsart, die nicht in Ihrer Liste steht.</translation>
    </message>
    <message>
        <source>The credential was issued to someone not among your identities.</source>
        <translation>Der Nachweis wurde für jemanden ausgestellt, der nicht zu Ihren Identitäten gehört.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderActions</name>
    <message>
        <source>Ca&amp;lendar of expiry dates (.ics)…</source>
        <translation>&amp;Kalender der Ablaufdaten (.ics)…</translation>
    </message>
    <message>
        <source>Save the expiry dates of the selected badges (or of all) for your calendar</source>
        <translation>Die Ablaufdaten der ausgewählten Abzeichen (oder aller) für Ihren Kalender speichern</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expired</source>
        <translation>
            <numerusform>%n Abzeichen abgelaufen</numerusform>
            <numerusform>%n Abzeichen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon</source>
        <translation>
            <numerusform>%n Abzeichen läuft bald ab</numerusform>
            <numerusform>%n Abzeichen laufen bald ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar of expiry dates</source>
        <translation>Kalender der Ablaufdaten</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Saved the expiry dates to %1.</source>
        <translation>Ablaufdaten in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderBanner</name>
    <message>
        <source>“%1” from %2 expired on %3.</source>
        <translation>„%1“ von %2 ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>“%1” from %2 expires on %3.</source>
        <translation>„%1“ von %2 läuft am %3 ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon or just expired:</source>
        <translation>
            <numerusform>%n Abzeichen läuft bald ab oder ist gerade abgelaufen:</numerusform>
            <numerusform>%n Abzeichen laufen bald ab oder sind gerade abgelaufen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide these reminders (they are not shown again)</source>
        <translation>Diese Erinnerungen ausblenden (sie werden nicht erneut angezeigt)</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminders</source>
        <translation>Ablauferinnerungen ausblenden</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>%1 in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Warn before a badge expires (a desktop notification and a notice in the window):</source>
        <translation>&amp;Warnen, bevor ein Abzeichen abläuft (Desktop-Benachrichtigung und Hinweis im Fenster):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Days of warning before a badge expires</source>
        <translation>Vorwarnzeit in Tagen vor Ablauf eines Abzeichens</translation>
    </message>
    <message>
        <source>0 turns expiry reminders off</source>
        <translation>0 schaltet die Ablauferinnerungen aus</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewActions</name>
    <message>
        <source>&amp;Create review packet…</source>
        <translation>Prüfpaket e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Export credentials, with your verification results, for a career advisor</source>
        <translation>Nachweise mit Ihren Prüfergebnissen für Ihre Berufsberaterin oder Ihren Berufsberater exportieren</translation>
    </message>
    <message>
        <source>Open re&amp;view packet…</source>
        <translation>Prüfpa&amp;ket öffnen…</translation>
    </message>
    <message>
        <source>Review a learner's packet: every credential is verified again</source>
        <translation>Das Paket eines Lernenden sichten: Jeder Nachweis wird erneut geprüft</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>Fä&amp;higkeiten…</translation>
    </message>
    <message>
        <source>The skills your credentials show, by framework</source>
        <translation>Die Fähigkeiten, die Ihre Nachweise belegen, nach Rahmenwerk</translation>
    </message>
    <message>
        <source>Open review packet</source>
        <translation>Prüfpaket öffnen</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review);;Signed presentations (*.json *.jwt)</source>
        <translation>Satchel-Prüfpakete (*.satchel-review);;Signierte Präsentationen (*.json *.jwt)</translation>
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
            <numerusform>%n gültig</numerusform>
            <numerusform>%n gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewDetailDialog</name>
    <message>
        <source>%1 (in the review)</source>
        <translation>%1 (im Prüfpaket)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewHtml</name>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>No credential names a skill or framework.</source>
        <translation>Kein Nachweis nennt eine Fähigkeit oder ein Rahmenwerk.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Abzeichen</numerusform>
            <numerusform>%n Abzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Belegt durch</translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>nicht gezählt (ungültig): %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>einem Lernenden</translation>
    </message>
    <message>
        <source>Review packet of %1</source>
        <translation>Prüfpaket von %1</translation>
    </message>
    <message>
        <source>Made on %1 with Satchel.</source>
        <translation>Erstellt am %1 mit Satchel.</translation>
    </message>
    <message>
        <source>The statuses below are the learner's own last verification. Open this packet in Satchel to verify every credential again.</source>
        <translation>Die Status unten stammen aus der letzten Prüfung durch den Lernenden selbst. Öffnen Sie dieses Paket in Satchel, um jeden Nachweis erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Learner's status</source>
        <translation>Status laut Lernendem</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Durchsicht von %1</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernender</translation>
    </message>
    <message>
        <source>Not named in the packet</source>
        <translation>Im Paket nicht genannt</translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation>Datum der Durchsicht</translation>
    </message>
    <message>
        <source>Holder's signature</source>
        <translation>Signatur des Inhabers</translation>
    </message>
    <message>
        <source>Valid: the holder signed this presentation.</source>
        <translation>Gültig: Der Inhaber hat diese Präsentation signiert.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Code (Challenge)</translation>
    </message>
    <message>
        <source>Packet made on</source>
        <translation>Paket erstellt am</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner's own results</source>
        <translation>Eigene Ergebnisse des Lernenden</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt.</source>
        <translation>
            <numerusform>%n Nachweis wurde anders geprüft als im Beleg des Lernenden.</numerusform>
            <numerusform>%n Nachweise wurden anders geprüft als im Beleg des Lernenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Satchel agrees with every result the learner's wallet recorded.</source>
        <translation>Satchel stimmt mit jedem Ergebnis überein, das die Wallet des Lernenden festgehalten hat.</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Leistungspunkte gesamt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>Die Durchsicht wurde abgebrochen: Einige Nachweise wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Unbenannter Nachweis</translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation>Aussteller nicht genannt</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>every check passed.</source>
        <translation>alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>it names someone other than the learner.</source>
        <translation>er nennt eine andere Person als den Lernenden.</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Gültig, aber nicht für den Lernenden ausgestellt</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>status: reason</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>The learner's wallet said: %1.</source>
        <translation>Die Wallet des Lernenden meldete: %1.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt am %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Leistungspunkte</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Skills across the credentials</source>
        <translation>Fähigkeiten über alle Nachweise</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credentials)</source>
        <translation>
            <numerusform>%1 (%n Nachweis)</numerusform>
            <numerusform>%1 (%n Nachweise)</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisor's notes</source>
        <translation>Notizen des Beraters</translation>
    </message>
    <message>
        <source>Every credential was verified again by Satchel from the packet's original files. Packet fingerprint (SHA-256): %1</source>
        <translation>Jeder Nachweis wurde von Satchel anhand der Originaldateien des Pakets erneut geprüft. Fingerabdruck des Pakets (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketDialog</name>
    <message>
        <source>Create review packet</source>
        <translation>Prüfpaket erstellen</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected credential(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Nachweis</numerusform>
            <numerusform>Die %n ausgewählten Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All credentials (%n)</source>
        <translation>
            <numerusform>Alle Nachweise (%n)</numerusform>
            <numerusform>Alle Nachweise (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation>Lernpfad: %1</translation>
    </message>
    <message>
        <source>Your name, as the advisor should see it</source>
        <translation>Ihr Name, wie der Berater ihn sehen soll</translation>
    </message>
    <message>
        <source>Include my identities (e-mail addresses, URLs…) so the advisor can check the badges were issued to me</source>
        <translation>Meine Identitäten einbeziehen (E-Mail-Adressen, URLs…), damit der Berater prüfen kann, ob die Abzeichen für mich ausgestellt wurden</translation>
    </message>
    <message>
        <source>Protect the packet with a passphrase</source>
        <translation>Das Paket mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Was das Paket enthalten wird</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Senden:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Save packet…</source>
        <translation>Paket spei&amp;chern…</translation>
    </message>
    <message>
        <source>The packet will contain:</source>
        <translation>Das Paket wird enthalten:</translation>
    </message>
    <message>
        <source>Select credentials in the gallery, or make a collection or a pathway, first.</source>
        <translation>Wählen Sie zuerst Nachweise in der Galerie aus oder erstellen Sie eine Sammlung oder einen Lernpfad.</translation>
    </message>
    <message>
        <source>%1 — %2 (your last check: %3)</source>
        <translation>%1 — %2 (Ihre letzte Prüfung: %3)</translation>
    </message>
    <message>
        <source>with its image</source>
        <translation>mit seinem Bild</translation>
    </message>
    <message>
        <source>Pathway definition: %1</source>
        <translation>Lernpfad-Definition: %1</translation>
    </message>
    <message>
        <source>Your last verification results (receipts) and a readable summary</source>
        <translation>Ihre letzten Prüfergebnisse (Belege) und eine lesbare Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) of yours</source>
        <translation>
            <numerusform>%n Ihrer Identitäten</numerusform>
            <numerusform>%n Ihrer Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>No identities (e-mail addresses, URLs…)</source>
        <translation>Keine Identitäten (E-Mail-Adressen, URLs…)</translation>
    </message>
    <message>
        <source>No private notes</source>
        <translation>Keine privaten Notizen</translation>
    </message>
    <message>
        <source>Sealed with your passphrase</source>
        <translation>Mit Ihrer Passphrase versiegelt</translation>
    </message>
    <message>
        <source>Not protected by a passphrase</source>
        <translation>Nicht durch eine Passphrase geschützt</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick the protection.</source>
        <translation>Geben Sie eine Passphrase ein oder deaktivieren Sie den Schutz.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Save review packet</source>
        <translation>Prüfpaket speichern</translation>
    </message>
    <message>
        <source>review.satchel-review</source>
        <translation>pruefpaket.satchel-review</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review)</source>
        <translation>Satchel-Prüfpakete (*.satchel-review)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketReader</name>
    <message>
        <source>The review packet is damaged or was not made by Satchel: %1</source>
        <translation>Das Prüfpaket ist beschädigt oder wurde nicht von Satchel erstellt: %1</translation>
    </message>
    <message>
        <source>The review packet cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Das Prüfpaket kann nicht geöffnet werden: falsche Passphrase oder beschädigte Datei.</translation>
    </message>
    <message>
        <source>This review packet is protected by a passphrase.</source>
        <translation>Dieses Prüfpaket ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The review packet is incomplete (truncated).</source>
        <translation>Das Prüfpaket ist unvollständig (abgeschnitten).</translation>
    </message>
    <message>
        <source>The review packet is damaged or was not made by Satchel.</source>
        <translation>Das Prüfpaket ist beschädigt oder wurde nicht von Satchel erstellt.</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts: %1</source>
        <translation>Das Prüfpaket ist größer, als Satchel akzeptiert: %1</translation>
    </message>
    <message>
        <source>The review packet holds an entry pointing outside it ("%1"); it was refused.</source>
        <translation>Das Prüfpaket enthält einen Eintrag, der aus dem Paket hinauszeigt („%1“); es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the entry "%1" appears twice</source>
        <translation>der Eintrag „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the entry "%1" is missing</source>
        <translation>der Eintrag „%1“ fehlt</translation>
    </message>
    <message>
        <source>the manifest's entry list is invalid</source>
        <translation>die Eintragsliste des Manifests ist ungültig</translation>
    </message>
    <message>
        <source>the entry "%1" is not in the manifest</source>
        <translation>der Eintrag „%1“ steht nicht im Manifest</translation>
    </message>
    <message>
        <source>The entry "%1" of the review packet does not match its manifest; the packet was changed after it was made.</source>
        <translation>Der Eintrag „%1“ des Prüfpakets stimmt nicht mit seinem Manifest überein; das Paket wurde nach seiner Erstellung verändert.</translation>
    </message>
    <message>
        <source>Could not read the review packet %1: %2</source>
        <translation>Das Prüfpaket %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts.</source>
        <translation>Das Prüfpaket ist größer, als Satchel akzeptiert.</translation>
    </message>
    <message>
        <source>This file is not a Satchel review packet.</source>
        <translation>Diese Datei ist kein Satchel-Prüfpaket.</translation>
    </message>
    <message>
        <source>The review packet is incomplete or damaged: %1</source>
        <translation>Das Prüfpaket ist unvollständig oder beschädigt: %1</translation>
    </message>
    <message>
        <source>This review packet uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Dieses Prüfpaket verwendet die Formatversion %1, die diese Version von Satchel nicht lesen kann.</translation>
    </message>
    <message>
        <source>The review packet holds too many credentials.</source>
        <translation>Das Prüfpaket enthält zu viele Nachweise.</translation>
    </message>
    <message>
        <source>a credential has no id or a repeated one</source>
        <translation>ein Nachweis hat keine ID oder eine doppelte</translation>
    </message>
    <message>
        <source>The review packet holds too many pathways.</source>
        <translation>Das Prüfpaket enthält zu viele Lernpfade.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketWriter</name>
    <message>
        <source>The wallet has no pathway with the id %1.</source>
        <translation>Die Wallet hat keinen Lernpfad mit der ID %1.</translation>
    </message>
    <message>
        <source>The wallet has no collection named "%1".</source>
        <translation>Die Wallet hat keine Sammlung namens „%1“.</translation>
    </message>
    <message>
        <source>The wallet has no credential %1.</source>
        <translation>Die Wallet hat keinen Nachweis %1.</translation>
    </message>
    <message>
        <source>Choose at least one credential for the review packet.</source>
        <translation>Wählen Sie mindestens einen Nachweis für das Prüfpaket aus.</translation>
    </message>
    <message>
        <source>A review packet holds at most %1 credentials.</source>
        <translation>Ein Prüfpaket enthält höchstens %1 Nachweise.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewReportPdf</name>
    <message>
        <source>Review of %1</source>
        <translation>Durchsicht von %1</translation>
    </message>
    <message>
        <source>Could not write the review report %1.</source>
        <translation>Der Prüfbericht %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewSession</name>
    <message>
        <source>Not verified: the review was cancelled.</source>
        <translation>Nicht geprüft: Die Durchsicht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the review.</source>
        <translation>Es konnte kein temporärer Ordner für die Durchsicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewWindow</name>
    <message>
        <source>Review packet</source>
        <translation>Prüfpaket</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Zusammenfassung der Durchsicht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verifying %v of %m…</source>
        <translation>%v von %m wird geprüft…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Satchel's verdict</source>
        <translation>Ergebnis von Satchel</translation>
    </message>
    <message>
        <source>Learner's receipt</source>
        <translation>Beleg des Lernenden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Credentials in the packet</source>
        <translation>Nachweise im Paket</translation>
    </message>
    <message>
        <source>Press Enter or double-click a credential to see it in full, with every check.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie auf einen Nachweis, um ihn vollständig mit allen Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Private notes: kept in your own wallet for this packet, never sent to the learner and never put in a packet.</source>
        <translation>Private Notizen: in Ihrer eigenen Wallet zu diesem Paket gespeichert, nie an den Lernenden gesendet und nie in ein Paket aufgenommen.</translation>
    </message>
    <message>
        <source>Notes cannot be kept: no wallet is open.</source>
        <translation>Notizen können nicht gespeichert werden: Es ist keine Wallet geöffnet.</translation>
    </message>
    <message>
        <source>Your notes on this review…</source>
        <translation>Ihre Notizen zu dieser Durchsicht…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Lernpfade</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Bericht als PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Signed presentation</source>
        <translation>Signierte Präsentation</translation>
    </message>
    <message>
        <source>The code you gave the learner (the challenge), to check this presentation was made for you. Leave it empty to see the code in the file.</source>
        <translation>Der Code, den Sie dem Lernenden gegeben haben (die Challenge), um zu prüfen, ob diese Präsentation für Sie erstellt wurde. Lassen Sie das Feld leer, um den Code in der Datei zu sehen.</translation>
    </message>
    <message>
        <source>This review packet is protected. Passphrase:</source>
        <translation>Dieses Prüfpaket ist geschützt. Passphrase:</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Durchsicht von %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>Die Datei ist zu groß für eine Präsentation.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Signed by its holder: the signature is valid.</source>
        <translation>Von ihrem Inhaber signiert: Die Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The holder's signature does not hold: %1</source>
        <translation>Die Signatur des Inhabers ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>The review packet could not be opened: %1</source>
        <translation>Das Prüfpaket konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>einem Lernenden</translation>
    </message>
    <message>
        <source>Packet made on %1; verified again by Satchel on %2.</source>
        <translation>Paket erstellt am %1; von Satchel erneut geprüft am %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Leistungspunkte gesamt: %1</translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation>mit Passphrase geschützt</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Signierte Präsentation von %1</translation>
    </message>
    <message>
        <source>Verified by Satchel on %1.</source>
        <translation>Von Satchel geprüft am %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt. Satchel's own verdict is the one to trust.</source>
        <translation>
            <numerusform>%n Nachweis wurde anders geprüft als im Beleg des Lernenden. Maßgeblich ist das Ergebnis von Satchel.</numerusform>
            <numerusform>%n Nachweise wurden anders geprüft als im Beleg des Lernenden. Maßgeblich ist das Ergebnis von Satchel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>Die Durchsicht wurde abgebrochen: Einige Nachweise wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 ≠ (differs)</source>
        <translation>%1 ≠ (abweichend)</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Gültig, aber nicht für den Lernenden ausgestellt</translation>
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
        <source>The learner's wallet said "%1"; Satchel finds "%2".</source>
        <translation>Die Wallet des Lernenden meldete „%1“; Satchel stellt „%2“ fest.</translation>
    </message>
    <message>
        <source>The packet names no pathway.</source>
        <translation>Das Paket nennt keinen Lernpfad.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>review-report.pdf</source>
        <translation>pruefbericht.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Fortschritt im Lernpfad</translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation>Ihre privaten Notizen</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, von %2, %3</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeJson</name>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>Das JSON-Dokument ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The JSON document is nested deeper than %1 levels.</source>
        <translation>Das JSON-Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The JSON document is too large: %1</source>
        <translation>Das JSON-Dokument ist zu groß: %1</translation>
    </message>
    <message>
        <source>The JSON document is ambiguous and was refused: %1</source>
        <translation>Das JSON-Dokument ist mehrdeutig und wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>Das JSON-Dokument ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeMarkdown</name>
    <message>
        <source>[image not loaded]</source>
        <translation>[Bild nicht geladen]</translation>
    </message>
</context>
<context>
    <name>Satchel::Scrypt</name>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Die Parameter der Schlüsselableitung sind nicht akzeptabel.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Die Schlüsselableitung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwt</name>
    <message>
        <source>Disclosure %1 is larger than %2 bytes.</source>
        <translation>Offenlegung %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not valid base64url.</source>
        <translation>Offenlegung %1 ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not JSON.</source>
        <translation>Offenlegung %1 ist kein JSON.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not an array of a salt, a claim name and a value, or of a salt and a value.</source>
        <translation>Offenlegung %1 ist kein Array aus Salt, Angabename und Wert oder aus Salt und Wert.</translation>
    </message>
    <message>
        <source>The claim name in disclosure %1 is not a string.</source>
        <translation>Der Angabename in Offenlegung %1 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Disclosure %1 names the reserved claim "%2".</source>
        <translation>Offenlegung %1 nennt die reservierte Angabe „%2“.</translation>
    </message>
    <message>
        <source>The same disclosure is included twice.</source>
        <translation>Dieselbe Offenlegung ist zweimal enthalten.</translation>
    </message>
    <message>
        <source>A disclosure is not referred to by any digest the issuer signed.</source>
        <translation>Auf eine Offenlegung verweist kein vom Aussteller signierter Hashwert.</translation>
    </message>
    <message>
        <source>The digest %1 appears more than once.</source>
        <translation>Der Hashwert %1 kommt mehrmals vor.</translation>
    </message>
    <message>
        <source>The claims are nested more than %1 deep.</source>
        <translation>Die Angaben sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>"_sd" is not an array of digests.</source>
        <translation>„_sd“ ist kein Array von Hashwerten.</translation>
    </message>
    <message>
        <source>"_sd" holds something other than a digest.</source>
        <translation>„_sd“ enthält etwas anderes als einen Hashwert.</translation>
    </message>
    <message>
        <source>An array element's disclosure stands where a claim was expected.</source>
        <translation>Die Offenlegung eines Array-Elements steht dort, wo eine Angabe erwartet wurde.</translation>
    </message>
    <message>
        <source>The claim "%1" is disclosed and also given openly.</source>
        <translation>Die Angabe „%1“ ist offengelegt und zugleich im Klartext angegeben.</translation>
    </message>
    <message>
        <source>An array element's digest is not a string.</source>
        <translation>Der Hashwert eines Array-Elements ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>A claim's disclosure stands where an array element was expected.</source>
        <translation>Die Offenlegung einer Angabe steht dort, wo ein Array-Element erwartet wurde.</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than %1 bytes.</source>
        <translation>Das SD-JWT ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>An SD-JWT has at least one "~" after the issuer's JWT.</source>
        <translation>Ein SD-JWT hat mindestens ein „~“ nach dem JWT des Ausstellers.</translation>
    </message>
    <message>
        <source>What follows the last "~" is not a Key Binding JWT.</source>
        <translation>Was auf das letzte „~“ folgt, ist kein Schlüsselbindungs-JWT.</translation>
    </message>
    <message>
        <source>The SD-JWT has more than %1 disclosures.</source>
        <translation>Das SD-JWT hat mehr als %1 Offenlegungen.</translation>
    </message>
    <message>
        <source>The SD-JWT's payload is not a JSON object.</source>
        <translation>Die Nutzdaten des SD-JWT sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The SD-JWT has an empty disclosure ("~~").</source>
        <translation>Das SD-JWT enthält eine leere Offenlegung („~~“).</translation>
    </message>
    <message>
        <source>The SD-JWT's digests use "%1", a hash algorithm Satchel does not support.</source>
        <translation>Die Hashwerte des SD-JWT verwenden „%1“, einen Hash-Algorithmus, den Satchel nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtPresentation</name>
    <message>
        <source>Discloses none of its selectively disclosable claims: the verifier sees only what the issuer always shows.</source>
        <translation>Legt keine seiner selektiv offenlegbaren Angaben offen: Der Prüfer sieht nur, was der Aussteller immer zeigt.</translation>
    </message>
    <message>
        <source>Discloses only %1, besides what the issuer always shows; its other selectively disclosable claims stay hidden.</source>
        <translation>Legt nur %1 offen, zusätzlich zu dem, was der Aussteller immer zeigt; seine anderen selektiv offenlegbaren Angaben bleiben verborgen.</translation>
    </message>
    <message>
        <source>The verifier asks for proof that this credential is yours, but its issuer did not bind it to a key of yours, so Satchel cannot give that proof.</source>
        <translation>Der Prüfer verlangt einen Beleg dafür, dass dieser Nachweis Ihnen gehört, aber sein Aussteller hat ihn an keinen Ihrer Schlüssel gebunden; daher kann Satchel diesen Beleg nicht liefern.</translation>
    </message>
    <message>
        <source>This credential is bound to another of your identities: choose that one to present it.</source>
        <translation>Dieser Nachweis ist an eine andere Ihrer Identitäten gebunden: Wählen Sie diese, um ihn vorzulegen.</translation>
    </message>
    <message>
        <source>Your key could not sign the proof that this credential is yours: %1</source>
        <translation>Ihr Schlüssel konnte den Beleg, dass dieser Nachweis Ihnen gehört, nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtVcVerifier</name>
    <message>
        <source>The token's type "%1" is not that of an SD-JWT VC (dc+sd-jwt).</source>
        <translation>Der Typ „%1“ des Tokens ist nicht der eines SD-JWT VC (dc+sd-jwt).</translation>
    </message>
    <message numerus="yes">
        <source>All %n disclosed claim(s) match digests the issuer signed.</source>
        <translation>
            <numerusform>Die %n offengelegte Angabe stimmt mit einem vom Aussteller signierten Hashwert überein.</numerusform>
            <numerusform>Alle %n offengelegten Angaben stimmen mit vom Aussteller signierten Hashwerten überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>Der Schlüssel des Ausstellers wurde dort gefunden, wo der Aussteller ihn veröffentlicht.</translation>
    </message>
    <message>
        <source>The credential has no type ("vct").</source>
        <translation>Der Nachweis hat keinen Typ („vct“).</translation>
    </message>
    <message>
        <source>"iss" is not a string.</source>
        <translation>„iss“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The SD-JWT VC's claims are well formed.</source>
        <translation>Die Angaben des SD-JWT VC sind wohlgeformt.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder's key; it carries no holder proof, as issued credentials do not.</source>
        <translation>Der Nachweis ist an den Schlüssel seines Inhabers gebunden; wie jeder ausgestellte Nachweis enthält er noch keinen Besitznachweis des Inhabers.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's type is not "kb+jwt".</source>
        <translation>Der Typ des Schlüsselbindungs-JWT ist nicht „kb+jwt“.</translation>
    </message>
    <message>
        <source>A Key Binding JWT is attached, but the issuer bound no key ("cnf" "jwk") to the credential.</source>
        <translation>Ein Schlüsselbindungs-JWT ist angehängt, aber der Aussteller hat keinen Schlüssel („cnf“ „jwk“) an den Nachweis gebunden.</translation>
    </message>
    <message>
        <source>The holder key the issuer bound is unusable: %1</source>
        <translation>Der vom Aussteller gebundene Inhaberschlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The Key Binding JWT is not signed by the holder key the issuer bound.</source>
        <translation>Das Schlüsselbindungs-JWT ist nicht mit dem vom Aussteller gebundenen Inhaberschlüssel signiert.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's sd_hash does not cover this SD-JWT and its disclosures.</source>
        <translation>Der sd_hash des Schlüsselbindungs-JWT deckt dieses SD-JWT und seine Offenlegungen nicht ab.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's time (iat) is missing or in the future.</source>
        <translation>Der Zeitpunkt (iat) des Schlüsselbindungs-JWT fehlt oder liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The Key Binding JWT names no audience (aud) or nonce.</source>
        <translation>Im Schlüsselbindungs-JWT fehlt die Zielgruppe (aud) oder die Nonce.</translation>
    </message>
    <message>
        <source>The holder's key signed this presentation for %1 (nonce %2) on %3.</source>
        <translation>Der Schlüssel des Inhabers hat diese Präsentation am %3 für %1 (Nonce %2) signiert.</translation>
    </message>
    <message>
        <source>It is signed with a key it carries itself, not the key that signed the credential.</source>
        <translation>Sie ist mit einem Schlüssel signiert, den sie selbst mitbringt, nicht mit dem Schlüssel, der den Nachweis signiert hat.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>„iss“ (%1) ist nicht der Aussteller (%2).</translation>
    </message>
    <message>
        <source>The SD-JWT has a "%1" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>Das SD-JWT enthält eine Angabe „%1“, die ein Nachweis nach VC Data Model 2.0 nicht haben darf.</translation>
    </message>
</context>
<context>
    <name>Satchel::SealedFile</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Die Parameter der Schlüsselableitung sind nicht akzeptabel.</translation>
    </message>
    <message>
        <source>The data is too large to seal into one file.</source>
        <translation>Die Daten sind zu groß, um sie in eine einzige Datei zu versiegeln.</translation>
    </message>
    <message>
        <source>The system could not provide random bytes.</source>
        <translation>Das System konnte keine Zufallsbytes bereitstellen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Die Datei kann nicht geöffnet werden: falsche Passphrase oder beschädigte Datei.</translation>
    </message>
</context>
<context>
    <name>Satchel::SecuredCredentialChecks</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>Der Schlüssel im JWT-Header ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The JWT names no key (neither "kid" nor "jwk").</source>
        <translation>Das JWT nennt keinen Schlüssel (weder „kid“ noch „jwk“).</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>Der Signaturschlüssel %1 gehört nicht zum Aussteller %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Meine Identitäten</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Meine Schlüssel</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Vertrauensregister</translation>
    </message>
    <message>
        <source>The e-mail addresses, web addresses, phone numbers and DIDs that badges may be issued to. Satchel matches recipients against them on this computer only.</source>
        <translation>Die E-Mail-Adressen, Webadressen, Telefonnummern und DIDs, für die Abzeichen ausgestellt werden können. Satchel gleicht Empfänger nur auf diesem Computer damit ab.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation>lernende@example.org</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The interface switches at once; a few texts change after a restart.</source>
        <translation>Die Oberfläche wechselt sofort; einige Texte ändern sich erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Check again with the issuer whether a badge was revoked when the last answer is older than:</source>
        <translation>Beim Aussteller erneut nachfragen, ob ein Abzeichen widerrufen wurde, wenn die letzte Antwort älter ist als:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Wallet-Datei</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Es ist keine Wallet geöffnet.</translation>
    </message>
    <message>
        <source>Open another wallet…</source>
        <translation>Andere Wallet öffnen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open or create a wallet</source>
        <translation>Wallet öffnen oder erstellen</translation>
    </message>
    <message>
        <source>Satchel wallets (*.sqlite);;All files (*)</source>
        <translation>Satchel-Wallets (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type of the identity to add</source>
        <translation>Typ der hinzuzufügenden Identität</translation>
    </message>
    <message>
        <source>Identity to add</source>
        <translation>Hinzuzufügende Identität</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Hours before checking again</source>
        <translation>Stunden bis zur erneuten Prüfung</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Es ist keine Wallet geöffnet.</translation>
    </message>
    <message>
        <source>This credential is no longer in the wallet.</source>
        <translation>Dieser Nachweis ist nicht mehr in der Wallet.</translation>
    </message>
    <message>
        <source>This credential cannot be read: %1</source>
        <translation>Dieser Nachweis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Öffentlicher Link</translation>
    </message>
    <message>
        <source>Works without a link</source>
        <translation>Funktioniert ohne Link</translation>
    </message>
    <message>
        <source>Save the credential file…</source>
        <translation>Nachweisdatei speichern…</translation>
    </message>
    <message>
        <source>The file exactly as the issuer sent it: anyone can check it with a verifier</source>
        <translation>Die Datei genau so, wie der Aussteller sie gesendet hat: Jeder kann sie mit einem Prüfdienst prüfen</translation>
    </message>
    <message>
        <source>Save PDF certificate…</source>
        <translation>PDF-Zertifikat speichern…</translation>
    </message>
    <message>
        <source>A printable certificate with the credential inside</source>
        <translation>Ein druckbares Zertifikat mit eingebettetem Nachweis</translation>
    </message>
    <message>
        <source>Signed presentation…</source>
        <translation>Signierte Präsentation…</translation>
    </message>
    <message>
        <source>A file with this credential signed by you, for someone who asked to see it and gave you a code</source>
        <translation>Eine Datei mit diesem von Ihnen signierten Nachweis, für jemanden, der ihn sehen wollte und Ihnen einen Code gegeben hat</translation>
    </message>
    <message>
        <source>If LinkedIn's "Add to profile" page does not fill itself in, add the certification by hand on your profile and copy each value from here.</source>
        <translation>Wenn sich die LinkedIn-Seite „Zum Profil hinzufügen“ nicht selbst ausfüllt, fügen Sie die Zertifizierung von Hand in Ihrem Profil hinzu und kopieren Sie jeden Wert von hier.</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>Link teilen</translation>
    </message>
    <message>
        <source>Link others will see:</source>
        <translation>Link, den andere sehen:</translation>
    </message>
    <message>
        <source>No link yet: create a public link, or see Settings</source>
        <translation>Noch kein Link: Erstellen Sie einen öffentlichen Link oder sehen Sie in den Einstellungen nach</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Post on:</source>
        <translation>Posten auf:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>QR-Code speichern…</translation>
    </message>
    <message>
        <source>A badge with its own public address is shared with that address. For the others, give a verifier page, or the web folder where you will put the verification page Satchel writes.</source>
        <translation>Ein Abzeichen mit eigener öffentlicher Adresse wird mit dieser Adresse geteilt. Für die anderen geben Sie eine Prüfdienst-Seite an oder den Web-Ordner, in den Sie die von Satchel erstellte Prüfseite legen werden.</translation>
    </message>
    <message>
        <source>{url} is replaced by the address of the credential file in your web folder, {id} by the credential's id.</source>
        <translation>{url} wird durch die Adresse der Nachweisdatei in Ihrem Web-Ordner ersetzt, {id} durch die ID des Nachweises.</translation>
    </message>
    <message>
        <source>Verifier page:</source>
        <translation>Prüfdienst-Seite:</translation>
    </message>
    <message>
        <source>Save page…</source>
        <translation>Seite speichern…</translation>
    </message>
    <message>
        <source>Write the self-contained verification page to upload to your web folder</source>
        <translation>Die eigenständige Prüfseite zum Hochladen in Ihren Web-Ordner schreiben</translation>
    </message>
    <message>
        <source>Your web folder:</source>
        <translation>Ihr Web-Ordner:</translation>
    </message>
    <message>
        <source>Mastodon server:</source>
        <translation>Mastodon-Server:</translation>
    </message>
    <message>
        <source>The number in the address of the issuer's LinkedIn page, when it has one: LinkedIn then shows the issuer's logo.</source>
        <translation>Die Nummer in der Adresse der LinkedIn-Seite des Ausstellers, sofern vorhanden: LinkedIn zeigt dann das Logo des Ausstellers.</translation>
    </message>
    <message>
        <source>Issuer's LinkedIn organization id:</source>
        <translation>LinkedIn-Organisations-ID des Ausstellers:</translation>
    </message>
    <message>
        <source>The VerifierPlus server public links are made on; empty for %1.</source>
        <translation>Der VerifierPlus-Server, auf dem öffentliche Links erstellt werden; leer für %1.</translation>
    </message>
    <message>
        <source>Public link server:</source>
        <translation>Server für öffentliche Links:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>share target, then why it is off</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs a link: create a public link first.</source>
        <translation>Benötigt einen Link: Erstellen Sie zuerst einen öffentlichen Link.</translation>
    </message>
    <message>
        <source>Needs a link: set a verifier page or your web folder in Settings.</source>
        <translation>Benötigt einen Link: Legen Sie in den Einstellungen eine Prüfdienst-Seite oder Ihren Web-Ordner fest.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <comment>then why there is none</comment>
        <translation>QR-Code: %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>No browser or mail program could open the link.</source>
        <translation>Kein Browser und kein E-Mail-Programm konnte den Link öffnen.</translation>
    </message>
    <message>
        <source>This badge has no link to put in a QR code yet.</source>
        <translation>Dieses Abzeichen hat noch keinen Link für einen QR-Code.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save verification page</source>
        <translation>Prüfseite speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Ways to share</source>
        <translation>Möglichkeiten zum Teilen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareLinkBuilder</name>
    <message>
        <source>The credential's address %1 is on this computer or a local network, so others cannot open it.</source>
        <translation>Die Adresse des Nachweises, %1, liegt auf diesem Computer oder in einem lokalen Netzwerk, daher können andere sie nicht öffnen.</translation>
    </message>
    <message>
        <source>The hosting address %1 is not an http(s) address.</source>
        <translation>Die Hosting-Adresse %1 ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The link opens your credential on %1, which checks it for anyone who opens it, until you stop sharing.</source>
        <translation>Der Link öffnet Ihren Nachweis auf %1, das ihn für jeden prüft, der ihn öffnet, bis Sie das Teilen beenden.</translation>
    </message>
    <message>
        <source>The link opens the credential where its issuer publishes it, so anyone can check it with the issuer.</source>
        <translation>Der Link öffnet den Nachweis dort, wo sein Aussteller ihn veröffentlicht, sodass jeder ihn beim Aussteller prüfen kann.</translation>
    </message>
    <message>
        <source>The verifier URL template is not an http(s) address.</source>
        <translation>Die URL-Vorlage des Prüfdienstes ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The verifier URL template has neither {url} nor {id} in it.</source>
        <translation>Die URL-Vorlage des Prüfdienstes enthält weder {url} noch {id}.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {url}, the address of the credential file, but no hosting address is set.</source>
        <translation>Die URL-Vorlage des Prüfdienstes benötigt {url}, die Adresse der Nachweisdatei, aber es ist keine Hosting-Adresse festgelegt.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {id}, but the credential has no id.</source>
        <translation>Die URL-Vorlage des Prüfdienstes benötigt {id}, aber der Nachweis hat keine ID.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which fetches the credential file from %1 and shows whether it is genuine.</source>
        <translation>Der Link öffnet Ihre Prüfdienst-Seite, die die Nachweisdatei von %1 abruft und anzeigt, ob sie echt ist.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which looks the credential up by its id and shows whether it is genuine.</source>
        <translation>Der Link öffnet Ihre Prüfdienst-Seite, die den Nachweis anhand seiner ID nachschlägt und anzeigt, ob er echt ist.</translation>
    </message>
    <message>
        <source>The link opens the verification page you host at %1: the badge, a summary, the credential itself and how anyone can verify it.</source>
        <translation>Der Link öffnet die Prüfseite, die Sie unter %1 hosten: das Abzeichen, eine Zusammenfassung, den Nachweis selbst und wie jeder ihn prüfen kann.</translation>
    </message>
    <message>
        <source>There is no link others can open. Set a verifier URL template or the address where you will host the verification page, or share the credential file.</source>
        <translation>Es gibt keinen Link, den andere öffnen können. Legen Sie eine URL-Vorlage für den Prüfdienst oder die Adresse fest, unter der Sie die Prüfseite hosten werden, oder teilen Sie die Nachweisdatei.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: anyone who checks it will see that it is no longer valid.</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen: Jeder, der ihn prüft, sieht, dass er nicht mehr gültig ist.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation>Dieser Nachweis ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>This credential has expired.</source>
        <translation>Dieser Nachweis ist abgelaufen.</translation>
    </message>
    <message>
        <source>This credential is not valid yet.</source>
        <translation>Dieser Nachweis ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The last verification failed: others will not be able to confirm this credential.</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen: Andere werden diesen Nachweis nicht bestätigen können.</translation>
    </message>
    <message>
        <source>This credential has not been verified yet. Verify it before you share it.</source>
        <translation>Dieser Nachweis wurde noch nicht geprüft. Prüfen Sie ihn, bevor Sie ihn teilen.</translation>
    </message>
    <message>
        <source>The last verification could not check everything (a lookup failed or you were offline).</source>
        <translation>Die letzte Prüfung konnte nicht alles prüfen (eine Abfrage ist fehlgeschlagen oder Sie waren offline).</translation>
    </message>
    <message>
        <source>There is no link to share.</source>
        <translation>Es gibt keinen Link zum Teilen.</translation>
    </message>
    <message>
        <source>Upload the verification page (%1) to %2 before you share the link.</source>
        <translation>Laden Sie die Prüfseite (%1) auf %2 hoch, bevor Sie den Link teilen.</translation>
    </message>
    <message>
        <source>Upload the credential file (%1) to %2 before you share the link.</source>
        <translation>Laden Sie die Nachweisdatei (%1) auf %2 hoch, bevor Sie den Link teilen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuing organization (LinkedIn id)</source>
        <translation>Ausstellende Organisation (LinkedIn-ID)</translation>
    </message>
    <message>
        <source>Issuing organization</source>
        <translation>Ausstellende Organisation</translation>
    </message>
    <message>
        <source>Issue year</source>
        <translation>Ausstellungsjahr</translation>
    </message>
    <message>
        <source>Issue month</source>
        <translation>Ausstellungsmonat</translation>
    </message>
    <message>
        <source>Expiration year</source>
        <translation>Ablaufjahr</translation>
    </message>
    <message>
        <source>Expiration month</source>
        <translation>Ablaufmonat</translation>
    </message>
    <message>
        <source>Credential URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>I earned "%1".</source>
        <translation>Ich habe „%1“ erworben.</translation>
    </message>
    <message>
        <source>I earned "%1" from %2.</source>
        <translation>Ich habe „%1“ von %2 erworben.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>share text, then its link</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Needs a link others can open.</source>
        <translation>Benötigt einen Link, den andere öffnen können.</translation>
    </message>
    <message>
        <source>LinkedIn: add to profile</source>
        <translation>LinkedIn: zum Profil hinzufügen</translation>
    </message>
    <message>
        <source>The credential has no name.</source>
        <translation>Der Nachweis hat keinen Namen.</translation>
    </message>
    <message>
        <source>LinkedIn: post</source>
        <translation>LinkedIn: posten</translation>
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
        <translation>Legen Sie zuerst Ihren Mastodon-Server fest.</translation>
    </message>
    <message>
        <source>%1 is not a Mastodon server name.</source>
        <translation>%1 ist kein Mastodon-Servername.</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>My credential: %1</source>
        <translation>Mein Nachweis: %1</translation>
    </message>
    <message>
        <source>Hello,

%1
You can see it and check that it is genuine here: %2
</source>
        <translation>Hallo,

%1
Hier können Sie ihn ansehen und prüfen, ob er echt ist: %2
</translation>
    </message>
    <message>
        <source>Hello,

%1
I can send you the credential file so that you can check it.
</source>
        <translation>Hallo,

%1
Ich kann Ihnen die Nachweisdatei senden, damit Sie ihn prüfen können.
</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedChecks</name>
    <message>
        <source>%1 was not fetched (offline).</source>
        <translation>%1 wurde nicht abgerufen (offline).</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched (HTTP %2).</source>
        <translation>%1 konnte nicht abgerufen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>The credential expired on %1.</source>
        <translation>Der Nachweis ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
        <translation>Der Nachweis ist nicht vor dem %1 gültig.</translation>
    </message>
    <message>
        <source>The badge expired on %1.</source>
        <translation>Das Abzeichen ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The badge is dated in the future (%1).</source>
        <translation>Das Abzeichen ist in die Zukunft datiert (%1).</translation>
    </message>
    <message>
        <source>The credential is unsigned (JWT algorithm "none").</source>
        <translation>Der Nachweis ist nicht signiert (JWT-Algorithmus „none“).</translation>
    </message>
    <message>
        <source>The JWT algorithm "%1" is not supported.</source>
        <translation>Der JWT-Algorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWT algorithm does not match the key type: %1</source>
        <translation>Der JWT-Algorithmus passt nicht zum Schlüsseltyp: %1</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Die Signatur ist ungültig.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>Die %1-Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The signing key was supplied by the credential itself; it is not confirmed by the issuer.</source>
        <translation>Der Signaturschlüssel wurde vom Nachweis selbst geliefert; er ist nicht vom Aussteller bestätigt.</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedLinksWindow</name>
    <message>
        <source>Shared links</source>
        <translation>Geteilte Links</translation>
    </message>
    <message>
        <source>Public links you made. Anyone with a link can see the credential until you stop sharing it; make new ones from Share.</source>
        <translation>Von Ihnen erstellte öffentliche Links. Jeder mit einem Link kann den Nachweis sehen, bis Sie das Teilen beenden; neue Links erstellen Sie über „Teilen“.</translation>
    </message>
</context>
<context>
    <name>Satchel::Signature</name>
    <message>
        <source>The signature does not match the data and key.</source>
        <translation>Die Signatur passt nicht zu Daten und Schlüssel.</translation>
    </message>
    <message>
        <source>A %1 key cannot verify a %2 signature.</source>
        <translation>Ein %1-Schlüssel kann keine %2-Signatur prüfen.</translation>
    </message>
    <message>
        <source>Cannot set up signature verification.</source>
        <translation>Die Signaturprüfung kann nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationDialog</name>
    <message>
        <source>Signed presentation</source>
        <translation>Signierte Präsentation</translation>
    </message>
    <message>
        <source>A signed presentation is a file for someone who asked to see your credentials but has no verifier website: they can check every credential in it, and that it comes from you, made for them. Send them the file.</source>
        <translation>Eine signierte Präsentation ist eine Datei für jemanden, der Ihre Nachweise sehen möchte, aber keine Prüf-Website hat: Diese Person kann jeden enthaltenen Nachweis prüfen und auch, dass die Datei von Ihnen stammt und für sie erstellt wurde. Senden Sie ihr die Datei.</translation>
    </message>
    <message>
        <source>Their &amp;code:</source>
        <translation>&amp;Code der Person:</translation>
    </message>
    <message>
        <source>The code the person who asked gave you</source>
        <translation>Der Code, den Ihnen die anfragende Person gegeben hat</translation>
    </message>
    <message>
        <source>for example 7Q2-pink-otter</source>
        <translation>zum Beispiel 7Q2-pink-otter</translation>
    </message>
    <message>
        <source>The code the person who asked gave you (a challenge). It shows them this file was made for them, just now, and not copied from one made for someone else. If they gave you none, ask them for one.</source>
        <translation>Der Code, den Ihnen die anfragende Person gegeben hat (eine Challenge). Er zeigt ihr, dass diese Datei gerade eben für sie erstellt und nicht von einer für jemand anderen erstellten Datei kopiert wurde. Wenn sie Ihnen keinen gegeben hat, bitten Sie sie darum.</translation>
    </message>
    <message>
        <source>Their &amp;domain:</source>
        <translation>&amp;Domain der Person:</translation>
    </message>
    <message>
        <source>The domain the person who asked gave you, if any</source>
        <translation>Die Domain, die Ihnen die anfragende Person gegeben hat, falls vorhanden</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Only if they also gave you a web address or name to put in; otherwise leave it empty.</source>
        <translation>Nur wenn sie Ihnen auch eine Webadresse oder einen Namen zum Eintragen gegeben hat; andernfalls leer lassen.</translation>
    </message>
    <message>
        <source>The identity that signs the presentation</source>
        <translation>Die Identität, die die Präsentation signiert</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signiert &amp;von:</translation>
    </message>
    <message>
        <source>You have no identity to sign with yet: Satchel makes one for you when you save.</source>
        <translation>Sie haben noch keine Identität zum Signieren: Satchel erstellt beim Speichern eine für Sie.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Nachweise werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) go in it:</source>
        <translation>
            <numerusform>%n Nachweis wird aufgenommen:</numerusform>
            <numerusform>%n Nachweise werden aufgenommen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save signed presentation</source>
        <translation>Signierte Präsentation speichern</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Verifizierbare Präsentation (*.json)</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Nothing was saved: your identity's key stays locked without its passphrase.</source>
        <translation>Es wurde nichts gespeichert: Der Schlüssel Ihrer Identität bleibt ohne seine Passphrase gesperrt.</translation>
    </message>
    <message>
        <source>Saved %1. Send this file to the person who asked; Satchel's Review window and any verifiable-credential verifier can check it.</source>
        <translation>%1 gespeichert. Senden Sie diese Datei an die anfragende Person; das Fenster „Prüfpaket“ von Satchel und jeder Prüfdienst für verifizierbare Nachweise können sie prüfen.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationFile</name>
    <message>
        <source>Type the code the person who asked for your credentials gave you: it shows them the presentation was made for them.</source>
        <translation>Geben Sie den Code ein, den Ihnen die Person gegeben hat, die Ihre Nachweise sehen möchte: Er zeigt ihr, dass die Präsentation für sie erstellt wurde.</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>Der Code ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters.</source>
        <translation>Die Domain ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>Wählen Sie mindestens einen Nachweis zum Vorlegen aus.</translation>
    </message>
    <message>
        <source>A presentation can carry at most %1 credentials.</source>
        <translation>Eine Präsentation kann höchstens %1 Nachweise enthalten.</translation>
    </message>
    <message>
        <source>"%1" is an Open Badges 2.0 badge, not a W3C Verifiable Credential, so it cannot go in a signed presentation. Share its verification page instead.</source>
        <translation>„%1“ ist ein Open-Badges-2.0-Abzeichen, kein W3C Verifiable Credential, und kann daher nicht in eine signierte Präsentation aufgenommen werden. Teilen Sie stattdessen seine Prüfseite.</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation>Ihre Nachweise werden gelesen…</translation>
    </message>
    <message>
        <source>The skills could not be worked out: %1</source>
        <translation>Die Fähigkeiten konnten nicht ermittelt werden: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsSummary</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsWidget</name>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Belegt durch</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) in %1</source>
        <translation>
            <numerusform>%n Fähigkeit in %1</numerusform>
            <numerusform>%n Fähigkeiten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s), from %1</source>
        <translation>
            <numerusform>%n Rahmenwerk; Quelle: %1</numerusform>
            <numerusform>%n Rahmenwerke; Quelle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Abzeichen</numerusform>
            <numerusform>%n Abzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>nicht gezählt (ungültig): %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort</numerusform>
            <numerusform>%n Schlagwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials names a skill, a framework or a tag.</source>
        <translation>Keiner dieser Nachweise nennt eine Fähigkeit, ein Rahmenwerk oder ein Schlagwort.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusConfirmation</name>
    <message>
        <source>Share a credential that is not valid?</source>
        <translation>Einen ungültigen Nachweis teilen?</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Trotzdem teilen</translation>
    </message>
    <message>
        <source>Print a credential that is not valid?</source>
        <translation>Einen ungültigen Nachweis drucken?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <source>Export a credential that is not valid?</source>
        <translation>Einen ungültigen Nachweis exportieren?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>The issuer has revoked "%1".</source>
        <translation>Der Aussteller hat „%1“ widerrufen.</translation>
    </message>
    <message>
        <source>"%1" has expired.</source>
        <translation>„%1“ ist abgelaufen.</translation>
    </message>
    <message>
        <source>"%1" failed verification: it may have been altered or not come from its issuer.</source>
        <translation>Die Prüfung von „%1“ ist fehlgeschlagen: Er wurde möglicherweise verändert oder stammt nicht von seinem Aussteller.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected credentials are not valid:</source>
        <translation>
            <numerusform>%n der ausgewählten Nachweise ist ungültig:</numerusform>
            <numerusform>%n der ausgewählten Nachweise sind ungültig:</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever checks it will see that it is not valid. Go on only if you mean to show it as it is.</source>
        <translation>Wer ihn prüft, wird sehen, dass er ungültig ist. Fahren Sie nur fort, wenn Sie ihn so zeigen möchten, wie er ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListChecker</name>
    <message>
        <source>The encoded status list is too large.</source>
        <translation>Die kodierte Statusliste ist zu groß.</translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation>Die Statusliste ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>Unsupported status size %1.</source>
        <translation>Nicht unterstützte Statusgröße %1.</translation>
    </message>
    <message>
        <source>The status index %1 is outside the list.</source>
        <translation>Der Statusindex %1 liegt außerhalb der Liste.</translation>
    </message>
    <message>
        <source>The status list at %1 is not a JSON object.</source>
        <translation>Die Statusliste unter %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document at %1 is not a status list credential.</source>
        <translation>Das Dokument unter %1 ist kein Statuslisten-Nachweis.</translation>
    </message>
    <message>
        <source>The status list at %1 failed its own proof check: %2</source>
        <translation>Die Statusliste unter %1 hat die Prüfung ihres eigenen Proofs nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The status list at %1 has expired.</source>
        <translation>Die Statusliste unter %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>The status list at %1 is not valid yet.</source>
        <translation>Die Statusliste unter %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The status list at %1 is for "%2", not "%3".</source>
        <translation>Die Statusliste unter %1 gilt für „%2“, nicht für „%3“.</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be decoded: %2</source>
        <translation>Die Statusliste unter %1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>The credential status entry is incomplete.</source>
        <translation>Der Statuseintrag des Nachweises ist unvollständig.</translation>
    </message>
    <message>
        <source>The credential is not revoked.</source>
        <translation>Der Nachweis ist nicht widerrufen.</translation>
    </message>
    <message>
        <source>The credential is not suspended.</source>
        <translation>Der Nachweis ist nicht ausgesetzt.</translation>
    </message>
    <message>
        <source>Status purpose "%1" does not affect validity.</source>
        <translation>Der Statuszweck „%1“ beeinflusst die Gültigkeit nicht.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen: %1</translation>
    </message>
    <message>
        <source>Too many credential status entries; the rest were not checked.</source>
        <translation>Zu viele Statuseinträge; die übrigen wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>The credential status type "%1" is not supported.</source>
        <translation>Der Statustyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>Der Aussteller hat dieses Abzeichen widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>Der Aussteller hat dieses Abzeichen widerrufen: %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer's revocation list.</source>
        <translation>Das Abzeichen steht nicht auf der Widerrufsliste des Ausstellers.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListSource</name>
    <message>
        <source>The status list at %1 was not checked (offline).</source>
        <translation>Die Statusliste unter %1 wurde nicht geprüft (offline).</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched: %2</source>
        <translation>Die Statusliste unter %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched (HTTP %2).</source>
        <translation>Die Statusliste unter %1 konnte nicht abgerufen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>(Checked against the copy of the status list fetched on %1.)</source>
        <translation>(Geprüft anhand der am %1 abgerufenen Kopie der Statusliste.)</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis ausgesetzt.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusStyle</name>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Valid, but not issued to you</source>
        <translation>Gültig, aber nicht für Sie ausgestellt</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusList</name>
    <message>
        <source>The status list gives %1 bits per status; only 1, 2, 4 and 8 are allowed.</source>
        <translation>Die Statusliste gibt %1 Bit pro Status an; erlaubt sind nur 1, 2, 4 und 8.</translation>
    </message>
    <message>
        <source>The status list has no list ("lst").</source>
        <translation>Die Statusliste enthält keine Liste („lst“).</translation>
    </message>
    <message>
        <source>The status list is too large.</source>
        <translation>Die Statusliste ist zu groß.</translation>
    </message>
    <message>
        <source>The status list ("lst") is not valid base64url.</source>
        <translation>Die Statusliste („lst“) ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The status list is larger than Satchel reads (%1 MiB).</source>
        <translation>Die Statusliste ist größer, als Satchel liest (%1 MiB).</translation>
    </message>
    <message>
        <source>The status list ("lst") is not ZLIB-compressed data.</source>
        <translation>Die Statusliste („lst“) enthält keine ZLIB-komprimierten Daten.</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusListChecker</name>
    <message>
        <source>The credential's status reference needs a list address ("uri") and a place in it ("idx", a whole number of zero or more).</source>
        <translation>Der Statusverweis des Nachweises braucht eine Listenadresse („uri“) und eine Position darin („idx“, eine ganze Zahl ab null).</translation>
    </message>
    <message numerus="yes">
        <source>The credential's place %1 is outside the status list at %2, which holds %n status(es).</source>
        <translation>
            <numerusform>Die Position %1 des Nachweises liegt außerhalb der Statusliste unter %2, die %n Status enthält.</numerusform>
            <numerusform>Die Position %1 des Nachweises liegt außerhalb der Statusliste unter %2, die %n Status enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status list at %1 is not a signed token: %2</source>
        <translation>Die Statusliste unter %1 ist kein signiertes Token: %2</translation>
    </message>
    <message>
        <source>The token at %1 is not a Token Status List (its type is not "statuslist+jwt").</source>
        <translation>Das Token unter %1 ist keine Token Status List (sein Typ ist nicht „statuslist+jwt“).</translation>
    </message>
    <message>
        <source>No key was given to check it with.</source>
        <translation>Es wurde kein Schlüssel angegeben, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The key that signed the status list at %1 could not be looked up: %2</source>
        <translation>Der Schlüssel, der die Statusliste unter %1 signiert hat, konnte nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>The status list at %1 is not signed by the credential's issuer: %2</source>
        <translation>Die Statusliste unter %1 ist nicht vom Aussteller des Nachweises signiert: %2</translation>
    </message>
    <message>
        <source>The status list at %1 holds no claims: %2</source>
        <translation>Die Statusliste unter %1 enthält keine Angaben: %2</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be read: %2</source>
        <translation>Die Statusliste unter %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The status list at %1 is published for another address ("sub" is "%2").</source>
        <translation>Die Statusliste unter %1 ist für eine andere Adresse veröffentlicht („sub“ ist „%2“).</translation>
    </message>
    <message>
        <source>The status list at %1 was issued by someone other than the credential's issuer.</source>
        <translation>Die Statusliste unter %1 wurde von jemand anderem als dem Aussteller des Nachweises ausgestellt.</translation>
    </message>
    <message>
        <source>The status list at %1 gives no issue time ("iat"), or one in the future.</source>
        <translation>Die Statusliste unter %1 nennt keinen Ausstellungszeitpunkt („iat“) oder einen in der Zukunft.</translation>
    </message>
    <message>
        <source>The status list at %1 has an expiry time ("exp") that is not a date.</source>
        <translation>Die Statusliste unter %1 hat einen Ablaufzeitpunkt („exp“), der kein Datum ist.</translation>
    </message>
    <message>
        <source>The copy of the status list at %1 kept on %2 expired on %3, and no newer one could be fetched: the status was not checked.</source>
        <translation>Die am %2 gespeicherte Kopie der Statusliste unter %1 ist am %3 abgelaufen, und es konnte keine neuere abgerufen werden: Der Status wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The status list at %1 expired on %2.</source>
        <translation>Die Statusliste unter %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The status list at %1 has a time to live ("ttl") that is not a positive number.</source>
        <translation>Die Statusliste unter %1 hat eine Gültigkeitsdauer („ttl“), die keine positive Zahl ist.</translation>
    </message>
    <message>
        <source>The issuer's status list shows the credential as valid (neither revoked nor suspended).</source>
        <translation>Die Statusliste des Ausstellers zeigt den Nachweis als gültig (weder widerrufen noch ausgesetzt).</translation>
    </message>
    <message>
        <source>The issuer's status list gives the credential the status 0x%1, a value its application defines; Satchel does not know what it means.</source>
        <translation>Die Statusliste des Ausstellers gibt dem Nachweis den Status 0x%1, einen von seiner Anwendung definierten Wert; Satchel weiß nicht, was er bedeutet.</translation>
    </message>
</context>
<context>
    <name>Satchel::TranscriptWriter</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>A transcript needs at least one credential.</source>
        <translation>Eine Leistungsübersicht benötigt mindestens einen Nachweis.</translation>
    </message>
    <message>
        <source>A transcript lists at most %1 credentials; select fewer.</source>
        <translation>Eine Leistungsübersicht enthält höchstens %1 Nachweise; wählen Sie weniger aus.</translation>
    </message>
    <message>
        <source>The transcript template is missing.</source>
        <translation>Die Vorlage für die Leistungsübersicht fehlt.</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Unbenannte Leistung</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Unbekannter Aussteller</translation>
    </message>
    <message>
        <source>None of the selected credentials could be read.</source>
        <translation>Keiner der ausgewählten Nachweise konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Leistungsübersicht</translation>
    </message>
    <message>
        <source>Credentials held in Satchel</source>
        <translation>In Satchel gespeicherte Nachweise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Leistungspunkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total credits earned</source>
        <translation>Erworbene Leistungspunkte gesamt</translation>
    </message>
    <message>
        <source>Statuses are those Satchel last recorded before printing. Each original credential is attached to this PDF; import the PDF into Satchel or any Open Badges verifier to check them.</source>
        <translation>Die Status sind die zuletzt von Satchel vor dem Drucken erfassten. Jeder Originalnachweis ist diesem PDF angehängt; importieren Sie das PDF in Satchel oder einen beliebigen Open-Badges-Prüfdienst, um sie zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Transcript of %n credential(s)</source>
        <translation>
            <numerusform>Leistungsübersicht mit %n Nachweis</numerusform>
            <numerusform>Leistungsübersicht mit %n Nachweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>leistungsuebersicht</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistriesWidget</name>
    <message>
        <source>Trust registries say who stands behind an issuer: each credential shows whether its issuer is listed, by which registry and under which name. This never changes whether a credential verifies. Copies are kept in the wallet and used offline.</source>
        <translation>Vertrauensregister geben an, wer hinter einem Aussteller steht: Jeder Nachweis zeigt, ob sein Aussteller gelistet ist, von welchem Register und unter welchem Namen. Dies ändert nie, ob ein Nachweis die Prüfung besteht. Kopien werden in der Wallet aufbewahrt und offline verwendet.</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>URL hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>DCC registry</source>
        <translation>DCC-Register</translation>
    </message>
    <message>
        <source>OpenID Federation</source>
        <translation>OpenID Federation</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>Kopie vom %1</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nie abgerufen</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Added %1. Refresh now to fetch it.</source>
        <translation>%1 hinzugefügt. Aktualisieren Sie jetzt, um es abzurufen.</translation>
    </message>
    <message>
        <source>Add a trust registry</source>
        <translation>Vertrauensregister hinzufügen</translation>
    </message>
    <message>
        <source>The address of a registry in the DCC format, or of an OpenID Federation trust anchor (…/.well-known/openid-federation):</source>
        <translation>Die Adresse eines Registers im DCC-Format oder eines OpenID-Federation-Vertrauensankers (…/.well-known/openid-federation):</translation>
    </message>
    <message>
        <source>No registry is switched on.</source>
        <translation>Kein Register ist eingeschaltet.</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: aktuell</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Vertrauensregister</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistrySettings</name>
    <message>
        <source>DCC Member Registry</source>
        <translation>DCC-Mitgliederregister</translation>
    </message>
    <message>
        <source>DCC Community Registry</source>
        <translation>DCC-Community-Register</translation>
    </message>
    <message>
        <source>DCC Sandbox Registry (test issuers)</source>
        <translation>DCC-Sandbox-Register (Test-Aussteller)</translation>
    </message>
    <message>
        <source>DCC Member Registry, test instance</source>
        <translation>DCC-Mitgliederregister, Testinstanz</translation>
    </message>
    <message>
        <source>A trust registry is added by its http or https address.</source>
        <translation>Ein Vertrauensregister wird über seine http- oder https-Adresse hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistryUpdater</name>
    <message>
        <source>%1 (answering from the copy of %2)</source>
        <translation>%1 (Antwort aus der Kopie vom %2)</translation>
    </message>
    <message>
        <source>Not fetched: Satchel is working offline.</source>
        <translation>Nicht abgerufen: Satchel arbeitet offline.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiExchangeClient</name>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>Das Angebot ist abgelaufen oder wurde bereits verwendet. Bitten Sie den Aussteller um ein neues.</translation>
    </message>
    <message>
        <source>Your key could not sign the presentation the issuer asks for: %1</source>
        <translation>Ihr Schlüssel konnte die vom Aussteller angeforderte Präsentation nicht signieren: %1</translation>
    </message>
    <message>
        <source>This link asks you to present credentials to a verifier, not to receive new ones.</source>
        <translation>Dieser Link fordert Sie auf, einem Prüfer Nachweise vorzulegen, nicht neue zu empfangen.</translation>
    </message>
    <message>
        <source>starting the exchange</source>
        <translation>Starten des Austauschs</translation>
    </message>
    <message>
        <source>The issuer asks you to present "%1" before issuing, which Satchel cannot do yet.</source>
        <translation>Der Aussteller verlangt, dass Sie vor der Ausstellung „%1“ vorlegen, was Satchel noch nicht kann.</translation>
    </message>
    <message>
        <source>The issuer does not accept your identity's kind of key (did:%1, %2). Choose another identity.</source>
        <translation>Der Aussteller akzeptiert die Schlüsselart Ihrer Identität nicht (did:%1, %2). Wählen Sie eine andere Identität.</translation>
    </message>
    <message>
        <source>The issuer's request asks for nothing Satchel can answer.</source>
        <translation>Die Anfrage des Ausstellers verlangt nichts, was Satchel beantworten kann.</translation>
    </message>
    <message>
        <source>exchanging with the issuer</source>
        <translation>Austausch mit dem Aussteller</translation>
    </message>
    <message>
        <source>The exchange ended without sending a credential.</source>
        <translation>Der Austausch endete, ohne dass ein Nachweis gesendet wurde.</translation>
    </message>
    <message>
        <source>The exchange kept asking without sending a credential.</source>
        <translation>Der Austausch fragte immer weiter, ohne einen Nachweis zu senden.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiPresenter</name>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>Der Link %1 ist keine sichere (https-)Adresse: Es wurde nichts abgerufen.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>Lesen des Interaktionslinks</translation>
    </message>
    <message>
        <source>This link does not lead to a verifier's request Satchel can answer.</source>
        <translation>Dieser Link führt nicht zu einer Prüferanfrage, die Satchel beantworten kann.</translation>
    </message>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>Der Austausch %1 ist keine sichere (https-)Adresse: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>reading the verifier's request</source>
        <translation>Lesen der Anfrage des Prüfers</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>Senden der Antwort</translation>
    </message>
    <message>
        <source>The verifier's request has expired or was already answered. Ask the verifier for a new link.</source>
        <translation>Die Anfrage des Prüfers ist abgelaufen oder wurde bereits beantwortet. Bitten Sie den Prüfer um einen neuen Link.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The verifier refused while %1: %2</source>
        <translation>Der Prüfer hat beim Schritt „%1“ abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiQueryReader</name>
    <message>
        <source>The verifier's request is malformed: %1.</source>
        <translation>Die Anfrage des Prüfers ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>its example is nested too deeply</source>
        <translation>ihr Beispiel ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>its example sets too many fields</source>
        <translation>ihr Beispiel setzt zu viele Felder</translation>
    </message>
    <message>
        <source>The verifier asks for “%1”, which Satchel cannot answer yet.</source>
        <translation>Der Prüfer fordert „%1“ an, was Satchel noch nicht beantworten kann.</translation>
    </message>
    <message>
        <source>This link does not ask for any credential: it is an issuer's exchange, for receiving one.</source>
        <translation>Dieser Link fordert keinen Nachweis an: Es ist ein Austausch eines Ausstellers, um einen zu empfangen.</translation>
    </message>
    <message>
        <source>its QueryByExample has no credentialQuery</source>
        <translation>ihre QueryByExample hat keine credentialQuery</translation>
    </message>
    <message>
        <source>a credentialQuery is not an object</source>
        <translation>eine credentialQuery ist kein Objekt</translation>
    </message>
    <message>
        <source>it asks for too many credentials</source>
        <translation>sie fordert zu viele Nachweise an</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to %1, which is not a secure (https) address.</source>
        <translation>Der Prüfer möchte die Antwort an %1 gesendet haben, was keine sichere (https-)Adresse ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcCoseVerifier</name>
    <message>
        <source>The COSE algorithm %1 is not supported.</source>
        <translation>Der COSE-Algorithmus %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The COSE message's media type (typ "%1", content type "%2") is not that of a verifiable credential (vc+cose).</source>
        <translation>Der Medientyp der COSE-Nachricht (typ „%1“, Inhaltstyp „%2“) ist nicht der eines überprüfbaren Nachweises (vc+cose).</translation>
    </message>
    <message>
        <source>The COSE message names no key (no "kid").</source>
        <translation>Die COSE-Nachricht nennt keinen Schlüssel (kein „kid“).</translation>
    </message>
</context>
<context>
    <name>Satchel::VcJwtVerifier</name>
    <message>
        <source>The JWT header member "%1" is not allowed.</source>
        <translation>Das JWT-Header-Mitglied „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>„iss“ (%1) ist nicht der Aussteller (%2).</translation>
    </message>
    <message>
        <source>"jti" is not the credential id.</source>
        <translation>„jti“ ist nicht die ID des Nachweises.</translation>
    </message>
    <message>
        <source>"sub" is not the credential subject.</source>
        <translation>„sub“ ist nicht das Subjekt des Nachweises.</translation>
    </message>
    <message>
        <source>"nbf" is not a date.</source>
        <translation>„nbf“ ist kein Datum.</translation>
    </message>
    <message>
        <source>"nbf" is not the credential's start of validity.</source>
        <translation>„nbf“ ist nicht der Gültigkeitsbeginn des Nachweises.</translation>
    </message>
    <message>
        <source>"exp" is not a date.</source>
        <translation>„exp“ ist kein Datum.</translation>
    </message>
    <message>
        <source>"exp" is not the credential's end of validity.</source>
        <translation>„exp“ ist nicht das Gültigkeitsende des Nachweises.</translation>
    </message>
    <message>
        <source>The JWT claims match the credential.</source>
        <translation>Die JWT-Claims stimmen mit dem Nachweis überein.</translation>
    </message>
    <message>
        <source>The JWT's media type (typ "%1", cty "%2") is not that of a verifiable credential (vc+jwt).</source>
        <translation>Der Medientyp des JWT (typ „%1“, cty „%2“) ist nicht der eines überprüfbaren Nachweises (vc+jwt).</translation>
    </message>
    <message>
        <source>The JWT has a "vp" claim, which a secured credential must not have.</source>
        <translation>Das JWT enthält eine Angabe „vp“, die ein gesicherter Nachweis nicht haben darf.</translation>
    </message>
    <message>
        <source>The JWT has a "vc" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>Das JWT enthält eine Angabe „vc“, die ein Nachweis nach VC Data Model 2.0 nicht haben darf.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationHtml</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Satchel has not checked this credential yet.</source>
        <translation>Satchel hat diesen Nachweis noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Zuletzt geprüft am %1.</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>These lines were written at the last check, in another language. Verify now to read them in this one.</source>
        <translation>Diese Zeilen wurden bei der letzten Prüfung in einer anderen Sprache geschrieben. Prüfen Sie jetzt, um sie in dieser Sprache zu lesen.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Revoked by the issuer</source>
        <translation>Vom Aussteller widerrufen</translation>
    </message>
    <message>
        <source>It still records what you achieved, but no longer proves it is current.</source>
        <translation>Er belegt weiterhin, was Sie erreicht haben, aber nicht mehr, dass es aktuell ist.</translation>
    </message>
    <message>
        <source>Found when Satchel checked it on %1.</source>
        <translation>Festgestellt, als Satchel ihn am %1 geprüft hat.</translation>
    </message>
    <message>
        <source>Satchel asks before you share, print or export it.</source>
        <translation>Satchel fragt nach, bevor Sie ihn teilen, drucken oder exportieren.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationPageWriter</name>
    <message>
        <source>The page template uses an unknown field {{%1}}.</source>
        <translation>Die Seitenvorlage verwendet ein unbekanntes Feld {{%1}}.</translation>
    </message>
    <message>
        <source>The credential has no stored text to put on the page.</source>
        <translation>Der Nachweis hat keinen gespeicherten Text für die Seite.</translation>
    </message>
    <message>
        <source>The verification page template is missing.</source>
        <translation>Die Vorlage der Prüfseite fehlt.</translation>
    </message>
    <message>
        <source>Not verified by the wallet when this page was made (%1)</source>
        <translation>Beim Erstellen dieser Seite nicht von der Wallet geprüft (%1)</translation>
    </message>
    <message>
        <source>Verified as valid on %1</source>
        <translation>Am %1 als gültig geprüft</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1)</source>
        <translation>Vom Aussteller widerrufen (geprüft am %1)</translation>
    </message>
    <message>
        <source>Expired (checked on %1)</source>
        <translation>Abgelaufen (geprüft am %1)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1)</source>
        <translation>Prüfung fehlgeschlagen (geprüft am %1)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1)</source>
        <translation>Noch nicht gültig (geprüft am %1)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1)</source>
        <translation>Konnte nicht vollständig geprüft werden (am %1)</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Abzeichenbild</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Verliehen an</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status when this page was made</source>
        <translation>Status beim Erstellen dieser Seite</translation>
    </message>
    <message>
        <source>Download the credential file below, or copy the text in the box.</source>
        <translation>Laden Sie die Nachweisdatei unten herunter oder kopieren Sie den Text im Feld.</translation>
    </message>
    <message>
        <source>Open a verifier you trust, for example the 1EdTech Open Badges validator (%1) or VerifierPlus (%2), and give it the file.</source>
        <translation>Öffnen Sie einen Prüfdienst, dem Sie vertrauen, zum Beispiel den Open-Badges-Validator von 1EdTech (%1) oder VerifierPlus (%2), und übergeben Sie ihm die Datei.</translation>
    </message>
    <message>
        <source>This is a hosted badge: the issuer publishes it at %1. The verifier fetches the issuer's copy and compares it with this one.</source>
        <translation>Dies ist ein gehostetes Abzeichen: Der Aussteller veröffentlicht es unter %1. Der Prüfdienst ruft die Kopie des Ausstellers ab und vergleicht sie mit dieser.</translation>
    </message>
    <message>
        <source>The verifier checks the issuer's digital signature: it gets the public key of the issuer (%1) and confirms that not one character of the credential has changed since it was signed.</source>
        <translation>Der Prüfdienst prüft die digitale Signatur des Ausstellers: Er ruft den öffentlichen Schlüssel des Ausstellers (%1) ab und bestätigt, dass sich seit der Signatur kein einziges Zeichen des Nachweises geändert hat.</translation>
    </message>
    <message>
        <source>It also checks whether the issuer has revoked the credential and whether it has expired. The status above is only what the learner's wallet saw when this page was made.</source>
        <translation>Er prüft auch, ob der Aussteller den Nachweis widerrufen hat und ob er abgelaufen ist. Der obige Status ist nur das, was die Wallet des Lernenden beim Erstellen dieser Seite festgestellt hat.</translation>
    </message>
    <message>
        <source>Anyone can edit a web page, so this page proves nothing by itself: trust the verifier's answer about the file, not the text of this page.</source>
        <translation>Jeder kann eine Webseite bearbeiten, daher beweist diese Seite für sich allein nichts: Vertrauen Sie der Antwort des Prüfdienstes zur Datei, nicht dem Text dieser Seite.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the page's language code (BCP 47)</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 — verification page</source>
        <translation>%1 — Prüfseite</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>How to check that it is genuine</source>
        <translation>So prüfen Sie, ob er echt ist</translation>
    </message>
    <message>
        <source>This page holds the credential exactly as the issuer made it. Anyone can check it in a few minutes, without an account:</source>
        <translation>Diese Seite enthält den Nachweis genau so, wie der Aussteller ihn erstellt hat. Jeder kann ihn in wenigen Minuten ohne Konto prüfen:</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>Der Nachweis</translation>
    </message>
    <message>
        <source>The original credential, a signed token (JWS), byte for byte as issued:</source>
        <translation>Der Originalnachweis, ein signiertes Token (JWS), Byte für Byte wie ausgestellt:</translation>
    </message>
    <message>
        <source>The original credential (JSON), byte for byte as issued:</source>
        <translation>Der Originalnachweis (JSON), Byte für Byte wie ausgestellt:</translation>
    </message>
    <message>
        <source>Download the credential file</source>
        <translation>Nachweisdatei herunterladen</translation>
    </message>
    <message>
        <source>Made with Satchel on %1.</source>
        <translation>Erstellt mit Satchel am %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationReport</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierCertificate</name>
    <message>
        <source>The verifier's request does not carry the certificates its client id needs.</source>
        <translation>Die Anfrage des Prüfers enthält nicht die Zertifikate, die ihre Client-ID erfordert.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the request.</source>
        <translation>Dem Zertifikat des Prüfers kann Satchel nicht vertrauen (%1): Satchel kann nicht feststellen, wer die Anfrage gesendet hat.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not for %1, the name its client id gives.</source>
        <translation>Das Zertifikat des Prüfers gilt nicht für %1, den Namen, den seine Client-ID angibt.</translation>
    </message>
    <message>
        <source>The verifier's certificates cannot be read: %1</source>
        <translation>Die Zertifikate des Prüfers können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierConnection</name>
    <message>
        <source>Cancelled: nothing was sent to the verifier.</source>
        <translation>Abgebrochen: An den Prüfer wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The verifier (%1) could not be reached while %2.</source>
        <translation>Der Prüfer (%1) war beim Schritt „%2“ nicht erreichbar.</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was sent to the verifier (%1).</source>
        <translation>Satchel arbeitet offline, daher wurde nichts an den Prüfer gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierPlusClient</name>
    <message>
        <source>"%1" is not the address of a VerifierPlus server (https://host).</source>
        <translation>„%1“ ist nicht die Adresse eines VerifierPlus-Servers (https://host).</translation>
    </message>
    <message>
        <source>%1 answered, but not with the links Satchel expects (%2). Nothing was saved.</source>
        <translation>%1 hat geantwortet, aber nicht mit den Links, die Satchel erwartet (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no usable url.%1</source>
        <translation>kein verwendbares url.%1</translation>
    </message>
    <message>
        <source>Satchel is working offline: nothing was sent to %1.</source>
        <translation>Satchel arbeitet offline: An %1 wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2).</source>
        <translation>Der Server %1 war nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused the request (%2).</source>
        <translation>Der Server %1 hat die Anfrage abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifyUtil</name>
    <message>
        <source>The document is too large.</source>
        <translation>Das Dokument ist zu groß.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Das Dokument ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Satchel::Wallet</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a wallet file.</source>
        <translation>%1 ist keine Wallet-Datei.</translation>
    </message>
    <message>
        <source>Could not open the wallet %1: %2</source>
        <translation>Die Wallet %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only.</source>
        <translation>Die Wallet ist belegt oder schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not index the credentials for search.</source>
        <translation>Die Nachweise konnten nicht für die Suche indiziert werden.</translation>
    </message>
    <message>
        <source>The holder key record is incomplete.</source>
        <translation>Der Datensatz des Inhaberschlüssels ist unvollständig.</translation>
    </message>
    <message>
        <source>Could not save the holder key.</source>
        <translation>Der Inhaberschlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not rename the holder key.</source>
        <translation>Der Inhaberschlüssel konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation>Der Schlüssel %1 ist nicht in dieser Wallet.</translation>
    </message>
    <message>
        <source>Could not change the default key.</source>
        <translation>Der Standardschlüssel konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not remove the holder key.</source>
        <translation>Der Inhaberschlüssel konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The public link record is incomplete.</source>
        <translation>Der Datensatz des öffentlichen Links ist unvollständig.</translation>
    </message>
    <message>
        <source>Could not save the public link.</source>
        <translation>Der öffentliche Link konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not update the public link.</source>
        <translation>Der öffentliche Link konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>In der Wallet gibt es keinen öffentlichen Link %1.</translation>
    </message>
    <message>
        <source>Could not read the wallet: %1</source>
        <translation>Die Wallet konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no credential %1 in the wallet.</source>
        <translation>In der Wallet gibt es keinen Nachweis %1.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Schlagwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Could not save the tag.</source>
        <translation>Das Schlagwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The credential has no tag %1.</source>
        <translation>Der Nachweis hat kein Schlagwort %1.</translation>
    </message>
    <message>
        <source>Could not remove the tag.</source>
        <translation>Das Schlagwort konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Could not create the collection.</source>
        <translation>Die Sammlung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not rename the collection.</source>
        <translation>Die Sammlung konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>Es gibt keine Sammlung %1.</translation>
    </message>
    <message>
        <source>Could not remove the collection.</source>
        <translation>Die Sammlung konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not add credential %1 to collection %2.</source>
        <translation>Nachweis %1 konnte nicht zur Sammlung %2 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not change the collection.</source>
        <translation>Die Sammlung konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The credential is not in that collection.</source>
        <translation>Der Nachweis ist nicht in dieser Sammlung.</translation>
    </message>
    <message>
        <source>Could not update the stored credential.</source>
        <translation>Der gespeicherte Nachweis konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not store the credential.</source>
        <translation>Der Nachweis konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not store the credential's bytes.</source>
        <translation>Die Bytes des Nachweises konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not index the credential for search.</source>
        <translation>Der Nachweis konnte nicht für die Suche indiziert werden.</translation>
    </message>
    <message>
        <source>The credential nests other credentials too deeply.</source>
        <translation>Der Nachweis verschachtelt andere Nachweise zu tief.</translation>
    </message>
    <message>
        <source>There are no credential bytes to store.</source>
        <translation>Es gibt keine Nachweis-Bytes zum Speichern.</translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation>Es konnte nicht nach Duplikaten gesucht werden.</translation>
    </message>
    <message>
        <source>Could not save the verification.</source>
        <translation>Die Prüfung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove the credential.</source>
        <translation>Der Nachweis konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not keep the earlier version of the credential.</source>
        <translation>Die frühere Version des Nachweises konnte nicht behalten werden.</translation>
    </message>
    <message>
        <source>Could not store the credential's other version.</source>
        <translation>Die andere Version des Nachweises konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no credential version %1 in the wallet.</source>
        <translation>In der Wallet gibt es keine Nachweisversion %1.</translation>
    </message>
    <message>
        <source>Could not read the credential's other version.</source>
        <translation>Die andere Version des Nachweises konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the stored credential.</source>
        <translation>Der gespeicherte Nachweis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A cached document needs its URL.</source>
        <translation>Ein zwischengespeichertes Dokument benötigt seine URL.</translation>
    </message>
    <message>
        <source>The document %1 is too large to keep.</source>
        <translation>Das Dokument %1 ist zu groß zum Aufbewahren.</translation>
    </message>
    <message>
        <source>Could not keep the document %1.</source>
        <translation>Das Dokument %1 konnte nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation>Der Import konnte nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An identity needs a type and a value.</source>
        <translation>Eine Identität benötigt einen Typ und einen Wert.</translation>
    </message>
    <message>
        <source>Could not save the identity.</source>
        <translation>Die Identität konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not remove the identity.</source>
        <translation>Die Identität konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The identity %1 is not in the wallet.</source>
        <translation>Die Identität %1 ist nicht in der Wallet.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletMerger</name>
    <message>
        <source>The backup's contents are not a wallet: %1</source>
        <translation>Der Inhalt der Sicherung ist keine Wallet: %1</translation>
    </message>
    <message>
        <source>The backup's contents cannot be opened safely: %1</source>
        <translation>Der Inhalt der Sicherung kann nicht sicher geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The backup was refused: %1</source>
        <translation>Die Sicherung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The wallet inside the backup is damaged.</source>
        <translation>Die Wallet in der Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup's contents are not a wallet.</source>
        <translation>Der Inhalt der Sicherung ist keine Wallet.</translation>
    </message>
    <message>
        <source>Could not open the backup's contents: %1</source>
        <translation>Der Inhalt der Sicherung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only: %1</source>
        <translation>Die Wallet ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Restoring the backup failed; the wallet was not changed: %1</source>
        <translation>Die Wiederherstellung der Sicherung ist fehlgeschlagen; die Wallet wurde nicht verändert: %1</translation>
    </message>
    <message>
        <source>Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.</source>
        <translation>Die Wiederherstellung der Sicherung dauerte länger als %1 Sekunden und wurde abgebrochen; die Wallet wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletVerifier</name>
    <message>
        <source>The recipient could not be read: %1</source>
        <translation>Der Empfänger konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The included credential "%1" is not valid: %2</source>
        <translation>Der enthaltene Nachweis „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The included credential "%1" could not be checked.</source>
        <translation>Der enthaltene Nachweis „%1“ konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the wallet file at &lt;path&gt;.</source>
        <translation>Die Wallet-Datei unter &lt;path&gt; öffnen.</translation>
    </message>
    <message>
        <source>Open the demo wallet (created on first use).</source>
        <translation>Die Demo-Wallet öffnen (wird bei der ersten Verwendung erstellt).</translation>
    </message>
    <message>
        <source>Open every main view, check it, and exit.</source>
        <translation>Jede Hauptansicht öffnen, prüfen und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of the gallery to &lt;file&gt; and exit.</source>
        <translation>Ein Bild der Galerie in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of the list view to &lt;file&gt; and exit.</source>
        <translation>Ein Bild der Listenansicht in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of a detail view to &lt;file&gt; and exit.</source>
        <translation>Ein Bild einer Detailansicht in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>The credential shown by --screenshot-detail.</source>
        <translation>Der von --screenshot-detail angezeigte Nachweis.</translation>
    </message>
    <message>
        <source>Save a picture of the Pathways view to &lt;file&gt; and exit.</source>
        <translation>Ein Bild der Lernpfad-Ansicht in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>The pathway shown by --screenshot-pathways.</source>
        <translation>Der von --screenshot-pathways angezeigte Lernpfad.</translation>
    </message>
    <message>
        <source>Satchel: a wallet for your badges and micro-credentials.</source>
        <translation>Satchel: eine Wallet für Ihre Abzeichen und Micro-Credentials.</translation>
    </message>
    <message>
        <source>A review packet (.satchel-review) to review.</source>
        <translation>Ein zu prüfendes Prüfpaket (.satchel-review).</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
</context>
</TS>