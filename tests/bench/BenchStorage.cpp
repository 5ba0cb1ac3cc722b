// Storage benchmark: prints milliseconds per operation for a 10,000-credential wallet.
//   bench_storage [count] [wallet path]
#include "storage/Wallet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Satchel;

namespace {

// Process CPU time: the machine running the benchmark is often shared, so wall time alone misleads.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

const char *const kWords[] = {"Python", "Data", "Science", "Welding", "Leadership", "Nursing", "Safety",
                              "Cloud", "Security", "Design", "Finance", "Marketing", "Robotics", "Chemistry",
                              "Biology", "History", "Teamwork", "Agile", "Networking", "Statistics"};
const char *const kLevels[] = {"Foundations", "Intermediate", "Advanced", "Expert", "Practitioner"};
const char *const kTypes[] = {"Badge", "Certificate", "Course", "Competency", "License", "Diploma"};

QByteArray credentialJson(int i, Credential &c)
{
    const int n = int(std::size(kWords));
    const QString name = QStringLiteral("%1 %2 %3").arg(QLatin1String(kWords[i % n]),
                                                         QLatin1String(kWords[(i / n) % n]),
                                                         QLatin1String(kLevels[i % 5]));
    const QString issuerId = QStringLiteral("https://issuer%1.example/profile").arg(i % 50);
    c = Credential();
    c.format = CredentialFormat::Ob3Json;
    c.id = QStringLiteral("urn:uuid:bench-%1").arg(i);
    c.name = name;
    c.description = QStringLiteral("Awarded for completing the %1 programme with a final project.").arg(name);
    c.issuer.id = issuerId;
    c.issuer.name = QStringLiteral("Issuer Number %1 Academy").arg(i % 50);
    c.achievement.id = QStringLiteral("https://issuer%1.example/achievements/%2").arg(i % 50).arg(i % 400);
    c.achievement.achievementType = QLatin1String(kTypes[i % 6]);
    for (int k = 0; k < 3; ++k) {
        Alignment a;
        a.targetName = QStringLiteral("%1 skill %2").arg(QLatin1String(kWords[(i + k * 7) % n])).arg(k);
        c.achievement.alignments.append(a);
    }
    c.validFrom = QDateTime(QDate(2015 + i % 11, 1 + i % 12, 1 + i % 28), QTime(10, 0), Qt::UTC);
    c.issued = c.validFrom;
    QJsonObject json{
        {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
        {"id", c.id},
        {"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}},
        {"name", name},
        {"issuer", QJsonObject{{"id", issuerId}, {"type", QJsonArray{"Profile"}}, {"name", c.issuer.name}}},
        {"validFrom", c.validFrom.toString(Qt::ISODate)},
        {"credentialSubject", QJsonObject{{"id", QStringLiteral("did:example:learner%1").arg(i)},
                                          {"type", QJsonArray{"AchievementSubject"}},
                                          {"achievement", QJsonObject{{"id", c.achievement.id},
                                                                      {"name", name},
                                                                      {"description", c.description},
                                                                      {"criteria", QJsonObject{{"narrative", QString(400, QLatin1Char('x'))}}}}}}},
        {"proof", QJsonObject{{"type", "DataIntegrityProof"}, {"cryptosuite", "eddsa-rdfc-2022"},
                              {"proofValue", QString(88, QLatin1Char('z'))}}},
    };
    c.json = json;
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    // bench_storage [count] [wallet path]: a given path is kept for inspection afterwards.
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Wallet::open(path);
    if (!opened.ok()) {
        out << "open failed: " << opened.error().message << "\n";
        return 1;
    }
    std::unique_ptr<Wallet> wallet = std::move(opened.value());

    // Prepare inputs first so that only storage is timed.
    QList<QPair<RawCredential, Credential>> inputs;
    inputs.reserve(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        Credential c;
        RawCredential raw;
        raw.format = CredentialFormat::Ob3Json;
        raw.bytes = credentialJson(i, c);
        raw.sourceName = QStringLiteral("/bench/%1.json").arg(i);
        bytes += raw.bytes.size();
        inputs.append({raw, c});
    }

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    for (const auto &[raw, parsed] : inputs) {
        auto outcome = wallet->store(raw, parsed);
        if (!outcome.ok()) {
            out << "store failed: " << outcome.error().message << "\n";
            return 1;
        }
    }
    const double storeMs = timer.nsecsElapsed() / 1e6;
    const double storeCpu = cpuMs() - cpu;
    out << QStringLiteral("store %1 credentials (%2 KB avg), one transaction each: %3 ms total, %4 ms/op, %5 per second"
                          " (CPU %6 ms/op)\n")
               .arg(count).arg(bytes / count / 1024.0, 0, 'f', 1).arg(storeMs, 0, 'f', 0)
               .arg(storeMs / count, 0, 'f', 3).arg(count / (storeMs / 1000.0), 0, 'f', 0)
               .arg(storeCpu / count, 0, 'f', 3);

    timer.restart();
    for (int i = 0; i < 200; ++i)
        (void)wallet->store(inputs.at(i).first, inputs.at(i).second);
    out << QStringLiteral("duplicate check: %1 ms/op\n").arg(timer.nsecsElapsed() / 1e6 / 200, 0, 'f', 3);

    auto timeList = [&](const char *label, const CredentialQuery &q, int repeats) {
        int rows = 0;
        timer.restart();
        const double cpu0 = cpuMs();
        for (int r = 0; r < repeats; ++r)
            rows = int(wallet->list(q)->size());
        out << QStringLiteral("%1: %2 ms/op, CPU %3 ms/op (%4 rows)\n")
                   .arg(QLatin1String(label)).arg(timer.nsecsElapsed() / 1e6 / repeats, 0, 'f', 2)
                   .arg((cpuMs() - cpu0) / repeats, 0, 'f', 2).arg(rows);
    };
    timeList("list all summaries (issued desc)", CredentialQuery{}, 5);
    CredentialQuery byName;
    byName.sort = SortKey::Name;
    byName.descending = false;
    timeList("list all summaries (name asc)", byName, 5);
    CredentialQuery firstPage;
    firstPage.limit = 100;
    timeList("first 100 summaries", firstPage, 20);
    CredentialQuery filtered;
    filtered.year = 2020;
    filtered.issuerId = QStringLiteral("https://issuer7.example/profile");
    timeList("filter year+issuer", filtered, 20);

    for (const char *text : {"pyth", "welding advanced", "issuer number 42", "robotics skill", "zzznothing"}) {
        CredentialQuery q;
        q.text = QLatin1String(text);
        timeList(qPrintable(QStringLiteral("search \"%1\"").arg(QLatin1String(text))), q, 20);
    }

    timer.restart();
    (void)wallet->issuers();
    (void)wallet->years();
    (void)wallet->achievementTypes();
    out << QStringLiteral("filter menus (issuers+years+types): %1 ms\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2);

    timer.restart();
    for (int i = 1; i <= 100; ++i)
        (void)wallet->credential(i);
    out << QStringLiteral("credential(id) with raw bytes: %1 ms/op\n").arg(timer.nsecsElapsed() / 1e6 / 100, 0, 'f', 3);

    wallet.reset();
    timer.restart();
    auto reopened = Wallet::open(path);
    out << QStringLiteral("reopen wallet: %1 ms (count %2)\n")
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2).arg(reopened.ok() ? (*reopened)->count() : -1);
    out << QStringLiteral("file size: %1 MB\n").arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1);
    return 0;
}
