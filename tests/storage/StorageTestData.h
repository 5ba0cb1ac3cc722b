// Hand-built credentials for the storage tests: storage must not depend on the parser, so the
// parsed view is filled in directly and the raw bytes are small JSON documents made to match.
#pragma once

#include "formats/RawCredential.h"
#include "model/Credential.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace StorageTestData {

struct Spec {
    explicit Spec(const QString &credentialId = {}) : id(credentialId) {}
    QString id;
    QString issuerId = QStringLiteral("https://issuer.example/profile");
    QString issuerName = QStringLiteral("Example Institute");
    QString name = QStringLiteral("Badge");
    QString description;
    QString achievementType = QStringLiteral("Badge");
    QDateTime validFrom = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QStringList skills;
    QStringList keywords;
    Satchel::CredentialFormat format = Satchel::CredentialFormat::Ob3Json;
    QString salt;  // changes the bytes without changing the parsed view
};

inline Satchel::Credential credential(const Spec &s)
{
    Satchel::Credential c;
    c.format = s.format;
    c.id = s.id;
    c.name = s.name;
    c.description = s.description;
    c.issuer.id = s.issuerId;
    c.issuer.name = s.issuerName;
    c.achievement.id = s.id + QStringLiteral("#achievement");
    c.achievement.name = s.name;
    c.achievement.achievementType = s.achievementType;
    c.achievement.tags = s.keywords;
    for (const QString &skill : s.skills) {
        Satchel::Alignment a;
        a.targetName = skill;
        c.achievement.alignments.append(a);
    }
    c.issued = s.validFrom;
    c.validFrom = s.validFrom;
    QJsonObject json{{QStringLiteral("id"), s.id},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), s.issuerId},
                                                            {QStringLiteral("name"), s.issuerName}}},
                     {QStringLiteral("validFrom"), s.validFrom.toString(Qt::ISODate)}};
    if (!s.salt.isEmpty())
        json.insert(QStringLiteral("salt"), s.salt);
    c.json = json;
    return c;
}

// Pretty-printed with a trailing space and non-ASCII text, so a byte-exact round trip is tested.
inline Satchel::RawCredential raw(const Satchel::Credential &c, const QString &source = QStringLiteral("test.json"))
{
    Satchel::RawCredential r;
    r.format = c.format;
    r.bytes = QJsonDocument(c.json).toJson(QJsonDocument::Indented) + "  \r\n";
    r.sourceName = source;
    return r;
}

} // namespace StorageTestData
