// A DocumentFetcher serving a fixed URL → file map (the refvc manifest "routes"), so verifier tests
// run without a network. Unknown URLs fail like an unreachable host.
#pragma once

#include "verify/DocumentFetcher.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace SatchelTest {

class FakeFetcher : public Satchel::DocumentFetcher {
public:
    Satchel::Result<Satchel::FetchedDocument> fetch(const QString &url, const QByteArray &accept = QByteArray()) override
    {
        requested.append(url);
        accepted.append(accept);
        const auto it = documents.constFind(url);
        if (it == documents.constEnd())
            return Satchel::Error{QStringLiteral("fetch-failed"), QStringLiteral("no route for ") + url};
        return *it;
    }

    void serve(const QString &url, const QByteArray &body, int httpStatus = 200)
    {
        Satchel::FetchedDocument doc;
        doc.url = url;
        doc.body = body;
        doc.httpStatus = httpStatus;
        doc.contentType = QStringLiteral("application/json");
        documents.insert(url, doc);
    }

    // Serves every route of refvc/manifest.json from disk.
    static FakeFetcher refvc()
    {
        FakeFetcher fetcher;
        const QString root = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
        QFile manifest(root + QStringLiteral("manifest.json"));
        manifest.open(QIODevice::ReadOnly);
        const QJsonArray routes = QJsonDocument::fromJson(manifest.readAll()).object().value("routes").toArray();
        for (const auto &r : routes) {
            const QJsonObject route = r.toObject();
            QFile f(root + route.value("file").toString());
            if (f.open(QIODevice::ReadOnly))
                fetcher.serve(route.value("url").toString(), f.readAll());
        }
        return fetcher;
    }

    QHash<QString, Satchel::FetchedDocument> documents;
    QStringList requested;
    QList<QByteArray> accepted; // the Accept asked for with each request (empty: the default)
};

} // namespace SatchelTest
