#pragma once

#include "wizard/specpage.h"

namespace Berth {

// Page 2: the Python base image, where the project lives in the container, and uwsgi.
class PythonPage : public SpecPage
{
    Q_OBJECT
public:
    PythonPage(SetupAnswers *shared, QWidget *parent);
};

} // namespace Berth
