#include "RecipientMatcher.h"

#include <QCryptographicHash>
#include <optional>

namespace Satchel {

namespace {

const QString kCode = QStringLiteral("recipient-mismatch");

// OB 2.0 types (email, url, telephone, id), OB 3.0 identityType values (emailAddress, and the
// implementation guide's "email") and the wallet's own identity types, folded to one vocabulary.
QString kindOf(const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("email") || t == QLatin1String("emailaddress"))
        return QStringLiteral("email");
    if (t == QLatin1String("telephone") || t == QLatin1String("phone"))
        return QStringLiteral("telephone");
    return t;
}

// The strings an identity may appear as in a recipient entry of the given kind.
QStringList formsOf(const QString &recipientKind, const QString &identityKind, const QString &value)
{
    if (recipientKind != QLatin1String("id"))
        return { value };
    // credentialSubject.id is a URI: a DID or URL as such, an address or number as mailto:/tel:.
    if (identityKind == QLatin1String("email"))
        return { value, QStringLiteral("mailto:") + value };
    if (identityKind == QLatin1String("telephone"))
        return { value, QStringLiteral("tel:") + value };
    return { value };
}

std::optional<QCryptographicHash::Algorithm> algorithmNamed(const QString &name)
{
    if (name == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (name == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    if (name == QLatin1String("md5")) // OB 1.x/2.0 allowed it; still seen on old badges
        return QCryptographicHash::Md5;
    return std::nullopt;
}

bool hashMatches(const QString &hashed, const QString &salt, const QStringList &candidates)
{
    // "algo$hex"; a bare 64-digit hex value is taken as sha256 (seen from OB 1.0 issuers).
    const qsizetype dollar = hashed.indexOf(QLatin1Char('$'));
    const QString algoName = dollar < 0 ? QStringLiteral("sha256") : hashed.left(dollar).trimmed().toLower();
    const QString hex = (dollar < 0 ? hashed : hashed.mid(dollar + 1)).trimmed();
    const auto algorithm = algorithmNamed(algoName);
    if (!algorithm || hex.isEmpty())
        return false;
    for (const QString &candidate : candidates) {
        const QByteArray digest = QCryptographicHash::hash((candidate + salt).toUtf8(), *algorithm).toHex();
        if (QString::fromLatin1(digest).compare(hex, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool RecipientMatcher::comparable(const RecipientIdentity &recipient, const Identity &identity)
{
    const QString recipientKind = kindOf(recipient.type.isEmpty() ? QStringLiteral("email") : recipient.type);
    return recipientKind == QLatin1String("id") || recipientKind == kindOf(identity.first);
}

bool RecipientMatcher::matches(const RecipientIdentity &recipient, const Identity &identity)
{
    if (!comparable(recipient, identity) || recipient.identity.trimmed().isEmpty())
        return false;
    const QString recipientKind = kindOf(recipient.type.isEmpty() ? QStringLiteral("email") : recipient.type);
    const QString identityKind = kindOf(identity.first);
    const bool isEmail = identityKind == QLatin1String("email");
    const QString value = identity.second.trimmed();
    if (value.isEmpty())
        return false;

    QStringList candidates;
    for (const QString &form : formsOf(recipientKind, identityKind, value)) {
        candidates.append(form);
        if (isEmail && form.toLower() != form)
            candidates.append(form.toLower());
    }
    if (recipient.hashed)
        return hashMatches(recipient.identity.trimmed(), recipient.salt, candidates);
    const Qt::CaseSensitivity cs = isEmail ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.compare(recipient.identity.trimmed(), cs) == 0)
            return true;
    }
    return false;
}

VerificationCheck RecipientMatcher::check(const QList<RecipientIdentity> &recipients) const
{
    if (m_identities.isEmpty())
        return { kCode, CheckOutcome::Skip,
            tr("Add your e-mail addresses or other identities to check that credentials were issued to you.") };
    bool anyComparable = false;
    bool anyRecipient = false;
    for (const RecipientIdentity &recipient : recipients) {
        if (recipient.identity.trimmed().isEmpty())
            continue;
        anyRecipient = true;
        for (const Identity &identity : m_identities) {
            anyComparable |= comparable(recipient, identity);
            if (matches(recipient, identity))
                return { kCode, CheckOutcome::Pass, tr("The credential was issued to one of your identities.") };
        }
    }
    if (!anyRecipient)
        return { kCode, CheckOutcome::Skip, tr("The credential does not name its recipient.") };
    if (!anyComparable)
        return { kCode, CheckOutcome::Skip,
            tr("The credential names its recipient by a kind of identity that is not in your list.") };
    // A warning, not a failure: the learner's own wallet must not call a genuine badge invalid
    // because it was issued to an old or work e-mail address the learner has not added. Whoever
    // relies on the badge sees the mismatch; the signature and status checks decide validity.
    return { kCode, CheckOutcome::Warn, tr("The credential was issued to someone not among your identities.") };
}

} // namespace Satchel
