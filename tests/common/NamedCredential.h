// GUI tests: a credential that is only a name (an OB 3.0 row from Northfield Community College,
// issued on 2025-03-<serial>), stored without import or verification; serial keeps ids apart.
#pragma once

#include "storage/Wallet.h"

namespace SatchelTest {

inline qint64 storeNamed(Satchel::Wallet &wallet, const QString &name, int serial)
{
    Satchel::Credential c;
    c.format = Satchel::CredentialFormat::Ob3Json;
    c.id = QStringLiteral("urn:uuid:named-credential-%1").arg(serial);
    c.name = name;
    c.issuer.id = QStringLiteral("https://issuer.example");
    c.issuer.name = QStringLiteral("Northfield Community College");
    c.issued = QDateTime(QDate(2025, 3, serial), QTime(12, 0), Qt::UTC);
    Satchel::RawCredential raw;
    raw.format = c.format;
    raw.bytes = QStringLiteral("{\"id\":\"%1\"}").arg(c.id).toUtf8();
    auto outcome = wallet.store(raw, c);
    return outcome.ok() ? outcome->id : 0;
}

} // namespace SatchelTest
