// SD-JWT VCs whose status lives in IETF Token Status Lists made by the published
// @sd-jwt/jwt-status-list (tests/interop/status-list-server.mjs: one ES256 key, published as a
// did:jwk, signs the credentials and the Status List Tokens; the lists are served on loopback and
// only to a request that accepts application/statuslist+jwt). Verified through the product's
// fetcher and the wallet's document cache: valid, revoked, suspended and application-specific
// indexes, an index past the list, a token altered after signing, a token published for another
// address, and the server stopped (the kept copy answers with its date; with no copy and no
// network the status is "not checked", unknown through WalletVerifier).
#include "NodeServerProcess.h"
#include "ReportLookup.h"
#include "formats/CredentialReader.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/SdJwtVcVerifier.h"
#include "verify/WalletVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Satchel;
using SatchelTest::describe;
using SatchelTest::outcomeOf;

Q_DECLARE_METATYPE(VerificationStatus)

namespace {

class StatusListServer : public NodeServerProcess {
public:
    // {"url", "issuer", "credentials": {...}}, or empty when the server did not start.
    QJsonObject start() { return QJsonDocument::fromJson(startScript(QStringLiteral("status-list-server.mjs"))).object(); }
};

const VerificationCheck *findCheck(const VerificationReport &report, const QString &code)
{
    for (const VerificationCheck &check : report.checks) {
        if (check.code == code)
            return &check;
    }
    return nullptr;
}

} // namespace

class TestTokenStatusListInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_wallets = 0;
    std::unique_ptr<StatusListServer> m_server;
    std::unique_ptr<Wallet> m_wallet; // whose cache keeps the lists fetched while the server runs
    QJsonObject m_made;

    std::unique_ptr<Wallet> freshWallet()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_wallets)));
        if (!wallet)
            qFatal("wallet: %s", qPrintable(wallet.error().message));
        return std::move(wallet.value());
    }
    QByteArray credential(const QString &name) const
    {
        return m_made.value(QLatin1String("credentials")).toObject().value(name).toString().toLatin1();
    }
    VerificationReport verify(const QString &name, Wallet *wallet, NetworkMode *network = nullptr)
    {
        NetworkDocumentFetcher fetcher(wallet, network);
        return SdJwtVcVerifier(&fetcher).verify(credential(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // loopback addresses allowed
        const QString missing = NodeServerProcess::missing(QStringLiteral("@sd-jwt/jwt-status-list"));
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<StatusListServer>();
        m_made = m_server->start();
        QVERIFY2(!credential(QStringLiteral("valid")).isEmpty(), m_server->errors().constData());
        m_wallet = freshWallet();
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<VerificationStatus>("status");
        QTest::addColumn<QString>("code");  // the status check's code
        QTest::addColumn<QString>("says");  // in its message
        QTest::newRow("VALID") << "valid" << VerificationStatus::Valid << "revoked" << "neither revoked nor suspended";
        QTest::newRow("INVALID") << "revoked" << VerificationStatus::Revoked << "revoked" << "has revoked";
        QTest::newRow("SUSPENDED") << "suspended" << VerificationStatus::Revoked << "revoked" << "has suspended";
        QTest::newRow("application value 3") << "application" << VerificationStatus::Valid << "status" << "0x03";
        QTest::newRow("index past the list") << "outOfRange" << VerificationStatus::Invalid << "status-index" << "64";
        QTest::newRow("altered after signing") << "tampered" << VerificationStatus::Invalid << "status-signature"
                                               << "not signed by the credential's issuer";
        QTest::newRow("published for another address") << "otherSub" << VerificationStatus::Invalid << "status-token"
                                                       << "another address";
    }

    void statuses()
    {
        QFETCH(QString, name);
        QFETCH(VerificationStatus, status);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const VerificationReport report = verify(name, m_wallet.get());
        QVERIFY2(report.status() == status, qPrintable(describe(report)));
        QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass); // the credential itself is fine
        const VerificationCheck *check = findCheck(report, code);
        QVERIFY2(check, qPrintable(describe(report)));
        QVERIFY2(check->message.contains(says), qPrintable(check->message));
        if (status != VerificationStatus::Valid)
            QCOMPARE(report.reasonCode(), code);
    }

    // Run last: stops the server.
    void serverStopped()
    {
        m_server.reset();
        // The wallet that fetched the lists answers from its copies, and says from when.
        NetworkMode offline;
        offline.setOfflineByChoice(true);
        for (NetworkMode *network : {static_cast<NetworkMode *>(nullptr), &offline}) {
            const VerificationReport revoked = verify(QStringLiteral("revoked"), m_wallet.get(), network);
            QVERIFY2(revoked.status() == VerificationStatus::Revoked, qPrintable(describe(revoked)));
            QVERIFY2(findCheck(revoked, QStringLiteral("revoked"))->message.contains(QLatin1String("fetched on")),
                     qPrintable(describe(revoked)));
            const VerificationReport valid = verify(QStringLiteral("valid"), m_wallet.get(), network);
            QVERIFY2(valid.status() == VerificationStatus::Valid, qPrintable(describe(valid)));
            QVERIFY2(findCheck(valid, QStringLiteral("revoked"))->message.contains(QLatin1String("fetched on")),
                     qPrintable(describe(valid)));
        }

        // A wallet that never saw the list: not checked, never "valid" nor "revoked".
        auto empty = freshWallet();
        const VerificationReport unreachable = verify(QStringLiteral("revoked"), empty.get());
        QCOMPARE(outcomeOf(unreachable, QStringLiteral("status-unavailable")), CheckOutcome::Warn);
        QVERIFY2(findCheck(unreachable, QStringLiteral("revoked")) == nullptr, qPrintable(describe(unreachable)));

        // Offline, through the wallet's own verification: unknown, as other status lists are.
        auto raw = CredentialReader::detect(credential(QStringLiteral("revoked")), QStringLiteral("revoked.sd-jwt"));
        QVERIFY(raw.ok());
        auto parsed = CredentialReader::parse(*raw);
        QVERIFY(parsed.ok());
        auto stored = empty->store(*raw, *parsed);
        QVERIFY(stored.ok());
        NetworkDocumentFetcher fetcher(empty.get(), &offline);
        auto verified = WalletVerifier(empty.get(), &fetcher).verify(stored->id);
        QVERIFY(verified.ok());
        QVERIFY2(verified->report.status() == VerificationStatus::Unknown, qPrintable(describe(verified->report)));
        QCOMPARE(outcomeOf(verified->report, QStringLiteral("status-unavailable")), CheckOutcome::Unknown);
        QVERIFY2(findCheck(verified->report, QStringLiteral("status-unavailable"))->message.contains(QLatin1String("offline")),
                 qPrintable(describe(verified->report)));
    }
};

QTEST_GUILESS_MAIN(TestTokenStatusListInterop)
#include "TestTokenStatusListInterop.moc"
