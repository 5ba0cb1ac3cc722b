// One credential saved as a file, the same way from File → Export, the share dialog and
// `satchel-cli export raw|baked`: the original exactly as the issuer sent it (JSON, JWS or JWT),
// or a badge image (PNG or SVG) with the credential baked in, importable again to the same bytes.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class Wallet;

class CredentialExport {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialExport)
public:
    enum class Form { Original, Baked };

    struct Output {
        QByteArray bytes;
        bool placeholderImage = false; // Baked: the badge had no image of that kind, a plain one was drawn
    };

    // The file name to propose: the stable name of the original ("<slug>-<hash>.json" or ".jwt",
    // VerificationPageWriter::rawFileName), its stem with ".png" for a baked badge; "credential.json"
    // and "badge.png" when the credential cannot be read.
    static QString suggestedFileName(const Wallet &wallet, qint64 credentialId, Form form);

    // The file's bytes. Baked: PNG or SVG by fileName's suffix. Error codes: "unsupported-file"
    // (a baked badge is .png or .svg), the wallet's ("not-found"), "no-credential" (no stored
    // file), the BakedExporter's.
    static Result<Output> render(const Wallet &wallet, qint64 credentialId, Form form, const QString &fileName);

    // render(), then path written whole or not at all (AtomicFile): "write-failed" besides.
    static Result<Output> write(const Wallet &wallet, qint64 credentialId, Form form, const QString &path);
};

} // namespace Satchel
