// The active context (API §4.1, "active context"): term definitions, base IRI, vocabulary
// mapping, default language and direction, and the previous context that a non-propagated
// (type-scoped) context reverts to. Internal to core/jsonld.
#pragma once

#include "TermDefinition.h"

#include <QHash>
#include <QString>

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

    const TermDefinition *term(const QString &t) const
    {
        auto it = terms.constFind(t);
        return it == terms.constEnd() ? nullptr : it.value().get();
    }
};

} // namespace Satchel::JsonLd
