#pragma once

#include <QDialog>

namespace Berth {

// Names Berth's version and the versions of Qt, KF6 SyntaxHighlighting and yaml-cpp it runs with.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The plain-text version summary the dialog shows (also used by tests).
    static QString versionSummary();
};

} // namespace Berth
