// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/handbook.hpp"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

static void initHandbookResources() {
    Q_INIT_RESOURCE(handbook);
}

namespace actlab::explorer {

QString handbookPath(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? QStringLiteral(":/handbook/handbook.zh_CN.md")
                                                 : QStringLiteral(":/handbook/handbook.md");
}

Handbook::Handbook(QWidget* parent, const QLocale& locale) : QDialog(parent) {
    initHandbookResources();
    setWindowTitle(tr("ActLab handbook"));
    setModal(false);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    // Figures are found beside the page in the resources (qrc:/handbook/explorer.png).
    m_browser->setSource(QUrl(QStringLiteral("qrc") + handbookPath(locale)), QTextDocument::MarkdownResource);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 680);
}

} // namespace actlab::explorer
