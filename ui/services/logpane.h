#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace Berth {

class LogModel;
class LogView;

// The log view with its controls: service filter, follow/pause, timestamps, search (text or
// regular expression) with next/previous, copy, save, clear.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(LogModel *model, QWidget *parent = nullptr);

    LogView *view() const { return m_view; }
    void addService(const QString &service);
    void clearServices();
    // Shows only that service's lines ("" all).
    void showService(const QString &service);

private:
    void search(bool forward);
    void save();

    LogModel *m_model;
    LogView *m_view;
    QComboBox *m_services;
    QToolButton *m_follow;
    QLineEdit *m_search;
    QCheckBox *m_regex;
};

} // namespace Berth
