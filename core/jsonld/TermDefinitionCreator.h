// API §4.2.2 Create Term Definition: one entry of a local context into a term definition of the
// active context being built. Internal to core/jsonld.
#pragma once

#include "ActiveContext.h"
#include "JsonValue.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace Satchel::JsonLd {

class ContextProcessor;
class ProcessingState;

class TermDefinitionCreator {
public:
    // The arguments Context Processing passes for every term of one local context (API §4.1.2
    // step 5.13).
    struct Arguments {
        QString baseUrl;
        bool protectedDefault = false; // the context's @protected
        bool overrideProtected = false;
        std::vector<QString> remote;   // remote contexts being processed (recursion guard)
        bool validateScoped = true;
    };
    // term -> true once defined, false while being defined (a cycle if met again).
    using DefinedMap = std::map<QString, bool>;

    TermDefinitionCreator(ProcessingState &state, ContextProcessor &contexts)
        : m_state(state), m_contexts(contexts) {}

    // Defines 'term' of 'local' in 'active'. False on error.
    bool create(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                const QString &term, DefinedMap &defined, const Arguments &args);

    // API §5.2.2 IRI Expansion while 'local' is being processed (null: no local context). Step 3
    // and 6.3 define the terms of 'local' that the value needs, with the arguments of the
    // context being processed (Scope). Null (an empty string) on error or when it maps to null.
    QString expandIri(const std::shared_ptr<ActiveContext> &active, const QString &value,
                      bool documentRelative, bool vocab, const JsonValue *local, DefinedMap &defined);

    // The arguments of the local context whose terms are being defined, for definitions that
    // IRI expansion creates on demand (they must get the same @protected default and base).
    // ContextProcessor sets them for the duration of its step 5.13.
    class Scope {
    public:
        Scope(TermDefinitionCreator &creator, const Arguments &args)
            : m_creator(creator), m_saved(creator.m_scope) { creator.m_scope = args; }
        ~Scope() { m_creator.m_scope = m_saved; }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    private:
        TermDefinitionCreator &m_creator;
        Arguments m_saved;
    };

private:
    bool isKeywordRedefinition(const QString &term, const JsonValue &value, bool &ignored);
    bool normalizeValue(const QString &term, JsonValue &value, bool &simpleTerm);
    bool setProtected(const QString &term, const JsonValue &value, bool protectedDefault,
                      TermDefinition &def);
    bool setTypeMapping(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                        const QString &term, const JsonValue &value, DefinedMap &defined,
                        TermDefinition &def);
    bool defineReverseProperty(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                               const QString &term, const JsonValue &value, DefinedMap &defined,
                               const std::shared_ptr<TermDefinition> &def);
    bool setIriMapping(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                       const QString &term, const JsonValue &value, bool simpleTerm,
                       DefinedMap &defined, const Arguments &args, TermDefinition &def, bool &ignored);
    bool setIriFromId(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                      const QString &term, const JsonValue &id, bool simpleTerm, DefinedMap &defined,
                      TermDefinition &def, bool &ignored);
    bool setContainerMapping(const QString &term, const JsonValue &container, TermDefinition &def);
    bool setIndexMapping(const std::shared_ptr<ActiveContext> &active, const QString &term,
                         const JsonValue &index, TermDefinition &def);
    bool setScopedContext(const std::shared_ptr<ActiveContext> &active, const QString &term,
                          const JsonValue &context, const Arguments &args, TermDefinition &def);
    bool setLanguageAndDirection(const QString &term, const JsonValue &value, TermDefinition &def);
    bool setNestAndPrefix(const QString &term, const JsonValue &value, TermDefinition &def);

    ProcessingState &m_state;
    ContextProcessor &m_contexts;
    Arguments m_scope;
};

} // namespace Satchel::JsonLd
