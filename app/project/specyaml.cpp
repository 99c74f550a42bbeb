// ProjectSpec's berth.yaml: reading and writing walk the table of keys (specfields), which
// needs ProjectSpec's definition; kept apart from projectspec.cpp so that the two do not
// include each other.
#include "core/quoting.h"
#include "project/projectspec.h"
#include "project/specfields.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

QString str(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: return u"(a mapping)"_s;
    case YAML::NodeType::Sequence: return u"(a list)"_s;
    case YAML::NodeType::Null: return u"(empty)"_s;
    case YAML::NodeType::Scalar: return str(node.Scalar());
    default: return {};
    }
}

QString where(const YAML::Node &node)
{
    const YAML::Mark m = node.Mark();
    if (m.is_null())
        return {};
    return u" (line %1)"_s.arg(m.line + 1);
}

constexpr int MaxListEntries = 64;

void readField(const SpecField &field, const YAML::Node &node, ProjectSpec &spec, QList<SpecError> *errors)
{
    const QString key = field.dottedKey();
    auto fail = [&](const QString &message) { errors->append({key, describe(node), message + where(node)}); };
    switch (field.kind) {
    case SpecField::String:
        if (!node.IsScalar())
            return fail(QCoreApplication::translate("Berth::Spec", "must be a text value"));
        *field.string(spec) = str(node.Scalar());
        return;
    case SpecField::Int: {
        if (!node.IsScalar())
            return fail(QCoreApplication::translate("Berth::Spec", "must be a whole number"));
        bool ok = false;
        const QString text = str(node.Scalar());
        const int value = text.toInt(&ok, 10);
        if (!ok || text.trimmed() != text)
            return fail(QCoreApplication::translate("Berth::Spec", "must be a whole number"));
        *field.integer(spec) = value;
        return;
    }
    case SpecField::Bool: {
        const QString text = node.IsScalar() ? str(node.Scalar()) : QString();
        if (text == "true"_L1)
            *field.boolean(spec) = true;
        else if (text == "false"_L1)
            *field.boolean(spec) = false;
        else
            fail(QCoreApplication::translate("Berth::Spec", "must be true or false"));
        return;
    }
    case SpecField::StringList: {
        if (!node.IsSequence())
            return fail(QCoreApplication::translate("Berth::Spec", "must be a list of text values, like [\"-W\", \"error\"]"));
        if (node.size() > MaxListEntries)
            return fail(QCoreApplication::translate("Berth::Spec", "must have at most %1 entries").arg(MaxListEntries));
        QStringList values;
        for (const YAML::Node &item : node) {
            if (!item.IsScalar())
                return fail(QCoreApplication::translate("Berth::Spec", "must be a list of text values, like [\"-W\", \"error\"]"));
            values.append(str(item.Scalar()));
        }
        *field.list(spec) = values;
        return;
    }
    }
}

} // namespace

ProjectSpec ProjectSpec::fromYaml(const QByteArray &yaml, QList<SpecError> *errors)
{
    QList<SpecError> local;
    QList<SpecError> *out = errors ? errors : &local;
    const qsizetype before = out->size();
    ProjectSpec spec;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        out->append({QString(), QString(),
                     QCoreApplication::translate("Berth::Spec", "not valid YAML at line %1, column %2: %3").arg(e.mark.line + 1).arg(e.mark.column + 1)
                         .arg(str(e.msg))});
        return spec;
    }
    if (root.IsNull())
        return spec; // an empty file is the default spec
    if (!root.IsMap()) {
        out->append({QString(), describe(root), QCoreApplication::translate("Berth::Spec", "the spec must be a mapping of sections (compose:, django:, ...)")});
        return spec;
    }
    const QStringList sections = specSections();
    QSet<QString> seenSections;
    try {
        for (const auto &sectionPair : root) {
            const QString section = sectionPair.first.IsScalar() ? str(sectionPair.first.Scalar()) : QString();
            if (!sections.contains(section)) {
                out->append({section, QString(),
                             QCoreApplication::translate("Berth::Spec", "unknown section%1; allowed: %2").arg(where(sectionPair.first), sections.join(", "_L1))});
                continue;
            }
            if (seenSections.contains(section)) {
                out->append({section, QString(), QCoreApplication::translate("Berth::Spec", "appears twice%1").arg(where(sectionPair.first))});
                continue;
            }
            seenSections.insert(section);
            const YAML::Node &body = sectionPair.second;
            if (body.IsNull())
                continue;
            if (!body.IsMap()) {
                out->append({section, describe(body), QCoreApplication::translate("Berth::Spec", "must be a mapping of keys") + where(body)});
                continue;
            }
            QStringList allowed;
            for (const SpecField &f : specFields()) {
                if (QLatin1StringView(f.section) == section)
                    allowed.append(QLatin1StringView(f.key));
            }
            QSet<QString> seenKeys;
            for (const auto &pair : body) {
                const QString key = pair.first.IsScalar() ? str(pair.first.Scalar()) : QString();
                const QString dotted = section + u'.' + key;
                if (!allowed.contains(key)) {
                    out->append({dotted, QString(),
                                 QCoreApplication::translate("Berth::Spec", "unknown key%1; allowed in %2: %3").arg(where(pair.first), section,
                                                                          allowed.join(", "_L1))});
                    continue;
                }
                if (seenKeys.contains(key)) {
                    out->append({dotted, QString(), QCoreApplication::translate("Berth::Spec", "appears twice%1").arg(where(pair.first))});
                    continue;
                }
                seenKeys.insert(key);
                for (const SpecField &f : specFields()) {
                    if (f.dottedKey() == dotted)
                        readField(f, pair.second, spec, out);
                }
                spec.explicitKeys.append(dotted);
            }
        }
    } catch (const YAML::Exception &e) {
        out->append({QString(), QString(), QCoreApplication::translate("Berth::Spec", "cannot read the spec: %1").arg(str(e.msg))});
    }
    if (out->size() == before)
        out->append(spec.validate());
    return spec;
}

QByteArray ProjectSpec::toYaml() const
{
    ProjectSpec copy = *this;
    QString text = u"# Berth project spec: the answers Berth generates the Docker setup from.\n"
                   u"# Every key is documented in Berth's docs/spec.md. No secrets belong here: the\n"
                   u"# database password is in the git-ignored secrets file.\n"_s;
    QString section;
    for (const SpecField &f : specFields()) {
        if (section != QLatin1StringView(f.section)) {
            section = QLatin1StringView(f.section);
            text += u'\n' + section + ":\n"_L1;
        }
        text += "  # "_L1 + QLatin1StringView(f.comment) + u'\n';
        text += "  "_L1 + QLatin1StringView(f.key) + ": "_L1;
        switch (f.kind) {
        case SpecField::String: text += Quote::yaml(*f.string(copy)); break;
        case SpecField::Int: text += QString::number(*f.integer(copy)); break;
        case SpecField::Bool: text += *f.boolean(copy) ? "true"_L1 : "false"_L1; break;
        case SpecField::StringList: {
            QStringList quoted;
            for (const QString &v : *f.list(copy))
                quoted.append(Quote::yaml(v));
            text += u'[' + quoted.join(", "_L1) + u']';
            break;
        }
        }
        text += u'\n';
    }
    return text.toUtf8();
}

} // namespace Berth
