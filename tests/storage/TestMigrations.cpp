// Schema migrations: a wallet made at every earlier version opens with the current code and keeps
// its data; a wallet from a newer Satchel is refused; a failing step changes nothing.
#include "StorageTestData.h"
#include "storage/KnownIssuerRepository.h"
#include "storage/Migrations.h"
#include "storage/PresentationLogRepository.h"
#include "storage/ReceivedCredentialRepository.h"
#include "storage/Wallet.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

// A raw connection for building old wallets by hand, closed and removed on scope exit.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            qWarning() << q.lastError().text();
            return false;
        }
        for (const auto &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }
    int version() { return Migrations::currentVersion(m_db).value(); }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(Migrations::latestVersion(), Wallet::kSchemaVersion);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 0; v < Wallet::kSchemaVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        const QString path = m_dir.filePath(QStringLiteral("from-v%1.sqlite").arg(startVersion));
        {
            RawDb raw(path);
            QVERIFY(raw.db().isOpen());
            QVERIFY(Migrations::migrate(raw.db(), startVersion).ok());
            QCOMPARE(raw.version(), startVersion);
            if (startVersion >= 1) {
                // Data as a v1 wallet held it, written with v1's SQL (not with today's Wallet).
                QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO credentials(id, credential_id, issuer_id, identity_key, content_hash, format,"
                    " name, description, issuer_name, achievement_type, skills, issued, valid_from, added_at)"
                    " VALUES (7, 'urn:old', 'https://old.example', 'https://old.example\nurn:old', 'abc',"
                    " 'ob2-json', 'Legacy Welding', 'Arc welding', 'Old Guild', 'Badge', 'Metalwork', 1262304000000,"
                    " 1262304000000, 1262304000000)")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO credential_data(credential_id, raw) VALUES (7, ?)"),
                                 {QByteArray("{\"id\":\"urn:old\"}")}));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO tags(id, name) VALUES (1, 'apprenticeship')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO credential_tags VALUES (7, 1)")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO identities(type, value) VALUES ('email', 'me@example.org')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO settings VALUES ('language', 'fr')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO documents(url, body, fetched_at) VALUES ('https://d', 'x', 1)")));
            }
            if (startVersion >= 2) {
                // A v2 wallet indexed its rows as it stored them (v2's own step only indexes older rows).
                QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO credentials_fts(rowid, name, description, issuer, tags, skills, achievement_type)"
                    " VALUES (7, 'Legacy Welding', 'Arc welding', 'Old Guild', 'apprenticeship', 'Metalwork', 'Badge')")));
            }
            if (startVersion == 2) {
                // Before v3, PathwayStore made its table itself in a v2 wallet: its rows must survive.
                QVERIFY(raw.exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS pathways (id TEXT PRIMARY KEY NOT NULL, definition TEXT NOT NULL,"
                    " source TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'satchel')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO pathways VALUES ('urn:p', '{\"satchelPathway\":1}', 'p.json',"
                                                " '2026-01-01T00:00:00.000Z', 'badgr')")));
            }
            if (startVersion >= 4 && startVersion < 7) {
                // A v4 wallet's holder keys, as v4 wrote them: one made for public links, and an
                // older one that signed a link still shared.
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO holder_keys(did, created_at, storage, sealed_key)"
                                                " VALUES ('did:key:z6MkOld', 1000, 'sealed', x'0102'),"
                                                " ('did:key:z6MkNew', 2000, 'keychain', NULL)")));
            } else if (startVersion >= 7) {
                // The same keys as v7 and later keep them: labelled identities, the newest the default.
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO holder_keys(did, created_at, storage, sealed_key, label, key_type, is_default)"
                                                " VALUES ('did:key:z6MkOld', 1000, 'sealed', x'0102', 'Public links', 'ed25519', 0),"
                                                " ('did:key:z6MkNew', 2000, 'keychain', NULL, 'Public links', 'ed25519', 1)")));
            }
        }

        auto wallet = Wallet::open(path);
        QVERIFY2(wallet.ok(), qPrintable(wallet.ok() ? QString() : wallet.error().message));
        Wallet &w = **wallet;
        QCOMPARE(w.schemaVersion(), Wallet::kSchemaVersion);
        if (startVersion == 0) {
            QCOMPARE(w.count(), 0);
        } else {
            QCOMPARE(w.count(), 1);
            auto stored = w.credential(7);
            QVERIFY(stored.ok());
            QCOMPARE(stored->summary.name, QStringLiteral("Legacy Welding"));
            QCOMPARE(stored->raw.bytes, QByteArray("{\"id\":\"urn:old\"}"));
            QCOMPARE(stored->summary.issued.date().year(), 2010);
            QCOMPARE(stored->summary.tags, QStringList{QStringLiteral("apprenticeship")});
            QCOMPARE(w.identities().size(), 1);
            QCOMPARE(w.setting(QStringLiteral("language")), QStringLiteral("fr"));
            QVERIFY(w.document(QStringLiteral("https://d")).has_value());
            // v2 indexed the rows that were already there.
            for (const QString &text : {QStringLiteral("welding"), QStringLiteral("guild"),
                                        QStringLiteral("apprentice"), QStringLiteral("metalwork")}) {
                CredentialQuery q;
                q.text = text;
                QCOMPARE(w.list(q)->size(), 1);
            }
        }
        {
            // v3: the pathways table is there (empty, or with what PathwayStore kept in a v2 wallet).
            RawDb raw(path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("SELECT id, source, kind FROM pathways")));
            if (startVersion == 2) {
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("urn:p"));
                QCOMPARE(q.value(1).toString(), QStringLiteral("p.json"));
                QCOMPARE(q.value(2).toString(), QStringLiteral("badgr"));
            }
            QVERIFY(!q.next());
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO pathways(id, definition, imported_at) VALUES ('urn:new', '{}', 'now')")));
        }
        {
            // v4: the holder key and public link tables are there (empty before v4), and work through Wallet.
            // v7: keys from v4 on became identities labelled for public links, the newest the default.
            const QList<HolderKeyRecord> before = w.holderKeys();
            if (startVersion >= 4) {
                QCOMPARE(before.size(), 2);
                QCOMPARE(before[0].did, QStringLiteral("did:key:z6MkNew"));
                QVERIFY(before[0].isDefault);
                QCOMPARE(before[0].storage, QStringLiteral("keychain"));
                QCOMPARE(before[1].did, QStringLiteral("did:key:z6MkOld"));
                QVERIFY(!before[1].isDefault);
                QCOMPARE(before[1].sealedKey, QByteArray("\x01\x02"));
                for (const HolderKeyRecord &migrated : before) {
                    QCOMPARE(migrated.label, QStringLiteral("Public links"));
                    QCOMPARE(migrated.keyType, QStringLiteral("ed25519"));
                }
                QCOMPARE(w.holderKey()->did, QStringLiteral("did:key:z6MkNew"));
            } else {
                QVERIFY(before.isEmpty());
                QVERIFY(!w.holderKey());
            }
            QCOMPARE(w.publicLinks().size(), 0);
            HolderKeyRecord key{QStringLiteral("did:key:z6MkTest"), QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC),
                                QStringLiteral("sealed"), QByteArray("SATCHKY\x1asealed"), QStringLiteral("Work")};
            key.keyType = QStringLiteral("p256");
            QVERIFY(w.putHolderKey(key).ok());
            QCOMPARE(w.holderKey(key.did)->createdAt, key.createdAt);
            QCOMPARE(w.holderKey(key.did)->sealedKey, key.sealedKey);
            QCOMPARE(w.holderKey(key.did)->label, QStringLiteral("Work"));
            QCOMPARE(w.holderKey(key.did)->keyType, QStringLiteral("p256"));
            // The first identity of a wallet is its default; a later one is not until chosen, and
            // one default only.
            QCOMPARE(w.holderKey(key.did)->isDefault, startVersion < 4);
            QVERIFY(w.setDefaultHolderKey(key.did).ok());
            QCOMPARE(w.holderKey()->did, key.did);
            int defaults = 0;
            for (const HolderKeyRecord &each : w.holderKeys())
                defaults += each.isDefault ? 1 : 0;
            QCOMPARE(defaults, 1);
            PublicLinkRecord link;
            link.credentialRow = startVersion == 0 ? 0 : 7;
            link.server = QStringLiteral("https://verifierplus.org/");
            link.viewUrl = QStringLiteral("https://verifierplus.org/share/a");
            link.getUrl = QStringLiteral("https://verifierplus.org/api/credentials/a");
            link.unshareUrl = link.getUrl;
            link.holderDid = key.did;
            auto id = w.addPublicLink(link);
            QVERIFY(id.ok());
            QCOMPARE(w.publicLinks(startVersion == 0 ? 0 : 7).size(), 1);
            QVERIFY(w.publicLink(*id)->isActive());
            QVERIFY(w.markPublicLinkStopped(*id, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(!w.publicLink(*id)->isActive());
        }
        if (startVersion >= 1) {
            // v6: another copy of the legacy credential (same issuer and id, other bytes) is kept
            // as a version of row 7, which keeps its tags.
            StorageTestData::Spec copy{QStringLiteral("urn:old")};
            copy.issuerId = QStringLiteral("https://old.example");
            copy.name = QStringLiteral("Legacy Welding (copy)");
            copy.validFrom = QDateTime(QDate(2009, 1, 1), QTime(0, 0), Qt::UTC);
            const Credential other = StorageTestData::credential(copy);
            auto outcome = w.store(StorageTestData::raw(other), other);
            QVERIFY(outcome.ok());
            QCOMPARE(int(outcome->kind), int(StoreOutcome::Version));
            QCOMPARE(outcome->id, 7);
            QCOMPARE(w.versions(7).size(), 1);
            QCOMPARE(w.credential(7)->summary.name, QStringLiteral("Legacy Welding"));
            QCOMPARE(w.credential(7)->summary.tags, QStringList{QStringLiteral("apprenticeship")});
        }
        {
            // v7: received credentials' provenance and pending deferred ones, through the repository;
            // a row without provenance (every credential before v7) reads back as none.
            ReceivedCredentialRepository received(w);
            QVERIFY(received.pending()->isEmpty());
            if (startVersion >= 1) {
                QVERIFY(!w.credential(7)->provenance.has_value());
                const CredentialProvenance provenance{QStringLiteral("OpenID4VCI"), QStringLiteral("college.example"),
                                                      QStringLiteral("College"), QStringLiteral("https://college.example"),
                                                      QStringLiteral("did:key:z6MkTest"),
                                                      QDateTime(QDate(2026, 12, 5), QTime(5, 0), Qt::UTC)};
                QVERIFY(received.putProvenance(7, provenance).ok());
                const auto read = w.credential(7)->provenance;
                QVERIFY(read.has_value());
                QCOMPARE(read->issuerDomain, provenance.issuerDomain);
                QCOMPARE(read->receivedAt, provenance.receivedAt);
            }
            PendingCredentialRecord pending;
            pending.issuerUrl = QStringLiteral("https://college.example");
            pending.deferredEndpoint = QStringLiteral("https://college.example/deferred");
            pending.transactionId = QStringLiteral("t1");
            pending.accessToken = QStringLiteral("token");
            pending.createdAt = QDateTime(QDate(2026, 12, 5), QTime(5, 0), Qt::UTC);
            auto id = received.addPending(pending);
            QVERIFY(id.ok());
            QVERIFY(received.notePendingTry(*id, pending.createdAt.addSecs(60), 5, QStringLiteral("Not ready yet."), QString()).ok());
            QCOMPARE(received.pending()->first().transactionId, QStringLiteral("t1"));
            QCOMPARE(received.pending()->first().intervalSeconds, 5);
            QVERIFY(received.removePending(*id).ok());
            QVERIFY(received.pending()->isEmpty());
        }
        {
            // v9: the presentation log, through the repository; what a line carried keeps its name
            // when the credential leaves the wallet.
            PresentationLogRepository log(w);
            QVERIFY(log.entries()->isEmpty());
            PresentationLogEntry entry;
            entry.verifierName = QStringLiteral("Hiring Co");
            entry.verifierDomain = QStringLiteral("hiring.example");
            entry.clientId = QStringLiteral("redirect_uri:https://hiring.example/answer");
            entry.protocol = QStringLiteral("OpenID4VP");
            entry.outcome = QStringLiteral("sent");
            entry.at = QDateTime(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC);
            if (startVersion >= 1)
                entry.credentials = {PresentedCredential{7, QStringLiteral("Legacy Welding")}};
            auto id = log.add(entry);
            QVERIFY(id.ok());
            PresentationLogEntry declined = entry;
            declined.outcome = QStringLiteral("declined");
            declined.credentials.clear();
            declined.at = entry.at.addSecs(60);
            QVERIFY(log.add(declined).ok());
            auto read = log.entries();
            QVERIFY(read.ok());
            QCOMPARE(read->size(), 2);
            QCOMPARE(read->at(0).outcome, QStringLiteral("declined")); // newest first
            QCOMPARE(read->at(1).at, entry.at);
            QCOMPARE(read->at(1).clientId, entry.clientId);
            QCOMPARE(read->at(1).credentials.size(), entry.credentials.size());
            QCOMPARE(log.entries(1)->size(), 1);
            if (startVersion >= 1) {
                QCOMPARE(log.forCredential(7)->size(), 1);
                QVERIFY(w.remove(7).ok());
                const auto after = log.entries();
                QCOMPARE(after->at(1).credentials.first().credentialRow, 0);
                QCOMPARE(after->at(1).credentials.first().name, QStringLiteral("Legacy Welding"));
            }
            QVERIFY(log.remove(*id).ok());
            QCOMPARE(log.entries()->size(), 1);
        }
        {
            // v10: issuers known personally, by id; marking twice is one mark.
            KnownIssuerRepository known(w);
            QVERIFY(known.all().isEmpty());
            const QString issuer = QStringLiteral("did:web:college.example");
            QVERIFY(known.setKnown(issuer, true).ok());
            QVERIFY(known.setKnown(issuer, true).ok());
            QCOMPARE(known.all(), QSet<QString>{issuer});
            QVERIFY(known.setKnown(issuer, false).ok());
            QVERIFY(known.all().isEmpty());
        }
        // The migrated wallet works like a new one.
        StorageTestData::Spec spec{QStringLiteral("urn:new")};
        spec.name = QStringLiteral("Fresh Badge");
        const Credential c = StorageTestData::credential(spec);
        QCOMPARE(w.store(StorageTestData::raw(c), c)->kind, StoreOutcome::Imported);
        CredentialQuery q;
        q.text = QStringLiteral("fresh");
        QCOMPARE(w.list(q)->size(), 1);
    }

    void reopenIsNoOp()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        for (int i = 0; i < 3; ++i) {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
        }
        RawDb raw(path);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Wallet::kSchemaVersion); // one row per step, each run once
    }

    void refusesNewerWallet()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version(version, migrated_at) VALUES (?, 0)"),
                             {Wallet::kSchemaVersion + 1}));
        }
        auto wallet = Wallet::open(path);
        QVERIFY(!wallet.ok());
        QCOMPARE(wallet.error().code, QStringLiteral("wallet-newer"));
        RawDb raw(path);
        QCOMPARE(raw.version(), Wallet::kSchemaVersion + 1); // untouched
    }

    void failedStepIsRolledBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(Migrations::migrate(raw.db(), 1).ok());
            // Something in the way of step 2 (a table with the name its index needs).
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE import_log(x)")));
        }
        auto wallet = Wallet::open(path);
        QVERIFY(!wallet.ok());
        QCOMPARE(wallet.error().code, QStringLiteral("wallet-migration"));
        RawDb raw(path);
        QCOMPARE(raw.version(), 1);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'credentials_fts'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the FTS table made earlier in the step is gone too
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
