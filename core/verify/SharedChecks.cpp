#include "SharedChecks.h"
#include "KeyResolver.h"

#include "DocumentFetcher.h"
#include "VerifyUtil.h"
#include "i18n/LocaleText.h"

namespace Satchel {

std::optional<std::pair<Jws, QJsonObject>> SharedChecks::readJws(QByteArrayView compactJws, VerificationReport &report)
{
    auto jws = Jws::parse(compactJws);
    if (!jws) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, jws.error().message);
        return std::nullopt;
    }
    auto payload = jws->payloadObject();
    if (!payload) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, payload.error().message);
        return std::nullopt;
    }
    return std::make_pair(std::move(*jws), std::move(*payload));
}

bool SharedChecks::checkSigned(const Jws &jws, VerificationReport &report, const QString &unsignedMessage)
{
    if (jws.algorithm().compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        return true;
    report.add(QStringLiteral("alg-none"), CheckOutcome::Fail, unsignedMessage);
    return false;
}

std::optional<SignatureAlgorithm> SharedChecks::checkJwtAlgorithm(const Jws &jws, VerificationReport &report,
                                                                  const QList<SignatureAlgorithm> &allowed)
{
    if (!checkSigned(jws, report, tr("The credential is unsigned (JWT algorithm \"none\").")))
        return std::nullopt;
    const auto algorithm = Signature::fromJoseName(jws.algorithm());
    if (!algorithm || (!allowed.isEmpty() && !allowed.contains(*algorithm))) {
        report.add(QStringLiteral("signature"), CheckOutcome::Fail,
                   tr("The JWT algorithm \"%1\" is not supported.").arg(Error::excerpt(jws.algorithm())));
        return std::nullopt;
    }
    return *algorithm;
}

bool SharedChecks::checkJwtSignature(const Jws &jws, const PublicKey &key, SignatureAlgorithm algorithm,
                                     const QList<SignatureAlgorithm> &allowed, VerificationReport &report)
{
    return reportSignature(jws.verify(key, allowed), algorithm, report);
}

bool SharedChecks::reportSignature(const Status &verified, SignatureAlgorithm algorithm, VerificationReport &report)
{
    if (!verified) {
        report.add(QStringLiteral("signature"), CheckOutcome::Fail,
                   verified.error().code == QLatin1String("alg-key-mismatch")
                       ? tr("The JWT algorithm does not match the key type: %1").arg(verified.error().message)
                       : tr("The signature is not valid."));
        return false;
    }
    report.add(QStringLiteral("signature"), CheckOutcome::Pass,
               tr("The %1 signature is valid.").arg(Signature::joseName(algorithm)));
    return true;
}

bool SharedChecks::hasJwtMediaType(const QJsonObject &header, const QString &kind)
{
    // A plain "JWT" (OB 3.0, VCDM 1.1) says no more than no typ at all.
    QString typ = header.value(QLatin1String("typ")).toString();
    if (typ.compare(QLatin1String("jwt"), Qt::CaseInsensitive) == 0
        || typ.compare(QLatin1String("application/jwt"), Qt::CaseInsensitive) == 0)
        typ.clear();
    return hasMediaType(typ, header.value(QLatin1String("cty")).toString(), kind, QStringLiteral("jwt"));
}

bool SharedChecks::hasMediaType(const QString &typ, const QString &cty, const QString &kind, const QString &securing)
{
    const auto name = [](const QString &member) {
        const QString value = member.toLower();
        return value.startsWith(QLatin1String("application/")) ? value.mid(12) : value;
    };
    const QString t = name(typ);
    const QString c = name(cty);
    const bool typOk = t.isEmpty() || t == kind + QLatin1Char('+') + securing || t == kind + QLatin1String("+ld+") + securing;
    const bool ctyOk = c.isEmpty() || c == kind || c == kind + QLatin1String("+ld+json");
    return typOk && ctyOk;
}

void SharedChecks::reportKeyError(const Error &error, VerificationReport &report)
{
    if (error.code == QLatin1String("lookup-failed"))
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Unknown, error.message);
    else
        report.add(error.code == QLatin1String("issuer-mismatch") ? error.code : QStringLiteral("key-unresolvable"),
                   CheckOutcome::Fail, error.message);
}

void SharedChecks::reportKeyStanding(const ResolvedKey &key, const QString &confirmedText, VerificationReport &report)
{
    if (key.selfCertified)
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Warn,
                   !key.provenance.isEmpty()
                       ? key.provenance
                       : tr("The signing key was supplied by the credential itself; it is not confirmed by the issuer."));
    else if (!key.provenance.isEmpty() || !confirmedText.isEmpty())
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Pass,
                   !key.provenance.isEmpty() ? key.provenance : confirmedText);
}

Result<QJsonObject> SharedChecks::fetchObject(DocumentFetcher *fetcher, const QString &url)
{
    if (!fetcher)
        return Error{QStringLiteral("lookup-failed"), tr("%1 was not fetched (offline).").arg(url)};
    auto fetched = fetcher->fetch(url);
    if (!fetched)
        return Error{QStringLiteral("lookup-failed"), tr("%1 could not be fetched: %2").arg(url, fetched.error().message)};
    if (!fetched->isSuccess())
        return Error{QStringLiteral("lookup-failed"),
                     tr("%1 could not be fetched (HTTP %2).").arg(url).arg(fetched->httpStatus)};
    return VerifyUtil::parseObject(fetched->body);
}

void SharedChecks::checkValidityWindow(const QDateTime &from, const QDateTime &until, const QDateTime &now,
                                       VerificationReport &report)
{
    if (until.isValid() && until < now)
        report.add(QStringLiteral("expired"), CheckOutcome::Fail,
                   tr("The credential expired on %1.").arg(LocaleText::date(until)));
    if (from.isValid() && from > now)
        report.add(QStringLiteral("not-yet-valid"), CheckOutcome::Fail,
                   tr("The credential is not valid before %1.").arg(LocaleText::date(from)));
}

void SharedChecks::checkAssertionDates(const QJsonObject &assertion, const QDateTime &now, VerificationReport &report)
{
    const QDateTime expires = VerifyUtil::parseDateTime(assertion.value(QLatin1String("expires")).toString());
    const QDateTime issuedOn = VerifyUtil::parseDateTime(assertion.value(QLatin1String("issuedOn")).toString());
    if (expires.isValid() && expires < now)
        report.add(QStringLiteral("expired"), CheckOutcome::Fail,
                   tr("The badge expired on %1.").arg(LocaleText::date(expires)));
    if (issuedOn.isValid() && issuedOn > now)
        report.add(QStringLiteral("not-yet-valid"), CheckOutcome::Fail,
                   tr("The badge is dated in the future (%1).").arg(LocaleText::date(issuedOn)));
}

} // namespace Satchel
