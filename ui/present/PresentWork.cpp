#include "present/PresentWork.h"

#include "common/JobControl.h"
#include "common/HolderKeyAccess.h"
#include "net/Fetcher.h"


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
    HolderIdentities listed = HolderKeyAccess::list(wallet); // the keychain is asked at Share
    result.identities = std::move(listed.identities);
    result.proposedDid = proposedIdentity(result.prepared, result.identities, listed.defaultDid);
    return result;
}

Result<PresentationOutcome> PresentWork::respond(Wallet &wallet, JobControl &control, PresentChoice choice)
{
    // The key first: a passphrase must be asked for before the verifier hears anything.
    auto signingKey = HolderKeyAccess::unlock(wallet, choice.holderDid, choice.passphrase);
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
