// bench_print [COUNT]: PDF certificates of di-rich.json (badge, skills, QR code) through the whole
// chain (fill the template, QtWebEngine printToPdf, attach the credential and metadata):
//   cold  - the first certificate of the process, QtWebEngine and its profile started for it;
//   warm  - the next ones with the same renderer (median of 20);
//   batch - COUNT (default 100) certificates written to a folder by CertificateBatchExporter.
// Run offscreen: QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 build/tests/bench/bench_print
#include "net/NetworkMode.h"
#include "export/CertificateWriter.h"
#include "importer/ImportService.h"
#include "print/CertificateBatchExporter.h"
#include "print/CertificateRenderer.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Satchel;

namespace {

// One certificate with a renderer that lives on: milliseconds, or -1 on failure.
double timeOne(CertificateRenderer &renderer, const Wallet &wallet, qint64 id, const CertificateOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto job = CertificateWriter::prepare(wallet, id, options);
    if (!job)
        return -1;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&renderer, &CertificateRenderer::rendered, &loop, [&](const QByteArray &pdf) {
        ok = CertificateWriter::finish(*job, pdf).ok();
        loop.quit();
    });
    QObject::connect(&renderer, &CertificateRenderer::renderFailed, &loop, [&] { loop.quit(); });
    renderer.render(job->html, CertificateRenderer::pageLayout(options.paper, options.landscape));
    loop.exec();
    return ok ? timer.nsecsElapsed() / 1e6 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    QTemporaryDir dir;
    ImportOptions importOptions;
    NetworkMode offline;
    offline.setOfflineByChoice(true);
    importOptions.network = &offline;
    const QString walletPath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto wallet = Wallet::open(walletPath);
    const ImportReport report = wallet ? ImportService(**wallet, importOptions)
                                             .importPaths({ QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-rich.json") })
                                       : ImportReport();
    if (!dir.isValid() || report.items.isEmpty() || report.items.first().credentialId <= 0 || !wallet) {
        std::fprintf(stderr, "cannot prepare the benchmark\n");
        return 1;
    }
    const qint64 id = report.items.first().credentialId;
    const CertificateOptions options;

    QElapsedTimer coldTimer;
    coldTimer.start();
    auto *renderer = new CertificateRenderer(&app);
    const double coldRender = timeOne(*renderer, **wallet, id, options);
    const double cold = coldTimer.nsecsElapsed() / 1e6;
    QList<double> warm;
    for (int i = 0; i < 20; ++i)
        warm << timeOne(*renderer, **wallet, id, options);
    std::sort(warm.begin(), warm.end());
    if (coldRender < 0 || warm.first() < 0) {
        std::fprintf(stderr, "a certificate failed\n");
        return 1;
    }
    std::printf("cold: first certificate %.1f ms (renderer created + rendered)\n", cold);
    std::printf("warm: median %.1f ms, min %.1f ms, max %.1f ms over %d\n", warm.at(warm.size() / 2), warm.first(),
        warm.last(), int(warm.size()));

    CertificateBatchExporter exporter(wallet->get());
    QEventLoop loop;
    QObject::connect(&exporter, &CertificateBatchExporter::finished, &loop, &QEventLoop::quit);
    QElapsedTimer batchTimer;
    batchTimer.start();
    exporter.start(QList<qint64>(count, id), options, dir.filePath(QStringLiteral("batch")));
    loop.exec();
    const double batch = batchTimer.nsecsElapsed() / 1e6;
    std::printf("batch: %d certificates in %.0f ms (%.1f ms each), %d written, %d failed\n", count, batch,
        batch / count, int(exporter.writtenFiles().size()), int(exporter.failures().size()));
    delete renderer;
    return exporter.failures().isEmpty() ? 0 : 1;
}
