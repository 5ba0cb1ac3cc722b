// The Share dialog on credentials from the refvc fixtures (imported offline): the exact LinkedIn
// link it opens, targets that are unavailable without a link, the warnings shown before sharing,
// settings that change the link and are kept in the wallet, and a saved QR code that an
// independent reader (zbarimg) decodes back to the link.
#include "export/ShareSettings.h"
#include "importer/ImportService.h"
#include "share/ShareDialog.h"
#include "storage/Wallet.h"
#include "Screenshot.h"

#include <QLineEdit>
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
        offline.offline = true;
        const ImportReport report = ImportService(m_walletPath, offline).importPaths({kRefvc + kMinimal, kRefvc + kExpired});
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
        QCOMPARE(dialog.shownWarnings().size(), 2);

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
        QCOMPARE(dialog.shownWarnings().size(), dialog.links().warnings.size());
        saveScreenshot(dialog, QStringLiteral("share-dialog-expired.png"));
    }

    void missingCredential()
    {
        ShareDialog dialog(m_wallet.get(), 987654);
        QVERIFY(!dialog.isLoaded());
        QVERIFY(!dialog.loadError().isEmpty());
        QVERIFY(!dialog.openTarget(QStringLiteral("linkedin-profile")));
    }
};

QTEST_MAIN(TestShareDialog)
#include "TestShareDialog.moc"
