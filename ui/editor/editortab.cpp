#include "editor/editortab.h"
#include "focusorder.h"

#include "config/configview.h"
#include "config/configviews.h"
#include "core/textfile.h"
#include "editor/codeeditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QAction>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Berth {

namespace {
bool readAll(const QString &path, QByteArray *content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    *content = file.readAll();
    return true;
}
} // namespace

EditorTab::EditorTab(const QString &path, const QString &definitionName, QWidget *parent)
    : QWidget(parent), m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath())), m_definitionName(definitionName)
{
    m_editor = new CodeEditor(this);
    m_editor->setDefinition(definitionName);
    m_editor->setAccessibleName(tr("Text of %1").arg(QFileInfo(path).fileName()));

    m_notice = new QWidget(this);
    m_notice->setObjectName(u"changedOnDiskNotice"_s);
    m_notice->setAutoFillBackground(true);
    QPalette pal = m_notice->palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    pal.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));
    m_notice->setPalette(pal);
    m_noticeText = new QLabel(m_notice);
    auto *reload = new QPushButton(tr("Reload"), m_notice);
    reload->setObjectName(u"reloadButton"_s);
    auto *keep = new QPushButton(tr("Keep My Version"), m_notice);
    connect(reload, &QPushButton::clicked, this, &EditorTab::reloadFromDisk);
    connect(keep, &QPushButton::clicked, this, [this] { m_notice->hide(); });
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 8, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(reload);
    noticeLayout->addWidget(keep);
    m_notice->hide();

    // A file that is not UTF-8 is saved in its own encoding, byte for byte; the bar says so and
    // offers UTF-8 instead.
    m_encodingNotice = new QWidget(this);
    m_encodingNotice->setObjectName(u"encodingNotice"_s);
    m_encodingNotice->setAutoFillBackground(true);
    m_encodingNotice->setPalette(pal);
    m_encodingText = new QLabel(m_encodingNotice);
    m_encodingText->setWordWrap(true);
    auto *toUtf8 = new QPushButton(tr("Save as UTF-8"), m_encodingNotice);
    toUtf8->setObjectName(u"saveAsUtf8Button"_s);
    toUtf8->setToolTip(tr("Write the file as UTF-8 from the next save on"));
    connect(toUtf8, &QPushButton::clicked, this, &EditorTab::useUtf8);
    auto *encodingLayout = new QHBoxLayout(m_encodingNotice);
    encodingLayout->setContentsMargins(8, 4, 8, 4);
    encodingLayout->addWidget(m_encodingText, 1);
    encodingLayout->addWidget(toUtf8);
    m_encodingNotice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_encodingNotice);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_editor);
    if (hasConfigView(m_path, definitionName)) {
        m_viewSwitch = new QTabBar(this);
        m_viewSwitch->setObjectName(u"viewSwitch"_s);
        m_viewSwitch->setAccessibleName(tr("Text or Configuration view"));
        m_viewSwitch->setDocumentMode(true);
        m_viewSwitch->setDrawBase(false);
        m_viewSwitch->setExpanding(false);
        m_viewSwitch->addTab(tr("Text"));
        m_viewSwitch->addTab(tr("Configuration"));
        m_viewSwitch->setTabToolTip(0, tr("The file as text (F4 switches)"));
        m_viewSwitch->setTabToolTip(1, tr("The settings as a form (F4 switches)"));
        connect(m_viewSwitch, &QTabBar::currentChanged, this, [this](int index) { showConfiguration(index == 1); });
        auto *toggle = new QAction(tr("Switch Text / Configuration"), this);
        toggle->setShortcut(QKeySequence(Qt::Key_F4));
        toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(toggle, &QAction::triggered, this, [this] { showConfiguration(!isShowingConfiguration()); });
        addAction(toggle);
        layout->addWidget(m_viewSwitch);
    }
    layout->addWidget(m_views);
    // Tab follows what is shown: the notices' buttons and the view switch above the text first.
    QList<QWidget *> order{reload, keep, toUtf8};
    if (m_viewSwitch)
        order.append(m_viewSwitch);
    order.append(m_editor);
    chainTabOrder(order);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Editors and Berth itself replace files by rename; give the new file a moment to appear.
        QTimer::singleShot(50, this, &EditorTab::checkDisk);
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &EditorTab::modificationChanged);
}

bool EditorTab::load(QString *error)
{
    QByteArray content;
    if (!readAll(m_path, &content, error))
        return false;
    m_diskContent = content;
    // The file's encoding, line breaks and byte-order mark come back on save: the document holds LF.
    const DecodedText decoded = decodeText(content);
    m_format = decoded.format;
    m_editor->setContent(decoded.text);
    showEncoding();
    m_editor->document()->setModified(false);
    m_changedOnDisk = false;
    m_notice->hide();
    watch();
    return true;
}

void EditorTab::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

EditorTab::SaveResult EditorTab::save(QString *error, bool force)
{
    // A large file is read-only until it has loaded; nothing to save before that.
    m_editor->finishLoading();
    QByteArray onDisk;
    const bool exists = QFileInfo::exists(m_path);
    if (!force && exists && readAll(m_path, &onDisk, nullptr) && onDisk != m_diskContent) {
        if (error)
            *error = tr("%1 changed on disk since it was opened.").arg(QDir::toNativeSeparators(m_path));
        return SaveResult::ChangedOnDisk;
    }
    // The document uses '\n' internally; a file is written with LF on every OS unless it had
    // CRLF line breaks (most of them) when loaded, in its own encoding, with a byte-order mark
    // it had.
    QByteArray content;
    QString encodingError;
    if (!encodeText(m_editor->toPlainText(), m_format, &content, &encodingError)) {
        if (error)
            *error = tr("%1 was not saved: %2.").arg(QDir::toNativeSeparators(m_path), encodingError);
        return SaveResult::Failed;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return SaveResult::Failed;
    }
    file.write(content);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return SaveResult::Failed;
    }
    m_diskContent = content;
    m_changedOnDisk = false;
    m_notice->hide();
    m_editor->document()->setModified(false);
    watch();
    return SaveResult::Saved;
}

void EditorTab::showEncoding()
{
    m_encodingNotice->setVisible(!m_format.isUtf8());
    if (!m_format.isUtf8())
        m_encodingText->setText(tr("This file is %1, not UTF-8. Berth saves it as %1, keeping every byte you do not "
                                   "change.").arg(m_format.encodingName()));
}

void EditorTab::useUtf8()
{
    m_format.encoding = TextFormat::Encoding::Utf8;
    m_format.byteOrderMark = false;
    showEncoding();
    // The file on disk differs from what a save writes now.
    m_editor->document()->setModified(true);
}

void EditorTab::reloadFromDisk()
{
    QString error;
    const int line = m_editor->textCursor().blockNumber() + 1;
    if (!load(&error)) {
        m_noticeText->setText(tr("Cannot reload: %1").arg(error));
        m_notice->show();
        return;
    }
    m_editor->goToLine(line);
}

void EditorTab::checkDisk()
{
    watch();
    QByteArray content;
    const bool exists = readAll(m_path, &content, nullptr);
    if (exists && content == m_diskContent)
        return; // our own save, or a touch without a change
    m_changedOnDisk = true;
    if (!exists) {
        m_noticeText->setText(tr("This file was deleted on disk. Save to write it again."));
    } else if (!isModified()) {
        // Nothing of the user's to lose: follow the disk, as editors do.
        reloadFromDisk();
        m_noticeText->setText(tr("Reloaded: the file was changed on disk."));
    } else {
        m_noticeText->setText(tr("The file was changed on disk, and you have unsaved changes."));
    }
    m_notice->show();
    Q_EMIT changedOnDisk();
}

void EditorTab::showConfiguration(bool show)
{
    if (!m_viewSwitch)
        return;
    if (show && !m_configView) {
        m_editor->finishLoading(); // the form reads the whole text
        m_configView = createConfigView(m_path, m_definitionName, m_editor->document(), m_views);
        m_views->addWidget(m_configView);
        Q_EMIT configViewCreated(m_configView);
    }
    const QSignalBlocker blocker(m_viewSwitch);
    m_viewSwitch->setCurrentIndex(show ? 1 : 0);
    m_views->setCurrentWidget(show ? static_cast<QWidget *>(m_configView) : m_editor);
    if (show) {
        m_configView->refresh();
        m_configView->focusForm();
    } else {
        m_editor->setFocus();
    }
}

bool EditorTab::isShowingConfiguration() const
{
    return m_configView && m_views->currentWidget() == m_configView;
}

QString EditorTab::title() const
{
    return QFileInfo(m_path).fileName();
}

bool EditorTab::isModified() const
{
    // Appending the rest of a large file marks the document modified until it has loaded.
    return !m_editor->isLoading() && m_editor->document()->isModified();
}

} // namespace Berth
