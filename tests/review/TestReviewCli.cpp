// satchel-cli review create|open as a script runs it: a packet of fixture credentials, sealed with
// a passphrase from --passphrase-file, re-verified by `review open --json` to the learner's
// statuses, with skills and credits; a wrong passphrase and bad usage fail with the right codes.
#include "CliProcess.h"
#include "ReviewTestWallet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

using Run = CliProcess::Run;

Run cli(const QStringList &args)
{
    return CliProcess::run(QStringLiteral(SATCHEL_CLI_PATH), args);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

const QString kNow = QStringLiteral("2026-06-01T12:00:00Z");

} // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;
    QString m_passphraseFile;
    QList<qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = m_dir.filePath(QStringLiteral("learner.sqlite"));
        m_passphraseFile = m_dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(writeFile(m_passphraseFile, "a long review passphrase\n"));
        auto wallet = Wallet::open(m_wallet);
        QVERIFY(wallet.ok());
        for (const QString &fixture : {QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt")}) {
            const qint64 id = ReviewTestWallet::importFixture(**wallet, fixture);
            QVERIFY(id > 0);
            m_ids.append(id);
        }
        QVERIFY((*wallet)->createCollection(QStringLiteral("For my advisor")).ok());
        const qint64 collection = (*wallet)->collections().value(0).id;
        QVERIFY((*wallet)->addToCollection(collection, m_ids.at(0)).ok());
        ReviewTestWallet::verifyOffline(**wallet, QDateTime::fromString(kNow, Qt::ISODate));
    }

    void createAndOpenSealedPacket()
    {
        const QString packet = m_dir.filePath(QStringLiteral("p.satchel-review"));
        const Run created = cli({QStringLiteral("--wallet"), m_wallet, QStringLiteral("--json"), QStringLiteral("review"),
                                 QStringLiteral("create"), QStringLiteral("--out"), packet, QString::number(m_ids.at(0)),
                                 QString::number(m_ids.at(1)), QStringLiteral("--learner"), QStringLiteral("Nadia"),
                                 QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(created.out).object();
        QCOMPARE(summary.value(QStringLiteral("credentials")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("encrypted")).toBool());

        const Run opened = cli({QStringLiteral("--now"), kNow, QStringLiteral("review"), QStringLiteral("open"), packet,
                                QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--offline"),
                                QStringLiteral("--json")});
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(opened.out).object();
        QCOMPARE(result.value(QStringLiteral("packet")).toObject().value(QStringLiteral("learner")).toString(),
                 QStringLiteral("Nadia"));
        const QJsonArray credentials = result.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 2);
        for (const QJsonValue &c : credentials) {
            QCOMPARE(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
            QCOMPARE(c.toObject().value(QStringLiteral("receiptStatus")).toString(), QStringLiteral("valid"));
            QCOMPARE(c.toObject().value(QStringLiteral("differs")).toBool(), false);
        }
        QCOMPARE(result.value(QStringLiteral("credits")).toDouble(), 6.0);
        const QJsonArray frameworks = result.value(QStringLiteral("skills")).toObject().value(QStringLiteral("frameworks")).toArray();
        QCOMPARE(frameworks.size(), 2);
    }

    void collectionAndWrongPassphrase()
    {
        const QString packet = m_dir.filePath(QStringLiteral("c.satchel-review"));
        const Run created = cli({QStringLiteral("--wallet"), m_wallet, QStringLiteral("review"), QStringLiteral("create"),
                                 QStringLiteral("--out"), packet, QStringLiteral("--collection"),
                                 QStringLiteral("For my advisor"), QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        QVERIFY(writeFile(wrong, "not it\n"));
        const Run opened = cli({QStringLiteral("review"), QStringLiteral("open"), packet, QStringLiteral("--passphrase-file"),
                                wrong, QStringLiteral("--json")});
        QCOMPARE(opened.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(opened.out).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("review-wrong-passphrase"));
        // No passphrase source while stdin is not a terminal: a usage error, never a hang.
        const Run noSource = cli({QStringLiteral("review"), QStringLiteral("open"), packet});
        QCOMPARE(noSource.exitCode, 2);
    }

    void allCredentialsAndCounts()
    {
        const QString packet = m_dir.filePath(QStringLiteral("all.satchel-review"));
        const Run created = cli({QStringLiteral("--wallet"), m_wallet, QStringLiteral("--json"), QStringLiteral("review"),
                                 QStringLiteral("create"), QStringLiteral("--out"), packet, QStringLiteral("--all")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(QJsonDocument::fromJson(created.out).object().value(QStringLiteral("credentials")).toInt(), int(m_ids.size()));
        const Run opened = cli({QStringLiteral("--now"), kNow, QStringLiteral("review"), QStringLiteral("open"), packet,
                                QStringLiteral("--offline"), QStringLiteral("--json")});
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(opened.out).object().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("valid")).toInt(), 2); // di-rich.json and jwt-es256-didjwk.jwt
        QCOMPARE(counts.value(QStringLiteral("notValid")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("notChecked")).toInt(), 0);
    }

    void badUsage()
    {
        QCOMPARE(cli({QStringLiteral("--wallet"), m_wallet, QStringLiteral("review"), QStringLiteral("create")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--wallet"), m_wallet, QStringLiteral("review"), QStringLiteral("create"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))}).exitCode, 2); // nothing chosen
        QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("open")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("review"), QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
