#include "IriResolution.h"

#include <QStringList>

namespace Satchel::JsonLd {

namespace {

// The five components of RFC 3986 §3, each with a flag because "absent" and "empty" resolve
// differently (§5.2.2: an empty query in the reference replaces the base's query, an absent one
// does not).
struct UriParts {
    QString scheme, authority, path, query, fragment;
    bool hasScheme = false, hasAuthority = false, hasQuery = false, hasFragment = false;
};

// RFC 3986 §3 / appendix B, by hand: QUrl normalizes (percent-encoding, case) and would change
// the IRIs that end up in signed N-Quads.
UriParts parseUri(const QString &s)
{
    UriParts p;
    qsizetype i = 0;
    qsizetype colon = -1;
    for (qsizetype k = 0; k < s.size(); ++k) {
        const QChar c = s[k];
        if (c == QLatin1Char(':')) { colon = k; break; }
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) break;
    }
    if (colon > 0 && s[0].isLetter()) {
        p.scheme = s.left(colon);
        p.hasScheme = true;
        i = colon + 1;
    }
    if (s.mid(i, 2) == QLatin1String("//")) {
        i += 2;
        qsizetype e = i;
        while (e < s.size() && s[e] != QLatin1Char('/') && s[e] != QLatin1Char('?') && s[e] != QLatin1Char('#'))
            ++e;
        p.authority = s.mid(i, e - i);
        p.hasAuthority = true;
        i = e;
    }
    qsizetype e = i;
    while (e < s.size() && s[e] != QLatin1Char('?') && s[e] != QLatin1Char('#'))
        ++e;
    p.path = s.mid(i, e - i);
    i = e;
    if (i < s.size() && s[i] == QLatin1Char('?')) {
        e = i + 1;
        while (e < s.size() && s[e] != QLatin1Char('#'))
            ++e;
        p.query = s.mid(i + 1, e - i - 1);
        p.hasQuery = true;
        i = e;
    }
    if (i < s.size() && s[i] == QLatin1Char('#')) {
        p.fragment = s.mid(i + 1);
        p.hasFragment = true;
    }
    return p;
}

// Segment-wise implementation of RFC 3986 §5.2.4.
QString removeDotSegments(const QString &path)
{
    QString input = path;
    QStringList out;
    const bool absolute = input.startsWith(QLatin1Char('/'));
    QStringList segs = input.split(QLatin1Char('/'));
    if (absolute)
        segs.removeFirst();
    bool trailingSlash = false;
    for (qsizetype k = 0; k < segs.size(); ++k) {
        const QString &seg = segs[k];
        const bool last = k == segs.size() - 1;
        if (seg == QLatin1String(".")) {
            if (last) trailingSlash = true;
            continue;
        }
        if (seg == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            if (last) trailingSlash = true;
            continue;
        }
        out << seg;
        trailingSlash = false;
    }
    QString r = (absolute ? QStringLiteral("/") : QString()) + out.join(QLatin1Char('/'));
    if (trailingSlash && !r.endsWith(QLatin1Char('/')))
        r += QLatin1Char('/');
    return r;
}

// RFC 3986 §5.2.3: the base path up to its last '/', then the reference path.
QString mergePaths(const UriParts &b, const QString &refPath)
{
    if (b.hasAuthority && b.path.isEmpty())
        return QLatin1Char('/') + refPath;
    const qsizetype slash = b.path.lastIndexOf(QLatin1Char('/'));
    return (slash >= 0 ? b.path.left(slash + 1) : QString()) + refPath;
}

// RFC 3986 §5.3 component recomposition.
QString recompose(const UriParts &t)
{
    QString out;
    if (t.hasScheme) out += t.scheme + QLatin1Char(':');
    if (t.hasAuthority) out += QLatin1String("//") + t.authority;
    out += t.path;
    if (t.hasQuery) out += QLatin1Char('?') + t.query;
    if (t.hasFragment) out += QLatin1Char('#') + t.fragment;
    return out;
}

} // namespace

// RFC 3986 §5.2.2 "Transform References", strict form.
QString resolveIri(const QString &base, const QString &ref)
{
    if (base.isEmpty())
        return ref;
    const UriParts r = parseUri(ref);
    const UriParts b = parseUri(base);
    UriParts t;
    if (r.hasScheme) {
        t = r;
        t.path = removeDotSegments(r.path);
    } else {
        if (r.hasAuthority) {
            t.authority = r.authority; t.hasAuthority = true;
            t.path = removeDotSegments(r.path);
            t.query = r.query; t.hasQuery = r.hasQuery;
        } else {
            if (r.path.isEmpty()) {
                t.path = b.path;
                if (r.hasQuery) { t.query = r.query; t.hasQuery = true; }
                else { t.query = b.query; t.hasQuery = b.hasQuery; }
            } else {
                if (r.path.startsWith(QLatin1Char('/')))
                    t.path = removeDotSegments(r.path);
                else
                    t.path = removeDotSegments(mergePaths(b, r.path));
                t.query = r.query; t.hasQuery = r.hasQuery;
            }
            t.authority = b.authority; t.hasAuthority = b.hasAuthority;
        }
        t.scheme = b.scheme; t.hasScheme = b.hasScheme;
    }
    t.fragment = r.fragment; t.hasFragment = r.hasFragment;
    return recompose(t);
}

} // namespace Satchel::JsonLd
