// WalletVerifier on a temporary wallet holding refvc credentials, with the manifest's routes
// served by FakeFetcher: recipient matching against the learner's identities, CLR nested
// verification ("nested-invalid"), saved reports, progress and cancellation, and offline runs
// through NetworkDocumentFetcher (unknown, never invalid).
#include "FakeFetcher.h"
#include "crypto/Base64Url.h"
#include "crypto/P256SigningKey.h"
#include "formats/CredentialReader.h"
#include "share/HolderKeyStore.h"
#include "storage/Wallet.h"
#include "net/NetworkMode.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/WalletVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

// Inside every refvc validity window (see manifest "timeAssumptions").
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QByteArray readRefvc(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const VerificationCheck *findCheck(const VerificationReport &report, const QString &code)
{
    for (const VerificationCheck &check : report.checks) {
        if (check.code == code)
            return &check;
    }
    return nullptr;
}

int countChecks(const VerificationReport &report, const QString &code)
{
    int n = 0;
    for (const VerificationCheck &check : report.checks)
        n += check.code == code ? 1 : 0;
    return n;
}

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestWalletVerifier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_wallets = 0;

    std::unique_ptr<Wallet> freshWallet()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_wallets)));
        if (!wallet)
            return nullptr;
        return std::move(wallet.value());
    }

    // Stores a refvc file as the importer would (without fetching linked documents).
    static qint64 store(Wallet &wallet, const QString &relative)
    {
        auto raw = CredentialReader::detect(readRefvc(relative), relative);
        if (!raw)
            return 0;
        auto parsed = CredentialReader::parse(*raw);
        if (!parsed)
            return 0;
        auto stored = wallet.store(*raw, *parsed);
        return stored ? stored->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void recipientAgainstIdentities()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const qint64 hosted = store(*wallet, QStringLiteral("ob2/hosted-valid.json"));
        const qint64 signedBadge = store(*wallet, QStringLiteral("ob2/signed-valid.jws"));
        const qint64 ob3 = store(*wallet, QStringLiteral("ob3/di-minimal.json"));
        QVERIFY(hosted > 0 && signedBadge > 0 && ob3 > 0);
        auto fetcher = SatchelTest::FakeFetcher::refvc();
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);

        // No identities yet: the check is skipped and says what to do.
        auto first = verifier.verify(hosted);
        QVERIFY(first.ok());
        QCOMPARE(first->report.status(), VerificationStatus::Valid);
        const VerificationCheck *skipped = findCheck(first->report, QStringLiteral("recipient-mismatch"));
        QVERIFY(skipped);
        QCOMPARE(skipped->outcome, CheckOutcome::Skip);
        QVERIFY(skipped->message.contains(QLatin1String("identities")));

        // Someone else's address: a warning only; the badge stays valid.
        QVERIFY(wallet->addIdentity(QStringLiteral("email"), QStringLiteral("learner@example.org")).ok());
        auto other = verifier.verify(hosted);
        QVERIFY(other.ok());
        QCOMPARE(other->report.status(), VerificationStatus::Valid);
        QVERIFY(other->report.has(QStringLiteral("recipient-mismatch"), CheckOutcome::Warn));

        // The salted sha256 recipient, with the address typed in another case.
        QVERIFY(wallet->addIdentity(QStringLiteral("email"), QStringLiteral("Farah.Petrov@Mail.Example.com")).ok());
        auto mine = verifier.verify(hosted);
        QVERIFY(mine.ok());
        QVERIFY2(mine->report.has(QStringLiteral("recipient-mismatch"), CheckOutcome::Pass),
            qPrintable(describe(mine->report)));
        QCOMPARE(countChecks(mine->report, QStringLiteral("recipient-mismatch")), 1);

        // OB 2.0 signed (nadia.nakamura@...) and OB 3.0 credentialSubject.id (a DID).
        QVERIFY(wallet->addIdentity(QStringLiteral("email"), QStringLiteral("nadia.nakamura@mail.example.com")).ok());
        QVERIFY(wallet
                    ->addIdentity(QStringLiteral("did"),
                        QStringLiteral("did:key:z6MkjG1GQ1zEAQ3R1tSfZCjdfyDrFtwmHdhgbaVN9BpfjQ8j"))
                    .ok());
        auto jws = verifier.verify(signedBadge);
        QVERIFY(jws.ok());
        QCOMPARE(jws->report.status(), VerificationStatus::Valid);
        QVERIFY(jws->report.has(QStringLiteral("recipient-mismatch"), CheckOutcome::Pass));
        auto did = verifier.verify(ob3);
        QVERIFY(did.ok());
        QCOMPARE(did->report.status(), VerificationStatus::Valid);
        QVERIFY(did->report.has(QStringLiteral("recipient-mismatch"), CheckOutcome::Pass));

        // The report is saved with the credential.
        auto stored = wallet->credential(hosted);
        QVERIFY(stored.ok());
        QCOMPARE(stored->summary.status, QStringLiteral("valid"));
        QCOMPARE(stored->summary.verifiedAt, kNow);
        const QJsonObject saved = QJsonDocument::fromJson(stored->verificationReport.toUtf8()).object();
        QCOMPARE(saved.value("status").toString(), QStringLiteral("valid"));
        QVERIFY(saved.value("checks").toArray().size() >= 2);

        auto missing = verifier.verify(999999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("not-found"));
    }

    // A credential issued to one of the learner's holder identities (credentialSubject.id and sub
    // its DID) is theirs, with no e-mail identity at all; the issuer signs with a did:jwk P-256 key,
    // so this also shows Satchel verifying what such a key signs.
    void credentialIssuedToAHolderIdentity()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        HolderKeyStore holderKeys(*wallet, nullptr, ScryptParameters{quint64(1) << 10, 8, 1});
        auto holder = holderKeys.create(QStringLiteral("ed25519"), QStringLiteral("School"), "a passphrase");
        QVERIFY(holder.ok());
        auto issuerPair = P256KeyPair::generate();
        QVERIFY(issuerPair.ok());
        const P256SigningKey issuer(std::move(*issuerPair));

        const QJsonObject subject{{"id", holder->did},
                                  {"type", QJsonArray{"AchievementSubject"}},
                                  {"achievement", QJsonObject{{"id", "urn:uuid:5b0c1c1e-5f43-4f0a-9d55-2a4c1c3a2b10"},
                                                              {"type", QJsonArray{"Achievement"}},
                                                              {"name", "Soldering"},
                                                              {"criteria", QJsonObject{{"narrative", "Pass SO1."}}}}}};
        const QJsonObject vc{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1",
                                                      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
                             {"id", "urn:uuid:9e6bdb4b-1b1e-4a8e-8f39-0d1f0b0d2c11"},
                             {"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}},
                             {"issuer", QJsonObject{{"id", issuer.did()}, {"type", QJsonArray{"Profile"}},
                                                    {"name", "Westbrook College"}}},
                             {"name", "Soldering"},
                             {"issuanceDate", "2026-01-10T09:00:00Z"},
                             {"credentialSubject", subject}};
        const QJsonObject claims{{"iss", issuer.did()}, {"sub", holder->did},
                                 {"jti", "urn:uuid:9e6bdb4b-1b1e-4a8e-8f39-0d1f0b0d2c11"},
                                 {"nbf", 1768035600}, {"vc", vc}};
        const QJsonObject header{{"alg", "ES256"}, {"typ", "JWT"}, {"kid", issuer.verificationMethod()}};
        const QByteArray signingInput = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        auto signature = issuer.sign(signingInput);
        QVERIFY(signature.ok());
        const QByteArray jwt = signingInput + '.' + Base64Url::encode(*signature);

        auto raw = CredentialReader::detect(jwt, QStringLiteral("issued-to-holder.jwt"));
        QVERIFY(raw.ok());
        auto parsed = CredentialReader::parse(*raw);
        QVERIFY(parsed.ok());
        auto stored = wallet->store(*raw, *parsed);
        QVERIFY(stored.ok());
        QVERIFY(wallet->identities().isEmpty());
        QCOMPARE(wallet->recipientIdentities(), (QList<QPair<QString, QString>>{{QStringLiteral("did"), holder->did}}));

        auto fetcher = SatchelTest::FakeFetcher::refvc();
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        auto verified = verifier.verify(stored->id);
        QVERIFY(verified.ok());
        QCOMPARE(verified->report.status(), VerificationStatus::Valid);
        const VerificationCheck *recipient = findCheck(verified->report, QStringLiteral("recipient-mismatch"));
        QVERIFY(recipient);
        QVERIFY2(recipient->outcome == CheckOutcome::Pass, qPrintable(recipient->message));

        // Once that identity is retired, the credential names someone the wallet no longer knows.
        QVERIFY(holderKeys.retire(holder->did).ok());
        auto after = verifier.verify(stored->id);
        QVERIFY(after.ok());
        QVERIFY(!after->report.has(QStringLiteral("recipient-mismatch"), CheckOutcome::Pass));
    }

    // Credentials secured with the other Data Integrity suites (made by the published libraries)
    // are read and stored as the importer does, and the wallet's verdict is valid (an ecdsa-sd-2023
    // base proof included: the wallet is its holder).
    void otherDataIntegritySuites_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::newRow("ecdsa-rdfc-2019 P-256") << "ecdsa-rdfc-2019-p-256.json" << "valid";
        QTest::newRow("ecdsa-rdfc-2019 P-384") << "ecdsa-rdfc-2019-p-384.json" << "valid";
        QTest::newRow("ecdsa-sd-2023 derived") << "ecdsa-sd-2023-derived.json" << "valid";
        QTest::newRow("ecdsa-sd-2023 base") << "ecdsa-sd-2023-base.json" << "valid";
        QTest::newRow("Ed25519Signature2018") << "Ed25519Signature2018.json" << "valid";
    }

    void otherDataIntegritySuites()
    {
        QFETCH(QString, file);
        QFETCH(QString, status);
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const qint64 id = store(*wallet, QStringLiteral("../published-suites/") + file);
        QVERIFY(id > 0);
        SatchelTest::FakeFetcher fetcher;
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        auto verified = verifier.verify(id);
        QVERIFY(verified.ok());
        QVERIFY2(VerificationReport::statusName(verified->report.status()) == status, qPrintable(describe(verified->report)));
        auto stored = wallet->credential(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->summary.status, status);
        QCOMPARE(stored->summary.name, QStringLiteral("Welding Fundamentals"));
    }

    // Two copies of one credential (same issuer and id): a forged copy, edited after signing, and
    // the genuine one. Whichever comes first, and even when the forgery claims a later validFrom
    // (which would make it replace the stored copy), both are kept and the row shows the genuine one.
    void versionThatVerifiesIsShown_data()
    {
        QTest::addColumn<bool>("forgeryFirst");
        QTest::addColumn<bool>("forgeryLater");
        QTest::addColumn<int>("secondOutcome");
        QTest::newRow("forgery first") << true << false << int(StoreOutcome::Version);
        QTest::newRow("genuine first") << false << false << int(StoreOutcome::Version);
        QTest::newRow("forgery with a later validFrom") << false << true << int(StoreOutcome::Replaced);
    }

    void versionThatVerifiesIsShown()
    {
        QFETCH(bool, forgeryFirst);
        QFETCH(bool, forgeryLater);
        QFETCH(int, secondOutcome);
        const QByteArray genuine = readRefvc(QStringLiteral("ob3/di-minimal.json"));
        QByteArray forged = genuine;
        forged.replace("\"name\": \"Cloud Infrastructure Basics\"", "\"name\": \"Doctorate in Everything\"");
        if (forgeryLater)
            forged.replace("\"validFrom\": \"2024-11-14T05:22:32Z\"", "\"validFrom\": \"2025-11-14T05:22:32Z\"");
        QVERIFY(forged != genuine);

        auto wallet = freshWallet();
        QVERIFY(wallet);
        auto storeBytes = [&](const QByteArray &bytes, const QString &source) -> Result<StoreOutcome> {
            auto raw = CredentialReader::detect(bytes, source);
            if (!raw)
                return raw.error();
            auto parsed = CredentialReader::parse(*raw);
            if (!parsed)
                return parsed.error();
            return wallet->store(*raw, *parsed);
        };
        auto first = forgeryFirst ? storeBytes(forged, QStringLiteral("forged.json"))
                                  : storeBytes(genuine, QStringLiteral("genuine.json"));
        QVERIFY(first.ok());
        QCOMPARE(int(first->kind), int(StoreOutcome::Imported));
        const qint64 row = first->id;
        QVERIFY(wallet->addTag(row, QStringLiteral("mine")).ok());
        auto second = forgeryFirst ? storeBytes(genuine, QStringLiteral("genuine.json"))
                                   : storeBytes(forged, QStringLiteral("forged.json"));
        QVERIFY(second.ok());
        QCOMPARE(int(second->kind), secondOutcome);
        QCOMPARE(second->id, row);
        QCOMPARE(wallet->count(), 1);
        QCOMPARE(wallet->versionCount(row), 1);

        auto fetcher = SatchelTest::FakeFetcher::refvc();
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        const WalletVerificationBatch batch = verifier.verifyAll();
        QCOMPARE(batch.verified.size(), 1);
        QCOMPARE(batch.verified.first().report.status(), VerificationStatus::Valid);

        // The row shows the genuine bytes and name, with its tags; the forgery is a version, invalid.
        auto stored = wallet->credential(row);
        QVERIFY(stored.ok());
        QCOMPARE(stored->raw.bytes, genuine);
        QCOMPARE(stored->summary.name, QStringLiteral("Cloud Infrastructure Basics"));
        QCOMPARE(stored->summary.status, QStringLiteral("valid"));
        QCOMPARE(stored->summary.tags, QStringList{QStringLiteral("mine")});
        QVERIFY(stored->verificationReport.contains(QLatin1String("\"valid\"")));
        CredentialQuery query;
        query.text = QStringLiteral("doctorate");
        QVERIFY(wallet->list(query)->isEmpty());
        const QList<CredentialVersion> versions = wallet->versions(row);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().raw.bytes, forged);
        QCOMPARE(versions.first().raw.sourceName, QStringLiteral("forged.json"));
        QCOMPARE(versions.first().status, QStringLiteral("invalid"));
        QVERIFY(!versions.first().verificationReport.isEmpty());

        // Verifying again changes nothing.
        QCOMPARE(verifier.verify(row)->report.status(), VerificationStatus::Valid);
        QCOMPARE(wallet->credential(row)->raw.bytes, genuine);
        QCOMPARE(wallet->versionCount(row), 1);
    }

    void clrNestedInvalid()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const qint64 good = store(*wallet, QStringLiteral("clr/clr-valid.json"));
        const qint64 bad = store(*wallet, QStringLiteral("clr/clr-invalid-nested-tampered.json"));
        QVERIFY(good > 0 && bad > 0);
        QCOMPARE(wallet->nestedIds(good).size(), 3);
        QCOMPARE(wallet->nestedIds(bad).size(), 3);

        auto fetcher = SatchelTest::FakeFetcher::refvc();
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        const WalletVerificationBatch batch = verifier.verifyAll();
        QVERIFY(batch.failed.isEmpty());
        QVERIFY(!batch.cancelled);
        QCOMPARE(batch.verified.size(), 8); // two CLRs, each followed by its three credentials

        QHash<qint64, WalletVerification> byId;
        for (const WalletVerification &v : batch.verified)
            byId.insert(v.id, v);
        QCOMPARE(byId.value(good).report.status(), VerificationStatus::Valid);
        QVERIFY(byId.value(good).report.has(QStringLiteral("nested-invalid"), CheckOutcome::Pass));
        for (qint64 nestedId : wallet->nestedIds(good)) {
            QCOMPARE(byId.value(nestedId).parentId, good);
            QCOMPARE(byId.value(nestedId).report.status(), VerificationStatus::Valid);
        }

        const VerificationReport &clr = byId.value(bad).report;
        QCOMPARE(clr.status(), VerificationStatus::Invalid);
        QCOMPARE(clr.reasonCode(), QStringLiteral("nested-invalid"));
        QCOMPARE(countChecks(clr, QStringLiteral("nested-invalid")), 1);
        int invalidNested = 0;
        for (qint64 nestedId : wallet->nestedIds(bad)) {
            const VerificationReport &nested = byId.value(nestedId).report;
            if (nested.status() == VerificationStatus::Invalid) {
                ++invalidNested;
                QCOMPARE(nested.reasonCode(), QStringLiteral("signature"));
            }
            // Each nested credential's own verdict is saved on its row.
            QCOMPARE(wallet->credential(nestedId)->summary.status, VerificationReport::statusName(nested.status()));
        }
        QCOMPARE(invalidNested, 1);
        QCOMPARE(wallet->credential(bad)->summary.status, QStringLiteral("invalid"));
        QCOMPARE(wallet->credential(good)->summary.status, QStringLiteral("valid"));
    }

    void clrWithLapsedNestedIsNotInvalid()
    {
        // Before every validFrom: the CLR and its credentials are not yet valid. Included
        // credentials out of their validity period only warn; the CLR's own dates decide.
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const qint64 clr = store(*wallet, QStringLiteral("clr/clr-valid.json"));
        QVERIFY(clr > 0);
        auto fetcher = SatchelTest::FakeFetcher::refvc();
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        auto result = verifier.verify(clr);
        QVERIFY(result.ok());
        QCOMPARE(result->report.status(), VerificationStatus::NotYetValid);
        QCOMPARE(result->report.reasonCode(), QStringLiteral("not-yet-valid"));
        QVERIFY2(result->report.has(QStringLiteral("nested-invalid"), CheckOutcome::Warn),
            qPrintable(describe(result->report)));
        QCOMPARE(countChecks(result->report, QStringLiteral("nested-invalid")), 1);
        for (qint64 nestedId : wallet->nestedIds(clr))
            QCOMPARE(wallet->credential(nestedId)->summary.status, QStringLiteral("not-yet-valid"));
    }

    void progressAndCancel()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        QVERIFY(store(*wallet, QStringLiteral("ob3/di-minimal.json")) > 0);
        QVERIFY(store(*wallet, QStringLiteral("ob3/jwt-eddsa-didkey.jwt")) > 0);
        QVERIFY(store(*wallet, QStringLiteral("ob3/jwt-es256-didjwk.jwt")) > 0);
        auto fetcher = SatchelTest::FakeFetcher::refvc();

        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        QList<int> seen;
        verifier.setProgress([&seen](const WalletVerification &, int done, int total) {
            QCOMPARE(total, 3);
            seen.append(done);
        });
        const WalletVerificationBatch all = verifier.verifyAll();
        QCOMPARE(seen, (QList<int> { 1, 2, 3 }));
        QCOMPARE(all.verified.size(), 3);

        std::atomic_bool cancel { false };
        verifier.setCancelFlag(&cancel);
        verifier.setProgress([&cancel](const WalletVerification &, int, int) { cancel = true; });
        const WalletVerificationBatch cut = verifier.verifyAll();
        QVERIFY(cut.cancelled);
        QCOMPARE(cut.verified.size(), 1);
    }

    void offlineIsUnknownNeverInvalid()
    {
        // Nothing cached and offline: lookups are not made, and the verdict says so.
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const qint64 local = store(*wallet, QStringLiteral("ob3/di-minimal.json"));
        const qint64 active = store(*wallet, QStringLiteral("ob3/di-status-active.json"));
        const qint64 revoked = store(*wallet, QStringLiteral("ob3/di-status-revoked.json"));
        const qint64 kidUrl = store(*wallet, QStringLiteral("ob3/jwt-rs256-kid-url.jwt"));
        const qint64 signedBadge = store(*wallet, QStringLiteral("ob2/signed-valid.jws"));
        QVERIFY(local > 0 && active > 0 && revoked > 0 && kidUrl > 0 && signedBadge > 0);

        NetworkMode offline;
        offline.setOfflineByChoice(true);
        NetworkDocumentFetcher fetcher(wallet.get(), &offline);
        WalletVerifier verifier(wallet.get(), &fetcher);
        verifier.setNow(kNow);
        const WalletVerificationBatch batch = verifier.verifyAll();
        QCOMPARE(batch.verified.size(), 5);
        for (const WalletVerification &v : batch.verified) {
            const VerificationStatus status = v.report.status();
            if (v.id == local) {
                QCOMPARE(status, VerificationStatus::Valid); // did:key needs no lookup
                continue;
            }
            QVERIFY2(status == VerificationStatus::Unknown, qPrintable(describe(v.report)));
            const QString reason = v.report.reasonCode();
            const VerificationCheck *decided = findCheck(v.report, reason);
            QVERIFY(decided);
            QVERIFY2(decided->message.contains(QLatin1String("offline since")), qPrintable(decided->message));
        }
        QCOMPARE(wallet->credential(revoked)->summary.status, QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestWalletVerifier)
#include "TestWalletVerifier.moc"
