// The W3C VC-JOSE-COSE test suite's published credentials and JWT presentations
// (tests/data/verify/vc-jose-cose, see SOURCES.md): vc+jwt (VcJwtVerifier), vc+sd-jwt
// (SdJwtVcVerifier) and vp+jwt (PresentationReader, PresentationVerifier), each with the outcome the
// suite's README asks for or the deviation SOURCES.md gives, then tampered variants failing with the
// check made for them.
//
// The vectors name their key by a bare JWK thumbprint ("kid") under the issuer
// https://example.issuer/vc-jose-cose, which publishes nothing. Satchel looks such a kid up in the
// issuer's JWT VC Issuer Metadata, so a fake fetcher serves that document holding the suite's
// published public keys (cid-*.json). The same keys' published private halves re-sign payloads
// that break one claim rule, so that rule, not the signature, is what fails.
#include "crypto/Base64Url.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Jws.h"
#include "crypto/P256KeyPair.h"
#include "crypto/P256SigningKey.h"
#include "crypto/SecureBytes.h"
#include "verify/JwtVcIssuerKeys.h"
#include "formats/PresentationReader.h"
#include "verify/PresentationVerifier.h"
#include "verify/SdJwtVcVerifier.h"
#include "verify/VcJwtVerifier.h"

#include "FakeFetcher.h"
#include "ReportLookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Satchel;
using SatchelTest::FakeFetcher;
using SatchelTest::describe;
using SatchelTest::outcomeOf;

namespace {

const QString kIssuer = QStringLiteral("https://example.issuer/vc-jose-cose");
// After every vector's validFrom (2010, 2024); none has an end of validity.
const QDateTime kNow = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QByteArray vector(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_TEST_DATA_DIR "/verify/vc-jose-cose/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject keyFile(const QString &name, const char *member)
{
    return QJsonDocument::fromJson(vector(name)).object().value(QLatin1String(member)).toObject();
}

FakeFetcher publishedKeys()
{
    QJsonArray keys;
    for (const char *file : {"cid-p256.json", "cid-p384.json", "cid-p521.json", "cid-ed25519.json"})
        keys.append(keyFile(QLatin1String(file), "publicKeyJwk"));
    const QJsonObject metadata{{QStringLiteral("issuer"), kIssuer},
                               {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), keys}}}};
    FakeFetcher fetcher;
    fetcher.serve(JwtVcIssuerKeys::metadataUrl(kIssuer), QJsonDocument(metadata).toJson());
    return fetcher;
}

// Either verifier, as the serialization says (an SD-JWT has "~"), with the published keys.
VerificationReport verify(const QByteArray &text, DocumentFetcher *fetcher, QJsonObject *claims = nullptr)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.contains('~')) {
        SdJwtVcVerifier verifier(fetcher, kNow);
        VerificationReport report = verifier.verify(trimmed);
        if (claims)
            *claims = verifier.claims();
        return report;
    }
    VcJwtVerifier verifier(fetcher, kNow);
    VerificationReport report = verifier.verify(trimmed);
    if (claims)
        *claims = verifier.credential();
    return report;
}

QString messageOf(const VerificationReport &report, const QString &code)
{
    for (const VerificationCheck &check : report.checks) {
        if (check.code == code && check.outcome == CheckOutcome::Fail)
            return check.message;
    }
    return {};
}

SecureBytes privateScalar(const QString &file)
{
    const QByteArray d = *Base64Url::decode(keyFile(file, "secretKeyJwk").value(QLatin1String("d")).toString().toLatin1());
    return SecureBytes(d.constData(), std::size_t(d.size()));
}

// The JWT part of text with its header and payload edited, signed again with the suite's private key
// for the header's kid (P-256 or Ed25519). The disclosures after it are kept.
QByteArray resigned(const QByteArray &text, const std::function<void(QJsonObject &, QJsonObject &)> &edit)
{
    const QByteArray trimmed = text.trimmed();
    const qsizetype tilde = trimmed.indexOf('~');
    const QList<QByteArray> parts = (tilde < 0 ? trimmed : trimmed.first(tilde)).split('.');
    QJsonObject header = QJsonDocument::fromJson(*Base64Url::decode(parts.at(0))).object();
    QJsonObject payload = QJsonDocument::fromJson(*Base64Url::decode(parts.at(1))).object();
    edit(header, payload);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    Result<QByteArray> jwt = Error{QStringLiteral("test"), QStringLiteral("no key")};
    if (header.value(QLatin1String("alg")).toString() == QLatin1String("EdDSA"))
        jwt = Jws::sign(header, body, Ed25519SigningKey(Ed25519KeyPair::fromSeed(privateScalar(QStringLiteral("cid-ed25519.json"))).value()));
    else if (header.value(QLatin1String("alg")).toString() == QLatin1String("ES256"))
        jwt = Jws::sign(header, body, P256SigningKey(P256KeyPair::fromPrivateScalar(privateScalar(QStringLiteral("cid-p256.json"))).value()));
    return jwt ? *jwt + (tilde < 0 ? QByteArray() : trimmed.sliced(tilde)) : QByteArray();
}

QByteArray withPayloadEdited(const QByteArray &text, const QByteArray &from, const QByteArray &to)
{
    const QByteArray trimmed = text.trimmed();
    const qsizetype tilde = trimmed.indexOf('~');
    const QList<QByteArray> parts = (tilde < 0 ? trimmed : trimmed.first(tilde)).split('.');
    QByteArray payload = *Base64Url::decode(parts.at(1));
    payload.replace(from, to);
    return parts.at(0) + '.' + Base64Url::encode(payload) + '.' + parts.at(2) + (tilde < 0 ? QByteArray() : trimmed.sliced(tilde));
}

void repairMediaType(QJsonObject &header)
{
    header.insert(QStringLiteral("typ"), QStringLiteral("vc+sd-jwt"));
    header.insert(QStringLiteral("cty"), QStringLiteral("vc"));
}

using Edit = std::function<QByteArray(const QByteArray &)>;

const QString kOtherIssuer = QStringLiteral("https://example.issuer/someone-else");

// One header member set, the signature left as it was.
Edit withHeader(const QString &name, const QString &value)
{
    return [name, value](const QByteArray &s) {
        const QList<QByteArray> parts = s.trimmed().split('.');
        QJsonObject header = QJsonDocument::fromJson(*Base64Url::decode(parts.at(0))).object();
        header.insert(name, value);
        return Jws::assemble(header, *Base64Url::decode(parts.at(1)), *Base64Url::decode(parts.at(2)));
    };
}

enum class Part { Header, Payload };

// One member of the header or the payload set and the JWT signed again (resigned()), with the
// media type made vc+sd-jwt first when repair is true.
Edit resignedWith(Part part, const QString &name, const QString &value, bool repair = false)
{
    return [=](const QByteArray &s) {
        return resigned(s, [&](QJsonObject &header, QJsonObject &payload) {
            if (repair)
                repairMediaType(header);
            (part == Part::Header ? header : payload).insert(name, value);
        });
    };
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestVcJoseCoseSuite : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each published vector with the outcome the suite's README gives it; the failing ones fail for
    // the reason the vector is about, and nothing else.
    void publishedVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");  // empty: valid
        QTest::addColumn<QString>("mentions");
        QTest::newRow("jose minimal (ES256)") << "credential-jose-minimal.txt" << QString() << QString();
        QTest::newRow("jose bad signature") << "credential-jose-bad-signature.txt" << "signature" << "not valid";
        QTest::newRow("jose bad media type") << "credential-jose-bad-media-type.txt" << "malformed" << "bad+typ";
        QTest::newRow("jose vc and vp claims") << "credential-jose-vc-vp-claims.txt" << "claims-mismatch" << "\"vp\"";
        QTest::newRow("sd-jwt selective (ES384)") << "credential-sdjwt-selective.txt" << QString() << QString();
        QTest::newRow("sd-jwt bad signature") << "credential-sdjwt-bad-signature.txt" << "signature" << "not valid";
        QTest::newRow("sd-jwt bad media type") << "credential-sdjwt-bad-media-type.txt" << "malformed" << "bad+typ";
        QTest::newRow("sd-jwt nested (ES512)") << "credential-sdjwt-nested.txt" << QString() << QString();
    }

    void publishedVectors()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFETCH(QString, mentions);
        FakeFetcher fetcher = publishedKeys();
        const QByteArray text = vector(file);
        QVERIFY(!text.isEmpty());
        const VerificationReport report = verify(text, &fetcher);
        if (reason.isEmpty()) {
            QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
            QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass);
            QCOMPARE(outcomeOf(report, QStringLiteral("claims-mismatch")), CheckOutcome::Pass);
            QCOMPARE(fetcher.requested, QStringList{JwtVcIssuerKeys::metadataUrl(kIssuer)});
            return;
        }
        QCOMPARE(report.status(), VerificationStatus::Invalid);
        QVERIFY2(report.reasonCode() == reason, qPrintable(describe(report)));
        QVERIFY2(messageOf(report, reason).contains(mentions), qPrintable(messageOf(report, reason)));
        // Only the vectors whose point is not the signature get as far as a valid one.
        if (reason != QLatin1String("signature") && reason != QLatin1String("malformed"))
            QCOMPARE(outcomeOf(report, QStringLiteral("signature")), CheckOutcome::Pass);
    }

    void vcAndVpClaimsAreBothNamed()
    {
        FakeFetcher fetcher = publishedKeys();
        const VerificationReport report = verify(vector(QStringLiteral("credential-jose-vc-vp-claims.txt")), &fetcher);
        const QString message = messageOf(report, QStringLiteral("claims-mismatch"));
        QVERIFY2(message.contains(QStringLiteral("\"vc\"")) && message.contains(QStringLiteral("\"vp\"")), qPrintable(message));
    }

    void selectiveDisclosures()
    {
        FakeFetcher fetcher = publishedKeys();
        QJsonObject claims;
        const QByteArray text = vector(QStringLiteral("credential-sdjwt-selective.txt"));
        QCOMPARE(verify(text, &fetcher, &claims).status(), VerificationStatus::Valid);
        const QJsonObject subject = claims.value(QLatin1String("credentialSubject")).toObject();
        QCOMPARE(subject.value(QLatin1String("firstName")).toString(), QStringLiteral("Jane"));
        QCOMPARE(subject.value(QLatin1String("lastName")).toString(), QStringLiteral("Doe"));
        QCOMPARE(subject.value(QLatin1String("birthDate")).toString(), QStringLiteral("1990-01-01"));
        QVERIFY(!subject.contains(QLatin1String("_sd")));
        QCOMPARE(claims.value(QLatin1String("issuer")).toString(), kIssuer);

        // A holder may leave a disclosure out: still valid, without that claim.
        QList<QByteArray> parts = text.trimmed().split('~');
        parts.removeAt(2);
        FakeFetcher again = publishedKeys();
        const VerificationReport withheld = verify(parts.join('~'), &again, &claims);
        QVERIFY2(withheld.status() == VerificationStatus::Valid, qPrintable(describe(withheld)));
        QVERIFY(!claims.value(QLatin1String("credentialSubject")).toObject().contains(QLatin1String("lastName")));
    }

    // VC-JOSE-COSE's requirements 26, 31 and 33: members not understood are ignored. The minimal
    // credential and the repaired SD-JWT one, signed again with an extension property of an unknown
    // type, an unknown claim and an unknown subject property, stay valid.
    void unknownMembersAreIgnored()
    {
        const auto extend = [](QJsonObject &header, QJsonObject &payload) {
            if (header.value(QLatin1String("typ")).toString() == QLatin1String("bad+typ"))
                repairMediaType(header);
            payload.insert(QStringLiteral("exampleExtension"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("UnknownExtension2099")},
                                       {QStringLiteral("value"), 42}});
            payload.insert(QStringLiteral("unknownClaim"), QJsonArray{1, 2, 3});
            if (payload.value(QLatin1String("credentialSubject")).isObject()) {
                QJsonObject subject = payload.value(QLatin1String("credentialSubject")).toObject();
                subject.insert(QStringLiteral("favouriteColour"), QStringLiteral("teal"));
                payload.insert(QStringLiteral("credentialSubject"), subject);
            }
        };
        for (const char *file : {"credential-jose-minimal.txt", "credential-sdjwt-bad-media-type.txt"}) {
            FakeFetcher fetcher = publishedKeys();
            QJsonObject claims;
            const VerificationReport report = verify(resigned(vector(QLatin1String(file)), extend), &fetcher, &claims);
            QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
            QCOMPARE(claims.value(QLatin1String("exampleExtension")).toObject().value(QLatin1String("value")).toInt(), 42);
        }
    }

    // Disclosures inside an object and an array element (the ES512 vector) go back where they were.
    void nestedDisclosures()
    {
        FakeFetcher fetcher = publishedKeys();
        QJsonObject claims;
        const VerificationReport report = verify(vector(QStringLiteral("credential-sdjwt-nested.txt")), &fetcher, &claims);
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        const QJsonObject subject = claims.value(QLatin1String("credentialSubject")).toObject();
        const QJsonObject address = subject.value(QLatin1String("address")).toObject();
        QCOMPARE(address.value(QLatin1String("street")).toString(), QStringLiteral("123 Main St"));
        QCOMPARE(address.value(QLatin1String("city")).toString(), QStringLiteral("Anytown"));
        QCOMPARE(address.value(QLatin1String("country")).toString(), QStringLiteral("USA"));
        const QJsonArray phones = subject.value(QLatin1String("phoneNumbers")).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).toObject().value(QLatin1String("number")).toString(), QStringLiteral("+1-555-123-4567"));
        QCOMPARE(phones.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("mobile"));
    }

    // Offline, a key the issuer publishes online is not looked up: unknown, never valid or invalid.
    void offlineKeyIsUnknown()
    {
        for (const char *file : {"credential-jose-minimal.txt", "credential-sdjwt-selective.txt"}) {
            const VerificationReport report = verify(vector(QLatin1String(file)), nullptr);
            QVERIFY2(report.status() == VerificationStatus::Unknown, qPrintable(describe(report)));
            QCOMPARE(outcomeOf(report, QStringLiteral("key-unresolvable")), CheckOutcome::Unknown);
        }
    }

    // The suite's JWT presentations that cannot be read: an envelope without a credential, and
    // (deviation, SOURCES.md) the valid one, whose third credential is COSE, which Satchel does not read.
    void unreadablePresentations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("jose multiple (vc+jwt, vc+sd-jwt, vc+cose)") << "presentation-jose-multiple.txt" << "Credential 3";
        QTest::newRow("jose bad credential") << "presentation-jose-bad-credential.txt" << "Credential 1";
    }

    void unreadablePresentations()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        FakeFetcher fetcher = publishedKeys();
        const auto checked = PresentationVerifier(&fetcher).check(vector(file));
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, QStringLiteral("malformed"));
        QVERIFY2(checked.error().message.contains(mentions) && checked.error().message.contains(QStringLiteral("envelope")),
                 qPrintable(checked.error().message));
    }

    // The published bad-media-type presentation (typ bad+typ, cty bad+cty, signature valid) reads,
    // but its holder's proof fails on the media type.
    void presentationBadMediaType()
    {
        FakeFetcher fetcher = publishedKeys();
        const auto checked = PresentationVerifier(&fetcher).check(vector(QStringLiteral("presentation-jose-bad-media-type.txt")));
        QVERIFY(checked);
        QCOMPARE(checked->holderSignature.code, QStringLiteral("malformed"));
        QCOMPARE(checked->holderSignature.outcome, CheckOutcome::Fail);
        QVERIFY2(checked->holderSignature.message.contains(QStringLiteral("bad+typ")), qPrintable(checked->holderSignature.message));
        QVERIFY(!checked->accepted());
    }

    // The multiple presentation without its COSE credential reads; its vc+jwt credential and its
    // SD-JWT one, with its disclosures, come out and verify.
    void presentationSdJwtEnvelope()
    {
        QByteArray text = vector(QStringLiteral("presentation-jose-multiple.txt")).trimmed();
        const QList<QByteArray> parts = text.split('.');
        QJsonObject payload = QJsonDocument::fromJson(*Base64Url::decode(parts.at(1))).object();
        QJsonArray credentials = payload.value(QLatin1String("verifiableCredential")).toArray();
        QVERIFY(credentials.last().toObject().value(QLatin1String("id")).toString().startsWith(QLatin1String("data:application/vc+cose")));
        credentials.removeLast();
        payload.insert(QStringLiteral("verifiableCredential"), credentials);
        const auto content = PresentationReader::read(Jws::assemble(
            QJsonDocument::fromJson(*Base64Url::decode(parts.at(0))).object(), QJsonDocument(payload).toJson(QJsonDocument::Compact),
            *Base64Url::decode(parts.at(2))));
        QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
        QCOMPARE(content->credentials.size(), 2);
        QCOMPARE(content->credentials.at(1), vector(QStringLiteral("credential-sdjwt-selective.txt")).trimmed());
        // The vc+jwt one is the minimal credential signed again (ECDSA signatures differ each time).
        for (const QByteArray &credential : content->credentials) {
            FakeFetcher fetcher = publishedKeys();
            const VerificationReport report = verify(credential, &fetcher);
            QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        }
    }

    // The same rule on a presentation whose credential is sound: the bad-credential presentation
    // (signed with the suite's Ed25519 key) carrying the minimal credential instead, signed again
    // with bad media types, then with the right ones.
    void presentationMediaType()
    {
        const QByteArray credential = vector(QStringLiteral("credential-jose-minimal.txt")).trimmed();
        const auto presentation = [&](const QString &typ, const QString &cty) {
            return resigned(vector(QStringLiteral("presentation-jose-bad-credential.txt")),
                            [&](QJsonObject &header, QJsonObject &payload) {
                header.insert(QStringLiteral("typ"), typ);
                header.insert(QStringLiteral("cty"), cty);
                const QJsonObject envelope{
                    {QStringLiteral("@context"), QStringLiteral("https://www.w3.org/ns/credentials/v2")},
                    {QStringLiteral("id"), QString(QStringLiteral("data:application/vc+jwt,") + QString::fromLatin1(credential))},
                    {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")}};
                payload.insert(QStringLiteral("verifiableCredential"), QJsonArray{envelope});
            });
        };
        FakeFetcher fetcher = publishedKeys();
        const auto bad = PresentationVerifier(&fetcher).check(presentation(QStringLiteral("bad+typ"), QStringLiteral("bad+cty")));
        QVERIFY(bad);
        QCOMPARE(bad->content.credentials, QList<QByteArray>{credential});
        QCOMPARE(bad->holderSignature.code, QStringLiteral("malformed"));
        QCOMPARE(bad->holderSignature.outcome, CheckOutcome::Fail);
        QVERIFY2(bad->holderSignature.message.contains(QStringLiteral("bad+typ")), qPrintable(bad->holderSignature.message));
        // The control: typ vp+jwt, cty vp pass that rule and go on to the holder's key, which a bare
        // thumbprint does not name for a presentation (deviation, SOURCES.md).
        const auto good = PresentationVerifier(&fetcher).check(presentation(QStringLiteral("vp+jwt"), QStringLiteral("vp")));
        QVERIFY(good);
        QCOMPARE(good->holderSignature.code, QStringLiteral("key-unresolvable"));
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("reason");
        const QString jose = QStringLiteral("credential-jose-minimal.txt");
        const QString sdJwt = QStringLiteral("credential-sdjwt-selective.txt");
        QTest::newRow("jose payload byte") << jose << Edit([](const QByteArray &s) {
            return withPayloadEdited(s, "Bachelor", "Bachelar");
        }) << "signature";
        QTest::newRow("jose signature byte") << jose << Edit([](QByteArray s) {
            s = s.trimmed();
            s[s.size() - 4] = s[s.size() - 4] == 'A' ? 'B' : 'A';
            return s;
        }) << "signature";
        QTest::newRow("jose typ vp+jwt") << jose << withHeader(QStringLiteral("typ"), QStringLiteral("vp+jwt")) << "malformed";
        QTest::newRow("jose kid of another key") << jose << withHeader(QStringLiteral("kid"), QStringLiteral("no-such-key"))
                                                 << "key-unresolvable";
        // Re-signed with the suite's own key: only the claim rule is broken.
        QTest::newRow("jose iss is not the issuer") << jose << resignedWith(Part::Payload, QStringLiteral("iss"), kOtherIssuer)
                                                    << "claims-mismatch";
        QTest::newRow("jose vc claim alone") << jose << resignedWith(Part::Payload, QStringLiteral("vc"), QStringLiteral("oops"))
                                             << "claims-mismatch";
        QTest::newRow("jose cty vp") << jose << resignedWith(Part::Header, QStringLiteral("cty"), QStringLiteral("vp"))
                                     << "malformed";
        QTest::newRow("sd-jwt disclosure changed") << sdJwt << Edit([](QByteArray s) {
            const QByteArray original = "WyI0bUZLME14VEsyRmluZFNxQ0ktSzhBIiwiZmlyc3ROYW1lIiwiSmFuZSJd";
            return s.replace(original, Base64Url::encode(R"(["4mFK0MxTK2FindSqCI-K8A","firstName","John"])"));
        }) << "disclosures";
        QTest::newRow("sd-jwt payload byte") << sdJwt << Edit([](const QByteArray &s) {
            return withPayloadEdited(s, "1990-01-01", "1980-01-01");
        }) << "signature";
        // The bad-media-type vector is signed with the suite's Ed25519 key, so it can be signed again
        // with the media type put right and then one claim rule broken.
        const QString ed25519SdJwt = QStringLiteral("credential-sdjwt-bad-media-type.txt");
        QTest::newRow("sd-jwt iss is not the issuer")
            << ed25519SdJwt << resignedWith(Part::Payload, QStringLiteral("iss"), kOtherIssuer, true) << "claims-mismatch";
        QTest::newRow("sd-jwt vp claim")
            << ed25519SdJwt << resignedWith(Part::Payload, QStringLiteral("vp"), QStringLiteral("nooo"), true) << "claims-mismatch";
    }

    // The control for the two rows above: with only its media type put right, that vector is valid.
    void repairedMediaTypeIsValid()
    {
        const QByteArray repaired = resigned(vector(QStringLiteral("credential-sdjwt-bad-media-type.txt")),
                                             [](QJsonObject &header, QJsonObject &) { repairMediaType(header); });
        FakeFetcher fetcher = publishedKeys();
        QJsonObject claims;
        const VerificationReport report = verify(repaired, &fetcher, &claims);
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(claims.value(QLatin1String("issuer")).toString(), kIssuer);
        QCOMPARE(claims.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("did:example:123"));
    }

    void tampered()
    {
        QFETCH(QString, file);
        QFETCH(Edit, edit);
        QFETCH(QString, reason);
        const QByteArray original = vector(file);
        const QByteArray changed = edit(original);
        QVERIFY(!changed.isEmpty() && changed != original.trimmed());
        FakeFetcher fetcher = publishedKeys();
        const VerificationReport report = verify(changed, &fetcher);
        QVERIFY2(report.status() == VerificationStatus::Invalid, qPrintable(describe(report)));
        QVERIFY2(report.reasonCode() == reason, qPrintable(describe(report)));
    }
};

QTEST_GUILESS_MAIN(TestVcJoseCoseSuite)
#include "TestVcJoseCoseSuite.moc"
