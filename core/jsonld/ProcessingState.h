// What the algorithms of one JsonLdProcessor call share: the document loader, the options, and
// the first error. Internal to core/jsonld.
#pragma once

#include "DocumentLoader.h"
#include "JsonLdProcessor.h"
#include "Result.h"

#include <optional>

namespace Satchel::JsonLd {

class ProcessingState {
public:
    ProcessingState(const DocumentLoader &loader, const JsonLdProcessor::Options &options)
        : loader(loader), options(options) {}

    const DocumentLoader &loader;
    const JsonLdProcessor::Options &options;
    // Only the first error is kept: later ones are consequences of it as the algorithms unwind.
    std::optional<Error> error;

    // Record an error; always false, so that callers can "return fail(...)".
    bool fail(const Error &e);
    // A JSON-LD error code ("invalid local context", ...) with a detail for the message.
    bool fail(const char *code, const QString &detail);
    // The spec drops some data silently (undefined terms, relative IRIs, free-floating values).
    // Safe mode (Data Integrity's DATA_LOSS_DETECTION_ERROR) makes that an error, because what a
    // signature covers must be what the reader sees. True when processing may go on.
    bool dataLoss(const QString &what);
};

} // namespace Satchel::JsonLd
