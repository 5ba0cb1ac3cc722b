#include "ReviewResult.h"

#include "trust/IssuerTrustChecker.h"

#include <QJsonArray>

#include <algorithm>

namespace Satchel {

void ReviewCounts::add(const QString &status)
{
    if (status == QLatin1String("valid"))
        ++valid;
    else if (status == QLatin1String("unknown") || status.isEmpty())
        ++notChecked;
    else
        ++notValid;
}

QString ReviewCounts::text() const
{
    return tr("%1 · %2 · %3", "valid · not valid · could not be checked")
        .arg(tr("%n valid", nullptr, valid), tr("%n not valid", nullptr, notValid),
             tr("%n could not be checked", nullptr, notChecked));
}

ReviewCounts ReviewResult::counts() const
{
    ReviewCounts counts;
    for (const ReviewedCredential &c : credentials)
        counts.add(c.status);
    return counts;
}

int ReviewResult::differing() const
{
    return int(std::count_if(credentials.begin(), credentials.end(), [](const ReviewedCredential &c) { return c.differs(); }));
}

QList<const ReviewedCredential *> ReviewResult::timeline() const
{
    QList<const ReviewedCredential *> out;
    for (const ReviewedCredential &c : credentials)
        out.append(&c);
    std::stable_sort(out.begin(), out.end(), [](const ReviewedCredential *a, const ReviewedCredential *b) {
        if (a->issued.isValid() != b->issued.isValid())
            return a->issued.isValid();
        return a->issued < b->issued;
    });
    return out;
}

void ReviewResult::applyIssuerTrust(const IssuerTrustChecker &checker)
{
    for (ReviewedCredential &c : credentials) {
        if (!c.issuerId.isEmpty())
            c.issuerTrust = checker.check(c.issuerId);
    }
}

QJsonObject ReviewResult::toJson() const
{
    QJsonArray credentialArray;
    for (const ReviewedCredential &c : credentials) {
        QJsonArray checks;
        for (const VerificationCheck &check : c.checks)
            checks.append(check.toJson());
        QJsonObject o{{QStringLiteral("entry"), c.entryId},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("issuer"), c.issuer},
                      {QStringLiteral("format"), c.format},
                      {QStringLiteral("status"), c.status},
                      {QStringLiteral("receiptStatus"), c.receiptStatus},
                      {QStringLiteral("differs"), c.differs()},
                      {QStringLiteral("checks"), checks}};
        if (c.issued.isValid())
            o.insert(QStringLiteral("issued"), c.issued.toUTC().toString(Qt::ISODate));
        if (c.receiptVerifiedAt.isValid())
            o.insert(QStringLiteral("receiptVerifiedAt"), c.receiptVerifiedAt.toUTC().toString(Qt::ISODate));
        if (!c.reasonCode.isEmpty())
            o.insert(QStringLiteral("reason"), c.reasonCode);
        if (c.credits)
            o.insert(QStringLiteral("credits"), *c.credits);
        if (c.issuerTrust)
            o.insert(QStringLiteral("issuerTrust"), c.issuerTrust->toJson());
        credentialArray.append(o);
    }
    QJsonArray pathwayArray;
    for (const ReviewedPathway &p : pathways) {
        pathwayArray.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("percent"), p.percent},
                                        {QStringLiteral("satisfied"), p.satisfied}});
    }
    QJsonArray timelineArray;
    for (const ReviewedCredential *c : timeline()) {
        timelineArray.append(QJsonObject{{QStringLiteral("entry"), c->entryId},
                                         {QStringLiteral("name"), c->name},
                                         {QStringLiteral("issued"), c->issued.isValid()
                                              ? QJsonValue(c->issued.toUTC().toString(Qt::ISODate))
                                              : QJsonValue()}});
    }
    QJsonObject json{{QStringLiteral("packet"),
                        QJsonObject{{QStringLiteral("learner"), learnerName},
                                    {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("manifestSha256"), manifestSha256},
                                    {QStringLiteral("encrypted"), encrypted}}},
                       {QStringLiteral("reviewedAt"), reviewedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("credentials"), credentialArray},
                       {QStringLiteral("differing"), differing()},
                       {QStringLiteral("counts"), QJsonObject{{QStringLiteral("valid"), counts().valid},
                                                              {QStringLiteral("notValid"), counts().notValid},
                                                              {QStringLiteral("notChecked"), counts().notChecked}}},
                       {QStringLiteral("skills"), skills.toJson()},
                       {QStringLiteral("pathways"), pathwayArray},
                       {QStringLiteral("credits"), totalCredits},
                       {QStringLiteral("timeline"), timelineArray}};
    if (presentation) {
        json.insert(QStringLiteral("presentation"),
                    QJsonObject{{QStringLiteral("holder"), presentation->content.holder},
                                {QStringLiteral("challenge"), presentation->content.challenge},
                                {QStringLiteral("domain"), presentation->content.domain},
                                {QStringLiteral("holderSignature"), presentation->holderSignature.toJson()},
                                {QStringLiteral("binding"), presentation->binding.toJson()},
                                {QStringLiteral("accepted"), presentation->accepted()}});
    }
    return json;
}

} // namespace Satchel
