#include "OfflineMissCounter.h"

namespace Satchel {

Result<FetchedDocument> OfflineMissCounter::fetch(const QString &url)
{
    Result<FetchedDocument> fetched = m_inner->fetch(url);
    if (!fetched && fetched.error().code == QLatin1String("offline"))
        ++m_misses;
    return fetched;
}

} // namespace Satchel
