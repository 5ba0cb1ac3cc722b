#include "FormQuery.h"

#include <QUrl>

namespace Satchel {

QString FormQuery::decoded(QString encoded)
{
    encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

QString FormQuery::value(const QUrlQuery &query, const QString &name)
{
    return decoded(query.queryItemValue(name, QUrl::FullyEncoded));
}

QList<QPair<QString, QString>> FormQuery::items(const QUrlQuery &query)
{
    QList<QPair<QString, QString>> items;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded))
        items.append({decoded(name), decoded(value)});
    return items;
}

} // namespace Satchel
