// A registry in the DCC known-issuer format, read as the npm @digitalcredentials/issuer-registry-client
// reads its "dcc-legacy" registries (for instance
// https://digitalcredentials.github.io/community-registry/registry.json):
//   {"meta": {"created": ..., "updated": ...},
//    "registry": {"did:web:college.example": {"name": ..., "location": ..., "url": ...}, ...}}
// The file is not signed: it is only as good as the https connection it came over, which is why an
// added registry's trust line names the registry it came from.
//
// Error codes: "malformed" (not JSON, or no "registry" object), "too-large" (bytes or entries).
#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Satchel {

struct DccRegistryEntry {
    QString name;
    QString location;
    QString url;
};

class DccRegistry {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DccRegistry)
public:
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    static constexpr int kMaxEntries = 100000;

    static Result<DccRegistry> parse(QByteArrayView json);

    // The entry for an issuer id (a DID or URL, compared exactly as the client does), if listed
    // with a name.
    std::optional<DccRegistryEntry> find(const QString &issuerId) const;
    int size() const { return int(m_registry.size()); }

private:
    QJsonObject m_registry;
};

} // namespace Satchel
