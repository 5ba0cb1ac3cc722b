// Benchmark (not run by ctest): index a synthetic 10,000-credential wallet and evaluate 100
// pathways against it. Prints the median of several runs, in milliseconds.
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>

using namespace Satchel;

namespace {

constexpr int kCredentials = 10000;
constexpr int kPathways = 100;
constexpr int kAchievements = 3000;

QString achievement(int i) { return QStringLiteral("https://bench.example/achievements/%1").arg(i); }
QString issuer(int i) { return QStringLiteral("https://issuer%1.example/").arg(i); }
QString alignment(int i) { return QStringLiteral("https://ctdl.example/ce-%1").arg(i); }
QString tag(int i) { return QStringLiteral("skill-%1").arg(i); }
const QStringList kTypes{QStringLiteral("Badge"), QStringLiteral("Course"), QStringLiteral("MicroCredential"),
                         QStringLiteral("Certificate"), QStringLiteral("Assignment")};

QList<EarnedCredential> makeCredentials(std::mt19937 &random)
{
    std::uniform_int_distribution<int> ach(0, kAchievements - 1), iss(0, 49), tg(0, 199), typ(0, 4), pct(0, 99);
    const QDateTime base(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QList<EarnedCredential> out;
    out.reserve(kCredentials);
    for (int i = 0; i < kCredentials; ++i) {
        const int a = ach(random);
        EarnedCredential c;
        c.key = QString::number(i + 1);
        c.name = QStringLiteral("Credential %1").arg(i);
        c.achievementId = achievement(a);
        if (pct(random) < 20)
            c.alternativeIds << achievement(a + kAchievements);  // an older version's id
        if (pct(random) < 30)
            c.alignmentUrls << alignment(a % 500);
        c.issuerId = issuer(a % 50);
        c.tags << tag(tg(random)) << tag(tg(random));
        c.achievementType = kTypes.at(typ(random));
        if (pct(random) < 50)
            c.creditsEarned = 1 + a % 4;
        c.issued = base.addDays(i % 2000);
        if (pct(random) < 10)
            c.validUntil = base.addDays(1500);
        const int s = pct(random);
        c.status = s < 3 ? QStringLiteral("revoked") : s < 5 ? QStringLiteral("invalid") : QStringLiteral("valid");
        if (pct(random) < 20)
            c.results.append({QStringLiteral("urn:rd:grade"), QString::number(pct(random)), {}, {}});
        out.append(c);
    }
    return out;
}

// A certificate-like pathway: all of {core (all of 4), electives (4 of 6, one with a minimum
// grade), credits (12 from 10), a tag rule, a type rule, an alignment}, with an ordering.
Pathway makePathway(int n, std::mt19937 &random)
{
    std::uniform_int_distribution<int> ach(0, kAchievements - 1), iss(0, 49), tg(0, 199);
    QJsonArray core, electives, credits;
    for (int i = 0; i < 4; ++i) {
        QJsonObject leaf{{QStringLiteral("id"), QStringLiteral("core%1").arg(i)},
                         {QStringLiteral("achievementId"), achievement(ach(random))}};
        if (i == 0)
            leaf.insert(QStringLiteral("precedes"), QJsonArray{QStringLiteral("core3")});
        core.append(leaf);
    }
    for (int i = 0; i < 6; ++i) {
        QJsonObject leaf{{QStringLiteral("id"), QStringLiteral("elective%1").arg(i)},
                         {QStringLiteral("achievementId"), achievement(ach(random))},
                         {QStringLiteral("alternativeIds"), QJsonArray{achievement(ach(random) + kAchievements)}}};
        if (i == 5)
            leaf.insert(QStringLiteral("minResult"), QJsonObject{{QStringLiteral("resultDescription"), QStringLiteral("urn:rd:grade")},
                                                                 {QStringLiteral("minValue"), 50}});
        electives.append(leaf);
    }
    for (int i = 0; i < 10; ++i)
        credits.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("credit%1").arg(i)},
                                   {QStringLiteral("achievementId"), achievement(ach(random))},
                                   {QStringLiteral("credits"), 3}});
    const QJsonArray all{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("core")}, {QStringLiteral("allOf"), core}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("electives")}, {QStringLiteral("atLeast"), 4}, {QStringLiteral("of"), electives}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("credits")}, {QStringLiteral("atLeastCredits"), 12}, {QStringLiteral("from"), credits}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("tagged")}, {QStringLiteral("count"), 3},
                    {QStringLiteral("rule"), QJsonObject{{QStringLiteral("issuer"), issuer(iss(random))}, {QStringLiteral("tag"), tag(tg(random))}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("typed")},
                    {QStringLiteral("rule"), QJsonObject{{QStringLiteral("achievementType"), QStringLiteral("Certificate")}, {QStringLiteral("issuer"), issuer(iss(random))}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("aligned")}, {QStringLiteral("alignmentUrl"), alignment(n % 500)}},
    };
    const QJsonObject json{{QStringLiteral("satchelPathway"), 1},
                           {QStringLiteral("id"), QStringLiteral("urn:bench:pathway:%1").arg(n)},
                           {QStringLiteral("name"), QStringLiteral("Pathway %1").arg(n)},
                           {QStringLiteral("requirements"), QJsonObject{{QStringLiteral("id"), QStringLiteral("root")}, {QStringLiteral("allOf"), all}}}};
    auto p = PathwayFormat::fromJson(json);
    if (!p)
        qFatal("bench pathway: %s", qPrintable(p.error().message));
    return *p;
}

// CPU time of this thread: the machine is shared, wall time includes waiting for a core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    std::mt19937 random(20261128);
    const QList<EarnedCredential> credentials = makeCredentials(random);
    QList<Pathway> pathways;
    for (int i = 0; i < kPathways; ++i)
        pathways.append(makePathway(i, random));
    const QDateTime now(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

    QList<double> indexMs, evalMs, totalMs, cpuMs;
    double percentSum = 0;
    int satisfied = 0;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        const qint64 cpuStart = threadCpuNs();
        timer.start();
        PathwayEngine engine(credentials, now);
        const qint64 indexed = timer.nsecsElapsed();
        percentSum = 0;
        satisfied = 0;
        for (const Pathway &p : pathways) {
            const PathwayProgress progress = engine.evaluate(p);
            percentSum += progress.percent;
            satisfied += progress.satisfied ? 1 : 0;
        }
        const qint64 total = timer.nsecsElapsed();
        indexMs << indexed / 1e6;
        evalMs << (total - indexed) / 1e6;
        totalMs << total / 1e6;
        cpuMs << (threadCpuNs() - cpuStart) / 1e6;
    }
    out << "pathways: " << kPathways << " pathways x " << credentials.size() << " credentials ("
        << pathways.first().nodes.size() << " nodes each)\n"
        << "  index build (median of 11): " << QString::number(median(indexMs), 'f', 2) << " ms\n"
        << "  evaluate all (median of 11): " << QString::number(median(evalMs), 'f', 2) << " ms\n"
        << "  total (median of 11): " << QString::number(median(totalMs), 'f', 2) << " ms (target < 50 ms)\n"
        << "  total CPU time of the thread (median of 11): " << QString::number(median(cpuMs), 'f', 2) << " ms\n"
        << "  mean percent " << QString::number(percentSum / kPathways, 'f', 1) << ", satisfied " << satisfied << "\n";
    return 0;
}
