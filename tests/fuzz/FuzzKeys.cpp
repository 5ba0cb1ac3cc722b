// Key material from credentials and DID documents: multibase, multikey, JWK, PEM, did:key and
// did:jwk URLs, compact JWS. The first byte picks the reader so one corpus covers them all.
#include "crypto/DidResolver.h"
#include "crypto/Jws.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

using namespace Satchel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);
    switch (data[0] % 6) {
    case 0:
        (void)Multibase::decode(bytes);
        break;
    case 1:
        (void)PublicKey::fromMultibase(text);
        break;
    case 2: {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        if (document.isObject())
            (void)PublicKey::fromJwk(document.object());
        break;
    }
    case 3:
        (void)PublicKey::fromPem(bytes);
        break;
    case 4:
        (void)DidResolver::resolveLocal(text);
        break;
    default: {
        const auto jws = Jws::parse(bytes);
        if (jws)
            (void)jws.value().payloadObject();
        break;
    }
    }
    return 0;
}
