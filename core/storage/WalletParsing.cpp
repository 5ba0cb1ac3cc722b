// Wallet: a stored credential parsed again (CredentialReader over its original bytes, with the
// linked OB 2.0 documents from the document cache). The one place storage parses: its many callers
// (export, verify, review, share, the UI) read a credential as a model through it.
#include "Wallet.h"

#include "formats/CredentialReader.h"
#include "jsonld/SafeJson.h"

namespace Satchel {

Result<Credential> Wallet::parsed(qint64 id) const
{
    auto stored = credential(id);
    if (!stored)
        return stored.error();
    return parsed(*stored);
}

Result<Credential> Wallet::parsed(const StoredCredential &stored) const
{
    const RawCredential &raw = stored.raw;
    // Linked OB 2.0 documents come from the cache; each round may reveal one more link
    // (the issuer only becomes known from the BadgeClass).
    LinkedDocuments linked;
    for (int round = 0; round < 8; ++round) {
        bool added = false;
        for (const QString &url : CredentialReader::linkedDocumentUrls(raw, linked)) {
            if (linked.contains(url))
                continue;
            if (auto doc = document(url)) {
                if (const auto json = SafeJson::parseObject(doc->body)) {
                    linked.insert(url, *json);
                    added = true;
                }
            }
        }
        if (!added)
            break;
    }
    return CredentialReader::parse(raw, linked);
}

} // namespace Satchel
