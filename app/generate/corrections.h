#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// Where Berth's setup differs from the article's, and why. The wizard shows these next to the
// files; GeneratedFile::correctionIds point here. files are the default spec's paths.
struct Correction
{
    QString id;
    QString title;
    QString why;       // one paragraph
    QStringList files;
};

QList<Correction> corrections();
const Correction *correction(const QString &id);

} // namespace Berth
