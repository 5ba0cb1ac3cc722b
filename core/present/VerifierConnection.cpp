#include "VerifierConnection.h"

namespace Satchel {

VerifierConnection::VerifierConnection(Fetcher &fetcher, int timeoutMs, const std::atomic_bool *cancel)
    : m_connection(fetcher, timeoutMs, cancel)
{
}

namespace {

Error cancelled()
{
    return Error{QStringLiteral("cancelled"), VerifierConnection::tr("Cancelled: nothing was sent to the verifier.")};
}

} // namespace

Status VerifierConnection::checkCancelled() const
{
    if (!m_connection.checkCancelled())
        return cancelled();
    return {};
}

Result<IssuerAnswer> VerifierConnection::get(const QUrl &url, const QString &step, const QByteArray &accept)
{
    if (const Status go = checkCancelled(); !go)
        return go.error();
    return reworded(m_connection.get(url, step, accept), url, step);
}

Result<IssuerAnswer> VerifierConnection::postForm(const QUrl &url, const FormFields &form, const QString &step)
{
    if (const Status go = checkCancelled(); !go)
        return go.error();
    return reworded(m_connection.postForm(url, form, step), url, step);
}

Result<IssuerAnswer> VerifierConnection::postJsonText(const QUrl &url, const QByteArray &json, const QString &step)
{
    if (const Status go = checkCancelled(); !go)
        return go.error();
    return reworded(m_connection.postJsonText(url, json, step), url, step);
}

Result<IssuerAnswer> VerifierConnection::reworded(Result<IssuerAnswer> answer, const QUrl &url, const QString &step) const
{
    if (answer)
        return answer;
    const QString &code = answer.error().code;
    if (code == QLatin1String("unreachable"))
        return Error{code, tr("The verifier (%1) could not be reached while %2.").arg(url.host(), step)};
    if (code == QLatin1String("offline"))
        return Error{code, tr("Satchel is working offline, so nothing was sent to the verifier (%1).").arg(url.host())};
    if (code == QLatin1String("cancelled"))
        return cancelled();
    return answer;
}

} // namespace Satchel
