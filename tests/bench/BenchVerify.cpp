// bench_verify [COUNT] [--no-reference]: for each of eddsa-rdfc-2022 and ecdsa-rdfc-2019 (P-256),
// verifies COUNT (default 10,000) distinct OpenBadgeCredentials made from the refvc templates
// ob3/di-minimal.json and ob3/di-rich.json (each re-signed here with its own id and subject name,
// as the reference bench does; signing is not timed), with the verifier the wallet uses. Keys are
// did:key (Ed25519) and did:jwk (P-256; the reference uses did:key for both), so the cache is warm
// by nature: no lookup leaves the process. Then, when tests/interop has its node_modules (`npm ci` there), runs
// the reference verifier (`node bench-verify.mjs`, @digitalbazaar/vc) in the same run and prints
// both throughputs side by side.
//
// One thread on each side: the figures are per core. --only SUITE/TEMPLATE (e.g. --only
// eddsa-rdfc-2022/ob3/di-rich.json) runs that one line, for profiling it alone with perf.
#include "BenchCredentials.h"
#include "verify/CredentialVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Satchel;
using BenchCredentials::makeCredential;

namespace {

// This thread's CPU time: beside a build, wall time also counts the waits for a core.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Figures {
    int verified = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double medianMs = 0;
    double p95Ms = 0;
};

Figures verifyAll(const QList<QByteArray> &credentials)
{
    CredentialVerifier verifier(nullptr); // did:key: nothing to fetch
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QList<double> per;
    per.reserve(credentials.size());
    Figures f;
    QElapsedTimer total;
    total.start();
    const double cpuStart = threadCpuSeconds();
    for (const QByteArray &bytes : credentials) {
        QElapsedTimer one;
        one.start();
        if (verifier.verify(CredentialFormat::Ob3Json, bytes, now).status() == VerificationStatus::Valid)
            ++f.verified;
        per.append(one.nsecsElapsed() / 1e6);
    }
    f.seconds = total.nsecsElapsed() / 1e9;
    f.cpuSeconds = threadCpuSeconds() - cpuStart;
    std::sort(per.begin(), per.end());
    f.medianMs = per.value(per.size() / 2);
    f.p95Ms = per.value(int(per.size() * 0.95));
    return f;
}

// Signs count copies of the template with a new key of suite, verifies them and prints the figures;
// the number that did not verify, or -1 when the run could not be set up or would mean nothing.
int benchTemplate(const QString &suite, const QString &name, int count)
{
    const auto signer = BenchCredentials::issuerKey(suite);
    QFile file(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + name);
    if (!signer || !file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject base = QJsonDocument::fromJson(file.readAll()).object();
    QList<QByteArray> credentials;
    credentials.reserve(count);
    for (int i = 0; i < count; ++i)
        credentials.append(makeCredential(base, *signer, i));
    // A guard against measuring a verifier that checks nothing: a changed name must fail.
    QByteArray tampered = credentials.constFirst();
    tampered.replace("Bench Learner 0", "Bench Learner X");
    if (CredentialVerifier(nullptr).verify(CredentialFormat::Ob3Json, tampered).status() != VerificationStatus::Invalid) {
        std::printf("a tampered credential did not fail: the figures would mean nothing\n");
        return -1;
    }
    const Figures f = verifyAll(credentials);
    std::printf("  %-15s %-20s %6lld verified %6d valid in %6.2f s = %8.1f credentials/s (median %.2f ms, p95 %.2f "
                "ms; by CPU time %.1f/s)\n",
                qPrintable(suite), qPrintable(name), qlonglong(credentials.size()), f.verified, f.seconds,
                credentials.size() / f.seconds, f.medianMs, f.p95Ms, credentials.size() / f.cpuSeconds);
    return int(credentials.size()) - f.verified;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const QString toolDir = QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop");
    // Half of each template, like the reference bench's two runs.
    const QStringList templates{QStringLiteral("ob3/di-minimal.json"), QStringLiteral("ob3/di-rich.json")};
    const qsizetype onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? app.arguments().value(onlyAt + 1) : QString();
    std::printf("Satchel (C++, one thread):\n");
    int failures = 0;
    for (const QString &suite : {QStringLiteral("eddsa-rdfc-2022"), QStringLiteral("ecdsa-rdfc-2019")}) {
        for (const QString &name : templates) {
            if (!only.isEmpty() && only != suite + u'/' + name)
                continue;
            const int failed = benchTemplate(suite, name, count / 2);
            if (failed < 0)
                return 1;
            failures += failed;
        }
    }

    // --no-reference: Satchel alone (for profiling it with perf).
    const bool reference = !app.arguments().contains(QStringLiteral("--no-reference")) && only.isEmpty();
    if (reference && QFile::exists(toolDir + QStringLiteral("/node_modules/@digitalbazaar/vc"))) {
        // The reference verifier on the same templates; it re-signs its own credentials likewise.
        QProcess node;
        node.setWorkingDirectory(toolDir);
        node.start(QStringLiteral("node"), {QStringLiteral("bench-verify.mjs"), QStringLiteral("--count"), QString::number(std::min(count / 2, 1000))});
        if (!node.waitForFinished(30 * 60 * 1000) || node.exitCode() != 0) {
            std::printf("reference bench failed: %s\n", node.readAllStandardError().constData());
        } else {
            const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
            std::printf("Reference (%s, @digitalbazaar/vc, one thread):\n",
                        qPrintable(out.value(QStringLiteral("node")).toString()));
            for (const QJsonValue &r : out.value(QStringLiteral("results")).toArray()) {
                const QJsonObject o = r.toObject();
                std::printf("  %-15s %-20s %6d verified %6d valid in %6.2f s = %8.1f credentials/s (median %.2f ms, p95 %.2f ms)\n",
                            qPrintable(o.value(QStringLiteral("cryptosuite")).toString()),
                            qPrintable(o.value(QStringLiteral("template")).toString()), o.value(QStringLiteral("count")).toInt(),
                            o.value(QStringLiteral("verified")).toInt(), o.value(QStringLiteral("verifyTotalMs")).toDouble() / 1000,
                            o.value(QStringLiteral("credentialsPerSecond")).toDouble(), o.value(QStringLiteral("medianMs")).toDouble(),
                            o.value(QStringLiteral("p95Ms")).toDouble());
            }
        }
    }
    if (!QFile::exists(toolDir + QStringLiteral("/node_modules/@digitalbazaar/vc")))
        std::printf("(for the reference verifier beside these figures: cd tests/interop && npm ci)\n");
    return failures == 0 ? 0 : 1;
}
