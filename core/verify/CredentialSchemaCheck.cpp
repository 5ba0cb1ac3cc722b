#include "CredentialSchemaCheck.h"

#include "VerifyUtil.h"
#include "schema/BundledSchemas.h"

#include <QJsonArray>

namespace Satchel {

namespace {
// A credential naming many schemas costs a fetch each: only the first few are checked, and
// only the first few errors are worth showing.
constexpr int kMaxSchemas = 4;
constexpr int kErrorsShown = 3;
} // namespace

VerificationCheck CredentialSchemaCheck::check(const QJsonObject &credential)
{
    const QString code = QStringLiteral("schema");
    const QJsonArray entries = VerifyUtil::asArray(credential.value(QLatin1String("credentialSchema")));
    if (entries.isEmpty())
        return {code, CheckOutcome::Skip, tr("The credential names no schema.")};

    QStringList problems;
    QStringList checked;
    int n = 0;
    for (const auto &entry : entries) {
        if (++n > kMaxSchemas) {
            problems << tr("Only the first %n schema(s) were checked.", nullptr, kMaxSchemas);
            break;
        }
        const QString id = VerifyUtil::idOf(entry);
        auto validator = BundledSchemas::validatorFor(id);
        if (!validator) {
            problems << tr("The schema %1 is not known to Satchel, so conformance to it was not checked.").arg(id);
            continue;
        }
        const QList<SchemaError> errors = validator->validate(credential);
        if (errors.isEmpty()) {
            checked << id.section(QLatin1Char('/'), -1);
            continue;
        }
        QStringList shown;
        for (const SchemaError &e : errors.mid(0, kErrorsShown))
            shown << tr("%1: %2").arg(e.path.isEmpty() ? tr("(whole credential)") : e.path, e.message);
        problems << tr("The credential does not conform to %1: %2").arg(id.section(QLatin1Char('/'), -1),
                                                                        shown.join(QLatin1String("; ")));
    }
    if (!problems.isEmpty())
        return {code, CheckOutcome::Warn, problems.join(QLatin1Char(' '))};
    return {code, CheckOutcome::Pass, tr("The credential conforms to %1.").arg(checked.join(QLatin1String(", ")))};
}

} // namespace Satchel
