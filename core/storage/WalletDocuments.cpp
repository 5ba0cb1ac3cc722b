// Wallet: the cache of fetched documents (OB 2.0 linked documents, keys, DID documents, status
// lists), so that verification works offline and after an issuer's site is gone.
#include "Wallet.h"
#include "WalletPrivate.h"

namespace Satchel {

using namespace WalletSql;

namespace {

constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;  // one cached linked document

} // namespace

Status Wallet::putDocument(const FetchedDocument &document)
{
    if (document.url.isEmpty())
        return Error{QStringLiteral("invalid-document"), tr("A cached document needs its URL.")};
    if (document.body.size() > kMaxDocumentBytes)
        return Error{QStringLiteral("too-large"), tr("The document %1 is too large to keep.").arg(document.url)};
    QSqlQuery q(d->db);
    const QDateTime at = document.fetchedAt.isValid() ? document.fetchedAt : QDateTime::currentDateTimeUtc();
    if (!d->run(q, QStringLiteral("INSERT OR REPLACE INTO documents(url, body, content_type, fetched_at, http_status)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                {document.url, QVariant(document.body), document.contentType, at.toMSecsSinceEpoch(),
                 document.httpStatus})) {
        return d->sqlError(q, tr("Could not keep the document %1.").arg(document.url));
    }
    return {};
}

std::optional<FetchedDocument> Wallet::document(const QString &url) const
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("SELECT body, content_type, fetched_at, http_status FROM documents WHERE url = ?"),
                {url})
        || !q.next()) {
        return std::nullopt;
    }
    FetchedDocument doc;
    doc.url = url;
    doc.body = q.value(0).toByteArray();
    doc.contentType = q.value(1).toString();
    doc.fetchedAt = timeFromMs(q.value(2));
    doc.httpStatus = q.value(3).toInt();
    doc.fromCache = true;
    return doc;
}

int Wallet::documentCount() const
{
    return int(d->singleId(QStringLiteral("SELECT count(*) FROM documents"), {}));
}

} // namespace Satchel
