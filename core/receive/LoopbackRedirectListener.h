// The wallet's side of an OAuth redirect to a native app (RFC 8252 §7.3): a one-shot HTTP listener
// on 127.0.0.1 at a port the system picks. The browser, after the learner signs in at the issuer,
// is sent to http://127.0.0.1:PORT/callback?code=...&state=...; the listener takes that one
// request, answers with a small page saying the tab can be closed, and hands back the query.
// The state must match the one the wallet sent (a page elsewhere cannot inject a code), and a
// request without it is answered and ignored.
//
// Error codes: "authorization-failed" (the server's error, a wrong state, no answer in time),
// "cancelled".
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace Satchel {

class LoopbackRedirectListener {
    Q_DECLARE_TR_FUNCTIONS(Satchel::LoopbackRedirectListener)
public:
    LoopbackRedirectListener() = default;
    LoopbackRedirectListener(const LoopbackRedirectListener &) = delete;
    LoopbackRedirectListener &operator=(const LoopbackRedirectListener &) = delete;

    // Starts listening; the redirect_uri to send to the authorization server.
    Result<QUrl> listen();
    // Waits (running an event loop on this thread) for the redirect carrying state; its query
    // (code, state, iss...) on success.
    Result<QUrlQuery> waitForRedirect(const QString &state, int timeoutMs, const std::atomic_bool *cancel);

private:
    QTcpServer m_server;
};

} // namespace Satchel
