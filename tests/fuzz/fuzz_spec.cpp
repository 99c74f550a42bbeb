// berth.yaml as the user (or anyone who sent the project) wrote it: ProjectSpec::fromYaml, and the
// top-level name: of a compose file (ComposeProject::nameInComposeFile). yaml-cpp's hazards (deep
// nesting, aliases, duplicate keys) arrive through here.
#include "docker/composeproject.h"
#include "fuzzcheck.h"
#include "project/projectspec.h"

using namespace Berth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml = FuzzInput::bytes(data, size);
    QList<SpecError> errors;
    const ProjectSpec spec = ProjectSpec::fromYaml(yaml, &errors);
    for (const SpecError &error : errors)
        FUZZ_CHECK(!error.toString().isEmpty());
    if (errors.isEmpty()) {
        // A spec that loads is valid, and what Berth writes for it reads back as the same spec.
        FUZZ_CHECK(spec.validate().isEmpty());
        QList<SpecError> again;
        const ProjectSpec reread = ProjectSpec::fromYaml(spec.toYaml(), &again);
        FUZZ_CHECK(again.isEmpty());
        FUZZ_CHECK(reread == spec);
    }
    const QString name = ComposeProject::nameInComposeFile(yaml);
    FUZZ_CHECK(!name.contains(u'$'));
    return 0;
}
