#include "Hash.h"

#include <openssl/evp.h>

namespace Satchel {

namespace {

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int len = 0;
    // EVP_Digest only fails on allocation failure; an empty result makes that visible to callers.
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len, md,
                   nullptr) != 1)
        return {};
    out.resize(int(len));
    return out;
}

} // namespace

QByteArray Hash::sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

QByteArray Hash::sha384(QByteArrayView data)
{
    return digest(EVP_sha384(), data);
}

QByteArray Hash::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 0;
    char digestName[] = "SHA256";
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName, nullptr, key.data(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), &len)
        || len != 32)
        return {};
    return out;
}

} // namespace Satchel
