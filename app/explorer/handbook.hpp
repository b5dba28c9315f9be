// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Help ▸ Handbook: a short illustrated user guide in a window of its own. One Markdown page per
/// language (resources/handbook/handbook.md and handbook.zh_CN.md, the same sections and figures).
#include <QDialog>
#include <QLocale>

class QTextBrowser;

namespace actlab::explorer {

/// The handbook's resource path for `locale`: Chinese for any Chinese locale, else English.
QString handbookPath(const QLocale& locale);

class Handbook : public QDialog {
    Q_OBJECT
  public:
    explicit Handbook(QWidget* parent = nullptr, const QLocale& locale = QLocale());

    QTextBrowser* browser() const { return m_browser; }

  private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace actlab::explorer
