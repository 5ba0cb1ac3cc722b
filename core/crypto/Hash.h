// SHA-2 digests (OpenSSL one-shot), the hashes Data Integrity proofs and identity hashes use.
#pragma once

#include <QByteArray>

namespace Satchel {

class Hash {
public:
    static QByteArray sha256(QByteArrayView data);
    static QByteArray sha384(QByteArrayView data);
};

} // namespace Satchel
