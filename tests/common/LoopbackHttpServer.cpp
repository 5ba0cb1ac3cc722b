#include "LoopbackHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace Satchel::Test {

// Owns the QTcpServer and every socket in its own event loop.
class ServerThread : public QThread {
public:
    ServerThread(LoopbackHttpServer *owner, quint16 port) : m_owner(owner), m_port(port) {}

    bool listening = false;
    quint16 boundPort = 0;
    QSemaphore ready;

protected:
    void run() override
    {
        QTcpServer server;
        listening = server.listen(QHostAddress::LocalHost, m_port);
        boundPort = server.serverPort();
        ready.release();
        if (!listening)
            return;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        struct Pending {
            QByteArray buffer;
            bool answered = false;
        };
        auto pending = std::make_shared<Pending>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
            QByteArray *buffer = &pending->buffer;
            if (pending->answered) {
                socket->readAll();
                return;
            }
            buffer->append(socket->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > 64 * 1024)
                    socket->abort();
                return;
            }
            // A request with a body (a form post) is answered once the whole body is in.
            const qsizetype bodyBytes = contentLength(buffer->left(end));
            if (bodyBytes > 1024 * 1024) {
                socket->abort();
                return;
            }
            if (buffer->size() < end + 4 + bodyBytes)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray body = buffer->mid(end + 4, bodyBytes);
            buffer->clear();
            pending->answered = true;
            const QString path = requestLine.size() >= 2 ? QString::fromUtf8(requestLine.at(1)) : QString();
            const LoopbackHttpServer::Request request{requestLine.value(0), path, body};
            m_owner->record(request);
            LoopbackHttpServer::Route route;
            if (!m_owner->lookup(request, route)) {
                route.status = 404;
                route.contentType = "text/plain";
                route.body = "not found";
            }
            if (route.delayMs < 0)
                return; // never answer: the client times out
            if (route.endlessChunkBytes > 0) {
                respondEndless(socket, route);
                return;
            }
            if (route.delayMs > 0)
                QTimer::singleShot(route.delayMs, socket, [socket, route] { respond(socket, route); });
            else
                respond(socket, route);
        });
    }

    static qsizetype contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return 0;
    }

    // A chunked body that never ends: one more chunk each time the last one has left, for as long
    // as the client keeps reading. Counts what it sent.
    void respondEndless(QTcpSocket *socket, const LoopbackHttpServer::Route &route)
    {
        QByteArray head = "HTTP/1.1 200 X\r\nContent-Type: " + route.contentType
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        const QByteArray chunk = QByteArray::number(route.endlessChunkBytes, 16) + "\r\n"
            + QByteArray(int(route.endlessChunkBytes), 'a') + "\r\n";
        socket->write(head);
        auto next = [this, socket, chunk] {
            if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 4 * chunk.size())
                return;
            socket->write(chunk);
            m_owner->m_bytesSent += chunk.size();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, next);
        next();
    }

    static void respond(QTcpSocket *socket, const LoopbackHttpServer::Route &route)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(route.status) + " X\r\n";
        if (!route.contentType.isEmpty())
            out += "Content-Type: " + route.contentType + "\r\n";
        if (!route.location.isEmpty())
            out += "Location: " + route.location + "\r\n";
        out += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += route.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    LoopbackHttpServer *m_owner;
    quint16 m_port;
};

LoopbackHttpServer::LoopbackHttpServer() = default;

LoopbackHttpServer::~LoopbackHttpServer()
{
    stop();
}

bool LoopbackHttpServer::start(quint16 port)
{
    stop();
    auto thread = std::make_unique<ServerThread>(this, port);
    thread->start();
    thread->ready.acquire();
    if (!thread->listening) {
        thread->wait();
        return false;
    }
    m_port = thread->boundPort;
    m_thread = std::move(thread);
    return true;
}

void LoopbackHttpServer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void LoopbackHttpServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

void LoopbackHttpServer::setRoute(const QString &path, int status, const QByteArray &contentType,
                                  const QByteArray &body)
{
    Route route;
    route.status = status;
    route.contentType = contentType;
    route.body = body;
    setRoute(path, route);
}

void LoopbackHttpServer::setRedirect(const QString &path, const QByteArray &location, int status)
{
    Route route;
    route.status = status;
    route.contentType = "text/plain";
    route.location = location;
    setRoute(path, route);
}

bool LoopbackHttpServer::serveRefvcRoutes(const QString &refvcDir)
{
    QFile file(refvcDir + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray routes = manifest.value(QStringLiteral("routes")).toArray();
    if (routes.isEmpty())
        return false;
    for (const QJsonValue &value : routes) {
        const QJsonObject entry = value.toObject();
        QFile body(refvcDir + QLatin1Char('/') + entry.value(QStringLiteral("file")).toString());
        if (!body.open(QIODevice::ReadOnly))
            return false;
        const QUrl url(entry.value(QStringLiteral("url")).toString());
        setRoute(url.path(QUrl::FullyEncoded) + (url.hasQuery() ? QLatin1Char('?') + url.query() : QString()),
                 200, entry.value(QStringLiteral("contentType")).toString().toUtf8(), body.readAll());
    }
    return true;
}

QList<QString> LoopbackHttpServer::requestedPaths() const
{
    QMutexLocker lock(&m_mutex);
    return m_requested;
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

void LoopbackHttpServer::record(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_bodies.append(request);
}

void LoopbackHttpServer::setHandler(const QString &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_handlers.insert(path, std::move(handler));
}

bool LoopbackHttpServer::lookup(const Request &request, Route &route)
{
    const QString &path = request.path;
    ++m_requests;
    QMutexLocker lock(&m_mutex);
    m_requested.append(path);
    if (const auto handler = m_handlers.constFind(path); handler != m_handlers.constEnd()) {
        const Handler respond = handler.value();
        lock.unlock();
        route = respond(request);
        return true;
    }
    auto it = m_routes.constFind(path);
    if (it == m_routes.constEnd())
        return false;
    route = it.value();
    return true;
}

} // namespace Satchel::Test
