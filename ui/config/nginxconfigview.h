#pragma once

#include "config/configview.h"
#include "config/nginxsite.h"

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Berth {

// The Configuration view of an nginx site: server_name, listen, client_max_body_size, the
// static and media folders and the upstream of one server block (a choice when the site has
// several). The rest of the site stays text.
class NginxConfigView : public ConfigView
{
    Q_OBJECT
public:
    explicit NginxConfigView(QTextDocument *document, QWidget *parent = nullptr);

    QLineEdit *field(Config::NginxSite::Field field) const;
    QComboBox *serverChoice() const { return m_server; }
    // The file shown: a value berth.yaml holds, in a file Berth wrote, is changed in the spec
    // and every file that uses it (SpecChangeDialog). Without a path every edit is plain.
    void setFilePath(const QString &path) { m_filePath = path; }

protected:
    QString readText(const QString &text) override;

private:
    struct Row {
        QLineEdit *edit = nullptr;
        QLabel *note = nullptr;
        QLabel *message = nullptr;
    };
    void commit(Config::NginxSite::Field field);
    int currentServer() const;
    void applyValue(Config::NginxSite::Field field, int server, const QString &value);

    Config::NginxSite m_site;
    QComboBox *m_server = nullptr;
    QLabel *m_summary = nullptr;
    std::array<Row, Config::NginxSite::FieldCount> m_rows;
    QString m_filePath;
};

} // namespace Berth
