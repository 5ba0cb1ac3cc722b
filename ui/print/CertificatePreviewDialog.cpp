#include "print/CertificatePreviewDialog.h"
#include "ui_CertificatePreviewDialog.h"

#include "common/WindowFit.h"
#include "export/CertificateWriter.h"
#include "io/AtomicFile.h"
#include "print/CertificateOptionsForm.h"
#include "print/CertificateRenderer.h"
#include "print/PdfPagePrinter.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace Satchel {

CertificatePreviewDialog::CertificatePreviewDialog(Wallet *wallet, qint64 credentialId,
                                                   CertificateOptionsStore *remembered, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_credentialId(credentialId)
    , m_ui(std::make_unique<Ui::CertificatePreviewDialog>())
{
    // The options first, so that Tab goes through them before the preview (the focus chain follows
    // creation).
    m_form = new CertificateOptionsForm(wallet, remembered, this);
    m_renderer = new CertificateRenderer(this);
    m_document = new QPdfDocument(this);
    m_ui->setupUi(this);
    m_ui->side->insertWidget(0, m_form);
    m_ui->view->setDocument(m_document);

    m_save = m_ui->buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_print = m_ui->buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CertificatePreviewDialog::chooseFileAndSave);
    connect(m_print, &QPushButton::clicked, this, &CertificatePreviewDialog::printWithDialog);
    WindowFit::resizeToFit(this, QSize(900, 700)); // 700 px and a title bar overflow a 768-px laptop

    connect(m_form, &CertificateOptionsForm::optionsChanged, this, &CertificatePreviewDialog::refresh);
    connect(m_renderer, &CertificateRenderer::rendered, this, &CertificatePreviewDialog::onRendered);
    connect(m_renderer, &CertificateRenderer::renderFailed, this,
        [this](const QString &, const QString &message) { onRenderFailed(message); });
    refresh();
}

CertificatePreviewDialog::~CertificatePreviewDialog()
{
    m_ui->view->setDocument(nullptr);
    m_document->close(); // before m_buffer, which it reads from, goes
}

void CertificatePreviewDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy && !m_pdf.isEmpty());
    m_print->setEnabled(!busy && !m_pdf.isEmpty());
    if (busy)
        m_ui->status->setText(tr("Preparing the certificate…"));
}

void CertificatePreviewDialog::refresh()
{
    // One rendering at a time; a change made meanwhile is rendered when the current one ends.
    if (m_renderer->isBusy()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    const CertificateOptions options = m_form->options();
    auto job = CertificateWriter::prepare(*m_wallet, m_credentialId, options);
    if (!job) {
        onRenderFailed(job.error().message);
        return;
    }
    m_job = *job;
    setBusy(true);
    m_renderer->render(
        m_job.html, CertificateRenderer::pageLayout(options.paper, options.landscape, m_job.marginMillimetres));
}

void CertificatePreviewDialog::onRendered(const QByteArray &rendered)
{
    if (m_refreshPending) {
        refresh();
        return;
    }
    auto finished = CertificateWriter::finish(m_job, rendered);
    if (!finished) {
        onRenderFailed(finished.error().message);
        return;
    }
    m_pdf = *finished;
    m_document->close();
    m_buffer.close();
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    setBusy(false);
    m_ui->status->setText(m_job.learnerName.isEmpty()
            ? tr("The credential does not name you: type your name under Your name to print it on the certificate.")
            : QString());
    Q_EMIT previewReady();
}

void CertificatePreviewDialog::onRenderFailed(const QString &message)
{
    if (m_refreshPending) {
        refresh();
        return;
    }
    m_pdf.clear();
    m_document->close();
    setBusy(false);
    m_ui->status->setText(tr("The certificate could not be made: %1").arg(message));
    Q_EMIT previewFailed(message);
}

bool CertificatePreviewDialog::saveTo(const QString &path)
{
    if (m_pdf.isEmpty())
        return false;
    const Status written = AtomicFile::write(path, m_pdf);
    if (!written)
        m_ui->status->setText(written.error().message);
    return bool(written);
}

void CertificatePreviewDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save certificate"), folder + QLatin1Char('/') + m_job.fileName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (saveTo(path))
        m_ui->status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void CertificatePreviewDialog::printWithDialog()
{
    const CertificateOptions options = m_form->options();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(CertificateRenderer::pageLayout(options.paper, options.landscape));
    printer.setDocName(m_job.metadata.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed = PdfPagePrinter::print(*m_document, printer);
    if (!printed)
        QMessageBox::warning(this, tr("Print certificate"), printed.error().message);
}

} // namespace Satchel
