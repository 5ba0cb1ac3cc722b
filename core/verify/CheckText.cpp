#include "CheckText.h"

namespace Satchel {

namespace {

bool is(const QString &code, const char *name)
{
    return code == QLatin1String(name);
}

// The checks only SD-JWT VCs have (SdJwtVcVerifier); "" for other codes and outcomes.
QString sdJwtSentence(const QString &code, CheckOutcome outcome)
{
    if (is(code, "disclosures")) {
        if (outcome == CheckOutcome::Pass)
            return CheckText::tr("Every claim it discloses is one the issuer signed.");
        if (outcome == CheckOutcome::Fail)
            return CheckText::tr("Discloses a claim the issuer did not sign, or discloses one twice.");
    } else if (is(code, "key-binding")) {
        if (outcome == CheckOutcome::Pass)
            return CheckText::tr("Presented by the holder of the key the issuer bound it to.");
        if (outcome == CheckOutcome::Fail)
            return CheckText::tr("The holder's proof does not match the key the issuer bound it to.");
        if (outcome == CheckOutcome::Skip)
            return CheckText::tr("Bound to its holder's key; a proof of holding it is made when it is presented.");
    } else if (is(code, "status-token") && outcome == CheckOutcome::Fail) {
        return CheckText::tr("The issuer's status list cannot be used, so whether it was revoked cannot be told.");
    } else if (is(code, "status-signature") && outcome == CheckOutcome::Fail) {
        return CheckText::tr("The status list it names is not signed by its issuer.");
    } else if (is(code, "status-index") && outcome == CheckOutcome::Fail) {
        return CheckText::tr("Its place in the issuer's status list is missing or outside the list.");
    } else if (is(code, "status") && outcome == CheckOutcome::Warn) {
        return CheckText::tr("The issuer's status list gives it a status Satchel does not know.");
    } else if (is(code, "status-unchecked") && outcome == CheckOutcome::Warn) {
        // Reports saved before Satchel read IETF Token Status Lists.
        return CheckText::tr("Names a revocation list of a kind Satchel cannot read yet; it was not checked.");
    }
    return {};
}

} // namespace

QString CheckText::title(const QString &code)
{
    if (is(code, "malformed"))
        return tr("Format");
    if (is(code, "schema"))
        return tr("Schema");
    if (is(code, "no-proof"))
        return tr("Proof");
    if (is(code, "unsupported-cryptosuite"))
        return tr("Proof method");
    if (is(code, "alg-none"))
        return tr("Signature algorithm");
    if (is(code, "signature"))
        return tr("Signature");
    if (is(code, "key-unresolvable"))
        return tr("Issuer's key");
    if (is(code, "issuer-mismatch"))
        return tr("Key owner");
    if (is(code, "claims-mismatch"))
        return tr("Token claims");
    if (is(code, "data-loss"))
        return tr("Signed fields");
    // Titles name what was looked at, never a verdict: "Not revoked" beside "Failed" would read
    // both ways.
    if (is(code, "revoked") || is(code, "status"))
        return tr("Revocation");
    if (is(code, "status-unavailable"))
        return tr("Revocation list");
    if (is(code, "expired"))
        return tr("End of validity");
    if (is(code, "not-yet-valid"))
        return tr("Start of validity");
    if (is(code, "recipient-mismatch"))
        return tr("Recipient");
    if (is(code, "hosted-mismatch"))
        return tr("Issuer's copy");
    if (is(code, "nested-invalid"))
        return tr("Included credentials");
    if (is(code, "disclosures"))
        return tr("Disclosed claims");
    if (is(code, "key-binding"))
        return tr("Holder binding");
    if (is(code, "status-unchecked"))
        return tr("Revocation");
    if (is(code, "status-token") || is(code, "status-signature"))
        return tr("Revocation list");
    if (is(code, "status-index"))
        return tr("Place in the revocation list");
    return code;
}

QString CheckText::sentence(const QString &code, CheckOutcome outcome)
{
    const bool pass = outcome == CheckOutcome::Pass;
    const bool fail = outcome == CheckOutcome::Fail;
    const bool warn = outcome == CheckOutcome::Warn;
    const bool unknown = outcome == CheckOutcome::Unknown;
    if (is(code, "malformed")) {
        if (pass)
            return tr("Readable: it holds what its standard requires.");
        if (fail)
            return tr("Cannot be read as its standard requires.");
    } else if (is(code, "schema")) {
        if (pass)
            return tr("Follows the published schema of its standard.");
        if (warn)
            return tr("Departs from the published schema of its standard (this alone does not make it invalid).");
        if (outcome == CheckOutcome::Skip)
            return tr("Names no schema to compare it with.");
    } else if (is(code, "no-proof")) {
        if (pass)
            return tr("Carries a proof that anyone can check.");
        if (fail)
            return tr("Carries no proof: nothing shows that the issuer made it.");
    } else if (is(code, "unsupported-cryptosuite")) {
        if (pass)
            return tr("Signed with a method Satchel can check.");
        if (fail)
            return tr("Signed with a method Satchel cannot check, so it cannot be confirmed.");
    } else if (is(code, "alg-none")) {
        if (pass)
            return tr("Signed with a safe algorithm.");
        if (fail)
            return tr("Not signed: it declares the algorithm \"none\".");
    } else if (is(code, "signature")) {
        if (pass)
            return tr("Unchanged since the issuer signed it: the signature matches.");
        if (fail)
            return tr("Changed since the issuer signed it: the signature does not match.");
        if (unknown)
            return tr("Not known whether it changed since the issuer signed it: the signature could not be checked.");
    } else if (is(code, "key-unresolvable")) {
        if (pass)
            return tr("The issuer's key was found where the issuer publishes it.");
        if (fail)
            return tr("The key meant to check the signature cannot be used.");
        if (warn)
            return tr("The signing key came with the credential itself; the issuer has not confirmed it.");
        if (unknown)
            return tr("The issuer's key could not be fetched, so the signature was not checked.");
    } else if (is(code, "issuer-mismatch")) {
        if (pass)
            return tr("Signed with a key that belongs to the issuer named in it.");
        if (fail)
            return tr("Signed with a key that does not belong to the issuer named in it.");
        if (unknown)
            return tr("Not confirmed that the signing key belongs to the issuer.");
    } else if (is(code, "claims-mismatch")) {
        if (pass)
            return tr("The signed token and the credential inside it agree.");
        if (fail)
            return tr("The signed token and the credential inside it disagree.");
    } else if (is(code, "data-loss")) {
        if (pass)
            return tr("Every field is covered by the signature.");
        if (fail)
            return tr("Holds fields the signature does not cover.");
    } else if (is(code, "revoked") || is(code, "status")) {
        if (pass)
            return tr("The issuer's status list shows it still in force.");
        if (fail)
            return tr("Revoked: the issuer has withdrawn it.");
        if (outcome == CheckOutcome::Skip)
            return tr("Its status entry does not affect whether it is valid.");
    } else if (is(code, "status-unavailable")) {
        if (warn)
            return tr("The issuer's revocation list could not be read; it was not counted against the credential.");
        if (unknown)
            return tr("Not known whether the issuer has revoked it: the revocation list could not be read.");
    } else if (is(code, "expired")) {
        if (pass)
            return tr("Within its validity period.");
        if (fail)
            return tr("Expired: its validity period has ended.");
    } else if (is(code, "not-yet-valid")) {
        if (pass)
            return tr("Its validity period has begun.");
        if (fail)
            return tr("Not valid yet: its validity period has not begun.");
    } else if (is(code, "recipient-mismatch")) {
        if (pass)
            return tr("It names one of your identities.");
        if (warn || fail)
            return tr("Not to you: it names none of your identities, so it was issued to someone else.");
        if (outcome == CheckOutcome::Skip)
            return tr("Not compared with your identities.");
    } else if (is(code, "hosted-mismatch")) {
        if (pass)
            return tr("Matches the copy on the issuer's site.");
        if (fail)
            return tr("Differs from the copy on the issuer's site.");
        if (unknown)
            return tr("Not compared with the issuer's copy: the issuer's site could not be reached.");
    } else if (is(code, "nested-invalid")) {
        if (pass)
            return tr("Every credential inside this record checks out.");
        if (fail)
            return tr("A credential inside this record is not valid.");
        if (warn)
            return tr("A credential inside this record has lapsed.");
        if (unknown)
            return tr("Not every credential inside this record could be checked.");
    }
    if (const QString sentence = sdJwtSentence(code, outcome); !sentence.isEmpty())
        return sentence;
    switch (outcome) {
    case CheckOutcome::Pass:
        return tr("Passed.");
    case CheckOutcome::Fail:
        return tr("Failed.");
    case CheckOutcome::Warn:
        return tr("Passed with a warning.");
    case CheckOutcome::Skip:
        return tr("Not needed.");
    case CheckOutcome::Unknown:
        return tr("Could not be checked.");
    }
    return QString();
}

bool CheckText::detailRepeatsSentence(const QString &code, CheckOutcome outcome)
{
    // These verifier messages say nothing the sentence does not; other details name the key, the
    // date, the schema or the reason, and stay.
    if (is(code, "recipient-mismatch"))
        return outcome == CheckOutcome::Pass || outcome == CheckOutcome::Warn;
    if (is(code, "schema"))
        return outcome == CheckOutcome::Skip;
    return false;
}

QString CheckText::advice(const QString &code, CheckOutcome outcome)
{
    if (outcome == CheckOutcome::Unknown || (is(code, "status-unavailable") && outcome == CheckOutcome::Warn))
        return tr("Try again later with Verify now, once you are online or the issuer's site is back.");
    if (is(code, "recipient-mismatch") && outcome == CheckOutcome::Warn)
        return tr("If it is yours under another address, add that address in Settings and verify again.");
    if (is(code, "revoked") && outcome == CheckOutcome::Fail)
        return tr("Ask the issuer why if you think this is a mistake.");
    if (is(code, "expired") && outcome == CheckOutcome::Fail)
        return tr("Ask the issuer whether it can be renewed.");
    if (outcome == CheckOutcome::Fail)
        return tr("Ask the issuer for a new copy and import it again.");
    return QString();
}

} // namespace Satchel
