// API §4.1.2 Context Processing: a local context (a URL, an object, null, or an array of these)
// applied to an active context. Internal to core/jsonld.
//
// Safety limits: Options::maxRemoteContexts bounds chains of remote contexts (step 5.2.3); the
// process-wide ContextCache bounds its own size; the initial contexts per base are bounded too.
#pragma once

#include "ActiveContext.h"
#include "JsonValue.h"
#include "TermDefinitionCreator.h"

#include <QString>

#include <vector>

namespace Satchel::JsonLd {

class ProcessingState;

class ContextProcessor {
public:
    explicit ContextProcessor(ProcessingState &state) : m_state(state), m_terms(state, *this) {}

    // The algorithm with its arguments: 'remote' = remote contexts being processed, 'propagate'
    // false for type-scoped contexts, 'validateScoped' false while validating a scoped context
    // (API §4.2.2 step 21.3). Null on error (the state holds it).
    CtxPtr process(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                   std::vector<QString> remote, bool overrideProtected, bool propagate,
                   bool validateScoped);

    // The empty active context with 'base' as base IRI; shared per base, so that the context
    // cache hits across documents.
    static CtxPtr initialContext(const QString &base);

private:
    CtxPtr processUncached(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                           std::vector<QString> remote, bool overrideProtected, bool propagate,
                           bool validateScoped);
    CtxPtr processEntry(const CtxPtr &result, const CtxPtr &original, const JsonValue &ctx,
                        const QString &baseUrl, std::vector<QString> &remote, bool overrideProtected,
                        bool propagate, bool validateScoped);
    CtxPtr nullContext(const CtxPtr &result, const CtxPtr &original, bool overrideProtected, bool propagate);
    CtxPtr processEntryUncached(const CtxPtr &result, const JsonValue &ctx, const QString &baseUrl,
                                std::vector<QString> &remote, bool overrideProtected, bool validateScoped);
    CtxPtr processRemoteContext(const CtxPtr &result, const QString &reference, const QString &baseUrl,
                                std::vector<QString> &remote, bool overrideProtected, bool validateScoped);
    CtxPtr processRemoteEntries(const CtxPtr &active, const JsonValue &local, const QString &url,
                                std::vector<QString> &remote, bool overrideProtected, bool validateScoped);
    CtxPtr processDefinition(const CtxPtr &result, const JsonValue &definition, const QString &baseUrl,
                             const std::vector<QString> &remote, bool overrideProtected, bool validateScoped);
    bool checkVersion(const JsonValue &ctx);
    bool mergeImport(JsonValue &ctx, const QString &baseUrl);
    bool setBase(ActiveContext &res, const JsonValue &ctx, const std::vector<QString> &remote);
    bool setVocab(const std::shared_ptr<ActiveContext> &res, const JsonValue &ctx);
    bool setLanguageAndDirection(ActiveContext &res, const JsonValue &ctx);
    bool checkPropagate(const JsonValue &ctx);
    bool readProtected(const JsonValue &ctx, bool &protectedDefault);
    bool defineTerms(const std::shared_ptr<ActiveContext> &res, const JsonValue &ctx,
                     const TermDefinitionCreator::Arguments &args);
    int cacheFlags(bool overrideProtected, bool propagate, bool validateScoped) const;

    ProcessingState &m_state;
    TermDefinitionCreator m_terms;
};

} // namespace Satchel::JsonLd
