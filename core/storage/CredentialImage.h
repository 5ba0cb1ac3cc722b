// A badge image as stored for the gallery (decoded from a data: URI, fetched, or unbaked).
#pragma once

#include <QByteArray>
#include <QString>

namespace Satchel {

struct CredentialImage {
    QByteArray bytes;
    QString type;              // "image/png", "image/svg+xml"...
};

} // namespace Satchel
