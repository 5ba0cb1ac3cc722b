// satchel-cli export end to end: the built binary on a temporary wallet with credentials imported
// from the shared refvc fixtures (offline). Raw exports are the stored bytes, baked exports re-import
// to the same bytes in a second wallet, links/page/qr/certificate behave as documented.
#include "formats/BakedImageReader.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;
    QHash<QString, qint64> m_ids; // fixture file -> wallet id

    Run cli(const QStringList &args, const QString &wallet = {})
    {
        QProcess process;
        process.start(QStringLiteral(SATCHEL_CLI_PATH),
            QStringList { QStringLiteral("--wallet"), wallet.isEmpty() ? m_wallet : wallet } + args);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = path(QStringLiteral("export.sqlite"));
        const QStringList files { QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
            QStringLiteral("ob2/signed-valid.jws"), QStringLiteral("baked/ob3-json.png"),
            QStringLiteral("baked/ob2-signed.svg") };
        for (const QString &file : files) {
            const Run run = cli(
                { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + file });
            QCOMPARE(run.exitCode, 0);
            const QJsonArray items = QJsonDocument::fromJson(run.out).array();
            QCOMPARE(items.size(), 1);
            const qint64 id = items.at(0)[QStringLiteral("id")].toInteger();
            QVERIFY2(id > 0, run.out.constData());
            m_ids.insert(file, id);
        }
    }

    void raw_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ob3 json") << "ob3/di-minimal.json";
        QTest::newRow("ob3 jwt") << "ob3/jwt-es256-didjwk.jwt";
        QTest::newRow("ob2 jws") << "ob2/signed-valid.jws";
    }
    void raw()
    {
        QFETCH(QString, file);
        const QString out = path(QFileInfo(file).fileName() + QStringLiteral(".raw"));
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("raw"), QString::number(m_ids.value(file)),
            QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 0);
        // The file exactly as it was imported.
        QCOMPARE(readFile(out), readFile(kRefvc + file));
        const Run show = cli({ QStringLiteral("show"), QString::number(m_ids.value(file)), QStringLiteral("--json") });
        QCOMPARE(readFile(out),
            QJsonDocument::fromJson(show.out)[QStringLiteral("raw")][QStringLiteral("text")].toString().toUtf8());

        const Run stdoutRun = cli({ QStringLiteral("export"), QStringLiteral("raw"), QString::number(m_ids.value(file)),
            QStringLiteral("--out"), QStringLiteral("-") });
        QCOMPARE(stdoutRun.exitCode, 0);
        QCOMPARE(stdoutRun.out, readFile(out));
    }

    void bakedReimports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("ob3 json png") << "ob3/di-minimal.json"
                                      << "png"
                                      << "openbadgecredential";
        QTest::newRow("ob3 jwt svg") << "ob3/jwt-es256-didjwk.jwt"
                                     << "svg"
                                     << "openbadges:credential";
        QTest::newRow("ob2 jws png") << "ob2/signed-valid.jws"
                                     << "png"
                                     << "openbadges";
        QTest::newRow("ob2 jws svg") << "ob2/signed-valid.jws"
                                     << "svg"
                                     << "openbadges:assertion";
        QTest::newRow("baked png again") << "baked/ob3-json.png"
                                         << "png"
                                         << "openbadgecredential";
        QTest::newRow("baked svg again") << "baked/ob2-signed.svg"
                                         << "svg"
                                         << "openbadges:assertion";
    }
    void bakedReimports()
    {
        QFETCH(QString, file);
        QFETCH(QString, extension);
        QFETCH(QString, keyword);
        const QString id = QString::number(m_ids.value(file));
        const QString rawOut = path(QStringLiteral("baked-source-%1.raw").arg(id));
        QCOMPARE(
            cli({ QStringLiteral("export"), QStringLiteral("raw"), id, QStringLiteral("--out"), rawOut }).exitCode, 0);
        const QByteArray rawBytes = readFile(rawOut);

        const QString out = path(QStringLiteral("baked-%1.%2").arg(id, extension));
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("baked"), id, QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 0);
        const QByteArray baked = readFile(out);
        auto payload = extension == QLatin1String("png") ? BakedImageReader::extractPng(baked)
                                                         : BakedImageReader::extractSvg(baked);
        QVERIFY(payload.ok());
        QCOMPARE(payload->keyword, keyword);
        QCOMPARE(payload->text, rawBytes.trimmed()); // the credential, without the file's final newline

        // Import the exported file into a fresh wallet: the same bytes come out again.
        const QString second = path(QStringLiteral("second-%1-%2.sqlite").arg(id, extension));
        const Run imported
            = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), out }, second);
        QCOMPARE(imported.exitCode, 0);
        const qint64 newId = QJsonDocument::fromJson(imported.out).array().at(0)[QStringLiteral("id")].toInteger();
        const QString again = path(QStringLiteral("again-%1-%2.raw").arg(id, extension));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("raw"), QString::number(newId), QStringLiteral("--out"),
                         again },
                     second)
                     .exitCode,
            0);
        QCOMPARE(readFile(again), rawBytes.trimmed());
    }

    void linksJson()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("ob3/di-minimal.json")));
        Run run = cli({ QStringLiteral("export"), QStringLiteral("links"), id, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("target")][QStringLiteral("kind")].toString(), QStringLiteral("none"));
        QCOMPARE(root[QStringLiteral("links")][QStringLiteral("linkedin-profile")][QStringLiteral("url")].toString(),
            QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                           "&name=Cloud%20Infrastructure%20Basics&organizationName=Eastgate%20Vocational%20Centre"
                           "&issueYear=2024&issueMonth=11&certId=urn%3Auuid%3Ae0381a4b-c11f-492e-8e28-a3128207406c"));
        QVERIFY(!root[QStringLiteral("links")][QStringLiteral("facebook")][QStringLiteral("available")].toBool());
        QStringList codes;
        for (const QJsonValue &w : root[QStringLiteral("warnings")].toArray())
            codes << w[QStringLiteral("code")].toString();
        QCOMPARE(codes, (QStringList { QStringLiteral("unverified"), QStringLiteral("no-link") }));

        // Settings given once with --save-settings are remembered by the wallet.
        run = cli({ QStringLiteral("export"), QStringLiteral("links"), id, QStringLiteral("--json"),
            QStringLiteral("--page-base"), QStringLiteral("https://me.example.org/badges/"),
            QStringLiteral("--mastodon"), QStringLiteral("mastodon.social"), QStringLiteral("--linkedin-org"),
            QStringLiteral("4242"), QStringLiteral("--save-settings") });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("export"), QStringLiteral("links"), id, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("target")][QStringLiteral("kind")].toString(), QStringLiteral("self-hosted-page"));
        const QString target = root[QStringLiteral("target")][QStringLiteral("url")].toString();
        QVERIFY(target.startsWith(QLatin1String("https://me.example.org/badges/cloud-infrastructure-basics-")));
        const QJsonObject values = root[QStringLiteral("linkedin")][QStringLiteral("values")].toObject();
        QCOMPARE(values[QStringLiteral("organizationId")].toString(), QStringLiteral("4242"));
        QVERIFY(!values.contains(QStringLiteral("organizationName")));
        QCOMPARE(values[QStringLiteral("certUrl")].toString(), target);
        QVERIFY(root[QStringLiteral("links")][QStringLiteral("mastodon")][QStringLiteral("url")].toString().startsWith(
            QLatin1String("https://mastodon.social/share?text=I%20earned%20")));

        // The page written for it has the file name the link points at.
        const QString pageName = target.section(u'/', -1);
        const Run page
            = cli({ QStringLiteral("export"), QStringLiteral("page"), id, QStringLiteral("--out"), path(pageName) });
        QCOMPARE(page.exitCode, 0);
        const QByteArray html = readFile(path(pageName));
        QVERIFY(html.contains("<h1>Cloud Infrastructure Basics</h1>"));
        QVERIFY(html.contains("Eastgate Vocational Centre"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(html.contains("Content-Security-Policy"));

        const Run human = cli({ QStringLiteral("export"), QStringLiteral("links"), id });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("LinkedIn"));
    }

    void qrCode()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("ob3/jwt-es256-didjwk.jwt")));
        const QString png = path(QStringLiteral("qr.png"));
        Run run = cli({ QStringLiteral("export"), QStringLiteral("qr"), id, QStringLiteral("--out"), png,
            QStringLiteral("--scale"), QStringLiteral("4") });
        QCOMPARE(run.exitCode, 0);
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % 4, 0);
        QCOMPARE((image.width() / 4 - 8 - 17) % 4, 0); // a whole QR version inside a 4-module quiet zone

        const QString svg = path(QStringLiteral("qr.svg"));
        run = cli({ QStringLiteral("export"), QStringLiteral("qr"), id, QStringLiteral("--out"), svg });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readFile(svg).contains("<svg"));

        // The QR holds the share link: decode it with an independent reader when one is installed.
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (!zbarimg.isEmpty()) {
            const QString linked = path(QStringLiteral("qr-linked.png"));
            const QStringList options { QStringLiteral("--verifier"),
                QStringLiteral("https://verifierplus.org/?url={url}"), QStringLiteral("--page-base"),
                QStringLiteral("https://me.example.org/b/") };
            const Run qr = cli(
                QStringList { QStringLiteral("export"), QStringLiteral("qr"), id, QStringLiteral("--out"), linked }
                + options);
            QCOMPARE(qr.exitCode, 0);
            const Run links
                = cli(QStringList { QStringLiteral("export"), QStringLiteral("links"), id, QStringLiteral("--json") }
                    + options);
            const QString target
                = QJsonDocument::fromJson(links.out)[QStringLiteral("target")][QStringLiteral("url")].toString();
            QVERIFY(
                target.startsWith(QLatin1String("https://verifierplus.org/?url=https%3A%2F%2Fme.example.org%2Fb%2F")));
            QProcess zbar;
            zbar.start(zbarimg, { QStringLiteral("-q"), QStringLiteral("--raw"), linked });
            QVERIFY(zbar.waitForFinished(30000));
            QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), target);
        }

        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("qr"), id, QStringLiteral("--out"),
                         path(QStringLiteral("qr.gif")) })
                     .exitCode,
            2);
    }

    void errorsAndHelp()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("ob3/di-minimal.json")));
        const Run certificate = cli({ QStringLiteral("export"), QStringLiteral("certificate"), id });
        QCOMPARE(certificate.exitCode, 2); // no --out (certificates themselves: TestCertificateCli)
        QVERIFY(certificate.err.contains("--out"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("links") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("raw"), id }).exitCode, 2); // no --out
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("bogus"), id }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("links"), QStringLiteral("999999") }).exitCode, 1);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("baked"), id, QStringLiteral("--out"),
                         path(QStringLiteral("x.jpg")) })
                     .exitCode,
            2);
        const Run help = cli({ QStringLiteral("export"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *word :
            { "export links", "export page", "export raw", "export baked", "export qr", "--verifier" })
            QVERIFY2(help.out.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
