// satchel-cli present with SD-JWT VCs (issue 16), end to end on loopback against the published
// libraries (tests/interop/oid4vp-verifier.mjs with oid4vp-sdjwt.mjs): the verifier issues SD-JWT
// VCs with @sd-jwt/sd-jwt-vc bound (cnf.jwk) to the learner's own holder keys (P-256 did:jwk and
// Ed25519 did:key, made with `identity add-key`), the learner imports them, and answers DCQL
// dc+sd-jwt queries. The verifier's verdict is @sd-jwt/sd-jwt-vc's (issuer signature, Disclosures,
// Key Binding JWT: signature by the cnf key, nonce, sd_hash; aud checked by its glue) and dcql's.
// Asserted: it accepts; the Disclosures it received are exactly the claims asked for (and the
// parents of nested ones), which are what the dry run showed the learner; the same answer with a
// wrong nonce or aud, a flipped KB-JWT signature, an added Disclosure or no KB-JWT is rejected by
// the verifier; a credential without cnf is refused by Satchel, with its reason, when the query
// requires holder binding, and sent without a KB-JWT (and accepted) when it does not.
//
// Needs Node.js and `npm ci` in tests/interop; skipped with a message otherwise.
#include "../receive/LoopbackIssuer.h"
#include "CliProcess.h"
#include "present/SdJwtPresentation.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

using Paths = QList<QJsonArray>;

// Satchel's names of disclosed claims ("a.tag[1]") as @sd-jwt's presentableKeys writes them ("a.tag.1").
QSet<QString> libraryNames(const QJsonArray &disclosed)
{
    QSet<QString> out;
    for (const QJsonValue &name : disclosed)
        out.insert(name.toString().replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']')));
    return out;
}

QSet<QString> strings(const QJsonArray &array)
{
    QSet<QString> out;
    for (const QJsonValue &value : array)
        out.insert(value.toString());
    return out;
}

} // namespace

class TestSdJwtPresentCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wallet;
    QString m_passphraseFile;
    LoopbackIssuer m_verifier; // the issuer's admin helpers serve the verifier's admin routes too
    QHash<QString, qint64> m_rows; // "p256", "ed25519", "unbound" -> the imported SD-JWT VC's row
    QString m_accepted;            // a request whose answer the verifier accepted

    CliProcess::Run cli(const QStringList &words)
    {
        return CliProcess::run(QStringLiteral(SATCHEL_CLI_PATH), QStringList{QStringLiteral("--wallet"), m_wallet} + words);
    }

    // A holder key of keyType, made now; its DID.
    QString addKey(const QString &keyType)
    {
        auto made = cli({QStringLiteral("identity"), QStringLiteral("add-key"), QStringLiteral("--key-type"), keyType,
                         QStringLiteral("--passphrase-file"), m_passphraseFile});
        if (made.exitCode != 0)
            qWarning() << made.err;
        const QJsonArray listed = QJsonDocument::fromJson(cli({QStringLiteral("identity"), QStringLiteral("list"),
                                                               QStringLiteral("--json")}).out).array();
        for (const QJsonValue &entry : listed) {
            const QJsonObject o = entry.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("holder")
                && o.value(QLatin1String("keyType")).toString() == keyType)
                return o.value(QLatin1String("did")).toString();
        }
        return {};
    }

    // The verifier's SD-JWT VC for holderDid (cnf: its key, unless !bound), imported; its row.
    qint64 importFromVerifier(const QString &name, const QString &holderDid, bool bound)
    {
        const QString credential = m_verifier.admin(QStringLiteral("/admin/sdjwt"),
                                                    {{QStringLiteral("holderDid"), holderDid},
                                                     {QStringLiteral("bound"), bound}})
                                       .value(QLatin1String("credential")).toString();
        const QString path = m_dir.filePath(name + QStringLiteral(".sd-jwt"));
        QFile file(path);
        if (credential.isEmpty() || !file.open(QIODevice::WriteOnly))
            return 0;
        file.write(credential.toLatin1());
        file.close();
        auto imported = cli({QStringLiteral("--offline"), QStringLiteral("import"), path, QStringLiteral("--json")});
        const QJsonArray items = QJsonDocument::fromJson(imported.out).array();
        if (imported.exitCode != 0 || items.isEmpty())
            qWarning() << imported.out << imported.err;
        return items.isEmpty() ? 0 : items.first().toObject().value(QLatin1String("id")).toInteger();
    }

    QJsonObject request(const Paths &claims, bool requireBinding = true)
    {
        QJsonArray paths;
        for (const QJsonArray &path : claims)
            paths.append(path);
        QJsonObject item{{QStringLiteral("claims"), paths}};
        if (!requireBinding)
            item.insert(QStringLiteral("requireBinding"), false);
        return m_verifier.admin(QStringLiteral("/admin/requests"),
                                {{QStringLiteral("format"), QStringLiteral("dc+sd-jwt")},
                                 {QStringLiteral("items"), QJsonArray{item}}});
    }

    QJsonObject resultOf(const QJsonObject &made)
    {
        return m_verifier.adminGet(QStringLiteral("/admin/results/") + made.value(QLatin1String("id")).toString());
    }

    CliProcess::Run present(const QJsonObject &made, const QStringList &words)
    {
        return cli(QStringList{QStringLiteral("present"), made.value(QLatin1String("request")).toString()} + words);
    }

    // Sends row to made's request: the verifier accepts it, having received exactly these Disclosures.
    void sendAndExpect(const QJsonObject &made, qint64 row, const QSet<QString> &disclosed)
    {
        auto sent = present(made, {QStringLiteral("--credential"), QString::number(row), QStringLiteral("--yes"),
                                   QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject result = resultOf(made);
        QVERIFY2(result.value(QLatin1String("status")).toString() == QLatin1String("accepted"),
                 QJsonDocument(result).toJson().constData());
        QCOMPARE(strings(result.value(QLatin1String("disclosed")).toArray()), disclosed);
    }

    // The dry run's entry for row under the request's only query: in "matching" or "others".
    QJsonObject shown(const QJsonObject &made, qint64 row, const QString &list)
    {
        auto dry = present(made, {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        const QJsonArray queries = QJsonDocument::fromJson(dry.out).object().value(QLatin1String("queries")).toArray();
        for (const QJsonValue &entry : queries.first().toObject().value(list).toArray()) {
            if (entry.toObject().value(QLatin1String("id")).toInteger() == row)
                return entry.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const QString &module : {QStringLiteral("@openid4vc/openid4vp"), QStringLiteral("@sd-jwt/sd-jwt-vc")}) {
            if (const QString missing = NodeServerProcess::missing(module); !missing.isEmpty())
                QSKIP(qPrintable(missing));
        }
        QVERIFY2(m_verifier.start(QStringLiteral("oid4vp-verifier.mjs")), m_verifier.errors().constData());
        m_wallet = m_dir.filePath(QStringLiteral("sdjwt.sqlite"));
        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        QFile f(m_passphraseFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sd-jwt key passphrase\n");
        f.close();
        for (const QString &keyType : {QStringLiteral("p256"), QStringLiteral("ed25519")}) {
            const QString did = addKey(keyType);
            QVERIFY2(!did.isEmpty(), qPrintable(keyType));
            m_rows.insert(keyType, importFromVerifier(keyType, did, true));
            QVERIFY(m_rows.value(keyType) > 0);
        }
        m_rows.insert(QStringLiteral("unbound"), importFromVerifier(QStringLiteral("unbound"), {}, false));
        QVERIFY(m_rows.value(QStringLiteral("unbound")) > 0);
    }

    void presentsOnlyWhatIsAsked_data()
    {
        QTest::addColumn<QString>("holder");
        QTest::addColumn<Paths>("claims");
        QTest::addColumn<QStringList>("disclosed"); // as the verifier's library names them
        QTest::newRow("P-256: a nested claim, with its parent")
            << QStringLiteral("p256") << Paths{{"credentialSubject", "achievement", "name"}}
            << QStringList{"credentialSubject.achievement", "credentialSubject.achievement.name"};
        QTest::newRow("Ed25519: every tag (array elements) and a top-level claim")
            << QStringLiteral("ed25519") << Paths{{"credentialSubject", "achievement", "tag", QJsonValue::Null}, {"name"}}
            << QStringList{"name", "credentialSubject.achievement", "credentialSubject.achievement.tag.0",
                           "credentialSubject.achievement.tag.1", "credentialSubject.achievement.tag.2"};
        QTest::newRow("P-256: one tag, the criteria object whole")
            << QStringLiteral("p256")
            << Paths{{"credentialSubject", "achievement", "tag", 1}, {"credentialSubject", "achievement", "criteria"}}
            << QStringList{"credentialSubject.achievement", "credentialSubject.achievement.tag.1",
                           "credentialSubject.achievement.criteria"};
    }

    void presentsOnlyWhatIsAsked()
    {
        QFETCH(QString, holder);
        QFETCH(Paths, claims);
        QFETCH(QStringList, disclosed);
        const qint64 row = m_rows.value(holder);
        const QJsonObject made = request(claims);

        // What the learner is shown: this credential, exactly the claims that will be disclosed.
        const QJsonObject offered = shown(made, row, QStringLiteral("matching"));
        QVERIFY2(!offered.isEmpty(), "the SD-JWT VC is not offered");
        QCOMPARE(libraryNames(offered.value(QLatin1String("disclosed")).toArray()),
                 QSet<QString>(disclosed.begin(), disclosed.end()));
        auto text = present(made, {QStringLiteral("--dry-run")});
        QVERIFY2(text.out.contains("Discloses only"), text.out.constData());

        sendAndExpect(made, row, QSet<QString>(disclosed.begin(), disclosed.end()));
        if (QTest::currentTestFailed())
            return;
        m_accepted = made.value(QLatin1String("id")).toString();
    }

    // The accepted answer, changed, is refused by the verifier's library.
    void tamperedAnswersFail_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("said");
        QTest::newRow("another request's nonce") << QStringLiteral("nonce") << QStringLiteral("Invalid Nonce");
        QTest::newRow("another verifier (aud)") << QStringLiteral("aud") << QStringLiteral("is not the client_id");
        QTest::newRow("KB-JWT signature") << QStringLiteral("kb-signature") << QStringLiteral("Invalid JWT Signature");
        QTest::newRow("a Disclosure added") << QStringLiteral("extra-disclosure") << QStringLiteral("Invalid sd_hash");
        QTest::newRow("KB-JWT removed") << QStringLiteral("kb-removed") << QStringLiteral("Key Binding JWT not exist");
    }

    void tamperedAnswersFail()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, said);
        QVERIFY2(!m_accepted.isEmpty(), "no accepted answer to tamper with");
        const QJsonObject checked = m_verifier.admin(QStringLiteral("/admin/recheck"),
                                                     {{QStringLiteral("id"), m_accepted}, {QStringLiteral("tamper"), tamper}});
        QCOMPARE(checked.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        const QString errors = QJsonDocument(checked.value(QLatin1String("errors")).toArray()).toJson();
        QVERIFY2(errors.contains(said), qPrintable(errors));
    }

    void unboundNeedsNoBinding()
    {
        const qint64 unbound = m_rows.value(QStringLiteral("unbound"));
        const Paths claims{{"credentialSubject", "achievement", "name"}};

        // Binding required (the default): Satchel refuses it, saying why, and sends nothing.
        const QJsonObject required = request(claims);
        const QJsonObject refused = shown(required, unbound, QStringLiteral("others"));
        QCOMPARE(refused.value(QLatin1String("reason")).toString(), SdJwtPresentation::unbound().message);
        QVERIFY(refused.value(QLatin1String("reason")).toString().startsWith(
            QLatin1String("The verifier asks for proof that this credential is yours")));
        auto chosen = present(required, {QStringLiteral("--credential"), QString::number(unbound), QStringLiteral("--yes"),
                                         QStringLiteral("--passphrase-file"), m_passphraseFile});
        QCOMPARE(chosen.exitCode, 2);
        QVERIFY2(chosen.err.contains("answers nothing this verifier asks for")
                     && chosen.err.contains(SdJwtPresentation::unbound().message.toUtf8()),
                 chosen.err.constData());
        QCOMPARE(resultOf(required).value(QLatin1String("status")).toString(), QStringLiteral("pending"));

        // Not required: sent without a Key Binding JWT, and accepted.
        const QJsonObject optional = request(claims, false);
        sendAndExpect(optional, unbound, {"credentialSubject.achievement", "credentialSubject.achievement.name"});
    }
};

QTEST_GUILESS_MAIN(TestSdJwtPresentCli)
#include "TestSdJwtPresentCli.moc"
