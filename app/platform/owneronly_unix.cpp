#include "platform/owneronly.h"

#include <QFileDevice>

namespace Berth::Platform {

bool restrictOpenFile(QFileDevice &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool restrictPath(const QString &, QString *)
{
    return true; // done on the open file
}

} // namespace Berth::Platform
