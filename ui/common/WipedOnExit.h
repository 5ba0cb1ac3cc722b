// Wipes a passphrase the UI handed to a worker when the work is done, whichever way it ends: a
// QByteArray is implicitly shared, so the caller also drops its own copy as soon as it can.
#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

namespace Satchel {

struct WipedOnExit {
    QByteArray &bytes;
    ~WipedOnExit()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace Satchel
