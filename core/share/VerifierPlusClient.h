// The VerifierPlus protocol (what the DCC Learner Credential Wallet uses to make a public link):
//   POST {server}/api/credentials   body {"vp": <signed presentation>}
//     -> {"url": {"view": ..., "get": ..., "unshare": ...}}   (URLs may be relative to the server)
//   DELETE {unshare}                body {"vp": <a fresh presentation signed by the same key>}
// Requests go through the one Fetcher (same timeouts, size caps and offline rule); answers are
// bounded and every URL is made absolute and must be http(s).
//
// Error codes: "offline", "bad-server" (not an http(s) address), "server-unreachable" (network,
// timeout), "server-refused" (an HTTP error status), "server-answer" (2xx, but not the JSON
// expected).
#pragma once

#include "Result.h"
#include "net/Fetcher.h"

#include <QCoreApplication>
#include <QUrl>

namespace Satchel {

struct PublicLinkUrls {
    QUrl view;     // the page anyone can open
    QUrl get;      // the stored presentation as JSON
    QUrl unshare;  // where to DELETE it
};

class VerifierPlusClient {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerifierPlusClient)
public:
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;

    // fetcher: not owned. options: timeouts (offline is the fetcher's NetworkMode; caching is always off here).
    VerifierPlusClient(Fetcher &fetcher, const FetchOptions &options = {});

    // A server address as the learner typed it ("verifierplus.org", "https://x.example/"), or
    // "bad-server".
    static Result<QUrl> serverUrl(const QString &text);

    Result<PublicLinkUrls> share(const QUrl &server, const QByteArray &presentation);
    // A link the server no longer has (404, 410) counts as stopped.
    Status unshare(const QUrl &unshareUrl, const QByteArray &presentation);

    // The answer to POST /api/credentials, its URLs resolved against server ("server-answer").
    static Result<PublicLinkUrls> parseAnswer(const QByteArray &body, const QUrl &server);

private:
    Error failure(const Error &fetchError, const QUrl &server) const;

    Fetcher &m_fetcher;
    FetchOptions m_options;
};

} // namespace Satchel
