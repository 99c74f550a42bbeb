#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Config {

enum class IniFlavour { Uwsgi, Pytest };

// A key Berth knows in uwsgi.ini or pytest.ini: what it means, what it takes, its default.
struct IniKey {
    enum Type { Bool, Int, String, Address, Path, Module };
    const char *key;
    Type type;
    qint64 min = 0;       // Int only
    qint64 max = 0;
    const char *defaultValue; // as the tool assumes it without the key; "" for none
    const char *meaning;      // translatable (context "Berth::Config")
    bool repeatable = false;  // uwsgi takes every line of env, static-map, hook-asap

    QString translatedMeaning() const;
};

// The section the tool reads: [uwsgi] or [pytest].
QString iniSection(IniFlavour flavour);
// The flavour by file name (uwsgi.ini, pytest.ini, or a name with "uwsgi" in it); nullopt otherwise.
std::optional<IniFlavour> iniFlavourForFile(const QString &fileName);
const QList<IniKey> &iniKeys(IniFlavour flavour);
const IniKey *iniKey(IniFlavour flavour, const QString &key);

// Empty when the value is one the key takes; otherwise what is wrong and what is allowed.
QString validateIniValue(const IniKey &key, const QString &value);
// The value as the tool reads a boolean: nullopt when it is none of its spellings.
std::optional<bool> iniBool(const QString &value);

} // namespace Berth::Config
