#include "TokenStatusListChecker.h"

#include "VerifyUtil.h"
#include "i18n/LocaleText.h"

namespace Satchel {

namespace {

Error tokenError(const QString &message)
{
    return Error{QStringLiteral("status-token"), message};
}

Error unavailableError(const QString &message)
{
    return Error{QStringLiteral("status-unavailable"), message};
}

// idx: a non-negative integer (a JSON number with no fraction, within what a double holds exactly).
std::optional<quint64> indexOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > 9.0e15 || d != double(quint64(d)))
        return std::nullopt;
    return quint64(d);
}

} // namespace

TokenStatusListChecker::TokenStatusListChecker(DocumentFetcher *fetcher, const QDateTime &now,
                                               SignatureCheck signatureCheck)
    : m_source(fetcher), m_now(now), m_signatureCheck(std::move(signatureCheck))
{
}

VerificationCheck TokenStatusListChecker::check(const QJsonObject &reference, const QString &issuer)
{
    const QString uri = reference.value(QLatin1String("uri")).toString();
    const auto index = indexOf(reference.value(QLatin1String("idx")));
    if (uri.isEmpty() || !index)
        return {QStringLiteral("status-index"), CheckOutcome::Fail,
                tr("The credential's status reference needs a list address (\"uri\") and a place in it (\"idx\", a "
                   "whole number of zero or more).")};
    auto list = loadList(uri, issuer);
    if (!list) {
        const bool unavailable = list.error().code == QLatin1String("status-unavailable");
        return {list.error().code, unavailable ? CheckOutcome::Warn : CheckOutcome::Fail, list.error().message};
    }
    auto status = list->statusAt(*index);
    if (!status)
        return {QStringLiteral("status-index"), CheckOutcome::Fail,
                tr("The credential's place %1 is outside the status list at %2, which holds %n status(es).", nullptr,
                   int(qMin<quint64>(list->size(), quint64(INT_MAX))))
                    .arg(*index)
                    .arg(uri)};
    return m_source.noteCacheAge(uri, verdict(*status));
}

Result<TokenStatusList> TokenStatusListChecker::loadList(const QString &uri, const QString &issuer)
{
    auto fetched = m_source.fetch(uri, TokenStatusList::kMediaType);
    if (!fetched)
        return unavailableError(fetched.error().message);
    auto token = Jws::parse(fetched->body);
    if (!token)
        return tokenError(tr("The status list at %1 is not a signed token: %2").arg(uri, token.error().message));
    if (!TokenStatusList::isTokenType(token->header().value(QLatin1String("typ")).toString()))
        return tokenError(tr("The token at %1 is not a Token Status List (its type is not \"statuslist+jwt\").").arg(uri));
    const Status signature = m_signatureCheck
        ? m_signatureCheck(*token)
        : Status(Error{QStringLiteral("key-unresolvable"), tr("No key was given to check it with.")});
    if (!signature) {
        if (signature.error().code == QLatin1String("lookup-failed"))
            return unavailableError(tr("The key that signed the status list at %1 could not be looked up: %2")
                                        .arg(uri, signature.error().message));
        return Error{QStringLiteral("status-signature"),
                     tr("The status list at %1 is not signed by the credential's issuer: %2")
                         .arg(uri, signature.error().message)};
    }
    auto claims = token->payloadObject();
    if (!claims)
        return tokenError(tr("The status list at %1 holds no claims: %2").arg(uri, claims.error().message));
    if (const Status valid = checkClaims(*claims, uri, issuer, *fetched); !valid)
        return valid.error();
    auto list = TokenStatusList::fromJson(claims->value(QLatin1String("status_list")).toObject());
    if (!list)
        return tokenError(tr("The status list at %1 cannot be read: %2").arg(uri, list.error().message));
    return list;
}

Status TokenStatusListChecker::checkClaims(const QJsonObject &claims, const QString &uri, const QString &issuer,
                                           const FetchedDocument &fetched) const
{
    // sub binds the token to the address the credential gave: a list served for another address
    // (another issuer's, or another of this issuer's lists) must not answer for it.
    const QString sub = claims.value(QLatin1String("sub")).toString();
    if (sub != uri)
        return tokenError(tr("The status list at %1 is published for another address (\"sub\" is \"%2\").")
                              .arg(uri, Error::excerpt(sub, 100)));
    const QJsonValue tokenIssuer = claims.value(QLatin1String("iss"));
    if (!tokenIssuer.isUndefined() && !issuer.isEmpty() && tokenIssuer.toString() != issuer)
        return tokenError(tr("The status list at %1 was issued by someone other than the credential's issuer.").arg(uri));
    const QDateTime iat = VerifyUtil::fromNumericDate(claims.value(QLatin1String("iat")));
    if (!iat.isValid() || iat > m_now.addSecs(kClockSkewSeconds))
        return tokenError(tr("The status list at %1 gives no issue time (\"iat\"), or one in the future.").arg(uri));
    const QJsonValue expValue = claims.value(QLatin1String("exp"));
    const QDateTime exp = VerifyUtil::fromNumericDate(expValue);
    if (!expValue.isUndefined() && !exp.isValid())
        return tokenError(tr("The status list at %1 has an expiry time (\"exp\") that is not a date.").arg(uri));
    if (exp.isValid() && exp < m_now) {
        // A kept copy that has lapsed (offline, or the issuer's server gone) says nothing either way;
        // a lapsed token the issuer serves now is a broken list.
        if (fetched.fromCache)
            return unavailableError(tr("The copy of the status list at %1 kept on %2 expired on %3, and no newer one "
                                       "could be fetched: the status was not checked.")
                                        .arg(uri, LocaleText::dateTime(fetched.fetchedAt), LocaleText::dateTime(exp)));
        return tokenError(tr("The status list at %1 expired on %2.").arg(uri, LocaleText::dateTime(exp)));
    }
    const QJsonValue ttl = claims.value(QLatin1String("ttl"));
    if (!ttl.isUndefined() && (!ttl.isDouble() || ttl.toDouble() <= 0))
        return tokenError(tr("The status list at %1 has a time to live (\"ttl\") that is not a positive number.").arg(uri));
    return {};
}

VerificationCheck TokenStatusListChecker::verdict(quint32 status) const
{
    switch (status) {
    case 0x00:
        return {QStringLiteral("revoked"), CheckOutcome::Pass,
                tr("The issuer's status list shows the credential as valid (neither revoked nor suspended).")};
    case 0x01:
        return StatusListSource::revoked();
    case 0x02:
        return StatusListSource::suspended();
    default:
        return {QStringLiteral("status"), CheckOutcome::Warn,
                tr("The issuer's status list gives the credential the status 0x%1, a value its application defines; "
                   "Satchel does not know what it means.")
                    .arg(status, 2, 16, QLatin1Char('0'))};
    }
}

} // namespace Satchel
