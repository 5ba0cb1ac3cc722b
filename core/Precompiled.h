// The Qt and standard headers that most of Satchel's files include, compiled once per build tree
// (SATCHEL_PCH, top-level CMakeLists.txt) instead of once per file: parsing them was about 40% of
// compiling a typical core file, and CI compiles some 600 of them twice (GCC, then clang with the
// sanitizers). Only headers of Qt Core and the standard library: every target can use it.
// No file includes it by name, and each still includes what it uses: a -DSATCHEL_PCH=OFF build
// shows a missing include.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
