#pragma once

#include <QString>

class QTextDocument;
class QWidget;

namespace Berth {

class ConfigView;

// Which setup files have a Configuration view, and making one: uwsgi.ini and pytest.ini by
// name, an nginx site by its syntax definition or its folder.
bool hasConfigView(const QString &path, const QString &definitionName);
ConfigView *createConfigView(const QString &path, const QString &definitionName, QTextDocument *document, QWidget *parent);

} // namespace Berth
