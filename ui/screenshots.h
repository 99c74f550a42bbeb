#pragma once

#include <QString>

namespace Berth {

// Saves a PNG of every page of the setup wizard for projectDir into outDir
// (wizard-1-project.png ... wizard-6-review.png), stepping through with Next as a user would.
// Returns false and says why on stderr when a page cannot be reached or a file not written.
// Runs the event loop; used by `berth --screenshot-wizard` for the documentation.
bool saveWizardScreenshots(const QString &projectDir, const QString &outDir, const QString &prefix);

} // namespace Berth
