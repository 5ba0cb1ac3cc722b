#include "JsonPointerSelection.h"

#include <map>
#include <memory>

namespace Satchel {

namespace {

// A selection under construction: a whole value, or an object or a sparse array of selections.
struct Selected {
    bool whole = false;
    JsonValue value;
    bool isArray = false;
    std::vector<std::pair<QString, std::unique_ptr<Selected>>> members;
    std::map<qsizetype, std::unique_ptr<Selected>> items;

    Selected *member(const QString &key)
    {
        for (auto &[name, child] : members) {
            if (name == key)
                return child.get();
        }
        return nullptr;
    }

    void setWhole(const JsonValue &v)
    {
        whole = true;
        value = v;
    }

    JsonValue toJson() const
    {
        if (whole)
            return value;
        if (isArray) {
            JsonValue out = JsonValue::array();
            for (const auto &[index, child] : items)
                out.append(child->toJson());
            return out;
        }
        JsonValue out = JsonValue::object();
        for (const auto &[name, child] : members)
            out.insert(name, child->toJson());
        return out;
    }
};

// An object on the path keeps what identifies it: a non-blank id, and its type.
std::unique_ptr<Selected> startSelection(const JsonValue &source)
{
    auto selected = std::make_unique<Selected>();
    if (source.isArray()) {
        selected->isArray = true;
        return selected;
    }
    const JsonValue id = source.value(QStringLiteral("id"));
    if (id.isString() && !id.toString().startsWith(QLatin1String("_:"))) {
        selected->members.emplace_back(QStringLiteral("id"), std::make_unique<Selected>());
        selected->members.back().second->setWhole(id);
    }
    if (source.contains(QStringLiteral("type"))) {
        selected->members.emplace_back(QStringLiteral("type"), std::make_unique<Selected>());
        selected->members.back().second->setWhole(source.value(QStringLiteral("type")));
    }
    return selected;
}

Result<QStringList> parsePointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(QLatin1Char('/')))
        return Error{QStringLiteral("pointer"), JsonPointerSelection::tr("\"%1\" is not a JSON pointer.").arg(Error::excerpt(pointer))};
    QStringList segments = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &segment : segments) {
        for (qsizetype i = segment.indexOf(QLatin1Char('~')); i >= 0; i = segment.indexOf(QLatin1Char('~'), i + 1)) {
            const QChar next = i + 1 < segment.size() ? segment.at(i + 1) : QChar();
            if (next != QLatin1Char('0') && next != QLatin1Char('1'))
                return Error{QStringLiteral("pointer"),
                             JsonPointerSelection::tr("\"%1\" has an invalid escape.").arg(Error::excerpt(pointer))};
            segment.replace(i, 2, next == QLatin1Char('0') ? QStringLiteral("~") : QStringLiteral("/"));
        }
    }
    return segments;
}

} // namespace

Result<JsonValue> JsonPointerSelection::select(const JsonValue &document, const QStringList &pointers)
{
    Selected root;
    root.members.emplace_back(QStringLiteral("@context"), std::make_unique<Selected>());
    root.members.back().second->setWhole(document.value(QStringLiteral("@context")));
    std::unique_ptr<Selected> identity = startSelection(document);
    for (auto &member : identity->members)
        root.members.push_back(std::move(member));

    for (const QString &pointer : pointers) {
        auto segments = parsePointer(pointer);
        if (!segments)
            return segments.error();
        if (segments->isEmpty())
            return document;
        const Error mismatch{QStringLiteral("pointer"),
                             tr("The JSON pointer \"%1\" does not match the credential.").arg(Error::excerpt(pointer))};
        JsonValue source = document;
        Selected *selected = &root;
        for (const QString &segment : *segments) {
            // A value selected whole already contains whatever lies below it.
            if (selected->whole)
                break;
            Selected *child = nullptr;
            if (source.isArray()) {
                bool isIndex = false;
                const qsizetype index = segment.toLongLong(&isIndex);
                if (!isIndex || index < 0 || index >= qsizetype(source.toArray().size()))
                    return mismatch;
                source = source.toArray().at(size_t(index));
                auto &slot = selected->items[index];
                if (!slot)
                    slot = startSelection(source);
                child = slot.get();
            } else if (source.isObject() && source.contains(segment)) {
                source = source.value(segment);
                child = selected->member(segment);
                if (!child) {
                    selected->members.emplace_back(segment, startSelection(source));
                    child = selected->members.back().second.get();
                }
            } else {
                return mismatch;
            }
            selected = child;
        }
        selected->setWhole(source);
    }
    return root.toJson();
}

} // namespace Satchel
