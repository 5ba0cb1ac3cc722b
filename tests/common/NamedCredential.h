// GUI and reminder tests: a credential that is only a name (an OB 3.0 row from Northfield Community
// College, issued on 2025-03-<serial>), stored without import or verification; serial keeps ids
// apart. With validUntil, it also expires then and names a criteria page (its renewal link).
#pragma once

#include "storage/Wallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SatchelTest {

inline qint64 storeNamed(Satchel::Wallet &wallet, const QString &name, int serial,
                         const QDateTime &validUntil = {})
{
    Satchel::Credential c;
    c.format = Satchel::CredentialFormat::Ob3Json;
    c.id = QStringLiteral("urn:uuid:named-credential-%1").arg(serial);
    c.name = name;
    c.issuer.id = QStringLiteral("https://issuer.example");
    c.issuer.name = QStringLiteral("Northfield Community College");
    c.issued = QDateTime(QDate(2025, 3, serial), QTime(12, 0), Qt::UTC);
    c.validUntil = validUntil;
    if (validUntil.isValid())
        c.achievement.criteriaId = QStringLiteral("https://issuer.example/criteria/%1").arg(serial);
    Satchel::RawCredential raw;
    raw.format = c.format;
    raw.bytes = QStringLiteral("{\"id\":\"%1\"}").arg(c.id).toUtf8();
    if (validUntil.isValid()) { // the bytes say it too: the renewal link is read from them
        const QJsonObject achievement{{QStringLiteral("id"), QStringLiteral("https://issuer.example/achievements/%1").arg(serial)},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("id"), c.achievement.criteriaId}}}};
        const QJsonObject vc{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
                             {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
                             {QStringLiteral("id"), c.id},
                             {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), c.issuer.id}, {QStringLiteral("name"), c.issuer.name}}},
                             {QStringLiteral("validFrom"), c.issued.toString(Qt::ISODate)},
                             {QStringLiteral("validUntil"), validUntil.toString(Qt::ISODate)},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("credentialSubject"), QJsonObject{{QStringLiteral("achievement"), achievement}}}};
        raw.bytes = QJsonDocument(vc).toJson(QJsonDocument::Compact);
    }
    auto outcome = wallet.store(raw, c);
    return outcome.ok() ? outcome->id : 0;
}

} // namespace SatchelTest
