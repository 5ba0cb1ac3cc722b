// satchel-cli pathways, end to end: a fresh wallet with the demo credentials, the two demo pathways,
// a CLR's associations from the wallet, and a rejected definition.
#include <QDir>
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
    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(SATCHEL_CLI),
                QStringList{QStringLiteral("--wallet"), wallet(), QStringLiteral("--offline"),
                            QStringLiteral("--now"), QStringLiteral("2026-11-28T00:00:00Z")} + args);
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

    void usageAndMissing()
    {
        QCOMPARE(cli({QStringLiteral("pathways")}).code, 2);
        QCOMPARE(cli({QStringLiteral("pathways"), QStringLiteral("show")}).code, 2);
        QCOMPARE(cli({QStringLiteral("pathways"), QStringLiteral("show"), QStringLiteral("urn:none")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestPathwaysCli)
#include "TestPathwaysCli.moc"
