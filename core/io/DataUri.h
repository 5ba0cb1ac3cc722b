// A data: URI (RFC 2397) taken apart: its media type, parameters and decoded bytes. Credentials
// carry badge and issuer images inline this way; the importer, the detail view, the gallery and
// the certificate all read them through this one decoder, so they agree on what is a valid image.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringView>

namespace Satchel {

class DataUri {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DataUri)
public:
    QString mediaType;                 // lower case, without parameters; "text/plain" when absent (RFC 2397 §2)
    QMap<QString, QString> parameters; // e.g. "charset"; names lower case, values as written
    bool base64 = false;               // the payload was base64 (else percent-encoded)
    QByteArray bytes;                  // the decoded payload, at most maxBytes

    // True when text starts with "data:" (any case): whether to decode it or treat it as a link.
    static bool isDataUri(QStringView text);

    // Decodes uri, refusing payloads larger than maxBytes once decoded; a payload whose encoded
    // form is already too long is refused unread. Error codes: "not-a-data-uri", "malformed"
    // (no comma, invalid base64), "too-large".
    static Result<DataUri> decode(QStringView uri, qint64 maxBytes);
};

} // namespace Satchel
