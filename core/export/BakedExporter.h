// Re-bakes a stored credential into a badge image for export (issue 6): the original credential
// bytes go into the image with the keyword or namespace of its version (OB 2.0: iTXt/
// <openbadges:assertion> "openbadges"; OB 3.0 and CLR: "openbadgecredential" /
// <openbadges:credential>), so importing the file again gives the same bytes.
#pragma once

#include "Result.h"
#include "model/Credential.h"
#include "storage/StoredCredential.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class BakedExporter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BakedExporter)
public:
    enum class ImageKind { Png, Svg };

    struct Output {
        QByteArray bytes;
        bool placeholderImage = false; // no usable badge image of that kind: a plain one was drawn
    };

    // Error codes: "unsupported-file" (not .png/.svg).
    static Result<ImageKind> kindForFileName(const QString &fileName);
    // Error codes: "no-credential", "unsupported-format", and the Baker's ("malformed", ...).
    static Result<Output> bake(const StoredCredential &stored, const Credential &credential, ImageKind kind);

    static bool usesOb3Baking(CredentialFormat format); // OB 3.0 and CLR 2.0
    static QString pngKeyword(CredentialFormat format); // "openbadges" or "openbadgecredential"

    // Plain badges for credentials that came without an image of the requested kind.
    static QByteArray placeholderSvg(const QString &name);
    static QByteArray placeholderPng();
};

} // namespace Satchel
