// The credential with an ecdsa-sd-2023 base proof that the selective disclosure tests derive from:
// made by the published library (fixtures/published-suites, make-ecdsa-credentials.mjs), its
// mandatory pointers /issuer, /validFrom and /credentialSubject/achievement/id; and a time at
// which it is valid.
#pragma once

#include "FixtureFiles.h"

#include <QDateTime>

namespace SatchelTest {

inline const QDateTime kEcdsaSdNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

inline QByteArray ecdsaSdBaseCredential()
{
    return readFixture(QStringLiteral("published-suites/ecdsa-sd-2023-base.json"));
}

} // namespace SatchelTest
