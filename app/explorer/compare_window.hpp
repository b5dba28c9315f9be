// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// *View ▸ Compare*: every catalogue function's computed properties as a sortable table, at the
/// parameters of its curve on the plot (the first one with that function) or at its defaults, with the
/// teaching material's recommendation table beside it. Properties are computed and costs measured in a
/// worker thread when the window opens and after each change of the document's curves (the next change
/// cancels a run); costs are measured once per session. Double-click a row, or click a function in the
/// recommendations, to select its curve or add it.
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

class PropertiesModel;
class PropertiesRun;

class CompareWindow : public QWidget {
    Q_OBJECT
  public:
    explicit CompareWindow(actlab::document::Document* document, QWidget* parent = nullptr);
    ~CompareWindow() override;

    PropertiesModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLabel* recommendations() const { return m_recommendations; }
    /// The run in progress, or null.
    PropertiesRun* run() const;

    /// Selects the first curve of this catalogue id, or adds one; its row in the document.
    int selectOrAdd(const QString& id);
    /// Reads the parameters from the document and computes what is missing (now, not after the delay).
    void refresh();

  signals:
    /// Every row has its properties and its cost.
    void complete();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void scheduleRefresh();
    void startRun();
    QString recommendationsHtml() const;

    actlab::document::Document* m_document;
    PropertiesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_recommendations;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_refreshTimer;
    QPointer<PropertiesRun> m_run;
};

} // namespace actlab::explorer
