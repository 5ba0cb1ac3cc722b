#include "IriExpander.h"

#include "IriResolution.h"
#include "JsonLdSyntax.h"

namespace Satchel::JsonLd {

QString IriExpander::expand(const ActiveContext &ctx, const QString &value, bool documentRelative,
                            bool vocab, PendingTerms *pending)
{
    // Step 1: keywords expand to themselves.
    if (isKeyword(value))
        return value;
    // Step 2: reserved keyword-like strings are ignored (null).
    if (hasKeywordForm(value))
        return QString();
    // Step 4: a term aliased to a keyword.
    const TermDefinition *td = ctx.term(value);
    if (td && !td->iriNull && isKeyword(td->iri))
        return td->iri;
    // Step 5: a term, where terms apply (vocab).
    if (vocab && td)
        return td->iriNull ? QString() : td->iri;
    // Step 6: a colon after the first character: an IRI, a compact IRI or a blank node identifier.
    const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
    if (colon > 0) {
        // Step 6.1
        const QString prefix = value.left(colon);
        const QString suffix = value.mid(colon + 1);
        // Step 6.2: a blank node identifier, or "scheme://..." which is never a compact IRI.
        if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
            return value;
        // Step 6.3
        if (pending && !pending->definePrefix(prefix))
            return QString();
        // Step 6.4: a compact IRI, when the prefix is a prefix term.
        const TermDefinition *pd = ctx.term(prefix);
        if (pd && !pd->iriNull && pd->prefix)
            return pd->iri + suffix;
        // Step 6.5: already an absolute IRI.
        if (isAbsoluteIri(value))
            return value;
    }
    // Step 7
    if (vocab && ctx.hasVocab)
        return ctx.vocab + value;
    // Step 8
    if (documentRelative && ctx.hasBase)
        return resolveIri(ctx.base, value);
    // Step 9
    return value;
}

} // namespace Satchel::JsonLd
