// A loopback issuer from tests/interop (oid4vci-issuer.mjs or vcapi-exchange.mjs: published
// OpenID4VCI / Data Integrity libraries, see README-issuers.md) started for a test on a free port,
// driven through its admin routes, and stopped with the object.
#pragma once

#include "NodeServerProcess.h"
#include "net/Fetcher.h"

#include <QJsonDocument>
#include <QJsonObject>

class LoopbackIssuer : public NodeServerProcess {
public:
    // Why the issuers cannot run here (for QSKIP), or empty.
    static QString missing() { return NodeServerProcess::missing(QStringLiteral("@openid4vc/openid4vci")); }

    // script: "oid4vci-issuer.mjs" or "vcapi-exchange.mjs". It prints {"url": BASE} once listening.
    bool start(const QString &script)
    {
        m_url = QJsonDocument::fromJson(startScript(script)).object().value(QLatin1String("url")).toString();
        return !m_url.isEmpty();
    }
    QString url() const { return m_url; }

    // An admin POST (offers, exchanges, mode); the answer's JSON object, empty on failure.
    QJsonObject admin(const QString &path, const QJsonObject &body = {})
    {
        Satchel::Fetcher fetcher;
        auto answer = fetcher.send("POST", QUrl(m_url + path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                   "application/json");
        return answer ? QJsonDocument::fromJson(answer->body).object() : QJsonObject();
    }
    QJsonObject adminGet(const QString &path)
    {
        Satchel::Fetcher fetcher;
        auto answer = fetcher.get(QUrl(m_url + path));
        return answer ? QJsonDocument::fromJson(answer->body).object() : QJsonObject();
    }

private:
    QString m_url;
};
