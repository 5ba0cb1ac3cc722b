// A signed presentation file (issue 15): for someone who asked to see credentials but has no
// verifier to send a request from. The learner picks credentials, types the challenge that person
// gave them (and, if they gave one, a domain) and picks an identity; the file is a W3C Verifiable
// Presentation of those credentials, holder = the identity's DID, with a Data Integrity proof by
// its key (PresentationSigner) bound to that challenge. Satchel's import and review open it again
// (formats::PresentationReader, verify::PresentationVerifier), and so does any VC verifier.
//
// The challenge is required: a presentation bound to nothing can be replayed by whoever gets a
// copy; the challenge lets the recipient see that it was made for them, now.
//
// Error codes: "challenge-missing", "challenge-too-long", "domain-too-long", "no-credentials",
// "format-not-presentable" (an OB 2.0 badge), the wallet's ("not-found"…), PresentationSigner's,
// AtomicFile's.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Satchel {

class SigningKey;
class Wallet;

struct SignedPresentationOptions {
    QList<qint64> credentialIds;  // wallet rows, in the order they go into the presentation
    QString challenge;            // what the recipient gave the learner; required
    QString domain;               // optional: who it is for (a web origin, a name)
    QDateTime created = QDateTime::currentDateTimeUtc();
};

class SignedPresentationFile {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SignedPresentationFile)
public:
    static constexpr int kMaxChallengeChars = 256;
    static constexpr int kMaxDomainChars = 256;
    static constexpr int kMaxCredentials = 256; // PresentationSigner::kMaxCredentials

    // The options a learner typed, checked before any key is unlocked.
    static Status check(const SignedPresentationOptions &options);
    // The presentation's bytes (compact JSON), each credential read from the wallet as stored.
    static Result<QByteArray> build(const Wallet &wallet, const SignedPresentationOptions &options,
                                    const SigningKey &key);
    // build(), then saved at path in one piece (AtomicFile).
    static Status write(const QString &path, const Wallet &wallet, const SignedPresentationOptions &options,
                        const SigningKey &key);
    // A name for the save dialog: "presentation-2026-12-06.json".
    static QString suggestedFileName(const QDate &date = QDate::currentDate());
};

} // namespace Satchel
