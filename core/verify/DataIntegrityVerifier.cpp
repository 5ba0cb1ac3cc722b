#include "DataIntegrityVerifier.h"

#include "CredentialSchemaCheck.h"
#include "KeyResolver.h"
#include "ProofSuite.h"
#include "SharedChecks.h"
#include "StatusListChecker.h"
#include "VerifyUtil.h"
#include "i18n/LocaleText.h"

#include <QJsonDocument>

namespace Satchel {

namespace {

// Bounds on untrusted input: proofs on one document, credentials nested in a CLR or a
// presentation.
constexpr int kMaxProofs = 8;
constexpr int kMaxNestedCredentials = 256;

// Which failure explains a proof set best when no proof verified (most specific first).
int severity(const QString &code)
{
    static const QStringList order = {QStringLiteral("data-loss"), QStringLiteral("issuer-mismatch"),
                                      QStringLiteral("signature"), QStringLiteral("key-unresolvable"),
                                      QStringLiteral("malformed"), QStringLiteral("unsupported-cryptosuite")};
    const qsizetype i = order.indexOf(code);
    return i < 0 ? int(order.size()) : int(i);
}

QString issuerIdOf(const JsonValue &document)
{
    const JsonValue issuer = document.value(QStringLiteral("issuer"));
    if (issuer.isString())
        return issuer.toString();
    return issuer.value(QStringLiteral("id")).toString();
}

// A member that holds one object or an array of them, as a list.
QList<JsonValue> objectsOf(const JsonValue &value)
{
    if (value.isArray())
        return QList<JsonValue>(value.toArray().begin(), value.toArray().end());
    if (value.isObject())
        return {value};
    return {};
}

QList<JsonValue> proofsOf(const JsonValue &document)
{
    return objectsOf(document.value(QStringLiteral("proof")));
}

// The credential as the checks after the proof read it (its id, the credential schema check,
// the validity dates, the status check). A schema check reads all of it, and Qt's own parser
// builds that faster than a conversion of the document would; without a schema the few members
// the other checks read are converted instead, which costs nothing beside parsing a rich
// credential a second time (a twentieth of its verification). A check that reads another member
// must be added to the list.
QJsonObject checkedMembers(const JsonValue &document, const QByteArray &json)
{
    if (document.contains(QStringLiteral("credentialSchema")))
        return QJsonDocument::fromJson(json).object();
    static const QString read[] = {QStringLiteral("id"), QStringLiteral("validFrom"), QStringLiteral("validUntil"),
                                   QStringLiteral("issuanceDate"), QStringLiteral("expirationDate"),
                                   QStringLiteral("credentialStatus")};
    QJsonObject out;
    for (const QString &key : read) {
        if (const JsonValue *value = document.find(key))
            out.insert(key, value->toQJson());
    }
    return out;
}

} // namespace

DataIntegrityVerifier::DataIntegrityVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

VerificationCheck DataIntegrityVerifier::verifyOneProof(const JsonValue &document, const JsonValue &proof,
                                                        const QString &issuerId, bool presentation)
{
    auto suite = ProofSuite::forProof(proof, m_acceptBaseProofs && !presentation);
    if (!suite)
        return {suite.error().code, CheckOutcome::Fail, suite.error().message};

    // A credential is asserted by its issuer; a presentation authenticates its holder.
    const QString purpose = proof.value(QStringLiteral("proofPurpose")).toString();
    if (!presentation && purpose != QLatin1String("assertionMethod"))
        return {QStringLiteral("signature"), CheckOutcome::Fail,
                tr("The proof purpose must be \"assertionMethod\".")};
    if (presentation && purpose != QLatin1String("authentication"))
        return {QStringLiteral("signature"), CheckOutcome::Fail,
                tr("A presentation's proof purpose must be \"authentication\".")};
    const JsonValue created = proof.value(QStringLiteral("created"));
    if (!created.isNull() && !VerifyUtil::parseDateTime(created.toString()).isValid())
        return {QStringLiteral("malformed"), CheckOutcome::Fail, tr("The proof creation date is not valid.")};

    // Canonicalize before looking at the key: data the contexts cannot express (safe mode) makes
    // the document unverifiable whoever signed it, and is the finding that explains it best.
    if (const Status prepared = (*suite)->prepare(document, proof); !prepared) {
        const QString &code = prepared.error().code;
        if (code == QLatin1String("data-loss"))
            return {QStringLiteral("data-loss"), CheckOutcome::Fail,
                    tr("The credential contains data its JSON-LD contexts do not define, so the signature "
                       "cannot cover it: %1").arg(prepared.error().message)};
        if (code == QLatin1String("signature") || code == QLatin1String("unsupported-cryptosuite"))
            return {code, CheckOutcome::Fail, prepared.error().message};
        return {QStringLiteral("malformed"), CheckOutcome::Fail,
                tr("The credential cannot be canonicalized: %1").arg(prepared.error().message)};
    }

    // The key, and who controls it: it must be the issuer.
    const QString method = proof.value(QStringLiteral("verificationMethod")).isString()
        ? proof.value(QStringLiteral("verificationMethod")).toString()
        : proof.value(QStringLiteral("verificationMethod")).value(QStringLiteral("id")).toString();
    // A key on the web is fetched only from the issuer's own origin (a DID method resolves the
    // rest): a proof must not make Satchel contact whatever host it names.
    if (VerifyUtil::isWebKeyId(method) && !VerifyUtil::sameOrigin(method, issuerId))
        return {QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                tr("The signing key %1 is not on the issuer's site (%2); it was not fetched.")
                    .arg(Error::excerpt(method, 200), Error::excerpt(issuerId, 200))};
    auto key = KeyResolver(m_fetcher).resolve(method);
    if (!key)
        return {QStringLiteral("key-unresolvable"),
                key.error().code == QLatin1String("lookup-failed") ? CheckOutcome::Unknown : CheckOutcome::Fail,
                key.error().message};
    if (!(*suite)->acceptsKey(key->key.type()))
        return {QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                tr("The key is of type %1, which a %2 proof cannot use.").arg(key->key.typeName(), (*suite)->name())};
    if (key->controller != issuerId)
        return {QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                presentation ? tr("The signing key is controlled by %1, not by the holder %2.").arg(key->controller, issuerId)
                             : tr("The signing key is controlled by %1, not by the issuer %2.").arg(key->controller, issuerId)};

    if (const Status verified = (*suite)->verify(key->key); !verified)
        return {QStringLiteral("signature"), CheckOutcome::Fail, verified.error().message};
    if (key->selfCertified)
        return {QStringLiteral("signature"), CheckOutcome::Pass,
                tr("The signature is valid (the key is named by the issuer's own identifier; its document "
                   "could not confirm it).")};
    return {QStringLiteral("signature"), CheckOutcome::Pass, tr("The %1 signature is valid.").arg((*suite)->name())};
}

VerificationCheck DataIntegrityVerifier::verifyProofs(const JsonValue &document)
{
    const QList<JsonValue> proofs = proofsOf(document);
    if (proofs.isEmpty())
        return {QStringLiteral("no-proof"), CheckOutcome::Fail, tr("The credential has no proof.")};
    if (proofs.size() > kMaxProofs)
        return {QStringLiteral("malformed"), CheckOutcome::Fail, tr("The credential has too many proofs.")};
    const QString issuerId = issuerIdOf(document);
    VerificationCheck best;
    bool haveBest = false;
    for (const JsonValue &proof : proofs) {
        VerificationCheck check = verifyOneProof(document, proof, issuerId);
        if (check.outcome == CheckOutcome::Pass)
            return check;
        // Prefer an "unknown" (a lookup failed) over a definite failure of another proof, then
        // the most specific failure.
        const bool better = !haveBest
            || (check.outcome == CheckOutcome::Unknown && best.outcome != CheckOutcome::Unknown)
            || (check.outcome == best.outcome && severity(check.code) < severity(best.code));
        if (better) {
            best = check;
            haveBest = true;
        }
    }
    return best;
}

void DataIntegrityVerifier::checkDates(const QJsonObject &credential, VerificationReport &report) const
{
    const QString fromText = VerifyUtil::validFromText(credential);
    const QString untilText = VerifyUtil::validUntilText(credential);
    const QDateTime from = VerifyUtil::parseDateTime(fromText);
    const QDateTime until = VerifyUtil::parseDateTime(untilText);
    if ((!fromText.isEmpty() && !from.isValid()) || (!untilText.isEmpty() && !until.isValid()))
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, tr("A validity date is not a valid date-time."));
    SharedChecks::checkValidityWindow(from, until, m_now, report);
}

void DataIntegrityVerifier::checkNested(const JsonValue &document, VerificationReport &report, int depth)
{
    const QList<JsonValue> list =
        objectsOf(document.value(QStringLiteral("credentialSubject")).value(QStringLiteral("verifiableCredential")));
    if (list.isEmpty())
        return;
    if (depth > 2) {
        report.add(QStringLiteral("nested-invalid"), CheckOutcome::Fail, tr("Too many nested credentials."));
        return;
    }
    checkIncluded(list, report);
}

void DataIntegrityVerifier::checkIncluded(const QList<JsonValue> &list, VerificationReport &report)
{
    if (list.size() > kMaxNestedCredentials) {
        report.add(QStringLiteral("nested-invalid"), CheckOutcome::Fail, tr("Too many nested credentials."));
        return;
    }
    int index = 0;
    for (const JsonValue &credential : list) {
        ++index;
        const VerificationCheck check = verifyProofs(credential);
        if (check.outcome != CheckOutcome::Pass) {
            report.add(QStringLiteral("nested-invalid"),
                       check.outcome == CheckOutcome::Unknown ? CheckOutcome::Unknown : CheckOutcome::Fail,
                       tr("Included credential %1 (%2) failed: %3")
                           .arg(index)
                           .arg(credential.value(QStringLiteral("id")).toString(), check.message));
            return;
        }
    }
    report.add(QStringLiteral("nested-invalid"), CheckOutcome::Pass,
               tr("All %n included credential(s) are genuine.", nullptr, int(list.size())));
}

VerificationReport DataIntegrityVerifier::verify(const QByteArray &json)
{
    VerificationReport report = newReport();
    auto document = JsonValue::parse(json);
    if (!document || !document->isObject()) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   document ? tr("The credential is not a JSON object.") : document.error().message);
        return report;
    }
    const QJsonObject credential = checkedMembers(*document, json);
    report.credentialId = credential.value(QLatin1String("id")).toString();

    const VerificationCheck proof = verifyProofs(*document);
    report.add(proof);
    if (proof.outcome != CheckOutcome::Pass)
        return report;

    report.add(CredentialSchemaCheck::check(credential));
    checkDates(credential, report);
    checkNested(*document, report, 1);

    StatusListChecker status(m_fetcher, m_now);
    // A status list is itself a credential; its proof is checked the same way.
    status.setListProofCheck([this](const QJsonObject &list) -> Status {
        const VerificationCheck check = verifyProofs(JsonValue::fromQJson(list));
        if (check.outcome == CheckOutcome::Pass)
            return {};
        return Error{check.code, check.message};
    });
    report.append(status.checkCredential(credential));
    return report;
}

VerificationCheck DataIntegrityVerifier::verifyHolderProof(const JsonValue &presentation)
{
    const JsonValue holder = presentation.value(QStringLiteral("holder"));
    const QString holderId = holder.isString() ? holder.toString() : holder.value(QStringLiteral("id")).toString();
    const QList<JsonValue> proofs = proofsOf(presentation);
    if (proofs.size() != 1)
        return {QStringLiteral("no-proof"), CheckOutcome::Fail, tr("A presentation needs exactly one proof by its holder.")};
    return verifyOneProof(presentation, proofs.first(), holderId, true);
}

VerificationReport DataIntegrityVerifier::verifyPresentation(const QByteArray &json, const QString &challenge,
                                                             const QString &domain)
{
    VerificationReport report = newReport();
    auto document = JsonValue::parse(json);
    if (!document || !document->isObject()) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   document ? tr("The presentation is not a JSON object.") : document.error().message);
        return report;
    }
    const QList<JsonValue> proofs = proofsOf(*document);
    // The answer to this request, not a replay of an answer to another one.
    if (proofs.size() == 1
        && (proofs.first().value(QStringLiteral("challenge")).toString() != challenge
            || proofs.first().value(QStringLiteral("domain")).toString() != domain)) {
        report.add(QStringLiteral("signature"), CheckOutcome::Fail,
                   tr("The presentation answers another request: its challenge or domain differs."));
        return report;
    }
    const VerificationCheck signedByHolder = verifyHolderProof(*document);
    report.add(signedByHolder);
    if (signedByHolder.outcome != CheckOutcome::Pass)
        return report;
    const QList<JsonValue> credentials = objectsOf(document->value(QStringLiteral("verifiableCredential")));
    if (!credentials.isEmpty()) {
        m_acceptBaseProofs = false;
        checkIncluded(credentials, report);
        m_acceptBaseProofs = true;
    }
    return report;
}

} // namespace Satchel
