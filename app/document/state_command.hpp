// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The one kind of undo step: the document's state before and after a change, and what changed.
/// Undo applies the state before with the inverse change, so every change undoes exactly, parameters
/// bit for bit.
#include "document/document.hpp"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace actlab::document {

/// Merge ids: steps with the same id and key merge into one (QUndoCommand::mergeWith).
enum MergeId : int {
    NoMerge = -1,
    MergeParameterStep = 1, ///< spin-box arrow steps on one parameter; key = the parameter
    MergeViewChange = 2,    ///< wheel zooms following each other within kViewMergeMs
};
inline constexpr qint64 kViewMergeMs = 800;

class StateCommand : public QUndoCommand {
  public:
    /// `applied`: the document already shows `after` (a finished gesture), so the first redo does nothing.
    StateCommand(Document* document, DocumentState before, DocumentState after, Change change,
                 const QString& text, int mergeId, int mergeKey, bool applied);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

  private:
    Document* m_document;
    DocumentState m_before;
    DocumentState m_after;
    Change m_change;
    int m_mergeId;
    int m_mergeKey;
    bool m_skipRedo;
    QElapsedTimer m_lastChange;
};

} // namespace actlab::document
