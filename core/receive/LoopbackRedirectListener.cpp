#include "LoopbackRedirectListener.h"

#include "io/HtmlEscape.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Satchel {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kReadTimeoutMs = 5000;
constexpr int kCancelPollMs = 100;
const char kCallbackPath[] = "/callback";

// Reads one HTTP request head from socket; the request target, or empty.
QByteArray readRequestTarget(QTcpSocket &socket)
{
    QByteArray head;
    QElapsedTimer clock;
    clock.start();
    while (!head.contains("\r\n\r\n") && head.size() < kMaxRequestBytes && clock.elapsed() < kReadTimeoutMs) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(int(kReadTimeoutMs - clock.elapsed())))
            break;
        head += socket.read(kMaxRequestBytes - head.size());
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET")
        return {};
    return requestLine.at(1);
}

void answer(QTcpSocket &socket, int status, const QString &title, const QString &text)
{
    const QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + HtmlEscape::escape(title).toUtf8() + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
        + HtmlEscape::escape(title).toUtf8() + "</h1><p>" + HtmlEscape::escape(text).toUtf8() + "</p></body></html>";
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket.write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                 + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                   "Content-Length: " + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket.flush();
    socket.waitForBytesWritten(kReadTimeoutMs);
    socket.disconnectFromHost();
}

} // namespace

Result<QUrl> LoopbackRedirectListener::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return Error{QStringLiteral("authorization-failed"),
                     tr("Satchel could not listen for the sign-in's answer on this computer: %1").arg(m_server.errorString())};
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(kCallbackPath)));
}

Result<QUrlQuery> LoopbackRedirectListener::waitForRedirect(const QString &state, int timeoutMs,
                                                            const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), tr("Cancelled: nothing was stored.")};
        if (clock.elapsed() >= timeoutMs)
            return Error{QStringLiteral("authorization-failed"),
                         tr("The sign-in in the browser did not finish in time. Try receiving the offer again.")};
        if (!m_server.hasPendingConnections() && !m_server.waitForNewConnection(kCancelPollMs))
            continue;
        std::unique_ptr<QTcpSocket> socket(m_server.nextPendingConnection());
        if (!socket)
            continue;
        const QUrl target(QString::fromLatin1(readRequestTarget(*socket)));
        const QUrlQuery query(target);
        if (target.path() != QLatin1String(kCallbackPath) || !query.hasQueryItem(QStringLiteral("state"))) {
            answer(*socket, 404, tr("Not here"), tr("This address only takes the issuer's answer to a sign-in."));
            continue;
        }
        if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state) {
            // Not the answer to our request (another tab, a forged link): ignored, still waiting.
            answer(*socket, 400, tr("Not this sign-in"), tr("This answer does not belong to the sign-in Satchel started."));
            continue;
        }
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        if (!error.isEmpty() || !query.hasQueryItem(QStringLiteral("code"))) {
            answer(*socket, 200, tr("Sign-in not completed"), tr("You can close this tab and return to Satchel."));
            const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            return Error{QStringLiteral("authorization-failed"),
                         tr("The issuer did not authorize the request (%1).")
                             .arg(Error::excerpt(description.isEmpty() ? error : error + QStringLiteral(": ") + description, 200))};
        }
        answer(*socket, 200, tr("Signed in"), tr("You can close this tab and return to Satchel."));
        return query;
    }
}

} // namespace Satchel
