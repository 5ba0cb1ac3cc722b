// base58btc (Bitcoin alphabet), used by multibase 'z' keys and proof values. The conversion is
// quadratic in the input length, so inputs are capped (keys and signatures are < 100 characters).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class Base58 {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Base58)
public:
    static constexpr qsizetype kMaxTextLength = 4096;

    static QByteArray encode(QByteArrayView bytes);
    // Error codes: "malformed" (character outside the alphabet), "too-large".
    static Result<QByteArray> decode(QByteArrayView text);
};

} // namespace Satchel
