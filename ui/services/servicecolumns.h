#pragma once

#include <QObject>
#include <QString>

class QTableView;

namespace Berth {

// Fits the services table to its dock. Where every column does not fit (the dock's default
// width in a 1200-pixel window, or a dock made narrow), the Health column is hidden and the State
// column says the health after the state ("running · healthy"), and the Ports column shows only
// the host ports (":8000"), still as links. Nothing is lost: the full text stays in the model, and
// a wider dock shows the columns again.
class ServiceColumns : public QObject
{
    Q_OBJECT
public:
    explicit ServiceColumns(QTableView *table);

    // ":8000, :5432" for "127.0.0.1:8000->80/tcp, 127.0.0.1:5432->5432/tcp"; unpublished ports
    // are left out. text itself when no port is published.
    static QString compactPorts(const QString &text);
    // Whether the table shows health in the State column (the Health column is hidden).
    static bool healthInState(const QTableView *table);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    QTableView *m_table;
};

} // namespace Berth
