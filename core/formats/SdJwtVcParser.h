// Maps an SD-JWT VC's claims (disclosures already in place, see SdJwt) onto the model. SD-JWT VC
// fixes only a few claims (iss, vct, iat, nbf, exp, cnf, status); the rest is whatever the
// credential type defines. Learning credentials issued this way tend to reuse the Open Badges 3.0
// shape (a credentialSubject with an achievement, or a top-level achievement), so that shape is
// read with CredentialParser::parseOb3; anything else is shown generically (name, description,
// the holder's given and family name), and every claim stays in Credential::json for the detail view.
#pragma once

#include "model/Credential.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class SdJwtVcParser {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SdJwtVcParser)
public:
    // `credential.format` and `jwsHeader` are the caller's; claims become credential.json.
    static void parse(const QJsonObject &claims, Credential &credential);
};

} // namespace Satchel
