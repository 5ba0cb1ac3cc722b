// Satchel's GUI: the composition root. It reads the options, opens the wallet (the learner's, the
// one given with --wallet, or the demo wallet), builds the main window and, for --self-test and
// the screenshot options, drives it through every view and exits.
#include "CoreInfo.h"
#include "DemoWallet.h"
#include "SelfTest.h"
#include "common/AppSettings.h"
#include "common/WalletLocation.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "net/NetworkMode.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "review/ReviewActions.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

// Must run before QApplication exists: WebEngine reads these at start-up.
const bool s_environmentReady = [] {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium refuses to start as root with its sandbox on (containers, CI).
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    return true;
}();

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--self-test" || arg.startsWith("--screenshot"))
            return true;
    }
    return false;
}

// The demo wallet shows the two demo pathways (embedded by satchel_ui), added once: a learner who
// removed them in the demo does not get them back on the next start unless the table is empty.
Satchel::Status seedDemoPathways(Satchel::Wallet &wallet)
{
    Satchel::PathwayStore store(wallet);
    auto stored = store.list();
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return {};
    for (const char *name : {":/pathways/demo-data-analytics-certificate.json", ":/pathways/demo-workforce-credits.json"}) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto pathway = Satchel::PathwayFormat::read(file.readAll());
        if (!pathway)
            return pathway.error();
        if (auto put = store.put(*pathway, QStringLiteral("demo")); !put)
            return put;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    Q_UNUSED(s_environmentReady);
    // The self-test and screenshots must run on machines without a display.
    if (wantsHeadless(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        && !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationVersion(Satchel::CoreInfo::version());
    QGuiApplication::setDesktopFileName(QStringLiteral("satchel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    Satchel::AppSettings settings;
    Satchel::Translations::installForSystemLocale(&app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Satchel: a wallet for your badges and micro-credentials."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption walletOption(QStringLiteral("wallet"),
                                          QCoreApplication::translate("main", "Open the wallet file at <path>."),
                                          QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open the demo wallet (created on first use)."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QCoreApplication::translate("main", "Open every main view, check it, and exit."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the gallery to <file> and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption listShotOption(QStringLiteral("screenshot-list"),
                                            QCoreApplication::translate("main", "Save a picture of the list view to <file> and exit."),
                                            QStringLiteral("file"));
    const QCommandLineOption detailShotOption(QStringLiteral("screenshot-detail"),
                                              QCoreApplication::translate("main", "Save a picture of a detail view to <file> and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption detailIdOption(QStringLiteral("detail-id"),
                                            QCoreApplication::translate("main", "The credential shown by --screenshot-detail."),
                                            QStringLiteral("id"));
    const QCommandLineOption pathwaysShotOption(QStringLiteral("screenshot-pathways"),
                                                QCoreApplication::translate("main", "Save a picture of the Pathways view to <file> and exit."),
                                                QStringLiteral("file"));
    const QCommandLineOption pathwayIdOption(QStringLiteral("pathway"),
                                             QCoreApplication::translate("main", "The pathway shown by --screenshot-pathways."),
                                             QStringLiteral("id"));
    parser.addOptions({walletOption, demoOption, selfTestOption, shotOption, listShotOption, detailShotOption, detailIdOption,
                       pathwaysShotOption, pathwayIdOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A review packet (.satchel-review) to review."),
                                 QStringLiteral("[file.satchel-review]"));
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    QString walletPath = parser.value(walletOption);
    if (demo && walletPath.isEmpty())
        walletPath = Satchel::DemoWallet::defaultPath();
    walletPath = Satchel::WalletLocation::resolve(walletPath); // else the remembered wallet, else the default
    QDir().mkpath(QFileInfo(walletPath).absolutePath());

    const bool headless = parser.isSet(selfTestOption) || parser.isSet(shotOption) || parser.isSet(listShotOption)
        || parser.isSet(detailShotOption) || parser.isSet(pathwaysShotOption);
    if (demo) {
        const auto prepared = Satchel::DemoWallet::prepare(walletPath);
        if (!prepared.ok()) {
            std::fprintf(stderr, "satchel: demo wallet: %s\n", qPrintable(prepared.error().message));
            if (headless)
                return 1;
        }
    }

    auto wallet = Satchel::Wallet::open(walletPath);
    if (!wallet.ok()) {
        const QString message = QCoreApplication::translate("main", "Could not open the wallet %1: %2")
                                    .arg(walletPath, wallet.error().message);
        std::fprintf(stderr, "satchel: %s\n", qPrintable(message));
        if (!headless)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Satchel"), message);
        return 1;
    }
    if (demo) {
        if (const auto seeded = seedDemoPathways(**wallet); !seeded)
            std::fprintf(stderr, "satchel: demo pathways: %s\n", qPrintable(seeded.error().message));
    }

    // One network mode for the whole application: Tools → Work offline sets it; verification,
    // reviews and sharing read it. Headless runs (self-test, screenshots) never touch the network,
    // and do not change the learner's saved choice.
    // Owned by the application, which waits for the global pool before deleting it: work still
    // running at exit (a public-link request) may read it.
    Satchel::NetworkMode &network = *new Satchel::NetworkMode(&app);
    network.setOfflineByChoice(headless || settings.workOffline());
    if (!headless) {
        QObject::connect(&network, &Satchel::NetworkMode::changed, &app, [&settings](Satchel::NetworkMode::State state) {
            if (state != Satchel::NetworkMode::State::OfflineDetected) // an outage is not the learner's choice
                settings.setWorkOffline(state == Satchel::NetworkMode::State::OfflineByChoice);
        });
    }

    Satchel::MainWindow window(std::move(wallet.value()), &network);
    window.setCertificateOptionsStore(&settings); // print dialogs remember the last design and paper
    window.setDemoMode(demo);
    window.setDemoAvailable(!demo && Satchel::DemoWallet::available());
    // The demo opens in a window and process of its own: the learner's wallet stays open and stays
    // the one Satchel opens next time.
    QObject::connect(&window, &Satchel::MainWindow::demoRequested, &window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    QObject::connect(&window, &Satchel::MainWindow::walletChanged, &window, [](const QString &path) {
        Satchel::WalletLocation::remember(path); // reopen it next time, in the GUI and the CLI
    });

    if (headless) {
        Satchel::SelfTest::Options options;
        options.runChecks = parser.isSet(selfTestOption);
        options.expectCredentials = demo && Satchel::DemoWallet::available();
        options.screenshot = parser.value(shotOption);
        options.screenshotList = parser.value(listShotOption);
        options.screenshotDetail = parser.value(detailShotOption);
        options.detailId = parser.value(detailIdOption).toLongLong();
        options.screenshotPathways = parser.value(pathwaysShotOption);
        options.pathwayId = parser.value(pathwayIdOption);
        return Satchel::SelfTest::run(window, options);
    }
    // `satchel FILE.satchel-review` (the desktop file's %f): the packet opens in a review window,
    // which is what the advisor asked for: the wallet window comes up behind it without taking focus.
    QStringList packets;
    for (const QString &file : parser.positionalArguments()) {
        if (Satchel::ReviewActions::isReviewPacket(file))
            packets << file;
    }
    window.setAttribute(Qt::WA_ShowWithoutActivating, !packets.isEmpty());
    window.show();
    for (const QString &file : std::as_const(packets)) {
        QTimer::singleShot(0, &window, [&window, file] {
            window.setAttribute(Qt::WA_ShowWithoutActivating, false);
            window.openReviewPacket(file);
        });
    }
    // Stale or never-verified credentials are re-verified quietly once the window is up; not when
    // Satchel was started to review a packet, where a notice about the advisor's own badges would
    // bring the wallet window back over the review (the next start catches up).
    if (packets.isEmpty())
        QTimer::singleShot(1500, &window, [&window] { window.verifyStaleQuietly(); });
    return app.exec();
}
