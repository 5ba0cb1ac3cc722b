#include "VcApiPresenter.h"

#include "EcdsaSdPresentation.h"

#include "VcApiQueryReader.h"
#include "VerifierConnection.h"
#include "crypto/SigningKey.h"
#include "net/Fetcher.h"
#include "receive/ReceiveLink.h"
#include "share/PresentationSigner.h"

namespace Satchel {

VcApiPresenter::VcApiPresenter(VerifierConnection &connection) : m_connection(connection) {}

bool VcApiPresenter::looksLike(const QString &text)
{
    const auto link = ReceiveLink::parse(text);
    return link && (link->kind == ReceiveLink::InteractionUrl || link->kind == ReceiveLink::VcApiExchange);
}

Result<PresentationRequest> VcApiPresenter::fetchRequest(const QString &text)
{
    auto link = ReceiveLink::parse(text);
    if (link && link->kind == ReceiveLink::InteractionUrl) {
        if (!Fetcher::isSecureOrLoopback(link->url))
            return Error{QStringLiteral("insecure-url"),
                         tr("The link %1 is not a secure (https) address: nothing was fetched.")
                             .arg(Error::excerpt(link->url.toString(), 100))};
        const QString step = tr("reading the interaction link");
        auto answer = m_connection.get(link->url, step, "application/json");
        if (!answer)
            return answer.error();
        if (!answer->isSuccess())
            return refused(*answer, step);
        link = ReceiveLink::fromInteraction(answer->json, link->url);
    }
    if (!link || link->kind != ReceiveLink::VcApiExchange)
        return Error{QStringLiteral("unsupported-link"),
                     tr("This link does not lead to a verifier's request Satchel can answer.")};
    if (!Fetcher::isSecureOrLoopback(link->url))
        return Error{QStringLiteral("insecure-url"),
                     tr("The exchange %1 is not a secure (https) address: nothing was sent.")
                         .arg(Error::excerpt(link->url.toString(), 100))};
    const QString step = tr("reading the verifier's request");
    auto answer = m_connection.postJsonText(link->url, "{}", step);
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return refused(*answer, step);
    return VcApiQueryReader::read(answer->json.value(QLatin1String("verifiablePresentationRequest")).toObject(),
                                  link->url);
}

Result<QString> VcApiPresenter::send(const PresentationRequest &request, const QList<QByteArray> &credentials,
                                  const SigningKey &key)
{
    // A base proof stays with the holder here too (EcdsaSdPresentation): every field, derived.
    QList<QByteArray> sent;
    for (const QByteArray &credential : credentials) {
        auto copy = EcdsaSdPresentation::forVerifier(credential, RequestedCredential{}, request.language);
        if (!copy)
            return copy.error();
        sent.append(*copy);
    }
    auto presentation = PresentationSigner::signCredentials(sent, key, PresentationBinding{request.nonce, request.clientId});
    if (!presentation)
        return presentation.error();
    const QString step = tr("sending the answer");
    auto answer = m_connection.postJsonText(request.responseUri, "{\"verifiablePresentation\":" + *presentation + '}', step);
    // The DCC's transaction service takes the presentation itself as the body and fails with a
    // server error on the wrapped form VC-API specifies (as when receiving): sent bare, once.
    if (answer && answer->status >= 500)
        answer = m_connection.postJsonText(request.responseUri, *presentation, step);
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return refused(*answer, step);
    return answer->json.value(QLatin1String("redirectUrl")).toString();
}

Error VcApiPresenter::refused(const IssuerAnswer &answer, const QString &what) const
{
    if (answer.status == 404 || answer.status == 410)
        return Error{QStringLiteral("request-expired"),
                     tr("The verifier's request has expired or was already answered. Ask the verifier for a new link.")};
    // VC-API services answer {"error": …} or, as Bedrock does, {"name", "message"}.
    QString words = answer.error.isEmpty() ? answer.json.value(QLatin1String("message")).toString() : answer.error;
    if (!answer.errorDescription.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(": ")) + answer.errorDescription;
    if (words.isEmpty())
        words = tr("HTTP %1").arg(answer.status);
    return Error{QStringLiteral("verifier-refused"),
                 tr("The verifier refused while %1: %2").arg(what, Error::excerpt(words, 200))};
}

} // namespace Satchel
