// The head of every HTML file Satchel writes for someone else's browser (the verification page,
// a review packet's summary.html): no script, no plugin, no network load of any kind, images only
// as data: URIs, no referrer. Such a page carries text taken from credentials, so whatever slips
// past escaping still cannot run or call home.
#pragma once

#include <QString>

namespace Satchel::StandalonePagePolicy {

inline QString headMeta()
{
    return QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "script-src 'none'; object-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                          "base-uri 'none'; form-action 'none'\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">");
}

} // namespace Satchel::StandalonePagePolicy
