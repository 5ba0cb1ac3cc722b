// satchel-cli tag and collection as scripts use them: what each writes to the wallet (read back
// through list --json, search and the list subcommands), the --json shapes, and the exit codes
// (0 done, 1 not found or refused, 2 usage). Runs the built binary in a temporary wallet, offline.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

} // namespace

class TestCliOrganize : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;
    qint64 m_cloud = 0;
    qint64 m_writing = 0;

    Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(SATCHEL_CLI_PATH), QStringList{QStringLiteral("--wallet"), m_wallet} + args);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QJsonValue json(const QStringList &args)
    {
        const Run run = cli(QStringList{QStringLiteral("--json")} + args);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = m_dir.filePath(QStringLiteral("organize.sqlite"));
        const Run imported = cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json"),
                                  kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")});
        QCOMPARE(imported.exitCode, 0);
        for (const QJsonValue &row : json({QStringLiteral("list")}).toArray()) {
            const QString name = row[QStringLiteral("name")].toString();
            if (name == QLatin1String("Cloud Infrastructure Basics"))
                m_cloud = row[QStringLiteral("id")].toInteger();
            else if (name == QLatin1String("Technical Writing"))
                m_writing = row[QStringLiteral("id")].toInteger();
        }
        QVERIFY(m_cloud > 0 && m_writing > 0);
    }

    void tags()
    {
        const QString cloud = QString::number(m_cloud);
        const QJsonObject added = json({QStringLiteral("tag"), QStringLiteral("add"), cloud, QStringLiteral("job applications"),
                                        QStringLiteral("  cloud  ")}).toObject();
        QCOMPARE(added[QStringLiteral("id")].toInteger(), m_cloud);
        QCOMPARE(strings(added[QStringLiteral("tags")].toArray()),
                 (QStringList{QStringLiteral("cloud"), QStringLiteral("job applications")}));
        // The tags are the wallet's: list --json and search see them.
        for (const QJsonValue &row : json({QStringLiteral("list")}).toArray()) {
            if (row[QStringLiteral("id")].toInteger() == m_cloud)
                QCOMPARE(strings(row[QStringLiteral("tags")].toArray()),
                         (QStringList{QStringLiteral("cloud"), QStringLiteral("job applications")}));
        }
        const QJsonArray found = json({QStringLiteral("search"), QStringLiteral("applications")}).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0)[QStringLiteral("id")].toInteger(), m_cloud);

        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QString::number(m_writing), QStringLiteral("--"),
                      QStringLiteral("-draft-")}).exitCode, 0);
        QCOMPARE(strings(json({QStringLiteral("tag"), QStringLiteral("list")}).toArray()),
                 (QStringList{QStringLiteral("-draft-"), QStringLiteral("cloud"), QStringLiteral("job applications")}));
        const Run plain = cli({QStringLiteral("tag"), QStringLiteral("list"), QString::number(m_writing)});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out, QByteArray("-draft-\n"));

        // Removing one it has and one it has not: the first goes, the command says what failed.
        const Run removed = cli({QStringLiteral("tag"), QStringLiteral("remove"), cloud, QStringLiteral("cloud"),
                                 QStringLiteral("never-added")});
        QCOMPARE(removed.exitCode, 1);
        QVERIFY(removed.err.contains("never-added"));
        QCOMPARE(strings(json({QStringLiteral("tag"), QStringLiteral("list"), cloud}).toArray()),
                 QStringList{QStringLiteral("job applications")});

        // Usage errors change nothing.
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), cloud}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("abc"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), cloud, QString(101, QLatin1Char('x'))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), cloud, QStringLiteral("   ")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), cloud, QStringLiteral("--colour")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("rename")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("999999"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(strings(json({QStringLiteral("tag"), QStringLiteral("list"), cloud}).toArray()),
                 QStringList{QStringLiteral("job applications")});
    }

    void collections()
    {
        const QString cloud = QString::number(m_cloud);
        const QString writing = QString::number(m_writing);
        // The first add makes the collection; the second finds it, ignoring case.
        QJsonObject added = json({QStringLiteral("collection"), QStringLiteral("add"), cloud, QStringLiteral("Job applications")})
                                .toObject();
        QCOMPARE(strings(added[QStringLiteral("collections")].toArray()), QStringList{QStringLiteral("Job applications")});
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("add"), writing, QStringLiteral("job APPLICATIONS")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("add"), writing, QStringLiteral("Portfolio")}).exitCode, 0);

        QJsonArray all = json({QStringLiteral("collection"), QStringLiteral("list")}).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Job applications"));
        QCOMPARE(all.at(0)[QStringLiteral("count")].toInt(), 2);
        QCOMPARE(all.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Portfolio"));
        QCOMPARE(all.at(1)[QStringLiteral("count")].toInt(), 1);
        const QJsonArray ofCloud = json({QStringLiteral("collection"), QStringLiteral("list"), cloud}).toArray();
        QCOMPARE(ofCloud.size(), 1);
        QCOMPARE(ofCloud.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Job applications"));

        const Run plain = cli({QStringLiteral("collection"), QStringLiteral("list")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("Job applications (2 credential")); // "credentials" once the plural is in satchel_en.ts

        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("remove"), writing, QStringLiteral("Job applications")}).exitCode, 0);
        all = json({QStringLiteral("collection"), QStringLiteral("list")}).toArray();
        QCOMPARE(all.at(0)[QStringLiteral("count")].toInt(), 1);

        // Not in it, no such collection, no such credential: 1, and nothing changes.
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("remove"), writing, QStringLiteral("Job applications")}).exitCode, 1);
        const Run missing = cli({QStringLiteral("collection"), QStringLiteral("remove"), cloud, QStringLiteral("Holidays")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("Holidays"));
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("999999"), QStringLiteral("Holidays")}).exitCode, 1);
        QCOMPARE(json({QStringLiteral("collection"), QStringLiteral("list")}).toArray().size(), 2);

        // One name only (quoted when it has spaces).
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("add"), cloud, QStringLiteral("Job"), QStringLiteral("applications")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("collection"), QStringLiteral("list"), cloud, QStringLiteral("x")}).exitCode, 2);
    }

    void help()
    {
        for (const char *command : {"tag", "collection"}) {
            const Run run = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(QByteArray(QByteArray(command) + " add ID")));
            QVERIFY(run.out.contains("Exit status"));
        }
        const Run usage = cli({QStringLiteral("--help")});
        QVERIFY(usage.out.contains("tag add|remove ID TAG..."));
        QVERIFY(usage.out.contains("collection add|remove ID NAME"));
    }
};

QTEST_GUILESS_MAIN(TestCliOrganize)
#include "TestCliOrganize.moc"
