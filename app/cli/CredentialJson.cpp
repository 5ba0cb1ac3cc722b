#include "CredentialJson.h"

#include <QJsonArray>

namespace Satchel::Cli {

namespace {

// Empty values are left out so the output shows only what the credential says.
void put(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void put(QJsonObject &object, const char *key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(QLatin1String(key), value.toUTC().toString(Qt::ISODate));
}

void put(QJsonObject &object, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

void put(QJsonObject &object, const char *key, const std::optional<double> &value)
{
    if (value)
        object.insert(QLatin1String(key), *value);
}

void put(QJsonObject &object, const char *key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void put(QJsonObject &object, const char *key, const QJsonArray &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonObject profileToJson(const Profile &p)
{
    QJsonObject o;
    put(o, "id", p.id);
    put(o, "name", p.name);
    put(o, "url", p.url);
    put(o, "email", p.email);
    put(o, "phone", p.phone);
    put(o, "description", p.description);
    put(o, "imageUrl", p.imageUrl);
    put(o, "address", p.address);
    return o;
}

// Each item of list as toJson makes it.
template <typename T, typename ToJson>
QJsonArray arrayOf(const QList<T> &list, ToJson toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

QJsonObject identifierToJson(const Identifier &i)
{
    return QJsonObject{{QStringLiteral("type"), i.type}, {QStringLiteral("value"), i.value}};
}

QJsonObject alignmentToJson(const Alignment &al)
{
    QJsonObject a;
    put(a, "targetName", al.targetName);
    put(a, "targetUrl", al.targetUrl);
    put(a, "targetDescription", al.targetDescription);
    put(a, "targetFramework", al.targetFramework);
    put(a, "targetCode", al.targetCode);
    put(a, "targetType", al.targetType);
    return a;
}

QJsonObject resultDescriptionToJson(const ResultDescription &rd)
{
    QJsonObject d;
    put(d, "id", rd.id);
    put(d, "name", rd.name);
    put(d, "resultType", rd.resultType);
    put(d, "allowedValues", rd.allowedValues);
    put(d, "requiredValue", rd.requiredValue);
    put(d, "requiredLevel", rd.requiredLevel);
    put(d, "valueMin", rd.valueMin);
    put(d, "valueMax", rd.valueMax);
    return d;
}

QJsonObject recipientToJson(const RecipientIdentity &r)
{
    QJsonObject ro;
    put(ro, "type", r.type);
    put(ro, "identity", r.identity);
    ro.insert(QStringLiteral("hashed"), r.hashed);
    put(ro, "salt", r.salt);
    return ro;
}

QJsonObject evidenceToJson(const Evidence &e)
{
    QJsonObject eo;
    put(eo, "id", e.id);
    put(eo, "name", e.name);
    put(eo, "description", e.description);
    put(eo, "narrative", e.narrative);
    put(eo, "genre", e.genre);
    put(eo, "audience", e.audience);
    return eo;
}

QJsonObject resultToJson(const AchievementResult &r)
{
    QJsonObject ro;
    put(ro, "resultDescription", r.resultDescription);
    put(ro, "achievedLevel", r.achievedLevel);
    put(ro, "value", r.value);
    put(ro, "status", r.status);
    return ro;
}

QJsonObject endorsementToJson(const Endorsement &e)
{
    QJsonObject eo;
    put(eo, "id", e.id);
    put(eo, "issuerId", e.issuerId);
    put(eo, "issuerName", e.issuerName);
    put(eo, "comment", e.comment);
    put(eo, "issued", e.issued);
    return eo;
}

QJsonObject associationToJson(const Association &a)
{
    QJsonObject ao;
    put(ao, "type", a.type);
    put(ao, "sourceId", a.sourceId);
    put(ao, "targetId", a.targetId);
    return ao;
}

QJsonObject achievementToJson(const Achievement &x)
{
    QJsonObject o;
    put(o, "id", x.id);
    put(o, "name", x.name);
    put(o, "description", x.description);
    put(o, "achievementType", x.achievementType);
    put(o, "criteriaId", x.criteriaId);
    put(o, "criteriaNarrative", x.criteriaNarrative);
    put(o, "imageUrl", x.imageUrl);
    put(o, "humanCode", x.humanCode);
    put(o, "fieldOfStudy", x.fieldOfStudy);
    put(o, "specialization", x.specialization);
    put(o, "version", x.version);
    put(o, "inLanguage", x.inLanguage);
    put(o, "creditsAvailable", x.creditsAvailable);
    put(o, "tags", x.tags);
    put(o, "alignments", arrayOf(x.alignments, alignmentToJson));
    put(o, "resultDescriptions", arrayOf(x.resultDescriptions, resultDescriptionToJson));
    put(o, "related", arrayOf(x.related, identifierToJson));
    put(o, "otherIdentifiers", arrayOf(x.otherIdentifiers, identifierToJson));
    put(o, "creator", profileToJson(x.creator));
    return o;
}

} // namespace

QJsonObject CredentialJson::credentialToJson(const Credential &c)
{
    QJsonObject o;
    put(o, "format", formatName(c.format));
    put(o, "specVersion", c.specVersion);
    put(o, "id", c.id);
    put(o, "types", c.types);
    put(o, "name", c.name);
    put(o, "description", c.description);
    put(o, "imageUrl", c.imageUrl);
    put(o, "issuer", profileToJson(c.issuer));
    put(o, "achievement", achievementToJson(c.achievement));
    put(o, "subjectId", c.subjectId);
    put(o, "recipientName", c.recipientName);
    put(o, "recipients", arrayOf(c.recipients, recipientToJson));
    put(o, "issued", c.issued);
    put(o, "validFrom", c.validFrom);
    put(o, "validUntil", c.validUntil);
    put(o, "awardedDate", c.awardedDate);
    put(o, "narrative", c.narrative);
    put(o, "evidence", arrayOf(c.evidence, evidenceToJson));
    put(o, "results", arrayOf(c.results, resultToJson));
    put(o, "creditsEarned", c.creditsEarned);
    put(o, "term", c.term);
    put(o, "licenseNumber", c.licenseNumber);
    put(o, "activityStartDate", c.activityStartDate);
    put(o, "activityEndDate", c.activityEndDate);
    put(o, "endorsements", arrayOf(c.endorsements, endorsementToJson));
    put(o, "proofTypes", c.proofTypes);
    if (c.revokedFlag)
        o.insert(QStringLiteral("revoked"), true);
    put(o, "revocationReason", c.revocationReason);
    put(o, "nested", arrayOf(c.nested, &CredentialJson::credentialToJson));
    put(o, "clrAchievements", arrayOf(c.clrAchievements, achievementToJson));
    put(o, "associations", arrayOf(c.associations, associationToJson));
    put(o, "warnings", c.warnings);
    put(o, "unresolvedLinks", c.unresolvedLinks);
    return o;
}

QJsonObject CredentialJson::summaryToJson(const CredentialSummary &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("credentialId"), s.credentialId);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("issuer"), s.issuerName.isEmpty() ? s.issuerId : s.issuerName);
    o.insert(QStringLiteral("issuerId"), s.issuerId);
    o.insert(QStringLiteral("issued"), s.issued.isValid() ? QJsonValue(s.issued.toUTC().toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("format"), formatName(s.format));
    o.insert(QStringLiteral("status"), s.status);
    o.insert(QStringLiteral("achievementType"), s.achievementType);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(s.tags));
    if (s.parentId)
        o.insert(QStringLiteral("parentId"), s.parentId);
    return o;
}

} // namespace Satchel::Cli
