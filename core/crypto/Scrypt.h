// scrypt passphrase → key derivation for encrypted backups. Parameters are read back from backup
// headers, which are untrusted, so they are bounded before OpenSSL allocates anything.
//
// Error codes: "invalid-parameters", "crypto".
#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

struct ScryptParameters {
    quint64 n = quint64(1) << 15; // 32 MiB of memory with r = 8
    quint32 r = 8;
    quint32 p = 1;
};

class Scrypt {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Scrypt)
public:
    using Parameters = ScryptParameters;
    static constexpr quint64 kMaxN = quint64(1) << 20;
    static constexpr quint32 kMaxR = 32;
    static constexpr quint32 kMaxP = 16;
    static constexpr quint64 kMaxMemoryBytes = quint64(1) << 30;

    static Result<SecureBytes> deriveKey(QByteArrayView passphrase, QByteArrayView salt,
                                         const ScryptParameters &parameters = ScryptParameters(), int keyBytes = 32);
};

} // namespace Satchel
