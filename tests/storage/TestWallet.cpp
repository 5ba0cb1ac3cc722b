// Wallet: storing, de-duplicating, listing, searching and the side tables (identities, tags,
// collections, document cache, verification, settings).
#include "StorageTestData.h"
#include "storage/Wallet.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Satchel;
using StorageTestData::Spec;

class TestWallet : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Wallet> freshWallet()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)));
        if (!wallet.ok())
            qWarning() << wallet.error().code << wallet.error().message;
        return wallet.ok() ? std::move(wallet.value()) : nullptr;
    }

    static qint64 storeSpec(Wallet &w, const Spec &spec)
    {
        const Credential c = StorageTestData::credential(spec);
        auto outcome = w.store(StorageTestData::raw(c), c);
        if (!outcome.ok()) {
            qWarning() << outcome.error().code << outcome.error().message;
            return 0;
        }
        return outcome->id;
    }

    static QStringList names(const QList<CredentialSummary> &list)
    {
        QStringList result;
        for (const auto &s : list)
            result.append(s.name);
        return result;
    }

    static QStringList searchNames(Wallet &w, const QString &text)
    {
        CredentialQuery q;
        q.text = text;
        q.sort = SortKey::Name;
        q.descending = false;
        auto list = w.list(q);
        if (!list.ok())
            return {QStringLiteral("error: ") + list.error().message};
        return names(*list);
    }

    // A small CLR holding one credential as JSON and one as a compact JWS.
    struct Clr {
        Credential parsed;
        RawCredential raw;
        QByteArray nestedJson;
        QByteArray nestedJws;
    };
    static Clr makeClr(const QString &nestedName = QStringLiteral("Nested Course One"))
    {
        Spec parentSpec;
        parentSpec.id = QStringLiteral("urn:uuid:clr-1");
        parentSpec.name = QStringLiteral("Transcript of Records");
        parentSpec.format = CredentialFormat::ClrJson;
        parentSpec.achievementType = QString();
        Clr clr;
        clr.parsed = StorageTestData::credential(parentSpec);

        Spec a;
        a.id = QStringLiteral("https://uni.example/credentials/course-1");
        a.name = nestedName;
        a.skills = {QStringLiteral("Thermodynamics")};
        a.achievementType = QStringLiteral("Course");
        Credential first = StorageTestData::credential(a);

        Spec b;
        b.id = QStringLiteral("https://uni.example/credentials/course-2");
        b.name = QStringLiteral("Nested Course Two");
        b.achievementType = QStringLiteral("Course");
        b.format = CredentialFormat::Ob3Jwt;
        Credential second = StorageTestData::credential(b);
        const QByteArray payload = QJsonDocument(second.json).toJson(QJsonDocument::Compact)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        clr.nestedJws = "eyJhbGciOiJFUzI1NiJ9." + payload + ".c2lnbmF0dXJl";

        QJsonObject subject;
        // Listed in the opposite order to Credential::nested: matching goes by id, not position.
        subject.insert(QStringLiteral("verifiableCredential"),
                       QJsonArray{QString::fromLatin1(clr.nestedJws), first.json});
        clr.parsed.json.insert(QStringLiteral("credentialSubject"), subject);
        clr.parsed.nested = {first, second};
        clr.nestedJson = QJsonDocument(first.json).toJson(QJsonDocument::Compact);
        clr.raw = StorageTestData::raw(clr.parsed, QStringLiteral("transcript.json"));
        return clr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void openCreatesCurrentSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
        {
            auto wallet = Wallet::open(path);
            QVERIFY2(wallet.ok(), qPrintable(wallet.ok() ? QString() : wallet.error().message));
            QCOMPARE((*wallet)->schemaVersion(), Wallet::kSchemaVersion);
            QCOMPARE((*wallet)->path(), path);
            QCOMPARE((*wallet)->count(), 0);
            // Two objects on one file (one per thread in the app) each get their own connection.
            auto second = Wallet::open(path);
            QVERIFY(second.ok());
            QVERIFY(storeSpec(**wallet, Spec{QStringLiteral("urn:a")}) > 0);
            QCOMPARE((*second)->count(), 1);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Wallet::kSchemaVersion);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void openRejectsNonWallet()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto wallet = Wallet::open(path);
        QVERIFY(!wallet.ok());
        QCOMPARE(wallet.error().code, QStringLiteral("wallet-open"));

        auto directory = Wallet::open(m_dir.path());
        QVERIFY(!directory.ok());
        QCOMPARE(directory.error().code, QStringLiteral("wallet-open"));
    }

    void roundTrip()
    {
        auto w = freshWallet();
        QVERIFY(w);
        Spec spec;
        spec.id = QStringLiteral("https://issuer.example/credentials/42");
        spec.name = QStringLiteral("Éclair Baking — Level 2");
        spec.description = QStringLiteral("Bakes choux pastry");
        spec.achievementType = QStringLiteral("Certificate");
        spec.validFrom = QDateTime(QDate(2023, 11, 5), QTime(9, 30), Qt::UTC);
        Credential c = StorageTestData::credential(spec);
        c.validUntil = QDateTime(QDate(2028, 11, 5), QTime(0, 0), Qt::UTC);
        RawCredential raw = StorageTestData::raw(c, QStringLiteral("badges.zip!/bake.png"));
        raw.bakedImage = QByteArray("\x89PNG\r\n\x1a\n\0\0binary\0tail", 22);
        raw.bakedImageType = QStringLiteral("image/png");
        raw.bakedKeyword = QStringLiteral("openbadgecredential");

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto outcome = w->store(raw, c);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->kind, StoreOutcome::Imported);

        auto list = w->list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const CredentialSummary &s = list->first();
        QCOMPARE(s.id, outcome->id);
        QCOMPARE(s.credentialId, spec.id);
        QCOMPARE(s.name, spec.name);
        QCOMPARE(s.issuerId, spec.issuerId);
        QCOMPARE(s.issuerName, spec.issuerName);
        QCOMPARE(s.achievementType, QStringLiteral("Certificate"));
        QCOMPARE(s.achievementId, spec.id + QStringLiteral("#achievement"));
        QCOMPARE(s.format, CredentialFormat::Ob3Json);
        QCOMPARE(s.issued, spec.validFrom);
        QCOMPARE(s.validUntil, c.validUntil);
        QVERIFY(s.addedAt >= before && s.addedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(s.status.isEmpty());
        QCOMPARE(s.parentId, 0);
        QVERIFY(s.hasImage);

        auto stored = w->credential(outcome->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->raw.bytes, raw.bytes); // byte for byte, trailing whitespace included
        QCOMPARE(stored->raw.bakedImage, raw.bakedImage);
        QCOMPARE(stored->raw.bakedImageType, raw.bakedImageType);
        QCOMPARE(stored->raw.bakedKeyword, raw.bakedKeyword);
        QCOMPARE(stored->raw.sourceName, raw.sourceName);
        QCOMPARE(stored->raw.format, CredentialFormat::Ob3Json);
        QCOMPARE(stored->imageBytes, raw.bakedImage); // no separate display image: the baked one
        QCOMPARE(*w->image(outcome->id), raw.bakedImage);

        // A separate display image wins over the baked file.
        Spec other{QStringLiteral("urn:uuid:with-image")};
        Credential c2 = StorageTestData::credential(other);
        auto second = w->store(StorageTestData::raw(c2), c2, QByteArray("<svg/>"), QStringLiteral("image/svg+xml"));
        QVERIFY(second.ok());
        auto stored2 = w->credential(second->id);
        QCOMPARE(stored2->imageBytes, QByteArray("<svg/>"));
        QCOMPARE(stored2->imageType, QStringLiteral("image/svg+xml"));

        auto missing = w->credential(9999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("not-found"));
        QCOMPARE(w->image(9999).error().code, QStringLiteral("not-found"));

        QVERIFY(w->remove(outcome->id).ok());
        QCOMPARE(w->count(), 1);
        QCOMPARE(w->remove(outcome->id).error().code, QStringLiteral("not-found"));
        QVERIFY(searchNames(*w, QStringLiteral("eclair")).isEmpty());
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QString>("salt");
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<bool>("sameRow");

        const QString id = QStringLiteral("https://issuer.example/assertions/a b");
        const QString issuer = QStringLiteral("https://issuer.example/profile");
        QTest::newRow("same ids, other name") << id << issuer << QString() << 0 << int(StoreOutcome::Version) << true;
        QTest::newRow("same ids, other bytes") << id << issuer << QStringLiteral("x") << 0
                                               << int(StoreOutcome::Version) << true;
        QTest::newRow("percent-encoded and padded id") << QStringLiteral(" https://issuer.example/assertions/a%20b ")
                                                       << issuer << QStringLiteral("y") << 0
                                                       << int(StoreOutcome::Version) << true;
        QTest::newRow("older copy") << id << issuer << QStringLiteral("z") << -30 << int(StoreOutcome::Version) << true;
        QTest::newRow("newer validFrom replaces") << id << issuer << QStringLiteral("n") << 30
                                                  << int(StoreOutcome::Replaced) << true;
        QTest::newRow("other issuer") << id << QStringLiteral("https://other.example/") << QStringLiteral("o") << 0
                                      << int(StoreOutcome::Imported) << false;
        QTest::newRow("other id") << QStringLiteral("https://issuer.example/assertions/c") << issuer
                                  << QStringLiteral("p") << 0 << int(StoreOutcome::Imported) << false;
    }

    void duplicates()
    {
        QFETCH(QString, id);
        QFETCH(QString, issuerId);
        QFETCH(QString, salt);
        QFETCH(int, daysLater);
        QFETCH(int, expectedKind);
        QFETCH(bool, sameRow);

        auto w = freshWallet();
        QVERIFY(w);
        Spec first;
        first.id = QStringLiteral("https://issuer.example/assertions/a b");
        first.name = QStringLiteral("First copy");
        const qint64 firstId = storeSpec(*w, first);
        QVERIFY(firstId > 0);
        QVERIFY(w->addTag(firstId, QStringLiteral("kept")).ok());
        const QByteArray firstBytes = w->credential(firstId)->raw.bytes;
        QVERIFY(w->saveVerification(firstId, QStringLiteral("valid"), QDateTime::currentDateTimeUtc(), "{}").ok());

        Spec second = first;
        second.id = id;
        second.issuerId = issuerId;
        second.salt = salt;
        second.name = QStringLiteral("Second copy");
        second.validFrom = first.validFrom.addDays(daysLater);
        const Credential c = StorageTestData::credential(second);
        const RawCredential raw = StorageTestData::raw(c);
        auto outcome = w->store(raw, c);
        QVERIFY(outcome.ok());
        QCOMPARE(int(outcome->kind), expectedKind);
        QCOMPARE(outcome->id == firstId, sameRow);
        QCOMPARE(w->count(), sameRow ? 1 : 2);

        auto stored = w->credential(firstId);
        QVERIFY(stored.ok());
        // Nothing is dropped: another copy of the same credential becomes a version, whichever way.
        const QList<CredentialVersion> versions = w->versions(firstId);
        const bool versioned = expectedKind == StoreOutcome::Version || expectedKind == StoreOutcome::Replaced;
        QCOMPARE(versions.size(), versioned ? 1 : 0);
        QCOMPARE(w->versionCount(firstId), versioned ? 1 : 0);
        if (versioned) {
            const bool replaced = expectedKind == StoreOutcome::Replaced;
            QCOMPARE(versions.first().raw.bytes, replaced ? firstBytes : raw.bytes);
            QCOMPARE(versions.first().credentialRow, firstId);
            // The version kept from the row carries the row's verification; the row must be verified again.
            QCOMPARE(versions.first().status, replaced ? QStringLiteral("valid") : QString());
            QVERIFY(stored->summary.status.isEmpty());
            if (!replaced)
                QCOMPARE(outcome->versionId, versions.first().id);
            // The same bytes again are a duplicate, not a second version.
            auto again = w->store(raw, c);
            QCOMPARE(int(again->kind), int(StoreOutcome::Duplicate));
            QCOMPARE(again->id, firstId);
            QCOMPARE(w->versionCount(firstId), 1);
        }
        if (expectedKind == StoreOutcome::Replaced) {
            QCOMPARE(stored->raw.bytes, raw.bytes);
            QCOMPARE(stored->summary.name, QStringLiteral("Second copy"));
            QCOMPARE(stored->summary.issued, second.validFrom);
            QCOMPARE(stored->summary.tags, QStringList{QStringLiteral("kept")}); // learner data kept
            QCOMPARE(searchNames(*w, QStringLiteral("second")), QStringList{QStringLiteral("Second copy")});
            QVERIFY(searchNames(*w, QStringLiteral("first")).isEmpty());
        } else {
            QCOMPARE(stored->summary.name, QStringLiteral("First copy"));
        }
    }

    // The same credential in another encoding (pretty-printed, members reordered, as in a baked
    // SVG) is a duplicate, not another version.
    void reencodedCopyIsDuplicate()
    {
        auto w = freshWallet();
        QVERIFY(w);
        Spec spec;
        spec.id = QStringLiteral("urn:uuid:reencoded");
        const qint64 row = storeSpec(*w, spec);
        QVERIFY(row > 0);
        const Credential c = StorageTestData::credential(spec);
        RawCredential pretty = StorageTestData::raw(c);
        pretty.bytes = QJsonDocument::fromJson(pretty.bytes).toJson(QJsonDocument::Indented);
        QVERIFY(pretty.bytes != w->credential(row)->raw.bytes);
        auto outcome = w->store(pretty, c);
        QVERIFY(outcome.ok());
        QCOMPARE(int(outcome->kind), int(StoreOutcome::Duplicate));
        QCOMPARE(outcome->id, row);
        QCOMPARE(w->versionCount(row), 0);
    }

    void clrKeepsNestedCredentials()
    {
        auto w = freshWallet();
        QVERIFY(w);
        const Clr clr = makeClr();
        auto outcome = w->store(clr.raw, clr.parsed);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->kind, StoreOutcome::Imported);
        QCOMPARE(w->count(), 3);

        const QList<qint64> nested = w->nestedIds(outcome->id);
        QCOMPARE(nested.size(), 2);
        auto first = w->credential(nested.at(0));
        auto second = w->credential(nested.at(1));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->summary.name, QStringLiteral("Nested Course One"));
        QCOMPARE(first->summary.parentId, outcome->id);
        QCOMPARE(first->raw.bytes, clr.nestedJson);
        QCOMPARE(first->raw.format, CredentialFormat::Ob3Json);
        QCOMPARE(first->raw.sourceName, QStringLiteral("transcript.json#credentialSubject.verifiableCredential[0]"));
        QCOMPARE(second->raw.bytes, clr.nestedJws); // the exact compact JWS string
        QCOMPARE(second->raw.format, CredentialFormat::Ob3Jwt);
        QCOMPARE(w->credential(outcome->id)->raw.bytes, clr.raw.bytes);
        QCOMPARE(w->credential(outcome->id)->summary.format, CredentialFormat::ClrJson);

        CredentialQuery topLevel;
        topLevel.includeNested = false;
        QCOMPARE(names(*w->list(topLevel)), QStringList{QStringLiteral("Transcript of Records")});
        CredentialQuery clrOnly;
        clrOnly.format = QStringLiteral("clr");
        QCOMPARE(w->list(clrOnly)->size(), 1);

        // A credential that is also inside a CLR can still be imported on its own.
        const Credential alone = clr.parsed.nested.at(0);
        auto own = w->store(StorageTestData::raw(alone), alone);
        QVERIFY(own.ok());
        QCOMPARE(own->kind, StoreOutcome::Imported);
        QCOMPARE(w->store(clr.raw, clr.parsed)->kind, StoreOutcome::Duplicate);

        // Listed once: the copy inside the CLR stands behind the learner's own copy...
        QCOMPARE(searchNames(*w, QStringLiteral("thermo")), QStringList{QStringLiteral("Nested Course One")});
        QCOMPARE(w->matchingIds(CredentialQuery{}).value().size(), 3);
        QVERIFY(!w->matchingIds(CredentialQuery{}).value().contains(nested.at(0)));
        QVERIFY(w->matchingIds(CredentialQuery{}).value().contains(own->id));
        // ...unless asked for.
        CredentialQuery copies;
        copies.text = QStringLiteral("thermo");
        copies.includeNestedCopies = true;
        QCOMPARE(names(*w->list(copies)),
                 (QStringList{QStringLiteral("Nested Course One"), QStringLiteral("Nested Course One")}));
        QVERIFY(w->remove(outcome->id).ok());
        QCOMPARE(w->count(), 1);
        QCOMPARE(w->nestedIds(outcome->id).size(), 0);
        QCOMPARE(searchNames(*w, QStringLiteral("nested")), QStringList{QStringLiteral("Nested Course One")});
    }

    void failedStoreLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("poison.sqlite"));
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        Wallet &w = **wallet;
        {
            // Another connection makes the second nested row fail, after the CLR row and the
            // first nested row were written in the same transaction.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poison"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON credentials"
                                          " WHEN new.name = 'Nested Course Two'"
                                          " BEGIN SELECT RAISE(ABORT, 'forced failure'); END")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poison"));

        const Clr clr = makeClr();
        auto outcome = w.store(clr.raw, clr.parsed);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("wallet-write"));
        QCOMPARE(w.count(), 0);
        QVERIFY(searchNames(w, QStringLiteral("transcript")).isEmpty());
        QVERIFY(searchNames(w, QStringLiteral("thermodynamics")).isEmpty());

        // The wallet is still usable, and the same CLR is not mistaken for a duplicate.
        QVERIFY(storeSpec(w, Spec{QStringLiteral("urn:after")}) > 0);
        QCOMPARE(w.count(), 1);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name prefix") << QStringLiteral("pyth") << QStringList{QStringLiteral("Python Basics")};
        QTest::newRow("two words anywhere") << QStringLiteral("data institute")
                                            << QStringList{QStringLiteral("Data Science")};
        QTest::newRow("issuer") << QStringLiteral("Greenfield") << QStringList{QStringLiteral("Data Science"),
                                                                             QStringLiteral("Python Basics")};
        QTest::newRow("description") << QStringLiteral("pandas") << QStringList{QStringLiteral("Data Science")};
        QTest::newRow("skill") << QStringLiteral("first aid") << QStringList{QStringLiteral("Lifeguard")};
        QTest::newRow("issuer keyword") << QStringLiteral("aquatics") << QStringList{QStringLiteral("Lifeguard")};
        QTest::newRow("learner tag") << QStringLiteral("favourite") << QStringList{QStringLiteral("Python Basics")};
        QTest::newRow("achievement type") << QStringLiteral("license") << QStringList{QStringLiteral("Lifeguard")};
        QTest::newRow("diacritics folded") << QStringLiteral("ecole") << QStringList{QStringLiteral("Lifeguard")};
        QTest::newRow("case") << QStringLiteral("PYTHON") << QStringList{QStringLiteral("Python Basics")};
        QTest::newRow("no match") << QStringLiteral("quantum") << QStringList();
        QTest::newRow("fts syntax is text") << QStringLiteral("name:python OR NEAR(\"x") << QStringList();
        QTest::newRow("quotes inside word") << QStringLiteral("pyt\"hon") << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral("* - \"") << QStringList();
        QTest::newRow("hyphenated") << QStringLiteral("first-aid") << QStringList{QStringLiteral("Lifeguard")};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        auto w = freshWallet();
        QVERIFY(w);
        Spec python{QStringLiteral("urn:python")};
        python.name = QStringLiteral("Python Basics");
        python.issuerName = QStringLiteral("Greenfield College");
        const qint64 pythonId = storeSpec(*w, python);
        QVERIFY(w->addTag(pythonId, QStringLiteral("favourite")).ok());
        Spec data{QStringLiteral("urn:data")};
        data.name = QStringLiteral("Data Science");
        data.description = QStringLiteral("Wrangling tables with pandas");
        data.issuerName = QStringLiteral("Greenfield Data Institute");
        QVERIFY(storeSpec(*w, data) > 0);
        Spec guard{QStringLiteral("urn:guard")};
        guard.name = QStringLiteral("Lifeguard");
        guard.issuerName = QStringLiteral("École de natation");
        guard.achievementType = QStringLiteral("License");
        guard.skills = {QStringLiteral("First Aid"), QStringLiteral("Rescue swimming")};
        guard.keywords = {QStringLiteral("aquatics")};
        QVERIFY(storeSpec(*w, guard) > 0);

        QCOMPARE(searchNames(*w, text), expected);
    }

    // Bulk imports defer the search index: rows are committed at once, searchable after the
    // flush, never indexed twice, and indexed by the next open() if the process died first.
    void deferredSearchIndex()
    {
        const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
        auto opened = Wallet::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<Wallet> w = std::move(opened.value());
        w->setDeferSearchIndexing(true);
        Spec python{QStringLiteral("urn:python")};
        python.name = QStringLiteral("Python Basics");
        const qint64 pythonId = storeSpec(*w, python);
        QVERIFY(pythonId > 0);
        QCOMPARE(searchNames(*w, QStringLiteral("pyth")), QStringList());
        QVERIFY(w->addTag(pythonId, QStringLiteral("favourite")).ok()); // indexes it now
        QCOMPARE(searchNames(*w, QStringLiteral("pyth")), QStringList{QStringLiteral("Python Basics")});
        Spec data{QStringLiteral("urn:data")};
        data.name = QStringLiteral("Data Science");
        data.description = QStringLiteral("Wrangling tables with pandas");
        QVERIFY(storeSpec(*w, data) > 0);
        QCOMPARE(w->count(), 2);
        QCOMPARE(searchNames(*w, QStringLiteral("pandas")), QStringList());
        QVERIFY(w->flushSearchIndex().ok());
        QCOMPARE(searchNames(*w, QStringLiteral("pandas")), QStringList{QStringLiteral("Data Science")});
        QCOMPARE(ftsRowCount(path), 2); // Python Basics was not indexed a second time

        // A process that dies before flushing: the rows are there, the next open indexes them.
        Spec guard{QStringLiteral("urn:guard")};
        guard.name = QStringLiteral("Lifeguard");
        QVERIFY(storeSpec(*w, guard) > 0);
        // No destructor, no flush: as after a crash. Freed only once the checks are done, so that
        // the sanitizers see no leak.
        Wallet *crashed = w.release();
        auto reopened = Wallet::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(searchNames(**reopened, QStringLiteral("lifeguard")), QStringList{QStringLiteral("Lifeguard")});
        QCOMPARE(ftsRowCount(path), 3);
        QCOMPARE((*reopened)->setting(QStringLiteral("storage.searchIndexPending")), QString());
        delete crashed;
    }

    static int ftsRowCount(const QString &path)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts-count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM credentials_fts")) && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fts-count"));
        return count;
    }

    void filtersAndSorts()
    {
        auto w = freshWallet();
        QVERIFY(w);
        struct Item { const char *name; const char *issuer; const char *issuerName; int year; CredentialFormat format; const char *type; };
        const Item items[] = {
            {"Bravo", "https://b.example", "Beta Org", 2021, CredentialFormat::Ob2Json, "Badge"},
            {"alpha", "https://a.example", "Alpha Org", 2023, CredentialFormat::Ob3Json, "Certificate"},
            {"Charlie", "https://a.example", "Alpha Org", 2022, CredentialFormat::Ob3Jwt, "Badge"},
            {"Delta", "https://c.example", "Gamma Org", 2023, CredentialFormat::Ob2Jws, "Course"},
        };
        QHash<QString, qint64> ids;
        for (const Item &item : items) {
            Spec s{QStringLiteral("urn:") + QLatin1String(item.name)};
            s.name = QLatin1String(item.name);
            s.issuerId = QLatin1String(item.issuer);
            s.issuerName = QLatin1String(item.issuerName);
            // Delta is earlier in 2023 than alpha, so the issued order has no ties.
            s.validFrom = QDateTime(QDate(item.year, s.name == QLatin1String("Delta") ? 3 : 6, 1), QTime(0, 0), Qt::UTC);
            s.format = item.format;
            s.achievementType = QLatin1String(item.type);
            ids.insert(s.name, storeSpec(*w, s));
            QTest::qWait(2); // distinct added_at
        }
        // An undated credential sorts last either way.
        Spec undated{QStringLiteral("urn:undated")};
        undated.name = QStringLiteral("Echo");
        undated.validFrom = QDateTime();
        undated.issuerName = QStringLiteral("Zeta Org");
        undated.issuerId = QStringLiteral("https://z.example");
        ids.insert(undated.name, storeSpec(*w, undated));

        auto run = [&](CredentialQuery q) { return names(*w->list(q)); };
        CredentialQuery q;
        QCOMPARE(run(q), (QStringList{"alpha", "Delta", "Charlie", "Bravo", "Echo"}));
        q.descending = false;
        QCOMPARE(run(q), (QStringList{"Bravo", "Charlie", "Delta", "alpha", "Echo"}));
        q.sort = SortKey::Name;
        QCOMPARE(run(q), (QStringList{"alpha", "Bravo", "Charlie", "Delta", "Echo"}));
        q.sort = SortKey::Issuer;
        QCOMPARE(run(q), (QStringList{"alpha", "Charlie", "Bravo", "Delta", "Echo"}));
        q.sort = SortKey::Added;
        q.descending = true;
        QCOMPARE(run(q), (QStringList{"Echo", "Delta", "Charlie", "alpha", "Bravo"}));
        q.limit = 2;
        QCOMPARE(run(q), (QStringList{"Echo", "Delta"}));

        CredentialQuery f;
        f.sort = SortKey::Name;
        f.descending = false;
        f.issuerId = QStringLiteral("https://a.example");
        QCOMPARE(run(f), (QStringList{"alpha", "Charlie"}));
        f = {};
        f.sort = SortKey::Name;
        f.descending = false;
        f.format = QStringLiteral("ob2");
        QCOMPARE(run(f), (QStringList{"Bravo", "Delta"}));
        f.format = QStringLiteral("ob3-jwt");
        QCOMPARE(run(f), (QStringList{"Charlie"}));
        f.format.clear();
        f.achievementType = QStringLiteral("Badge");
        QCOMPARE(run(f), (QStringList{"Bravo", "Charlie", "Echo"}));
        f.achievementType.clear();
        f.year = 2023;
        QCOMPARE(run(f), (QStringList{"alpha", "Delta"}));
        f.text = QStringLiteral("alpha org");
        QCOMPARE(run(f), (QStringList{"alpha"}));
        f = {};
        QVERIFY(w->addTag(ids.value("Delta"), QStringLiteral("Work")).ok());
        f.tag = QStringLiteral("work"); // tags compare case-insensitively
        QCOMPARE(run(f), (QStringList{"Delta"}));

        QCOMPARE(w->years(), (QList<int>{2023, 2022, 2021}));
        QCOMPARE(w->achievementTypes(), (QStringList{"Badge", "Certificate", "Course"}));
        const QList<IssuerEntry> issuers = w->issuers();
        QCOMPARE(issuers.size(), 4);
        QCOMPARE(issuers.at(0).id, QStringLiteral("https://a.example"));
        QCOMPARE(issuers.at(0).name, QStringLiteral("Alpha Org"));
        QCOMPARE(issuers.at(0).count, 2);
        QCOMPARE(issuers.at(3).name, QStringLiteral("Zeta Org"));
    }

    void identities()
    {
        auto w = freshWallet();
        QVERIFY(w);
        QVERIFY(w->addIdentity(QStringLiteral("email"), QStringLiteral(" learner@example.org ")).ok());
        QVERIFY(w->addIdentity(QStringLiteral("url"), QStringLiteral("https://learner.example")).ok());
        QVERIFY(w->addIdentity(QStringLiteral("email"), QStringLiteral("other@example.org")).ok());
        QVERIFY(w->addIdentity(QStringLiteral("email"), QStringLiteral("learner@example.org")).ok()); // no double
        QCOMPARE(w->addIdentity(QStringLiteral("email"), QStringLiteral("  ")).error().code,
                 QStringLiteral("invalid-identity"));
        using P = QPair<QString, QString>;
        QCOMPARE(w->identities(), (QList<P>{P{"email", "learner@example.org"}, P{"email", "other@example.org"},
                                            P{"url", "https://learner.example"}}));
        QVERIFY(w->removeIdentity(QStringLiteral("other@example.org")).ok());
        QCOMPARE(w->removeIdentity(QStringLiteral("other@example.org")).error().code, QStringLiteral("not-found"));
        QCOMPARE(w->identities().size(), 2);
    }

    void tagsAndCollections()
    {
        auto w = freshWallet();
        QVERIFY(w);
        const qint64 a = storeSpec(*w, Spec{QStringLiteral("urn:a")});
        const qint64 b = storeSpec(*w, Spec{QStringLiteral("urn:b")});
        QVERIFY(w->addTag(a, QStringLiteral("work")).ok());
        QVERIFY(w->addTag(a, QStringLiteral("Hobby")).ok());
        QVERIFY(w->addTag(b, QStringLiteral("Work")).ok()); // same tag, other case
        QVERIFY(w->addTag(a, QStringLiteral("work")).ok()); // twice is once
        QCOMPARE(w->addTag(a, QStringLiteral(" ")).error().code, QStringLiteral("invalid-tag"));
        QCOMPARE(w->addTag(999, QStringLiteral("x")).error().code, QStringLiteral("not-found"));
        QCOMPARE(w->allTags(), (QStringList{"Hobby", "work"}));
        QCOMPARE(w->tags(a), (QStringList{"Hobby", "work"}));
        QCOMPARE(w->credential(a)->summary.tags, (QStringList{"Hobby", "work"}));
        QVERIFY(w->removeTag(a, QStringLiteral("Hobby")).ok());
        QCOMPARE(w->removeTag(a, QStringLiteral("Hobby")).error().code, QStringLiteral("not-found"));
        QCOMPARE(w->allTags(), QStringList{"work"}); // an unused tag leaves the list
        QVERIFY(searchNames(*w, QStringLiteral("hobby")).isEmpty());

        auto studies = w->createCollection(QStringLiteral("Studies"));
        auto job = w->createCollection(QStringLiteral("Job applications"));
        QVERIFY(studies.ok() && job.ok());
        QCOMPARE(w->createCollection(QString()).error().code, QStringLiteral("invalid-collection"));
        QVERIFY(w->addToCollection(*studies, a).ok());
        QVERIFY(w->addToCollection(*studies, b).ok());
        QVERIFY(w->addToCollection(*studies, b).ok());
        QVERIFY(w->addToCollection(*job, b).ok());
        QVERIFY(!w->addToCollection(*job, 999).ok());
        QVERIFY(!w->addToCollection(999, a).ok());
        QList<Collection> all = w->collections();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Job applications"));
        QCOMPARE(all.at(0).count, 1);
        QCOMPARE(all.at(1).count, 2);
        QCOMPARE(w->collectionsOf(b), (QList<qint64>{*studies, *job}));
        CredentialQuery inJob;
        inJob.collectionId = *job;
        QCOMPARE(w->list(inJob)->size(), 1);
        QCOMPARE(w->list(inJob)->first().id, b);

        QVERIFY(w->removeFromCollection(*studies, b).ok());
        QCOMPARE(w->removeFromCollection(*studies, b).error().code, QStringLiteral("not-found"));
        QVERIFY(w->renameCollection(*job, QStringLiteral("Jobs")).ok());
        QCOMPARE(w->collections().at(0).name, QStringLiteral("Jobs"));
        QVERIFY(w->remove(a).ok()); // leaves the collection with it
        QCOMPARE(w->collections().at(1).count, 0);
        QVERIFY(w->removeCollection(*job).ok());
        QCOMPARE(w->collections().size(), 1);
        QCOMPARE(w->count(), 1);
        QCOMPARE(w->removeCollection(*job).error().code, QStringLiteral("not-found"));
    }

    void documentCache()
    {
        auto w = freshWallet();
        QVERIFY(w);
        QVERIFY(!w->document(QStringLiteral("https://issuer.example/badge")).has_value());
        FetchedDocument doc;
        doc.url = QStringLiteral("https://issuer.example/badge");
        doc.body = QByteArray("{\"type\":\"BadgeClass\"}\0x", 23);
        doc.contentType = QStringLiteral("application/ld+json");
        doc.fetchedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
        doc.httpStatus = 200;
        QVERIFY(w->putDocument(doc).ok());
        auto got = w->document(doc.url);
        QVERIFY(got.has_value());
        QCOMPARE(got->body, doc.body);
        QCOMPARE(got->contentType, doc.contentType);
        QCOMPARE(got->fetchedAt, doc.fetchedAt);
        QCOMPARE(got->httpStatus, 200);

        doc.body = "gone";
        doc.httpStatus = 410;
        QVERIFY(w->putDocument(doc).ok()); // a refetch replaces
        QCOMPARE(w->document(doc.url)->httpStatus, 410);
        QCOMPARE(w->document(doc.url)->body, QByteArray("gone"));
        QCOMPARE(w->documentCount(), 1);
        QCOMPARE(w->putDocument(FetchedDocument{}).error().code, QStringLiteral("invalid-document"));
    }

    void verificationAndSettings()
    {
        auto w = freshWallet();
        QVERIFY(w);
        Spec spec{QStringLiteral("urn:verified")};
        const qint64 id = storeSpec(*w, spec);
        const QDateTime at(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
        QVERIFY(w->saveVerification(id, QStringLiteral("revoked"), at, "{\"status\":\"revoked\"}").ok());
        auto stored = w->credential(id);
        QCOMPARE(stored->summary.status, QStringLiteral("revoked"));
        QCOMPARE(stored->summary.verifiedAt, at);
        QCOMPARE(stored->verificationReport, QStringLiteral("{\"status\":\"revoked\"}"));
        QCOMPARE(w->list()->first().status, QStringLiteral("revoked"));
        QCOMPARE(w->saveVerification(999, QStringLiteral("valid"), at, {}).error().code, QStringLiteral("not-found"));

        // A newer copy of the credential clears the report that described the old bytes.
        spec.validFrom = spec.validFrom.addYears(1);
        spec.salt = QStringLiteral("renewed");
        const Credential renewed = StorageTestData::credential(spec);
        QCOMPARE(w->store(StorageTestData::raw(renewed), renewed)->kind, StoreOutcome::Replaced);
        QVERIFY(w->credential(id)->summary.status.isEmpty());
        QVERIFY(w->credential(id)->verificationReport.isEmpty());

        QCOMPARE(w->setting(QStringLiteral("language"), QStringLiteral("system")), QStringLiteral("system"));
        QVERIFY(w->setSetting(QStringLiteral("language"), QStringLiteral("fr")).ok());
        QVERIFY(w->setSetting(QStringLiteral("language"), QStringLiteral("de")).ok());
        QCOMPARE(w->setting(QStringLiteral("language")), QStringLiteral("de"));
    }

    void writerThreadAndReader()
    {
        // The importer writes from a worker thread with its own Wallet while the UI reads.
        const QString path = m_dir.filePath(QStringLiteral("threads.sqlite"));
        auto reader = Wallet::open(path);
        QVERIFY(reader.ok());
        std::atomic<int> failures{0};
        std::unique_ptr<QThread> writer(QThread::create([&] {
            auto w = Wallet::open(path);
            if (!w.ok()) {
                ++failures;
                return;
            }
            for (int i = 0; i < 60; ++i) {
                Spec spec{QStringLiteral("urn:thread:%1").arg(i)};
                spec.name = QStringLiteral("Threaded %1").arg(i);
                if (storeSpec(**w, spec) <= 0)
                    ++failures;
            }
        }));
        writer->start();
        int reads = 0;
        while (!writer->isFinished()) {
            auto list = (*reader)->list();
            QVERIFY(list.ok());
            ++reads;
        }
        writer->wait();
        QCOMPARE(failures.load(), 0);
        QCOMPARE((*reader)->count(), 60);
        QCOMPARE(searchNames(**reader, QStringLiteral("threaded")).size(), 60);
        QVERIFY(reads > 0);
    }

    void importLog()
    {
        auto w = freshWallet();
        QVERIFY(w);
        const qint64 id = storeSpec(*w, Spec{QStringLiteral("urn:logged")});
        QVERIFY(w->logImport(QStringLiteral("a.json"), QStringLiteral("imported"), id).ok());
        QVERIFY(w->logImport(QStringLiteral("b.png"), QStringLiteral("failed"), 0,
                             QStringLiteral("no-baked-data")).ok());
        QList<ImportLogEntry> log = w->importLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).source, QStringLiteral("b.png"));
        QCOMPARE(log.at(0).credentialId, 0);
        QCOMPARE(log.at(0).message, QStringLiteral("no-baked-data"));
        QCOMPARE(log.at(1).credentialId, id);
        QVERIFY(w->remove(id).ok());
        QCOMPARE(w->importLog().at(1).credentialId, 0); // the history outlives the credential
        QCOMPARE(w->importLog(1).size(), 1);
    }

    void parsedNeedsStoredCredential()
    {
        auto w = freshWallet();
        QVERIFY(w);
        auto result = w->parsed(12345);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not-found"));
    }
};

QTEST_GUILESS_MAIN(TestWallet)
#include "TestWallet.moc"
