// A link's query read the way a form decoder reads it: links are made with URLSearchParams and the
// like, which write a space as '+' (a '+' itself arrives as %2B). QUrlQuery leaves '+' as it is,
// so a verifier's "Loopback+Employer" or an offer's JSON would otherwise keep the pluses.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Satchel {

class FormQuery {
public:
    static QString value(const QUrlQuery &query, const QString &name);
    // Every item, names and values decoded, in order (repeated names kept).
    static QList<QPair<QString, QString>> items(const QUrlQuery &query);

private:
    static QString decoded(QString encoded);
};

} // namespace Satchel
