// Reads a Qt Linguist .ts file (translations/satchel_*.ts) into its messages, for the tests that
// check what the catalogue covers and that its translations reach the screen.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Satchel {

struct TsMessage {
    QString context;
    QString source;
    QString translation; // empty for plural messages
    QStringList forms;   // the plural forms, or the one translation
    bool finished = false;
    bool numerus = false;
};

QList<TsMessage> readTsCatalogue(const QString &path);

} // namespace Satchel
