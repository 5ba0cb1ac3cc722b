// The one reader for untrusted JSON (credentials, JWS parts, packets, pathways, fetched documents):
// the project's strict, bounded parser (JsonValue) checks the text first — RFC 8259, nesting,
// size, value count, and no member named twice in one object — and only then does QJsonDocument
// read it. A member named twice is what would let the wallet show one value and verify another.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

class SafeJson {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SafeJson)
public:
    // Depth and size of ordinary untrusted documents (fetched keys, DID documents, JWS headers).
    static constexpr int kDefaultMaxDepth = 64;
    static constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

    // Error codes: "too-large" (depth, size or number of values), "duplicate-key" (a member named
    // twice in one object), "malformed" (not JSON).
    static Result<QJsonDocument> parse(QByteArrayView bytes, int maxDepth = kDefaultMaxDepth,
                                       qint64 maxBytes = kDefaultMaxBytes);
    // As parse() but requires a top-level object ("not-a-credential" for other JSON values).
    static Result<QJsonObject> parseObject(QByteArrayView bytes, int maxDepth = kDefaultMaxDepth,
                                           qint64 maxBytes = kDefaultMaxBytes);
    // True when the document was refused for what it is (ambiguous or too large) rather than for
    // not being JSON: such errors are passed on as they are, since they say why.
    static bool isRefusal(const Error &error);
    // For callers with their own wording of "not JSON": a refusal keeps the reader's error,
    // anything else becomes Error{code, message}.
    static Error orCallerError(const Error &error, const QString &code, const QString &message);
};

} // namespace Satchel
