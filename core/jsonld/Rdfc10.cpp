#include "Rdfc10.h"

#include "NQuads.h"

#include <QScopeGuard>
#include <QSet>

#include <openssl/evp.h>

#include <algorithm>
#include <map>

namespace Satchel {

namespace {

// Digests fetched once: with the legacy EVP_sha256() handle OpenSSL 3 looks the algorithm up in
// its provider tables again on every EVP_Digest call, and RDFC-1.0 hashes at least once per
// blank node. Fetched objects live as long as the process.
const EVP_MD *digestOf(Rdfc10::HashAlgorithm algorithm)
{
    static const EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static const EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    if (algorithm == Rdfc10::HashAlgorithm::Sha384)
        return sha384 ? sha384 : EVP_sha384();
    return sha256 ? sha256 : EVP_sha256();
}

struct IdentifierIssuer {
    QString prefix;
    int counter = 0;
    QHash<QString, QString> issued;
    std::vector<QString> order; // existing identifiers in issue order

    const QString &issue(const QString &existing)
    {
        auto it = issued.find(existing);
        if (it != issued.end())
            return it.value();
        order.push_back(existing);
        return issued.insert(existing, prefix + QString::number(counter++)).value();
    }
    bool has(const QString &existing) const { return issued.contains(existing); }
};

// A quad's N-Quads line as first written, with where its blank node labels are. Relabelling then
// copies the text around them instead of serializing the terms again: RDFC-1.0 writes each blank
// node's quads once for its first-degree hash and once more for the output, and converting the
// terms to UTF-8 each time was most of its cost.
struct QuadLine {
    struct Label {
        qsizetype at;        // byte offset of the label (after "_:")
        qsizetype size;      // its length in bytes
        const QString *name; // the label in the quad
    };
    QByteArray text;
    Label labels[3];
    int labelCount = 0;
};

QuadLine writeLine(const RdfQuad &q)
{
    QuadLine line;
    line.text.reserve(160);
    const auto term = [&line](const RdfTerm &t) {
        const qsizetype before = line.text.size();
        NQuads::writeTerm(line.text, t);
        if (t.kind == RdfTerm::Blank)
            line.labels[line.labelCount++] = {before + 2, line.text.size() - before - 2, &t.value};
    };
    term(q.subject);
    line.text += ' ';
    NQuads::writeTerm(line.text, q.predicate);
    line.text += ' ';
    term(q.object);
    if (q.graph.kind != RdfTerm::None) {
        line.text += ' ';
        term(q.graph);
    }
    line.text += " .\n";
    return line;
}

// The line with each blank node written under the label relabel gives it (ASCII: "c14n3", "a").
template<typename Relabel>
void writeRelabelled(QByteArray &out, const QuadLine &line, Relabel relabel)
{
    qsizetype from = 0;
    for (int i = 0; i < line.labelCount; ++i) {
        const QuadLine::Label &l = line.labels[i];
        out.append(line.text.constData() + from, l.at - from);
        for (QChar c : relabel(*l.name))
            out += char(c.unicode());
        from = l.at + l.size;
    }
    out.append(line.text.constData() + from, line.text.size() - from);
}

class Canonicalizer {
public:
    Canonicalizer(const RdfDataset &quads, const std::vector<QuadLine> &lines, const Rdfc10::Options &options)
        : m_quads(quads), m_lines(lines), m_options(options)
    {
        m_canonical.prefix = QStringLiteral("c14n");
    }

    const RdfDataset &m_quads;
    const std::vector<QuadLine> &m_lines; // m_quads' lines, same index
    Rdfc10::Options m_options;
    QHash<QString, std::vector<int>> m_blankToQuads;
    IdentifierIssuer m_canonical;
    QHash<QString, QString> m_firstDegreeCache;
    qint64 m_work = 0;
    qint64 m_heldIdentifiers = 0;
    // About 15 MB of issuers (a ring of blank nodes reaches it 450 deep); a chain of 100 nested
    // blank nodes holds 5,000.
    static constexpr qint64 kMaxHeldIdentifiers = 100000;
    bool m_aborted = false;

    QByteArray hashHex(const QByteArray &data) const { return Rdfc10::hash(m_options.hash, data).toHex(); }

    // Work is counted in what it costs: a call or a permutation copies the issuer (one unit per
    // identifier in it), so a long symmetric chain (a ring of thousands of blank nodes) is
    // stopped after as many units as a real credential could need, in time and memory alike.
    bool spend(qint64 units = 1)
    {
        m_work += units;
        if (m_work > m_options.workLimit)
            m_aborted = true;
        return !m_aborted;
    }

    const std::vector<int> &quadsOf(const QString &id) const
    {
        static const std::vector<int> none;
        const auto it = m_blankToQuads.constFind(id);
        return it == m_blankToQuads.constEnd() ? none : it.value();
    }

    const QString &hashFirstDegree(const QString &id)
    {
        auto cached = m_firstDegreeCache.find(id);
        if (cached != m_firstDegreeCache.end())
            return cached.value();
        static const QString a = QStringLiteral("a"), z = QStringLiteral("z");
        std::vector<QByteArray> lines;
        for (int qi : quadsOf(id)) {
            QByteArray line;
            writeRelabelled(line, m_lines[size_t(qi)], [&id](const QString &label) -> const QString & {
                return label == id ? a : z;
            });
            lines.push_back(std::move(line));
        }
        std::sort(lines.begin(), lines.end());
        QByteArray all;
        for (const QByteArray &l : lines)
            all += l;
        return m_firstDegreeCache.insert(id, QString::fromLatin1(hashHex(all))).value();
    }

    QString hashRelated(const QString &related, const RdfQuad &quad, const IdentifierIssuer &issuer,
                        char position)
    {
        QByteArray input(1, position);
        if (position != 'g') {
            input += '<';
            input += quad.predicate.value.toUtf8();
            input += '>';
        }
        auto c = m_canonical.issued.constFind(related);
        if (c != m_canonical.issued.constEnd()) {
            input += "_:" + c.value().toUtf8();
        } else {
            auto t = issuer.issued.constFind(related);
            if (t != issuer.issued.constEnd())
                input += "_:" + t.value().toUtf8();
            else
                input += hashFirstDegree(related).toLatin1();
        }
        return QString::fromLatin1(hashHex(input));
    }

    struct NDegreeResult {
        QString hash;
        IdentifierIssuer issuer;
    };

    bool hashNDegree(const QString &id, IdentifierIssuer issuer, NDegreeResult &result)
    {
        if (!spend(1 + qint64(issuer.order.size())))
            return false;
        // Memory: each frame of the recursion holds issuers of about this size, so their sum
        // on the stack is what a long chain costs at once.
        const qint64 held = qint64(issuer.order.size());
        m_heldIdentifiers += held;
        const auto release = qScopeGuard([this, held] { m_heldIdentifiers -= held; });
        if (m_heldIdentifiers > kMaxHeldIdentifiers) {
            m_aborted = true;
            return false;
        }
        std::map<QString, std::vector<QString>> hashToRelated;
        for (int qi : quadsOf(id)) {
            const RdfQuad &q = m_quads[size_t(qi)];
            const std::pair<const RdfTerm *, char> comps[] = {{&q.subject, 's'}, {&q.object, 'o'}, {&q.graph, 'g'}};
            for (const auto &[t, pos] : comps) {
                if (t->kind == RdfTerm::Blank && t->value != id) {
                    // No de-duplication: a node related through several quads appears once
                    // per quad, and so in the path (as the spec and the reference do).
                    hashToRelated[hashRelated(t->value, q, issuer, pos)].push_back(t->value);
                }
            }
        }
        QByteArray dataToHash;
        for (auto &[hash, related] : hashToRelated) {
            dataToHash += hash.toLatin1();
            QString chosenPath;
            IdentifierIssuer chosenIssuer;
            bool haveChosen = false;
            std::sort(related.begin(), related.end());
            do {
                if (!spend(1 + qint64(issuer.order.size())))
                    return false;
                IdentifierIssuer issuerCopy = issuer;
                QString path;
                std::vector<QString> recursionList;
                bool skip = false;
                for (const QString &r : related) {
                    auto c = m_canonical.issued.constFind(r);
                    if (c != m_canonical.issued.constEnd()) {
                        path += QStringLiteral("_:") + c.value();
                    } else {
                        if (!issuerCopy.has(r))
                            recursionList.push_back(r);
                        path += QStringLiteral("_:") + issuerCopy.issue(r);
                    }
                    if (haveChosen && path.size() >= chosenPath.size() && path > chosenPath) {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                    continue;
                for (const QString &r : recursionList) {
                    NDegreeResult sub;
                    if (!hashNDegree(r, issuerCopy, sub))
                        return false;
                    path += QStringLiteral("_:") + issuerCopy.issue(r);
                    path += QLatin1Char('<') + sub.hash + QLatin1Char('>');
                    issuerCopy = std::move(sub.issuer);
                    if (haveChosen && path.size() >= chosenPath.size() && path > chosenPath) {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                    continue;
                if (!haveChosen || path < chosenPath) {
                    chosenPath = path;
                    chosenIssuer = issuerCopy;
                    haveChosen = true;
                }
            } while (std::next_permutation(related.begin(), related.end()));
            dataToHash += chosenPath.toUtf8();
            issuer = std::move(chosenIssuer);
        }
        result.hash = QString::fromLatin1(hashHex(dataToHash));
        result.issuer = std::move(issuer);
        return true;
    }
};

} // namespace

// The quads' lines, and which quads count: an RDF dataset is a set, and a duplicate quad with a
// blank node would skew that node's first-degree hash. Duplicates without blank nodes do not
// matter until the output, where they are adjacent once sorted, so only the few lines with blank
// nodes go through a set here.
static std::vector<QuadLine> writeLines(const RdfDataset &input, std::vector<size_t> &kept)
{
    std::vector<QuadLine> lines;
    lines.reserve(input.size());
    kept.reserve(input.size());
    QSet<QByteArray> seen;
    for (size_t i = 0; i < input.size(); ++i) {
        lines.push_back(writeLine(input[i]));
        const QuadLine &line = lines.back();
        if (line.labelCount > 0) {
            if (seen.contains(line.text))
                continue;
            seen.insert(line.text);
        }
        kept.push_back(i);
    }
    return lines;
}

QByteArray Rdfc10::hash(HashAlgorithm algorithm, QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), md, &len, digestOf(algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

// RDFC-1.0 §4.4.3 steps 3 to 5: canonical labels for every blank node; false past the work limit.
static bool issueCanonicalLabels(Canonicalizer &c, const std::vector<QString> &blanks)
{
    std::map<QString, std::vector<QString>> hashToBlanks;
    for (const QString &b : blanks)
        hashToBlanks[c.hashFirstDegree(b)].push_back(b);
    for (auto it = hashToBlanks.begin(); it != hashToBlanks.end();) {
        if (it->second.size() == 1) {
            c.m_canonical.issue(it->second.front());
            it = hashToBlanks.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[hash, list] : hashToBlanks) {
        std::vector<Canonicalizer::NDegreeResult> paths;
        for (const QString &b : list) {
            if (c.m_canonical.has(b))
                continue;
            IdentifierIssuer temp;
            temp.prefix = QStringLiteral("b");
            temp.issue(b);
            Canonicalizer::NDegreeResult r;
            if (!c.hashNDegree(b, temp, r))
                return false;
            paths.push_back(std::move(r));
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const auto &x, const auto &y) { return x.hash < y.hash; });
        for (const auto &r : paths)
            for (const QString &existing : r.issuer.order)
                c.m_canonical.issue(existing);
    }
    return true;
}

Result<Rdfc10::Output> Rdfc10::canonicalize(const RdfDataset &input, const Options &options)
{
    std::vector<size_t> kept; // indices into input of the quads that count (see writeLines)
    std::vector<QuadLine> lines = writeLines(input, kept);
    Canonicalizer c(input, lines, options);
    std::vector<QString> blanks;
    for (size_t i : kept) {
        const QuadLine &line = lines[i];
        for (int l = 0; l < line.labelCount; ++l) {
            const QString &label = *line.labels[l].name;
            std::vector<int> &list = c.m_blankToQuads[label];
            if (list.empty())
                blanks.push_back(label);
            if (list.empty() || list.back() != int(i))
                list.push_back(int(i));
        }
    }
    if (!issueCanonicalLabels(c, blanks))
        return Error{QStringLiteral("rdfc-work-limit"),
                     tr("Canonicalization gave up: the graph needs more than %1 units of work "
                        "(a poison graph?).").arg(options.workLimit)};

    // The output: lines with blank nodes relabelled, sorted, duplicates (now adjacent) once.
    Output out;
    out.issued = c.m_canonical.issued;
    std::vector<QByteArray> text;
    text.reserve(kept.size());
    qsizetype total = 0;
    for (size_t i : kept) {
        if (lines[i].labelCount == 0) {
            text.push_back(std::move(lines[i].text));
        } else {
            QByteArray relabelled;
            relabelled.reserve(lines[i].text.size() + 8);
            writeRelabelled(relabelled, lines[i], [&c](const QString &label) -> const QString & {
                return *c.m_canonical.issued.constFind(label);
            });
            text.push_back(std::move(relabelled));
        }
        total += text.back().size();
    }
    std::vector<size_t> order(text.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&text](size_t a, size_t b) { return text[a] < text[b]; });
    order.erase(std::unique(order.begin(), order.end(), [&text](size_t a, size_t b) { return text[a] == text[b]; }),
                order.end());
    out.nquads.reserve(total);
    for (size_t i : order)
        out.nquads += text[i];
    if (options.keepQuads) {
        out.quads.reserve(order.size());
        for (size_t i : order) {
            RdfQuad q = input[kept[i]];
            for (RdfTerm *t : {&q.subject, &q.object, &q.graph})
                if (t->kind == RdfTerm::Blank)
                    t->value = c.m_canonical.issued.value(t->value);
            out.quads.push_back(std::move(q));
        }
    }
    return out;
}

} // namespace Satchel
