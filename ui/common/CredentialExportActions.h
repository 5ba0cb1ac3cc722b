// File → Export: the selected credential's original file exactly as received (JSON, JWS or JWT),
// or a badge image with the credential baked in (PNG or SVG, importable again to the same bytes).
// The file itself is written by core's CredentialExport, as satchel-cli export raw|baked does.
// In ui/common: the main window's File → Export and the Share dialog both offer it.
#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Satchel {

class Wallet;

class CredentialExportActions : public QObject {
    Q_OBJECT
public:
    explicit CredentialExportActions(QWidget *window);

    void askSaveOriginal(const Wallet &wallet, qint64 credentialId);
    void askSaveBaked(const Wallet &wallet, qint64 credentialId);

private:
    QPointer<QWidget> m_window;
};

} // namespace Satchel
