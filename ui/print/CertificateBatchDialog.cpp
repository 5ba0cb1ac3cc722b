#include "print/CertificateBatchDialog.h"
#include "ui_CertificateBatchDialog.h"

#include "print/CertificateBatchExporter.h"
#include "print/CertificateOptionsForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>

namespace Satchel {

CertificateBatchDialog::CertificateBatchDialog(Wallet *wallet, QList<qint64> credentialIds,
                                               CertificateOptionsStore *remembered, QWidget *parent)
    : QDialog(parent)
    , m_ids(std::move(credentialIds))
    , m_exporter(new CertificateBatchExporter(wallet, this))
    , m_ui(std::make_unique<Ui::CertificateBatchDialog>())
{
    // The options first, so that Tab goes through them before the buttons (the focus chain follows
    // creation).
    m_form = new CertificateOptionsForm(wallet, remembered, this);
    m_folder = new QLineEdit(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this); // a row holding a layout gets no buddy by itself
    folderLabel->setBuddy(m_folder);
    m_form->formLayout()->addRow(folderLabel, folderRow);
    m_output = new QComboBox(this);
    m_output->addItem(tr("One PDF per credential"), int(CertificateBatchExporter::Output::OnePerCredential));
    m_output->addItem(tr("One transcript of them all"), int(CertificateBatchExporter::Output::Transcript));
    m_form->formLayout()->insertRow(0, tr("&Make:"), m_output);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Data Analytics pathway"));
    m_title->setMinimumWidth(m_title->fontMetrics().horizontalAdvance(m_title->placeholderText()) + 20); // not cut
    m_form->formLayout()->insertRow(1, tr("Transcript &title:"), m_title);

    m_ui->setupUi(this);
    m_ui->layout->insertWidget(0, m_form);
    m_ui->progress->setRange(0, int(m_ids.size()));
    updateDescription();
    m_export = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);

    connect(browse, &QToolButton::clicked, this, &CertificateBatchDialog::chooseFolder);
    connect(m_output, &QComboBox::currentIndexChanged, this, &CertificateBatchDialog::updateDescription);
    connect(m_export, &QPushButton::clicked, this, &CertificateBatchDialog::startExport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CertificateBatchDialog::reject);
    connect(m_exporter, &CertificateBatchExporter::progressed, this, &CertificateBatchDialog::onProgressed);
    connect(m_exporter, &CertificateBatchExporter::finished, this, &CertificateBatchDialog::onFinished);
}

CertificateBatchDialog::~CertificateBatchDialog() = default;

void CertificateBatchDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void CertificateBatchDialog::setTranscript(bool transcript, const QString &title)
{
    m_output->setCurrentIndex(transcript ? 1 : 0);
    m_title->setText(title);
}

void CertificateBatchDialog::updateDescription()
{
    const bool transcript = m_output->currentIndex() == 1;
    m_title->setEnabled(transcript);
    const int count = int(m_ids.size());
    m_ui->status->setText(transcript
            ? tr("One transcript listing %n credential(s), each attached to the PDF.", nullptr, count)
            : tr("%n certificate(s) will be written, one PDF file per credential.", nullptr, count));
}

void CertificateBatchDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export certificates to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void CertificateBatchDialog::startExport()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_ui->status->setText(tr("Choose a folder that can be written to."));
        return;
    }
    const auto output = CertificateBatchExporter::Output(m_output->currentData().toInt());
    if (!m_exporter->start(m_ids, m_form->options(), folder, output, m_title->text().trimmed()))
        return;
    m_ui->progress->setRange(0, output == CertificateBatchExporter::Output::Transcript ? 0 : int(m_ids.size()));
    m_form->setEnabled(false);
    m_export->setEnabled(false);
    m_ui->status->setText(tr("Exporting…"));
}

void CertificateBatchDialog::reject()
{
    // Cancel during an export stops it after the file in hand; the dialog then says what was written.
    if (m_exporter->isRunning()) {
        m_exporter->cancel();
        m_ui->status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void CertificateBatchDialog::onProgressed(int done, int total)
{
    m_ui->progress->setMaximum(total);
    m_ui->progress->setValue(done);
}

void CertificateBatchDialog::onFinished(bool cancelled)
{
    const int written = int(m_exporter->writtenFiles().size());
    QString summary = cancelled ? tr("Cancelled after %n file(s).", nullptr, written)
                                : tr("%n PDF file(s) written to %1.", nullptr, written)
                                      .arg(QDir::toNativeSeparators(m_folder->text()));
    const QStringList failures = m_exporter->failures();
    if (!failures.isEmpty())
        summary += QLatin1Char('\n') + tr("%n could not be written:", nullptr, int(failures.size())) + QLatin1Char('\n')
            + failures.join(QLatin1Char('\n'));
    m_ui->status->setText(summary);
    m_ui->buttons->clear();
    m_ui->buttons->addButton(QDialogButtonBox::Close);
}

} // namespace Satchel
