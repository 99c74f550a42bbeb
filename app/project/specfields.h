#pragma once

#include "project/projectspec.h"

#include <QList>

namespace Berth {

// The table of every spec key: reading, writing and documenting berth.yaml all walk it, so a
// key added here is known everywhere at once. Internal to app/project.
struct SpecField
{
    enum Kind { String, Int, Bool, StringList };
    const char *section;
    const char *key;
    Kind kind;
    void *(*member)(ProjectSpec &spec);
    const char *comment; // one line, written above the key in berth.yaml

    QString dottedKey() const;
    QString *string(ProjectSpec &s) const { return static_cast<QString *>(member(s)); }
    int *integer(ProjectSpec &s) const { return static_cast<int *>(member(s)); }
    bool *boolean(ProjectSpec &s) const { return static_cast<bool *>(member(s)); }
    QStringList *list(ProjectSpec &s) const { return static_cast<QStringList *>(member(s)); }
};

const QList<SpecField> &specFields();
QStringList specSections();

} // namespace Berth
