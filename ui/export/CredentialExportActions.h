// File → Export: the selected credential's original file exactly as received (JSON, JWS or JWT),
// or a badge image with the credential baked in (PNG or SVG, importable again to the same bytes).
// The write itself is separate from the dialogs so tests and scripts take the same path.
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

    static Status writeOriginal(const Wallet &wallet, qint64 credentialId, const QString &path);
    // PNG or SVG by the file's suffix. placeholderImage: set when the badge had no image of that
    // kind and a plain one was drawn.
    static Status writeBaked(const Wallet &wallet, qint64 credentialId, const QString &path,
                             bool *placeholderImage = nullptr);

private:
    QPointer<QWidget> m_window;
};

} // namespace Satchel
