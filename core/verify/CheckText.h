// What each verification check means to a person, written per outcome: a passed signature reads
// "Unchanged since the issuer signed it", a failed one "Changed since the issuer signed it", never
// a "what it proves" line beside a failure. The detail page, the review and the report use these;
// the verifier's own message stays the detail under the sentence. Check codes are unchanged.
#pragma once

#include "VerificationCheck.h"

#include <QCoreApplication>
#include <QString>

namespace Satchel {

class CheckText {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CheckText)
public:
    // The short name of a check ("Signature", "Issued to you"); the code itself when unknown.
    static QString title(const QString &code);
    // The sentence for this check with this outcome.
    static QString sentence(const QString &code, CheckOutcome outcome);
    // Whether the verifier's message for this code and outcome only repeats the sentence (then a
    // view leaves it out).
    static bool detailRepeatsSentence(const QString &code, CheckOutcome outcome);
    // What the learner can do about it, or "" when there is nothing to do (a pass). Every check that
    // could not be made says to try again and how.
    static QString advice(const QString &code, CheckOutcome outcome);
};

} // namespace Satchel
