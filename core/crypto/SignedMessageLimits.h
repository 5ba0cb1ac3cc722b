// How large a signed credential or presentation Satchel reads, whatever secures it (a JWS, a
// COSE_Sign1): one policy, so that a credential is not refused in one form and read in another.
#pragma once

#include <QtGlobal>

namespace Satchel::SignedMessageLimits {

constexpr qsizetype kMaxTotalBytes = 1024 * 1024;
// The protected header: a few parameters, or a certificate chain (x5c).
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

} // namespace Satchel::SignedMessageLimits
