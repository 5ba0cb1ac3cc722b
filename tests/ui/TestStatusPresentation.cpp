// Statuses that cannot mislead: "valid, but not issued to you" on a card and the detail header
// (and not without identities), a revoked card set apart, the question Share and Print ask before
// going on with a revoked badge (cancel stops, accept goes on), and the banner, not a message box,
// when a badge that was valid stops being so (never for a first verification).
#include "OfflineNetwork.h"
#include "net/NetworkMode.h"
#include "common/StatusStyle.h"
#include "detail/CredentialHtml.h"
#include "detail/DetailView.h"
#include "gallery/CardDelegate.h"
#include "gallery/CredentialListModel.h"
#include "gallery/GalleryView.h"
#include "importer/ImportService.h"
#include "main/MainWindow.h"
#include "main/NoticeBanner.h"
#include "print/CertificatePreviewDialog.h"
#include "share/ShareDialog.h"
#include "storage/Wallet.h"
#include "verify/WalletVerifier.h"
#include "WalletImport.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
const QString kMinimal = QStringLiteral("ob3/di-minimal.json");     // subject: kMinimalSubject
const QString kJwt = QStringLiteral("ob3/jwt-es256-didjwk.jwt");    // another subject
const QString kRich = QStringLiteral("ob3/di-rich.json");
const QString kExpired = QStringLiteral("ob3/di-invalid-expired.json");
const QString kTampered = QStringLiteral("ob3/di-invalid-wrong-key.json"); // fails its signature
const QString kMinimalSubject = QStringLiteral("did:key:z6MkjG1GQ1zEAQ3R1tSfZCjdfyDrFtwmHdhgbaVN9BpfjQ8j");
const QByteArray kRevokedReport
    = R"({"status":"revoked","checks":[{"code":"signature","outcome":"pass","message":"ok"},)"
      R"({"code":"revoked","outcome":"fail","message":"The issuer has revoked this credential: left the course."}]})";

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + QLatin1Char('/') + name;
}

QHash<QString, qint64> importOffline(const QString &walletPath, const QStringList &files)
{
    QStringList inputs;
    for (const QString &file : files)
        inputs << kRefvc + file;
    ImportOptions offline;
    offline.network = SatchelTest::offlineNetwork();
    QHash<QString, qint64> ids;
    for (const ImportItemReport &item : SatchelTest::WalletImport(walletPath, offline).importPaths(inputs).items)
        ids.insert(item.input.mid(kRefvc.size()), item.credentialId);
    return ids;
}

// How many pixels of the image have exactly this colour (a chip's or band's fill).
int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb();
    return n;
}

QImage paintCard(const CredentialListModel &model, int row)
{
    CardDelegate delegate;
    QImage image(CardDelegate::cardSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(), CardDelegate::cardSize());
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    delegate.paint(&painter, option, model.index(row, 0));
    painter.end();
    return image;
}

// Answers the next message box with the button whose text is given (or Cancel when empty);
// records its text. Returns false in *seen when none came.
void answerNextMessageBox(const QString &buttonText, QString *seen)
{
    QTimer::singleShot(50, qApp, [buttonText, seen] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            *seen = box->windowTitle() + QLatin1Char('\n') + box->text();
            if (!shotPath(QStringLiteral("confirm.png")).isEmpty())
                box->grab().save(shotPath(QStringLiteral("confirm.png")));
            QAbstractButton *target = box->button(QMessageBox::Cancel);
            for (QAbstractButton *button : box->buttons())
                if (!buttonText.isEmpty() && button->text() == buttonText)
                    target = button;
            target->click();
            return;
        }
    });
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &shortcut)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == shortcut)
            return action;
    return nullptr;
}

bool anyMessageBoxShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox *>(widget) && widget->isVisible())
            return true;
    return false;
}

} // namespace

class TestStatusPresentation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void notYoursOnCardAndDetailHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("yours.sqlite"));
        const auto ids = importOffline(path, {kMinimal, kJwt, kRich, kTampered});
        QCOMPARE(ids.size(), 4);
        auto opened = Wallet::open(path);
        QVERIFY(opened.ok());
        Wallet &wallet = **opened;
        QVERIFY(wallet.addIdentity(QStringLiteral("did"), kMinimalSubject).ok());
        WalletVerifier verifier(&wallet, static_cast<DocumentFetcher *>(nullptr));
        const WalletVerificationBatch batch = verifier.verifyAll();
        QCOMPARE(batch.verified.size(), 4);
        // The rich badge is revoked, as far as the gallery knows (a status list needs a server).
        QVERIFY(wallet.saveVerification(ids.value(kRich), QStringLiteral("revoked"), QDateTime::currentDateTimeUtc(),
                                        kRevokedReport, QStringLiteral("pass"))
                    .ok());

        CredentialListModel model;
        model.setWallet(&wallet);
        QVERIFY(model.reload(CredentialQuery{}));
        const int mine = model.rowOfId(ids.value(kMinimal));
        const int theirs = model.rowOfId(ids.value(kJwt));
        const int revoked = model.rowOfId(ids.value(kRich));
        // The verdict stays "valid"; only what is shown differs.
        QCOMPARE(model.index(theirs, 0).data(CredentialListModel::StatusRole).toString(), QStringLiteral("valid"));
        QCOMPARE(model.index(theirs, 0).data(CredentialListModel::PresentationRole).toString(), QStringLiteral("not-yours"));
        QCOMPARE(model.index(mine, 0).data(CredentialListModel::PresentationRole).toString(), QStringLiteral("valid"));
        QCOMPARE(model.index(theirs, CredentialListModel::StatusColumn).data().toString(),
                 QStringLiteral("Valid, but not issued to you"));
        QCOMPARE(model.index(mine, CredentialListModel::StatusColumn).data().toString(), QStringLiteral("Valid"));

        // The card: the not-yours chip, never the green of a valid one; a revoked card carries a
        // band across its image.
        const QImage theirsCard = paintCard(model, theirs);
        const QImage mineCard = paintCard(model, mine);
        const QImage revokedCard = paintCard(model, revoked);
        QVERIFY(pixelsOf(theirsCard, StatusStyle::color(QStringLiteral("not-yours"))) > 100);
        QCOMPARE(pixelsOf(theirsCard, StatusStyle::color(QStringLiteral("valid"))), 0);
        QVERIFY(pixelsOf(mineCard, StatusStyle::color(QStringLiteral("valid"))) > 100);
        QCOMPARE(pixelsOf(mineCard, StatusStyle::color(QStringLiteral("not-yours"))), 0);
        QVERIFY(pixelsOf(revokedCard, StatusStyle::color(QStringLiteral("revoked"))) > pixelsOf(theirsCard, StatusStyle::color(QStringLiteral("not-yours"))) * 2);

        // The detail header says it in the chip, and the banner under it says what to do.
        auto theirsPage = DetailView::loadPage(wallet, ids.value(kJwt));
        QVERIFY(theirsPage.ok());
        QCOMPARE(CredentialHtml::shownStatus(*theirsPage), QStringLiteral("not-yours"));
        const QString theirsHtml = CredentialHtml::render(*theirsPage, QApplication::palette());
        const qsizetype header = theirsHtml.indexOf(QLatin1String("class=\"header\""));
        const qsizetype chip = theirsHtml.indexOf(QLatin1String("Valid, but not issued to you"));
        QVERIFY(header >= 0 && chip > header);
        QVERIFY(chip < theirsHtml.indexOf(QLatin1String("<h2>")));
        QVERIFY(theirsHtml.contains(QLatin1String("banner notice")));
        QVERIFY(theirsHtml.contains(QLatin1String("add that address in Settings")));
        auto minePage = DetailView::loadPage(wallet, ids.value(kMinimal));
        QVERIFY(minePage.ok());
        const QString mineHtml = CredentialHtml::render(*minePage, QApplication::palette());
        QVERIFY(!mineHtml.contains(QLatin1String("not issued to you")));
        QVERIFY(!mineHtml.contains(QLatin1String("class=\"banner")));

        // The revoked page: a red banner with the reason, the date and what to do.
        auto revokedPage = DetailView::loadPage(wallet, ids.value(kRich));
        QVERIFY(revokedPage.ok());
        const QString revokedHtml = CredentialHtml::render(*revokedPage, QApplication::palette());
        QVERIFY(revokedHtml.contains(QLatin1String("banner danger")));
        QVERIFY(revokedHtml.contains(QLatin1String("left the course")));
        QVERIFY(revokedHtml.contains(QLatin1String("Found when Satchel checked it on")));
        QVERIFY(revokedHtml.contains(QLatin1String("What to do:")));
        QVERIFY(revokedHtml.contains(QLatin1String("img class=\"badge dimmed\"")));

        if (const QString shot = shotPath(QStringLiteral("gallery.png")); !shot.isEmpty()) {
            GalleryView gallery;
            gallery.setWallet(&wallet);
            gallery.resize(760, 330);
            gallery.show();
            QVERIFY(QTest::qWaitForWindowExposed(&gallery));
            QTest::qWait(300);
            QVERIFY(gallery.grab().save(shot));
        }

        // The failed detail page, as the learner sees it.
        if (const QString shot = shotPath(QStringLiteral("detail-failed.png")); !shot.isEmpty()) {
            for (const QString &file : {kTampered, kRich, kJwt}) {
                DetailView view;
                view.resize(1000, 900);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                QSignalSpy loaded(&view, &DetailView::loadFinished);
                QVERIFY(view.showCredential(wallet, ids.value(file)));
                QVERIFY(loaded.wait(30000));
                QTest::qWait(800);
                QVERIFY(view.grab().save(shotPath(QStringLiteral("detail-%1.png").arg(QFileInfo(file).baseName()))));
            }
        }

        // No identities: nothing was compared, so nothing is "not yours".
        QVERIFY(wallet.removeIdentity(kMinimalSubject).ok());
        model.invalidate();
        QVERIFY(model.reload(CredentialQuery{}));
        QCOMPARE(model.index(model.rowOfId(ids.value(kJwt)), 0).data(CredentialListModel::PresentationRole).toString(),
                 QStringLiteral("valid"));
        auto noIdentityPage = DetailView::loadPage(wallet, ids.value(kJwt));
        QVERIFY(noIdentityPage.ok());
        QCOMPARE(CredentialHtml::shownStatus(*noIdentityPage), QStringLiteral("valid"));
    }

    void confirmBeforeSharingAndPrintingARevokedBadge()
    {
        const QString path = m_dir.filePath(QStringLiteral("confirm.sqlite"));
        const auto ids = importOffline(path, {kMinimal, kRich});
        QCOMPARE(ids.size(), 2);
        auto opened = Wallet::open(path);
        QVERIFY(opened.ok());
        const qint64 revokedId = ids.value(kRich);
        QVERIFY((*opened)->saveVerification(revokedId, QStringLiteral("revoked"), QDateTime::currentDateTimeUtc(),
                                            kRevokedReport)
                    .ok());
        QVERIFY((*opened)->saveVerification(ids.value(kMinimal), QStringLiteral("valid"), QDateTime::currentDateTimeUtc(),
                                            "{}")
                    .ok());
        NetworkMode network;
        MainWindow window(std::move(opened.value()), &network);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *share = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QAction *print = actionWithShortcut(window, QKeySequence::Print);
        QVERIFY(share && print);

        auto shareDialogs = [&window] { return window.findChildren<ShareDialog *>(); };
        auto printDialogs = [&window] { return window.findChildren<CertificatePreviewDialog *>(); };

        QCOMPARE(window.gallery()->selectCredentials({revokedId}), 1);
        // Share, cancelled: asked, and no Share dialog.
        QString asked;
        answerNextMessageBox(QString(), &asked);
        share->trigger();
        QVERIFY2(asked.contains(QLatin1String("Share a credential that is not valid?")), qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("revoked")));
        QVERIFY(shareDialogs().isEmpty());
        // Share, accepted: the dialog opens, its warning is a warning.
        asked.clear();
        answerNextMessageBox(QStringLiteral("Share anyway"), &asked);
        share->trigger();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(shareDialogs().size(), 1);
        ShareDialog *dialog = shareDialogs().first();
        auto *warnings = dialog->findChild<QLabel *>(QStringLiteral("shareWarnings"));
        QVERIFY(warnings && !warnings->isHidden());
        QCOMPARE(warnings->property("severity").toString(), QStringLiteral("error"));
        if (const QString shot = shotPath(QStringLiteral("share-revoked.png")); !shot.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(shot));
        }
        delete dialog;

        // Print, cancelled then accepted.
        asked.clear();
        answerNextMessageBox(QString(), &asked);
        print->trigger();
        QVERIFY2(asked.contains(QLatin1String("Print a credential that is not valid?")), qPrintable(asked));
        QVERIFY(printDialogs().isEmpty());
        asked.clear();
        answerNextMessageBox(QStringLiteral("Print anyway"), &asked);
        print->trigger();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(printDialogs().size(), 1);
        delete printDialogs().first();

        // A valid badge goes ahead without a question.
        QCOMPARE(window.gallery()->selectCredentials({ids.value(kMinimal)}), 1);
        asked.clear();
        answerNextMessageBox(QString(), &asked);
        share->trigger();
        QCOMPARE(shareDialogs().size(), 1);
        QTest::qWait(100); // the answering timer finds no box
        QVERIFY(asked.isEmpty());
        delete shareDialogs().first();
    }

    void bannerWhenAValidBadgeStopsBeingValid()
    {
        const QString path = m_dir.filePath(QStringLiteral("notice.sqlite"));
        const auto ids = importOffline(path, {kMinimal, kExpired});
        QCOMPARE(ids.size(), 2);
        auto opened = Wallet::open(path);
        QVERIFY(opened.ok());
        Wallet *wallet = opened->get();
        MainWindow window(std::move(opened.value()), SatchelTest::offlineNetwork());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NoticeBanner *banner = window.noticeBanner();
        QVERIFY(banner);

        // A first verification, as after an import: the expired badge had no earlier result.
        QSignalSpy finished(&window, &MainWindow::verificationFinished);
        QVERIFY(window.startVerification({}, true));
        QVERIFY(finished.wait(60000));
        QVERIFY(banner->isHidden());
        QVERIFY(!anyMessageBoxShown());
        QCOMPARE(wallet->credential(ids.value(kExpired))->summary.status, QStringLiteral("expired"));

        // It was valid at the last check: now the banner (and still no message box).
        QVERIFY(wallet->saveVerification(ids.value(kExpired), QStringLiteral("valid"), QDateTime::currentDateTimeUtc(), "{}")
                    .ok());
        QVERIFY(window.startVerification({}, true));
        QVERIFY(finished.wait(60000));
        QVERIFY(!banner->isHidden());
        QVERIFY(!anyMessageBoxShown());
        QCOMPARE(banner->credentialIds(), QList<qint64>{ids.value(kExpired)});
        QVERIFY2(banner->text().contains(QLatin1String("stopped being valid")), qPrintable(banner->text()));
        if (const QString shot = shotPath(QStringLiteral("notice.png")); !shot.isEmpty())
            QVERIFY(window.grab().save(shot));

        // Show selects it; the close button puts the notice away.
        window.gallery()->selectCredentials({ids.value(kMinimal)});
        banner->showButton()->click();
        QCOMPARE(window.gallery()->selectedCredentialIds(), QList<qint64>{ids.value(kExpired)});
        banner->closeButton()->click();
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(TestStatusPresentation)
#include "TestStatusPresentation.moc"
