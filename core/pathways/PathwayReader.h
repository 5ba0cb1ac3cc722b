// Turns a pathway document from outside (a file, a URL, bytes) into pathways: Satchel's own
// format, a Badgr/Canvas pathway, or a CLR 2.0 credential's associations. The CLI and the UI
// share it so that both accept exactly the same inputs with the same bounds and errors.
#pragma once

#include "Result.h"
#include "pathways/Pathway.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace Satchel {

class Fetcher;

class PathwayReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayReader)
public:
    // A pathway document bigger than this is refused before it is parsed (a CLR with embedded
    // credentials is the largest legitimate input).
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    // name: shown in errors (a file name or URL). Error "not-a-pathway", or the format's codes.
    static Result<QList<Pathway>> fromBytes(const QByteArray &bytes, const QString &name);
    // Errors "unreadable", "too-large", then as fromBytes.
    static Result<QList<Pathway>> fromFile(const QString &path);
    // http/https only; blocking, so call it off the UI thread. The fetch is bounded in time and
    // size; the fetcher's cache is not used (a pathway is imported once, then kept in the wallet),
    // its NetworkMode is (offline: error "offline").
    static Result<QList<Pathway>> fromUrl(const QUrl &url, Fetcher &fetcher);

    static bool isUrl(const QString &input); // "http://..." or "https://..."
};

} // namespace Satchel
