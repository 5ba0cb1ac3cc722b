// The Share dialog on credentials from the refvc fixtures (imported offline): the exact LinkedIn
// link it opens, targets that are off without a link (each group saying why) while what works
// without one stays on (LinkedIn "Add to profile", the original file, the PDF certificate), the
// warnings shown before sharing, settings that change the link and are kept in the wallet, a saved
// QR code that an independent reader (zbarimg) decodes back to the link, and a dialog that fits a
// 1366×768 laptop and a 1024×700 screen in every shipped language.
#include "OfflineNetwork.h"
#include "common/WindowFit.h"
#include "export/ShareSettings.h"
#include "i18n/Translations.h"
#include "importer/ImportService.h"
#include "share/ShareDialog.h"
#include "share/SignedPresentationDialog.h"
#include "storage/Wallet.h"
#include "Screenshot.h"
#include "WalletImport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::saveScreenshot;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
const QString kMinimal = QStringLiteral("ob3/di-minimal.json");
const QString kExpired = QStringLiteral("ob3/di-invalid-expired.json");

QStringList warningCodes(const ShareLinks &links)
{
    QStringList codes;
    for (const ShareWarning &warning : links.warnings)
        codes << warning.code;
    return codes;
}

// The targets a post or message needs a link for, as ShareLinkBuilder keys them.
const QStringList kNeedLink{QStringLiteral("linkedin-feed"), QStringLiteral("x"),     QStringLiteral("facebook"),
                            QStringLiteral("mastodon"),      QStringLiteral("bluesky"), QStringLiteral("email"),
                            QStringLiteral("link")};

} // namespace

class TestShareDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_walletPath;
    std::unique_ptr<Wallet> m_wallet;
    QHash<QString, qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_walletPath = m_dir.filePath(QStringLiteral("share.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(m_walletPath, offline).importPaths({kRefvc + kMinimal, kRefvc + kExpired});
        QCOMPARE(report.importedCount(), 2);
        for (const ImportItemReport &item : report.items)
            m_ids.insert(item.input.mid(kRefvc.size()), item.credentialId);
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void withoutALink()
    {
        ShareDialog dialog(m_wallet.get(), m_ids.value(kMinimal));
        QVERIFY2(dialog.isLoaded(), qPrintable(dialog.loadError()));
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QCOMPARE(dialog.shownLink(), QString());
        QCOMPARE(warningCodes(dialog.links()), (QStringList{QStringLiteral("unverified"), QStringLiteral("no-link")}));
        QCOMPARE(dialog.shownWarnings().size(), 1); // "no link" is shown in place, not as a warning
        QVERIFY(!dialog.notValid());

        // LinkedIn "Add to profile" works without a link: the certification itself is added.
        QVERIFY(dialog.openTarget(QStringLiteral("linkedin-profile")));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(QUrl::FullyEncoded),
                 QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                                "&name=Cloud%20Infrastructure%20Basics&organizationName=Eastgate%20Vocational%20Centre"
                                "&issueYear=2024&issueMonth=11&certId=urn%3Auuid%3Ae0381a4b-c11f-492e-8e28-a3128207406c"));
        // A post needs a link: the button is disabled and says why.
        QVERIFY(!dialog.openTarget(QStringLiteral("facebook")));
        auto *facebook = dialog.findChild<QPushButton *>(QStringLiteral("share-facebook"));
        QVERIFY(facebook);
        QVERIFY(!facebook->isEnabled());
        QVERIFY(!facebook->toolTip().isEmpty());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(dialog.saveQrCode(m_dir.filePath(QStringLiteral("none.png"))).error().code, QStringLiteral("no-link"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.png"))));
    }

    // No link: every target that needs one is off, and each group says why beside it; what works
    // without a link is on and comes first.
    void withoutALinkLeadsWithWhatWorks()
    {
        ShareDialog dialog(m_wallet.get(), m_ids.value(kMinimal));
        QVERIFY(dialog.isLoaded());
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QAction print(QStringLiteral("Print certificate"));
        QSignalSpy printed(&print, &QAction::triggered);
        dialog.setCertificateAction(&print);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.hasLink());

        for (const QString &key : kNeedLink) {
            auto *button = dialog.findChild<QPushButton *>(QStringLiteral("share-") + key);
            QVERIFY2(button, qPrintable(key));
            QVERIFY2(!button->isEnabled(), qPrintable(key));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(key));
            QVERIFY2(!dialog.openTarget(key), qPrintable(key));
        }
        QVERIFY(opened.isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("copyLinkRow"))->isEnabled());
        for (const char *name : {"postReason", "sendReason"}) {
            auto *reason = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(reason && reason->isVisible(), name);
            QVERIFY2(reason->text().startsWith(QLatin1String("Needs a link: create a public link first")),
                     qPrintable(reason->text()));
        }
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("qrCode"))->text().contains(QLatin1String("Needs a link")));

        // Create public link (this format allows it) stands out; what works without a link follows it.
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createPublicLink"));
        QVERIFY(create && create->isEnabled() && create->isDefault());
        auto *withoutLink = dialog.findChild<QWidget *>(QStringLiteral("withoutLinkBox"));
        auto *linkBox = dialog.findChild<QWidget *>(QStringLiteral("linkBox"));
        QVERIFY(withoutLink->mapTo(&dialog, QPoint()).y() < linkBox->mapTo(&dialog, QPoint()).y());

        // LinkedIn "Add to profile" is on, and the button opens the exact URL.
        auto *profile = dialog.findChild<QPushButton *>(QStringLiteral("share-linkedin-profile"));
        QVERIFY(profile && profile->isEnabled());
        QVERIFY(withoutLink->isAncestorOf(profile));
        profile->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().toString(QUrl::FullyEncoded),
                 QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                                "&name=Cloud%20Infrastructure%20Basics&organizationName=Eastgate%20Vocational%20Centre"
                                "&issueYear=2024&issueMonth=11&certId=urn%3Auuid%3Ae0381a4b-c11f-492e-8e28-a3128207406c"));

        // Save PDF certificate is the window's own Print certificate action.
        auto *certificate = dialog.findChild<QPushButton *>(QStringLiteral("saveCertificate"));
        QVERIFY(certificate && certificate->isVisible() && certificate->isEnabled());
        certificate->click();
        QCOMPARE(printed.size(), 1);
        print.setEnabled(false);
        QVERIFY(!certificate->isEnabled());
        dialog.setCertificateAction(nullptr);
        QVERIFY(!certificate->isVisible());

        // Save the credential file writes the original bytes, exactly as imported.
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveCredentialFile"))->isEnabled());
        const QString saved = m_dir.filePath(QStringLiteral("saved-original.json"));
        QVERIFY(dialog.saveCredentialFile(saved).ok());
        QFile original(kRefvc + kMinimal);
        QFile written(saved);
        QVERIFY(original.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), original.readAll());

        // Signed presentation… opens the dialog for this credential (issue 15).
        auto *signedPresentation = dialog.findChild<QPushButton *>(QStringLiteral("signedPresentation"));
        QVERIFY(signedPresentation && signedPresentation->isVisible());
        signedPresentation->click();
        auto *presentationDialog = dialog.findChild<SignedPresentationDialog *>();
        QVERIFY(presentationDialog);
        QTRY_VERIFY(presentationDialog->isLoaded());
        presentationDialog->close();
    }

    // Where the format cannot have a public link, the reason points to the alternative instead.
    void reasonWhenNoPublicLinkIsPossible()
    {
        const QString jwt = QStringLiteral("ob3/jwt-eddsa-didkey.jwt");
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(m_walletPath, offline).importPaths({kRefvc + jwt});
        QCOMPARE(report.importedCount(), 1);
        ShareDialog dialog(m_wallet.get(), report.items.first().credentialId);
        QVERIFY(dialog.isLoaded());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("createPublicLink"))->isEnabled());
        const QString reason = dialog.findChild<QLabel *>(QStringLiteral("postReason"))->text();
        QVERIFY2(reason.contains(QLatin1String("Settings")), qPrintable(reason));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("share-linkedin-profile"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("share-x"))->isEnabled());
    }

    void settingsDecideTheLink()
    {
        const qint64 id = m_ids.value(kMinimal);
        ShareDialog dialog(m_wallet.get(), id);
        QVERIFY(dialog.isLoaded());
        ShareSettings settings;
        settings.pageBaseUrl = QStringLiteral("https://me.example.org/badges/");
        settings.mastodonInstance = QStringLiteral("mastodon.social");
        const QString issuerId = m_wallet->parsed(id)->issuer.id;
        QVERIFY(!issuerId.isEmpty());
        settings.linkedInOrganizationIds.insert(issuerId, QStringLiteral("4242"));
        QVERIFY(dialog.applySettings(settings).ok());

        const QString link = dialog.shownLink();
        QVERIFY2(link.startsWith(QLatin1String("https://me.example.org/badges/cloud-infrastructure-basics-")),
                 qPrintable(link));
        QVERIFY(link.endsWith(QLatin1String(".html")));
        QCOMPARE(dialog.links().targetKind, ShareTargetKind::SelfHostedPage);
        QVERIFY(!warningCodes(dialog.links()).contains(QStringLiteral("no-link")));
        QStringList fieldKeys;
        for (const ShareField &field : dialog.links().linkedInFields) {
            fieldKeys << field.key;
            if (field.key == QLatin1String("organizationId"))
                QCOMPARE(field.value, QStringLiteral("4242"));
        }
        QVERIFY(fieldKeys.contains(QStringLiteral("organizationId")));
        QVERIFY(!fieldKeys.contains(QStringLiteral("organizationName")));
        QVERIFY(dialog.links().link(QStringLiteral("mastodon"))->url.startsWith(
            QLatin1String("https://mastodon.social/share?text=I%20earned%20")));

        saveScreenshot(dialog, QStringLiteral("share-dialog.png"));

        // Kept in the wallet: a new dialog (and satchel-cli) sees the same settings.
        const ShareSettings kept = ShareSettings::load(*m_wallet);
        QCOMPARE(kept.pageBaseUrl, settings.pageBaseUrl);
        QCOMPARE(kept.mastodonInstance, settings.mastodonInstance);
        ShareDialog again(m_wallet.get(), id);
        QCOMPARE(again.shownLink(), link);

        // The page the link points at is the file "Save page…" writes.
        const QString pagePath = m_dir.filePath(link.section(u'/', -1));
        QVERIFY(dialog.saveVerificationPage(pagePath).ok());
        QFile page(pagePath);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        QVERIFY(html.contains("<h1>Cloud Infrastructure Basics</h1>"));
        QVERIFY(!html.contains("<script"));

        // The saved QR code decodes back to the link.
        const QString svgPath = m_dir.filePath(QStringLiteral("qr.svg"));
        QVERIFY(dialog.saveQrCode(svgPath).ok());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        const QString pngPath = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(dialog.saveQrCode(pngPath).ok());
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), pngPath});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), link);

        // Clearing the settings brings the dialog back to "no link".
        QVERIFY(dialog.applySettings(ShareSettings{}).ok());
        QCOMPARE(dialog.shownLink(), QString());
        QCOMPARE(ShareSettings::load(*m_wallet).pageBaseUrl, QString());
    }

    void linkedInCopyBoxes()
    {
        ShareDialog dialog(m_wallet.get(), m_ids.value(kMinimal));
        QStringList shown;
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->isReadOnly() && !edit->text().isEmpty())
                shown << edit->text();
        }
        QVERIFY(shown.contains(QStringLiteral("Cloud Infrastructure Basics")));
        QVERIFY(shown.contains(QStringLiteral("Eastgate Vocational Centre")));
        QVERIFY(shown.contains(QStringLiteral("2024")));
        QVERIFY(shown.contains(QStringLiteral("urn:uuid:e0381a4b-c11f-492e-8e28-a3128207406c")));
    }

    void warnsBeforeSharingAnExpiredBadge()
    {
        ShareDialog dialog(m_wallet.get(), m_ids.value(kExpired));
        QVERIFY(dialog.isLoaded());
        QVERIFY2(warningCodes(dialog.links()).contains(QStringLiteral("expired")),
                 qPrintable(warningCodes(dialog.links()).join(u',')));
        QStringList shownCodes = warningCodes(dialog.links());
        shownCodes.removeAll(QStringLiteral("no-link"));
        QCOMPARE(dialog.shownWarnings().size(), shownCodes.size());
        // Red, not the pale yellow of "not verified yet".
        QVERIFY(dialog.notValid());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("shareWarnings"))->property("severity").toString(),
                 QStringLiteral("error"));
        saveScreenshot(dialog, QStringLiteral("share-dialog-expired.png"));
    }

    void missingCredential()
    {
        ShareDialog dialog(m_wallet.get(), 987654);
        QVERIFY(!dialog.isLoaded());
        QVERIFY(!dialog.loadError().isEmpty());
        QVERIFY(!dialog.openTarget(QStringLiteral("linkedin-profile")));
    }

    // At most the screen (1366×768 with a panel, 1024×700) in every shipped language: the Share
    // tab scrolls up and down, never sideways.
    void fits_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void fits()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(QCoreApplication::instance(), language));
        const QString shots = qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR");
        for (const QRect &screen : {QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 700)}) {
            ShareDialog dialog(m_wallet.get(), m_ids.value(kMinimal));
            QAction print(QStringLiteral("Print"));
            dialog.setCertificateAction(&print);
            const QString where = QStringLiteral("%1 at %2x%3").arg(language).arg(screen.width()).arg(screen.height());
            const QSize minimum = dialog.minimumSizeHint();
            QVERIFY2(minimum.width() <= screen.width() - WindowFit::kFrameAllowanceWidth
                         && minimum.height() <= screen.height() - WindowFit::kFrameAllowanceHeight,
                     qPrintable(where + QStringLiteral(": minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
            dialog.resize(WindowFit::fitted(QSize(720, 760), screen));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCoreApplication::processEvents();
            QVERIFY2(dialog.height() <= screen.height() - WindowFit::kFrameAllowanceHeight, qPrintable(where));
            auto *scroll = dialog.findChild<QScrollArea *>();
            QVERIFY(scroll);
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                     qPrintable(where + QStringLiteral(": scrolls sideways")));
            // The reason beside a disabled group is shown whole, not cut.
            auto *reason = dialog.findChild<QLabel *>(QStringLiteral("postReason"));
            QVERIFY2(reason->width() >= reason->minimumSizeHint().width(), qPrintable(where));
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                QVERIFY(dialog.grab().save(QStringLiteral("%1/share-no-link-%2-%3x%4.png")
                                               .arg(shots, language).arg(screen.width()).arg(screen.height())));
            }
        }
    }

    void cleanupTestCase() { Translations::install(QCoreApplication::instance(), QStringLiteral("en")); }
};

QTEST_MAIN(TestShareDialog)
#include "TestShareDialog.moc"
