// A credential exactly as received: the original bytes plus what detection learned about them.
// Storage keeps these bytes untouched; everything else is derived from them.
#pragma once

#include "model/CredentialFormat.h"

#include <QByteArray>
#include <QString>

namespace Satchel {

struct RawCredential {
    CredentialFormat format = CredentialFormat::Unknown;
    QByteArray bytes;          // the credential JSON, compact JWS text or COSE_Sign1 (binary or base64 text), byte for byte as received
    QByteArray bakedImage;     // the whole PNG/SVG file when the credential came baked, else empty
    QString bakedImageType;    // "image/png" or "image/svg+xml" when bakedImage is set
    QString bakedKeyword;      // "openbadges" / "openbadgecredential" / "openbadges:assertion" ...
    QString sourceName;        // file path (inside an archive: "archive.zip!/dir/file"), URL, "clipboard"
    // Set when the input only points at a credential (a baked hosted-assertion URL, a pasted URL):
    // the importer fetches it and detects again. bytes is empty then.
    QString pendingUrl;
    // Set when the credential came in a verifiable presentation, with its holder's id (a DID; empty
    // when it names none). Whether the holder really signed it is for verify::PresentationVerifier.
    bool presented = false;
    QString presentationHolder;
};

} // namespace Satchel
