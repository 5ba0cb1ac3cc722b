// SHA-2 digests and HMAC (OpenSSL one-shot), the hashes Data Integrity proofs and identity hashes use.
#pragma once

#include <QByteArray>

namespace Satchel {

class Hash {
public:
    static QByteArray sha256(QByteArrayView data);
    static QByteArray sha384(QByteArrayView data);
    // HMAC-SHA-256 (RFC 2104), as ecdsa-sd-2023 relabels blank nodes with.
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
};

} // namespace Satchel
