// The main window fits a 1024×700 screen and a 1366×768 laptop in every shipped language, with tags
// and collections in use (each adds a filter): its minimum size, every filter control inside the
// window and showing its whole label, and a search box wide enough to type in.
// With SATCHEL_SHOTS_DIR set, each language and size is also saved as a picture to look at.
#include "OfflineNetwork.h"
#include "net/NetworkMode.h"
#include "common/WindowFit.h"
#include "gallery/GalleryView.h"
#include "i18n/Translations.h"
#include "importer/ImportService.h"
#include "main/MainWindow.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QScreen>
#include <QToolBar>
#include <QToolButton>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
constexpr int kUsableSearchWidth = 240;

// The text a combo shows fits in its edit field (else the label is cut).
bool showsWholeText(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return combo->fontMetrics().horizontalAdvance(combo->currentText()) <= field.width();
}

} // namespace

class TestMainWindowFit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_walletPath;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_walletPath = m_dir.filePath(QStringLiteral("fit.sqlite"));
        QStringList inputs;
        for (const char *file : {"ob3/di-minimal.json", "ob3/di-rich.json", "ob3/di-i18n.json",
                                 "ob3/di-issuer-profile-image.json", "ob3/jwt-eddsa-didkey.jwt",
                                 "ob3/jwt-es256-didjwk.jwt", "ob3/di-invalid-expired.json", "clr/clr-valid.json",
                                 "ob2/signed-valid.jws", "baked/ob3-jwt.png"})
            inputs << kRefvc + QLatin1String(file);
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(m_walletPath, offline).importPaths(inputs);
        QVERIFY2(report.importedCount() >= 8, qPrintable(QString::number(report.importedCount())));

        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        CredentialQuery all;
        auto rows = (*wallet)->list(all);
        QVERIFY(rows.ok());
        const QStringList tags{QStringLiteral("portfolio"), QStringLiteral("job applications 2026"),
                               QStringLiteral("volunteering"), QStringLiteral("teaching")};
        const QStringList collections{QStringLiteral("Data analytics certificate"), QStringLiteral("Summer school"),
                                      QStringLiteral("Workshops")};
        QList<qint64> collectionIds;
        for (const QString &name : collections) {
            auto id = (*wallet)->createCollection(name);
            QVERIFY(id.ok());
            collectionIds << *id;
        }
        for (int i = 0; i < rows->size(); ++i) {
            const qint64 id = rows->at(i).id;
            QVERIFY((*wallet)->addTag(id, tags.at(i % tags.size())).ok());
            QVERIFY((*wallet)->addToCollection(collectionIds.at(i % collectionIds.size()), id).ok());
        }
        QCOMPARE((*wallet)->allTags().size(), tags.size());
    }

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
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        NetworkMode network;
        MainWindow window(std::move(wallet.value()), &network);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString shots = qEnvironmentVariable("SATCHEL_SHOTS_DIR");
        const auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        const QList<QComboBox *> combos = window.gallery()->findChildren<QComboBox *>();
        QLineEdit *search = window.gallery()->findChild<QLineEdit *>();
        QVERIFY(search);
        for (const QSize size : {QSize(1366, 768), QSize(1024, 700)}) {
            window.resize(size);
            QTest::qWait(50);
            QCoreApplication::processEvents();
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                window.grab().save(QStringLiteral("%1/gallery-%2-%3x%4.png")
                                       .arg(shots, language).arg(size.width()).arg(size.height()));
            }
            const QString where = QStringLiteral("%1 at %2x%3").arg(language).arg(size.width()).arg(size.height());
            QCOMPARE(window.size(), size);
            for (QComboBox *combo : combos) {
                if (!combo->isVisible())
                    continue;
                const QRect inWindow(combo->mapTo(&window, QPoint(0, 0)), combo->size());
                QVERIFY2(window.rect().contains(inWindow),
                         qPrintable(where + QStringLiteral(": %1 is cut off").arg(combo->currentText())));
                QVERIFY2(showsWholeText(combo), qPrintable(where + QStringLiteral(": \"%1\" is cut").arg(combo->currentText())));
            }
            // No tool bar button hidden behind the overflow arrow.
            for (QAction *action : toolBar->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QWidget *button = toolBar->widgetForAction(action);
                QVERIFY2(button && button->isVisible(),
                         qPrintable(where + QStringLiteral(": \"%1\" is off the tool bar").arg(action->text())));
                const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
                QVERIFY2(window.rect().contains(inWindow), qPrintable(where + QStringLiteral(": ") + action->text()));
            }
            const QRect searchRect(search->mapTo(&window, QPoint(0, 0)), search->size());
            QVERIFY2(window.rect().contains(searchRect), qPrintable(where));
            QVERIFY2(search->width() >= kUsableSearchWidth,
                     qPrintable(where + QStringLiteral(": the search box is %1 px wide").arg(search->width())));
        }
        if (!shots.isEmpty()) {
            // A long choice picked: shortened in its filter, the row unchanged.
            QComboBox *issuer = combos.first();
            issuer->setCurrentIndex(issuer->count() - 1);
            QCoreApplication::processEvents();
            window.grab().save(QStringLiteral("%1/filtered-%2-1024x700.png").arg(shots, language));
            issuer->setCurrentIndex(0);
            window.gallery()->setMode(GalleryView::List);
            QCoreApplication::processEvents();
            window.grab().save(QStringLiteral("%1/list-%2-1024x700.png").arg(shots, language));
            window.gallery()->setMode(GalleryView::Gallery);
        }
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("%1: minimum %2x%3").arg(language).arg(minimum.width()).arg(minimum.height())));
    }

    void defaultSizeFitsTheScreen()
    {
        // Known answers: a 1366×768 laptop with a 40-px panel, a 1024×700 screen, a big screen.
        QCOMPARE(WindowFit::fitted(QSize(1180, 780), QRect(0, 0, 1366, 728)), QSize(1180, 680));
        QCOMPARE(WindowFit::fitted(QSize(1180, 780), QRect(0, 0, 1024, 700)), QSize(1008, 652));
        QCOMPARE(WindowFit::fitted(QSize(1180, 780), QRect(0, 0, 2560, 1400)), QSize(1180, 780));
        QCOMPARE(WindowFit::fitted(QSize(1180, 780), QRect()), QSize(1180, 780));

        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        NetworkMode network;
        MainWindow window(std::move(wallet.value()), &network);
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(window.size(), WindowFit::fitted(QSize(1180, 780), available));
        window.show(); // the layout's minimum must not push it past the screen
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.height() < available.height());
        QVERIFY(window.width() < available.width());
    }

    void cleanupTestCase() { Translations::install(QCoreApplication::instance(), QStringLiteral("en")); }
};

QTEST_MAIN(TestMainWindowFit)
#include "TestMainWindowFit.moc"
