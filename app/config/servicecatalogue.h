#pragma once

#include "config/yamleditor.h"

#include <QList>
#include <QString>

namespace Berth::Config {

// What Django projects add to their compose file most, ready to add from the Configuration
// view: each entry is wired to the app's networks (the ones it shares with the database, or
// all of the app's), has a healthcheck, and waits for what it needs.
struct CatalogueEntry {
    QString id;          // redis, celery-worker, celery-beat, mailpit, database2
    QString serviceName; // the default name of the new service
    QString title;
    QString description; // what it is and what to set in Django
};

QList<CatalogueEntry> serviceCatalogue();

// The edits that add entry `id` to this compose file as `name` (empty: the entry's default),
// with its top-level volume when it has one. Celery runs on the app service's build and image,
// with its env files; `celeryApp` is what `celery -A` loads (the Django project's package, which
// the caller knows from the project; without it, it is read from the app's DJANGO_SETTINGS_MODULE).
YamlEditResult addFromCatalogue(const YamlTree &tree, const QString &id, const QString &name = {},
                                const QString &celeryApp = {});

} // namespace Berth::Config
