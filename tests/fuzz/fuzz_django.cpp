// A Django project's own text: manage.py (DJANGO_SETTINGS_MODULE), the settings
// (WSGI_APPLICATION), requirements.txt (requirementName, mergeRequirements) and pyproject.toml
// ([project] dependencies).
#include "django/djangoproject.h"
#include "django/pyproject.h"
#include "fuzzcheck.h"
#include "generate/requirements.h"

#include <QRegularExpression>

using namespace Berth;
using namespace Qt::StringLiterals;

namespace {

// The needs of the default spec (generator.cpp's neededRequirements), written out here.
const QList<NeededRequirement> &needed()
{
    static const QList<NeededRequirement> list = {
        {u"Django>=4.2"_s, {u"django"_s}, u"the project itself"_s},
        {u"psycopg[binary]>=3.1"_s, {u"psycopg"_s, u"psycopg-binary"_s, u"psycopg2"_s}, u"Postgres driver"_s},
        {u"pytest>=7.0"_s, {u"pytest"_s}, u"the tests service"_s},
        {u"pytest-django>=4.5"_s, {u"pytest-django"_s}, u"pytest.ini"_s},
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);

    static const QRegularExpression module(u"^[A-Za-z_][A-Za-z0-9_.]*$"_s);
    const QString settings = settingsModuleFromManagePy(text);
    FUZZ_CHECK(settings.isEmpty() || module.match(settings).hasMatch());
    const QString wsgi = wsgiModuleFromSettings(text);
    FUZZ_CHECK(wsgi.isEmpty() || module.match(wsgi).hasMatch());

    static const QRegularExpression name(u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"_s);
    for (const QString &line : text.split(u'\n')) {
        const QString n = requirementName(line);
        FUZZ_CHECK(n.isEmpty() || name.match(n).hasMatch());
    }

    // Merging keeps every existing line and is done after once: merging again adds nothing.
    QStringList added;
    const QByteArray merged = mergeRequirements(bytes, needed(), &added);
    // (CRLF and a bare CR become LF.)
    QString existing = text;
    existing.replace("\r\n"_L1, "\n"_L1).replace(u'\r', u'\n');
    FUZZ_CHECK(merged.startsWith(existing.toUtf8()));
    FUZZ_CHECK(!merged.contains('\r'));
    QStringList addedAgain;
    FUZZ_CHECK(mergeRequirements(merged, needed(), &addedAgain) == merged);
    FUZZ_CHECK(addedAgain.isEmpty());

    // pyproject.toml: one error line at most, and dependencies only when they were declared.
    const PyProjectDependencies py = readPyProjectDependencies(bytes);
    FUZZ_CHECK(!py.error.contains(u'\n'));
    FUZZ_CHECK(py.declared || py.dependencies.isEmpty());
    return 0;
}
