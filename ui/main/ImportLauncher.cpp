#include "main/ImportLauncher.h"

#include "importer/ImportDialog.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace Satchel {

ImportLauncher::ImportLauncher(QMainWindow *window, WalletGetter wallet, DialogCreated created)
    : m_window(window)
    , m_wallet(std::move(wallet))
    , m_created(std::move(created))
{
}

ImportDialog *ImportLauncher::dialog()
{
    if (!m_dialog) {
        const Wallet *wallet = m_wallet();
        m_dialog = new ImportDialog(wallet ? wallet->path() : QString(), m_window);
        if (m_created)
            m_created(m_dialog);
    }
    return m_dialog;
}

bool ImportLauncher::isImporting() const
{
    return m_dialog && m_dialog->isRunning();
}

void ImportLauncher::deleteDialog()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void ImportLauncher::importInputs(const QStringList &inputs)
{
    if (inputs.isEmpty() || !m_wallet())
        return;
    ImportDialog *importDialog = dialog();
    importDialog->show();
    importDialog->raise();
    importDialog->importPaths(inputs);
}

void ImportLauncher::importText(const QByteArray &text, const QString &sourceName)
{
    if (!m_wallet())
        return;
    ImportDialog *importDialog = dialog();
    importDialog->show();
    importDialog->raise();
    importDialog->importText(text, sourceName);
}

void ImportLauncher::importClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !m_wallet())
        return;
    if (mime->hasUrls()) {
        importInputs(ImportDialog::inputsOf(mime->urls()));
        return;
    }
    const QByteArray text = mime->text().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("The clipboard holds nothing to import."), 6000);
        return;
    }
    if (text.size() > ImportDialog::kMaxPasteBytes) { // bounded as the dialog's Paste is
        m_window->statusBar()->showMessage(ImportDialog::tr("The clipboard text is too long to be a credential."), 6000);
        return;
    }
    importText(text, QStringLiteral("clipboard"));
}

void ImportLauncher::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import badge files"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Badges (*.json *.jsonld *.jws *.jwt *.cose *.txt *.png *.svg *.pdf *.zip);;All files (*)"));
    importInputs(files);
}

void ImportLauncher::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Import every badge in a folder"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        importInputs({folder});
}

void ImportLauncher::askUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Import from URL"),
                                               tr("Web address of a hosted badge or credential:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        QMessageBox::warning(m_window, tr("Import from URL"), tr("Enter a web address starting with https://"));
        return;
    }
    importInputs({url.toString()});
}

} // namespace Satchel
