#include "CredentialReceiver.h"

#include "IssuerConnection.h"
#include "Oid4vciAuthorizer.h"
#include "Oid4vciIssuance.h"
#include "Oid4vciOfferReader.h"
#include "ReceiveSessionState.h"
#include "VcApiExchangeClient.h"
#include "crypto/DidResolver.h"
#include "crypto/SigningKey.h"
#include "importer/ImportService.h"
#include "net/Fetcher.h"
#include "receive/Logging.h"
#include "storage/ReceivedCredentialRepository.h"
#include "storage/Wallet.h"

#include <algorithm>

namespace Satchel {

class CredentialReceiver::Private {
public:
    Private(Wallet &w, Fetcher &f, ReceiveOptions o) : wallet(w), fetcher(f), options(std::move(o)) {}

    Result<ReceiveOffer> vcApiOffer(IssuerConnection &http, const ReceiveLink &link) const;
    Result<ReceiveLink> followInteraction(IssuerConnection &http, const ReceiveLink &link) const;
    // Stores every credential through the import pipeline with its provenance; all or nothing.
    Result<ImportReport> store(const QList<IssuedCredential> &credentials, const CredentialProvenance &provenance);
    // A credential the issuer bound to someone else than the identity it was asked for is kept,
    // but the report says so.
    void noteBinding(ImportItemReport &item, const QString &holderDid) const;

    Wallet &wallet;
    Fetcher &fetcher;
    ReceiveOptions options;
};

Result<ReceiveOffer> CredentialReceiver::Private::vcApiOffer(IssuerConnection &http, const ReceiveLink &link) const
{
    if (!Fetcher::isSecureOrLoopback(link.url))
        return Error{QStringLiteral("insecure-url"),
                     tr("The exchange %1 is not a secure (https) address: nothing was sent.").arg(Error::excerpt(link.url.toString(), 100))};
    // Started before consent to learn whether it is an issuer's exchange at all (a verifier's asks
    // for credentials); the DCC's challenge links skip that round by design.
    QJsonObject started;
    if (link.kind == ReceiveLink::VcApiExchange) {
        auto answer = VcApiExchangeClient(http).start(link);
        if (!answer)
            return answer.error();
        started = *answer;
    }
    ReceiveOffer offer;
    offer.protocol = ReceiveProtocol::VcApi;
    offer.issuerUrl = link.url;
    offer.issuerDomain = link.url.host();
    auto state = std::make_shared<ReceiveSessionState>();
    state->link = link;
    state->exchangeStarted = started;
    offer.state = std::move(state);
    return offer;
}

Result<ReceiveLink> CredentialReceiver::Private::followInteraction(IssuerConnection &http, const ReceiveLink &link) const
{
    const QString step = tr("reading the interaction link");
    auto answer = http.get(link.url, step, "application/json");
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return IssuerConnection::refused(*answer, step);
    return ReceiveLink::fromInteraction(answer->json, link.url);
}

void CredentialReceiver::Private::noteBinding(ImportItemReport &item, const QString &holderDid) const
{
    if (item.credentialId <= 0)
        return;
    auto parsed = wallet.parsed(item.credentialId);
    if (parsed && parsed->format == CredentialFormat::SdJwtVc) {
        // An SD-JWT VC is bound by the holder's public key in "cnf", not by a subject id.
        const auto holder = DidResolver::resolveLocal(holderDid);
        const auto bound = PublicKey::fromJwk(parsed->json.value(QLatin1String("cnf")).toObject().value(QLatin1String("jwk")).toObject());
        if (holder && bound && holder->key == *bound)
            return;
    }
    if (parsed && parsed->subjectId != holderDid)
        item.warnings.append(tr("The issuer bound this credential to %1, not to the identity it was asked for (%2).")
                                 .arg(parsed->subjectId.isEmpty() ? tr("no one") : Error::excerpt(parsed->subjectId, 80),
                                      Error::excerpt(holderDid, 80)));
}

Result<ImportReport> CredentialReceiver::Private::store(const QList<IssuedCredential> &credentials,
                                                        const CredentialProvenance &provenance)
{
    ImportOptions importOptions;
    importOptions.network = options.network;
    ImportService importer(wallet, importOptions);
    ReceivedCredentialRepository repository(wallet);
    ImportReport report;
    const auto undo = [&] {
        for (const ImportItemReport &item : std::as_const(report.items)) {
            if (item.outcome == ImportItemReport::Imported && item.credentialId > 0) {
                if (const Status removed = wallet.remove(item.credentialId); !removed)
                    qCWarning(lcReceive) << "could not take back a received credential:" << removed.error().message;
            }
        }
    };
    for (const IssuedCredential &credential : credentials) {
        const qsizetype first = report.items.size();
        report.items += importer.importText(credential.bytes, provenance.issuerUrl).items;
        for (qsizetype i = first; i < report.items.size(); ++i) {
            ImportItemReport &item = report.items[i];
            if (item.outcome == ImportItemReport::Failed) {
                const QString why = item.message;
                undo();
                return Error{QStringLiteral("import-failed"),
                             tr("The issuer sent a credential Satchel could not store (%1); nothing was kept.").arg(why)};
            }
            // A copy already in the wallet keeps the provenance it has (if any): it came first.
            const bool keepsItsOwn = item.outcome != ImportItemReport::Imported && repository.provenance(item.credentialId);
            if (const Status kept = keepsItsOwn ? Status() : repository.putProvenance(item.credentialId, provenance); !kept) {
                undo();
                return Error{QStringLiteral("import-failed"),
                             tr("The received credential could not be stored: %1").arg(kept.error().message)};
            }
            noteBinding(item, provenance.holderDid);
        }
    }
    return report;
}

CredentialReceiver::CredentialReceiver(Wallet &wallet, Fetcher &fetcher, ReceiveOptions options)
    : d(std::make_unique<Private>(wallet, fetcher, std::move(options)))
{
}

CredentialReceiver::~CredentialReceiver() = default;

bool CredentialReceiver::isReceiveLink(const QString &text)
{
    return ReceiveLink::parse(text).ok();
}

Error CredentialReceiver::cancelledAtConsent()
{
    return Error{QStringLiteral("cancelled"),
                 tr("Cancelled: nothing was requested from the issuer and nothing was stored.")};
}

QString CredentialReceiver::provenanceText(const CredentialProvenance &provenance, const QLocale &locale)
{
    return tr("Received from %1 via %2 on %3")
        .arg(provenance.issuerDomain, provenance.protocol,
             locale.toString(provenance.receivedAt.toLocalTime().date(), QLocale::LongFormat));
}

Result<ReceiveOffer> CredentialReceiver::prepare(const QString &text, const std::atomic_bool *cancel)
{
    IssuerConnection http(d->fetcher, d->options.requestTimeoutMs, cancel);
    auto link = ReceiveLink::parse(text);
    if (!link)
        return link.error();
    if (link->kind == ReceiveLink::InteractionUrl) {
        if (!Fetcher::isSecureOrLoopback(link->url))
            return Error{QStringLiteral("insecure-url"),
                         tr("The link %1 is not a secure (https) address: nothing was fetched.").arg(Error::excerpt(text, 100))};
        link = d->followInteraction(http, *link);
        if (!link)
            return link.error();
    }
    if (link->kind == ReceiveLink::VcApiExchange || link->kind == ReceiveLink::DccChallenge)
        return d->vcApiOffer(http, *link);
    return Oid4vciOfferReader(http, d->options.languages).read(*link);
}

Result<ReceiveReport> CredentialReceiver::complete(const ReceiveOffer &offer, const SigningKey &key,
                                                   const ReceiveInputs &inputs, const Progress &progress,
                                                   const std::atomic_bool *cancel)
{
    if (!offer.state)
        return Error{QStringLiteral("bad-offer"), tr("This offer was not prepared: read the link again.")};
    const auto report = [&progress](ReceiveStep step) {
        if (progress)
            progress(step);
    };
    const ReceiveSessionState &state = *offer.state;
    IssuerConnection http(d->fetcher, d->options.requestTimeoutMs, cancel);
    ReceiveReport result;
    QList<IssuedCredential> credentials;
    if (offer.protocol == ReceiveProtocol::OpenId4Vci) {
        if (const Status usable = Oid4vciIssuance::checkKey(state, key); !usable)
            return usable.error();
        report(ReceiveStep::Authorizing);
        auto grant = Oid4vciAuthorizer(http, d->options, cancel).authorize(state, inputs);
        if (!grant)
            return grant.error();
        report(ReceiveStep::Requesting);
        auto issued = Oid4vciIssuance(http, d->options.copiesPerCredential).request(state, *grant, key);
        if (!issued)
            return issued.error();
        credentials = issued->credentials;
        result.pending = issued->pending;
        for (PendingCredentialRecord &pending : result.pending) {
            for (const OfferedCredential &offered : offer.credentials) {
                if (offered.configurationId == pending.configurationId)
                    pending.credentialName = offered.name;
            }
        }
    } else {
        report(ReceiveStep::Proving);
        auto issued = VcApiExchangeClient(http).run(state.link, key, state.exchangeStarted);
        if (!issued)
            return issued.error();
        credentials = *issued;
    }
    if (const Status go = http.checkCancelled(); !go)
        return go.error();

    report(ReceiveStep::Storing);
    const CredentialProvenance provenance{offer.protocolName(), offer.issuerDomain, offer.issuerName,
                                          offer.issuerUrl.toString(), key.did(), QDateTime::currentDateTimeUtc()};
    auto stored = d->store(credentials, provenance);
    if (!stored)
        return stored.error();
    result.imported = *stored;
    ReceivedCredentialRepository repository(d->wallet);
    for (PendingCredentialRecord &pending : result.pending) {
        auto id = repository.addPending(pending);
        if (!id)
            return Error{QStringLiteral("import-failed"),
                         tr("The credential the issuer will send later could not be noted: %1").arg(id.error().message)};
        pending.id = *id;
    }
    return result;
}

Result<QList<PendingCredentialRecord>> CredentialReceiver::pending() const
{
    return ReceivedCredentialRepository(d->wallet).pending();
}

Status CredentialReceiver::forgetPending(Wallet &wallet, qint64 id)
{
    ReceivedCredentialRepository repository(wallet);
    auto pending = repository.pending();
    if (!pending)
        return pending.error();
    const bool known = std::any_of(pending->cbegin(), pending->cend(),
                                   [id](const PendingCredentialRecord &record) { return record.id == id; });
    if (!known)
        return Error{QStringLiteral("unknown-pending"), tr("No credential with the number %1 is pending.").arg(id)};
    return repository.removePending(id);
}

Result<ReceiveReport> CredentialReceiver::retryPending(const std::atomic_bool *cancel)
{
    ReceivedCredentialRepository repository(d->wallet);
    auto pending = repository.pending();
    if (!pending)
        return pending.error();
    IssuerConnection http(d->fetcher, d->options.requestTimeoutMs, cancel);
    Oid4vciIssuance issuance(http);
    ReceiveReport result;
    for (const PendingCredentialRecord &record : std::as_const(*pending)) {
        if (const Status go = http.checkCancelled(); !go)
            break;
        auto answer = issuance.retry(record);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!answer && answer.error().code == QLatin1String("pending-gone")) {
            if (const Status removed = repository.removePending(record.id); !removed)
                return Error{QStringLiteral("import-failed"), removed.error().message};
            PendingCredentialRecord gone = record;
            gone.lastTriedAt = now;
            gone.lastMessage = answer.error().message;
            result.abandoned.append(gone);
            continue;
        }
        if (!answer || answer->stillPending) {
            const QString message = answer ? tr("Not ready yet.") : answer.error().message;
            if (const Status noted = repository.notePendingTry(record.id, now, answer ? answer->intervalSeconds : 0, message,
                                                               answer ? answer->transactionId : QString());
                !noted)
                qCWarning(lcReceive) << "could not note a retry:" << noted.error().message;
            PendingCredentialRecord still = record;
            still.lastTriedAt = now;
            still.lastMessage = message;
            result.pending.append(still);
            ++result.stillPending;
            continue;
        }
        const CredentialProvenance provenance{record.protocol, QUrl(record.issuerUrl).host(), record.issuerName,
                                              record.issuerUrl, record.holderDid, now};
        auto stored = d->store(answer->credentials, provenance);
        if (!stored)
            return stored.error();
        result.imported.items += stored->items;
        if (const Status removed = repository.removePending(record.id); !removed)
            return Error{QStringLiteral("import-failed"), removed.error().message};
    }
    return result;
}

} // namespace Satchel
