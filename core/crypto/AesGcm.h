// AES-256-GCM authenticated encryption for wallet backups. The sealed form is
// nonce (12 bytes) || ciphertext || tag (16 bytes); a fresh random nonce is drawn per call.
//
// Error codes: "invalid-key" (not 32 bytes), "decrypt-failed" (wrong key or tampered data),
// "malformed" (too short), "crypto" (OpenSSL failure).
#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class AesGcm {
    Q_DECLARE_TR_FUNCTIONS(Satchel::AesGcm)
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    static Result<QByteArray> encrypt(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad = {});
    static Result<QByteArray> decrypt(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad = {});
};

} // namespace Satchel
