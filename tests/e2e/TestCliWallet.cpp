// satchel-cli as scripts use it: import exit codes and lines, list --json shape, show, search,
// identity add/list/remove and the holder identities (add-key, rename-key, retire-key). Runs the
// built binary in a temporary wallet, offline, with no keychain (keys sealed under a passphrase).
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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

} // namespace

class TestCliWallet : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;

    Run cli(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(SATCHEL_CLI_PATH),
                      QStringList{QStringLiteral("--wallet"), m_wallet} + args);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = m_dir.filePath(QStringLiteral("cli.sqlite"));
        qputenv("SATCHEL_NO_KEYCHAIN", "1"); // inherited by satchel-cli
    }

    void importExitCodes()
    {
        const Run ok = cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json"),
                            kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")});
        QCOMPARE(ok.exitCode, 0);
        const QList<QByteArray> lines = ok.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QByteArray("imported  " + (kRefvc + QStringLiteral("ob3/di-minimal.json")).toUtf8() + "  Cloud Infrastructure Basics")));
        QVERIFY(lines.at(1).startsWith("imported  "));
        QVERIFY(lines.at(1).contains("Technical Writing"));

        const Run again = cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.startsWith("duplicate  "));

        const Run bad = cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("baked/invalid-no-badge-data.png"),
                             kRefvc + QStringLiteral("clr/clr-valid.json")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.startsWith("failed  "));
        QVERIFY(bad.out.contains("\nimported  "));

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"),
                              kRefvc + QStringLiteral("baked/invalid-no-badge-data.png")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray items = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[QStringLiteral("outcome")].toString(), QStringLiteral("failed"));
        QCOMPARE(items.at(0)[QStringLiteral("code")].toString(), QStringLiteral("no-baked-data"));

        const Run usage = cli({QStringLiteral("import")});
        QCOMPARE(usage.exitCode, 2);
    }

    void listJsonShape()
    {
        const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QVERIFY(rows.size() >= 3); // two OB 3.0 credentials and a CLR (with its nested credentials)
        QStringList names;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const char *key : {"id", "name", "issuer", "issued", "format", "status", "achievementType", "tags"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(row[QStringLiteral("id")].toInteger() > 0);
            QVERIFY(row[QStringLiteral("tags")].isArray());
            names << row[QStringLiteral("name")].toString();
        }
        QVERIFY(names.contains(QStringLiteral("Cloud Infrastructure Basics")));
        QVERIFY(names.contains(QStringLiteral("Comprehensive Learner Record — Bilal Tanaka")));

        const Run search = cli({QStringLiteral("search"), QStringLiteral("Cloud"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(search.out).array();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cloud Infrastructure Basics"));

        qint64 id = 0; // the top-level copy (a CLR's nested credentials carry parentId)
        for (const QJsonValue &row : found) {
            if (!row.toObject().contains(QStringLiteral("parentId")))
                id = row[QStringLiteral("id")].toInteger();
        }
        QVERIFY(id > 0);
        const Run show = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown[QStringLiteral("credential")][QStringLiteral("issuer")][QStringLiteral("name")].toString(),
                 QStringLiteral("Eastgate Vocational Centre"));
        QVERIFY(shown[QStringLiteral("raw")][QStringLiteral("text")].toString().contains(QLatin1String("OpenBadgeCredential")));
        const Run human = cli({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Eastgate Vocational Centre"));
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("999999")}).exitCode, 1);
    }

    void walletThatDoesNotOpen()
    {
        // One sentence naming the file (storage/WalletFile), exit status 1; the later --wallet wins.
        const Run folder = cli({QStringLiteral("--wallet"), m_dir.path(), QStringLiteral("list")});
        QCOMPARE(folder.exitCode, 1);
        QCOMPARE(folder.err, (m_dir.path() + QStringLiteral(" is not a wallet file.\n")).toUtf8());
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        if (QFile f(garbage); !f.open(QIODevice::WriteOnly) || f.write(QByteArray(4096, 'x')) != 4096)
            QFAIL("the garbage file could not be written");
        const Run notSqlite = cli({QStringLiteral("--wallet"), garbage, QStringLiteral("list")});
        QCOMPARE(notSqlite.exitCode, 1);
        const QList<QByteArray> lines = notSqlite.err.trimmed().split('\n');
        const QByteArray prefix = QStringLiteral("Could not open the wallet %1: ").arg(garbage).toUtf8();
        QVERIFY2(lines.last().startsWith(prefix) && lines.last().size() > prefix.size(), notSqlite.err.constData());
        QCOMPARE(lines.last().count(garbage.toUtf8()), 1);
    }

    void identities()
    {
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("learner@example.org")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("telephone"),
                      QStringLiteral("+15555550100")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("fax"),
                      QStringLiteral("x")}).exitCode, 2);
        Run list = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 2);
        bool sawEmail = false;
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("value")].toString() == QLatin1String("learner@example.org")) {
                QCOMPARE(row[QStringLiteral("type")].toString(), QStringLiteral("email"));
                sawEmail = true;
            }
        }
        QVERIFY(sawEmail);
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("remove"), QStringLiteral("learner@example.org")}).exitCode, 0);
        list = cli({QStringLiteral("identity"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains("learner@example.org"));
        QVERIFY(list.out.contains("+15555550100"));
    }

    // The learner's keys next to their e-mail identities: created sealed under the passphrase of
    // --passphrase-file, listed with their label, type, storage and default, renamed and retired.
    void holderIdentities()
    {
        const QString passphraseFile = m_dir.filePath(QStringLiteral("key-passphrase.txt"));
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a key passphrase\n");
        file.close();
        const QString holderWallet = m_wallet;
        m_wallet = m_dir.filePath(QStringLiteral("holder.sqlite"));
        auto restore = qScopeGuard([&] { m_wallet = holderWallet; });

        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("learner@example.org")}).exitCode, 0);
        const Run school = cli({QStringLiteral("identity"), QStringLiteral("add-key"), QStringLiteral("--label"),
                                QStringLiteral("School"), QStringLiteral("--passphrase-file"), passphraseFile});
        QCOMPARE(school.exitCode, 0);
        const QString schoolDid = QString::fromUtf8(school.out.trimmed());
        QVERIFY(schoolDid.startsWith(QLatin1String("did:key:z6Mk")));
        const Run work = cli({QStringLiteral("identity"), QStringLiteral("add-key"), QStringLiteral("--key-type"),
                              QStringLiteral("p256"), QStringLiteral("--label"), QStringLiteral("Work"),
                              QStringLiteral("--passphrase-file"), passphraseFile});
        QCOMPARE(work.exitCode, 0);
        const QString workDid = QString::fromUtf8(work.out.trimmed());
        QVERIFY(workDid.startsWith(QLatin1String("did:jwk:eyJ")));
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("add-key"), QStringLiteral("--key-type"),
                      QStringLiteral("rsa")}).exitCode, 2);

        Run list = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][QStringLiteral("type")].toString(), QStringLiteral("email"));
        QJsonObject byDid;
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("type")].toString() == QLatin1String("holder"))
                byDid.insert(row[QStringLiteral("did")].toString(), row);
        }
        QCOMPARE(byDid.size(), 2);
        const QJsonObject schoolRow = byDid.value(schoolDid).toObject();
        QCOMPARE(schoolRow[QStringLiteral("label")].toString(), QStringLiteral("School"));
        QCOMPARE(schoolRow[QStringLiteral("keyType")].toString(), QStringLiteral("ed25519"));
        QCOMPARE(schoolRow[QStringLiteral("storage")].toString(), QStringLiteral("sealed"));
        QCOMPARE(schoolRow[QStringLiteral("default")].toBool(), true);
        QVERIFY(QDateTime::fromString(schoolRow[QStringLiteral("createdAt")].toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject workRow = byDid.value(workDid).toObject();
        QCOMPARE(workRow[QStringLiteral("keyType")].toString(), QStringLiteral("p256"));
        QCOMPARE(workRow[QStringLiteral("default")].toBool(), false);

        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("rename-key"), workDid, QStringLiteral("Day job")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("rename-key"), QStringLiteral("did:key:zNone"),
                      QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("retire-key"), schoolDid}).exitCode, 0);
        list = cli({QStringLiteral("identity"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains(schoolDid.toUtf8()));
        QVERIFY(list.out.contains(workDid.toUtf8()));
        QVERIFY(list.out.contains("Day job"));
        QVERIFY(list.out.contains("learner@example.org"));
        rows = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("list")}).out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][QStringLiteral("default")].toBool(), true); // the one left took over
    }

    void help()
    {
        const Run run = cli({QStringLiteral("identity"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("identity add"));
    }

    // Every command parses its words the same way (QCommandLineParser): --help, the global options
    // after the command name, "--opt=value", and an unknown option as a usage error (exit 2).
    void sameRulesForEveryCommand()
    {
        const Run usage = cli({QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        QStringList names;
        for (const QByteArray &line : usage.out.split('\n')) {
            if (line.startsWith("  ") && line.size() > 2 && line.at(2) != ' ')
                names << QString::fromUtf8(line.mid(2).split(' ').first());
        }
        QVERIFY2(names.size() >= 14, qPrintable(names.join(u',')));
        for (const QString &name : std::as_const(names)) {
            const Run help = cli({name, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QByteArray(QByteArray("Usage: satchel-cli [--wallet PATH] [--json] ") + name.toUtf8())), help.out.constData());
            const Run unknown = cli({name, QStringLiteral("--no-such-option")});
            QCOMPARE(unknown.exitCode, 2);
            QVERIFY2(unknown.err.contains("no-such-option"), unknown.err.constData());
            QVERIFY(unknown.out.isEmpty());
        }
        // A global option after the command name, and --opt=value.
        const Run json = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isArray());
        const Run missing = cli({QStringLiteral("export"), QStringLiteral("raw"), QStringLiteral("1"), QStringLiteral("--out")});
        QCOMPARE(missing.exitCode, 2);
        // --opt=value is one word: taken as the value, so a good one passes and a bad one is named.
        const Run goodNow = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--now=2026-01-01T00:00:00Z")});
        QCOMPARE(goodNow.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(goodNow.out).array().size(), QJsonDocument::fromJson(json.out).array().size());
        QVERIFY(!QJsonDocument::fromJson(json.out).array().isEmpty());
        const Run badNow = cli({QStringLiteral("list"), QStringLiteral("--now=yesterday")});
        QCOMPARE(badNow.exitCode, 2);
        QVERIFY(badNow.err.contains("Not an ISO 8601 date and time: yesterday"));
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "TestCliWallet.moc"
