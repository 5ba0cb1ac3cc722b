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
// A credential's start and end of validity as written: VCDM 2.0's validFrom / validUntil, else
// VCDM 1.1's issuanceDate / expirationDate; empty when it has neither.
QString validFromText(const QJsonObject &credential);
QString validUntilText(const QJsonObject &credential);
// A NumericDate (seconds since the epoch) from a JWT claim.
QDateTime fromNumericDate(const QJsonValue &value);
// "x" or {"id": "x"} → "x".
QString idOf(const QJsonValue &value);
// A single value or an array → a list of values.
QJsonArray asArray(const QJsonValue &value);
// The JSON "type" as a list of strings.
QStringList typesOf(const QJsonObject &object);
// Both http(s) URLs with the same scheme, host and port.
bool sameOrigin(const QString &a, const QString &b);
// A key id on the web (http or https), as opposed to a DID.
bool isWebKeyId(const QString &keyId);

} // namespace Satchel::VerifyUtil
