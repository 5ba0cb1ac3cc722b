#include "ShareLinks.h"

namespace Satchel {

QString shareTargetKindName(ShareTargetKind kind)
{
    switch (kind) {
    case ShareTargetKind::PublicLink:
        return QStringLiteral("public-link");
    case ShareTargetKind::CredentialUrl:
        return QStringLiteral("credential-url");
    case ShareTargetKind::VerifierPage:
        return QStringLiteral("verifier");
    case ShareTargetKind::SelfHostedPage:
        return QStringLiteral("self-hosted-page");
    case ShareTargetKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace Satchel
