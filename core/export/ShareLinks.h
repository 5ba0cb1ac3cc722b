// What ShareLinkBuilder produces for one credential: the link others will see, every share URL,
// the LinkedIn "Add to profile" fields (also shown as copy boxes when the button fails) and the
// warnings to show before anything is shared. Plain data so the CLI, the GUI and tests share it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Satchel {

// Where the shared link points, in the order ShareLinkBuilder prefers them.
enum class ShareTargetKind {
    PublicLink, // a public link the learner made on a VerifierPlus server (core/share)
    CredentialUrl, // the credential's own public address (hosted OB 2.0 id, https OB 3.0 id, issuer url)
    VerifierPage, // the learner's verifier URL template, filled in
    SelfHostedPage, // where the learner will upload the page VerificationPageWriter writes
    None, // nothing others can open: only text and the file itself can be shared
};

struct ShareLink {
    QString key; // stable: "linkedin-profile", "linkedin-feed", "x", "facebook", "mastodon", "bluesky", "email", "link"
    QString label; // translated name of the target
    QString url; // empty when unavailable
    bool available = false;
    QString note; // translated reason when unavailable
    // Pointless without a link others can open (a post or message with nothing to check), even
    // where the URL can be built without one: the dialog turns these off until there is a link.
    bool needsLink = true;
};

// One LinkedIn parameter (name as LinkedIn spells it) with its plain (not encoded) value.
struct ShareField {
    QString key; // "name", "organizationId", "organizationName", "issueYear", ...
    QString label; // translated, for the copy boxes
    QString value;
};

struct ShareWarning {
    QString code; // "revoked", "expired", "not-yet-valid", "invalid", "unverified", "no-link", "upload-needed"
    QString message; // translated
};

struct ShareLinks {
    ShareTargetKind targetKind = ShareTargetKind::None;
    QString targetUrl; // empty for None
    QString targetExplanation; // translated: what the link shows to others
    QStringList skippedTargets; // translated: why better targets were not usable
    QString shareText; // translated post text, without the URL
    QList<ShareLink> links;
    QList<ShareField> linkedInFields; // in URL order; empty values left out
    QList<ShareWarning> warnings;

    const ShareLink *link(const QString &key) const
    {
        for (const ShareLink &l : links) {
            if (l.key == key)
                return &l;
        }
        return nullptr;
    }
};

QString shareTargetKindName(ShareTargetKind kind); // "credential-url", "verifier", "self-hosted-page", "none"

} // namespace Satchel
