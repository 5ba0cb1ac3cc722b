// bench_importer [COUNT]: writes COUNT (default 10,000) distinct OB 3.0 JSON credentials made from
// a refvc template, imports the folder offline into a fresh wallet and prints credentials/second,
// then the time to open that wallet, list() it, and run full-text searches.
#include "net/NetworkMode.h"
#include "formats/CredentialReader.h"
#include "importer/ImportService.h"
#include "pathways/WalletCredentials.h"
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Satchel;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    QFile templateFile(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-rich.json"));
    if (!dir.isValid() || !templateFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot prepare the benchmark\n");
        return 1;
    }
    const QJsonObject base = QJsonDocument::fromJson(templateFile.readAll()).object();
    const QStringList subjects{QStringLiteral("Welding"), QStringLiteral("Nursing"), QStringLiteral("Data Science"),
                               QStringLiteral("Carpentry"), QStringLiteral("Accounting"), QStringLiteral("Robotics")};
    const QString folder = dir.filePath(QStringLiteral("credentials"));
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QJsonObject vc = base;
        vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
        QJsonObject achievement = subject.value(QStringLiteral("achievement")).toObject();
        const QString name = QStringLiteral("%1 level %2").arg(subjects.at(i % subjects.size())).arg(i);
        achievement.insert(QStringLiteral("name"), name);
        achievement.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:achievement-%1").arg(i));
        subject.insert(QStringLiteral("achievement"), achievement);
        vc.insert(QStringLiteral("credentialSubject"), subject);
        vc.insert(QStringLiteral("name"), name);
        QFile out(folder + QStringLiteral("/c%1.json").arg(i, 5, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(vc).toJson(QJsonDocument::Compact)) < 0)
            return 1;
    }

    // Reading and parsing alone, so the import figure can be split into parsing and storing.
    {
        QElapsedTimer parseClock;
        parseClock.start();
        int parsed = 0;
        const QStringList files = QDir(folder).entryList(QDir::Files);
        for (const QString &name : files) {
            QFile in(folder + QLatin1Char('/') + name);
            if (!in.open(QIODevice::ReadOnly))
                return 1;
            auto raw = CredentialReader::detect(in.readAll(), name);
            if (raw && CredentialReader::parse(raw.value()))
                ++parsed;
        }
        const double seconds = parseClock.elapsed() / 1000.0;
        std::printf("read+detect+parse only: %d credentials in %.2f s = %.0f credentials/s\n", parsed, seconds,
                    parsed / seconds);
    }

    const QString walletPath = dir.filePath(QStringLiteral("bench.sqlite"));
    ImportOptions options;
    NetworkMode offline;
    offline.setOfflineByChoice(true);
    options.network = &offline;
    auto importInto = Wallet::open(walletPath);
    if (!importInto) {
        std::fprintf(stderr, "cannot open the wallet: %s\n", qPrintable(importInto.error().message));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuStart = std::clock();
    const ImportReport report = ImportService(**importInto, options).importPaths({folder});
    importInto.value().reset(); // closed, as the importer's own connection was
    const double importSeconds = clock.elapsed() / 1000.0;
    // CPU time too: on a loaded machine the wall clock measures the neighbours.
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("import: %d credentials (%d imported, %d failed) in %.2f s = %.0f credentials/s "
                "(CPU %.2f s = %.0f credentials per CPU second)\n",
                int(report.items.size()), report.importedCount(), report.failedCount(), importSeconds,
                report.items.size() / importSeconds, cpuSeconds, report.items.size() / cpuSeconds);

    clock.restart();
    auto wallet = Wallet::open(walletPath);
    if (!wallet)
        return 1;
    const qint64 openMs = clock.elapsed();
    clock.restart();
    auto rows = (*wallet)->list();
    const qint64 listMs = clock.elapsed();
    std::printf("open: %lld ms; list(): %d rows in %lld ms\n", openMs, rows ? int(rows->size()) : -1, listMs);

    const QStringList queries{QStringLiteral("Welding"), QStringLiteral("level 4242"), QStringLiteral("Eastgate"),
                              QStringLiteral("Technical"), QStringLiteral("Robot")};
    for (const QString &text : queries) {
        CredentialQuery query;
        query.text = text;
        clock.restart();
        const int runs = 20;
        int found = 0;
        for (int i = 0; i < runs; ++i) {
            auto result = (*wallet)->list(query);
            found = result ? int(result->size()) : -1;
        }
        const double listMs = clock.nsecsElapsed() / 1e6 / runs;
        // What the gallery runs per keystroke: it holds the summaries and asks for the ids.
        clock.restart();
        for (int i = 0; i < runs; ++i) {
            auto ids = (*wallet)->matchingIds(query);
            found = ids ? int(ids->size()) : -1;
        }
        std::printf("search \"%s\": %d rows, %.2f ms per query (ids), %.2f ms with full summaries\n",
                    qPrintable(text), found, clock.nsecsElapsed() / 1e6 / runs, listMs);
    }

    // What the Pathways view reads (on a worker thread) before it can evaluate any pathway.
    clock.restart();
    auto earned = WalletCredentials::load(**wallet);
    std::printf("pathway credentials: %d read and parsed in %lld ms\n", earned ? int(earned->size()) : -1,
                clock.elapsed());
    return report.failedCount() == 0 ? 0 : 1;
}
