#include "Rdfc10.h"

#include "NQuads.h"

#include <QScopeGuard>
#include <QSet>

#include <openssl/evp.h>

#include <algorithm>
#include <map>

namespace Satchel {

namespace {

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

// A quad's N-Quads line with each blank node written under the label relabel gives it: what the
// first-degree hash and the canonical output need, without copying the quad's strings.
template<typename Relabel>
void writeRelabelled(QByteArray &out, const RdfQuad &q, Relabel relabel)
{
    const auto term = [&out, &relabel](const RdfTerm &t) {
        if (t.kind == RdfTerm::Blank) {
            out += "_:";
            out += relabel(t.value).toLatin1(); // labels are ASCII: "c14n3", "a", "z"
        } else {
            NQuads::writeTerm(out, t);
        }
    };
    term(q.subject);
    out += ' ';
    NQuads::writeTerm(out, q.predicate);
    out += ' ';
    term(q.object);
    if (q.graph.kind != RdfTerm::None) {
        out += ' ';
        term(q.graph);
    }
    out += " .\n";
}

bool hasBlank(const RdfQuad &q)
{
    return q.subject.kind == RdfTerm::Blank || q.object.kind == RdfTerm::Blank || q.graph.kind == RdfTerm::Blank;
}

class Canonicalizer {
public:
    Canonicalizer(const RdfDataset &quads, const Rdfc10::Options &options)
        : m_quads(quads), m_options(options),
          m_md(options.hash == Rdfc10::HashAlgorithm::Sha384 ? EVP_sha384() : EVP_sha256())
    {
        m_canonical.prefix = QStringLiteral("c14n");
    }

    const RdfDataset &m_quads;
    Rdfc10::Options m_options;
    const EVP_MD *m_md;
    QHash<QString, std::vector<int>> m_blankToQuads;
    IdentifierIssuer m_canonical;
    QHash<QString, QString> m_firstDegreeCache;
    qint64 m_work = 0;
    qint64 m_heldIdentifiers = 0;
    // About 15 MB of issuers (a ring of blank nodes reaches it 450 deep); a chain of 100 nested
    // blank nodes holds 5,000.
    static constexpr qint64 kMaxHeldIdentifiers = 100000;
    bool m_aborted = false;

    QByteArray hashHex(const QByteArray &data) const
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_Digest(data.constData(), size_t(data.size()), md, &len, m_md, nullptr);
        return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
    }

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
            writeRelabelled(line, m_quads[size_t(qi)], [&id](const QString &label) -> const QString & {
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

Result<Rdfc10::Output> Rdfc10::canonicalize(const RdfDataset &input, const Options &options)
{
    // Each quad is written once: the lines find duplicates (an RDF dataset is a set, and a
    // duplicate would skew the first-degree hashes), and they are already the canonical lines of
    // the quads without blank nodes, which relabelling leaves as they are.
    std::vector<QByteArray> lines;
    lines.reserve(input.size());
    RdfDataset deduplicated;
    const RdfDataset *set = &input;
    {
        QSet<QByteArray> seen;
        seen.reserve(qsizetype(input.size()));
        for (size_t i = 0; i < input.size(); ++i) {
            QByteArray line;
            line.reserve(160);
            NQuads::writeQuad(line, input[i]);
            if (seen.contains(line)) {
                if (set == &input) // the first duplicate: from here on, keep the set apart
                    deduplicated.assign(input.begin(), input.begin() + qsizetype(i));
                set = &deduplicated;
                continue;
            }
            seen.insert(line);
            if (set == &deduplicated)
                deduplicated.push_back(input[i]);
            lines.push_back(std::move(line));
        }
    }
    const RdfDataset &quads = *set;
    Canonicalizer c(quads, options);
    std::vector<QString> blanks;
    for (size_t i = 0; i < quads.size(); ++i) {
        const RdfQuad &q = quads[i];
        for (const RdfTerm *t : {&q.subject, &q.object, &q.graph}) {
            if (t->kind != RdfTerm::Blank)
                continue;
            std::vector<int> &list = c.m_blankToQuads[t->value];
            if (list.empty())
                blanks.push_back(t->value);
            if (list.empty() || list.back() != int(i))
                list.push_back(int(i));
        }
    }
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
                return Error{QStringLiteral("rdfc-work-limit"),
                             tr("Canonicalization gave up: the graph needs more than %1 units of work "
                                "(a poison graph?).").arg(options.workLimit)};
            paths.push_back(std::move(r));
        }
        std::stable_sort(paths.begin(), paths.end(),
                         [](const auto &x, const auto &y) { return x.hash < y.hash; });
        for (const auto &r : paths)
            for (const QString &existing : r.issuer.order)
                c.m_canonical.issue(existing);
    }

    Output out;
    out.issued = c.m_canonical.issued;
    qsizetype total = 0;
    for (size_t i = 0; i < quads.size(); ++i) {
        if (hasBlank(quads[i])) {
            lines[i].clear();
            writeRelabelled(lines[i], quads[i], [&c](const QString &label) -> const QString & {
                return *c.m_canonical.issued.constFind(label);
            });
        }
        total += lines[i].size();
    }
    std::vector<size_t> order(lines.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&lines](size_t a, size_t b) { return lines[a] < lines[b]; });
    out.nquads.reserve(total);
    for (size_t i : order)
        out.nquads += lines[i];
    if (options.keepQuads) {
        out.quads.reserve(order.size());
        for (size_t i : order) {
            RdfQuad q = quads[i];
            for (RdfTerm *t : {&q.subject, &q.object, &q.graph})
                if (t->kind == RdfTerm::Blank)
                    t->value = c.m_canonical.issued.value(t->value);
            out.quads.push_back(std::move(q));
        }
    }
    return out;
}

} // namespace Satchel
