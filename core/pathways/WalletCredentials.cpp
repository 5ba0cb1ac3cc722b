#include "pathways/WalletCredentials.h"

#include "storage/Wallet.h"

namespace Satchel {

Result<QList<EarnedCredential>> WalletCredentials::load(const Wallet &wallet)
{
    QList<EarnedCredential> out;
    auto summaries = wallet.list(CredentialQuery::ascending(SortKey::Added, true));
    if (!summaries)
        return summaries.error();
    out.reserve(summaries->size());
    for (const CredentialSummary &s : *summaries) {
        const QString key = QString::number(s.id);
        auto parsed = wallet.parsed(s.id);
        if (parsed) {
            EarnedCredential e = EarnedCredential::fromCredential(*parsed, key, s.status);
            for (const QString &tag : s.tags) // the learner's own tags count for tag rules too
                if (!e.tags.contains(tag))
                    e.tags << tag;
            out.append(e);
            continue;
        }
        // Without a parse (e.g. no parser built in), the summary still has what most rules need.
        EarnedCredential e;
        e.key = key;
        e.name = s.name;
        e.achievementId = s.achievementId;
        e.issuerId = s.issuerId;
        e.tags = s.tags;
        e.achievementType = s.achievementType;
        e.issued = s.issued;
        e.validUntil = s.validUntil;
        e.status = s.status;
        out.append(e);
    }
    return out;
}

} // namespace Satchel
