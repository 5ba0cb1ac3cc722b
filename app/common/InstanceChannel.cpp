#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace Satchel {

namespace {

constexpr int kProtocol = 1; // a message from another Satchel, this version
constexpr int kReadTimeoutMs = 3000;

QString userName()
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QDir::homePath() : name;
}

} // namespace

InstanceChannel::InstanceChannel(const QString &walletPath, QObject *parent)
    : QObject(parent)
{
    // One name per user and wallet: two learners on one computer, or one learner with the demo
    // wallet open beside their own, each keep their own window.
    const QByteArray key = (userName() + QLatin1Char('\n') + QFileInfo(walletPath).absoluteFilePath()).toUtf8();
    m_serverName = QStringLiteral("satchel-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message = QJsonDocument(QJsonObject{
        {QStringLiteral("satchel"), kProtocol},
        {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments.mid(0, kMaxArguments))}}).toJson(QJsonDocument::Compact);
    QByteArray framed;
    QDataStream frame(&framed, QIODevice::WriteOnly);
    frame << quint32(message.size());
    framed += message;
    socket.write(framed);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers one byte once it has taken the arguments: without it, it may
    // be hung, and this process had better open the window itself.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == "1";
}

bool InstanceChannel::listen()
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        // A socket file left by an instance that crashed: nobody answered forward(), so it is stale.
        QLocalServer::removeServer(m_serverName);
        if (!server->listen(m_serverName)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] { readClient(client); });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            // A client that never sends a whole message is dropped.
            QTimer::singleShot(kReadTimeoutMs, client, [client] { client->abort(); });
        }
    });
    return true;
}

void InstanceChannel::readClient(QLocalSocket *client)
{
    if (client->bytesAvailable() < qint64(sizeof(quint32)))
        return;
    QDataStream peek(client->peek(sizeof(quint32)));
    quint32 size = 0;
    peek >> size;
    if (size > kMaxBytes) {
        client->abort();
        return;
    }
    if (client->bytesAvailable() < qint64(sizeof(quint32)) + size)
        return; // the rest is on its way
    client->read(sizeof(quint32));
    // JSON rather than QDataStream: a stream's container sizes come from the sender, and a
    // hostile one could make the reader reserve gigabytes before the data runs out.
    const QJsonObject message = QJsonDocument::fromJson(client->read(size)).object();
    const QJsonArray list = message.value(QStringLiteral("arguments")).toArray();
    if (message.value(QStringLiteral("satchel")).toInt() != kProtocol || list.size() > kMaxArguments) {
        client->abort();
        return;
    }
    QStringList arguments;
    for (const QJsonValue &argument : list) {
        if (!argument.isString()) {
            client->abort();
            return;
        }
        arguments << argument.toString();
    }
    client->write("1");
    client->flush();
    client->disconnectFromServer();
    Q_EMIT received(arguments);
}

} // namespace Satchel
