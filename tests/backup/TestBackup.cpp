// BackupWriter and BackupReader: an exact round trip into an empty wallet, a merge into a wallet
// that already holds credentials, and every rejection (wrong passphrase, truncation, flipped
// bytes, a hostile scrypt cost, not a backup) leaving the target wallet exactly as it was; and
// authenticated backups whose inner SQLite file carries SQL of its own (views, triggers, tables
// Satchel does not make), refused before any of it runs.
#include "BackupTestWallet.h"
#include "backup/BackupHeader.h"
#include "backup/BackupReader.h"
#include "RestoreFile.h"
#include "backup/BackupWriter.h"
#include "backup/WalletMerger.h"
#include "storage/Migrations.h"
#include "storage/KnownIssuerRepository.h"
#include "storage/PresentationLogRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using namespace BackupTestWallet;

namespace {

// Cheap enough for tests; the file records it, so the reader uses the same.
ScryptParameters fastScrypt()
{
    return ScryptParameters{1024, 8, 1};
}

const QByteArray kPassphrase("correct horse battery staple");

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_backup;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("target-%1.sqlite").arg(++m_counter)); }

    // A sealed backup of a wallet made at schema `version` by the migrations, then changed by
    // `statements`; empty on failure (with a warning).
    QString backupAtSchema(int version, const QStringList &statements)
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("schema-%1.sqlite").arg(++m_counter));
        const QString connection = QStringLiteral("schema-seed-%1").arg(m_counter);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(snapshot);
            ok = db.open() && Migrations::migrate(db, version).ok();
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        const QString backup = snapshot + QStringLiteral(".satchel-backup");
        return ok && BackupWriter::write(snapshot, backup, kPassphrase, fastScrypt()).ok() ? backup : QString();
    }

    // A wallet with two existing credentials (one also in the source), tags and a collection.
    QString existingWallet()
    {
        const QString path = freshPath();
        auto w = Wallet::open(path);
        if (!w)
            return {};
        const qint64 shared = storeSpec(**w, QStringLiteral("urn:uuid:b"), QStringLiteral("Badge B"));
        const qint64 own = storeSpec(**w, QStringLiteral("urn:uuid:d"), QStringLiteral("Badge D"));
        // The same credential as the backup's C (issuer + id) with other bytes: a duplicate by identity.
        StorageTestData::Spec sameId(QStringLiteral("urn:uuid:c"));
        sameId.name = QStringLiteral("Badge C");
        sameId.salt = QStringLiteral("other bytes");
        const auto c = StorageTestData::credential(sameId);
        // Verified before the restore: the backup's other copy must clear the whole verdict, report included.
        if (auto stored = (*w)->store(StorageTestData::raw(c), c))
            (void)(*w)->saveVerification(stored->id, QStringLiteral("valid"), QDateTime::currentDateTimeUtc(),
                                         "{\"status\":\"valid\"}");
        (void)(*w)->addTag(shared, QStringLiteral("mine"));
        auto collection = (*w)->createCollection(QStringLiteral("Mine"));
        if (collection)
            (void)(*w)->addToCollection(*collection, own);
        (void)(*w)->addIdentity(QStringLiteral("email"), QStringLiteral("me@example.org"));
        (void)(*w)->setSetting(QStringLiteral("ui.theme"), QStringLiteral("dark"));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        auto w = Wallet::open(m_source);
        QVERIFY(w.ok());
        Wallet &wallet = **w;
        const qint64 a = storeSpec(wallet, QStringLiteral("urn:uuid:a"), QStringLiteral("Badge A"));
        const qint64 b = storeSpec(wallet, QStringLiteral("urn:uuid:b"), QStringLiteral("Badge B"));
        const qint64 c = storeSpec(wallet, QStringLiteral("urn:uuid:c"), QStringLiteral("Badge C"));
        QVERIFY(a && b && c);
        // A gap in the ids, so that keeping ids is really tested.
        QVERIFY(wallet.remove(a).ok());
        const qint64 e = storeSpec(wallet, QStringLiteral("urn:uuid:e"), QStringLiteral("Badge É"));
        QVERIFY(e);
        QVERIFY(wallet.addTag(b, QStringLiteral("work")).ok());
        QVERIFY(wallet.addTag(c, QStringLiteral("Work")).ok());
        QVERIFY(wallet.addTag(e, QStringLiteral("école")).ok());
        auto jobs = wallet.createCollection(QStringLiteral("Jobs"));
        QVERIFY(jobs.ok());
        QVERIFY(wallet.addToCollection(*jobs, b).ok());
        QVERIFY(wallet.addToCollection(*jobs, e).ok());
        auto mine = wallet.createCollection(QStringLiteral("Mine"));
        QVERIFY(mine.ok());
        QVERIFY(wallet.addToCollection(*mine, c).ok());
        QVERIFY(wallet.addIdentity(QStringLiteral("email"), QStringLiteral("learner@example.org")).ok());
        QVERIFY(wallet.addIdentity(QStringLiteral("did"), QStringLiteral("did:example:123")).ok());
        FetchedDocument doc;
        doc.url = QStringLiteral("https://issuer.example/profile");
        doc.body = QByteArray("{\"name\":\"Example\"}\x00\xff", 21);
        doc.contentType = QStringLiteral("application/json");
        doc.fetchedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
        QVERIFY(wallet.putDocument(doc).ok());
        QVERIFY(wallet.setSetting(QStringLiteral("ui.language"), QStringLiteral("fr")).ok());
        QVERIFY(wallet.saveVerification(b, QStringLiteral("valid"), QDateTime(QDate(2025, 5, 6), QTime(7, 8), Qt::UTC),
                                        QByteArray("{\"status\":\"valid\",\"checks\":[]}"))
                    .ok());
        QVERIFY(wallet.logImport(QStringLiteral("b.json"), QStringLiteral("imported"), b).ok());
        // The holder key (sealed: its bytes travel as they are) and a public link made with it.
        QVERIFY(wallet.putHolderKey({QStringLiteral("did:key:z6MkBackup"), QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC),
                                     QStringLiteral("sealed"), QByteArray("SATCHKY\x1a-sealed-seed"), QString()})
                    .ok());
        PublicLinkRecord link;
        link.credentialRow = c;
        link.credentialName = QStringLiteral("Badge C");
        link.server = QStringLiteral("https://verifierplus.org/");
        link.viewUrl = QStringLiteral("https://verifierplus.org/share/c");
        link.getUrl = QStringLiteral("https://verifierplus.org/api/credentials/c");
        link.unshareUrl = link.getUrl;
        link.holderDid = QStringLiteral("did:key:z6MkBackup");
        link.createdAt = QDateTime(QDate(2026, 1, 3), QTime(4, 5), Qt::UTC);
        QVERIFY(wallet.addPublicLink(link).ok());
        // A presentation of C to a verifier, in the log.
        PresentationLogEntry shown;
        shown.verifierName = QStringLiteral("Hiring Co");
        shown.verifierDomain = QStringLiteral("hiring.example");
        shown.clientId = QStringLiteral("redirect_uri:https://hiring.example/answer");
        shown.protocol = QStringLiteral("OpenID4VP");
        shown.outcome = QStringLiteral("sent");
        shown.at = QDateTime(QDate(2026, 1, 4), QTime(5, 6), Qt::UTC);
        shown.credentials = {PresentedCredential{c, QStringLiteral("Badge C")}};
        QVERIFY(PresentationLogRepository(wallet).add(shown).ok());
        // An issuer the learner knows personally.
        QVERIFY(KnownIssuerRepository(wallet).setKnown(QStringLiteral("did:web:known.example"), true).ok());
        {
            // Pathways are written by PathwayStore; a row is enough to check it travels.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pathway-seed"));
            db.setDatabaseName(m_source);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO pathways(id, definition, source, imported_at) VALUES (?, ?, ?, ?)")));
            q.addBindValue(QStringLiteral("urn:pathway:cloud"));
            q.addBindValue(QStringLiteral("{\"id\":\"urn:pathway:cloud\"}"));
            q.addBindValue(QStringLiteral("cloud.json"));
            q.addBindValue(QStringLiteral("2025-01-01T00:00:00Z"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pathway-seed"));

        m_backup = m_dir.filePath(QStringLiteral("wallet.satchel-backup"));
        const Status written = BackupWriter::write(m_source, m_backup, kPassphrase, fastScrypt());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    }

    void headerRecordsParameters()
    {
        QFile file(m_backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto header = BackupHeader::parse(file.read(BackupHeader::kSize), quint64(file.size()));
        QVERIFY(header.ok());
        QCOMPARE(header->log2N, 10);
        QCOMPARE(header->r, quint32(8));
        QCOMPARE(header->p, quint32(1));
        QCOMPARE(header->salt.size(), BackupHeader::kSaltBytes);
        QCOMPARE(header->fileBytes(), quint64(file.size()));
        QVERIFY(BackupWriter::defaultScrypt().n >= (quint64(1) << 15));
        QCOMPARE(BackupWriter::defaultScrypt().r, quint32(8));
    }

    void roundTripIntoEmptyWallet()
    {
        const QString target = freshPath();
        auto report = restoreFile(m_backup, kPassphrase, target);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report->intoEmptyWallet);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->duplicates, 0);
        QCOMPARE(report->tags, 2);        // work (also as "Work"), école
        QCOMPARE(report->collections, 2); // Jobs, Mine
        const auto before = dump(m_source);
        const auto after = dump(target);
        for (const QString &table : tables()) {
            QVERIFY2(!before.value(table).isEmpty(), qPrintable(table));
            QCOMPARE(after.value(table), before.value(table));
        }
        // The restored wallet is a working wallet: it opens and its search index finds the rows.
        auto w = Wallet::open(target);
        QVERIFY(w.ok());
        CredentialQuery query;
        query.text = QStringLiteral("école");
        auto found = (*w)->list(query);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).name, QStringLiteral("Badge É"));
    }

    void mergeIntoExistingWallet()
    {
        const QString target = existingWallet();
        QVERIFY(!target.isEmpty());
        auto report = restoreFile(m_backup, kPassphrase, target);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(!report->intoEmptyWallet);
        QCOMPARE(report->imported, 1);   // É
        QCOMPARE(report->tags, 2);        // work, école; the target's "mine" is not the backup's
        QCOMPARE(report->collections, 1); // Jobs; the backup's "Mine" is the target's, merged by name
        QCOMPARE(report->duplicates, 1); // B (same bytes)
        QCOMPARE(report->versions, 1);   // C: same issuer + id, other bytes, kept as a version
        QCOMPARE(report->identities, 2);
        QCOMPARE(report->pathways, 1);

        auto w = Wallet::open(target);
        QVERIFY(w.ok());
        Wallet &wallet = **w;
        QCOMPARE(wallet.count(), 4); // B, D, C (the target's copy), É
        // The holder key came along, and the link points at the target's copy of C.
        QCOMPARE(wallet.holderKey()->did, QStringLiteral("did:key:z6MkBackup"));
        QCOMPARE(wallet.publicLinks().size(), 1);
        const qint64 linkedRow = wallet.publicLinks().first().credentialRow;
        QVERIFY(linkedRow > 0);
        QCOMPARE(wallet.credential(linkedRow)->summary.name, QStringLiteral("Badge C"));
        // So does the presentation log, its credential on the same row as the link's.
        auto log = PresentationLogRepository(wallet).entries();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().verifierDomain, QStringLiteral("hiring.example"));
        QCOMPARE(log->first().credentials.size(), 1);
        QCOMPARE(log->first().credentials.first().credentialRow, linkedRow);
        // The backup's known issuer joins the target's own marks.
        QVERIFY(KnownIssuerRepository(wallet).all().contains(QStringLiteral("did:web:known.example")));
        // The backup's C is kept beside the target's, its bytes as they were, waiting to be verified.
        const QList<CredentialVersion> versionsOfC = wallet.versions(linkedRow);
        QCOMPARE(versionsOfC.size(), 1);
        QVERIFY(versionsOfC.first().raw.bytes != wallet.credential(linkedRow)->raw.bytes);
        QVERIFY(wallet.credential(linkedRow)->summary.status.isEmpty());
        QVERIFY(wallet.credential(linkedRow)->verificationReport.isEmpty());
        QCOMPARE(wallet.identities().size(), 3);
        QCOMPARE(wallet.setting(QStringLiteral("ui.theme")), QStringLiteral("dark"));
        QCOMPARE(wallet.setting(QStringLiteral("ui.language")), QStringLiteral("fr"));
        QVERIFY(wallet.document(QStringLiteral("https://issuer.example/profile")).has_value());
        // Both sides' tags on the shared credential, and both sides' collections.
        qint64 shared = 0;
        auto all = wallet.list();
        QVERIFY(all.ok());
        for (const auto &summary : *all) {
            if (summary.name == QLatin1String("Badge B"))
                shared = summary.id;
        }
        QVERIFY(shared);
        QStringList sharedTags = wallet.tags(shared);
        sharedTags.sort();
        QCOMPARE(sharedTags, (QStringList{QStringLiteral("mine"), QStringLiteral("work")}));
        QStringList names;
        int mineCount = 0;
        for (const auto &collection : wallet.collections()) {
            names << collection.name;
            if (collection.name == QLatin1String("Mine"))
                mineCount = collection.count;
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Jobs"), QStringLiteral("Mine")}));
        QCOMPARE(mineCount, 2); // D (target) + the target's C (from the backup), merged by name
        CredentialQuery query;
        query.tag = QStringLiteral("work");
        auto tagged = wallet.list(query);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->size(), 2);

        // Restoring the same backup again adds nothing.
        auto again = restoreFile(m_backup, kPassphrase, target);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 3); // B, É, and C, whose other copy is a version already
        QCOMPARE(again->versions, 0);
        QCOMPARE(PresentationLogRepository(**Wallet::open(target)).entries()->size(), 1); // not doubled
    }

    void rejectsAndLeavesWalletUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong-passphrase") << "passphrase" << 0 << "wrong-passphrase-or-damaged";
        for (int cut : {0, 7, 20, 47, 48, 59, 60, 500, -1})
            QTest::addRow("truncated-%d", cut) << "truncate" << cut << (cut >= 0 && cut < 8 ? "not-a-backup" : "backup-truncated");
        QTest::newRow("flip-magic") << "flip" << 0 << "not-a-backup";
        QTest::newRow("flip-version") << "flip" << 9 << "backup-version";
        QTest::newRow("flip-salt") << "flip" << 30 << "wrong-passphrase-or-damaged";
        QTest::newRow("flip-reserved") << "flip" << 15 << "backup-unsupported";
        QTest::newRow("flip-nonce") << "flip" << 50 << "wrong-passphrase-or-damaged";
        QTest::newRow("flip-body") << "flip" << 1000 << "wrong-passphrase-or-damaged";
        QTest::newRow("flip-tag") << "flip" << -1 << "wrong-passphrase-or-damaged";
        QTest::newRow("scrypt-n-2^40") << "log2n" << 40 << "backup-unsupported";
        QTest::newRow("scrypt-n-2^21") << "log2n" << 21 << "backup-unsupported";
        QTest::newRow("huge-length") << "length" << 0 << "backup-unsupported";
        QTest::newRow("extra-bytes") << "append" << 0 << "backup-damaged";
        QTest::newRow("sqlite-file") << "sqlite" << 0 << "not-a-backup";
        QTest::newRow("empty-file") << "empty" << 0 << "not-a-backup";
    }

    // A snapshot that authenticates but cannot be merged (here it lacks the import log, which a
    // restore into an empty wallet copies): the merge fails inside its transaction, rolls back, and
    // the wallet file created for the restore is not left behind.
    void failedMergeChangesNothing()
    {
        const QString snapshot = m_dir.filePath(QStringLiteral("broken-snapshot.sqlite"));
        QFile::remove(snapshot);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken-snapshot"));
            db.setDatabaseName(m_source);
            QVERIFY(db.open());
            QSqlQuery vacuum(db);
            QVERIFY(vacuum.prepare(QStringLiteral("VACUUM INTO ?")));
            vacuum.addBindValue(snapshot);
            QVERIFY2(vacuum.exec(), qPrintable(vacuum.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("broken-snapshot"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break-it"));
            db.setDatabaseName(snapshot);
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE import_log")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("break-it"));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh-target.sqlite"));
        QVERIFY(!QFile::exists(fresh));
        auto intoFresh = RestoreTarget::restoreInto(fresh, [&](Wallet &target) { return WalletMerger::merge(snapshot, target); });
        QVERIFY(!intoFresh.ok());
        QCOMPARE(intoFresh.error().code, QStringLiteral("wallet-write"));
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFile::exists(fresh + QStringLiteral("-wal")));
    }

    void rejectsAndLeavesWalletUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(int, at);
        QFETCH(QString, code);
        QFile original(m_backup);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        QByteArray passphrase = kPassphrase;
        if (kind == QLatin1String("passphrase")) {
            passphrase = "correct horse battery stapler";
        } else if (kind == QLatin1String("truncate")) {
            bytes.truncate(at >= 0 ? at : bytes.size() + at);
        } else if (kind == QLatin1String("flip")) {
            const qsizetype i = at >= 0 ? at : bytes.size() + at;
            bytes[i] = char(bytes[i] ^ 0x01);
        } else if (kind == QLatin1String("log2n")) {
            bytes[14] = char(at);
        } else if (kind == QLatin1String("length")) {
            for (int i = 40; i < 48; ++i)
                bytes[i] = char(0x7f);
        } else if (kind == QLatin1String("append")) {
            bytes += "x";
        } else if (kind == QLatin1String("sqlite")) {
            QFile source(m_source);
            QVERIFY(source.open(QIODevice::ReadOnly));
            bytes = source.readAll();
        } else if (kind == QLatin1String("empty")) {
            bytes.clear();
        }
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.satchel-backup"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(bytes), bytes.size());
        out.close();

        const QString target = existingWallet();
        QVERIFY(!target.isEmpty());
        const QByteArray before = hash(target);
        auto report = restoreFile(damaged, passphrase, target);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, code);
        QVERIFY(!report.error().message.isEmpty());
        QCOMPARE(hash(target), before);
    }

    // A backup made by an older Satchel (v1: before search and the import log; v2: before
    // pathways) restores into today's schema, every migration step (the search-index trigger
    // included) running on the defensively opened snapshot.
    void restoresOlderSchema_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
    }
    void restoresOlderSchema()
    {
        QFETCH(int, version);
        const QString backup = backupAtSchema(
            version, {QStringLiteral("INSERT INTO identities(type, value) VALUES ('email', 'old@example.org')")});
        QVERIFY(!backup.isEmpty());
        const QString target = freshPath();
        auto report = restoreFile(backup, kPassphrase, target);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        auto w = Wallet::open(target);
        QVERIFY(w.ok());
        QCOMPARE((*w)->schemaVersion(), Wallet::kSchemaVersion);
        QCOMPARE((*w)->identities().size(), 1);
    }

    // The wallet inside these backups is sealed with the right passphrase, so only the
    // defensive opening stands between its SQL and the learner's wallet.
    void hostileSnapshotRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        // Read by the merge in place of a table: would never end.
        QTest::newRow("recursive view")
            << 3
            << QStringList{QStringLiteral("DROP TABLE settings"),
                           QStringLiteral("CREATE VIEW settings(key, value) AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL"
                                          " SELECT n + 1 FROM r) SELECT 'k' || n, 'v' FROM r")}
            << "settings";
        // Would grow the wallet by a gigabyte of zeros and add rows nobody stored.
        QTest::newRow("zeroblob view")
            << 3
            << QStringList{QStringLiteral("DROP TABLE documents"),
                           QStringLiteral("CREATE VIEW documents(url, body, content_type, fetched_at, http_status) AS"
                                          " WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 1000)"
                                          " SELECT 'https://x.example/' || n, zeroblob(1000000), '', 0, 200 FROM r")}
            << "documents";
        // A v2 wallet is migrated on restore; the migration's INSERT would fire this.
        QTest::newRow("trigger the migration fires")
            << 2
            << QStringList{QStringLiteral("CREATE TRIGGER grow AFTER INSERT ON schema_version BEGIN"
                                          " INSERT INTO identities(type, value) VALUES ('email', 'planted@example.org'); END")}
            << "grow";
        QTest::newRow("unknown table") << 3 << QStringList{QStringLiteral("CREATE TABLE extra(x)")} << "extra";
        // Same name, other definition: a CHECK expression runs on every row read or written.
        QTest::newRow("table defined differently")
            << 3
            << QStringList{QStringLiteral("DROP TABLE settings"),
                           QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL"
                                          " CHECK (length(value) < 1000000))")}
            << "settings";
    }

    void hostileSnapshotRefused()
    {
        QFETCH(int, version);
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        statements.prepend(QStringLiteral("INSERT INTO settings(key, value) VALUES ('ui.theme', 'dark')"));
        const QString backup = backupAtSchema(version, statements);
        QVERIFY(!backup.isEmpty());

        for (const bool intoEmpty : {false, true}) {
            const QString target = intoEmpty ? freshPath() : existingWallet();
            QVERIFY(!target.isEmpty());
            const QByteArray before = intoEmpty ? QByteArray() : hash(target);
            QElapsedTimer timer;
            timer.start();
            auto report = restoreFile(backup, kPassphrase, target);
            QVERIFY(timer.elapsed() < 5000);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, QStringLiteral("backup-unsafe"));
            QVERIFY2(report.error().message.contains(QLatin1Char('"') + named + QLatin1Char('"')),
                     qPrintable(report.error().message));
            if (intoEmpty)
                QVERIFY(!QFile::exists(target));
            else
                QCOMPARE(hash(target), before);
        }
    }

    void emptyPassphraseRejected()
    {
        const QString out = m_dir.filePath(QStringLiteral("nope.satchel-backup"));
        const Status written = BackupWriter::write(m_source, out, QByteArrayView(), fastScrypt());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("empty-passphrase"));
        QVERIFY(!QFile::exists(out));
        const Status missing = BackupWriter::write(m_dir.filePath(QStringLiteral("missing.sqlite")), out, kPassphrase,
                                                   fastScrypt());
        QVERIFY(!missing.ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
