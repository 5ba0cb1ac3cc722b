// The kinds of credential Satchel understands, with their stable names (used in SQLite, the
// CLI's --json output and tests: "ob2-json", "ob3-jwt", ...).
#pragma once

#include <QString>

namespace Satchel {

enum class CredentialFormat {
    Unknown,
    Ob2Json,  // OB 2.0 assertion JSON (hosted or embedded); OB 1.x upgraded on read
    Ob2Jws,   // OB 2.0 signed assertion, compact JWS
    Ob3Json,  // OB 3.0 credential JSON (embedded Data Integrity proof, or none)
    Ob3Jwt,   // OB 3.0 VC-JWT (payload credential or legacy "vc" claim)
    ClrJson,  // CLR 2.0 ClrCredential JSON
    ClrJwt,   // CLR 2.0 as VC-JWT
    SdJwtVc,  // IETF SD-JWT VC (dc+sd-jwt, formerly vc+sd-jwt): issuer JWT, disclosures, optional KB-JWT
    Ob3Cose,  // OB 3.0 credential secured with COSE_Sign1 (VC-JOSE-COSE §3.3, application/vc+cose)
    ClrCose,  // CLR 2.0 the same way
};

QString formatName(CredentialFormat format);           // "ob2-json", ...
CredentialFormat formatFromName(const QString &name);   // Unknown when not recognised
QString formatFamily(CredentialFormat format);          // "OB 2.0", "OB 3.0", "CLR 2.0", "SD-JWT VC" (not translated)
bool isJwsFormat(CredentialFormat format);
// A COSE_Sign1 message: stored binary or as base64 text, never to be trimmed as text.
bool isCoseFormat(CredentialFormat format);

} // namespace Satchel
