// The review UI offscreen: the learner's packet dialog lists what will go in before writing, the
// advisor's review window re-verifies a sealed packet in the background and shows a forged receipt
// as a difference, notes come back for the same packet, and the learner's Skills dialog rolls up
// the wallet. Screenshots of each are saved under build/shots/ for people to look at.
#include "ReviewTestWallet.h"
#include "review/ReviewPacketDialog.h"
#include "review/ReviewWindow.h"
#include "skills/SkillsDialog.h"
#include "skills/SkillsWidget.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
        auto window = std::make_unique<ReviewWindow>(m_advisor);
        window->resize(1000, 640);
        window->show();
        QSignalSpy finished(window.get(), &ReviewWindow::reviewFinished);
        window->startReview(packet, passphrase, true);
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

    void wrongPassphraseFailsCleanly()
    {
        auto window = std::make_unique<ReviewWindow>(QString());
        QSignalSpy finished(window.get(), &ReviewWindow::reviewFinished);
        window->startReview(path(QStringLiteral("learner.satchel-review")), "wrong", true);
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
