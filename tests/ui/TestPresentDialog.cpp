// The present dialog against a published-library verifier on loopback (tests/interop/
// oid4vp-verifier.mjs, README-verifiers.md): consent names who asks and what, proposes the
// credential that answers, and Share ends with the verifier's own verification accepting it;
// a request the learner cannot answer in full cannot be shared, and Decline tells the verifier.
// What the learner reads when it goes wrong: a request signed by another key than its verifier's
// (no consent), a verifier that refuses the answer, one gone after consent.
// Each answer is in the presentation log. Screenshots go to SATCHEL_SCREENSHOT_DIR.
#include "LoopbackIssuer.h"
#include "Screenshot.h"
#include "net/Fetcher.h"
#include "detail/CredentialHtml.h"
#include "detail/DetailView.h"
#include "present/PresentDialog.h"
#include "receive/CredentialReceiver.h"
#include "share/HolderKeyStore.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"
#include "verify/WalletVerifier.h"
#include "WalletImport.h"

#include <QJsonArray>
#include <QPalette>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace Satchel;

namespace {

constexpr int kFlowTimeoutMs = 60000;
const QByteArray kPassphrase("a passphrase for tests");

} // namespace

class TestPresentDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LoopbackIssuer m_issuer;
    LoopbackIssuer m_verifier;
    QString m_walletPath;

    QJsonObject request(const QJsonArray &items, const QJsonValue &signedBy = false, QJsonObject options = {},
                        LoopbackIssuer *verifier = nullptr)
    {
        options.insert(QStringLiteral("query"), QStringLiteral("dcql"));
        options.insert(QStringLiteral("format"), QStringLiteral("ldp_vp"));
        options.insert(QStringLiteral("signed"), signedBy);
        options.insert(QStringLiteral("items"), items);
        return (verifier ? *verifier : m_verifier).admin(QStringLiteral("/admin/requests"), options);
    }

    static QJsonArray oneBadge()
    {
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")}}};
    }

    QString verdict(const QJsonObject &made)
    {
        return m_verifier.adminGet(QStringLiteral("/admin/results/") + made.value(QLatin1String("id")).toString())
            .value(QLatin1String("status"))
            .toString();
    }

    PresentationLogEntry lastLogged()
    {
        auto wallet = Wallet::open(m_walletPath);
        if (!wallet)
            return {};
        auto entries = PresentationLogRepository(**wallet).entries(1);
        return entries && !entries->isEmpty() ? entries->first() : PresentationLogEntry{};
    }

    static bool finished(const PresentDialog &dialog)
    {
        return QTest::qWaitFor([&] { return dialog.stage() == PresentDialog::Stage::Done; }, kFlowTimeoutMs);
    }

    // Share failed after consent: the learner reads said, and the log has a failed line with the
    // credential that was sent and the same words.
    void verifyNotShared(const PresentDialog &dialog, const QString &said)
    {
        QVERIFY2(dialog.errorText().contains(said), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.resultText().contains(QLatin1String("Sharing did not succeed")), qPrintable(dialog.resultText()));
        const PresentationLogEntry logged = lastLogged();
        QCOMPARE(logged.outcome, QStringLiteral("failed"));
        QCOMPARE(logged.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(logged.credentials.size(), 1);
        QVERIFY2(logged.message.contains(said), qPrintable(logged.message));
    }

    bool readRequest(PresentDialog &dialog, const QString &link)
    {
        dialog.setPassphrasePrompt([](bool, const QString &) { return kPassphrase; });
        dialog.show();
        dialog.present(link);
        return QTest::qWaitFor([&] { return dialog.stage() != PresentDialog::Stage::Reading; }, kFlowTimeoutMs)
            && dialog.stage() == PresentDialog::Stage::Consent;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // loopback allowed; no real settings or data
        qputenv("SATCHEL_NO_KEYCHAIN", "1");      // the holder key is sealed under kPassphrase
        if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_issuer.start(QStringLiteral("oid4vci-issuer.mjs")));
        QVERIFY(m_verifier.start(QStringLiteral("oid4vp-verifier.mjs")));
        m_walletPath = m_dir.filePath(QStringLiteral("present.sqlite"));

        // A credential the learner received, bound to their own identity: what a verifier accepts.
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        HolderKeyStore keys(**wallet, nullptr);
        auto identity = keys.create(QStringLiteral("ed25519"), QStringLiteral("School"), kPassphrase);
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        auto key = keys.signingKey(identity->did, kPassphrase);
        QVERIFY(key.ok());
        Fetcher fetcher;
        CredentialReceiver receiver(**wallet, fetcher);
        const QString offer = m_issuer.admin(QStringLiteral("/admin/offers"),
                                             {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_ldp_eddsa")}}})
                                  .value(QLatin1String("offer"))
                                  .toString();
        auto prepared = receiver.prepare(offer);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        auto received = receiver.complete(*prepared, **key, {});
        QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));
        QCOMPARE((*wallet)->count(), 1);
        // Verified, as Satchel does after every receive: consent proposes only sound credentials.
        WalletVerifier verifier(wallet->get(), static_cast<DocumentFetcher *>(nullptr));
        const auto verified = verifier.verify(received->imported.items.first().credentialId);
        QVERIFY(verified.ok());
    }

    void sharesWhatTheVerifierAsksFor()
    {
        const QJsonObject made = request({QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")}}});
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, made.value(QLatin1String("request")).toString()), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.consentText().contains(QLatin1String("127.0.0.1")), qPrintable(dialog.consentText()));
        QVERIFY(dialog.consentText().contains(QLatin1String("not signed")));
        // The link is form-encoded: its client_metadata's name has '+' for spaces.
        QVERIFY2(dialog.consentText().contains(QLatin1String("Loopback Employer")), qPrintable(dialog.consentText()));
        QCOMPARE(dialog.choices()->topLevelItemCount(), 1);
        QCOMPARE(dialog.chosen().size(), 1); // the one credential that answers is proposed
        QVERIFY(dialog.canShare());
        QVERIFY(!dialog.chosenIdentity().isEmpty());
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-consent.png"));
        QCOMPARE(verdict(made), QStringLiteral("pending")); // nothing sent before Share

        dialog.share();
        QVERIFY(finished(dialog));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.resultText().contains(QLatin1String("127.0.0.1")), qPrintable(dialog.resultText()));
        QCOMPARE(verdict(made), QStringLiteral("accepted")); // the verifier's own verification
        QVERIFY(dialog.verifierPage().isValid());
        QCOMPARE(lastLogged().outcome, QStringLiteral("sent"));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-done.png"));

        // The credential's page says whom it was shown to.
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        auto page = DetailView::loadPage(**wallet, (*wallet)->list()->first().id);
        QVERIFY(page.ok());
        QCOMPARE(page->presentations.size(), 1);
        const QString html = CredentialHtml::render(*page, QPalette());
        QVERIFY2(html.contains(QLatin1String("Shared with Loopback Employer (127.0.0.1)")), qPrintable(html.right(3000)));
    }

    // A request object signed by the verifier's did:key, in the link itself: consent names the DID.
    void signedRequestInTheLink()
    {
        const QJsonObject made = request({QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")}}},
                                         QStringLiteral("did"));
        const QString link = made.value(QLatin1String("request")).toString();
        QVERIFY2(link.contains(QLatin1String("request=")), qPrintable(link));
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, link), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.consentText().contains(QLatin1String("signed by did:key:")), qPrintable(dialog.consentText()));
        dialog.share();
        QVERIFY(finished(dialog));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(verdict(made), QStringLiteral("accepted"));
    }

    void twoItemsOneUnmatchedThenDecline()
    {
        const QJsonObject made = request(
            {QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                         {QStringLiteral("issuer"), QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")}}});
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, made.value(QLatin1String("request")).toString()), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.choices()->topLevelItemCount(), 2);
        const QTreeWidgetItem *unmatched = dialog.choices()->topLevelItem(1);
        // The two requests are told apart by what the verifier pins down.
        QVERIFY2(unmatched->text(0).contains(QLatin1String("from did:key:z6MkhaXg")), qPrintable(unmatched->text(0)));
        QVERIFY(unmatched->childCount() >= 1);
        QVERIFY2(unmatched->child(0)->text(0).contains(QLatin1String("None of your credentials")),
                 qPrintable(unmatched->child(0)->text(0)));
        QVERIFY(!dialog.canShare()); // the verifier needs both
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-consent-unmatched.png"));

        dialog.decline();
        QVERIFY(finished(dialog));
        QVERIFY2(dialog.resultText().contains(QLatin1String("was told")), qPrintable(dialog.resultText()));
        QCOMPARE(verdict(made), QStringLiteral("rejected"));
        QCOMPARE(lastLogged().outcome, QStringLiteral("declined"));
    }
    // Refused before consent: the learner reads why and what to do; nothing reaches the verifier.
    void requestSignedByAnotherKey()
    {
        const QJsonObject made = request(oneBadge(), QStringLiteral("did"), {{QStringLiteral("badSignature"), true}});
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY(!readRequest(dialog, made.value(QLatin1String("request")).toString()));
        QCOMPARE(int(dialog.stage()), int(PresentDialog::Stage::Done));
        QVERIFY2(dialog.errorText().contains(QLatin1String("is not signed by the key it names"))
                     && dialog.errorText().contains(QLatin1String("Do not answer this request")),
                 qPrintable(dialog.errorText()));
        QVERIFY2(dialog.resultText().contains(QLatin1String("Nothing was sent")), qPrintable(dialog.resultText()));
        QCOMPARE(verdict(made), QStringLiteral("pending"));
    }

    void verifierRefusesTheAnswer()
    {
        const QJsonObject made =
            request(oneBadge(), false, {{QStringLiteral("failWith"), QStringLiteral("server_error")}});
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, made.value(QLatin1String("request")).toString()), qPrintable(dialog.errorText()));
        dialog.share();
        QVERIFY(finished(dialog));
        verifyNotShared(dialog, QStringLiteral("the loopback verifier was told to fail here"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("ask the verifier for a new request")),
                 qPrintable(dialog.errorText()));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-refused.png"));
    }

    // The verifier stops between consent and Share.
    void verifierGoneAfterConsent()
    {
        std::optional<LoopbackIssuer> leaving;
        leaving.emplace();
        QVERIFY(leaving->start(QStringLiteral("oid4vp-verifier.mjs")));
        const QJsonObject made = request(oneBadge(), false, {}, &*leaving);
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, made.value(QLatin1String("request")).toString()), qPrintable(dialog.errorText()));
        leaving.reset();
        dialog.share();
        QVERIFY(finished(dialog));
        verifyNotShared(dialog, QStringLiteral("could not be reached while sending the answer"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("Check your connection")), qPrintable(dialog.errorText()));
    }

    // Issue 16: an SD-JWT VC bound to the learner's key (made by @sd-jwt/sd-jwt-vc in the verifier)
    // is offered with the exact claims it will disclose, under its holder's identity, and accepted.
    void sdJwtVcListsWhatItDiscloses()
    {
        QString did;
        {
            auto wallet = Wallet::open(m_walletPath);
            QVERIFY(wallet.ok());
            did = HolderKeyStore(**wallet, nullptr).list().first().did;
        }
        const QByteArray credential = m_verifier.admin(QStringLiteral("/admin/sdjwt"), {{QStringLiteral("holderDid"), did}})
                                          .value(QLatin1String("credential")).toString().toLatin1();
        const ImportReport imported = SatchelTest::WalletImport(m_walletPath).importText(credential);
        QCOMPARE(imported.items.size(), 1);
        QCOMPARE(imported.items.first().outcome, ImportItemReport::Imported);
        {
            auto wallet = Wallet::open(m_walletPath);
            QVERIFY(wallet.ok());
            QVERIFY(WalletVerifier(wallet->get(), static_cast<DocumentFetcher *>(nullptr))
                        .verify(imported.items.first().credentialId).ok());
        }
        const QJsonObject made = m_verifier.admin(
            QStringLiteral("/admin/requests"),
            {{QStringLiteral("format"), QStringLiteral("dc+sd-jwt")},
             {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("claims"),
                                                               QJsonArray{QJsonValue(QJsonArray{"credentialSubject", "achievement", "name"})}}}}}});
        PresentDialog dialog(m_walletPath, nullptr);
        QVERIFY2(readRequest(dialog, made.value(QLatin1String("request")).toString()), qPrintable(dialog.errorText()));
        const QTreeWidgetItem *query = dialog.choices()->topLevelItem(0);
        QCOMPARE(query->childCount(), 1);
        QCOMPARE(query->child(0)->checkState(0), Qt::Checked);
        QCOMPARE(query->child(0)->childCount(), 1);
        QCOMPARE(query->child(0)->child(0)->text(0),
                 QStringLiteral("Discloses only credentialSubject.achievement.name, credentialSubject.achievement, "
                                "besides what the issuer always shows; its other selectively disclosable claims stay "
                                "hidden."));
        QCOMPARE(dialog.chosenIdentity(), did); // the identity its cnf names
        SatchelTest::saveScreenshot(dialog, QStringLiteral("present-sd-jwt-consent.png"));
        dialog.share();
        QVERIFY(finished(dialog));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(verdict(made), QStringLiteral("accepted"));
    }
};

QTEST_MAIN(TestPresentDialog)
#include "TestPresentDialog.moc"
