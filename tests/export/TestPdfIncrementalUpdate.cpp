// PdfIncrementalUpdate (writer) and PdfAttachmentReader (reader) on a small hand-made PDF: the
// metadata and the attachment are what poppler sees (pdfinfo, pdfdetach, when installed), the
// attachment comes back byte-identical, and the reader's bounds hold (inflate cap, xref streams).
#include "OfflineNetwork.h"
#include "export/PdfIncrementalUpdate.h"
#include "formats/ArchiveWriter.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "formats/CredentialReader.h"
#include "formats/PdfAttachmentReader.h"
#include "WalletImport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Satchel;

namespace {

// A one-page PDF with a classic xref table, as Chromium writes them.
QByteArray minimalPdf(const QByteArray &extraCatalog = {})
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets;
    const QList<QByteArray> bodies { "<< /Type /Catalog /Pages 2 0 R" + extraCatalog + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" };
    for (int i = 0; i < bodies.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + bodies.at(i) + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (const qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

PdfMetadata sampleMetadata()
{
    PdfMetadata meta;
    meta.title = QStringLiteral("Data Analytics Foundations");
    meta.author = QStringLiteral("Zoë Læarner");
    meta.subject = QStringLiteral("Certificate");
    meta.keywords = QStringLiteral("Open Badges, Example University");
    meta.producer = QStringLiteral("Satchel test");
    meta.modified = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    return meta;
}

PdfAttachment sampleAttachment()
{
    PdfAttachment file;
    file.fileName = QStringLiteral("credential.json");
    file.mimeType = QStringLiteral("application/json");
    file.description = QStringLiteral("The original credential");
    // Binary-ish bytes too: the stream must not be touched by any text conversion.
    static const char kBytes[] = "{\"name\":\"caf\xC3\xA9 (test) \\\\ endstream\"}\r\n\x00\xFF";
    file.bytes = QByteArray(kBytes, sizeof(kBytes) - 1); // the embedded NUL included, not the final one
    return file;
}

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

} // namespace

class TestPdfIncrementalUpdate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAndKeepsOriginal()
    {
        const QByteArray original = minimalPdf();
        auto updated = PdfIncrementalUpdate::apply(original, sampleMetadata(), sampleAttachment());
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
        QVERIFY(updated->startsWith(original)); // incremental: the signed-off bytes are untouched
        QVERIFY(updated->endsWith("%%EOF\n"));
        QVERIFY(updated->contains("/Prev "));
    }

    void ownReaderGetsTheAttachmentBack()
    {
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), sampleAttachment());
        QVERIFY(updated.ok());
        auto files = PdfAttachmentReader::read(*updated);
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->at(0).name, QStringLiteral("credential.json"));
        QCOMPARE(files->at(0).mimeType, QStringLiteral("application/json"));
        QCOMPARE(files->at(0).bytes, sampleAttachment().bytes);

        auto none = PdfAttachmentReader::read(minimalPdf());
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    // A certificate PDF is a credential file like any other: found in folders and zips too, and a
    // PDF with no credential in it fails on its own without stopping the rest.
    void importedFromFoldersAndZips()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(folder));
        PdfAttachment json;
        json.fileName = QStringLiteral("credential.json");
        json.mimeType = QStringLiteral("application/json");
        json.bytes = fixture(QStringLiteral("ob3/di-minimal.json"));
        PdfAttachment jwt;
        jwt.fileName = QStringLiteral("credential.jwt");
        jwt.mimeType = QStringLiteral("application/jwt");
        jwt.bytes = fixture(QStringLiteral("ob3/jwt-es256-didjwk.jwt"));
        QVERIFY(!json.bytes.isEmpty() && !jwt.bytes.isEmpty());
        auto inFolder = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), json);
        auto inZip = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), jwt);
        QVERIFY(inFolder.ok() && inZip.ok());
        QVERIFY(writeFile(folder + QStringLiteral("/Certificate.PDF"), *inFolder));
        QVERIFY(writeFile(folder + QStringLiteral("/just-a-document.pdf"), minimalPdf()));
        ArchiveWriter zip;
        QVERIFY(zip.add(QStringLiteral("more/certificate.pdf"), *inZip).ok());
        const QString zipPath = dir.filePath(QStringLiteral("certificates.zip"));
        QVERIFY(writeFile(zipPath, *zip.finish()));

        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const QString walletPath = dir.filePath(QStringLiteral("w.sqlite"));
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline).importPaths({folder, zipPath});
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.importedCount(), 2);
        QSet<QByteArray> stored;
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        for (const ImportItemReport &item : report.items) {
            if (item.outcome == ImportItemReport::Imported)
                stored.insert(wallet.value()->credential(item.credentialId)->raw.bytes);
            else
                QCOMPARE(item.code, QStringLiteral("no-baked-data"));
        }
        QCOMPARE(stored, (QSet<QByteArray>{json.bytes, jwt.bytes}));
    }

    // A certificate of an SD-JWT VC carries it as credential.sd-jwt (application/dc+sd-jwt), as
    // CertificateWriter names it, and the PDF imports as that credential.
    void sdJwtVcAttachment()
    {
        QFile issued(QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/rfc9901-A.3-issued.txt"));
        QVERIFY(issued.open(QIODevice::ReadOnly));
        PdfAttachment attachment;
        attachment.fileName = QStringLiteral("credential.sd-jwt");
        attachment.mimeType = QStringLiteral("application/dc+sd-jwt");
        attachment.bytes = issued.readAll();
        auto pdf = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), attachment);
        QVERIFY(pdf.ok());
        QCOMPARE(PdfAttachmentReader::credentialAttachments(*pdf)->size(), 1);
        auto raw = CredentialReader::detect(*pdf, QStringLiteral("certificate.pdf"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::SdJwtVc);
        QCOMPARE(raw->bytes, attachment.bytes);
    }

    // Two attachments with one name would leave one of them out of the name tree: refused.
    void refusesDuplicateAttachmentNames()
    {
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), {sampleAttachment(), sampleAttachment()});
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, QStringLiteral("duplicate-attachment"));
    }

    // A transcript carries every credential it lists: importing it brings back each of them.
    void transcriptImportsEveryCredential()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QList<PdfAttachment> attachments;
        for (const QString &name : {QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
                                    QStringLiteral("ob2/signed-valid.jws")}) {
            PdfAttachment attachment;
            attachment.fileName = QStringLiteral("credential.") + name.section(u'.', -1);
            attachment.mimeType = name.endsWith(QLatin1String(".json")) ? QStringLiteral("application/json")
                                                                        : QStringLiteral("application/jwt");
            attachment.bytes = fixture(name);
            QVERIFY(!attachment.bytes.isEmpty());
            attachments << attachment;
        }
        auto transcript = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), attachments);
        QVERIFY(transcript.ok());
        QCOMPARE(PdfAttachmentReader::credentialAttachments(*transcript)->size(), 3);
        const QString path = dir.filePath(QStringLiteral("transcript.pdf"));
        QVERIFY(writeFile(path, *transcript));

        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const QString walletPath = dir.filePath(QStringLiteral("w.sqlite"));
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline).importPaths({path});
        QCOMPARE(report.importedCount(), 3);
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        QSet<QByteArray> stored;
        for (const ImportItemReport &item : report.items)
            stored.insert(wallet.value()->credential(item.credentialId)->raw.bytes);
        QCOMPARE(stored, (QSet<QByteArray>{attachments.at(0).bytes, attachments.at(1).bytes, attachments.at(2).bytes}));
    }

    void popplerSeesMetadataAndAttachment()
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdfdetach = QStandardPaths::findExecutable(QStringLiteral("pdfdetach"));
        if (pdfinfo.isEmpty() || pdfdetach.isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdfdetach) not installed");
        QTemporaryDir dir;
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), sampleAttachment());
        QVERIFY(updated.ok());
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*updated);
        file.close();

        int rc = -1;
        const QString info = QString::fromUtf8(run(pdfinfo, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path }, &rc));
        QCOMPARE(rc, 0);
        QVERIFY2(info.contains(QStringLiteral("Title:           Data Analytics Foundations")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          Zoë Læarner")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Keywords:        Open Badges, Example University")));
        QVERIFY(info.contains(QStringLiteral("Creator:         Satchel")));
        QVERIFY(info.contains(QStringLiteral("Producer:        Satchel test")));
        QVERIFY(info.contains(QStringLiteral("Pages:           1")));

        const QByteArray list = run(pdfdetach, { QStringLiteral("-list"), path }, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(list.contains("1 embedded files") && list.contains("credential.json"), list.constData());
        const QString saved = dir.filePath(QStringLiteral("out.json"));
        run(pdfdetach, { QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, path }, &rc);
        QCOMPARE(rc, 0);
        QFile back(saved);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), sampleAttachment().bytes);
    }

    void rejectsWhatItCannotUpdate_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("code");
        QTest::newRow("not a pdf") << QByteArray("hello") << QStringLiteral("pdf-malformed");
        QTest::newRow("no startxref") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n") << QStringLiteral("pdf-malformed");
        QByteArray xrefStream = minimalPdf();
        xrefStream.replace("startxref\n", "startxref\n9\n%%EOF\nstartxref\n");
        xrefStream = "%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
        QTest::newRow("xref stream") << xrefStream << QStringLiteral("pdf-unsupported");
        QTest::newRow("existing names") << minimalPdf(" /Names << >>") << QStringLiteral("pdf-unsupported");
    }

    void rejectsWhatItCannotUpdate()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, code);
        auto updated = PdfIncrementalUpdate::apply(pdf, sampleMetadata(), sampleAttachment());
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, code);
    }

    // A FlateDecode attachment inflates; one that would inflate past the cap is refused early.
    void readerInflatesWithACap_data()
    {
        QTest::addColumn<qsizetype>("plainSize");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("small") << qsizetype(5000) << true;
        QTest::newRow("bomb") << qsizetype(PdfAttachmentReader::kMaxAttachmentBytes + 4096) << false;
    }

    void readerInflatesWithACap()
    {
        QFETCH(qsizetype, plainSize);
        QFETCH(bool, accepted);
        const QByteArray plain(plainSize, 'a');
        uLongf compressedSize = compressBound(uLong(plain.size()));
        QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
        QCOMPARE(compress(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
                     reinterpret_cast<const Bytef *>(plain.constData()), uLong(plain.size())),
            Z_OK);
        compressed.resize(qsizetype(compressedSize));

        // A placeholder of the same length is written, then swapped for the compressed bytes and
        // "/Type /EmbeddedFile" for "/Filter/FlateDecode" (19 bytes each): no offset moves.
        PdfAttachment attachment = sampleAttachment();
        attachment.bytes = QByteArray(compressed.size(), 'x');
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), attachment);
        QVERIFY(updated.ok());
        QByteArray pdf = *updated;
        const qsizetype at = pdf.indexOf(QByteArray(QByteArray("stream\n") + attachment.bytes));
        QVERIFY(at > 0);
        pdf.replace(at + 7, compressed.size(), compressed);
        QVERIFY(pdf.contains("/Type /EmbeddedFile"));
        pdf.replace("/Type /EmbeddedFile", "/Filter/FlateDecode");
        QCOMPARE(pdf.size(), updated->size());

        auto files = PdfAttachmentReader::read(pdf);
        if (accepted) {
            QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
            QCOMPARE(files->value(0).bytes, plain);
        } else {
            QVERIFY(!files.ok());
            QCOMPARE(files.error().code, QStringLiteral("too-large"));
        }
    }

    // Importing a printed certificate gives the credential back, byte for byte (issue 6, step 5).
    void detectFindsTheAttachedCredential()
    {
        QFile fixture(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-minimal.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        PdfAttachment attachment = sampleAttachment();
        attachment.bytes = fixture.readAll();
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), attachment);
        QVERIFY(updated.ok());
        auto raw = CredentialReader::detect(*updated, QStringLiteral("certificate.pdf"));
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().message));
        QCOMPARE(raw->bytes, attachment.bytes);
        QCOMPARE(raw->sourceName, QStringLiteral("certificate.pdf#credential.json"));
        QVERIFY(raw->format != CredentialFormat::Unknown);

        auto none = CredentialReader::detect(minimalPdf(), QStringLiteral("plain.pdf"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("no-baked-data"));
    }

    // Hostile structures end in an answer (a file list or an error), quickly: loops in the /Prev
    // chain or the name tree, sections that claim millions of entries, brackets that never close.
    void readerBoundsHostileStructures_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        auto updated = PdfIncrementalUpdate::apply(minimalPdf(), sampleMetadata(), sampleAttachment());
        QVERIFY(updated.ok());
        const QByteArray good = *updated;
        const qsizetype lastXref = good.lastIndexOf("\nxref\n") + 1;

        QByteArray prevLoop = good; // the newest section names itself as the previous one
        const qsizetype prev = prevLoop.lastIndexOf("/Prev ");
        prevLoop.replace(prev, prevLoop.indexOf(' ', prev + 6) - prev, QByteArray("/Prev " + QByteArray::number(lastXref)));
        QTest::newRow("prev loop") << prevLoop;

        QByteArray hugeSection = good;
        hugeSection.replace(lastXref, 5, "xref\n0 99999999\n");
        QTest::newRow("huge section") << hugeSection;

        QByteArray kidsCycle = good; // the EmbeddedFiles node lists itself as its kid
        const qsizetype names = kidsCycle.lastIndexOf("<< /Names [");
        const qsizetype number = kidsCycle.lastIndexOf("\n", kidsCycle.lastIndexOf(" 0 obj", names)) + 1;
        const QByteArray self = kidsCycle.mid(number, kidsCycle.indexOf(' ', number) - number);
        kidsCycle.insert(names + 3, QByteArray("/Kids [" + self + " 0 R " + self + " 0 R] "));
        QTest::newRow("kids cycle") << kidsCycle;

        QTest::newRow("unclosed catalog") << minimalPdf(QByteArray(" /Names << /EmbeddedFiles << /Names [(a" + QByteArray(200000, '(') + ") 9 0 R"));
        QByteArray longLength = good;
        longLength.replace("/Length 44", "/Length 99999999");
        QTest::newRow("length past the end") << longLength;
        QTest::newRow("garbage after header") << QByteArray(QByteArray("%PDF-1.7\n") + QByteArray(1 << 20, '<') + QByteArray("startxref\n12\n"));
    }

    void readerBoundsHostileStructures()
    {
        QFETCH(QByteArray, pdf);
        QElapsedTimer timer;
        timer.start();
        auto files = PdfAttachmentReader::read(pdf);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        if (files.ok())
            QVERIFY(files->size() <= PdfAttachmentReader::kMaxAttachments);
        auto credential = CredentialReader::detect(pdf, QStringLiteral("hostile.pdf"));
        QVERIFY(!credential.ok() || !credential->bytes.isEmpty());
    }

    void textStringsAreUtf16Hex()
    {
        QCOMPARE(PdfIncrementalUpdate::textString(QStringLiteral("A)")), QByteArray("<FEFF00410029>"));
        QCOMPARE(PdfIncrementalUpdate::dateString(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
            QByteArray("(D:20260102030405Z)"));
    }
};

QTEST_GUILESS_MAIN(TestPdfIncrementalUpdate)
#include "TestPdfIncrementalUpdate.moc"
