#include "generate/specchange.h"

#include "config/yamleditor.h"
#include "config/yamlmeaning.h"
#include "config/yamlscalar.h"
#include "django/djangoproject.h"
#include "docker/composeproject.h"
#include "generate/generatedpaths.h"
#include "generate/generator.h"
#include "generate/unifieddiff.h"
#include "project/specfields.h"
#include "project/specfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {

const QString SpecName = u"berth.yaml"_s;

// The context lupdate files these tr() calls under (the scope they are called from).
QString tr(const char *text)
{
    return QCoreApplication::translate("Berth", text);
}

bool readBytes(const QString &path, QByteArray *bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *bytes = f.readAll();
    return true;
}

// The spec berth.yaml gives for the project in dir, completed the way `berth generate --spec
// DIR/berth.yaml --out DIR` completes it, so the files planned here are the files it writes.
ProjectSpec projectSpec(const QByteArray &yaml, const QString &dir, QList<SpecError> *errors)
{
    ProjectSpec spec = SpecFile::parse(yaml, errors);
    if (!errors->isEmpty())
        return spec;
    if (!spec.explicitKeys.contains(u"compose.project_name"_s))
        spec.compose.projectName = ComposeProject::nameFromDirectory(QFileInfo(dir).absoluteFilePath()).left(63);
    applyDetected(spec, detectDjangoProject(dir));
    *errors = spec.validate();
    if (errors->isEmpty())
        placeBesideOwnSetup(spec, dir);
    return spec;
}

const SpecField *fieldFor(const QString &key)
{
    for (const SpecField &f : specFields()) {
        if (f.dottedKey() == key)
            return &f;
    }
    return nullptr;
}

QString valueOf(const SpecField &field, ProjectSpec spec)
{
    switch (field.kind) {
    case SpecField::Int: return QString::number(*field.integer(spec));
    case SpecField::Bool: return *field.boolean(spec) ? u"true"_s : u"false"_s;
    case SpecField::String: return *field.string(spec);
    case SpecField::StringList: return field.list(spec)->join(u' ');
    }
    return {};
}

// The value as YAML for berth.yaml: a number or boolean as such where the key takes one (so
// the spec reader, not this, says what is wrong with `abc`), any other text as a string.
QString yamlValue(const SpecField &field, const QString &value)
{
    static const QRegularExpression integer(u"^-?[0-9]{1,10}$"_s);
    if (field.kind == SpecField::Int && integer.match(value).hasMatch())
        return value;
    if (field.kind == SpecField::Bool && (value == "true"_L1 || value == "false"_L1))
        return value;
    return Config::stringValue(value);
}

// What a number key allows, for a value that is no number ("must be a whole number" says only
// half): the key's own rule, as validation words it for a value out of every range.
QString rangeOf(const SpecField &field, ProjectSpec spec)
{
    *field.integer(spec) = std::numeric_limits<int>::min();
    for (const SpecError &e : spec.validate()) {
        if (e.key == field.dottedKey())
            return u"; it "_s + e.message;
    }
    return {};
}

QStringList scalarKeys()
{
    QStringList keys;
    for (const SpecField &f : specFields()) {
        if (f.kind != SpecField::StringList)
            keys << f.dottedKey();
    }
    return keys;
}

SpecChange failed(SpecChange change, SpecChange::Failure failure, const QString &error)
{
    change.failure = failure;
    change.error = error;
    return change;
}

} // namespace

std::optional<BerthSetupFile> berthSetupFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    QDir dir = info.absoluteDir();
    // Berth's files are at most a few folders below berth.yaml (data/nginx/app.conf).
    for (int level = 0; level < 4; ++level) {
        if (QFileInfo(dir.filePath(SpecName)).isFile()) {
            const QString projectDir = dir.absolutePath();
            const QString relative = dir.relativeFilePath(absolute);
            if (!Manifest::load(projectDir).contains(relative))
                return std::nullopt;
            QByteArray yaml;
            QList<SpecError> errors;
            if (!readBytes(dir.filePath(SpecName), &yaml))
                return std::nullopt;
            const ProjectSpec spec = projectSpec(yaml, projectDir, &errors);
            if (!errors.isEmpty())
                return std::nullopt;
            for (const GeneratedPath &p : generatedPaths(spec)) {
                if (p.path == relative)
                    return BerthSetupFile{projectDir, relative, p.role};
            }
            return std::nullopt;
        }
        if (!dir.cdUp())
            break;
    }
    return std::nullopt;
}

QStringList SpecChange::conflicts() const
{
    QStringList paths;
    for (const SpecChangeFile &f : files) {
        if (!f.writtenByDefault())
            paths << f.path;
    }
    return paths;
}

QString SpecChange::diff(bool withConflicts) const
{
    QString text = unifiedDiff(specBefore, specAfter, SpecName);
    for (const SpecChangeFile &f : files) {
        if (!withConflicts && !f.writtenByDefault())
            continue;
        if (f.secret)
            text += u"# "_s + f.path + u" changes (a secrets file: its content is not shown)\n"_s;
        else
            text += unifiedDiff(f.before, f.after, f.path);
    }
    return text;
}

SpecChange planSpecChange(const QString &projectDir, const QString &key, const QString &value)
{
    SpecChange change;
    change.projectDir = projectDir;
    change.key = key;
    change.newValue = value;
    const QString specPath = QDir(projectDir).filePath(SpecName);
    if (!QFileInfo(specPath).isFile())
        return failed(change, SpecChange::Failure::NotAProject, tr("%1 has no berth.yaml").arg(QDir::toNativeSeparators(projectDir)));
    if (!readBytes(specPath, &change.specBefore))
        return failed(change, SpecChange::Failure::Failed, tr("cannot read %1").arg(QDir::toNativeSeparators(specPath)));
    QList<SpecError> errors;
    const ProjectSpec before = projectSpec(change.specBefore, projectDir, &errors);
    if (!errors.isEmpty())
        return failed(change, SpecChange::Failure::NotAProject, tr("berth.yaml does not validate: %1").arg(errors.first().toString()));

    const SpecField *field = fieldFor(key);
    if (!field || field->kind == SpecField::StringList) {
        return failed(change, SpecChange::Failure::InvalidKey,
                      field ? tr("%1 is a list; edit it in berth.yaml").arg(key)
                            : tr("%1: not a key of berth.yaml; the keys are: %2").arg(key, scalarKeys().join(u", "_s)));
    }
    change.oldValue = valueOf(*field, before);

    // berth.yaml: one minimal edit, so the user's comments, order and quoting stay.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(change.specBefore);
    const Config::YamlTree tree = Config::YamlTree::parse(text);
    if (decoder.hasError() || !tree.isValid())
        return failed(change, SpecChange::Failure::NotAProject, tr("berth.yaml: %1").arg(decoder.hasError() ? tr("not UTF-8") : tree.error()));
    const Config::YamlEditResult edit = Config::YamlEditor(tree).set(*Config::YamlPath::parse(key), yamlValue(*field, value));
    if (!edit.ok())
        return failed(change, SpecChange::Failure::Failed, tr("berth.yaml: %1: %2").arg(key, edit.message));
    const QString after = Config::applied(text, edit.edits);
    QString loadError;
    const auto meaning = Config::meaningChanges(text, after, &loadError);
    const QString unexpected = meaning ? Config::unexpectedChange(*meaning, edit.changedPaths) : loadError;
    if (!unexpected.isEmpty())
        return failed(change, SpecChange::Failure::Failed, tr("berth.yaml: %1").arg(unexpected));
    change.specAfter = after.toUtf8();

    const ProjectSpec next = projectSpec(change.specAfter, projectDir, &change.specErrors);
    if (!change.specErrors.isEmpty()) {
        QStringList lines;
        for (const SpecError &e : std::as_const(change.specErrors))
            lines << e.toString() + (e.key == key && field->kind == SpecField::Int ? rangeOf(*field, before) : QString());
        return failed(change, SpecChange::Failure::InvalidValue, lines.join(u"; "_s));
    }
    change.newValue = valueOf(*field, next);

    // The files that the new spec makes different from the old one; files already out of step
    // with berth.yaml for another reason are the doctor's business, not this change's.
    const FileSet old = generate(before, projectDir);
    change.fileSet = generate(next, projectDir);
    for (const PlannedFile &p : change.fileSet.plan(projectDir)) {
        if (p.path == SpecName || p.status == WriteStatus::Unchanged)
            continue;
        const GeneratedFile *previous = old.file(p.path);
        if (previous && previous->content == p.generated)
            continue;
        const GeneratedFile *generated = change.fileSet.file(p.path);
        change.files.append({p.path, p.status, p.notBerths, generated && generated->secret, p.onDisk, p.toWrite()});
    }
    return change;
}

SpecChangeResult applySpecChange(const SpecChange &change, const QStringList &replaceConflicts)
{
    SpecChangeResult result;
    if (!change.ok()) {
        result.error = change.error;
        return result;
    }
    const QString specPath = QDir(change.projectDir).filePath(SpecName);
    QByteArray specNow;
    if (!readBytes(specPath, &specNow) || specNow != change.specBefore) {
        result.error = tr("berth.yaml changed since the change was shown; nothing was written");
        return result;
    }
    WriteOptions options;
    options.force = true; // only the files named below, conflicts among them as the user chose
    QList<PlannedFile> plan = change.fileSet.plan(change.projectDir);
    for (const SpecChangeFile &f : change.files) {
        if (!f.writtenByDefault() && !replaceConflicts.contains(f.path))
            continue;
        const auto now = std::find_if(plan.cbegin(), plan.cend(), [&f](const PlannedFile &p) { return p.path == f.path; });
        if (now == plan.cend() || now->onDisk != f.before) {
            result.error = tr("%1 changed since the change was shown; nothing was written").arg(f.path);
            return result;
        }
        options.only << f.path;
    }
    if (!options.only.isEmpty()) {
        const WriteResult written = change.fileSet.write(change.projectDir, options);
        if (!written.ok) {
            result.error = written.error;
            return result;
        }
        result.written = written.written;
        result.backups = written.backups;
    }
    if (change.specAfter != change.specBefore) {
        QSaveFile file(specPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(change.specAfter) != change.specAfter.size() || !file.commit()) {
            result.error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(specPath), file.errorString());
            return result;
        }
        // berth.yaml as Berth last wrote it stays Berth's: the manifest learns the new content.
        Manifest manifest = Manifest::load(change.projectDir);
        if (manifest.matches(SpecName, change.specBefore)) {
            manifest.record(SpecName, change.specAfter);
            QString error;
            if (!manifest.save(change.projectDir, &error)) {
                result.error = error;
                return result;
            }
        }
        result.written.prepend(SpecName);
    }
    result.ok = true;
    return result;
}

} // namespace Berth
