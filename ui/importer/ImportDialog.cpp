#include "importer/ImportDialog.h"
#include "ui_ImportDialog.h"

#include "common/ProgressStrip.h"
#include "importer/ImportService.h"
#include "verify/PresentationVerifier.h"
#include "common/ClearButtonName.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Satchel {

namespace {
constexpr int kProgressIntervalMs = 50; // at most 20 progress updates a second reach the UI
} // namespace

ImportDialog::ImportDialog(const QString &walletPath, QWidget *parent)
    : QDialog(parent)
    , m_walletPath(walletPath)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    resize(760, 480);
    ClearButtonName::apply(m_ui->url);
    m_progress = new ProgressStrip(ProgressStrip::Idle::Disabled, new QPushButton, this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->status), m_progress);
    QWidget::setTabOrder(m_ui->urlButton, m_progress->cancelButton()); // where it stands
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->table->setColumnWidth(0, 280);
    m_ui->table->setColumnWidth(1, 110);

    connect(m_ui->filesButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_ui->folderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &ImportDialog::pasteClipboard);
    connect(m_ui->urlButton, &QPushButton::clicked, this, &ImportDialog::importUrl);
    connect(m_ui->url, &QLineEdit::returnPressed, this, &ImportDialog::importUrl);
    connect(m_progress, &ProgressStrip::cancelRequested, this, &ImportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    m_job.setProgressInterval(kProgressIntervalMs);
    connect(&m_job, &BackgroundJob::progressed, this, &ImportDialog::onProgress);

    retranslateUi();
}

// m_job cancels the import and waits for it: the worker stops after the credential it is on,
// never in the middle of a transaction.
ImportDialog::~ImportDialog() = default;

void ImportDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_progress->cancelButton()->setText(tr("Cancel import"));
    if (!isRunning() && m_ui->table->rowCount() == 0)
        m_ui->status->setText(tr("Nothing imported yet."));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::setWalletPath(const QString &walletPath)
{
    m_walletPath = walletPath;
}

bool ImportDialog::isRunning() const
{
    return m_job.isRunning(); // from the start until its result has been shown
}

void ImportDialog::importPaths(const QStringList &inputs)
{
    if (inputs.isEmpty())
        return;
    m_queue.append(Job{inputs, {}, {}, false});
    if (!isRunning())
        startNext();
}

void ImportDialog::importText(const QByteArray &text, const QString &sourceName)
{
    if (text.trimmed().isEmpty())
        return;
    m_queue.append(Job{{}, text, sourceName, true});
    if (!isRunning())
        startNext();
}

void ImportDialog::startNext()
{
    if (m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    m_closeWhenDone = false;
    m_progress->start();
    m_ui->status->setText(tr("Importing…"));
    m_job.start(
        m_walletPath,
        [job, network = m_network](Wallet &wallet, JobControl &control) -> Result<ImportReport> {
            ImportOptions options;
            options.network = network;
            options.checkPresentation = &PresentationVerifier::holderCheck;
            ImportService service(wallet, options);
            if (job.isText)
                return service.importText(job.text, job.sourceName);
            auto progress = [&control](int done, int total, const ImportItemReport &last) {
                control.reportProgress(done, total, last.input);
            };
            return service.importPaths(job.paths, progress, control.cancelFlag());
        },
        [this, job](const Result<ImportReport> &report) {
            // A wallet that does not open fails every input of the job, with its reason.
            onFinished(report ? *report
                              : ImportReport::allFailed(job.isText ? QStringList{job.sourceName} : job.paths,
                                                        report.error().code, report.error().message));
        });
}

void ImportDialog::onProgress(int done, int total, const QString &lastInput)
{
    if (!isRunning())
        return;
    m_progress->setProgress(done, qMax(1, total));
    m_ui->status->setText(tr("Imported %1 of %2: %3").arg(done).arg(total).arg(lastInput));
}

void ImportDialog::cancel()
{
    if (isRunning()) {
        m_job.cancel();
        m_ui->status->setText(tr("Cancelling…"));
    }
    m_queue.clear();
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_lastReport = report;
    m_progress->finish();
    appendReport(m_lastReport);
    QString summary = tr("%1 imported, %2 already in the wallet, %3 failed.")
                          .arg(m_lastReport.importedCount())
                          .arg(m_lastReport.duplicateCount())
                          .arg(m_lastReport.failedCount());
    if (m_lastReport.versionCount() > 0) {
        summary += QLatin1Char(' ')
            + tr("%n kept as another version of a credential already in the wallet.", nullptr,
                 m_lastReport.versionCount());
    }
    if (m_lastReport.cancelled)
        summary += QLatin1Char(' ') + tr("The import was cancelled; what was imported before stays in the wallet.");
    m_ui->status->setText(summary);
    Q_EMIT importFinished(m_lastReport.importedCount(), m_lastReport.versionCount());
    if (m_closeWhenDone) {
        m_queue.clear();
        QDialog::reject();
        return;
    }
    startNext();
}

QString ImportDialog::outcomeText(const ImportItemReport &item)
{
    switch (item.outcome) {
    case ImportItemReport::Imported: return tr("Imported");
    case ImportItemReport::Duplicate: return tr("Already there");
    case ImportItemReport::Version: return tr("Kept as a version");
    case ImportItemReport::Failed: break;
    }
    return tr("Failed");
}

void ImportDialog::appendReport(const ImportReport &report)
{
    m_ui->table->setUpdatesEnabled(false);
    int row = m_ui->table->rowCount();
    m_ui->table->setRowCount(row + int(report.items.size()));
    const QIcon ok(QStringLiteral(":/icons/status-valid.svg"));
    const QIcon same(QStringLiteral(":/icons/status-unknown.svg"));
    const QIcon failed(QStringLiteral(":/icons/status-revoked.svg"));
    for (const ImportItemReport &item : report.items) {
        auto *input = new QTableWidgetItem(item.input);
        input->setToolTip(item.input);
        auto *outcome = new QTableWidgetItem(outcomeText(item));
        outcome->setIcon(item.outcome == ImportItemReport::Imported ? ok
                         : item.outcome == ImportItemReport::Failed ? failed
                         : same); // a duplicate, or a version waiting to be verified
        QString details;
        if (item.outcome == ImportItemReport::Failed) {
            details = item.message.isEmpty() ? item.code : item.message;
        } else {
            details = item.issuer.isEmpty() ? item.name : tr("%1 — %2").arg(item.name, item.issuer);
            if (item.nestedCount > 0)
                details += QLatin1Char(' ') + tr("(%n credential(s) inside)", nullptr, item.nestedCount);
            // A version says what happened to it; a presented one who presented it and whether they signed it.
            if (item.outcome == ImportItemReport::Version || item.holderSignature != ImportItemReport::NotPresented)
                details += QStringLiteral(" · ") + item.message;
        }
        if (!item.warnings.isEmpty())
            details += QStringLiteral(" · ") + item.warnings.join(QStringLiteral(" · "));
        auto *detailsItem = new QTableWidgetItem(details);
        detailsItem->setToolTip(details);
        m_ui->table->setItem(row, 0, input);
        m_ui->table->setItem(row, 1, outcome);
        m_ui->table->setItem(row, 2, detailsItem);
        ++row;
    }
    m_ui->table->setUpdatesEnabled(true);
    if (row > 0)
        m_ui->table->scrollToBottom();
}

void ImportDialog::reject()
{
    if (isRunning()) {
        // Closing asks the worker to stop; the dialog goes once it has (never mid-transaction).
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import badge files"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.zip);;All files (*)"));
    importPaths(files);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import every badge in a folder"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ImportDialog::importUrl()
{
    const QUrl url = QUrl::fromUserInput(m_ui->url->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        m_ui->status->setText(tr("Enter a web address starting with https://"));
        return;
    }
    importPaths({url.toString()});
    m_ui->url->clear();
}

QStringList ImportDialog::inputsOf(const QList<QUrl> &urls)
{
    QStringList inputs;
    for (const QUrl &url : urls)
        inputs << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    return inputs;
}

void ImportDialog::pasteClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime) {
        m_ui->status->setText(tr("The clipboard is empty."));
        return;
    }
    if (mime->hasUrls()) {
        importPaths(inputsOf(mime->urls()));
        return;
    }
    const QByteArray text = mime->text().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_ui->status->setText(tr("The clipboard holds no text."));
        return;
    }
    if (text.size() > kMaxPasteBytes) {
        m_ui->status->setText(tr("The clipboard text is too long to be a credential."));
        return;
    }
    importText(text);
}

} // namespace Satchel
