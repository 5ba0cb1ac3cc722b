// Multicodec key prefixes (an unsigned varint before the key bytes) for the key types Satchel accepts.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

class Multicodec {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Multicodec)
public:
    static constexpr quint64 kEd25519Pub = 0xed;
    static constexpr quint64 kP256Pub = 0x1200;     // compressed SEC1 point
    static constexpr quint64 kP384Pub = 0x1201;     // compressed SEC1 point
    static constexpr quint64 kEd25519Priv = 0x1300; // never accepted as a public key

    struct Value {
        quint64 codec = 0;
        QByteArray data;
    };

    static QByteArray encode(quint64 codec, QByteArrayView data);
    // Error code "malformed" for a truncated or over-long varint.
    static Result<Value> decode(QByteArrayView bytes);
};

} // namespace Satchel
