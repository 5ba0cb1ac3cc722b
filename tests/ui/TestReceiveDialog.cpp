// File → Receive… against the loopback OpenID4VCI issuer of tests/interop (built on the published
// @openid4vc libraries): the offer is read and consent shown before anything but the issuer's
// public description is asked for; with the PIN the credential arrives in the wallet, bound to the
// learner's holder identity, with its provenance; a wrong PIN and Cancel at consent leave the
// wallet unchanged. Screenshots of the consent and result pages go to SATCHEL_SCREENSHOT_DIR.
#include "LoopbackIssuer.h"
#include "Screenshot.h"
#include "export/QrCode.h"
#include "receive/QrPicture.h"
#include "receive/PendingCredentialsList.h"
#include "receive/ReceiveDialog.h"
#include "storage/Wallet.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

constexpr int kFlowTimeoutMs = 60000;

// The requests the issuer got, by path (its admin log).
QStringList requestedPaths(LoopbackIssuer &issuer)
{
    QStringList paths;
    for (const QJsonValue &request : issuer.adminGet(QStringLiteral("/admin/log")).value(QLatin1String("requests")).toArray())
        paths << request.toObject().value(QLatin1String("path")).toString();
    return paths;
}

} // namespace

class TestReceiveDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LoopbackIssuer m_issuer;
    QString m_walletPath;

    QString offer(const QString &txCode, bool deferred = false)
    {
        QJsonObject body{{QStringLiteral("deferred"), deferred},{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_ldp_eddsa"), QStringLiteral("pid_mdoc")}},
                         {QStringLiteral("grant"), QStringLiteral("pre-authorized_code")},
                         {QStringLiteral("expiresInSeconds"), 600}};
        body.insert(QStringLiteral("txCode"), txCode.isEmpty() ? QJsonValue() : QJsonValue(txCode));
        return m_issuer.admin(QStringLiteral("/admin/offers"), body).value(QLatin1String("offer")).toString();
    }

    int credentialCount()
    {
        auto wallet = Wallet::open(m_walletPath);
        if (!wallet)
            return -1;
        auto listed = (*wallet)->list();
        return listed ? int(listed->size()) : -1;
    }

    // Opens the link, says yes at consent and waits for the last page.
    static bool consentAndWait(ReceiveDialog &dialog, const QString &link)
    {
        dialog.show();
        dialog.receiveLink(link);
        if (!QTest::qWaitFor([&] { return dialog.stage() == ReceiveDialog::Stage::Consent; }, kFlowTimeoutMs))
            return false;
        dialog.activatePrimary();
        return QTest::qWaitFor([&] { return dialog.stage() == ReceiveDialog::Stage::Done; }, kFlowTimeoutMs);
    }

    static void prepareDialog(ReceiveDialog &dialog)
    {
        dialog.setPassphrasePrompt([](bool, const QString &) { return QByteArray("a passphrase for tests"); });
        dialog.setBrowserOpener([](const QUrl &) { return false; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // loopback allowed; no real settings or data
        qputenv("SATCHEL_NO_KEYCHAIN", "1");      // the holder key is sealed under the passphrase above
        if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY(m_issuer.start(QStringLiteral("oid4vci-issuer.mjs")));
        m_walletPath = m_dir.filePath(QStringLiteral("receive.sqlite"));
        QVERIFY(Wallet::open(m_walletPath).ok());
    }

    void cancelAtConsentSendsNothing()
    {
        const QString link = offer(QString());
        m_issuer.admin(QStringLiteral("/admin/log/clear"));
        ReceiveDialog dialog(m_walletPath, nullptr);
        prepareDialog(dialog);
        dialog.show();
        dialog.receiveLink(link);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Consent, kFlowTimeoutMs);
        dialog.close();
        QTest::qWait(300);
        const QStringList paths = requestedPaths(m_issuer);
        QVERIFY2(!paths.contains(QStringLiteral("/token")) && !paths.contains(QStringLiteral("/credential")),
                 qPrintable(paths.join(QLatin1Char(' '))));
        QCOMPARE(credentialCount(), 0);
    }

    void wrongPinLeavesTheWalletUnchanged()
    {
        ReceiveDialog dialog(m_walletPath, nullptr);
        prepareDialog(dialog);
        dialog.show();
        dialog.receiveLink(offer(QStringLiteral("4931")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Consent, kFlowTimeoutMs);
        dialog.setTransactionCode(QStringLiteral("1111"));
        dialog.activatePrimary();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Done, kFlowTimeoutMs);
        QVERIFY2(dialog.errorText().contains(QLatin1String("PIN")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.receivedIds().isEmpty());
        QCOMPARE(credentialCount(), 0);
    }

    void receivesWithThePin()
    {
        ReceiveDialog dialog(m_walletPath, nullptr);
        prepareDialog(dialog);
        dialog.resize(620, 260);
        dialog.show();
        QCOMPARE(dialog.stage(), ReceiveDialog::Stage::Link);
        SatchelTest::saveScreenshot(dialog, QStringLiteral("receive-link.png"));
        dialog.receiveLink(offer(QStringLiteral("4931")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Consent, kFlowTimeoutMs);
        // Consent names the issuer, the domain contacted, the credential, what is not asked for.
        const QString consent = dialog.consentText();
        QVERIFY2(consent.contains(QLatin1String("Loopback College")), qPrintable(consent));
        QVERIFY(consent.contains(QLatin1String("127.0.0.1")));
        QVERIFY(consent.contains(QLatin1String("Loopback Networking")));
        QVERIFY(consent.contains(QLatin1String("mso_mdoc"))); // listed as not requested
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("receivePin"));
        QVERIFY(pin && pin->isVisible());
        SatchelTest::saveScreenshot(dialog, QStringLiteral("receive-consent.png"));
        dialog.setTransactionCode(QStringLiteral("4931"));
        dialog.activatePrimary();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Done, kFlowTimeoutMs);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.receivedIds().size(), 1);
        SatchelTest::saveScreenshot(dialog, QStringLiteral("receive-done.png"));

        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        auto stored = (*wallet)->credential(dialog.receivedIds().first());
        QVERIFY(stored.ok());
        QVERIFY(stored->provenance.has_value());
        QCOMPARE(stored->provenance->protocol, QStringLiteral("OpenID4VCI"));
        QCOMPARE(stored->provenance->issuerDomain, QStringLiteral("127.0.0.1"));
        const auto holder = (*wallet)->holderKey();
        QVERIFY(holder.has_value());
        QCOMPARE(stored->provenance->holderDid, holder->did);
        QVERIFY(stored->raw.bytes.contains(holder->did.toUtf8())); // issued to the learner's DID
    }

    // An issuer's page shows its offer as a QR code: a screenshot of it is as good as the link,
    // and a QR code of something else is named for what it is.
    void qrCodeInAPicture()
    {
        const QString link = offer(QString());
        auto code = QrCode::encode(link, QrCode::ErrorCorrection::Low);
        QVERIFY(code.ok());
        QImage page(900, 700, QImage::Format_RGB32);
        page.fill(QColor(240, 240, 235));
        QImage qr;
        QVERIFY(qr.loadFromData(code->toPng(4)));
        QPainter(&page).drawImage(420, 120, qr);
        auto read = QrPicture::offerIn(page);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(*read, link);

        auto other = QrCode::encode(QStringLiteral("https://example.org/menu"));
        QVERIFY(other.ok());
        QImage otherImage;
        QVERIFY(otherImage.loadFromData(other->toPng(6)));
        auto notAnOffer = QrPicture::offerIn(otherImage);
        QVERIFY(!notAnOffer.ok());
        QCOMPARE(notAnOffer.error().code, QStringLiteral("qr-not-an-offer"));
        QVERIFY(notAnOffer.error().message.contains(QLatin1String("https://example.org/menu")));
        auto blank = QrPicture::offerIn(QImage(300, 200, QImage::Format_RGB32));
        QVERIFY(!blank.ok());
    }

    // The issuer will deliver later: the wallet keeps the promise, says so, and a later retry
    // (what Satchel does at start or with Check pending credentials) brings the credential.
    void deferredArrivesOnRetry()
    {
        const int before = credentialCount();
        ReceiveDialog dialog(m_walletPath, nullptr);
        prepareDialog(dialog);
        QVERIFY(consentAndWait(dialog, offer(QString(), true)));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.receivedIds().isEmpty());
        QVERIFY2(dialog.resultText().contains(QLatin1String("ready later")), qPrintable(dialog.resultText()));
        QCOMPARE(credentialCount(), before);
        for (int attempt = 0; attempt < 3 && dialog.receivedIds().isEmpty(); ++attempt) {
            dialog.retryPending();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Done, kFlowTimeoutMs);
            QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        }
        QCOMPARE(dialog.receivedIds().size(), 1);
        QCOMPARE(credentialCount(), before + 1);
        QVERIFY2(dialog.resultText().contains(QLatin1String("Loopback College")), qPrintable(dialog.resultText()));
        QCOMPARE(dialog.pendingList()->count(), 0);
        QVERIFY(dialog.pendingList()->isHidden());
    }

    // A promised credential is listed by name and issuer; Stop waiting (once confirmed) forgets
    // it without asking the issuer, and a later check finds nothing waiting.
    void stopWaitingForAPendingCredential()
    {
        ReceiveDialog dialog(m_walletPath, nullptr);
        prepareDialog(dialog);
        QVERIFY(consentAndWait(dialog, offer(QString(), true)));
        PendingCredentialsList *list = dialog.pendingList();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->isVisible());
        QVERIFY2(list->textOf(0).contains(QLatin1String("Loopback College")), qPrintable(list->textOf(0)));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("receive-pending.png"));

        QString asked;
        bool answer = false;
        list->setConfirmation([&](const QString &question) {
            asked = question;
            return answer;
        });
        QVERIFY(list->select(list->findChild<QListWidget *>()->item(0)->data(Qt::UserRole).toLongLong()));
        QVERIFY(list->stopButton()->isEnabled());
        list->stopButton()->click(); // Cancel: still waiting
        QVERIFY2(asked.contains(QLatin1String("Loopback College")), qPrintable(asked));
        QCOMPARE(list->count(), 1);
        answer = true;
        list->stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, kFlowTimeoutMs);
        QVERIFY(list->isHidden());
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));

        dialog.retryPending();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ReceiveDialog::Stage::Done, kFlowTimeoutMs);
        QVERIFY2(dialog.resultText().contains(QLatin1String("No credential is waiting")), qPrintable(dialog.resultText()));
    }
};

QTEST_MAIN(TestReceiveDialog)
#include "TestReceiveDialog.moc"
