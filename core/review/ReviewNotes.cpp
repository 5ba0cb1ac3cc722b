#include "ReviewNotes.h"

#include "storage/Wallet.h"

namespace Satchel {

QString ReviewNotes::key(const QString &manifestSha256)
{
    return QStringLiteral("review-note/") + manifestSha256.toLower();
}

QString ReviewNotes::load(const Wallet &advisorWallet, const QString &manifestSha256)
{
    return advisorWallet.setting(key(manifestSha256));
}

Status ReviewNotes::save(Wallet &advisorWallet, const QString &manifestSha256, const QString &text)
{
    return advisorWallet.setSetting(key(manifestSha256), text);
}

} // namespace Satchel
