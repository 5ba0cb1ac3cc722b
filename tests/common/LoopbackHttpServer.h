// A tiny HTTP/1.1 server on 127.0.0.1 for tests: serves a fixed map of path -> response from its
// own thread, so code under test may fetch synchronously (QEventLoop) from the test's thread.
// Every response closes the connection. Unknown paths answer 404.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Satchel::Test {

class LoopbackHttpServer {
public:
    struct Route {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray location;     // Location header (redirects)
        int delayMs = 0;         // wait before answering; -1 = never answer (timeouts)
        qint64 endlessChunkBytes = 0; // > 0: a chunked body of such chunks that never ends
    };

    LoopbackHttpServer();
    ~LoopbackHttpServer();

    // Listens on 127.0.0.1:port (0 = any free port). False when the port is busy.
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const; // "/a/b" -> http://127.0.0.1:<port>/a/b

    // path includes the query, e.g. "/badge?x=1".
    void setRoute(const QString &path, const Route &route);
    void setRoute(const QString &path, int status, const QByteArray &contentType, const QByteArray &body);
    void setRedirect(const QString &path, const QByteArray &location, int status = 302);
    // Serves the "routes" of a refvc manifest.json (url -> corpus file) by their paths. False when
    // the manifest cannot be read.
    bool serveRefvcRoutes(const QString &refvcDir);

    int requestCount() const { return m_requests.load(); }
    qint64 bytesSent() const { return m_bytesSent.load(); } // by endless routes
    QList<QString> requestedPaths() const;
    // Every request as it came, method and body included (a form post's fields), oldest first.
    struct Request {
        QByteArray method;
        QString path;
        QByteArray body;
    };
    QList<Request> requests() const;
    // A route whose answer depends on the request (a verifier that echoes a nonce it was posted).
    // Runs on the server's thread.
    using Handler = std::function<Route(const Request &request)>;
    void setHandler(const QString &path, Handler handler);

private:
    friend class ServerThread;
    bool lookup(const Request &request, Route &route);
    void record(const Request &request);

    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, Handler> m_handlers;
    QList<QString> m_requested;
    QList<Request> m_bodies;
    std::atomic_int m_requests{0};
    std::atomic<qint64> m_bytesSent{0};
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Satchel::Test
