#include "Ob2SignedVerifier.h"

#include "SharedChecks.h"
#include "StatusListChecker.h"
#include "VerifyUtil.h"
#include "crypto/Jws.h"
#include "i18n/LocaleText.h"

#include <QJsonArray>

namespace Satchel {

Ob2SignedVerifier::Ob2SignedVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

Result<QJsonObject> Ob2SignedVerifier::resolveObject(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    const QString url = value.toString();
    if (url.isEmpty())
        return Error{QStringLiteral("malformed"), tr("A required link is missing.")};
    return SharedChecks::fetchObject(m_fetcher, url);
}

VerificationReport Ob2SignedVerifier::verify(QByteArrayView compactJws)
{
    VerificationReport report = newReport();
    m_assertion = {};

    auto read = SharedChecks::readJws(compactJws, report);
    if (!read)
        return report;
    const Jws &jws = read->first;
    const QJsonObject &payload = read->second;
    m_assertion = payload;
    report.credentialId = m_assertion.value(QLatin1String("id")).toString();

    if (!SharedChecks::checkSigned(jws, report, tr("The badge is unsigned (algorithm \"none\").")))
        return report;
    // "verify" is the OB 2.0 context's alias of "verification" (and the OB 1.x name).
    const QJsonObject verification = m_assertion.value(QLatin1String("verification")).isObject()
        ? m_assertion.value(QLatin1String("verification")).toObject()
        : m_assertion.value(QLatin1String("verify")).toObject();
    const QString verificationType = verification.value(QLatin1String("type")).toString();
    if (verificationType.compare(QLatin1String("signed"), Qt::CaseInsensitive) != 0
        && verificationType != QLatin1String("SignedBadge")) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   tr("A signed badge must declare verification type \"SignedBadge\"."));
        return report;
    }

    // The issuer comes from the BadgeClass; only its Profile may name signing keys.
    auto badge = resolveObject(m_assertion.value(QLatin1String("badge")));
    if (!badge) {
        report.add(QStringLiteral("key-unresolvable"),
                   badge.error().code == QLatin1String("lookup-failed") ? CheckOutcome::Unknown : CheckOutcome::Fail,
                   badge.error().message);
        return report;
    }
    const QJsonValue issuerValue = badge->value(QLatin1String("issuer"));
    const QString issuerId = VerifyUtil::idOf(issuerValue);
    // The Profile is always fetched from its id: an embedded copy could list any key.
    auto issuer = resolveObject(QJsonValue(issuerId));
    if (!issuer || issuer->value(QLatin1String("id")).toString() != issuerId) {
        const bool lookup = !issuer && issuer.error().code == QLatin1String("lookup-failed");
        report.add(QStringLiteral("key-unresolvable"), lookup ? CheckOutcome::Unknown : CheckOutcome::Fail,
                   issuer ? tr("The issuer profile at %1 has a different id.").arg(issuerId) : issuer.error().message);
        return report;
    }

    QStringList issuerKeys;
    for (const auto &k : VerifyUtil::asArray(issuer->value(QLatin1String("publicKey"))))
        issuerKeys << VerifyUtil::idOf(k);
    issuerKeys.removeAll(QString());
    QStringList candidates = issuerKeys;
    const QString creator = VerifyUtil::idOf(verification.value(QLatin1String("creator")));
    if (!creator.isEmpty()) {
        if (!issuerKeys.contains(creator)) {
            report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                       tr("The signing key %1 is not one of the issuer's keys.").arg(creator));
            return report;
        }
        candidates = {creator};
    }
    if (candidates.isEmpty()) {
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                   tr("The issuer profile lists no public key."));
        return report;
    }

    bool verified = false;
    bool anyKey = false;
    bool lookupFailed = false;
    QString lastProblem;
    for (const QString &keyUrl : candidates.mid(0, kMaxCandidateKeys)) {
        auto keyDoc = resolveObject(QJsonValue(keyUrl));
        if (!keyDoc) {
            lookupFailed |= keyDoc.error().code == QLatin1String("lookup-failed");
            lastProblem = keyDoc.error().message;
            continue;
        }
        if (keyDoc->value(QLatin1String("owner")).toString() != issuerId) {
            lastProblem = tr("The key %1 is not owned by the issuer.").arg(keyUrl);
            continue;
        }
        auto key = PublicKey::fromPem(keyDoc->value(QLatin1String("publicKeyPem")).toString().toLatin1());
        if (!key) {
            lastProblem = key.error().message;
            continue;
        }
        anyKey = true;
        if (jws.verify(*key, {SignatureAlgorithm::RS256, SignatureAlgorithm::ES256, SignatureAlgorithm::EdDSA})) {
            verified = true;
            break;
        }
    }
    if (!verified) {
        if (anyKey)
            report.add(QStringLiteral("signature"), CheckOutcome::Fail, tr("The signature is not valid."));
        else
            report.add(QStringLiteral("key-unresolvable"), lookupFailed ? CheckOutcome::Unknown : CheckOutcome::Fail,
                       lastProblem);
        return report;
    }
    report.add(QStringLiteral("signature"), CheckOutcome::Pass, tr("The issuer's signature is valid."));

    SharedChecks::checkAssertionDates(m_assertion, m_now, report);

    const QString revocationList = VerifyUtil::idOf(issuer->value(QLatin1String("revocationList")));
    if (!revocationList.isEmpty()) {
        StatusListChecker status(m_fetcher, m_now);
        report.append(status.checkOb2RevocationList(revocationList, report.credentialId,
                                                    m_assertion.value(QLatin1String("uid")).toString()));
    }
    return report;
}

} // namespace Satchel
