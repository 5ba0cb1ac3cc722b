#include "Fetcher.h"

#include "AddressPolicy.h"
#include "DocumentCache.h"
#include "NetworkMode.h"
#include "net/Logging.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Satchel {

namespace {

// What the reply may buffer before Qt stops reading the socket.
constexpr qint64 kReadBufferBytes = 256 * 1024;

// What one request/response exchange (one hop of a redirect chain) produced.
struct Exchange {
    QString failCode;        // set when we aborted the reply ourselves
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QString contentType;
    QByteArray location;
};

} // namespace

Fetcher::Fetcher(DocumentCache *cache, NetworkMode *network)
    : m_cache(cache), m_network(network), m_startedAt(QDateTime::currentDateTimeUtc())
{
}

Fetcher::~Fetcher() = default;

bool Fetcher::isFetchableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

bool Fetcher::isSecureOrLoopback(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return true;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Fetcher::isOffline() const
{
    return m_network && m_network->isOfflineForWorkStartedAt(m_startedAt);
}

QDateTime Fetcher::unreachableSince(const QString &authority) const
{
    return m_unreachable.value(authority).since;
}

Result<FetchedDocument> Fetcher::get(const QUrl &url, const FetchOptions &options)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    const bool offline = isOffline();
    std::optional<FetchedDocument> cached;
    if (m_cache && (options.preferCache || options.isFresh || offline || options.cacheFallback))
        cached = m_cache->document(key);
    if (cached && (offline || options.preferCache || (options.isFresh && options.isFresh(*cached))))
        return *cached;
    if (offline)
        return Error{QStringLiteral("offline"), tr("Not fetched (offline): %1").arg(key)};
    if (!isFetchableUrl(url))
        return Error{QStringLiteral("bad-url"), tr("Only http and https addresses can be fetched: %1").arg(key)};
    if (options.skipUnreachableHosts && m_unreachable.contains(url.authority())) {
        if (cached)
            return *cached;
        return Error{QStringLiteral("unreachable"), m_unreachable.value(url.authority()).message};
    }

    Result<FetchedDocument> result = fetchNetwork(url, options, Outgoing());
    if (!result.ok())
        return answerFailure(url, result.error(), options, cached);
    noteAnswer();
    if (options.storeInCache)
        keep(result.value());
    return result;
}

Result<FetchedDocument> Fetcher::answerFailure(const QUrl &url, const Error &error, const FetchOptions &options,
                                               const std::optional<FetchedDocument> &cached)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    const QString &code = error.code;
    const bool noAnswer = code == QLatin1String("network") || code == QLatin1String("timeout");
    if (!noAnswer && code != QLatin1String("forbidden-address"))
        noteAnswer();
    if (options.statusAnswers && (code == QLatin1String("gone") || code == QLatin1String("not-found"))) {
        FetchedDocument answer;
        answer.url = key;
        answer.httpStatus = code == QLatin1String("gone") ? 410 : 404;
        answer.fetchedAt = QDateTime::currentDateTimeUtc();
        if (answer.httpStatus == 410) {
            answer.body = QByteArray(""); // the cache stores a body; NULL is refused
            if (options.storeInCache)
                keep(answer); // so that an offline run still says revoked
        }
        return answer;
    }
    if (noAnswer && options.skipUnreachableHosts) {
        // One issuer's site being down says nothing about the others, so only that host is skipped
        // for the rest of the work (one timeout, not one per credential). Two hosts failing before
        // anything answered means there is no network at all.
        m_unreachable.insert(url.authority(), Unreachable{QDateTime::currentDateTimeUtc(), error.message});
        if (m_network && !m_reachedNetwork && m_unreachable.size() >= 2)
            m_network->reportNetworkLost(m_startedAt);
        if (cached)
            return *cached;
        if (isOffline())
            return Error{QStringLiteral("offline"), tr("Not fetched (offline): %1").arg(key)};
        return Error{QStringLiteral("unreachable"), error.message};
    }
    // A transient failure falls back to the last good copy; "too-large" and redirect refusals
    // are answers about the document, so they stand.
    if (cached && options.cacheFallback && (noAnswer || code == QLatin1String("http-error"))) {
        qCInfo(lcNet) << "fetching" << key << "failed (" << code << error.message
                      << "); answering with the copy cached at" << cached->fetchedAt;
        return *cached;
    }
    return error;
}

void Fetcher::keep(const FetchedDocument &document)
{
    // A cache write failure must not fail the fetch; the next one simply fetches again.
    if (!m_cache)
        return;
    if (const Status kept = m_cache->putDocument(document); !kept)
        qCInfo(lcNet) << "the cache did not keep" << document.url << ":" << kept.error().code << kept.error().message;
}

void Fetcher::noteAnswer()
{
    m_reachedNetwork = true;
    if (m_network)
        m_network->reportNetworkReached();
}

Result<FetchedDocument> Fetcher::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                      const QByteArray &contentType, const FetchOptions &options)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    if (isOffline())
        return Error{QStringLiteral("offline"), tr("Not sent (offline): %1").arg(key)};
    if (!isFetchableUrl(url))
        return Error{QStringLiteral("bad-url"), tr("Only http and https addresses can be used: %1").arg(key)};
    return fetchNetwork(url, options, Outgoing{method, body, contentType});
}

Result<FetchedDocument> Fetcher::fetchNetwork(const QUrl &url, const FetchOptions &options, const Outgoing &outgoing)
{
    const bool isGet = outgoing.method == "GET";
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    const QString requested = url.toString(QUrl::FullyEncoded);
    QElapsedTimer clock;
    clock.start();
    QUrl current = url;

    for (int hop = 0;; ++hop) {
        const qint64 remaining = options.totalTimeoutMs - clock.elapsed();
        if (remaining <= 0)
            return Error{QStringLiteral("timeout"), tr("Timed out fetching %1").arg(requested)};

        // Redirects are checked where they are read, below.
        if (options.httpsOnly && hop == 0 && !isSecureOrLoopback(current))
            return Error{QStringLiteral("insecure-url"),
                         tr("Refused to contact %1: only secure (https) addresses are used here").arg(requested)};
        // Checked on every hop: a redirect is as much the sender's choice as the first URL.
        if (auto allowed = AddressPolicy::checkHost(current.host(), AddressPolicy::loopbackAllowed()); !allowed)
            return allowed.error();

        QNetworkRequest request(current);
        request.setRawHeader("Accept", options.accept);
        request.setRawHeader("User-Agent", "Satchel");
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : options.headers)
            request.setRawHeader(name, value);
        if (!outgoing.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, outgoing.contentType);
        std::unique_ptr<QNetworkReply> reply(isGet ? m_manager->get(request)
                                                   : m_manager->sendCustomRequest(request, outgoing.method, outgoing.body));
        // Qt's HTTP thread fills the reply's buffer as fast as the sender writes, whatever our
        // event loop is doing; a bounded buffer makes it wait for us, so what we hold stays
        // within the cap however the body comes (chunked, compressed, endless).
        reply->setReadBufferSize(kReadBufferBytes);

        Exchange exchange;
        QEventLoop loop;
        QTimer connectTimer;
        QTimer totalTimer;
        connectTimer.setSingleShot(true);
        totalTimer.setSingleShot(true);
        QNetworkReply *r = reply.get();
        auto abortWith = [&](const QString &code) {
            if (exchange.failCode.isEmpty())
                exchange.failCode = code;
            r->abort();
        };
        QObject::connect(r, &QNetworkReply::metaDataChanged, &loop, [&] {
            connectTimer.stop();
            const QVariant length = r->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > options.maxBytes)
                abortWith(QStringLiteral("too-large"));
        });
        // Bytes as they arrive on the wire (before any decompression): a body that is bigger
        // than the cap in transit is stopped there too.
        QObject::connect(r, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
            if (received > options.maxBytes)
                abortWith(QStringLiteral("too-large"));
        });
        QObject::connect(r, &QNetworkReply::readyRead, &loop, [&] {
            connectTimer.stop();
            exchange.body += r->read(options.maxBytes + 1 - exchange.body.size());
            if (exchange.body.size() > options.maxBytes)
                abortWith(QStringLiteral("too-large"));
        });
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&connectTimer, &QTimer::timeout, &loop, [&] { abortWith(QStringLiteral("timeout")); });
        QObject::connect(&totalTimer, &QTimer::timeout, &loop, [&] { abortWith(QStringLiteral("timeout")); });
        connectTimer.start(std::min<qint64>(options.connectTimeoutMs, remaining));
        totalTimer.start(remaining);
        if (!r->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);

        if (exchange.failCode.isEmpty() && exchange.body.size() <= options.maxBytes) {
            exchange.body += r->read(options.maxBytes + 1 - exchange.body.size());
            if (exchange.body.size() > options.maxBytes)
                exchange.failCode = QStringLiteral("too-large");
        }
        exchange.error = r->error();
        exchange.errorString = r->errorString();
        exchange.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.contentType = r->header(QNetworkRequest::ContentTypeHeader).toString();
        exchange.location = r->rawHeader("Location");
        reply.reset();

        if (exchange.failCode == QLatin1String("too-large"))
            return Error{exchange.failCode,
                         tr("%1 is larger than %2 bytes").arg(requested).arg(options.maxBytes)};
        if (exchange.failCode == QLatin1String("timeout"))
            return Error{exchange.failCode, tr("Timed out fetching %1").arg(requested)};

        if (exchange.status >= 300 && exchange.status < 400 && exchange.status != 304) {
            const QUrl target = current.resolved(QUrl::fromEncoded(exchange.location));
            if (options.httpsOnly && !exchange.location.isEmpty() && !isSecureOrLoopback(target))
                return Error{QStringLiteral("insecure-redirect"),
                             tr("Refused a redirect from %1 to %2, which is not a secure (https) address")
                                 .arg(requested, target.toString())};
            if (!isGet)
                return Error{QStringLiteral("bad-redirect"),
                             tr("%1 answered with a redirect; a request with a body is not sent elsewhere").arg(requested)};
            if (hop >= options.maxRedirects)
                return Error{QStringLiteral("too-many-redirects"),
                             tr("More than %1 redirects fetching %2").arg(options.maxRedirects).arg(requested)};
            if (exchange.location.isEmpty() || !isFetchableUrl(target))
                return Error{QStringLiteral("bad-redirect"),
                             tr("Refused a redirect from %1 to %2 (only http and https are followed)")
                                 .arg(current.toString(), target.toString())};
            current = target;
            continue;
        }
        if (exchange.status == 0 || (exchange.error != QNetworkReply::NoError && exchange.status < 400))
            return Error{QStringLiteral("network"),
                         tr("Could not fetch %1: %2").arg(requested, exchange.errorString)};
        // With errorAnswers an error status is an answer like any other (an OAuth error object).
        if (!(options.errorAnswers && exchange.status >= 400)) {
            if (exchange.status == 404)
                return Error{QStringLiteral("not-found"), tr("Not found (HTTP 404): %1").arg(requested)};
            if (exchange.status == 410)
                return Error{QStringLiteral("gone"), tr("Gone (HTTP 410): %1").arg(requested)};
            if (exchange.status < 200 || exchange.status >= 300)
                return Error{QStringLiteral("http-error"),
                             tr("HTTP %1 fetching %2").arg(exchange.status).arg(requested)};
        }

        FetchedDocument document;
        document.url = requested;
        document.body = std::move(exchange.body);
        document.contentType = exchange.contentType;
        document.fetchedAt = QDateTime::currentDateTimeUtc();
        document.httpStatus = exchange.status;
        return document;
    }
}

} // namespace Satchel
