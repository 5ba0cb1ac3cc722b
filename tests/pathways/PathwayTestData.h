// Shared by the pathway tests and the benchmark: reading the test credential list
// (tests/data/pathways/credentials.json) and files.
#pragma once

#include "pathways/EarnedCredential.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SatchelTest {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline QString pathwayData(const QString &name)
{
    return QStringLiteral(SATCHEL_TEST_DATA_DIR "/pathways/") + name;
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

inline QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

inline QList<Satchel::EarnedCredential> loadCredentials(const QString &path)
{
    QList<Satchel::EarnedCredential> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(readFile(path)).array()) {
        const QJsonObject o = v.toObject();
        Satchel::EarnedCredential c;
        c.key = o.value(QLatin1String("key")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.achievementId = o.value(QLatin1String("achievementId")).toString();
        c.alternativeIds = strings(o.value(QLatin1String("alternativeIds")));
        c.alignmentUrls = strings(o.value(QLatin1String("alignmentUrls")));
        c.issuerId = o.value(QLatin1String("issuerId")).toString();
        c.tags = strings(o.value(QLatin1String("tags")));
        c.achievementType = o.value(QLatin1String("achievementType")).toString();
        if (o.contains(QLatin1String("creditsEarned")))
            c.creditsEarned = o.value(QLatin1String("creditsEarned")).toDouble();
        if (o.contains(QLatin1String("creditsAvailable")))
            c.creditsAvailable = o.value(QLatin1String("creditsAvailable")).toDouble();
        c.issued = QDateTime::fromString(o.value(QLatin1String("issued")).toString(), Qt::ISODate);
        c.validUntil = QDateTime::fromString(o.value(QLatin1String("validUntil")).toString(), Qt::ISODate);
        c.status = o.value(QLatin1String("status")).toString();
        for (const QJsonValue &r : o.value(QLatin1String("results")).toArray())
            c.results.append({r[QLatin1String("resultDescription")].toString(), r[QLatin1String("value")].toString(),
                              r[QLatin1String("achievedLevel")].toString(), r[QLatin1String("status")].toString()});
        out.append(c);
    }
    return out;
}

} // namespace SatchelTest
