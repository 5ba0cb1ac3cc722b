// base64url (RFC 4648 §5) as JOSE uses it: no padding, and decoding is strict so that one JWS has
// exactly one byte representation (no whitespace, no foreign characters, no non-zero spare bits).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class Base64Url {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Base64Url)
public:
    enum class Padding { Reject, Allow };

    static QByteArray encode(QByteArrayView bytes);
    // Error code "malformed" on any character outside the url-safe alphabet, an impossible length
    // or non-zero trailing bits. Padding::Allow tolerates trailing '=' (legacy status lists).
    static Result<QByteArray> decode(QByteArrayView text, Padding padding = Padding::Reject);
};

} // namespace Satchel
