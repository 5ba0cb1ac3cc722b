// Splits and decodes a compact JWS (RFC 7515 §7.1) without checking its signature: the header and
// payload are what detection and parsing need; verification lives in the verify module.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

struct DecodedJws {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "<header>.<payload>" as received
    QByteArray signature; // raw signature bytes
};

class CompactJws {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CompactJws)
public:
    // Three non-empty-ish base64url segments (the signature may be empty for alg "none").
    static bool looksLike(QByteArrayView text);
    // Error codes: "malformed" (bad base64url / JSON), "not-a-credential" (payload not an object).
    static Result<DecodedJws> decode(QByteArrayView text, int maxJsonDepth, qint64 maxBytes);
};

} // namespace Satchel
