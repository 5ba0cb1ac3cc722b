<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Satchel::AchievementTypeNames</name>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation>Certificado de aprendizaje</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Título universitario de ciclo corto</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Bachelor's degree</source>
        <translation>Grado (licenciatura)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Co-curricular activity</source>
        <translation>Actividad complementaria</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Título universitario</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Trabajo de campo</translation>
    </message>
    <message>
        <source>General education development (GED)</source>
        <translation>Equivalencia de estudios secundarios (GED)</translation>
    </message>
    <message>
        <source>Journeyman certificate</source>
        <translation>Certificado de oficial</translation>
    </message>
    <message>
        <source>Learning programme</source>
        <translation>Programa de formación</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia profesional</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Professional doctorate</source>
        <translation>Doctorado profesional</translation>
    </message>
    <message>
        <source>Quality assurance credential</source>
        <translation>Credencial de garantía de calidad</translation>
    </message>
    <message>
        <source>Master certificate</source>
        <translation>Certificado de maestro artesano</translation>
    </message>
    <message>
        <source>Master's degree</source>
        <translation>Máster (maestría)</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <source>Research doctorate</source>
        <translation>Doctorado de investigación</translation>
    </message>
    <message>
        <source>Secondary school diploma</source>
        <translation>Título de educación secundaria</translation>
    </message>
</context>
<context>
    <name>Satchel::AddressPolicy</name>
    <message>
        <source>The host %1 has no address.</source>
        <translation>El host %1 no tiene ninguna dirección.</translation>
    </message>
    <message>
        <source>Refused to contact %1: its address %2 is link-local, multicast, unspecified or this machine, which credentials may not make Satchel reach.</source>
        <translation>Se rechazó contactar con %1: su dirección %2 es de enlace local, de multidifusión, no especificada o de este equipo, y las credenciales no pueden hacer que Satchel acceda a ella.</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>No se pudo resolver %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::AesGcm</name>
    <message>
        <source>The encryption library failed.</source>
        <translation>Error en la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>An AES-256 key must be 32 bytes.</source>
        <translation>Una clave AES-256 debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Los datos son demasiado grandes para cifrarlos de una sola vez.</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>Los datos cifrados son demasiado cortos.</translation>
    </message>
    <message>
        <source>The data cannot be decrypted: the passphrase is wrong or the data was changed.</source>
        <translation>No se pueden descifrar los datos: la frase de contraseña es incorrecta o los datos se modificaron.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveReader</name>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>No se puede leer el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo comprimido %1: %2</translation>
    </message>
    <message>
        <source>The archive directory is corrupt.</source>
        <translation>El directorio del archivo comprimido está dañado.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>El archivo comprimido tiene más de %1 entradas.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún archivo comprimido abierto.</translation>
    </message>
    <message>
        <source>The archive entry "%1" points outside the archive and was skipped.</source>
        <translation>La entrada "%1" del archivo comprimido apunta fuera de él y se omitió.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is a folder.</source>
        <translation>La entrada "%1" del archivo comprimido es una carpeta.</translation>
    </message>
    <message>
        <source>The archive entry "%1" is larger than %2 bytes.</source>
        <translation>La entrada "%1" del archivo comprimido ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The archive entry "%1" expands suspiciously (a zip bomb?).</source>
        <translation>La entrada "%1" del archivo comprimido se descomprime de forma sospechosa (¿una bomba zip?).</translation>
    </message>
    <message>
        <source>The archive entry "%1" cannot be read: %2</source>
        <translation>No se puede leer la entrada "%1" del archivo comprimido: %2</translation>
    </message>
    <message>
        <source>The archive entry "%1" is corrupt: %2</source>
        <translation>La entrada "%1" del archivo comprimido está dañada: %2</translation>
    </message>
    <message>
        <source>The archive expands to more than %1 bytes.</source>
        <translation>El archivo comprimido se descomprime en más de %1 bytes.</translation>
    </message>
</context>
<context>
    <name>Satchel::ArchiveWriter</name>
    <message>
        <source>Could not build the archive: %1</source>
        <translation>No se pudo crear el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>"%1" is not a safe name inside an archive.</source>
        <translation>"%1" no es un nombre seguro dentro de un archivo comprimido.</translation>
    </message>
    <message>
        <source>The archive already has an entry "%1".</source>
        <translation>El archivo comprimido ya tiene una entrada "%1".</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>lectura incompleta</translation>
    </message>
</context>
<context>
    <name>Satchel::AssociationText</name>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 forma parte de %2</translation>
    </message>
    <message>
        <source>%1 is the same achievement as %2</source>
        <translation>%1 es el mismo logro que %2</translation>
    </message>
    <message>
        <source>%1 is on a par with %2</source>
        <translation>%1 está al mismo nivel que %2</translation>
    </message>
    <message>
        <source>%1 is related to %2</source>
        <translation>%1 guarda relación con %2</translation>
    </message>
    <message>
        <source>%1 comes before %2</source>
        <translation>%1 precede a %2</translation>
    </message>
    <message>
        <source>%1 is replaced by %2</source>
        <translation>%2 sustituye a %1</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupActions</name>
    <message>
        <source>Satchel backups (*.satchel-backup)</source>
        <translation>Copias de seguridad de Satchel (*.satchel-backup)</translation>
    </message>
    <message>
        <source>Back up wallet</source>
        <translation>Crear copia de seguridad de la cartera</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up the wallet…</source>
        <translation>Creando la copia de seguridad de la cartera…</translation>
    </message>
    <message>
        <source>Restoring from the backup…</source>
        <translation>Restaurando desde la copia de seguridad…</translation>
    </message>
    <message>
        <source>The wallet is backed up to %1.</source>
        <translation>Copia de seguridad de la cartera guardada en %1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it and try again (if it is right, the file is damaged).</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Compruébela e inténtelo de nuevo (si es correcta, el archivo está dañado).</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) restored.</source>
        <translation>
            <numerusform>%n credencial restaurada.</numerusform>
            <numerusform>%n credenciales restauradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were already in the wallet and were kept as they were.</source>
        <translation>
            <numerusform>%n credencial ya estaba en la cartera y se mantuvo tal cual.</numerusform>
            <numerusform>%n credenciales ya estaban en la cartera y se mantuvieron tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) were in the wallet with other content: both copies are kept, and the one that verifies is shown.</source>
        <translation>
            <numerusform>%n credencial estaba en la cartera con otro contenido: se conservan ambas copias y se muestra la que se verifica.</numerusform>
            <numerusform>%n credenciales estaban en la cartera con otro contenido: se conservan ambas copias y se muestra la que se verifica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s) restored.</source>
        <translation>
            <numerusform>%n itinerario restaurado.</numerusform>
            <numerusform>%n itinerarios restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) restored.</source>
        <translation>
            <numerusform>%n colección restaurada.</numerusform>
            <numerusform>%n colecciones restauradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::BackupHeader</name>
    <message>
        <source>This file is not a Satchel backup.</source>
        <translation>Este archivo no es una copia de seguridad de Satchel.</translation>
    </message>
    <message>
        <source>The backup file is incomplete (truncated).</source>
        <translation>El archivo de copia de seguridad está incompleto (truncado).</translation>
    </message>
    <message>
        <source>This backup uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Esta copia de seguridad usa la versión de formato %1, que esta versión de Satchel no puede leer.</translation>
    </message>
    <message>
        <source>The backup's header asks for settings Satchel does not accept; the file is damaged or was not made by Satchel.</source>
        <translation>El encabezado de la copia de seguridad pide parámetros que Satchel no acepta; el archivo está dañado o no lo creó Satchel.</translation>
    </message>
    <message>
        <source>The backup file has extra bytes at its end; it is damaged.</source>
        <translation>El archivo de copia de seguridad tiene bytes de más al final; está dañado.</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupReader</name>
    <message>
        <source>The backup cannot be opened: wrong passphrase or damaged file.</source>
        <translation>No se puede abrir la copia de seguridad: frase de contraseña incorrecta o archivo dañado.</translation>
    </message>
    <message>
        <source>Could not unpack the backup into a temporary folder: %1</source>
        <translation>No se pudo descomprimir la copia de seguridad en una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::BackupWriter</name>
    <message>
        <source>There is no wallet at %1.</source>
        <translation>No hay ninguna cartera en %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>No se pudo crear una carpeta temporal.</translation>
    </message>
    <message>
        <source>Could not take a snapshot of the wallet: %1</source>
        <translation>No se pudo tomar una instantánea de la cartera: %1</translation>
    </message>
    <message>
        <source>Could not open the wallet snapshot: %1</source>
        <translation>No se pudo abrir la instantánea de la cartera: %1</translation>
    </message>
    <message>
        <source>Could not read the wallet snapshot: %1</source>
        <translation>No se pudo leer la instantánea de la cartera: %1</translation>
    </message>
    <message>
        <source>The wallet is too large to back up into one file.</source>
        <translation>La cartera es demasiado grande para guardar su copia de seguridad en un solo archivo.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
</context>
<context>
    <name>Satchel::BadgrPathwayImporter</name>
    <message>
        <source>The pathway has too many elements</source>
        <translation>El itinerario tiene demasiados elementos</translation>
    </message>
    <message>
        <source>%1: elements are nested deeper than %2 levels</source>
        <translation>%1: los elementos están anidados en más de %2 niveles</translation>
    </message>
    <message>
        <source>%1: no element has the id "%2"</source>
        <translation>%1: ningún elemento tiene el identificador "%2"</translation>
    </message>
    <message>
        <source>%1: an element must be an object or an id</source>
        <translation>%1: un elemento debe ser un objeto o un identificador</translation>
    </message>
    <message>
        <source>%1: the element "%2" contains itself (a cycle)</source>
        <translation>%1: el elemento "%2" se contiene a sí mismo (un ciclo)</translation>
    </message>
    <message>
        <source>%1: a required badge has no id</source>
        <translation>%1: una insignia requerida no tiene identificador</translation>
    </message>
    <message>
        <source>%1: the element "%2" requires nothing</source>
        <translation>%1: el elemento "%2" no requiere nada</translation>
    </message>
    <message>
        <source>This is not a Badgr/Canvas pathway</source>
        <translation>Esto no es un itinerario de Badgr/Canvas</translation>
    </message>
    <message>
        <source>The pathway has no root element</source>
        <translation>El itinerario no tiene elemento raíz</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedExporter</name>
    <message>
        <source>A baked badge is a .png or .svg file: %1</source>
        <translation>Una insignia integrada es un archivo .png o .svg: %1</translation>
    </message>
    <message>
        <source>The credential has no stored text to bake.</source>
        <translation>La credencial no tiene texto guardado para integrar en la imagen.</translation>
    </message>
    <message>
        <source>The credential's format is unknown.</source>
        <translation>El formato de la credencial es desconocido.</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
</context>
<context>
    <name>Satchel::BakedImageReader</name>
    <message>
        <source>Could not start decompression.</source>
        <translation>No se pudo iniciar la descompresión.</translation>
    </message>
    <message>
        <source>The compressed badge data is corrupt.</source>
        <translation>Los datos comprimidos de la insignia están dañados.</translation>
    </message>
    <message>
        <source>The compressed badge data expands beyond %1 bytes.</source>
        <translation>Los datos comprimidos de la insignia superan los %1 bytes al descomprimirse.</translation>
    </message>
    <message>
        <source>The compressed badge data is truncated.</source>
        <translation>Los datos comprimidos de la insignia están truncados.</translation>
    </message>
    <message>
        <source>The badge chunk uses an unknown compression method.</source>
        <translation>El bloque de la insignia usa un método de compresión desconocido.</translation>
    </message>
    <message>
        <source>The badge chunk is truncated.</source>
        <translation>El bloque de la insignia está truncado.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>El archivo no es una imagen PNG.</translation>
    </message>
    <message>
        <source>The PNG image has more than %1 chunks.</source>
        <translation>La imagen PNG tiene más de %1 bloques.</translation>
    </message>
    <message>
        <source>The PNG chunk "%1" fails its CRC check: the image is damaged or was altered after baking.</source>
        <translation>El bloque PNG "%1" no supera la comprobación CRC: la imagen está dañada o se alteró después de integrar la insignia.</translation>
    </message>
    <message>
        <source>The PNG image holds more than one Open Badges chunk, so which badge it carries is ambiguous; it was refused.</source>
        <translation>La imagen PNG contiene más de un bloque de Open Badges, por lo que no está claro qué insignia lleva; se rechazó.</translation>
    </message>
    <message>
        <source>The image holds no Open Badges data.</source>
        <translation>La imagen no contiene datos de Open Badges.</translation>
    </message>
    <message>
        <source>The SVG image declares entities or an internal DTD subset, which is not allowed.</source>
        <translation>La imagen SVG declara entidades o un subconjunto DTD interno, lo que no está permitido.</translation>
    </message>
    <message>
        <source>The SVG image contains entity references, which are not allowed.</source>
        <translation>La imagen SVG contiene referencias a entidades, lo que no está permitido.</translation>
    </message>
    <message>
        <source>The SVG image holds more than one Open Badges element, so which badge it carries is ambiguous; it was refused.</source>
        <translation>La imagen SVG contiene más de un elemento de Open Badges, por lo que no está claro qué insignia lleva; se rechazó.</translation>
    </message>
    <message>
        <source>The SVG badge element is empty.</source>
        <translation>El elemento de insignia del SVG está vacío.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>La imagen SVG no es XML bien formado: %1 (línea %2).</translation>
    </message>
</context>
<context>
    <name>Satchel::Baker</name>
    <message>
        <source>Unknown baking keyword %1.</source>
        <translation>Palabra clave de integración desconocida: %1.</translation>
    </message>
    <message>
        <source>The image is not a PNG file.</source>
        <translation>La imagen no es un archivo PNG.</translation>
    </message>
    <message>
        <source>The PNG image has no IEND chunk.</source>
        <translation>La imagen PNG no tiene bloque IEND.</translation>
    </message>
    <message>
        <source>SVG images that declare entities are not supported.</source>
        <translation>No se admiten imágenes SVG que declaren entidades.</translation>
    </message>
    <message>
        <source>The image is not an SVG document.</source>
        <translation>La imagen no es un documento SVG.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>La imagen SVG no es XML bien formado: %1 (línea %2).</translation>
    </message>
    <message>
        <source>The SVG image has no content element to bake into.</source>
        <translation>La imagen SVG no tiene ningún elemento de contenido en el que integrar la insignia.</translation>
    </message>
    <message>
        <source>The SVG image declares the openbadges prefix in an unexpected way.</source>
        <translation>La imagen SVG declara el prefijo openbadges de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base58</name>
    <message>
        <source>The base58 text is too long.</source>
        <translation>El texto base58 es demasiado largo.</translation>
    </message>
    <message>
        <source>Invalid character in base58 text.</source>
        <translation>Carácter no válido en el texto base58.</translation>
    </message>
</context>
<context>
    <name>Satchel::Base64Url</name>
    <message>
        <source>Invalid padding in base64url text.</source>
        <translation>Relleno no válido en el texto base64url.</translation>
    </message>
    <message>
        <source>Invalid length for base64url text.</source>
        <translation>Longitud no válida para un texto base64url.</translation>
    </message>
    <message>
        <source>Invalid character in base64url text.</source>
        <translation>Carácter no válido en el texto base64url.</translation>
    </message>
    <message>
        <source>Non-canonical base64url text (trailing bits set).</source>
        <translation>Texto base64url no canónico (bits finales activados).</translation>
    </message>
</context>
<context>
    <name>Satchel::BundledContextLoader</name>
    <message>
        <source>The JSON-LD context %1 is not bundled with Satchel; it is never fetched.</source>
        <translation>El contexto JSON-LD %1 no se incluye con Satchel; nunca se descarga.</translation>
    </message>
    <message>
        <source>Cannot read the bundled context %1.</source>
        <translation>No se puede leer el contexto incluido %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::BusyPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>Satchel::CborReader</name>
    <message numerus="yes">
        <source>The CBOR value is followed by %n extra byte(s).</source>
        <translation>
            <numerusform>El valor CBOR va seguido de %n byte adicional.</numerusform>
            <numerusform>El valor CBOR va seguido de %n bytes adicionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indefinite or reserved CBOR lengths are not supported.</source>
        <translation>No se admiten longitudes CBOR indefinidas o reservadas.</translation>
    </message>
    <message>
        <source>The CBOR value is truncated.</source>
        <translation>El valor CBOR está truncado.</translation>
    </message>
    <message>
        <source>The CBOR value is nested too deeply.</source>
        <translation>El valor CBOR está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The CBOR value has too many items.</source>
        <translation>El valor CBOR tiene demasiados elementos.</translation>
    </message>
    <message>
        <source>CBOR floats and simple values are not supported.</source>
        <translation>No se admiten números de coma flotante ni valores simples de CBOR.</translation>
    </message>
    <message>
        <source>Unsupported CBOR item.</source>
        <translation>Elemento CBOR no admitido.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchDialog</name>
    <message>
        <source>Export certificates</source>
        <translation>Exportar certificados</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>One PDF per credential</source>
        <translation>Un PDF por credencial</translation>
    </message>
    <message>
        <source>One transcript of them all</source>
        <translation>Un solo expediente con todas</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Crear:</translation>
    </message>
    <message>
        <source>e.g. Data Analytics pathway</source>
        <translation>p. ej., itinerario de Análisis de datos</translation>
    </message>
    <message>
        <source>Transcript &amp;title:</source>
        <translation>&amp;Título del expediente:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message numerus="yes">
        <source>One transcript listing %n credential(s), each attached to the PDF.</source>
        <translation>
            <numerusform>Un expediente que enumera %n credencial, adjunta al PDF.</numerusform>
            <numerusform>Un expediente que enumera %n credenciales, cada una adjunta al PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be written, one PDF file per credential.</source>
        <translation>
            <numerusform>Se escribirá %n certificado, un archivo PDF por credencial.</numerusform>
            <numerusform>Se escribirán %n certificados, un archivo PDF por credencial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificates to</source>
        <translation>Exportar los certificados a</translation>
    </message>
    <message>
        <source>Choose a folder that can be written to.</source>
        <translation>Elija una carpeta en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelado tras %n archivo.</numerusform>
            <numerusform>Cancelado tras %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n archivo PDF escrito en %1.</numerusform>
            <numerusform>%n archivos PDF escritos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n no se pudo escribir:</numerusform>
            <numerusform>%n no se pudieron escribir:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateBatchExporter</name>
    <message>
        <source>Credential %1: %2</source>
        <translation>Credencial %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateChain</name>
    <message>
        <source>A certificate chain must hold between 1 and %1 certificates.</source>
        <translation>Una cadena de certificados debe tener entre 1 y %1 certificados.</translation>
    </message>
    <message>
        <source>A certificate in the chain cannot be read.</source>
        <translation>No se puede leer un certificado de la cadena.</translation>
    </message>
    <message>
        <source>The trusted certificates could not be read.</source>
        <translation>No se pudieron leer los certificados de confianza.</translation>
    </message>
    <message>
        <source>The certificates could not be checked.</source>
        <translation>No se pudieron comprobar los certificados.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>No se puede leer la clave pública del certificado.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateOptionsForm</name>
    <message>
        <source>Classic</source>
        <translation>Clásico</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Moderno</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>Used when a credential does not name you</source>
        <translation>Se usa cuando una credencial no indica su nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificatePreviewDialog</name>
    <message>
        <source>Print certificate</source>
        <translation>Imprimir certificado</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation>Preparando el certificado…</translation>
    </message>
    <message>
        <source>The credential does not name you: type your name under Your name to print it on the certificate.</source>
        <translation>La credencial no indica su nombre: escríbalo en "Su nombre" para imprimirlo en el certificado.</translation>
    </message>
    <message>
        <source>The certificate could not be made: %1</source>
        <translation>No se pudo crear el certificado: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Vista previa del certificado</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateRenderer</name>
    <message>
        <source>Printing the certificate took too long.</source>
        <translation>La impresión del certificado tardó demasiado.</translation>
    </message>
    <message>
        <source>A certificate is already being printed.</source>
        <translation>Ya se está imprimiendo un certificado.</translation>
    </message>
    <message>
        <source>The certificate page is too large to print.</source>
        <translation>La página del certificado es demasiado grande para imprimirla.</translation>
    </message>
    <message>
        <source>The certificate page could not be laid out.</source>
        <translation>No se pudo maquetar la página del certificado.</translation>
    </message>
    <message>
        <source>QtWebEngine could not print the certificate.</source>
        <translation>QtWebEngine no pudo imprimir el certificado.</translation>
    </message>
    <message>
        <source>Printing certificates needs a graphical application object.</source>
        <translation>Para imprimir certificados se necesita un objeto de aplicación gráfica.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateWriter</name>
    <message>
        <source>Not verified by the wallet when printed on %1</source>
        <translation>No verificada por la cartera al imprimirse el %1</translation>
    </message>
    <message>
        <source>Valid, but not issued to the holder of this wallet (checked on %1, printed on %2)</source>
        <translation>Válida, pero no emitida al titular de esta cartera (comprobada el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Verified as valid on %1 (printed on %2)</source>
        <translation>Verificada como válida el %1 (impresa el %2)</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1, printed on %2)</source>
        <translation>Revocada por el emisor (comprobada el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Expired (checked on %1, printed on %2)</source>
        <translation>Caducada (comprobada el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1, printed on %2)</source>
        <translation>Verificación fallida (comprobada el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1, printed on %2)</source>
        <translation>Aún no válida (comprobada el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1, printed on %2)</source>
        <translation>No se pudo comprobar por completo (el %1, impresa el %2)</translation>
    </message>
    <message>
        <source>Unknown certificate design: %1 (use classic, modern or compact)</source>
        <translation>Diseño de certificado desconocido: %1 (use classic, modern o compact)</translation>
    </message>
    <message>
        <source>Unknown paper size: %1 (use a4 or letter)</source>
        <translation>Tamaño de papel desconocido: %1 (use a4 o letter)</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2</source>
        <translation>Certificado para %1, emitido por %2</translation>
    </message>
    <message>
        <source>The original credential, to verify this certificate</source>
        <translation>La credencial original, para verificar este certificado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>trust symbol, trust line</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The certificate template %1 is missing.</source>
        <translation>Falta la plantilla de certificado %1.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta el %1</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <translation>%1 créditos obtenidos</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Certificate of Achievement</source>
        <translation>Certificado de logro</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>The holder of this credential</source>
        <translation>El titular de esta credencial</translation>
    </message>
    <message>
        <source>has earned</source>
        <translation>ha obtenido</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Logro sin título</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>an issuer whose profile the wallet has not fetched</source>
        <translation>un emisor cuyo perfil la cartera no ha obtenido</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>Scan for the credential id; the original credential is attached to this PDF.</source>
        <translation>Escanee para obtener el identificador de la credencial; la credencial original va adjunta a este PDF.</translation>
    </message>
    <message>
        <source>Scan to verify online; the original credential is attached to this PDF.</source>
        <translation>Escanee para verificar en línea; la credencial original va adjunta a este PDF.</translation>
    </message>
</context>
<context>
    <name>Satchel::CheckText</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Proof method</source>
        <translation>Método de prueba</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algoritmo de firma</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Issuer's key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <source>Key owner</source>
        <translation>Propietario de la clave</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Declaraciones del token</translation>
    </message>
    <message>
        <source>Signed fields</source>
        <translation>Campos firmados</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Lista de revocación</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>Fin de la validez</translation>
    </message>
    <message>
        <source>Start of validity</source>
        <translation>Inicio de la validez</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issuer's copy</source>
        <translation>Copia del emisor</translation>
    </message>
    <message>
        <source>Included credentials</source>
        <translation>Credenciales incluidas</translation>
    </message>
    <message>
        <source>Readable: it holds what its standard requires.</source>
        <translation>Legible: contiene lo que exige su estándar.</translation>
    </message>
    <message>
        <source>Cannot be read as its standard requires.</source>
        <translation>No se puede leer como exige su estándar.</translation>
    </message>
    <message>
        <source>Follows the published schema of its standard.</source>
        <translation>Sigue el esquema publicado de su estándar.</translation>
    </message>
    <message>
        <source>Departs from the published schema of its standard (this alone does not make it invalid).</source>
        <translation>Se aparta del esquema publicado de su estándar (esto por sí solo no la invalida).</translation>
    </message>
    <message>
        <source>Names no schema to compare it with.</source>
        <translation>No indica ningún esquema con el que compararla.</translation>
    </message>
    <message>
        <source>Carries a proof that anyone can check.</source>
        <translation>Lleva una prueba que cualquiera puede comprobar.</translation>
    </message>
    <message>
        <source>Carries no proof: nothing shows that the issuer made it.</source>
        <translation>No lleva ninguna prueba: nada demuestra que la creara el emisor.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel can check.</source>
        <translation>Firmada con un método que Satchel puede comprobar.</translation>
    </message>
    <message>
        <source>Signed with a method Satchel cannot check, so it cannot be confirmed.</source>
        <translation>Firmada con un método que Satchel no puede comprobar, así que no se puede confirmar.</translation>
    </message>
    <message>
        <source>Signed with a safe algorithm.</source>
        <translation>Firmada con un algoritmo seguro.</translation>
    </message>
    <message>
        <source>Not signed: it declares the algorithm "none".</source>
        <translation>Sin firmar: declara el algoritmo "none".</translation>
    </message>
    <message>
        <source>Unchanged since the issuer signed it: the signature matches.</source>
        <translation>Sin cambios desde que el emisor la firmó: la firma coincide.</translation>
    </message>
    <message>
        <source>Changed since the issuer signed it: the signature does not match.</source>
        <translation>Modificada desde que el emisor la firmó: la firma no coincide.</translation>
    </message>
    <message>
        <source>Not known whether it changed since the issuer signed it: the signature could not be checked.</source>
        <translation>No se sabe si ha cambiado desde que el emisor la firmó: no se pudo comprobar la firma.</translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>La clave del emisor se encontró donde el emisor la publica.</translation>
    </message>
    <message>
        <source>The key meant to check the signature cannot be used.</source>
        <translation>La clave con la que debe comprobarse la firma no se puede usar.</translation>
    </message>
    <message>
        <source>The signing key came with the credential itself; the issuer has not confirmed it.</source>
        <translation>La clave de firma venía con la propia credencial; el emisor no la ha confirmado.</translation>
    </message>
    <message>
        <source>The issuer's key could not be fetched, so the signature was not checked.</source>
        <translation>No se pudo obtener la clave del emisor, así que no se comprobó la firma.</translation>
    </message>
    <message>
        <source>Signed with a key that belongs to the issuer named in it.</source>
        <translation>Firmada con una clave que pertenece al emisor que figura en ella.</translation>
    </message>
    <message>
        <source>Signed with a key that does not belong to the issuer named in it.</source>
        <translation>Firmada con una clave que no pertenece al emisor que figura en ella.</translation>
    </message>
    <message>
        <source>Not confirmed that the signing key belongs to the issuer.</source>
        <translation>No se ha confirmado que la clave de firma pertenezca al emisor.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it agree.</source>
        <translation>El token firmado y la credencial que contiene coinciden.</translation>
    </message>
    <message>
        <source>The signed token and the credential inside it disagree.</source>
        <translation>El token firmado y la credencial que contiene no coinciden.</translation>
    </message>
    <message>
        <source>Every field is covered by the signature.</source>
        <translation>La firma cubre todos los campos.</translation>
    </message>
    <message>
        <source>Holds fields the signature does not cover.</source>
        <translation>Contiene campos que la firma no cubre.</translation>
    </message>
    <message>
        <source>The issuer's status list shows it still in force.</source>
        <translation>La lista de estados del emisor la muestra aún en vigor.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn it.</source>
        <translation>Revocada: el emisor la ha retirado.</translation>
    </message>
    <message>
        <source>Its status entry does not affect whether it is valid.</source>
        <translation>Su entrada de estado no afecta a su validez.</translation>
    </message>
    <message>
        <source>The issuer's revocation list could not be read; it was not counted against the credential.</source>
        <translation>No se pudo leer la lista de revocación del emisor; no se tuvo en cuenta en contra de la credencial.</translation>
    </message>
    <message>
        <source>Not known whether the issuer has revoked it: the revocation list could not be read.</source>
        <translation>No se sabe si el emisor la ha revocado: no se pudo leer la lista de revocación.</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>Dentro de su período de validez.</translation>
    </message>
    <message>
        <source>Expired: its validity period has ended.</source>
        <translation>Caducada: su período de validez ha terminado.</translation>
    </message>
    <message>
        <source>Its validity period has begun.</source>
        <translation>Su período de validez ha comenzado.</translation>
    </message>
    <message>
        <source>Not valid yet: its validity period has not begun.</source>
        <translation>Aún no válida: su período de validez no ha comenzado.</translation>
    </message>
    <message>
        <source>It names one of your identities.</source>
        <translation>Indica una de sus identidades.</translation>
    </message>
    <message>
        <source>Not to you: it names none of your identities, so it was issued to someone else.</source>
        <translation>No es para usted: no indica ninguna de sus identidades, así que se emitió a otra persona.</translation>
    </message>
    <message>
        <source>Not compared with your identities.</source>
        <translation>No se ha comparado con sus identidades.</translation>
    </message>
    <message>
        <source>Matches the copy on the issuer's site.</source>
        <translation>Coincide con la copia del sitio del emisor.</translation>
    </message>
    <message>
        <source>Differs from the copy on the issuer's site.</source>
        <translation>Difiere de la copia del sitio del emisor.</translation>
    </message>
    <message>
        <source>Not compared with the issuer's copy: the issuer's site could not be reached.</source>
        <translation>No se ha comparado con la copia del emisor: no se pudo acceder al sitio del emisor.</translation>
    </message>
    <message>
        <source>Every credential inside this record checks out.</source>
        <translation>Todas las credenciales de este registro son correctas.</translation>
    </message>
    <message>
        <source>A credential inside this record is not valid.</source>
        <translation>Una credencial de este registro no es válida.</translation>
    </message>
    <message>
        <source>A credential inside this record has lapsed.</source>
        <translation>Una credencial de este registro ha perdido su vigencia.</translation>
    </message>
    <message>
        <source>Not every credential inside this record could be checked.</source>
        <translation>No se pudieron comprobar todas las credenciales de este registro.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Superada.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>No superada.</translation>
    </message>
    <message>
        <source>Passed with a warning.</source>
        <translation>Superada con una advertencia.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>No necesaria.</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>No se pudo comprobar.</translation>
    </message>
    <message>
        <source>Try again later with Verify now, once you are online or the issuer's site is back.</source>
        <translation>Vuelva a intentarlo más tarde con Verificar ahora, cuando tenga conexión o el sitio del emisor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>If it is yours under another address, add that address in Settings and verify again.</source>
        <translation>Si es suya con otra dirección, añada esa dirección en Ajustes y vuelva a verificarla.</translation>
    </message>
    <message>
        <source>Ask the issuer why if you think this is a mistake.</source>
        <translation>Si cree que es un error, pregunte al emisor el motivo.</translation>
    </message>
    <message>
        <source>Ask the issuer whether it can be renewed.</source>
        <translation>Pregunte al emisor si se puede renovar.</translation>
    </message>
    <message>
        <source>Ask the issuer for a new copy and import it again.</source>
        <translation>Pida una copia nueva al emisor y vuelva a importarla.</translation>
    </message>
    <message>
        <source>Every claim it discloses is one the issuer signed.</source>
        <translation>Todos los datos que revela los firmó el emisor.</translation>
    </message>
    <message>
        <source>Discloses a claim the issuer did not sign, or discloses one twice.</source>
        <translation>Revela un dato que el emisor no firmó o revela uno dos veces.</translation>
    </message>
    <message>
        <source>Presented by the holder of the key the issuer bound it to.</source>
        <translation>La presenta el titular de la clave a la que el emisor la vinculó.</translation>
    </message>
    <message>
        <source>The holder's proof does not match the key the issuer bound it to.</source>
        <translation>La prueba del titular no coincide con la clave a la que el emisor la vinculó.</translation>
    </message>
    <message>
        <source>Bound to its holder's key; a proof of holding it is made when it is presented.</source>
        <translation>Vinculada a la clave de su titular; la prueba de posesión de esa clave se genera al presentarla.</translation>
    </message>
    <message>
        <source>Names a revocation list of a kind Satchel cannot read yet; it was not checked.</source>
        <translation>Indica una lista de revocación de un tipo que Satchel aún no puede leer; no se comprobó.</translation>
    </message>
    <message>
        <source>Disclosed claims</source>
        <translation>Datos revelados</translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation>Vinculación con el titular</translation>
    </message>
    <message>
        <source>The issuer's status list cannot be used, so whether it was revoked cannot be told.</source>
        <translation>La lista de estados del emisor no se puede usar, así que no se sabe si se ha revocado.</translation>
    </message>
    <message>
        <source>The status list it names is not signed by its issuer.</source>
        <translation>La lista de estados que indica no está firmada por su emisor.</translation>
    </message>
    <message>
        <source>Its place in the issuer's status list is missing or outside the list.</source>
        <translation>Su posición en la lista de estados del emisor falta o está fuera de la lista.</translation>
    </message>
    <message>
        <source>The issuer's status list gives it a status Satchel does not know.</source>
        <translation>La lista de estados del emisor le da un estado que Satchel no conoce.</translation>
    </message>
    <message>
        <source>Place in the revocation list</source>
        <translation>Posición en la lista de revocación</translation>
    </message>
</context>
<context>
    <name>Satchel::ClearButtonName</name>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::BackupCommand</name>
    <message>
        <source>Back up the whole wallet to an encrypted file, or restore one.</source>
        <translation>Crear una copia de seguridad cifrada de toda la cartera o restaurar una.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase (AES-256-GCM, key from scrypt).
  backup create --out FILE [--passphrase-file F]   write the wallet to FILE
  backup restore FILE [--passphrase-file F]        restore FILE into the wallet; credentials
                                                   it already holds are reported as duplicates
The passphrase is read from the first line of --passphrase-file, or asked on the terminal
(twice when creating). It is never taken from the command line.</source>
        <translation>Las copias de seguridad se cifran con una frase de contraseña (AES-256-GCM, clave derivada con scrypt).
  backup create --out ARCHIVO [--passphrase-file F]   escribe la cartera en ARCHIVO
  backup restore ARCHIVO [--passphrase-file F]        restaura ARCHIVO en la cartera; las credenciales
                                                      que ya contiene se notifican como duplicadas
La frase de contraseña se lee de la primera línea de --passphrase-file o se pide en el terminal
(dos veces al crear). Nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>Usage: backup create --out FILE [--passphrase-file F] | backup restore FILE [--passphrase-file F]</source>
        <translation>Uso: backup create --out ARCHIVO [--passphrase-file F] | backup restore ARCHIVO [--passphrase-file F]</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Error en la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Error en la restauración: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported</source>
        <translation>
            <numerusform>%n credencial importada</numerusform>
            <numerusform>%n credenciales importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) already in the wallet, kept as they were</source>
        <translation>
            <numerusform>%n duplicado ya en la cartera, conservado tal cual</numerusform>
            <numerusform>%n duplicados ya en la cartera, conservados tal cual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) held with other content, both kept as versions</source>
        <translation>
            <numerusform>%n credencial guardada con otro contenido, ambas conservadas como versiones</numerusform>
            <numerusform>%n credenciales guardadas con otro contenido, ambas conservadas como versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CanonCommand</name>
    <message>
        <source>Print the canonical N-Quads (RDFC-1.0) of a JSON-LD or N-Quads file.</source>
        <translation>Mostrar los N-Quads canónicos (RDFC-1.0) de un archivo JSON-LD o N-Quads.</translation>
    </message>
    <message>
        <source>Canonicalizes FILE with RDFC-1.0 and prints the canonical N-Quads.
FILE is a JSON-LD document (only the contexts bundled with Satchel are used; nothing is
fetched) or an N-Quads file (.nq). JSON-LD safe mode is on: a document that uses undefined
terms or relative IRIs is an error (code data-loss), as Data Integrity requires.
  --hash    print the SHA-256 of the canonical N-Quads in hex instead
  --unsafe  drop undefined terms silently instead of failing (diagnostics only)
With --json: {file, sha256, quads, nquads} or {file, error: {code, message}}.</source>
        <translation>Canonicaliza ARCHIVO con RDFC-1.0 y muestra los N-Quads canónicos.
ARCHIVO es un documento JSON-LD (solo se usan los contextos incluidos con Satchel; no se descarga
nada) o un archivo N-Quads (.nq). El modo seguro de JSON-LD está activado: un documento que usa
términos no definidos o IRI relativos es un error (código data-loss), como exige Data Integrity.
  --hash    muestra en su lugar el SHA-256 de los N-Quads canónicos en hexadecimal
  --unsafe  descarta sin avisar los términos no definidos en lugar de fallar (solo diagnóstico)
Con --json: {file, sha256, quads, nquads} o {file, error: {code, message}}.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
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
        <translation>Uso: satchel-cli %1</translation>
    </message>
    <message>
        <source>Not a credential id: %1 (see 'list')</source>
        <translation>No es un identificador de credencial: %1 (véase 'list')</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CliContext</name>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation>No es una fecha y hora ISO 8601: %1</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>No hay ninguna credencial %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::CollectionCommand</name>
    <message>
        <source>Put a credential in a collection, take it out, list them.</source>
        <translation>Poner una credencial en una colección, sacarla o listarlas.</translation>
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
        <translation>Sus colecciones (ID tal como lo muestra 'list'), como en Etiquetas y colecciones de la ventana.
  collection add ID NOMBRE      pone la credencial en la colección NOMBRE, que se crea si no existe
                                (ponga entre comillas un nombre con espacios; como máximo %1 caracteres)
  collection remove ID NOMBRE   la saca (la colección se mantiene y la credencial sigue en la cartera)
  collection list [ID]          todas las colecciones con su tamaño, o las que contienen una credencial
Los nombres se comparan de forma exacta y, si no, sin distinguir mayúsculas de minúsculas.
Con --json: add y remove muestran {"id": ID, "collections": [...]} (sus colecciones después),
list una matriz de {id, name, count}.
Estado de salida: 0 hecho; 1 no existe la credencial o la colección, o la cartera lo rechazó; 2 error de uso.</translation>
    </message>
    <message>
        <source>Usage: collection add ID NAME | collection remove ID NAME | collection list [ID]</source>
        <translation>Uso: collection add ID NOMBRE | collection remove ID NOMBRE | collection list [ID]</translation>
    </message>
    <message>
        <source>Several collections are called %1: rename one in the window first.</source>
        <translation>Hay varias colecciones llamadas %1: cambie primero el nombre de una en la ventana.</translation>
    </message>
    <message>
        <source>There is no collection %1 (see 'collection list').</source>
        <translation>No hay ninguna colección %1 (véase 'collection list').</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credential(s))</source>
        <translation>
            <numerusform>%1 (%n credencial)</numerusform>
            <numerusform>%1 (%n credenciales)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ConsentPrompt</name>
    <message>
        <source>y</source>
        <comment>the one-letter yes of a [y/N] question</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the yes of a [y/N] question</comment>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ExportCommand</name>
    <message>
        <source>Share links, a verification page, the original file, a baked badge or a QR code.</source>
        <translation>Enlaces para compartir, una página de verificación, el archivo original, una insignia integrada o un código QR.</translation>
    </message>
    <message>
        <source>Unknown export: %1 (use links, page, raw, baked, qr or certificate)</source>
        <translation>Exportación desconocida: %1 (use links, page, raw, baked, qr o certificate)</translation>
    </message>
    <message>
        <source>export %1 needs --out FILE</source>
        <translation>export %1 necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>No se puede leer la credencial %1: %2</translation>
    </message>
    <message>
        <source>--scale needs a number from 1 to 64</source>
        <translation>--scale necesita un número del 1 al 64</translation>
    </message>
    <message>
        <source>export needs what to export and one credential id, e.g. 'export links 3'</source>
        <translation>export necesita qué exportar y un identificador de credencial, p. ej. 'export links 3'</translation>
    </message>
    <message>
        <source>export all needs --out FILE.zip</source>
        <translation>export all necesita --out ARCHIVO.zip</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) written to %1</source>
        <translation>
            <numerusform>%n credencial escrita en %1</numerusform>
            <numerusform>%n credenciales escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>%1 escrito (%2 bytes)</translation>
    </message>
    <message>
        <source>Cannot bake credential %1: %2</source>
        <translation>No se puede integrar la credencial %1 en la imagen: %2</translation>
    </message>
    <message>
        <source>No credential %1: %2</source>
        <translation>No hay ninguna credencial %1: %2</translation>
    </message>
    <message>
        <source>The wallet has no %1 image of this badge; a plain badge image was used.</source>
        <translation>La cartera no tiene ninguna imagen %1 de esta insignia; se usó una imagen de insignia genérica.</translation>
    </message>
    <message>
        <source>A QR code is a .png or .svg file: %1</source>
        <translation>Un código QR es un archivo .png o .svg: %1</translation>
    </message>
    <message>
        <source>The credential has neither a share link nor an id to put in a QR code.</source>
        <translation>La credencial no tiene enlace para compartir ni identificador que poner en un código QR.</translation>
    </message>
    <message>
        <source>There is no share link; the QR code holds the credential's id.</source>
        <translation>No hay enlace para compartir; el código QR contiene el identificador de la credencial.</translation>
    </message>
    <message>
        <source>The credential names no learner; use --name to print yours on the certificate.</source>
        <translation>La credencial no indica ningún estudiante; use --name para imprimir su nombre en el certificado.</translation>
    </message>
    <message>
        <source>PDF certificates need satchel-print-helper, which is not installed beside satchel-cli.</source>
        <translation>Los certificados PDF necesitan satchel-print-helper, que no está instalado junto a satchel-cli.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>No se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>The certificate could not be printed: %1</source>
        <translation>No se pudo imprimir el certificado: %1</translation>
    </message>
    <message>
        <source>Share link: %1</source>
        <translation>Enlace para compartir: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Sin usar: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>no disponible (%1)</translation>
    </message>
    <message>
        <source>LinkedIn certification fields (to copy by hand):</source>
        <translation>Campos de certificación de LinkedIn (para copiar a mano):</translation>
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
        <translation>Exporta una credencial (ID tal como lo muestra 'list'):
  export links ID [--json]             todos los enlaces para compartir (LinkedIn, X, Facebook, Mastodon,
                                       Bluesky, correo electrónico), los campos de LinkedIn y las advertencias
  export page ID [--out ARCHIVO.html]  la página de verificación autónoma, para alojarla en cualquier sitio
  export raw ID --out ARCHIVO          la credencial exactamente como se recibió ("-" para stdout)
  export baked ID --out ARCHIVO.png|.svg  la imagen de la insignia con la credencial integrada
  export qr ID --out ARCHIVO.png|.svg  un código QR del enlace para compartir
  export certificate ID --out ARCHIVO.pdf [--template classic|modern|compact]
         [--paper a4|letter] [--landscape] [--name NOMBRE]
                                       un certificado imprimible con la credencial adjunta
  export all --out ARCHIVO.zip         todas las credenciales como archivos simples: originals/ (tal como
                                       se recibieron) y badges/ (imágenes con la credencial integrada); los
                                       certificados se obtienen con Archivo → Exportar → Todo como zip de la interfaz gráfica
  export ics [ID...] --out ARCHIVO.ics las fechas de caducidad de las credenciales (todas las
                                       que tengan una si no se indica ningún ID) como eventos de calendario,
                                       con el enlace de renovación y una alarma al comenzar el plazo de aviso

El enlace para compartir es la dirección pública de la propia credencial; si no, su página de
verificador; si no, la dirección donde subirá la página de verificación. Opciones (se guardan
en la cartera con --save-settings):
  --verifier PLANTILLA  URL del verificador con {url} (archivo de credencial alojado) o {id},
                        p. ej. https://verifierplus.org/?url={url}
  --page-base URL       dónde sube las páginas y los archivos exportados
  --mastodon HOST       su servidor de Mastodon, p. ej. mastodon.social
  --linkedin-org ID     el identificador de organización de LinkedIn del emisor
Opciones de QR: --ec L|M|Q|H (M por defecto), --scale N píxeles por módulo (8 por defecto).

Estado de salida: 0 si todo va bien, 1 si no se pudo usar la credencial o un archivo, 2 si hay errores de uso.</translation>
    </message>
    <message>
        <source>export ics needs --out FILE.ics</source>
        <translation>export ics necesita --out ARCHIVO.ics</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::HolderIdentityActions</name>
    <message>
        <source>Usage: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Uso: identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F] | identity rename-key DID NOMBRE | identity retire-key DID</translation>
    </message>
    <message>
        <source>Unknown key type %1 (use ed25519 or p256)</source>
        <translation>Tipo de clave desconocido %1 (use ed25519 o p256)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sellada</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::IdentityCommand</name>
    <message>
        <source>Manage your identities (e-mail, URL, phone, DID).</source>
        <translation>Gestionar sus identidades (correo electrónico, URL, teléfono, DID).</translation>
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
        <translation>Sus identidades permiten a Satchel comprobar que una credencial se le emitió a usted.
  identity add [--type email|url|telephone|did] VALOR   (tipo deducido si se omite)
  identity list                                          (--json: [{type, value}], y sus claves
                                                          como {type: holder, did, label, keyType,
                                                          storage, default, createdAt})
  identity remove VALOR
Sus claves (identidades de titular) le vinculan las credenciales que le envían los emisores:
  identity add-key [--label L] [--key-type ed25519|p256] [--passphrase-file F]
                                   (se guarda en el llavero o, si no, sellada con la frase de contraseña)
  identity rename-key DID NOMBRE
  identity retire-key DID</translation>
    </message>
    <message>
        <source>Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE | identity add-key | identity rename-key DID LABEL | identity retire-key DID</source>
        <translation>Uso: identity add [--type TIPO] VALOR | identity list | identity remove VALOR | identity add-key | identity rename-key DID NOMBRE | identity retire-key DID</translation>
    </message>
    <message>
        <source>Unknown identity type %1 (use email, url, telephone or did)</source>
        <translation>Tipo de identidad desconocido %1 (use email, url, telephone o did)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ImportCommand</name>
    <message>
        <source>Import credentials from files, folders, .zip archives or URLs.</source>
        <translation>Importar credenciales desde archivos, carpetas, archivos .zip o URL.</translation>
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
        <translation>Importa en la cartera todas las credenciales encontradas en las entradas.
Una entrada es un archivo (.json, .jsonld, .jws, .jwt, .txt, .png o .svg con insignia integrada), una carpeta
(se recorre de forma recursiva), un archivo .zip, una URL http(s) o "-" para texto en stdin.
Muestra una línea por credencial: imported|duplicate|version|failed, la entrada y el
nombre de la credencial o el motivo del error. "version": la cartera ya contiene
esta credencial (mismo emisor e identificador) con otro contenido; se conservan ambas, y
`verify` muestra la que se verifica.

Opciones:
  --offline   no descarga nada; se informa de los documentos enlazados que no están en caché
  --json      muestra el informe como una matriz JSON

Estado de salida: 0 si todas las entradas se importaron o ya estaban, 1 si alguna falló.</translation>
    </message>
    <message>
        <source>import needs at least one input (file, folder, archive, URL or -)</source>
        <translation>import necesita al menos una entrada (archivo, carpeta, archivo comprimido, URL o -)</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>No se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>advertencia: %1: %2</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(nombre desconocido)</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (emitida por %2)</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ListCommand</name>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation>Listar las credenciales de la cartera.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.
With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring DAYS   only the credentials whose expiry date is within DAYS days of now
                    (--now when given), and those already expired, soonest first:
                    id, expiry date, "expiring" or "expired", name and issuer. With --json
                    each object also has validUntil and expiry ("expiring" or "expired").</source>
        <translation>Lista las credenciales de la cartera, de la más reciente a la más antigua: id, fecha de emisión, formato, nombre y emisor.
Con --json: una matriz de {id, name, issuer, issued, format, status, achievementType, tags}.

  --expiring DÍAS   solo las credenciales cuya fecha de caducidad esté a DÍAS días o menos de ahora
                    (o de la fecha de --now, si se indica) y las ya caducadas, primero las más próximas:
                    id, fecha de caducidad, "por caducar" o "caducada", nombre y emisor. Con --json
                    cada objeto tiene además validUntil y expiry ("expiring" o "expired").</translation>
    </message>
    <message>
        <source>--expiring needs a number of days from 0 to 36500</source>
        <translation>--expiring necesita un número de días del 0 al 36500</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>por caducar</translation>
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
        <translation>Uso: satchel-cli [--wallet RUTA] [--json] [--offline] [--now ISO] COMANDO [ARGUMENTOS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run 'satchel-cli COMMAND --help' for the options of one command.</source>
        <translation>Ejecute 'satchel-cli COMANDO --help' para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>Run 'satchel-cli %1 --help' for its options.</source>
        <translation>Ejecute 'satchel-cli %1 --help' para ver sus opciones.</translation>
    </message>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] %1</source>
        <translation>Uso: satchel-cli [--wallet RUTA] [--json] %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::OrganizeArguments</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file when the input is not a terminal.</source>
        <translation>No hay frase de contraseña: use --passphrase-file cuando la entrada no sea un terminal.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file.</source>
        <translation>No hay frase de contraseña: use --passphrase-file.</translation>
    </message>
    <message>
        <source>There is no keychain here: your new key will be sealed in the wallet under a passphrase.</source>
        <translation>Aquí no hay llavero: su nueva clave se sellará en la cartera con una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PathwaysCommand</name>
    <message>
        <source>Import stackable pathways and see progress on them.</source>
        <translation>Importar itinerarios acumulables y ver su progreso.</translation>
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
        <translation>pathways import ARCHIVO|URL... importa definiciones de itinerarios (archivos o direcciones http/https): el
                              formato de Satchel ("satchelPathway": 1), un itinerario de Badgr/Canvas o las
                              asociaciones de una credencial CLR 2.0
pathways import --credential ID   importa las asociaciones de un CLR guardado en la cartera
pathways list                 todos los itinerarios con su progreso
pathways show ID              el árbol de requisitos evaluado de un itinerario
pathways remove ID            elimina un itinerario (no las credenciales)
Con --json: list da [{id, name, percent, satisfied, missing, next}], show el árbol,
import [{file, ok, id, name, source, error}]. El progreso se evalúa en --now si se indica.</translation>
    </message>
    <message>
        <source>pathways import needs a file, a URL or --credential ID</source>
        <translation>pathways import necesita un archivo, una URL o --credential ID</translation>
    </message>
    <message>
        <source>pathways list takes no arguments</source>
        <translation>pathways list no admite argumentos</translation>
    </message>
    <message>
        <source>pathways %1 needs one pathway id</source>
        <translation>pathways %1 necesita un identificador de itinerario</translation>
    </message>
    <message>
        <source>Unknown pathways action: %1</source>
        <translation>Acción de pathways desconocida: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported pathway %1 (%2)</source>
        <translation>Itinerario %1 importado (%2)</translation>
    </message>
    <message>
        <source>Not a wallet credential id: %1</source>
        <translation>No es un identificador de credencial de la cartera: %1</translation>
    </message>
    <message>
        <source>Credential %1 is not a CLR</source>
        <translation>La credencial %1 no es un CLR</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>all of %1</source>
        <translation>todos los %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 de %2 créditos</translation>
    </message>
    <message>
        <source>counts: %1 [%2]</source>
        <translation>cuenta: %1 [%2]</translation>
    </message>
    <message>
        <source>does not count: %1 [%2]: %3</source>
        <translation>no cuenta: %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Removed pathway %1</source>
        <translation>Itinerario %1 eliminado</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::PresentCommand</name>
    <message>
        <source>Present credentials to a verifier that asks for them (OpenID4VP).</source>
        <translation>Presentar credenciales a un verificador que las solicite (OpenID4VP).</translation>
    </message>
    <message>
        <source>To receive it: satchel-cli receive URL</source>
        <translation>Para recibirla: satchel-cli receive URL</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmada por %1</translation>
    </message>
    <message>
        <source>signed with a certificate for %1</source>
        <translation>firmada con un certificado para %1</translation>
    </message>
    <message>
        <source>not signed: only the domain above vouches for it</source>
        <translation>sin firmar: solo la respalda el dominio anterior</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
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
        <translation>Verificador: %1</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(no se indica ningún nombre)</translation>
    </message>
    <message>
        <source>%1 (the name it gives itself)</source>
        <translation>%1 (el nombre que se da a sí mismo)</translation>
    </message>
    <message>
        <source>The answer goes to: %1</source>
        <translation>La respuesta va a: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>Solicita: %1</translation>
    </message>
    <message>
        <source>  Purpose: %1</source>
        <translation>  Finalidad: %1</translation>
    </message>
    <message>
        <source>  None of your credentials answers it.</source>
        <translation>  Ninguna de sus credenciales responde a esto.</translation>
    </message>
    <message>
        <source>  Matches: %1  %2 (%3)%4</source>
        <translation>  Coincide: %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>  Does not match: %1  %2 (%3): %4</source>
        <translation>  No coincide: %1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>You declined; the verifier was told.</source>
        <translation>Ha rechazado la solicitud; se informó al verificador.</translation>
    </message>
    <message>
        <source>You declined; the verifier could not be told (%1). Nothing was sent.</source>
        <translation>Ha rechazado la solicitud; no se pudo informar al verificador (%1). No se envió nada.</translation>
    </message>
    <message>
        <source>Credential %1 answers nothing this verifier asks for.</source>
        <translation>La credencial %1 no responde a nada de lo que solicita este verificador.</translation>
    </message>
    <message>
        <source>Several of your credentials answer this request: choose with --credential ID.</source>
        <translation>Varias de sus credenciales responden a esta solicitud: elija con --credential ID.</translation>
    </message>
    <message>
        <source>You have no credential that gives this verifier what it asks for (%1). Nothing was sent.</source>
        <translation>No tiene ninguna credencial que dé a este verificador lo que solicita (%1). No se envió nada.</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>You have no holder identity to sign the presentation with (see 'identity add-key'). Nothing was sent.</source>
        <translation>No tiene ninguna identidad de titular con la que firmar la presentación (véase 'identity add-key'). No se envió nada.</translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was sent.</source>
        <translation>%1 no es una de sus identidades. No se envió nada.</translation>
    </message>
    <message>
        <source>Will send: %1  %2 (%3)%4</source>
        <translation>Se enviará: %1  %2 (%3)%4</translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation>Firmado como: %1</translation>
    </message>
    <message>
        <source>Send? [y/N] </source>
        <translation>¿Enviar? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was sent: run again with --yes to present.</source>
        <translation>No se envió nada: vuelva a ejecutarlo con --yes para presentar.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Sent to %1: %2  %3</source>
        <translation>Enviado a %1: %2  %3</translation>
    </message>
    <message>
        <source>The verifier asks you to continue at %1 (not opened).</source>
        <translation>El verificador le pide que continúe en %1 (no se ha abierto).</translation>
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
      responde a la solicitud de un verificador: URL es un enlace openid4vp://, openid-vc://, haip-vp://
      o https que la contiene. Primero muestra quién la pide (el nombre que se da el verificador, el
      dominio que recibe la respuesta, si la solicitud está firmada y por quién), cada credencial
      solicitada y cuáles de las suyas coinciden, y luego pregunta s/N en un terminal; --yes responde sí.
      Se envían credenciales completas, salvo las SD-JWT VC: de ellas solo se revelan los datos que
      solicita el verificador (indicados debajo de cada una), con una prueba de posesión de su clave.
      --credential ID (repetible, id como los muestra 'list') elige qué enviar; cada una va a lo
      primero solicitado a lo que responde. Sin esta opción, si cada cosa solicitada tiene exactamente
      una credencial que coincide, se envían esas; si no, se listan las candidatas.
      --identity indica el DID de titular que firma (por defecto: la identidad a la que se emitieron
      las credenciales o, si no, su identidad predeterminada).
  present URL --dry-run [--json]
      solo muestra la solicitud y las coincidencias; no se envía nada.
  present URL --decline
      comunica al verificador que rechaza la solicitud; en ambos casos se anota en su historial de presentaciones.
Códigos de salida: 0 enviada (o rechazada, o mostrada con --dry-run), 1 error (no se envió nada, o el
verificador rechazó la respuesta), 2 uso o elección ambigua (se listan las candidatas),
3 sin confirmar (no se envió nada).</translation>
    </message>
    <message>
        <source>Whole credentials are shared, except SD-JWT VCs, which disclose only the claims listed under them.</source>
        <translation>Las credenciales se comparten completas, salvo las SD-JWT VC, que solo revelan los datos indicados debajo de ellas.</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReceiveCommand</name>
    <message>
        <source>Receive credentials from an issuer's offer link (OpenID4VCI or VC-API).</source>
        <translation>Recibir credenciales desde el enlace de oferta de un emisor (OpenID4VCI o VC-API).</translation>
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
        <translation>  receive URL [--tx-code CÓDIGO] [--identity DID] [--passphrase-file F] [--yes] [--json]
      recibe las credenciales que ofrece un emisor: URL es un enlace openid-credential-offer://,
      un enlace https que contiene credential_offer o credential_offer_uri, un enlace de interacción
      de VC-API (iuv=1) o un enlace de Learner Credential Wallet (dccrequest://, .../request?request=).
      Primero muestra lo que ocurrirá (emisor, dominio contactado, credenciales e identidad
      a la que se vincularán) y pregunta s/N en un terminal; --yes responde sí. --tx-code
      indica el PIN que el emisor envió por separado (se pide en un terminal si hace falta).
      --identity indica el DID de titular al que vincularlas (por defecto: su identidad predeterminada).
  receive --pending [--json]
      vuelve a solicitar a los emisores las credenciales que aún están preparando; la que un
      emisor ya no tiene se descarta (se lista como abandonada).
  receive --forget-pending ID
      deja de esperar una credencial pendiente (su id figura en receive --pending --json).
Códigos de salida: 0 recibida, 1 error (no se guardó nada), 2 uso, 3 sin confirmar (no se
solicitó nada más allá de la oferta), 4 el emisor la entregará más tarde (véase receive --pending).</translation>
    </message>
    <message>
        <source>Satchel no longer waits for pending credential %1.</source>
        <translation>Satchel ya no espera la credencial pendiente %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Contacted: %1 via %2</source>
        <translation>Contactado: %1 mediante %2</translation>
    </message>
    <message>
        <source>Credentials: whatever the exchange issues after you prove who you are</source>
        <translation>Credenciales: las que emita el intercambio después de que demuestre quién es</translation>
    </message>
    <message>
        <source>Credential: %1 (%2)</source>
        <translation>Credencial: %1 (%2)</translation>
    </message>
    <message>
        <source>Not requested: a credential in %1, which Satchel cannot store yet</source>
        <translation>No solicitada: una credencial en %1, que Satchel aún no puede guardar</translation>
    </message>
    <message>
        <source>Bound to: %1</source>
        <translation>Vinculada a: %1</translation>
    </message>
    <message>
        <source>The issuer asks for a PIN: %1</source>
        <translation>El emisor pide un PIN: %1</translation>
    </message>
    <message>
        <source>You will sign in at the issuer in your web browser.</source>
        <translation>Iniciará sesión en el sitio del emisor en su navegador web.</translation>
    </message>
    <message>
        <source>To answer it: satchel-cli present URL</source>
        <translation>Para responderla: satchel-cli present URL</translation>
    </message>
    <message>
        <source>%1 is not one of your identities. Nothing was requested.</source>
        <translation>%1 no es una de sus identidades. No se solicitó nada.</translation>
    </message>
    <message>
        <source>a new key of yours, made now</source>
        <translation>una clave nueva suya, creada ahora</translation>
    </message>
    <message>
        <source>Receive? [y/N] </source>
        <translation>¿Recibir? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was requested: run again with --yes to receive.</source>
        <translation>No se solicitó nada: vuelva a ejecutarlo con --yes para recibir.</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Sign in at the issuer in your browser: %1</source>
        <translation>Inicie sesión en el sitio del emisor en su navegador: %1</translation>
    </message>
    <message>
        <source>No credentials are pending.</source>
        <translation>No hay credenciales pendientes.</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4</source>
        <translation>%1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>Pending: %1 from %2 will be sent later; run `satchel-cli receive --pending` to ask again.</source>
        <translation>Pendiente: %1 de %2 se enviará más tarde; ejecute `satchel-cli receive --pending` para volver a solicitarla.</translation>
    </message>
    <message>
        <source>Abandoned: %1 from %2: %3</source>
        <translation>Abandonada: %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ReviewCommand</name>
    <message>
        <source>Export a review packet for an advisor, or review one.</source>
        <translation>Exportar un paquete de revisión para un orientador o revisar uno.</translation>
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
        <translation>  review create --out ARCHIVO [ID...] [--all] [--collection NOMBRE] [--pathway ID]
                [--learner NOMBRE] [--include-identities] [--encrypt | --passphrase-file F]
      escribe en ARCHIVO (.satchel-review) las credenciales elegidas (--all: todas), con sus bytes
      originales, sus imágenes y su última verificación,
      los itinerarios implicados y un resumen; con --encrypt o
      --passphrase-file se sella con una frase de contraseña. Identidades solo con --include-identities.
  review open ARCHIVO [--passphrase-file F] [--offline] [--json]
      vuelve a verificar cada credencial del paquete, la compara con los recibos del estudiante
      y muestra las credenciales, competencias, itinerarios y créditos. Sale con 0 solo si todas
      las credenciales son válidas.
  review open ARCHIVO.json [--challenge C] [--offline] [--json]
      lo mismo para un archivo de presentación firmada (satchel-cli share presentation): además
      comprueba que su titular la firmó, para el código C que usted le dio. Sale con 0 solo si todo es válido.
La frase de contraseña se lee de la primera línea de --passphrase-file o se pide en el terminal.
Nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>Usage: review create --out FILE [ID...|--all|--collection NAME|--pathway ID] [--passphrase-file F] | review open FILE [--passphrase-file F] [--json]</source>
        <translation>Uso: review create --out ARCHIVO [ID...|--all|--collection NOMBRE|--pathway ID] [--passphrase-file F] | review open ARCHIVO [--passphrase-file F] [--json]</translation>
    </message>
    <message>
        <source>Cannot make the review packet: %1</source>
        <translation>No se puede crear el paquete de revisión: %1</translation>
    </message>
    <message>
        <source>Review packet written to %1</source>
        <translation>Paquete de revisión escrito en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pathway(s)</source>
        <translation>
            <numerusform>%n itinerario</numerusform>
            <numerusform>%n itinerarios</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>El archivo es demasiado grande para ser una presentación.</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Presentación firmada por %1</translation>
    </message>
    <message>
        <source>Review packet of %1, made %2</source>
        <translation>Paquete de revisión de %1, creado el %2</translation>
    </message>
    <message>
        <source>(the learner's receipt says: %1)</source>
        <translation>(el recibo del estudiante indica: %1)</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Competencias: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pathway: %1  %2%</source>
        <translation>Itinerario: %1  %2 %</translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Total de créditos: %1</translation>
    </message>
    <message>
        <source>Cannot open the review packet: %1</source>
        <translation>No se puede abrir el paquete de revisión: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::SearchCommand</name>
    <message>
        <source>Search the wallet by name, description, issuer, tag or skill.</source>
        <translation>Buscar en la cartera por nombre, descripción, emisor, etiqueta o competencia.</translation>
    </message>
    <message>
        <source>Searches the wallet (names, descriptions, issuers, tags and skills) and prints the
matches as 'list' does; with --json the same array as 'list --json'.</source>
        <translation>Busca en la cartera (nombres, descripciones, emisores, etiquetas y competencias) y muestra los
resultados como 'list'; con --json, la misma matriz que 'list --json'.</translation>
    </message>
    <message>
        <source>search needs the text to look for</source>
        <translation>search necesita el texto que buscar</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShareCommand</name>
    <message>
        <source>Make a public link to a credential on a VerifierPlus server, list or stop links; or a signed presentation file.</source>
        <translation>Crear un enlace público a una credencial en un servidor VerifierPlus, listar o detener enlaces; o crear un archivo de presentación firmada.</translation>
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
      sube la credencial ID (como en `list`) en una presentación firmada con su clave a un
      servidor VerifierPlus (el de los ajustes de la cartera, por defecto %1) y muestra el enlace;
      con --json: {id, view, get, unshare}, URL absolutas. Sin --yes no se sube
      nada: indica qué se subiría y adónde.
  share list [--json]
      todos los enlaces creados, con su id LINK, credencial, servidor, fechas y estado
  share stop LINK [--passphrase-file F]
      retira el enlace con ese id LINK (la primera columna de `share list`, no el
      id de la credencial: una credencial puede tener varios enlaces)
  share server [URL | --default]
      muestra o establece el servidor VerifierPlus guardado en la cartera
  share presentation ID... --challenge C [--domain D] [--identity DID] -o ARCHIVO
      escribe una presentación de las credenciales ID... firmada por su identidad (--identity
      o, si no, la predeterminada) para alguien sin verificador: C es el código que le dieron,
      D el dominio si le dieron uno. Esa persona abre ARCHIVO con la revisión de Satchel o con cualquier verificador.
Su clave se crea la primera vez que se usa y se guarda en el llavero del sistema; donde no lo hay,
se sella en la cartera con una frase de contraseña, que se lee de la primera línea de
--passphrase-file o se pide en el terminal. Solo las credenciales Open Badges 3.0 y CLR 2.0
en formato JSON-LD se pueden compartir así.</translation>
    </message>
    <message numerus="yes">
        <source>This would upload the whole credential "%1" (%n byte(s)), with the name it gives you (%2), in a presentation signed with your key, to %3.</source>
        <translation>
            <numerusform>Esto subiría la credencial completa "%1" (%n byte), con el nombre que le da a usted (%2), en una presentación firmada con su clave, a %3.</numerusform>
            <numerusform>Esto subiría la credencial completa "%1" (%n bytes), con el nombre que le da a usted (%2), en una presentación firmada con su clave, a %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Anyone with the link can see it until you stop sharing. Run again with --yes to upload.</source>
        <translation>Cualquiera con el enlace podrá verla hasta que deje de compartirla. Vuelva a ejecutarlo con --yes para subirla.</translation>
    </message>
    <message>
        <source>Public link %1: %2</source>
        <translation>Enlace público %1: %2</translation>
    </message>
    <message>
        <source>share presentation takes credential ids (as in `list`), not "%1"</source>
        <translation>share presentation admite identificadores de credenciales (como en `list`), no "%1"</translation>
    </message>
    <message>
        <source>share presentation needs -o FILE</source>
        <translation>share presentation necesita -o ARCHIVO</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2.</source>
        <translation>
            <numerusform>%1 escrito: %n credencial firmada por %2.</numerusform>
            <numerusform>%1 escrito: %n credenciales firmadas por %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>detenido el %1</translation>
    </message>
    <message>
        <source>No public links yet.</source>
        <translation>Aún no hay enlaces públicos.</translation>
    </message>
    <message>
        <source>Stopped sharing %1</source>
        <translation>Se dejó de compartir %1</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::ShowCommand</name>
    <message>
        <source>Show every field of one credential.</source>
        <translation>Mostrar todos los campos de una credencial.</translation>
    </message>
    <message>
        <source>Shows one credential (ID as printed by 'list'): every field the issuer gave, the
wallet's data (tags, status, source) and the raw credential.
With --json: {"summary": {...}, "credential": {...parsed...}, "raw": {...},
"otherVersions": [...]} (other copies with the same issuer and id; `verify` shows the one
that verifies).</source>
        <translation>Muestra una credencial (ID tal como lo muestra 'list'): todos los campos que dio el emisor, los
datos de la cartera (etiquetas, estado, origen) y la credencial sin procesar.
Con --json: {"summary": {...}, "credential": {...analizada...}, "raw": {...},
"otherVersions": [...]} (otras copias con el mismo emisor e id; `verify` muestra la que
se verifica).</translation>
    </message>
    <message>
        <source>show needs one credential id (see 'list')</source>
        <translation>show necesita un identificador de credencial (véase 'list')</translation>
    </message>
    <message>
        <source>Cannot read credential %1: %2</source>
        <translation>No se puede leer la credencial %1: %2</translation>
    </message>
    <message>
        <source>Wallet id: %1</source>
        <translation>Identificador en la cartera: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadida: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Image: %1 (%2 bytes)</source>
        <translation>Imagen: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Other version: added %1 from %2, status %3</source>
        <translation>Otra versión: añadida el %1 desde %2, estado %3</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>Raw credential:</source>
        <translation>Credencial sin procesar:</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TagCommand</name>
    <message>
        <source>Tag a credential, untag it, list tags.</source>
        <translation>Etiquetar una credencial, quitarle etiquetas o listar las etiquetas.</translation>
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
        <translation>Sus propias etiquetas en una credencial (ID tal como lo muestra 'list'), como en Etiquetas y colecciones de la ventana.
  tag add ID ETIQUETA...      añade una o varias etiquetas (ponga entre comillas una etiqueta con espacios; como máximo %1 caracteres)
  tag remove ID ETIQUETA...   las quita
  tag list [ID]            todas las etiquetas de la cartera, o las de una credencial
Ponga -- delante de una etiqueta que empiece por dos guiones.
Con --json: add y remove muestran {"id": ID, "tags": [...]} (las etiquetas después), list una matriz.
Estado de salida: 0 hecho; 1 no existe la credencial, no tiene esa etiqueta o la cartera lo rechazó;
2 error de uso.</translation>
    </message>
    <message>
        <source>Usage: tag add ID TAG... | tag remove ID TAG... | tag list [ID]</source>
        <translation>Uso: tag add ID ETIQUETA... | tag remove ID ETIQUETA... | tag list [ID]</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::TrustCommand</name>
    <message>
        <source>Trust registries: list, refresh, add, switch; known issuers.</source>
        <translation>Registros de confianza: listar, actualizar, añadir, activar o desactivar; emisores conocidos.</translation>
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
        <translation>Los registros que indican quién respalda a un emisor ('issuerTrust' en verify --json).
  trust list              cada registro: id, activado/desactivado, formato, cuándo se obtuvo su copia
  trust refresh           vuelve a descargar los registros en uso (para cada emisor de la
                          cartera); un registro al que no se puede acceder conserva su copia
  trust add URL           un registro en formato DCC o un ancla de confianza de OpenID Federation
                          (una URL que termina en /.well-known/openid-federation)
  trust remove ID         olvida un registro añadido (los integrados se desactivan en su lugar)
  trust enable|disable ID activa o desactiva un registro
  trust known|unknown EMISOR  marca un id de emisor como conocido personalmente por usted, o no
Estado de salida: 0 hecho; 1 no se pudo actualizar un registro o la cartera lo rechazó; 2 uso.</translation>
    </message>
    <message>
        <source>No trust registry has the id %1.</source>
        <translation>Ningún registro de confianza tiene el identificador %1.</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nunca descargado</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>actualizado</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::VerifyCommand</name>
    <message>
        <source>Verify credentials and save the reports in the wallet.</source>
        <translation>Verificar credenciales y guardar los informes en la cartera.</translation>
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
        <translation>Verifica las credenciales con los id indicados (véase 'list') o, si no se indica ningún id, todas las
credenciales que no están dentro de un CLR. También se verifican las credenciales incluidas
en un CLR. Cada informe se guarda en la cartera. Las claves, listas de estados e insignias alojadas
se descargan cuando hace falta y se conservan, para que una ejecución posterior sin conexión dé los mismos veredictos.
Muestra una línea por credencial: id, estado (valid, invalid, revoked, expired,
not-yet-valid o unknown), nombre y la comprobación que decidió un estado distinto de valid.

Opciones:
  --offline   no descarga nada; usa los documentos guardados en la cartera (las comprobaciones
              que necesiten algo más dan unknown, nunca invalid)
  --now ISO   verifica con esta fecha y hora (p. ej. 2026-06-01T12:00:00Z)
  --json      muestra [{id, name, status, reasonCode, verifiedAt, checks: [{code,
              outcome, message}], issuerTrust: {status, text, registry, name,
              fetchedAt, ageDays, knownPersonally}}]; issuerTrust procede de los
              registros de confianza guardados en la cartera ('trust refresh') y nunca
              cambia el estado

Estado de salida: 0 si todas las credenciales son válidas, 1 si alguna no es válida o no se pudo
comprobar, 2 si hay un error de uso.</translation>
    </message>
    <message>
        <source>Cannot verify credential %1: %2</source>
        <translation>No se puede verificar la credencial %1: %2</translation>
    </message>
    <message>
        <source>The wallet holds no credentials.</source>
        <translation>La cartera no contiene ninguna credencial.</translation>
    </message>
    <message>
        <source>The network could not be reached; documents not kept in the wallet were not checked (offline since %1).</source>
        <translation>No se pudo acceder a la red; no se comprobaron los documentos que no están guardados en la cartera (sin conexión desde %1).</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(nombre desconocido)</translation>
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
        <translation>El CLR tiene más de %1 asociaciones</translation>
    </message>
    <message>
        <source>The CLR has no parent/child or ordering associations to build a pathway from</source>
        <translation>El CLR no tiene asociaciones de tipo padre/hijo ni de orden con las que construir un itinerario</translation>
    </message>
    <message>
        <source>The CLR's pathway is too large</source>
        <translation>El itinerario del CLR es demasiado grande</translation>
    </message>
    <message>
        <source>Pathway from a CLR</source>
        <translation>Itinerario a partir de un CLR</translation>
    </message>
</context>
<context>
    <name>Satchel::ColorScheme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
</context>
<context>
    <name>Satchel::CoseSign1</name>
    <message>
        <source>The COSE message is neither binary CBOR nor base64 text.</source>
        <translation>El mensaje COSE no es ni CBOR binario ni texto base64.</translation>
    </message>
    <message>
        <source>The COSE message is larger than %1 bytes.</source>
        <translation>El mensaje COSE ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The data is not a COSE_Sign1 message.</source>
        <translation>Los datos no son un mensaje COSE_Sign1.</translation>
    </message>
    <message>
        <source>The COSE message's payload is detached or not a byte string.</source>
        <translation>La carga útil del mensaje COSE está separada o no es una cadena de bytes.</translation>
    </message>
    <message>
        <source>The COSE header is larger than %1 bytes.</source>
        <translation>El encabezado COSE ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The COSE protected header is not a map.</source>
        <translation>El encabezado protegido COSE no es un mapa.</translation>
    </message>
    <message>
        <source>The COSE header names the same parameter twice.</source>
        <translation>El encabezado COSE indica dos veces el mismo parámetro.</translation>
    </message>
    <message>
        <source>The COSE message uses header extensions that are not supported.</source>
        <translation>El mensaje COSE usa extensiones de encabezado que no se admiten.</translation>
    </message>
    <message>
        <source>The COSE message's algorithm is not an integer in its protected header.</source>
        <translation>El algoritmo del mensaje COSE no es un número entero en su encabezado protegido.</translation>
    </message>
    <message>
        <source>The COSE message's protected header names no algorithm.</source>
        <translation>El encabezado protegido del mensaje COSE no indica ningún algoritmo.</translation>
    </message>
    <message>
        <source>The COSE algorithm %1 is not allowed.</source>
        <translation>El algoritmo COSE %1 no está permitido.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExport</name>
    <message>
        <source>The wallet holds no file for this credential.</source>
        <translation>La cartera no contiene ningún archivo para esta credencial.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialExportActions</name>
    <message>
        <source>Save the original file</source>
        <translation>Guardar el archivo original</translation>
    </message>
    <message>
        <source>Credential files (*.json *.jwt *.jws);;All files (*)</source>
        <translation>Archivos de credencial (*.json *.jwt *.jws);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save a baked badge image</source>
        <translation>Guardar una imagen con la insignia integrada</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>The badge came without an image of this kind, so a plain one holds the credential. Any badge importer reads it the same.</source>
        <translation>La insignia no venía con una imagen de este tipo, así que la credencial va en una imagen genérica. Cualquier importador de insignias la lee igual.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialHtml</name>
    <message>
        <source>%1 (hashed, %2)</source>
        <translation>%1 (con hash, %2)</translation>
    </message>
    <message>
        <source>JWS header:</source>
        <translation>Encabezado JWS:</translation>
    </message>
    <message>
        <source>JWS payload:</source>
        <translation>Carga útil JWS:</translation>
    </message>
    <message>
        <source>The raw credential is long; only its beginning is shown.</source>
        <translation>La credencial sin procesar es larga; solo se muestra el principio.</translation>
    </message>
    <message>
        <source>Show the raw credential</source>
        <translation>Mostrar la credencial sin procesar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Otras versiones</translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. Verify it to show the copy that verifies.</source>
        <translation>
            <numerusform>La cartera contiene %n copia más de esta credencial: mismo emisor e identificador, con distinto contenido. Verifíquela para mostrar la copia que se verifica.</numerusform>
            <numerusform>La cartera contiene %n copias más de esta credencial: mismo emisor e identificador, con distinto contenido. Verifíquela para mostrar la copia que se verifica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. The copy shown is one that verifies; the others are kept unchanged.</source>
        <translation>
            <numerusform>La cartera contiene %n copia más de esta credencial: mismo emisor e identificador, con distinto contenido. La copia mostrada es una que se verifica; la otra se conserva sin cambios.</numerusform>
            <numerusform>La cartera contiene %n copias más de esta credencial: mismo emisor e identificador, con distinto contenido. La copia mostrada es una que se verifica; las demás se conservan sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wallet holds %n other copy(ies) of this credential: the same issuer and id, with different content. No copy verified, so the one shown is the one kept first or the newest.</source>
        <translation>
            <numerusform>La cartera contiene %n copia más de esta credencial: mismo emisor e identificador, con distinto contenido. Ninguna copia se verificó, así que la que se muestra es la primera guardada o la más reciente.</numerusform>
            <numerusform>La cartera contiene %n copias más de esta credencial: mismo emisor e identificador, con distinto contenido. Ninguna copia se verificó, así que la que se muestra es la primera guardada o la más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · desde %1</translation>
    </message>
    <message>
        <source>Copy added %1</source>
        <translation>Copia añadida el %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Recibida de %1 mediante %2 el %3</translation>
    </message>
    <message>
        <source>Marked revoked by the issuer</source>
        <translation>Marcada como revocada por el emisor</translation>
    </message>
    <message>
        <source>Print certificate…</source>
        <translation>Imprimir certificado…</translation>
    </message>
    <message>
        <source>(registry copy of %1)</source>
        <translation>(copia del registro del %1)</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>Registros no consultados: %1</translation>
    </message>
    <message>
        <source>I do not know this issuer</source>
        <translation>No conozco a este emisor</translation>
    </message>
    <message>
        <source>Mark this issuer as known to me</source>
        <translation>Marcar este emisor como conocido</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % completado</translation>
    </message>
    <message>
        <source>%1 · counts for: %2</source>
        <translation>%1 · cuenta para: %2</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motivo de la revocación</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Tipo de logro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation>Especialización</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Credits available</source>
        <translation>Créditos disponibles</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>Créditos obtenidos</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Período lectivo</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>La credencial no indica su destinatario.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Achievement created by</source>
        <translation>Logro creado por</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Página de criterios</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Competencias y alineaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>required value %1</source>
        <translation>valor requerido %1</translation>
    </message>
    <message>
        <source>required level %1</source>
        <translation>nivel requerido %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Avales</translation>
    </message>
    <message>
        <source>Unknown endorser</source>
        <translation>Avalista desconocido</translation>
    </message>
    <message>
        <source>Credentials in this record</source>
        <translation>Credenciales de este registro</translation>
    </message>
    <message>
        <source>an achievement not described in this record</source>
        <translation>un logro no descrito en este registro</translation>
    </message>
    <message>
        <source>How they fit together</source>
        <translation>Cómo encajan entre sí</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Shared with verifiers</source>
        <translation>Compartida con verificadores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Compartida con %1</translation>
    </message>
    <message>
        <source>Declined %1's request</source>
        <translation>Solicitud de %1 rechazada</translation>
    </message>
    <message>
        <source>Could not be shared with %1</source>
        <translation>No se pudo compartir con %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>From %1 via %2 on %3</source>
        <translation>De %1 mediante %2 el %3</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>Vinculada a</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importada desde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identificador de la credencial</translation>
    </message>
    <message>
        <source>Baked in</source>
        <translation>Integrada en</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Claims, disclosed ones in place:</source>
        <translation>Datos, con los revelados en su lugar:</translation>
    </message>
    <message>
        <source>Badge image: %1</source>
        <translation>Imagen de la insignia: %1</translation>
    </message>
    <message>
        <source>Issuer's image</source>
        <translation>Imagen del emisor</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>COSE header:</source>
        <translation>Encabezado COSE:</translation>
    </message>
    <message>
        <source>COSE payload:</source>
        <translation>Carga útil COSE:</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialListModel</name>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, de %2, %3</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialMatcher</name>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot be presented to a verifier.</source>
        <translation>Una insignia Open Badges 2.0 no es una credencial verificable, así que no se puede presentar a un verificador.</translation>
    </message>
    <message>
        <source>This credential cannot be presented to a verifier.</source>
        <translation>Esta credencial no se puede presentar a un verificador.</translation>
    </message>
    <message>
        <source>The verifier accepts it only as %1; this credential is a %2.</source>
        <translation>El verificador solo la acepta como %1; esta credencial es una %2.</translation>
    </message>
    <message>
        <source>Data Integrity credential</source>
        <translation>credencial Data Integrity</translation>
    </message>
    <message>
        <source>VC-JWT</source>
        <translation>VC-JWT</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for (%1).</source>
        <translation>No es del tipo que solicita el verificador (%1).</translation>
    </message>
    <message>
        <source>It was issued by %1, not by an issuer the verifier accepts.</source>
        <translation>La emitió %1, no un emisor que el verificador acepte.</translation>
    </message>
    <message>
        <source>It is not of the kind the verifier asks for.</source>
        <translation>No es del tipo que solicita el verificador.</translation>
    </message>
    <message>
        <source>It has no “%1”, which the verifier asks for.</source>
        <translation>No tiene ningún “%1”, que el verificador solicita.</translation>
    </message>
    <message>
        <source>Its “%1” is not what the verifier asks for.</source>
        <translation>Su “%1” no es lo que solicita el verificador.</translation>
    </message>
    <message>
        <source>SD-JWT VC</source>
        <translation>SD-JWT VC</translation>
    </message>
    <message>
        <source>Its issuer bound it to a key that none of your identities in this wallet has, so Satchel cannot prove it is yours.</source>
        <translation>Su emisor la vinculó a una clave que no tiene ninguna de sus identidades de esta cartera, así que Satchel no puede demostrar que es suya.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialOffer</name>
    <message>
        <source>The credential offer cannot be used: %1</source>
        <translation>No se puede usar la oferta de credencial: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>it names no valid credential issuer</source>
        <translation>no indica ningún emisor de credenciales válido</translation>
    </message>
    <message>
        <source>The credential issuer %1 is not a secure (https) address.</source>
        <translation>El emisor de credenciales %1 no es una dirección segura (https).</translation>
    </message>
    <message>
        <source>it offers no credential</source>
        <translation>no ofrece ninguna credencial</translation>
    </message>
    <message>
        <source>its pre-authorized grant has no code</source>
        <translation>su concesión preautorizada no tiene código</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialParser</name>
    <message>
        <source>The linked document %1 is not available.</source>
        <translation>El documento enlazado %1 no está disponible.</translation>
    </message>
    <message>
        <source>Upgraded from Open Badges %1.</source>
        <translation>Actualizada desde Open Badges %1.</translation>
    </message>
    <message>
        <source>The credential uses the older VC Data Model 1.1.</source>
        <translation>La credencial usa el antiguo VC Data Model 1.1.</translation>
    </message>
    <message>
        <source>Credentials nested too deeply were skipped.</source>
        <translation>Se omitieron credenciales anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <source>Nested credential %1 could not be read: %2</source>
        <translation>No se pudo leer la credencial anidada %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReader</name>
    <message>
        <source>The data is not an Open Badge or CLR credential.</source>
        <translation>Los datos no son una credencial Open Badges ni CLR.</translation>
    </message>
    <message>
        <source>The badge data baked into the image is neither JSON, a JWS nor a URL.</source>
        <translation>Los datos de la insignia integrados en la imagen no son JSON, ni un JWS, ni una URL.</translation>
    </message>
    <message>
        <source>The text is neither a credential in JSON nor a compact JWS.</source>
        <translation>El texto no es una credencial en JSON ni un JWS compacto.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The XML document is not an SVG image.</source>
        <translation>El documento XML no es una imagen SVG.</translation>
    </message>
    <message>
        <source>The file is neither a credential nor a baked badge image.</source>
        <translation>El archivo no es una credencial ni una imagen de insignia integrada.</translation>
    </message>
    <message>
        <source>The file bundles more than %1 credentials.</source>
        <translation>El archivo agrupa más de %1 credenciales.</translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is not a credential.</source>
        <translation>La entrada %1 del lote no es una credencial.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation: %2</source>
        <translation>Credencial %1 de la presentación: %2</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is not a credential.</source>
        <translation>La credencial %1 de la presentación no es una credencial.</translation>
    </message>
    <message>
        <source>The credential must first be fetched from %1.</source>
        <translation>Primero hay que descargar la credencial desde %1.</translation>
    </message>
    <message>
        <source>The SD-JWT is not a verifiable credential (no dc+sd-jwt type, no vct).</source>
        <translation>El SD-JWT no es una credencial verificable (no tiene tipo dc+sd-jwt ni vct).</translation>
    </message>
    <message>
        <source>The disclosed claims cannot be shown: %1</source>
        <translation>No se pueden mostrar los datos revelados: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialReceiver</name>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>El intercambio %1 no es una dirección segura (https): no se envió nada.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>lectura del enlace de interacción</translation>
    </message>
    <message>
        <source>The issuer bound this credential to %1, not to the identity it was asked for (%2).</source>
        <translation>El emisor vinculó esta credencial a %1, no a la identidad solicitada (%2).</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>The issuer sent a credential Satchel could not store (%1); nothing was kept.</source>
        <translation>El emisor envió una credencial que Satchel no pudo guardar (%1); no se conservó nada.</translation>
    </message>
    <message>
        <source>The received credential could not be stored: %1</source>
        <translation>No se pudo guardar la credencial recibida: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was requested from the issuer and nothing was stored.</source>
        <translation>Cancelado: no se solicitó nada al emisor y no se guardó nada.</translation>
    </message>
    <message>
        <source>Received from %1 via %2 on %3</source>
        <translation>Recibida de %1 mediante %2 el %3</translation>
    </message>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>El enlace %1 no es una dirección segura (https): no se descargó nada.</translation>
    </message>
    <message>
        <source>This offer was not prepared: read the link again.</source>
        <translation>Esta oferta no se preparó: vuelva a leer el enlace.</translation>
    </message>
    <message>
        <source>The credential the issuer will send later could not be noted: %1</source>
        <translation>No se pudo anotar la credencial que el emisor enviará más tarde: %1</translation>
    </message>
    <message>
        <source>No credential with the number %1 is pending.</source>
        <translation>No hay ninguna credencial pendiente con el número %1.</translation>
    </message>
    <message>
        <source>Not ready yet.</source>
        <translation>Aún no está lista.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialSchemaCheck</name>
    <message>
        <source>The credential names no schema.</source>
        <translation>La credencial no indica ningún esquema.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n schema(s) were checked.</source>
        <translation>
            <numerusform>Solo se comprobó %n esquema, el primero.</numerusform>
            <numerusform>Solo se comprobaron los %n primeros esquemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema %1 is not known to Satchel, so conformance to it was not checked.</source>
        <translation>Satchel no conoce el esquema %1, así que no se comprobó la conformidad con él.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole credential)</source>
        <translation>(credencial completa)</translation>
    </message>
    <message>
        <source>The credential does not conform to %1: %2</source>
        <translation>La credencial no se ajusta a %1: %2</translation>
    </message>
    <message>
        <source>The credential conforms to %1.</source>
        <translation>La credencial se ajusta a %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::CredentialVerifier</name>
    <message>
        <source>The credential format is not recognised.</source>
        <translation>No se reconoce el formato de la credencial.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataIntegrityVerifier</name>
    <message>
        <source>The proof purpose must be "assertionMethod".</source>
        <translation>La finalidad de la prueba debe ser "assertionMethod".</translation>
    </message>
    <message>
        <source>A presentation's proof purpose must be "authentication".</source>
        <translation>La finalidad de la prueba de una presentación debe ser "authentication".</translation>
    </message>
    <message>
        <source>The proof creation date is not valid.</source>
        <translation>La fecha de creación de la prueba no es válida.</translation>
    </message>
    <message>
        <source>The credential contains data its JSON-LD contexts do not define, so the signature cannot cover it: %1</source>
        <translation>La credencial contiene datos que sus contextos JSON-LD no definen, así que la firma no puede cubrirlos: %1</translation>
    </message>
    <message>
        <source>The credential cannot be canonicalized: %1</source>
        <translation>No se puede canonicalizar la credencial: %1</translation>
    </message>
    <message>
        <source>The signing key %1 is not on the issuer's site (%2); it was not fetched.</source>
        <translation>La clave de firma %1 no está en el sitio del emisor (%2); no se descargó.</translation>
    </message>
    <message>
        <source>The key is of type %1, which a %2 proof cannot use.</source>
        <translation>La clave es de tipo %1, que una prueba %2 no puede usar.</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>La clave de firma la controla %1, no el titular %2.</translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the issuer %2.</source>
        <translation>La clave de firma la controla %1, no el emisor %2.</translation>
    </message>
    <message>
        <source>The signature is valid (the key is named by the issuer's own identifier; its document could not confirm it).</source>
        <translation>La firma es válida (la clave se indica con el propio identificador del emisor; su documento no pudo confirmarlo).</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La firma %1 es válida.</translation>
    </message>
    <message>
        <source>The credential has no proof.</source>
        <translation>La credencial no tiene ninguna prueba.</translation>
    </message>
    <message>
        <source>The credential has too many proofs.</source>
        <translation>La credencial tiene demasiadas pruebas.</translation>
    </message>
    <message>
        <source>A validity date is not a valid date-time.</source>
        <translation>Una fecha de validez no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>Too many nested credentials.</source>
        <translation>Demasiadas credenciales anidadas.</translation>
    </message>
    <message>
        <source>Included credential %1 (%2) failed: %3</source>
        <translation>La credencial incluida %1 (%2) falló: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n included credential(s) are genuine.</source>
        <translation>
            <numerusform>La credencial incluida (%n) es auténtica.</numerusform>
            <numerusform>Las %n credenciales incluidas son auténticas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>La credencial no es un objeto JSON.</translation>
    </message>
    <message>
        <source>A presentation needs exactly one proof by its holder.</source>
        <translation>Una presentación necesita exactamente una prueba de su titular.</translation>
    </message>
    <message>
        <source>The presentation is not a JSON object.</source>
        <translation>La presentación no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The presentation answers another request: its challenge or domain differs.</source>
        <translation>La presentación responde a otra solicitud: su desafío o su dominio no coinciden.</translation>
    </message>
</context>
<context>
    <name>Satchel::DataUri</name>
    <message>
        <source>The data: URI holds more than %1 bytes.</source>
        <translation>El URI data: contiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>The text is not a data: URI.</source>
        <translation>El texto no es un URI data:.</translation>
    </message>
    <message>
        <source>The data: URI is malformed.</source>
        <translation>El URI data: está mal formado.</translation>
    </message>
</context>
<context>
    <name>Satchel::DccRegistry</name>
    <message>
        <source>The registry is larger than %1 MB.</source>
        <translation>El registro ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The registry is not JSON.</source>
        <translation>El registro no es JSON.</translation>
    </message>
    <message>
        <source>The registry has no "registry" object: it is not in the DCC known-issuer format.</source>
        <translation>El registro no tiene ningún objeto "registry": no está en el formato de emisores conocidos de DCC.</translation>
    </message>
    <message>
        <source>The registry lists more than %1 issuers.</source>
        <translation>El registro enumera más de %1 emisores.</translation>
    </message>
</context>
<context>
    <name>Satchel::DemoWallet</name>
    <message>
        <source>The demo wallet's manifest cannot be read.</source>
        <translation>No se puede leer el manifiesto de la cartera de demostración.</translation>
    </message>
</context>
<context>
    <name>Satchel::DetailView</name>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>¿Abrir esta dirección en su navegador web?

%1</translation>
    </message>
</context>
<context>
    <name>Satchel::DidResolver</name>
    <message>
        <source>This DID cannot be resolved locally.</source>
        <translation>Este DID no se puede resolver localmente.</translation>
    </message>
    <message>
        <source>The DID is too long.</source>
        <translation>El DID es demasiado largo.</translation>
    </message>
    <message>
        <source>Not a did:key.</source>
        <translation>No es un did:key.</translation>
    </message>
    <message>
        <source>The did:key fragment does not name its key.</source>
        <translation>El fragmento del did:key no indica su clave.</translation>
    </message>
    <message>
        <source>Not a did:jwk.</source>
        <translation>No es un did:jwk.</translation>
    </message>
    <message>
        <source>A did:jwk has only the verification method #0.</source>
        <translation>Un did:jwk solo tiene el método de verificación #0.</translation>
    </message>
    <message>
        <source>The did:jwk value is not base64url.</source>
        <translation>El valor del did:jwk no está en base64url.</translation>
    </message>
    <message>
        <source>The did:jwk value is not a JSON object.</source>
        <translation>El valor del did:jwk no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Not a did:web.</source>
        <translation>No es un did:web.</translation>
    </message>
    <message>
        <source>The did:web host is not valid.</source>
        <translation>El host del did:web no es válido.</translation>
    </message>
    <message>
        <source>The did:web path is not valid.</source>
        <translation>La ruta del did:web no es válida.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSd2023Suite</name>
    <message>
        <source>ecdsa-sd-2023 base proof</source>
        <translation>prueba base ecdsa-sd-2023</translation>
    </message>
    <message>
        <source>The derived proof's label map does not name the blank node %1.</source>
        <translation>El mapa de etiquetas de la prueba derivada no indica el nodo en blanco %1.</translation>
    </message>
    <message>
        <source>The derived proof names mandatory statements the document does not have.</source>
        <translation>La prueba derivada indica declaraciones obligatorias que el documento no tiene.</translation>
    </message>
    <message>
        <source>The base proof's mandatory fields do not match the credential: %1</source>
        <translation>Los campos obligatorios de la prueba base no coinciden con la credencial: %1</translation>
    </message>
    <message>
        <source>The proof signs %1 statements, but the credential has %2 that are not mandatory.</source>
        <translation>La prueba firma %1 declaraciones, pero la credencial tiene %2 que no son obligatorias.</translation>
    </message>
    <message>
        <source>The derived proof's ephemeral key is not a P-256 multikey.</source>
        <translation>La clave efímera de la prueba derivada no es una multikey P-256.</translation>
    </message>
    <message>
        <source>The issuer's base signature is not valid for the disclosed mandatory statements.</source>
        <translation>La firma base del emisor no es válida para las declaraciones obligatorias divulgadas.</translation>
    </message>
    <message>
        <source>The signature of statement %1 is not valid.</source>
        <translation>La firma de la declaración %1 no es válida.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdDisclosure</name>
    <message>
        <source>The credential is not a JSON object.</source>
        <translation>La credencial no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The credential has no ecdsa-sd-2023 base proof to disclose from.</source>
        <translation>La credencial no tiene ninguna prueba base ecdsa-sd-2023 a partir de la cual divulgar.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdProofValue</name>
    <message>
        <source>An ecdsa-sd-2023 proof value must be base64url multibase ('u' prefix).</source>
        <translation>Un valor de prueba ecdsa-sd-2023 debe estar en multibase base64url (prefijo 'u').</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 proof value.</source>
        <translation>El valor de prueba no es un valor de prueba ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The credential carries an ecdsa-sd-2023 base proof: it is what the issuer gives the holder, who discloses fields from it with a derived proof. A verifier checks only derived proofs.</source>
        <translation>La credencial lleva una prueba base ecdsa-sd-2023: es lo que el emisor entrega al titular, que divulga campos de ella con una prueba derivada. Un verificador solo comprueba pruebas derivadas.</translation>
    </message>
    <message>
        <source>The proof value is not an ecdsa-sd-2023 base proof.</source>
        <translation>El valor de prueba no es una prueba base ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The proof value cannot be read: %1</source>
        <translation>No se puede leer el valor de prueba: %1</translation>
    </message>
    <message>
        <source>The proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>El valor de prueba no tiene los cinco componentes de ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>The derived proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>El valor de prueba derivada no tiene los cinco componentes de ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the derived proof is not 64 bytes.</source>
        <translation>Una firma de declaración de la prueba derivada no tiene 64 bytes.</translation>
    </message>
    <message>
        <source>The derived proof's label map is not a map of indexes to byte strings.</source>
        <translation>El mapa de etiquetas de la prueba derivada no es un mapa de índices a cadenas de bytes.</translation>
    </message>
    <message>
        <source>The derived proof's label map names a blank node twice.</source>
        <translation>El mapa de etiquetas de la prueba derivada indica dos veces un nodo en blanco.</translation>
    </message>
    <message>
        <source>The derived proof's mandatory indexes are not ascending numbers.</source>
        <translation>Los índices obligatorios de la prueba derivada no son números ascendentes.</translation>
    </message>
    <message>
        <source>The base proof value does not have the five components of ecdsa-sd-2023.</source>
        <translation>El valor de prueba base no tiene los cinco componentes de ecdsa-sd-2023.</translation>
    </message>
    <message>
        <source>A statement signature of the base proof is not 64 bytes.</source>
        <translation>Una firma de declaración de la prueba base no tiene 64 bytes.</translation>
    </message>
    <message>
        <source>A mandatory pointer of the base proof is not text.</source>
        <translation>Un puntero obligatorio de la prueba base no es texto.</translation>
    </message>
</context>
<context>
    <name>Satchel::EcdsaSdStatements</name>
    <message>
        <source>A selected statement names a blank node the credential does not have.</source>
        <translation>Una declaración seleccionada indica un nodo en blanco que la credencial no tiene.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519KeyPair</name>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>No se pudo crear una clave de firma nueva.</translation>
    </message>
    <message>
        <source>A signing key must be %1 bytes.</source>
        <translation>Una clave de firma debe tener %1 bytes.</translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation>No se pudo leer la clave de firma.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Error al firmar.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ed25519Signature2018Suite</name>
    <message>
        <source>The proof has no usable "jws" value.</source>
        <translation>La prueba no tiene ningún valor "jws" utilizable.</translation>
    </message>
    <message>
        <source>The proof's "jws" is not a JWS with a detached payload (header..signature).</source>
        <translation>El "jws" de la prueba no es un JWS con carga útil separada (encabezado..firma).</translation>
    </message>
    <message>
        <source>The proof's JWS header is not a base64url JSON object.</source>
        <translation>El encabezado JWS de la prueba no es un objeto JSON en base64url.</translation>
    </message>
    <message>
        <source>The proof's JWS header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}.</source>
        <translation>El encabezado JWS de la prueba debe ser {"alg":"EdDSA","b64":false,"crit":["b64"]}.</translation>
    </message>
    <message>
        <source>The proof's JWS signature is not a 64-byte Ed25519 signature.</source>
        <translation>La firma JWS de la prueba no es una firma Ed25519 de 64 bytes.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La firma no es válida.</translation>
    </message>
</context>
<context>
    <name>Satchel::EmptyStateView</name>
    <message>
        <source>Your wallet is empty</source>
        <translation>Su cartera está vacía</translation>
    </message>
    <message>
        <source>Add your badges and credentials: drop files, folders or zip archives on this window, or choose one of these.</source>
        <translation>Añada sus insignias y credenciales: arrastre archivos, carpetas o archivos zip a esta ventana, o elija una de estas opciones.</translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation>Ninguna credencial coincide con estos filtros</translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation>Ninguna credencial coincide con “%1”</translation>
    </message>
    <message>
        <source>Check the spelling, search for fewer words, or show everything again.</source>
        <translation>Compruebe la ortografía, busque menos palabras o vuelva a mostrarlo todo.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
</context>
<context>
    <name>Satchel::EntityStatement</name>
    <message>
        <source>The entity statement is larger than %1 KB.</source>
        <translation>La declaración de entidad ocupa más de %1 KB.</translation>
    </message>
    <message>
        <source>The entity statement is not a JWS: %1</source>
        <translation>La declaración de entidad no es un JWS: %1</translation>
    </message>
    <message>
        <source>The JWT is not an entity statement (its typ is "%1").</source>
        <translation>El JWT no es una declaración de entidad (su typ es "%1").</translation>
    </message>
    <message>
        <source>The entity statement's payload is not a JSON object.</source>
        <translation>La carga útil de la declaración de entidad no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The entity statement lacks iss, sub, iat or exp.</source>
        <translation>A la declaración de entidad le falta iss, sub, iat o exp.</translation>
    </message>
    <message>
        <source>The entity statement's jwks has no keys array.</source>
        <translation>El jwks de la declaración de entidad no tiene ninguna matriz keys.</translation>
    </message>
    <message>
        <source>The entity statement's metadata is not an object.</source>
        <translation>El campo metadata de la declaración de entidad no es un objeto.</translation>
    </message>
    <message>
        <source>The entity statement about %1 is not signed by a key of %2 that Satchel trusts.</source>
        <translation>La declaración de entidad sobre %1 no está firmada por una clave de %2 en la que Satchel confíe.</translation>
    </message>
</context>
<context>
    <name>Satchel::ExpiryCalendar</name>
    <message>
        <source>“%1” expires</source>
        <translation>“%1” caduca</translation>
    </message>
    <message>
        <source>Your badge “%1” from %2 stops being valid on %3.</source>
        <translation>Su insignia “%1” de %2 deja de ser válida el %3.</translation>
    </message>
    <message>
        <source>Renew it at %1</source>
        <translation>Renuévela en %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” expires in %n day(s)</source>
        <translation>
            <numerusform>“%1” caduca en %n día</numerusform>
            <numerusform>“%1” caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials has an expiry date.</source>
        <translation>Ninguna de estas credenciales tiene fecha de caducidad.</translation>
    </message>
    <message>
        <source>Badge expiry dates</source>
        <translation>Fechas de caducidad de las insignias</translation>
    </message>
</context>
<context>
    <name>Satchel::ExportEverything</name>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Every badge goes into the zip as its original file and as a badge image with the credential inside.</source>
        <translation>Cada insignia se incluye en el zip como su archivo original y como una imagen de insignia con la credencial dentro.</translation>
    </message>
    <message>
        <source>Also a printable PDF certificate of each badge (takes longer)</source>
        <translation>También un certificado PDF imprimible de cada insignia (tarda más)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Satchel::FederationAnchor</name>
    <message>
        <source>The entity configuration at %1 is about %2, not %3.</source>
        <translation>La configuración de entidad de %1 trata de %2, no de %3.</translation>
    </message>
    <message>
        <source>The trust anchor %1 names no fetch endpoint to ask about issuers.</source>
        <translation>El ancla de confianza %1 no indica ningún punto de conexión fetch al que preguntar por los emisores.</translation>
    </message>
    <message>
        <source>A trust chain has between 1 and %1 statements; this one has %2.</source>
        <translation>Una cadena de confianza tiene entre 1 y %1 declaraciones; esta tiene %2.</translation>
    </message>
    <message>
        <source>A statement in the trust chain is about %1 where %2 was expected.</source>
        <translation>Una declaración de la cadena de confianza trata de %1 cuando se esperaba %2.</translation>
    </message>
    <message>
        <source>The trust chain ends at %1, not at the trust anchor %2.</source>
        <translation>La cadena de confianza termina en %1, no en el ancla de confianza %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::Fetcher</name>
    <message>
        <source>Not fetched (offline): %1</source>
        <translation>No descargado (sin conexión): %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Solo se pueden descargar direcciones http y https: %1</translation>
    </message>
    <message>
        <source>Not sent (offline): %1</source>
        <translation>No enviado (sin conexión): %1</translation>
    </message>
    <message>
        <source>Only http and https addresses can be used: %1</source>
        <translation>Solo se pueden usar direcciones http y https: %1</translation>
    </message>
    <message>
        <source>Timed out fetching %1</source>
        <translation>Se agotó el tiempo de espera al descargar %1</translation>
    </message>
    <message>
        <source>Refused to contact %1: only secure (https) addresses are used here</source>
        <translation>Se rechazó contactar con %1: aquí solo se usan direcciones seguras (https)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2, which is not a secure (https) address</source>
        <translation>Se rechazó una redirección de %1 a %2, que no es una dirección segura (https)</translation>
    </message>
    <message>
        <source>%1 answered with a redirect; a request with a body is not sent elsewhere</source>
        <translation>%1 respondió con una redirección; una solicitud con cuerpo no se reenvía a otro sitio</translation>
    </message>
    <message>
        <source>More than %1 redirects fetching %2</source>
        <translation>Más de %1 redirecciones al descargar %2</translation>
    </message>
    <message>
        <source>Refused a redirect from %1 to %2 (only http and https are followed)</source>
        <translation>Se rechazó una redirección de %1 a %2 (solo se siguen http y https)</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>No encontrado (HTTP 404): %1</translation>
    </message>
    <message>
        <source>Gone (HTTP 410): %1</source>
        <translation>Ya no existe (HTTP 410): %1</translation>
    </message>
    <message>
        <source>HTTP %1 fetching %2</source>
        <translation>HTTP %1 al descargar %2</translation>
    </message>
</context>
<context>
    <name>Satchel::ForeignDatabase</name>
    <message>
        <source>The database's schema cannot be read: %1</source>
        <translation>No se puede leer el esquema de la base de datos: %1</translation>
    </message>
    <message>
        <source>The wallet file defines a view ("%1"); Satchel's wallets have none.</source>
        <translation>El archivo de la cartera define una vista ("%1"); las carteras de Satchel no tienen ninguna.</translation>
    </message>
    <message>
        <source>The wallet file defines a trigger ("%1") that Satchel does not make.</source>
        <translation>El archivo de la cartera define un disparador ("%1") que Satchel no crea.</translation>
    </message>
    <message>
        <source>The wallet file holds a table or index ("%1") that is not part of Satchel's wallet schema, or is defined differently.</source>
        <translation>El archivo de la cartera contiene una tabla o un índice ("%1") que no forma parte del esquema de cartera de Satchel, o que está definido de otra forma.</translation>
    </message>
    <message>
        <source>The database is not an open SQLite connection.</source>
        <translation>La base de datos no es una conexión SQLite abierta.</translation>
    </message>
    <message>
        <source>SQLite refused to open the database defensively.</source>
        <translation>SQLite se negó a abrir la base de datos en modo defensivo.</translation>
    </message>
    <message>
        <source>Satchel's own wallet schema could not be built.</source>
        <translation>No se pudo construir el esquema de cartera propio de Satchel.</translation>
    </message>
    <message>
        <source>The database is not a Satchel wallet.</source>
        <translation>La base de datos no es una cartera de Satchel.</translation>
    </message>
</context>
<context>
    <name>Satchel::GalleryView</name>
    <message>
        <source>Search name, issuer, skills, tags… (Ctrl+F)</source>
        <translation>Buscar nombre, emisor, competencias, etiquetas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the wallet as you type</source>
        <translation>Buscar en la cartera mientras se escribe</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Tipo de logro</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Año de emisión</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation>Orden descendente (haga clic para ascendente)</translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation>Orden ascendente (haga clic para descendente)</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha de adición</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
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
        <translation>Todos los emisores</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas las colecciones</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Search the wallet</source>
        <translation>Búsqueda en la cartera</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Orden ascendente</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
</context>
<context>
    <name>Satchel::HolderIdentitiesWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole DID</source>
        <translation>Copiar el DID completo</translation>
    </message>
    <message>
        <source>Your keys prove that credentials sent to them are yours. Issuers that send credentials straight to Satchel bind them to one of these; the default is offered first. The private part stays on this computer, in the keychain or sealed in the wallet under a passphrase.</source>
        <translation>Sus claves demuestran que las credenciales enviadas a ellas son suyas. Los emisores que envían credenciales directamente a Satchel las vinculan a una de ellas; la predeterminada se ofrece primero. La parte privada se queda en este equipo, en el llavero o sellada en la cartera con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Guardada en</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Hacer predeterminada</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Sealed in the wallet</source>
        <translation>Sellada en la cartera</translation>
    </message>
    <message>
        <source>No keys yet: add one, or one is made when you first share a public link.</source>
        <translation>Aún no hay claves: añada una, o se creará una la primera vez que comparta un enlace público.</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Añadir una clave</translation>
    </message>
    <message>
        <source>e.g. School, Work</source>
        <translation>p. ej., Estudios, Trabajo</translation>
    </message>
    <message>
        <source>Ed25519 (did:key), recommended</source>
        <translation>Ed25519 (did:key), recomendado</translation>
    </message>
    <message>
        <source>P-256 (did:jwk), for issuers that ask for it</source>
        <translation>P-256 (did:jwk), para emisores que lo pidan</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
    <message>
        <source>Cancelled: no key was made.</source>
        <translation>Cancelado: no se creó ninguna clave.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se añadió “%1”.</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Nombre cambiado a “%1”.</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>“%1” es ahora la predeterminada.</translation>
    </message>
    <message>
        <source>Rename the key</source>
        <translation>Cambiar el nombre de la clave</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>Retirar la clave</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>¿Retirar la clave %1?</translation>
    </message>
    <message>
        <source>Credentials issued to it will no longer be recognised as yours, and it cannot sign for you again. Only a backup made before now still holds it.</source>
        <translation>Las credenciales emitidas a ella ya no se reconocerán como suyas, y no podrá volver a firmar por usted. Solo una copia de seguridad hecha antes de este momento la conserva.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Retiring the key…</source>
        <translation>Retirando la clave…</translation>
    </message>
    <message>
        <source>The key is retired.</source>
        <translation>La clave se ha retirado.</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Mis claves</translation>
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
        <translation>Satchel no tiene el tipo de clave "%1" (conoce ed25519 y p256).</translation>
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
        <translation>La clave %1 no está en esta cartera.</translation>
    </message>
    <message>
        <source>The stored key does not match its DID %1.</source>
        <translation>La clave guardada no coincide con su DID %1.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Enlaces públicos</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet, so it cannot sign for it.</source>
        <translation>La clave %1 no está en esta cartera, así que no se puede firmar con ella.</translation>
    </message>
    <message>
        <source>Public links are signed with an Ed25519 key; %1 is another kind.</source>
        <translation>Los enlaces públicos se firman con una clave Ed25519; %1 es de otro tipo.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer: choose a passphrase to protect your key.</source>
        <translation>No hay ningún llavero en este equipo: elija una frase de contraseña para proteger su clave.</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <source>The keychain cannot keep your key (%1): choose a passphrase to protect it instead.</source>
        <translation>El llavero no puede guardar su clave (%1): elija en su lugar una frase de contraseña para protegerla.</translation>
    </message>
    <message>
        <source>Your key is kept in the keychain, which cannot be reached now.</source>
        <translation>Su clave se guarda en el llavero, al que ahora no se puede acceder.</translation>
    </message>
    <message>
        <source>Your key is no longer in the keychain of this computer.</source>
        <translation>Su clave ya no está en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase: enter it.</source>
        <translation>Su clave está protegida con una frase de contraseña: introdúzcala.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock your key.</source>
        <translation>La frase de contraseña no desbloquea su clave.</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Dé un nombre a la clave.</translation>
    </message>
    <message>
        <source>Stop the public links this key signed before removing it: only it can stop them.</source>
        <translation>Detenga los enlaces públicos que firmó esta clave antes de eliminarla: solo ella puede detenerlos.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportDialog</name>
    <message>
        <source>The clipboard text is too long to be a credential.</source>
        <translation>El texto del portapapeles es demasiado largo para ser una credencial.</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <source>Add badges from files (JSON, JWS/JWT, PNG, SVG, ZIP), a whole folder, a web address, or text copied to the clipboard. You can also drop files on the main window.</source>
        <translation>Añada insignias desde archivos (JSON, JWS/JWT, PNG, SVG, ZIP), una carpeta completa, una dirección web o texto copiado en el portapapeles. También puede arrastrar archivos a la ventana principal.</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Pegar del portapapeles</translation>
    </message>
    <message>
        <source>https://… address of a hosted badge or credential</source>
        <translation>dirección https://… de una insignia o credencial alojada</translation>
    </message>
    <message>
        <source>Import address</source>
        <translation>Importar dirección</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Aún no se ha importado nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Importadas %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the wallet, %3 failed.</source>
        <translation>%1 importadas, %2 ya en la cartera, %3 con error.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version of a credential already in the wallet.</source>
        <translation>
            <numerusform>%n se conservó como otra versión de una credencial que ya estaba en la cartera.</numerusform>
            <numerusform>%n se conservaron como otras versiones de credenciales que ya estaban en la cartera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported before stays in the wallet.</source>
        <translation>Se canceló la importación; lo importado antes permanece en la cartera.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaba</translation>
    </message>
    <message>
        <source>Kept as a version</source>
        <translation>Conservada como versión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n credential(s) inside)</source>
        <translation>
            <numerusform>(%n credencial dentro)</numerusform>
            <numerusform>(%n credenciales dentro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Importar archivos de insignias</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Importar todas las insignias de una carpeta</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Introduzca una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;All files (*)</source>
        <translation>Insignias (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::ImportService</name>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>%1 only points to another address, not to a credential.</source>
        <translation>%1 solo apunta a otra dirección, no a una credencial.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation cannot be read, so none of it was imported: %2</source>
        <translation>No se puede leer la credencial %1 de la presentación, así que no se importó nada de ella: %2</translation>
    </message>
    <message>
        <source>a holder it does not name</source>
        <translation>un titular que no indica</translation>
    </message>
    <message>
        <source>From a presentation by %1 (its signature was not checked).</source>
        <translation>De una presentación de %1 (no se comprobó su firma).</translation>
    </message>
    <message>
        <source>From a presentation signed by its holder %1.</source>
        <translation>De una presentación firmada por su titular %1.</translation>
    </message>
    <message>
        <source>From a presentation by %1.</source>
        <translation>De una presentación de %1.</translation>
    </message>
    <message>
        <source>The presentation's holder signature does not verify: %1</source>
        <translation>La firma del titular de la presentación no se verifica: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no credential files.</source>
        <translation>La carpeta %1 no contiene archivos de credenciales.</translation>
    </message>
    <message>
        <source>The archive %1 holds no credential files.</source>
        <translation>El archivo comprimido %1 no contiene archivos de credenciales.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON document: %2</source>
        <translation>%1 no es un documento JSON: %2</translation>
    </message>
    <message>
        <source>Already in the wallet.</source>
        <translation>Ya está en la cartera.</translation>
    </message>
    <message>
        <source>The wallet holds this credential with other content: both are kept, and the one that verifies is shown.</source>
        <translation>La cartera contiene esta credencial con otro contenido: se conservan ambas y se muestra la que se verifica.</translation>
    </message>
    <message>
        <source>A newer copy of a credential in the wallet: shown in its place, the older copy kept as a version.</source>
        <translation>Una copia más reciente de una credencial de la cartera: se muestra en su lugar y la copia anterior se conserva como versión.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importada.</translation>
    </message>
</context>
<context>
    <name>Satchel::Inflate</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Los datos comprimidos son demasiado grandes.</translation>
    </message>
    <message>
        <source>Cannot start decompression.</source>
        <translation>No se puede iniciar la descompresión.</translation>
    </message>
    <message>
        <source>The data decompresses to more than %1 bytes.</source>
        <translation>Los datos ocupan más de %1 bytes al descomprimirse.</translation>
    </message>
    <message>
        <source>Unexpected data after the compressed stream.</source>
        <translation>Datos inesperados después del flujo comprimido.</translation>
    </message>
    <message>
        <source>Cannot continue decompression.</source>
        <translation>No se puede continuar la descompresión.</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or truncated.</source>
        <translation>Los datos comprimidos están dañados o truncados.</translation>
    </message>
    <message>
        <source>The compressed data is truncated.</source>
        <translation>Los datos comprimidos están truncados.</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerConnection</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>The issuer (%1) could not be reached while %2: %3</source>
        <translation>No se pudo acceder al emisor (%1) en el paso "%2": %3</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was asked of the issuer (%1).</source>
        <translation>Satchel está funcionando sin conexión, así que no se solicitó nada al emisor (%1).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The issuer refused while %1 (%2).</source>
        <translation>El emisor se negó en el paso "%1" (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerMetadata</name>
    <message>
        <source>The issuer's metadata cannot be used: %1</source>
        <translation>No se pueden usar los metadatos del emisor: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>no son un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>it does not name its credential issuer</source>
        <translation>no indican su emisor de credenciales</translation>
    </message>
    <message>
        <source>it has no credential endpoint</source>
        <translation>no tienen punto de conexión de credenciales</translation>
    </message>
    <message>
        <source>the authorization server's metadata is not a JSON object</source>
        <translation>los metadatos del servidor de autorización no son un objeto JSON</translation>
    </message>
    <message>
        <source>the authorization server has no token endpoint</source>
        <translation>el servidor de autorización no tiene punto de conexión de tokens</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrust</name>
    <message>
        <source>Listed by %1 as %2; you also know this issuer personally</source>
        <translation>Incluido por %1 como %2; además, usted conoce personalmente a este emisor</translation>
    </message>
    <message>
        <source>Listed by %1 as %2</source>
        <translation>Incluido por %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>Listed by %1 as %2, but the registry's copy is %n day(s) old</source>
        <translation>
            <numerusform>Incluido por %1 como %2, pero la copia del registro tiene %n día de antigüedad</numerusform>
            <numerusform>Incluido por %1 como %2, pero la copia del registro tiene %n días de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed in the registries you use; you marked this issuer as known to you</source>
        <translation>No figura en los registros que usa; usted marcó este emisor como conocido</translation>
    </message>
    <message>
        <source>Not listed in the registries you use</source>
        <translation>No figura en los registros que usa</translation>
    </message>
    <message>
        <source>Not checked: no trust registry copy to answer from (Settings, Trust registries)</source>
        <translation>Sin comprobar: no hay ninguna copia de registro de confianza con la que responder (Ajustes, Registros de confianza)</translation>
    </message>
</context>
<context>
    <name>Satchel::IssuerTrustChecker</name>
    <message>
        <source>The trust checker keeps no documents.</source>
        <translation>El comprobador de confianza no guarda documentos.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonLdProcessor</name>
    <message>
        <source>@propagate must be true or false</source>
        <translation>@propagate debe ser true o false</translation>
    </message>
    <message>
        <source>cannot nullify a context with protected terms</source>
        <translation>no se puede anular un contexto con términos protegidos</translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation>un contexto debe ser un objeto, una cadena o null</translation>
    </message>
    <message>
        <source>too many nested remote contexts (%1)</source>
        <translation>demasiados contextos remotos anidados (%1)</translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation>%1 no tiene @context</translation>
    </message>
    <message>
        <source>@version must be 1.1</source>
        <translation>@version debe ser 1.1</translation>
    </message>
    <message>
        <source>@version 1.1 in json-ld-1.0 mode</source>
        <translation>@version 1.1 en modo json-ld-1.0</translation>
    </message>
    <message>
        <source>@import must be a string</source>
        <translation>@import debe ser una cadena</translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation>%1 no tiene ningún objeto @context</translation>
    </message>
    <message>
        <source>an imported context cannot import</source>
        <translation>un contexto importado no puede importar</translation>
    </message>
    <message>
        <source>@base must be a string</source>
        <translation>@base debe ser una cadena</translation>
    </message>
    <message>
        <source>@vocab must be a string</source>
        <translation>@vocab debe ser una cadena</translation>
    </message>
    <message>
        <source>@language must be a string</source>
        <translation>@language debe ser una cadena</translation>
    </message>
    <message>
        <source>@direction must be ltr or rtl</source>
        <translation>@direction debe ser ltr o rtl</translation>
    </message>
    <message>
        <source>@protected must be true or false</source>
        <translation>@protected debe ser true o false</translation>
    </message>
    <message>
        <source>JSON-LD error (%1): %2</source>
        <translation>Error de JSON-LD (%1): %2</translation>
    </message>
    <message>
        <source>Safe mode: JSON-LD processing would drop %1.</source>
        <translation>Modo seguro: el procesamiento JSON-LD descartaría %1.</translation>
    </message>
    <message>
        <source>the graph named by the relative IRI "%1"</source>
        <translation>el grafo nombrado por el IRI relativo "%1"</translation>
    </message>
    <message>
        <source>the node with the relative IRI "%1"</source>
        <translation>el nodo con el IRI relativo "%1"</translation>
    </message>
    <message>
        <source>the type "%1"</source>
        <translation>el tipo "%1"</translation>
    </message>
    <message>
        <source>the blank node property "%1"</source>
        <translation>la propiedad de nodo en blanco "%1"</translation>
    </message>
    <message>
        <source>the property "%1"</source>
        <translation>la propiedad "%1"</translation>
    </message>
    <message>
        <source>the relative IRI "%1"</source>
        <translation>el IRI relativo "%1"</translation>
    </message>
    <message>
        <source>the datatype "%1"</source>
        <translation>el tipo de datos "%1"</translation>
    </message>
    <message>
        <source>the language tag "%1"</source>
        <translation>la etiqueta de idioma "%1"</translation>
    </message>
    <message>
        <source>The JSON-LD document is nested deeper than %1 levels.</source>
        <translation>El documento JSON-LD está anidado en más de %1 niveles.</translation>
    </message>
    <message>
        <source>a free-floating value</source>
        <translation>un valor suelto</translation>
    </message>
    <message>
        <source>the property "%1" (not defined by any context)</source>
        <translation>la propiedad "%1" (no definida por ningún contexto)</translation>
    </message>
    <message>
        <source>the relative @id "%1"</source>
        <translation>el @id relativo "%1"</translation>
    </message>
    <message>
        <source>the invalid language tag "%1"</source>
        <translation>la etiqueta de idioma no válida "%1"</translation>
    </message>
    <message>
        <source>a free-floating list</source>
        <translation>una lista suelta</translation>
    </message>
    <message>
        <source>the type "%1" (not defined by any context)</source>
        <translation>el tipo "%1" (no definido por ningún contexto)</translation>
    </message>
    <message>
        <source>property-valued index on a value</source>
        <translation>índice con valor de propiedad en un valor</translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation>@type con @language o @direction</translation>
    </message>
    <message>
        <source>@value must be a scalar</source>
        <translation>@value debe ser un escalar</translation>
    </message>
    <message>
        <source>a language-tagged value must be a string</source>
        <translation>un valor con etiqueta de idioma debe ser una cadena</translation>
    </message>
    <message>
        <source>unexpected entries</source>
        <translation>entradas inesperadas</translation>
    </message>
    <message>
        <source>an empty top-level object</source>
        <translation>un objeto de nivel superior vacío</translation>
    </message>
    <message>
        <source>a free-floating value or list</source>
        <translation>un valor o una lista sueltos</translation>
    </message>
    <message>
        <source>a top-level object with only @id</source>
        <translation>un objeto de nivel superior con solo @id</translation>
    </message>
    <message>
        <source>a value or list outside any node</source>
        <translation>un valor o una lista fuera de cualquier nodo</translation>
    </message>
    <message>
        <source>empty term</source>
        <translation>término vacío</translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 no tiene IRI y no hay @vocab</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonPointerSelection</name>
    <message>
        <source>"%1" is not a JSON pointer.</source>
        <translation>"%1" no es un puntero JSON.</translation>
    </message>
    <message>
        <source>"%1" has an invalid escape.</source>
        <translation>"%1" tiene una secuencia de escape no válida.</translation>
    </message>
    <message>
        <source>The JSON pointer "%1" does not match the credential.</source>
        <translation>El puntero JSON "%1" no coincide con la credencial.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonSchemaValidator</name>
    <message>
        <source>The document does not match the schema.</source>
        <translation>El documento no se ajusta al esquema.</translation>
    </message>
    <message>
        <source>The document is too complex to check against its schema.</source>
        <translation>El documento es demasiado complejo para comprobarlo con su esquema.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to check against its schema.</source>
        <translation>El documento está anidado a demasiada profundidad para comprobarlo con su esquema.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Este valor no está permitido aquí.</translation>
    </message>
    <message>
        <source>The schema refers to %1, which is not bundled.</source>
        <translation>El esquema hace referencia a %1, que no está incluido.</translation>
    </message>
    <message>
        <source>Expected type %1, found %2.</source>
        <translation>Se esperaba el tipo %1 y se encontró %2.</translation>
    </message>
    <message>
        <source>The value is not one of the allowed values.</source>
        <translation>El valor no es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>The value is not the required constant.</source>
        <translation>El valor no es la constante requerida.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>El número está fuera del intervalo.</translation>
    </message>
    <message>
        <source>The required property "%1" is missing.</source>
        <translation>Falta la propiedad obligatoria "%1".</translation>
    </message>
    <message>
        <source>The object has a wrong number of properties.</source>
        <translation>El objeto tiene un número de propiedades incorrecto.</translation>
    </message>
    <message>
        <source>The property "%1" is not allowed here.</source>
        <translation>La propiedad "%1" no está permitida aquí.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n item(s) are required.</source>
        <translation>
            <numerusform>Se requiere al menos %n elemento.</numerusform>
            <numerusform>Se requieren al menos %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) are allowed.</source>
        <translation>
            <numerusform>Se permite como máximo %n elemento.</numerusform>
            <numerusform>Se permiten como máximo %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item of the list has the required form.</source>
        <translation>Ningún elemento de la lista tiene la forma requerida.</translation>
    </message>
    <message>
        <source>The list has duplicate items.</source>
        <translation>La lista tiene elementos duplicados.</translation>
    </message>
    <message>
        <source>The text has a wrong length.</source>
        <translation>El texto tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The text does not have the required form.</source>
        <translation>El texto no tiene la forma requerida.</translation>
    </message>
    <message>
        <source>The text is not a valid %1.</source>
        <translation>El texto no es un %1 válido.</translation>
    </message>
    <message>
        <source>The value matches more than one of the allowed forms.</source>
        <translation>El valor coincide con más de una de las formas permitidas.</translation>
    </message>
    <message>
        <source>The value does not have any of the allowed forms.</source>
        <translation>El valor no tiene ninguna de las formas permitidas.</translation>
    </message>
    <message>
        <source>The value has a form that is not allowed here.</source>
        <translation>El valor tiene una forma que no está permitida aquí.</translation>
    </message>
</context>
<context>
    <name>Satchel::JsonValue</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>datos inesperados después del valor JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>literal no válido</translation>
    </message>
    <message>
        <source>too many values</source>
        <translation>demasiados valores</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>final inesperado de la entrada</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>se esperaba una clave de tipo cadena</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>se esperaba ':'</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>se esperaba ',' o '}'</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>se esperaba ',' o ']'</translation>
    </message>
    <message>
        <source>the member name "%1" appears twice in one object</source>
        <translation>el nombre de miembro "%1" aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>secuencia de escape \u truncada</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>carácter de control en una cadena</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>truncated UTF-8</source>
        <translation>UTF-8 truncado</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>carácter inesperado</translation>
    </message>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>El documento JSON ocupa más de %1 bytes.</translation>
    </message>
</context>
<context>
    <name>Satchel::Jws</name>
    <message>
        <source>The JWS header has no "alg".</source>
        <translation>El encabezado del JWS no tiene "alg".</translation>
    </message>
    <message>
        <source>The JWS uses header extensions that are not supported.</source>
        <translation>El JWS usa extensiones de encabezado que no se admiten.</translation>
    </message>
    <message>
        <source>The JWS is larger than %1 bytes.</source>
        <translation>El JWS ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>A compact JWS has exactly three dot-separated parts.</source>
        <translation>Un JWS compacto tiene exactamente tres partes separadas por puntos.</translation>
    </message>
    <message>
        <source>The JWS header is larger than %1 bytes.</source>
        <translation>El encabezado del JWS ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation>El encabezado del JWS no está en base64url válido.</translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation>El encabezado del JWS no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation>La carga útil del JWS no está en base64url válido.</translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation>La firma del JWS no está en base64url válido.</translation>
    </message>
    <message>
        <source>The JWS payload is not a JSON object.</source>
        <translation>La carga útil del JWS no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The JWS is unsecured ("alg": "none").</source>
        <translation>El JWS no está protegido ("alg": "none").</translation>
    </message>
    <message>
        <source>The JWS algorithm "%1" is not allowed.</source>
        <translation>El algoritmo JWS "%1" no está permitido.</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtPresentation</name>
    <message>
        <source>Your key could not sign the presentation the verifier asks for: %1</source>
        <translation>Su clave no pudo firmar la presentación que solicita el verificador: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::JwtVcIssuerKeys</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>La clave del encabezado JWT no se puede usar: %1</translation>
    </message>
    <message>
        <source>Neither the issuer (%1) nor the JWT header says where the issuer's key is.</source>
        <translation>Ni el emisor (%1) ni el encabezado del JWT indican dónde está la clave del emisor.</translation>
    </message>
    <message>
        <source>The issuer's certificate is unusable: %1</source>
        <translation>El certificado del emisor no se puede usar: %1</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>La clave de firma %1 no pertenece al emisor %2.</translation>
    </message>
    <message>
        <source>The issuer's key is published at %1; it was not checked offline.</source>
        <translation>La clave del emisor se publica en %1; no se comprobó al estar sin conexión.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 is for another issuer.</source>
        <translation>Los metadatos de emisor publicados en %1 son de otro emisor.</translation>
    </message>
    <message>
        <source>The issuer metadata at %1 lists no keys.</source>
        <translation>Los metadatos de emisor publicados en %1 no enumeran ninguna clave.</translation>
    </message>
    <message>
        <source>The JWT names no key and the issuer publishes several.</source>
        <translation>El JWT no indica ninguna clave y el emisor publica varias.</translation>
    </message>
    <message>
        <source>The issuer publishes no key "%1".</source>
        <translation>El emisor no publica ninguna clave "%1".</translation>
    </message>
    <message>
        <source>The issuer's key is unusable: %1</source>
        <translation>La clave del emisor no se puede usar: %1</translation>
    </message>
    <message>
        <source>The issuer's certificates cannot be read: %1</source>
        <translation>No se pueden leer los certificados del emisor: %1</translation>
    </message>
    <message>
        <source>The signing key comes from the certificate in the credential, which does not lead to a certificate authority this computer trusts (%1).</source>
        <translation>La clave de firma procede del certificado incluido en la credencial, que no lleva a una autoridad de certificación en la que este equipo confíe (%1).</translation>
    </message>
    <message>
        <source>The credential's certificate is vouched for by %1, but the issuer is not named by a web address the certificate could be compared with.</source>
        <translation>El certificado de la credencial está respaldado por %1, pero el emisor no se identifica con una dirección web con la que comparar el certificado.</translation>
    </message>
    <message>
        <source>The credential's certificate is not for %1, the issuer's site.</source>
        <translation>El certificado de la credencial no es para %1, el sitio del emisor.</translation>
    </message>
    <message>
        <source>The issuer's certificate for %1 is vouched for by %2, a certificate authority this computer trusts.</source>
        <translation>El certificado del emisor para %1 está respaldado por %2, una autoridad de certificación en la que este equipo confía.</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyProof</name>
    <message>
        <source>Your key could not sign the proof the issuer asks for: %1</source>
        <translation>Su clave no pudo firmar la prueba que solicita el emisor: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::KeyResolver</name>
    <message>
        <source>The verification method holds no public key.</source>
        <translation>El método de verificación no contiene ninguna clave pública.</translation>
    </message>
    <message>
        <source>The key set does not contain the key %1.</source>
        <translation>El conjunto de claves no contiene la clave %1.</translation>
    </message>
    <message>
        <source>The document does not contain the key %1.</source>
        <translation>El documento no contiene la clave %1.</translation>
    </message>
    <message>
        <source>The key %1 is not authorised for assertions by its controller.</source>
        <translation>Su controlador no autoriza la clave %1 para aserciones.</translation>
    </message>
    <message>
        <source>The document at %1 is not a key.</source>
        <translation>El documento de %1 no es una clave.</translation>
    </message>
    <message>
        <source>The key %1 needs a network lookup.</source>
        <translation>La clave %1 necesita una consulta en la red.</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched: %2</source>
        <translation>No se pudo descargar la clave de %1: %2</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (HTTP %2).</source>
        <translation>No se pudo descargar la clave de %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The key document at %1 is not valid JSON.</source>
        <translation>El documento de clave de %1 no es JSON válido.</translation>
    </message>
    <message>
        <source>No key is named.</source>
        <translation>No se indica ninguna clave.</translation>
    </message>
    <message>
        <source>The DID document at %1 is for another DID.</source>
        <translation>El documento DID de %1 es de otro DID.</translation>
    </message>
    <message>
        <source>The DID method of %1 is not supported.</source>
        <translation>No se admite el método DID de %1.</translation>
    </message>
    <message>
        <source>The key id %1 is not a URL or a supported DID.</source>
        <translation>El identificador de clave %1 no es una URL ni un DID admitido.</translation>
    </message>
</context>
<context>
    <name>Satchel::LoopbackRedirectListener</name>
    <message>
        <source>Satchel could not listen for the sign-in's answer on this computer: %1</source>
        <translation>Satchel no pudo esperar la respuesta del inicio de sesión en este equipo: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <source>The sign-in in the browser did not finish in time. Try receiving the offer again.</source>
        <translation>El inicio de sesión en el navegador no terminó a tiempo. Intente recibir la oferta de nuevo.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Aquí no</translation>
    </message>
    <message>
        <source>This address only takes the issuer's answer to a sign-in.</source>
        <translation>Esta dirección solo acepta la respuesta del emisor a un inicio de sesión.</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>No es este inicio de sesión</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Satchel started.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión que inició Satchel.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>You can close this tab and return to Satchel.</source>
        <translation>Puede cerrar esta pestaña y volver a Satchel.</translation>
    </message>
    <message>
        <source>The issuer did not authorize the request (%1).</source>
        <translation>El emisor no autorizó la solicitud (%1).</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
</context>
<context>
    <name>Satchel::MainWindow</name>
    <message>
        <source>Verifying %1 of %2</source>
        <translation>Verificando %1 de %2</translation>
    </message>
    <message>
        <source>Select one credential to export.</source>
        <translation>Seleccione una sola credencial para exportar.</translation>
    </message>
    <message>
        <source>Select the credentials to verify, or use Verify all.</source>
        <translation>Seleccione las credenciales que quiere verificar o use Verificar todo.</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Acerca de Satchel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;A desktop wallet for Open Badges 2.0 and 3.0 and CLR 2.0 micro-credentials, kept on your own computer.</source>
        <translation>&lt;b&gt;Satchel %1&lt;/b&gt;&lt;br&gt;Una cartera de escritorio para microcredenciales Open Badges 2.0 y 3.0 y CLR 2.0, guardadas en su propio equipo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop verifying (the credentials checked so far keep their result)</source>
        <translation>Detener la verificación (las credenciales ya comprobadas conservan su resultado)</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Satchel — demo wallet</source>
        <translation>Satchel — cartera de demostración</translation>
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
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n credential(s)</source>
        <translation>
            <numerusform>Se muestran %1 de %n credencial</numerusform>
            <numerusform>Se muestran %1 de %n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the credential: %1</source>
        <translation>No se pudo abrir la credencial: %1</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Ya hay una verificación en curso.</translation>
    </message>
    <message>
        <source>There is nothing to verify.</source>
        <translation>No hay nada que verificar.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n credential(s): </source>
        <translation>
            <numerusform>%n credencial verificada: </numerusform>
            <numerusform>%n credenciales verificadas: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid, %2 not valid, %3 could not be checked.</source>
        <translation>%1 válidas, %2 no válidas, %3 no se pudieron comprobar.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Detenida antes de terminar.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) imported.</source>
        <translation>
            <numerusform>%n credencial importada.</numerusform>
            <numerusform>%n credenciales importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as another version.</source>
        <translation>
            <numerusform>%n conservada como otra versión.</numerusform>
            <numerusform>%n conservadas como otras versiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation>Abrir otra cartera</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another wallet.</source>
        <translation>Espere a que termine la importación antes de abrir otra cartera.</translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation>Seleccione primero una o varias credenciales.</translation>
    </message>
    <message>
        <source>Select one credential to share.</source>
        <translation>Seleccione una sola credencial para compartir.</translation>
    </message>
    <message>
        <source>Select the credentials to put in a signed presentation.</source>
        <translation>Seleccione las credenciales que quiere incluir en una presentación firmada.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? The original files are not touched.</source>
        <translation>
            <numerusform>¿Quitar %n credencial de su cartera? El archivo original no se modifica.</numerusform>
            <numerusform>¿Quitar %n credenciales de su cartera? Los archivos originales no se modifican.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? The original file is not touched.</source>
        <translation>¿Quitar “%1” de su cartera? El archivo original no se modifica.</translation>
    </message>
    <message>
        <source>Remove from wallet</source>
        <translation>Quitar de la cartera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) could not be removed.</source>
        <translation>
            <numerusform>No se pudo quitar %n credencial.</numerusform>
            <numerusform>No se pudieron quitar %n credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texto arrastrado</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received.</source>
        <translation>
            <numerusform>%n credencial recibida.</numerusform>
            <numerusform>%n credenciales recibidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importar &amp;archivos…</translation>
    </message>
    <message>
        <source>Import badge files (JSON, JWS, PNG, SVG, ZIP)</source>
        <translation>Importar archivos de insignias (JSON, JWS, PNG, SVG, ZIP)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Importar todas las insignias de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importar desde &amp;URL…</translation>
    </message>
    <message>
        <source>Import a hosted badge or credential from its web address</source>
        <translation>Importar una insignia o credencial alojada desde su dirección web</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Import the badge, JWS or address on the clipboard (Ctrl+V)</source>
        <translation>Importar la insignia, el JWS o la dirección del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <source>Receive &amp;a credential…</source>
        <translation>Reci&amp;bir una credencial…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Recibir…</translation>
    </message>
    <message>
        <source>Receive a credential straight from its issuer: a link or QR code (Ctrl+Shift+V)</source>
        <translation>Recibir una credencial directamente de su emisor: un enlace o un código QR (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Chec&amp;k pending credentials</source>
        <translation>Comprobar credenciales pe&amp;ndientes</translation>
    </message>
    <message>
        <source>Ask issuers again for credentials they said would be ready later</source>
        <translation>Volver a solicitar a los emisores las credenciales que dijeron que estarían listas más tarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galería</translation>
    </message>
    <message>
        <source>Show credentials as cards</source>
        <translation>Mostrar las credenciales como tarjetas</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Show credentials as a sortable list</source>
        <translation>Mostrar las credenciales como una lista ordenable</translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation>&amp;Itinerarios</translation>
    </message>
    <message>
        <source>See how your badges add up to bigger credentials (Ctrl+3)</source>
        <translation>Ver cómo sus insignias se suman para formar credenciales mayores (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to all credentials (Esc)</source>
        <translation>Volver a todas las credenciales (Esc)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Re&amp;move from wallet…</source>
        <translation>&amp;Quitar de la cartera…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that the selected credentials are genuine and still valid (Ctrl+R)</source>
        <translation>Comprobar que las credenciales seleccionadas son auténticas y siguen siendo válidas (Ctrl+R)</translation>
    </message>
    <message>
        <source>Verify &amp;all</source>
        <translation>Verificar &amp;todo</translation>
    </message>
    <message>
        <source>Check every credential in the wallet, in the background</source>
        <translation>Comprobar todas las credenciales de la cartera, en segundo plano</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar sin cone&amp;xión</translation>
    </message>
    <message>
        <source>Verify from what the wallet has kept, without using the network</source>
        <translation>Verificar con lo que la cartera ha guardado, sin usar la red</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Original file…</source>
        <translation>Archivo &amp;original…</translation>
    </message>
    <message>
        <source>Save the credential exactly as the issuer sent it</source>
        <translation>Guardar la credencial exactamente como la envió el emisor</translation>
    </message>
    <message>
        <source>&amp;Baked badge image…</source>
        <translation>Imagen con &amp;insignia integrada…</translation>
    </message>
    <message>
        <source>Save the badge image with the credential inside, for any badge wallet</source>
        <translation>Guardar la imagen de la insignia con la credencial dentro, para cualquier cartera de insignias</translation>
    </message>
    <message>
        <source>&amp;Everything as a zip…</source>
        <translation>&amp;Todo como zip…</translation>
    </message>
    <message>
        <source>All your badges as plain files: originals, baked images and PDF certificates</source>
        <translation>Todas sus insignias como archivos simples: originales, imágenes con la credencial integrada y certificados PDF</translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation>Copia de seguri&amp;dad de la cartera…</translation>
    </message>
    <message>
        <source>Save the whole wallet to one encrypted file</source>
        <translation>Guardar toda la cartera en un único archivo cifrado</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Bring back the credentials of an encrypted backup; those already here are kept</source>
        <translation>Recuperar las credenciales de una copia de seguridad cifrada; las que ya están aquí se conservan</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>Si&amp;gned presentation…</source>
        <translation>Presentación &amp;firmada…</translation>
    </message>
    <message>
        <source>Save the selected credentials in one file signed by you, for someone who asked to see them and gave you a code</source>
        <translation>Guardar las credenciales seleccionadas en un archivo firmado por usted, para alguien que pidió verlas y le dio un código</translation>
    </message>
    <message>
        <source>Shared li&amp;nks…</source>
        <translation>Enlaces compar&amp;tidos…</translation>
    </message>
    <message>
        <source>The public links you made, with Stop sharing</source>
        <translation>Los enlaces públicos que ha creado, con Dejar de compartir</translation>
    </message>
    <message>
        <source>Presentation &amp;history…</source>
        <translation>&amp;Historial de presentaciones…</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, and when; kept on this computer</source>
        <translation>Lo que envió a verificadores o rechazó, y cuándo; se guarda en este equipo</translation>
    </message>
    <message>
        <source>Share the selected badge on LinkedIn, social media or by e-mail, or as a QR code (Ctrl+Shift+S)</source>
        <translation>Compartir la insignia seleccionada en LinkedIn, redes sociales o por correo electrónico, o como código QR (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>&amp;Tags and collections…</source>
        <translation>Etiquetas &amp;y colecciones…</translation>
    </message>
    <message>
        <source>Tag the selected credentials and put them in collections (Ctrl+T)</source>
        <translation>Etiquetar las credenciales seleccionadas y ponerlas en colecciones (Ctrl+T)</translation>
    </message>
    <message>
        <source>Pr&amp;int certificate…</source>
        <translation>Imprimir cer&amp;tificado…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Preview, save as PDF or print a certificate of this credential (Ctrl+P)</source>
        <translation>Previsualizar, guardar como PDF o imprimir un certificado de esta credencial (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF &amp;certificates…</source>
        <translation>&amp;Certificados PDF…</translation>
    </message>
    <message>
        <source>Save a PDF certificate of each selected credential into a folder</source>
        <translation>Guardar un certificado PDF de cada credencial seleccionada en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Acerca de Satchel</translation>
    </message>
    <message>
        <source>Open the &amp;demo wallet</source>
        <translation>Abrir la cartera de &amp;demostración</translation>
    </message>
    <message>
        <source>Try Satchel on example badges, in a window and wallet of their own</source>
        <translation>Probar Satchel con insignias de ejemplo, en una ventana y una cartera propias</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to import.</source>
        <translation>El portapapeles no contiene nada que importar.</translation>
    </message>
    <message>
        <source>Import badge files</source>
        <translation>Importar archivos de insignias</translation>
    </message>
    <message>
        <source>Import every badge in a folder</source>
        <translation>Importar todas las insignias de una carpeta</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importar desde URL</translation>
    </message>
    <message>
        <source>Web address of a hosted badge or credential:</source>
        <translation>Dirección web de una insignia o credencial alojada:</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Introduzca una dirección web que empiece por https://</translation>
    </message>
    <message>
        <source>Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;All files (*)</source>
        <translation>Insignias (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Satchel::Migrations</name>
    <message>
        <source>The wallet file could not be read: %1</source>
        <translation>No se pudo leer el archivo de la cartera: %1</translation>
    </message>
    <message>
        <source>The wallet's schema version could not be read: %1</source>
        <translation>No se pudo leer la versión del esquema de la cartera: %1</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Satchel (schema %1; this version understands up to %2).</source>
        <translation>Esta cartera la creó una versión más reciente de Satchel (esquema %1; esta versión admite hasta el %2).</translation>
    </message>
    <message>
        <source>Could not start upgrading the wallet: %1</source>
        <translation>No se pudo empezar a actualizar la cartera: %1</translation>
    </message>
    <message>
        <source>Upgrading the wallet to schema %1 failed: %2</source>
        <translation>Error al actualizar la cartera al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::Multibase</name>
    <message>
        <source>Empty multibase value.</source>
        <translation>Valor multibase vacío.</translation>
    </message>
    <message>
        <source>Unsupported multibase prefix '%1'.</source>
        <translation>Prefijo multibase '%1' no admitido.</translation>
    </message>
</context>
<context>
    <name>Satchel::Multicodec</name>
    <message>
        <source>Invalid multicodec prefix.</source>
        <translation>Prefijo multicodec no válido.</translation>
    </message>
</context>
<context>
    <name>Satchel::NQuads</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>truncated escape</source>
        <translation>secuencia de escape truncada</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid code point</source>
        <translation>punto de código no válido</translation>
    </message>
    <message>
        <source>truncated IRI</source>
        <translation>IRI truncado</translation>
    </message>
    <message>
        <source>invalid IRI escape</source>
        <translation>secuencia de escape de IRI no válida</translation>
    </message>
    <message>
        <source>invalid character in IRI</source>
        <translation>carácter no válido en el IRI</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>IRI sin terminar</translation>
    </message>
    <message>
        <source>relative IRI</source>
        <translation>IRI relativo</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>etiqueta de nodo en blanco vacía</translation>
    </message>
    <message>
        <source>newline in literal</source>
        <translation>salto de línea en un literal</translation>
    </message>
    <message>
        <source>truncated literal</source>
        <translation>literal truncado</translation>
    </message>
    <message>
        <source>invalid literal escape</source>
        <translation>secuencia de escape de literal no válida</translation>
    </message>
    <message>
        <source>unterminated literal</source>
        <translation>literal sin terminar</translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation>etiqueta de idioma vacía</translation>
    </message>
    <message>
        <source>expected datatype IRI</source>
        <translation>se esperaba un IRI de tipo de datos</translation>
    </message>
    <message>
        <source>unexpected end of line</source>
        <translation>final de línea inesperado</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>carácter inesperado</translation>
    </message>
    <message>
        <source>expected end of line</source>
        <translation>se esperaba el final de la línea</translation>
    </message>
    <message>
        <source>line %1: expected '.'</source>
        <translation>línea %1: se esperaba '.'</translation>
    </message>
    <message>
        <source>More than %1 quads.</source>
        <translation>Más de %1 cuádruplas.</translation>
    </message>
</context>
<context>
    <name>Satchel::NetworkDocumentFetcher</name>
    <message>
        <source>Only http and https addresses can be fetched: %1</source>
        <translation>Solo se pueden descargar direcciones http y https: %1</translation>
    </message>
    <message>
        <source>could not check (offline since %1)</source>
        <translation>no se pudo comprobar (sin conexión desde %1)</translation>
    </message>
    <message>
        <source>could not check (%1 unreachable since %2)</source>
        <translation>no se pudo comprobar (%1 inaccesible desde %2)</translation>
    </message>
</context>
<context>
    <name>Satchel::NoticeBanner</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Select these credentials in the wallet</source>
        <translation>Seleccionar estas credenciales en la cartera</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) stopped being valid since the last check: %1.</source>
        <translation>
            <numerusform>%n credencial dejó de ser válida desde la última comprobación: %1.</numerusform>
            <numerusform>%n credenciales dejaron de ser válidas desde la última comprobación: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked.</source>
        <translation>
            <numerusform>%n revocada.</numerusform>
            <numerusform>%n revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired.</source>
        <translation>
            <numerusform>%n caducada.</numerusform>
            <numerusform>%n caducadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open one to see why and what to do.</source>
        <translation>Abra una para ver el motivo y qué hacer.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2HostedVerifier</name>
    <message>
        <source>The issuer does not vouch for assertions hosted at %1.</source>
        <translation>El emisor no respalda las aserciones alojadas en %1.</translation>
    </message>
    <message>
        <source>The issuer hosts this assertion.</source>
        <translation>El emisor aloja esta aserción.</translation>
    </message>
    <message>
        <source>The badge is neither hosted nor signed, so nothing proves it.</source>
        <translation>La insignia no está alojada ni firmada, así que nada la demuestra.</translation>
    </message>
    <message>
        <source>A hosted badge needs an http(s) id.</source>
        <translation>Una insignia alojada necesita un identificador http(s).</translation>
    </message>
    <message>
        <source>The hosted badge was not checked with its issuer (offline).</source>
        <translation>La insignia alojada no se comprobó con su emisor (sin conexión).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched: %1</source>
        <translation>No se pudo descargar la copia del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge (HTTP 410).</source>
        <translation>El emisor ha revocado esta insignia (HTTP 410).</translation>
    </message>
    <message>
        <source>The issuer's copy could not be fetched (HTTP %1).</source>
        <translation>No se pudo descargar la copia del emisor (HTTP %1).</translation>
    </message>
    <message>
        <source>The issuer's copy is not valid JSON.</source>
        <translation>La copia del emisor no es JSON válido.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>El emisor ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>El emisor ha revocado esta insignia: %1</translation>
    </message>
    <message>
        <source>The badge differs from the issuer's copy (%1).</source>
        <translation>La insignia difiere de la copia del emisor (%1).</translation>
    </message>
    <message>
        <source>The badge matches the issuer's copy.</source>
        <translation>La insignia coincide con la copia del emisor.</translation>
    </message>
    <message>
        <source>The badge does not use the Open Badges context.</source>
        <translation>La insignia no usa el contexto de Open Badges.</translation>
    </message>
    <message>
        <source>The badge is not an Open Badges assertion (type %1).</source>
        <translation>La insignia no es una aserción de Open Badges (tipo %1).</translation>
    </message>
    <message>
        <source>An assertion image must be a link, not embedded data (only a badge class may embed its image).</source>
        <translation>La imagen de una aserción debe ser un enlace, no datos incrustados (solo una clase de insignia puede incrustar su imagen).</translation>
    </message>
    <message>
        <source>The badge expires before it was issued.</source>
        <translation>La insignia caduca antes de su fecha de emisión.</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: %1</source>
        <translation>No se pudo comprobar el perfil del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer's profile could not be checked: the badge class names no issuer.</source>
        <translation>No se pudo comprobar el perfil del emisor: la clase de insignia no indica ningún emisor.</translation>
    </message>
    <message>
        <source>The issuer's profile at %1 gives another id.</source>
        <translation>El perfil del emisor en %1 indica otro identificador.</translation>
    </message>
</context>
<context>
    <name>Satchel::Ob2SignedVerifier</name>
    <message>
        <source>A required link is missing.</source>
        <translation>Falta un enlace obligatorio.</translation>
    </message>
    <message>
        <source>The badge is unsigned (algorithm "none").</source>
        <translation>La insignia no está firmada (algoritmo "none").</translation>
    </message>
    <message>
        <source>A signed badge must declare verification type "SignedBadge".</source>
        <translation>Una insignia firmada debe declarar el tipo de verificación "SignedBadge".</translation>
    </message>
    <message>
        <source>The issuer profile at %1 has a different id.</source>
        <translation>El perfil del emisor en %1 tiene otro identificador.</translation>
    </message>
    <message>
        <source>The signing key %1 is not one of the issuer's keys.</source>
        <translation>La clave de firma %1 no es una de las claves del emisor.</translation>
    </message>
    <message>
        <source>The issuer profile lists no public key.</source>
        <translation>El perfil del emisor no enumera ninguna clave pública.</translation>
    </message>
    <message>
        <source>The key %1 is not owned by the issuer.</source>
        <translation>La clave %1 no pertenece al emisor.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La firma no es válida.</translation>
    </message>
    <message>
        <source>The issuer's signature is valid.</source>
        <translation>La firma del emisor es válida.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciAuthorizer</name>
    <message>
        <source>The issuer asks for the PIN it sent you separately; nothing was requested without it.</source>
        <translation>El emisor pide el PIN que le envió por separado; no se solicitó nada sin él.</translation>
    </message>
    <message>
        <source>reading the authorization server's metadata</source>
        <translation>lectura de los metadatos del servidor de autorización</translation>
    </message>
    <message>
        <source>The authorization server %1 answered with the metadata of %2: nothing was requested.</source>
        <translation>El servidor de autorización %1 respondió con los metadatos de %2: no se solicitó nada.</translation>
    </message>
    <message>
        <source>The offer needs a sign-in, but the issuer's authorization server has no authorization endpoint.</source>
        <translation>La oferta requiere iniciar sesión, pero el servidor de autorización del emisor no tiene punto de conexión de autorización.</translation>
    </message>
    <message>
        <source>This offer needs you to sign in at the issuer in a web browser, which is not possible here.</source>
        <translation>Esta oferta requiere que inicie sesión en el sitio del emisor en un navegador web, lo que no es posible aquí.</translation>
    </message>
    <message>
        <source>Satchel could not open your web browser to sign in at the issuer.</source>
        <translation>Satchel no pudo abrir su navegador web para iniciar sesión en el sitio del emisor.</translation>
    </message>
    <message>
        <source>The issuer's sign-in page is not a secure (https) address.</source>
        <translation>La página de inicio de sesión del emisor no es una dirección segura (https).</translation>
    </message>
    <message>
        <source>starting the sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>asking the issuer for access</source>
        <translation>solicitud de acceso al emisor</translation>
    </message>
    <message>
        <source>The issuer did not accept the PIN. Check the code it sent you and try again.</source>
        <translation>El emisor no aceptó el PIN. Compruebe el código que le envió e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>La oferta ha caducado o ya se usó. Pida una nueva al emisor.</translation>
    </message>
    <message>
        <source>The issuer grants access only as "%1" tokens, which Satchel does not support yet.</source>
        <translation>El emisor solo concede acceso con tokens "%1", que Satchel aún no admite.</translation>
    </message>
</context>
<context>
    <name>Satchel::Oid4vciIssuance</name>
    <message>
        <source>The issuer does not accept keys of your identity's type (%1; it accepts %2). Choose another identity. Nothing was requested.</source>
        <translation>El emisor no acepta claves del tipo de su identidad (%1; acepta %2). Elija otra identidad. No se solicitó nada.</translation>
    </message>
    <message>
        <source>asking the issuer for a nonce</source>
        <translation>solicitud de un nonce al emisor</translation>
    </message>
    <message>
        <source>asking for the credential</source>
        <translation>solicitud de la credencial</translation>
    </message>
    <message>
        <source>The issuer would not issue "%1" in a format Satchel can store.</source>
        <translation>El emisor no emitiría "%1" en un formato que Satchel pueda guardar.</translation>
    </message>
    <message>
        <source>The issuer will deliver the credential later but gives no address to ask for it.</source>
        <translation>El emisor entregará la credencial más tarde, pero no indica ninguna dirección en la que solicitarla.</translation>
    </message>
    <message>
        <source>The issuer's answer held no credential.</source>
        <translation>La respuesta del emisor no contenía ninguna credencial.</translation>
    </message>
    <message>
        <source>asking for a credential the issuer was preparing</source>
        <translation>solicitud de una credencial que el emisor estaba preparando</translation>
    </message>
    <message>
        <source>The issuer no longer holds this credential for you (%1). Ask it for a new offer.</source>
        <translation>El emisor ya no tiene esta credencial para usted (%1). Pídale una oferta nueva.</translation>
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
        <translation>descarga de la oferta de credencial</translation>
    </message>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>La oferta ha caducado o ya se usó. Pida una nueva al emisor.</translation>
    </message>
    <message>
        <source>reading the issuer's metadata</source>
        <translation>lectura de los metadatos del emisor</translation>
    </message>
    <message>
        <source>The offer names the issuer %1, but the metadata found there is for %2: nothing was requested.</source>
        <translation>La oferta indica el emisor %1, pero los metadatos que hay allí son de %2: no se solicitó nada.</translation>
    </message>
    <message>
        <source>The issuer's credential endpoint is not a secure (https) address.</source>
        <translation>El punto de conexión de credenciales del emisor no es una dirección segura (https).</translation>
    </message>
    <message>
        <source>The offer asks for "%1", which the issuer's metadata does not describe.</source>
        <translation>La oferta solicita "%1", que los metadatos del emisor no describen.</translation>
    </message>
    <message>
        <source>an unnamed format</source>
        <translation>un formato sin nombre</translation>
    </message>
    <message>
        <source>The issuer offers only %1, which Satchel cannot store yet. Nothing was requested.</source>
        <translation>El emisor solo ofrece %1, que Satchel aún no puede guardar. No se solicitó nada.</translation>
    </message>
    <message>
        <source>The offer allows no way of receiving that Satchel can follow.</source>
        <translation>La oferta no permite ninguna forma de recepción que Satchel pueda seguir.</translation>
    </message>
</context>
<context>
    <name>Satchel::OrganizeDialog</name>
    <message>
        <source>Tags and collections</source>
        <translation>Etiquetas y colecciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove selected tags</source>
        <translation>Quitar las etiquetas seleccionadas</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Tick a collection to put the credentials in it.</source>
        <translation>Marque una colección para poner las credenciales en ella.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <source>Organise "%1".</source>
        <translation>Organizar "%1".</translation>
    </message>
    <message>
        <source>Organise the credential.</source>
        <translation>Organizar la credencial.</translation>
    </message>
    <message numerus="yes">
        <source>Organise %n credential(s). Tags and collections shown are those all of them share; a half-ticked collection holds some of them.</source>
        <translation>
            <numerusform>Organizar %n credencial. Las etiquetas y colecciones mostradas son las que comparten todas; una colección marcada a medias contiene algunas de ellas.</numerusform>
            <numerusform>Organizar %n credenciales. Las etiquetas y colecciones mostradas son las que comparten todas; una colección marcada a medias contiene algunas de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) in this collection</source>
        <translation>
            <numerusform>%n credencial en esta colección</numerusform>
            <numerusform>%n credenciales en esta colección</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: make one with "New collection…".</source>
        <translation>Aún no hay colecciones: cree una con "Nueva colección…".</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Escriba primero una etiqueta.</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A collection name can have at most %1 characters.</source>
        <translation>El nombre de una colección puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name of the new collection (the credentials go in it):</source>
        <translation>Nombre de la nueva colección (las credenciales se incluirán en ella):</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete the collection "%1"? The credentials in it stay in the wallet.</source>
        <translation>¿Eliminar la colección "%1"? Las credenciales que contiene permanecen en la cartera.</translation>
    </message>
</context>
<context>
    <name>Satchel::P256KeyPair</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>No se pudo leer la clave de firma.</translation>
    </message>
    <message>
        <source>Could not create a new signing key.</source>
        <translation>No se pudo crear una clave de firma nueva.</translation>
    </message>
    <message>
        <source>A P-256 signing key must be %1 bytes.</source>
        <translation>Una clave de firma P-256 debe tener %1 bytes.</translation>
    </message>
    <message>
        <source>The P-256 signing key is out of range.</source>
        <translation>La clave de firma P-256 está fuera del intervalo.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Error al firmar.</translation>
    </message>
</context>
<context>
    <name>Satchel::PassphraseDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation>Crear copia de seguridad de la cartera</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with this passphrase. Without it nobody, you included, can open the backup: keep it somewhere safe.</source>
        <translation>La copia de seguridad %1 se cifra con esta frase de contraseña. Sin ella nadie, ni siquiera usted, puede abrir la copia de seguridad: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Enter the passphrase of the backup %1.</source>
        <translation>Introduzca la frase de contraseña de la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Protect your key</source>
        <translation>Proteger su clave</translation>
    </message>
    <message>
        <source>Satchel proves to %1 that it is you, with a key of your own. There is no keychain on this computer, so the key is kept in the wallet, locked with this passphrase. You will need it whenever Satchel signs for you: to receive a credential, or to make or stop a public link.</source>
        <translation>Satchel demuestra a %1 que es usted, con una clave propia. En este equipo no hay llavero, así que la clave se guarda en la cartera, bloqueada con esta frase de contraseña. La necesitará siempre que Satchel firme por usted: para recibir una credencial o para crear o detener un enlace público.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>Desbloquear su clave</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign for %1.</source>
        <translation>Introduzca la frase de contraseña de su clave para firmar para %1.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters, or several words, is much harder to guess.</source>
        <translation>Una frase de contraseña de al menos %1 caracteres, o de varias palabras, es mucho más difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEditorDialog</name>
    <message>
        <source>Edit pathway</source>
        <translation>Editar itinerario</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Nuevo itinerario</translation>
    </message>
    <message>
        <source>All of the requirements below</source>
        <translation>Todos los requisitos siguientes</translation>
    </message>
    <message>
        <source>At least N of them</source>
        <translation>Al menos N de ellos</translation>
    </message>
    <message>
        <source>At least X credits from them</source>
        <translation>Al menos X créditos de ellos</translation>
    </message>
    <message>
        <source>as stated in the badge</source>
        <translation>según lo indicado en la insignia</translation>
    </message>
    <message>
        <source>Credits for a badge that states none itself</source>
        <translation>Créditos de una insignia que no indica ninguno</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Achievement type</source>
        <translation>Tipo de logro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Complete with:</source>
        <translation>&amp;Completar con:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>Cuán&amp;tos:</translation>
    </message>
    <message>
        <source>C&amp;redits needed:</source>
        <translation>C&amp;réditos necesarios:</translation>
    </message>
    <message>
        <source>Credits per &amp;badge:</source>
        <translation>Créditos por &amp;insignia:</translation>
    </message>
    <message>
        <source>Badges from your wallet that count:</source>
        <translation>Insignias de su cartera que cuentan:</translation>
    </message>
    <message>
        <source>Rules (any badge from an issuer with a tag or of a type):</source>
        <translation>Reglas (cualquier insignia de un emisor con una etiqueta o de un tipo):</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Cualquier emisor</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>type, e.g. Certificate</source>
        <translation>tipo, p. ej., Certificate</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>A rule needs a tag or an achievement type.</source>
        <translation>Una regla necesita una etiqueta o un tipo de logro.</translation>
    </message>
    <message>
        <source>A %1 badge tagged “%2”</source>
        <translation>Una insignia de tipo %1 con la etiqueta “%2”</translation>
    </message>
    <message>
        <source>A badge tagged “%1”</source>
        <translation>Una insignia con la etiqueta “%1”</translation>
    </message>
    <message>
        <source>A badge of type %1</source>
        <translation>Una insignia de tipo %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation>Dé un nombre al itinerario.</translation>
    </message>
    <message>
        <source>Pick at least one badge or add a rule.</source>
        <translation>Elija al menos una insignia o añada una regla.</translation>
    </message>
    <message numerus="yes">
        <source>You asked for %1 requirements but listed only %n.</source>
        <translation>
            <numerusform>Ha pedido %1 requisitos, pero solo ha indicado %n.</numerusform>
            <numerusform>Ha pedido %1 requisitos, pero solo ha indicado %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayEngine</name>
    <message>
        <source>Revoked by its issuer</source>
        <translation>Revocada por su emisor</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Expired on %1; this requirement needs a valid credential</source>
        <translation>Caducada el %1; este requisito necesita una credencial válida</translation>
    </message>
    <message>
        <source>Expired; this requirement needs a valid credential</source>
        <translation>Caducada; este requisito necesita una credencial válida</translation>
    </message>
    <message>
        <source>Has no result for %1</source>
        <translation>No tiene resultado para %1</translation>
    </message>
    <message>
        <source>Result %1 is below the required %2</source>
        <translation>El resultado %1 es inferior al mínimo requerido %2</translation>
    </message>
    <message>
        <source>Result %1 is not one of %2</source>
        <translation>El resultado %1 no es uno de %2</translation>
    </message>
    <message>
        <source>Counts only after %1 is earned</source>
        <translation>Solo cuenta después de obtener %1</translation>
    </message>
    <message>
        <source>Issued before %1, which must come first</source>
        <translation>Emitida antes de %1, que debe ir primero</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayFormat</name>
    <message>
        <source>%1: "%2" is required</source>
        <translation>%1: "%2" es obligatorio</translation>
    </message>
    <message>
        <source>%1: "%2" must be a string</source>
        <translation>%1: "%2" debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: "%2" is longer than %3 characters</source>
        <translation>%1: "%2" tiene más de %3 caracteres</translation>
    </message>
    <message>
        <source>%1: "%2" must not be empty</source>
        <translation>%1: "%2" no debe estar vacío</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of strings</source>
        <translation>%1: "%2" debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 entries</source>
        <translation>%1: "%2" tiene más de %3 entradas</translation>
    </message>
    <message>
        <source>%1: "%2" must be an array of non-empty strings</source>
        <translation>%1: "%2" debe ser una matriz de cadenas no vacías</translation>
    </message>
    <message>
        <source>%1: requirements are nested deeper than %2 levels</source>
        <translation>%1: los requisitos están anidados en más de %2 niveles</translation>
    </message>
    <message>
        <source>The pathway has more than %1 requirements</source>
        <translation>El itinerario tiene más de %1 requisitos</translation>
    </message>
    <message>
        <source>%1: use only one of "allOf", "atLeast", "atLeastCredits"</source>
        <translation>%1: use solo uno de "allOf", "atLeast", "atLeastCredits"</translation>
    </message>
    <message>
        <source>%1: the id "%2" is used by two requirements</source>
        <translation>%1: el identificador "%2" lo usan dos requisitos</translation>
    </message>
    <message>
        <source>%1: "atLeast" must be a whole number of at least 1</source>
        <translation>%1: "atLeast" debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>%1: "atLeastCredits" must be a number above 0</source>
        <translation>%1: "atLeastCredits" debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>%1: "%2" must be a non-empty array of requirements</source>
        <translation>%1: "%2" debe ser una matriz de requisitos no vacía</translation>
    </message>
    <message>
        <source>%1: "%2" has more than %3 requirements</source>
        <translation>%1: "%2" tiene más de %3 requisitos</translation>
    </message>
    <message>
        <source>%1: a requirement must be an object or the id of one</source>
        <translation>%1: un requisito debe ser un objeto o el identificador de uno</translation>
    </message>
    <message>
        <source>%1: "%2" belongs on a badge requirement, not on a group</source>
        <translation>%1: "%2" corresponde a un requisito de insignia, no a un grupo</translation>
    </message>
    <message>
        <source>%1: a requirement needs "allOf", "atLeast" or "atLeastCredits", or something to match: "achievementId", "alternativeIds", "alignmentUrl" or "rule"</source>
        <translation>%1: un requisito necesita "allOf", "atLeast" o "atLeastCredits", o algo con lo que coincidir: "achievementId", "alternativeIds", "alignmentUrl" o "rule"</translation>
    </message>
    <message>
        <source>%1: "count" must be a whole number from 1 to %2</source>
        <translation>%1: "count" debe ser un número entero del 1 al %2</translation>
    </message>
    <message>
        <source>%1: "credits" must be a number of at least 0</source>
        <translation>%1: "credits" debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>%1: "mustBeValid" must be true or false</source>
        <translation>%1: "mustBeValid" debe ser true o false</translation>
    </message>
    <message>
        <source>%1: "rule" must be an object</source>
        <translation>%1: "rule" debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: a rule needs a "tag" or an "achievementType"</source>
        <translation>%1: una regla necesita "tag" o "achievementType"</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: "minValue" must be a number</source>
        <translation>%1: "minValue" debe ser un número</translation>
    </message>
    <message>
        <source>%1: give "minValue" or "acceptedValues"</source>
        <translation>%1: indique "minValue" o "acceptedValues"</translation>
    </message>
    <message>
        <source>The pathway file is larger than %1 KiB</source>
        <translation>El archivo de itinerario ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>A pathway file must hold one JSON object</source>
        <translation>Un archivo de itinerario debe contener un solo objeto JSON</translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation>El archivo de itinerario no es JSON válido: %1</translation>
    </message>
    <message>
        <source>This is not a Satchel pathway: the "satchelPathway" version number is missing</source>
        <translation>No es un itinerario de Satchel: falta el número de versión "satchelPathway"</translation>
    </message>
    <message>
        <source>"satchelPathway" must be the format version number, 1</source>
        <translation>"satchelPathway" debe ser el número de versión del formato, 1</translation>
    </message>
    <message>
        <source>The pathway uses format version %1; this Satchel reads version %2. Update Satchel to import it.</source>
        <translation>El itinerario usa la versión de formato %1; esta versión de Satchel lee la versión %2. Actualice Satchel para importarlo.</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>itinerario</translation>
    </message>
    <message>
        <source>%1: "owner" must be an object</source>
        <translation>%1: "owner" debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: "target" must be an object</source>
        <translation>%1: "target" debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: "requirements" must be an object (the top requirement)</source>
        <translation>%1: "requirements" debe ser un objeto (el requisito superior)</translation>
    </message>
    <message>
        <source>%1: "definitions" must be an array of requirements</source>
        <translation>%1: "definitions" debe ser una matriz de requisitos</translation>
    </message>
    <message>
        <source>%1: must be a requirement object</source>
        <translation>%1: debe ser un objeto de requisito</translation>
    </message>
    <message>
        <source>%1: a shared definition needs an "id"</source>
        <translation>%1: una definición compartida necesita un "id"</translation>
    </message>
    <message>
        <source>%1: no requirement has the id "%2"</source>
        <translation>%1: ningún requisito tiene el identificador "%2"</translation>
    </message>
    <message>
        <source>The pathway has no id</source>
        <translation>El itinerario no tiene identificador</translation>
    </message>
    <message>
        <source>The pathway has no requirements</source>
        <translation>El itinerario no tiene requisitos</translation>
    </message>
    <message>
        <source>Requirement %1 has no id</source>
        <translation>El requisito %1 no tiene identificador</translation>
    </message>
    <message>
        <source>The id "%1" is used by two requirements</source>
        <translation>El identificador "%1" lo usan dos requisitos</translation>
    </message>
    <message>
        <source>Requirement "%1" has a missing child</source>
        <translation>Al requisito "%1" le falta un hijo</translation>
    </message>
    <message>
        <source>Requirement "%1" matches badges and cannot have children</source>
        <translation>El requisito "%1" coincide con insignias y no puede tener hijos</translation>
    </message>
    <message>
        <source>Requirement "%1" matches nothing</source>
        <translation>El requisito "%1" no coincide con nada</translation>
    </message>
    <message>
        <source>Requirement "%1" needs a count of at least 1</source>
        <translation>El requisito "%1" necesita un recuento de al menos 1</translation>
    </message>
    <message>
        <source>Requirement "%1" asks for %2 of only %3 requirements</source>
        <translation>El requisito "%1" pide %2 de solo %3 requisitos</translation>
    </message>
    <message>
        <source>Requirement "%1" must ask for at least 1</source>
        <translation>El requisito "%1" debe pedir al menos 1</translation>
    </message>
    <message>
        <source>Group "%1" has no requirements</source>
        <translation>El grupo "%1" no tiene requisitos</translation>
    </message>
    <message>
        <source>Group "%1" has more than %2 requirements</source>
        <translation>El grupo "%1" tiene más de %2 requisitos</translation>
    </message>
    <message>
        <source>The requirements "%1" and "%2" contain each other (a cycle)</source>
        <translation>Los requisitos "%1" y "%2" se contienen mutuamente (un ciclo)</translation>
    </message>
    <message>
        <source>Requirements are nested deeper than %1 levels</source>
        <translation>Los requisitos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2", which does not exist</source>
        <translation>El requisito "%1" precede a "%2", que no existe</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes "%2"; ordering applies to badge requirements only</source>
        <translation>El requisito "%1" precede a "%2"; el orden solo se aplica a requisitos de insignia</translation>
    </message>
    <message>
        <source>Requirement "%1" precedes itself</source>
        <translation>El requisito "%1" se precede a sí mismo</translation>
    </message>
    <message>
        <source>The order of "%1" and "%2" is circular ("precedes" forms a cycle)</source>
        <translation>El orden de "%1" y "%2" es circular ("precedes" forma un ciclo)</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayOverview</name>
    <message>
        <source>matched by achievement id</source>
        <translation>coincide por identificador de logro</translation>
    </message>
    <message>
        <source>matched by an alternative id</source>
        <translation>coincide por un identificador alternativo</translation>
    </message>
    <message>
        <source>matched by alignment</source>
        <translation>coincide por alineación</translation>
    </message>
    <message>
        <source>matched by rule</source>
        <translation>coincide por regla</translation>
    </message>
    <message numerus="yes">
        <source>All of %n</source>
        <translation>
            <numerusform>Todos (%n)</numerusform>
            <numerusform>Todos los %n</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 of %2</source>
        <translation>Al menos %1 de %2</translation>
    </message>
    <message>
        <source>At least %1 credits</source>
        <translation>Al menos %1 créditos</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation>con la etiqueta “%1”</translation>
    </message>
    <message>
        <source>of type %1</source>
        <translation>de tipo %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) %1</source>
        <translation>
            <numerusform>%n insignia %1</numerusform>
            <numerusform>%n insignias %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 de %2 créditos</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a pathway: expected Satchel's pathway format, a Badgr/Canvas pathway or a CLR 2.0 with associations</source>
        <translation>%1 no es un itinerario: se esperaba el formato de itinerario de Satchel, un itinerario de Badgr/Canvas o un CLR 2.0 con asociaciones</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported: %1</source>
        <translation>Solo se pueden importar direcciones http y https: %1</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 respondió con el estado HTTP %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PathwayStore</name>
    <message>
        <source>Could not access the pathways in the wallet: %1</source>
        <translation>No se pudo acceder a los itinerarios de la cartera: %1</translation>
    </message>
    <message>
        <source>No pathway has the id %1</source>
        <translation>Ningún itinerario tiene el identificador %1</translation>
    </message>
    <message>
        <source>The stored pathway %1 could not be read: %2</source>
        <translation>No se pudo leer el itinerario guardado %1: %2</translation>
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
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>A pathway shows how your badges add up to a bigger credential, across issuers. Select a pathway to see each requirement, what counts and what to earn next.</source>
        <translation>Un itinerario muestra cómo sus insignias se suman para formar una credencial mayor, de distintos emisores. Seleccione un itinerario para ver cada requisito, qué cuenta y qué obtener a continuación.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Importar archivo…</translation>
    </message>
    <message>
        <source>Import a pathway: Satchel's format, a Badgr/Canvas pathway or a CLR 2.0</source>
        <translation>Importar un itinerario: formato de Satchel, itinerario de Badgr/Canvas o CLR 2.0</translation>
    </message>
    <message>
        <source>Import from URL…</source>
        <translation>Importar desde URL…</translation>
    </message>
    <message>
        <source>New pathway…</source>
        <translation>Nuevo itinerario…</translation>
    </message>
    <message>
        <source>Make your own pathway from the badges in your wallet</source>
        <translation>Crear su propio itinerario a partir de las insignias de su cartera</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Transcript…</source>
        <translation>Expediente…</translation>
    </message>
    <message>
        <source>A PDF transcript of the badges that count toward this pathway, one page each</source>
        <translation>Un expediente PDF de las insignias que cuentan para este itinerario, una página por insignia</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Issuer or owner</source>
        <translation>Emisor o propietario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Working out your progress…</source>
        <translation>Calculando su progreso…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pathways yet. Import one, or make your own from your badges.</source>
        <translation>Aún no hay itinerarios. Importe uno o cree el suyo a partir de sus insignias.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 completado</translation>
    </message>
    <message>
        <source>Completing it earns: %1</source>
        <translation>Al completarlo obtiene: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  ← next</source>
        <translation>%1  ← siguiente</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Cuentan:</translation>
    </message>
    <message>
        <source>Does not count:</source>
        <translation>No cuentan:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Faltan:</translation>
    </message>
    <message>
        <source>Earn next:</source>
        <translation>Obtener a continuación:</translation>
    </message>
    <message>
        <source>This group is complete.</source>
        <translation>Este grupo está completo.</translation>
    </message>
    <message>
        <source>Earn first: %1</source>
        <translation>Obtener primero: %1</translation>
    </message>
    <message>
        <source>Missing: no badge in your wallet meets this requirement yet.</source>
        <translation>Falta: ninguna insignia de su cartera cumple aún este requisito.</translation>
    </message>
    <message>
        <source>How to earn it: %1</source>
        <translation>Cómo obtenerla: %1</translation>
    </message>
    <message>
        <source>Open the badge</source>
        <translation>Abrir la insignia</translation>
    </message>
    <message>
        <source>How to earn it…</source>
        <translation>Cómo obtenerla…</translation>
    </message>
    <message>
        <source>Import a pathway</source>
        <translation>Importar un itinerario</translation>
    </message>
    <message>
        <source>The pathway could not be imported from %1:
%2</source>
        <translation>No se pudo importar el itinerario desde %1:
%2</translation>
    </message>
    <message>
        <source>The pathway %1 could not be saved:
%2</source>
        <translation>No se pudo guardar el itinerario %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pathway(s): %1</source>
        <translation>
            <numerusform>%n itinerario importado: %1</numerusform>
            <numerusform>%n itinerarios importados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pathways and CLRs (*.json *.jwt *.txt);;All files (*)</source>
        <translation>Itinerarios y CLR (*.json *.jwt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a pathway from the web</source>
        <translation>Importar un itinerario desde la web</translation>
    </message>
    <message>
        <source>Address of the pathway (http or https):</source>
        <translation>Dirección del itinerario (http o https):</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// or http://.</source>
        <translation>Introduzca una dirección que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation>Quitar itinerario</translation>
    </message>
    <message>
        <source>Remove the pathway “%1”? Your badges are not touched.</source>
        <translation>¿Quitar el itinerario “%1”? Sus insignias no se modifican.</translation>
    </message>
    <message>
        <source>Requirements of the pathway</source>
        <translation>Requisitos del itinerario</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfAttachmentReader</name>
    <message>
        <source>The PDF file is damaged: %1</source>
        <translation>El archivo PDF está dañado: %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>no hay startxref</translation>
    </message>
    <message>
        <source>bad cross-reference offset</source>
        <translation>desplazamiento de referencias cruzadas incorrecto</translation>
    </message>
    <message>
        <source>PDF files with cross-reference streams are not supported.</source>
        <translation>No se admiten archivos PDF con flujos de referencias cruzadas.</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>no hay trailer</translation>
    </message>
    <message>
        <source>no trailer dictionary</source>
        <translation>no hay diccionario de trailer</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>no se puede descomprimir</translation>
    </message>
    <message>
        <source>a compressed stream is broken</source>
        <translation>un flujo comprimido está dañado</translation>
    </message>
    <message>
        <source>An embedded file is too large.</source>
        <translation>Un archivo incrustado es demasiado grande.</translation>
    </message>
    <message>
        <source>an attachment has no file stream</source>
        <translation>un adjunto no tiene flujo de archivo</translation>
    </message>
    <message>
        <source>an attachment has no length</source>
        <translation>un adjunto no tiene longitud</translation>
    </message>
    <message>
        <source>an attachment stream is missing</source>
        <translation>falta el flujo de un adjunto</translation>
    </message>
    <message>
        <source>an attachment has a bad length</source>
        <translation>un adjunto tiene una longitud incorrecta</translation>
    </message>
    <message>
        <source>An attachment uses an unsupported compression (%1).</source>
        <translation>Un adjunto usa una compresión no admitida (%1).</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>no es un archivo PDF</translation>
    </message>
    <message>
        <source>The PDF file is too large.</source>
        <translation>El archivo PDF es demasiado grande.</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>no hay catálogo</translation>
    </message>
    <message>
        <source>The PDF file has no credential attached.</source>
        <translation>El archivo PDF no tiene ninguna credencial adjunta.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfIncrementalUpdate</name>
    <message>
        <source>The PDF cannot be updated: %1</source>
        <translation>No se puede actualizar el PDF: %1</translation>
    </message>
    <message>
        <source>no startxref</source>
        <translation>no hay startxref</translation>
    </message>
    <message>
        <source>bad startxref offset</source>
        <translation>desplazamiento de startxref incorrecto</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which Satchel does not update.</source>
        <translation>El PDF usa un flujo de referencias cruzadas, que Satchel no actualiza.</translation>
    </message>
    <message>
        <source>no /Size or /Root in the trailer</source>
        <translation>no hay /Size ni /Root en el trailer</translation>
    </message>
    <message>
        <source>bad /Size or /Root</source>
        <translation>/Size o /Root incorrecto</translation>
    </message>
    <message>
        <source>A PDF carries from 1 to %1 attachments.</source>
        <translation>Un PDF lleva de 1 a %1 adjuntos.</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>no es un archivo PDF</translation>
    </message>
    <message>
        <source>the catalog is not in the last cross-reference section</source>
        <translation>el catálogo no está en la última sección de referencias cruzadas</translation>
    </message>
    <message>
        <source>the catalog offset is wrong</source>
        <translation>el desplazamiento del catálogo es incorrecto</translation>
    </message>
    <message>
        <source>no catalog dictionary</source>
        <translation>no hay diccionario de catálogo</translation>
    </message>
    <message>
        <source>The PDF already has attachments or named destinations.</source>
        <translation>El PDF ya tiene adjuntos o destinos con nombre.</translation>
    </message>
    <message>
        <source>Two attachments are both named %1.</source>
        <translation>Dos adjuntos se llaman %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::PdfPagePrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>La impresora rechazó una página nueva.</translation>
    </message>
</context>
<context>
    <name>Satchel::PendingCredentialsList</name>
    <message>
        <source>Still waiting for:</source>
        <translation>Aún se espera:</translation>
    </message>
    <message>
        <source>S&amp;top waiting…</source>
        <translation>&amp;Dejar de esperar…</translation>
    </message>
    <message>
        <source>Credentials issuers will send later</source>
        <translation>Credenciales que los emisores enviarán más tarde</translation>
    </message>
    <message>
        <source>Satchel stops asking the issuer for the selected credential</source>
        <translation>Satchel deja de solicitar al emisor la credencial seleccionada</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — de %2</translation>
    </message>
    <message>
        <source>Last asked %1: %2</source>
        <translation>Última solicitud el %1: %2</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Prometida el %1</translation>
    </message>
    <message>
        <source>Stop waiting for %1 from %2? Satchel will not ask for it again; to get it later, ask the issuer for a new offer.</source>
        <translation>¿Dejar de esperar %1 de %2? Satchel no volverá a solicitarla; para obtenerla más tarde, pida una oferta nueva al emisor.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExportRunner</name>
    <message>
        <source>Writing the zip…</source>
        <translation>Escribiendo el zip…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) exported to %1.</source>
        <translation>
            <numerusform>%n credencial exportada a %1.</numerusform>
            <numerusform>%n credenciales exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>No se pudo crear una carpeta temporal.</translation>
    </message>
    <message>
        <source>Drawing the certificates…</source>
        <translation>Generando los certificados…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The certificates could not be started.</source>
        <translation>No se pudo iniciar la generación de los certificados.</translation>
    </message>
</context>
<context>
    <name>Satchel::PlainExporter</name>
    <message>
        <source>Your badges and micro-credentials, exported by Satchel.</source>
        <translation>Sus insignias y microcredenciales, exportadas por Satchel.</translation>
    </message>
    <message numerus="yes">
        <source>originals/     each credential exactly as its issuer sent it (%n file(s)). Any Open Badges or Verifiable Credentials verifier checks these.</source>
        <translation>
            <numerusform>originals/     cada credencial exactamente como la envió su emisor (%n archivo). Cualquier verificador de Open Badges o Verifiable Credentials las comprueba.</numerusform>
            <numerusform>originals/     cada credencial exactamente como la envió su emisor (%n archivos). Cualquier verificador de Open Badges o Verifiable Credentials las comprueba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>badges/        each badge image with its credential baked in (%n image(s)). Badge wallets and backpacks import these.</source>
        <translation>
            <numerusform>badges/        cada imagen de insignia con su credencial integrada (%n imagen). Las carteras y mochilas de insignias las importan.</numerusform>
            <numerusform>badges/        cada imagen de insignia con su credencial integrada (%n imágenes). Las carteras y mochilas de insignias las importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificates/  a printable PDF certificate of each (%n file(s)); the credential is attached inside each PDF.</source>
        <translation>
            <numerusform>certificates/  un certificado PDF imprimible de cada una (%n archivo); la credencial va adjunta dentro de cada PDF.</numerusform>
            <numerusform>certificates/  un certificado PDF imprimible de cada una (%n archivos); la credencial va adjunta dentro de cada PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>No incluidas:</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no baked image (%2)</source>
        <translation>%1: sin imagen integrada (%2)</translation>
    </message>
</context>
<context>
    <name>Satchel::PngChunkWalker</name>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>La imagen PNG está truncada.</translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
        <translation>Un bloque PNG indica una longitud que supera el final del archivo.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentDialog</name>
    <message>
        <source>A credential (%1)</source>
        <translation>Una credencial (%1)</translation>
    </message>
    <message>
        <source>A credential of type %1</source>
        <translation>Una credencial de tipo %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>%1, %2 “%3”</source>
        <translation>%1, %2 “%3”</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Share with a verifier</source>
        <translation>Compartir con un verificador</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Tell the verifier you do not share anything</source>
        <translation>Comunicar al verificador que no comparte nada</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>What it asks for, and what you would &amp;share:</source>
        <translation>&amp;Lo que solicita y lo que compartiría:</translation>
    </message>
    <message>
        <source>Requested credentials and yours that answer them</source>
        <translation>Credenciales solicitadas y las suyas que responden a ellas</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <source>The identity that signs what you share</source>
        <translation>La identidad que firma lo que comparte</translation>
    </message>
    <message>
        <source>&amp;Open the verifier's page</source>
        <translation>&amp;Abrir la página del verificador</translation>
    </message>
    <message>
        <source>The verifier asks to continue in your web browser</source>
        <translation>El verificador pide continuar en su navegador web</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the verifier's request…</source>
        <translation>Leyendo la solicitud del verificador…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; solicita sus credenciales.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for your credentials. Your answer goes to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; solicita sus credenciales. Su respuesta va a &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its request is not signed: Satchel knows only where the answer goes.</source>
        <translation>Su solicitud no está firmada: Satchel solo sabe adónde va la respuesta.</translation>
    </message>
    <message>
        <source>Its request is signed with a certificate for %1 that this computer trusts.</source>
        <translation>Su solicitud está firmada con un certificado para %1 en el que este equipo confía.</translation>
    </message>
    <message>
        <source>Its request is signed by %1.</source>
        <translation>Su solicitud está firmada por %1.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
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
        <translation>Ninguna de sus credenciales responde a esto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Firmando y enviando…</translation>
    </message>
    <message>
        <source>Sharing did not succeed.</source>
        <translation>No se pudo compartir.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n credential(s) with %1.</source>
        <translation>
            <numerusform>Se compartió %n credencial con %1.</numerusform>
            <numerusform>Se compartieron %n credenciales con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>No se envió nada: la clave de su identidad sigue bloqueada sin su frase de contraseña.</translation>
    </message>
    <message>
        <source>Telling the verifier…</source>
        <translation>Informando al verificador…</translation>
    </message>
    <message>
        <source>You declined, and %1 was told. Nothing was shared.</source>
        <translation>Ha rechazado la solicitud y se informó a %1. No se compartió nada.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared. %1 is not told (its exchange has no way to hear a refusal); its request will expire.</source>
        <translation>Ha rechazado la solicitud. No se compartió nada. No se informa a %1 (su intercambio no tiene forma de recibir un rechazo); su solicitud caducará.</translation>
    </message>
    <message>
        <source>You declined. Nothing was shared; %1 could not be told.</source>
        <translation>Ha rechazado la solicitud. No se compartió nada; no se pudo informar a %1.</translation>
    </message>
    <message>
        <source>Satchel shares whole credentials: the verifier sees everything in each one you tick, not only what it asks about, except where a credential lists what it discloses. Nothing is sent until you choose Share.</source>
        <translation>Satchel comparte credenciales completas: el verificador ve todo el contenido de cada una que marque, no solo lo que solicita, salvo cuando una credencial indica lo que revela. No se envía nada hasta que elija Compartir.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationHistoryWindow</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The verifier could not be told: %1</source>
        <translation>No se pudo informar al verificador: %1</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Qué falló: %1</translation>
    </message>
    <message>
        <source>The verifier said: %1</source>
        <translation>El verificador dijo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Presentation history</source>
        <translation>Historial de presentaciones</translation>
    </message>
    <message>
        <source>What you sent to verifiers or declined, newest first. This history stays on this computer: Satchel never sends it anywhere.</source>
        <translation>Lo que envió a verificadores o rechazó, de lo más reciente a lo más antiguo. Este historial se queda en este equipo: Satchel nunca lo envía a ninguna parte.</translation>
    </message>
    <message>
        <source>Search by verifier or credential</source>
        <translation>Buscar por verificador o credencial</translation>
    </message>
    <message>
        <source>Search the presentation history</source>
        <translation>Buscar en el historial de presentaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verificador</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentaciones</translation>
    </message>
    <message>
        <source>Open credential</source>
        <translation>Abrir credencial</translation>
    </message>
    <message>
        <source>Open the selected credential</source>
        <translation>Abrir la credencial seleccionada</translation>
    </message>
    <message>
        <source>Forget this entry…</source>
        <translation>Olvidar esta entrada…</translation>
    </message>
    <message>
        <source>Forget the selected entry</source>
        <translation>Olvidar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Remove this line from the history (Delete); the verifier keeps what it was sent</source>
        <translation>Quitar esta línea del historial (Supr); el verificador conserva lo que se le envió</translation>
    </message>
    <message>
        <source>Close the presentation history</source>
        <translation>Cerrar el historial de presentaciones</translation>
    </message>
    <message>
        <source>Could not read the presentation history: %1</source>
        <translation>No se pudo leer el historial de presentaciones: %1</translation>
    </message>
    <message>
        <source>%1
Client id: %2</source>
        <translation>%1
Identificador de cliente: %2</translation>
    </message>
    <message>
        <source>A credential without a name</source>
        <translation>Una credencial sin nombre</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this credential</source>
        <translation>Haga doble clic o pulse Intro para abrir esta credencial</translation>
    </message>
    <message>
        <source>%1 (no longer in this wallet)</source>
        <translation>%1 (ya no está en esta cartera)</translation>
    </message>
    <message>
        <source>Nothing shared with verifiers yet. When a verifier asks for your credentials (a link or a QR code), what you send or decline is listed here.</source>
        <translation>Aún no se ha compartido nada con verificadores. Cuando un verificador solicite sus credenciales (un enlace o un código QR), lo que envíe o rechace aparecerá aquí.</translation>
    </message>
    <message>
        <source>No presentation matches “%1”.</source>
        <translation>Ninguna presentación coincide con “%1”.</translation>
    </message>
    <message>
        <source>Could not forget the entry: %1</source>
        <translation>No se pudo olvidar la entrada: %1</translation>
    </message>
    <message>
        <source>Forget this entry</source>
        <translation>Olvidar esta entrada</translation>
    </message>
    <message>
        <source>Remove the entry for %1 (%2) from the history?</source>
        <translation>¿Quitar del historial la entrada de %1 (%2)?</translation>
    </message>
    <message>
        <source>Only this computer's record goes: the verifier keeps whatever it was sent.</source>
        <translation>Solo se borra el registro de este equipo: el verificador conserva todo lo que se le envió.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationLink</name>
    <message>
        <source>This is not a verifier's request for credentials that Satchel understands.</source>
        <translation>No es una solicitud de credenciales de un verificador que Satchel entienda.</translation>
    </message>
    <message>
        <source>The verifier's link is too long to be a request.</source>
        <translation>El enlace del verificador es demasiado largo para ser una solicitud.</translation>
    </message>
    <message>
        <source>The verifier's link names the parameter “%1” twice.</source>
        <translation>El enlace del verificador indica dos veces el parámetro “%1”.</translation>
    </message>
    <message>
        <source>The verifier's link gives its request both in the link and at an address.</source>
        <translation>El enlace del verificador da su solicitud tanto en el enlace como en una dirección.</translation>
    </message>
    <message>
        <source>The verifier's link does not give a valid address for its request.</source>
        <translation>El enlace del verificador no da una dirección válida para su solicitud.</translation>
    </message>
    <message>
        <source>The verifier's request is at an address that is not secure (%1): Satchel only fetches requests over HTTPS.</source>
        <translation>La solicitud del verificador está en una dirección que no es segura (%1): Satchel solo descarga solicitudes mediante HTTPS.</translation>
    </message>
    <message>
        <source>The verifier asks for its request in a way Satchel does not know (“%1”).</source>
        <translation>El verificador pide obtener su solicitud de una forma que Satchel no conoce (“%1”).</translation>
    </message>
    <message>
        <source>The verifier's “%1” is not valid JSON: %2</source>
        <translation>El “%1” del verificador no es JSON válido: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationQueryReader</name>
    <message>
        <source>The verifier's query names the credential “%1” twice.</source>
        <translation>La consulta del verificador indica dos veces la credencial “%1”.</translation>
    </message>
    <message>
        <source>The verifier's query asks for no credential.</source>
        <translation>La consulta del verificador no solicita ninguna credencial.</translation>
    </message>
    <message>
        <source>The verifier's query asks for more credentials than Satchel accepts (%1).</source>
        <translation>La consulta del verificador solicita más credenciales de las que Satchel acepta (%1).</translation>
    </message>
    <message>
        <source>The verifier's query has malformed credential sets.</source>
        <translation>La consulta del verificador tiene conjuntos de credenciales mal formados.</translation>
    </message>
    <message>
        <source>The verifier's query has a credential set without options.</source>
        <translation>La consulta del verificador tiene un conjunto de credenciales sin opciones.</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed credential set.</source>
        <translation>La consulta del verificador tiene un conjunto de credenciales mal formado.</translation>
    </message>
    <message>
        <source>The verifier's query refers to a credential it does not ask for (“%1”).</source>
        <translation>La consulta del verificador hace referencia a una credencial que no solicita (“%1”).</translation>
    </message>
    <message>
        <source>A credential in the verifier's query has no valid id.</source>
        <translation>Una credencial de la consulta del verificador no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>The verifier's query does not say which format it wants for “%1”.</source>
        <translation>La consulta del verificador no indica qué formato quiere para “%1”.</translation>
    </message>
    <message>
        <source>The verifier restricts “%1” to issuers named by a trust framework, which Satchel cannot check yet.</source>
        <translation>El verificador limita “%1” a emisores designados por un marco de confianza, algo que Satchel aún no puede comprobar.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed type values for “%1”.</source>
        <translation>La consulta del verificador tiene valores de tipo mal formados para “%1”.</translation>
    </message>
    <message>
        <source>The verifier's query has malformed claims for “%1”.</source>
        <translation>La consulta del verificador tiene atributos mal formados para “%1”.</translation>
    </message>
    <message>
        <source>The verifier's query asks for more claims than Satchel accepts (%1).</source>
        <translation>La consulta del verificador solicita más atributos de los que Satchel acepta (%1).</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query has no valid path.</source>
        <translation>Un atributo de “%1” en la consulta del verificador no tiene una ruta válida.</translation>
    </message>
    <message>
        <source>A claim of “%1” in the verifier's query accepts a value that is not a string, number or boolean.</source>
        <translation>Un atributo de “%1” en la consulta del verificador acepta un valor que no es una cadena, un número ni un booleano.</translation>
    </message>
    <message>
        <source>The verifier's query has too many claim sets for “%1”.</source>
        <translation>La consulta del verificador tiene demasiados conjuntos de atributos para “%1”.</translation>
    </message>
    <message>
        <source>A claim set of “%1” names a claim the query does not have.</source>
        <translation>Un conjunto de atributos de “%1” indica un atributo que la consulta no tiene.</translation>
    </message>
    <message>
        <source>The verifier's presentation definition has no id.</source>
        <translation>La definición de presentación del verificador no tiene identificador.</translation>
    </message>
    <message>
        <source>The verifier wants to see only some fields of “%1”, but Satchel can only show whole credentials.</source>
        <translation>El verificador solo quiere ver algunos campos de “%1”, pero Satchel solo puede mostrar credenciales completas.</translation>
    </message>
    <message>
        <source>A field of “%1” in the verifier's query has no path.</source>
        <translation>Un campo de “%1” en la consulta del verificador no tiene ruta.</translation>
    </message>
    <message>
        <source>The verifier's query reads a field in a way Satchel does not understand (“%1”).</source>
        <translation>La consulta del verificador lee un campo de una forma que Satchel no entiende (“%1”).</translation>
    </message>
    <message>
        <source>The verifier's query has malformed vct values for “%1”.</source>
        <translation>La consulta del verificador tiene valores vct mal formados para “%1”.</translation>
    </message>
    <message>
        <source>The verifier's query has a malformed holder binding requirement for “%1”.</source>
        <translation>La consulta del verificador tiene un requisito de vinculación al titular mal formado para “%1”.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationReader</name>
    <message>
        <source>The data is not a verifiable presentation.</source>
        <translation>Los datos no son una presentación verificable.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is neither a credential object nor a JWT.</source>
        <translation>La credencial %1 de la presentación no es un objeto de credencial ni un JWT.</translation>
    </message>
    <message>
        <source>The presentation carries no credential, so there is nothing in it to import.</source>
        <translation>La presentación no lleva ninguna credencial, así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>The presentation carries more than %1 credentials.</source>
        <translation>La presentación lleva más de %1 credenciales.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>Credential %1 of the presentation is an envelope without a JWT or COSE credential in it.</source>
        <translation>La credencial %1 de la presentación es un sobre que no contiene ninguna credencial JWT ni COSE.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationRequestReader</name>
    <message>
        <source>The verifier's request is not signed, but its client id says who signs it: Satchel cannot tell who sent it.</source>
        <translation>La solicitud del verificador no está firmada, pero su identificador de cliente indica quién la firma: Satchel no puede saber quién la envió.</translation>
    </message>
    <message>
        <source>The verifier's request is not a readable request object: %1</source>
        <translation>La solicitud del verificador no es un objeto de solicitud legible: %1</translation>
    </message>
    <message>
        <source>The verifier sent something else than a request object (type “%1”).</source>
        <translation>El verificador envió algo distinto de un objeto de solicitud (tipo “%1”).</translation>
    </message>
    <message>
        <source>The verifier's request object is not valid JSON: %1</source>
        <translation>El objeto de solicitud del verificador no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The verifier's request names another client id than its link: it may not come from who the link says.</source>
        <translation>La solicitud del verificador indica un identificador de cliente distinto al de su enlace: puede que no venga de quien dice el enlace.</translation>
    </message>
    <message>
        <source>The verifier's request has expired. Ask the verifier for a new one.</source>
        <translation>La solicitud del verificador ha caducado. Pida una nueva al verificador.</translation>
    </message>
    <message>
        <source>The verifier's request is not the answer to Satchel's own question (its wallet nonce differs): it may have been replayed.</source>
        <translation>La solicitud del verificador no es la respuesta a la pregunta de Satchel (su nonce de cartera no coincide): puede que se haya reproducido.</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: %1</source>
        <translation>La solicitud del verificador no está firmada por la clave que indica: %1</translation>
    </message>
    <message>
        <source>The verifier identifies itself with a DID Satchel cannot look up without the network (%1).</source>
        <translation>El verificador se identifica con un DID que Satchel no puede consultar sin la red (%1).</translation>
    </message>
    <message>
        <source>The verifier's request is not signed by the key it names: the signing key does not belong to the verifier's DID.</source>
        <translation>La solicitud del verificador no está firmada por la clave que indica: la clave de firma no pertenece al DID del verificador.</translation>
    </message>
    <message>
        <source>The verifier's request does not say who the verifier is (no client id).</source>
        <translation>La solicitud del verificador no indica quién es el verificador (no hay identificador de cliente).</translation>
    </message>
    <message>
        <source>The verifier asks for something else than credentials (“%1”).</source>
        <translation>El verificador solicita algo distinto de credenciales (“%1”).</translation>
    </message>
    <message>
        <source>The verifier wants its answer in a way Satchel does not support yet (“%1”); Satchel sends answers with direct_post.</source>
        <translation>El verificador quiere su respuesta de una forma que Satchel aún no admite (“%1”); Satchel envía las respuestas con direct_post.</translation>
    </message>
    <message>
        <source>The verifier's request does not say where to send the answer.</source>
        <translation>La solicitud del verificador no indica adónde enviar la respuesta.</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to an address that is not secure (%1): Satchel only sends credentials over HTTPS.</source>
        <translation>El verificador quiere que la respuesta se envíe a una dirección que no es segura (%1): Satchel solo envía credenciales mediante HTTPS.</translation>
    </message>
    <message>
        <source>The verifier's request has no nonce, so an answer to it could be replayed.</source>
        <translation>La solicitud del verificador no tiene nonce, así que una respuesta a ella podría reproducirse.</translation>
    </message>
    <message>
        <source>The verifier's request carries a state too long to be sent back.</source>
        <translation>La solicitud del verificador lleva un state demasiado largo para devolverlo.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: the request may not come from %1.</source>
        <translation>El identificador de cliente del verificador no coincide con el destino de la respuesta: puede que la solicitud no venga de %1.</translation>
    </message>
    <message>
        <source>The verifier's client id does not match where the answer would go: its certificate is for %1, the answer would go to %2.</source>
        <translation>El identificador de cliente del verificador no coincide con el destino de la respuesta: su certificado es para %1 y la respuesta iría a %2.</translation>
    </message>
    <message>
        <source>The verifier identifies itself in a way Satchel cannot check yet (%1). Nothing was sent.</source>
        <translation>El verificador se identifica de una forma que Satchel aún no puede comprobar (%1). No se envió nada.</translation>
    </message>
    <message>
        <source>The verifier's client id names no way to check who it is, and Satchel knows no verifier by that name. Nothing was sent.</source>
        <translation>El identificador de cliente del verificador no indica ninguna forma de comprobar quién es, y Satchel no conoce ningún verificador con ese nombre. No se envió nada.</translation>
    </message>
    <message>
        <source>The verifier's request holds two queries at once.</source>
        <translation>La solicitud del verificador contiene dos consultas a la vez.</translation>
    </message>
    <message>
        <source>The verifier's request says what it wants in a way Satchel does not support.</source>
        <translation>La solicitud del verificador indica lo que quiere de una forma que Satchel no admite.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationResponder</name>
    <message>
        <source>it gave no reason, only the error code %1</source>
        <translation>no dio ningún motivo, solo el código de error %1</translation>
    </message>
    <message>
        <source>it said “%1”</source>
        <translation>dijo “%1”</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Do not answer this request: ask the verifier for a new one.</source>
        <translation>%1 No se envió nada. No responda a esta solicitud: pida una nueva al verificador.</translation>
    </message>
    <message>
        <source>%1 To try again, ask the verifier for a new request.</source>
        <translation>%1 Para intentarlo de nuevo, pida una nueva solicitud al verificador.</translation>
    </message>
    <message>
        <source>%1 Satchel cannot tell whether your credentials reached it. Check your connection, then ask the verifier for a new request to try again.</source>
        <translation>%1 Satchel no puede saber si sus credenciales le llegaron. Compruebe su conexión y luego pida una nueva solicitud al verificador para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>reading the verifier's request</source>
        <translation>lectura de la solicitud del verificador</translation>
    </message>
    <message>
        <source>The verifier refused to give its request (%1).</source>
        <translation>El verificador se negó a dar su solicitud (%1).</translation>
    </message>
    <message>
        <source>A chosen credential does not answer what the verifier asks for.</source>
        <translation>Una credencial elegida no responde a lo que solicita el verificador.</translation>
    </message>
    <message>
        <source>The verifier asks for only one credential for “%1”.</source>
        <translation>El verificador solo solicita una credencial para “%1”.</translation>
    </message>
    <message>
        <source>The verifier needs more credentials than those chosen: it would not accept the answer.</source>
        <translation>El verificador necesita más credenciales que las elegidas: no aceptaría la respuesta.</translation>
    </message>
    <message>
        <source>The verifier accepts only identities of the kinds %1, not this one (%2). Choose another identity.</source>
        <translation>El verificador solo acepta identidades de los tipos %1, no esta (%2). Elija otra identidad.</translation>
    </message>
    <message>
        <source>The verifier does not accept presentations signed with this identity's kind of key (%1). Choose another identity.</source>
        <translation>El verificador no acepta presentaciones firmadas con el tipo de clave de esta identidad (%1). Elija otra identidad.</translation>
    </message>
    <message>
        <source>A chosen credential could not be read from the wallet: %1</source>
        <translation>No se pudo leer de la cartera una credencial elegida: %1</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>envío de la respuesta</translation>
    </message>
    <message>
        <source>The verifier did not accept the answer (%1).</source>
        <translation>El verificador no aceptó la respuesta (%1).</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationSigner</name>
    <message>
        <source>The credential is neither JSON-LD nor a JWT, so it cannot be put in a presentation.</source>
        <translation>La credencial no es JSON-LD ni un JWT, así que no se puede incluir en una presentación.</translation>
    </message>
    <message>
        <source>A public link is not possible for an Open Badges 2.0 badge: it is not a W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share its hosted address or a verification page instead.</source>
        <translation>No es posible un enlace público para una insignia Open Badges 2.0: no es una W3C Verifiable Credential, así que no puede llevarse en una presentación firmada. Comparta en su lugar su dirección alojada o una página de verificación.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential in VC-JWT form: its signature covers the token, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>No es posible un enlace público para una credencial en formato VC-JWT: su firma cubre el token, no el JSON-LD, así que no puede incrustarse en la presentación Data Integrity que comprueba un servidor VerifierPlus. Comparta en su lugar una página de verificación.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential of an unknown format.</source>
        <translation>No es posible un enlace público para una credencial de formato desconocido.</translation>
    </message>
    <message numerus="yes">
        <source>A presentation carries at most %n credential(s).</source>
        <translation>
            <numerusform>Una presentación lleva como máximo %n credencial.</numerusform>
            <numerusform>Una presentación lleva como máximo %n credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential is not a JSON-LD document, so it cannot be put in a presentation.</source>
        <translation>La credencial no es un documento JSON-LD, así que no se puede incluir en una presentación.</translation>
    </message>
    <message>
        <source>The credential is too large to share.</source>
        <translation>La credencial es demasiado grande para compartirla.</translation>
    </message>
    <message>
        <source>These credentials follow two versions of the W3C data model (1.1 and 2.0), which cannot be signed in one presentation: choose credentials of one version.</source>
        <translation>Estas credenciales siguen dos versiones del modelo de datos del W3C (1.1 y 2.0), que no se pueden firmar en una misma presentación: elija credenciales de una sola versión.</translation>
    </message>
    <message>
        <source>A public link is not possible for an SD-JWT VC: it is no W3C Verifiable Credential, so it cannot be carried in a signed presentation. Share a verification page instead.</source>
        <translation>No es posible un enlace público para una SD-JWT VC: no es una W3C Verifiable Credential, así que no puede llevarse en una presentación firmada. Comparta en su lugar una página de verificación.</translation>
    </message>
    <message>
        <source>A public link is not possible for a credential secured with COSE: its signature covers the COSE message, not JSON-LD, so it cannot be embedded in the Data Integrity presentation a VerifierPlus server checks. Share a verification page instead.</source>
        <translation>No es posible un enlace público para una credencial protegida con COSE: su firma cubre el mensaje COSE, no el JSON-LD, así que no puede incrustarse en la presentación Data Integrity que comprueba un servidor VerifierPlus. Comparta en su lugar una página de verificación.</translation>
    </message>
</context>
<context>
    <name>Satchel::PresentationVerifier</name>
    <message>
        <source>The signing key is controlled by %1, not by the holder %2.</source>
        <translation>La clave de firma la controla %1, no el titular %2.</translation>
    </message>
    <message>
        <source>The holder's %1 signature is valid.</source>
        <translation>La firma %1 del titular es válida.</translation>
    </message>
    <message>
        <source>The presentation is bound to no challenge.</source>
        <translation>La presentación no está vinculada a ningún desafío (challenge).</translation>
    </message>
    <message>
        <source>The presentation is bound to the challenge "%1"; none was given to compare it with.</source>
        <translation>La presentación está vinculada al desafío (challenge) "%1"; no se indicó ninguno con el que compararlo.</translation>
    </message>
    <message>
        <source>The presentation was made for the challenge "%1", not "%2": it answers another request, or was made again from an earlier one.</source>
        <translation>La presentación se hizo para el desafío (challenge) "%1", no "%2": responde a otra solicitud o se rehízo a partir de una anterior.</translation>
    </message>
    <message>
        <source>The presentation was made for "%1", not for "%2".</source>
        <translation>La presentación se hizo para "%1", no para "%2".</translation>
    </message>
    <message>
        <source>The presentation answers the challenge "%1".</source>
        <translation>La presentación responde al desafío (challenge) "%1".</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", cty "%2") is not that of a verifiable presentation (vp+jwt).</source>
        <translation>El tipo de medio de la presentación (typ «%1», cty «%2») no es el de una presentación verificable (vp+jwt).</translation>
    </message>
    <message>
        <source>The presentation's media type (typ "%1", content type "%2") is not that of a verifiable presentation (vp+cose).</source>
        <translation>El tipo de medio de la presentación (typ «%1», tipo de contenido «%2») no es el de una presentación verificable (vp+cose).</translation>
    </message>
</context>
<context>
    <name>Satchel::ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Satchel::ProofSuite</name>
    <message>
        <source>The proof uses bbs-2023, which needs BLS12-381 pairing-friendly curves that the cryptography library Satchel uses (OpenSSL) does not provide, so Satchel cannot check it. Ask the issuer for a copy signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.</source>
        <translation>La prueba usa bbs-2023, que necesita curvas BLS12-381 aptas para emparejamientos que la biblioteca criptográfica que usa Satchel (OpenSSL) no ofrece, así que Satchel no puede comprobarla. Pida al emisor una copia firmada con eddsa-rdfc-2022 o ecdsa-rdfc-2019.</translation>
    </message>
    <message>
        <source>The proof type "%1" is not supported.</source>
        <translation>No se admite el tipo de prueba "%1".</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicKey</name>
    <message>
        <source>The JWK has no "%1" member.</source>
        <translation>La JWK no tiene el miembro "%1".</translation>
    </message>
    <message>
        <source>The elliptic curve of the key is unknown.</source>
        <translation>La curva elíptica de la clave es desconocida.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>La clave RSA tiene %1 bits; se necesitan al menos %2.</translation>
    </message>
    <message>
        <source>The RSA key is too large (%1 bits).</source>
        <translation>La clave RSA es demasiado grande (%1 bits).</translation>
    </message>
    <message>
        <source>Unsupported public key type.</source>
        <translation>Tipo de clave pública no admitido.</translation>
    </message>
    <message>
        <source>An Ed25519 public key must be 32 bytes, not %1.</source>
        <translation>Una clave pública Ed25519 debe tener 32 bytes, no %1.</translation>
    </message>
    <message>
        <source>Invalid Ed25519 public key.</source>
        <translation>Clave pública Ed25519 no válida.</translation>
    </message>
    <message>
        <source>Invalid %1 public key encoding.</source>
        <translation>Codificación de clave pública %1 no válida.</translation>
    </message>
    <message>
        <source>Cannot create an EC key.</source>
        <translation>No se puede crear una clave EC.</translation>
    </message>
    <message>
        <source>Invalid %1 public key.</source>
        <translation>Clave pública %1 no válida.</translation>
    </message>
    <message>
        <source>The %1 public key is not a point on the curve.</source>
        <translation>La clave pública %1 no es un punto de la curva.</translation>
    </message>
    <message>
        <source>The JWK contains private key material.</source>
        <translation>La JWK contiene material de clave privada.</translation>
    </message>
    <message>
        <source>Unsupported OKP curve in JWK.</source>
        <translation>Curva OKP no admitida en la JWK.</translation>
    </message>
    <message>
        <source>Unsupported EC curve in JWK.</source>
        <translation>Curva EC no admitida en la JWK.</translation>
    </message>
    <message>
        <source>Invalid %1 coordinates in JWK.</source>
        <translation>Coordenadas %1 no válidas en la JWK.</translation>
    </message>
    <message>
        <source>The RSA key in the JWK is too large.</source>
        <translation>La clave RSA de la JWK es demasiado grande.</translation>
    </message>
    <message>
        <source>Invalid RSA key in JWK.</source>
        <translation>Clave RSA no válida en la JWK.</translation>
    </message>
    <message>
        <source>Unsupported JWK key type "%1".</source>
        <translation>Tipo de clave JWK "%1" no admitido.</translation>
    </message>
    <message>
        <source>The PEM key is too large.</source>
        <translation>La clave PEM es demasiado grande.</translation>
    </message>
    <message>
        <source>Cannot read the PEM key.</source>
        <translation>No se puede leer la clave PEM.</translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation>El texto no es una clave pública PEM (SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>A multikey must be base58btc ('z' prefix).</source>
        <translation>Una multikey debe estar en base58btc (prefijo 'z').</translation>
    </message>
    <message>
        <source>A P-256 multikey must hold a compressed point.</source>
        <translation>Una multikey P-256 debe contener un punto comprimido.</translation>
    </message>
    <message>
        <source>A P-384 multikey must hold a compressed point.</source>
        <translation>Una multikey P-384 debe contener un punto comprimido.</translation>
    </message>
    <message>
        <source>The multikey is a secret key.</source>
        <translation>La multikey es una clave secreta.</translation>
    </message>
    <message>
        <source>Unsupported multikey type 0x%1.</source>
        <translation>Tipo de multikey 0x%1 no admitido.</translation>
    </message>
    <message>
        <source>The certificate is too large.</source>
        <translation>El certificado es demasiado grande.</translation>
    </message>
    <message>
        <source>The data is not a DER X.509 certificate.</source>
        <translation>Los datos no son un certificado X.509 en DER.</translation>
    </message>
    <message>
        <source>The certificate's public key cannot be read.</source>
        <translation>No se puede leer la clave pública del certificado.</translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 elliptic curves are supported.</source>
        <translation>Solo se admiten las curvas elípticas P-256, P-384 y P-521.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinkService</name>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>No hay ningún enlace público %1 en la cartera.</translation>
    </message>
    <message>
        <source>The link %1 was already stopped.</source>
        <translation>El enlace %1 ya se había detenido.</translation>
    </message>
</context>
<context>
    <name>Satchel::PublicLinksWidget</name>
    <message>
        <source>Create public link…</source>
        <translation>Crear enlace público…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Enlace copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Detenido el %1</translation>
    </message>
    <message>
        <source>Upload this credential to %1 and get a link anyone can open to check it.</source>
        <translation>Subir esta credencial a %1 y obtener un enlace que cualquiera puede abrir para comprobarla.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, including what it says about you.</source>
        <translation>Satchel subirá la credencial completa "%1" a %2: todo lo que su emisor incluyó en ella, también lo que dice sobre usted.</translation>
    </message>
    <message>
        <source>Satchel will upload the whole credential "%1" to %2: everything its issuer put in it, your name (%3) included.</source>
        <translation>Satchel subirá la credencial completa "%1" a %2: todo lo que su emisor incluyó en ella, incluido su nombre (%3).</translation>
    </message>
    <message>
        <source>Create a public link</source>
        <translation>Crear un enlace público</translation>
    </message>
    <message>
        <source>Anyone who has the link can see the credential and check it, until you choose Stop sharing. You can change the server in the Settings tab.</source>
        <translation>Cualquiera que tenga el enlace puede ver la credencial y comprobarla, hasta que elija Dejar de compartir. Puede cambiar el servidor en la pestaña Ajustes.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Nothing was uploaded.</source>
        <translation>No se subió nada.</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Subiendo a %1…</translation>
    </message>
    <message>
        <source>Asking %1 to take the link down…</source>
        <translation>Pidiendo a %1 que retire el enlace…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was uploaded.</source>
        <translation>Cancelado: no se subió nada.</translation>
    </message>
    <message>
        <source>Public link made: every share button below now uses it.</source>
        <translation>Enlace público creado: todos los botones para compartir de abajo lo usan ahora.</translation>
    </message>
    <message>
        <source>Stopped sharing: the link no longer opens.</source>
        <translation>Se dejó de compartir: el enlace ya no se abre.</translation>
    </message>
    <message>
        <source>Public links</source>
        <translation>Enlaces públicos</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCode</name>
    <message>
        <source>Unknown error correction level %1 (use L, M, Q or H).</source>
        <translation>Nivel de corrección de errores desconocido: %1 (use L, M, Q o H).</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>El texto es demasiado largo para un código QR (%1 bytes, como máximo %2).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>No se pudo crear el código QR.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrCodeReader</name>
    <message>
        <source>The picture is too large or damaged to look for a QR code in.</source>
        <translation>La imagen es demasiado grande o está demasiado dañada para buscar en ella un código QR.</translation>
    </message>
    <message>
        <source>The QR code reader could not start.</source>
        <translation>No se pudo iniciar el lector de códigos QR.</translation>
    </message>
    <message>
        <source>The QR code reader failed on this picture.</source>
        <translation>El lector de códigos QR falló con esta imagen.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>No se encontró ningún código QR en la imagen.</translation>
    </message>
</context>
<context>
    <name>Satchel::QrPicture</name>
    <message>
        <source>The picture could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>The QR code does not hold a credential offer Satchel knows: %1</source>
        <translation>El código QR no contiene ninguna oferta de credencial que Satchel conozca: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::QtKeychainVault</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero se negó: %1</translation>
    </message>
    <message>
        <source>Satchel was built without keychain support.</source>
        <translation>Satchel se compiló sin compatibilidad con el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain cannot be reached.</source>
        <translation>No se puede acceder al llavero.</translation>
    </message>
</context>
<context>
    <name>Satchel::Rdfc10</name>
    <message>
        <source>Canonicalization gave up: the graph needs more than %1 units of work (a poison graph?).</source>
        <translation>Se abandonó la canonicalización: el grafo necesita más de %1 unidades de trabajo (¿un grafo malicioso?).</translation>
    </message>
</context>
<context>
    <name>Satchel::RdfcProofSuite</name>
    <message>
        <source>The proof value is not base58btc multibase.</source>
        <translation>El valor de prueba no está en multibase base58btc.</translation>
    </message>
    <message>
        <source>The proof value is not a %1-byte signature.</source>
        <translation>El valor de prueba no es una firma de %1 bytes.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La firma no es válida.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveDialog</name>
    <message>
        <source>Reading the issuer's description…</source>
        <translation>Leyendo la descripción del emisor…</translation>
    </message>
    <message>
        <source>Asking the issuer for permission…</source>
        <translation>Pidiendo permiso al emisor…</translation>
    </message>
    <message>
        <source>Proving that the identity is yours…</source>
        <translation>Demostrando que la identidad es suya…</translation>
    </message>
    <message>
        <source>Asking for the credentials…</source>
        <translation>Solicitando las credenciales…</translation>
    </message>
    <message>
        <source>Checking and storing the credentials…</source>
        <translation>Comprobando y guardando las credenciales…</translation>
    </message>
    <message>
        <source>Receive a credential</source>
        <translation>Recibir una credencial</translation>
    </message>
    <message>
        <source>Give Satchel the link your school or issuer shows to send a credential to your wallet. Paste it, drop it or a picture of its QR code here, or let Satchel read the QR code on your screen.</source>
        <translation>Dé a Satchel el enlace que muestra su centro educativo o emisor para enviar una credencial a su cartera. Péguelo, arrástrelo aquí o arrastre una imagen de su código QR, o deje que Satchel lea el código QR de su pantalla.</translation>
    </message>
    <message>
        <source>openid-credential-offer://…, dccrequest://… or https://…</source>
        <translation>openid-credential-offer://…, dccrequest://… o https://…</translation>
    </message>
    <message>
        <source>Credential offer link</source>
        <translation>Enlace de oferta de credencial</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>QR code from a &amp;picture…</source>
        <translation>Código QR de una &amp;imagen…</translation>
    </message>
    <message>
        <source>QR code on the &amp;screen</source>
        <translation>Código QR en la pan&amp;talla</translation>
    </message>
    <message>
        <source>Show the issuer's QR code on your screen, then click here: Satchel looks for it.</source>
        <translation>Muestre el código QR del emisor en su pantalla y luego haga clic aquí: Satchel lo buscará.</translation>
    </message>
    <message>
        <source>Nothing is sent to the issuer until you have seen what it offers and chosen Receive.</source>
        <translation>No se envía nada al emisor hasta que haya visto lo que ofrece y elegido Recibir.</translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation>Emitida &amp;a:</translation>
    </message>
    <message>
        <source>The identity the credentials are issued to</source>
        <translation>La identidad a la que se emiten las credenciales</translation>
    </message>
    <message>
        <source>PIN from the issuer</source>
        <translation>PIN del emisor</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Reading the offer…</source>
        <translation>Leyendo la oferta…</translation>
    </message>
    <message>
        <source>Satchel will contact &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Satchel contactará con &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>The issuer says what it issues once Satchel has shown that the identity below is yours.</source>
        <translation>El emisor indica lo que emite una vez que Satchel ha demostrado que la identidad de abajo es suya.</translation>
    </message>
    <message>
        <source>You will receive:</source>
        <translation>Recibirá:</translation>
    </message>
    <message>
        <source>Also offered, but not asked for: %1 (Satchel cannot store these yet).</source>
        <translation>También se ofrecen, pero no se solicitan: %1 (Satchel aún no puede guardarlas).</translation>
    </message>
    <message>
        <source>Satchel will make your holder identity (a did:key, its private key kept in your keychain) and the issuer will issue the credentials to it.</source>
        <translation>Satchel creará su identidad de titular (un did:key, cuya clave privada se guarda en su llavero) y el emisor le emitirá las credenciales.</translation>
    </message>
    <message>
        <source>You will sign in with the issuer in your web browser, then come back here.</source>
        <translation>Iniciará sesión en el sitio del emisor en su navegador web y luego volverá aquí.</translation>
    </message>
    <message>
        <source>Issuer's logo</source>
        <translation>Logotipo del emisor</translation>
    </message>
    <message>
        <source>The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.</source>
        <translation>El emisor le envió un PIN por otro medio (correo electrónico o SMS). Introdúzcalo para recibir las credenciales.</translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s))</source>
        <translation>
            <numerusform>(%n dígito)</numerusform>
            <numerusform>(%n dígitos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n carácter)</numerusform>
            <numerusform>(%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with the issuer in your web browser…</source>
        <translation>Inicie sesión en el sitio del emisor en su navegador web…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Recibiendo…</translation>
    </message>
    <message>
        <source>Nothing was sent: your identity's key stays locked without its passphrase.</source>
        <translation>No se envió nada: la clave de su identidad sigue bloqueada sin su frase de contraseña.</translation>
    </message>
    <message>
        <source>Nothing was received, and your wallet is unchanged.</source>
        <translation>No se recibió nada y su cartera no ha cambiado.</translation>
    </message>
    <message>
        <source>You cancelled.</source>
        <translation>Ha cancelado la operación.</translation>
    </message>
    <message>
        <source>(unnamed credential)</source>
        <translation>(credencial sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>Received %n credential(s) from %1:</source>
        <translation>
            <numerusform>Se recibió %n credencial de %1:</numerusform>
            <numerusform>Se recibieron %n credenciales de %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) are still being prepared by their issuers.</source>
        <translation>
            <numerusform>Su emisor aún está preparando %n credencial.</numerusform>
            <numerusform>Sus emisores aún están preparando %n credenciales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be ready later: Satchel asks %1 again when you start it, or choose Check pending credentials.</source>
        <translation>
            <numerusform>%n credencial estará lista más tarde: Satchel volverá a solicitarla a %1 cuando lo inicie, o elija Comprobar credenciales pendientes.</numerusform>
            <numerusform>%n credenciales estarán listas más tarde: Satchel volverá a solicitarlas a %1 cuando lo inicie, o elija Comprobar credenciales pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Satchel stopped waiting for %1 from %2: %3</source>
        <translation>Satchel dejó de esperar %1 de %2: %3</translation>
    </message>
    <message>
        <source>Asking issuers for the credentials they promised…</source>
        <translation>Solicitando a los emisores las credenciales que prometieron…</translation>
    </message>
    <message>
        <source>No credential is waiting.</source>
        <translation>No hay ninguna credencial en espera.</translation>
    </message>
    <message>
        <source>The clipboard holds no link.</source>
        <translation>El portapapeles no contiene ningún enlace.</translation>
    </message>
    <message>
        <source>Picture of a QR code</source>
        <translation>Imagen de un código QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Satchel cannot read this screen. Take a screenshot of the QR code and drop it here.</source>
        <translation>Satchel no puede leer esta pantalla. Haga una captura del código QR y arrástrela aquí.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReceiveLink</name>
    <message>
        <source>This is not a credential offer Satchel can receive (an OpenID4VCI offer, a VC-API interaction link or a Learner Credential Wallet link): %1</source>
        <translation>No es una oferta de credencial que Satchel pueda recibir (una oferta OpenID4VCI, un enlace de interacción VC-API o un enlace de Learner Credential Wallet): %1</translation>
    </message>
    <message>
        <source>The interaction link %1 offers no protocol Satchel understands.</source>
        <translation>El enlace de interacción %1 no ofrece ningún protocolo que Satchel entienda.</translation>
    </message>
    <message>
        <source>The issuer offers no way of receiving that Satchel understands (it offers: %1).</source>
        <translation>El emisor no ofrece ninguna forma de recepción que Satchel entienda (ofrece: %1).</translation>
    </message>
</context>
<context>
    <name>Satchel::RecipientMatcher</name>
    <message>
        <source>Add your e-mail addresses or other identities to check that credentials were issued to you.</source>
        <translation>Añada sus direcciones de correo electrónico u otras identidades para comprobar que las credenciales se le emitieron a usted.</translation>
    </message>
    <message>
        <source>The credential was issued to one of your identities.</source>
        <translation>La credencial se emitió a una de sus identidades.</translation>
    </message>
    <message>
        <source>The credential does not name its recipient.</source>
        <translation>La credencial no indica su destinatario.</translation>
    </message>
    <message>
        <source>The credential names its recipient by a kind of identity that is not in your list.</source>
        <translation>La credencial indica su destinatario con un tipo de identidad que no está en su lista.</translation>
    </message>
    <message>
        <source>The credential was issued to someone not among your identities.</source>
        <translation>La credencial se emitió a alguien que no está entre sus identidades.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderActions</name>
    <message>
        <source>Ca&amp;lendar of expiry dates (.ics)…</source>
        <translation>Ca&amp;lendario de fechas de caducidad (.ics)…</translation>
    </message>
    <message>
        <source>Save the expiry dates of the selected badges (or of all) for your calendar</source>
        <translation>Guardar las fechas de caducidad de las insignias seleccionadas (o de todas) para su calendario</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expired</source>
        <translation>
            <numerusform>%n insignia caducada</numerusform>
            <numerusform>%n insignias caducadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon</source>
        <translation>
            <numerusform>%n insignia a punto de caducar</numerusform>
            <numerusform>%n insignias a punto de caducar</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar of expiry dates</source>
        <translation>Calendario de fechas de caducidad</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the expiry dates to %1.</source>
        <translation>Se guardaron las fechas de caducidad en %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderBanner</name>
    <message>
        <source>“%1” from %2 expired on %3.</source>
        <translation>“%1” de %2 caducó el %3.</translation>
    </message>
    <message>
        <source>“%1” from %2 expires on %3.</source>
        <translation>“%1” de %2 caduca el %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) expiring soon or just expired:</source>
        <translation>
            <numerusform>%n insignia a punto de caducar o recién caducada:</numerusform>
            <numerusform>%n insignias a punto de caducar o recién caducadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide these reminders (they are not shown again)</source>
        <translation>Ocultar estos recordatorios (no se volverán a mostrar)</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminders</source>
        <translation>Descartar los recordatorios de caducidad</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Abrir %1 en su navegador</translation>
    </message>
    <message>
        <source>Renew “%1”</source>
        <translation>Renovar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Warn before a badge expires (a desktop notification and a notice in the window):</source>
        <translation>&amp;Avisar antes de que caduque una insignia (una notificación de escritorio y un aviso en la ventana):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Days of warning before a badge expires</source>
        <translation>Días de aviso antes de que caduque una insignia</translation>
    </message>
    <message>
        <source>0 turns expiry reminders off</source>
        <translation>0 desactiva los recordatorios de caducidad</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewActions</name>
    <message>
        <source>&amp;Create review packet…</source>
        <translation>Crear paquete de rev&amp;isión…</translation>
    </message>
    <message>
        <source>Export credentials, with your verification results, for a career advisor</source>
        <translation>Exportar credenciales, con sus resultados de verificación, para un orientador</translation>
    </message>
    <message>
        <source>Open re&amp;view packet…</source>
        <translation>Abrir paquete de re&amp;visión…</translation>
    </message>
    <message>
        <source>Review a learner's packet: every credential is verified again</source>
        <translation>Revisar el paquete de un estudiante: todas las credenciales se vuelven a verificar</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>Com&amp;petencias…</translation>
    </message>
    <message>
        <source>The skills your credentials show, by framework</source>
        <translation>Las competencias que demuestran sus credenciales, por marco</translation>
    </message>
    <message>
        <source>Open review packet</source>
        <translation>Abrir paquete de revisión</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review);;Signed presentations (*.json *.jwt)</source>
        <translation>Paquetes de revisión de Satchel (*.satchel-review);;Presentaciones firmadas (*.json *.jwt)</translation>
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
            <numerusform>%n válida</numerusform>
            <numerusform>%n válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n no se pudo comprobar</numerusform>
            <numerusform>%n no se pudieron comprobar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewDetailDialog</name>
    <message>
        <source>%1 (in the review)</source>
        <translation>%1 (en la revisión)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewHtml</name>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>No credential names a skill or framework.</source>
        <translation>Ninguna credencial indica una competencia o un marco.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Acreditada por</translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>no contada (no válida): %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <source>Review packet of %1</source>
        <translation>Paquete de revisión de %1</translation>
    </message>
    <message>
        <source>Made on %1 with Satchel.</source>
        <translation>Creado el %1 con Satchel.</translation>
    </message>
    <message>
        <source>The statuses below are the learner's own last verification. Open this packet in Satchel to verify every credential again.</source>
        <translation>Los estados siguientes son la última verificación del propio estudiante. Abra este paquete en Satchel para volver a verificar cada credencial.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Learner's status</source>
        <translation>Estado según el estudiante</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Not named in the packet</source>
        <translation>No se indica en el paquete</translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation>Fecha de la revisión</translation>
    </message>
    <message>
        <source>Holder's signature</source>
        <translation>Firma del titular</translation>
    </message>
    <message>
        <source>Valid: the holder signed this presentation.</source>
        <translation>Válida: el titular firmó esta presentación.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Código (challenge)</translation>
    </message>
    <message>
        <source>Packet made on</source>
        <translation>Paquete creado el</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner's own results</source>
        <translation>Resultados del propio estudiante</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt.</source>
        <translation>
            <numerusform>%n credencial se verificó de forma distinta al recibo del estudiante.</numerusform>
            <numerusform>%n credenciales se verificaron de forma distinta al recibo del estudiante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Satchel agrees with every result the learner's wallet recorded.</source>
        <translation>Satchel coincide con todos los resultados que registró la cartera del estudiante.</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>Total de créditos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % completado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>Se canceló la revisión: algunas credenciales no se verificaron.</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation>Emisor no indicado</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>every check passed.</source>
        <translation>se superaron todas las comprobaciones.</translation>
    </message>
    <message>
        <source>it names someone other than the learner.</source>
        <translation>indica a una persona distinta del estudiante.</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Válida, pero no emitida al estudiante</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>status: reason</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>The learner's wallet said: %1.</source>
        <translation>La cartera del estudiante indicaba: %1.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sin fecha de caducidad</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Competencias: %1</translation>
    </message>
    <message>
        <source>Skills across the credentials</source>
        <translation>Competencias del conjunto de credenciales</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n credentials)</source>
        <translation>
            <numerusform>%1 (%n credencial)</numerusform>
            <numerusform>%1 (%n credenciales)</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisor's notes</source>
        <translation>Notas del orientador</translation>
    </message>
    <message>
        <source>Every credential was verified again by Satchel from the packet's original files. Packet fingerprint (SHA-256): %1</source>
        <translation>Satchel volvió a verificar cada credencial a partir de los archivos originales del paquete. Huella del paquete (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketDialog</name>
    <message>
        <source>Create review packet</source>
        <translation>Crear paquete de revisión</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected credential(s)</source>
        <translation>
            <numerusform>La credencial seleccionada (%n)</numerusform>
            <numerusform>Las %n credenciales seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All credentials (%n)</source>
        <translation>
            <numerusform>Todas las credenciales (%n)</numerusform>
            <numerusform>Todas las credenciales (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Colección: %1</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation>Itinerario: %1</translation>
    </message>
    <message>
        <source>Your name, as the advisor should see it</source>
        <translation>Su nombre, tal como debe verlo el orientador</translation>
    </message>
    <message>
        <source>Include my identities (e-mail addresses, URLs…) so the advisor can check the badges were issued to me</source>
        <translation>Incluir mis identidades (direcciones de correo electrónico, URL…) para que el orientador pueda comprobar que las insignias se me emitieron a mí</translation>
    </message>
    <message>
        <source>Protect the packet with a passphrase</source>
        <translation>Proteger el paquete con una frase de contraseña</translation>
    </message>
    <message>
        <source>What the packet will contain</source>
        <translation>Qué contendrá el paquete</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Enviar:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Save packet…</source>
        <translation>&amp;Guardar paquete…</translation>
    </message>
    <message>
        <source>The packet will contain:</source>
        <translation>El paquete contendrá:</translation>
    </message>
    <message>
        <source>Select credentials in the gallery, or make a collection or a pathway, first.</source>
        <translation>Primero seleccione credenciales en la galería, o cree una colección o un itinerario.</translation>
    </message>
    <message>
        <source>%1 — %2 (your last check: %3)</source>
        <translation>%1 — %2 (su última comprobación: %3)</translation>
    </message>
    <message>
        <source>with its image</source>
        <translation>con su imagen</translation>
    </message>
    <message>
        <source>Pathway definition: %1</source>
        <translation>Definición del itinerario: %1</translation>
    </message>
    <message>
        <source>Your last verification results (receipts) and a readable summary</source>
        <translation>Sus últimos resultados de verificación (recibos) y un resumen legible</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies) of yours</source>
        <translation>
            <numerusform>%n identidad suya</numerusform>
            <numerusform>%n identidades suyas</numerusform>
        </translation>
    </message>
    <message>
        <source>No identities (e-mail addresses, URLs…)</source>
        <translation>Ninguna identidad (direcciones de correo electrónico, URL…)</translation>
    </message>
    <message>
        <source>No private notes</source>
        <translation>Ninguna nota privada</translation>
    </message>
    <message>
        <source>Sealed with your passphrase</source>
        <translation>Sellado con su frase de contraseña</translation>
    </message>
    <message>
        <source>Not protected by a passphrase</source>
        <translation>Sin proteger con frase de contraseña</translation>
    </message>
    <message>
        <source>Type a passphrase, or untick the protection.</source>
        <translation>Escriba una frase de contraseña o desmarque la protección.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Save review packet</source>
        <translation>Guardar paquete de revisión</translation>
    </message>
    <message>
        <source>review.satchel-review</source>
        <translation>revision.satchel-review</translation>
    </message>
    <message>
        <source>Satchel review packets (*.satchel-review)</source>
        <translation>Paquetes de revisión de Satchel (*.satchel-review)</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketReader</name>
    <message>
        <source>The review packet is damaged or was not made by Satchel: %1</source>
        <translation>El paquete de revisión está dañado o no lo creó Satchel: %1</translation>
    </message>
    <message>
        <source>The review packet cannot be opened: wrong passphrase or damaged file.</source>
        <translation>No se puede abrir el paquete de revisión: frase de contraseña incorrecta o archivo dañado.</translation>
    </message>
    <message>
        <source>This review packet is protected by a passphrase.</source>
        <translation>Este paquete de revisión está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The review packet is incomplete (truncated).</source>
        <translation>El paquete de revisión está incompleto (truncado).</translation>
    </message>
    <message>
        <source>The review packet is damaged or was not made by Satchel.</source>
        <translation>El paquete de revisión está dañado o no lo creó Satchel.</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts: %1</source>
        <translation>El paquete de revisión es más grande de lo que Satchel acepta: %1</translation>
    </message>
    <message>
        <source>The review packet holds an entry pointing outside it ("%1"); it was refused.</source>
        <translation>El paquete de revisión contiene una entrada que apunta fuera de él ("%1"); se rechazó.</translation>
    </message>
    <message>
        <source>the entry "%1" appears twice</source>
        <translation>la entrada "%1" aparece dos veces</translation>
    </message>
    <message>
        <source>the entry "%1" is missing</source>
        <translation>falta la entrada "%1"</translation>
    </message>
    <message>
        <source>the manifest's entry list is invalid</source>
        <translation>la lista de entradas del manifiesto no es válida</translation>
    </message>
    <message>
        <source>the entry "%1" is not in the manifest</source>
        <translation>la entrada "%1" no está en el manifiesto</translation>
    </message>
    <message>
        <source>The entry "%1" of the review packet does not match its manifest; the packet was changed after it was made.</source>
        <translation>La entrada "%1" del paquete de revisión no coincide con su manifiesto; el paquete se modificó después de crearse.</translation>
    </message>
    <message>
        <source>Could not read the review packet %1: %2</source>
        <translation>No se pudo leer el paquete de revisión %1: %2</translation>
    </message>
    <message>
        <source>The review packet is larger than Satchel accepts.</source>
        <translation>El paquete de revisión es más grande de lo que Satchel acepta.</translation>
    </message>
    <message>
        <source>This file is not a Satchel review packet.</source>
        <translation>Este archivo no es un paquete de revisión de Satchel.</translation>
    </message>
    <message>
        <source>The review packet is incomplete or damaged: %1</source>
        <translation>El paquete de revisión está incompleto o dañado: %1</translation>
    </message>
    <message>
        <source>This review packet uses format version %1, which this version of Satchel cannot read.</source>
        <translation>Este paquete de revisión usa la versión de formato %1, que esta versión de Satchel no puede leer.</translation>
    </message>
    <message>
        <source>The review packet holds too many credentials.</source>
        <translation>El paquete de revisión contiene demasiadas credenciales.</translation>
    </message>
    <message>
        <source>a credential has no id or a repeated one</source>
        <translation>una credencial no tiene identificador o lo tiene repetido</translation>
    </message>
    <message>
        <source>The review packet holds too many pathways.</source>
        <translation>El paquete de revisión contiene demasiados itinerarios.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewPacketWriter</name>
    <message>
        <source>The wallet has no pathway with the id %1.</source>
        <translation>La cartera no tiene ningún itinerario con el identificador %1.</translation>
    </message>
    <message>
        <source>The wallet has no collection named "%1".</source>
        <translation>La cartera no tiene ninguna colección llamada "%1".</translation>
    </message>
    <message>
        <source>The wallet has no credential %1.</source>
        <translation>La cartera no tiene la credencial %1.</translation>
    </message>
    <message>
        <source>Choose at least one credential for the review packet.</source>
        <translation>Elija al menos una credencial para el paquete de revisión.</translation>
    </message>
    <message>
        <source>A review packet holds at most %1 credentials.</source>
        <translation>Un paquete de revisión contiene como máximo %1 credenciales.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewReportPdf</name>
    <message>
        <source>Review of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>Could not write the review report %1.</source>
        <translation>No se pudo escribir el informe de revisión %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewSession</name>
    <message>
        <source>Not verified: the review was cancelled.</source>
        <translation>No verificada: se canceló la revisión.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the review.</source>
        <translation>No se pudo crear una carpeta temporal para la revisión.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReviewWindow</name>
    <message>
        <source>Review packet</source>
        <translation>Paquete de revisión</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Resumen de la revisión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verifying %v of %m…</source>
        <translation>Verificando %v de %m…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Satchel's verdict</source>
        <translation>Veredicto de Satchel</translation>
    </message>
    <message>
        <source>Learner's receipt</source>
        <translation>Recibo del estudiante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credentials in the packet</source>
        <translation>Credenciales del paquete</translation>
    </message>
    <message>
        <source>Press Enter or double-click a credential to see it in full, with every check.</source>
        <translation>Pulse Intro o haga doble clic en una credencial para verla completa, con todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Private notes: kept in your own wallet for this packet, never sent to the learner and never put in a packet.</source>
        <translation>Notas privadas: se guardan en su propia cartera para este paquete; nunca se envían al estudiante ni se incluyen en un paquete.</translation>
    </message>
    <message>
        <source>Notes cannot be kept: no wallet is open.</source>
        <translation>No se pueden guardar notas: no hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>Your notes on this review…</source>
        <translation>Sus notas sobre esta revisión…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Exportar informe en PDF…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Signed presentation</source>
        <translation>Presentación firmada</translation>
    </message>
    <message>
        <source>The code you gave the learner (the challenge), to check this presentation was made for you. Leave it empty to see the code in the file.</source>
        <translation>El código que dio al estudiante (el desafío), para comprobar que esta presentación se hizo para usted. Déjelo vacío para ver el código del archivo.</translation>
    </message>
    <message>
        <source>This review packet is protected. Passphrase:</source>
        <translation>Este paquete de revisión está protegido. Frase de contraseña:</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>The file is too large to be a presentation.</source>
        <translation>El archivo es demasiado grande para ser una presentación.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Signed by its holder: the signature is valid.</source>
        <translation>Firmada por su titular: la firma es válida.</translation>
    </message>
    <message>
        <source>The holder's signature does not hold: %1</source>
        <translation>La firma del titular no es válida: %1</translation>
    </message>
    <message>
        <source>The review packet could not be opened: %1</source>
        <translation>No se pudo abrir el paquete de revisión: %1</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <source>Packet made on %1; verified again by Satchel on %2.</source>
        <translation>Paquete creado el %1; Satchel lo volvió a verificar el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Total credits: %1</source>
        <translation>Total de créditos: %1</translation>
    </message>
    <message>
        <source>passphrase-protected</source>
        <translation>protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Signed presentation by %1</source>
        <translation>Presentación firmada por %1</translation>
    </message>
    <message>
        <source>Verified by Satchel on %1.</source>
        <translation>Verificada por Satchel el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) verified differently from the learner's receipt. Satchel's own verdict is the one to trust.</source>
        <translation>
            <numerusform>%n credencial se verificó de forma distinta al recibo del estudiante. El veredicto de Satchel es el que cuenta.</numerusform>
            <numerusform>%n credenciales se verificaron de forma distinta al recibo del estudiante. El veredicto de Satchel es el que cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review was cancelled: some credentials were not verified.</source>
        <translation>Se canceló la revisión: algunas credenciales no se verificaron.</translation>
    </message>
    <message>
        <source>%1 ≠ (differs)</source>
        <translation>%1 ≠ (difiere)</translation>
    </message>
    <message>
        <source>Valid, but not issued to the learner</source>
        <translation>Válida, pero no emitida al estudiante</translation>
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
        <translation>La cartera del estudiante indicaba "%1"; Satchel obtiene "%2".</translation>
    </message>
    <message>
        <source>The packet names no pathway.</source>
        <translation>El paquete no indica ningún itinerario.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Exportar informe de revisión</translation>
    </message>
    <message>
        <source>review-report.pdf</source>
        <translation>informe-de-revision.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progreso del itinerario</translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation>Sus notas privadas</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, de %2, %3</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeJson</name>
    <message>
        <source>The JSON document is larger than %1 bytes.</source>
        <translation>El documento JSON ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The JSON document is nested deeper than %1 levels.</source>
        <translation>El documento JSON está anidado en más de %1 niveles.</translation>
    </message>
    <message>
        <source>The JSON document is too large: %1</source>
        <translation>El documento JSON es demasiado grande: %1</translation>
    </message>
    <message>
        <source>The JSON document is ambiguous and was refused: %1</source>
        <translation>El documento JSON es ambiguo y se rechazó: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>El archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>El archivo no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>El documento JSON no es un objeto.</translation>
    </message>
</context>
<context>
    <name>Satchel::SafeMarkdown</name>
    <message>
        <source>[image not loaded]</source>
        <translation>[imagen no cargada]</translation>
    </message>
</context>
<context>
    <name>Satchel::Scrypt</name>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Los parámetros de derivación de clave no son aceptables.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Error en la derivación de clave.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwt</name>
    <message>
        <source>Disclosure %1 is larger than %2 bytes.</source>
        <translation>La revelación %1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not valid base64url.</source>
        <translation>La revelación %1 no está en base64url válido.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not JSON.</source>
        <translation>La revelación %1 no es JSON.</translation>
    </message>
    <message>
        <source>Disclosure %1 is not an array of a salt, a claim name and a value, or of a salt and a value.</source>
        <translation>La revelación %1 no es una matriz de una sal, un nombre de dato y un valor, ni de una sal y un valor.</translation>
    </message>
    <message>
        <source>The claim name in disclosure %1 is not a string.</source>
        <translation>El nombre del dato de la revelación %1 no es una cadena.</translation>
    </message>
    <message>
        <source>Disclosure %1 names the reserved claim "%2".</source>
        <translation>La revelación %1 indica el dato reservado "%2".</translation>
    </message>
    <message>
        <source>The same disclosure is included twice.</source>
        <translation>La misma revelación se incluye dos veces.</translation>
    </message>
    <message>
        <source>A disclosure is not referred to by any digest the issuer signed.</source>
        <translation>Una revelación no está referenciada por ningún resumen firmado por el emisor.</translation>
    </message>
    <message>
        <source>The digest %1 appears more than once.</source>
        <translation>El resumen %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>The claims are nested more than %1 deep.</source>
        <translation>Los datos están anidados en más de %1 niveles.</translation>
    </message>
    <message>
        <source>"_sd" is not an array of digests.</source>
        <translation>"_sd" no es una matriz de resúmenes.</translation>
    </message>
    <message>
        <source>"_sd" holds something other than a digest.</source>
        <translation>"_sd" contiene algo que no es un resumen.</translation>
    </message>
    <message>
        <source>An array element's disclosure stands where a claim was expected.</source>
        <translation>Hay una revelación de elemento de matriz donde se esperaba un dato.</translation>
    </message>
    <message>
        <source>The claim "%1" is disclosed and also given openly.</source>
        <translation>El dato "%1" está revelado y además figura en claro.</translation>
    </message>
    <message>
        <source>An array element's digest is not a string.</source>
        <translation>El resumen de un elemento de matriz no es una cadena.</translation>
    </message>
    <message>
        <source>A claim's disclosure stands where an array element was expected.</source>
        <translation>Hay una revelación de dato donde se esperaba un elemento de matriz.</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than %1 bytes.</source>
        <translation>El SD-JWT ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>An SD-JWT has at least one "~" after the issuer's JWT.</source>
        <translation>Un SD-JWT tiene al menos un "~" después del JWT del emisor.</translation>
    </message>
    <message>
        <source>What follows the last "~" is not a Key Binding JWT.</source>
        <translation>Lo que sigue al último "~" no es un JWT de vinculación con la clave del titular.</translation>
    </message>
    <message>
        <source>The SD-JWT has more than %1 disclosures.</source>
        <translation>El SD-JWT tiene más de %1 revelaciones.</translation>
    </message>
    <message>
        <source>The SD-JWT's payload is not a JSON object.</source>
        <translation>La carga útil del SD-JWT no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The SD-JWT has an empty disclosure ("~~").</source>
        <translation>El SD-JWT tiene una revelación vacía ("~~").</translation>
    </message>
    <message>
        <source>The SD-JWT's digests use "%1", a hash algorithm Satchel does not support.</source>
        <translation>Los resúmenes del SD-JWT usan "%1", un algoritmo de hash que Satchel no admite.</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtPresentation</name>
    <message>
        <source>Discloses none of its selectively disclosable claims: the verifier sees only what the issuer always shows.</source>
        <translation>No revela ninguno de sus datos de revelación selectiva: el verificador solo ve lo que el emisor muestra siempre.</translation>
    </message>
    <message>
        <source>Discloses only %1, besides what the issuer always shows; its other selectively disclosable claims stay hidden.</source>
        <translation>Solo revela %1, además de lo que el emisor muestra siempre; sus demás datos de revelación selectiva permanecen ocultos.</translation>
    </message>
    <message>
        <source>The verifier asks for proof that this credential is yours, but its issuer did not bind it to a key of yours, so Satchel cannot give that proof.</source>
        <translation>El verificador pide una prueba de que esta credencial es suya, pero su emisor no la vinculó a ninguna clave suya, así que Satchel no puede dar esa prueba.</translation>
    </message>
    <message>
        <source>This credential is bound to another of your identities: choose that one to present it.</source>
        <translation>Esta credencial está vinculada a otra de sus identidades: elíjala para presentarla.</translation>
    </message>
    <message>
        <source>Your key could not sign the proof that this credential is yours: %1</source>
        <translation>Su clave no pudo firmar la prueba de que esta credencial es suya: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SdJwtVcVerifier</name>
    <message>
        <source>The token's type "%1" is not that of an SD-JWT VC (dc+sd-jwt).</source>
        <translation>El tipo del token, "%1", no es el de una SD-JWT VC (dc+sd-jwt).</translation>
    </message>
    <message numerus="yes">
        <source>All %n disclosed claim(s) match digests the issuer signed.</source>
        <translation>
            <numerusform>El dato revelado (%n) coincide con un resumen firmado por el emisor.</numerusform>
            <numerusform>Los %n datos revelados coinciden todos con resúmenes firmados por el emisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer's key was found where the issuer publishes it.</source>
        <translation>La clave del emisor se encontró donde el emisor la publica.</translation>
    </message>
    <message>
        <source>The credential has no type ("vct").</source>
        <translation>La credencial no tiene tipo ("vct").</translation>
    </message>
    <message>
        <source>"iss" is not a string.</source>
        <translation>"iss" no es una cadena.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" no es una fecha.</translation>
    </message>
    <message>
        <source>The SD-JWT VC's claims are well formed.</source>
        <translation>Los datos de la SD-JWT VC están bien formados.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder's key; it carries no holder proof, as issued credentials do not.</source>
        <translation>La credencial está vinculada a la clave de su titular; no lleva prueba del titular, ya que las credenciales emitidas no la llevan.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's type is not "kb+jwt".</source>
        <translation>El tipo del JWT de vinculación con la clave del titular no es "kb+jwt".</translation>
    </message>
    <message>
        <source>A Key Binding JWT is attached, but the issuer bound no key ("cnf" "jwk") to the credential.</source>
        <translation>Se adjunta un JWT de vinculación con la clave del titular, pero el emisor no vinculó ninguna clave ("cnf" "jwk") a la credencial.</translation>
    </message>
    <message>
        <source>The holder key the issuer bound is unusable: %1</source>
        <translation>La clave del titular que vinculó el emisor no se puede usar: %1</translation>
    </message>
    <message>
        <source>The Key Binding JWT is not signed by the holder key the issuer bound.</source>
        <translation>El JWT de vinculación con la clave del titular no está firmado con la clave del titular que vinculó el emisor.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's sd_hash does not cover this SD-JWT and its disclosures.</source>
        <translation>El sd_hash del JWT de vinculación con la clave del titular no cubre este SD-JWT y sus revelaciones.</translation>
    </message>
    <message>
        <source>The Key Binding JWT's time (iat) is missing or in the future.</source>
        <translation>La hora (iat) del JWT de vinculación con la clave del titular falta o está en el futuro.</translation>
    </message>
    <message>
        <source>The Key Binding JWT names no audience (aud) or nonce.</source>
        <translation>El JWT de vinculación con la clave del titular no indica ninguna audiencia (aud) ni nonce.</translation>
    </message>
    <message>
        <source>The holder's key signed this presentation for %1 (nonce %2) on %3.</source>
        <translation>La clave del titular firmó esta presentación para %1 (nonce %2) el %3.</translation>
    </message>
    <message>
        <source>It is signed with a key it carries itself, not the key that signed the credential.</source>
        <translation>Está firmada con una clave que lleva ella misma, no con la clave que firmó la credencial.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>"iss" (%1) no es el emisor (%2).</translation>
    </message>
    <message>
        <source>The SD-JWT has a "%1" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>El SD-JWT tiene una declaración «%1», que una credencial VC Data Model 2.0 no debe tener.</translation>
    </message>
</context>
<context>
    <name>Satchel::SealedFile</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The key derivation parameters are not acceptable.</source>
        <translation>Los parámetros de derivación de clave no son aceptables.</translation>
    </message>
    <message>
        <source>The data is too large to seal into one file.</source>
        <translation>Los datos son demasiado grandes para sellarlos en un solo archivo.</translation>
    </message>
    <message>
        <source>The system could not provide random bytes.</source>
        <translation>El sistema no pudo proporcionar bytes aleatorios.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>No se puede abrir el archivo: frase de contraseña incorrecta o archivo dañado.</translation>
    </message>
</context>
<context>
    <name>Satchel::SecuredCredentialChecks</name>
    <message>
        <source>The key in the JWT header is unusable: %1</source>
        <translation>La clave del encabezado JWT no se puede usar: %1</translation>
    </message>
    <message>
        <source>The JWT names no key (neither "kid" nor "jwk").</source>
        <translation>El JWT no indica ninguna clave (ni "kid" ni "jwk").</translation>
    </message>
    <message>
        <source>The signing key %1 does not belong to the issuer %2.</source>
        <translation>La clave de firma %1 no pertenece al emisor %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Mis identidades</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>Mis claves</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Registros de confianza</translation>
    </message>
    <message>
        <source>The e-mail addresses, web addresses, phone numbers and DIDs that badges may be issued to. Satchel matches recipients against them on this computer only.</source>
        <translation>Las direcciones de correo electrónico, direcciones web, números de teléfono y DID a los que pueden emitirse insignias. Satchel compara con ellos los destinatarios solo en este equipo.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation>estudiante@example.org</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The interface switches at once; a few texts change after a restart.</source>
        <translation>La interfaz cambia al instante; algunos textos cambian tras reiniciar.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Check again with the issuer whether a badge was revoked when the last answer is older than:</source>
        <translation>Volver a preguntar al emisor si una insignia se ha revocado cuando la última respuesta tenga más de:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wallet file</source>
        <translation>Archivo de la cartera</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>Open another wallet…</source>
        <translation>Abrir otra cartera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open or create a wallet</source>
        <translation>Abrir o crear una cartera</translation>
    </message>
    <message>
        <source>Satchel wallets (*.sqlite);;All files (*)</source>
        <translation>Carteras de Satchel (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type of the identity to add</source>
        <translation>Tipo de la nueva identidad</translation>
    </message>
    <message>
        <source>Identity to add</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Hours before checking again</source>
        <translation>Horas antes de volver a comprobar</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>This credential is no longer in the wallet.</source>
        <translation>Esta credencial ya no está en la cartera.</translation>
    </message>
    <message>
        <source>This credential cannot be read: %1</source>
        <translation>No se puede leer esta credencial: %1</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Enlace público</translation>
    </message>
    <message>
        <source>Works without a link</source>
        <translation>Funciona sin enlace</translation>
    </message>
    <message>
        <source>Save the credential file…</source>
        <translation>Guardar el archivo de la credencial…</translation>
    </message>
    <message>
        <source>The file exactly as the issuer sent it: anyone can check it with a verifier</source>
        <translation>El archivo exactamente como lo envió el emisor: cualquiera puede comprobarlo con un verificador</translation>
    </message>
    <message>
        <source>Save PDF certificate…</source>
        <translation>Guardar certificado PDF…</translation>
    </message>
    <message>
        <source>A printable certificate with the credential inside</source>
        <translation>Un certificado imprimible con la credencial dentro</translation>
    </message>
    <message>
        <source>Signed presentation…</source>
        <translation>Presentación firmada…</translation>
    </message>
    <message>
        <source>A file with this credential signed by you, for someone who asked to see it and gave you a code</source>
        <translation>Un archivo con esta credencial firmada por usted, para alguien que pidió verla y le dio un código</translation>
    </message>
    <message>
        <source>If LinkedIn's "Add to profile" page does not fill itself in, add the certification by hand on your profile and copy each value from here.</source>
        <translation>Si la página "Añadir al perfil" de LinkedIn no se rellena sola, añada la certificación a mano en su perfil y copie cada valor desde aquí.</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>Compartir el enlace</translation>
    </message>
    <message>
        <source>Link others will see:</source>
        <translation>Enlace que verán los demás:</translation>
    </message>
    <message>
        <source>No link yet: create a public link, or see Settings</source>
        <translation>Aún no hay enlace: cree un enlace público o consulte Ajustes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Post on:</source>
        <translation>Publicar en:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Enviar:</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>Guardar código QR…</translation>
    </message>
    <message>
        <source>A badge with its own public address is shared with that address. For the others, give a verifier page, or the web folder where you will put the verification page Satchel writes.</source>
        <translation>Una insignia con su propia dirección pública se comparte con esa dirección. Para las demás, indique una página de verificador o la carpeta web donde pondrá la página de verificación que genera Satchel.</translation>
    </message>
    <message>
        <source>{url} is replaced by the address of the credential file in your web folder, {id} by the credential's id.</source>
        <translation>{url} se sustituye por la dirección del archivo de la credencial en su carpeta web, y {id} por el identificador de la credencial.</translation>
    </message>
    <message>
        <source>Verifier page:</source>
        <translation>Página de verificador:</translation>
    </message>
    <message>
        <source>Save page…</source>
        <translation>Guardar página…</translation>
    </message>
    <message>
        <source>Write the self-contained verification page to upload to your web folder</source>
        <translation>Escribir la página de verificación autónoma para subirla a su carpeta web</translation>
    </message>
    <message>
        <source>Your web folder:</source>
        <translation>Su carpeta web:</translation>
    </message>
    <message>
        <source>Mastodon server:</source>
        <translation>Servidor de Mastodon:</translation>
    </message>
    <message>
        <source>The number in the address of the issuer's LinkedIn page, when it has one: LinkedIn then shows the issuer's logo.</source>
        <translation>El número de la dirección de la página de LinkedIn del emisor, si la tiene: así LinkedIn muestra el logotipo del emisor.</translation>
    </message>
    <message>
        <source>Issuer's LinkedIn organization id:</source>
        <translation>Identificador de organización de LinkedIn del emisor:</translation>
    </message>
    <message>
        <source>The VerifierPlus server public links are made on; empty for %1.</source>
        <translation>El servidor VerifierPlus en el que se crean los enlaces públicos; vacío para %1.</translation>
    </message>
    <message>
        <source>Public link server:</source>
        <translation>Servidor de enlaces públicos:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
        <translation>Necesita un enlace: cree primero un enlace público.</translation>
    </message>
    <message>
        <source>Needs a link: set a verifier page or your web folder in Settings.</source>
        <translation>Necesita un enlace: indique una página de verificador o su carpeta web en Ajustes.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <comment>then why there is none</comment>
        <translation>Código QR: %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>No browser or mail program could open the link.</source>
        <translation>Ningún navegador ni programa de correo pudo abrir el enlace.</translation>
    </message>
    <message>
        <source>This badge has no link to put in a QR code yet.</source>
        <translation>Esta insignia aún no tiene ningún enlace que poner en un código QR.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save verification page</source>
        <translation>Guardar página de verificación</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>Ways to share</source>
        <translation>Formas de compartir</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>Satchel::ShareLinkBuilder</name>
    <message>
        <source>The credential's address %1 is on this computer or a local network, so others cannot open it.</source>
        <translation>La dirección de la credencial, %1, está en este equipo o en una red local, así que otras personas no pueden abrirla.</translation>
    </message>
    <message>
        <source>The hosting address %1 is not an http(s) address.</source>
        <translation>La dirección de alojamiento %1 no es una dirección http(s).</translation>
    </message>
    <message>
        <source>The link opens your credential on %1, which checks it for anyone who opens it, until you stop sharing.</source>
        <translation>El enlace abre su credencial en %1, que la comprueba para cualquiera que la abra, hasta que deje de compartirla.</translation>
    </message>
    <message>
        <source>The link opens the credential where its issuer publishes it, so anyone can check it with the issuer.</source>
        <translation>El enlace abre la credencial donde la publica su emisor, así que cualquiera puede comprobarla con el emisor.</translation>
    </message>
    <message>
        <source>The verifier URL template is not an http(s) address.</source>
        <translation>La plantilla de URL del verificador no es una dirección http(s).</translation>
    </message>
    <message>
        <source>The verifier URL template has neither {url} nor {id} in it.</source>
        <translation>La plantilla de URL del verificador no contiene {url} ni {id}.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {url}, the address of the credential file, but no hosting address is set.</source>
        <translation>La plantilla de URL del verificador necesita {url}, la dirección del archivo de la credencial, pero no se ha definido ninguna dirección de alojamiento.</translation>
    </message>
    <message>
        <source>The verifier URL template needs {id}, but the credential has no id.</source>
        <translation>La plantilla de URL del verificador necesita {id}, pero la credencial no tiene identificador.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which fetches the credential file from %1 and shows whether it is genuine.</source>
        <translation>El enlace abre su página de verificador, que descarga el archivo de la credencial de %1 y muestra si es auténtica.</translation>
    </message>
    <message>
        <source>The link opens your verifier page, which looks the credential up by its id and shows whether it is genuine.</source>
        <translation>El enlace abre su página de verificador, que busca la credencial por su identificador y muestra si es auténtica.</translation>
    </message>
    <message>
        <source>The link opens the verification page you host at %1: the badge, a summary, the credential itself and how anyone can verify it.</source>
        <translation>El enlace abre la página de verificación que aloja en %1: la insignia, un resumen, la propia credencial y cómo puede verificarla cualquiera.</translation>
    </message>
    <message>
        <source>There is no link others can open. Set a verifier URL template or the address where you will host the verification page, or share the credential file.</source>
        <translation>No hay ningún enlace que otras personas puedan abrir. Defina una plantilla de URL de verificador o la dirección donde alojará la página de verificación, o comparta el archivo de la credencial.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: anyone who checks it will see that it is no longer valid.</source>
        <translation>El emisor ha revocado esta credencial: cualquiera que la compruebe verá que ya no es válida.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation>Esta credencial caducó el %1.</translation>
    </message>
    <message>
        <source>This credential has expired.</source>
        <translation>Esta credencial ha caducado.</translation>
    </message>
    <message>
        <source>This credential is not valid yet.</source>
        <translation>Esta credencial aún no es válida.</translation>
    </message>
    <message>
        <source>The last verification failed: others will not be able to confirm this credential.</source>
        <translation>La última verificación falló: otras personas no podrán confirmar esta credencial.</translation>
    </message>
    <message>
        <source>This credential has not been verified yet. Verify it before you share it.</source>
        <translation>Esta credencial aún no se ha verificado. Verifíquela antes de compartirla.</translation>
    </message>
    <message>
        <source>The last verification could not check everything (a lookup failed or you were offline).</source>
        <translation>La última verificación no pudo comprobarlo todo (falló una consulta o no tenía conexión).</translation>
    </message>
    <message>
        <source>There is no link to share.</source>
        <translation>No hay ningún enlace que compartir.</translation>
    </message>
    <message>
        <source>Upload the verification page (%1) to %2 before you share the link.</source>
        <translation>Suba la página de verificación (%1) a %2 antes de compartir el enlace.</translation>
    </message>
    <message>
        <source>Upload the credential file (%1) to %2 before you share the link.</source>
        <translation>Suba el archivo de la credencial (%1) a %2 antes de compartir el enlace.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuing organization (LinkedIn id)</source>
        <translation>Empresa emisora (id. de LinkedIn)</translation>
    </message>
    <message>
        <source>Issuing organization</source>
        <translation>Empresa emisora</translation>
    </message>
    <message>
        <source>Issue year</source>
        <translation>Año de expedición</translation>
    </message>
    <message>
        <source>Issue month</source>
        <translation>Mes de expedición</translation>
    </message>
    <message>
        <source>Expiration year</source>
        <translation>Año de caducidad</translation>
    </message>
    <message>
        <source>Expiration month</source>
        <translation>Mes de caducidad</translation>
    </message>
    <message>
        <source>Credential URL</source>
        <translation>URL de la credencial</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>ID de la credencial</translation>
    </message>
    <message>
        <source>I earned "%1".</source>
        <translation>He obtenido "%1".</translation>
    </message>
    <message>
        <source>I earned "%1" from %2.</source>
        <translation>He obtenido "%1" de %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>share text, then its link</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Needs a link others can open.</source>
        <translation>Necesita un enlace que otras personas puedan abrir.</translation>
    </message>
    <message>
        <source>LinkedIn: add to profile</source>
        <translation>LinkedIn: añadir al perfil</translation>
    </message>
    <message>
        <source>The credential has no name.</source>
        <translation>La credencial no tiene nombre.</translation>
    </message>
    <message>
        <source>LinkedIn: post</source>
        <translation>LinkedIn: publicar</translation>
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
        <translation>Indique primero su servidor de Mastodon.</translation>
    </message>
    <message>
        <source>%1 is not a Mastodon server name.</source>
        <translation>%1 no es un nombre de servidor de Mastodon.</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>My credential: %1</source>
        <translation>Mi credencial: %1</translation>
    </message>
    <message>
        <source>Hello,

%1
You can see it and check that it is genuine here: %2
</source>
        <translation>Hola:

%1
Puede verla y comprobar que es auténtica aquí: %2
</translation>
    </message>
    <message>
        <source>Hello,

%1
I can send you the credential file so that you can check it.
</source>
        <translation>Hola:

%1
Puedo enviarle el archivo de la credencial para que la compruebe.
</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedChecks</name>
    <message>
        <source>%1 was not fetched (offline).</source>
        <translation>%1 no se descargó (sin conexión).</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched (HTTP %2).</source>
        <translation>No se pudo descargar %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The credential expired on %1.</source>
        <translation>La credencial caducó el %1.</translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
        <translation>La credencial no es válida antes del %1.</translation>
    </message>
    <message>
        <source>The badge expired on %1.</source>
        <translation>La insignia caducó el %1.</translation>
    </message>
    <message>
        <source>The badge is dated in the future (%1).</source>
        <translation>La insignia tiene una fecha futura (%1).</translation>
    </message>
    <message>
        <source>The credential is unsigned (JWT algorithm "none").</source>
        <translation>La credencial no está firmada (algoritmo JWT "none").</translation>
    </message>
    <message>
        <source>The JWT algorithm "%1" is not supported.</source>
        <translation>No se admite el algoritmo JWT "%1".</translation>
    </message>
    <message>
        <source>The JWT algorithm does not match the key type: %1</source>
        <translation>El algoritmo JWT no coincide con el tipo de clave: %1</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La firma no es válida.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La firma %1 es válida.</translation>
    </message>
    <message>
        <source>The signing key was supplied by the credential itself; it is not confirmed by the issuer.</source>
        <translation>La clave de firma la proporcionó la propia credencial; el emisor no la confirma.</translation>
    </message>
</context>
<context>
    <name>Satchel::SharedLinksWindow</name>
    <message>
        <source>Shared links</source>
        <translation>Enlaces compartidos</translation>
    </message>
    <message>
        <source>Public links you made. Anyone with a link can see the credential until you stop sharing it; make new ones from Share.</source>
        <translation>Los enlaces públicos que ha creado. Cualquiera que tenga un enlace puede ver la credencial hasta que deje de compartirla; cree otros desde Compartir.</translation>
    </message>
</context>
<context>
    <name>Satchel::Signature</name>
    <message>
        <source>The signature does not match the data and key.</source>
        <translation>La firma no coincide con los datos y la clave.</translation>
    </message>
    <message>
        <source>A %1 key cannot verify a %2 signature.</source>
        <translation>Una clave %1 no puede verificar una firma %2.</translation>
    </message>
    <message>
        <source>Cannot set up signature verification.</source>
        <translation>No se puede preparar la verificación de la firma.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationDialog</name>
    <message>
        <source>Signed presentation</source>
        <translation>Presentación firmada</translation>
    </message>
    <message>
        <source>A signed presentation is a file for someone who asked to see your credentials but has no verifier website: they can check every credential in it, and that it comes from you, made for them. Send them the file.</source>
        <translation>Una presentación firmada es un archivo para alguien que pidió ver sus credenciales pero no tiene un sitio web de verificación: puede comprobar cada credencial que contiene, y que procede de usted y se hizo para esa persona. Envíele el archivo.</translation>
    </message>
    <message>
        <source>Their &amp;code:</source>
        <translation>&amp;Código recibido:</translation>
    </message>
    <message>
        <source>The code the person who asked gave you</source>
        <translation>El código que le dio la persona que lo pidió</translation>
    </message>
    <message>
        <source>for example 7Q2-pink-otter</source>
        <translation>por ejemplo 7Q2-nutria-rosa</translation>
    </message>
    <message>
        <source>The code the person who asked gave you (a challenge). It shows them this file was made for them, just now, and not copied from one made for someone else. If they gave you none, ask them for one.</source>
        <translation>El código que le dio la persona que lo pidió (un desafío). Le demuestra que este archivo se hizo para ella, en este momento, y que no se copió de otro hecho para otra persona. Si no le dio ninguno, pídaselo.</translation>
    </message>
    <message>
        <source>Their &amp;domain:</source>
        <translation>&amp;Dominio recibido:</translation>
    </message>
    <message>
        <source>The domain the person who asked gave you, if any</source>
        <translation>El dominio que le dio la persona que lo pidió, si lo hay</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Only if they also gave you a web address or name to put in; otherwise leave it empty.</source>
        <translation>Solo si también le dio una dirección web o un nombre que indicar; si no, déjelo vacío.</translation>
    </message>
    <message>
        <source>The identity that signs the presentation</source>
        <translation>La identidad que firma la presentación</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Firmada &amp;por:</translation>
    </message>
    <message>
        <source>You have no identity to sign with yet: Satchel makes one for you when you save.</source>
        <translation>Aún no tiene ninguna identidad con la que firmar: Satchel creará una al guardar.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Leyendo las credenciales…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) go in it:</source>
        <translation>
            <numerusform>Incluye %n credencial:</numerusform>
            <numerusform>Incluye %n credenciales:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Save signed presentation</source>
        <translation>Guardar presentación firmada</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Presentación verificable (*.json)</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Nothing was saved: your identity's key stays locked without its passphrase.</source>
        <translation>No se guardó nada: la clave de su identidad sigue bloqueada sin su frase de contraseña.</translation>
    </message>
    <message>
        <source>Saved %1. Send this file to the person who asked; Satchel's Review window and any verifiable-credential verifier can check it.</source>
        <translation>Se guardó %1. Envíe este archivo a la persona que lo pidió; la ventana de revisión de Satchel y cualquier verificador de credenciales verificables pueden comprobarlo.</translation>
    </message>
</context>
<context>
    <name>Satchel::SignedPresentationFile</name>
    <message>
        <source>Type the code the person who asked for your credentials gave you: it shows them the presentation was made for them.</source>
        <translation>Escriba el código que le dio la persona que pidió sus credenciales: le demuestra que la presentación se hizo para ella.</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>El código tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters.</source>
        <translation>El dominio tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>Elija al menos una credencial para presentar.</translation>
    </message>
    <message>
        <source>A presentation can carry at most %1 credentials.</source>
        <translation>Una presentación puede llevar como máximo %1 credenciales.</translation>
    </message>
    <message>
        <source>"%1" is an Open Badges 2.0 badge, not a W3C Verifiable Credential, so it cannot go in a signed presentation. Share its verification page instead.</source>
        <translation>"%1" es una insignia Open Badges 2.0, no una W3C Verifiable Credential, así que no puede incluirse en una presentación firmada. Comparta en su lugar su página de verificación.</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation>Leyendo sus credenciales…</translation>
    </message>
    <message>
        <source>The skills could not be worked out: %1</source>
        <translation>No se pudieron determinar las competencias: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsSummary</name>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
</context>
<context>
    <name>Satchel::SkillsWidget</name>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Acreditada por</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) in %1</source>
        <translation>
            <numerusform>%n competencia en %1</numerusform>
            <numerusform>%n competencias en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s), from %1</source>
        <translation>
            <numerusform>%n marco, a partir de %1</numerusform>
            <numerusform>%n marcos, a partir de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (not valid): %1</source>
        <translation>no contada (no válida): %1</translation>
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
        <translation>Etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these credentials names a skill, a framework or a tag.</source>
        <translation>Ninguna de estas credenciales indica una competencia, un marco ni una etiqueta.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusConfirmation</name>
    <message>
        <source>Share a credential that is not valid?</source>
        <translation>¿Compartir una credencial que no es válida?</translation>
    </message>
    <message>
        <source>Share anyway</source>
        <translation>Compartir de todos modos</translation>
    </message>
    <message>
        <source>Print a credential that is not valid?</source>
        <translation>¿Imprimir una credencial que no es válida?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <source>Export a credential that is not valid?</source>
        <translation>¿Exportar una credencial que no es válida?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>The issuer has revoked "%1".</source>
        <translation>El emisor ha revocado "%1".</translation>
    </message>
    <message>
        <source>"%1" has expired.</source>
        <translation>"%1" ha caducado.</translation>
    </message>
    <message>
        <source>"%1" failed verification: it may have been altered or not come from its issuer.</source>
        <translation>"%1" no superó la verificación: puede que se haya modificado o que no proceda de su emisor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected credentials are not valid:</source>
        <translation>
            <numerusform>%n de las credenciales seleccionadas no es válida:</numerusform>
            <numerusform>%n de las credenciales seleccionadas no son válidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever checks it will see that it is not valid. Go on only if you mean to show it as it is.</source>
        <translation>Quien la compruebe verá que no es válida. Continúe solo si quiere mostrarla tal como está.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListChecker</name>
    <message>
        <source>The encoded status list is too large.</source>
        <translation>La lista de estados codificada es demasiado grande.</translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation>La lista de estados no está en base64url válido.</translation>
    </message>
    <message>
        <source>Unsupported status size %1.</source>
        <translation>Tamaño de estado %1 no admitido.</translation>
    </message>
    <message>
        <source>The status index %1 is outside the list.</source>
        <translation>El índice de estado %1 está fuera de la lista.</translation>
    </message>
    <message>
        <source>The status list at %1 is not a JSON object.</source>
        <translation>La lista de estados de %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The document at %1 is not a status list credential.</source>
        <translation>El documento de %1 no es una credencial de lista de estados.</translation>
    </message>
    <message>
        <source>The status list at %1 failed its own proof check: %2</source>
        <translation>La lista de estados de %1 no superó la comprobación de su propia prueba: %2</translation>
    </message>
    <message>
        <source>The status list at %1 has expired.</source>
        <translation>La lista de estados de %1 ha caducado.</translation>
    </message>
    <message>
        <source>The status list at %1 is not valid yet.</source>
        <translation>La lista de estados de %1 aún no es válida.</translation>
    </message>
    <message>
        <source>The status list at %1 is for "%2", not "%3".</source>
        <translation>La lista de estados de %1 es para "%2", no para "%3".</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be decoded: %2</source>
        <translation>No se puede decodificar la lista de estados de %1: %2</translation>
    </message>
    <message>
        <source>The credential status entry is incomplete.</source>
        <translation>La entrada de estado de la credencial está incompleta.</translation>
    </message>
    <message>
        <source>The credential is not revoked.</source>
        <translation>La credencial no está revocada.</translation>
    </message>
    <message>
        <source>The credential is not suspended.</source>
        <translation>La credencial no está suspendida.</translation>
    </message>
    <message>
        <source>Status purpose "%1" does not affect validity.</source>
        <translation>La finalidad de estado "%1" no afecta a la validez.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>El emisor ha revocado esta credencial: %1</translation>
    </message>
    <message>
        <source>Too many credential status entries; the rest were not checked.</source>
        <translation>Demasiadas entradas de estado de la credencial; el resto no se comprobó.</translation>
    </message>
    <message>
        <source>The credential status type "%1" is not supported.</source>
        <translation>No se admite el tipo de estado de credencial "%1".</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>El emisor ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>El emisor ha revocado esta insignia: %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer's revocation list.</source>
        <translation>La insignia no está en la lista de revocación del emisor.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusListSource</name>
    <message>
        <source>The status list at %1 was not checked (offline).</source>
        <translation>La lista de estados de %1 no se comprobó (sin conexión).</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched: %2</source>
        <translation>No se pudo descargar la lista de estados de %1: %2</translation>
    </message>
    <message>
        <source>The status list at %1 could not be fetched (HTTP %2).</source>
        <translation>No se pudo descargar la lista de estados de %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>(Checked against the copy of the status list fetched on %1.)</source>
        <translation>(Comprobado con la copia de la lista de estados descargada el %1.)</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>El emisor ha revocado esta credencial.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>El emisor ha suspendido esta credencial.</translation>
    </message>
</context>
<context>
    <name>Satchel::StatusStyle</name>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Valid, but not issued to you</source>
        <translation>Válida, pero no emitida a usted</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusList</name>
    <message>
        <source>The status list gives %1 bits per status; only 1, 2, 4 and 8 are allowed.</source>
        <translation>La lista de estados usa %1 bits por estado; solo se permiten 1, 2, 4 y 8.</translation>
    </message>
    <message>
        <source>The status list has no list ("lst").</source>
        <translation>La lista de estados no contiene ninguna lista («lst»).</translation>
    </message>
    <message>
        <source>The status list is too large.</source>
        <translation>La lista de estados es demasiado grande.</translation>
    </message>
    <message>
        <source>The status list ("lst") is not valid base64url.</source>
        <translation>La lista de estados («lst») no es base64url válido.</translation>
    </message>
    <message>
        <source>The status list is larger than Satchel reads (%1 MiB).</source>
        <translation>La lista de estados es mayor de lo que Satchel lee (%1 MiB).</translation>
    </message>
    <message>
        <source>The status list ("lst") is not ZLIB-compressed data.</source>
        <translation>La lista de estados («lst») no son datos comprimidos con ZLIB.</translation>
    </message>
</context>
<context>
    <name>Satchel::TokenStatusListChecker</name>
    <message>
        <source>The credential's status reference needs a list address ("uri") and a place in it ("idx", a whole number of zero or more).</source>
        <translation>La referencia de estado de la credencial necesita la dirección de una lista («uri») y una posición en ella («idx», un número entero de cero o más).</translation>
    </message>
    <message numerus="yes">
        <source>The credential's place %1 is outside the status list at %2, which holds %n status(es).</source>
        <translation>
            <numerusform>La posición %1 de la credencial está fuera de la lista de estados de %2, que contiene %n estado.</numerusform>
            <numerusform>La posición %1 de la credencial está fuera de la lista de estados de %2, que contiene %n estados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status list at %1 is not a signed token: %2</source>
        <translation>La lista de estados de %1 no es un token firmado: %2</translation>
    </message>
    <message>
        <source>The token at %1 is not a Token Status List (its type is not "statuslist+jwt").</source>
        <translation>El token de %1 no es una Token Status List (su tipo no es «statuslist+jwt»).</translation>
    </message>
    <message>
        <source>No key was given to check it with.</source>
        <translation>No se dio ninguna clave con la que comprobarla.</translation>
    </message>
    <message>
        <source>The key that signed the status list at %1 could not be looked up: %2</source>
        <translation>No se pudo buscar la clave que firmó la lista de estados de %1: %2</translation>
    </message>
    <message>
        <source>The status list at %1 is not signed by the credential's issuer: %2</source>
        <translation>La lista de estados de %1 no está firmada por el emisor de la credencial: %2</translation>
    </message>
    <message>
        <source>The status list at %1 holds no claims: %2</source>
        <translation>La lista de estados de %1 no contiene ninguna declaración: %2</translation>
    </message>
    <message>
        <source>The status list at %1 cannot be read: %2</source>
        <translation>La lista de estados de %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>The status list at %1 is published for another address ("sub" is "%2").</source>
        <translation>La lista de estados de %1 está publicada para otra dirección («sub» es «%2»).</translation>
    </message>
    <message>
        <source>The status list at %1 was issued by someone other than the credential's issuer.</source>
        <translation>La lista de estados de %1 la emitió alguien distinto del emisor de la credencial.</translation>
    </message>
    <message>
        <source>The status list at %1 gives no issue time ("iat"), or one in the future.</source>
        <translation>La lista de estados de %1 no indica fecha de emisión («iat»), o indica una futura.</translation>
    </message>
    <message>
        <source>The status list at %1 has an expiry time ("exp") that is not a date.</source>
        <translation>La lista de estados de %1 tiene una fecha de caducidad («exp») que no es una fecha.</translation>
    </message>
    <message>
        <source>The copy of the status list at %1 kept on %2 expired on %3, and no newer one could be fetched: the status was not checked.</source>
        <translation>La copia de la lista de estados de %1 guardada el %2 caducó el %3 y no se pudo obtener una más reciente: no se comprobó el estado.</translation>
    </message>
    <message>
        <source>The status list at %1 expired on %2.</source>
        <translation>La lista de estados de %1 caducó el %2.</translation>
    </message>
    <message>
        <source>The status list at %1 has a time to live ("ttl") that is not a positive number.</source>
        <translation>La lista de estados de %1 tiene un tiempo de vida («ttl») que no es un número positivo.</translation>
    </message>
    <message>
        <source>The issuer's status list shows the credential as valid (neither revoked nor suspended).</source>
        <translation>La lista de estados del emisor muestra la credencial como válida (ni revocada ni suspendida).</translation>
    </message>
    <message>
        <source>The issuer's status list gives the credential the status 0x%1, a value its application defines; Satchel does not know what it means.</source>
        <translation>La lista de estados del emisor da a la credencial el estado 0x%1, un valor que define su aplicación; Satchel no sabe qué significa.</translation>
    </message>
</context>
<context>
    <name>Satchel::TranscriptWriter</name>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>A transcript needs at least one credential.</source>
        <translation>Un expediente necesita al menos una credencial.</translation>
    </message>
    <message>
        <source>A transcript lists at most %1 credentials; select fewer.</source>
        <translation>Un expediente enumera como máximo %1 credenciales; seleccione menos.</translation>
    </message>
    <message>
        <source>The transcript template is missing.</source>
        <translation>Falta la plantilla del expediente.</translation>
    </message>
    <message>
        <source>Untitled achievement</source>
        <translation>Logro sin título</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>Emisor desconocido</translation>
    </message>
    <message>
        <source>None of the selected credentials could be read.</source>
        <translation>No se pudo leer ninguna de las credenciales seleccionadas.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Credentials held in Satchel</source>
        <translation>Credenciales guardadas en Satchel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total credits earned</source>
        <translation>Total de créditos obtenidos</translation>
    </message>
    <message>
        <source>Statuses are those Satchel last recorded before printing. Each original credential is attached to this PDF; import the PDF into Satchel or any Open Badges verifier to check them.</source>
        <translation>Los estados son los últimos que Satchel registró antes de imprimir. Cada credencial original va adjunta a este PDF; importe el PDF en Satchel o en cualquier verificador de Open Badges para comprobarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Transcript of %n credential(s)</source>
        <translation>
            <numerusform>Expediente de %n credencial</numerusform>
            <numerusform>Expediente de %n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>expediente</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistriesWidget</name>
    <message>
        <source>Trust registries say who stands behind an issuer: each credential shows whether its issuer is listed, by which registry and under which name. This never changes whether a credential verifies. Copies are kept in the wallet and used offline.</source>
        <translation>Los registros de confianza indican quién respalda a un emisor: cada credencial muestra si su emisor figura en ellos, en qué registro y con qué nombre. Esto nunca cambia el resultado de la verificación de una credencial. Las copias se guardan en la cartera y se usan sin conexión.</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>Añadir URL…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>DCC registry</source>
        <translation>Registro DCC</translation>
    </message>
    <message>
        <source>OpenID Federation</source>
        <translation>OpenID Federation</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>copia del %1</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>nunca descargado</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Added %1. Refresh now to fetch it.</source>
        <translation>Se añadió %1. Actualice ahora para descargarlo.</translation>
    </message>
    <message>
        <source>Add a trust registry</source>
        <translation>Añadir un registro de confianza</translation>
    </message>
    <message>
        <source>The address of a registry in the DCC format, or of an OpenID Federation trust anchor (…/.well-known/openid-federation):</source>
        <translation>La dirección de un registro en formato DCC o de un ancla de confianza de OpenID Federation (…/.well-known/openid-federation):</translation>
    </message>
    <message>
        <source>No registry is switched on.</source>
        <translation>No hay ningún registro activado.</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1: actualizado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trust registries</source>
        <translation>Registros de confianza</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistrySettings</name>
    <message>
        <source>DCC Member Registry</source>
        <translation>Registro de miembros de DCC</translation>
    </message>
    <message>
        <source>DCC Community Registry</source>
        <translation>Registro comunitario de DCC</translation>
    </message>
    <message>
        <source>DCC Sandbox Registry (test issuers)</source>
        <translation>Registro de pruebas de DCC (emisores de prueba)</translation>
    </message>
    <message>
        <source>DCC Member Registry, test instance</source>
        <translation>Registro de miembros de DCC, instancia de prueba</translation>
    </message>
    <message>
        <source>A trust registry is added by its http or https address.</source>
        <translation>Un registro de confianza se añade mediante su dirección http o https.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>Satchel::TrustRegistryUpdater</name>
    <message>
        <source>%1 (answering from the copy of %2)</source>
        <translation>%1 (respuesta a partir de la copia del %2)</translation>
    </message>
    <message>
        <source>Not fetched: Satchel is working offline.</source>
        <translation>No descargado: Satchel está funcionando sin conexión.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiExchangeClient</name>
    <message>
        <source>The offer has expired or was already used. Ask the issuer for a new one.</source>
        <translation>La oferta ha caducado o ya se usó. Pida una nueva al emisor.</translation>
    </message>
    <message>
        <source>Your key could not sign the presentation the issuer asks for: %1</source>
        <translation>Su clave no pudo firmar la presentación que solicita el emisor: %1</translation>
    </message>
    <message>
        <source>This link asks you to present credentials to a verifier, not to receive new ones.</source>
        <translation>Este enlace le pide presentar credenciales a un verificador, no recibir credenciales nuevas.</translation>
    </message>
    <message>
        <source>starting the exchange</source>
        <translation>inicio del intercambio</translation>
    </message>
    <message>
        <source>The issuer asks you to present "%1" before issuing, which Satchel cannot do yet.</source>
        <translation>El emisor le pide presentar "%1" antes de emitir, algo que Satchel aún no puede hacer.</translation>
    </message>
    <message>
        <source>The issuer does not accept your identity's kind of key (did:%1, %2). Choose another identity.</source>
        <translation>El emisor no acepta el tipo de clave de su identidad (did:%1, %2). Elija otra identidad.</translation>
    </message>
    <message>
        <source>The issuer's request asks for nothing Satchel can answer.</source>
        <translation>La solicitud del emisor no pide nada a lo que Satchel pueda responder.</translation>
    </message>
    <message>
        <source>exchanging with the issuer</source>
        <translation>intercambio con el emisor</translation>
    </message>
    <message>
        <source>The exchange ended without sending a credential.</source>
        <translation>El intercambio terminó sin enviar ninguna credencial.</translation>
    </message>
    <message>
        <source>The exchange kept asking without sending a credential.</source>
        <translation>El intercambio siguió pidiendo sin enviar ninguna credencial.</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiPresenter</name>
    <message>
        <source>The link %1 is not a secure (https) address: nothing was fetched.</source>
        <translation>El enlace %1 no es una dirección segura (https): no se descargó nada.</translation>
    </message>
    <message>
        <source>reading the interaction link</source>
        <translation>lectura del enlace de interacción</translation>
    </message>
    <message>
        <source>This link does not lead to a verifier's request Satchel can answer.</source>
        <translation>Este enlace no lleva a una solicitud de verificador a la que Satchel pueda responder.</translation>
    </message>
    <message>
        <source>The exchange %1 is not a secure (https) address: nothing was sent.</source>
        <translation>El intercambio %1 no es una dirección segura (https): no se envió nada.</translation>
    </message>
    <message>
        <source>reading the verifier's request</source>
        <translation>lectura de la solicitud del verificador</translation>
    </message>
    <message>
        <source>sending the answer</source>
        <translation>envío de la respuesta</translation>
    </message>
    <message>
        <source>The verifier's request has expired or was already answered. Ask the verifier for a new link.</source>
        <translation>La solicitud del verificador ha caducado o ya se respondió. Pida un enlace nuevo al verificador.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The verifier refused while %1: %2</source>
        <translation>El verificador se negó en el paso "%1": %2</translation>
    </message>
</context>
<context>
    <name>Satchel::VcApiQueryReader</name>
    <message>
        <source>The verifier's request is malformed: %1.</source>
        <translation>La solicitud del verificador está mal formada: %1.</translation>
    </message>
    <message>
        <source>its example is nested too deeply</source>
        <translation>su ejemplo está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>its example sets too many fields</source>
        <translation>su ejemplo define demasiados campos</translation>
    </message>
    <message>
        <source>The verifier asks for “%1”, which Satchel cannot answer yet.</source>
        <translation>El verificador solicita “%1”, a lo que Satchel aún no puede responder.</translation>
    </message>
    <message>
        <source>This link does not ask for any credential: it is an issuer's exchange, for receiving one.</source>
        <translation>Este enlace no solicita ninguna credencial: es un intercambio de un emisor, para recibir una.</translation>
    </message>
    <message>
        <source>its QueryByExample has no credentialQuery</source>
        <translation>su QueryByExample no tiene credentialQuery</translation>
    </message>
    <message>
        <source>a credentialQuery is not an object</source>
        <translation>una credentialQuery no es un objeto</translation>
    </message>
    <message>
        <source>it asks for too many credentials</source>
        <translation>solicita demasiadas credenciales</translation>
    </message>
    <message>
        <source>The verifier wants the answer sent to %1, which is not a secure (https) address.</source>
        <translation>El verificador quiere que la respuesta se envíe a %1, que no es una dirección segura (https).</translation>
    </message>
</context>
<context>
    <name>Satchel::VcCoseVerifier</name>
    <message>
        <source>The COSE algorithm %1 is not supported.</source>
        <translation>No se admite el algoritmo COSE %1.</translation>
    </message>
    <message>
        <source>The COSE message's media type (typ "%1", content type "%2") is not that of a verifiable credential (vc+cose).</source>
        <translation>El tipo de medio del mensaje COSE (typ «%1», tipo de contenido «%2») no es el de una credencial verificable (vc+cose).</translation>
    </message>
    <message>
        <source>The COSE message names no key (no "kid").</source>
        <translation>El mensaje COSE no indica ninguna clave (no hay "kid").</translation>
    </message>
</context>
<context>
    <name>Satchel::VcJwtVerifier</name>
    <message>
        <source>The JWT header member "%1" is not allowed.</source>
        <translation>El miembro de encabezado JWT "%1" no está permitido.</translation>
    </message>
    <message>
        <source>"iss" (%1) is not the issuer (%2).</source>
        <translation>"iss" (%1) no es el emisor (%2).</translation>
    </message>
    <message>
        <source>"jti" is not the credential id.</source>
        <translation>"jti" no es el identificador de la credencial.</translation>
    </message>
    <message>
        <source>"sub" is not the credential subject.</source>
        <translation>"sub" no es el sujeto de la credencial.</translation>
    </message>
    <message>
        <source>"nbf" is not a date.</source>
        <translation>"nbf" no es una fecha.</translation>
    </message>
    <message>
        <source>"nbf" is not the credential's start of validity.</source>
        <translation>"nbf" no es el inicio de la validez de la credencial.</translation>
    </message>
    <message>
        <source>"exp" is not a date.</source>
        <translation>"exp" no es una fecha.</translation>
    </message>
    <message>
        <source>"exp" is not the credential's end of validity.</source>
        <translation>"exp" no es el fin de la validez de la credencial.</translation>
    </message>
    <message>
        <source>The JWT claims match the credential.</source>
        <translation>Las declaraciones del JWT coinciden con la credencial.</translation>
    </message>
    <message>
        <source>The JWT's media type (typ "%1", cty "%2") is not that of a verifiable credential (vc+jwt).</source>
        <translation>El tipo de medio del JWT (typ «%1», cty «%2») no es el de una credencial verificable (vc+jwt).</translation>
    </message>
    <message>
        <source>The JWT has a "vp" claim, which a secured credential must not have.</source>
        <translation>El JWT tiene una declaración «vp», que una credencial protegida no debe tener.</translation>
    </message>
    <message>
        <source>The JWT has a "vc" claim, which a VC Data Model 2.0 credential must not have.</source>
        <translation>El JWT tiene una declaración «vc», que una credencial VC Data Model 2.0 no debe tener.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationHtml</name>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No superada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesaria</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Satchel has not checked this credential yet.</source>
        <translation>Satchel aún no ha comprobado esta credencial.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Última comprobación: %1.</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>These lines were written at the last check, in another language. Verify now to read them in this one.</source>
        <translation>Estas líneas se escribieron en la última comprobación, en otro idioma. Pulse Verificar ahora para leerlas en este.</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducada el %1</translation>
    </message>
    <message>
        <source>Revoked by the issuer</source>
        <translation>Revocada por el emisor</translation>
    </message>
    <message>
        <source>It still records what you achieved, but no longer proves it is current.</source>
        <translation>Sigue registrando lo que logró, pero ya no demuestra que esté vigente.</translation>
    </message>
    <message>
        <source>Found when Satchel checked it on %1.</source>
        <translation>Detectado cuando Satchel la comprobó el %1.</translation>
    </message>
    <message>
        <source>Satchel asks before you share, print or export it.</source>
        <translation>Satchel le pedirá confirmación antes de compartirla, imprimirla o exportarla.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationPageWriter</name>
    <message>
        <source>The page template uses an unknown field {{%1}}.</source>
        <translation>La plantilla de página usa un campo desconocido {{%1}}.</translation>
    </message>
    <message>
        <source>The credential has no stored text to put on the page.</source>
        <translation>La credencial no tiene texto guardado que poner en la página.</translation>
    </message>
    <message>
        <source>The verification page template is missing.</source>
        <translation>Falta la plantilla de la página de verificación.</translation>
    </message>
    <message>
        <source>Not verified by the wallet when this page was made (%1)</source>
        <translation>No verificada por la cartera cuando se creó esta página (%1)</translation>
    </message>
    <message>
        <source>Verified as valid on %1</source>
        <translation>Verificada como válida el %1</translation>
    </message>
    <message>
        <source>Revoked by the issuer (checked on %1)</source>
        <translation>Revocada por el emisor (comprobada el %1)</translation>
    </message>
    <message>
        <source>Expired (checked on %1)</source>
        <translation>Caducada (comprobada el %1)</translation>
    </message>
    <message>
        <source>Verification failed (checked on %1)</source>
        <translation>Verificación fallida (comprobada el %1)</translation>
    </message>
    <message>
        <source>Not valid yet (checked on %1)</source>
        <translation>Aún no válida (comprobada el %1)</translation>
    </message>
    <message>
        <source>Could not be fully checked (on %1)</source>
        <translation>No se pudo comprobar por completo (el %1)</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Imagen de la insignia</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Concedida a</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identificador de la credencial</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Status when this page was made</source>
        <translation>Estado cuando se creó esta página</translation>
    </message>
    <message>
        <source>Download the credential file below, or copy the text in the box.</source>
        <translation>Descargue el archivo de la credencial que aparece abajo o copie el texto del recuadro.</translation>
    </message>
    <message>
        <source>Open a verifier you trust, for example the 1EdTech Open Badges validator (%1) or VerifierPlus (%2), and give it the file.</source>
        <translation>Abra un verificador de confianza, por ejemplo el validador de Open Badges de 1EdTech (%1) o VerifierPlus (%2), y proporciónele el archivo.</translation>
    </message>
    <message>
        <source>This is a hosted badge: the issuer publishes it at %1. The verifier fetches the issuer's copy and compares it with this one.</source>
        <translation>Es una insignia alojada: el emisor la publica en %1. El verificador descarga la copia del emisor y la compara con esta.</translation>
    </message>
    <message>
        <source>The verifier checks the issuer's digital signature: it gets the public key of the issuer (%1) and confirms that not one character of the credential has changed since it was signed.</source>
        <translation>El verificador comprueba la firma digital del emisor: obtiene la clave pública del emisor (%1) y confirma que no ha cambiado ni un carácter de la credencial desde que se firmó.</translation>
    </message>
    <message>
        <source>It also checks whether the issuer has revoked the credential and whether it has expired. The status above is only what the learner's wallet saw when this page was made.</source>
        <translation>También comprueba si el emisor ha revocado la credencial y si ha caducado. El estado anterior es solo lo que vio la cartera del estudiante cuando se creó esta página.</translation>
    </message>
    <message>
        <source>Anyone can edit a web page, so this page proves nothing by itself: trust the verifier's answer about the file, not the text of this page.</source>
        <translation>Cualquiera puede editar una página web, así que esta página no demuestra nada por sí sola: confíe en la respuesta del verificador sobre el archivo, no en el texto de esta página.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the page's language code (BCP 47)</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>%1 — verification page</source>
        <translation>%1 — página de verificación</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>How to check that it is genuine</source>
        <translation>Cómo comprobar que es auténtica</translation>
    </message>
    <message>
        <source>This page holds the credential exactly as the issuer made it. Anyone can check it in a few minutes, without an account:</source>
        <translation>Esta página contiene la credencial exactamente como la creó el emisor. Cualquiera puede comprobarla en pocos minutos, sin cuenta:</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>La credencial</translation>
    </message>
    <message>
        <source>The original credential, a signed token (JWS), byte for byte as issued:</source>
        <translation>La credencial original, un token firmado (JWS), byte a byte tal como se emitió:</translation>
    </message>
    <message>
        <source>The original credential (JSON), byte for byte as issued:</source>
        <translation>La credencial original (JSON), byte a byte tal como se emitió:</translation>
    </message>
    <message>
        <source>Download the credential file</source>
        <translation>Descargar el archivo de la credencial</translation>
    </message>
    <message>
        <source>Made with Satchel on %1.</source>
        <translation>Creada con Satchel el %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::VerificationReport</name>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierCertificate</name>
    <message>
        <source>The verifier's request does not carry the certificates its client id needs.</source>
        <translation>La solicitud del verificador no lleva los certificados que necesita su identificador de cliente.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the request.</source>
        <translation>El certificado del verificador no es de confianza para Satchel (%1): Satchel no puede saber quién envió la solicitud.</translation>
    </message>
    <message>
        <source>The verifier's certificate is not for %1, the name its client id gives.</source>
        <translation>El certificado del verificador no es para %1, el nombre que indica su identificador de cliente.</translation>
    </message>
    <message>
        <source>The verifier's certificates cannot be read: %1</source>
        <translation>No se pueden leer los certificados del verificador: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierConnection</name>
    <message>
        <source>Cancelled: nothing was sent to the verifier.</source>
        <translation>Cancelado: no se envió nada al verificador.</translation>
    </message>
    <message>
        <source>The verifier (%1) could not be reached while %2.</source>
        <translation>No se pudo acceder al verificador (%1) en el paso "%2".</translation>
    </message>
    <message>
        <source>Satchel is working offline, so nothing was sent to the verifier (%1).</source>
        <translation>Satchel está funcionando sin conexión, así que no se envió nada al verificador (%1).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifierPlusClient</name>
    <message>
        <source>"%1" is not the address of a VerifierPlus server (https://host).</source>
        <translation>"%1" no es la dirección de un servidor VerifierPlus (https://host).</translation>
    </message>
    <message>
        <source>%1 answered, but not with the links Satchel expects (%2). Nothing was saved.</source>
        <translation>%1 respondió, pero no con los enlaces que espera Satchel (%2). No se guardó nada.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no usable url.%1</source>
        <translation>no hay ningún url.%1 utilizable</translation>
    </message>
    <message>
        <source>Satchel is working offline: nothing was sent to %1.</source>
        <translation>Satchel está funcionando sin conexión: no se envió nada a %1.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2).</source>
        <translation>No se pudo acceder al servidor %1 (%2).</translation>
    </message>
    <message>
        <source>The server %1 refused the request (%2).</source>
        <translation>El servidor %1 rechazó la solicitud (%2).</translation>
    </message>
</context>
<context>
    <name>Satchel::VerifyUtil</name>
    <message>
        <source>The document is too large.</source>
        <translation>El documento es demasiado grande.</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>El documento no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Satchel::Wallet</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite para Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>%1 is not a wallet file.</source>
        <translation>%1 no es un archivo de cartera.</translation>
    </message>
    <message>
        <source>Could not open the wallet %1: %2</source>
        <translation>No se pudo abrir la cartera %1: %2</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only.</source>
        <translation>La cartera está ocupada o es de solo lectura.</translation>
    </message>
    <message>
        <source>Could not index the credentials for search.</source>
        <translation>No se pudieron indexar las credenciales para la búsqueda.</translation>
    </message>
    <message>
        <source>The holder key record is incomplete.</source>
        <translation>El registro de la clave de titular está incompleto.</translation>
    </message>
    <message>
        <source>Could not save the holder key.</source>
        <translation>No se pudo guardar la clave de titular.</translation>
    </message>
    <message>
        <source>Could not rename the holder key.</source>
        <translation>No se pudo cambiar el nombre de la clave de titular.</translation>
    </message>
    <message>
        <source>The key %1 is not in this wallet.</source>
        <translation>La clave %1 no está en esta cartera.</translation>
    </message>
    <message>
        <source>Could not change the default key.</source>
        <translation>No se pudo cambiar la clave predeterminada.</translation>
    </message>
    <message>
        <source>Could not remove the holder key.</source>
        <translation>No se pudo quitar la clave de titular.</translation>
    </message>
    <message>
        <source>The public link record is incomplete.</source>
        <translation>El registro del enlace público está incompleto.</translation>
    </message>
    <message>
        <source>Could not save the public link.</source>
        <translation>No se pudo guardar el enlace público.</translation>
    </message>
    <message>
        <source>Could not update the public link.</source>
        <translation>No se pudo actualizar el enlace público.</translation>
    </message>
    <message>
        <source>There is no public link %1 in the wallet.</source>
        <translation>No hay ningún enlace público %1 en la cartera.</translation>
    </message>
    <message>
        <source>Could not read the wallet: %1</source>
        <translation>No se pudo leer la cartera: %1</translation>
    </message>
    <message>
        <source>There is no credential %1 in the wallet.</source>
        <translation>No hay ninguna credencial %1 en la cartera.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Una etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>Could not save the tag.</source>
        <translation>No se pudo guardar la etiqueta.</translation>
    </message>
    <message>
        <source>The credential has no tag %1.</source>
        <translation>La credencial no tiene la etiqueta %1.</translation>
    </message>
    <message>
        <source>Could not remove the tag.</source>
        <translation>No se pudo quitar la etiqueta.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <source>Could not create the collection.</source>
        <translation>No se pudo crear la colección.</translation>
    </message>
    <message>
        <source>Could not rename the collection.</source>
        <translation>No se pudo cambiar el nombre de la colección.</translation>
    </message>
    <message>
        <source>There is no collection %1.</source>
        <translation>No hay ninguna colección %1.</translation>
    </message>
    <message>
        <source>Could not remove the collection.</source>
        <translation>No se pudo eliminar la colección.</translation>
    </message>
    <message>
        <source>Could not add credential %1 to collection %2.</source>
        <translation>No se pudo añadir la credencial %1 a la colección %2.</translation>
    </message>
    <message>
        <source>Could not change the collection.</source>
        <translation>No se pudo modificar la colección.</translation>
    </message>
    <message>
        <source>The credential is not in that collection.</source>
        <translation>La credencial no está en esa colección.</translation>
    </message>
    <message>
        <source>Could not update the stored credential.</source>
        <translation>No se pudo actualizar la credencial guardada.</translation>
    </message>
    <message>
        <source>Could not store the credential.</source>
        <translation>No se pudo guardar la credencial.</translation>
    </message>
    <message>
        <source>Could not store the credential's bytes.</source>
        <translation>No se pudieron guardar los bytes de la credencial.</translation>
    </message>
    <message>
        <source>Could not index the credential for search.</source>
        <translation>No se pudo indexar la credencial para la búsqueda.</translation>
    </message>
    <message>
        <source>The credential nests other credentials too deeply.</source>
        <translation>La credencial anida otras credenciales a demasiada profundidad.</translation>
    </message>
    <message>
        <source>There are no credential bytes to store.</source>
        <translation>No hay bytes de credencial que guardar.</translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation>No se pudieron buscar duplicados.</translation>
    </message>
    <message>
        <source>Could not save the verification.</source>
        <translation>No se pudo guardar la verificación.</translation>
    </message>
    <message>
        <source>Could not remove the credential.</source>
        <translation>No se pudo quitar la credencial.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not keep the earlier version of the credential.</source>
        <translation>No se pudo conservar la versión anterior de la credencial.</translation>
    </message>
    <message>
        <source>Could not store the credential's other version.</source>
        <translation>No se pudo guardar la otra versión de la credencial.</translation>
    </message>
    <message>
        <source>There is no credential version %1 in the wallet.</source>
        <translation>No hay ninguna versión de credencial %1 en la cartera.</translation>
    </message>
    <message>
        <source>Could not read the credential's other version.</source>
        <translation>No se pudo leer la otra versión de la credencial.</translation>
    </message>
    <message>
        <source>Could not read the stored credential.</source>
        <translation>No se pudo leer la credencial guardada.</translation>
    </message>
    <message>
        <source>A cached document needs its URL.</source>
        <translation>Un documento en caché necesita su URL.</translation>
    </message>
    <message>
        <source>The document %1 is too large to keep.</source>
        <translation>El documento %1 es demasiado grande para conservarlo.</translation>
    </message>
    <message>
        <source>Could not keep the document %1.</source>
        <translation>No se pudo conservar el documento %1.</translation>
    </message>
    <message>
        <source>Could not record the import.</source>
        <translation>No se pudo registrar la importación.</translation>
    </message>
    <message>
        <source>Could not save the setting %1.</source>
        <translation>No se pudo guardar el ajuste %1.</translation>
    </message>
    <message>
        <source>An identity needs a type and a value.</source>
        <translation>Una identidad necesita un tipo y un valor.</translation>
    </message>
    <message>
        <source>Could not save the identity.</source>
        <translation>No se pudo guardar la identidad.</translation>
    </message>
    <message>
        <source>Could not remove the identity.</source>
        <translation>No se pudo quitar la identidad.</translation>
    </message>
    <message>
        <source>The identity %1 is not in the wallet.</source>
        <translation>La identidad %1 no está en la cartera.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletMerger</name>
    <message>
        <source>The backup's contents are not a wallet: %1</source>
        <translation>El contenido de la copia de seguridad no es una cartera: %1</translation>
    </message>
    <message>
        <source>The backup's contents cannot be opened safely: %1</source>
        <translation>El contenido de la copia de seguridad no se puede abrir de forma segura: %1</translation>
    </message>
    <message>
        <source>The backup was refused: %1</source>
        <translation>Se rechazó la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The wallet inside the backup is damaged.</source>
        <translation>La cartera incluida en la copia de seguridad está dañada.</translation>
    </message>
    <message>
        <source>The backup's contents are not a wallet.</source>
        <translation>El contenido de la copia de seguridad no es una cartera.</translation>
    </message>
    <message>
        <source>Could not open the backup's contents: %1</source>
        <translation>No se pudo abrir el contenido de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The wallet is busy or read-only: %1</source>
        <translation>La cartera está ocupada o es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Restoring the backup failed; the wallet was not changed: %1</source>
        <translation>Error al restaurar la copia de seguridad; la cartera no se modificó: %1</translation>
    </message>
    <message>
        <source>Restoring the backup took longer than %1 seconds and was stopped; the wallet was not changed.</source>
        <translation>La restauración de la copia de seguridad tardó más de %1 segundos y se detuvo; la cartera no se modificó.</translation>
    </message>
</context>
<context>
    <name>Satchel::WalletVerifier</name>
    <message>
        <source>The recipient could not be read: %1</source>
        <translation>No se pudo leer el destinatario: %1</translation>
    </message>
    <message>
        <source>The included credential "%1" is not valid: %2</source>
        <translation>La credencial incluida "%1" no es válida: %2</translation>
    </message>
    <message>
        <source>The included credential "%1" could not be checked.</source>
        <translation>No se pudo comprobar la credencial incluida "%1".</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the wallet file at &lt;path&gt;.</source>
        <translation>Abrir el archivo de cartera situado en &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open the demo wallet (created on first use).</source>
        <translation>Abrir la cartera de demostración (se crea la primera vez que se usa).</translation>
    </message>
    <message>
        <source>Open every main view, check it, and exit.</source>
        <translation>Abrir cada vista principal, comprobarla y salir.</translation>
    </message>
    <message>
        <source>Save a picture of the gallery to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen de la galería en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Save a picture of the list view to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen de la vista de lista en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Save a picture of a detail view to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen de una vista de detalle en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>The credential shown by --screenshot-detail.</source>
        <translation>La credencial que muestra --screenshot-detail.</translation>
    </message>
    <message>
        <source>Save a picture of the Pathways view to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen de la vista Itinerarios en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>The pathway shown by --screenshot-pathways.</source>
        <translation>El itinerario que muestra --screenshot-pathways.</translation>
    </message>
    <message>
        <source>Satchel: a wallet for your badges and micro-credentials.</source>
        <translation>Satchel: una cartera para sus insignias y microcredenciales.</translation>
    </message>
    <message>
        <source>A review packet (.satchel-review) to review.</source>
        <translation>Un paquete de revisión (.satchel-review) que revisar.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
</context>
</TS>