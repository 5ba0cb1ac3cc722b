// API §5.1.2 Expansion Algorithm and §5.3.2 Value Expansion: a JSON-LD document to its expanded
// form, where every term, compact IRI and value is explicit. Internal to core/jsonld.
//
// Safety limit: Options::maxDepth bounds the recursion ("jsonld-too-deep"), so a deeply nested
// document fails instead of exhausting the stack.
#pragma once

#include "ActiveContext.h"
#include "JsonValue.h"

#include <QString>

#include <vector>

namespace Satchel::JsonLd {

class ContextProcessor;
class ProcessingState;

class Expander {
public:
    Expander(ProcessingState &state, ContextProcessor &contexts) : m_state(state), m_contexts(contexts) {}

    // JsonLdProcessor.expand() (API §9.2): the initial context and Options::expandContext, then
    // the algorithm from the top, and the result as an array without a top-level @graph wrapper.
    bool expandDocument(const JsonValue &input, JsonValue &out);

private:
    enum class EntryOutcome { Store, Skip, Failed };

    // The algorithm itself ('fromMap' and 'insideList' as in the spec); false on error, 'out'
    // null when the element is dropped.
    bool expand(CtxPtr active, const QString *activeProperty, const JsonValue &element, const QString &baseUrl,
                JsonValue &out, bool fromMap = false, bool insideList = false);
    bool expandArray(const CtxPtr &active, const QString *activeProperty, const JsonValue &element,
                     const QString &baseUrl, JsonValue &out, bool fromMap, bool insideList);
    bool expandMap(CtxPtr active, const QString *activeProperty, const JsonValue &element, const QString &baseUrl,
                   JsonValue &out, bool fromMap, bool insideList);
    bool applyTypeScopedContexts(CtxPtr &active, const CtxPtr &typeScoped, const JsonValue &element,
                                 QString &inputType);
    bool expandEntries(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                       const JsonValue &element, const QString &baseUrl, const QString &inputType,
                       JsonValue &result);
    EntryOutcome expandKeywordEntry(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                                    const QString &key, const JsonValue &value, const QString &expandedProperty,
                                    const QString &baseUrl, const QString &inputType, JsonValue &result,
                                    std::vector<QString> &nests, JsonValue &expandedValue);
    bool expandTypeValue(const CtxPtr &typeScoped, const QString &key, const JsonValue &value,
                         const JsonValue &result, JsonValue &expandedValue);
    bool expandIncludedValue(const CtxPtr &active, const QString &key, const JsonValue &value,
                             const QString &baseUrl, const JsonValue &result, JsonValue &expandedValue);
    bool expandValueValue(const QString &key, const JsonValue &value, const QString &inputType,
                          JsonValue &result);
    bool expandReverseValue(const CtxPtr &active, const QString &key, const JsonValue &value,
                            const QString &baseUrl, JsonValue &result);
    bool expandPropertyEntry(const CtxPtr &active, const QString &key, const JsonValue &value,
                             const QString &expandedProperty, const QString &baseUrl, JsonValue &result);
    bool expandLanguageMap(const CtxPtr &active, const TermDefinition *td, const JsonValue &value,
                           JsonValue &expandedValue);
    bool expandIndexMap(const CtxPtr &active, const TermDefinition *td, const QString &key,
                        const JsonValue &value, const QString &baseUrl, JsonValue &expandedValue);
    bool addIndexToItem(const CtxPtr &active, const TermDefinition *td, const QString &index,
                        const QString &expandedIndex, JsonValue &item);
    bool expandNests(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                     const JsonValue &element, std::vector<QString> nests, const QString &baseUrl,
                     const QString &inputType, JsonValue &result);
    bool finishResult(JsonValue &result, const QString *activeProperty, bool insideList, JsonValue &out);
    bool checkValueObject(const JsonValue &result, bool &dropped);

    // API §5.3.2 Value Expansion.
    JsonValue expandValue(const CtxPtr &ctx, const QString &property, const JsonValue &value);
    QString expandIri(const CtxPtr &ctx, const QString &value, bool documentRelative, bool vocab) const;

    const TermDefinition *termOf(const CtxPtr &ctx, const QString &key);

    ProcessingState &m_state;
    ContextProcessor &m_contexts;
    int m_depth = 0;
    // termOf's last answer (the copies keep the context and the key alive).
    CtxPtr m_lastTermContext;
    QString m_lastTermKey;
    const TermDefinition *m_lastTerm = nullptr;
};

} // namespace Satchel::JsonLd
