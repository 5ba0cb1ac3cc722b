// ImportService end to end into temporary wallets: every refvc fixture (offline, and online
// against the manifest routes served on 127.0.0.1:18001), folders, zip archives, duplicates,
// failures that leave the wallet unchanged, a bad file inside a batch, cancellation, pasted text.
#include "OfflineNetwork.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"

#include "LoopbackHttpServer.h"
#include "TestFiles.h"
#include "WalletImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::LoopbackHttpServer;
using Satchel::Test::readFile;
using Satchel::Test::writeFile;
using Satchel::Test::writeZip;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
const QString kOb2Name = QStringLiteral("Data Visualization Fundamentals");
const QString kOb2Issuer = QStringLiteral("Prairie Wind College");

// (No raw string literals in this file: moc 6.4 loses the class after one holding an open '['.)

} // namespace

class TestImportService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_walletCounter = 0;
    LoopbackHttpServer m_refvcServer;
    bool m_refvcServed = false;

    QString newWalletPath() { return m_dir->filePath(QStringLiteral("w%1.sqlite").arg(++m_walletCounter)); }

    std::unique_ptr<Wallet> openWallet(const QString &path)
    {
        auto wallet = Wallet::open(path);
        if (!wallet)
            qWarning() << wallet.error().message;
        return wallet ? std::move(wallet.value()) : nullptr;
    }

    static ImportOptions offline()
    {
        ImportOptions options;
        options.network = SatchelTest::offlineNetwork();
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_refvcServed = m_refvcServer.start(18001) && m_refvcServer.serveRefvcRoutes(kRefvc);
        if (!m_refvcServed)
            qWarning("127.0.0.1:18001 is busy: the online refvc rows are skipped");
    }

    // Each fixture into its own wallet: the outcome, and the stored row's name and issuer.
    void refvc_data()
    {
        QTest::addColumn<bool>("online");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");    // empty = imported
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<int>("nested");

        const QString eastgate = QStringLiteral("Eastgate Vocational Centre");
        const QString horizon = QStringLiteral("Académie régionale des compétences « Horizon »");
        const QString i18nName = QStringLiteral("Éco-conception et réemploi ♻️ — 環境配慮設計と再利用 / 生态设计与再利用");
        struct Row {
            const char *file;
            QString name;
            QString issuer;
        };
        const QList<Row> ob3{
            {"ob3/di-minimal.json", QStringLiteral("Cloud Infrastructure Basics"), eastgate},
            {"ob3/di-rich.json", QStringLiteral("Technical Writing (ENG230)"), eastgate},
            {"ob3/di-i18n.json", i18nName, horizon},
            {"ob3/di-issuer-profile-image.json", QStringLiteral("Sustainable Building Practices"), eastgate},
            {"ob3/di-status-active.json", QStringLiteral("First Aid Responder"), eastgate},
            {"ob3/di-status-revoked.json", QStringLiteral("First Aid Responder"), eastgate},
            {"ob3/di-invalid-tampered-subject-name.json", QStringLiteral("Technical Writing (ENG230)"), eastgate},
            {"ob3/di-invalid-tampered-achievement-description.json", QStringLiteral("Technical Writing (ENG230)"), eastgate},
            {"ob3/di-invalid-wrong-key.json", QStringLiteral("Advanced Welding Techniques"), eastgate},
            {"ob3/di-invalid-issuer-mismatch.json", QStringLiteral("Advanced Welding Techniques"), eastgate},
            {"ob3/di-invalid-proof-removed.json", QStringLiteral("Cloud Infrastructure Basics"), eastgate},
            {"ob3/di-invalid-proofvalue-truncated.json", QStringLiteral("Cloud Infrastructure Basics"), eastgate},
            {"ob3/di-invalid-expired.json", QStringLiteral("Data Visualization Fundamentals"), eastgate},
            {"ob3/di-invalid-not-yet-valid.json", QStringLiteral("Data Visualization Fundamentals"), eastgate},
            {"ob3/di-invalid-unknown-cryptosuite.json", QStringLiteral("Cloud Infrastructure Basics"), eastgate},
            {"ob3/jwt-eddsa-didkey.jwt", QStringLiteral("Cloud Infrastructure Basics (CLD120)"), eastgate},
            {"ob3/jwt-es256-didjwk.jwt", QStringLiteral("Technical Writing"), QStringLiteral("Maple Grove University")},
            {"ob3/jwt-rs256-jwk-header.jwt", QStringLiteral("Sustainable Building Practices"), QStringLiteral("Granite Peak Institute")},
            {"ob3/jwt-rs256-kid-url.jwt", QStringLiteral("Sustainable Building Practices"), QStringLiteral("Granite Peak Institute")},
            {"ob3/jwt-eddsa-legacy-vc-claim.jwt", QStringLiteral("First Aid Responder"), eastgate},
            {"ob3/jwt-invalid-alg-none.jwt", QStringLiteral("Cloud Infrastructure Basics (CLD120)"), eastgate},
            {"ob3/jwt-invalid-signature-bitflip.jwt", QStringLiteral("Cloud Infrastructure Basics (CLD120)"), eastgate},
            {"ob3/jwt-invalid-expired.jwt", QStringLiteral("Advanced Welding Techniques"), eastgate},
            {"ob3/jwt-invalid-iss-mismatch.jwt", QStringLiteral("Advanced Welding Techniques"), eastgate},
            {"ob3/jwt-invalid-wrong-key.jwt", QStringLiteral("Data Visualization Fundamentals"), eastgate},
            {"baked/ob3-json.png", i18nName, horizon},
            {"baked/ob3-jwt.png", QStringLiteral("Cloud Infrastructure Basics (CLD120)"), eastgate},
            {"baked/ob3-json-invalid-tampered.png", QStringLiteral("Cloud Infrastructure Basics"), eastgate},
            {"baked/ob3-json.svg", QStringLiteral("Technical Writing (ENG230)"), eastgate},
            {"baked/ob3-jwt.svg", QStringLiteral("Technical Writing"), QStringLiteral("Maple Grove University")},
        };
        // OB 2.0: the BadgeClass and Issuer are only linked; offline the assertion is still kept.
        const char *const ob2[] = {"ob2/hosted-valid.json", "ob2/hosted-invalid-expired.json",
                                   "ob2/hosted-invalid-revoked.json", "ob2/signed-valid.jws",
                                   "ob2/signed-invalid-revoked.jws", "ob2/signed-invalid-expired.jws",
                                   "ob2/signed-invalid-tampered.jws", "baked/ob2-hosted-json.png",
                                   "baked/ob2-signed.png", "baked/ob2-hosted.svg", "baked/ob2-signed.svg"};
        // Baked values that are only the hosted assertion's URL.
        const char *const ob2Url[] = {"baked/ob2-hosted-url.png", "baked/ob2-legacy-text-url.png"};

        for (bool online : {false, true}) {
            const char *mode = online ? "online " : "offline ";
            for (const Row &row : ob3)
                QTest::newRow(QByteArray(QByteArray(mode) + QByteArray(row.file)).constData())
                    << online << QString::fromLatin1(row.file) << QString() << row.name << row.issuer << 0;
            for (const char *file : ob2)
                QTest::newRow(QByteArray(QByteArray(mode) + QByteArray(file)).constData())
                    << online << QString::fromLatin1(file) << QString() << (online ? kOb2Name : QString())
                    << (online ? kOb2Issuer : QString()) << 0;
            for (const char *file : ob2Url)
                QTest::newRow(QByteArray(QByteArray(mode) + QByteArray(file)).constData())
                    << online << QString::fromLatin1(file) << (online ? QString() : QStringLiteral("fetch-failed"))
                    << kOb2Name << kOb2Issuer << 0;
            QTest::newRow(QByteArray(QByteArray(mode) + QByteArray("clr/clr-valid.json")).constData())
                << online << QStringLiteral("clr/clr-valid.json") << QString()
                << QStringLiteral("Comprehensive Learner Record — Bilal Tanaka") << eastgate << -1;
            QTest::newRow(QByteArray(QByteArray(mode) + QByteArray("baked/invalid-no-badge-data.png")).constData())
                << online << QStringLiteral("baked/invalid-no-badge-data.png") << QStringLiteral("no-baked-data")
                << QString() << QString() << 0;
            QTest::newRow(QByteArray(QByteArray(mode) + QByteArray("served/status/1.json")).constData())
                << online << QStringLiteral("served/status/1.json") << QStringLiteral("not-a-credential")
                << QString() << QString() << 0;
        }
    }

    void refvc()
    {
        QFETCH(bool, online);
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        QFETCH(int, nested);
        if (online && !m_refvcServed)
            QSKIP("127.0.0.1:18001 is busy");

        const QString walletPath = newWalletPath();
        ImportOptions options;
        options.network = online ? nullptr : SatchelTest::offlineNetwork();
        SatchelTest::WalletImport service(walletPath, options);
        const ImportReport report = service.importPaths({kRefvc + file});
        QCOMPARE(report.items.size(), 1);
        const ImportItemReport &item = report.items.first();
        auto wallet = openWallet(walletPath);
        QVERIFY(wallet);
        if (!code.isEmpty()) {
            QCOMPARE(item.outcome, ImportItemReport::Failed);
            QCOMPARE(item.code, code);
            QVERIFY(!item.message.isEmpty());
            QCOMPARE(wallet->count(), 0);
            QCOMPARE(wallet->documentCount(), 0);
            return;
        }
        QVERIFY2(item.outcome == ImportItemReport::Imported, qPrintable(item.code + QLatin1Char(' ') + item.message));
        auto stored = wallet->credential(item.credentialId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->summary.name, name);
        QCOMPARE(stored->summary.issuerName, issuer);
        QCOMPARE(item.name, name);
        if (nested < 0)
            QVERIFY(item.nestedCount > 0);
        QCOMPARE(stored->raw.bytes.isEmpty(), false);
        if (file.endsWith(QLatin1String(".png")) || file.endsWith(QLatin1String(".svg"))) {
            // The baked file is the gallery image, byte for byte.
            QCOMPARE(stored->imageBytes, readFile(kRefvc + file));
        }
        if (file.startsWith(QLatin1String("ob2/")) || file.startsWith(QLatin1String("baked/ob2"))) {
            if (online) {
                // BadgeClass, Issuer and the badge image were fetched once and kept.
                QVERIFY(wallet->document(QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140")).has_value());
                QVERIFY(wallet->document(QStringLiteral("http://127.0.0.1:18001/ob2/issuer")).has_value());
                QVERIFY(wallet->document(QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140/image")).has_value());
                if (!file.startsWith(QLatin1String("baked/")))
                    QCOMPARE(stored->imageBytes, readFile(kRefvc + QStringLiteral("served/ob2/badge.png")));
            } else {
                QVERIFY(!item.warnings.isEmpty()); // says what could not be fetched
                QCOMPARE(wallet->documentCount(), 0);
            }
        }
    }

    // The credentials inside a CLR show as badges: each gets its achievement's image.
    void clrNestedCredentialsGetImages()
    {
        const QString walletPath = newWalletPath();
        const QString clrFile = QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials/ncc-learner-record.clr.json");
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline()).importPaths({clrFile});
        QCOMPARE(report.importedCount(), 1);
        auto wallet = openWallet(walletPath);
        QVERIFY(wallet);
        const QList<qint64> nested = wallet->nestedIds(report.items.first().credentialId);
        QCOMPARE(nested.size(), 3);
        const QJsonArray inside = QJsonDocument::fromJson(readFile(clrFile)).object()
                                      .value(QStringLiteral("credentialSubject")).toObject()
                                      .value(QStringLiteral("verifiableCredential")).toArray();
        QSet<QByteArray> expected;
        for (const QJsonValue &vc : inside) {
            const QString uri = vc.toObject().value(QStringLiteral("credentialSubject")).toObject()
                                    .value(QStringLiteral("achievement")).toObject()
                                    .value(QStringLiteral("image")).toObject().value(QStringLiteral("id")).toString();
            QVERIFY(uri.startsWith(QLatin1String("data:image/png;base64,")));
            expected.insert(QByteArray::fromBase64(uri.mid(uri.indexOf(QLatin1Char(',')) + 1).toLatin1()));
        }
        for (qint64 id : nested) {
            auto stored = wallet->credential(id);
            QVERIFY(stored.ok());
            QVERIFY(stored->summary.hasImage);
            QCOMPARE(stored->imageType, QStringLiteral("image/png"));
            QVERIFY(expected.contains(stored->imageBytes));
        }
    }

    void folderImport()
    {
        const QString walletPath = newWalletPath();
        SatchelTest::WalletImport service(walletPath, offline());
        QList<int> progressDone;
        const ImportReport report = service.importPaths(
            {kRefvc + QStringLiteral("ob3")},
            [&](int done, int total, const ImportItemReport &) {
                QVERIFY(done <= total);
                progressDone.append(done);
            });
        const int files = int(QDir(kRefvc + QStringLiteral("ob3")).entryList(QDir::Files).size());
        QCOMPARE(report.items.size(), files);
        QCOMPARE(report.failedCount(), 0);
        QCOMPARE(progressDone.size(), files);
        QCOMPARE(progressDone.last(), files);
        auto wallet = openWallet(walletPath);
        QCOMPARE(wallet->count(), report.importedCount());
        // Several fixtures are tampered copies of the same credential id: kept as versions of one
        // row, not as rows of their own.
        QVERIFY(report.versionCount() > 0);
        QCOMPARE(report.importedCount() + report.duplicateCount() + report.versionCount(), files);
    }

    void folderSkipsHiddenAndOtherFiles()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("sub/.hidden")));
        QVERIFY(QFile::copy(kRefvc + QStringLiteral("ob3/di-minimal.json"), folder.filePath(QStringLiteral("a.json"))));
        QVERIFY(QFile::copy(kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt"), folder.filePath(QStringLiteral("sub/b.jwt"))));
        QVERIFY(QFile::copy(kRefvc + QStringLiteral("ob3/di-rich.json"), folder.filePath(QStringLiteral("sub/.hidden/c.json"))));
        QVERIFY(QFile::copy(kRefvc + QStringLiteral("ob3/di-rich.json"), folder.filePath(QStringLiteral(".d.json"))));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("README.md")), "# notes"));
        // A symlink loop must not be followed.
        QVERIFY(QFile::link(folder.path(), folder.filePath(QStringLiteral("sub/loop"))));
        const ImportReport report = SatchelTest::WalletImport(newWalletPath(), offline()).importPaths({folder.path()});
        QCOMPARE(report.items.size(), 2);
        QCOMPARE(report.importedCount(), 2);
        QVERIFY(report.items.at(1).input.endsWith(QLatin1String("sub/b.jwt")));
    }

    void zipImport()
    {
        QTemporaryDir folder;
        const QString zipPath = folder.filePath(QStringLiteral("badges.zip"));
        QVERIFY(writeZip(zipPath, {{"one/di-minimal.json", readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"))},
                                   {"two/jwt-es256-didjwk.jwt", readFile(kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt"))},
                                   {"baked/ob3-jwt.png", readFile(kRefvc + QStringLiteral("baked/ob3-jwt.png"))},
                                   {"__MACOSX/._di-minimal.json", QByteArray("junk")},
                                   {"notes.md", QByteArray("# not a badge")},
                                   {"bad.json", QByteArray("{\"hello\": 1}")}}));
        const QString walletPath = newWalletPath();
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline()).importPaths({zipPath});
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.importedCount(), 3);
        QCOMPARE(report.failedCount(), 1);
        const auto failed = std::find_if(report.items.begin(), report.items.end(),
                                         [](const ImportItemReport &i) { return i.outcome == ImportItemReport::Failed; });
        QCOMPARE(failed->input, zipPath + QStringLiteral("!/bad.json"));
        QCOMPARE(failed->code, QStringLiteral("not-a-credential"));
        QStringList names;
        for (const auto &item : report.items)
            names << item.name;
        QVERIFY(names.contains(QStringLiteral("Technical Writing")));
        QVERIFY(names.contains(QStringLiteral("Cloud Infrastructure Basics (CLD120)")));
        QCOMPARE(openWallet(walletPath)->count(), 3);
    }

    void duplicates()
    {
        const QString walletPath = newWalletPath();
        SatchelTest::WalletImport service(walletPath, offline());
        const QString file = kRefvc + QStringLiteral("ob3/di-rich.json");
        const ImportReport first = service.importPaths({file});
        QCOMPARE(first.importedCount(), 1);
        const ImportReport second = service.importPaths({file, kRefvc + QStringLiteral("baked/ob3-json.svg")});
        QCOMPARE(second.items.size(), 2);
        QCOMPARE(second.duplicateCount(), 2); // the same bytes, and the same credential baked in an SVG
        QCOMPARE(second.items.at(0).credentialId, first.items.at(0).credentialId);
        QCOMPARE(openWallet(walletPath)->count(), 1);
    }

    void failuresLeaveWalletUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("code");
        QTest::newRow("random JSON") << QByteArray("{\"hello\":\"world\"}") << "json" << "not-a-credential";
        QTest::newRow("broken JSON") << QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"") << "json" << "malformed";
        QTest::newRow("plain PNG") << readFile(kRefvc + QStringLiteral("baked/invalid-no-badge-data.png")) << "png" << "no-baked-data";
        QTest::newRow("deep JSON") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "json" << "too-large";
    }

    void failuresLeaveWalletUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QFETCH(QString, code);
        const QString walletPath = newWalletPath();
        QVERIFY(SatchelTest::WalletImport(walletPath, offline()).importPaths({kRefvc + QStringLiteral("ob3/di-minimal.json")}).importedCount() == 1);
        const QString path = m_dir->filePath(QStringLiteral("bad.") + suffix);
        QVERIFY(writeFile(path, bytes));
        int before = 0, documentsBefore = 0;
        {
            auto wallet = openWallet(walletPath);
            before = wallet->count();
            documentsBefore = wallet->documentCount();
        }
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline()).importPaths({path});
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().outcome, ImportItemReport::Failed);
        if (code != QLatin1String("not-a-credential") || report.items.first().code != QLatin1String("malformed"))
            QCOMPARE(report.items.first().code, code);
        auto wallet = openWallet(walletPath);
        QCOMPARE(wallet->count(), before);
        QCOMPARE(wallet->documentCount(), documentsBefore);
    }

    void batchWithBadFileInMiddle()
    {
        const QString bad = m_dir->filePath(QStringLiteral("middle.json"));
        QVERIFY(writeFile(bad, "{\"not\": \"a badge\"}"));
        const QString walletPath = newWalletPath();
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline())
                                        .importPaths({kRefvc + QStringLiteral("ob3/di-minimal.json"), bad,
                                                      m_dir->filePath(QStringLiteral("does-not-exist.json")),
                                                      kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")});
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.items.at(0).outcome, ImportItemReport::Imported);
        QCOMPARE(report.items.at(1).outcome, ImportItemReport::Failed);
        QCOMPARE(report.items.at(1).code, QStringLiteral("not-a-credential"));
        QCOMPARE(report.items.at(2).code, QStringLiteral("io-error"));
        QCOMPARE(report.items.at(3).outcome, ImportItemReport::Imported);
        QCOMPARE(openWallet(walletPath)->count(), 2);
    }

    void cancellation()
    {
        std::atomic_bool cancel{false};
        const QString walletPath = newWalletPath();
        const QStringList inputs{kRefvc + QStringLiteral("ob3/di-minimal.json"), kRefvc + QStringLiteral("ob3/di-rich.json"),
                                 kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")};
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline())
                                        .importPaths(inputs, [&](int, int, const ImportItemReport &) { cancel = true; }, &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(openWallet(walletPath)->count(), 1);
    }

    void bundleGivesOneLineEach()
    {
        QJsonArray credentials;
        credentials.append(QJsonDocument::fromJson(readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"))).object());
        credentials.append(QJsonDocument::fromJson(readFile(kRefvc + QStringLiteral("ob3/di-rich.json"))).object());
        QJsonArray jws;
        jws.append(QString::fromUtf8(readFile(kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")).trimmed()));
        const QString path = m_dir->filePath(QStringLiteral("response.json"));
        QVERIFY(writeFile(path, QJsonDocument(QJsonObject{{QStringLiteral("credential"), credentials},
                                                          {QStringLiteral("compactJwsString"), jws}}).toJson()));
        const ImportReport report = SatchelTest::WalletImport(newWalletPath(), offline()).importPaths({path});
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.importedCount(), 3);
    }

    void pastedText()
    {
        const QString walletPath = newWalletPath();
        SatchelTest::WalletImport service(walletPath, offline());
        const ImportReport jws = service.importText("  " + readFile(kRefvc + QStringLiteral("ob3/jwt-eddsa-didkey.jwt")) + "\n");
        QCOMPARE(jws.importedCount(), 1);
        QCOMPARE(jws.items.first().input, QStringLiteral("clipboard"));
        QCOMPARE(jws.items.first().name, QStringLiteral("Cloud Infrastructure Basics (CLD120)"));
        const ImportReport json = service.importText(readFile(kRefvc + QStringLiteral("ob3/di-rich.json")));
        QCOMPARE(json.importedCount(), 1);
        const ImportReport url = service.importText("https://example.org/badge");
        QCOMPARE(url.failedCount(), 1); // offline: cannot fetch
        QCOMPARE(url.items.first().code, QStringLiteral("fetch-failed"));
        QCOMPARE(openWallet(walletPath)->count(), 2);
    }

    void urlImport()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setRoute(QStringLiteral("/cred"), 200, "application/vc+ld+json", readFile(kRefvc + QStringLiteral("ob3/di-minimal.json")));
        server.setRoute(QStringLiteral("/jwt"), 200, "application/jwt", readFile(kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")));
        server.setRedirect(QStringLiteral("/moved"), "/cred");
        const QString walletPath = newWalletPath();
        const ImportReport report = SatchelTest::WalletImport(walletPath).importPaths(
            {server.url(QStringLiteral("/cred")).toString(), server.url(QStringLiteral("/jwt")).toString(),
             server.url(QStringLiteral("/missing")).toString(), server.url(QStringLiteral("/moved")).toString()});
        QCOMPARE(report.items.size(), 4);
        QCOMPARE(report.items.at(0).outcome, ImportItemReport::Imported);
        QCOMPARE(report.items.at(0).name, QStringLiteral("Cloud Infrastructure Basics"));
        QCOMPARE(report.items.at(1).name, QStringLiteral("Technical Writing"));
        QCOMPARE(report.items.at(2).outcome, ImportItemReport::Failed);
        QCOMPARE(report.items.at(2).code, QStringLiteral("fetch-failed"));
        QCOMPARE(report.items.at(3).outcome, ImportItemReport::Duplicate);
        QCOMPARE(openWallet(walletPath)->count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
