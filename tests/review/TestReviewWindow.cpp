// The review UI offscreen: the learner's packet dialog lists what will go in before writing, the
// advisor's review window re-verifies a sealed packet in the background and shows a forged receipt
// as a difference, opens a credential in full on Enter or double-click, counts valid / not valid /
// not checked as the refvc manifest expects, comes up in front of the wallet window and prints a
// report of 19 credentials on at most 3 pages; notes come back for the same packet, and the
// learner's Skills dialog rolls up the wallet. Screenshots of each are saved under build/shots/ for people to look at.
#include "OfflineNetwork.h"
#include "ReviewTestWallet.h"
#include "detail/DetailView.h"
#include "detail/VerificationHtml.h"
#include "i18n/LocaleText.h"
#include "io/HtmlEscape.h"
#include "review/ReviewActions.h"
#include "review/ReviewDetailDialog.h"
#include "review/ReviewHtml.h"
#include "review/ReviewPacketDialog.h"
#include "review/ReviewReportPdf.h"
#include "review/ReviewSession.h"
#include "review/ReviewWindow.h"
#include "skills/SkillsDialog.h"
#include "skills/SkillsWidget.h"
#include "verify/CheckText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace Satchel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

void saveShot(QWidget *widget, const QString &name)
{
    QTest::qWait(50); // let pending layout and paint events run, as they would on screen
    QDir().mkpath(QStringLiteral(SATCHEL_SHOT_DIR));
    const QString file = QStringLiteral(SATCHEL_SHOT_DIR "/") + name;
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The refvc manifest's expectation for a fixture, as a review without the network finds it: what
// needs the fixtures' loopback server cannot be checked.
QString offlineExpectation(const QString &file)
{
    static const QJsonArray files = [] {
        QFile manifest(ReviewTestWallet::fixture(QStringLiteral("manifest.json")));
        if (!manifest.open(QIODevice::ReadOnly))
            qFatal("cannot read the refvc manifest");
        return QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("files")).toArray();
    }();
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("file")).toString() != file)
            continue;
        if (entry.value(QLatin1String("features")).toArray().contains(QStringLiteral("needs-loopback-server")))
            return QStringLiteral("not checked");
        return entry.value(QLatin1String("expect")).toString() == QLatin1String("valid") ? QStringLiteral("valid")
                                                                                         : QStringLiteral("not valid");
    }
    return {};
}

// Picks the source whose label starts with prefix in the packet dialog; false when there is none.
bool chooseSource(ReviewPacketDialog &dialog, const QString &prefix)
{
    for (int i = 0; i < dialog.sourceBox()->count(); ++i) {
        if (dialog.sourceBox()->itemText(i).startsWith(prefix)) {
            dialog.sourceBox()->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace

class TestReviewWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_learner;
    QString m_forger;
    QString m_advisor;
    QList<qint64> m_ids;
    QList<qint64> m_forgedIds;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<ReviewWindow> review(const QString &packet, const QByteArray &passphrase)
    {
        auto window = std::make_unique<ReviewWindow>(m_advisor, SatchelTest::offlineNetwork());
        window->resize(1000, 640);
        window->show();
        QSignalSpy finished(window.get(), &ReviewWindow::reviewFinished);
        window->startReview(packet, passphrase);
        if (!finished.wait(60000))
            return nullptr;
        if (!finished.at(0).at(0).toBool())
            qWarning("review failed: %s", qPrintable(finished.at(0).at(1).toString()));
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_learner = path(QStringLiteral("learner.sqlite"));
        m_forger = path(QStringLiteral("forger.sqlite"));
        m_advisor = path(QStringLiteral("advisor.sqlite"));
        {
            auto wallet = Wallet::open(m_learner);
            QVERIFY(wallet.ok());
            for (const QString &f : {QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/di-i18n.json"),
                                     QStringLiteral("ob3/jwt-eddsa-didkey.jwt"), QStringLiteral("ob3/di-invalid-expired.json")})
                m_ids.append(ReviewTestWallet::importFixture(**wallet, f));
            QVERIFY(!m_ids.contains(0));
            ReviewTestWallet::verifyOffline(**wallet, kNow);
        }
        QVERIFY(ReviewTestWallet::addWritingPathway(m_learner));
        {
            auto wallet = Wallet::open(m_forger);
            QVERIFY(wallet.ok());
            for (const QString &f : {QStringLiteral("ob3/di-minimal.json"),
                                     QStringLiteral("ob3/di-invalid-tampered-achievement-description.json"),
                                     QStringLiteral("ob3/jwt-es256-didjwk.jwt"), QStringLiteral("ob3/di-issuer-profile-image.json")})
                m_forgedIds.append(ReviewTestWallet::importFixture(**wallet, f));
            QVERIFY(!m_forgedIds.contains(0));
            ReviewTestWallet::verifyOffline(**wallet, kNow);
            // The learner claims the tampered credential is valid.
            QVERIFY((*wallet)->saveVerification(m_forgedIds.at(1), QStringLiteral("valid"), kNow, QByteArray("{}")).ok());
        }
        QVERIFY(Wallet::open(m_advisor).ok());
    }

    void packetDialogShowsContentsBeforeWriting()
    {
        auto wallet = Wallet::open(m_learner);
        QVERIFY(wallet.ok());
        ReviewPacketDialog dialog(**wallet, m_ids);
        dialog.show();
        QVERIFY(!dialog.identitiesBox()->isChecked());
        // 4 credentials, the pathway, then receipts + summary, identities, notes, protection.
        QCOMPARE(dialog.contentsList()->count(), 9);
        QVERIFY(dialog.contentsList()->item(4)->text().contains(QLatin1String("Technical communication")));
        QVERIFY(dialog.contentsList()->item(6)->text().contains(QLatin1String("No identities")));
        QVERIFY(dialog.contentsList()->item(7)->text().contains(QLatin1String("No private notes")));
        dialog.setPassphrase(QStringLiteral("advisor passphrase"));
        QVERIFY(dialog.contentsList()->item(8)->text().contains(QLatin1String("passphrase")));
        saveShot(&dialog, QStringLiteral("review-packet-dialog.png"));
        const Status written = dialog.writeTo(path(QStringLiteral("learner.satchel-review")));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    }

    void reviewWindowShowsTheReview()
    {
        auto window = review(path(QStringLiteral("learner.satchel-review")), "advisor passphrase");
        QVERIFY(window);
        QCOMPARE(window->credentialTree()->topLevelItemCount(), 4);
        QCOMPARE(window->result().differing(), 0);
        QVERIFY(window->result().encrypted);
        window->tabs()->setCurrentIndex(0);
        saveShot(window.get(), QStringLiteral("review-window.png"));
        window->tabs()->setCurrentIndex(1);
        QCOMPARE(window->skillsWidget()->tree()->topLevelItemCount(), 3); // two frameworks and the tags
        saveShot(window.get(), QStringLiteral("review-window-skills.png"));
        window->tabs()->setCurrentIndex(2);
        QCOMPARE(window->result().pathways.size(), 1);
        saveShot(window.get(), QStringLiteral("review-window-pathways.png"));
        window->tabs()->setCurrentIndex(3);
        saveShot(window.get(), QStringLiteral("review-window-timeline.png"));

        // Notes go to the advisor's wallet and come back for the same packet.
        window->notesEdit()->setPlainText(QStringLiteral("Strong writing; suggest the data course next."));
        window->close();
        window.reset();
        auto again = review(path(QStringLiteral("learner.satchel-review")), "advisor passphrase");
        QVERIFY(again);
        QCOMPARE(again->notesEdit()->toPlainText(), QStringLiteral("Strong writing; suggest the data course next."));
        const QString pdf = QStringLiteral(SATCHEL_SHOT_DIR "/review-report.pdf");
        QVERIFY(again->exportReport(pdf).ok());
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // The report PDF on its own (moved here from TestReviewPacket with ReviewReportPdf, which left
    // core/review so that the core does not link Qt Gui): a review's result prints without the window.
    void reportPdfPrintsAReviewResult()
    {
        auto window = review(path(QStringLiteral("learner.satchel-review")), "advisor passphrase");
        QVERIFY(window);
        const ReviewResult result = window->result();
        window.reset();
        QCOMPARE(result.credentials.size(), m_ids.size());
        const QString pdf = path(QStringLiteral("report.pdf"));
        QVERIFY(ReviewReportPdf::write(result, QStringLiteral("Good progress."), pdf).ok());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5).startsWith("%PDF-"));
    }

    void forgedReceiptStandsOut()
    {
        auto wallet = Wallet::open(m_forger);
        QVERIFY(wallet.ok());
        ReviewPacketDialog dialog(**wallet, m_forgedIds);
        QVERIFY(dialog.writeTo(path(QStringLiteral("forged.satchel-review"))).ok());
        auto window = review(path(QStringLiteral("forged.satchel-review")), {});
        QVERIFY(window);
        QCOMPARE(window->result().differing(), 1);
        const QTreeWidgetItem *tampered = window->credentialTree()->topLevelItem(1);
        QVERIFY(tampered->text(4).contains(QStringLiteral("≠")));
        QVERIFY(tampered->font(0).bold());
        saveShot(window.get(), QStringLiteral("review-window-forged.png"));
    }

    void drillDownOpensTheCredentialWithItsChecks()
    {
        auto window = review(path(QStringLiteral("forged.satchel-review")), {});
        QVERIFY(window);
        QTreeWidget *tree = window->credentialTree();
        const ReviewedCredential &tampered = window->result().credentials.at(1);
        QCOMPARE(tampered.status, QStringLiteral("invalid"));
        QVERIFY(tampered.walletId > 0);
        // The reason is in the row as text, not only in a tooltip.
        QVERIFY(!tampered.reason.isEmpty());
        QCOMPARE(tree->topLevelItem(1)->text(5), ReviewHtml::readableReason(tampered.reason));

        // Enter on a row opens that credential in full.
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Return);
        ReviewDetailDialog *dialog = window->detailDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->entryId(), tampered.entryId);
        QCOMPARE(dialog->detailView()->credentialId(), tampered.walletId);
        QSignalSpy loaded(dialog->detailView(), &DetailView::loadFinished);
        const QString html = dialog->detailView()->lastHtml();
        QVERIFY(std::any_of(tampered.checks.begin(), tampered.checks.end(), [](const VerificationCheck &check) {
            return check.code == QLatin1String("signature") && check.outcome == CheckOutcome::Fail;
        }));
        for (const VerificationCheck &check : tampered.checks) {
            QVERIFY2(html.contains(HtmlEscape::escape(CheckText::title(check.code))), qPrintable(check.code));
            QVERIFY2(html.contains(HtmlEscape::escape(check.message)), qPrintable(check.message));
        }
        QVERIFY(html.contains(HtmlEscape::escape(tampered.name)));
        QVERIFY(html.contains(QLatin1String("Failed")));
        QVERIFY(!html.contains(QLatin1String(VerificationHtml::kVerifyUrl))); // read-only: nothing to re-run
        QVERIFY(loaded.wait(30000));
        QTest::qWait(300);
        saveShot(dialog, QStringLiteral("review-detail.png"));

        // A double-click on another row shows that one instead.
        const ReviewedCredential &first = window->result().credentials.at(0);
        const QPoint firstRow = tree->visualItemRect(tree->topLevelItem(0)).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, firstRow); // a double-click's first press
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, firstRow);
        QTRY_COMPARE(dialog->entryId(), first.entryId);
        QCOMPARE(dialog->detailView()->credentialId(), first.walletId);
        QVERIFY(dialog->detailView()->lastHtml().contains(HtmlEscape::escape(first.name)));

        // The timeline's rows open the same way (it is in date order, not packet order).
        window->tabs()->setCurrentIndex(3);
        auto *timeline = qobject_cast<QTreeWidget *>(window->tabs()->currentWidget());
        QVERIFY(timeline);
        const ReviewedCredential *earliest = window->result().timeline().constFirst();
        const ReviewedCredential *latest = window->result().timeline().constLast();
        QVERIFY(earliest->entryId != latest->entryId);
        window->showDetail(int(latest - window->result().credentials.constData()));
        QCOMPARE(dialog->entryId(), latest->entryId);
        timeline->setFocus();
        timeline->setCurrentItem(timeline->topLevelItem(0));
        QTest::keyClick(timeline, Qt::Key_Return);
        QCOMPARE(dialog->entryId(), earliest->entryId);
    }

    void drillDownShowsWhatTheReviewFoundForAnUnreadableCredential()
    {
        ReviewPacket packet;
        ReviewPacketCredential entry;
        entry.entryId = QStringLiteral("c1");
        entry.file = QStringLiteral("credentials/c1/credential.json");
        entry.bytes = QByteArray("{\"this is\": \"not a credential\"}");
        packet.credentials.append(entry);
        ReviewOptions options;
        options.network = SatchelTest::offlineNetwork();
        auto result = ReviewSession::review(packet, options);
        QVERIFY(result.ok());
        const ReviewedCredential &c = result->credentials.at(0);
        QCOMPARE(c.walletId, 0);
        QCOMPARE(c.status, QStringLiteral("invalid"));
        QVERIFY(!c.reason.isEmpty());
        ReviewDetailDialog dialog;
        dialog.showCredential(nullptr, c, result->reviewedAt);
        const QString html = dialog.detailView()->lastHtml();
        QVERIFY(html.contains(HtmlEscape::escape(CheckText::title(QStringLiteral("malformed")))));
        QVERIFY(html.contains(HtmlEscape::escape(c.reason)));
        QVERIFY(!html.contains(QLatin1String(VerificationHtml::kVerifyUrl)));
    }

    void countsLineForKnownPacket()
    {
        const QStringList files{QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
                                QStringLiteral("ob3/jwt-rs256-jwk-header.jwt"), QStringLiteral("ob3/di-invalid-expired.json"),
                                QStringLiteral("ob3/jwt-invalid-alg-none.jwt"), QStringLiteral("ob3/di-status-active.json"),
                                QStringLiteral("ob3/jwt-rs256-kid-url.jwt")};
        int valid = 0, notValid = 0, notChecked = 0;
        const QString walletPath = path(QStringLiteral("counts.sqlite"));
        {
            auto wallet = Wallet::open(walletPath);
            QVERIFY(wallet.ok());
            for (const QString &file : files) {
                QVERIFY(ReviewTestWallet::importFixture(**wallet, file) > 0);
                const QString expected = offlineExpectation(file);
                valid += expected == QLatin1String("valid");
                notValid += expected == QLatin1String("not valid");
                notChecked += expected == QLatin1String("not checked");
            }
            QCOMPARE(valid + notValid + notChecked, int(files.size()));
            ReviewTestWallet::verifyOffline(**wallet, kNow);
            ReviewPacketDialog dialog(**wallet, {});
            QVERIFY(dialog.writeTo(path(QStringLiteral("counts.satchel-review"))).ok());
        }
        QCOMPARE(valid, 3);
        auto window = review(path(QStringLiteral("counts.satchel-review")), {});
        QVERIFY(window);
        const ReviewCounts counts = window->result().counts();
        QCOMPARE(counts.valid, valid);
        QCOMPARE(counts.notValid, notValid);
        QCOMPARE(counts.notChecked, notChecked);
        QVERIFY(window->countsLabel()->isVisible());
        QCOMPARE(window->countsLabel()->text(), QStringLiteral("3 valid · 2 not valid · 2 could not be checked"));

        // "Could not be checked" reads: its reason in words, in a colour with WCAG contrast.
        const QColor base = window->credentialTree()->palette().color(QPalette::Base);
        int unknownRows = 0;
        for (int row = 0; row < window->credentialTree()->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = window->credentialTree()->topLevelItem(row);
            QVERIFY2(contrast(item->foreground(3).color(), base) >= 4.5,
                     qPrintable(item->text(3) + QLatin1Char(' ') + item->foreground(3).color().name() + QLatin1Char(' ') + base.name()));
            if (window->result().credentials.at(row).status != QLatin1String("unknown"))
                continue;
            ++unknownRows;
            QCOMPARE(item->text(3), QStringLiteral("Could not be checked"));
            QVERIFY(!item->text(5).isEmpty());
            QVERIFY2(!item->text(5).contains(QLatin1String("http")), qPrintable(item->text(5)));
        }
        QCOMPARE(unknownRows, notChecked);
        saveShot(window.get(), QStringLiteral("review-window-counts.png"));
    }

    void reportOfNineteenCredentialsFitsOnThreePages()
    {
        // 19 different credentials from the refvc corpus (variants of one credential replace each other).
        const QString walletPath = path(QStringLiteral("nineteen.sqlite"));
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        QSet<qint64> ids;
        const QStringList folders{QStringLiteral("ob3"), QStringLiteral("clr"), QStringLiteral("ob2"), QStringLiteral("baked")};
        for (const QString &folder : folders) {
            const QDir dir(ReviewTestWallet::fixture(folder));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                if (ids.size() == 19)
                    break;
                if (const qint64 id = ReviewTestWallet::importFixture(**wallet, folder + QLatin1Char('/') + name))
                    ids.insert(id);
            }
        }
        QCOMPARE(ids.size(), 19);
        ReviewTestWallet::verifyOffline(**wallet, kNow);

        // The packet dialog's "All credentials" choice takes every one of them.
        ReviewPacketDialog dialog(**wallet, {});
        QVERIFY(chooseSource(dialog, QStringLiteral("All credentials (19)")));
        QCOMPARE(dialog.contentsList()->count(), 19 + 4); // + receipts, identities, notes, protection
        saveShot(&dialog, QStringLiteral("review-packet-dialog-all.png"));
        QVERIFY(dialog.writeTo(path(QStringLiteral("nineteen.satchel-review"))).ok());

        auto window = review(path(QStringLiteral("nineteen.satchel-review")), {});
        QVERIFY(window);
        QCOMPARE(window->result().credentials.size(), 19);
        saveShot(window.get(), QStringLiteral("review-window-19.png"));
        const QString pdf = QStringLiteral(SATCHEL_SHOT_DIR "/review-report-19.pdf");
        QVERIFY(window->exportReport(pdf).ok());
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY2(document.pageCount() <= 3, qPrintable(QString::number(document.pageCount()))); // ≤ one page per 8
        QVERIFY(document.pageCount() >= 2);
        QVERIFY(document.render(0, QSize(794, 1123)).save(QStringLiteral(SATCHEL_SHOT_DIR "/review-report-page1.png")));

        // Running text names sites, not addresses, and days, not ISO times.
        const QString html = ReviewHtml::report(window->result(), QString());
        QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:"))));
        QVERIFY(html.contains(HtmlEscape::escape(LocaleText::localDay(window->result().reviewedAt))));
    }

    void reviewWindowComesToTheFront()
    {
        auto advisor = Wallet::open(m_advisor);
        QVERIFY(advisor.ok());
        QWidget wallet;
        wallet.resize(900, 600);
        wallet.show();
        wallet.activateWindow();
        QTRY_VERIFY(wallet.isActiveWindow());
        // The packet needs no network; be sure.
        ReviewActions actions(&wallet, [&advisor] { return advisor->get(); }, [] { return QList<qint64>(); },
                              SatchelTest::offlineNetwork());
        ReviewWindow *window = actions.openPacket(path(QStringLiteral("forged.satchel-review")));
        QVERIFY(window);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window));
        QVERIFY(!wallet.isActiveWindow());
        QSignalSpy finished(window, &ReviewWindow::reviewFinished);
        if (window->isReviewing())
            QVERIFY(finished.wait(60000));
        QPointer<ReviewWindow> guard(window);
        window->close(); // deletes itself
        QTRY_VERIFY(guard.isNull());
    }

    void wrongPassphraseFailsCleanly()
    {
        auto window = std::make_unique<ReviewWindow>(QString(), SatchelTest::offlineNetwork());
        QSignalSpy finished(window.get(), &ReviewWindow::reviewFinished);
        window->startReview(path(QStringLiteral("learner.satchel-review")), "wrong");
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("review-wrong-passphrase"));
    }

    void skillsDialogRollsUpTheWallet()
    {
        SkillsDialog dialog(m_learner);
        dialog.resize(820, 460);
        dialog.show();
        QSignalSpy loaded(&dialog, &SkillsDialog::loaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dialog.skillsWidget()->tree()->topLevelItemCount(), 3);
        saveShot(&dialog, QStringLiteral("skills-dialog.png"));
    }
};

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
