// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// What the selected curve is: its formula with the current parameter values, PyTorch name, range,
/// f(0), f'(0), properties and a few teaching sentences.
#include <QWidget>

#include <vector>

class QTextBrowser;
class QTimer;

namespace actlab {
struct Activation;
}

namespace actlab::document {
class Document;
}

namespace actlab::explorer {

/// The plain formula as HTML, with each parameter symbol replaced by its value (highlighted) and x in
/// italics.
QString formulaHtml(const actlab::Activation& activation, const std::vector<double>& params,
                    const QString& valueColor);

class InfoPanel : public QWidget {
    Q_OBJECT
  public:
    /// Shows the document's selected curve.
    explicit InfoPanel(actlab::document::Document* document, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// Re-renders, e.g. after a palette change.
    void refresh();

  private:
    void refreshSoon();

    actlab::document::Document* m_document;
    QTimer* m_throttle = nullptr;
    bool m_pending = false;
    int m_row = -1;
    QTextBrowser* m_browser = nullptr;
};

} // namespace actlab::explorer
