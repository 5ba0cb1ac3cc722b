// satchel-cli export certificate end to end: refvc credentials imported offline into a temporary
// wallet, printed in every design through satchel-print-helper (QtWebEngine, offscreen), then read
// back: the text and the page size (pdfinfo/pdftotext when installed), the metadata, and the
// attached credential, which must equal the stored bytes (`export raw`).
#include "formats/PdfAttachmentReader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

Run runProgram(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCertificateCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wallet;
    QHash<QString, qint64> m_ids;
    // Kept for a look with pdftoppm: SATCHEL_CERTIFICATE_OUT=/some/dir keeps the PDFs there.
    QString m_outDir;

    Run cli(const QStringList &args)
    {
        return runProgram(QStringLiteral(SATCHEL_CLI_PATH), QStringList { QStringLiteral("--wallet"), m_wallet } + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_wallet = m_dir.filePath(QStringLiteral("print.sqlite"));
        m_outDir = qEnvironmentVariable("SATCHEL_CERTIFICATE_OUT", m_dir.path());
        for (const QString &file : { QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/di-minimal.json"),
                 QStringLiteral("ob2/signed-valid.jws") }) {
            const Run run = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + file });
            QVERIFY2(run.exitCode == 0, run.err.constData());
            m_ids.insert(file, QJsonDocument::fromJson(run.out).array().at(0)[QStringLiteral("id")].toInteger());
            QVERIFY(m_ids.value(file) > 0);
        }
    }

    void certificate_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("design");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<QString>("pageSize");     // as pdfinfo prints it
        QTest::addColumn<QString>("attachment");
        QTest::addColumn<QStringList>("texts");
        const QStringList rich { QStringLiteral("Technical Writing"), QStringLiteral("Eastgate Vocational Centre"),
            QStringLiteral("Nadia Nakamura") };
        QTest::newRow("classic a4 portrait") << "ob3/di-rich.json" << "classic" << "a4" << false
                                             << "595.92 x 841.92" << "credential.json" << rich;
        QTest::newRow("classic letter landscape") << "ob3/di-rich.json" << "classic" << "letter" << true
                                                  << "792 x 612" << "credential.json" << rich;
        QTest::newRow("modern a4 landscape") << "ob3/di-rich.json" << "modern" << "a4" << true
                                             << "841.92 x 595.92" << "credential.json" << rich;
        QTest::newRow("modern letter portrait") << "ob3/di-minimal.json" << "modern" << "letter" << false
                                                << "612 x 792" << "credential.json"
                                                << QStringList { QStringLiteral("Cloud Infrastructure Basics"),
                                                       QStringLiteral("Eastgate Vocational Centre") };
        QTest::newRow("compact a4 portrait") << "ob2/signed-valid.jws" << "compact" << "a4" << false
                                             << "595.92 x 841.92" << "credential.jwt" << QStringList();
        QTest::newRow("compact letter landscape") << "ob3/di-rich.json" << "compact" << "letter" << true
                                                  << "792 x 612" << "credential.json" << rich;
    }

    void certificate()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, design);
        QFETCH(QString, paper);
        QFETCH(bool, landscape);
        QFETCH(QString, pageSize);
        QFETCH(QString, attachment);
        QFETCH(QStringList, texts);
        const QString id = QString::number(m_ids.value(fixture));
        const QString out = m_outDir + QStringLiteral("/%1-%2-%3.pdf")
                                           .arg(design, paper, landscape ? QStringLiteral("landscape")
                                                                         : QStringLiteral("portrait"));
        QStringList args { QStringLiteral("export"), QStringLiteral("certificate"), id, QStringLiteral("--out"), out,
            QStringLiteral("--template"), design, QStringLiteral("--paper"), paper, QStringLiteral("--name"),
            QStringLiteral("Alex Example") };
        if (landscape)
            args << QStringLiteral("--landscape");
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QByteArray pdf = readFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        const Run raw = cli({ QStringLiteral("export"), QStringLiteral("raw"), id, QStringLiteral("--out"), QStringLiteral("-") });
        QCOMPARE(raw.exitCode, 0);
        auto files = PdfAttachmentReader::read(pdf);
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->at(0).name, attachment);
        QCOMPARE(files->at(0).bytes, raw.out);

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfdetach = QStandardPaths::findExecutable(QStringLiteral("pdfdetach"));
        if (pdfinfo.isEmpty() || pdftotext.isEmpty() || pdfdetach.isEmpty())
            QSKIP("poppler-utils not installed: PDF checked with Satchel's own reader only");
        const QString info = QString::fromUtf8(runProgram(pdfinfo, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out }).out);
        QVERIFY2(info.contains(QStringLiteral("Pages:           1\n")), qPrintable(info));
        // Chromium rounds page sizes to whole device pixels (A4 is 594.96 x 841.92 pt): 1 pt of slack.
        static const QRegularExpression s_size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
        const auto size = s_size.match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        const QStringList expected = pageSize.split(QStringLiteral(" x "));
        QVERIFY2(qAbs(size.captured(1).toDouble() - expected.at(0).toDouble()) < 1.0, qPrintable(info));
        QVERIFY2(qAbs(size.captured(2).toDouble() - expected.at(1).toDouble()) < 1.0, qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Creator:         Satchel\n")));
        const QString text = QString::fromUtf8(runProgram(pdftotext, { out, QStringLiteral("-") }).out)
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        for (const QString &expected : texts)
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));
        if (!texts.isEmpty()) {
            QVERIFY2(info.contains(QStringLiteral("Title:           ") + texts.at(0)), qPrintable(info));
        }
        const QString saved = m_dir.filePath(QStringLiteral("detached"));
        QFile::remove(saved);
        QCOMPARE(runProgram(pdfdetach, { QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, out }).exitCode, 0);
        QCOMPARE(readFile(saved), raw.out);
    }

    // A name in any script prints: a credential like the reference corpus's di-i18n one, its names
    // in Latin, Greek, Cyrillic, CJK, Hangul and emoji. Every character is covered by an installed
    // font (fontconfig), the PDF embeds every font it uses, and its text reads back whole.
    void nameInAnyScript_data()
    {
        QTest::addColumn<QString>("design");
        // di-i18n has no image: the classic design used to print its content on a second page then.
        for (const char *design : { "classic", "modern", "compact" })
            QTest::newRow(design) << QString::fromLatin1(design);
    }

    void nameInAnyScript()
    {
        QFETCH(QString, design);
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString fcList = QStandardPaths::findExecutable(QStringLiteral("fc-list"));
        if (pdffonts.isEmpty() || pdftotext.isEmpty() || fcList.isEmpty())
            QSKIP("poppler-utils or fontconfig not installed");
        const QString achievement = QStringLiteral("Médiation culturelle & patrimoine 🏛️ — 文化仲介と遺産 / 문화 매개와 유산");
        const QString learner = QStringLiteral("Ελένη Παπαδοπούλου / Жанна Иванова / 김민준 / ليلى حداد");
        for (const char32_t c : QString(achievement + learner).toUcs4()) {
            if (c == U' ' || c == 0xFE0F) // the space, and the selector asking for the emoji style
                continue;
            const Run covered = runProgram(fcList, { QStringLiteral(":charset=%1").arg(quint32(c), 0, 16), QStringLiteral("family") });
            QVERIFY2(!covered.out.trimmed().isEmpty(),
                qPrintable(QStringLiteral("no installed font covers U+%1").arg(quint32(c), 4, 16, QLatin1Char('0'))));
        }
        QFile fixture(kRefvc + QStringLiteral("ob3/di-i18n.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QJsonObject vc = QJsonDocument::fromJson(fixture.readAll()).object();
        QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
        QJsonObject achieved = subject.value(QStringLiteral("achievement")).toObject();
        achieved.insert(QStringLiteral("name"), achievement);
        subject.insert(QStringLiteral("achievement"), achieved);
        subject.insert(QStringLiteral("name"), learner);
        vc.insert(QStringLiteral("credentialSubject"), subject);
        vc.insert(QStringLiteral("name"), achievement);
        vc.insert(QStringLiteral("id"), QString(QStringLiteral("urn:uuid:any-script-") + design));
        const QString input = m_dir.filePath(QStringLiteral("any-script-%1.json").arg(design));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(vc).toJson());
        file.close();
        const Run imported = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), input });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString id = QString::number(QJsonDocument::fromJson(imported.out).array().at(0)[QStringLiteral("id")].toInteger());
        const QString out = m_outDir + QStringLiteral("/any-script-%1.pdf").arg(design);
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("certificate"), id, QStringLiteral("--out"), out,
            QStringLiteral("--template"), design });
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (!pdfinfo.isEmpty()) {
            const QString info = QString::fromUtf8(runProgram(pdfinfo, { out }).out);
            QVERIFY2(info.contains(QStringLiteral("Pages:           1\n")), qPrintable(info));
        }
        const QString fonts = QString::fromUtf8(runProgram(pdffonts, { out }).out);
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // after the header
        // DejaVu for Latin, Greek and Cyrillic, and more for CJK, Hangul and the emoji (Chromium
        // embeds OpenType CFF collections and colour bitmaps as Type 3 fonts).
        QVERIFY2(rows.size() >= 3, qPrintable(fonts));
        for (const QString &row : rows) {
            // name type encoding emb sub uni object ID: "emb" is the fifth column from the end.
            const QStringList columns = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                qPrintable(QStringLiteral("not embedded: ") + row));
        }
        const auto plain = [](QString text) {
            return text.remove(QChar(0xFE0F)).normalized(QString::NormalizationForm_KC).simplified();
        };
        // Each character is in the text layer (pdftotext orders runs of different fonts by position,
        // so a name that wraps across scripts does not read back as one string).
        const QString text = plain(QString::fromUtf8(runProgram(pdftotext, { out, QStringLiteral("-") }).out));
        for (const char32_t c : plain(achievement + learner).toUcs4()) {
            QVERIFY2(text.contains(QString::fromUcs4(&c, 1)),
                qPrintable(QStringLiteral("U+%1 missing from: ").arg(quint32(c), 4, 16, QLatin1Char('0')) + text));
        }
    }

    // A printed certificate imports as the credential it carries (CredentialReader::detect on %PDF).
    void printedCertificateReimports()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("ob3/di-rich.json")));
        const QString out = m_dir.filePath(QStringLiteral("reimport.pdf"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("certificate"), id, QStringLiteral("--out"), out }).exitCode, 0);
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        const Run imported = runProgram(QStringLiteral(SATCHEL_CLI_PATH),
            { QStringLiteral("--wallet"), second, QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), out });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const qint64 newId = QJsonDocument::fromJson(imported.out).array().at(0)[QStringLiteral("id")].toInteger();
        QVERIFY(newId > 0);
        const Run original = cli({ QStringLiteral("export"), QStringLiteral("raw"), id, QStringLiteral("--out"), QStringLiteral("-") });
        const Run copy = runProgram(QStringLiteral(SATCHEL_CLI_PATH), { QStringLiteral("--wallet"), second, QStringLiteral("export"),
            QStringLiteral("raw"), QString::number(newId), QStringLiteral("--out"), QStringLiteral("-") });
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(copy.out, original.out);
    }

    void usageErrors()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("ob3/di-minimal.json")));
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("certificate"), id }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("certificate"), id, QStringLiteral("--out"), out,
                     QStringLiteral("--template"), QStringLiteral("baroque") })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("certificate"), id, QStringLiteral("--out"), out,
                     QStringLiteral("--paper"), QStringLiteral("a3") })
                     .exitCode,
            2);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCertificateCli)
#include "TestCertificateCli.moc"
