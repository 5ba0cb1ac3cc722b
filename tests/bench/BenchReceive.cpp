// bench_receive [COUNT]: starts the loopback OpenID4VCI issuer once (Node, tests/interop), then
// receives COUNT (default 20) pre-authorized ldp_vc offers into one wallet and prints the median
// and mean time of prepare() (offer + metadata), complete() (token, nonce, key proof, credential,
// import with provenance) and both together. The offers are made through the admin route, untimed.
#include "LoopbackIssuer.h"
#include "crypto/Ed25519SigningKey.h"
#include "net/Fetcher.h"
#include "receive/CredentialReceiver.h"
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Satchel;

namespace {

struct Figures {
    QList<double> ms;
    void print(const char *what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        double sum = 0;
        for (double v : sorted)
            sum += v;
        std::printf("%-10s median %7.1f ms   mean %7.1f ms   min %7.1f ms   max %7.1f ms\n", what,
                    sorted.at(sorted.size() / 2), sum / sorted.size(), sorted.first(), sorted.last());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // loopback is refused outside tests
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 1;
    }
    LoopbackIssuer issuer;
    QTemporaryDir dir;
    if (!issuer.start(QStringLiteral("oid4vci-issuer.mjs")) || !dir.isValid()) {
        std::fprintf(stderr, "cannot start the issuer: %s\n", issuer.errors().constData());
        return 1;
    }
    auto wallet = Wallet::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!wallet)
        return 1;
    Fetcher fetcher;
    CredentialReceiver receiver(**wallet, fetcher, ReceiveOptions{{QStringLiteral("en")}});
    const Ed25519SigningKey key(std::move(Ed25519KeyPair::generate().value()));
    Figures prepare, complete, total;
    for (int i = 0; i < count; ++i) {
        const QString link = issuer.admin(QStringLiteral("/admin/offers"),
                                          {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_ldp_eddsa")}}})
                                 .value(QLatin1String("offer")).toString();
        QElapsedTimer clock;
        clock.start();
        auto offer = receiver.prepare(link);
        const double prepared = clock.nsecsElapsed() / 1e6;
        if (!offer) {
            std::fprintf(stderr, "prepare: %s\n", qPrintable(offer.error().message));
            return 1;
        }
        auto report = receiver.complete(*offer, key, {});
        const double done = clock.nsecsElapsed() / 1e6;
        if (!report || report->imported.importedCount() != 1) {
            std::fprintf(stderr, "complete: %s\n", report ? "nothing imported" : qPrintable(report.error().message));
            return 1;
        }
        prepare.ms.append(prepared);
        complete.ms.append(done - prepared);
        total.ms.append(done);
    }
    std::printf("%d pre-authorized receives (ldp_vc, eddsa-rdfc-2022) on loopback, one wallet:\n", count);
    prepare.print("prepare");
    complete.print("complete");
    total.print("total");
    return 0;
}
