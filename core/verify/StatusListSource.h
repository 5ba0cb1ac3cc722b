// Where the status checks get their lists (StatusListChecker: W3C, 1EdTech and OB 2.0 lists;
// TokenStatusListChecker: IETF Token Status Lists): the verifier's DocumentFetcher, one wording
// for a list that could not be fetched, the verdict lines every kind of list gives in the same
// words, and the age of the copy when the wallet's cache answered (offline, or while still
// fresh), since a revocation published after that copy cannot show.
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "VerificationCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Satchel {

class StatusListSource {
    Q_DECLARE_TR_FUNCTIONS(Satchel::StatusListSource)
public:
    // fetcher: null means offline. Not owned.
    explicit StatusListSource(DocumentFetcher *fetcher) : m_fetcher(fetcher) {}

    // The list at url, a 2xx answer (accept: as DocumentFetcher::fetch). Errors: "offline" (no
    // fetcher), the fetcher's codes, "fetch-failed" (any other HTTP status); messages name url.
    Result<FetchedDocument> fetch(const QString &url, const QByteArray &accept = QByteArray());
    // check, with the date of the kept copy added when url was answered from the cache (passes and
    // failures only: a warning says nothing the date could qualify).
    VerificationCheck noteCacheAge(const QString &url, VerificationCheck check) const;

    // "status-unavailable": a list that could not be used is a warning, never a verdict.
    static VerificationCheck unavailable(const QString &message);
    // "revoked" failures. A suspension is temporary, but while it holds the credential must not be accepted.
    static VerificationCheck revoked();
    static VerificationCheck suspended();

private:
    DocumentFetcher *m_fetcher;
    QHash<QString, QDateTime> m_cachedAt; // lists answered from a kept copy → when it was fetched
};

} // namespace Satchel
