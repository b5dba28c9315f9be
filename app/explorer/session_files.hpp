// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The document's files: File ▸ New, Open…, Open Recent, Save, Save As; the question before unsaved
/// changes are dropped; autosave of unsaved changes into the user's data directory (every 30 s and
/// after each finished change) and the offer to recover them after a crash. Reading and writing is
/// session_file.hpp's (the format shared with presets); saving is atomic.
#include "plot/session_file.hpp"

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QTimer;
class QWidget;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class SessionFiles : public QObject {
    Q_OBJECT
  public:
    struct Options {
        bool autosave = true;    ///< autosave and recovery
        bool interactive = true; ///< dialogs (questions, file choosers, error boxes); off in tests
    };
    static constexpr int kRecentFiles = 10;
    static constexpr int kAutosaveMs = 30000;

    SessionFiles(actlab::document::Document* document, QWidget* window, Options options);
    ~SessionFiles() override;

    /// Adds New, Open…, Open Recent, Save and Save As to a menu (with their shortcuts).
    void addFileActions(QMenu* menu);

    /// The open file (empty: not saved yet).
    QString path() const { return m_path; }
    /// Its file name, or "Untitled".
    QString displayName() const;
    QStringList recentFiles() const;

    /// Starts a new session (after asking about unsaved changes); false if the user cancelled.
    bool newSession();
    /// Opens a session file; on failure the document is untouched, the error names the file and the
    /// problem (shown in a message box when interactive).
    bool open(const QString& path, QString* error = nullptr);
    /// Opens a session that has no file of its own (the built-in lesson): untitled, unmodified.
    bool openUntitled(const actlab::plot::Session& session, QString* error = nullptr);
    bool save(QString* error = nullptr);
    bool saveAs(const QString& path, QString* error = nullptr);
    /// With unsaved changes: asks Save / Discard / Cancel (interactive), true when it is fine to go on.
    bool maybeSave();

    /// The file autosave writes to (one per running ActLab).
    QString autosavePath() const;
    /// Writes unsaved changes to autosavePath() now (nothing when there are none); false on failure.
    bool autosaveNow();
    /// Looks for autosaves left by an ActLab that did not exit cleanly and offers to recover the newest.
    void offerRecovery();
    /// Recovers from this autosave file: the document shows it, unsaved. Used by offerRecovery().
    bool recover(const QString& autosaveFile, QString* error = nullptr);
    /// The window closes normally: its autosave goes.
    void closed();

  signals:
    void pathChanged();
    /// A file was opened or recovered.
    void opened();
    /// A short status message.
    void message(const QString& text);

  private:
    bool openChosen();
    bool saveChosen();
    void remember(const QString& path);
    void setPath(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);

    actlab::document::Document* m_document;
    QWidget* m_window;
    Options m_options;
    QString m_path;
    QMenu* m_recentMenu = nullptr;
    QTimer* m_autosaveTimer = nullptr;
    QTimer* m_afterChange = nullptr;
};

} // namespace actlab::explorer
