// Maps decoded credential JSON onto the model, one function per family (OB 2.0 incl. 1.x upgrade,
// OB 3.0, CLR 2.0). Tolerant by design: the JSON-LD compaction rules let almost any property be
// a single value or an array, and an @id property an IRI or an embedded object.
#pragma once

#include "CredentialReader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class CredentialParser {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialParser)
public:
    // `credential.format`, `json` and (for JWS) `jwsHeader` must be set by the caller.
    static void parseOb2(const QJsonObject &assertion, const LinkedDocuments &linked, Credential &credential);
    static void parseOb3(const QJsonObject &vc, Credential &credential, int depth = 0);
    static void parseClr(const QJsonObject &vc, const LinkedDocuments &linked, Credential &credential, int depth = 0);

    // For VC-JWT: the credential in the payload (the "vc" claim when present), completed from the
    // registered claims (iss, jti, nbf, exp, sub) where the credential leaves them out.
    static QJsonObject credentialFromJwtPayload(const QJsonObject &payload);

    static constexpr int kMaxNestingOfClr = 4;
};

} // namespace Satchel
