#include "jsonobjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

using namespace Qt::StringLiterals;

namespace Berth {

JsonObjects JsonObjects::parse(const QByteArray &output)
{
    JsonObjects result;
    const QByteArray trimmed = output.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            result.skipped.append(u"array output is not valid JSON: %1"_s.arg(error.errorString()));
            return result;
        }
        for (const QJsonValue &value : document.array()) {
            if (value.isObject())
                result.objects.append(value.toObject());
            else
                result.skipped.append(u"an array element that is not an object"_s);
        }
        return result;
    }
    for (const QByteArray &line : trimmed.split('\n')) {
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString reason = error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s;
            result.skipped.append(u"a line that is not a JSON object: %1 (%2)"_s.arg(QString::fromUtf8(text.left(120)), reason));
            continue;
        }
        result.objects.append(document.object());
    }
    return result;
}

} // namespace Berth
