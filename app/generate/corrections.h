#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth {

// Where Berth's setup differs from the article's, and why. The wizard shows these next to the
// files; GeneratedFile::correctionIds point here. files are the default spec's paths.
// The texts are kept in English (context "Berth::Corrections") and translated when read, so a
// language chosen after the first read still applies.
struct Correction
{
    QString id;
    const char *titleSource;
    const char *whySource; // one paragraph
    QStringList files;

    QString title() const;
    QString why() const;
};

QList<Correction> corrections();
const Correction *correction(const QString &id);

} // namespace Berth
