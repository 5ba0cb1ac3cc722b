// bench_verify_wallet [COUNT]: "Verify all" as the app runs it (ui/verify/VerificationRunner: one
// worker per core, each with its own wallet connection, results written back to the wallet), on a
// wallet of COUNT (default 10,000) signed eddsa-rdfc-2022 badges, half the refvc minimal template
// and half the rich one, offline (did:key issuers: nothing to fetch). Runs with 1 worker, then
// with one per core, and prints the times and the speed-up. Building and filling the wallet is
// not timed.
#include "BenchCredentials.h"

#include "formats/CredentialReader.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "verify/VerificationRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Satchel;

namespace {

// Fills the wallet; its row ids, empty on failure.
QList<qint64> fill(Wallet &wallet, int count)
{
    const auto signer = BenchCredentials::issuerKey(QStringLiteral("eddsa-rdfc-2022"));
    if (!signer)
        return {};
    QList<qint64> ids;
    const QStringList templates{QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/di-rich.json")};
    for (int t = 0; t < templates.size(); ++t) {
        QFile file(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + templates.at(t));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject base = QJsonDocument::fromJson(file.readAll()).object();
        for (int i = t; i < count; i += int(templates.size())) {
            RawCredential raw;
            raw.format = CredentialFormat::Ob3Json;
            raw.bytes = BenchCredentials::makeCredential(base, *signer, i);
            raw.sourceName = QStringLiteral("/bench/%1.json").arg(i);
            auto parsed = CredentialReader::parse(raw);
            if (!parsed)
                return {};
            auto stored = wallet.store(raw, *parsed);
            if (!stored)
                return {};
            ids.append(stored->id);
        }
    }
    return ids;
}

struct Run {
    double seconds = 0;
    int verified = 0;
    int valid = 0;
};

Run verifyAll(const QString &path, NetworkMode &network, int workers, int count)
{
    VerificationRunner runner(&network);
    runner.setWorkerCount(workers);
    Run run;
    QElapsedTimer timer;
    bool done = false;
    QObject::connect(&runner, &VerificationRunner::finished, [&](const VerificationRunner::Outcome &outcome) {
        run.seconds = timer.nsecsElapsed() / 1e9;
        run.verified = outcome.verified;
        run.valid = outcome.valid;
        done = true;
    });
    timer.start();
    runner.start(path, {}, {}, true);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("  %d worker(s): %5d verified, %5d valid in %6.2f s = %8.1f credentials/s\n", workers, run.verified,
                run.valid, run.seconds, count / run.seconds);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? std::max(2, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto wallet = Wallet::open(path);
        if (!wallet || fill(**wallet, count).size() != count) {
            std::printf("could not fill the wallet\n");
            return 1;
        }
    }
    NetworkMode network;
    network.setOfflineByChoice(true);
    const int cores = std::max(1, QThread::idealThreadCount());
    std::printf("Verify all, %d badges (half minimal, half rich), offline, %d core(s):\n", count, cores);
    const Run one = verifyAll(path, network, 1, count);
    const Run all = cores > 1 ? verifyAll(path, network, cores, count) : one;
    if (cores > 1)
        std::printf("  speed-up with %d workers: %.2fx\n", cores, one.seconds / all.seconds);
    return one.valid == count && all.valid == count ? 0 : 1;
}
