// The loopback trust registries of tests/interop/trust-registry.mjs (a DCC-format list and two
// OpenID Federation trust anchors whose statements the published @openid-federation/core makes,
// one honest and one whose statements are altered after signing), started for a test and stopped
// with the object.
#pragma once

#include "NodeServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

class TrustRegistryServer : public NodeServerProcess {
public:
    static QString missing() { return NodeServerProcess::missing(QStringLiteral("@openid-federation/core")); }

    // listed: issuer id → the name both kinds of registry give it.
    bool start(const QList<QPair<QString, QString>> &listed)
    {
        QStringList arguments;
        for (const auto &[id, name] : listed)
            arguments << QStringLiteral("--listed") << id + QLatin1Char('=') + name;
        m_url = QJsonDocument::fromJson(startScript(QStringLiteral("trust-registry.mjs"), arguments))
                    .object()
                    .value(QLatin1String("url"))
                    .toString();
        return !m_url.isEmpty();
    }
    QUrl dccUrl() const { return QUrl(m_url + QStringLiteral("/dcc/registry.json")); }
    // anchor: "ta" (honest) or "tampered".
    QUrl anchorUrl(const QString &anchor = QStringLiteral("ta")) const
    {
        return QUrl(m_url + QLatin1Char('/') + anchor + QStringLiteral("/.well-known/openid-federation"));
    }

private:
    QString m_url;
};
