// satchel-cli verify end to end on the whole refvc corpus: every manifest file is imported into a
// temporary wallet (files holding the same credential go to separate wallets), the manifest routes
// are served on 127.0.0.1:18001, and `verify --json` must give each file its manifest verdict and
// reason code. Then the server stops: `verify --offline` must give the same verdicts from the
// wallet's cache, and a wallet that never went online says "unknown", never "invalid", for what
// needs the network.
#include "LoopbackHttpServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Satchel::Test::LoopbackHttpServer;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
// Inside every refvc validity window (see manifest "timeAssumptions").
const QString kNow = QStringLiteral("2026-06-01T12:00:00Z");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Where one manifest file ended up.
struct Placed {
    QJsonObject entry; // the manifest entry
    int wallet = -1; // index into the wallet list
    qint64 id = 0; // its row in that wallet
};

// The verdict `verify --json` gives.
struct Verdict {
    QString status;
    QString reasonCode;
    QJsonArray checks;
};

bool hasCheck(const QJsonArray &checks, const QString &code, const QString &outcome)
{
    for (const QJsonValue &check : checks) {
        if (check[QStringLiteral("code")].toString() == code && check[QStringLiteral("outcome")].toString() == outcome)
            return true;
    }
    return false;
}

bool needsNetwork(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("features")).toArray().contains(QStringLiteral("needs-loopback-server"));
}

} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonArray m_files;
    QStringList m_recipients;

    Run cli(const QString &wallet, const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(SATCHEL_CLI_PATH), QStringList { QStringLiteral("--wallet"), wallet } + args);
        Run run;
        if (!process.waitForFinished(240000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // A new wallet holding the learner's identities (every address the refvc badges name).
    QString newWallet(const QString &prefix, QStringList &wallets)
    {
        wallets.append(m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(prefix).arg(wallets.size())));
        for (const QString &email : std::as_const(m_recipients)) {
            if (cli(wallets.last(),
                    { QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--type"),
                        QStringLiteral("email"), email })
                    .exitCode
                != 0)
                qWarning("could not add an identity");
        }
        return wallets.last();
    }

    // import --json of one file: (outcome, id or error code).
    std::pair<QString, QJsonObject> importFile(const QString &wallet, const QString &file, bool offline)
    {
        QStringList args { QStringLiteral("--json"), QStringLiteral("import"), kRefvc + file };
        if (offline)
            args.append(QStringLiteral("--offline"));
        const QJsonObject item = QJsonDocument::fromJson(cli(wallet, args).out).array().at(0).toObject();
        return { item.value(QStringLiteral("outcome")).toString(), item };
    }

    // Imports every manifest file into a shared wallet. A wallet shows one copy of a credential
    // (same issuer and id): a second file holding it is a duplicate, or another version, or
    // replaces the first when dated later (a tampered copy, the same badge baked in a PNG and an SVG). Such files get a
    // wallet of their own, so that each file is verified from its own bytes. Files that fail to
    // import are listed in failedCodes (file -> error code).
    QList<Placed> importAll(
        const QString &prefix, bool offline, QStringList &wallets, QHash<QString, QString> &failedCodes)
    {
        QList<Placed> placed;
        newWallet(prefix, wallets);
        auto placeAlone = [&](const QJsonObject &entry) {
            const QString file = entry.value(QStringLiteral("file")).toString();
            const QString wallet = newWallet(prefix, wallets);
            const auto [outcome, item] = importFile(wallet, file, offline);
            if (outcome == QLatin1String("imported"))
                return Placed { entry, int(wallets.size()) - 1, item.value(QStringLiteral("id")).toInteger() };
            failedCodes.insert(file, item.value(QStringLiteral("code")).toString());
            return Placed { entry, -1, 0 };
        };
        for (const QJsonValue &value : std::as_const(m_files)) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QStringLiteral("file")).toString();
            const auto [outcome, item] = importFile(wallets.first(), file, offline);
            if (outcome == QLatin1String("duplicate") || outcome == QLatin1String("version")) {
                placed.append(placeAlone(entry));
            } else if (outcome == QLatin1String("imported")) {
                const qint64 id = item.value(QStringLiteral("id")).toInteger();
                for (Placed &earlier : placed) {
                    if (earlier.wallet == 0 && earlier.id == id)
                        earlier = placeAlone(earlier.entry); // its row now holds this file's bytes
                }
                placed.append({ entry, 0, id });
            } else {
                failedCodes.insert(file, item.value(QStringLiteral("code")).toString());
            }
        }
        placed.removeIf([](const Placed &p) { return p.wallet < 0; });
        return placed;
    }

    // verify --json over a whole wallet: row id -> verdict.
    QHash<qint64, Verdict> verifyWallet(const QString &wallet, bool offline, int *exitCode = nullptr)
    {
        QStringList args { QStringLiteral("--json"), QStringLiteral("--now"), kNow, QStringLiteral("verify") };
        if (offline)
            args.append(QStringLiteral("--offline"));
        const Run run = cli(wallet, args);
        if (exitCode)
            *exitCode = run.exitCode;
        QHash<qint64, Verdict> verdicts;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        if (!json.isArray())
            qWarning("verify printed no JSON array: %s / %s", run.out.constData(), run.err.constData());
        for (const QJsonValue &value : json.array()) {
            const QJsonObject row = value.toObject();
            verdicts.insert(row.value(QStringLiteral("id")).toInteger(),
                { row.value(QStringLiteral("status")).toString(), row.value(QStringLiteral("reasonCode")).toString(),
                    row.value(QStringLiteral("checks")).toArray() });
        }
        return verdicts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile manifest(kRefvc + QStringLiteral("manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        m_files = QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("files")).toArray();
        QVERIFY(m_files.size() >= 40);
        // The learner owns every address the refvc badges were issued to (manifest "recipient").
        for (const QJsonValue &value : std::as_const(m_files)) {
            const QString recipient = value[QStringLiteral("recipient")].toString();
            if (!recipient.isEmpty() && !m_recipients.contains(recipient))
                m_recipients.append(recipient);
        }
        QVERIFY(m_recipients.contains(QStringLiteral("farah.petrov@mail.example.com")));
    }

    void refvcOnlineThenOffline()
    {
        LoopbackHttpServer server;
        QVERIFY2(server.start(18001), "127.0.0.1:18001 is busy");
        QVERIFY(server.serveRefvcRoutes(kRefvc));

        QStringList wallets;
        QHash<QString, QString> failed;
        const QList<Placed> placed = importAll(QStringLiteral("online"), false, wallets, failed);

        // Inputs without a credential are import errors, not reports. The status list is a
        // credential of the issuer's, not the learner's: its proof is what makes di-status-* valid
        // or revoked below.
        QCOMPARE(failed.value(QStringLiteral("baked/invalid-no-badge-data.png")), QStringLiteral("no-baked-data"));
        QCOMPARE(failed.value(QStringLiteral("served/status/1.json")), QStringLiteral("not-a-credential"));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(placed.size(), m_files.size() - 2);

        QList<QHash<qint64, Verdict>> online;
        for (const QString &wallet : std::as_const(wallets)) {
            int exitCode = -1;
            online.append(verifyWallet(wallet, false, &exitCode));
            QVERIFY(exitCode == 0 || exitCode == 1);
        }
        const QSet<QString> dateStatuses { QStringLiteral("revoked"), QStringLiteral("expired"),
            QStringLiteral("not-yet-valid") };
        int checked = 0;
        for (const Placed &p : placed) {
            const QString file = p.entry.value(QStringLiteral("file")).toString();
            QVERIFY2(online.at(p.wallet).contains(p.id), qPrintable(file));
            const Verdict verdict = online.at(p.wallet).value(p.id);
            const QString detail = file + QStringLiteral(": ") + verdict.status + QLatin1Char('/') + verdict.reasonCode
                + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(verdict.checks).toJson(QJsonDocument::Compact));
            if (p.entry.value(QStringLiteral("expect")).toString() == QLatin1String("valid")) {
                QVERIFY2(verdict.status == QLatin1String("valid"), qPrintable(detail));
                QVERIFY2(verdict.reasonCode.isEmpty(), qPrintable(detail));
                // The badges naming an e-mail address name one of the learner's.
                if (!p.entry.value(QStringLiteral("recipient")).toString().isEmpty())
                    QVERIFY2(hasCheck(verdict.checks, QStringLiteral("recipient-mismatch"), QStringLiteral("pass")),
                        qPrintable(detail));
            } else {
                const QString reason = p.entry.value(QStringLiteral("reasonCode")).toString();
                const QString status = dateStatuses.contains(reason) ? reason : QStringLiteral("invalid");
                QVERIFY2(verdict.status == status, qPrintable(detail));
                QVERIFY2(verdict.reasonCode == reason, qPrintable(detail));
            }
            ++checked;
        }
        QCOMPARE(checked, m_files.size() - 2);
        QVERIFY(server.requestCount() > 0);

        // Offline, from what the online run kept: the same verdict for every file.
        server.stop();
        for (int w = 0; w < wallets.size(); ++w) {
            const QHash<qint64, Verdict> offline = verifyWallet(wallets.at(w), true);
            for (const Placed &p : placed) {
                if (p.wallet != w)
                    continue;
                const QString file = p.entry.value(QStringLiteral("file")).toString();
                const Verdict before = online.at(w).value(p.id);
                const Verdict after = offline.value(p.id);
                const QString detail = file + QStringLiteral(": ") + after.status + QLatin1Char('/') + after.reasonCode
                    + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(after.checks).toJson(QJsonDocument::Compact));
                QVERIFY2(after.status == before.status, qPrintable(detail));
                QVERIFY2(after.reasonCode == before.reasonCode, qPrintable(detail));
                if (file.contains(QLatin1String("status"))) {
                    // The status answer says which kept copy it came from.
                    bool dated = false;
                    for (const QJsonValue &check : after.checks)
                        dated = dated
                            || (check[QStringLiteral("code")].toString() == QLatin1String("revoked")
                                && check[QStringLiteral("message")].toString().contains(
                                    QLatin1String("status list fetched on")));
                    QVERIFY2(dated, qPrintable(detail));
                }
            }
        }
    }

    void neverOnlineIsUnknownNotInvalid()
    {
        // No server at all, nothing cached: import and verify offline.
        QStringList wallets;
        QHash<QString, QString> failed;
        const QList<Placed> placed = importAll(QStringLiteral("never-online"), true, wallets, failed);
        QVERIFY(placed.size() >= 30);
        QList<QHash<qint64, Verdict>> verdicts;
        for (const QString &wallet : std::as_const(wallets))
            verdicts.append(verifyWallet(wallet, true));

        int unknown = 0;
        for (const Placed &p : placed) {
            const QString file = p.entry.value(QStringLiteral("file")).toString();
            const Verdict verdict = verdicts.at(p.wallet).value(p.id);
            const QString detail = file + QStringLiteral(": ") + verdict.status + QLatin1Char('/') + verdict.reasonCode;
            const bool expectValid = p.entry.value(QStringLiteral("expect")).toString() == QLatin1String("valid");
            if (needsNetwork(p.entry)) {
                // What needs the issuer's server cannot be decided: unknown, or a verdict the
                // credential carries by itself (an expiry date), never "invalid" and never "valid".
                QVERIFY2(verdict.status != QLatin1String("invalid") && verdict.status != QLatin1String("valid"),
                    qPrintable(detail));
                if (expectValid)
                    QVERIFY2(verdict.status == QLatin1String("unknown"), qPrintable(detail));
                if (verdict.status == QLatin1String("unknown")) {
                    ++unknown;
                    bool saysOffline = false;
                    for (const QJsonValue &check : verdict.checks)
                        saysOffline |= check[QStringLiteral("outcome")].toString() == QLatin1String("unknown")
                            && check[QStringLiteral("message")].toString().contains(QLatin1String("offline since"));
                    QVERIFY2(saysOffline, qPrintable(detail));
                }
            } else if (expectValid) {
                // did:key, did:jwk and JOSE-header keys need no lookup: valid offline too.
                QVERIFY2(verdict.status == QLatin1String("valid"), qPrintable(detail));
            }
        }
        QVERIFY(unknown >= 5);
    }

    void issuedToYouBesideStatus()
    {
        // Two badges verifiable offline (did:key, did:jwk), each naming its subject by DID.
        const QString minimal = QStringLiteral("ob3/di-minimal.json");
        const QString jwt = QStringLiteral("ob3/jwt-es256-didjwk.jwt");
        const QString mine = QStringLiteral("did:key:z6MkjG1GQ1zEAQ3R1tSfZCjdfyDrFtwmHdhgbaVN9BpfjQ8j"); // di-minimal's
        const QString wallet = m_dir.filePath(QStringLiteral("yours.sqlite"));
        const qint64 minimalId = importFile(wallet, minimal, true).second.value(QStringLiteral("id")).toInteger();
        const qint64 jwtId = importFile(wallet, jwt, true).second.value(QStringLiteral("id")).toInteger();
        QVERIFY(minimalId > 0 && jwtId > 0);

        auto verdicts = [&] {
            const Run run = cli(wallet, { QStringLiteral("--json"), QStringLiteral("--now"), kNow,
                                            QStringLiteral("verify"), QStringLiteral("--offline") });
            QHash<qint64, QJsonObject> rows;
            for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
                rows.insert(value[QStringLiteral("id")].toInteger(), value.toObject());
            return rows;
        };
        const QString key = QStringLiteral("issuedToYou");

        // No identity set: the field is there, and null, for every credential.
        auto rows = verdicts();
        QCOMPARE(rows.size(), 2);
        for (const QJsonObject &row : std::as_const(rows)) {
            QVERIFY(row.contains(key));
            QVERIFY(row.value(key).isNull());
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        }

        // The learner's DID is di-minimal's subject: that one is theirs, the other is someone else's,
        // and both stay "valid" (the recipient never changes the cryptographic verdict).
        QCOMPARE(cli(wallet, { QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--type"),
                                 QStringLiteral("did"), mine })
                     .exitCode,
            0);
        rows = verdicts();
        QCOMPARE(rows.value(minimalId).value(key), QJsonValue(true));
        QCOMPARE(rows.value(jwtId).value(key), QJsonValue(false));
        QCOMPARE(rows.value(minimalId).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(rows.value(jwtId).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    }

    // SD-JWT VCs are recognised by content whatever the file is called (RFC 9901 Appendix A.3,
    // tests/data/sdjwt): offline, the issuer's key is not looked up (unknown), but a changed
    // Disclosure is found without it.
    void sdJwtVcFiles()
    {
        const QString data = QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/");
        QFile issued(data + QStringLiteral("rfc9901-A.3-issued.txt"));
        QVERIFY(issued.open(QIODevice::ReadOnly));
        QByteArray changed = issued.readAll();
        changed.replace("WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiRXJpa2EiXQ",
                        "WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiRXJpY2EiXQ"); // "Erika" -> "Erica"
        const QString changedPath = m_dir.filePath(QStringLiteral("pid-changed.jwt"));
        QFile out(changedPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(changed) == changed.size());
        out.close();
        const QString issuedCopy = m_dir.filePath(QStringLiteral("pid.sd-jwt"));
        QVERIFY(QFile::copy(issued.fileName(), issuedCopy));
        const QList<std::pair<QString, QString>> cases{
            {issuedCopy, QStringLiteral("unknown")},
            {data + QStringLiteral("rfc9901-A.3-presentation.txt"), QStringLiteral("unknown")},
            {changedPath, QStringLiteral("invalid")}};
        for (const auto &[file, status] : cases) {
            const QString wallet = m_dir.filePath(QFileInfo(file).fileName() + QStringLiteral(".sqlite"));
            const Run imported = cli(wallet, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--offline"), file});
            const QJsonObject item = QJsonDocument::fromJson(imported.out).array().at(0).toObject();
            QVERIFY2(item.value(QStringLiteral("outcome")).toString() == QLatin1String("imported"), imported.out.constData());
            const QJsonArray listed = QJsonDocument::fromJson(cli(wallet, {QStringLiteral("--json"), QStringLiteral("list")}).out).array();
            QVERIFY2(QJsonDocument(listed).toJson().contains("sd-jwt-vc"), QJsonDocument(listed).toJson().constData());
            int exitCode = 0;
            const QHash<qint64, Verdict> verdicts = verifyWallet(wallet, true, &exitCode);
            QCOMPARE(verdicts.size(), 1);
            const Verdict verdict = verdicts.begin().value();
            QCOMPARE(verdict.status, status);
            QCOMPARE(verdict.reasonCode, status == QLatin1String("invalid") ? QStringLiteral("disclosures")
                                                                            : QStringLiteral("key-unresolvable"));
            QVERIFY(hasCheck(verdict.checks, QStringLiteral("key-unresolvable"), QStringLiteral("unknown")));
            QCOMPARE(exitCode, 1);
        }
    }

    void textOutputAndUsage()
    {
        const QString wallet = m_dir.filePath(QStringLiteral("text.sqlite"));
        Run import = cli(wallet,
            { QStringLiteral("import"), QStringLiteral("--offline"), kRefvc + QStringLiteral("ob3/di-minimal.json"),
                kRefvc + QStringLiteral("ob3/jwt-invalid-alg-none.jwt") });
        QCOMPARE(import.exitCode, 0);

        const Run text
            = cli(wallet, { QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--now"), kNow });
        QCOMPARE(text.exitCode, 1); // one credential is not valid
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("valid") && lines.at(0).contains("Cloud Infrastructure Basics"),
            lines.at(0).constData());
        QVERIFY2(lines.at(1).contains("invalid") && lines.at(1).contains("alg-none"), lines.at(1).constData());

        const Run one = cli(wallet,
            { QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--offline"), QStringLiteral("--now"), kNow,
                QStringLiteral("--json") });
        QCOMPARE(one.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(one.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        for (const char *key : { "id", "name", "status", "reasonCode", "verifiedAt", "checks" })
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(row.value(QStringLiteral("verifiedAt")).toString(), kNow);
        // The report is saved in the wallet: list shows the status.
        const Run list = cli(wallet, { QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(list.out.contains("\"status\": \"valid\""));

        QCOMPARE(
            cli(wallet, { QStringLiteral("verify"), QStringLiteral("999999"), QStringLiteral("--offline") }).exitCode,
            1);
        QCOMPARE(cli(wallet, { QStringLiteral("verify"), QStringLiteral("abc") }).exitCode, 2);
        QCOMPARE(cli(wallet, { QStringLiteral("verify"), QStringLiteral("--bogus") }).exitCode, 2);
        const Run help = cli(wallet, { QStringLiteral("verify"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--offline"));
        QVERIFY(help.out.contains("Exit status"));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "TestCliVerify.moc"
