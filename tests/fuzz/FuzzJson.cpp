// The JSON readers every untrusted document goes through: the exact JSON-LD reader and the
// bounded QJsonDocument front door. Neither may crash, hang or grow without bound.
#include "jsonld/SafeJson.h"
#include "jsonld/JsonValue.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Satchel::JsonValue::parse(bytes);
    (void)Satchel::SafeJson::parse(bytes, 64, 16 * 1024 * 1024);
    return 0;
}
