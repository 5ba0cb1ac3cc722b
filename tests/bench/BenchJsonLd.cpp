// Canonicalization throughput for the two credentials of issue 3: the refvc rich OB 3.0
// credential and the 1EdTech complete OB 3.0 example. One operation = what a Data Integrity
// verifier does per proof: parse the JSON, canonicalize the document minus its proof and the
// proof configuration (RDFC-1.0), and hash both. Prints time per operation and operations/s,
// single-threaded. tests/bench/reference-canon.mjs measures the same operation with jsonld.js.
#include "jsonld/JsonLdCanonicalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace Satchel;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool oneOp(const QByteArray &bytes, QByteArray *hashData)
{
    auto doc = JsonValue::parse(bytes);
    if (!doc.ok())
        return false;
    JsonValue proof = doc->value(QStringLiteral("proof"));
    if (proof.isArray())
        proof = proof.toArray().front();
    auto input = JsonLdCanonicalizer::dataIntegrityInput(*doc, proof);
    if (!input.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(input.error().message));
        return false;
    }
    if (hashData)
        *hashData = input->hashData;
    return true;
}

// This thread's CPU time: on a busy machine (a build beside the bench) wall time counts the waits
// for a core too, CPU time only the work.
static double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 3.0;
    const QString fixtures = QStringLiteral(SATCHEL_FIXTURES_DIR);
    const struct {
        const char *name;
        QString path;
    } inputs[] = {
        {"refvc ob3/di-rich.json", fixtures + QStringLiteral("/refvc/ob3/di-rich.json")},
        {"1EdTech ob30/complete.json", fixtures + QStringLiteral("/external/1EdTech-digital-credentials-public-validator/ob30/complete.json")},
    };
    int status = 0;
    for (const auto &in : inputs) {
        const QByteArray bytes = readFile(in.path);
        QByteArray hashData;
        if (!oneOp(bytes, &hashData)) { // warm-up (bundled contexts parsed and processed once)
            std::printf("%-28s FAILED\n", in.name);
            status = 1;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        qint64 ops = 0;
        while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
            for (int i = 0; i < 10; ++i)
                oneOp(bytes, nullptr);
            ops += 10;
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = threadCpuSeconds() - cpuStart;
        std::printf("%-28s %8.1f us/op %10.1f ops/s  (CPU %.1f us/op; %lld ops, hashData %s...)\n", in.name,
                    elapsed / double(ops) * 1e6, double(ops) / elapsed, cpu / double(ops) * 1e6,
                    static_cast<long long>(ops), hashData.toHex().left(16).constData());
    }
    return status;
}
