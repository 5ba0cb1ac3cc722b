<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Satchel::AchievementTypeNames</name>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-curricular activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General education development (GED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeyman certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary school diploma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::AddressPolicy</name>
    <message>
        <source>The host %1 has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to contact %1: its address %2 is link-local, multicast, unspecified or this machine, which credentials may not make Satchel reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::AesGcm</name>
    <message>
        <source>The encryption library failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AES-256 key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the passphrase is wrong or the data was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveReader</name>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive directory is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; points outside the archive and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; expands suspiciously (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive expands to more than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveWriter</name>
    <message>
        <source>Could not build the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe name inside an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive already has an entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::AssociationText</name>
    <message>
        <source>%1 is part of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same achievement as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a par with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is related to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is replaced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BackupActions</name>
    <message>
        <source>Back up wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel backups (*.satchel-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) restored.</source>
        <translation>
            <numerusform>%n credential restored.</numerusform>
            <numerusform>%n credentials restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were already in the wallet and were kept as they were.</source>
        <translation>
            <numerusform>%n credential was already in the wallet and was kept as it was.</numerusform>
            <numerusform>%n credentials were already in the wallet and were kept as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s) restored.</source>
        <translation>
            <numerusform>%n pathway restored.</numerusform>
            <numerusform>%n pathways restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) restored.</source>
        <translation>
            <numerusform>%n collection restored.</numerusform>
            <numerusform>%n collections restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it and try again (if it is right, the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were in the wallet with other content: both copies are kept, and the one that verifies is shown.</source>
        <translation>
            <numerusform>%n credential was in the wallet with other content: both copies are kept, and the one that verifies is shown.</numerusform>
            <numerusform>%n credentials were in the wallet with other content: both copies are kept, and the one that verifies is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::BackupHeader</name>
    <message>
        <source>This file is not a Satchel backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup uses format version %1, which this version of Satchel cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s header asks for settings Satchel does not accept; the file is damaged or was not made by Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file has extra bytes at its end; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BackupReader</name>
    <message>
        <source>The backup cannot be opened: wrong passphrase or damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unpack the backup into a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BackupWriter</name>
    <message>
        <source>There is no wallet at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take a snapshot of the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the wallet snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is too large to back up into one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the wallet snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BadgrPathwayImporter</name>
    <message>
        <source>The pathway has too many elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: elements are nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no element has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an element must be an object or an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the element &quot;%2&quot; contains itself (a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a required badge has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the element &quot;%2&quot; requires nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Badgr/Canvas pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway has no root element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BakedExporter</name>
    <message>
        <source>A baked badge is a .png or .svg file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no stored text to bake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s format is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BakedImageReader</name>
    <message>
        <source>Could not start decompression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed badge data is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed badge data expands beyond %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed badge data is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image has more than %1 chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge chunk uses an unknown compression method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge chunk is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image holds no Open Badges data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image declares entities or an internal DTD subset, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image contains entity references, which are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG badge element is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG chunk &quot;%1&quot; fails its CRC check: the image is damaged or was altered after baking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image holds more than one Open Badges chunk, so which badge it carries is ambiguous; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image holds more than one Open Badges element, so which badge it carries is ambiguous; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Baker</name>
    <message>
        <source>Unknown baking keyword %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image has no IEND chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images that declare entities are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not an SVG document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image has no content element to bake into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image declares the openbadges prefix in an unexpected way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Base58</name>
    <message>
        <source>The base58 text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character in base58 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Base64Url</name>
    <message>
        <source>Invalid padding in base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid length for base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character in base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-canonical base64url text (trailing bits set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BundledContextLoader</name>
    <message>
        <source>The JSON-LD context %1 is not bundled with Satchel; it is never fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bundled context %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::BusyPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CborReader</name>
    <message numerus="yes">
        <source>The CBOR value is followed by %n extra byte(s).</source>
        <translation>
            <numerusform>The CBOR value is followed by %n extra byte.</numerusform>
            <numerusform>The CBOR value is followed by %n extra bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indefinite or reserved CBOR lengths are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR value is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR value is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR value has too many items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR floats and simple values are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported CBOR item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchDialog</name>
    <message>
        <source>Export certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One transcript of them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Data Analytics pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One transcript listing %n credential(s), each attached to the PDF.</source>
        <translation>
            <numerusform>One transcript listing %n credential, each attached to the PDF.</numerusform>
            <numerusform>One transcript listing %n credentials, each attached to the PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be written, one PDF file per credential.</source>
        <translation>
            <numerusform>%n certificate will be written, one PDF file per credential.</numerusform>
            <numerusform>%n certificates will be written, one PDF file per credential.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelled after %n file.</numerusform>
            <numerusform>Cancelled after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF file written to %1.</numerusform>
            <numerusform>%n PDF files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n could not be written:</numerusform>
            <numerusform>%n could not be written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchExporter</name>
    <message>
        <source>Credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateChain</name>
    <message>
        <source>A certificate chain must hold between 1 and %1 certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the chain cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateOptionsForm</name>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when a credential does not name you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificatePreviewDialog</name>
    <message>
        <source>Print certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not name you: type your name under Your name to print it on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateRenderer</name>
    <message>
        <source>Printing the certificate took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is already being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate page is too large to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate page could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtWebEngine could not print the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing certificates needs a graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateWriter</name>
    <message>
        <source>Not verified by the wallet when printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified as valid on %1 (printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired (checked on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed (checked on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certificate design: %1 (use classic, modern or compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size: %1 (use a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original credential, to verify this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate template %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder of this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issuer whose profile the wallet has not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for the credential id; the original credential is attached to this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to verify online; the original credential is attached to this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, but not issued to the holder of this wallet (checked on %1, printed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, trust line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CheckText</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable: it holds what its standard requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read as its standard requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the published schema of its standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs from the published schema of its standard (this alone does not make it invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names no schema to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries a proof that anyone can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries no proof: nothing shows that the issuer made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a method Satchel can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a method Satchel cannot check, so it cannot be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a safe algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: it declares the algorithm &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged since the issuer signed it: the signature matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the issuer signed it: the signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known whether it changed since the issuer signed it: the signature could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key was found where the issuer publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key meant to check the signature cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key came with the credential itself; the issuer has not confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be fetched, so the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a key that belongs to the issuer named in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with a key that does not belong to the issuer named in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed that the signing key belongs to the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed token and the credential inside it agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed token and the credential inside it disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is covered by the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds fields the signature does not cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list shows it still in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status entry does not affect whether it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s revocation list could not be read; it was not counted against the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known whether the issuer has revoked it: the revocation list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: its validity period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its validity period has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: its validity period has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names one of your identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not to you: it names none of your identities, so it was issued to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with your identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the copy on the issuer&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the copy on the issuer&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with the issuer&apos;s copy: the issuer&apos;s site could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every credential inside this record checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential inside this record is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential inside this record has lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every credential inside this record could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later with Verify now, once you are online or the issuer&apos;s site is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is yours under another address, add that address in Settings and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the issuer why if you think this is a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the issuer whether it can be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the issuer for a new copy and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim it discloses is one the issuer signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discloses a claim the issuer did not sign, or discloses one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by the holder of the key the issuer bound it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s proof does not match the key the issuer bound it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to its holder&apos;s key; a proof of holding it is made when it is presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names a revocation list of a kind Satchel cannot read yet; it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list cannot be used, so whether it was revoked cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list it names is not signed by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its place in the issuer&apos;s status list is missing or outside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list gives it a status Satchel does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ClearButtonName</name>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::BackupCommand</name>
    <message>
        <source>Back up the whole wallet to an encrypted file, or restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase (AES-256-GCM, key from scrypt).
  backup create --out FILE [--passphrase-file F]   write the wallet to FILE
  backup restore FILE [--passphrase-file F]        restore FILE into the wallet; credentials
                                                   it already holds are reported as duplicates
The passphrase is read from the first line of --passphrase-file, or asked on the terminal
(twice when creating). It is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: backup create --out FILE [--passphrase-file F] | backup restore FILE [--passphrase-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported</source>
        <translation>
            <numerusform>%n credential imported</numerusform>
            <numerusform>%n credentials imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) already in the wallet, kept as they were</source>
        <translation>
            <numerusform>%n duplicate already in the wallet, kept as they were</numerusform>
            <numerusform>%n duplicates already in the wallet, kept as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) held with other content, both kept as versions</source>
        <translation>
            <numerusform>%n credential held with other content, both kept as versions</numerusform>
            <numerusform>%n credentials held with other content, both kept as versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CanonCommand</name>
    <message>
        <source>Print the canonical N-Quads (RDFC-1.0) of a JSON-LD or N-Quads file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonicalizes FILE with RDFC-1.0 and prints the canonical N-Quads.
FILE is a JSON-LD document (only the contexts bundled with Satchel are used; nothing is
fetched) or an N-Quads file (.nq). JSON-LD safe mode is on: a document that uses undefined
terms or relative IRIs is an error (code data-loss), as Data Integrity requires.
  --hash    print the SHA-256 of the canonical N-Quads in hex instead
  --unsafe  drop undefined terms silently instead of failing (diagnostics only)
With --json: {file, sha256, quads, nquads} or {file, error: {code, message}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canon: %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliCommand</name>
    <message>
        <source>Usage: satchel-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a credential id: %1 (see &apos;list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliContext</name>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CollectionCommand</name>
    <message>
        <source>Put a credential in a collection, take it out, list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collections (ID as printed by &apos;list&apos;), as in the window&apos;s Tags and collections.
  collection add ID NAME      put the credential in the collection NAME, made when there is none
                              (quote a name with spaces; at most %1 characters)
  collection remove ID NAME   take it out (the collection stays, the credential stays in the wallet)
  collection list [ID]        every collection with its size, or those holding one credential
Names are matched exactly, else ignoring case.
With --json: add and remove print {&quot;id&quot;: ID, &quot;collections&quot;: [...]} (its collections afterwards),
list an array of {id, name, count}.
Exit status: 0 done; 1 no such credential or collection, or the wallet refused; 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: collection add ID NAME | collection remove ID NAME | collection list [ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several collections are called %1: rename one in the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection %1 (see &apos;collection list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credential(s))</source>
        <translation>
            <numerusform>%1 (%n credential)</numerusform>
            <numerusform>%1 (%n credentials)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ConsentPrompt</name>
    <message>
        <source>y</source>
        <comment>the one-letter yes of a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the yes of a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ExportCommand</name>
    <message>
        <source>Share links, a verification page, the original file, a baked badge or a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export: %1 (use links, page, raw, baked, qr or certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export %1 needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs what to export and one credential id, e.g. &apos;export links 3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bake credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has no %1 image of this badge; a plain badge image was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code is a .png or .svg file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has neither a share link nor an id to put in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no share link; the QR code holds the credential&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn certification fields (to copy by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export all needs --out FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) written to %1</source>
        <translation>
            <numerusform>%n credential written to %1</numerusform>
            <numerusform>%n credentials written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential names no learner; use --name to print yours on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF certificates need satchel-print-helper, which is not installed beside satchel-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports one credential (ID as printed by &apos;list&apos;):
  export links ID [--json]             every share link (LinkedIn, X, Facebook, Mastodon,
                                       Bluesky, e-mail), the LinkedIn fields and the warnings
  export page ID [--out FILE.html]     the self-contained verification page to host anywhere
  export raw ID --out FILE             the credential exactly as received (&quot;-&quot; for stdout)
  export baked ID --out FILE.png|.svg  the badge image with the credential baked in
  export qr ID --out FILE.png|.svg     a QR code of the share link
  export certificate ID --out FILE.pdf [--template classic|modern|compact]
         [--paper a4|letter] [--landscape] [--name NAME]
                                       a printable certificate with the credential attached
  export all --out FILE.zip            every credential as plain files: originals/ (as received)
                                       and badges/ (baked images); certificates come with the
                                       GUI&apos;s File → Export → Everything as a zip
  export ics [ID...] --out FILE.ics    the expiry dates of the credentials (all that have one
                                       when no ID is given) as calendar events, with the
                                       renewal link and an alarm at the warning window

The share link is the credential&apos;s own public address, else your verifier page, else
the address where you will upload the verification page. Options (saved in the wallet
with --save-settings):
  --verifier TEMPLATE   verifier URL with {url} (hosted credential file) or {id},
                        e.g. https://verifierplus.org/?url={url}
  --page-base URL       where you upload exported pages and files
  --mastodon HOST       your Mastodon server, e.g. mastodon.social
  --linkedin-org ID     the issuer&apos;s LinkedIn organization id
QR options: --ec L|M|Q|H (default M), --scale N pixels per module (default 8).

Exit status: 0 on success, 1 when the credential or a file could not be used, 2 on usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export ics needs --out FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::HolderIdentityActions</name>
    <message>
        <source>Usage: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type %1 (use ed25519 or p256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::IdentityCommand</name>
    <message>
        <source>Manage your identities (e-mail, URL, phone, DID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity type %1 (use email, url, telephone or did)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE | identity add-key | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ImportCommand</name>
    <message>
        <source>Import credentials from files, folders, .zip archives or URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports every credential found in the inputs into the wallet.
An input is a file (.json, .jsonld, .jws, .jwt, .txt, baked .png or .svg), a folder
(searched recursively), a .zip archive, an http(s) URL, or &quot;-&quot; for text on stdin.
Prints one line per credential: imported|duplicate|version|failed, the input, and the
credential&apos;s name or the reason of the failure. &quot;version&quot;: the wallet already holds
this credential (same issuer and id) with other content; both are kept, and
`verify` shows the one that verifies.

Options:
  --offline   fetch nothing; linked documents that are not cached are reported
  --json      print the report as a JSON array

Exit status: 0 when every input was imported or already present, 1 when any failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one input (file, folder, archive, URL or -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ListCommand</name>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.
With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring DAYS   only the credentials whose expiry date is within DAYS days of now
                    (--now when given), and those already expired, soonest first:
                    id, expiry date, &quot;expiring&quot; or &quot;expired&quot;, name and issuer. With --json
                    each object also has validUntil and expiry (&quot;expiring&quot; or &quot;expired&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring needs a number of days from 0 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::Main</name>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] [--offline] [--now ISO] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;satchel-cli COMMAND --help&apos; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;satchel-cli %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::OrganizeArguments</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file when the input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain here: your new key will be sealed in the wallet under a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PathwaysCommand</name>
    <message>
        <source>Import stackable pathways and see progress on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways %1 needs one pathway id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pathways action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported pathway %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wallet credential id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 is not a CLR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not count: %1 [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed pathway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways import FILE|URL...   import pathway definitions (files or http/https addresses): Satchel&apos;s
                              format (&quot;satchelPathway&quot;: 1), a Badgr/Canvas pathway, or a CLR 2.0
                              credential&apos;s associations
pathways import --credential ID   import the associations of a CLR stored in the wallet
pathways list                 every pathway with its progress
pathways show ID              the evaluated requirement tree of one pathway
pathways remove ID            delete a pathway (not the credentials)
With --json: list gives [{id, name, percent, satisfied, missing, next}], show the tree,
import [{file, ok, id, name, source, error}]. Progress is judged at --now when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways import needs a file, a URL or --credential ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PresentCommand</name>
    <message>
        <source>Present credentials to a verifier that asks for them (OpenID4VP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: only the domain above vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the name it gives itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  None of your credentials answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Matches: %1  %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Does not match: %1  %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined; the verifier was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined; the verifier could not be told (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 answers nothing this verifier asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several of your credentials answer this request: choose with --credential ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no credential that gives this verifier what it asks for (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no holder identity to sign the presentation with (see &apos;identity add-key&apos;). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send: %1  %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: run again with --yes to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks you to continue at %1 (not opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To receive it: satchel-cli receive URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  present URL [--credential ID]... [--identity DID] [--passphrase-file F] [--yes] [--json]
      answer a verifier&apos;s request: URL is an openid4vp://, openid-vc://, haip-vp:// or https link
      carrying one. First it shows who asks (the name the verifier gives itself, the domain
      that receives the answer, whether the request was signed and by whom), each credential
      asked for and which of yours match, then asks y/N on a terminal; --yes answers yes.
      Whole credentials are sent, except SD-JWT VCs: only the claims the verifier asks for
      are disclosed from them (listed under each), with proof of your key.
      --credential ID (repeatable, ids as &apos;list&apos; shows) chooses what to send; each goes to the
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole credentials are shared, except SD-JWT VCs, which disclose only the claims listed under them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReceiveCommand</name>
    <message>
        <source>Receive credentials from an issuer&apos;s offer link (OpenID4VCI or VC-API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted: %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: whatever the exchange issues after you prove who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested: a credential in %1, which Satchel cannot store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer asks for a PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will sign in at the issuer in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was requested: run again with --yes to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new key of yours, made now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at the issuer in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1 from %2 will be sent later; run `satchel-cli receive --pending` to ask again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel no longer waits for pending credential %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned: %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer it: satchel-cli present URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReviewCommand</name>
    <message>
        <source>Export a review packet for an advisor, or review one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the review packet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packet written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s)</source>
        <translation>
            <numerusform>%n pathway</numerusform>
            <numerusform>%n pathways</numerusform>
        </translation>
    </message>
    <message>
        <source>a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packet of %1, made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the learner&apos;s receipt says: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway: %1  %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the review packet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | review open FILE [--passphrase-file F] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  review create --out FILE [ID...] [--all] [--collection NAME] [--pathway ID]
                [--learner NAME] [--include-identities] [--encrypt | --passphrase-file F]
      writes the chosen credentials (--all: every one), with their original bytes, images and
      your last verification,
      the pathways involved and a summary to FILE (.satchel-review); with --encrypt or
      --passphrase-file it is sealed with a passphrase. Identities only with --include-identities.
  review open FILE [--passphrase-file F] [--offline] [--json]
      verifies every credential of the packet again, compares with the learner&apos;s receipts,
      and prints the credentials, skills, pathways and credits. Exit 0 only when every
      credential is valid.
  review open FILE.json [--challenge C] [--offline] [--json]
      the same for a signed presentation file (satchel-cli share presentation): also checks that
      its holder signed it, for the code C you gave them. Exit 0 only when all is valid.
The passphrase is read from the first line of --passphrase-file, or asked on the terminal.
It is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::SearchCommand</name>
    <message>
        <source>Search the wallet by name, description, issuer, tag or skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the wallet (names, descriptions, issuers, tags and skills) and prints the
matches as &apos;list&apos; does; with --json the same array as &apos;list --json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShareCommand</name>
    <message numerus="yes">
        <source>This would upload the whole credential &quot;%1&quot; (%n byte(s)), with the name it gives you (%2), in a presentation signed with your key, to %3.</source>
        <translation>
            <numerusform>This would upload the whole credential &quot;%1&quot; (%n byte), with the name it gives you (%2), in a presentation signed with your key, to %3.</numerusform>
            <numerusform>This would upload the whole credential &quot;%1&quot; (%n bytes), with the name it gives you (%2), in a presentation signed with your key, to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the link can see it until you stop sharing. Run again with --yes to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public links yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped sharing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a public link to a credential on a VerifierPlus server, list or stop links; or a signed presentation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  share create ID [--server URL] [--passphrase-file F] --yes [--json]
      upload credential ID (as in `list`) in a presentation signed with your key to a
      VerifierPlus server (the wallet&apos;s setting, default %1) and print the link;
      with --json: {id, view, get, unshare}, absolute URLs. Without --yes nothing is
      uploaded: it says what would be uploaded and where.
  share list [--json]
      every link made, with its LINK id, credential, server, dates and state
  share stop LINK [--passphrase-file F]
      take down the link with that LINK id (the first column of `share list`, not the
      credential&apos;s id: a credential may have several links)
  share server [URL | --default]
      show or set the VerifierPlus server kept in the wallet
  share presentation ID... --challenge C [--domain D] [--identity DID] -o FILE
      write a presentation of the credentials ID... signed by your identity (--identity,
      else your default one) for someone with no verifier: C is the code they gave you,
      D the domain if they gave one. They open FILE with Satchel&apos;s review or any verifier.
Your key is made on first use and kept in the system keychain; where there is none it
is sealed in the wallet under a passphrase, read from the first line of
--passphrase-file or asked on the terminal. Only Open Badges 3.0 and CLR 2.0
credentials in JSON-LD form can be shared this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share presentation takes credential ids (as in `list`), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share presentation needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2.</source>
        <translation>
            <numerusform>Wrote %1: %n credential signed by %2.</numerusform>
            <numerusform>Wrote %1: %n credentials signed by %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShowCommand</name>
    <message>
        <source>Show every field of one credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one credential (ID as printed by &apos;list&apos;): every field the issuer gave, the
wallet&apos;s data (tags, status, source) and the raw credential.
With --json: {&quot;summary&quot;: {...}, &quot;credential&quot;: {...parsed...}, &quot;raw&quot;: {...},
&quot;otherVersions&quot;: [...]} (other copies with the same issuer and id; `verify` shows the one
that verifies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one credential id (see &apos;list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version: added %1 from %2, status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TagCommand</name>
    <message>
        <source>Tag a credential, untag it, list tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tags on a credential (ID as printed by &apos;list&apos;), as in the window&apos;s Tags and collections.
  tag add ID TAG...      add one or more tags (quote a tag with spaces; at most %1 characters)
  tag remove ID TAG...   remove them
  tag list [ID]          every tag in the wallet, or those of one credential
Put -- before a tag that starts with two dashes.
With --json: add and remove print {&quot;id&quot;: ID, &quot;tags&quot;: [...]} (the tags afterwards), list an array.
Exit status: 0 done; 1 no such credential, a tag it does not have, or the wallet refused;
2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tag add ID TAG... | tag remove ID TAG... | tag list [ID]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TrustCommand</name>
    <message>
        <source>Trust registries: list, refresh, add, switch; known issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries that say who stands behind an issuer (&apos;issuerTrust&apos; in verify --json).
  trust list              each registry: id, on/off, format, when its copy was fetched
  trust refresh           fetch the registries in use again (for every issuer in the
                          wallet); a registry that cannot be reached keeps its copy
  trust add URL           a DCC-format registry, or an OpenID Federation trust anchor
                          (an URL ending in /.well-known/openid-federation)
  trust remove ID         forget an added registry (built-in ones are disabled instead)
  trust enable|disable ID switch a registry on or off
  trust known|unknown ISSUER  mark an issuer id as known to you personally, or not
Exit status: 0 done; 1 a registry could not be refreshed or the wallet refused; 2 usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust registry has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::VerifyCommand</name>
    <message>
        <source>Verify credentials and save the reports in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify credential %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet holds no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be reached; documents not kept in the wallet were not checked (offline since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the credentials with the given ids (see &apos;list&apos;), or every credential that
is not inside a CLR when no id is given. A CLR&apos;s included credentials are verified
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
              trust registries kept in the wallet (&apos;trust refresh&apos;) and never
              changes the status

Exit status: 0 when every credential is valid, 1 when any is not valid or could not
be checked, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::WalletCommandSupport</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ClrPathwayImporter</name>
    <message>
        <source>The CLR has more than %1 associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLR has no parent/child or ordering associations to build a pathway from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLR&apos;s pathway is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway from a CLR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ColorScheme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CoseSign1</name>
    <message>
        <source>The COSE message is neither binary CBOR nor base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a COSE_Sign1 message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message&apos;s payload is detached or not a byte string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE header is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE protected header is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE header names the same parameter twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message uses header extensions that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message&apos;s algorithm is not an integer in its protected header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message&apos;s protected header names no algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE algorithm %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExport</name>
    <message>
        <source>The wallet holds no file for this credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExportActions</name>
    <message>
        <source>Save the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential files (*.json *.jwt *.jws);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a baked badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge came without an image of this kind, so a plain one holds the credential. Any badge importer reads it the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialHtml</name>
    <message>
        <source>%1 (hashed, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw credential is long; only its beginning is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked revoked by the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown endorser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · counts for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an achievement not described in this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they fit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</source>
        <translation>
            <numerusform>The wallet holds %n other copy of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</numerusform>
            <numerusform>The wallet holds %n other copies of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the others are kept unchanged.</source>
        <translation>
            <numerusform>The wallet holds %n other copy of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the other is kept unchanged.</numerusform>
            <numerusform>The wallet holds %n other copies of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the others are kept unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</source>
        <translation>
            <numerusform>The wallet holds %n other copy of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</numerusform>
            <numerusform>The wallet holds %n other copies of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</numerusform>
        </translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 via %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with verifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined %1&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(registry copy of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not know this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this issuer as known to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims, disclosed ones in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COSE payload:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialListModel</name>
    <message>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialMatcher</name>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot be presented to a verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential cannot be presented to a verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier accepts it only as %1; this credential is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Integrity credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VC-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued by %1, not by an issuer the verifier accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no “%1”, which the verifier asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its “%1” is not what the verifier asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT VC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer bound it to a key that none of your identities in this wallet has, so Satchel cannot prove it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialOffer</name>
    <message>
        <source>The credential offer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no valid credential issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential issuer %1 is not a secure (https) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it offers no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pre-authorized grant has no code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialParser</name>
    <message>
        <source>The linked document %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from Open Badges %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential uses the older VC Data Model 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials nested too deeply were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested credential %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReader</name>
    <message>
        <source>The data is not an Open Badge or CLR credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge data baked into the image is neither JSON, a JWS nor a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither a credential in JSON nor a compact JWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML document is not an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a credential nor a baked badge image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file bundles more than %1 credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential must first be fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 of the presentation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT is not a verifiable credential (no dc+sd-jwt type, no vct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosed claims cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReceiver</name>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer bound this credential to %1, not to the identity it was asked for (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer sent a credential Satchel could not store (%1); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received credential could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was requested from the issuer and nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer was not prepared: read the link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential the issuer will send later could not be noted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential with the number %1 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialSchemaCheck</name>
    <message>
        <source>The credential names no schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n schema(s) were checked.</source>
        <translation>
            <numerusform>Only the first %n schema were checked.</numerusform>
            <numerusform>Only the first %n schemas were checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema %1 is not known to Satchel, so conformance to it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not conform to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential conforms to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialVerifier</name>
    <message>
        <source>The credential format is not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DataIntegrityVerifier</name>
    <message>
        <source>The proof purpose must be &quot;assertionMethod&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof creation date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential contains data its JSON-LD contexts do not define, so the signature cannot cover it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential cannot be canonicalized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid (the key is named by the issuer&apos;s own identifier; its document could not confirm it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has too many proofs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A validity date is not a valid date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many nested credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included credential %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n included credential(s) are genuine.</source>
        <translation>
            <numerusform>The %n included credential is genuine.</numerusform>
            <numerusform>All %n included credentials are genuine.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 is not on the issuer&apos;s site (%2); it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presentation&apos;s proof purpose must be &quot;authentication&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presentation needs exactly one proof by its holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation answers another request: its challenge or domain differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is of type %1, which a %2 proof cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DataUri</name>
    <message>
        <source>The data: URI holds more than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a data: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data: URI is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DccRegistry</name>
    <message>
        <source>The registry is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no &quot;registry&quot; object: it is not in the DCC known-issuer format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists more than %1 issuers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DemoWallet</name>
    <message>
        <source>The demo wallet&apos;s manifest cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DetailView</name>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::DidResolver</name>
    <message>
        <source>This DID cannot be resolved locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a did:key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The did:key fragment does not name its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a did:jwk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A did:jwk has only the verification method #0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The did:jwk value is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The did:jwk value is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a did:web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The did:web host is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The did:web path is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSd2023Suite</name>
    <message>
        <source>ecdsa-sd-2023 base proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof&apos;s label map does not name the blank node %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof names mandatory statements the document does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base proof&apos;s mandatory fields do not match the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof signs %1 statements, but the credential has %2 that are not mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof&apos;s ephemeral key is not a P-256 multikey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s base signature is not valid for the disclosed mandatory statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of statement %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdDisclosure</name>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no ecdsa-sd-2023 base proof to disclose from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdProofValue</name>
    <message>
        <source>An ecdsa-sd-2023 proof value must be base64url multibase (&apos;u&apos; prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 proof value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential carries an ecdsa-sd-2023 base proof: it is what the issuer gives the holder, who discloses fields from it with a derived proof. A verifier checks only derived proofs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 base proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement signature of the derived proof is not 64 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof&apos;s label map is not a map of indexes to byte strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof&apos;s label map names a blank node twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived proof&apos;s mandatory indexes are not ascending numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement signature of the base proof is not 64 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandatory pointer of the base proof is not text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdStatements</name>
    <message>
        <source>A selected statement names a blank node the credential does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519KeyPair</name>
    <message>
        <source>Could not create a new signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519Signature2018Suite</name>
    <message>
        <source>The proof has no usable &quot;jws&quot; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s &quot;jws&quot; is not a JWS with a detached payload (header..signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s JWS header is not a base64url JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s JWS header must be {&quot;alg&quot;:&quot;EdDSA&quot;,&quot;b64&quot;:false,&quot;crit&quot;:[&quot;b64&quot;]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s JWS signature is not a 64-byte Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EmptyStateView</name>
    <message>
        <source>Your wallet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your badges and credentials: drop files, folders or zip archives on this window, or choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, search for fewer words, or show everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::EntityStatement</name>
    <message>
        <source>The entity statement is larger than %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement is not a JWS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT is not an entity statement (its typ is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement lacks iss, sub, iat or exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement&apos;s jwks has no keys array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement&apos;s metadata is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity statement about %1 is not signed by a key of %2 that Satchel trusts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ExpiryCalendar</name>
    <message>
        <source>“%1” expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your badge “%1” from %2 stops being valid on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” expires in %n day(s)</source>
        <translation>
            <numerusform>“%1” expires in %n day</numerusform>
            <numerusform>“%1” expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials has an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge expiry dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ExportEverything</name>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every badge goes into the zip as its original file and as a badge image with the credential inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a printable PDF certificate of each badge (takes longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::FederationAnchor</name>
    <message>
        <source>The entity configuration at %1 is about %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor %1 names no fetch endpoint to ask about issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust chain has between 1 and %1 statements; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the trust chain is about %1 where %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust chain ends at %1, not at the trust anchor %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Fetcher</name>
    <message>
        <source>Not fetched (offline): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out fetching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects fetching %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2 (only http and https are followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone (HTTP 410): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 fetching %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (offline): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect; a request with a body is not sent elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to contact %1: only secure (https) addresses are used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2, which is not a secure (https) address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ForeignDatabase</name>
    <message>
        <source>The database&apos;s schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file defines a view (&quot;%1&quot;); Satchel&apos;s wallets have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file defines a trigger (&quot;%1&quot;) that Satchel does not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file holds a table or index (&quot;%1&quot;) that is not part of Satchel&apos;s wallet schema, or is defined differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused to open the database defensively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel&apos;s own wallet schema could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not a Satchel wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::GalleryView</name>
    <message>
        <source>Search name, issuer, skills, tags… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the wallet as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLR 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentitiesWidget</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys prove that credentials sent to them are yours. Issuers that send credentials straight to Satchel bind them to one of these; the default is offered first. The private part stays on this computer, in the keychain or sealed in the wallet under a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed in the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet: add one, or one is made when you first share a public link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. School, Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (did:key), recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-256 (did:jwk), for issuers that ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials issued to it will no longer be recognised as yours, and it cannot sign for you again. Only a backup made before now still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentityText</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::HolderKeyFactory</name>
    <message>
        <source>Satchel has no key type &quot;%1&quot; (it knows ed25519 and p256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (did:key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-256 (did:jwk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::HolderKeyStore</name>
    <message>
        <source>The key %1 is not in this wallet, so it cannot sign for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain on this computer: choose a passphrase to protect your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is kept in the keychain, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is no longer in the keychain of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key does not match its DID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot keep your key (%1): choose a passphrase to protect it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the public links this key signed before removing it: only it can stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public links are signed with an Ed25519 key; %1 is another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ImportDialog</name>
    <message>
        <source>Import credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add badges from files (JSON, JWS/JWT, PNG, SVG, ZIP), a whole folder, a web address, or text copied to the clipboard. You can also drop files on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… address of a hosted badge or credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the wallet, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported before stays in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n credential(s) inside)</source>
        <translation>
            <numerusform>(%n credential inside)</numerusform>
            <numerusform>(%n credentials inside)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard text is too long to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version of a credential already in the wallet.</source>
        <translation>
            <numerusform>%n kept as another version of a credential already in the wallet.</numerusform>
            <numerusform>%n kept as another version of a credential already in the wallet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ImportService</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only points to another address, not to a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no credential files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds no credential files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet holds this credential with other content: both are kept, and the one that verifies is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer copy of a credential in the wallet: shown in its place, the older copy kept as a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 of the presentation cannot be read, so none of it was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holder it does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a presentation by %1 (its signature was not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a presentation signed by its holder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a presentation by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation&apos;s holder signature does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Inflate</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data decompresses to more than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the compressed stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue decompression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerConnection</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer (%1) could not be reached while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was asked of the issuer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer refused while %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerMetadata</name>
    <message>
        <source>The issuer&apos;s metadata cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name its credential issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no credential endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization server&apos;s metadata is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authorization server has no token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrust</name>
    <message>
        <source>Listed by %1 as %2; you also know this issuer personally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listed by %1 as %2, but the registry&apos;s copy is %n day(s) old</source>
        <translation>
            <numerusform>Listed by %1 as %2, but the registry&apos;s copy is %n day old</numerusform>
            <numerusform>Listed by %1 as %2, but the registry&apos;s copy is %n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed in the registries you use; you marked this issuer as known to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed in the registries you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no trust registry copy to answer from (Settings, Trust registries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrustChecker</name>
    <message>
        <source>The trust checker keeps no documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JsonLdProcessor</name>
    <message>
        <source>JSON-LD error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe mode: JSON-LD processing would drop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@propagate must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot nullify a context with protected terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many nested remote contexts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@version must be 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@import must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an imported context cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@base must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@vocab must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@language must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@direction must be ltr or rtl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@protected must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-LD document is nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free-floating value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@value must be a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language-tagged value must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty top-level object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free-floating value or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a top-level object with only @id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property &quot;%1&quot; (not defined by any context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relative @id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; (not defined by any context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invalid language tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free-floating list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property-valued index on a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relative IRI &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datatype &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph named by the relative IRI &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node with the relative IRI &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blank node property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value or list outside any node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JsonPointerSelection</name>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON pointer &quot;%1&quot; does not match the credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JsonSchemaValidator</name>
    <message>
        <source>The document does not match the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is too complex to check against its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested too deeply to check against its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not bundled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected type %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not the required constant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required property &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object has a wrong number of properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) are required.</source>
        <translation>
            <numerusform>At least %n item are required.</numerusform>
            <numerusform>At least %n items are required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) are allowed.</source>
        <translation>
            <numerusform>At most %n item are allowed.</numerusform>
            <numerusform>At most %n items are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item of the list has the required form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has duplicate items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has a wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not have the required form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not have any of the allowed forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has a form that is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JsonValue</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member name &quot;%1&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Jws</name>
    <message>
        <source>The JWS is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compact JWS has exactly three dot-separated parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header has no &quot;alg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS uses header extensions that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS is unsecured (&quot;alg&quot;: &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS algorithm &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JwtPresentation</name>
    <message>
        <source>Your key could not sign the presentation the verifier asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::JwtVcIssuerKeys</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the issuer (%1) nor the JWT header says where the issuer&apos;s key is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is published at %1; it was not checked offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer metadata at %1 is for another issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer metadata at %1 lists no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT names no key and the issuer publishes several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes no key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificates cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key comes from the certificate in the credential, which does not lead to a certificate authority this computer trusts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s certificate is vouched for by %1, but the issuer is not named by a web address the certificate could be compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s certificate is not for %1, the issuer&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate for %1 is vouched for by %2, a certificate authority this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::KeyProof</name>
    <message>
        <source>Your key could not sign the proof the issuer asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::KeyResolver</name>
    <message>
        <source>The verification method holds no public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set does not contain the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not contain the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not authorised for assertions by its controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at %1 is not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 needs a network lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key document at %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document at %1 is for another DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID method of %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id %1 is not a URL or a supported DID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::LoopbackRedirectListener</name>
    <message>
        <source>Satchel could not listen for the sign-in&apos;s answer on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish in time. Try receiving the offer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only takes the issuer&apos;s answer to a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Satchel started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer did not authorize the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::MainWindow</name>
    <message>
        <source>About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;A desktop wallet for Open Badges 2.0 and 3.0 and CLR 2.0 micro-credentials, kept on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import badge files (JSON, JWS, PNG, SVG, ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hosted badge or credential from its web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the badge, JWS or address on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show credentials as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show credentials as a sortable list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all credentials (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags and collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected credentials and put them in collections (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel — demo wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n credential(s)</source>
        <translation>
            <numerusform>Showing %1 of %n credential</numerusform>
            <numerusform>Showing %1 of %n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported.</source>
        <translation>
            <numerusform>%n credential imported.</numerusform>
            <numerusform>%n credentials imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of a hosted badge or credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) could not be removed.</source>
        <translation>
            <numerusform>%n credential could not be removed.</numerusform>
            <numerusform>%n credentials could not be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the credentials to verify, or use Verify all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the selected credentials are genuine and still valid (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every credential in the wallet, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify from what the wallet has kept, without using the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop verifying (the credentials checked so far keep their result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified %n credential(s): </source>
        <translation>
            <numerusform>Verified %n credential: </numerusform>
            <numerusform>Verified %n credentials: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 not valid, %3 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how your badges add up to bigger credentials (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected badge on LinkedIn, social media or by e-mail, or as a QR code (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one credential to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole wallet to one encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the credentials of an encrypted backup; those already here are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one credential to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credential exactly as the issuer sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baked badge image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the badge image with the credential inside, for any badge wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything as a zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your badges as plain files: originals, baked images and PDF certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save as PDF or print a certificate of this credential (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF certificate of each selected credential into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Satchel on example badges, in a window and wallet of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? The original files are not touched.</source>
        <translation>
            <numerusform>Remove %n credential from your wallet? The original file is not touched.</numerusform>
            <numerusform>Remove %n credentials from your wallet? The original files are not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? The original file is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared li&amp;nks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public links you made, with Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version.</source>
        <translation>
            <numerusform>%n kept as another version.</numerusform>
            <numerusform>%n kept as other versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive &amp;a credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a credential straight from its issuer: a link or QR code (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k pending credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask issuers again for credentials they said would be ready later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received.</source>
        <translation>
            <numerusform>%n credential received.</numerusform>
            <numerusform>%n credentials received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;gned presentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected credentials in one file signed by you, for someone who asked to see them and gave you a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, and when; kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the credentials to put in a signed presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Migrations</name>
    <message>
        <source>The wallet file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s schema version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Satchel (schema %1; this version understands up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start upgrading the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the wallet to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Multibase</name>
    <message>
        <source>Empty multibase value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported multibase prefix &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Multicodec</name>
    <message>
        <source>Invalid multicodec prefix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::NQuads</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid code point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IRI escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character in IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newline in literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected datatype IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 quads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::NetworkDocumentFetcher</name>
    <message>
        <source>could not check (%1 unreachable since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check (offline since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::NoticeBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select these credentials in the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) stopped being valid since the last check: %1.</source>
        <translation>
            <numerusform>%n credential stopped being valid since the last check: %1.</numerusform>
            <numerusform>%n credentials stopped being valid since the last check: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n revoked.</source>
        <translation>
            <numerusform>%n revoked.</numerusform>
            <numerusform>%n revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired.</source>
        <translation>
            <numerusform>%n expired.</numerusform>
            <numerusform>%n expired.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open one to see why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2HostedVerifier</name>
    <message>
        <source>The issuer does not vouch for assertions hosted at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer hosts this assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is neither hosted nor signed, so nothing proves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted badge needs an http(s) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted badge was not checked with its issuer (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s copy could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge (HTTP 410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s copy could not be fetched (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s copy is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge differs from the issuer&apos;s copy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge matches the issuer&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge does not use the Open Badges context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is not an Open Badges assertion (type %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assertion image must be a link, not embedded data (only a badge class may embed its image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge expires before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be checked: the badge class names no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 gives another id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2SignedVerifier</name>
    <message>
        <source>A required link is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is unsigned (algorithm &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed badge must declare verification type &quot;SignedBadge&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile at %1 has a different id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 is not one of the issuer&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile lists no public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not owned by the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciAuthorizer</name>
    <message>
        <source>The issuer asks for the PIN it sent you separately; nothing was requested without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the authorization server&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server %1 answered with the metadata of %2: nothing was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer needs a sign-in, but the issuer&apos;s authorization server has no authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer needs you to sign in at the issuer in a web browser, which is not possible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel could not open your web browser to sign in at the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s sign-in page is not a secure (https) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the issuer for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer did not accept the PIN. Check the code it sent you and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer grants access only as &quot;%1&quot; tokens, which Satchel does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciIssuance</name>
    <message>
        <source>The issuer does not accept keys of your identity&apos;s type (%1; it accepts %2). Choose another identity. Nothing was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the issuer for a nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer would not issue &quot;%1&quot; in a format Satchel can store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer will deliver the credential later but gives no address to ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s answer held no credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for a credential the issuer was preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer no longer holds this credential for you (%1). Ask it for a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciOfferReader</name>
    <message>
        <source>fetching the credential offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the issuer&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer names the issuer %1, but the metadata found there is for %2: nothing was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s credential endpoint is not a secure (https) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer asks for &quot;%1&quot;, which the issuer&apos;s metadata does not describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer offers only %1, which Satchel cannot store yet. Nothing was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer allows no way of receiving that Satchel can follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::OrganizeDialog</name>
    <message>
        <source>Tags and collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a collection to put the credentials in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organise &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organise the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Organise %n credential(s). Tags and collections shown are those all of them share; a half-ticked collection holds some of them.</source>
        <translation>
            <numerusform>Organise %n credential.</numerusform>
            <numerusform>Organise %n credentials. Tags and collections shown are those all of them share; a half-ticked collection holds some of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in this collection</source>
        <translation>
            <numerusform>%n credential in this collection</numerusform>
            <numerusform>%n credentials in this collection</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: make one with &quot;New collection…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection (the credentials go in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? The credentials in it stay in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::P256KeyPair</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a new signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P-256 signing key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The P-256 signing key is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PassphraseDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with this passphrase. Without it nobody, you included, can open the backup: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters, or several words, is much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel proves to %1 that it is you, with a key of your own. There is no keychain on this computer, so the key is kept in the wallet, locked with this passphrase. You will need it whenever Satchel signs for you: to receive a credential, or to make or stop a public link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEditorDialog</name>
    <message>
        <source>Edit pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the requirements below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least N of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least X credits from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated in the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits for a badge that states none itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type, e.g. Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redits needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per &amp;badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges from your wallet that count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (any badge from an issuer with a tag or of a type):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs a tag or an achievement type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 badge tagged “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one badge or add a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You asked for %1 requirements but listed only %n.</source>
        <translation>
            <numerusform>You asked for %1 requirements but listed only %n.</numerusform>
            <numerusform>You asked for %1 requirements but listed only %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEngine</name>
    <message>
        <source>Revoked by its issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1; this requirement needs a valid credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired; this requirement needs a valid credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no result for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 is below the required %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only after %1 is earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued before %1, which must come first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayFormat</name>
    <message>
        <source>%1: &quot;%2&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than %3 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requirements are nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway has more than %1 requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use only one of &quot;allOf&quot;, &quot;atLeast&quot;, &quot;atLeastCredits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used by two requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;atLeast&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;atLeastCredits&quot; must be a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty array of requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than %3 requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a requirement must be an object or the id of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; belongs on a badge requirement, not on a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rule&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule needs a &quot;tag&quot; or an &quot;achievementType&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a requirement needs &quot;allOf&quot;, &quot;atLeast&quot; or &quot;atLeastCredits&quot;, or something to match: &quot;achievementId&quot;, &quot;alternativeIds&quot;, &quot;alignmentUrl&quot; or &quot;rule&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;count&quot; must be a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;credits&quot; must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;mustBeValid&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;minValue&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give &quot;minValue&quot; or &quot;acceptedValues&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway file is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pathway file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Satchel pathway: the &quot;satchelPathway&quot; version number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;satchelPathway&quot; must be the format version number, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway uses format version %1; this Satchel reads version %2. Update Satchel to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;owner&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;target&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;requirements&quot; must be an object (the top requirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;definitions&quot; must be an array of requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a requirement object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a shared definition needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no requirement has the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway has no requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used by two requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; has a missing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; matches badges and cannot have children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; matches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; needs a count of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; asks for %2 of only %3 requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; must ask for at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has more than %2 requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirements &quot;%1&quot; and &quot;%2&quot; contain each other (a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; precedes &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; precedes &quot;%2&quot;; ordering applies to badge requirements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement &quot;%1&quot; precedes itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of &quot;%1&quot; and &quot;%2&quot; is circular (&quot;precedes&quot; forms a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayOverview</name>
    <message>
        <source>matched by achievement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by an alternative id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All of %n</source>
        <translation>
            <numerusform>All of %n</numerusform>
            <numerusform>All of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayReader</name>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pathway: expected Satchel&apos;s pathway format, a Badgr/Canvas pathway or a CLR 2.0 with associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayStore</name>
    <message>
        <source>Could not access the pathways in the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored pathway %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PathwaysView</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pathway shows how your badges add up to a bigger credential, across issuers. Select a pathway to see each requirement, what counts and what to earn next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pathway: Satchel&apos;s format, a Badgr/Canvas pathway or a CLR 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own pathway from the badges in your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathways yet. Import one, or make your own from your badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing it earns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ← next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: no badge in your wallet meets this requirement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to earn it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to earn it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway could not be imported from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway %1 could not be saved:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pathway(s): %1</source>
        <translation>
            <numerusform>Imported %n pathway: %1</numerusform>
            <numerusform>Imported %n pathways: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pathways and CLRs (*.json *.jwt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pathway from the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the pathway (http or https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pathway “%1”? Your badges are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF transcript of the badges that count toward this pathway, one page each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of the pathway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PdfAttachmentReader</name>
    <message>
        <source>The PDF file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad cross-reference offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files with cross-reference streams are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trailer dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed stream is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedded file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment has no file stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment stream is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment has a bad length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment uses an unsupported compression (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file has no credential attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PdfIncrementalUpdate</name>
    <message>
        <source>The PDF cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF carries from 1 to %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad startxref offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which Satchel does not update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no /Size or /Root in the trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad /Size or /Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is not in the last cross-reference section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog offset is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalog dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF already has attachments or named destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two attachments are both named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PdfPagePrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PendingCredentialsList</name>
    <message>
        <source>Still waiting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials issuers will send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel stops asking the issuer for the selected credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last asked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for %1 from %2? Satchel will not ask for it again; to get it later, ask the issuer for a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExportRunner</name>
    <message>
        <source>Writing the zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) exported to %1.</source>
        <translation>
            <numerusform>%n credential exported to %1.</numerusform>
            <numerusform>%n credentials exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExporter</name>
    <message>
        <source>Your badges and micro-credentials, exported by Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>originals/     each credential exactly as its issuer sent it (%n file(s)). Any Open Badges or Verifiable Credentials verifier checks these.</source>
        <translation>
            <numerusform>originals/     each credential exactly as its issuer sent it (%n file). Any Open Badges or Verifiable Credentials verifier checks these.</numerusform>
            <numerusform>originals/     each credential exactly as its issuer sent it (%n files). Any Open Badges or Verifiable Credentials verifier checks these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>badges/        each badge image with its credential baked in (%n image(s)). Badge wallets and backpacks import these.</source>
        <translation>
            <numerusform>badges/        each badge image with its credential baked in (%n image). Badge wallets and backpacks import these.</numerusform>
            <numerusform>badges/        each badge image with its credential baked in (%n images). Badge wallets and backpacks import these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates/  a printable PDF certificate of each (%n file(s)); the credential is attached inside each PDF.</source>
        <translation>
            <numerusform>certificates/  a printable PDF certificate of each (%n file); the credential is attached inside each PDF.</numerusform>
            <numerusform>certificates/  a printable PDF certificate of each (%n files); the credential is attached inside each PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no baked image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PngChunkWalker</name>
    <message>
        <source>The PNG image is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentDialog</name>
    <message>
        <source>A credential (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the verifier you do not share anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks for, and what you would &amp;share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested credentials and yours that answer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity that signs what you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the verifier&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks to continue in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verifier&apos;s request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials. Your answer goes to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its request is not signed: Satchel knows only where the answer goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its request is signed with a certificate for %1 that this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its request is signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your credentials answers this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n credential(s) with %1.</source>
        <translation>
            <numerusform>Shared %n credential with %1.</numerusform>
            <numerusform>Shared %n credentials with %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: your identity&apos;s key stays locked without its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling the verifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined, and %1 was told. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined. Nothing was shared; %1 could not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined. Nothing was shared. %1 is not told (its exchange has no way to hear a refusal); its request will expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel shares whole credentials: the verifier sees everything in each one you tick, not only what it asks about, except where a credential lists what it discloses. Nothing is sent until you choose Share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationHistoryWindow</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier could not be told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, newest first. This history stays on this computer: Satchel never sends it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by verifier or credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the presentation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line from the history (Delete); the verifier keeps what it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the presentation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the presentation history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Client id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in this wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared with verifiers yet. When a verifier asks for your credentials (a link or a QR code), what you send or decline is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presentation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not forget the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the entry for %1 (%2) from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer&apos;s record goes: the verifier keeps whatever it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationLink</name>
    <message>
        <source>This is not a verifier&apos;s request for credentials that Satchel understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s link is too long to be a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s link names the parameter “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s link does not give a valid address for its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request is at an address that is not secure (%1): Satchel only fetches requests over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks for its request in a way Satchel does not know (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s “%1” is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s link gives its request both in the link and at an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationQueryReader</name>
    <message>
        <source>The verifier&apos;s query names the credential “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query asks for no credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query asks for more credentials than Satchel accepts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has malformed credential sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has a credential set without options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has a malformed credential set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query refers to a credential it does not ask for (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential in the verifier&apos;s query has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query does not say which format it wants for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier restricts “%1” to issuers named by a trust framework, which Satchel cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has malformed type values for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has malformed claims for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query asks for more claims than Satchel accepts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier&apos;s query has no valid path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier&apos;s query accepts a value that is not a string, number or boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has too many claim sets for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim set of “%1” names a claim the query does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s presentation definition has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of “%1” in the verifier&apos;s query has no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query reads a field in a way Satchel does not understand (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier wants to see only some fields of “%1”, but Satchel can only show whole credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has malformed vct values for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s query has a malformed holder binding requirement for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationReader</name>
    <message>
        <source>The data is not a verifiable presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is neither a credential object nor a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation carries no credential, so there is nothing in it to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation carries more than %1 credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is an envelope without a JWT or COSE credential in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationRequestReader</name>
    <message>
        <source>The verifier&apos;s request is not a readable request object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier sent something else than a request object (type “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request object is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request names another client id than its link: it may not come from who the link says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request has expired. Ask the verifier for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not the answer to Satchel&apos;s own question (its wallet nonce differs): it may have been replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not signed by the key it names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier identifies itself with a DID Satchel cannot look up without the network (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not signed by the key it names: the signing key does not belong to the verifier&apos;s DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request does not say who the verifier is (no client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks for something else than credentials (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier wants its answer in a way Satchel does not support yet (“%1”); Satchel sends answers with direct_post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request does not say where to send the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to an address that is not secure (%1): Satchel only sends credentials over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request has no nonce, so an answer to it could be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s client id does not match where the answer would go: the request may not come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier identifies itself in a way Satchel cannot check yet (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s client id names no way to check who it is, and Satchel knows no verifier by that name. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request holds two queries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request says what it wants in a way Satchel does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not signed, but its client id says who signs it: Satchel cannot tell who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s client id does not match where the answer would go: its certificate is for %1, the answer would go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request carries a state too long to be sent back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationResponder</name>
    <message>
        <source>reading the verifier&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier refused to give its request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen credential does not answer what the verifier asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks for only one credential for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier needs more credentials than those chosen: it would not accept the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen credential could not be read from the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier did not accept the answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier does not accept presentations signed with this identity&apos;s kind of key (%1). Choose another identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gave no reason, only the error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it said “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Do not answer this request: ask the verifier for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To try again, ask the verifier for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Satchel cannot tell whether your credentials reached it. Check your connection, then ask the verifier for a new request to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier accepts only identities of the kinds %1, not this one (%2). Choose another identity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationSigner</name>
    <message>
        <source>A public link is not possible for an Open Badges 2.0 badge: it is not a W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share its hosted address or a verification page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public link is not possible for a credential in VC-JWT form: its signature covers the token, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public link is not possible for a credential of an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is too large to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not a JSON-LD document, so it cannot be put in a presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is neither JSON-LD nor a JWT, so it cannot be put in a presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A presentation carries at most %n credential(s).</source>
        <translation>
            <numerusform>A presentation carries at most %n credential.</numerusform>
            <numerusform>A presentation carries at most %n credentials.</numerusform>
        </translation>
    </message>
    <message>
        <source>These credentials follow two versions of the W3C data model (1.1 and 2.0), which cannot be signed in one presentation: choose credentials of one version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public link is not possible for an SD-JWT VC: it is no W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share a verification page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public link is not possible for a credential secured with COSE: its signature covers the COSE message, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationVerifier</name>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s %1 signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation is bound to no challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation is bound to the challenge &quot;%1&quot;; none was given to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation was made for the challenge &quot;%1&quot;, not &quot;%2&quot;: it answers another request, or was made again from an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation was made for &quot;%1&quot;, not for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation answers the challenge &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation&apos;s media type (typ &quot;%1&quot;, cty &quot;%2&quot;) is not that of a verifiable presentation (vp+jwt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation&apos;s media type (typ &quot;%1&quot;, content type &quot;%2&quot;) is not that of a verifiable presentation (vp+cose).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ProofSuite</name>
    <message>
        <source>The proof uses bbs-2023, which needs BLS12-381 pairing-friendly curves that the cryptography library Satchel uses (OpenSSL) does not provide, so Satchel cannot check it. Ask the issuer for a copy signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PublicKey</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key is too large (%1 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported public key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 public key must be 32 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK contains private key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported OKP curve in JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported EC curve in JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key in the JWK is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid RSA key in JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported JWK key type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM key is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multikey must be base58btc (&apos;z&apos; prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P-256 multikey must hold a compressed point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multikey is a secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported multikey type 0x%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elliptic curve of the key is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 public key encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 public key is not a point on the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 coordinates in JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P-384 multikey must hold a compressed point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a DER X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 elliptic curves are supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinkService</name>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 was already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinksWidget</name>
    <message>
        <source>Create public link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this credential to %1 and get a link anyone can open to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential &quot;%1&quot; to %2: everything its issuer put in it, including what it says about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential &quot;%1&quot; to %2: everything its issuer put in it, your name (%3) included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the link can see the credential and check it, until you choose Stop sharing. You can change the server in the Settings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 to take the link down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link made: every share button below now uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped sharing: the link no longer opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::QrCode</name>
    <message>
        <source>Unknown error correction level %1 (use L, M, Q or H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::QrCodeReader</name>
    <message>
        <source>The picture is too large or damaged to look for a QR code in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code reader failed on this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::QrPicture</name>
    <message>
        <source>The picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code does not hold a credential offer Satchel knows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::QtKeychainVault</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel was built without keychain support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Rdfc10</name>
    <message>
        <source>Canonicalization gave up: the graph needs more than %1 units of work (a poison graph?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::RdfcProofSuite</name>
    <message>
        <source>The proof value is not base58btc multibase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not a %1-byte signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveDialog</name>
    <message>
        <source>Reading the issuer&apos;s description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the issuer for permission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving that the identity is yours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and storing the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Satchel the link your school or issuer shows to send a credential to your wallet. Paste it, drop it or a picture of its QR code here, or let Satchel read the QR code on your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid-credential-offer://…, dccrequest://… or https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential offer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code from a &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code on the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the issuer&apos;s QR code on your screen, then click here: Satchel looks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to the issuer until you have seen what it offers and chosen Receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity the credentials are issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN from the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel will contact &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer says what it issues once Satchel has shown that the identity below is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will receive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also offered, but not asked for: %1 (Satchel cannot store these yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel will make your holder identity (a did:key, its private key kept in your keychain) and the issuer will issue the credentials to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will sign in with the issuer in your web browser, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s))</source>
        <translation>
            <numerusform>(%n digit)</numerusform>
            <numerusform>(%n digits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with the issuer in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: your identity&apos;s key stays locked without its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received, and your wallet is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %n credential(s) from %1:</source>
        <translation>
            <numerusform>Received %n credential from %1:</numerusform>
            <numerusform>Received %n credentials from %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</source>
        <translation>
            <numerusform>%n credential will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</numerusform>
            <numerusform>%n credentials will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking issuers for the credentials they promised…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) are still being prepared by their issuers.</source>
        <translation>
            <numerusform>%n credential is still being prepared by its issuer.</numerusform>
            <numerusform>%n credentials are still being prepared by their issuers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credential is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel cannot read this screen. Take a screenshot of the QR code and drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel stopped waiting for %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveLink</name>
    <message>
        <source>This is not a credential offer Satchel can receive (an OpenID4VCI offer, a VC-API interaction link or a Learner Credential Wallet link): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer offers no way of receiving that Satchel understands (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction link %1 offers no protocol Satchel understands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::RecipientMatcher</name>
    <message>
        <source>Add your e-mail addresses or other identities to check that credentials were issued to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was issued to one of your identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names its recipient by a kind of identity that is not in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was issued to someone not among your identities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderActions</name>
    <message>
        <source>Ca&amp;lendar of expiry dates (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the expiry dates of the selected badges (or of all) for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expired</source>
        <translation>
            <numerusform>%n badge expired</numerusform>
            <numerusform>%n badges expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon</source>
        <translation>
            <numerusform>%n badge expiring soon</numerusform>
            <numerusform>%n badges expiring soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar of expiry dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the expiry dates to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderBanner</name>
    <message>
        <source>“%1” from %2 expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” from %2 expires on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon or just expired:</source>
        <translation>
            <numerusform>%n badge expiring soon or just expired:</numerusform>
            <numerusform>%n badges expiring soon or just expired:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these reminders (they are not shown again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the expiry reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn before a badge expires (a desktop notification and a notice in the window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of warning before a badge expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns expiry reminders off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewActions</name>
    <message>
        <source>&amp;Create review packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export credentials, with your verification results, for a career advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a learner&apos;s packet: every credential is verified again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills your credentials show, by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open re&amp;view packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review);;Signed presentations (*.json *.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewCounts</name>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>valid · not valid · could not be checked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n not valid</numerusform>
            <numerusform>%n not valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewDetailDialog</name>
    <message>
        <source>%1 (in the review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewHtml</name>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential names a skill or framework.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses below are the learner&apos;s own last verification. Open this packet in Satchel to verify every credential again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner&apos;s receipt.</source>
        <translation>
            <numerusform>%n credential verified differently from the learner&apos;s receipt.</numerusform>
            <numerusform>%n credentials verified differently from the learner&apos;s receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner&apos;s own results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel agrees with every result the learner&apos;s wallet recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>status: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s wallet said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills across the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credentials)</source>
        <translation>
            <numerusform>%1 (%n credential)</numerusform>
            <numerusform>%1 (%n credentials)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every credential was verified again by Satchel from the packet&apos;s original files. Packet fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names someone other than the learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the holder signed this presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketDialog</name>
    <message>
        <source>Create review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected credential(s)</source>
        <translation>
            <numerusform>The selected credential</numerusform>
            <numerusform>The %n selected credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the advisor should see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my identities (e-mail addresses, URLs…) so the advisor can check the badges were issued to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the packet with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet will contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select credentials in the gallery, or make a collection or a pathway, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (your last check: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last verification results (receipts) and a readable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) of yours</source>
        <translation>
            <numerusform>%n identity of yours</numerusform>
            <numerusform>%n identities of yours</numerusform>
        </translation>
    </message>
    <message>
        <source>No identities (e-mail addresses, URLs…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed with your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase, or untick the protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.satchel-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All credentials (%n)</source>
        <translation>
            <numerusform>All credentials (%n)</numerusform>
            <numerusform>All credentials (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketReader</name>
    <message>
        <source>The review packet is damaged or was not made by Satchel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet cannot be opened: wrong passphrase or damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review packet is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet is incomplete (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet is damaged or was not made by Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet holds an entry pointing outside it (&quot;%1&quot;); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the review packet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Satchel review packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet is incomplete or damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review packet uses format version %1, which this version of Satchel cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s entry list is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the review packet does not match its manifest; the packet was changed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet holds too many credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credential has no id or a repeated one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet holds too many pathways.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketWriter</name>
    <message>
        <source>The wallet has no pathway with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has no collection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has no credential %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one credential for the review packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review packet holds at most %1 credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewReportPdf</name>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the review report %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewSession</name>
    <message>
        <source>Could not create a temporary folder for the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the review was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewWindow</name>
    <message>
        <source>Review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %v of %m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes: kept in your own wallet for this packet, never sent to the learner and never put in a packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be kept: no wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review packet is protected. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review packet could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet made on %1; verified again by Satchel on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner&apos;s receipt. Satchel&apos;s own verdict is the one to trust.</source>
        <translation>
            <numerusform>%n credential verified differently from the learner&apos;s receipt. Satchel&apos;s own verdict is the one to trust.</numerusform>
            <numerusform>%n credentials verified differently from the learner&apos;s receipt. Satchel&apos;s own verdict is the one to trust.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≠ (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s wallet said &quot;%1&quot;; Satchel finds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet names no pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a credential to see it in full, with every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code you gave the learner (the challenge), to check this presentation was made for you. Leave it empty to see the code in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by its holder: the signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by Satchel on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, issuer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SafeJson</name>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is ambiguous and was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SafeMarkdown</name>
    <message>
        <source>[image not loaded]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Scrypt</name>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwt</name>
    <message>
        <source>Disclosure %1 is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure %1 is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure %1 is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure %1 is not an array of a salt, a claim name and a value, or of a salt and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim name in disclosure %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure %1 names the reserved claim &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same disclosure is included twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure is not referred to by any digest the issuer signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest %1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims are nested more than %1 deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;_sd&quot; is not an array of digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;_sd&quot; holds something other than a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array element&apos;s disclosure stands where a claim was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot; is disclosed and also given openly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array element&apos;s digest is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim&apos;s disclosure stands where an array element was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SD-JWT has at least one &quot;~&quot; after the issuer&apos;s JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows the last &quot;~&quot; is not a Key Binding JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT has more than %1 disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT has an empty disclosure (&quot;~~&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT&apos;s digests use &quot;%1&quot;, a hash algorithm Satchel does not support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtPresentation</name>
    <message>
        <source>Discloses none of its selectively disclosable claims: the verifier sees only what the issuer always shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discloses only %1, besides what the issuer always shows; its other selectively disclosable claims stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks for proof that this credential is yours, but its issuer did not bind it to a key of yours, so Satchel cannot give that proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential is bound to another of your identities: choose that one to present it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key could not sign the proof that this credential is yours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtVcVerifier</name>
    <message>
        <source>The token&apos;s type &quot;%1&quot; is not that of an SD-JWT VC (dc+sd-jwt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n disclosed claim(s) match digests the issuer signed.</source>
        <translation>
            <numerusform>The %n disclosed claim matches a digest the issuer signed.</numerusform>
            <numerusform>All %n disclosed claims match digests the issuer signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s key was found where the issuer publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no type (&quot;vct&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iss&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT VC&apos;s claims are well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is bound to its holder&apos;s key; it carries no holder proof, as issued credentials do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key Binding JWT&apos;s type is not &quot;kb+jwt&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Key Binding JWT is attached, but the issuer bound no key (&quot;cnf&quot; &quot;jwk&quot;) to the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder key the issuer bound is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key Binding JWT is not signed by the holder key the issuer bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key Binding JWT&apos;s sd_hash does not cover this SD-JWT and its disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key Binding JWT&apos;s time (iat) is missing or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Key Binding JWT names no audience (aud) or nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s key signed this presentation for %1 (nonce %2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed with a key it carries itself, not the key that signed the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iss&quot; (%1) is not the issuer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT has a &quot;%1&quot; claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SealedFile</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to seal into one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not provide random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: wrong passphrase or damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SecuredCredentialChecks</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT names no key (neither &quot;kid&quot; nor &quot;jwk&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail addresses, web addresses, phone numbers and DIDs that badges may be issued to. Satchel matches recipients against them on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches at once; a few texts change after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel wallets (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again with the issuer whether a badge was revoked when the last answer is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the identity to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours before checking again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential is no longer in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link others will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If LinkedIn&apos;s &quot;Add to profile&quot; page does not fill itself in, add the certification by hand on your profile and copy each value from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge with its own public address is shared with that address. For the others, give a verifier page, or the web folder where you will put the verification page Satchel writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is replaced by the address of the credential file in your web folder, {id} by the credential&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the self-contained verification page to upload to your web folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in the address of the issuer&apos;s LinkedIn page, when it has one: LinkedIn then shows the issuer&apos;s logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s LinkedIn organization id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser or mail program could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge has no link to put in a QR code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link yet: create a public link, or see Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VerifierPlus server public links are made on; empty for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works without a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credential file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exactly as the issuer sent it: anyone can check it with a verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable certificate with the credential inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>share target, then why it is off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a link: create a public link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a link: set a verifier page or your web folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <comment>then why there is none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this credential signed by you, for someone who asked to see it and gave you a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::ShareLinkBuilder</name>
    <message>
        <source>The credential&apos;s address %1 is on this computer or a local network, so others cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosting address %1 is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens the credential where its issuer publishes it, so anyone can check it with the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier URL template is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier URL template has neither {url} nor {id} in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier URL template needs {url}, the address of the credential file, but no hosting address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier URL template needs {id}, but the credential has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens your verifier page, which fetches the credential file from %1 and shows whether it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens your verifier page, which looks the credential up by its id and shows whether it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens the verification page you host at %1: the badge, a summary, the credential itself and how anyone can verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link others can open. Set a verifier URL template or the address where you will host the verification page, or share the credential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: anyone who checks it will see that it is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last verification failed: others will not be able to confirm this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has not been verified yet. Verify it before you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last verification could not check everything (a lookup failed or you were offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the verification page (%1) to %2 before you share the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the credential file (%1) to %2 before you share the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing organization (LinkedIn id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I earned &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I earned &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>share text, then its link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a link others can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: add to profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your Mastodon server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mastodon server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

%1
You can see it and check that it is genuine here: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

%1
I can send you the credential file so that you can check it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens your credential on %1, which checks it for anyone who opens it, until you stop sharing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SharedChecks</name>
    <message>
        <source>%1 was not fetched (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is unsigned (JWT algorithm &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT algorithm does not match the key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key was supplied by the credential itself; it is not confirmed by the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SharedLinksWindow</name>
    <message>
        <source>Shared links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public links you made. Anyone with a link can see the credential until you stop sharing it; make new ones from Share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Signature</name>
    <message>
        <source>The signature does not match the data and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key cannot verify a %2 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up signature verification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationDialog</name>
    <message>
        <source>Signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed presentation is a file for someone who asked to see your credentials but has no verifier website: they can check every credential in it, and that it comes from you, made for them. Send them the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the person who asked gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7Q2-pink-otter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the person who asked gave you (a challenge). It shows them this file was made for them, just now, and not copied from one made for someone else. If they gave you none, ask them for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain the person who asked gave you, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if they also gave you a web address or name to put in; otherwise leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity that signs the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no identity to sign with yet: Satchel makes one for you when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) go in it:</source>
        <translation>
            <numerusform>%n credential goes in it:</numerusform>
            <numerusform>%n credentials go in it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Save signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: your identity&apos;s key stays locked without its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Send this file to the person who asked; Satchel&apos;s Review window and any verifiable-credential verifier can check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationFile</name>
    <message>
        <source>Type the code the person who asked for your credentials gave you: it shows them the presentation was made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presentation can carry at most %1 credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Open Badges 2.0 badge, not a W3C Verifiable Credential, so it cannot go in a signed presentation. Share its verification page instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsSummary</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsWidget</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) in %1</source>
        <translation>
            <numerusform>%n skill in %1</numerusform>
            <numerusform>%n skills in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s), from %1</source>
        <translation>
            <numerusform>%n framework, from %1</numerusform>
            <numerusform>%n frameworks, from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials names a skill, a framework or a tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::StatusConfirmation</name>
    <message>
        <source>Share a credential that is not valid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a credential that is not valid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a credential that is not valid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed verification: it may have been altered or not come from its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected credentials are not valid:</source>
        <translation>
            <numerusform>%n of the selected credentials is not valid:</numerusform>
            <numerusform>%n of the selected credentials are not valid:</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever checks it will see that it is not valid. Go on only if you mean to show it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListChecker</name>
    <message>
        <source>The encoded status list is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported status size %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status index %1 is outside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at %1 is not a status list credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 failed its own proof check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 is for &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential status entry is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status purpose &quot;%1&quot; does not affect validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many credential status entries; the rest were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential status type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is not on the issuer&apos;s revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListSource</name>
    <message>
        <source>The status list at %1 was not checked (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Checked against the copy of the status list fetched on %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::StatusStyle</name>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, but not issued to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusList</name>
    <message>
        <source>The status list gives %1 bits per status; only 1, 2, 4 and 8 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list has no list (&quot;lst&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list (&quot;lst&quot;) is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is larger than Satchel reads (%1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list (&quot;lst&quot;) is not ZLIB-compressed data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusListChecker</name>
    <message>
        <source>The credential&apos;s status reference needs a list address (&quot;uri&quot;) and a place in it (&quot;idx&quot;, a whole number of zero or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The credential&apos;s place %1 is outside the status list at %2, which holds %n status(es).</source>
        <translation>
            <numerusform>The credential&apos;s place %1 is outside the status list at %2, which holds %n status.</numerusform>
            <numerusform>The credential&apos;s place %1 is outside the status list at %2, which holds %n statuses.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status list at %1 is not a signed token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token at %1 is not a Token Status List (its type is not &quot;statuslist+jwt&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given to check it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed the status list at %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 is not signed by the credential&apos;s issuer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 holds no claims: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 is published for another address (&quot;sub&quot; is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 was issued by someone other than the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 gives no issue time (&quot;iat&quot;), or one in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 has an expiry time (&quot;exp&quot;) that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the status list at %1 kept on %2 expired on %3, and no newer one could be fetched: the status was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list at %1 has a time to live (&quot;ttl&quot;) that is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list shows the credential as valid (neither revoked nor suspended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list gives the credential the status 0x%1, a value its application defines; Satchel does not know what it means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TranscriptWriter</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transcript needs at least one credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transcript lists at most %1 credentials; select fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript template is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected credentials could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials held in Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credits earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses are those Satchel last recorded before printing. Each original credential is attached to this PDF; import the PDF into Satchel or any Open Badges verifier to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transcript of %n credential(s)</source>
        <translation>
            <numerusform>Transcript of %n credential</numerusform>
            <numerusform>Transcript of %n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistriesWidget</name>
    <message>
        <source>Trust registries say who stands behind an issuer: each credential shows whether its issuer is listed, by which registry and under which name. This never changes whether a credential verifies. Copies are kept in the wallet and used offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCC registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Refresh now to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trust registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a registry in the DCC format, or of an OpenID Federation trust anchor (…/.well-known/openid-federation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistrySettings</name>
    <message>
        <source>DCC Member Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCC Community Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCC Sandbox Registry (test issuers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCC Member Registry, test instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust registry is added by its http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistryUpdater</name>
    <message>
        <source>%1 (answering from the copy of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: Satchel is working offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiExchangeClient</name>
    <message>
        <source>Your key could not sign the presentation the issuer asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer asks you to present &quot;%1&quot; before issuing, which Satchel cannot do yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer does not accept your identity&apos;s kind of key (did:%1, %2). Choose another identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s request asks for nothing Satchel can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanging with the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange ended without sending a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange kept asking without sending a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link asks you to present credentials to a verifier, not to receive new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiPresenter</name>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not lead to a verifier&apos;s request Satchel can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the verifier&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s request has expired or was already answered. Ask the verifier for a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier refused while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiQueryReader</name>
    <message>
        <source>The verifier&apos;s request is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its example is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its example sets too many fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier asks for “%1”, which Satchel cannot answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not ask for any credential: it is an issuer&apos;s exchange, for receiving one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its QueryByExample has no credentialQuery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credentialQuery is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it asks for too many credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to %1, which is not a secure (https) address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VcCoseVerifier</name>
    <message>
        <source>The COSE algorithm %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message&apos;s media type (typ &quot;%1&quot;, content type &quot;%2&quot;) is not that of a verifiable credential (vc+cose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COSE message names no key (no &quot;kid&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VcJwtVerifier</name>
    <message>
        <source>The JWT header member &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iss&quot; (%1) is not the issuer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;jti&quot; is not the credential id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sub&quot; is not the credential subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nbf&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nbf&quot; is not the credential&apos;s start of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exp&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exp&quot; is not the credential&apos;s end of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT claims match the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT&apos;s media type (typ &quot;%1&quot;, cty &quot;%2&quot;) is not that of a verifiable credential (vc+jwt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT has a &quot;vp&quot; claim, which a secured credential must not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT has a &quot;vc&quot; claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationHtml</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel has not checked this credential yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines were written at the last check, in another language. Verify now to read them in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still records what you achieved, but no longer proves it is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found when Satchel checked it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel asks before you share, print or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationPageWriter</name>
    <message>
        <source>The page template uses an unknown field {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no stored text to put on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification page template is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified by the wallet when this page was made (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified as valid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status when this page was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the credential file below, or copy the text in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a verifier you trust, for example the 1EdTech Open Badges validator (%1) or VerifierPlus (%2), and give it the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a hosted badge: the issuer publishes it at %1. The verifier fetches the issuer&apos;s copy and compares it with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier checks the issuer&apos;s digital signature: it gets the public key of the issuer (%1) and confirms that not one character of the credential has changed since it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also checks whether the issuer has revoked the credential and whether it has expired. The status above is only what the learner&apos;s wallet saw when this page was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can edit a web page, so this page proves nothing by itself: trust the verifier&apos;s answer about the file, not the text of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the page&apos;s language code (BCP 47)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check that it is genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page holds the credential exactly as the issuer made it. Anyone can check it in a few minutes, without an account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original credential, a signed token (JWS), byte for byte as issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original credential (JSON), byte for byte as issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the credential file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Satchel on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationReport</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierCertificate</name>
    <message>
        <source>The verifier&apos;s request does not carry the certificates its client id needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s certificate is not for %1, the name its client id gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s certificates cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierConnection</name>
    <message>
        <source>Cancelled: nothing was sent to the verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier (%1) could not be reached while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was sent to the verifier (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierPlusClient</name>
    <message>
        <source>&quot;%1&quot; is not the address of a VerifierPlus server (https://host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not with the links Satchel expects (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable url.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel is working offline: nothing was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::VerifyUtil</name>
    <message>
        <source>The document is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Wallet</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the stored credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the credential&apos;s bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the credential for search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential nests other credentials too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a wallet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the wallet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the credentials for search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no credential bytes to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credential %1 in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity needs a type and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity %1 is not in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add credential %1 to collection %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not in that collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached document needs its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 is too large to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder key record is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the holder key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public link record is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the public link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the public link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the holder key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the earlier version of the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the credential&apos;s other version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credential version %1 in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the credential&apos;s other version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stored credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the holder key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the default key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::WalletMerger</name>
    <message>
        <source>The backup&apos;s contents are not a wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet inside the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s contents are not a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup&apos;s contents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup failed; the wallet was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s contents cannot be opened safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::WalletVerifier</name>
    <message>
        <source>The recipient could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The included credential &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The included credential &quot;%1&quot; could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Satchel: a wallet for your badges and micro-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wallet file at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo wallet (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every main view, check it, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the gallery to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the list view to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of a detail view to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential shown by --screenshot-detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the Pathways view to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway shown by --screenshot-pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review packet (.satchel-review) to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
