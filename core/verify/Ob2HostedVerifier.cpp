#include "Ob2HostedVerifier.h"

#include "SharedChecks.h"
#include "VerifyUtil.h"
#include "i18n/LocaleText.h"

#include <QJsonArray>
#include <QUrl>

namespace Satchel {

namespace {

QString originOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

// An OB 2.0 (or 1.1) context; 1.0 assertions have none and are upgraded on read.
bool hasOpenBadgesContext(const QJsonObject &assertion)
{
    const QJsonArray contexts = VerifyUtil::asArray(assertion.value(QLatin1String("@context")));
    if (contexts.isEmpty())
        return true;
    for (const auto &c : contexts) {
        const QString url = c.toString();
        if (url == QLatin1String("https://w3id.org/openbadges/v2") || url == QLatin1String("https://openbadgespec.org/v2/context.json")
            || url == QLatin1String("https://w3id.org/openbadges/v1"))
            return true;
    }
    return false;
}

// The fields whose disagreement means the held copy is not the issuer's assertion.
const char *const kComparedFields[] = {"id", "badge", "recipient", "issuedOn", "expires"};

} // namespace

Ob2HostedVerifier::Ob2HostedVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

Result<QJsonObject> Ob2HostedVerifier::fetchObject(const QString &url)
{
    return SharedChecks::fetchObject(m_fetcher, url);
}

VerificationCheck Ob2HostedVerifier::checkScope(const QString &assertionId, const QJsonObject &issuer) const
{
    const QUrl assertionUrl(assertionId);
    const QJsonObject verification = issuer.value(QLatin1String("verification")).toObject();
    const QJsonArray startsWith = VerifyUtil::asArray(verification.value(QLatin1String("startsWith")));
    const QJsonArray allowedOrigins = VerifyUtil::asArray(verification.value(QLatin1String("allowedOrigins")));
    bool inScope = false;
    if (startsWith.isEmpty() && allowedOrigins.isEmpty()) {
        inScope = originOf(assertionUrl) == originOf(QUrl(issuer.value(QLatin1String("id")).toString()));
    } else {
        for (const auto &prefix : startsWith)
            inScope |= !prefix.toString().isEmpty() && assertionId.startsWith(prefix.toString());
        for (const auto &host : allowedOrigins)
            inScope |= host.toString().compare(assertionUrl.host(), Qt::CaseInsensitive) == 0;
    }
    if (!inScope)
        return {QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                tr("The issuer does not vouch for assertions hosted at %1.").arg(assertionUrl.host())};
    return {QStringLiteral("issuer-mismatch"), CheckOutcome::Pass, tr("The issuer hosts this assertion.")};
}

VerificationReport Ob2HostedVerifier::verify(const QByteArray &assertionJson)
{
    VerificationReport report = newReport();
    auto held = VerifyUtil::parseObject(assertionJson);
    if (!held) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, held.error().message);
        return report;
    }
    const QString id = held->value(QLatin1String("id")).toString();
    report.credentialId = id;
    const QString verificationType =
        held->value(QLatin1String("verification")).toObject().value(QLatin1String("type")).toString();
    if (verificationType.compare(QLatin1String("hosted"), Qt::CaseInsensitive) != 0
        && verificationType != QLatin1String("HostedBadge")) {
        report.add(QStringLiteral("no-proof"), CheckOutcome::Fail,
                   tr("The badge is neither hosted nor signed, so nothing proves it."));
        return report;
    }
    const QUrl url(id);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, tr("A hosted badge needs an http(s) id."));
        return report;
    }
    if (!m_fetcher) {
        report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Unknown,
                   tr("The hosted badge was not checked with its issuer (offline)."));
        return report;
    }

    auto fetched = m_fetcher->fetch(id);
    if (!fetched) {
        report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Unknown,
                   tr("The issuer's copy could not be fetched: %1").arg(fetched.error().message));
        return report;
    }
    if (fetched->httpStatus == 410) {
        report.add(QStringLiteral("revoked"), CheckOutcome::Fail, tr("The issuer has revoked this badge (HTTP 410)."));
        return report;
    }
    if (!fetched->isSuccess()) {
        report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Unknown,
                   tr("The issuer's copy could not be fetched (HTTP %1).").arg(fetched->httpStatus));
        return report;
    }
    auto hosted = VerifyUtil::parseObject(fetched->body);
    if (!hosted) {
        report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Fail, tr("The issuer's copy is not valid JSON."));
        return report;
    }
    if (hosted->value(QLatin1String("revoked")).toBool()) {
        const QString reason = hosted->value(QLatin1String("revocationReason")).toString();
        report.add(QStringLiteral("revoked"), CheckOutcome::Fail,
                   reason.isEmpty() ? tr("The issuer has revoked this badge.")
                                    : tr("The issuer has revoked this badge: %1").arg(reason));
        return report;
    }
    for (const char *field : kComparedFields) {
        const QLatin1String key(field);
        if (held->value(key) != hosted->value(key)) {
            report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Fail,
                       tr("The badge differs from the issuer's copy (%1).").arg(key));
            return report;
        }
    }
    report.add(QStringLiteral("hosted-mismatch"), CheckOutcome::Pass, tr("The badge matches the issuer's copy."));

    // The shape rules of OB 2.0 the issuer's copy itself can break.
    const QStringList types = VerifyUtil::typesOf(*hosted);
    const QDateTime heldExpires = VerifyUtil::parseDateTime(hosted->value(QLatin1String("expires")).toString());
    const QDateTime heldIssuedOn = VerifyUtil::parseDateTime(hosted->value(QLatin1String("issuedOn")).toString());
    QString shapeProblem;
    if (!hasOpenBadgesContext(*hosted))
        shapeProblem = tr("The badge does not use the Open Badges context.");
    else if (!types.isEmpty() && !types.contains(QLatin1String("Assertion")))
        shapeProblem = tr("The badge is not an Open Badges assertion (type %1).").arg(types.join(QLatin1String(", ")));
    else if (VerifyUtil::idOf(hosted->value(QLatin1String("image"))).startsWith(QLatin1String("data:")))
        shapeProblem = tr("An assertion image must be a link, not embedded data (only a badge class may embed its image).");
    else if (heldExpires.isValid() && heldIssuedOn.isValid() && heldExpires < heldIssuedOn)
        shapeProblem = tr("The badge expires before it was issued.");
    if (!shapeProblem.isEmpty()) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, shapeProblem);
        return report;
    }

    // The issuer, through the BadgeClass, must vouch for where the assertion is hosted.
    const QJsonValue badgeValue = hosted->value(QLatin1String("badge"));
    auto badge = badgeValue.isObject() ? Result<QJsonObject>(badgeValue.toObject())
                                       : fetchObject(badgeValue.toString());
    const QString issuerId = badge ? VerifyUtil::idOf(badge->value(QLatin1String("issuer"))) : QString();
    auto issuer = issuerId.isEmpty() ? Result<QJsonObject>(Error{QStringLiteral("malformed"), QString()})
                                     : fetchObject(issuerId);
    if (!issuer || issuer->value(QLatin1String("id")).toString() != issuerId) {
        // Say why: "could not check" with no reason leaves the learner nothing to act on.
        QString why;
        if (!badge)
            why = tr("The issuer's profile could not be checked: %1").arg(badge.error().message);
        else if (issuerId.isEmpty())
            why = tr("The issuer's profile could not be checked: the badge class names no issuer.");
        else if (!issuer)
            why = tr("The issuer's profile could not be checked: %1").arg(issuer.error().message);
        else
            why = tr("The issuer's profile at %1 gives another id.").arg(issuerId);
        report.add(QStringLiteral("issuer-mismatch"), CheckOutcome::Unknown, why);
    } else {
        report.add(checkScope(id, *issuer));
    }

    SharedChecks::checkAssertionDates(*hosted, m_now, report);
    return report;
}

} // namespace Satchel
