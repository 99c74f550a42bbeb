#pragma once

#include "wizard/specpage.h"

namespace Berth {

// Page 3: nginx in front of uwsgi, its image and host ports.
class NginxPage : public SpecPage
{
    Q_OBJECT
public:
    NginxPage(SetupAnswers *shared, QWidget *parent);
    void initializePage() override;

private:
    void updateEnabled();
    QList<QWidget *> m_dependent;
    class QCheckBox *m_enabled = nullptr;
};

} // namespace Berth
