#pragma once

#include "config/configview.h"
#include "config/inidocument.h"
#include "config/inikeys.h"

class QGridLayout;
class QLabel;

namespace Berth {

// The Configuration view of uwsgi.ini and pytest.ini: a row per key in the file (the keys
// Berth knows are editable, with their meaning, range and default; others are read-only rows),
// then the known keys the file does not set, their defaults as placeholders.
class IniConfigView : public ConfigView
{
    Q_OBJECT
public:
    IniConfigView(Config::IniFlavour flavour, QTextDocument *document, QWidget *parent = nullptr);

    // The editor of the key's occurrence (0: the first line of it; -1: the row that adds one);
    // nullptr without one. Its accessible name is the key.
    QWidget *field(const QString &key, int occurrence = 0) const;
    // The file shown: a value berth.yaml holds, in a file Berth wrote, is changed in the spec
    // and every file that uses it (SpecChangeDialog). Without a path every edit is plain.
    void setFilePath(const QString &path) { m_filePath = path; }

protected:
    QString readText(const QString &text) override;

private:
    enum class Editor { ReadOnly, Bool, Int, Line };
    struct Row {
        QString section;
        QString key;
        int occurrence = -1; // which line of the key; -1: not in the file (editing adds it)
        const Config::IniKey *known = nullptr;
        Editor kind = Editor::ReadOnly;
        QString note;        // why a row is read-only
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };

    QList<Row> rowsFor(const Config::IniDocument &doc) const;
    static QString signature(const QList<Row> &rows);
    void rebuild(const QList<Row> &rows);
    void addRow(QGridLayout *grid, Row &row, int index);
    // The row under a key uwsgi takes many times, which adds one more line of it.
    bool isAnother(int index) const;
    void showValues();
    std::optional<QString> currentValue(const Row &row) const;
    void commit(int index, const QString &value);
    // The edit of the one file: the row's line set, or added.
    void applyValue(const QString &key, int occurrence, const QString &value);
    void removeLine(int index);

    Config::IniFlavour m_flavour;
    QString m_section;
    Config::IniDocument m_doc;
    QList<Row> m_rows;
    QString m_signature;
    QString m_filePath;
};

} // namespace Berth
