// A bulk import killed with SIGKILL at random moments must always leave a wallet that passes
// SQLite's integrity check, in which every committed credential lists, reads back byte for byte
// and parses, and into which the same import then finishes. 20 kills here (CI); set
// SATCHEL_CRASH_ITERATIONS=200 to run the longer check by hand. The random delays come from a
// seed printed at the start, so a failure can be replayed with SATCHEL_CRASH_SEED.
#include "formats/CredentialReader.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Satchel;

namespace {

constexpr int kCredentials = 150; // per kill: each import has new work to do when it is killed

// kCredentials distinct OB 3.0 credentials (each its own id and subject name), written as files
// into dir; batch keeps the ids of different batches apart.
QHash<QString, QByteArray> writeCredentials(const QString &dir, int batch)
{
    QFile templateFile(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-rich.json"));
    if (!templateFile.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject base = QJsonDocument::fromJson(templateFile.readAll()).object();
    QHash<QString, QByteArray> byId;
    for (int i = 0; i < kCredentials; ++i) {
        QJsonObject credential = base;
        const QString id = QStringLiteral("urn:uuid:7b2c0000-%1-4000-8000-%2")
                               .arg(batch, 4, 10, QLatin1Char('0'))
                               .arg(i, 12, 10, QLatin1Char('0'));
        credential.insert(QStringLiteral("id"), id);
        QJsonObject subject = credential.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("name"), QStringLiteral("Crash Learner %1-%2").arg(batch).arg(i));
        credential.insert(QStringLiteral("credentialSubject"), subject);
        const QByteArray bytes = QJsonDocument(credential).toJson(QJsonDocument::Compact);
        QFile out(QStringLiteral("%1/credential-%2.json").arg(dir).arg(i, 4, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        byId.insert(id, bytes);
    }
    return byId;
}

QString integrityCheck(const QString &walletPath)
{
    const QString connection = QStringLiteral("crash-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(walletPath);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            result = query.value(0).toString();
        else
            result = QStringLiteral("integrity_check failed to run");
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

class TestCrashConsistency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedImportsLeaveAConsistentWallet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString walletPath = dir.filePath(QStringLiteral("wallet.sqlite"));
        const int iterations = qEnvironmentVariableIsSet("SATCHEL_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("SATCHEL_CRASH_ITERATIONS") : 20;
        const quint32 seed = qEnvironmentVariableIsSet("SATCHEL_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SATCHEL_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u, %d kills", seed, iterations);
        QRandomGenerator random(seed);

        // One folder of new credentials per kill; every file is known by its credential id.
        QHash<QString, QByteArray> written;
        QStringList batches;
        for (int i = 0; i < iterations; ++i) {
            const QString batch = dir.filePath(QStringLiteral("batch-%1").arg(i));
            QVERIFY(QDir().mkpath(batch));
            const QHash<QString, QByteArray> files = writeCredentials(batch, i);
            QCOMPARE(files.size(), kCredentials);
            written.insert(files);
            batches << batch;
        }

        // How long one whole batch takes to import here bounds the random kill moments.
        qint64 batchImportMs = 0;
        {
            QTemporaryDir probe;
            QElapsedTimer timer;
            timer.start();
            QVERIFY(runImport(probe.filePath(QStringLiteral("w.sqlite")), {batches.constFirst()}) == 0);
            batchImportMs = timer.elapsed();
        }

        qint64 lastCount = 0;
        int killedMidway = 0;
        for (int i = 0; i < iterations; ++i) {
            QProcess cli;
            cli.start(QStringLiteral(SATCHEL_CLI_PATH),
                      {QStringLiteral("--wallet"), walletPath, QStringLiteral("import"), batches.at(i)});
            QVERIFY(cli.waitForStarted());
            QThread::msleep(random.bounded(quint32(qMax<qint64>(20, batchImportMs))));
            if (cli.state() == QProcess::Running) {
                cli.kill(); // SIGKILL: no cleanup, no destructors, the WAL as it is
                ++killedMidway;
            }
            QVERIFY(cli.waitForFinished(60000));

            QCOMPARE(integrityCheck(walletPath), QStringLiteral("ok"));
            auto wallet = Wallet::open(walletPath);
            if (!wallet)
                QFAIL(qPrintable(wallet.error().message));
            const auto rows = wallet.value()->list();
            QVERIFY(rows);
            // Imports only add: what was committed before a kill is still there.
            QVERIFY(rows.value().size() >= lastCount);
            lastCount = rows.value().size();
            for (const CredentialSummary &summary : rows.value()) {
                const auto stored = wallet.value()->credential(summary.id);
                QVERIFY(stored);
                const QByteArray expected = written.value(summary.credentialId);
                QVERIFY2(!expected.isEmpty(), qPrintable(summary.credentialId));
                QCOMPARE(stored.value().raw.bytes, expected);
                QVERIFY(CredentialReader::parse(stored.value().raw));
            }
            // And the command line lists the same rows.
            QProcess list;
            list.start(QStringLiteral(SATCHEL_CLI_PATH), {QStringLiteral("--wallet"), walletPath, QStringLiteral("--json"), QStringLiteral("list")});
            QVERIFY(list.waitForFinished(60000));
            QCOMPARE(list.exitCode(), 0);
            QCOMPARE(QJsonDocument::fromJson(list.readAllStandardOutput()).array().size(), int(lastCount));
        }
        qInfo("%d of %d imports killed midway; %lld of %d credentials committed before the re-import",
              killedMidway, iterations, lastCount, iterations * kCredentials);
        QVERIFY(killedMidway > 0);

        // The same imports, left to finish, complete the wallet.
        QCOMPARE(runImport(walletPath, batches), 0);
        QCOMPARE(integrityCheck(walletPath), QStringLiteral("ok"));
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet);
        QCOMPARE(wallet.value()->list().value().size(), qsizetype(iterations * kCredentials));
    }

private:
    static int runImport(const QString &walletPath, const QStringList &inputs)
    {
        QProcess cli;
        cli.start(QStringLiteral(SATCHEL_CLI_PATH), QStringList{QStringLiteral("--wallet"), walletPath, QStringLiteral("import")} + inputs);
        if (!cli.waitForFinished(600000))
            return -1;
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "TestCrashConsistency.moc"
