#include "OfflineMissCounter.h"

namespace Satchel {

Result<FetchedDocument> OfflineMissCounter::fetch(const QString &url, const QByteArray &accept)
{
    Result<FetchedDocument> fetched = m_inner->fetch(url, accept);
    if (!fetched && fetched.error().code == QLatin1String("offline"))
        ++m_misses;
    return fetched;
}

} // namespace Satchel
