// A VC-API presentation exchange as a learner meets it in the app (issue 15): its link given to the
// "Receive or present…" box is found to be a verifier's once the exchange is started and handed to
// the present dialog, whose consent names the exchange's domain and what it asks for; Share ends
// with the verifier's own library (@digitalbazaar/vc in tests/interop/vcapi-exchange.mjs) accepting
// the presentation, and the log keeps it. Screenshots go to SATCHEL_SCREENSHOT_DIR.
#include "LoopbackIssuer.h"
#include "Screenshot.h"
#include "net/Fetcher.h"
#include "present/PresentDialog.h"
#include "receive/CredentialReceiver.h"
#include "receive/ReceiveDialog.h"
#include "share/HolderKeyStore.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"
#include "verify/WalletVerifier.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Satchel;

namespace {

constexpr int kFlowTimeoutMs = 60000;
const QByteArray kPassphrase("a passphrase for tests");

} // namespace

class TestVcApiPresentDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LoopbackIssuer m_exchange;
    QString m_walletPath;
    QString m_issuerDid;

    QJsonObject newExchange(const QJsonArray &items)
    {
        return m_exchange.admin(QStringLiteral("/admin/exchanges"),
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("presentation")},
                                            {QStringLiteral("items"), items}});
    }

    QString verdict(const QJsonObject &exchange)
    {
        const QString id = exchange.value(QLatin1String("exchangeUrl")).toString().section(QLatin1Char('/'), -1);
        return m_exchange.adminGet(QStringLiteral("/admin/results/") + id).value(QLatin1String("status")).toString();
    }

    // The link as the learner gives it: to the Receive box, which hands it on.
    QString handedOn(const QString &link)
    {
        ReceiveDialog receive(m_walletPath, nullptr);
        QSignalSpy handed(&receive, &ReceiveDialog::presentationLinkGiven);
        receive.show();
        receive.receiveLink(link);
        if (!handed.wait(kFlowTimeoutMs) && handed.isEmpty())
            return receive.errorText();
        return handed.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SATCHEL_NO_KEYCHAIN", "1");
        if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_exchange.start(QStringLiteral("vcapi-exchange.mjs")));
        m_walletPath = m_dir.filePath(QStringLiteral("vcapi.sqlite"));
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        HolderKeyStore keys(**wallet, nullptr);
        auto identity = keys.create(QStringLiteral("ed25519"), QStringLiteral("School"), kPassphrase);
        QVERIFY(identity.ok());
        auto key = keys.signingKey(identity->did, kPassphrase);
        QVERIFY(key.ok());
        Fetcher fetcher;
        CredentialReceiver receiver(**wallet, fetcher);
        auto offer = receiver.prepare(m_exchange.admin(QStringLiteral("/admin/exchanges")).value(QLatin1String("interactionUrl")).toString());
        QVERIFY2(offer.ok(), qPrintable(offer.ok() ? QString() : offer.error().message));
        auto received = receiver.complete(*offer, **key, {});
        QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));
        const qint64 row = received->imported.items.first().credentialId;
        QVERIFY(WalletVerifier(wallet->get(), static_cast<DocumentFetcher *>(nullptr)).verify(row).ok());
        m_issuerDid = (*wallet)->parsed(row)->issuer.id;
    }

    void presentsFromTheReceiveBox()
    {
        const QJsonObject exchange = newExchange({QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                                                              {QStringLiteral("issuer"), m_issuerDid}},
                                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                                                              {QStringLiteral("achievementName"), QStringLiteral("Loopback Networking")}}});
        const QString link = exchange.value(QLatin1String("dccDeepLink")).toString();
        QCOMPARE(handedOn(link), link);

        PresentDialog dialog(m_walletPath, nullptr);
        dialog.setPassphrasePrompt([](bool, const QString &) { return kPassphrase; });
        dialog.resize(760, 560);
        dialog.show();
        dialog.present(link);
        QVERIFY(QTest::qWaitFor([&] { return dialog.stage() != PresentDialog::Stage::Reading; }, kFlowTimeoutMs));
        QCOMPARE(dialog.stage(), PresentDialog::Stage::Consent);
        QVERIFY2(dialog.consentText().contains(QLatin1String("127.0.0.1")), qPrintable(dialog.consentText()));
        QCOMPARE(dialog.choices()->topLevelItemCount(), 2);
        QVERIFY2(dialog.choices()->topLevelItem(0)->text(0).contains(QLatin1String("Loopback Employer asks for")),
                 qPrintable(dialog.choices()->topLevelItem(0)->text(0)));
        QVERIFY2(dialog.choices()->topLevelItem(1)->text(0).contains(QLatin1String("Loopback Networking")),
                 qPrintable(dialog.choices()->topLevelItem(1)->text(0)));
        QVERIFY(dialog.canShare());
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-vcapi-consent.png"));
        QCOMPARE(verdict(exchange), QStringLiteral("pending"));

        dialog.share();
        QVERIFY(QTest::qWaitFor([&] { return dialog.stage() == PresentDialog::Stage::Done; }, kFlowTimeoutMs));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(verdict(exchange), QStringLiteral("accepted"));
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        auto entries = PresentationLogRepository(**wallet).entries(1);
        QVERIFY(entries.ok() && !entries->isEmpty());
        QCOMPARE(entries->first().outcome, QStringLiteral("sent"));
        QCOMPARE(entries->first().protocol, QStringLiteral("VC-API"));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-vcapi-done.png"));
    }

    // An issuer's exchange given to the present dialog (by a `satchel URL` that guessed wrong) says so.
    void issuanceExchangeIsNotAPresentation()
    {
        PresentDialog dialog(m_walletPath, nullptr);
        dialog.show();
        dialog.present(m_exchange.admin(QStringLiteral("/admin/exchanges")).value(QLatin1String("interactionUrl")).toString());
        QVERIFY(QTest::qWaitFor([&] { return dialog.stage() != PresentDialog::Stage::Reading; }, kFlowTimeoutMs));
        QVERIFY2(dialog.errorText().contains(QLatin1String("for receiving")), qPrintable(dialog.errorText()));
    }
};

QTEST_MAIN(TestVcApiPresentDialog)
#include "TestVcApiPresentDialog.moc"
