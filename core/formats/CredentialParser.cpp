#include "CredentialParser.h"

#include <QJsonArray>

namespace Satchel {

namespace {

// Single value or array -> array (null/absent -> empty).
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray { value };
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : asArray(value)) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

// A text property: a string, the first string of an array, or a JSON-LD value/language object.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            QString s = text(v);
            if (!s.isEmpty())
                return s;
        }
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("@value")))
            return text(o.value(QLatin1String("@value")));
    }
    return {};
}

// Copies each named property's text into its field, so a mapping from JSON reads as a table.
struct TextField {
    const char *key;
    QString *field;
};
void textsInto(const QJsonObject &o, std::initializer_list<TextField> fields)
{
    for (const TextField &f : fields)
        *f.field = text(o.value(QLatin1String(f.key)));
}

// An @id property: an IRI string or an embedded object with an id.
QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return idOf(value.toArray().first());
    return {};
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QDateTime date(const QJsonValue &value)
{
    // OB 1.x allowed Unix timestamps, as numbers or digit strings.
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 secs = s.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    // The specs require a zone designator; without one, UTC keeps parsing independent of the
    // machine's time zone.
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

// The first key of keys whose text() is not empty: a property with a name from an older version
// of the spec after its current one.
QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        QString value = text(o.value(QLatin1String(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// As firstText(), for dates: the first key that holds a valid date().
QDateTime firstDate(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        QDateTime value = date(o.value(QLatin1String(key)));
        if (value.isValid())
            return value;
    }
    return {};
}

// "related" achievements (OB 2.0 BadgeClass and OB 3.0 Achievement alike): their ids.
QList<Identifier> relatedFrom(const QJsonValue &value)
{
    QList<Identifier> out;
    for (const QJsonValue &v : asArray(value)) {
        const QString id = idOf(v);
        if (!id.isEmpty())
            out.append(Identifier { QStringLiteral("related"), id });
    }
    return out;
}

// The first credentialSubject (a VC may list several; Open Badges have one).
QJsonObject firstSubject(const QJsonObject &vc)
{
    const QJsonArray subjects = asArray(vc.value(QLatin1String("credentialSubject")));
    return subjects.isEmpty() ? QJsonObject() : subjects.first().toObject();
}

// The proof label of a credential inside a JWS: its header's algorithm.
QString jwsProofType(const QJsonObject &jwsHeader)
{
    return QStringLiteral("JWS ") + jwsHeader.value(QLatin1String("alg")).toString();
}

QString formatAddress(const QJsonObject &a)
{
    QStringList parts;
    for (const char *key : { "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry" }) {
        const QString v = text(a.value(QLatin1String(key))).trimmed();
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.join(QLatin1String(", "));
}

Profile profileFrom(const QJsonObject &o)
{
    Profile p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = text(o.value(QLatin1String("name")));
    p.url = idOf(o.value(QLatin1String("url")));
    p.email = firstText(o, { "email", "contact" }); // contact: OB 1.0
    p.phone = firstText(o, { "telephone", "phone" });
    p.description = text(o.value(QLatin1String("description")));
    p.imageUrl = idOf(o.value(QLatin1String("image")));
    if (o.value(QLatin1String("address")).isObject())
        p.address = formatAddress(o.value(QLatin1String("address")).toObject());
    else
        p.address = text(o.value(QLatin1String("address")));
    // OB 1.0 issuer field.
    if (p.url.isEmpty())
        p.url = text(o.value(QLatin1String("origin")));
    return p;
}

Alignment alignmentFrom(const QJsonObject &o)
{
    Alignment a;
    // OB 1.x alignments say name / url / description.
    a.targetName = firstText(o, { "targetName", "name" });
    a.targetUrl = idOf(o.value(QLatin1String("targetUrl")));
    if (a.targetUrl.isEmpty())
        a.targetUrl = text(o.value(QLatin1String("url")));
    a.targetDescription = firstText(o, { "targetDescription", "description" });
    textsInto(o, {{"targetFramework", &a.targetFramework}, {"targetCode", &a.targetCode},
                  {"targetType", &a.targetType}});
    return a;
}

QList<Alignment> alignmentsFrom(const QJsonValue &value)
{
    QList<Alignment> out;
    for (const QJsonValue &v : asArray(value)) {
        if (v.isObject())
            out.append(alignmentFrom(v.toObject()));
    }
    return out;
}

QList<Evidence> evidenceFrom(const QJsonValue &value)
{
    QList<Evidence> out;
    for (const QJsonValue &v : asArray(value)) {
        Evidence e;
        if (v.isString()) {
            e.id = v.toString();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            e.id = o.value(QLatin1String("id")).toString();
            textsInto(o, {{"name", &e.name}, {"description", &e.description}, {"narrative", &e.narrative},
                          {"genre", &e.genre}, {"audience", &e.audience}});
        } else {
            continue;
        }
        out.append(e);
    }
    return out;
}

void criteriaInto(const QJsonValue &criteria, Achievement &a)
{
    if (criteria.isString()) {
        a.criteriaId = criteria.toString();
    } else if (criteria.isObject()) {
        const QJsonObject c = criteria.toObject();
        a.criteriaId = c.value(QLatin1String("id")).toString();
        a.criteriaNarrative = text(c.value(QLatin1String("narrative")));
    }
}

Achievement achievementFrom(const QJsonObject &o)
{
    Achievement a;
    a.id = o.value(QLatin1String("id")).toString();
    textsInto(o, {{"name", &a.name}, {"description", &a.description}, {"achievementType", &a.achievementType},
                  {"humanCode", &a.humanCode}, {"fieldOfStudy", &a.fieldOfStudy},
                  {"specialization", &a.specialization}, {"version", &a.version}, {"inLanguage", &a.inLanguage}});
    criteriaInto(o.value(QLatin1String("criteria")), a);
    a.imageUrl = idOf(o.value(QLatin1String("image")));
    a.creditsAvailable = number(o.value(QLatin1String("creditsAvailable")));
    a.tags = strings(o.value(QLatin1String("tag")));
    a.alignments = alignmentsFrom(o.value(QLatin1String("alignment")));
    for (const QJsonValue &v : asArray(o.value(QLatin1String("resultDescription")))) {
        const QJsonObject r = v.toObject();
        ResultDescription d;
        d.id = r.value(QLatin1String("id")).toString();
        d.allowedValues = strings(r.value(QLatin1String("allowedValue")));
        textsInto(r, {{"name", &d.name}, {"resultType", &d.resultType}, {"requiredValue", &d.requiredValue},
                      {"requiredLevel", &d.requiredLevel}, {"valueMin", &d.valueMin}, {"valueMax", &d.valueMax}});
        a.resultDescriptions.append(d);
    }
    a.related = relatedFrom(o.value(QLatin1String("related")));
    for (const QJsonValue &v : asArray(o.value(QLatin1String("otherIdentifier")))) {
        const QJsonObject r = v.toObject();
        a.otherIdentifiers.append(
            Identifier { text(r.value(QLatin1String("identifierType"))), text(r.value(QLatin1String("identifier"))) });
    }
    if (o.value(QLatin1String("creator")).isObject())
        a.creator = profileFrom(o.value(QLatin1String("creator")).toObject());
    else
        a.creator.id = idOf(o.value(QLatin1String("creator")));
    return a;
}

QString proofLabel(const QJsonObject &proof)
{
    const QString type = text(proof.value(QLatin1String("type")));
    const QString suite = proof.value(QLatin1String("cryptosuite")).toString();
    return suite.isEmpty() ? type : type + u'/' + suite;
}

// Looks an OB 2.0 @id property up: embedded object, or a linked document by URL.
QJsonObject resolveOb2(const QJsonValue &value, const LinkedDocuments &linked, Credential &credential, bool required)
{
    if (value.isObject())
        return value.toObject();
    const QString url = idOf(value);
    if (url.isEmpty())
        return {};
    const auto it = linked.constFind(url);
    if (it != linked.constEnd())
        return it.value();
    if (required && !credential.unresolvedLinks.contains(url)) {
        credential.unresolvedLinks.append(url);
        credential.warnings.append(CredentialParser::tr("The linked document %1 is not available.").arg(url));
    }
    return {};
}

// An endorsement's id and issuer (the issuer's name when it is embedded), in every version.
Endorsement endorsementIssuedBy(const QJsonObject &o)
{
    Endorsement e;
    e.id = o.value(QLatin1String("id")).toString();
    const QJsonValue issuer = o.value(QLatin1String("issuer"));
    e.issuerId = idOf(issuer);
    if (issuer.isObject())
        e.issuerName = text(issuer.toObject().value(QLatin1String("name")));
    return e;
}

Endorsement ob2EndorsementFrom(const QJsonObject &o, const LinkedDocuments &linked)
{
    Endorsement e = endorsementIssuedBy(o);
    if (!o.value(QLatin1String("issuer")).isObject() && linked.contains(e.issuerId))
        e.issuerName = text(linked.value(e.issuerId).value(QLatin1String("name")));
    e.comment = text(o.value(QLatin1String("claim")).toObject().value(QLatin1String("endorsementComment")));
    e.issued = date(o.value(QLatin1String("issuedOn")));
    return e;
}

Endorsement ob3EndorsementFrom(const QJsonObject &o)
{
    Endorsement e = endorsementIssuedBy(o);
    e.comment = text(o.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("endorsementComment")));
    e.issued = firstDate(o, { "validFrom", "issuanceDate" });
    return e;
}

void ob2EndorsementsInto(const QJsonValue &value, const LinkedDocuments &linked, Credential &credential)
{
    for (const QJsonValue &v : asArray(value)) {
        const QJsonObject o = resolveOb2(v, linked, credential, true);
        if (!o.isEmpty())
            credential.endorsements.append(ob2EndorsementFrom(o, linked));
        else if (v.isString())
            credential.endorsements.append(Endorsement { v.toString(), {}, {}, {}, {} });
    }
}

void ob3EndorsementsInto(const QJsonObject &holder, Credential &credential)
{
    for (const QJsonValue &v : asArray(holder.value(QLatin1String("endorsement")))) {
        if (v.isObject())
            credential.endorsements.append(ob3EndorsementFrom(v.toObject()));
    }
    for (const QJsonValue &v : asArray(holder.value(QLatin1String("endorsementJwt")))) {
        auto jws = CredentialReader::readJws(v.toString().toUtf8());
        if (jws)
            credential.endorsements.append(
                ob3EndorsementFrom(CredentialParser::credentialFromJwtPayload(jws->payload)));
    }
}

// A recipient identity object: OB 2.0 names its members type / identity, OB 3.0 identityType /
// identityHash; hashed and salt are the same in both.
RecipientIdentity identityFrom(const QJsonObject &o, const char *typeKey, const char *identityKey)
{
    RecipientIdentity r;
    r.type = text(o.value(QLatin1String(typeKey)));
    r.identity = text(o.value(QLatin1String(identityKey)));
    r.hashed = o.value(QLatin1String("hashed")).toBool();
    r.salt = text(o.value(QLatin1String("salt")));
    return r;
}

RecipientIdentity ob2Recipient(const QJsonObject &assertion)
{
    RecipientIdentity r;
    const QJsonValue value = assertion.value(QLatin1String("recipient"));
    if (value.isObject()) {
        r = identityFrom(value.toObject(), "type", "identity");
    } else {
        // OB 1.0: the recipient is a string (an email or "algo$hash") and the salt is top-level.
        r.type = QStringLiteral("email");
        r.identity = value.toString();
        r.salt = text(assertion.value(QLatin1String("salt")));
        r.hashed = r.identity.startsWith(QLatin1String("sha256$")) || r.identity.startsWith(QLatin1String("md5$"));
    }
    return r;
}

} // namespace

QJsonObject CredentialParser::credentialFromJwtPayload(const QJsonObject &payload)
{
    const bool legacy = payload.value(QLatin1String("vc")).isObject();
    QJsonObject vc = legacy ? payload.value(QLatin1String("vc")).toObject() : payload;
    if (!legacy)
        return vc;
    const bool vcdm2
        = strings(vc.value(QLatin1String("@context"))).contains(QLatin1String("https://www.w3.org/ns/credentials/v2"));
    if (!vc.contains(QLatin1String("id")) && payload.value(QLatin1String("jti")).isString())
        vc.insert(QLatin1String("id"), payload.value(QLatin1String("jti")));
    if (!vc.contains(QLatin1String("issuer")) && payload.value(QLatin1String("iss")).isString())
        vc.insert(QLatin1String("issuer"), payload.value(QLatin1String("iss")));
    const char *fromKey = vcdm2 ? "validFrom" : "issuanceDate";
    const char *untilKey = vcdm2 ? "validUntil" : "expirationDate";
    if (!vc.contains(QLatin1String(fromKey)) && !vc.contains(QLatin1String("validFrom"))
        && payload.value(QLatin1String("nbf")).isDouble())
        vc.insert(QLatin1String(fromKey),
            QDateTime::fromSecsSinceEpoch(qint64(payload.value(QLatin1String("nbf")).toDouble()), Qt::UTC)
                .toString(Qt::ISODate));
    if (!vc.contains(QLatin1String(untilKey)) && !vc.contains(QLatin1String("validUntil"))
        && payload.value(QLatin1String("exp")).isDouble())
        vc.insert(QLatin1String(untilKey),
            QDateTime::fromSecsSinceEpoch(qint64(payload.value(QLatin1String("exp")).toDouble()), Qt::UTC)
                .toString(Qt::ISODate));
    if (payload.value(QLatin1String("sub")).isString() && vc.value(QLatin1String("credentialSubject")).isObject()) {
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        if (!subject.contains(QLatin1String("id"))) {
            subject.insert(QLatin1String("id"), payload.value(QLatin1String("sub")));
            vc.insert(QLatin1String("credentialSubject"), subject);
        }
    }
    return vc;
}

void CredentialParser::parseOb2(const QJsonObject &assertion, const LinkedDocuments &linked, Credential &credential)
{
    const QStringList contexts = strings(assertion.value(QLatin1String("@context")));
    const bool v2 = std::any_of(contexts.begin(), contexts.end(), [](const QString &c) {
        return c.contains(QLatin1String("w3id.org/openbadges/v2")) || c.contains(QLatin1String("openbadgespec.org/v2"));
    });
    if (v2) {
        credential.specVersion = QStringLiteral("2.0");
    } else {
        const bool v11 = std::any_of(contexts.begin(), contexts.end(),
            [](const QString &c) { return c.contains(QLatin1String("openbadges/v1")); });
        credential.specVersion = v11 ? QStringLiteral("1.1") : QStringLiteral("1.0");
        credential.warnings.append(tr("Upgraded from Open Badges %1.").arg(credential.specVersion));
    }
    credential.types = strings(assertion.value(QLatin1String("type")));
    credential.id = assertion.value(QLatin1String("id")).toString();

    QJsonObject verification = assertion.value(QLatin1String("verification")).toObject();
    if (verification.isEmpty())
        verification = assertion.value(QLatin1String("verify")).toObject();
    if (credential.id.isEmpty()) // 1.x hosted assertions are identified by their verify URL
        credential.id = text(verification.value(QLatin1String("url")));
    const QString verificationType = text(verification.value(QLatin1String("type")));
    if (credential.format == CredentialFormat::Ob2Jws) {
        credential.proofTypes.append(jwsProofType(credential.jwsHeader));
    } else if (verificationType.compare(QLatin1String("signed"), Qt::CaseInsensitive) == 0
        || verificationType == QLatin1String("SignedBadge")) {
        credential.proofTypes.append(QStringLiteral("signed"));
    } else {
        credential.proofTypes.append(QStringLiteral("hosted"));
    }

    credential.recipients.append(ob2Recipient(assertion));
    credential.issued = firstDate(assertion, { "issuedOn", "issued_on" });
    credential.validFrom = credential.issued;
    credential.validUntil = date(assertion.value(QLatin1String("expires")));
    credential.narrative = text(assertion.value(QLatin1String("narrative")));
    credential.evidence = evidenceFrom(assertion.value(QLatin1String("evidence")));
    credential.revokedFlag = assertion.value(QLatin1String("revoked")).toBool();
    credential.revocationReason = text(assertion.value(QLatin1String("revocationReason")));
    const QString assertionImage = idOf(assertion.value(QLatin1String("image")));

    const QJsonObject badge = resolveOb2(assertion.value(QLatin1String("badge")), linked, credential, true);
    Achievement &a = credential.achievement;
    a.id = badge.value(QLatin1String("id")).toString();
    if (a.id.isEmpty())
        a.id = idOf(assertion.value(QLatin1String("badge")));
    a.name = text(badge.value(QLatin1String("name")));
    a.description = text(badge.value(QLatin1String("description")));
    a.achievementType = QStringLiteral("Badge");
    a.imageUrl = idOf(badge.value(QLatin1String("image")));
    const QJsonValue criteria = badge.value(QLatin1String("criteria"));
    if (criteria.isString() && linked.contains(criteria.toString()))
        criteriaInto(linked.value(criteria.toString()), a); // a fetched Criteria document
    criteriaInto(criteria, a);
    a.tags = strings(badge.value(QLatin1String("tags")));
    a.alignments = alignmentsFrom(badge.value(QLatin1String("alignment")));
    a.version = text(badge.value(QLatin1String("version")));
    a.inLanguage = text(badge.value(QLatin1String("@language")));
    a.related += relatedFrom(badge.value(QLatin1String("related")));

    if (!badge.isEmpty()) {
        const QJsonValue issuerValue = badge.value(QLatin1String("issuer"));
        const QJsonObject issuer = resolveOb2(issuerValue, linked, credential, true);
        credential.issuer = profileFrom(issuer);
        if (credential.issuer.id.isEmpty())
            credential.issuer.id = idOf(issuerValue);
        ob2EndorsementsInto(badge.value(QLatin1String("endorsement")), linked, credential);
        if (!issuer.isEmpty())
            ob2EndorsementsInto(issuer.value(QLatin1String("endorsement")), linked, credential);
    }
    ob2EndorsementsInto(assertion.value(QLatin1String("endorsement")), linked, credential);

    credential.name = a.name;
    credential.description = a.description;
    credential.imageUrl = assertionImage.isEmpty() ? a.imageUrl : assertionImage;
}

void CredentialParser::parseOb3(const QJsonObject &vc, Credential &credential, int depth)
{
    Q_UNUSED(depth)
    const QStringList contexts = strings(vc.value(QLatin1String("@context")));
    if (credential.specVersion.isEmpty())
        credential.specVersion = QStringLiteral("3.0");
    if (contexts.contains(QLatin1String("https://www.w3.org/2018/credentials/v1")))
        credential.warnings.append(tr("The credential uses the older VC Data Model 1.1."));
    credential.id = vc.value(QLatin1String("id")).toString();
    credential.types = strings(vc.value(QLatin1String("type")));
    credential.name = text(vc.value(QLatin1String("name")));
    credential.description = text(vc.value(QLatin1String("description")));
    credential.imageUrl = idOf(vc.value(QLatin1String("image")));

    const QJsonValue issuer = vc.value(QLatin1String("issuer"));
    if (issuer.isObject())
        credential.issuer = profileFrom(issuer.toObject());
    else
        credential.issuer.id = idOf(issuer);

    credential.validFrom = firstDate(vc, { "validFrom", "issuanceDate" });
    credential.validUntil = firstDate(vc, { "validUntil", "expirationDate" });
    credential.awardedDate = date(vc.value(QLatin1String("awardedDate")));
    credential.issued = credential.awardedDate.isValid() ? credential.awardedDate : credential.validFrom;
    credential.evidence = evidenceFrom(vc.value(QLatin1String("evidence")));
    ob3EndorsementsInto(vc, credential);

    for (const QJsonValue &p : asArray(vc.value(QLatin1String("proof")))) {
        if (p.isObject())
            credential.proofTypes.append(proofLabel(p.toObject()));
    }
    if (isJwsFormat(credential.format))
        credential.proofTypes.prepend(jwsProofType(credential.jwsHeader));
    else if (isCoseFormat(credential.format))
        credential.proofTypes.prepend(QStringLiteral("COSE ") + credential.jwsHeader.value(QLatin1String("alg")).toString());

    const QJsonObject subject = firstSubject(vc);
    credential.subjectId = subject.value(QLatin1String("id")).toString();
    credential.recipientName = text(subject.value(QLatin1String("name")));
    for (const QJsonValue &v : asArray(subject.value(QLatin1String("identifier"))))
        credential.recipients.append(identityFrom(v.toObject(), "identityType", "identityHash"));
    if (!credential.subjectId.isEmpty())
        credential.recipients.append(RecipientIdentity { QStringLiteral("id"), credential.subjectId, false, {} });

    const QJsonValue achievement = subject.value(QLatin1String("achievement"));
    if (achievement.isObject()) {
        credential.achievement = achievementFrom(achievement.toObject());
        ob3EndorsementsInto(achievement.toObject(), credential);
    } else {
        credential.achievement.id = idOf(achievement);
    }
    for (const QJsonValue &v : asArray(subject.value(QLatin1String("result")))) {
        const QJsonObject o = v.toObject();
        AchievementResult r;
        r.resultDescription = idOf(o.value(QLatin1String("resultDescription")));
        r.achievedLevel = idOf(o.value(QLatin1String("achievedLevel")));
        r.value = text(o.value(QLatin1String("value")));
        r.status = text(o.value(QLatin1String("status")));
        credential.results.append(r);
    }
    credential.creditsEarned = number(subject.value(QLatin1String("creditsEarned")));
    credential.term = text(subject.value(QLatin1String("term")));
    credential.licenseNumber = text(subject.value(QLatin1String("licenseNumber")));
    credential.activityStartDate = date(subject.value(QLatin1String("activityStartDate")));
    credential.activityEndDate = date(subject.value(QLatin1String("activityEndDate")));
    credential.narrative = text(subject.value(QLatin1String("narrative")));
    if (subject.contains(QLatin1String("endorsementComment")) && credential.description.isEmpty())
        credential.description = text(subject.value(QLatin1String("endorsementComment")));

    if (credential.name.isEmpty())
        credential.name = credential.achievement.name;
    if (credential.description.isEmpty())
        credential.description = credential.achievement.description;
    if (credential.imageUrl.isEmpty())
        credential.imageUrl = idOf(subject.value(QLatin1String("image")));
    if (credential.imageUrl.isEmpty())
        credential.imageUrl = credential.achievement.imageUrl;
}

void CredentialParser::parseClr(const QJsonObject &vc, const LinkedDocuments &linked, Credential &credential, int depth)
{
    credential.specVersion = QStringLiteral("2.0-clr");
    parseOb3(vc, credential, depth);
    const QJsonObject subject = firstSubject(vc);

    for (const QJsonValue &v : asArray(subject.value(QLatin1String("achievement")))) {
        if (v.isObject())
            credential.clrAchievements.append(achievementFrom(v.toObject()));
    }
    for (const QJsonValue &v : asArray(subject.value(QLatin1String("association")))) {
        const QJsonObject o = v.toObject();
        credential.associations.append(Association { text(o.value(QLatin1String("associationType"))),
            text(o.value(QLatin1String("sourceId"))), text(o.value(QLatin1String("targetId"))) });
    }
    if (depth >= kMaxNestingOfClr) {
        credential.warnings.append(tr("Credentials nested too deeply were skipped."));
        return;
    }
    const QJsonArray nested = asArray(subject.value(QLatin1String("verifiableCredential")));
    for (int i = 0; i < nested.size(); ++i) {
        const QJsonValue v = nested.at(i);
        Credential inner;
        QJsonObject innerJson;
        if (v.isObject()) {
            innerJson = v.toObject();
            const CredentialFormat f = CredentialReader::classifyJson(innerJson);
            inner.format = f == CredentialFormat::Unknown ? CredentialFormat::Ob3Json : f;
        } else if (v.isString()) {
            auto jws = CredentialReader::readJws(v.toString().toUtf8());
            if (!jws) {
                credential.warnings.append(
                    tr("Nested credential %1 could not be read: %2").arg(i + 1).arg(jws.error().message));
                continue;
            }
            inner.jwsHeader = jws->header;
            innerJson = credentialFromJwtPayload(jws->payload);
            const CredentialFormat f = CredentialReader::classifyJwsPayload(jws->payload);
            inner.format = f == CredentialFormat::Unknown ? CredentialFormat::Ob3Jwt : f;
        } else {
            continue;
        }
        inner.json = innerJson;
        if (inner.isClr())
            parseClr(innerJson, linked, inner, depth + 1);
        else if (inner.format == CredentialFormat::Ob2Json || inner.format == CredentialFormat::Ob2Jws)
            parseOb2(innerJson, linked, inner);
        else
            parseOb3(innerJson, inner, depth + 1);
        credential.nested.append(inner);
    }
}

} // namespace Satchel
