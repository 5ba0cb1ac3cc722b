// Detection and parsing of every credential fixture (refvc corpus and the external spec/validator
// files), field-level parsing checks per format, bundles, linked documents and hostile inputs.
#include "formats/CredentialParser.h"
#include "formats/CredentialReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Satchel;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

const char *kValidator = "external/1EdTech-digital-credentials-public-validator/";

} // namespace

class TestCredentialReader : public QObject {
    Q_OBJECT

private:
    LinkedDocuments m_linked; // refvc routes + ob20/assets under example.org
    QHash<QString, QString> m_routes; // refvc URL -> corpus file
    QSet<QString> m_tableFiles;

    Credential parseFixture(const QString &relative, const LinkedDocuments &linked)
    {
        auto raw = CredentialReader::detect(readFile(fixture(relative)), relative);
        if (!raw)
            qFatal("detect failed for %s: %s", qPrintable(relative), qPrintable(raw.error().message));
        auto credential = CredentialReader::parse(*raw, linked);
        if (!credential)
            qFatal("parse failed for %s: %s", qPrintable(relative), qPrintable(credential.error().message));
        return *credential;
    }
    Credential parseFixture(const QString &relative) { return parseFixture(relative, m_linked); }

    static void addRow(const char *file, const char *expect, const char *name, const char *issuer)
    {
        QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(expect) << QString::fromUtf8(name)
                            << QString::fromUtf8(issuer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QJsonObject manifest = readJson(fixture(QStringLiteral("refvc/manifest.json")));
        for (const QJsonValue &route : manifest.value(QLatin1String("routes")).toArray()) {
            const QString url = route[QLatin1String("url")].toString();
            const QString file = route[QLatin1String("file")].toString();
            m_routes.insert(url, file);
            if (file.endsWith(QLatin1String(".json")))
                m_linked.insert(url, readJson(fixture(QStringLiteral("refvc/") + file)));
        }
        // As the upstream validator tests do: example.org documents live in ob20/assets.
        const QDir assets(fixture(QLatin1String(kValidator) + QStringLiteral("ob20/assets")));
        for (const QString &name : assets.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            const QJsonObject doc = readJson(assets.filePath(name));
            for (const char *prefix : { "https://example.org/", "http://example.org/", "https://www.example.org/" })
                m_linked.insert(QLatin1String(prefix) + name, doc);
        }
        QVERIFY(m_linked.size() > 100);
    }

    // Every fixture: detected format (or error code / "pending" for URL-only badges), then the
    // credential name and issuer name after parsing with the linked documents available.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        addRow("refvc/ob3/di-minimal.json", "ob3-json", "Cloud Infrastructure Basics", "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-rich.json", "ob3-json", "Technical Writing (ENG230)", "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-i18n.json", "ob3-json",
            "Éco-conception et réemploi ♻️ — 環境配慮設計と再利用 / 生态设计与再利用",
            "Académie régionale des compétences « Horizon »");
        addRow("refvc/ob3/di-issuer-profile-image.json", "ob3-json", "Sustainable Building Practices",
            "Eastgate Vocational Centre");
        addRow("refvc/served/status/1.json", "not-a-credential", "", "");
        addRow("refvc/ob3/di-status-active.json", "ob3-json", "First Aid Responder", "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-status-revoked.json", "ob3-json", "First Aid Responder", "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-tampered-subject-name.json", "ob3-json", "Technical Writing (ENG230)",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-tampered-achievement-description.json", "ob3-json", "Technical Writing (ENG230)",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-wrong-key.json", "ob3-json", "Advanced Welding Techniques",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-issuer-mismatch.json", "ob3-json", "Advanced Welding Techniques",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-proof-removed.json", "ob3-json", "Cloud Infrastructure Basics",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-proofvalue-truncated.json", "ob3-json", "Cloud Infrastructure Basics",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-expired.json", "ob3-json", "Data Visualization Fundamentals",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-not-yet-valid.json", "ob3-json", "Data Visualization Fundamentals",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/di-invalid-unknown-cryptosuite.json", "ob3-json", "Cloud Infrastructure Basics",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-eddsa-didkey.jwt", "ob3-jwt", "Cloud Infrastructure Basics (CLD120)",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-es256-didjwk.jwt", "ob3-jwt", "Technical Writing", "Maple Grove University");
        addRow("refvc/ob3/jwt-rs256-jwk-header.jwt", "ob3-jwt", "Sustainable Building Practices",
            "Granite Peak Institute");
        addRow(
            "refvc/ob3/jwt-rs256-kid-url.jwt", "ob3-jwt", "Sustainable Building Practices", "Granite Peak Institute");
        addRow(
            "refvc/ob3/jwt-eddsa-legacy-vc-claim.jwt", "ob3-jwt", "First Aid Responder", "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-invalid-alg-none.jwt", "ob3-jwt", "Cloud Infrastructure Basics (CLD120)",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-invalid-signature-bitflip.jwt", "ob3-jwt", "Cloud Infrastructure Basics (CLD120)",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-invalid-expired.jwt", "ob3-jwt", "Advanced Welding Techniques",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-invalid-iss-mismatch.jwt", "ob3-jwt", "Advanced Welding Techniques",
            "Eastgate Vocational Centre");
        addRow("refvc/ob3/jwt-invalid-wrong-key.jwt", "ob3-jwt", "Data Visualization Fundamentals",
            "Eastgate Vocational Centre");
        addRow("refvc/ob2/hosted-valid.json", "ob2-json", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/ob2/hosted-invalid-expired.json", "ob2-json", "Data Visualization Fundamentals",
            "Prairie Wind College");
        addRow("refvc/ob2/hosted-invalid-revoked.json", "ob2-json", "Data Visualization Fundamentals",
            "Prairie Wind College");
        addRow("refvc/ob2/signed-valid.jws", "ob2-jws", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/ob2/signed-invalid-revoked.jws", "ob2-jws", "Data Visualization Fundamentals",
            "Prairie Wind College");
        addRow("refvc/ob2/signed-invalid-expired.jws", "ob2-jws", "Data Visualization Fundamentals",
            "Prairie Wind College");
        addRow("refvc/ob2/signed-invalid-tampered.jws", "ob2-jws", "Data Visualization Fundamentals",
            "Prairie Wind College");
        addRow("refvc/baked/ob2-hosted-url.png", "pending", "", "");
        addRow(
            "refvc/baked/ob2-hosted-json.png", "ob2-json", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/baked/ob2-legacy-text-url.png", "pending", "", "");
        addRow("refvc/baked/ob2-signed.png", "ob2-jws", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/baked/ob3-json.png", "ob3-json",
            "Éco-conception et réemploi ♻️ — 環境配慮設計と再利用 / 生态设计与再利用",
            "Académie régionale des compétences « Horizon »");
        addRow(
            "refvc/baked/ob3-jwt.png", "ob3-jwt", "Cloud Infrastructure Basics (CLD120)", "Eastgate Vocational Centre");
        addRow("refvc/baked/ob3-json-invalid-tampered.png", "ob3-json", "Cloud Infrastructure Basics",
            "Eastgate Vocational Centre");
        addRow("refvc/baked/invalid-no-badge-data.png", "no-baked-data", "", "");
        addRow("refvc/baked/ob2-hosted.svg", "ob2-json", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/baked/ob2-signed.svg", "ob2-jws", "Data Visualization Fundamentals", "Prairie Wind College");
        addRow("refvc/baked/ob3-json.svg", "ob3-json", "Technical Writing (ENG230)", "Eastgate Vocational Centre");
        addRow("refvc/baked/ob3-jwt.svg", "ob3-jwt", "Technical Writing", "Maple Grove University");
        addRow("refvc/clr/clr-valid.json", "clr-json", "Comprehensive Learner Record — Bilal Tanaka",
            "Eastgate Vocational Centre");
        addRow("refvc/clr/clr-invalid-tampered.json", "clr-json", "Comprehensive Learner Record — Bilal Tanaka (copy)",
            "Eastgate Vocational Centre");
        addRow("refvc/clr/clr-invalid-nested-tampered.json", "clr-json", "Comprehensive Learner Record — Bilal Tanaka",
            "Eastgate Vocational Centre");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/complete.json", "ob3-json",
            "1EdTech University Degree for Example Student", "1EdTech University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/complete_v1.json", "ob3-json",
            "1EdTech University Degree for Example Student", "1EdTech University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/credential-status-revoked.json", "ob3-json",
            "ob3-credential-status-revoked.json", "1EdTech Testing");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/endorsement-err-schema-status-refresh.json",
            "ob3-json", "Example endorsement", "State Department of Education");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/endorsement-valid.json", "ob3-json",
            "Example endorsement", "State Department of Education");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-1ob.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-context-alias.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-context-version.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-did-key-method.json", "ob3-json",
            "test 1", "Andy F. Miller");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-did-web-method.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-eddsa-2022.json", "ob3-json",
            "Some name", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-context.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/"
               "simple-err-credential-subject-achievement-result-description-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/"
               "simple-err-credential-subject-identifier-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/"
               "simple-err-credential-subject-profile-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow(
            "external/1EdTech-digital-credentials-public-validator/ob30/simple-err-credential-subject-result-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-credential-subject-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-evidence-type.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-expired.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-issued.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-issuer-otheridentifier-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-issuer-parentorg-type.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-issuer-type.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-issuer.json", "ob3-json",
            "Example University Degree", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-proof-method-no-scheme.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/"
               "simple-err-proof-method-unknown-did-method.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-proof-method-unknown-scheme.json",
            "ob3-json", "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-proof-method.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-proof-value.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-err-type.json", "not-a-credential",
            "", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-multiple-proofs.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-noproof.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple.json", "ob3-json", "Teamwork Badge",
            "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple_v1.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple.jwt", "ob3-jwt",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/velocity.jwt", "ob3-jwt",
            "Velocity Network Board Member 2022", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-json.png", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-jwt.png", "ob3-jwt", "Teamwork Badge",
            "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-jwt_v1.png", "ob3-jwt",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-json.svg", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-jwt.svg", "ob3-jwt", "Teamwork Badge",
            "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/simple-jwt_v1.svg", "ob3-jwt",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/bit-string-list/"
               "credential-status-revoked-blank-nodes.json",
            "ob3-json", "ob3-credential-status-revoked.json", "1EdTech Testing");
        addRow(
            "external/1EdTech-digital-credentials-public-validator/ob30/bit-string-list/credential-status-revoked.json",
            "ob3-json", "ob3-credential-status-revoked.json", "1EdTech Testing");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/bit-string-list/testlist.json",
            "not-a-credential", "", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob30/sd/derivedcredential.json", "ob3-json",
            "Teamwork", "Example Corp");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/assertion-with-data-image.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/assertion-with-endorsements.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/assertion-with-extension-node-basic.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/assertion-with-extension-node-invalid.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/assertion-with-multiple-extensions.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/badge-class-with-language.json",
            "not-a-credential", "", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-expired-before-issued.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-expired.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-in-future.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-invalid-context.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-invalid-type.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-no-public-key.json",
            "ob2-json", "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/"
               "basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json",
            "ob2-json", "Example Badge", "Example Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/"
               "basic-assertion-with-allowed-origins-invalid-starts-with.json",
            "ob2-json", "Example Badge", "Example Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/"
               "basic-assertion-with-allowed-origins-valid-multiple-starts-with.json",
            "ob2-json", "Example Badge", "Example Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/"
               "basic-assertion-with-allowed-origins-valid-starts-with.json",
            "ob2-json", "Example Badge", "Example Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-with-allowed-origins.json",
            "ob2-json", "Example Badge", "Example Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion-with-language.json",
            "ob2-json", "Insignia fantastica", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/basic-assertion.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/issuer-compact-iri-validation.json",
            "not-a-credential", "", "");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/warning-issuer-non-http.json", "ob2-json",
            "Awesome Robotics Badge", "some Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/warning-with-redirection.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/simple-not-revoked.jwt", "ob2-jws",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/simple-revoked.jwt", "ob2-jws",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/simple.jwt", "ob2-jws",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/ob20/simple-badge.png", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/complex.json", "clr-json", "Ellis Monday",
            "Western High School, RSD");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/simple-noproof.json", "clr-json",
            "Sample Transcript", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/simple.json", "clr-json",
            "Sample Transcript", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/simple.jwt", "clr-jwt", "Sample Transcript",
            "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/simple_old_safesigned.json", "clr-json",
            "Sample Transcript", "Example University");
        addRow("external/1EdTech-digital-credentials-public-validator/clr20/simple_v1.json", "clr-json", "Ellis Monday",
            "Western High School, RSD");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Assertion-1.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/BadgeClass-1.invalid-json.txt", "malformed", "",
            "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Criteria-1.json", "not-a-credential", "", "");
        addRow(
            "external/1EdTech-openbadges-specification/ob2-examples/Criteria-2.invalid-json.txt", "malformed", "", "");
        addRow(
            "external/1EdTech-openbadges-specification/ob2-examples/Criteria-3.invalid-json.txt", "malformed", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/CryptographicKey-1.json", "not-a-credential", "",
            "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Endorsement-1.invalid-json.txt", "malformed", "",
            "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Endorsement-2.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Endorsement-3.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Endorsement-4.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Evidence-1.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Evidence-2.json", "not-a-credential", "", "");
        addRow(
            "external/1EdTech-openbadges-specification/ob2-examples/Evidence-3.invalid-json.txt", "malformed", "", "");
        addRow(
            "external/1EdTech-openbadges-specification/ob2-examples/Evidence-4.invalid-json.txt", "malformed", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Image-1.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Image-2.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Internationalization-1.json", "not-a-credential",
            "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Internationalization-2.json", "not-a-credential",
            "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/LinkedData-1.invalid-json.txt", "malformed", "",
            "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/Profile-1.json", "not-a-credential", "", "");
        addRow(
            "external/1EdTech-openbadges-specification/ob2-examples/RevocationList-1.json", "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/SignedBadge-1.jwt", "ob2-jws",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/SignedBadge-jws-header.json", "not-a-credential",
            "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/SignedBadge-jws-payload.json", "ob2-json",
            "Awesome Robotics Badge", "An Example Badge Issuer");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/badgeclass-version-control-1.json",
            "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob2-examples/revoked-hosted-assertion-1.json",
            "not-a-credential", "", "");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/achievementAlignmentCase-1.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/achievementAlignmentCe-1.json", "ob3-json",
            "Example University Degree", "Example University");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/basicOpenBadgeCredential-1.json", "ob3-json",
            "Teamwork Badge", "Example Corp");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/fullOpenBadge-1.json", "ob3-json",
            "1EdTech University Degree for Example Student", "1EdTech University");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/skillAssertionCase-1.json", "ob3-json",
            "Robot Programming Skill Credential", "1EdTech University");
        addRow("external/1EdTech-openbadges-specification/ob3-examples/skillAssertionCtdl-1.json", "ob3-json",
            "Solve and graph linear equations and inequalities", "1EdTech University");
        addRow("external/mozilla-openbadges-bakery/test/bad-json.svg", "malformed", "", "");
        addRow("external/mozilla-openbadges-bakery/test/baked.svg", "pending", "", "");
        addRow("external/mozilla-openbadges-bakery/test/no-json.svg", "pending", "", "");
        addRow("external/mozilla-openbadges-bakery/test/unbaked.svg", "no-baked-data", "", "");
        addRow("external/mozilla-openbadges-bakery/test/unbaked.png", "no-baked-data", "", "");
        addRow("external/1EdTech-openbadges-validator-core/tests/testfiles/public_domain_heart.png", "no-baked-data",
            "", "");
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        m_tableFiles.insert(file);

        auto raw = CredentialReader::detect(readFile(fixture(file)), file);
        if (formatFromName(expect) == CredentialFormat::Unknown && expect != QLatin1String("pending")) {
            QVERIFY2(!raw.ok(), qPrintable(file));
            QCOMPARE(raw.error().code, expect);
            QVERIFY(!raw.error().message.isEmpty());
            return;
        }
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().code + u' ' + raw.error().message));
        if (expect == QLatin1String("pending")) {
            QVERIFY(raw->pendingUrl.startsWith(QLatin1String("http")));
            QVERIFY(raw->bytes.isEmpty());
            return;
        }
        QCOMPARE(formatName(raw->format), expect);
        QVERIFY(raw->pendingUrl.isEmpty());
        const bool image = file.endsWith(QLatin1String(".png")) || file.endsWith(QLatin1String(".svg"));
        QCOMPARE(raw->bakedImage.isEmpty(), !image);
        if (!image)
            QCOMPARE(raw->bytes, readFile(fixture(file))); // kept exactly as received

        auto credential = CredentialReader::parse(*raw, m_linked);
        QVERIFY2(credential.ok(), qPrintable(credential.ok() ? QString() : credential.error().message));
        QCOMPARE(credential->name, name);
        QCOMPARE(credential->issuer.name, issuer);
        QCOMPARE(credential->format, raw->format);
        QVERIFY(credential->unresolvedLinks.isEmpty());
        QVERIFY(!credential->json.isEmpty());
        QCOMPARE(credential->jwsHeader.isEmpty(), !isJwsFormat(raw->format));
    }

    // The manifest is the authority on what each refvc file is: the table above must cover it all
    // and agree on format, baked payload kind and PNG keyword.
    void refvcManifestAgrees()
    {
        const QHash<QString, QString> formatNames { { QStringLiteral("ob3-vc-json"), QStringLiteral("ob3-json") },
            { QStringLiteral("ob3-vc-jwt"), QStringLiteral("ob3-jwt") },
            { QStringLiteral("ob2-assertion-json"), QStringLiteral("ob2-json") },
            { QStringLiteral("ob2-assertion-jws"), QStringLiteral("ob2-jws") },
            { QStringLiteral("ob2-signed-jws"), QStringLiteral("ob2-jws") },
            { QStringLiteral("ob2-hosted-json"), QStringLiteral("ob2-json") },
            { QStringLiteral("clr2-vc-json"), QStringLiteral("clr-json") } };
        const QJsonObject manifest = readJson(fixture(QStringLiteral("refvc/manifest.json")));
        int checked = 0;
        for (const QJsonValue &entry : manifest.value(QLatin1String("files")).toArray()) {
            const QString file = QStringLiteral("refvc/") + entry[QLatin1String("file")].toString();
            QVERIFY2(m_tableFiles.contains(file), qPrintable(file + QStringLiteral(" missing from fixtures_data")));
            QString format = entry[QLatin1String("format")].toString();
            if (entry.toObject().contains(QLatin1String("bakedPayload")))
                format = entry[QLatin1String("bakedPayload")].toString();
            auto raw = CredentialReader::detect(readFile(fixture(file)), file);
            if (format == QLatin1String("ob2-hosted-url")) {
                QVERIFY(raw.ok() && !raw->pendingUrl.isEmpty());
            } else if (format == QLatin1String("vc-status-list-json")) {
                QCOMPARE(raw.error().code, QStringLiteral("not-a-credential"));
            } else if (format == QLatin1String("png-baked")) {
                QCOMPARE(raw.error().code, entry[QLatin1String("reasonCode")].toString());
            } else {
                QVERIFY2(raw.ok(), qPrintable(file));
                QVERIFY2(formatNames.contains(format), qPrintable(format));
                QCOMPARE(formatName(raw->format), formatNames.value(format));
            }
            if (raw.ok() && entry.toObject().contains(QLatin1String("keyword")))
                QCOMPARE(raw->bakedKeyword, entry[QLatin1String("keyword")].toString());
            ++checked;
        }
        QCOMPARE(checked, 48);
    }

    // A baked URL is fetched by the importer; serving the route's file must give the credential.
    void pendingUrlResolves_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("iTXt url") << QStringLiteral("refvc/baked/ob2-hosted-url.png");
        QTest::newRow("tEXt url") << QStringLiteral("refvc/baked/ob2-legacy-text-url.png");
    }
    void pendingUrlResolves()
    {
        QFETCH(QString, file);
        auto raw = CredentialReader::detect(readFile(fixture(file)), file);
        QVERIFY(raw.ok());
        QCOMPARE(raw->pendingUrl,
            QStringLiteral("http://127.0.0.1:18001/ob2/assertions/e01e108b-7f70-4e06-b8fa-a56200a402d6"));
        QCOMPARE(raw->bakedImageType, QStringLiteral("image/png"));
        const QString served = m_routes.value(raw->pendingUrl);
        QCOMPARE(served, QStringLiteral("ob2/hosted-valid.json"));
        auto fetched = CredentialReader::detect(readFile(fixture(QStringLiteral("refvc/") + served)), raw->pendingUrl);
        QVERIFY(fetched.ok());
        auto credential = CredentialReader::parse(*fetched, m_linked);
        QVERIFY(credential.ok());
        QCOMPARE(credential->name, QStringLiteral("Data Visualization Fundamentals"));
    }

    // The importer's loop: ask, fetch, ask again until nothing is missing.
    void linkedDocumentIteration()
    {
        auto raw
            = CredentialReader::detect(readFile(fixture(QStringLiteral("refvc/ob2/hosted-valid.json"))), QString());
        QVERIFY(raw.ok());
        LinkedDocuments known;
        QCOMPARE(CredentialReader::linkedDocumentUrls(*raw, known),
            QStringList { QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140") });
        auto partial = CredentialReader::parse(*raw, known);
        QVERIFY(partial.ok());
        QVERIFY(partial->name.isEmpty());
        QCOMPARE(partial->warnings.size(), 1);
        QCOMPARE(CredentialReader::linkedDocumentUrls(*partial), partial->unresolvedLinks);

        known.insert(QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140"),
            m_linked.value(QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140")));
        QCOMPARE(CredentialReader::linkedDocumentUrls(*raw, known),
            QStringList { QStringLiteral("http://127.0.0.1:18001/ob2/issuer") });
        known.insert(QStringLiteral("http://127.0.0.1:18001/ob2/issuer"),
            m_linked.value(QStringLiteral("http://127.0.0.1:18001/ob2/issuer")));
        QCOMPARE(CredentialReader::linkedDocumentUrls(*raw, known), QStringList());

        auto full = CredentialReader::parse(*raw, known);
        QVERIFY(full.ok());
        QCOMPARE(full->issuer.name, QStringLiteral("Prairie Wind College"));
        QVERIFY(full->warnings.isEmpty());
        // OB 3.0 never needs linked documents.
        auto ob3 = CredentialReader::detect(readFile(fixture(QStringLiteral("refvc/ob3/di-minimal.json"))), QString());
        QCOMPARE(CredentialReader::linkedDocumentUrls(*ob3, {}), QStringList());
    }

    void ob2Fields()
    {
        const Credential c = parseFixture(QStringLiteral("refvc/ob2/hosted-valid.json"));
        QCOMPARE(c.specVersion, QStringLiteral("2.0"));
        QCOMPARE(c.id, QStringLiteral("http://127.0.0.1:18001/ob2/assertions/e01e108b-7f70-4e06-b8fa-a56200a402d6"));
        QCOMPARE(c.types, QStringList { QStringLiteral("Assertion") });
        QCOMPARE(c.recipients.size(), 1);
        QCOMPARE(c.recipients[0].type, QStringLiteral("email"));
        QVERIFY(c.recipients[0].hashed);
        QCOMPARE(c.recipients[0].salt, QStringLiteral("d00e6de8f9ab"));
        QCOMPARE(c.recipients[0].identity,
            QStringLiteral("sha256$5a8ba203174dcaa070bd52c78a9a3fc394bcfb9b82804957b4abe92905f832c3"));
        QCOMPARE(c.issued, QDateTime(QDate(2024, 11, 14), QTime(5, 22, 32), Qt::UTC));
        QCOMPARE(c.evidence.size(), 1);
        QCOMPARE(c.evidence[0].id, QStringLiteral("http://127.0.0.1:18001/ob2/evidence/9f44f1d4"));
        QCOMPARE(c.proofTypes, QStringList { QStringLiteral("hosted") });
        QCOMPARE(c.achievement.id, QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140"));
        QCOMPARE(c.achievement.criteriaNarrative, QStringLiteral("Pass DS140 with at least 70%."));
        QCOMPARE(c.achievement.tags, QStringList { QStringLiteral("data-science") });
        QCOMPARE(c.achievement.alignments.size(), 1);
        QCOMPARE(c.achievement.alignments[0].targetFramework, QStringLiteral("Example Skills Framework v2"));
        QCOMPARE(c.imageUrl, QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140/image"));
        QCOMPARE(c.issuer.id, QStringLiteral("http://127.0.0.1:18001/ob2/issuer"));
        QCOMPARE(c.description, QStringLiteral("Earners can choose and build appropriate charts for a data set."));

        const Credential signedBadge = parseFixture(QStringLiteral("refvc/ob2/signed-valid.jws"));
        QCOMPARE(signedBadge.format, CredentialFormat::Ob2Jws);
        QCOMPARE(signedBadge.proofTypes, QStringList { QStringLiteral("JWS RS256") });
        QCOMPARE(signedBadge.jwsHeader.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));

        const Credential expired = parseFixture(QStringLiteral("refvc/ob2/hosted-invalid-expired.json"));
        QCOMPARE(expired.validUntil, QDateTime(QDate(2021, 2, 23), QTime(0, 17, 40), Qt::UTC));
    }

    // Badge and issuer embedded (no linked documents needed), Image/Evidence objects, revocation.
    void ob2Embedded()
    {
        QJsonObject assertion = readJson(fixture(QStringLiteral("refvc/ob2/hosted-valid.json")));
        QJsonObject badge = m_linked.value(QStringLiteral("http://127.0.0.1:18001/ob2/badges/ds140"));
        badge.insert(QLatin1String("issuer"), m_linked.value(QStringLiteral("http://127.0.0.1:18001/ob2/issuer")));
        badge.insert(QLatin1String("image"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("data:image/png;base64,AAAA") },
                { QStringLiteral("caption"), QStringLiteral("c") } });
        badge.insert(QLatin1String("criteria"), QStringLiteral("https://criteria.example/ds140"));
        assertion.insert(QLatin1String("badge"), badge);
        assertion.insert(QLatin1String("evidence"),
            QJsonArray { QStringLiteral("https://e.example/1"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("https://e.example/2") },
                    { QStringLiteral("narrative"), QStringLiteral("*did* it") },
                    { QStringLiteral("name"), QStringLiteral("Work") } } });
        assertion.insert(QLatin1String("narrative"), QStringLiteral("# Story"));
        assertion.insert(QLatin1String("expires"), QStringLiteral("2030-01-01T00:00:00+01:00"));
        assertion.insert(QLatin1String("revoked"), true);
        assertion.insert(QLatin1String("revocationReason"), QStringLiteral("Issued in error"));
        auto raw = CredentialReader::detect(QJsonDocument(assertion).toJson(), QString());
        QVERIFY(raw.ok());
        QCOMPARE(CredentialReader::linkedDocumentUrls(*raw, {}), QStringList());
        auto c = CredentialReader::parse(*raw);
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("Data Visualization Fundamentals"));
        QCOMPARE(c->issuer.name, QStringLiteral("Prairie Wind College"));
        QCOMPARE(c->achievement.imageUrl, QStringLiteral("data:image/png;base64,AAAA"));
        QCOMPARE(c->imageUrl, c->achievement.imageUrl);
        QCOMPARE(c->achievement.criteriaId, QStringLiteral("https://criteria.example/ds140"));
        QVERIFY(c->achievement.criteriaNarrative.isEmpty());
        QCOMPARE(c->evidence.size(), 2);
        QCOMPARE(c->evidence[0].id, QStringLiteral("https://e.example/1"));
        QCOMPARE(c->evidence[1].narrative, QStringLiteral("*did* it"));
        QCOMPARE(c->evidence[1].name, QStringLiteral("Work"));
        QCOMPARE(c->narrative, QStringLiteral("# Story"));
        QCOMPARE(c->validUntil, QDateTime(QDate(2029, 12, 31), QTime(23, 0), Qt::UTC));
        QVERIFY(c->revokedFlag);
        QCOMPARE(c->revocationReason, QStringLiteral("Issued in error"));
        QVERIFY(c->unresolvedLinks.isEmpty());
    }

    void ob2Endorsements()
    {
        const Credential c
            = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob20/assertion-with-endorsements.json"));
        // 2 on the BadgeClass, 2 on the assertion, all linked by URL.
        QCOMPARE(c.endorsements.size(), 4);
        for (const Endorsement &e : c.endorsements) {
            QVERIFY(!e.comment.isEmpty());
            QVERIFY(!e.issuerId.isEmpty());
        }
        QCOMPARE(c.evidence.size(), 1);
        // Without the documents the endorsements still appear by id, and are listed as missing.
        LinkedDocuments onlyBadgeAndIssuer;
        for (const char *doc :
            { "https://example.org/badgeclass-with-endorsements.json", "https://example.org/organization.json" })
            onlyBadgeAndIssuer.insert(QLatin1String(doc), m_linked.value(QLatin1String(doc)));
        auto raw = CredentialReader::detect(
            readFile(fixture(QLatin1String(kValidator) + QStringLiteral("ob20/assertion-with-endorsements.json"))),
            QString());
        QVERIFY(raw.ok());
        auto partial = CredentialReader::parse(*raw, {});
        QVERIFY(partial.ok());
        QVERIFY(partial->unresolvedLinks.contains(QStringLiteral("https://example.org/endorsement-1.json")));
    }

    void ob2LinkedCriteriaAndResources()
    {
        const Credential c = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob20/basic-assertion.json"));
        QCOMPARE(c.achievement.criteriaId, QStringLiteral("https://example.org/badgecriteria.json"));
        QCOMPARE(c.achievement.criteriaNarrative, QStringLiteral("Do the important things."));
        QCOMPARE(c.imageUrl, QStringLiteral("https://example.org/beths-robot-badge.png")); // the assertion's own image
        QCOMPARE(CredentialReader::linkedResourceUrls(c),
            (QStringList { QStringLiteral("https://example.org/beths-robot-badge.png"),
                QStringLiteral("https://example.org/robotics-badge.png"),
                QStringLiteral("https://example.org/badgecriteria.json") }));
        // data: images are not resources to fetch.
        const Credential rich = parseFixture(QStringLiteral("refvc/ob3/di-rich.json"));
        QCOMPARE(CredentialReader::linkedResourceUrls(rich),
            QStringList { QStringLiteral("http://127.0.0.1:18001/ob3/achievements/eng230/criteria") });
    }

    void datesWithoutZoneAreUtc()
    {
        QJsonObject vc = readJson(fixture(QStringLiteral("refvc/ob3/di-minimal.json")));
        vc.insert(QLatin1String("validFrom"), QStringLiteral("2024-03-01T10:00:00"));
        vc.insert(QLatin1String("validUntil"), QStringLiteral("2030-01-02"));
        auto raw = CredentialReader::detect(QJsonDocument(vc).toJson(), QString());
        QVERIFY(raw.ok());
        auto c = CredentialReader::parse(*raw);
        QVERIFY(c.ok());
        QCOMPARE(c->validFrom, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(c->validUntil, QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC));
        vc.insert(QLatin1String("validFrom"), QStringLiteral("2024-03-01T10:00:00.250+02:00"));
        c = CredentialReader::parse(*CredentialReader::detect(QJsonDocument(vc).toJson(), QString()));
        QCOMPARE(c->validFrom.toUTC(), QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 250), Qt::UTC));
    }

    void ob2DataImageAndLanguage()
    {
        const Credential c
            = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob20/basic-assertion-with-language.json"));
        QCOMPARE(c.name, QStringLiteral("Insignia fantastica"));
        const Credential baked = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob20/simple-badge.png"));
        QCOMPARE(baked.recipients.value(0).salt, QStringLiteral("deadsea"));
    }

    // OB 1.0 hosted assertion: string recipient, Unix-time issued_on, 1.0 issuer fields.
    void ob1Upgrade()
    {
        const QByteArray assertion = QJsonDocument(
            QJsonObject { { QStringLiteral("uid"), QStringLiteral("abc-123") },
                { QStringLiteral("recipient"),
                    QStringLiteral("sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942") },
                { QStringLiteral("salt"), QStringLiteral("deadsea") },
                { QStringLiteral("badge"), QStringLiteral("https://old.example.net/badge.json") },
                { QStringLiteral("verify"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("hosted") },
                        { QStringLiteral("url"),
                            QStringLiteral("https://old.example.net/assertions/abc-123.json") } } },
                { QStringLiteral("issuedOn"), 1359217910 },
                { QStringLiteral("evidence"), QStringLiteral("https://old.example.net/work") } })
                                         .toJson();
        const QJsonObject issuer { { QStringLiteral("origin"), QStringLiteral("https://old.example.net") },
            { QStringLiteral("name"), QStringLiteral("Old Issuer") },
            { QStringLiteral("contact"), QStringLiteral("badges@old.example.net") } };
        const QJsonObject badge { { QStringLiteral("name"), QStringLiteral("Old Badge") },
            { QStringLiteral("description"), QStringLiteral("From 2013") },
            { QStringLiteral("image"), QStringLiteral("https://old.example.net/badge.png") },
            { QStringLiteral("criteria"), QStringLiteral("https://old.example.net/criteria") },
            { QStringLiteral("issuer"), issuer },
            { QStringLiteral("alignment"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Skill") },
                    { QStringLiteral("url"), QStringLiteral("https://skills.example.net/1") } } } } };
        LinkedDocuments linked;
        linked.insert(QStringLiteral("https://old.example.net/badge.json"), badge);
        auto raw = CredentialReader::detect(assertion, QStringLiteral("old.json"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::Ob2Json);
        auto c = CredentialReader::parse(*raw, linked);
        QVERIFY(c.ok());
        QCOMPARE(c->specVersion, QStringLiteral("1.0"));
        QCOMPARE(c->warnings.size(), 1);
        QCOMPARE(c->id, QStringLiteral("https://old.example.net/assertions/abc-123.json"));
        QCOMPARE(c->name, QStringLiteral("Old Badge"));
        QCOMPARE(c->issuer.name, QStringLiteral("Old Issuer"));
        QCOMPARE(c->issuer.url, QStringLiteral("https://old.example.net"));
        QCOMPARE(c->issuer.email, QStringLiteral("badges@old.example.net"));
        QCOMPARE(c->issued, QDateTime::fromSecsSinceEpoch(1359217910, Qt::UTC));
        QVERIFY(c->recipients.value(0).hashed);
        QCOMPARE(c->recipients.value(0).salt, QStringLiteral("deadsea"));
        QCOMPARE(c->achievement.criteriaId, QStringLiteral("https://old.example.net/criteria"));
        QCOMPARE(c->achievement.alignments.value(0).targetName, QStringLiteral("Skill"));
        QCOMPARE(c->achievement.alignments.value(0).targetUrl, QStringLiteral("https://skills.example.net/1"));
    }

    // A property renamed between versions of a spec is read under its current name first, and
    // under its older name only when the current one is absent or empty.
    void currentNamesBeforeOlderOnes_data()
    {
        QTest::addColumn<bool>("withCurrent");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("alignmentName");
        QTest::addColumn<QString>("alignmentDescription");
        QTest::addColumn<QDateTime>("validFrom");
        QTest::addColumn<QDateTime>("validUntil");
        QTest::newRow("current and older") << true << "+1-555-0100" << "Current skill" << "Current text"
                                           << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                                           << QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("older only") << false << "+1-555-0199" << "Older skill" << "Older text"
                                    << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)
                                    << QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    }
    void currentNamesBeforeOlderOnes()
    {
        QFETCH(bool, withCurrent);
        QFETCH(QString, phone);
        QFETCH(QString, alignmentName);
        QFETCH(QString, alignmentDescription);
        QFETCH(QDateTime, validFrom);
        QFETCH(QDateTime, validUntil);
        QJsonObject issuer { { QStringLiteral("id"), QStringLiteral("https://issuer.example") },
            { QStringLiteral("phone"), QStringLiteral("+1-555-0199") } };
        QJsonObject alignment { { QStringLiteral("name"), QStringLiteral("Older skill") },
            { QStringLiteral("description"), QStringLiteral("Older text") } };
        QJsonObject vc { { QStringLiteral("issuer"), issuer },
            { QStringLiteral("issuanceDate"), QStringLiteral("2020-01-01T00:00:00Z") },
            { QStringLiteral("expirationDate"), QStringLiteral("2021-01-01T00:00:00Z") } };
        if (withCurrent) {
            issuer.insert(QStringLiteral("telephone"), QStringLiteral("+1-555-0100"));
            alignment.insert(QStringLiteral("targetName"), QStringLiteral("Current skill"));
            alignment.insert(QStringLiteral("targetDescription"), QStringLiteral("Current text"));
            vc.insert(QStringLiteral("issuer"), issuer);
            vc.insert(QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z"));
            vc.insert(QStringLiteral("validUntil"), QStringLiteral("2029-01-01T00:00:00Z"));
        }
        vc.insert(QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("achievement"),
                QJsonObject { { QStringLiteral("alignment"), QJsonArray { alignment } } } } });
        Credential c;
        c.format = CredentialFormat::Ob3Json;
        c.json = vc;
        CredentialParser::parseOb3(vc, c);
        QCOMPARE(c.issuer.phone, phone);
        QCOMPARE(c.achievement.alignments.value(0).targetName, alignmentName);
        QCOMPARE(c.achievement.alignments.value(0).targetDescription, alignmentDescription);
        QCOMPARE(c.validFrom, validFrom);
        QCOMPARE(c.validUntil, validUntil);
    }

    void ob3RichFields()
    {
        const Credential c = parseFixture(QStringLiteral("refvc/ob3/di-rich.json"));
        QCOMPARE(c.specVersion, QStringLiteral("3.0"));
        QCOMPARE(c.id, QStringLiteral("urn:uuid:2ac1d96d-100f-4b33-adab-32ad6cfaaa22"));
        QCOMPARE(
            c.types, (QStringList { QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential") }));
        QCOMPARE(c.issuer.id, QStringLiteral("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb"));
        QCOMPARE(c.validFrom, QDateTime(QDate(2024, 11, 14), QTime(5, 22, 32), Qt::UTC));
        QCOMPARE(c.validUntil, QDateTime(QDate(2097, 9, 18), QTime(4, 26, 34), Qt::UTC));
        QCOMPARE(c.awardedDate, c.validFrom);
        QCOMPARE(c.issued, c.awardedDate);
        QCOMPARE(c.subjectId, QStringLiteral("did:key:z6MknQXRhDgBq7YCFkdTzZ9FYmdc67QNqMe8mBQBR4fuz5Ck"));
        QCOMPARE(c.recipientName, QStringLiteral("Nadia Nakamura"));
        QCOMPARE(c.recipients.size(), 2);
        QCOMPARE(c.recipients[0].type, QStringLiteral("emailAddress"));
        QVERIFY(c.recipients[0].hashed);
        QCOMPARE(c.recipients[0].salt, QStringLiteral("74015df6cbdec95c"));
        QCOMPARE(c.recipients[1].type, QStringLiteral("id"));
        QCOMPARE(c.activityStartDate, QDateTime(QDate(2024, 7, 17), QTime(5, 22, 32), Qt::UTC));
        QCOMPARE(c.creditsEarned, std::optional<double>(6.0));
        QCOMPARE(c.results.size(), 1);
        QCOMPARE(c.results[0].value, QStringLiteral("A-"));
        QCOMPARE(c.results[0].resultDescription, QStringLiteral("urn:uuid:b09ba3fc-82dc-45f1-822e-7f445b5650e2"));
        const Achievement &a = c.achievement;
        QCOMPARE(a.name, QStringLiteral("Technical Writing"));
        QCOMPARE(a.achievementType, QStringLiteral("Course"));
        QCOMPARE(a.criteriaId, QStringLiteral("http://127.0.0.1:18001/ob3/achievements/eng230/criteria"));
        QVERIFY(a.criteriaNarrative.startsWith(QLatin1String("# Requirements\n\n1. Attend")));
        QVERIFY(a.imageUrl.startsWith(QLatin1String("data:image/png;base64,iVBOR")));
        QCOMPARE(c.imageUrl, a.imageUrl);
        QCOMPARE(a.alignments.size(), 2);
        QCOMPARE(a.alignments[0].targetCode, QStringLiteral("ESF-8065"));
        QCOMPARE(a.alignments[0].targetType, QStringLiteral("ceasn:Competency"));
        QCOMPARE(a.alignments[1].targetName, QStringLiteral("Communication"));
        QCOMPARE(a.resultDescriptions.size(), 1);
        QCOMPARE(a.resultDescriptions[0].resultType, QStringLiteral("LetterGrade"));
        QCOMPARE(a.resultDescriptions[0].allowedValues.size(), 6);
        QCOMPARE(a.creditsAvailable, std::optional<double>(6.5));
        QCOMPARE(a.fieldOfStudy, QStringLiteral("Communication"));
        QCOMPARE(a.humanCode, QStringLiteral("ENG230"));
        QCOMPARE(a.inLanguage, QStringLiteral("en"));
        QCOMPARE(a.tags,
            (QStringList { QStringLiteral("refvc"), QStringLiteral("communication"), QStringLiteral("eng230") }));
        QCOMPARE(c.evidence.size(), 1);
        QCOMPARE(c.evidence[0].genre, QStringLiteral("Project"));
        QCOMPARE(c.evidence[0].audience, QStringLiteral("Employers"));
        QCOMPARE(c.proofTypes, QStringList { QStringLiteral("DataIntegrityProof/eddsa-rdfc-2022") });
    }

    void ob3IssuerProfile()
    {
        const Credential c = parseFixture(QStringLiteral("refvc/ob3/di-issuer-profile-image.json"));
        QCOMPARE(c.issuer.url, QStringLiteral("https://eastgate-vocational-centre.example.edu"));
        QCOMPARE(c.issuer.email, QStringLiteral("badges@eastgate-vocational-centre.example.edu"));
        QCOMPARE(c.issuer.phone, QStringLiteral("+1-555-0171"));
        QCOMPARE(c.issuer.description, QStringLiteral("Official badge issuer of Eastgate Vocational Centre."));
        QCOMPARE(c.issuer.address, QStringLiteral("34 College Road, Springfield, 51760, Exampleland"));
        QVERIFY(c.issuer.imageUrl.startsWith(QLatin1String("data:image/png;base64,")));
    }

    void ob3CompleteExample()
    {
        const Credential c = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob30/complete.json"));
        QCOMPARE(c.endorsements.size(), 2); // one on the credential, one on the achievement
        QVERIFY(!c.endorsements[0].issuerId.isEmpty());
        QCOMPARE(c.achievement.otherIdentifiers.size(), 1);
        QCOMPARE(c.achievement.otherIdentifiers[0].type, QStringLiteral("identifier"));
        QCOMPARE(c.achievement.otherIdentifiers[0].value, QStringLiteral("abde"));
        QCOMPARE(c.achievement.creditsAvailable, std::optional<double>(36));
        QCOMPARE(c.creditsEarned, std::optional<double>(42));
        QCOMPARE(c.achievement.resultDescriptions.size(), 3);
        QCOMPARE(c.results.size(), 3);
        QCOMPARE(c.term, QStringLiteral("Fall"));
        QCOMPARE(c.licenseNumber, QStringLiteral("A-9320041"));
        QCOMPARE(c.evidence.size(), 2);
        QVERIFY(c.issuer.address.contains(QLatin1String("Austin")));
        QCOMPARE(c.validFrom, QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC));

        // VCDM 1.1 variant: issuanceDate instead of validFrom.
        const Credential v1 = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob30/complete_v1.json"));
        QVERIFY(v1.validFrom.isValid());
        QVERIFY(!v1.warnings.isEmpty());
        const Credential related = parseFixture(
            QStringLiteral("external/1EdTech-openbadges-specification/ob3-examples/fullOpenBadge-1.json"));
        QVERIFY(related.achievement.alignments.size() >= 1);
    }

    void ob3StringIssuerAndTypes()
    {
        // issuer as a bare IRI
        const Credential c = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob30/simple-eddsa-2022.json"));
        QCOMPARE(c.issuer.id, QStringLiteral("https://example.com/issuers/876543"));
        QVERIFY(c.issuer.name.isEmpty());
        const Credential multi
            = parseFixture(QLatin1String(kValidator) + QStringLiteral("ob30/simple-multiple-proofs.json"));
        QCOMPARE(multi.proofTypes.size(), 2);
    }

    // VC-JOSE-COSE's EnvelopedVerifiableCredential: the token in its data: URL is the credential.
    void envelopedCredential()
    {
        const QByteArray token = readFile(fixture(QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt"))).trimmed();
        for (const QByteArray &mediaType : {QByteArray("application/vc+jwt"), QByteArray("application/jwt")}) {
            const QByteArray envelope = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":"
                                        "\"EnvelopedVerifiableCredential\",\"id\":\"data:" + mediaType + "," + token + "\"}";
            auto raw = CredentialReader::detect(envelope, QStringLiteral("enveloped.json"));
            QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().message));
            QCOMPARE(raw->format, CredentialFormat::Ob3Jwt);
            QCOMPARE(raw->bytes, token);
        }
        // Another media type, or no token: not a credential Satchel can read.
        const QByteArray other = "{\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:text/plain,hello\"}";
        QVERIFY(!CredentialReader::detect(other, QStringLiteral("other.json")).ok());
    }

    void vcJwt()
    {
        const Credential c = parseFixture(QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt"));
        QCOMPARE(c.format, CredentialFormat::Ob3Jwt);
        QCOMPARE(c.jwsHeader.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(c.proofTypes.value(0), QStringLiteral("JWS EdDSA"));
        QVERIFY(c.validFrom.isValid());

        // Legacy "vc" claim: the credential is unwrapped; claims fill what the vc leaves out.
        const Credential legacy = parseFixture(QStringLiteral("refvc/ob3/jwt-eddsa-legacy-vc-claim.jwt"));
        QVERIFY(!legacy.json.contains(QLatin1String("vc")));
        QVERIFY(legacy.json.contains(QLatin1String("credentialSubject")));
        QVERIFY(legacy.validFrom.isValid());
        QVERIFY(!legacy.id.isEmpty());
        QVERIFY(!legacy.issuer.id.isEmpty());
        QCOMPARE(legacy.jwsHeader.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
    }

    void clrFields()
    {
        const Credential c = parseFixture(QStringLiteral("refvc/clr/clr-valid.json"));
        QVERIFY(c.isClr());
        QCOMPARE(c.specVersion, QStringLiteral("2.0-clr"));
        QCOMPARE(c.nested.size(), 3);
        QCOMPARE(c.nested[0].name, QStringLiteral("Cloud Infrastructure Basics"));
        QCOMPARE(c.nested[1].name, QStringLiteral("Technical Writing"));
        QCOMPARE(c.nested[2].name, QStringLiteral("Sustainable Building Practices"));
        for (const Credential &n : c.nested) {
            QCOMPARE(n.format, CredentialFormat::Ob3Json);
            QCOMPARE(n.issuer.name, QStringLiteral("Eastgate Vocational Centre"));
            QCOMPARE(n.proofTypes, QStringList { QStringLiteral("DataIntegrityProof/eddsa-rdfc-2022") });
        }
        QCOMPARE(c.clrAchievements.size(), 4);
        QCOMPARE(c.associations.size(), 3);
        QCOMPARE(c.associations[0].type, QStringLiteral("isParentOf"));
        QCOMPARE(c.associations[0].sourceId, QStringLiteral("urn:uuid:19f8f12a-fca2-4589-a16d-34ae75ea1f9d"));
        QCOMPARE(c.associations[2].targetId, QStringLiteral("urn:uuid:9fc8e444-f57b-43da-8aff-5515b6c7fc75"));

        const Credential complex = parseFixture(QLatin1String(kValidator) + QStringLiteral("clr20/complex.json"));
        QCOMPARE(complex.nested.size(), 6);
        QCOMPARE(complex.nested[0].name, QStringLiteral("Nurse Assistant 1 Program with Licensure"));
        QCOMPARE(complex.nested[5].name, QStringLiteral("Oregon State Board of Nursing - Certified Nursing Assistant"));
        QCOMPARE(complex.associations.size(), 5);

        const Credential simple = parseFixture(QLatin1String(kValidator) + QStringLiteral("clr20/simple.json"));
        QCOMPARE(simple.clrAchievements.size(), 2);
        QCOMPARE(simple.associations.size(), 1);
        QCOMPARE(simple.associations[0].targetId, QStringLiteral("urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002"));

        const Credential jwt = parseFixture(QLatin1String(kValidator) + QStringLiteral("clr20/simple.jwt"));
        QCOMPARE(jwt.format, CredentialFormat::ClrJwt);
        QCOMPARE(jwt.nested.size(), 1);
    }

    // CLR entries may be compact JWS strings instead of objects.
    void clrNestedJws()
    {
        QJsonObject clr = readJson(fixture(QStringLiteral("refvc/clr/clr-valid.json")));
        QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
        const QString jws
            = QString::fromUtf8(readFile(fixture(QStringLiteral("refvc/ob3/jwt-es256-didjwk.jwt"))).trimmed());
        QJsonArray entries = subject.value(QLatin1String("verifiableCredential")).toArray();
        entries.append(jws);
        entries.append(QStringLiteral("not.a.jws"));
        subject.insert(QLatin1String("verifiableCredential"), entries);
        clr.insert(QLatin1String("credentialSubject"), subject);
        auto raw = CredentialReader::detect(QJsonDocument(clr).toJson(), QString());
        QVERIFY(raw.ok());
        auto c = CredentialReader::parse(*raw);
        QVERIFY(c.ok());
        QCOMPARE(c->nested.size(), 4);
        QCOMPARE(c->nested[3].format, CredentialFormat::Ob3Jwt);
        QCOMPARE(c->nested[3].name, QStringLiteral("Technical Writing"));
        QCOMPARE(c->nested[3].issuer.name, QStringLiteral("Maple Grove University"));
        QCOMPARE(c->nested[3].jwsHeader.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(c->warnings.size(), 1); // the broken entry
    }

    void apiResponseBundle()
    {
        const QJsonObject minimal = readJson(fixture(QStringLiteral("refvc/ob3/di-minimal.json")));
        const QJsonObject rich = readJson(fixture(QStringLiteral("refvc/ob3/di-rich.json")));
        const QString jwt
            = QString::fromUtf8(readFile(fixture(QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt"))).trimmed());
        QJsonObject response;
        response.insert(QLatin1String("credential"), QJsonArray { minimal, rich });
        response.insert(QLatin1String("compactJwsString"), QJsonArray { jwt });
        const QByteArray bytes = QJsonDocument(response).toJson();

        auto all = CredentialReader::detectAll(bytes, QStringLiteral("response.json"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).format, CredentialFormat::Ob3Json);
        QCOMPARE(all->at(1).format, CredentialFormat::Ob3Json);
        QCOMPARE(all->at(2).format, CredentialFormat::Ob3Jwt);
        QCOMPARE(all->at(2).bytes, jwt.toUtf8());
        QCOMPARE(all->at(1).sourceName, QStringLiteral("response.json#2"));
        QCOMPARE(CredentialReader::parse(all->at(1))->name, QStringLiteral("Technical Writing (ENG230)"));
        QCOMPARE(CredentialReader::parse(all->at(2))->name, QStringLiteral("Cloud Infrastructure Basics (CLD120)"));
        // detect() on the same bytes gives the first one.
        auto first = CredentialReader::detect(bytes, QString());
        QVERIFY(first.ok());
        QCOMPARE(CredentialReader::parse(*first)->name, QStringLiteral("Cloud Infrastructure Basics"));

        // A plain JSON array of credentials.
        auto array = CredentialReader::detectAll(QJsonDocument(QJsonArray { rich, jwt }).toJson(), QString());
        QVERIFY(array.ok());
        QCOMPARE(array->size(), 2);

        // A single credential is a list of one; an empty bundle is not a credential.
        auto single
            = CredentialReader::detectAll(readFile(fixture(QStringLiteral("refvc/ob3/di-rich.json"))), QString());
        QVERIFY(single.ok());
        QCOMPARE(single->size(), 1);
        auto empty = CredentialReader::detectAll("{\"credential\": [], \"compactJwsString\": []}", QString());
        QCOMPARE(empty.error().code, QStringLiteral("not-a-credential"));
        auto badEntry = CredentialReader::detectAll("{\"credential\": [{\"foo\": 1}]}", QString());
        QCOMPARE(badEntry.error().code, QStringLiteral("not-a-credential"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("random json") << QByteArray("{\"hello\": \"world\", \"list\": [1, 2, 3]}")
                                     << QStringLiteral("not-a-credential");
        QTest::newRow("json array of numbers") << QByteArray("[1, 2, 3]") << QStringLiteral("not-a-credential");
        QTest::newRow("json string") << QByteArray("\"just a string\"") << QStringLiteral("not-a-credential");
        QTest::newRow("plain text") << QByteArray("hello world\n") << QStringLiteral("not-a-credential");
        QTest::newRow("empty") << QByteArray("  \n ") << QStringLiteral("malformed");
        QTest::newRow("truncated json") << QByteArray("{\"@context\": \"https://w3id.org/openbadges/v2\", ")
                                        << QStringLiteral("malformed");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("unsupported-file");
        QTest::newRow("xml not svg") << QByteArray("<?xml version=\"1.0\"?><note>hi</note>")
                                     << QStringLiteral("unsupported-file");
        QTest::newRow("bad base64 jws") << QByteArray("eyJhbGciOiJSUzI1NiJ9.@@@@.abc")
                                        << QStringLiteral("not-a-credential");
        QTest::newRow("jws impossible base64 length")
            << QByteArray("eyJhbGciOiJSUzI1NiJ9.a.abc") << QStringLiteral("malformed");
        QTest::newRow("jws bad payload") << QByteArray("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.abc")
                                         << QStringLiteral("malformed");
        QTest::newRow("jws not a credential") << (QByteArray("eyJhbGciOiJSUzI1NiJ9.")
            + QByteArray("{\"sub\":\"x\"}").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + ".c2ln") << QStringLiteral("not-a-credential");
        QTest::newRow("vc of another type")
            << QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/"
                          "v2\"],\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"]}")
            << QStringLiteral("not-a-credential");
        QTest::newRow("deep json") << QByteArray(100000, '[') << QStringLiteral("too-large");
        QByteArray deepObject;
        for (int i = 0; i < 65; ++i)
            deepObject += "{\"a\":";
        deepObject += "1" + QByteArray(65, '}');
        QTest::newRow("json depth 65") << deepObject << QStringLiteral("too-large");
        QTest::newRow("too big") << QByteArray(CredentialReader::kMaxFileBytes + 1, ' ') << QStringLiteral("too-large");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto raw = CredentialReader::detect(bytes, QStringLiteral("input"));
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, code);
        QVERIFY(!raw.error().message.isEmpty());
    }

    void depthLimitIsExact()
    {
        // Depth 64 is allowed, brackets inside strings do not count.
        QByteArray ok;
        for (int i = 0; i < 63; ++i)
            ok += "{\"a\":";
        ok += "{\"type\":\"x\",\"s\":\"[[[[{{{{\"}" + QByteArray(63, '}');
        auto raw = CredentialReader::detect(ok, QString());
        QCOMPARE(raw.error().code, QStringLiteral("not-a-credential"));
    }

    void bomAndWhitespace()
    {
        QByteArray bytes
            = "\xEF\xBB\xBF\n  " + readFile(fixture(QStringLiteral("refvc/ob3/jwt-es256-didjwk.jwt"))) + "\r\n\r\n";
        auto raw = CredentialReader::detect(bytes, QString());
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::Ob3Jwt);
        QCOMPARE(raw->bytes, bytes); // kept as received...
        QVERIFY(CredentialReader::parse(raw.value()).ok()); // ...and read without the BOM and blank lines
        QCOMPARE(CredentialReader::payloadText(raw->bytes),
                 readFile(fixture(QStringLiteral("refvc/ob3/jwt-es256-didjwk.jwt"))).trimmed());
        auto url = CredentialReader::detect("  https://example.org/assertions/1 \n", QStringLiteral("clipboard"));
        QVERIFY(url.ok());
        QCOMPARE(url->pendingUrl, QStringLiteral("https://example.org/assertions/1"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialReader)
#include "TestCredentialReader.moc"
