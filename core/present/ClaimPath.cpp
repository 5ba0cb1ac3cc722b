#include "ClaimPath.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Satchel {

bool ClaimPath::isValid(const QJsonArray &path)
{
    if (path.isEmpty() || path.size() > kMaxSteps)
        return false;
    for (const QJsonValue &step : path) {
        const bool index = step.isDouble() && step.toDouble() >= 0 && step.toDouble() == double(step.toInteger());
        if (!step.isString() && !step.isNull() && !index)
            return false;
    }
    return true;
}

std::optional<QJsonArray> ClaimPath::fromJsonPath(const QString &expression)
{
    // One step at a time: .name, ['name'] or ["name"], [index], [*] or .*
    static const QRegularExpression step(QStringLiteral(
        R"re(\G(?:\.([A-Za-z_@$][A-Za-z0-9_@$-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]|\[\s*\*\s*\]|\.\*))re"));
    if (!expression.startsWith(QLatin1Char('$')))
        return std::nullopt;
    QJsonArray path;
    qsizetype at = 1;
    while (at < expression.size()) {
        const QRegularExpressionMatch m = step.match(expression, at);
        if (!m.hasMatch() || m.capturedLength() == 0 || path.size() >= kMaxSteps)
            return std::nullopt;
        if (m.capturedLength(1) > 0)
            path.append(m.captured(1));
        else if (m.capturedStart(2) >= 0)
            path.append(m.captured(2));
        else if (m.capturedStart(3) >= 0)
            path.append(m.captured(3));
        else if (m.capturedLength(4) > 0)
            path.append(m.captured(4).toInt());
        else
            path.append(QJsonValue::Null);
        at += m.capturedLength();
    }
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

QList<ClaimPath::Located> ClaimPath::locate(const QJsonValue &root, const QJsonArray &path)
{
    const auto stepInto = [](const Located &from, const QJsonValue &value, const QJsonValue &step) {
        Located next{value, from.at};
        next.at.append(step);
        return next;
    };
    QList<Located> current{Located{root, {}}};
    for (const QJsonValue &step : path) {
        QList<Located> next;
        for (const Located &here : std::as_const(current)) {
            const QJsonValue &value = here.value;
            if (step.isString()) {
                const QString key = step.toString();
                if (value.isObject() && value.toObject().contains(key))
                    next.append(stepInto(here, value.toObject().value(key), key));
                else if (value.isString() && key == QLatin1String("id"))
                    next.append(here);
            } else if (step.isNull()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    next.append(stepInto(here, array.at(i), int(i)));
            } else if (value.isArray()) {
                const qint64 index = step.toInteger();
                if (index < value.toArray().size())
                    next.append(stepInto(here, value.toArray().at(index), int(index)));
            }
            if (next.size() > kMaxSelected)
                return {};
        }
        current = next;
        if (current.isEmpty())
            break;
    }
    return current;
}

QList<QJsonValue> ClaimPath::select(const QJsonValue &root, const QJsonArray &path)
{
    QList<QJsonValue> out;
    for (const Located &found : locate(root, path))
        out.append(found.value);
    return out;
}

} // namespace Satchel
