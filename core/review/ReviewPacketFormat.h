// The names and bounds of the .satchel-review format (docs/review-packet.md), shared by the writer
// and the reader so that Satchel never writes a packet it would refuse.
#pragma once

#include <QByteArray>
#include <QString>

namespace Satchel::ReviewPacketFormat {

inline const QString kFormatName = QStringLiteral("satchel-review-packet");
inline const QString kManifestName = QStringLiteral("manifest.json");
inline const QString kSummaryName = QStringLiteral("summary.html");
inline const QString kIdentitiesName = QStringLiteral("identities.json");
// The magic of an encrypted packet (a SealedFile); a plain packet is a zip ("PK\3\4").
inline QByteArray sealedMagic() { return QByteArrayLiteral("SATCHRV\x1a"); }

constexpr int kMaxCredentials = 5000;
constexpr int kMaxPathways = 200;
// Each credential brings at most three entries (bytes, image, receipt), plus pathways and the rest.
constexpr int kMaxEntries = 3 * kMaxCredentials + kMaxPathways + 8;
constexpr qint64 kMaxEntryBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxTotalBytes = 512LL * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;

} // namespace Satchel::ReviewPacketFormat
