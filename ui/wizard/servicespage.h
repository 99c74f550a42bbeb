#pragma once

#include "wizard/specpage.h"

class QComboBox;

namespace Berth {

// Page 5: the developer services of the article: manage (manage.py) and tests (pytest).
class ServicesPage : public SpecPage
{
    Q_OBJECT
public:
    ServicesPage(SetupAnswers *shared, QWidget *parent);
    void initializePage() override;

private:
    QComboBox *m_shell = nullptr;
    class QLineEdit *m_pytestArgs = nullptr;
};

} // namespace Berth
