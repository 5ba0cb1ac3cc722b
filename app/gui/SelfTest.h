// `satchel --self-test` and the screenshot options: drive the real window through every main
// view (gallery, list, detail, pathways, import dialog, settings), wait for each to finish loading, and
// report. Used by ctest (offscreen) and by the lead for screenshots.
#pragma once

#include <QString>

#include <functional>

namespace Satchel {

class MainWindow;

class SelfTest {
public:
    struct Options {
        bool runChecks = false;
        bool verify = true;            // "Verify all" (offline) before the checks and screenshots        // --self-test
        bool expectCredentials = false; // fail when the wallet is empty (demo runs)
        QString screenshot;            // --screenshot FILE (the gallery)
        QString screenshotList;        // --screenshot-list FILE
        QString screenshotDetail;      // --screenshot-detail FILE
        qint64 detailId = 0;           // --detail-id: which credential the detail shot shows
        QString screenshotPathways;    // --screenshot-pathways FILE
        QString pathwayId;             // --pathway: which pathway the pathways shot shows
    };

    // Returns the process exit code: 0 when every step passed.
    static int run(MainWindow &window, const Options &options);

    // Processes events until done() or the timeout; true when done() became true.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs);

private:
    // Each step is false when a check failed (after saying which); count is how many credentials
    // the gallery must show.
    static bool verifyAllOffline(MainWindow &window, const Options &options, int count);
    static bool checkListView(MainWindow &window, const Options &options, int count);
    static bool checkDetail(MainWindow &window, const Options &options);
    static bool checkPathways(MainWindow &window, const Options &options);
    static bool checkDialogsAndSearch(MainWindow &window, const Options &options, int count);
};

} // namespace Satchel
