#pragma once

#include "wizard/specpage.h"

class QComboBox;
class QLineEdit;

namespace Berth {

// Page 4: Postgres (image, user, database, the generated password, host port and address) or
// no database service.
class DatabasePage : public SpecPage
{
    Q_OBJECT
public:
    DatabasePage(SetupAnswers *shared, QWidget *parent);
    void initializePage() override;

private:
    void updateEnabled();
    void showPassword();

    QComboBox *m_engine = nullptr;
    QLineEdit *m_password = nullptr;
    QList<QWidget *> m_dependent;
};

} // namespace Berth
