// The reference VerifierPlus server (tests/interop/verifierplus-server.mjs, Node + @digitalbazaar/vc)
// started on a free loopback port for a test, and stopped with the object.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

class VerifierPlusServer {
public:
    // Why the server cannot run here (for QSKIP), or empty.
    static QString missing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("Node.js is not installed: the reference VerifierPlus server cannot run");
        if (!QDir(QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/node_modules/@digitalbazaar/vc")).exists())
            return QStringLiteral("Run `npm ci` in tests/interop first (packaging/scripts/run-tests.sh does)");
        return {};
    }

    // A port nothing listens on (a server that is down).
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // extra: "--status 500" (every answer an error), "--malformed" (a POST answer without links).
    bool start(const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral("node"));
        m_process.setArguments(QStringList{QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/verifierplus-server.mjs")}
                               + extra);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(20000))
                return false;
        }
        m_port = m_process.readLine().trimmed().toUShort();
        return m_port != 0;
    }
    ~VerifierPlusServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};
