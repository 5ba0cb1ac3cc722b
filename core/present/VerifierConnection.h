// The requests of a presentation, on the caller's Fetcher: fetching a request object
// (request_uri, GET or POST) and posting the answer (direct_post). The transport is receive's
// IssuerConnection (HTTPS only, loopback excepted; bounded; nothing cached; OAuth error answers
// read); this class only says "verifier" where that one says "issuer", so the learner hears who
// did not answer.
//
// Error codes: "unreachable", "offline", "cancelled", and the Fetcher's "insecure-url",
// "insecure-redirect", "bad-redirect", "too-large", "forbidden-address" as they are.
#pragma once

#include "Result.h"
#include "receive/IssuerConnection.h"

#include <QCoreApplication>

namespace Satchel {

class VerifierConnection {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerifierConnection)
public:
    VerifierConnection(Fetcher &fetcher, int timeoutMs, const std::atomic_bool *cancel);

    // step: what was being done, translated ("reading the verifier's request"), for the messages.
    Result<IssuerAnswer> get(const QUrl &url, const QString &step, const QByteArray &accept);
    Result<IssuerAnswer> postForm(const QUrl &url, const FormFields &form, const QString &step);
    Result<IssuerAnswer> postJsonText(const QUrl &url, const QByteArray &json, const QString &step);
    Status checkCancelled() const;

private:
    Result<IssuerAnswer> reworded(Result<IssuerAnswer> answer, const QUrl &url, const QString &step) const;

    IssuerConnection m_connection;
};

} // namespace Satchel
