// A bounded JSON Schema (draft 2019-09) validator for the 1EdTech OB 3.0 / CLR 2.0 credential
// schemas. It covers the keywords those schemas use (type, properties, required,
// additionalProperties, propertyNames, items incl. the tuple form + additionalItems, contains,
// enum, const, pattern, format date-time/date/uri loosely, anyOf/oneOf/allOf/not, local $ref into
// $defs/definitions, min/max Items/Length/Properties, minimum/maximum, uniqueItems). Unknown keywords
// are ignored, as the draft says; remote $refs are reported as errors, never fetched.
//
// Credentials come from strangers, so every walk is bounded: instance depth, $ref chains, total
// work and the number of errors kept. Exceeding a bound is itself a validation error.
#pragma once

#include "SchemaError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>

namespace Satchel {

class JsonSchemaValidator {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JsonSchemaValidator)
public:
    static constexpr int kMaxDepth = 64;          // nesting of the instance and of $ref chains
    // Schema-node visits for one validation: the richest fixture (ob30/complete.json) needs ~2,000.
    static constexpr qint64 kMaxSteps = 200000;
    static constexpr int kMaxErrors = 20;

    explicit JsonSchemaValidator(const QJsonObject &schema);

    QString id() const { return m_schema.value(QLatin1String("$id")).toString(); }
    // An empty list means the instance is valid.
    QList<SchemaError> validate(const QJsonValue &instance) const;

private:
    struct Run {
        qint64 steps = 0;
        bool exhausted = false;
    };

    bool check(const QJsonValue &schema, const QJsonValue &instance, const QString &path, int depth, Run &run,
               QList<SchemaError> *errors) const;
    bool checkObject(const QJsonObject &schema, const QJsonObject &instance, const QString &path, int depth, Run &run,
                     QList<SchemaError> *errors) const;
    bool checkArray(const QJsonObject &schema, const QJsonArray &instance, const QString &path, int depth, Run &run,
                    QList<SchemaError> *errors) const;
    bool checkString(const QJsonObject &schema, const QString &instance, const QString &path,
                     QList<SchemaError> *errors) const;
    bool checkCombinators(const QJsonObject &schema, const QJsonValue &instance, const QString &path, int depth,
                          Run &run, QList<SchemaError> *errors) const;
    QJsonValue resolveRef(const QString &ref) const;
    const QRegularExpression &regex(const QString &pattern) const;

    // errors == nullptr: only the verdict is wanted, so the walk stops at the first failure.
    QJsonObject m_schema;
    // Patterns and $ref targets are looked up once per validator (so one validator per thread).
    mutable QHash<QString, QRegularExpression> m_regexes;
    mutable QHash<QString, QJsonValue> m_refs;
};

} // namespace Satchel
