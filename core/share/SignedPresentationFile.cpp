#include "SignedPresentationFile.h"

#include "PresentationSigner.h"
#include "crypto/SigningKey.h"
#include "io/AtomicFile.h"
#include "storage/Wallet.h"

namespace Satchel {

Status SignedPresentationFile::check(const SignedPresentationOptions &options)
{
    if (options.challenge.trimmed().isEmpty())
        return Error{QStringLiteral("challenge-missing"),
                     tr("Type the code the person who asked for your credentials gave you: it shows them the "
                        "presentation was made for them.")};
    if (options.challenge.size() > kMaxChallengeChars)
        return Error{QStringLiteral("challenge-too-long"),
                     tr("The code is longer than %1 characters.").arg(kMaxChallengeChars)};
    if (options.domain.size() > kMaxDomainChars)
        return Error{QStringLiteral("domain-too-long"),
                     tr("The domain is longer than %1 characters.").arg(kMaxDomainChars)};
    if (options.credentialIds.isEmpty())
        return Error{QStringLiteral("no-credentials"), tr("Choose at least one credential to present.")};
    if (options.credentialIds.size() > kMaxCredentials)
        return Error{QStringLiteral("no-credentials"),
                     tr("A presentation can carry at most %1 credentials.").arg(kMaxCredentials)};
    return {};
}

Result<QByteArray> SignedPresentationFile::build(const Wallet &wallet, const SignedPresentationOptions &options,
                                                 const SigningKey &key)
{
    if (const Status checked = check(options); !checked)
        return checked.error();
    QList<QByteArray> credentials;
    for (const qint64 id : options.credentialIds) {
        auto stored = wallet.credential(id);
        if (!stored)
            return stored.error();
        const CredentialFormat format = stored->raw.format;
        if (format == CredentialFormat::Ob2Json || format == CredentialFormat::Ob2Jws || format == CredentialFormat::Unknown)
            return Error{QStringLiteral("format-not-presentable"),
                         tr("\"%1\" is an Open Badges 2.0 badge, not a W3C Verifiable Credential, so it cannot go in a "
                            "signed presentation. Share its verification page instead.")
                             .arg(Error::excerpt(stored->summary.name, 80))};
        credentials.append(stored->raw.bytes);
    }
    return PresentationSigner::signCredentials(
        credentials, key, PresentationBinding{options.challenge.trimmed(), options.domain.trimmed(), options.created});
}

Status SignedPresentationFile::write(const QString &path, const Wallet &wallet, const SignedPresentationOptions &options,
                                     const SigningKey &key)
{
    auto bytes = build(wallet, options, key);
    if (!bytes)
        return bytes.error();
    return AtomicFile::write(path, *bytes);
}

QString SignedPresentationFile::suggestedFileName(const QDate &date)
{
    return QStringLiteral("presentation-%1.json").arg(date.toString(Qt::ISODate));
}

} // namespace Satchel
