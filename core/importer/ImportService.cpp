#include "ImportService.h"

#include "formats/ArchiveReader.h"
#include "formats/CredentialReader.h"
#include "importer/Logging.h"
#include "io/DataUri.h"
#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Satchel {

namespace {

constexpr int kMaxPendingHops = 2;   // a URL that serves a URL that serves a credential, no further
constexpr int kMaxLinkRounds = 4;    // assertion -> BadgeClass -> Issuer (+ slack)
constexpr qint64 kMaxCriteriaBytes = 1024 * 1024;

bool isHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isOb2(CredentialFormat format)
{
    return format == CredentialFormat::Ob2Json || format == CredentialFormat::Ob2Jws;
}

bool isZipFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(4) == QByteArray("PK\x03\x04", 4);
}

// A skipped name: dot files and the litter other systems leave in folders and archives.
bool isHiddenName(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("__MACOSX")
        || name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

} // namespace

// One importPaths()/importText() call: the caller's wallet connection, a fetcher of its own, and
// the report being built. The search index is brought up to date once, when the run ends.
class ImportService::Run {
public:
    Run(Wallet &wallet, const ImportOptions &options, const Progress &progress, const std::atomic_bool *cancel)
        : m_options(options), m_progress(progress), m_cancel(cancel), m_wallet(&wallet),
          m_fetcher(nullptr, options.network)
    {
        m_wallet->setDeferSearchIndexing(true);
        // No cache in the fetcher: documents reach the wallet only with a stored credential, so a
        // failed input leaves the wallet unchanged.
        m_fetchOptions.totalTimeoutMs = options.fetchTimeoutMs;
        m_fetchOptions.connectTimeoutMs = std::min(options.fetchTimeoutMs, 10000);
        m_fetchOptions.maxBytes = CredentialReader::kMaxFileBytes;
    }
    ~Run()
    {
        // The rows stored while deferred join the full-text index now, in one pass.
        m_wallet->setDeferSearchIndexing(false);
    }
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    ImportReport report;

    bool cancelled()
    {
        if (m_cancel && m_cancel->load())
            report.cancelled = true;
        return report.cancelled;
    }

    void expect(int more) { m_total += more; }

    void importInput(const QString &input)
    {
        if (cancelled())
            return;
        if (isHttpUrl(input)) {
            importUrl(input, input, {}, 0);
            return;
        }
        const QFileInfo info(input);
        if (info.isDir()) {
            importFolder(info.absoluteFilePath(), input);
        } else if (!info.exists()) {
            fail(input, QStringLiteral("io-error"), tr("No such file or folder: %1").arg(input));
        } else if (isZipFile(input)) {
            importArchive(input);
        } else {
            importFile(input, input);
        }
    }

    void importBytes(const QByteArray &bytes, const QString &input, int hops = 0, const RawCredential *outer = nullptr)
    {
        if (bytes.size() > CredentialReader::kMaxFileBytes) {
            fail(input, QStringLiteral("too-large"),
                 tr("%1 is larger than %2 MiB.").arg(input).arg(CredentialReader::kMaxFileBytes / (1024 * 1024)));
            return;
        }
        auto detected = CredentialReader::detectAll(bytes, input);
        if (!detected) {
            fail(input, detected.error().code, detected.error().message);
            return;
        }
        std::optional<PresentationOrigin> presentation;
        if (!detected->isEmpty() && detected->first().presented) {
            presentation = checkPresentation(bytes, *detected, input);
            if (!presentation)
                return;
        }
        for (RawCredential &raw : detected.value()) {
            if (cancelled())
                return;
            if (outer && !outer->bakedImage.isEmpty() && raw.bakedImage.isEmpty()) {
                // A baked image that pointed at its hosted assertion: keep the image with it.
                raw.bakedImage = outer->bakedImage;
                raw.bakedImageType = outer->bakedImageType;
                raw.bakedKeyword = outer->bakedKeyword;
            }
            if (!raw.pendingUrl.isEmpty() && raw.bytes.isEmpty()) {
                if (hops >= kMaxPendingHops) {
                    fail(input, QStringLiteral("not-a-credential"),
                         tr("%1 only points to another address, not to a credential.").arg(input));
                    continue;
                }
                importUrl(raw.pendingUrl, input, raw, hops + 1);
                continue;
            }
            importRaw(raw, input, presentation ? &*presentation : nullptr);
        }
    }

private:
    // What the report says of every credential of one presentation file.
    struct PresentationOrigin {
        ImportItemReport::HolderSignature holderSignature = ImportItemReport::NotChecked;
        QString note; // translated, appended to each item's message
        QString holderProblem;
    };

    // All or nothing: a presentation whose credentials do not all parse is refused whole, so the
    // wallet never holds half of what someone presented. Then the holder's signature, once per file.
    std::optional<PresentationOrigin> checkPresentation(const QByteArray &bytes, const QList<RawCredential> &presented,
                                                        const QString &input)
    {
        for (qsizetype i = 0; i < presented.size(); ++i) {
            if (isOb2(presented.at(i).format))
                continue; // parsed with its linked documents below; it never fails for want of them
            auto parsed = CredentialReader::parse(presented.at(i));
            if (!parsed) {
                fail(input, parsed.error().code,
                     tr("Credential %1 of the presentation cannot be read, so none of it was imported: %2")
                         .arg(i + 1)
                         .arg(parsed.error().message));
                return std::nullopt;
            }
        }
        PresentationOrigin origin;
        const QString holder = presented.first().presentationHolder.isEmpty()
            ? tr("a holder it does not name")
            : presented.first().presentationHolder;
        if (!m_options.checkPresentation) {
            origin.note = tr("From a presentation by %1 (its signature was not checked).").arg(holder);
            return origin;
        }
        const Status signedByHolder = m_options.checkPresentation(bytes);
        if (signedByHolder) {
            origin.holderSignature = ImportItemReport::HolderSigned;
            origin.note = tr("From a presentation signed by its holder %1.").arg(holder);
        } else {
            origin.holderSignature = ImportItemReport::HolderSignatureInvalid;
            origin.note = tr("From a presentation by %1.").arg(holder);
            origin.holderProblem =
                tr("The presentation's holder signature does not verify: %1").arg(signedByHolder.error().message);
        }
        return origin;
    }

    void importFile(const QString &path, const QString &input)
    {
        QFile file(path);
        if (file.size() > CredentialReader::kMaxFileBytes) {
            fail(input, QStringLiteral("too-large"),
                 tr("%1 is larger than %2 MiB.").arg(input).arg(CredentialReader::kMaxFileBytes / (1024 * 1024)));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            fail(input, QStringLiteral("io-error"), tr("Cannot read %1: %2").arg(input, file.errorString()));
            return;
        }
        importBytes(file.readAll(), input);
    }

    void importFolder(const QString &folder, const QString &input)
    {
        // Symlinked folders are not followed (no loops); hidden and system entries are skipped.
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir())
                continue;
            const QString relative = path.mid(folder.size() + 1);
            const QStringList parts = relative.split(QLatin1Char('/'));
            if (std::any_of(parts.begin(), parts.end(), isHiddenName))
                continue;
            if (isCandidateFile(info.fileName()) || info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
                files.append(path);
        }
        std::sort(files.begin(), files.end());
        expect(int(files.size()) - 1);
        if (files.isEmpty()) {
            fail(input, QStringLiteral("not-a-credential"), tr("The folder %1 holds no credential files.").arg(input));
            return;
        }
        const QString prefix = input.endsWith(QLatin1Char('/')) ? input : input + QLatin1Char('/');
        for (const QString &path : files) {
            if (cancelled())
                return;
            const QString label = prefix + path.mid(folder.size() + 1);
            if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
                importArchive(path, label);
            else
                importFile(path, label);
        }
    }

    void importArchive(const QString &path, QString label = {})
    {
        if (label.isEmpty())
            label = path;
        ArchiveLimits limits;
        limits.maxTotalBytes = m_options.maxArchiveBytes;
        limits.maxEntries = m_options.maxArchiveEntries;
        limits.maxEntryBytes = CredentialReader::kMaxFileBytes;
        ArchiveReader archive(limits);
        const Status opened = archive.open(path);
        if (!opened) {
            fail(label, opened.error().code, opened.error().message);
            return;
        }
        QList<ArchiveEntry> entries;
        for (const ArchiveEntry &entry : archive.entries()) {
            // Before the hidden-name filter: "../x.json" would otherwise vanish as a dot name
            // and the report would say "no credential files" instead of naming the entry.
            if (entry.unsafeName) {
                entries.append(entry);
                continue;
            }
            if (entry.isDirectory)
                continue;
            const QStringList parts = entry.name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (std::any_of(parts.begin(), parts.end(), isHiddenName))
                continue;
            if (isCandidateFile(entry.name))
                entries.append(entry);
        }
        expect(int(entries.size()) - 1);
        if (entries.isEmpty()) {
            fail(label, QStringLiteral("not-a-credential"), tr("The archive %1 holds no credential files.").arg(label));
            return;
        }
        for (const ArchiveEntry &entry : entries) {
            if (cancelled())
                return;
            const QString entryLabel = label + QStringLiteral("!/") + entry.name;
            auto bytes = archive.read(entry);
            if (!bytes) {
                fail(entryLabel, bytes.error().code, bytes.error().message);
                if (bytes.error().code == QLatin1String("too-large") && archive.totalBytesRead() >= limits.maxTotalBytes)
                    return; // the archive's budget is spent: nothing more can be read from it
                continue;
            }
            importBytes(bytes.value(), entryLabel);
        }
    }

    void importUrl(const QString &url, const QString &input, const RawCredential &outer, int hops)
    {
        FetchOptions options = m_fetchOptions;
        options.accept = "application/ld+json, application/json, application/jwt;q=0.9, text/plain;q=0.5";
        auto fetched = fetch(url, options);
        if (!fetched) {
            fail(input, QStringLiteral("fetch-failed"), fetched.error().message);
            return;
        }
        m_pendingDocuments.append(fetched.value());
        const QByteArray body = fetched->body;
        importBytes(body, input, hops, outer.bakedImage.isEmpty() ? nullptr : &outer);
        m_pendingDocuments.clear();
    }

    // The cache first (also offline), then the network.
    Result<FetchedDocument> fetch(const QString &url, const FetchOptions &options)
    {
        if (auto cached = m_wallet->document(url))
            return *cached;
        for (const FetchedDocument &pending : std::as_const(m_pendingDocuments)) {
            if (pending.url == url)
                return pending;
        }
        return m_fetcher.get(QUrl(url), options);
    }

    void importRaw(const RawCredential &raw, const QString &input, const PresentationOrigin *presentation = nullptr)
    {
        const int documentsBefore = int(m_pendingDocuments.size());
        QStringList warnings;
        LinkedDocuments linked;
        auto parsed = CredentialReader::parse(raw, linked);
        if (isOb2(raw.format)) {
            QSet<QString> tried;
            for (int round = 0; parsed && round < kMaxLinkRounds; ++round) {
                bool added = false;
                for (const QString &url : parsed->unresolvedLinks) {
                    if (tried.contains(url))
                        continue;
                    tried.insert(url);
                    auto document = fetch(url, m_fetchOptions);
                    if (!document) {
                        warnings.append(tr("Could not fetch %1: %2").arg(url, document.error().message));
                        continue;
                    }
                    auto object = SafeJson::parseObject(document->body, CredentialReader::kMaxJsonDepth,
                                                        CredentialReader::kMaxFileBytes);
                    if (!object) {
                        warnings.append(tr("%1 is not a JSON document: %2").arg(url, object.error().message));
                        continue;
                    }
                    m_pendingDocuments.append(document.value());
                    linked.insert(url, object.value());
                    added = true;
                }
                if (!added)
                    break;
                parsed = CredentialReader::parse(raw, linked);
            }
        }
        if (!parsed) {
            fail(input, parsed.error().code, parsed.error().message);
            m_pendingDocuments.resize(documentsBefore);
            return;
        }
        const Credential &credential = parsed.value();
        if (isOb2(raw.format))
            fetchPages(credential, warnings);

        QByteArray image;
        QString imageType;
        pickImage(raw, credential, image, imageType);
        // The credentials inside a CLR get their own achievement images (data: URIs, or documents
        // fetched with the CLR), so they show as badges in the gallery too.
        QList<CredentialImage> nestedImages;
        for (const Credential &nested : credential.nested) {
            CredentialImage nestedImage;
            pickImage({}, nested, nestedImage.bytes, nestedImage.type);
            nestedImages.append(nestedImage);
        }

        auto stored = m_wallet->store(raw, credential, image, imageType, nestedImages);
        if (!stored) {
            ImportItemReport item = describe(input, credential);
            item.outcome = ImportItemReport::Failed;
            item.code = stored.error().code;
            item.message = stored.error().message;
            m_pendingDocuments.resize(documentsBefore);
            add(std::move(item));
            return;
        }
        // Linked documents are kept only with a credential that needs them.
        for (const FetchedDocument &document : std::as_const(m_pendingDocuments)) {
            if (const Status kept = m_wallet->putDocument(document); !kept)
                qCInfo(lcImport) << "the linked document" << document.url << "was not kept:" << kept.error().message;
        }
        m_pendingDocuments.resize(documentsBefore);

        ImportItemReport item = describe(input, credential);
        item.credentialId = stored->id;
        item.warnings = credential.warnings + warnings;
        item.warnings.removeDuplicates();
        if (stored->kind == StoreOutcome::Duplicate) {
            item.outcome = ImportItemReport::Duplicate;
            item.code = QStringLiteral("duplicate");
            item.message = tr("Already in the wallet.");
        } else if (stored->kind == StoreOutcome::Version) {
            item.outcome = ImportItemReport::Version;
            item.code = QStringLiteral("version");
            item.message = tr("The wallet holds this credential with other content: both are kept, and the one "
                              "that verifies is shown.");
        } else {
            item.outcome = ImportItemReport::Imported;
            item.message = stored->kind == StoreOutcome::Replaced
                ? tr("A newer copy of a credential in the wallet: shown in its place, the older copy kept as a version.")
                : tr("Imported.");
        }
        if (presentation) {
            item.holderSignature = presentation->holderSignature;
            item.presentationHolder = raw.presentationHolder;
            item.message += QLatin1Char(' ') + presentation->note;
            if (!presentation->holderProblem.isEmpty())
                item.warnings.prepend(presentation->holderProblem);
        }
        add(std::move(item));
    }

    // OB 2.0: the images and criteria page the badge links to, kept so the badge stays whole
    // when the issuer's site is gone. Failures only warn.
    void fetchPages(const Credential &credential, QStringList &warnings)
    {
        QStringList urls{credential.imageUrl, credential.achievement.imageUrl, credential.issuer.imageUrl,
                         credential.achievement.criteriaId};
        urls.removeDuplicates();
        for (const QString &url : std::as_const(urls)) {
            if (!isHttpUrl(url))
                continue;
            FetchOptions options = m_fetchOptions;
            const bool criteria = url == credential.achievement.criteriaId;
            options.accept = criteria ? QByteArray("text/html, text/markdown, text/plain;q=0.9, */*;q=0.5")
                                      : QByteArray("image/png, image/svg+xml, image/*;q=0.9");
            options.maxBytes = criteria ? kMaxCriteriaBytes : m_options.maxImageBytes;
            auto document = fetch(url, options);
            if (!document) {
                warnings.append(tr("Could not fetch %1: %2").arg(url, document.error().message));
                continue;
            }
            m_pendingDocuments.append(document.value());
        }
    }

    // The gallery image: the baked file, else the credential's (or achievement's) image when it is
    // a data: URI or was fetched.
    void pickImage(const RawCredential &raw, const Credential &credential, QByteArray &image, QString &type)
    {
        if (!raw.bakedImage.isEmpty()) {
            image = raw.bakedImage;
            type = raw.bakedImageType;
            return;
        }
        for (const QString &url : {credential.imageUrl, credential.achievement.imageUrl}) {
            if (url.isEmpty())
                continue;
            if (const auto embedded = DataUri::decode(url, m_options.maxImageBytes);
                embedded && embedded->mediaType.startsWith(QLatin1String("image/")) && !embedded->bytes.isEmpty()) {
                image = embedded->bytes;
                type = embedded->mediaType;
                return;
            }
            for (const FetchedDocument &document : std::as_const(m_pendingDocuments)) {
                if (document.url == url && document.contentType.startsWith(QLatin1String("image/"))
                    && document.body.size() <= m_options.maxImageBytes) {
                    image = document.body;
                    type = document.contentType.section(QLatin1Char(';'), 0, 0).trimmed();
                    return;
                }
            }
        }
        image.clear();
        type.clear();
    }

    ImportItemReport describe(const QString &input, const Credential &credential) const
    {
        ImportItemReport item;
        item.input = input;
        item.name = credential.name.isEmpty() ? credential.achievement.name : credential.name;
        item.issuer = credential.issuer.name.isEmpty() ? credential.issuer.id : credential.issuer.name;
        item.format = formatName(credential.format);
        item.nestedCount = int(credential.nested.size());
        return item;
    }

    void fail(const QString &input, const QString &code, const QString &message)
    {
        ImportItemReport item;
        item.input = input;
        item.outcome = ImportItemReport::Failed;
        item.code = code;
        item.message = message;
        add(std::move(item));
    }

    // The search index catches up in batches; the run's end (the Wallet's destruction) flushes
    // the rest before the caller sees the report.
    static constexpr int kSearchIndexBatch = 2000;

    void add(ImportItemReport &&item)
    {
        item.message = Error::excerpt(item.message, ImportItemReport::kMaxMessageChars);
        for (QString &warning : item.warnings)
            warning = Error::excerpt(warning, ImportItemReport::kMaxMessageChars);
        report.items.append(std::move(item));
        const int done = int(report.items.size());
        if (done % kSearchIndexBatch == 0) {
            // Not fatal: the pending rows stay marked and the next flush (or open()) indexes them.
            if (const Status flushed = m_wallet->flushSearchIndex(); !flushed)
                qCInfo(lcImport) << "search index flush after" << done << "items failed:" << flushed.error().message;
        }
        m_total = std::max(m_total, done);
        if (m_progress)
            m_progress(done, m_total, report.items.constLast());
    }

    ImportOptions m_options;
    Progress m_progress;
    const std::atomic_bool *m_cancel;
    Wallet *m_wallet;
    Fetcher m_fetcher;
    FetchOptions m_fetchOptions;
    QList<FetchedDocument> m_pendingDocuments; // fetched for the credential being imported
    int m_total = 0;
};

ImportService::ImportService(Wallet &wallet, ImportOptions options) : m_wallet(wallet), m_options(std::move(options))
{
}

ImportReport ImportService::importPaths(const QStringList &inputs, const Progress &progress,
                                        const std::atomic_bool *cancel)
{
    Run run(m_wallet, m_options, progress, cancel);
    run.expect(int(inputs.size()));
    for (const QString &input : inputs) {
        if (run.cancelled())
            break;
        run.importInput(input);
    }
    return std::move(run.report);
}

ImportReport ImportService::importText(const QByteArray &text, const QString &sourceName)
{
    Run run(m_wallet, m_options, {}, nullptr);
    run.expect(1);
    // Checked before trimming: a caller reading kMaxFileBytes + 1 bytes learns "too large"
    // rather than a parse error at the cut.
    run.importBytes(text.size() > CredentialReader::kMaxFileBytes ? text : text.trimmed(), sourceName);
    return std::move(run.report);
}

bool ImportService::isCandidateFile(const QString &fileName)
{
    static const char *const kSuffixes[] = {".json", ".jsonld", ".jws", ".jwt", ".cose", ".txt", ".png", ".svg", ".pdf"};
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](const char *suffix) {
        return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    });
}

} // namespace Satchel
