// Badge thumbnails for the gallery, decoded lazily on a small thread pool and kept in a bounded
// cache of scaled QImages. Only what the views ask for is ever decoded; the newest request runs
// first, so fast scrolling shows what is on screen before what scrolled past. Not a BackgroundJob:
// a thumbnail is one small read, so each pool thread keeps its wallet connection open across loads
// rather than opening one per load, and loads are ordered by priority, not queued one per job.
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace Satchel {

class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailCache(QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // Worker threads open their own connection to this wallet file (one connection per thread).
    void setWalletPath(const QString &path);
    QSize thumbnailSize() const { return m_size; }

    // The thumbnail when it is ready; otherwise a null image and a load is scheduled.
    // `*known` is set to true once the load finished (even when the credential has no image).
    QImage thumbnail(qint64 credentialId, bool *known = nullptr);
    void clear();
    int pendingCount() const { return m_pending.size(); }
    bool waitForIdle(int msecs);

    // Decodes PNG/JPEG/SVG/GIF bytes or a data: URI, scaled to fit box; null when undecodable.
    static QImage decode(const QByteArray &bytes, QSize box);

Q_SIGNALS:
    void thumbnailReady(qint64 credentialId);

private:
    void deliver(quint64 generation, qint64 credentialId, const QImage &image);

    QSize m_size;
    QString m_walletPath;
    QCache<qint64, QImage> m_cache;
    QSet<qint64> m_pending;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_sequence = 0;
};

} // namespace Satchel
