#include "JsonSchemaValidator.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace Satchel {

namespace {

QString childPath(const QString &path, const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

void addError(QList<SchemaError> *errors, const QString &path, const QString &message)
{
    if (errors && errors->size() < JsonSchemaValidator::kMaxErrors)
        errors->append({path, message});
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

bool hasType(const QJsonValue &instance, const QString &type)
{
    if (type == QLatin1String("object"))
        return instance.isObject();
    if (type == QLatin1String("array"))
        return instance.isArray();
    if (type == QLatin1String("string"))
        return instance.isString();
    if (type == QLatin1String("number"))
        return instance.isDouble();
    if (type == QLatin1String("integer"))
        return isInteger(instance);
    if (type == QLatin1String("boolean"))
        return instance.isBool();
    if (type == QLatin1String("null"))
        return instance.isNull();
    return false;
}

QString typeName(const QJsonValue &instance)
{
    switch (instance.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return isInteger(instance) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("null");
    }
}

// Formats are checked loosely: the shape, not the calendar. A wrong shape is what breaks displayers.
bool matchesFormat(const QString &format, const QString &value)
{
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:?\\d{2})?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S*$"));
    if (format == QLatin1String("date-time"))
        return dateTime.match(value).hasMatch();
    if (format == QLatin1String("date"))
        return date.match(value).hasMatch();
    if (format == QLatin1String("uri") || format == QLatin1String("iri"))
        return scheme.match(value).hasMatch();
    return true; // formats we do not know are annotations only
}

// The deepest error explains a failed alternative best (it got furthest into the document).
int depthOf(const QList<SchemaError> &errors)
{
    int best = -1;
    for (const SchemaError &e : errors)
        best = qMax(best, int(e.path.count(QLatin1Char('/'))));
    return best;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject &schema) : m_schema(schema) {}

QList<SchemaError> JsonSchemaValidator::validate(const QJsonValue &instance) const
{
    QList<SchemaError> errors;
    Run run;
    if (!check(m_schema, instance, QString(), 0, run, &errors) && errors.isEmpty())
        errors.append({QString(), tr("The document does not match the schema.")});
    return errors;
}

const QRegularExpression &JsonSchemaValidator::regex(const QString &pattern) const
{
    auto it = m_regexes.find(pattern);
    if (it == m_regexes.end())
        it = m_regexes.insert(pattern, QRegularExpression(pattern));
    return *it;
}

QJsonValue JsonSchemaValidator::resolveRef(const QString &ref) const
{
    const auto cached = m_refs.constFind(ref);
    if (cached != m_refs.constEnd())
        return *cached;
    QString pointer = ref;
    if (!id().isEmpty() && pointer.startsWith(id()))
        pointer = pointer.mid(id().size());
    if (!pointer.startsWith(QLatin1Char('#')))
        return QJsonValue::Undefined; // remote schemas are never fetched
    pointer = QUrl::fromPercentEncoding(pointer.mid(1).toUtf8());
    QJsonValue current = m_schema;
    if (!pointer.isEmpty()) {
        if (!pointer.startsWith(QLatin1Char('/')))
            return QJsonValue::Undefined; // anchors are not used by the 1EdTech schemas
        const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
        for (QString token : tokens) {
            token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            if (current.isObject())
                current = current.toObject().value(token);
            else if (current.isArray())
                current = current.toArray().at(token.toInt());
            else
                return QJsonValue::Undefined;
        }
    }
    m_refs.insert(ref, current);
    return current;
}

bool JsonSchemaValidator::check(const QJsonValue &schemaValue, const QJsonValue &instance, const QString &path,
                                int depth, Run &run, QList<SchemaError> *errors) const
{
    if (run.exhausted)
        return false;
    if (++run.steps > kMaxSteps) {
        run.exhausted = true;
        addError(errors, path, tr("The document is too complex to check against its schema."));
        return false;
    }
    if (depth > kMaxDepth) {
        addError(errors, path, tr("The document is nested too deeply to check against its schema."));
        return false;
    }
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            addError(errors, path, tr("This value is not allowed here."));
        return schemaValue.toBool();
    }
    if (!schemaValue.isObject())
        return true;
    const QJsonObject schema = schemaValue.toObject();
    bool ok = true;
    // Once a check fails and nobody wants the details, the answer is known.
    auto failed = [&] {
        ok = false;
        return errors == nullptr;
    };

    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        const QJsonValue target = resolveRef(ref);
        if (target.isUndefined()) {
            addError(errors, path, tr("The schema refers to %1, which is not bundled.").arg(ref));
            if (failed())
                return false;
        } else if (!check(target, instance, path, depth + 1, run, errors) && failed()) {
            return false;
        }
    }

    const QJsonValue type = schema.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        bool typeOk = false;
        QStringList names;
        for (const auto &t : type.isArray() ? type.toArray() : QJsonArray{type}) {
            names << t.toString();
            typeOk = typeOk || hasType(instance, t.toString());
        }
        if (!typeOk) {
            addError(errors, path, tr("Expected type %1, found %2.").arg(names.join(QLatin1Char('/')), typeName(instance)));
            // Nothing else about this value is worth saying once its type is wrong.
            return false;
        }
    }
    if (schema.contains(QLatin1String("enum"))) {
        if (!schema.value(QLatin1String("enum")).toArray().contains(instance)) {
            addError(errors, path, tr("The value is not one of the allowed values."));
            if (failed())
                return false;
        }
    }
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != instance) {
        addError(errors, path, tr("The value is not the required constant."));
        if (failed())
            return false;
    }

    bool typed = true;
    if (instance.isObject())
        typed = checkObject(schema, instance.toObject(), path, depth, run, errors);
    else if (instance.isArray())
        typed = checkArray(schema, instance.toArray(), path, depth, run, errors);
    else if (instance.isString())
        typed = checkString(schema, instance.toString(), path, errors);
    else if (instance.isDouble()) {
        const double d = instance.toDouble();
        if ((schema.contains(QLatin1String("minimum")) && d < schema.value(QLatin1String("minimum")).toDouble())
            || (schema.contains(QLatin1String("maximum")) && d > schema.value(QLatin1String("maximum")).toDouble())) {
            addError(errors, path, tr("The number is out of range."));
            typed = false;
        }
    }
    if (!typed && failed())
        return false;
    if (!checkCombinators(schema, instance, path, depth, run, errors) && failed())
        return false;
    return ok && !run.exhausted;
}

bool JsonSchemaValidator::checkObject(const QJsonObject &schema, const QJsonObject &instance, const QString &path,
                                      int depth, Run &run, QList<SchemaError> *errors) const
{
    bool ok = true;
    for (const auto &name : schema.value(QLatin1String("required")).toArray()) {
        if (!instance.contains(name.toString())) {
            addError(errors, childPath(path, name.toString()), tr("The required property \"%1\" is missing.").arg(name.toString()));
            ok = false;
            if (!errors)
                return false;
        }
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonObject patterns = schema.value(QLatin1String("patternProperties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    const QJsonValue names = schema.value(QLatin1String("propertyNames"));
    const int count = int(instance.size());
    if ((schema.contains(QLatin1String("minProperties")) && count < schema.value(QLatin1String("minProperties")).toInt())
        || (schema.contains(QLatin1String("maxProperties")) && count > schema.value(QLatin1String("maxProperties")).toInt())) {
        addError(errors, path, tr("The object has a wrong number of properties."));
        ok = false;
        if (!errors)
            return false;
    }
    for (auto it = instance.constBegin(); it != instance.constEnd(); ++it) {
        const QString key = it.key();
        const QString keyPath = childPath(path, key);
        bool known = false;
        if (properties.contains(key)) {
            known = true;
            if (!check(properties.value(key), it.value(), keyPath, depth + 1, run, errors)) {
                ok = false;
                if (!errors)
                    return false;
            }
        }
        for (auto p = patterns.constBegin(); p != patterns.constEnd(); ++p) {
            if (!regex(p.key()).match(key).hasMatch())
                continue;
            known = true;
            if (!check(p.value(), it.value(), keyPath, depth + 1, run, errors)) {
                ok = false;
                if (!errors)
                    return false;
            }
        }
        if (!known && !additional.isUndefined()) {
            if (additional.isBool() && !additional.toBool()) {
                addError(errors, keyPath, tr("The property \"%1\" is not allowed here.").arg(key));
                ok = false;
                if (!errors)
                    return false;
            } else if (!check(additional, it.value(), keyPath, depth + 1, run, errors)) {
                ok = false;
                if (!errors)
                    return false;
            }
        }
        if (!names.isUndefined() && !check(names, QJsonValue(key), keyPath, depth + 1, run, errors)) {
            ok = false;
            if (!errors)
                return false;
        }
    }
    return ok;
}

bool JsonSchemaValidator::checkArray(const QJsonObject &schema, const QJsonArray &instance, const QString &path,
                                     int depth, Run &run, QList<SchemaError> *errors) const
{
    bool ok = true;
    const qsizetype size = instance.size();
    if (schema.contains(QLatin1String("minItems")) && size < schema.value(QLatin1String("minItems")).toInt()) {
        addError(errors, path, tr("At least %n item(s) are required.", nullptr, schema.value(QLatin1String("minItems")).toInt()));
        ok = false;
        if (!errors)
            return false;
    }
    if (schema.contains(QLatin1String("maxItems")) && size > schema.value(QLatin1String("maxItems")).toInt()) {
        addError(errors, path, tr("At most %n item(s) are allowed.", nullptr, schema.value(QLatin1String("maxItems")).toInt()));
        ok = false;
        if (!errors)
            return false;
    }
    const QJsonValue items = schema.value(QLatin1String("items"));
    const QJsonValue additional = schema.value(QLatin1String("additionalItems"));
    for (qsizetype i = 0; i < size; ++i) {
        QJsonValue itemSchema;
        if (items.isArray())
            itemSchema = i < items.toArray().size() ? items.toArray().at(i) : additional;
        else
            itemSchema = items;
        if (itemSchema.isUndefined())
            continue;
        if (!check(itemSchema, instance.at(i), path + QLatin1Char('/') + QString::number(i), depth + 1, run, errors)) {
            ok = false;
            if (!errors)
                return false;
        }
    }
    if (schema.contains(QLatin1String("contains"))) {
        bool found = false;
        for (qsizetype i = 0; i < size && !found; ++i)
            found = check(schema.value(QLatin1String("contains")), instance.at(i), path, depth + 1, run, nullptr);
        if (!found) {
            addError(errors, path, tr("No item of the list has the required form."));
            ok = false;
            if (!errors)
                return false;
        }
    }
    if (schema.value(QLatin1String("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < size && ok; ++i)
            for (qsizetype j = i + 1; j < size; ++j)
                if (instance.at(i) == instance.at(j)) {
                    addError(errors, path, tr("The list has duplicate items."));
                    ok = false;
                    break;
                }
    }
    return ok;
}

bool JsonSchemaValidator::checkString(const QJsonObject &schema, const QString &instance, const QString &path,
                                      QList<SchemaError> *errors) const
{
    bool ok = true;
    const qsizetype length = instance.toUcs4().size();
    if ((schema.contains(QLatin1String("minLength")) && length < schema.value(QLatin1String("minLength")).toInt())
        || (schema.contains(QLatin1String("maxLength")) && length > schema.value(QLatin1String("maxLength")).toInt())) {
        addError(errors, path, tr("The text has a wrong length."));
        ok = false;
    }
    if (schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression &re = regex(schema.value(QLatin1String("pattern")).toString());
        if (!re.isValid() || !re.match(instance).hasMatch()) {
            addError(errors, path, tr("The text does not have the required form."));
            ok = false;
        }
    }
    if (schema.contains(QLatin1String("format")) && !matchesFormat(schema.value(QLatin1String("format")).toString(), instance)) {
        addError(errors, path, tr("The text is not a valid %1.").arg(schema.value(QLatin1String("format")).toString()));
        ok = false;
    }
    return ok;
}

bool JsonSchemaValidator::checkCombinators(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                                           int depth, Run &run, QList<SchemaError> *errors) const
{
    bool ok = true;
    for (const auto &sub : schema.value(QLatin1String("allOf")).toArray()) {
        if (!check(sub, instance, path, depth + 1, run, errors)) {
            ok = false;
            if (!errors)
                return false;
        }
    }
    // anyOf / oneOf: count the matching alternatives quickly; only when none matches, run them
    // again with details and keep the alternative that explains the failure best.
    for (const char *keyword : {"anyOf", "oneOf"}) {
        const QJsonArray alternatives = schema.value(QLatin1String(keyword)).toArray();
        if (alternatives.isEmpty())
            continue;
        const bool exactlyOne = qstrcmp(keyword, "oneOf") == 0;
        int matched = 0;
        for (const auto &sub : alternatives) {
            if (check(sub, instance, path, depth + 1, run, nullptr))
                ++matched;
            if (matched > 1 || (matched == 1 && !exactlyOne) || run.exhausted)
                break;
        }
        if (run.exhausted) {
            addError(errors, path, tr("The document is too complex to check against its schema."));
            return false;
        }
        if (matched == 1 || (matched > 1 && !exactlyOne))
            continue;
        ok = false;
        if (!errors)
            return false;
        if (matched > 1) {
            addError(errors, path, tr("The value matches more than one of the allowed forms."));
            continue;
        }
        QList<SchemaError> best;
        int bestDepth = -2;
        for (const auto &sub : alternatives) {
            QList<SchemaError> branch;
            check(sub, instance, path, depth + 1, run, &branch);
            if (depthOf(branch) > bestDepth) {
                bestDepth = depthOf(branch);
                best = branch;
            }
        }
        if (best.isEmpty())
            addError(errors, path, tr("The value does not have any of the allowed forms."));
        for (const SchemaError &e : std::as_const(best))
            addError(errors, e.path, e.message);
    }
    if (schema.contains(QLatin1String("not")) && check(schema.value(QLatin1String("not")), instance, path, depth + 1, run, nullptr)) {
        addError(errors, path, tr("The value has a form that is not allowed here."));
        ok = false;
        if (!errors)
            return false;
    }
    if (schema.contains(QLatin1String("if"))) {
        const bool condition = check(schema.value(QLatin1String("if")), instance, path, depth + 1, run, nullptr);
        const QJsonValue branch = schema.value(condition ? QLatin1String("then") : QLatin1String("else"));
        if (!branch.isUndefined() && !check(branch, instance, path, depth + 1, run, errors))
            ok = false;
    }
    return ok;
}

} // namespace Satchel
