// Hands what `satchel ARG…` was started with (an issuer's offer link clicked in the browser, a
// badge or review packet opened from the file manager) to the Satchel already running on the same
// wallet, so it opens in that window instead of a second window on the same wallet file.
//
// A local socket (QLocalServer; a Unix socket only its user may open, a named pipe on Windows)
// named after the user and the wallet. What arrives is untrusted like any other input: at most
// kMaxArguments arguments and kMaxBytes bytes, and it only ever opens a dialog (an import, a
// review, a receive that asks for consent), never acts by itself.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Satchel {

class InstanceChannel : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxArguments = 64;
    static constexpr qint64 kMaxBytes = 256 * 1024;

    explicit InstanceChannel(const QString &walletPath, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Gives arguments to the instance already running on this wallet. True when it took them
    // (this process has nothing left to do); false when none runs or it did not answer in time.
    bool forward(const QStringList &arguments, int timeoutMs = 3000) const;
    // Becomes the running instance: later forward() calls from other processes arrive as received().
    // False when the socket cannot be made (the caller just runs without it).
    bool listen();

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void received(const QStringList &arguments);

private:
    void readClient(QLocalSocket *client);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Satchel
