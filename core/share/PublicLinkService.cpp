#include "PublicLinkService.h"

#include "PresentationSigner.h"

namespace Satchel {

QString PublicLinkService::defaultServer()
{
    return QStringLiteral("https://verifierplus.org");
}

QString PublicLinkService::server(const Wallet &wallet)
{
    const QString value = wallet.setting(QLatin1String(kServerKey)).trimmed();
    return value.isEmpty() ? defaultServer() : value;
}

Status PublicLinkService::setServer(Wallet &wallet, const QString &server)
{
    if (!server.trimmed().isEmpty()) {
        if (auto url = VerifierPlusClient::serverUrl(server); !url)
            return url.error();
    }
    return wallet.setSetting(QLatin1String(kServerKey), server.trimmed());
}

PublicLinkService::PublicLinkService(Wallet &wallet, HolderKeyStore &keys, Fetcher &fetcher, const FetchOptions &options)
    : m_wallet(wallet), m_keys(keys), m_fetcher(fetcher), m_options(options)
{
}

Result<PublicLinkPlan> PublicLinkService::plan(const Wallet &wallet, qint64 credentialRow, const QString &serverOverride)
{
    auto stored = wallet.credential(credentialRow);
    if (!stored)
        return stored.error();
    if (auto ok = PresentationSigner::presentable(stored->raw.format); !ok)
        return ok.error();
    auto serverUrl = VerifierPlusClient::serverUrl(serverOverride.isEmpty() ? server(wallet) : serverOverride);
    if (!serverUrl)
        return serverUrl.error();
    PublicLinkPlan plan;
    plan.credentialRow = credentialRow;
    plan.credentialId = stored->summary.credentialId;
    plan.credentialName = stored->summary.name;
    if (auto parsed = wallet.parsed(*stored))
        plan.recipientName = parsed->recipientName;
    plan.server = *serverUrl;
    plan.credentialJson = stored->raw.bytes;
    return plan;
}

Result<PublicLinkRecord> PublicLinkService::create(const PublicLinkPlan &plan, QByteArrayView passphrase)
{
    auto key = m_keys.obtain(passphrase);
    if (!key)
        return key.error();
    auto presentation = PresentationSigner::sign(plan.credentialJson, *key);
    if (!presentation)
        return presentation.error();
    VerifierPlusClient client(m_fetcher, m_options);
    auto urls = client.share(plan.server, *presentation);
    if (!urls)
        return urls.error();
    PublicLinkRecord link;
    link.credentialRow = plan.credentialRow;
    link.credentialId = plan.credentialId;
    link.credentialName = plan.credentialName;
    link.server = plan.server.toString();
    link.viewUrl = urls->view.toString(QUrl::FullyEncoded);
    link.getUrl = urls->get.toString(QUrl::FullyEncoded);
    link.unshareUrl = urls->unshare.toString(QUrl::FullyEncoded);
    link.holderDid = key->did();
    link.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_wallet.addPublicLink(link);
    if (!id)
        return id.error();
    link.id = *id;
    return link;
}

Result<PublicLinkRecord> PublicLinkService::stop(qint64 linkId, QByteArrayView passphrase)
{
    auto link = m_wallet.publicLink(linkId);
    if (!link)
        return Error{QStringLiteral("not-found"), tr("There is no public link %1 in the wallet.").arg(linkId)};
    if (!link->isActive())
        return Error{QStringLiteral("already-stopped"), tr("The link %1 was already stopped.").arg(link->viewUrl)};
    auto key = m_keys.load(link->holderDid, passphrase);
    if (!key)
        return key.error();
    // A fresh presentation from the same key proves the request comes from the link's holder; it
    // carries the credential again when the wallet still has it, as the DCC wallet does.
    QByteArray credential;
    if (link->credentialRow > 0) {
        if (auto stored = m_wallet.credential(link->credentialRow))
            credential = stored->raw.bytes;
    }
    auto presentation = PresentationSigner::sign(credential, *key);
    if (!presentation)
        return presentation.error();
    VerifierPlusClient client(m_fetcher, m_options);
    if (auto done = client.unshare(QUrl(link->unshareUrl), *presentation); !done)
        return done.error();
    link->stoppedAt = QDateTime::currentDateTimeUtc();
    if (auto saved = m_wallet.markPublicLinkStopped(linkId, link->stoppedAt); !saved)
        return saved.error();
    return *link;
}

} // namespace Satchel
