// Small helpers the tests share: fixture paths (tests/data/fixtures) and file reading.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace SatchelTest {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile f(fixture(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QJsonObject readJsonFixture(const QString &relative)
{
    return QJsonDocument::fromJson(readFixture(relative)).object();
}

} // namespace SatchelTest
