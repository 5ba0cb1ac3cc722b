// The reference VerifierPlus server (tests/interop/verifierplus-server.mjs, Node + @digitalbazaar/vc)
// started on a free loopback port for a test, and stopped with the object.
#pragma once

#include "NodeServerProcess.h"

class VerifierPlusServer : public NodeServerProcess {
public:
    // Why the server cannot run here (for QSKIP), or empty.
    static QString missing() { return NodeServerProcess::missing(QStringLiteral("@digitalbazaar/vc")); }

    // extra: "--status 500" (every answer an error), "--malformed" (a POST answer without links).
    bool start(const QStringList &extra = {})
    {
        m_port = startScript(QStringLiteral("verifierplus-server.mjs"), extra).toUShort();
        return m_port != 0;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    quint16 m_port = 0;
};
