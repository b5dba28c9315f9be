// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// A label for a refused value or a problem: bold, in the theme's warning colour for the window's
/// background (#A04000 on light, 5.7:1 on Fusion's #EFEFEF; Okabe–Ito orange #E69F00 on dark), chosen
/// again whenever the palette changes, so it stays readable (WCAG 4.5:1) after View ▸ Theme. With
/// setWarning(false) it is an ordinary label (a status line that only sometimes reports a problem).
#include <QLabel>

namespace actlab::explorer {

class WarningLabel : public QLabel {
    Q_OBJECT
  public:
    explicit WarningLabel(QWidget* parent = nullptr);

    void setWarning(bool on);
    bool isWarning() const { return m_warning; }

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void restyle();

    bool m_warning = true;
    bool m_restyling = false;
};

} // namespace actlab::explorer
