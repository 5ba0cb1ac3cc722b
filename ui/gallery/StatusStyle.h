// How a verification status looks everywhere in the UI (card chips, list column, detail page):
// one translated label, one colour, one icon per status code ("" = never verified).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class StatusStyle {
    Q_DECLARE_TR_FUNCTIONS(Satchel::StatusStyle)
public:
    static QString label(const QString &status);
    static QColor color(const QString &status);
    static QString iconPath(const QString &status); // a :/icons/ resource
};

} // namespace Satchel
