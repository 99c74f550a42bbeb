// Doctor: making a fix, as every write of a user's file is made: checked, backed up, atomic.
#include "doctor/doctor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Berth::Doctor {

bool applyFix(const QString &projectDir, const Fix &fix, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Berth::Doctor", text); };
    const QDir dir(projectDir);
    const QString path = dir.filePath(fix.file);
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(fix.file, current.errorString());
        return false;
    }
    const QByteArray bytes = current.readAll();
    current.close();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = tr("%1 is not UTF-8 text; the doctor changes only UTF-8 files: save it as UTF-8 first").arg(fix.file);
        return false;
    }
    if (text != fix.original) {
        *error = tr("%1 changed since the check; check again").arg(fix.file);
        return false;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString backup = dir.filePath(u".berth/backups/doctor-"_s + stamp + u'/' + fix.file);
    QSaveFile copy(backup);
    if (!QDir().mkpath(QFileInfo(backup).absolutePath()) || !copy.open(QIODevice::WriteOnly) || copy.write(bytes) < 0
        || !copy.commit()) {
        *error = tr("cannot keep a backup of %1 in %2: %3").arg(fix.file, backup, copy.errorString());
        return false;
    }
    QSaveFile out(path);
    // A byte-order mark stays (the text was read without it); CRLF is in the text itself.
    const QByteArray bom = bytes.startsWith("\xEF\xBB\xBF") ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    if (!out.open(QIODevice::WriteOnly) || out.write(bom + fix.result().toUtf8()) < 0 || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(fix.file, out.errorString());
        return false;
    }
    return true;
}

} // namespace Berth::Doctor
