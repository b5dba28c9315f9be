// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/session_files.hpp"

#include "document/document.hpp"
#include "plot/session_file.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace actlab::explorer {

using actlab::document::Document;

namespace {

const QString kRecentKey = QStringLiteral("Files/recent");

QString autosaveDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString fileFilter() {
    return QCoreApplication::translate("actlab::explorer::SessionFiles", "ActLab sessions (*.%1)")
        .arg(QLatin1String(actlab::plot::kSessionSuffix));
}

/// Whether a process with this id runs (Linux: /proc); elsewhere assume it does not.
bool processRuns(qint64 pid) {
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

SessionFiles::SessionFiles(Document* document, QWidget* window, Options options)
    : QObject(window), m_document(document), m_window(window), m_options(options) {
    if (!m_options.autosave) return;
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    m_autosaveTimer->start();
    // After each finished change (a whole drag is one), once the user pauses for a second.
    m_afterChange = new QTimer(this);
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(1000);
    connect(m_afterChange, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_afterChange, qOverload<>(&QTimer::start));
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) QFile::remove(autosavePath()); // nothing unsaved left to recover
    });
}

SessionFiles::~SessionFiles() = default;

void SessionFiles::addFileActions(QMenu* menu) {
    auto add = [this, menu](const QString& name, const QString& text, const QString& tip,
                            const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(text);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        if (m_window) m_window->addAction(a);
        return a;
    };
    add(QStringLiteral("actionNew"), tr("&New"), tr("Start a new session with the default curves"),
        QKeySequence::New, [this] { newSession(); });
    add(QStringLiteral("actionOpen"), tr("&Open…"), tr("Open a saved session (.actlab)"), QKeySequence::Open,
        [this] { openChosen(); });
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    menu->addSeparator();
    add(QStringLiteral("actionSave"), tr("&Save"), tr("Save the session: curves, parameters, sliders, view"),
        QKeySequence::Save, [this] {
            if (m_path.isEmpty())
                saveChosen();
            else
                save();
        });
    add(QStringLiteral("actionSaveAs"), tr("Save &As…"), tr("Save the session under a new name"),
        QKeySequence(tr("Ctrl+Shift+S")), [this] { saveChosen(); });
}

QString SessionFiles::displayName() const {
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

QStringList SessionFiles::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void SessionFiles::remember(const QString& path) {
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void SessionFiles::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        auto* a = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1 == 10 ? 0 : i + 1).arg(QFileInfo(path).fileName()));
        a->setStatusTip(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (recent.isEmpty()) m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
    m_recentMenu->addSeparator();
    auto* clear = m_recentMenu->addAction(tr("&Clear the list"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
}

void SessionFiles::setPath(const QString& path) {
    if (path == m_path) return;
    m_path = path;
    emit pathChanged();
}

void SessionFiles::showError(const QString& title, const QString& text) {
    emit message(text);
    if (m_options.interactive && m_window) QMessageBox::warning(m_window, title, text);
}

bool SessionFiles::maybeSave() {
    if (m_document->undoStack()->isClean()) return true;
    if (!m_options.interactive || !m_window) return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Discard) return true;
    return m_path.isEmpty() ? saveChosen() : save();
}

bool SessionFiles::newSession() {
    if (!maybeSave()) return false;
    m_document->reset(actlab::document::startFigure(), actlab::document::kDefaultSelection, std::nullopt);
    setPath({});
    emit opened();
    return true;
}

bool SessionFiles::openUntitled(const actlab::plot::Session& session, QString* error) {
    if (!maybeSave()) return false;
    QString problem;
    if (!m_document->open(session, &problem)) {
        if (error) *error = problem;
        showError(tr("Cannot open the lesson"), problem);
        return false;
    }
    setPath({});
    emit opened();
    return true;
}

bool SessionFiles::open(const QString& path, QString* error) {
    if (!maybeSave()) return false;
    QString problem;
    auto session = actlab::plot::readSessionFile(path, &problem);
    if (session && !m_document->open(*session, &problem))
        session.reset(), problem = tr("%1: %2").arg(path, problem);
    if (!session) {
        if (error) *error = problem;
        showError(tr("Cannot open the session"), problem);
        return false;
    }
    setPath(path);
    remember(path);
    emit opened();
    emit message(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SessionFiles::openChosen() {
    if (!m_window) return false;
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a session"), dir, fileFilter());
    return !path.isEmpty() && open(path);
}

bool SessionFiles::save(QString* error) {
    if (m_path.isEmpty()) {
        if (error) *error = tr("the session has no file yet: use Save As");
        return false;
    }
    return saveAs(m_path, error);
}

bool SessionFiles::saveAs(const QString& path, QString* error) {
    QString problem;
    if (!actlab::plot::writeSessionFile(path, m_document->session(), &problem)) {
        if (error) *error = problem;
        showError(tr("Cannot save the session"), problem);
        return false;
    }
    m_document->undoStack()->setClean();
    setPath(path);
    remember(path);
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SessionFiles::saveChosen() {
    if (!m_window) return false;
    QString suggestion = m_path;
    if (suggestion.isEmpty()) {
        const QString title =
            m_document->figure().title.isEmpty() ? tr("session") : m_document->figure().title;
        suggestion =
            QDir::home().filePath(title + QLatin1Char('.') + QLatin1String(actlab::plot::kSessionSuffix));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the session"), suggestion, fileFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(actlab::plot::kSessionSuffix);
    return saveAs(path);
}

QString SessionFiles::autosavePath() const {
    return QDir(autosaveDir())
        .filePath(QStringLiteral("autosave-%1.%2")
                      .arg(QCoreApplication::applicationPid())
                      .arg(QLatin1String(actlab::plot::kSessionSuffix)));
}

bool SessionFiles::autosaveNow() {
    if (!m_options.autosave || m_document->undoStack()->isClean() || m_document->inGesture()) return true;
    QDir().mkpath(autosaveDir());
    QString problem;
    if (actlab::plot::writeSessionFile(autosavePath(), m_document->session(), &problem)) return true;
    emit message(tr("Autosave failed: %1").arg(problem));
    return false;
}

void SessionFiles::closed() {
    if (m_options.autosave) QFile::remove(autosavePath());
}

bool SessionFiles::recover(const QString& autosaveFile, QString* error) {
    QString problem;
    const auto session = actlab::plot::readSessionFile(autosaveFile, &problem);
    if (!session || !m_document->open(*session, &problem)) {
        if (error) *error = problem;
        return false;
    }
    // Recovered work is unsaved work: a step to undo back to the start, and the modified mark.
    m_document->undoStack()->resetClean();
    setPath({});
    emit opened();
    return true;
}

void SessionFiles::offerRecovery() {
    const QDir dir(autosaveDir());
    const QString suffix = QLatin1String(actlab::plot::kSessionSuffix);
    QFileInfo newest;
    QStringList left;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("autosave-*.") + suffix}, QDir::Files)) {
        const qint64 pid = info.completeBaseName().mid(9).toLongLong();
        if (pid == QCoreApplication::applicationPid() || processRuns(pid)) continue; // another ActLab's
        left << info.absoluteFilePath();
        if (!newest.exists() || info.lastModified() > newest.lastModified()) newest = info;
    }
    if (left.isEmpty()) return;
    bool recoverIt = true;
    if (m_options.interactive && m_window)
        recoverIt =
            QMessageBox::question(m_window, tr("Recover unsaved work?"),
                                  tr("ActLab did not close normally on %1. Recover the unsaved "
                                     "session it left?")
                                      .arg(QLocale().toString(newest.lastModified(), QLocale::ShortFormat)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    QString problem;
    if (recoverIt && !recover(newest.absoluteFilePath(), &problem))
        showError(tr("Cannot recover the session"), problem);
    else if (recoverIt)
        emit message(tr("Recovered the unsaved session"));
    for (const QString& file : left)
        QFile::remove(file);
}

} // namespace actlab::explorer
