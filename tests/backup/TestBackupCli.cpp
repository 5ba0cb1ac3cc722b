// satchel-cli backup create|restore as a script runs it: the passphrase from --passphrase-file,
// restore into an empty and into an existing wallet with counts, a wrong passphrase (exit 1,
// wallet unchanged), no passphrase source when stdin is not a terminal and bad usage (exit 2).
#include "BackupTestWallet.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &wallet, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SATCHEL_CLI_PATH), QStringList{QStringLiteral("--wallet"), wallet} + args);
    process.closeWriteChannel(); // stdin is a pipe at end of file, never a terminal
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBackupCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_backup;
    QString m_passphrase;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        {
            auto w = Wallet::open(m_source);
            QVERIFY(w.ok());
            const qint64 a = BackupTestWallet::storeSpec(**w, QStringLiteral("urn:uuid:a"), QStringLiteral("Badge A"));
            QVERIFY(BackupTestWallet::storeSpec(**w, QStringLiteral("urn:uuid:b"), QStringLiteral("Badge B")));
            QVERIFY((*w)->addTag(a, QStringLiteral("work")).ok());
            QVERIFY((*w)->addIdentity(QStringLiteral("email"), QStringLiteral("learner@example.org")).ok());
        }
        m_backup = m_dir.filePath(QStringLiteral("out.satchel-backup"));
        m_passphrase = m_dir.filePath(QStringLiteral("pass.txt"));
        QVERIFY(writeFile(m_passphrase, "a long passphrase with spaces\n"));
    }

    void createAndRestore()
    {
        const Run created = cli(m_source, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"),
                                           m_backup, QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(QFile::exists(m_backup));
        QVERIFY(created.out.contains(m_backup.toUtf8()));

        const QString target = m_dir.filePath(QStringLiteral("restored.sqlite"));
        const Run restored = cli(target, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"),
                                          m_backup, QStringLiteral("--passphrase-file"), m_passphrase});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(restored.out).object();
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 0);
        const auto before = BackupTestWallet::dump(m_source);
        const auto after = BackupTestWallet::dump(target);
        for (const QString &table : {QStringLiteral("credentials"), QStringLiteral("credential_data"),
                                     QStringLiteral("tags"), QStringLiteral("credential_tags"),
                                     QStringLiteral("identities")})
            QCOMPARE(after.value(table), before.value(table));

        // Into the same wallet again: everything is a duplicate (plain-text report).
        const Run again = cli(target, {QStringLiteral("backup"), QStringLiteral("restore"), m_backup,
                                       QStringLiteral("--passphrase-file"), m_passphrase});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("0 credential"), again.out.constData());
        QVERIFY2(again.out.contains("\n2 duplicate"), again.out.constData());
    }

    // A CLR (nested rows with parent ids) imported by the CLI comes back row for row.
    void clrRoundTrip()
    {
        const QString source = m_dir.filePath(QStringLiteral("clr.sqlite"));
        const Run imported = cli(source, {QStringLiteral("import"), QStringLiteral("--offline"),
                                          QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/clr/clr-valid.json"),
                                          QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-minimal.json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString backup = m_dir.filePath(QStringLiteral("clr.satchel-backup"));
        QCOMPARE(cli(source, {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"), backup,
                              QStringLiteral("--passphrase-file"), m_passphrase})
                     .exitCode,
                 0);
        const QString target = m_dir.filePath(QStringLiteral("clr-restored.sqlite"));
        QCOMPARE(cli(target, {QStringLiteral("backup"), QStringLiteral("restore"), backup,
                              QStringLiteral("--passphrase-file"), m_passphrase})
                     .exitCode,
                 0);
        const auto before = BackupTestWallet::dump(source);
        const auto after = BackupTestWallet::dump(target);
        QVERIFY(before.value(QStringLiteral("credentials")).count('\n') >= 3);
        for (const QString &table : BackupTestWallet::tables())
            QCOMPARE(after.value(table), before.value(table));
    }

    void wrongPassphraseChangesNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto w = Wallet::open(target);
            QVERIFY(w.ok());
            QVERIFY(BackupTestWallet::storeSpec(**w, QStringLiteral("urn:uuid:z"), QStringLiteral("Badge Z")));
        }
        const QByteArray before = BackupTestWallet::hash(target);
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        QVERIFY(writeFile(wrong, "not the passphrase"));
        const Run run = cli(target, {QStringLiteral("backup"), QStringLiteral("restore"), m_backup,
                                     QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("wrong passphrase or damaged file"), run.err.constData());
        QCOMPARE(BackupTestWallet::hash(target), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no-terminal") << QStringList{QStringLiteral("backup"), QStringLiteral("create"),
                                                    QStringLiteral("--out"), QStringLiteral("x.satchel-backup")}
                                     << 2;
        QTest::newRow("no-out") << QStringList{QStringLiteral("backup"), QStringLiteral("create")} << 2;
        QTest::newRow("no-file") << QStringList{QStringLiteral("backup"), QStringLiteral("restore")} << 2;
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("backup"), QStringLiteral("restore"),
                                                       QStringLiteral("f"), QStringLiteral("--passphrase"),
                                                       QStringLiteral("secret")}
                                        << 2;
        QTest::newRow("unknown-action") << QStringList{QStringLiteral("backup"), QStringLiteral("list")} << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("backup"), QStringLiteral("--help")} << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = cli(m_source, args);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY(run.out.contains("--passphrase-file"));
        else
            QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
