// A test server written for Node in tests/interop (the VerifierPlus server, the loopback issuers),
// started for one test on a free loopback port and stopped with the object. Each prints one line on
// stdout once it listens (its port, or {"url": ...}); everything else goes to stderr.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

class NodeServerProcess {
public:
    // Why a server needing the npm package `module` cannot run here (for QSKIP), or empty.
    static QString missing(const QString &module)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("Node.js is not installed: the test servers of tests/interop cannot run");
        if (!QDir(QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/node_modules/") + module).exists())
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

    ~NodeServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QByteArray errors() { return m_process.readAllStandardError(); }

protected:
    // Starts tests/interop/script; the line it prints once listening, or empty when it did not start.
    QByteArray startScript(const QString &script, const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral("node"));
        m_process.setArguments(QStringList{QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/") + script} + arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return {};
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return {};
        }
        return m_process.readLine().trimmed();
    }

private:
    QProcess m_process;
};
