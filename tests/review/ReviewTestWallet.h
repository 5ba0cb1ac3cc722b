// Shared by the review tests: a learner wallet built from the shared refvc fixtures (read in
// place), verified offline so that each credential carries a receipt.
#pragma once

#include "OfflineNetwork.h"
#include "formats/CredentialReader.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/WalletVerifier.h"

#include <QFile>
#include <QTest>

namespace ReviewTestWallet {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(fixture(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(relative));
    return file.readAll();
}

// Stores one fixture as an import would; returns its row id (0 on failure).
inline qint64 importFixture(Satchel::Wallet &wallet, const QString &relative)
{
    auto raw = Satchel::CredentialReader::detect(readFixture(relative), fixture(relative));
    if (!raw)
        return 0;
    auto parsed = Satchel::CredentialReader::parse(*raw);
    if (!parsed)
        return 0;
    auto stored = wallet.store(*raw, *parsed, QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                               QStringLiteral("image/svg+xml"));
    return stored ? stored->id : 0;
}

// A pathway that di-rich.json completes half of (its second badge is earned by nobody).
inline bool addWritingPathway(const QString &walletPath)
{
    const QByteArray json = R"({"satchelPathway": 1, "id": "urn:test:pathway:writing", "name": "Technical communication",
        "requirements": {"id": "all", "name": "Both courses", "allOf": [
            {"id": "writing", "name": "Technical Writing", "achievementId": "urn:uuid:74b17e35-8a43-46d1-8d4c-e539b3dd090b"},
            {"id": "editing", "name": "Editing for the web", "achievementId": "urn:test:achievement:editing"}]}})";
    auto pathway = Satchel::PathwayFormat::read(json);
    auto wallet = Satchel::Wallet::open(walletPath);
    if (!pathway || !wallet)
        return false;
    return Satchel::PathwayStore(**wallet).put(*pathway, QStringLiteral("test")).ok();
}

// Verifies every credential without the network (did:key and JWK keys need none) and saves the
// reports: the learner's receipts.
inline void verifyOffline(Satchel::Wallet &wallet, const QDateTime &now)
{
    Satchel::NetworkDocumentFetcher fetcher(&wallet, SatchelTest::offlineNetwork());
    Satchel::WalletVerifier verifier(&wallet, &fetcher);
    verifier.setNow(now);
    (void)verifier.verifyAll();
}

} // namespace ReviewTestWallet
