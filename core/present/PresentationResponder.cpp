#include "PresentationResponder.h"

#include "PresentationLink.h"
#include "PresentationRequestReader.h"
#include "VcApiPresenter.h"
#include "VerifierConnection.h"
#include "VpToken.h"
#include "crypto/Base64Url.h"
#include "crypto/SigningKey.h"
#include "net/Fetcher.h"
#include "present/Logging.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace Satchel {

namespace {

// What Satchel can answer (OpenID4VP 1.0 §10: wallet metadata, sent with request_uri_method=post).
QString walletMetadata()
{
    const QJsonArray algs{QStringLiteral("EdDSA"), QStringLiteral("ES256")};
    const QJsonObject metadata{
        {QStringLiteral("vp_formats_supported"),
         QJsonObject{{QStringLiteral("ldp_vc"),
                      QJsonObject{{QStringLiteral("proof_type_values"), QJsonArray{QStringLiteral("DataIntegrityProof")}},
                                  {QStringLiteral("cryptosuite_values"),
                                   QJsonArray{QStringLiteral("eddsa-rdfc-2022"), QStringLiteral("ecdsa-rdfc-2019")}}}},
                     {QStringLiteral("jwt_vc_json"), QJsonObject{{QStringLiteral("alg_values"), algs}}},
                     {QStringLiteral("dc+sd-jwt"), QJsonObject{{QStringLiteral("kb-jwt_alg_values"), algs}}}}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("vp_token")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("direct_post")}},
        {QStringLiteral("client_id_prefixes_supported"),
         QJsonArray{QStringLiteral("redirect_uri"), QStringLiteral("decentralized_identifier")}}};
    return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

QString randomNonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(Base64Url::encode(bytes));
}

// A verifier's error answer in its own words (OAuth error and description), else its HTTP status.
QString verifierWords(const IssuerAnswer &answer)
{
    QString words = answer.error;
    if (!answer.errorDescription.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral(": ")) + answer.errorDescription;
    return words.isEmpty() ? PresentationResponder::tr("it gave no reason, only the error code %1").arg(answer.status)
                           : PresentationResponder::tr("it said “%1”").arg(Error::excerpt(words, 200));
}

// A request that may not come from the verifier it names: the learner hears what to do about it.
Error untrustedRequest(Error error)
{
    const QString &code = error.code;
    if (code == QLatin1String("signature-mismatch") || code == QLatin1String("client-id-mismatch")
        || code == QLatin1String("client-id-changed"))
        error.message = PresentationResponder::tr("%1 Nothing was sent. Do not answer this request: ask the verifier "
                                                  "for a new one.")
                            .arg(error.message);
    return error;
}

// An answer that failed after consent: the credentials were sent (or may have been), so the learner
// hears whether they arrived and how to try again.
Error notDelivered(Error error)
{
    if (error.code == QLatin1String("verifier-refused"))
        error.message =
            PresentationResponder::tr("%1 To try again, ask the verifier for a new request.").arg(error.message);
    else if (error.code == QLatin1String("unreachable"))
        error.message = PresentationResponder::tr("%1 Satchel cannot tell whether your credentials reached it. Check "
                                                  "your connection, then ask the verifier for a new request to try "
                                                  "again.")
                            .arg(error.message);
    return error;
}

const QueryMatches *matchesOf(const PreparedPresentation &prepared, const QString &queryId)
{
    for (const QueryMatches &m : prepared.matches) {
        if (m.queryId == queryId)
            return &m;
    }
    return nullptr;
}

const CandidateVerdict *offered(const QueryMatches &matches, qint64 row)
{
    for (const CandidateVerdict &v : matches.matching) {
        if (v.row == row)
            return &v;
    }
    return nullptr;
}

} // namespace

class PresentationResponder::Private {
public:
    Private(Wallet &w, Fetcher &f, PresentOptions o) : wallet(w), fetcher(f), options(o) {}

    Result<PresentationRequest> readRequest(const QString &text, VerifierConnection &connection);
    Result<PresentationRequest> fetchRequest(const PresentationLink &link, VerifierConnection &connection);
    // Each returns the verifier's redirect address as written (respond() checks it), empty for none.
    Result<QString> sendVcApi(const PreparedPresentation &prepared, const QList<PresentedItem> &items,
                              const SigningKey &key, VerifierConnection &connection);
    Result<QString> sendOpenId4Vp(const PreparedPresentation &prepared, const QList<PresentedItem> &items,
                                  const SigningKey &key, VerifierConnection &connection);
    Result<IssuerAnswer> post(const PreparedPresentation &prepared, const FormFields &form, VerifierConnection &connection);
    qint64 log(const PreparedPresentation &prepared, const QString &outcome, const QString &message,
               const QList<PresentedCredential> &credentials);

    Wallet &wallet;
    Fetcher &fetcher;
    PresentOptions options;
};

PresentationResponder::PresentationResponder(Wallet &wallet, Fetcher &fetcher, PresentOptions options)
    : d(std::make_unique<Private>(wallet, fetcher, options))
{
}

PresentationResponder::~PresentationResponder() = default;

bool PresentationResponder::isPresentationLink(const QString &text)
{
    return PresentationLink::looksLike(text);
}

Result<PreparedPresentation> PresentationResponder::prepare(const QString &text, const std::atomic_bool *cancel)
{
    VerifierConnection connection(d->fetcher, d->options.requestTimeoutMs, cancel);
    auto request = d->readRequest(text, connection);
    if (!request)
        return untrustedRequest(request.error());
    auto candidates = CredentialMatcher::candidates(d->wallet);
    if (!candidates)
        return candidates.error();
    PreparedPresentation prepared;
    prepared.request = *request;
    prepared.matches = CredentialMatcher::match(prepared.request, *candidates);
    return prepared;
}

Result<PresentationRequest> PresentationResponder::Private::readRequest(const QString &text, VerifierConnection &connection)
{
    if (!PresentationLink::looksLike(text) && VcApiPresenter::looksLike(text))
        return VcApiPresenter(connection).fetchRequest(text);
    auto link = PresentationLink::parse(text);
    if (!link)
        return link.error();
    return link->byReference() ? fetchRequest(*link, connection)
        : !link->requestObject.isEmpty()
        ? PresentationRequestReader::fromRequestObject(link->requestObject,
                                                       link->parameters.value(QLatin1String("client_id")).toString(),
                                                       QString(), options.extraTrustAnchorsPem)
        : PresentationRequestReader::fromParameters(link->parameters);
}

Result<PresentationRequest> PresentationResponder::Private::fetchRequest(const PresentationLink &link,
                                                                         VerifierConnection &connection)
{
    const QString step = tr("reading the verifier's request");
    const QString clientId = link.parameters.value(QLatin1String("client_id")).toString();
    QString walletNonce;
    Result<IssuerAnswer> answer = Error{};
    if (link.postRequestUri) {
        walletNonce = randomNonce();
        answer = connection.postForm(link.requestUri,
                                     {{QStringLiteral("wallet_metadata"), walletMetadata()},
                                      {QStringLiteral("wallet_nonce"), walletNonce}},
                                     step);
    } else {
        answer = connection.get(link.requestUri, step, "application/oauth-authz-req+jwt");
    }
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return Error{QStringLiteral("verifier-refused"),
                     tr("The verifier refused to give its request (%1).").arg(verifierWords(*answer))};
    return PresentationRequestReader::fromRequestObject(answer->body, clientId, walletNonce, options.extraTrustAnchorsPem);
}

Status PresentationResponder::checkChoice(const PreparedPresentation &prepared, const QList<ChosenCredential> &choice)
{
    QHash<QString, int> counts;
    QSet<QPair<QString, qint64>> seen;
    for (const ChosenCredential &chosen : choice) {
        const QueryMatches *matches = matchesOf(prepared, chosen.queryId);
        if (!matches || !offered(*matches, chosen.row) || seen.contains({chosen.queryId, chosen.row}))
            return Error{QStringLiteral("bad-choice"),
                         tr("A chosen credential does not answer what the verifier asks for.")};
        seen.insert({chosen.queryId, chosen.row});
        ++counts[chosen.queryId];
    }
    for (const RequestedCredential &query : prepared.request.credentials) {
        if (counts.value(query.id) > 1 && !query.multiple)
            return Error{QStringLiteral("bad-choice"),
                         tr("The verifier asks for only one credential for “%1”.")
                             .arg(query.name.isEmpty() ? query.id : query.name)};
    }
    const auto answered = [&counts](const QString &id) { return counts.value(id) > 0; };
    bool complete = true;
    if (!prepared.request.credentialSets.isEmpty()) {
        for (const CredentialSetQuery &set : prepared.request.credentialSets) {
            bool any = !set.required;
            for (const QStringList &option : set.options)
                any = any || std::all_of(option.begin(), option.end(), answered);
            complete = complete && any;
        }
    } else if (prepared.request.submissionRequirements) {
        // Submission requirements are not evaluated yet: one answered descriptor is the least they ask.
        complete = !counts.isEmpty();
    } else {
        for (const RequestedCredential &query : prepared.request.credentials)
            complete = complete && answered(query.id);
    }
    if (!complete)
        return Error{QStringLiteral("incomplete-choice"),
                     tr("The verifier needs more credentials than those chosen: it would not accept the answer.")};
    return {};
}

Status PresentationResponder::checkKey(const PresentationRequest &request, const QString &format, const SigningKey &key)
{
    if (!request.acceptedDidMethods.isEmpty()
        && !request.acceptedDidMethods.contains(key.did().section(QLatin1Char(':'), 1, 1)))
        return Error{QStringLiteral("key-not-accepted"),
                     tr("The verifier accepts only identities of the kinds %1, not this one (%2). Choose another "
                        "identity.")
                         .arg(request.acceptedDidMethods.join(QLatin1String(", ")), Error::excerpt(key.did(), 40))};
    // 1.0 names the credential format; earlier drafts the presentation's. An SD-JWT VC's holder key
    // signs its Key Binding JWT (kb-jwt_alg_values).
    const bool sdJwt = format == QLatin1String("dc+sd-jwt");
    const bool jwt = sdJwt || format == QLatin1String("jwt_vc_json");
    QJsonObject accepted = request.formatsSupported.value(format).toObject();
    if (accepted.isEmpty())
        accepted = request.formatsSupported.value(QLatin1String(sdJwt ? "vc+sd-jwt" : jwt ? "jwt_vp_json" : "ldp_vp")).toObject();
    const QString mine = jwt ? QString::fromLatin1(key.jwsAlgorithm()) : key.dataIntegrityCryptosuite();
    const char *listName = sdJwt ? "kb-jwt_alg_values" : jwt ? "alg_values" : "cryptosuite_values";
    const QJsonValue listed = accepted.value(QLatin1String(listName))
                                  .toArray(accepted.value(QLatin1String(jwt ? "alg" : "cryptosuite")).toArray());
    if (!listed.isArray() || listed.toArray().isEmpty() || listed.toArray().contains(mine))
        return {};
    return Error{QStringLiteral("key-not-accepted"),
                 tr("The verifier does not accept presentations signed with this identity's kind of key (%1). Choose "
                    "another identity.")
                     .arg(mine)};
}

Result<PresentationOutcome> PresentationResponder::respond(const PreparedPresentation &prepared,
                                                           const QList<ChosenCredential> &choice, const SigningKey &key,
                                                           const std::atomic_bool *cancel)
{
    if (const Status valid = checkChoice(prepared, choice); !valid)
        return valid.error();
    QList<PresentedItem> items;
    QList<PresentedCredential> presented;
    for (const ChosenCredential &chosen : choice) {
        auto stored = d->wallet.credential(chosen.row);
        if (!stored)
            return Error{QStringLiteral("wallet-read"),
                         tr("A chosen credential could not be read from the wallet: %1").arg(stored.error().message)};
        items.append(PresentedItem{chosen.queryId, CredentialMatcher::presentationFormat(stored->raw.format),
                                   stored->raw.bytes});
        presented.append(PresentedCredential{chosen.row, stored->summary.name});
    }
    for (const PresentedItem &item : std::as_const(items)) {
        if (const Status accepted = checkKey(prepared.request, item.format, key); !accepted)
            return accepted.error();
    }
    VerifierConnection connection(d->fetcher, d->options.requestTimeoutMs, cancel);
    auto redirect = prepared.request.protocol == PresentationProtocol::VcApi
        ? d->sendVcApi(prepared, items, key, connection)
        : d->sendOpenId4Vp(prepared, items, key, connection);
    if (!redirect) {
        if (redirect.error().code != QLatin1String("cancelled") && redirect.error().code != QLatin1String("offline"))
            d->log(prepared, QStringLiteral("failed"), redirect.error().message, presented);
        return notDelivered(redirect.error());
    }
    PresentationOutcome outcome;
    if (!redirect->isEmpty()) {
        const QUrl url(*redirect, QUrl::StrictMode);
        if (url.isValid() && Fetcher::isSecureOrLoopback(url))
            outcome.redirectUri = url;
        else
            qCWarning(lcPresent) << "the verifier's redirect address after the answer is not an https address; ignored";
    }
    outcome.logId = d->log(prepared, QStringLiteral("sent"), {}, presented);
    return outcome;
}

Result<QString> PresentationResponder::Private::sendVcApi(const PreparedPresentation &prepared,
                                                       const QList<PresentedItem> &items, const SigningKey &key,
                                                       VerifierConnection &connection)
{
    // One presentation answers every query: a credential chosen for two of them goes in once.
    QList<QByteArray> credentials;
    for (const PresentedItem &item : items) {
        if (!credentials.contains(item.credential))
            credentials.append(item.credential);
    }
    return VcApiPresenter(connection).send(prepared.request, credentials, key);
}

Result<QString> PresentationResponder::Private::sendOpenId4Vp(const PreparedPresentation &prepared,
                                                           const QList<PresentedItem> &items, const SigningKey &key,
                                                           VerifierConnection &connection)
{
    auto token = VpToken::build(prepared.request, items, key);
    if (!token)
        return token.error();
    FormFields form{{QStringLiteral("vp_token"), VpToken::formValue(token->vpToken)}};
    if (!token->presentationSubmission.isEmpty())
        form.append({QStringLiteral("presentation_submission"), QString::fromUtf8(token->presentationSubmission)});
    auto answer = post(prepared, form, connection);
    if (!answer)
        return answer.error();
    return answer->json.value(QLatin1String("redirect_uri")).toString();
}

PresentationOutcome PresentationResponder::decline(const PreparedPresentation &prepared, const std::atomic_bool *cancel)
{
    PresentationOutcome outcome;
    if (prepared.request.protocol == PresentationProtocol::VcApi) {
        // VC-API has no way to say no: the exchange is left to expire, and the verifier hears nothing.
        outcome.verifierInformed = false;
        outcome.logId = d->log(prepared, QStringLiteral("declined"), {}, {});
        return outcome;
    }
    VerifierConnection connection(d->fetcher, d->options.requestTimeoutMs, cancel);
    auto answer = d->post(prepared, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                     {QStringLiteral("error_description"), QStringLiteral("The holder declined.")}},
                          connection);
    if (!answer) {
        outcome.verifierInformed = false;
        outcome.message = answer.error().message;
    }
    outcome.logId = d->log(prepared, QStringLiteral("declined"), outcome.message, {});
    return outcome;
}

Result<IssuerAnswer> PresentationResponder::Private::post(const PreparedPresentation &prepared, const FormFields &fields,
                                                          VerifierConnection &connection)
{
    FormFields form = fields;
    if (!prepared.request.state.isEmpty())
        form.append({QStringLiteral("state"), prepared.request.state});
    const QString step = tr("sending the answer");
    auto answer = connection.postForm(prepared.request.responseUri, form, step);
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return Error{QStringLiteral("verifier-refused"),
                     tr("The verifier did not accept the answer (%1).").arg(verifierWords(*answer))};
    return answer;
}

qint64 PresentationResponder::Private::log(const PreparedPresentation &prepared, const QString &outcome,
                                           const QString &message, const QList<PresentedCredential> &credentials)
{
    PresentationLogEntry entry;
    entry.verifierName = prepared.request.verifierName;
    entry.verifierDomain = prepared.request.verifierDomain;
    entry.clientId = prepared.request.clientId;
    entry.protocol = prepared.request.protocolName();
    entry.outcome = outcome;
    entry.message = message;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.credentials = credentials;
    auto id = PresentationLogRepository(wallet).add(entry);
    if (!id) {
        qCWarning(lcPresent) << "the presentation log could not be written:" << id.error().message;
        return 0;
    }
    return *id;
}

} // namespace Satchel
