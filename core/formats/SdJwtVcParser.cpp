#include "SdJwtVcParser.h"

#include "CredentialParser.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Satchel {

namespace {

QString isoDate(const QJsonValue &numericDate)
{
    if (!numericDate.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(numericDate.toDouble()), Qt::UTC).toString(Qt::ISODate);
}

// The claims rearranged as the OB 3.0 reader expects them: issuer from iss, dates from the JWT
// claims, a subject even when the credential only has a top-level achievement.
QJsonObject asOb3Shape(const QJsonObject &claims)
{
    QJsonObject vc = claims;
    const QString iss = claims.value(QLatin1String("iss")).toString();
    QJsonObject issuer = claims.value(QLatin1String("issuer")).toObject();
    if (!issuer.isEmpty()) {
        if (!issuer.contains(QLatin1String("id")))
            issuer.insert(QStringLiteral("id"), iss);
        vc.insert(QStringLiteral("issuer"), issuer);
    } else {
        vc.insert(QStringLiteral("issuer"), iss);
    }
    if (!claims.value(QLatin1String("credentialSubject")).isObject()) {
        QJsonObject subject;
        for (const char *name : {"achievement", "result", "creditsEarned"}) {
            if (claims.contains(QLatin1String(name)))
                subject.insert(QLatin1String(name), claims.value(QLatin1String(name)));
        }
        vc.insert(QStringLiteral("credentialSubject"), subject);
    }
    const QString from = isoDate(claims.value(claims.contains(QLatin1String("nbf")) ? QLatin1String("nbf")
                                                                                    : QLatin1String("iat")));
    vc.insert(QStringLiteral("validFrom"), from);
    vc.insert(QStringLiteral("validUntil"), isoDate(claims.value(QLatin1String("exp"))));
    vc.insert(QStringLiteral("id"), claims.value(QLatin1String("jti")).toString());
    vc.remove(QStringLiteral("type"));
    vc.remove(QStringLiteral("proof"));
    return vc;
}

QString personName(const QJsonObject &claims)
{
    const QString given = claims.value(QLatin1String("given_name")).toString();
    const QString family = claims.value(QLatin1String("family_name")).toString();
    return QStringList{given, family}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

void SdJwtVcParser::parse(const QJsonObject &claims, Credential &credential)
{
    credential.specVersion = credential.jwsHeader.value(QLatin1String("typ")).toString(QStringLiteral("dc+sd-jwt"));
    CredentialParser::parseOb3(asOb3Shape(claims), credential);
    credential.json = claims;
    const QString vct = claims.value(QLatin1String("vct")).toString();
    credential.types = vct.isEmpty() ? QStringList() : QStringList{vct};
    credential.proofTypes = {QStringLiteral("SD-JWT ") + credential.jwsHeader.value(QLatin1String("alg")).toString()};
    if (claims.value(QLatin1String("iat")).isDouble())
        credential.issued = QDateTime::fromSecsSinceEpoch(qint64(claims.value(QLatin1String("iat")).toDouble()),
                                                          Qt::UTC);
    if (credential.recipientName.isEmpty())
        credential.recipientName = personName(claims);
    if (credential.recipientName.isEmpty())
        credential.recipientName = personName(claims.value(QLatin1String("credentialSubject")).toObject());
    if (credential.name.isEmpty())
        credential.name = credential.achievement.name;
    if (credential.name.isEmpty())
        credential.name = claims.value(QLatin1String("title")).toString();
    if (credential.name.isEmpty() && !vct.isEmpty())
        credential.name = vct.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    if (credential.description.isEmpty())
        credential.description = credential.achievement.description;
    // A subject id in SD-JWT VC is "sub" (often a pairwise value, not a DID); keep it for matching.
    if (credential.subjectId.isEmpty())
        credential.subjectId = claims.value(QLatin1String("sub")).toString();
}

} // namespace Satchel
