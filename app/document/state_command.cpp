// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/state_command.hpp"

namespace actlab::document {

StateCommand::StateCommand(Document* document, DocumentState before, DocumentState after, Change change,
                           const QString& text, int mergeId, int mergeKey, bool applied)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_change(change), m_mergeId(mergeId), m_mergeKey(mergeKey), m_skipRedo(applied) {
    m_lastChange.start();
}

void StateCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_document->apply(m_after, m_change);
}

void StateCommand::undo() {
    m_document->apply(m_before, m_change.inverse());
}

bool StateCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const StateCommand*>(other);
    if (!next || next->m_mergeId != m_mergeId || next->m_mergeKey != m_mergeKey) return false;
    if (m_mergeId == MergeViewChange && m_lastChange.elapsed() > kViewMergeMs) return false;
    m_after = next->m_after;
    m_change = m_change.merged(next->m_change);
    m_lastChange.start();
    setObsolete(m_after == m_before);
    return true;
}

} // namespace actlab::document
