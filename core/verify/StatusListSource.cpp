#include "StatusListSource.h"

#include "i18n/LocaleText.h"

namespace Satchel {

Result<FetchedDocument> StatusListSource::fetch(const QString &url, const QByteArray &accept)
{
    if (!m_fetcher)
        return Error{QStringLiteral("offline"), tr("The status list at %1 was not checked (offline).").arg(url)};
    auto fetched = m_fetcher->fetch(url, accept);
    if (!fetched)
        return Error{fetched.error().code,
                     tr("The status list at %1 could not be fetched: %2").arg(url, fetched.error().message)};
    if (!fetched->isSuccess())
        return Error{QStringLiteral("fetch-failed"),
                     tr("The status list at %1 could not be fetched (HTTP %2).").arg(url).arg(fetched->httpStatus)};
    if (fetched->fromCache && fetched->fetchedAt.isValid())
        m_cachedAt.insert(url, fetched->fetchedAt);
    return fetched;
}

VerificationCheck StatusListSource::noteCacheAge(const QString &url, VerificationCheck check) const
{
    const auto at = m_cachedAt.constFind(url);
    if (at == m_cachedAt.constEnd() || (check.outcome != CheckOutcome::Pass && check.outcome != CheckOutcome::Fail))
        return check;
    check.message += QLatin1Char(' ')
        + tr("(Checked against the copy of the status list fetched on %1.)").arg(LocaleText::dateTime(*at));
    return check;
}

VerificationCheck StatusListSource::unavailable(const QString &message)
{
    return VerificationCheck{QStringLiteral("status-unavailable"), CheckOutcome::Warn, message};
}

VerificationCheck StatusListSource::revoked()
{
    return {QStringLiteral("revoked"), CheckOutcome::Fail, tr("The issuer has revoked this credential.")};
}

VerificationCheck StatusListSource::suspended()
{
    return {QStringLiteral("revoked"), CheckOutcome::Fail, tr("The issuer has suspended this credential.")};
}

} // namespace Satchel
