// zlib/gzip decompression with a hard output cap: status lists and archives come from strangers,
// and a few kilobytes of gzip can expand to gigabytes.
//
// Error codes: "too-large" (output would exceed the cap), "malformed" (not valid compressed data).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class Inflate {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Inflate)
public:
    enum class Format { Auto, Gzip, Zlib, Raw }; // Auto = gzip or zlib, by header

    static Result<QByteArray> decompress(QByteArrayView data, qsizetype maxOutput, Format format = Format::Auto);
    static Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput)
    {
        return decompress(data, maxOutput, Format::Gzip);
    }
    // Gzip compression (status lists in tests and exports).
    static QByteArray gzip(QByteArrayView data);
};

} // namespace Satchel
