// The parsed model as JSON for `show --json` and `list --json`: a stable, documented shape that
// scripts can rely on (field names follow Credential.h; dates ISO 8601 UTC; empty fields left out).
#pragma once

#include "model/Credential.h"
#include "storage/CredentialSummary.h"

#include <QJsonObject>

namespace Satchel::Cli {

class CredentialJson {
public:
    static QJsonObject credentialToJson(const Credential &credential);
    static QJsonObject summaryToJson(const CredentialSummary &summary);
};

} // namespace Satchel::Cli
