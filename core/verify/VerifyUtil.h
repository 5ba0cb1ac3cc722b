// Small JSON and date helpers shared by the verifiers. Credentials mix shapes freely (a value or an
// array, an IRI or an embedded object), so these normalise them in one place.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Satchel::VerifyUtil {

// Parses a JSON object from untrusted bytes. Error code "malformed".
Result<QJsonObject> parseObject(const QByteArray &bytes);
// xsd:dateTime / ISO 8601; a time without zone is taken as UTC. Invalid QDateTime on failure.
QDateTime parseDateTime(const QString &text);
// A date-time for a sentence people read, in the current QLocale and local time ("17 March 2025
// 13:00" in its own words and order); never ISO 8601, which stays for JSON.
QString humanDateTime(const QDateTime &dateTime);
// A NumericDate (seconds since the epoch) from a JWT claim.
QDateTime fromNumericDate(const QJsonValue &value);
// "x" or {"id": "x"} → "x".
QString idOf(const QJsonValue &value);
// A single value or an array → a list of values.
QJsonArray asArray(const QJsonValue &value);
// The JSON "type" as a list of strings.
QStringList typesOf(const QJsonObject &object);

} // namespace Satchel::VerifyUtil
