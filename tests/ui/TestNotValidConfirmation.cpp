// Share, Print certificate and Export ask before going on with a credential others will find not
// valid (here an expired one from the refvc fixtures), with the reason, Cancel by default; a
// credential that is merely not verified yet goes ahead without a question.
#include "importer/ImportService.h"
#include "main/NotValidConfirmation.h"
#include "storage/Wallet.h"
#include "Screenshot.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Satchel;
using SatchelTest::saveScreenshot;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

} // namespace

class TestNotValidConfirmation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_minimal = 0;
    qint64 m_expired = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("guard.sqlite"));
        ImportOptions offline;
        offline.offline = true;
        const ImportReport report = ImportService(path, offline)
                                        .importPaths({kRefvc + QLatin1String("ob3/di-minimal.json"),
                                                      kRefvc + QLatin1String("ob3/di-invalid-expired.json")});
        QCOMPARE(report.importedCount(), 2);
        m_minimal = report.items.at(0).credentialId;
        m_expired = report.items.at(1).credentialId;
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void reasons()
    {
        QVERIFY(NotValidConfirmation::reasons(*m_wallet, m_minimal).isEmpty()); // not verified yet is not "not valid"
        const QStringList expired = NotValidConfirmation::reasons(*m_wallet, m_expired);
        QCOMPARE(expired.size(), 1);
        QVERIFY2(expired.first().startsWith(QLatin1String("This credential expired on ")), qPrintable(expired.first()));
        QVERIFY(NotValidConfirmation::reasons(*m_wallet, 987654).isEmpty());
    }

    void asksOnlyWhenNotValid_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("goOn");
        QTest::newRow("share") << int(NotValidConfirmation::Action::Share) << QStringLiteral("Share anyway");
        QTest::newRow("print") << int(NotValidConfirmation::Action::Print) << QStringLiteral("Continue anyway");
        QTest::newRow("export") << int(NotValidConfirmation::Action::Export) << QStringLiteral("Export anyway");
    }

    void asksOnlyWhenNotValid()
    {
        QFETCH(int, action);
        QFETCH(QString, goOn);
        const auto kind = NotValidConfirmation::Action(action);
        int asked = 0;
        QString shown;
        QString shownButton;
        bool answer = false;
        const NotValidConfirmation::Asker asker = [&](const QString &, const QString &text, const QString &details,
                                                      const QString &button) {
            ++asked;
            shown = text + QLatin1Char('\n') + details;
            shownButton = button;
            return answer;
        };
        QVERIFY(NotValidConfirmation::confirm(nullptr, *m_wallet, m_minimal, kind, asker));
        QCOMPARE(asked, 0);
        QVERIFY(!NotValidConfirmation::confirm(nullptr, *m_wallet, m_expired, kind, asker));
        QCOMPARE(asked, 1);
        QCOMPARE(shownButton, goOn);
        QVERIFY2(shown.contains(QLatin1String("Data Visualization Fundamentals"))
                     && shown.contains(QLatin1String("expired")),
                 qPrintable(shown));
        answer = true;
        QVERIFY(NotValidConfirmation::confirm(nullptr, *m_wallet, m_expired, kind, asker));
    }

    // The real box: Cancel is the default, and Cancel stops.
    void realBoxDefaultsToCancel()
    {
        bool defaultIsCancel = false;
        QTimer::singleShot(200, this, [&defaultIsCancel] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            defaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel);
            saveScreenshot(*box, QStringLiteral("not-valid-share.png"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!NotValidConfirmation::confirm(nullptr, *m_wallet, m_expired, NotValidConfirmation::Action::Share));
        QVERIFY(defaultIsCancel);
    }
};

QTEST_MAIN(TestNotValidConfirmation)
#include "TestNotValidConfirmation.moc"
