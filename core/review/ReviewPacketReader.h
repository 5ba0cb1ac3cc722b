// Opens a .satchel-review file (docs/review-packet.md), which is untrusted from its first byte: an
// encrypted packet is authenticated and decrypted first (SealedFile), then the zip is read with
// bounds (entry count, sizes, zip bombs), every entry name is checked before anything is read
// (no "..", no absolute path), every entry must be listed in the manifest with its SHA-256 and
// size, and nothing unlisted may be present. Any violation refuses the whole packet.
//
// Error codes: "review-read", "review-needs-passphrase", "review-wrong-passphrase",
// "review-truncated", "review-damaged", "review-unsafe-entry", "review-too-large",
// "review-malformed", "review-version", "review-hash-mismatch".
#pragma once

#include "Result.h"
#include "review/ReviewPacket.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class ReviewPacketReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewPacketReader)
public:
    // Whether the file is an encrypted packet (so the UI can ask for the passphrase first).
    static bool isEncrypted(const QString &path);
    static Result<ReviewPacket> read(const QString &path, QByteArrayView passphrase = {});
    // The zip itself (already decrypted).
    static Result<ReviewPacket> fromZip(const QByteArray &zip);
};

} // namespace Satchel
