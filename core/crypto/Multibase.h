// Multibase (a one-character base prefix) restricted to the two bases credentials use:
// 'z' = base58btc (keys, proofValue) and 'u' = base64url without padding (status lists).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class Multibase {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Multibase)
public:
    enum class Base { Base58Btc, Base64Url };

    static QByteArray encode(QByteArrayView bytes, Base base = Base::Base58Btc);
    // Error codes: "malformed" (empty, unknown prefix, bad characters), "too-large".
    static Result<QByteArray> decode(QByteArrayView text);
};

} // namespace Satchel
