#pragma once

#include <QString>

class QFileDevice;

namespace Berth::Platform {

// Files of secrets (the database password, Django's secret key) readable and writable by their
// owner only. Writers call both functions; each does its platform's part:
// - Unix: mode 0600 on the open file, before a byte is written, so the secret never exists with
//   looser permissions (restrictOpenFile).
// - Windows: a protected ACL that grants the user alone (no inherited entries), set by path once
//   the file is in place (restrictPath): QSaveFile's handle has no WRITE_DAC right to change it
//   earlier. Until then the file has its folder's inherited ACL, which in a user's profile
//   already admits only the user, SYSTEM and administrators.
bool restrictOpenFile(QFileDevice &file);
bool restrictPath(const QString &path, QString *why = nullptr);

} // namespace Berth::Platform
