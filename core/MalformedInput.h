// The most common failure of untrusted input: bytes that are not what they claim to be. One
// spelling of the "malformed" error code for the readers of CBOR, keys, proofs and statements.
#pragma once

#include "Result.h"

namespace Satchel {

inline Error malformed(const QString &message)
{
    return Error{QStringLiteral("malformed"), message};
}

} // namespace Satchel
