// The credential reader as an import sees it: whatever the bytes are (JSON, JWS/JWT, PNG, SVG,
// PDF, an API bundle), detect every credential in them and parse each into the model. A zip goes
// through the archive reader first, as the importer does.
#include "formats/ArchiveReader.h"
#include "formats/CredentialReader.h"

#include <QByteArray>

namespace {

void readCredentials(const QByteArray &bytes)
{
    const auto found = Satchel::CredentialReader::detectAll(bytes, QStringLiteral("fuzz"));
    if (!found)
        return;
    for (const Satchel::RawCredential &raw : found.value())
        (void)Satchel::CredentialReader::parse(raw);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        Satchel::ArchiveReader archive;
        if (archive.openData(bytes)) {
            for (const Satchel::ArchiveEntry &entry : archive.entries()) {
                const auto content = archive.read(entry);
                if (content)
                    readCredentials(content.value());
            }
        }
        return 0;
    }
    readCredentials(bytes);
    return 0;
}
