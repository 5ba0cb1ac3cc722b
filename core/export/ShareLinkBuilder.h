// Builds every share link for one credential (issue 6). The link target is chosen in this order:
// the credential's own public address, the learner's verifier URL template, the address where the
// learner will host the self-contained verification page, else none (and the result says so).
// Pure: no network, no wallet access; the same input always gives the same URLs.
#pragma once

#include "ShareLinks.h"
#include "ShareSettings.h"
#include "model/Credential.h"
#include "storage/CredentialSummary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Satchel {

class ShareLinkBuilder {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ShareLinkBuilder)
public:
    // now decides "expired" when the stored status is older than the expiry date.
    static ShareLinks build(const Credential &credential, const CredentialSummary &summary,
        const ShareSettings &settings, const QDateTime &now);

    // The credential's own address when others can open it, else empty; why a candidate was
    // refused is appended to skipped.
    static QString publicCredentialUrl(const Credential &credential, QStringList *skipped = nullptr);
    // False for loopback, link-local, private-network and .local/.localhost/.internal hosts: a
    // link there works on the learner's machine only.
    static bool isPubliclyReachable(const QString &url);
    // RFC 3986 percent-encoding of the UTF-8 bytes; only unreserved characters stay as they are
    // (so it is safe in a query value and in a mailto: header field, RFC 6068).
    static QString percentEncode(const QString &value);

private:
    static bool chooseTarget(ShareLinks &result, const Credential &credential, const ShareSettings &settings,
                             const QString &base);
    // Most serious first: revoked, expired, not yet valid, invalid, unverified, no link, upload.
    static void addWarnings(ShareLinks &result, const Credential &credential, const QString &status,
                            const QDateTime &validUntil, const QDateTime &now, bool needsUpload,
                            const QString &base);
    // LinkedIn "Add to profile" (certification): the fields in the order of the URL.
    static void addLinkedInFields(ShareLinks &result, const Credential &credential, const QString &organizationId,
                                  const QString &name, const QString &issuerName, const QDateTime &issued,
                                  const QDateTime &validUntil);
    static void addLinks(ShareLinks &result, const ShareSettings &settings, const QString &name,
                         const QString &issuerName);
};

} // namespace Satchel
