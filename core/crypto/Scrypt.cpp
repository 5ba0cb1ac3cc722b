#include "Scrypt.h"

#include <openssl/evp.h>

namespace Satchel {

Result<SecureBytes> Scrypt::deriveKey(QByteArrayView passphrase, QByteArrayView salt, const Parameters &parameters,
                                      int keyBytes)
{
    const quint64 n = parameters.n;
    const bool powerOfTwo = n >= 2 && (n & (n - 1)) == 0;
    // scrypt needs about 128 * N * r bytes (plus 128 * r * p); refuse what would exhaust memory.
    const quint64 memory = 128 * n * parameters.r + 128 * quint64(parameters.r) * parameters.p;
    if (!powerOfTwo || n > kMaxN || parameters.r == 0 || parameters.r > kMaxR || parameters.p == 0
        || parameters.p > kMaxP || memory > kMaxMemoryBytes || keyBytes < 16 || keyBytes > 64 || salt.size() < 4)
        return Error{QStringLiteral("invalid-parameters"), tr("The key derivation parameters are not acceptable.")};
    SecureBytes key(static_cast<std::size_t>(keyBytes));
    if (EVP_PBE_scrypt(passphrase.data(), size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(salt.data()), size_t(salt.size()), n,
                       parameters.r, parameters.p, memory + (1 << 20), key.data(), key.size())
        != 1)
        return Error{QStringLiteral("crypto"), tr("The key derivation failed.")};
    return key;
}

} // namespace Satchel
