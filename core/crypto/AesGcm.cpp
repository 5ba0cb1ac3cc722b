#include "AesGcm.h"

#include "OpenSslPtr.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace Satchel {

namespace {

Error cryptoError()
{
    return Error{QStringLiteral("crypto"), AesGcm::tr("The encryption library failed.")};
}

} // namespace

Result<QByteArray> AesGcm::encrypt(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    if (key.size() != kKeyBytes)
        return Error{QStringLiteral("invalid-key"), tr("An AES-256 key must be 32 bytes.")};
    if (plaintext.size() > (qsizetype(1) << 31) - 64)
        return Error{QStringLiteral("too-large"), tr("The data is too large to encrypt in one piece.")};
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    if (RAND_bytes(nonce, kNonceBytes) != 1)
        return cryptoError();
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1)
        return cryptoError();
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                             int(aad.size())) != 1)
        return cryptoError();
    auto *cipher = nonce + kNonceBytes;
    if (EVP_EncryptUpdate(ctx.get(), cipher, &len, reinterpret_cast<const unsigned char *>(plaintext.data()),
                          int(plaintext.size())) != 1)
        return cryptoError();
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + len, &finalLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, cipher + plaintext.size()) != 1)
        return cryptoError();
    return out;
}

Result<QByteArray> AesGcm::decrypt(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad)
{
    if (key.size() != kKeyBytes)
        return Error{QStringLiteral("invalid-key"), tr("An AES-256 key must be 32 bytes.")};
    if (sealed.size() < kNonceBytes + kTagBytes)
        return Error{QStringLiteral("malformed"), tr("The encrypted data is too short.")};
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.data());
    const auto *cipher = nonce + kNonceBytes;
    const qsizetype cipherLen = sealed.size() - kNonceBytes - kTagBytes;
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1)
        return cryptoError();
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                             int(aad.size())) != 1)
        return cryptoError();
    QByteArray plain(cipherLen, Qt::Uninitialized);
    auto *plainData = reinterpret_cast<unsigned char *>(plain.data());
    if (EVP_DecryptUpdate(ctx.get(), plainData, &len, cipher, int(cipherLen)) != 1)
        return cryptoError();
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes,
                            const_cast<unsigned char *>(cipher + cipherLen)) != 1)
        return cryptoError();
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), plainData + len, &finalLen) != 1) {
        // Unauthenticated plaintext must not survive in memory.
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return Error{QStringLiteral("decrypt-failed"),
                     tr("The data cannot be decrypted: the passphrase is wrong or the data was changed.")};
    }
    return plain;
}

} // namespace Satchel
