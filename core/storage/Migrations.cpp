#include "Migrations.h"

#include "storage/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Satchel {

namespace {

// One schema step: plain SQL statements, run in order inside one transaction.
struct Step {
    int version;
    const char *const *statements;
    int count;
};

// v1: the credential store proper.
// The big blobs live in credential_data so that listing or filtering 10,000 summaries never pages
// through raw bytes and images.
const char *const kV1[] = {
    "CREATE TABLE credentials ("
    " id INTEGER PRIMARY KEY,"
    " credential_id TEXT NOT NULL DEFAULT '',"
    " issuer_id TEXT NOT NULL DEFAULT '',"
    " identity_key TEXT,"                  // NULL when the credential has no id
    " content_hash TEXT NOT NULL,"         // hex SHA-256 of the raw bytes
    " format TEXT NOT NULL,"
    " spec_version TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '',"
    " description TEXT NOT NULL DEFAULT '',"
    " issuer_name TEXT NOT NULL DEFAULT '',"
    " achievement_id TEXT NOT NULL DEFAULT '',"
    " achievement_type TEXT NOT NULL DEFAULT '',"
    " skills TEXT NOT NULL DEFAULT '',"    // alignment target names, one per line
    " keywords TEXT NOT NULL DEFAULT '',"  // the achievement's own tags, one per line
    " issued INTEGER,"                     // ms since epoch, UTC
    " valid_from INTEGER,"
    " valid_until INTEGER,"
    " added_at INTEGER NOT NULL,"
    " source TEXT NOT NULL DEFAULT '',"
    " baked_image_type TEXT NOT NULL DEFAULT '',"
    " baked_keyword TEXT NOT NULL DEFAULT '',"
    " image_type TEXT NOT NULL DEFAULT '',"
    " has_image INTEGER NOT NULL DEFAULT 0,"
    " parent_id INTEGER REFERENCES credentials(id) ON DELETE CASCADE,"
    " extracted INTEGER NOT NULL DEFAULT 0," // 1: bytes cut out of the parent CLR, not a file
    " status TEXT NOT NULL DEFAULT '',"
    " verified_at INTEGER)",
    "CREATE TABLE credential_data ("
    " credential_id INTEGER PRIMARY KEY REFERENCES credentials(id) ON DELETE CASCADE,"
    " raw BLOB NOT NULL,"
    " baked_image BLOB,"
    " image BLOB,"
    " report TEXT)",
    // Duplicates are judged among top-level credentials; a CLR may hold a credential that is
    // also in the wallet on its own.
    "CREATE UNIQUE INDEX credentials_hash ON credentials(content_hash) WHERE parent_id IS NULL",
    "CREATE UNIQUE INDEX credentials_identity ON credentials(identity_key)"
    " WHERE parent_id IS NULL AND identity_key IS NOT NULL",
    // Only what sorting, cascades and the selective issuer filter need: each index costs page
    // writes on every import, and format/type filters scan 10,000 rows in a few ms anyway.
    "CREATE INDEX credentials_parent ON credentials(parent_id)",
    "CREATE INDEX credentials_issued ON credentials(issued)",
    "CREATE INDEX credentials_added ON credentials(added_at)",
    "CREATE INDEX credentials_name ON credentials(name COLLATE NOCASE)",
    "CREATE INDEX credentials_issuer ON credentials(issuer_id)",
    "CREATE TABLE identities ("
    " id INTEGER PRIMARY KEY,"
    " type TEXT NOT NULL,"
    " value TEXT NOT NULL UNIQUE)",
    "CREATE TABLE tags ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    "CREATE TABLE credential_tags ("
    " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (credential_id, tag_id)) WITHOUT ROWID",
    "CREATE INDEX credential_tags_tag ON credential_tags(tag_id)",
    "CREATE TABLE collections ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE collection_items ("
    " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
    " credential_id INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (collection_id, credential_id)) WITHOUT ROWID",
    "CREATE INDEX collection_items_credential ON collection_items(credential_id)",
    "CREATE TABLE documents ("
    " url TEXT PRIMARY KEY,"
    " body BLOB NOT NULL,"
    " content_type TEXT NOT NULL DEFAULT '',"
    " fetched_at INTEGER NOT NULL,"
    " http_status INTEGER NOT NULL DEFAULT 200)",
    "CREATE TABLE settings ("
    " key TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",
};

// v2: full-text search (name, description, issuer, tags, skills, achievement type) and the
// import log. The index is filled from the rows a v1 wallet already holds.
const char *const kV2[] = {
    "CREATE VIRTUAL TABLE credentials_fts USING fts5("
    " name, description, issuer, tags, skills, achievement_type,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO credentials_fts(rowid, name, description, issuer, tags, skills, achievement_type)"
    " SELECT c.id, c.name, c.description, c.issuer_name,"
    "  c.keywords || char(10) || coalesce((SELECT group_concat(t.name, char(10))"
    "   FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.credential_id = c.id), ''),"
    "  c.skills, c.achievement_type"
    " FROM credentials c",
    // Foreign-key cascades fire triggers, so nested rows of a removed CLR leave the index too.
    "CREATE TRIGGER credentials_fts_delete AFTER DELETE ON credentials BEGIN"
    " DELETE FROM credentials_fts WHERE rowid = old.id; END",
    "CREATE TABLE import_log ("
    " id INTEGER PRIMARY KEY,"
    " at INTEGER NOT NULL,"
    " source TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"             // "imported", "duplicate", "replaced", "failed"
    " credential_id INTEGER REFERENCES credentials(id) ON DELETE SET NULL,"
    " message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX import_log_at ON import_log(at)",
};

// v3: pathway definitions (rows: storage/PathwayRepository; read by core/pathways/PathwayStore).
// Before v3 PathwayStore created this very table itself, so a v2 wallet may already hold it with
// data: IF NOT EXISTS keeps those rows.
const char *const kV3[] = {
    "CREATE TABLE IF NOT EXISTS pathways ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " definition TEXT NOT NULL,"          // the pathway in Satchel's JSON format, whatever its origin
    " source TEXT NOT NULL DEFAULT '',"   // file name, URL or "wallet:<credential id>"
    " imported_at TEXT NOT NULL,"         // ISO 8601 UTC
    " kind TEXT NOT NULL DEFAULT 'satchel')", // origin format: "satchel", "clr", "badgr"
};

// v4: the learner's holder key (did:key Ed25519) and the public links made with it
// (core/share). Only the public part of a key is here, or its seed sealed under a passphrase
// (SealedFile) where there is no keychain; links keep the DID that signed them, since stopping one
// needs a presentation from the same key. A link outlives a removed credential (it is still on
// the server and can still be stopped), hence ON DELETE SET NULL.
const char *const kV4[] = {
    "CREATE TABLE holder_keys ("
    " id INTEGER PRIMARY KEY,"
    " did TEXT NOT NULL UNIQUE,"
    " created_at INTEGER NOT NULL,"      // ms since epoch, UTC
    " storage TEXT NOT NULL,"            // "keychain" or "sealed"
    " sealed_key BLOB)",                 // SealedFile of the 32-byte seed when storage = 'sealed'
    "CREATE TABLE public_links ("
    " id INTEGER PRIMARY KEY,"
    " credential_row INTEGER REFERENCES credentials(id) ON DELETE SET NULL,"
    " credential_id TEXT NOT NULL DEFAULT '',"
    " credential_name TEXT NOT NULL DEFAULT '',"
    " server TEXT NOT NULL,"
    " view_url TEXT NOT NULL,"
    " get_url TEXT NOT NULL,"
    " unshare_url TEXT NOT NULL UNIQUE,"
    " holder_did TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " stopped_at INTEGER)",
    "CREATE INDEX public_links_credential ON public_links(credential_row)",
};

// v5: the outcome of each credential's last recipient check ("pass", "warn", "skip"; '' = none), kept
// beside its status so the gallery can say "valid, but not issued to you" without reading reports.
// Rows verified before v5 stay '' until their next verification.
const char *const kV5[] = {
    "ALTER TABLE credentials ADD COLUMN recipient TEXT NOT NULL DEFAULT ''",
};

// v6: other versions of a stored credential. A copy with the same issuer and id but other bytes is
// never dropped (a tampered copy imported first must not hide the genuine one, and the original
// bytes of every import are kept): the credentials row shows one version, the others wait here
// with their own last verification, and WalletVerifier shows the one that verifies.
const char *const kV6[] = {
    "CREATE TABLE credential_versions ("
    " id INTEGER PRIMARY KEY,"
    " credential_row INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,"
    " content_hash TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " raw BLOB NOT NULL,"
    " baked_image BLOB,"
    " baked_image_type TEXT NOT NULL DEFAULT '',"
    " baked_keyword TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT '',"
    " added_at INTEGER NOT NULL,"
    " valid_from INTEGER,"
    " status TEXT NOT NULL DEFAULT '',"
    " verified_at INTEGER,"
    " recipient TEXT NOT NULL DEFAULT '',"
    " report TEXT)",
    "CREATE UNIQUE INDEX credential_versions_hash ON credential_versions(content_hash)",
    "CREATE INDEX credential_versions_row ON credential_versions(credential_row)",
};

// v7: holder identities. The one holder key of v4 grows into several, each with the learner's
// label, its key type (did:key Ed25519, or did:jwk P-256 for issuers that need ES256), and one of
// them the default. The keys already there were all made for public links, so they are labelled
// so; the newest, the one public links used, becomes the default. The partial unique index makes
// a second default impossible.
const char *const kV7[] = {
    "ALTER TABLE holder_keys ADD COLUMN label TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE holder_keys ADD COLUMN key_type TEXT NOT NULL DEFAULT 'ed25519'", // or 'p256'
    "ALTER TABLE holder_keys ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0",
    "UPDATE holder_keys SET label = 'Public links'",
    ("UPDATE holder_keys SET is_default = 1"
     " WHERE id = (SELECT id FROM holder_keys ORDER BY created_at DESC, id DESC LIMIT 1)"), // one statement
    "CREATE UNIQUE INDEX holder_keys_default ON holder_keys(is_default) WHERE is_default = 1",
};

// v8: credentials received straight from issuers (core/receive). Their provenance (protocol, the
// domain contacted, when) has its own table rather than columns on credentials: most rows have none,
// and a row removed takes its provenance with it. Deferred OpenID4VCI credentials wait in
// pending_credentials until the issuer delivers them (retried by CredentialReceiver::retryPending).
const char *const kV8[] = {
    "CREATE TABLE credential_provenance ("
    " credential_row INTEGER PRIMARY KEY REFERENCES credentials(id) ON DELETE CASCADE,"
    " protocol TEXT NOT NULL,"           // "OpenID4VCI" or "VC-API"
    " issuer_domain TEXT NOT NULL,"
    " issuer_name TEXT NOT NULL DEFAULT '',"
    " issuer_url TEXT NOT NULL DEFAULT '',"
    " holder_did TEXT NOT NULL DEFAULT '',"
    " received_at INTEGER NOT NULL)",   // ms since epoch, UTC
    "CREATE TABLE pending_credentials ("
    " id INTEGER PRIMARY KEY,"
    " issuer_url TEXT NOT NULL,"
    " issuer_name TEXT NOT NULL DEFAULT '',"
    " deferred_endpoint TEXT NOT NULL,"
    " transaction_id TEXT NOT NULL,"
    " access_token TEXT NOT NULL,"
    " configuration_id TEXT NOT NULL DEFAULT '',"
    " credential_name TEXT NOT NULL DEFAULT '',"
    " holder_did TEXT NOT NULL DEFAULT '',"
    " protocol TEXT NOT NULL DEFAULT 'OpenID4VCI',"
    " created_at INTEGER NOT NULL,"
    " last_tried_at INTEGER,"
    " interval_seconds INTEGER NOT NULL DEFAULT 0,"
    " last_message TEXT NOT NULL DEFAULT '')",
};

// v9: the presentation log (core/present): every answer to a verifier, sent, declined or failed.
// The credentials it carried have their own table so that a credential removed later leaves the
// line (its row NULL, its name kept): the learner still knows what was shown.
const char *const kV9[] = {
    "CREATE TABLE presentation_log ("
    " id INTEGER PRIMARY KEY,"
    " verifier_name TEXT NOT NULL DEFAULT '',"
    " verifier_domain TEXT NOT NULL,"
    " client_id TEXT NOT NULL DEFAULT '',"
    " protocol TEXT NOT NULL,"          // "OpenID4VP"
    " outcome TEXT NOT NULL,"           // "sent", "declined" or "failed"
    " message TEXT NOT NULL DEFAULT '',"
    " presented_at INTEGER NOT NULL)",  // ms since epoch, UTC
    "CREATE INDEX presentation_log_time ON presentation_log(presented_at)",
    "CREATE TABLE presentation_log_credentials ("
    " log_id INTEGER NOT NULL REFERENCES presentation_log(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " credential_row INTEGER REFERENCES credentials(id) ON DELETE SET NULL,"
    " credential_name TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (log_id, position))",
    "CREATE INDEX presentation_log_credentials_row ON presentation_log_credentials(credential_row)",
};

// v10: the issuers the learner marked as known to them personally (core/trust), by issuer id: a
// table rather than a setting so that a restore merges the marks of both wallets.
const char *const kV10[] = {
    "CREATE TABLE known_issuers ("
    " issuer_id TEXT PRIMARY KEY,"
    " marked_at INTEGER NOT NULL)",     // ms since epoch, UTC
};

template <size_t N>
constexpr int countOf(const char *const (&)[N]) { return int(N); }

const Step kSteps[] = {
    {1, kV1, countOf(kV1)},
    {2, kV2, countOf(kV2)},
    {3, kV3, countOf(kV3)},
    {4, kV4, countOf(kV4)},
    {5, kV5, countOf(kV5)},
    {6, kV6, countOf(kV6)},
    {7, kV7, countOf(kV7)},
    {8, kV8, countOf(kV8)},
    {9, kV9, countOf(kV9)},
    {10, kV10, countOf(kV10)},
};

bool execPrepared(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql) || !query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.exec() || !query.next()) {
        return Error{QStringLiteral("wallet-open"),
                     tr("The wallet file could not be read: %1").arg(query.lastError().text())};
    }
    if (query.value(0).toInt() == 0)
        return 0;
    QSqlQuery version(db);
    if (!version.prepare(QStringLiteral("SELECT max(version) FROM schema_version")) || !version.exec()
        || !version.next()) {
        return Error{QStringLiteral("wallet-open"),
                     tr("The wallet's schema version could not be read: %1")
                         .arg(version.lastError().text())};
    }
    return version.value(0).toInt();
}

Error Migrations::newerWallet(int version, int understood)
{
    return Error{QStringLiteral("wallet-newer"),
                 tr("This wallet was made by a newer version of Satchel (schema %1; this "
                    "version understands up to %2).")
                     .arg(version)
                     .arg(understood)};
}

Status Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > targetVersion)
        return newerWallet(*current, targetVersion);
    for (const Step &step : kSteps) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        QString error;
        // IMMEDIATE takes the write lock first, so two processes opening the same new wallet
        // cannot both run a step; the loser sees the step done and skips it.
        if (!execPrepared(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
            return Error{QStringLiteral("wallet-migration"),
                         tr("Could not start upgrading the wallet: %1").arg(error)};
        }
        auto now = currentVersion(db);
        if (now && *now >= step.version) {
            if (!execPrepared(db, QStringLiteral("ROLLBACK"), &error))
                qCInfo(lcStorage) << "rollback after schema" << step.version << "was found done failed:" << error;
            continue;
        }
        bool ok = execPrepared(db,
                               QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              " version INTEGER NOT NULL, migrated_at INTEGER NOT NULL)"),
                               &error);
        for (int i = 0; ok && i < step.count; ++i)
            ok = execPrepared(db, QString::fromLatin1(step.statements[i]), &error);
        if (ok) {
            QSqlQuery record(db);
            ok = record.prepare(QStringLiteral(
                     "INSERT INTO schema_version(version, migrated_at)"
                     " VALUES (?, CAST(strftime('%s','now') AS INTEGER) * 1000)"));
            record.addBindValue(step.version);
            ok = ok && record.exec();
            if (!ok)
                error = record.lastError().text();
        }
        if (!ok || !execPrepared(db, QStringLiteral("COMMIT"), &error)) {
            QString rollbackError;
            if (!execPrepared(db, QStringLiteral("ROLLBACK"), &rollbackError))
                qCInfo(lcStorage) << "rollback of the failed migration to schema" << step.version
                                  << "failed:" << rollbackError;
            return Error{QStringLiteral("wallet-migration"),
                         tr("Upgrading the wallet to schema %1 failed: %2").arg(step.version).arg(error)};
        }
    }
    return {};
}

} // namespace Satchel
