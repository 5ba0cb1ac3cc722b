#include "gallery/ThumbnailCache.h"

#include "io/DataUri.h"
#include "storage/ThreadWallet.h"
#include "storage/Wallet.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QImageReader>
#include <QRunnable>

#include <memory>

namespace Satchel {

namespace {

constexpr qint64 kMaxImageBytes = 16 * 1024 * 1024;
constexpr int kCacheKiB = 96 * 1024; // about 2,500 thumbnails of 96x96 ARGB

} // namespace

ThumbnailCache::ThumbnailCache(QSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
    , m_cache(kCacheKiB)
{
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount() - 1, 3));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setWalletPath(const QString &path)
{
    m_walletPath = path;
    clear();
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_pool.clear();
    m_cache.clear();
    m_pending.clear();
}

bool ThumbnailCache::waitForIdle(int msecs)
{
    return m_pool.waitForDone(msecs);
}

QImage ThumbnailCache::thumbnail(qint64 credentialId, bool *known)
{
    if (const QImage *cached = m_cache.object(credentialId)) {
        if (known)
            *known = true;
        return *cached;
    }
    if (known)
        *known = false;
    if (m_pending.contains(credentialId) || m_walletPath.isEmpty())
        return {};
    m_pending.insert(credentialId);
    const quint64 generation = m_generation;
    const QString path = m_walletPath;
    const QSize box = m_size;
    m_pool.start([this, generation, path, box, credentialId] {
        QImage image;
        if (Wallet *wallet = ThreadWallet::forCurrentThread(path)) {
            const auto bytes = wallet->image(credentialId);
            if (bytes.ok())
                image = decode(bytes.value(), box);
        }
        QMetaObject::invokeMethod(this, [this, generation, credentialId, image] {
            deliver(generation, credentialId, image);
        }, Qt::QueuedConnection);
    }, ++m_sequence); // later requests get a higher priority: what is on screen now comes first
    return {};
}

void ThumbnailCache::deliver(quint64 generation, qint64 credentialId, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(credentialId);
    // A null image is cached too: it means "no image", and must not be requested again.
    const int cost = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
    m_cache.insert(credentialId, new QImage(image), cost);
    Q_EMIT thumbnailReady(credentialId);
}

QImage ThumbnailCache::decode(const QByteArray &input, QSize box)
{
    if (input.isEmpty() || input.size() > kMaxImageBytes)
        return {};
    QByteArray bytes = input;
    if (bytes.startsWith("data:")) {
        const auto embedded = DataUri::decode(QString::fromLatin1(bytes), kMaxImageBytes);
        bytes = embedded ? embedded->bytes : QByteArray();
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > 100LL * 1000 * 1000)
            return {}; // a decompression bomb, not a badge
        if (size.width() > box.width() || size.height() > box.height()) // shrink, never enlarge
            reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace Satchel
