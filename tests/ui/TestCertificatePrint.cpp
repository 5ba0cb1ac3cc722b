// The print feature in process (issue 6): the preview dialog renders a certificate with QtWebEngine
// offscreen; the PDF it would save is read back with QtPdf (text, metadata, page size), its QR code
// is decoded with zbarimg, its attachment re-imports byte-identical through the normal importer,
// and the batch export writes one PDF per credential and can be cancelled.
#include "OfflineNetwork.h"
#include "export/CertificateOptionsStore.h"
#include "export/CertificateWriter.h"
#include "formats/PdfAttachmentReader.h"
#include "i18n/LocaleText.h"
#include "importer/ImportService.h"
#include "print/CertificateBatchDialog.h"
#include "print/CertificateBatchExporter.h"
#include "print/CertificateOptionsForm.h"
#include "print/CertificatePreviewDialog.h"
#include "print/CertificateRenderer.h"
#include "print/PdfPagePrinter.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPdfDocument>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
constexpr int kRenderTimeoutMs = 90000;

// A QPdfDocument over bytes held in memory for as long as the document lives.
struct LoadedPdf {
    QBuffer buffer;
    QPdfDocument document;
    explicit LoadedPdf(const QByteArray &bytes)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
    }
    ~LoadedPdf() { document.close(); }
};

// What the application keeps between prints (AppSettings, with QSettings), kept in memory.
struct RememberedOptions : CertificateOptionsStore {
    CertificateOptions options;
    int writes = 0;
    CertificateOptions rememberedCertificateOptions() const override { return options; }
    void rememberCertificateOptions(const CertificateOptions &chosen) override
    {
        options = chosen;
        ++writes;
    }
};

// SATCHEL_PRINT_LOOK_DIR=/some/dir keeps a screenshot of the dialogs and the transcript there, to look at.
void keepForALook(const QString &fileName, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("SATCHEL_PRINT_LOOK_DIR");
    QFile file(dir + QLatin1Char('/') + fileName);
    if (!dir.isEmpty() && file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

void keepForALook(const QString &fileName, QWidget &widget)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    widget.grab().save(&buffer, "PNG");
    keepForALook(fileName, png);
}

// The text of every page: pdftotext when installed (QtPdf 6.4's getAllText() returned only the
// first line of some pages here), else QtPdf.
QString pdfText(const QByteArray &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-") });
        process.write(pdf);
        process.closeWriteChannel();
        if (process.waitForFinished(30000) && process.exitCode() == 0)
            return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    }
    LoadedPdf loaded(pdf);
    QString text;
    for (int page = 0; page < loaded.document.pageCount(); ++page)
        text += loaded.document.getAllText(page).text() + QLatin1Char(' ');
    return text.simplified();
}

} // namespace

class TestCertificatePrint : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    QList<qint64> m_ids; // di-rich, di-minimal, the OB 2.0 JWS

    QByteArray previewPdf(CertificatePreviewDialog &dialog)
    {
        QSignalSpy ready(&dialog, &CertificatePreviewDialog::previewReady);
        QSignalSpy failed(&dialog, &CertificatePreviewDialog::previewFailed);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kRenderTimeoutMs))
            return {};
        return dialog.pdf();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString walletPath = m_dir.filePath(QStringLiteral("print.sqlite"));
        ImportOptions options;
        options.network = SatchelTest::offlineNetwork();
        SatchelTest::WalletImport importer(walletPath, options);
        for (const QString &file : { QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/di-minimal.json"),
                 QStringLiteral("ob2/signed-valid.jws") }) {
            const ImportReport report = importer.importPaths({ kRefvc + file });
            QVERIFY(!report.items.isEmpty());
            QVERIFY2(report.items.first().credentialId > 0, qPrintable(file));
            m_ids << report.items.first().credentialId;
        }
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        m_wallet = std::move(*wallet);
        QVERIFY(m_wallet->setSetting(QStringLiteral("learner.name"), QStringLiteral("Alex Example")).ok());
    }

    void previewHoldsTheCredentialsText()
    {
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(0));
        const QByteArray pdf = previewPdf(dialog);
        QVERIFY(pdf.startsWith("%PDF-"));
        dialog.show();
        QTest::qWait(200); // QPdfView renders its page asynchronously
        keepForALook(QStringLiteral("preview-dialog.png"), dialog);
        LoadedPdf loaded(pdf);
        QCOMPARE(loaded.document.status(), QPdfDocument::Status::Ready);
        QCOMPARE(loaded.document.pageCount(), 1);
        const QString text = pdfText(pdf);
        auto stored = m_wallet->credential(m_ids.at(0));
        QVERIFY(stored.ok());
        const QString issued = LocaleText::day(stored->summary.issued); // in the language's own format
        for (const QString &expected : { QStringLiteral("Nadia Nakamura"), QStringLiteral("Technical Writing"),
                 QStringLiteral("Eastgate Vocational Centre"), issued })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));

        QVERIFY(loaded.document.metaData(QPdfDocument::MetaDataField::Title).toString().startsWith(
            QStringLiteral("Technical Writing")));
        QCOMPARE(loaded.document.metaData(QPdfDocument::MetaDataField::Author).toString(), QStringLiteral("Nadia Nakamura"));
        QCOMPARE(loaded.document.metaData(QPdfDocument::MetaDataField::Creator).toString(), QStringLiteral("Satchel"));
        QVERIFY(loaded.document.metaData(QPdfDocument::MetaDataField::Subject).toString().contains(
            QStringLiteral("Eastgate Vocational Centre")));
        QVERIFY(loaded.document.metaData(QPdfDocument::MetaDataField::Keywords).toString().contains(
            QStringLiteral("Open Badges")));
    }

    // A credential that names no learner gets the learner's own name (wallet setting learner.name).
    void learnerNameFromSettings()
    {
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(1));
        const QString text = pdfText(previewPdf(dialog));
        QVERIFY2(text.contains(QStringLiteral("Alex Example")), qPrintable(text));
    }

    void choicesAreRemembered()
    {
        RememberedOptions remembered;
        remembered.options.design = CertificateOptions::Design::Compact;
        remembered.options.landscape = true;
        CertificateOptionsForm form(m_wallet.get(), &remembered);
        QCOMPARE(form.options().design, CertificateOptions::Design::Compact); // the last choice shows
        QVERIFY(form.options().landscape);
        QCOMPARE(remembered.writes, 0); // showing it is not a choice
        CertificateOptions letter = form.options();
        letter.paper = CertificateOptions::Paper::Letter;
        form.setOptions(letter);
        QCOMPARE(remembered.options.paper, CertificateOptions::Paper::Letter);
        QCOMPARE(remembered.options.design, CertificateOptions::Design::Compact);

        // Without a store: the defaults, and nothing kept.
        CertificateOptionsForm plain(m_wallet.get(), nullptr);
        QCOMPARE(plain.options().design, CertificateOptions().design);
        QCOMPARE(plain.options().landscape, CertificateOptions().landscape);
    }

    void optionsChangeThePage()
    {
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(0));
        QVERIFY(!previewPdf(dialog).isEmpty());
        CertificateOptions options = dialog.optionsForm()->options();
        options.paper = CertificateOptions::Paper::Letter;
        options.landscape = true;
        options.design = CertificateOptions::Design::Modern;
        QSignalSpy ready(&dialog, &CertificatePreviewDialog::previewReady);
        dialog.optionsForm()->setOptions(options); // three changes, coalesced into re-renders
        QVERIFY(QTest::qWaitFor([&] {
            if (ready.isEmpty())
                return false;
            LoadedPdf loaded(dialog.pdf());
            const QSizeF size = loaded.document.pagePointSize(0);
            return qAbs(size.width() - 792) < 1.5 && qAbs(size.height() - 612) < 1.5;
        }, kRenderTimeoutMs));
    }

    void qrCodeDecodesToTheLink()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed: the QR code cannot be decoded");
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(0));
        const QByteArray pdf = previewPdf(dialog);
        LoadedPdf loaded(pdf);
        const QSizeF points = loaded.document.pagePointSize(0);
        const QImage page = loaded.document.render(0, (points * 200 / 72).toSize()); // 200 dpi
        const QString png = m_dir.filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(png));
        QProcess process;
        process.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), png });
        QVERIFY(process.waitForFinished(30000));
        const QString decoded = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        auto job = CertificateWriter::prepare(*m_wallet, m_ids.at(0), dialog.optionsForm()->options());
        QVERIFY(job.ok());
        QVERIFY(!job->qrText.isEmpty());
        QCOMPARE(decoded, job->qrText);
    }

    // What Print does after the system dialog: QtPdf renders each page onto the printer. A PDF
    // printer stands in for a real one.
    void printsOntoAPrinter()
    {
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(0));
        LoadedPdf loaded(previewPdf(dialog));
        QCOMPARE(loaded.document.pageCount(), 1);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        printer.setPageLayout(CertificateRenderer::pageLayout(CertificateOptions::Paper::A4, false));
        const Status status = PdfPagePrinter::print(loaded.document, printer);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QFile file(printed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        LoadedPdf paper(file.readAll());
        QCOMPARE(paper.document.pageCount(), 1);
        // The page is an image of the certificate: mostly the classic design's cream, not blank.
        const QImage image = paper.document.render(0, QSize(210, 297));
        QVERIFY(image.pixelColor(105, 148) != QColor(Qt::white) || image.pixelColor(20, 20) != QColor(Qt::white));

        QPdfDocument empty;
        QVERIFY(!PdfPagePrinter::print(empty, printer).ok());
    }

    void savedCertificateReimportsByteIdentical()
    {
        CertificatePreviewDialog dialog(m_wallet.get(), m_ids.at(2));
        QVERIFY(!previewPdf(dialog).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("saved.pdf"));
        QVERIFY(dialog.saveTo(path));
        ImportOptions options;
        options.network = SatchelTest::offlineNetwork();
        const QString otherWallet = m_dir.filePath(QStringLiteral("other.sqlite"));
        const ImportReport report = SatchelTest::WalletImport(otherWallet, options).importPaths({ path });
        QCOMPARE(report.items.size(), 1);
        QVERIFY(report.items.first().credentialId > 0);
        auto other = Wallet::open(otherWallet);
        QVERIFY(other.ok());
        auto copy = (*other)->credential(report.items.first().credentialId);
        auto original = m_wallet->credential(m_ids.at(2));
        QVERIFY(copy.ok() && original.ok());
        QCOMPARE(copy->raw.bytes, original->raw.bytes);
    }

    void batchWritesOnePdfPerCredential()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        CertificateBatchDialog dialog(m_wallet.get(), m_ids + QList<qint64> { 999999 });
        dialog.setFolder(folder);
        dialog.show();
        QSignalSpy finished(dialog.exporter(), &CertificateBatchExporter::finished);
        QSignalSpy progressed(dialog.exporter(), &CertificateBatchExporter::progressed);
        dialog.startExport();
        QVERIFY(finished.wait(kRenderTimeoutMs * 3) || !finished.isEmpty());
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.exporter()->writtenFiles().size(), m_ids.size());
        QCOMPARE(dialog.exporter()->failures().size(), 1); // the id that is not in the wallet
        QCOMPARE(progressed.last().at(0).toInt(), int(m_ids.size()) + 1);
        keepForALook(QStringLiteral("batch-dialog.png"), dialog);
        for (const QString &file : dialog.exporter()->writtenFiles()) {
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY2(PdfAttachmentReader::credentialAttachment(pdf.readAll()).ok(), qPrintable(file));
        }
    }

    void transcriptListsAndCarriesEveryCredential()
    {
        CertificateBatchExporter exporter(m_wallet.get());
        QSignalSpy finished(&exporter, &CertificateBatchExporter::finished);
        QVERIFY(exporter.start(m_ids, CertificateOptions {}, m_dir.filePath(QStringLiteral("transcript")),
            CertificateBatchExporter::Output::Transcript, QStringLiteral("Print test pathway")));
        QVERIFY(finished.wait(kRenderTimeoutMs) || !finished.isEmpty());
        QVERIFY2(exporter.failures().isEmpty(), qPrintable(exporter.failures().join(u'\n')));
        QCOMPARE(exporter.writtenFiles().size(), 1);
        QFile file(exporter.writtenFiles().first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        keepForALook(QStringLiteral("transcript.pdf"), pdf);
        const QString text = pdfText(pdf);
        for (const QString &expected : { QStringLiteral("Print test pathway"), QStringLiteral("Technical Writing"),
                 QStringLiteral("Cloud Infrastructure Basics"), QStringLiteral("Alex Example") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));
        auto files = PdfAttachmentReader::read(pdf);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), m_ids.size());
        for (const qint64 id : m_ids) {
            auto stored = m_wallet->credential(id);
            QVERIFY(stored.ok());
            QVERIFY(std::any_of(files->cbegin(), files->cend(),
                [&](const PdfEmbeddedFile &attached) { return attached.bytes == stored->raw.bytes; }));
        }
    }

    void batchCanBeCancelled()
    {
        CertificateBatchExporter exporter(m_wallet.get());
        QSignalSpy finished(&exporter, &CertificateBatchExporter::finished);
        QVERIFY(exporter.start(m_ids, CertificateOptions {}, m_dir.filePath(QStringLiteral("cancelled"))));
        QVERIFY(!exporter.start(m_ids, CertificateOptions {}, m_dir.path())); // one batch at a time
        exporter.cancel();
        QVERIFY(finished.wait(kRenderTimeoutMs) || !finished.isEmpty());
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(exporter.writtenFiles().size() < m_ids.size());
    }
};

QTEST_MAIN(TestCertificatePrint)
#include "TestCertificatePrint.moc"
