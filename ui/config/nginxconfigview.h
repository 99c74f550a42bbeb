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

    Config::NginxSite m_site;
    QComboBox *m_server = nullptr;
    QLabel *m_summary = nullptr;
    std::array<Row, Config::NginxSite::FieldCount> m_rows;
};

} // namespace Berth
