// Throughput of detection + parsing per input kind, and of the hostile-input guards. Prints one
// line per case: microseconds per call and calls per second.
#include "formats/ArchiveReader.h"
#include "formats/Baker.h"
#include "formats/CredentialReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <functional>

using namespace Satchel;

namespace {

QByteArray readFixture(const char *relative)
{
    QFile file(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + QLatin1String(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", relative);
    return file.readAll();
}

void measure(const char *label, int iterations, const std::function<bool()> &work)
{
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int i = 0; i < iterations; ++i)
        failures += work() ? 0 : 1;
    const double us = double(timer.nsecsElapsed()) / 1000.0 / iterations;
    std::printf(
        "%-44s %10.1f us/call %12.0f calls/s%s\n", label, us, 1e6 / us, failures ? "  (UNEXPECTED FAILURES)" : "");
}

bool detectAndParse(const QByteArray &bytes)
{
    auto raw = CredentialReader::detect(bytes, QString());
    return raw.ok() && CredentialReader::parse(*raw).ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray ob3 = readFixture("refvc/ob3/di-rich.json");
    const QByteArray jwt = readFixture("refvc/ob3/jwt-eddsa-didkey.jwt");
    const QByteArray ob2 = readFixture("refvc/ob2/signed-valid.jws");
    const QByteArray clr = readFixture("refvc/clr/clr-valid.json");
    const QByteArray complex = readFixture("external/1EdTech-digital-credentials-public-validator/clr20/complex.json");
    const QByteArray png = readFixture("refvc/baked/ob3-json.png");
    const QByteArray svg = readFixture("refvc/baked/ob3-json.svg");
    const QByteArray heart
        = readFixture("external/1EdTech-openbadges-validator-core/tests/testfiles/public_domain_heart.png");

    measure("ob3 json (di-rich) detect+parse", 5000, [&] { return detectAndParse(ob3); });
    measure("ob3 vc-jwt detect+parse", 5000, [&] { return detectAndParse(jwt); });
    measure("ob2 jws detect+parse (links missing)", 5000, [&] { return detectAndParse(ob2); });
    measure("clr json, 3 nested", 2000, [&] { return detectAndParse(clr); });
    measure("clr20/complex.json, 6 nested", 1000, [&] { return detectAndParse(complex); });
    measure("baked png detect+parse", 5000, [&] { return detectAndParse(png); });
    measure("baked svg detect+parse", 2000, [&] { return detectAndParse(svg); });
    measure("bakePng (heart.png + di-rich)", 2000,
        [&] { return Baker::bakePng(heart, ob3, QStringLiteral("openbadgecredential")).ok(); });

    // One API response with 1,000 credentials.
    QJsonArray many;
    const QJsonObject object = QJsonDocument::fromJson(ob3).object();
    for (int i = 0; i < 1000; ++i)
        many.append(object);
    const QByteArray bundle
        = QJsonDocument(QJsonObject { { QStringLiteral("credential"), many } }).toJson(QJsonDocument::Compact);
    measure("bundle of 1000: detectAll (per bundle)", 5, [&] {
        auto all = CredentialReader::detectAll(bundle, QString());
        return all.ok() && all->size() == 1000;
    });

    // Guards: a 16 MiB nesting attack and a 16 MiB file of whitespace.
    const QByteArray deep(CredentialReader::kMaxFileBytes - 1, '[');
    measure("16 MiB '[' rejected (depth guard)", 20,
        [&] { return CredentialReader::detect(deep, QString()).error().code == QLatin1String("too-large"); });
    QByteArray bigJson = "{\"pad\":\"" + QByteArray(15 * 1024 * 1024, 'x') + "\"}";
    measure("15 MiB JSON non-credential", 5,
        [&] { return CredentialReader::detect(bigJson, QString()).error().code == QLatin1String("not-a-credential"); });
    return 0;
}
