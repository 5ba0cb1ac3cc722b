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
