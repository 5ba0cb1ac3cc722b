// A loopback issuer from tests/interop (oid4vci-issuer.mjs or vcapi-exchange.mjs: published
// OpenID4VCI / Data Integrity libraries, see README-issuers.md) started for a test on a free port,
// driven through its admin routes, and stopped with the object.
#pragma once

#include "net/Fetcher.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

class LoopbackIssuer {
public:
    // Why the issuers cannot run here (for QSKIP), or empty.
    static QString missing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("Node.js is not installed: the loopback issuers cannot run");
        if (!QDir(QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/node_modules/@openid4vc/openid4vci")).exists())
            return QStringLiteral("Run `npm ci` in tests/interop first (packaging/scripts/run-tests.sh does)");
        return {};
    }

    // A port nothing listens on (an issuer that is down).
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // script: "oid4vci-issuer.mjs" or "vcapi-exchange.mjs". It prints {"url": BASE} once listening.
    bool start(const QString &script)
    {
        m_process.setProgram(QStringLiteral("node"));
        m_process.setArguments({QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/") + script});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return false;
        }
        m_url = QJsonDocument::fromJson(m_process.readLine()).object().value(QLatin1String("url")).toString();
        return !m_url.isEmpty();
    }
    ~LoopbackIssuer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }
    QByteArray errors() { return m_process.readAllStandardError(); }

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
    QProcess m_process;
    QString m_url;
};
