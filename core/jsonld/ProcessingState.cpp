#include "ProcessingState.h"

namespace Satchel::JsonLd {

bool ProcessingState::fail(const Error &e)
{
    if (!error)
        error = e;
    return false;
}

bool ProcessingState::fail(const char *code, const QString &detail)
{
    return fail(Error{QString::fromLatin1(code), JsonLdProcessor::tr("JSON-LD error (%1): %2")
                                                     .arg(QString::fromLatin1(code), detail)});
}

bool ProcessingState::dataLoss(const QString &what)
{
    if (!options.safeMode)
        return true;
    return fail(Error{QStringLiteral("data-loss"),
                      JsonLdProcessor::tr("Safe mode: JSON-LD processing would drop %1.").arg(what)});
}

} // namespace Satchel::JsonLd
