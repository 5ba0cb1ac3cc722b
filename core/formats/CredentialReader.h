// Entry points of the formats module: recognise a payload and parse it into the model.
//
//   detect(): bytes of one file (JSON, JWS/JWT text, PNG, SVG; not archives) -> RawCredential.
//             Unbakes images; classifies OB2 JSON / OB2 JWS / OB3 JSON / VC-JWT / CLR.
//             Errors (Error::code): "no-baked-data" (image without a credential),
//             "not-a-credential" (valid JSON/text that is no credential), "malformed" (broken file),
//             "too-large", "unsupported-file".
//   parse():  RawCredential -> Credential. Linked OB 2.0 documents (BadgeClass, Issuer by URL)
//             are looked up in `linked` (url -> JSON object), filled by the importer from the
//             network or the wallet's document cache; links not found are listed in
//             Credential::warnings and the fields stay empty.
#pragma once

#include "RawCredential.h"
#include "Result.h"
#include "model/Credential.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Satchel {

using LinkedDocuments = QHash<QString, QJsonObject>;

class CredentialReader {
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;   // one credential file or image
    static constexpr int kMaxJsonDepth = 64;

    static Result<RawCredential> detect(const QByteArray &bytes, const QString &sourceName);
    static Result<Credential> parse(const RawCredential &raw, const LinkedDocuments &linked = {});
    // The URLs of linked documents an OB 2.0 credential needs (badge, issuer, images, criteria)
    // that are not embedded; the importer fetches these once and keeps them.
    static QStringList linkedDocumentUrls(const Credential &credential);
};

} // namespace Satchel
