#include "SharedChecks.h"

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
    const Status signature = jws.verify(key, allowed);
    if (!signature) {
        report.add(QStringLiteral("signature"), CheckOutcome::Fail,
                   signature.error().code == QLatin1String("alg-key-mismatch")
                       ? tr("The JWT algorithm does not match the key type: %1").arg(signature.error().message)
                       : tr("The signature is not valid."));
        return false;
    }
    report.add(QStringLiteral("signature"), CheckOutcome::Pass,
               tr("The %1 signature is valid.").arg(Signature::joseName(algorithm)));
    return true;
}

bool SharedChecks::hasJwtMediaType(const QJsonObject &header, const QString &kind)
{
    const auto name = [&header](const char *member) {
        QString value = header.value(QLatin1String(member)).toString().toLower();
        return value.startsWith(QLatin1String("application/")) ? value.mid(12) : value;
    };
    const QString typ = name("typ");
    const QString cty = name("cty");
    const bool typOk = typ.isEmpty() || typ == QLatin1String("jwt") || typ == kind + QLatin1String("+jwt")
        || typ == kind + QLatin1String("+ld+jwt");
    const bool ctyOk = cty.isEmpty() || cty == kind || cty == kind + QLatin1String("+ld+json");
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
