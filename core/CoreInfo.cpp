#include "CoreInfo.h"

#include <cstdlib>

#ifdef SATCHEL_HAVE_MIMALLOC
#include <mimalloc.h>
#endif

namespace Satchel {

QString CoreInfo::version() { return QStringLiteral(SATCHEL_VERSION); }
QString CoreInfo::applicationName() { return QStringLiteral("Satchel"); }

bool CoreInfo::mallocIsMimalloc()
{
#ifdef SATCHEL_HAVE_MIMALLOC
    // Linked is not enough: the override only holds when mimalloc comes before the C library in
    // symbol lookup. A block from the C library's calloc() in mimalloc's heap proves it.
    void *probe = std::calloc(1, 64); // calloc, not malloc: GCC warns of reading uninitialized memory
    const bool ours = mi_is_in_heap_region(probe);
    std::free(probe);
    return ours;
#else
    return false;
#endif
}

QString CoreInfo::allocator()
{
#ifdef SATCHEL_HAVE_MIMALLOC
    if (mallocIsMimalloc()) {
        const int v = mi_version(); // 209 = 2.0.9
        return QStringLiteral("mimalloc %1.%2.%3").arg(v / 100).arg(v / 10 % 10).arg(v % 10);
    }
#endif
    return QStringLiteral("system malloc");
}

} // namespace Satchel
