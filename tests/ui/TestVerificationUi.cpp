// "Verify all" as the GUI runs it (VerificationRunner: worker threads, queued progress, reports
// saved, newly expired credentials flagged) and the detail page's verification section.
#include "OfflineNetwork.h"
#include "detail/VerificationHtml.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "verify/CheckText.h"
#include "verify/VerificationRunner.h"
#include "WalletImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {
const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
} // namespace

class TestVerificationUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void verifyAllInTheBackground()
    {
        // Credentials whose keys need no network (did:key, did:jwk): verifiable offline.
        const QStringList files{QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
                                QStringLiteral("ob3/di-invalid-expired.json"),
                                QStringLiteral("ob3/di-invalid-tampered-subject-name.json")};
        const QString walletPath = m_dir.filePath(QStringLiteral("runner.sqlite"));
        QStringList inputs;
        for (const QString &file : files)
            inputs << kRefvc + file;
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline).importPaths(inputs);
        QCOMPARE(report.importedCount(), 4);
        QHash<QString, qint64> idOf;
        for (const ImportItemReport &item : report.items)
            idOf.insert(item.input.mid(kRefvc.size()), item.credentialId);

        // The expired one was valid at the last check: this run must flag it.
        QHash<qint64, QString> previous;
        previous.insert(idOf.value(QStringLiteral("ob3/di-invalid-expired.json")), QStringLiteral("valid"));

        VerificationRunner runner(SatchelTest::offlineNetwork());
        QSignalSpy progress(&runner, &VerificationRunner::progress);
        QSignalSpy finished(&runner, &VerificationRunner::finished);
        QVERIFY(runner.start(walletPath, {}, previous, false));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(walletPath, {}, previous, false)); // one run at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!runner.isRunning());
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);

        const auto outcome = finished.first().at(0).value<VerificationRunner::Outcome>();
        QCOMPARE(outcome.verified, 4);
        QCOMPARE(outcome.valid, 2);
        QCOMPARE(outcome.notValid, 2);
        QCOMPARE(outcome.unknown, 0);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.newlyExpired, QList<qint64>{idOf.value(QStringLiteral("ob3/di-invalid-expired.json"))});
        QVERIFY(outcome.newlyRevoked.isEmpty());

        // Saved in the wallet, with the report the detail page shows.
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        auto tampered = (*wallet)->credential(idOf.value(QStringLiteral("ob3/di-invalid-tampered-subject-name.json")));
        QVERIFY(tampered.ok());
        QCOMPARE(tampered->summary.status, QStringLiteral("invalid"));
        QVERIFY(tampered->summary.verifiedAt.isValid());
        const QString html = VerificationHtml::render(tampered->summary.status, tampered->summary.verifiedAt,
                                                      tampered->verificationReport);
        QVERIFY(html.contains(CheckText::title(QStringLiteral("signature"))));
        QVERIFY(html.contains(QLatin1String("check fail")));

        // The expiry is said with a human date, never a raw ISO time.
        auto expired = (*wallet)->credential(idOf.value(QStringLiteral("ob3/di-invalid-expired.json")));
        QVERIFY(expired.ok());
        QString expiredMessage;
        const QJsonObject stored = QJsonDocument::fromJson(expired->verificationReport.toUtf8()).object();
        for (const QJsonValue &check : stored.value(QLatin1String("checks")).toArray())
            if (check[QLatin1String("code")].toString() == QLatin1String("expired"))
                expiredMessage = check[QLatin1String("message")].toString();
        QVERIFY2(expiredMessage.contains(QLatin1String("expired on")), qPrintable(expiredMessage));
        QVERIFY2(!expiredMessage.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))),
                 qPrintable(expiredMessage));

        // Nothing is stale any more; a never-verified row would be.
        QVERIFY(VerificationRunner::staleIds(**wallet, 24).isEmpty());
        QCOMPARE(VerificationRunner::staleIds(**wallet, 0).size(), 4);
    }

    void checkTextsPerOutcome()
    {
        const QString report = QStringLiteral(
            R"j({"checks":[{"code":"signature","outcome":"fail","message":"The signature is not valid."},)j"
            R"j({"code":"expired","outcome":"pass","message":""},)j"
            R"j({"code":"key-unresolvable","outcome":"unknown","message":"could not check (offline since 1 May 2026 10:00)"}]})j");
        const QString html = VerificationHtml::render(QStringLiteral("invalid"),
                                                      QDateTime(QDate(2026, 5, 2), QTime(10, 0), Qt::UTC), report);
        // A failure reads as one, never beside what passing would have meant.
        QVERIFY(html.contains(QLatin1String("Changed since the issuer signed it: the signature does not match.")));
        QVERIFY(!html.contains(QLatin1String("Nothing in it has changed")));
        QVERIFY(html.contains(QLatin1String("Ask the issuer for a new copy")));
        QVERIFY(html.contains(QLatin1String("Within its validity period.")));
        // "Could not check" says why (the detail) and what to do.
        QVERIFY(html.contains(QLatin1String("could not check (offline since 1 May 2026 10:00)")));
        QVERIFY(html.contains(QLatin1String("The issuer&#39;s key could not be fetched")));
        QVERIFY(html.contains(QLatin1String("Try again later with Verify now")));
        // The last-checked date is a human one.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
        QVERIFY(html.contains(QLatin1String("2026")));
    }

    void sectionEscapesAndLinks()
    {
        const QString report = QStringLiteral(
            R"j({"checks":[{"code":"signature","outcome":"fail","message":"<script>alert(1)</script>"},)j"
            R"j({"code":"revoked","outcome":"unknown","message":"could not check (offline since 2026-01-01)"}]})j");
        const QString html = VerificationHtml::render(QStringLiteral("invalid"),
                                                      QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC), report);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(html.contains(QLatin1String("href=\"satchel:verify-now\"")));
        QVERIFY(html.contains(QLatin1String("check fail")));
        QVERIFY(html.contains(QLatin1String("check unknown")));
        QVERIFY(html.contains(QLatin1String("offline since")));

        const QString never = VerificationHtml::render(QString(), QDateTime(), QString());
        QVERIFY(never.contains(VerificationHtml::tr("Satchel has not checked this credential yet.")));
        QVERIFY(!never.contains(QLatin1String("<table")));
    }
};

QTEST_MAIN(TestVerificationUi)
#include "TestVerificationUi.moc"
