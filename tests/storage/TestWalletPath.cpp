// WalletPath: the wallet the learner chose, else wallet.sqlite in the app-data folder.
#include "storage/WalletPath.h"

#include <QStandardPaths>
#include <QTest>

using namespace Satchel;

class TestWalletPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        const QString path = WalletPath::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/wallet.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void configuredPathWins()
    {
        QCOMPARE(WalletPath::resolve(QStringLiteral("/tmp/chosen.sqlite")), QStringLiteral("/tmp/chosen.sqlite"));
        QCOMPARE(WalletPath::resolve(QString()), WalletPath::defaultPath());
    }
};

QTEST_GUILESS_MAIN(TestWalletPath)
#include "TestWalletPath.moc"
