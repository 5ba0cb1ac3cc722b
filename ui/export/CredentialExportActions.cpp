#include "export/CredentialExportActions.h"

#include "common/StatusConfirmation.h"
#include "export/BakedExporter.h"
#include "export/VerificationPageWriter.h"
#include "io/AtomicFile.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

Status CredentialExportActions::writeOriginal(const Wallet &wallet, qint64 credentialId, const QString &path)
{
    auto stored = wallet.credential(credentialId);
    if (!stored)
        return stored.error();
    if (stored->raw.bytes.isEmpty())
        return Error{QStringLiteral("no-credential"), tr("The wallet holds no file for this credential.")};
    return AtomicFile::write(path, stored->raw.bytes);
}

Status CredentialExportActions::writeBaked(const Wallet &wallet, qint64 credentialId, const QString &path,
                                           bool *placeholderImage)
{
    auto kind = BakedExporter::kindForFileName(path);
    if (!kind)
        return kind.error();
    auto stored = wallet.credential(credentialId);
    if (!stored)
        return stored.error();
    auto parsed = wallet.parsed(*stored);
    if (!parsed)
        return parsed.error();
    auto baked = BakedExporter::bake(*stored, *parsed, *kind);
    if (!baked)
        return baked.error();
    if (placeholderImage)
        *placeholderImage = baked->placeholderImage;
    return AtomicFile::write(path, baked->bytes);
}

void CredentialExportActions::askSaveOriginal(const Wallet &wallet, qint64 credentialId)
{
    auto parsed = wallet.parsed(credentialId);
    const QString name = parsed ? VerificationPageWriter::rawFileName(*parsed) : QStringLiteral("credential.json");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save the original file"), suggestedPath(name),
                                                      tr("Credential files (*.json *.jwt *.jws);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status written = writeOriginal(wallet, credentialId, path); !written)
        QMessageBox::warning(m_window, tr("Save the original file"), written.error().message);
}

void CredentialExportActions::askSaveBaked(const Wallet &wallet, qint64 credentialId)
{
    if (!StatusConfirmation::confirm(m_window, wallet, {credentialId}, StatusConfirmation::Purpose::Export))
        return;
    auto parsed = wallet.parsed(credentialId);
    const QString stem = parsed ? QFileInfo(VerificationPageWriter::rawFileName(*parsed)).completeBaseName()
                                : QStringLiteral("badge");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a baked badge image"),
                                                      suggestedPath(stem + QStringLiteral(".png")),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    bool placeholder = false;
    if (const Status written = writeBaked(wallet, credentialId, path, &placeholder); !written) {
        QMessageBox::warning(m_window, tr("Save a baked badge image"), written.error().message);
        return;
    }
    if (placeholder) {
        QMessageBox::information(m_window, tr("Save a baked badge image"),
                                 tr("The badge came without an image of this kind, so a plain one holds the "
                                    "credential. Any badge importer reads it the same."));
    }
}

} // namespace Satchel
