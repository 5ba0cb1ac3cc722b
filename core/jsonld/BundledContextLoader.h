// BundledContextLoader: serves the published JSON-LD contexts embedded in the binary
// (resources/contexts, byte-identical to the URL -> file table of fixtures/external/SOURCES.md).
// Unknown URLs are an error ("unknown-context"); nothing is ever fetched. Thread-safe; the parsed
// contexts are shared process-wide.
#pragma once

#include "DocumentLoader.h"

#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class BundledContextLoader : public DocumentLoader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BundledContextLoader)
public:
    Result<JsonValue> load(const QString &url) const override;

    // The context URLs served, and the resource path behind one (empty if unknown).
    static QStringList urls();
    static QString resourcePath(const QString &url);
    // A process-wide instance.
    static const BundledContextLoader &instance();
};

} // namespace Satchel
