// Satchel's GUI: the composition root. It reads the options, opens the wallet (the learner's, the
// one given with --wallet, or the demo wallet), builds the main window and, for --self-test and
// the screenshot options, drives it through every view and exits.
#include "CoreInfo.h"
#include "DemoWallet.h"
#include "SelfTest.h"
#include "common/AppSettings.h"
#include "common/ColorScheme.h"
#include "common/InstanceChannel.h"
#include "common/WalletLocation.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "net/NetworkMode.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "reminders/ReminderActions.h"
#include "review/ReviewActions.h"
#include "storage/Wallet.h"
#include "storage/WalletFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string_view>
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

// A file path, or a file: URL (the desktop file's %U gives URLs), as a local path; other text as it is.
QString localPathOf(const QString &request)
{
    const QUrl url(request);
    return url.isLocalFile() ? url.toLocalFile() : request;
}

// Opens what Satchel was asked to open: an issuer's offer link in the receive dialog (which asks
// before anything is sent), review packets in review windows, every other file in the import
// dialog (which says what each one is or why it is not a credential). Always brings the window to
// the front: a second `satchel` with nothing to open means "show me my wallet".
void openRequests(Satchel::MainWindow &window, const QStringList &requests)
{
    window.raise();
    window.activateWindow();
    QStringList imports;
    for (const QString &request : requests) {
        const QString path = localPathOf(request);
        if (window.openWalletLink(request)) // an issuer's offer or a verifier's request
            continue;
        if (Satchel::ReviewActions::isReviewPacket(path))
            window.openReviewPacket(path);
        else if (QFileInfo(path).isFile())
            imports << path;
    }
    if (!imports.isEmpty())
        window.importInputs(imports);
}

// macOS does not pass files and links on the command line: it sends them as QFileOpenEvent.
class OpenEventFilter : public QObject {
public:
    explicit OpenEventFilter(std::function<void(const QString &)> open) : m_open(std::move(open)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        const auto *open = static_cast<QFileOpenEvent *>(event);
        m_open(open->file().isEmpty() ? open->url().toString() : open->file());
        return true;
    }

private:
    std::function<void(const QString &)> m_open;
};

// The GUI's own options (the CLI has its own parser); `satchel --help` lists them.
struct GuiOptions {
    const QCommandLineOption walletOption{QStringLiteral("wallet"),
        QCoreApplication::translate("main", "Open the wallet file at <path>."),
        QStringLiteral("path")};
    const QCommandLineOption demoOption{QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo wallet (created on first use).")};
    const QCommandLineOption selfTestOption{QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Open every main view, check it, and exit.")};
    const QCommandLineOption shotOption{QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the gallery to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption listShotOption{QStringLiteral("screenshot-list"),
        QCoreApplication::translate("main", "Save a picture of the list view to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption detailShotOption{QStringLiteral("screenshot-detail"),
        QCoreApplication::translate("main", "Save a picture of a detail view to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption detailIdOption{QStringLiteral("detail-id"),
        QCoreApplication::translate("main", "The credential shown by --screenshot-detail."),
        QStringLiteral("id")};
    const QCommandLineOption pathwaysShotOption{QStringLiteral("screenshot-pathways"),
        QCoreApplication::translate("main", "Save a picture of the Pathways view to <file> and exit."),
        QStringLiteral("file")};
    const QCommandLineOption pathwayIdOption{QStringLiteral("pathway"),
        QCoreApplication::translate("main", "The pathway shown by --screenshot-pathways."),
        QStringLiteral("id")};

    // For tests and demos: the time reminders are planned at (hidden from --help).
    const QCommandLineOption nowOption = [] {
        QCommandLineOption option(QStringLiteral("now"), QString(), QStringLiteral("ISO"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({walletOption, demoOption, selfTestOption, shotOption, listShotOption, detailShotOption,
                           detailIdOption, pathwaysShotOption, pathwayIdOption, nowOption});
    }
    bool headless(const QCommandLineParser &parser) const
    {
        return parser.isSet(selfTestOption) || parser.isSet(shotOption) || parser.isSet(listShotOption)
            || parser.isSet(detailShotOption) || parser.isSet(pathwaysShotOption);
    }
    Satchel::SelfTest::Options selfTest(const QCommandLineParser &parser, bool expectCredentials) const
    {
        Satchel::SelfTest::Options options;
        options.runChecks = parser.isSet(selfTestOption);
        options.expectCredentials = expectCredentials;
        options.screenshot = parser.value(shotOption);
        options.screenshotList = parser.value(listShotOption);
        options.screenshotDetail = parser.value(detailShotOption);
        options.detailId = parser.value(detailIdOption).toLongLong();
        options.screenshotPathways = parser.value(pathwaysShotOption);
        options.pathwayId = parser.value(pathwayIdOption);
        return options;
    }
};

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
    // Settings → Appearance: the system's light or dark scheme unless the learner chose one.
    static_assert(std::string_view(Satchel::AppSettings::kColorSchemeKey) == Satchel::ColorScheme::kSettingKey);
    Satchel::ColorScheme::apply(Satchel::ColorScheme::fromSettingValue(settings.colorScheme()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Satchel: a wallet for your badges and micro-credentials."));
    parser.addHelpOption();
    parser.addVersionOption();
    const GuiOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A review packet (.satchel-review) to review."),
                                 QStringLiteral("[file.satchel-review]"));
    parser.process(app);

    const bool demo = parser.isSet(options.demoOption);
    QString walletPath = parser.value(options.walletOption);
    if (demo && walletPath.isEmpty())
        walletPath = Satchel::DemoWallet::defaultPath();
    // --wallet (or the demo's), else the remembered wallet, else the default; WalletFile makes its folder.
    walletPath = Satchel::WalletLocation::resolve(walletPath);

    const bool headless = options.headless(parser);
    if (demo) {
        const auto prepared = Satchel::DemoWallet::prepare(walletPath);
        if (!prepared.ok()) {
            std::fprintf(stderr, "satchel: demo wallet: %s\n", qPrintable(prepared.error().message));
            if (headless)
                return 1;
        }
    }

    // A Satchel already open on this wallet takes what this run was asked to open (or just comes to
    // the front), rather than a second window on the same wallet.
    Satchel::InstanceChannel channel(walletPath);
    if (!headless && channel.forward(parser.positionalArguments()))
        return 0;

    auto wallet = Satchel::WalletFile::open(walletPath);
    if (!wallet.ok()) {
        const QString message = wallet.error().message; // names the wallet file
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
    if (parser.isSet(options.nowOption)) {
        const auto now = Satchel::Clock::parseInstant(parser.value(options.nowOption));
        if (!now) {
            std::fprintf(stderr, "satchel: --now: not an ISO 8601 date and time\n");
            return 2;
        }
        window.reminders()->setClock(Satchel::Clock::fixedAt(*now));
    }
    window.setDemoAvailable(!demo && Satchel::DemoWallet::available());
    // The demo opens in a window and process of its own: the learner's wallet stays open and stays
    // the one Satchel opens next time.
    QObject::connect(&window, &Satchel::MainWindow::demoRequested, &window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    QObject::connect(&window, &Satchel::MainWindow::walletChanged, &window, [](const QString &path) {
        Satchel::WalletLocation::remember(path); // reopen it next time, in the GUI and the CLI
    });

    if (headless)
        return Satchel::SelfTest::run(window, options.selfTest(parser, demo && Satchel::DemoWallet::available()));
    // `satchel FILE…` (the desktop file's %U, the file manager's Open with): review packets open in
    // a review window, which is what the advisor asked for, so the wallet window comes up behind it
    // without taking focus; badges and records go to the import dialog.
    const QStringList requests = parser.positionalArguments();
    const bool reviewing = std::any_of(requests.begin(), requests.end(), [](const QString &request) {
        return Satchel::ReviewActions::isReviewPacket(localPathOf(request));
    });
    window.setAttribute(Qt::WA_ShowWithoutActivating, reviewing);
    window.show();
    QTimer::singleShot(0, &window, [&window, requests] {
        window.setAttribute(Qt::WA_ShowWithoutActivating, false);
        openRequests(window, requests);
    });
    // What later `satchel FILE…` runs on this wallet hand over (see the top of main), and what
    // macOS sends as open events, opens in this window.
    channel.listen();
    QObject::connect(&channel, &Satchel::InstanceChannel::received, &window, [&window](const QStringList &arguments) {
        openRequests(window, arguments);
    });
    OpenEventFilter openEvents([&window](const QString &request) { openRequests(window, {request}); });
    app.installEventFilter(&openEvents);
    // Stale or never-verified credentials are re-verified quietly once the window is up; not when
    // Satchel was started to review a packet, where a notice about the advisor's own badges would
    // bring the wallet window back over the review (the next start catches up).
    if (!reviewing) {
        QTimer::singleShot(1500, &window, [&window] {
            window.verifyStaleQuietly();
            window.receivePendingQuietly();
            window.refreshTrustQuietly();
            window.reminders()->check(); // badges about to expire: the banner and a notification
        });
    }
    return app.exec();
}
