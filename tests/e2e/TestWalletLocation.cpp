// Which wallet the executables open (app/common/WalletLocation): --wallet, else the wallet the GUI
// remembered in its settings, else the default file. The CLI follows the GUI's choice, so a
// script works on the wallet the learner sees. Test-mode settings and a scratch home only: the
// user's real settings and wallet are never read.
#include "common/WalletLocation.h"
#include "storage/WalletPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

} // namespace

class TestWalletLocation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // satchel-cli with a scratch home: its QSettings and AppDataLocation live under m_home.
    int cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SATCHEL_CLI_PATH), args);
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // What the GUI's WalletLocation::remember() writes, in the scratch home's settings file.
    void rememberInScratchHome(const QString &walletPath)
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/Satchel/Satchel.conf")), QSettings::IniFormat);
        if (walletPath.isEmpty())
            settings.remove(QLatin1String(WalletLocation::kSettingsKey));
        else
            settings.setValue(QLatin1String(WalletLocation::kSettingsKey), walletPath);
    }

    QString scratchDefaultWallet() const { return m_home.filePath(QStringLiteral("data/Satchel/Satchel/wallet.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SatchelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WalletLocation"));
        QSettings().clear();
        QVERIFY(m_home.isValid());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void explicitThenRememberedThenDefault()
    {
        QCOMPARE(WalletLocation::configured(), QString());
        QCOMPARE(WalletLocation::resolve(), WalletPath::defaultPath());
        QCOMPARE(WalletLocation::resolve(QStringLiteral("/tmp/given.sqlite")), QStringLiteral("/tmp/given.sqlite"));

        const QString chosen = m_home.filePath(QStringLiteral("chosen.sqlite"));
        WalletLocation::remember(chosen);
        QCOMPARE(WalletLocation::configured(), chosen);
        QCOMPARE(WalletLocation::resolve(), chosen);
        QCOMPARE(WalletLocation::resolve(QStringLiteral("/tmp/given.sqlite")), QStringLiteral("/tmp/given.sqlite"));
        WalletLocation::remember(QString());
        QCOMPARE(WalletLocation::resolve(), WalletPath::defaultPath());
    }

    void cliOpensTheWalletTheGuiRemembered()
    {
#ifndef Q_OS_LINUX
        QSKIP("The scratch home is set through XDG variables, which only Linux reads.");
#endif
        const QString remembered = m_home.filePath(QStringLiteral("elsewhere/remembered.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(remembered).absolutePath()));
        rememberInScratchHome(remembered);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json")}), 0);
        QVERIFY(QFile::exists(remembered));
        QVERIFY(!QFile::exists(scratchDefaultWallet()));

        // --wallet still wins over the remembered wallet.
        const QString given = m_home.filePath(QStringLiteral("given.sqlite"));
        QCOMPARE(cli({QStringLiteral("--wallet"), given, QStringLiteral("import"), QStringLiteral("--offline"),
                      kRefvc + QStringLiteral("ob3/di-minimal.json")}),
                 0);
        QVERIFY(QFile::exists(given));
        QVERIFY(!QFile::exists(scratchDefaultWallet()));

        // Nothing remembered: the default wallet in the app-data folder.
        rememberInScratchHome(QString());
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json")}), 0);
        QVERIFY(QFile::exists(scratchDefaultWallet()));
    }
};

QTEST_GUILESS_MAIN(TestWalletLocation)
#include "TestWalletLocation.moc"
