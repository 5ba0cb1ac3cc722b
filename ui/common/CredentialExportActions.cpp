#include "common/CredentialExportActions.h"

#include "common/StatusConfirmation.h"
#include "export/CredentialExport.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

namespace Satchel {

namespace {

QString suggestedPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

} // namespace

CredentialExportActions::CredentialExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void CredentialExportActions::askSaveOriginal(const Wallet &wallet, qint64 credentialId)
{
    const QString name = CredentialExport::suggestedFileName(wallet, credentialId, CredentialExport::Form::Original);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save the original file"), suggestedPath(name),
                                                      tr("Credential files (*.json *.jwt *.jws);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto written = CredentialExport::write(wallet, credentialId, CredentialExport::Form::Original, path); !written)
        QMessageBox::warning(m_window, tr("Save the original file"), written.error().message);
}

void CredentialExportActions::askSaveBaked(const Wallet &wallet, qint64 credentialId)
{
    if (!StatusConfirmation::confirm(m_window, wallet, {credentialId}, StatusConfirmation::Purpose::Export))
        return;
    const QString name = CredentialExport::suggestedFileName(wallet, credentialId, CredentialExport::Form::Baked);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a baked badge image"), suggestedPath(name),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    const auto written = CredentialExport::write(wallet, credentialId, CredentialExport::Form::Baked, path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Save a baked badge image"), written.error().message);
        return;
    }
    if (written->placeholderImage) {
        QMessageBox::information(m_window, tr("Save a baked badge image"),
                                 tr("The badge came without an image of this kind, so a plain one holds the "
                                    "credential. Any badge importer reads it the same."));
    }
}

} // namespace Satchel
