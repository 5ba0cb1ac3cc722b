// Signed presentation files (issue 15): Share -> Signed presentation writes a VP of wallet
// credentials signed by a holder identity, bound to the recipient's challenge. Checked here: the
// file's shape (JSON-LD credentials as their stored bytes, a VC-JWT enveloped), Satchel's own
// PresentationVerifier (holder signature with did:key Ed25519 and did:jwk P-256, the challenge,
// tampering and a re-signed copy refused with their reasons), every carried credential verifying,
// and the published libraries (tests/interop/check-presentation-file.mjs: jsonld-signatures,
// @digitalbazaar/vc, jose) accepting the file Satchel wrote.
#include "CliProcess.h"
#include "NodeServerProcess.h"
#include "../present/PresentTestSupport.h"
#include "../present/PresentTestWallet.h"

#include "crypto/Ed25519SigningKey.h"
#include "crypto/Jws.h"
#include "crypto/P256SigningKey.h"
#include "formats/CredentialReader.h"
#include "share/PresentationSigner.h"
#include "share/SignedPresentationFile.h"
#include "verify/CredentialVerifier.h"
#include "verify/PresentationVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kChallenge = QStringLiteral("7Q2-pink-otter");

Ed25519SigningKey edKey(char fill = 'h')
{
    return Ed25519SigningKey(PresentTest::keyFromSeed(fill));
}

P256SigningKey p256Key()
{
    const QByteArray scalar(32, '\x17');
    auto pair = P256KeyPair::fromPrivateScalar(SecureBytes(scalar.constData(), size_t(scalar.size())));
    return P256SigningKey(std::move(*pair));
}

QString message(const Status &status)
{
    return status ? QString() : status.error().code + QLatin1String(": ") + status.error().message;
}

} // namespace

class TestSignedPresentationFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        m_rows = PresentTest::fillWallet(m_walletPath);
        QVERIFY(!m_rows.isEmpty());
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        m_wallet = std::move(*wallet);
    }

    void fileCarriesCredentialsAsStored()
    {
        const Ed25519SigningKey key = edKey();
        auto vp = SignedPresentationFile::build(*m_wallet, options({"minimal", "rich", "jwt"}), key);
        QVERIFY2(vp, qPrintable(vp ? QString() : vp.error().message));
        const QJsonObject object = QJsonDocument::fromJson(*vp).object();
        QCOMPARE(object.value(QLatin1String("holder")).toString(), key.did());
        QCOMPARE(object.value(QLatin1String("@context")).toArray(), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")});
        const QJsonObject proof = object.value(QLatin1String("proof")).toObject();
        QCOMPARE(proof.value(QLatin1String("challenge")).toString(), kChallenge);
        QCOMPARE(proof.value(QLatin1String("domain")).toString(), QStringLiteral("hiring.example"));
        QCOMPARE(proof.value(QLatin1String("proofPurpose")).toString(), QStringLiteral("authentication"));
        const QJsonArray credentials = object.value(QLatin1String("verifiableCredential")).toArray();
        QCOMPARE(credentials.size(), 3);
        // The JSON-LD ones byte for byte as the wallet holds them.
        for (const char *name : {"minimal", "rich"})
            QVERIFY(vp->contains(m_wallet->credential(m_rows.value(QLatin1String(name)))->raw.bytes.trimmed()));
        // The VC-JWT enveloped (VCDM 2.0): its token whole in a data: URL.
        const QJsonObject envelope = credentials.at(2).toObject();
        QCOMPARE(envelope.value(QLatin1String("type")).toString(), QStringLiteral("EnvelopedVerifiableCredential"));
        const QByteArray jwt = m_wallet->credential(m_rows.value(QStringLiteral("jwt")))->raw.bytes.trimmed();
        QVERIFY(envelope.value(QLatin1String("id")).toString().endsWith(QString::fromLatin1(jwt)));
        QVERIFY(envelope.value(QLatin1String("id")).toString().startsWith(QLatin1String("data:application/")));
    }

    void verifiesWithSatchel_data()
    {
        QTest::addColumn<bool>("p256");
        QTest::newRow("did:key Ed25519") << false;
        QTest::newRow("did:jwk P-256") << true;
    }

    void verifiesWithSatchel()
    {
        QFETCH(bool, p256);
        const Ed25519SigningKey ed = edKey();
        const P256SigningKey ec = p256Key();
        const SigningKey &key = p256 ? static_cast<const SigningKey &>(ec) : ed;
        auto vp = SignedPresentationFile::build(*m_wallet, options({"minimal", "jwt"}), key);
        QVERIFY(vp);

        auto checked = PresentationVerifier(nullptr).check(*vp, kChallenge, QStringLiteral("hiring.example"));
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->content.holder, key.did());
        QVERIFY2(checked->holderSignature.outcome == CheckOutcome::Pass, qPrintable(checked->holderSignature.message));
        QCOMPARE(int(checked->binding.outcome), int(CheckOutcome::Pass));
        QVERIFY(checked->accepted());
        QVERIFY(PresentationVerifier::holderCheck(*vp).ok());

        // Each credential comes back as the wallet holds it, and verifies as usual.
        QCOMPARE(checked->content.credentials.size(), 2);
        QCOMPARE(checked->content.credentials.at(0), m_wallet->credential(m_rows.value(QStringLiteral("minimal")))->raw.bytes.trimmed());
        QCOMPARE(checked->content.credentials.at(1), m_wallet->credential(m_rows.value(QStringLiteral("jwt")))->raw.bytes.trimmed());
        const QList<CredentialFormat> formats{CredentialFormat::Ob3Json, CredentialFormat::Ob3Jwt};
        for (qsizetype i = 0; i < 2; ++i) {
            const VerificationReport report = CredentialVerifier(nullptr).verify(formats.at(i), checked->content.credentials.at(i));
            QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(report.reasonCode()));
        }
    }

    // What a recipient must be told: another challenge, a changed credential, a copy re-signed by
    // someone else under the same holder, a holder that is not the signer.
    void refusesTamperedPresentations()
    {
        const Ed25519SigningKey key = edKey();
        auto vp = SignedPresentationFile::build(*m_wallet, options({"minimal", "rich"}), key);
        QVERIFY(vp);

        auto otherChallenge = PresentationVerifier(nullptr).check(*vp, QStringLiteral("another-code"));
        QVERIFY(otherChallenge);
        QCOMPARE(int(otherChallenge->binding.outcome), int(CheckOutcome::Fail));
        QVERIFY(otherChallenge->binding.message.contains(QLatin1String("another-code")));
        QVERIFY(otherChallenge->binding.message.contains(kChallenge));
        QVERIFY(!otherChallenge->accepted());

        // The challenge edited in the file to match: the signature breaks.
        auto edited = PresentationVerifier(nullptr).check(QByteArray(*vp).replace(kChallenge.toUtf8(), "another-code"),
                                                          QStringLiteral("another-code"), QStringLiteral("hiring.example"));
        QVERIFY(edited);
        QCOMPARE(int(edited->binding.outcome), int(CheckOutcome::Pass));
        QCOMPARE(edited->holderSignature.code, QStringLiteral("signature"));
        QCOMPARE(int(edited->holderSignature.outcome), int(CheckOutcome::Fail));
        QVERIFY(!edited->accepted());

        // A credential changed inside the presentation.
        QByteArray changed = *vp;
        QVERIFY(changed.contains("Cloud Infrastructure Basics"));
        changed.replace("Cloud Infrastructure Basics", "Cloud Infrastructure Mastery");
        auto changedCheck = PresentationVerifier(nullptr).check(changed, kChallenge);
        QVERIFY(changedCheck);
        QCOMPARE(changedCheck->holderSignature.code, QStringLiteral("signature"));
        QCOMPARE(int(changedCheck->holderSignature.outcome), int(CheckOutcome::Fail));

        // Someone else signs the same credentials but names this learner as holder.
        const Ed25519SigningKey other = edKey('x');
        auto forged = SignedPresentationFile::build(*m_wallet, options({"minimal"}), other);
        QVERIFY(forged);
        QByteArray forgedBytes = *forged;
        forgedBytes.replace(("\"holder\":\"" + other.did() + '"').toUtf8(), ("\"holder\":\"" + key.did() + '"').toUtf8());
        auto forgedCheck = PresentationVerifier(nullptr).check(forgedBytes, kChallenge);
        QVERIFY(forgedCheck);
        QCOMPARE(forgedCheck->content.holder, key.did());
        QCOMPARE(forgedCheck->holderSignature.code, QStringLiteral("issuer-mismatch"));
        QVERIFY(forgedCheck->holderSignature.message.contains(other.did()));
        QVERIFY(!PresentationVerifier::holderCheck(forgedBytes).ok());
    }

    // A JWT VP is checked the same way: signed by a key of its holder, for the challenge (nonce).
    void checksJwtPresentations()
    {
        const Ed25519SigningKey holder = edKey();
        const Ed25519SigningKey other = edKey('x');
        const QByteArray jwt = m_wallet->credential(m_rows.value(QStringLiteral("jwt")))->raw.bytes.trimmed();
        const auto jwtVp = [&](const SigningKey &signer, const QString &claimedHolder) {
            const QJsonObject claims{
                {QStringLiteral("iss"), claimedHolder},
                {QStringLiteral("nonce"), kChallenge},
                {QStringLiteral("vp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("VerifiablePresentation")},
                                                   {QStringLiteral("holder"), claimedHolder},
                                                   {QStringLiteral("verifiableCredential"),
                                                    QJsonArray{QString::fromLatin1(jwt)}}}}};
            const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(signer.jwsAlgorithm())},
                                     {QStringLiteral("kid"), signer.verificationMethod()}};
            return Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), signer).value();
        };
        auto genuine = PresentationVerifier(nullptr).check(jwtVp(holder, holder.did()), kChallenge);
        QVERIFY(genuine);
        QVERIFY2(genuine->accepted(), qPrintable(genuine->holderSignature.message));
        QCOMPARE(genuine->content.credentials, QList<QByteArray>{jwt});

        auto forged = PresentationVerifier(nullptr).check(jwtVp(other, holder.did()), kChallenge);
        QVERIFY(forged);
        QCOMPARE(forged->holderSignature.code, QStringLiteral("issuer-mismatch"));
        QVERIFY(!forged->accepted());
        auto otherChallenge = PresentationVerifier(nullptr).check(jwtVp(holder, holder.did()), QStringLiteral("x"));
        QVERIFY(otherChallenge && !otherChallenge->accepted());
    }

    void refusesWhatCannotBeSigned()
    {
        const Ed25519SigningKey key = edKey();
        SignedPresentationOptions noChallenge = options({"minimal"});
        noChallenge.challenge = QStringLiteral("   ");
        QCOMPARE(SignedPresentationFile::build(*m_wallet, noChallenge, key).error().code, QStringLiteral("challenge-missing"));
        SignedPresentationOptions longChallenge = options({"minimal"});
        longChallenge.challenge = QString(SignedPresentationFile::kMaxChallengeChars + 1, QLatin1Char('c'));
        QCOMPARE(SignedPresentationFile::check(longChallenge).error().code, QStringLiteral("challenge-too-long"));
        QCOMPARE(SignedPresentationFile::build(*m_wallet, options({}), key).error().code, QStringLiteral("no-credentials"));
        const Result<QByteArray> ob2 = SignedPresentationFile::build(*m_wallet, options({"minimal", "ob2"}), key);
        QCOMPARE(ob2.error().code, QStringLiteral("format-not-presentable"));
        QVERIFY(ob2.error().message.contains(QLatin1String("Open Badges 2.0")));
        // A VCDM 1.1 credential and a VCDM 2.0 one cannot share one presentation's context; 1.1
        // ones alone make a 1.1 presentation.
        const QByteArray v1 = PresentTest::fixtureBytes(
            QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/simple_v1.json"));
        const QByteArray v2 = PresentTest::fixtureBytes(QStringLiteral("refvc/ob3/di-minimal.json"));
        QVERIFY(!v1.isEmpty() && !v2.isEmpty());
        const PresentationBinding binding{kChallenge, {}};
        QCOMPARE(PresentationSigner::signCredentials({v2, v1}, key, binding).error().code, QStringLiteral("mixed-data-models"));
        auto only11 = PresentationSigner::signCredentials({v1}, key, binding);
        QVERIFY(only11);
        QCOMPARE(QJsonDocument::fromJson(*only11).object().value(QLatin1String("@context")).toArray().first().toString(),
                 QStringLiteral("https://www.w3.org/2018/credentials/v1"));
        auto checked = PresentationVerifier(nullptr).check(*only11, kChallenge);
        QVERIFY(checked && checked->accepted());
    }

    // The file Satchel wrote, checked by the published libraries.
    void verifiesWithPublishedLibraries_data()
    {
        verifiesWithSatchel_data();
    }

    void verifiesWithPublishedLibraries()
    {
        QFETCH(bool, p256);
        if (const QString why = NodeServerProcess::missing(QStringLiteral("@digitalbazaar/vc")); !why.isEmpty())
            QSKIP(qPrintable(why));
        const Ed25519SigningKey ed = edKey();
        const P256SigningKey ec = p256Key();
        const SigningKey &key = p256 ? static_cast<const SigningKey &>(ec) : ed;
        const QString path = m_dir.filePath(QStringLiteral("presentation.json"));
        const Status written = SignedPresentationFile::write(path, *m_wallet, options({"minimal", "rich", "jwt"}), key);
        QVERIFY2(written, qPrintable(message(written)));

        const QJsonObject accepted = runNodeCheck(path, kChallenge, QStringLiteral("hiring.example"));
        QVERIFY2(accepted.value(QLatin1String("verified")).toBool(), QJsonDocument(accepted).toJson().constData());
        QCOMPARE(accepted.value(QLatin1String("holder")).toString(), key.did());
        const QJsonArray credentials = accepted.value(QLatin1String("credentials")).toArray();
        QCOMPARE(credentials.size(), 3);
        QCOMPARE(credentials.at(2).toObject().value(QLatin1String("form")).toString(), QStringLiteral("enveloped"));

        // The library refuses another challenge, too.
        const QJsonObject refused = runNodeCheck(path, QStringLiteral("another-code"), QStringLiteral("hiring.example"));
        QCOMPARE(refused.value(QLatin1String("verified")).toBool(true), false);
        QVERIFY(QJsonDocument(refused).toJson().contains("holder's proof does not verify"));
    }

    // satchel-cli share presentation writes the same file; satchel-cli import reads it back and says
    // who presented it and that they signed it.
    void commandLineWritesAndImports()
    {
        qputenv("SATCHEL_NO_KEYCHAIN", "1"); // the identity is made and sealed under the passphrase file
        const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
        QFile secret(passphraseFile);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("correct horse battery staple\n");
        secret.close();
        const QString out = m_dir.filePath(QStringLiteral("cli-presentation.json"));
        const QString cli = QStringLiteral(SATCHEL_CLI_PATH);
        const QStringList ids{QString::number(m_rows.value(QStringLiteral("minimal"))),
                              QString::number(m_rows.value(QStringLiteral("jwt")))};

        const CliProcess::Run noChallenge = CliProcess::run(
            cli, QStringList{QStringLiteral("--wallet"), m_walletPath, QStringLiteral("share"), QStringLiteral("presentation")}
                     + ids + QStringList{QStringLiteral("-o"), out});
        QCOMPARE(noChallenge.exitCode, 2);
        QVERIFY(noChallenge.err.contains("code"));

        const CliProcess::Run written = CliProcess::run(
            cli, QStringList{QStringLiteral("--wallet"), m_walletPath, QStringLiteral("--json"), QStringLiteral("share"),
                             QStringLiteral("presentation")}
                     + ids
                     + QStringList{QStringLiteral("--challenge"), kChallenge, QStringLiteral("-o"), out,
                                   QStringLiteral("--passphrase-file"), passphraseFile});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const QString holder = QJsonDocument::fromJson(written.out).object().value(QLatin1String("holder")).toString();
        QVERIFY(holder.startsWith(QLatin1String("did:")));
        // Again without --identity: the same (now default) identity signs; no second one is made.
        const CliProcess::Run again = CliProcess::run(
            cli, QStringList{QStringLiteral("--wallet"), m_walletPath, QStringLiteral("--json"), QStringLiteral("share"),
                             QStringLiteral("presentation")}
                     + ids
                     + QStringList{QStringLiteral("--challenge"), kChallenge, QStringLiteral("-o"), out + QStringLiteral(".2"),
                                   QStringLiteral("--passphrase-file"), passphraseFile});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("holder")).toString(), holder);

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto checked = PresentationVerifier(nullptr).check(file.readAll(), kChallenge);
        QVERIFY(checked);
        QVERIFY2(checked->accepted(), qPrintable(checked->holderSignature.message));
        QCOMPARE(checked->content.holder, holder);
        QCOMPARE(checked->content.credentials.size(), 2);

        // The advisor's review on the command line: accepted for the code they gave, not for another.
        const CliProcess::Run reviewed = CliProcess::run(
            cli, {QStringLiteral("--offline"), QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("open"), out,
                  QStringLiteral("--challenge"), kChallenge});
        QVERIFY2(reviewed.exitCode == 0, reviewed.out.constData());
        const QJsonObject review = QJsonDocument::fromJson(reviewed.out).object();
        QCOMPARE(review[QLatin1String("presentation")][QLatin1String("holder")].toString(), holder);
        QCOMPARE(review[QLatin1String("presentation")][QLatin1String("accepted")].toBool(), true);
        QCOMPARE(review[QLatin1String("credentials")].toArray().size(), 2);
        const CliProcess::Run otherCode = CliProcess::run(
            cli, {QStringLiteral("--offline"), QStringLiteral("review"), QStringLiteral("open"), out,
                  QStringLiteral("--challenge"), QStringLiteral("another-code")});
        QCOMPARE(otherCode.exitCode, 1);
        QVERIFY2(otherCode.out.contains("another-code"), otherCode.out.constData());

        const QString other = m_dir.filePath(QStringLiteral("advisor.sqlite"));
        const CliProcess::Run imported = CliProcess::run(
            cli, {QStringLiteral("--wallet"), other, QStringLiteral("--offline"), QStringLiteral("--json"),
                  QStringLiteral("import"), out});
        QVERIFY2(imported.exitCode == 0, imported.out.constData());
        const QJsonArray items = QJsonDocument::fromJson(imported.out).array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items) {
            QCOMPARE(item[QLatin1String("outcome")].toString(), QStringLiteral("imported"));
            QCOMPARE(item[QLatin1String("presentationHolder")].toString(), holder);
            QCOMPARE(item[QLatin1String("holderSignature")].toString(), QStringLiteral("valid"));
        }
    }

private:
    SignedPresentationOptions options(const QList<const char *> &names) const
    {
        SignedPresentationOptions options;
        for (const char *name : names)
            options.credentialIds.append(m_rows.value(QLatin1String(name)));
        options.challenge = kChallenge;
        options.domain = QStringLiteral("hiring.example");
        return options;
    }

    static QJsonObject runNodeCheck(const QString &path, const QString &challenge, const QString &domain)
    {
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(SATCHEL_SOURCE_DIR "/tests/interop/check-presentation-file.mjs"),
                                            path, challenge, domain});
        if (!node.waitForFinished(120000))
            return {};
        const QByteArray out = node.readAllStandardOutput();
        if (out.trimmed().isEmpty())
            qWarning().noquote() << node.readAllStandardError();
        return QJsonDocument::fromJson(out).object();
    }

    QTemporaryDir m_dir;
    QString m_walletPath;
    QHash<QString, qint64> m_rows;
    std::unique_ptr<Wallet> m_wallet;
};

QTEST_GUILESS_MAIN(TestSignedPresentationFile)
#include "TestSignedPresentationFile.moc"
