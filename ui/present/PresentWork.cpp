#include "present/PresentWork.h"

#include "common/JobControl.h"
#include "common/WipedOnExit.h"
#include "net/Fetcher.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"


namespace Satchel {

namespace {

// The identity a verifier most likely expects: the one the matching credentials were issued to
// (it may check that the presentation's holder is their subject), else the learner's default.
QString proposedIdentity(const PreparedPresentation &prepared, const QList<HolderKeyRecord> &identities,
                         const QString &defaultDid)
{
    for (const QueryMatches &query : prepared.matches) {
        for (const CandidateVerdict &verdict : query.matching) {
            for (const HolderKeyRecord &identity : identities) {
                if (!verdict.subjectId.isEmpty() && identity.did == verdict.subjectId)
                    return identity.did;
            }
        }
    }
    return defaultDid;
}

} // namespace

Result<PreparedPresent> PresentWork::prepare(Wallet &wallet, JobControl &control, const QString &link,
                                             NetworkMode *network)
{
    Fetcher fetcher(nullptr, network);
    PresentationResponder responder(wallet, fetcher);
    auto prepared = responder.prepare(link, control.cancelFlag());
    if (!prepared)
        return prepared.error();
    PreparedPresent result;
    result.prepared = std::move(*prepared);
    // Listing identities reads the wallet only: the keychain is asked at Share.
    const std::unique_ptr<KeyVault> vault;
    HolderKeyStore keys(wallet, vault.get());
    result.identities = keys.list();
    const auto current = keys.current();
    result.proposedDid = proposedIdentity(result.prepared, result.identities, current ? current->did : QString());
    return result;
}

Result<PresentationOutcome> PresentWork::respond(Wallet &wallet, JobControl &control, PresentChoice choice)
{
    const WipedOnExit wipe{choice.passphrase};
    const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
    HolderKeyStore keys(wallet, vault.get());
    // The key first: a passphrase must be asked for before the verifier hears anything.
    auto signingKey = keys.signingKeyOrFirst(choice.holderDid, choice.passphrase);
    if (!signingKey)
        return signingKey.error();
    Fetcher fetcher(nullptr, choice.network);
    PresentationResponder responder(wallet, fetcher);
    return responder.respond(choice.prepared, choice.credentials, **signingKey, control.cancelFlag());
}

Result<PresentationOutcome> PresentWork::decline(Wallet &wallet, JobControl &control,
                                                 const PreparedPresentation &prepared, NetworkMode *network)
{
    Fetcher fetcher(nullptr, network);
    PresentationResponder responder(wallet, fetcher);
    return responder.decline(prepared, control.cancelFlag());
}

} // namespace Satchel
