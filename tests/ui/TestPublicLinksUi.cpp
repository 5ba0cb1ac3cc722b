// Create public link from the Share dialog against the reference VerifierPlus server (Node +
// @digitalbazaar/vc, tests/interop): consent first (declining uploads nothing), the work on a
// worker thread (the dialog keeps answering), the passphrase asked where there is no keychain,
// then the link shown and the share buttons (off until then) enabled with it in the same dialog;
// the Shared links window lists it and stops it. Screenshots go to SATCHEL_SCREENSHOT_DIR when set.
#include "OfflineNetwork.h"
#include "net/NetworkMode.h"
#include "VerifierPlusServer.h"
#include "export/ShareLinkBuilder.h"
#include "importer/ImportService.h"
#include "share/PublicLinkService.h"
#include "share/PublicLinksWidget.h"
#include "share/ShareDialog.h"
#include "share/SharedLinksWindow.h"
#include "storage/Wallet.h"
#include "Screenshot.h"
#include "WalletImport.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::saveScreenshot;

namespace {

const QString kMinimal = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-minimal.json");
const QString kJwt = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/jwt-eddsa-didkey.jwt");


} // namespace

class TestPublicLinksUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_minimal = 0;
    qint64 m_jwt = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SATCHEL_NO_KEYCHAIN", "1"); // the key is sealed under a passphrase, asked below
        const QString path = m_dir.filePath(QStringLiteral("links.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(path, offline).importPaths({kMinimal, kJwt});
        QCOMPARE(report.importedCount(), 2);
        m_minimal = report.items.at(0).credentialId;
        m_jwt = report.items.at(1).credentialId;
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void jwtCannotHaveOne()
    {
        ShareDialog dialog(m_wallet.get(), m_jwt);
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createPublicLink"));
        QVERIFY(create);
        QVERIFY(!create->isEnabled());
        saveScreenshot(dialog, QStringLiteral("share-jwt-no-public-link.png"));
    }

    // The real consent box: what (the whole credential, with the learner's name) and where (the
    // host), and Cancel by default; declining uploads nothing.
    void consentSaysWhatAndWhere()
    {
        QVERIFY(PublicLinkService::setServer(*m_wallet, QStringLiteral("https://verifierplus.org")).ok());
        ShareDialog dialog(m_wallet.get(), m_minimal);
        QString shown;
        QTimer::singleShot(200, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            saveScreenshot(*box, QStringLiteral("public-link-consent.png"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!dialog.publicLinks()->startCreate());
        QVERIFY2(shown.contains(QLatin1String("whole credential")) && shown.contains(QLatin1String("verifierplus.org"))
                     && shown.contains(QLatin1String("Cloud Infrastructure Basics")) && shown.contains(QLatin1String("about you")),
                 qPrintable(shown));
        QVERIFY(!m_wallet->holderKey());
        QCOMPARE(m_wallet->publicLinks().size(), 0);
    }

    void createShowStop()
    {
        if (const QString missing = VerifierPlusServer::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        VerifierPlusServer server;
        QVERIFY(server.start());
        QVERIFY(PublicLinkService::setServer(*m_wallet, server.url()).ok());

        ShareDialog dialog(m_wallet.get(), m_minimal);
        QVERIFY(dialog.isLoaded());
        PublicLinksWidget *links = dialog.publicLinks();
        QVERIFY(dialog.shownLink().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("share-link"))->isEnabled());
        saveScreenshot(dialog, QStringLiteral("share-before-public-link.png"));

        // Declined: nothing uploaded, no key made.
        QString consentText;
        links->setConsent([&](const PublicLinkPlan &plan) {
            consentText = plan.server.host() + QLatin1Char(' ') + plan.credentialName;
            return false;
        });
        QVERIFY(!links->startCreate());
        QVERIFY(consentText.startsWith(QLatin1String("127.0.0.1 ")));
        QVERIFY(!m_wallet->holderKey());
        QCOMPARE(m_wallet->publicLinks().size(), 0);

        // Accepted: the passphrase is asked (no keychain), the work runs on a worker thread.
        int prompts = 0;
        links->setConsent([](const PublicLinkPlan &) { return true; });
        links->setPassphrasePrompt([&](bool creating, const QString &host) {
            ++prompts;
            return creating && host == QLatin1String("127.0.0.1") ? QByteArray("ui key passphrase") : QByteArray();
        });
        QVERIFY(links->startCreate());
        // startCreate() returned at once: the upload is on a worker thread, the dialog says so.
        QVERIFY(links->statusText().contains(QLatin1String("127.0.0.1")));
        QVERIFY(links->activeLinkUrl().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!links->isBusy() && !links->activeLinkUrl().isEmpty(), 30000);
        QCOMPARE(prompts, 1);
        const QString view = links->activeLinkUrl();
        QVERIFY(view.startsWith(server.url() + QLatin1String("/share/")));
        QCOMPARE(dialog.shownLink(), view); // the link every share button now uses
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("share-link"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("stopSharing"))->isEnabled());
        // Every target that was off for want of a link is on in the same dialog, and its URL
        // carries the new link (percent-encoded in a query, as each site wants it).
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QString encoded = ShareLinkBuilder::percentEncode(view);
        for (const char *key : {"linkedin-feed", "x", "facebook", "bluesky", "email"}) {
            auto *button = dialog.findChild<QPushButton *>(QStringLiteral("share-") + QLatin1String(key));
            QVERIFY2(button && button->isEnabled(), key);
            button->click();
            QVERIFY2(!opened.isEmpty() && opened.last().toString(QUrl::FullyEncoded).contains(encoded),
                     qPrintable(opened.isEmpty() ? QString() : opened.last().toString()));
        }
        QCOMPARE(opened.size(), 5);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("copyLinkRow"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sendReason"))->isHidden());
        // Mastodon still waits for its server, and says so beside its group rather than in a tooltip.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("share-mastodon"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("postReason"))->text().contains(QLatin1String("Mastodon")));
        // The link and its targets now lead.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("linkBox"))->mapTo(&dialog, QPoint()).y()
                < dialog.findChild<QWidget *>(QStringLiteral("withoutLinkBox"))->mapTo(&dialog, QPoint()).y());
        QCOMPARE(links->shownLinks().size(), 1);
        saveScreenshot(dialog, QStringLiteral("share-with-public-link.png"));

        // The Shared links window lists it and stops it (the same key, unlocked again).
        NetworkMode online;
        SharedLinksWindow window(m_wallet.get(), &online);
        PublicLinksWidget *all = window.links();
        QCOMPARE(all->shownLinks().size(), 1);
        all->setPassphrasePrompt([&](bool creating, const QString &) {
            ++prompts;
            return creating ? QByteArray() : QByteArray("ui key passphrase");
        });
        saveScreenshot(window, QStringLiteral("shared-links-window.png"));
        QVERIFY(all->startStop(all->shownLinks().first().id));
        QTRY_VERIFY_WITH_TIMEOUT(!all->isBusy() && !all->shownLinks().first().isActive(), 30000);
        QCOMPARE(prompts, 2);
        QVERIFY(!m_wallet->publicLinks().first().isActive());
        saveScreenshot(window, QStringLiteral("shared-links-stopped.png"));
    }

    void serverDownSaysSo()
    {
        QVERIFY(PublicLinkService::setServer(*m_wallet, QStringLiteral("http://127.0.0.1:%1")
                                                            .arg(VerifierPlusServer::closedPort()))
                    .ok());
        const int before = int(m_wallet->publicLinks().size());
        ShareDialog dialog(m_wallet.get(), m_minimal);
        PublicLinksWidget *links = dialog.publicLinks();
        links->setConsent([](const PublicLinkPlan &) { return true; });
        links->setPassphrasePrompt([](bool, const QString &) { return QByteArray("ui key passphrase"); });
        QVERIFY(links->startCreate());
        QTRY_VERIFY_WITH_TIMEOUT(!links->isBusy() && links->statusText().contains(QLatin1String("could not be reached")),
                                 30000);
        QCOMPARE(int(m_wallet->publicLinks().size()), before);
        saveScreenshot(dialog, QStringLiteral("share-server-down.png"));
    }
};

QTEST_MAIN(TestPublicLinksUi)
#include "TestPublicLinksUi.moc"
