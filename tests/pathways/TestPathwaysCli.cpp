// satchel-cli pathways, end to end: a fresh wallet with the demo credentials, the two demo pathways,
// a CLR's associations from the wallet, a rejected definition, and imports from a URL (a loopback
// server on a free port).
#include "LoopbackHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPathwaysCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString wallet() const { return m_dir.filePath(QStringLiteral("wallet.sqlite")); }

    struct Run {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, bool offline = true) const
    {
        QProcess p;
        QStringList common{QStringLiteral("--wallet"), wallet(), QStringLiteral("--now"), QStringLiteral("2026-11-28T00:00:00Z")};
        if (offline)
            common << QStringLiteral("--offline");
        p.start(QStringLiteral(SATCHEL_CLI), common + args);
        if (!p.waitForFinished(120000))
            qFatal("satchel-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QStringList files;
        const QDir demo(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials"));
        for (const QString &f : demo.entryList(QDir::Files, QDir::Name))
            files << demo.filePath(f);
        QVERIFY(!files.isEmpty());
        const Run imported = cli(QStringList{QStringLiteral("import")} + files);
        QVERIFY2(imported.code == 0, imported.err.constData());
    }

    void importListShow()
    {
        const Run imported = cli({QStringLiteral("pathways"), QStringLiteral("import"), QStringLiteral("--json"),
                                  QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-data-analytics-certificate.json"),
                                  QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json")});
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).array().size(), 2);

        const Run list = cli({QStringLiteral("pathways"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            byId.insert(v[QLatin1String("id")].toString(), v.toObject());
        const QJsonObject certificate = byId.value(QStringLiteral("https://northbrook.example.edu/pathways/data-analytics-certificate"));
        QCOMPARE(certificate.value(QLatin1String("percent")).toDouble(), 50.0);
        QCOMPARE(certificate.value(QLatin1String("satisfied")).toBool(), false);
        QCOMPARE(certificate.value(QLatin1String("missing")).toArray().size(), 1);
        QCOMPARE(certificate.value(QLatin1String("missing")).toArray().at(0)[QLatin1String("id")].toString(), QStringLiteral("da290"));
        const QJsonObject credits = byId.value(QStringLiteral("urn:satchel:demo:pathway:workforce-technology-credits"));
        QCOMPARE(credits.value(QLatin1String("percent")).toDouble(), 83.3);
        QCOMPARE(credits.value(QLatin1String("next")).toArray().at(0)[QLatin1String("id")].toString(), QStringLiteral("cld-f"));

        const Run show = cli({QStringLiteral("pathways"), QStringLiteral("show"), QStringLiteral("--json"),
                              QStringLiteral("urn:satchel:demo:pathway:workforce-technology-credits")});
        QCOMPARE(show.code, 0);
        const QJsonObject tree = QJsonDocument::fromJson(show.out).object().value(QLatin1String("requirements")).toObject();
        QCOMPARE(tree.value(QLatin1String("kind")).toString(), QStringLiteral("atLeastCredits"));
        QCOMPARE(tree.value(QLatin1String("creditsEarned")).toDouble(), 10.0);
        QCOMPARE(tree.value(QLatin1String("children")).toArray().size(), 10);
    }

    void importRejectsCycle()
    {
        const Run run = cli({QStringLiteral("pathways"), QStringLiteral("import"), QStringLiteral("--json"),
                             QStringLiteral(SATCHEL_TEST_DATA_DIR "/pathways/cycle.json")});
        QCOMPARE(run.code, 1);
        const QJsonObject entry = QJsonDocument::fromJson(run.out).array().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(entry.value(QLatin1String("error"))[QLatin1String("code")].toString(), QStringLiteral("pathway-cycle"));
    }

    void importFromUrl()
    {
        QFile file(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray body = file.readAll();
        // Another id, so the import is seen as new and not as the file imported above.
        body.replace("urn:satchel:demo:pathway:workforce-technology-credits", "urn:test:pathway:from-url");
        Satchel::Test::LoopbackHttpServer server;
        QVERIFY(server.start(0));
        server.setRoute(QStringLiteral("/pathway.json"), 200, "application/json", body);
        server.setRoute(QStringLiteral("/not-a-pathway.json"), 200, "application/json", "{\"hello\": 1}");
        server.setRoute(QStringLiteral("/huge.json"), 200, "application/json", QByteArray(17 * 1024 * 1024, ' '));

        const QString url = server.url(QStringLiteral("/pathway.json")).toString();
        const Run imported = cli({QStringLiteral("pathways"), QStringLiteral("import"), QStringLiteral("--json"), url}, false);
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QJsonObject entry = QJsonDocument::fromJson(imported.out).array().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(entry.value(QLatin1String("id")).toString(), QStringLiteral("urn:test:pathway:from-url"));
        QCOMPARE(server.requestCount(), 1);
        const Run show = cli({QStringLiteral("pathways"), QStringLiteral("show"), QStringLiteral("--json"),
                              QStringLiteral("urn:test:pathway:from-url")});
        QCOMPARE(show.code, 0);

        // Errors: not a pathway, over the size bound, 404, offline (no request), a file: URL is a file path.
        auto errorCode = [&](const QString &path, bool offline) {
            const Run run = cli({QStringLiteral("pathways"), QStringLiteral("import"), QStringLiteral("--json"),
                                 server.url(path).toString()}, offline);
            if (run.code != 1)
                return QStringLiteral("exit %1").arg(run.code);
            return QJsonDocument::fromJson(run.out).array().at(0)[QLatin1String("error")][QLatin1String("code")].toString();
        };
        QCOMPARE(errorCode(QStringLiteral("/not-a-pathway.json"), false), QStringLiteral("not-a-pathway"));
        QCOMPARE(errorCode(QStringLiteral("/huge.json"), false), QStringLiteral("too-large"));
        QCOMPARE(errorCode(QStringLiteral("/missing.json"), false), QStringLiteral("not-found"));
        const int before = server.requestCount();
        QCOMPARE(errorCode(QStringLiteral("/pathway.json"), true), QStringLiteral("offline"));
        QCOMPARE(server.requestCount(), before);
    }

    void usageAndMissing()
    {
        QCOMPARE(cli({QStringLiteral("pathways")}).code, 2);
        QCOMPARE(cli({QStringLiteral("pathways"), QStringLiteral("show")}).code, 2);
        QCOMPARE(cli({QStringLiteral("pathways"), QStringLiteral("show"), QStringLiteral("urn:none")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestPathwaysCli)
#include "TestPathwaysCli.moc"
