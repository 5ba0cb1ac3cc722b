// The requests of a receive flow, on the caller's Fetcher: JSON answers, form and JSON posts with
// an optional bearer token, HTTPS only (loopback excepted), nothing cached, and OAuth error answers
// (RFC 6749 §5.2: {"error", "error_description"}) read rather than dropped. Network failures
// become "unreachable" with the step that failed named, so "the issuer stopped answering while
// asking for the credential" reads differently from "...while reading its metadata".
//
// Error codes: "unreachable", "offline", "cancelled", and the Fetcher's "insecure-url",
// "insecure-redirect", "bad-redirect", "too-large", "forbidden-address" as they are.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QList>
#include <QPair>

#include <atomic>

namespace Satchel {

class Fetcher;

// Form fields, decoded: postForm() and formEncoded() percent-encode every byte outside RFC 3986's
// unreserved set (QUrlQuery would leave '+' as is, which a form decoder reads as a space).
using FormFields = QList<QPair<QString, QString>>;

struct IssuerAnswer {
    int status = 0;
    QByteArray body;
    QJsonObject json;          // the body as a JSON object, empty when it is not one
    QString error;             // OAuth "error", when the answer is one
    QString errorDescription;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

class IssuerConnection {
    Q_DECLARE_TR_FUNCTIONS(Satchel::IssuerConnection)
public:
    IssuerConnection(Fetcher &fetcher, int timeoutMs, const std::atomic_bool *cancel);

    // step: what was being done, translated ("reading the issuer's metadata"), for the messages.
    Result<IssuerAnswer> get(const QUrl &url, const QString &step, const QByteArray &accept = "application/json");
    Result<IssuerAnswer> postForm(const QUrl &url, const FormFields &form, const QString &step);
    Result<IssuerAnswer> postJson(const QUrl &url, const QJsonObject &body, const QString &step,
                                  const QString &bearerToken = {});
    // JSON written by the caller, sent as it is (a presentation whose credentials must keep their
    // issuers' bytes: a JSON library could re-serialise a number a Data Integrity proof covers).
    Result<IssuerAnswer> postJsonText(const QUrl &url, const QByteArray &json, const QString &step);

    Status checkCancelled() const;
    static QByteArray formEncoded(const FormFields &fields);
    // "issuer-refused": the issuer answered step with an error; its words quoted.
    static Error refused(const IssuerAnswer &answer, const QString &step);

private:
    Result<IssuerAnswer> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                              const QByteArray &contentType, const QString &bearerToken, const QString &step);

    Fetcher &m_fetcher;
    int m_timeoutMs;
    const std::atomic_bool *m_cancel;
};

} // namespace Satchel
