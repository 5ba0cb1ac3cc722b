// Shared by the matching and answering tests: a wallet holding real credentials of known types
// and issuers (tests/data/fixtures), imported offline, each remembered by a short name.
#pragma once

#include "OfflineNetwork.h"
#include "WalletImport.h"
#include "storage/Wallet.h"

#include <QFile>
#include <QHash>
#include <QString>

namespace PresentTest {

// name -> fixture path under SATCHEL_FIXTURES_DIR.
inline const QList<QPair<QString, QString>> &walletFixtures()
{
    static const QList<QPair<QString, QString>> fixtures{
        // OB 3.0, Data Integrity, issuer did:key:z6MkiUk57…, no achievementType
        {QStringLiteral("minimal"), QStringLiteral("refvc/ob3/di-minimal.json")},
        // the same issuer, achievementType "Course", valid until 2097
        {QStringLiteral("rich"), QStringLiteral("refvc/ob3/di-rich.json")},
        // the same issuer, expired in 2021
        {QStringLiteral("expired"), QStringLiteral("refvc/ob3/di-invalid-expired.json")},
        // OB 3.0 as a VC-JWT (EdDSA, did:key issuer)
        {QStringLiteral("jwt"), QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt")},
        // a CLR 2.0 (ClrCredential) with three nested credentials
        {QStringLiteral("clr"), QStringLiteral("refvc/clr/clr-valid.json")},
        // 1EdTech's OB 3.0 test vector: issuer https://example.edu/issuers/565049
        {QStringLiteral("1edtech"),
         QStringLiteral("external/1EdTech-openbadges-specification/ob3-testvector/credential-signed.json")},
        // OB 2.0 signed assertion: not a verifiable credential
        {QStringLiteral("ob2"), QStringLiteral("refvc/ob2/signed-valid.jws")},
    };
    return fixtures;
}

inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative;
}

inline QByteArray fixtureBytes(const QString &relative)
{
    QFile file(fixturePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Imports every fixture into the wallet at path; the rows by name (empty if any import failed).
inline QHash<QString, qint64> fillWallet(const QString &path)
{
    Satchel::ImportOptions options;
    options.network = SatchelTest::offlineNetwork();
    SatchelTest::WalletImport import(path, options);
    QHash<QString, qint64> rows;
    for (const auto &[name, relative] : walletFixtures()) {
        const Satchel::ImportReport report = import.importPaths({fixturePath(relative)});
        if (report.items.isEmpty() || report.items.first().outcome != Satchel::ImportItemReport::Imported) {
            qWarning() << "fixture not imported:" << relative
                       << (report.items.isEmpty() ? QString() : report.items.first().message);
            return {};
        }
        rows.insert(name, report.items.first().credentialId);
    }
    return rows;
}

} // namespace PresentTest
