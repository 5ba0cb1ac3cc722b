<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>The PNG image is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
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
        <source>The PNG image is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG chunk claims a length past the end of the file.</source>
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
        <source>canon: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: satchel-cli %1</source>
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
    <name>Satchel::Cli::ExportCommand</name>
    <message>
        <source>Share links, a verification page, the original file, a baked badge or a QR code.</source>
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
  export certificate ID                (PDF certificates: not in this build)

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
        <source>PDF certificates are not available in this build of satchel-cli.</source>
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
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale needs a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs what to export and one credential id, e.g. &apos;export links 3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
</context>
<context>
    <name>Satchel::Cli::IdentityCommand</name>
    <message>
        <source>Manage your identities (e-mail, URL, phone, DID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identities let Satchel check that a credential was issued to you.
  identity add [--type email|url|telephone|did] VALUE   (type guessed when left out)
  identity list                                          (--json: [{type, value}])
  identity remove VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: identity add [--type TYPE] VALUE | identity list | identity remove VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity type %1 (use email, url, telephone or did)</source>
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
Prints one line per credential: imported|duplicate|failed, the input, and the
credential&apos;s name or the reason of the failure.

Options:
  --offline   fetch nothing; linked documents that are not cached are reported
  --json      print the report as a JSON array

Exit status: 0 when every input was imported or already present, 1 when any failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
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
        <source>Lists the credentials in the wallet, newest first: id, date issued, format, name and issuer.
With --json: an array of {id, name, issuer, issued, format, status, achievementType, tags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
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
        <source>--wallet needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
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
</context>
<context>
    <name>Satchel::Cli::PathwaysCommand</name>
    <message>
        <source>Import stackable pathways and see progress on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways import FILE...       import pathway definitions: Satchel&apos;s format (&quot;satchelPathway&quot;: 1),
                              a Badgr/Canvas pathway, or a CLR 2.0 credential&apos;s associations
pathways import --credential ID   import the associations of a CLR stored in the wallet
pathways list                 every pathway with its progress
pathways show ID              the evaluated requirement tree of one pathway
pathways remove ID            delete a pathway (not the credentials)
With --json: list gives [{id, name, percent, satisfied, missing, next}], show the tree,
import [{file, ok, id, name, source, error}]. Progress is judged at --now when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credential needs a wallet credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: satchel-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathways import needs a file or --credential ID</source>
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
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pathway: expected Satchel&apos;s pathway format, a Badgr/Canvas pathway or a CLR 2.0 with associations</source>
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
    <name>Satchel::Cli::ShowCommand</name>
    <message>
        <source>Show every field of one credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one credential (ID as printed by &apos;list&apos;): every field the issuer gave, the
wallet&apos;s data (tags, status, source) and the raw credential.
With --json: {&quot;summary&quot;: {...}, &quot;credential&quot;: {...parsed...}, &quot;raw&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one credential id (see &apos;list&apos;)</source>
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
</context>
<context>
    <name>Satchel::Cli::VerifyCommand</name>
    <message>
        <source>Verify credentials and save the reports in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a credential id: %1 (see &apos;list&apos;)</source>
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
              outcome, message}]}]

Exit status: 0 when every credential is valid, 1 when any is not valid or could not
be checked, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satchel::Cli::WalletCommandSupport</name>
    <message>
        <source>Cannot open the wallet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Satchel::CompactJws</name>
    <message>
        <source>The JWS contains invalid base64url data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a compact JWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS payload is not valid JSON: %1</source>
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
        <source>Associations</source>
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
        <source>The proof type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof purpose must be &quot;assertionMethod&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof creation date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EdDSA proof needs an Ed25519 key, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is controlled by %1, not by the issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not base58btc multibase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte signature.</source>
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
        <source>The signature is not valid.</source>
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
        <source>The credential expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
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
</context>
<context>
    <name>Satchel::DemoWallet</name>
    <message>
        <source>The demo wallet&apos;s manifest cannot be read.</source>
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
        <source>Credential type</source>
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
        <source>No credentials yet.

Drop badge files, folders or zip archives here, paste a badge with Ctrl+V, or use File → Import.</source>
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
        <source>All achievement types</source>
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
        <source>Badges (*.json *.jsonld *.jws *.jwt *.txt *.png *.svg *.zip);;All files (*)</source>
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
        <source>Replaced an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
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
        <source>&amp;Remove from wallet…</source>
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
        <source>Badges (*.json *.jsonld *.jws *.jwt *.txt *.png *.svg *.zip);;All files (*)</source>
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
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from the wallet? The original files are not touched.</source>
        <translation>
            <numerusform>Remove %n credential from the wallet? The original files are not touched.</numerusform>
            <numerusform>Remove %n credentials from the wallet? The original files are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) could not be removed.</source>
        <translation>
            <numerusform>%n credential could not be removed.</numerusform>
            <numerusform>%n credentials could not be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
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
    <name>Satchel::Ob2HostedVerifier</name>
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
        <source>The issuer profile could not be checked.</source>
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
</context>
<context>
    <name>Satchel::Ob2SignedVerifier</name>
    <message>
        <source>A required link is missing.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>The badge expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is dated in the future (%1).</source>
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
        <source>The pathway file is not valid JSON: %1 at offset %2</source>
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
</context>
<context>
    <name>Satchel::PathwayStore</name>
    <message>
        <source>Could not access the pathways in the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the wallet %1: %2</source>
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
    <name>Satchel::PublicKey</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the P-256 elliptic curve is supported.</source>
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
        <source>Invalid P-256 public key encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid P-256 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The P-256 public key is not a point on the curve.</source>
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
        <source>Invalid P-256 coordinates in JWK.</source>
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
    <name>Satchel::Rdfc10</name>
    <message>
        <source>Canonicalization gave up: the graph needs more than %1 units of work (a poison graph?).</source>
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
        <source>The file is not valid JSON: a string contains an unescaped control character.</source>
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
        <source>The issuer has revoked this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
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
    <message>
        <source>(Checked against the copy of the status list fetched on %1.)</source>
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
</context>
<context>
    <name>Satchel::VcJwtVerifier</name>
    <message>
        <source>The credential is unsigned (JWT algorithm &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT header member &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The credential expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not valid before %1.</source>
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
        <source>The wallet %1 is busy.</source>
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
        <source>This build of Satchel cannot read credentials (formats module missing).</source>
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
        <source>Could not open the wallet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
