// Parsing untrusted JSON: a byte-level nesting-depth pre-check runs before QJsonDocument so that a
// hostile file ("[[[[…") cannot drive the recursive Qt parser deep, then a normal parse.
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
    struct ScanResult {
        int depth = 0; // deepest nesting seen (stops counting past the limit)
        bool rawControlInString = false; // an unescaped U+0000..U+001F inside a string
    };
    // One pass over the bytes, no allocation: what QJsonDocument would not check for us.
    static ScanResult scan(QByteArrayView bytes, int limit);
    // Deepest nesting of {} / [] outside strings, counting stops once `limit` is exceeded.
    static int nestingDepth(QByteArrayView bytes, int limit);
    // Error codes: "too-large" (depth or size), "malformed" (not JSON).
    static Result<QJsonDocument> parse(QByteArrayView bytes, int maxDepth, qint64 maxBytes);
    // As parse() but requires a top-level object ("not-a-credential" for other JSON values).
    static Result<QJsonObject> parseObject(QByteArrayView bytes, int maxDepth, qint64 maxBytes);
};

} // namespace Satchel
