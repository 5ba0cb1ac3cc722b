// The active context (API §4.1, "active context"): term definitions, base IRI, vocabulary
// mapping, default language and direction, and the previous context that a non-propagated
// (type-scoped) context reverts to. Internal to core/jsonld.
#pragma once

#include "TermDefinition.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <memory>

namespace Satchel::JsonLd {

struct ActiveContext;
// Contexts are immutable once built, so the process-wide ContextCache and every node that
// uses a context can share one instance.
using CtxPtr = std::shared_ptr<const ActiveContext>;

struct ActiveContext {
    QHash<QString, TermPtr> terms;
    QString base;
    bool hasBase = false;
    QString originalBase;
    QString vocab;
    bool hasVocab = false;
    QString language;
    bool hasLanguage = false;
    QString direction;
    bool hasDirection = false;
    CtxPtr previous;
    // Whether any term is protected: a null context must then fail (API §4.1.2 step 5.1.1).
    bool anyProtected = false;
    // No term is longer than this (an upper bound: removals leave it). Expansion looks up every
    // key and value, and the ids and IRIs longer than any term (urn:uuid:..., data: URIs of
    // kilobytes) then cost no hashing for a lookup that cannot succeed.
    qsizetype longestTerm = 0;

    void defineTerm(const QString &t, const TermPtr &definition)
    {
        longestTerm = std::max(longestTerm, t.size());
        terms.insert(t, definition);
    }

    const TermDefinition *term(const QString &t) const
    {
        if (t.size() > longestTerm)
            return nullptr;
        auto it = terms.constFind(t);
        return it == terms.constEnd() ? nullptr : it.value().get();
    }
};

} // namespace Satchel::JsonLd
