#include "pathways/EarnedCredential.h"

namespace Satchel {

EarnedCredential EarnedCredential::fromCredential(const Credential &c, const QString &key, const QString &status)
{
    EarnedCredential e;
    e.key = key;
    e.name = c.name.isEmpty() ? c.achievement.name : c.name;
    e.achievementId = c.achievement.id;
    for (const Identifier &id : c.achievement.related)
        if (!id.value.isEmpty())
            e.alternativeIds << id.value;
    for (const Identifier &id : c.achievement.otherIdentifiers)
        if (!id.value.isEmpty())
            e.alternativeIds << id.value;
    for (const Alignment &a : c.achievement.alignments)
        if (!a.targetUrl.isEmpty())
            e.alignmentUrls << a.targetUrl;
    e.issuerId = c.issuer.id;
    e.tags = c.achievement.tags;
    e.achievementType = c.achievement.achievementType;
    e.creditsEarned = c.creditsEarned;
    e.creditsAvailable = c.achievement.creditsAvailable;
    e.issued = c.awardedDate.isValid() ? c.awardedDate : (c.issued.isValid() ? c.issued : c.validFrom);
    e.validUntil = c.validUntil;
    e.status = status;
    if (e.status.isEmpty() && c.revokedFlag)
        e.status = QStringLiteral("revoked");
    for (const AchievementResult &r : c.results)
        e.results.append(EarnedResult{r.resultDescription, r.value, r.achievedLevel, r.status});
    return e;
}

QList<EarnedCredential> EarnedCredential::withNested(const Credential &c, const QString &key, const QString &status)
{
    QList<EarnedCredential> out{fromCredential(c, key, status)};
    for (int i = 0; i < c.nested.size(); ++i)
        out.append(fromCredential(c.nested.at(i), QStringLiteral("%1#%2").arg(key).arg(i), status));
    return out;
}

} // namespace Satchel
