#include "receive/ReceiveWork.h"

#include "common/JobControl.h"
#include "common/HolderKeyAccess.h"
#include "io/DataUri.h"
#include "net/Fetcher.h"


namespace Satchel {

namespace {

// The logo consent shows: a data: URI, or an https (loopback in tests) address fetched with a
// small cap. Any failure just leaves the consent page without a logo.
QByteArray fetchLogo(Fetcher &fetcher, const QUrl &url)
{
    if (DataUri::isDataUri(url.toString())) {
        auto decoded = DataUri::decode(url.toString(), ReceiveWork::kMaxLogoBytes);
        return decoded && decoded->mediaType.startsWith(QLatin1String("image/")) ? decoded->bytes : QByteArray();
    }
    if (!Fetcher::isFetchableUrl(url))
        return {};
    FetchOptions options;
    options.accept = "image/png, image/jpeg, image/svg+xml;q=0.9, image/*;q=0.8";
    options.maxBytes = ReceiveWork::kMaxLogoBytes;
    options.totalTimeoutMs = 10000;
    auto fetched = fetcher.get(url, options);
    return fetched ? fetched->body : QByteArray();
}


} // namespace

Result<PreparedReceive> ReceiveWork::prepare(Wallet &wallet, JobControl &control, const QString &link,
                                             const QStringList &languages, NetworkMode *network)
{
    Fetcher fetcher(nullptr, network);
    ReceiveOptions options;
    options.languages = languages;
    options.network = network;
    CredentialReceiver receiver(wallet, fetcher, options);
    auto offer = receiver.prepare(link, control.cancelFlag());
    if (!offer)
        return offer.error();
    PreparedReceive prepared;
    prepared.offer = std::move(*offer);
    if (prepared.offer.logoUrl.isValid() && !control.isCancelled())
        prepared.logo = fetchLogo(fetcher, prepared.offer.logoUrl);
    HolderIdentities listed = HolderKeyAccess::list(wallet); // the keychain is asked at Receive
    prepared.identities = std::move(listed.identities);
    prepared.defaultDid = listed.defaultDid;
    return prepared;
}

Result<ReceiveReport> ReceiveWork::complete(Wallet &wallet, JobControl &control, ReceiveRequest request)
{
    // The key first: a passphrase to ask for must be asked before the issuer is contacted, since
    // an offer can be used only once. A learner without any identity gets their first one now.
    auto signingKey = HolderKeyAccess::unlock(wallet, request.holderDid, request.passphrase);
    if (!signingKey)
        return signingKey.error();

    Fetcher fetcher(nullptr, request.network);
    ReceiveOptions options;
    options.languages = request.languages;
    options.network = request.network;
    CredentialReceiver receiver(wallet, fetcher, options);
    ReceiveInputs inputs;
    inputs.transactionCode = request.transactionCode;
    inputs.openBrowser = request.openBrowser;
    const auto progress = [&control](ReceiveStep step) {
        control.reportProgress(int(step) + 1, int(ReceiveStep::Storing) + 1);
    };
    return receiver.complete(request.offer, **signingKey, inputs, progress, control.cancelFlag());
}

Result<ReceiveReport> ReceiveWork::retryPending(Wallet &wallet, JobControl &control, NetworkMode *network)
{
    Fetcher fetcher(nullptr, network);
    ReceiveOptions options;
    options.network = network;
    CredentialReceiver receiver(wallet, fetcher, options);
    return receiver.retryPending(control.cancelFlag());
}

} // namespace Satchel
