#include "NQuads.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace Satchel {

const QString &NQuads::xsdString()
{
    static const QString s = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
    return s;
}

const QString &NQuads::rdfLangString()
{
    static const QString s = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
    return s;
}

// Appends s as UTF-8, between open and close when they are not 0 ('<' and '>' around an IRI).
static void appendUtf8(QByteArray &out, QStringView s, char open = 0, char close = 0)
{
    // ASCII fast path: most IRIs and literals in credentials are ASCII, and canonicalization
    // writes every term more than once. Four UTF-16 units are checked and narrowed per step (one
    // 64-bit load) instead of one, and the brackets of an IRI go into the same resize: a scalar
    // loop and byte-by-byte appends were the largest single cost of RDFC-1.0.
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    const qsizetype before = open ? 1 : 0;
    const qsizetype old = out.size();
    out.resize(old + before + n + (close ? 1 : 0));
    char *o = out.data() + old + before;
    if (open)
        o[-1] = open;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 w;
        std::memcpy(&w, d + i, sizeof w);
        if (w & Q_UINT64_C(0xFF80FF80FF80FF80))
            break;
        o[i] = char(d[i]);
        o[i + 1] = char(d[i + 1]);
        o[i + 2] = char(d[i + 2]);
        o[i + 3] = char(d[i + 3]);
    }
    for (; i < n && d[i] < 0x80; ++i)
        o[i] = char(d[i]);
    if (i == n) {
        if (close)
            o[n] = close;
        return;
    }
    // Not ASCII: the rest through Qt's encoder (surrogate pairs, replacement of lone surrogates).
    out.resize(old + before + i);
    out += s.mid(i).toUtf8();
    if (close)
        out += close;
}

static void appendEscapedLiteral(QByteArray &out, const QString &s)
{
    const QChar *d = s.constData();
    const qsizetype n = s.size();
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            appendUtf8(out, QStringView(d + runStart, end - runStart));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(c));
            out += buf;
        }
        }
    }
    flush(n);
}

void NQuads::writeTerm(QByteArray &out, const RdfTerm &t)
{
    switch (t.kind) {
    case RdfTerm::Iri:
        appendUtf8(out, t.value, '<', '>');
        break;
    case RdfTerm::Blank:
        out += "_:";
        appendUtf8(out, t.value);
        break;
    case RdfTerm::Literal:
        out += '"';
        appendEscapedLiteral(out, t.value);
        out += '"';
        if (!t.language.isEmpty()) {
            out += '@';
            appendUtf8(out, t.language);
        } else if (!t.datatype.isEmpty() && t.datatype != xsdString()) {
            out += "^^";
            appendUtf8(out, t.datatype, '<', '>');
        }
        break;
    case RdfTerm::None: break;
    }
}

void NQuads::writeQuad(QByteArray &out, const RdfQuad &q)
{
    writeTerm(out, q.subject);
    out += ' ';
    writeTerm(out, q.predicate);
    out += ' ';
    writeTerm(out, q.object);
    if (q.graph.kind != RdfTerm::None) {
        out += ' ';
        writeTerm(out, q.graph);
    }
    out += " .\n";
}

QByteArray NQuads::serialize(const RdfDataset &quads)
{
    QByteArray out;
    for (const RdfQuad &q : quads)
        writeQuad(out, q);
    return out;
}

namespace {

class NQuadsParser {
public:
    NQuadsParser(const QByteArray &text) : m_p(text.constData()), m_end(text.constData() + text.size()) {}

    const char *m_p;
    const char *m_end;
    int m_line = 1;
    QString m_error;

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t'))
            ++m_p;
    }
    bool fail(const QString &msg)
    {
        if (m_error.isEmpty())
            m_error = NQuads::tr("line %1: %2").arg(m_line).arg(msg);
        return false;
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool uchar(QByteArray &buf, int len)
    {
        if (m_end - m_p < len)
            return fail(NQuads::tr("truncated escape"));
        uint cp = 0;
        for (int i = 0; i < len; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return fail(NQuads::tr("invalid escape"));
            cp = cp * 16 + uint(h);
        }
        m_p += len;
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(NQuads::tr("invalid code point"));
        const char32_t c32 = char32_t(cp);
        buf += QString::fromUcs4(&c32, 1).toUtf8();
        return true;
    }
    bool iri(QString &out)
    {
        ++m_p; // '<'
        QByteArray buf;
        while (m_p < m_end && *m_p != '>') {
            const char c = *m_p;
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end)
                    return fail(NQuads::tr("truncated IRI"));
                const char e = *m_p++;
                if (e == 'u') { if (!uchar(buf, 4)) return false; }
                else if (e == 'U') { if (!uchar(buf, 8)) return false; }
                else return fail(NQuads::tr("invalid IRI escape"));
                continue;
            }
            if (uint(uchar_(c)) <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' || c == '|'
                || c == '^' || c == '`')
                return fail(NQuads::tr("invalid character in IRI"));
            buf += c;
            ++m_p;
        }
        if (m_p >= m_end)
            return fail(NQuads::tr("unterminated IRI"));
        ++m_p;
        out = QString::fromUtf8(buf);
        if (!out.contains(QLatin1Char(':')))
            return fail(NQuads::tr("relative IRI"));
        return true;
    }
    static unsigned char uchar_(char c) { return static_cast<unsigned char>(c); }
    bool blank(QString &out)
    {
        m_p += 2; // "_:"
        const char *s = m_p;
        while (m_p < m_end && *m_p != ' ' && *m_p != '\t' && *m_p != '\n' && *m_p != '\r'
               && *m_p != '<' && *m_p != '"' && !(*m_p == '.' && (m_p + 1 >= m_end || m_p[1] == ' ' || m_p[1] == '\t' || m_p[1] == '\n' || m_p[1] == '\r')))
            ++m_p;
        if (m_p == s)
            return fail(NQuads::tr("empty blank node label"));
        out = QString::fromUtf8(s, m_p - s);
        return true;
    }
    bool literal(RdfTerm &t)
    {
        ++m_p; // '"'
        QByteArray buf;
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p;
            if (c == '\n' || c == '\r')
                return fail(NQuads::tr("newline in literal"));
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end)
                    return fail(NQuads::tr("truncated literal"));
                const char e = *m_p++;
                switch (e) {
                case 't': buf += '\t'; break;
                case 'b': buf += '\b'; break;
                case 'n': buf += '\n'; break;
                case 'r': buf += '\r'; break;
                case 'f': buf += '\f'; break;
                case '"': buf += '"'; break;
                case '\'': buf += '\''; break;
                case '\\': buf += '\\'; break;
                case 'u': if (!uchar(buf, 4)) return false; break;
                case 'U': if (!uchar(buf, 8)) return false; break;
                default: return fail(NQuads::tr("invalid literal escape"));
                }
                continue;
            }
            buf += c;
            ++m_p;
        }
        if (m_p >= m_end)
            return fail(NQuads::tr("unterminated literal"));
        ++m_p;
        t.kind = RdfTerm::Literal;
        t.value = QString::fromUtf8(buf);
        t.datatype = NQuads::xsdString();
        if (m_p < m_end && *m_p == '@') {
            ++m_p;
            const char *s = m_p;
            while (m_p < m_end && (std::isalnum(uchar_(*m_p)) || *m_p == '-'))
                ++m_p;
            if (m_p == s)
                return fail(NQuads::tr("empty language tag"));
            t.language = QString::fromLatin1(s, m_p - s);
            t.datatype = NQuads::rdfLangString();
        } else if (m_end - m_p >= 2 && m_p[0] == '^' && m_p[1] == '^') {
            m_p += 2;
            if (m_p >= m_end || *m_p != '<')
                return fail(NQuads::tr("expected datatype IRI"));
            if (!iri(t.datatype))
                return false;
        }
        return true;
    }
    bool term(RdfTerm &t, bool allowLiteral, bool allowBlank)
    {
        skipWs();
        if (m_p >= m_end)
            return fail(NQuads::tr("unexpected end of line"));
        if (*m_p == '<') {
            t.kind = RdfTerm::Iri;
            return iri(t.value);
        }
        if (allowBlank && m_end - m_p >= 2 && m_p[0] == '_' && m_p[1] == ':') {
            t.kind = RdfTerm::Blank;
            return blank(t.value);
        }
        if (allowLiteral && *m_p == '"')
            return literal(t);
        return fail(NQuads::tr("unexpected character"));
    }
    void skipComment()
    {
        if (m_p < m_end && *m_p == '#')
            while (m_p < m_end && *m_p != '\n' && *m_p != '\r')
                ++m_p;
    }
    bool endOfLine()
    {
        skipWs();
        skipComment();
        if (m_p >= m_end)
            return true;
        if (*m_p == '\r' || *m_p == '\n') {
            if (*m_p == '\n')
                ++m_line;
            ++m_p;
            return true;
        }
        return fail(NQuads::tr("expected end of line"));
    }
};

} // namespace

Result<RdfDataset> NQuads::parse(const QByteArray &text, qsizetype maxQuads)
{
    NQuadsParser p(text);
    RdfDataset out;
    while (p.m_p < p.m_end) {
        p.skipWs();
        p.skipComment();
        if (p.m_p >= p.m_end)
            break;
        if (*p.m_p == '\n' || *p.m_p == '\r') {
            if (*p.m_p == '\n')
                ++p.m_line;
            ++p.m_p;
            continue;
        }
        RdfQuad q;
        if (!p.term(q.subject, false, true) || !p.term(q.predicate, false, false)
            || !p.term(q.object, true, true))
            return Error{QStringLiteral("nquads-parse"), p.m_error};
        p.skipWs();
        if (p.m_p < p.m_end && *p.m_p != '.') {
            if (!p.term(q.graph, false, true))
                return Error{QStringLiteral("nquads-parse"), p.m_error};
            p.skipWs();
        }
        if (p.m_p >= p.m_end || *p.m_p != '.')
            return Error{QStringLiteral("nquads-parse"), tr("line %1: expected '.'").arg(p.m_line)};
        ++p.m_p;
        if (!p.endOfLine())
            return Error{QStringLiteral("nquads-parse"), p.m_error};
        if (qsizetype(out.size()) >= maxQuads)
            return Error{QStringLiteral("nquads-too-large"), tr("More than %1 quads.").arg(maxQuads)};
        out.push_back(std::move(q));
    }
    return out;
}

} // namespace Satchel
