// Writes the self-contained verification page for one credential: a single static HTML file with
// the badge image (data: URI), a human summary, the original credential (escaped text plus a
// data: URI download) and a plain-language explanation of how anyone can verify it. The page runs
// no script (a Content-Security-Policy forbids it) and loads nothing from the network, so the
// learner can host it anywhere. Every credential string is HTML-escaped.
#pragma once

#include "Result.h"
#include "model/Credential.h"
#include "storage/StoredCredential.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Satchel {

class VerificationPageWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerificationPageWriter)
public:
    static constexpr const char *kTemplatePath = ":/satchel/templates/verification-page.html";
    static constexpr qint64 kMaxImageBytes = 4 * 1024 * 1024; // larger images are left out of the page

    // The page as UTF-8. exportedAt is printed on the page with the stored status.
    // Error codes: "template-missing", "no-credential" (no bytes to embed).
    static Result<QByteArray> write(
        const StoredCredential &stored, const Credential &credential, const QDateTime &exportedAt);

    // Stable file names, so a share link made today still matches the page exported tomorrow:
    // "<slug of the name>-<8 hex of a hash of id, issuer and date>.html" / ".json" / ".jwt".
    static QString pageFileName(const Credential &credential);
    static QString rawFileName(const Credential &credential);

    // Fills {{name}} placeholders in one pass, so a value that itself contains "{{x}}" is never
    // expanded again. Error code "template-placeholder" for a name missing from values.
    static Result<QString> fillTemplate(const QString &templ, const QHash<QString, QString> &values);

private:
    static QString fileStem(const Credential &credential);
};

} // namespace Satchel
