// The "schema" check (OB 3.0 §"Verification and Validation" step 1, issue 4): the credential is
// validated against each credentialSchema it names, using the bundled 1EdTech JSON Schemas only.
// Conformance problems are warnings, never fatal: a schema failure or an unknown schema says the
// issuer's software is sloppy, not that the credential is forged.
#pragma once

#include "VerificationCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class CredentialSchemaCheck {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialSchemaCheck)
public:
    // pass (valid against every named schema), warn (a failure or an unknown schema), skip (none named).
    static VerificationCheck check(const QJsonObject &credential);
};

} // namespace Satchel
