// The learner's sharing preferences. They live in the wallet's key/value settings (not the desktop's
// per-user preferences) so they travel with backups; the GUI's Share dialog and `satchel-cli export`
// read the same keys.
#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Satchel {

class Wallet;

struct ShareSettings {
    // e.g. "https://verifierplus.org/?url={url}". {url} is the hosted credential file
    // (pageBaseUrl + raw file name), {id} the credential's id; both are percent-encoded.
    QString verifierUrlTemplate;
    // Where the learner uploads the self-contained pages, e.g. "https://me.example.org/badges/".
    QString pageBaseUrl;
    // The learner's Mastodon server host, e.g. "mastodon.social" (a scheme or slash is tolerated).
    QString mastodonInstance;
    // The view URL of the credential's public link (Wallet::publicLinks), when it has an active
    // one: it comes before every other target. Not saved with the settings (load() reads it from
    // the wallet's public links).
    QString publicLinkUrl;
    // Issuer id -> LinkedIn organization id, set by the learner (LinkedIn has no lookup by URL).
    QHash<QString, QString> linkedInOrganizationIds;

    static constexpr const char *kVerifierTemplateKey = "share.verifierUrlTemplate";
    static constexpr const char *kPageBaseUrlKey = "share.pageBaseUrl";
    static constexpr const char *kMastodonInstanceKey = "share.mastodonInstance";
    static constexpr const char *kLinkedInOrganizationPrefix = "share.linkedinOrganization."; // + issuer id

    // Reads the settings; LinkedIn organization ids only for the issuers asked for, because the
    // wallet cannot enumerate keys. credentialRow: fills publicLinkUrl with that credential's
    // newest link still shared.
    static ShareSettings load(const Wallet &wallet, const QStringList &issuerIds = {}, qint64 credentialRow = 0);
    // Writes every field (empty values clear a key).
    Status save(Wallet &wallet) const;
};

} // namespace Satchel
