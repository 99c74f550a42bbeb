#pragma once

#include "generate/generatedfile.h"

#include <QIcon>

namespace Berth {

// The setup files' type icons: a page with a mark for its role (a container for the Dockerfile,
// stacked containers for a compose file, a globe for the nginx site, a key for a secrets file, …),
// drawn by Berth (glyphIcon), so they look the same on Linux, macOS and Windows and are sharp at
// any scale.
QIcon fileRoleIcon(FileRole role);

} // namespace Berth
