// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/compare_window.hpp"

#include "common/qt_text.hpp"
#include "document/document.hpp"
#include "explorer/properties_model.hpp"
#include "explorer/properties_run.hpp"

#include <actlab/catalogue.hpp>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace actlab::explorer {
namespace {

/// The material's recommendation table: a use and the functions it suggests, by catalogue id.
struct Recommendation {
    const char* use;
    std::initializer_list<const char*> ids;
};
const Recommendation kRecommendations[] = {
    {QT_TRANSLATE_NOOP("actlab::explorer::CompareWindow", "Usual computer vision"), {"relu", "leaky_relu"}},
    {QT_TRANSLATE_NOOP("actlab::explorer::CompareWindow", "NLP and Transformers"), {"gelu", "swish"}},
    {QT_TRANSLATE_NOOP("actlab::explorer::CompareWindow", "Self-normalising networks"), {"selu"}},
    {QT_TRANSLATE_NOOP("actlab::explorer::CompareWindow", "Deep networks prone to vanishing gradients"),
     {"elu", "mish"}},
    {QT_TRANSLATE_NOOP("actlab::explorer::CompareWindow", "Light-weight or edge models"),
     {"relu", "leaky_relu"}},
};

constexpr int kRefreshDelayMs = 150; ///< a slider drag recomputes once it pauses

} // namespace

CompareWindow::CompareWindow(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document), m_model(new PropertiesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_recommendations(new QLabel(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_refreshTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare activation functions"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PropertiesModel::kSortRole);
    m_table->setObjectName(QStringLiteral("propertiesTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // catalogue order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setToolTip(tr("Click a header to sort; double-click a row to select its curve or add it"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        selectOrAdd(index.data(PropertiesModel::kIdRole).toString());
    });

    m_recommendations->setObjectName(QStringLiteral("recommendations"));
    m_recommendations->setTextFormat(Qt::RichText);
    m_recommendations->setWordWrap(true);
    m_recommendations->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recommendations->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_recommendations->setText(recommendationsHtml());
    m_recommendations->setToolTip(tr("From the teaching material; click a function to add it to the plot"));
    connect(m_recommendations, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QStringLiteral("curve:"))) selectOrAdd(link.mid(6));
    });

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    auto* note = new QLabel(
        tr("Every catalogue function at the parameters of its curve on the plot (bold) or at its defaults. "
           "Every value is computed from f, f′ and f″; hover a header for what it means, a cell for the "
           "full-precision value."),
        this);
    note->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_recommendations);
    sideLayout->addStretch();
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);
    resize(1200, 720);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompareWindow::refresh);
    connect(m_document, &actlab::document::Document::curveChanged, this, &CompareWindow::scheduleRefresh);
    connect(m_document, &actlab::document::Document::curveInserted, this, &CompareWindow::scheduleRefresh);
    connect(m_document, &actlab::document::Document::curveRemoved, this, &CompareWindow::scheduleRefresh);
    connect(m_document, &actlab::document::Document::wasReset, this, &CompareWindow::scheduleRefresh);
}

CompareWindow::~CompareWindow() = default;

PropertiesRun* CompareWindow::run() const {
    return m_run;
}

QString CompareWindow::recommendationsHtml() const {
    QString html = QStringLiteral("<p><b>%1</b></p><table cellpadding='3'>").arg(tr("Which one to use"));
    for (const Recommendation& r : kRecommendations) {
        QStringList links;
        for (const char* id : r.ids) {
            const Activation* a = findActivation(id);
            links << QStringLiteral("<a href='curve:%1'>%2</a>")
                         .arg(QString::fromLatin1(id), actlab::common::toQString(a->name).toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td>%1</td><td>→ %2</td></tr>")
                    .arg(tr(r.use).toHtmlEscaped(), links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</table>");
}

int CompareWindow::selectOrAdd(const QString& id) {
    for (int row = 0; row < m_document->count(); ++row)
        if (m_document->curve(row).id == id) {
            m_document->setSelected(row);
            return row;
        }
    return m_document->addCurve(id);
}

void CompareWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void CompareWindow::scheduleRefresh() {
    if (isVisible()) m_refreshTimer->start();
}

void CompareWindow::refresh() {
    m_refreshTimer->stop();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Activation& a = m_model->activation(row);
        std::vector<double> params = a.defaults();
        bool fromCurve = false;
        for (int c = 0; c < m_document->count(); ++c) {
            const auto& curve = m_document->curve(c);
            if (curve.id.toStdString() != a.id) continue;
            if (!curve.params.empty()) params = curve.params;
            fromCurve = true;
            break;
        }
        m_model->setParams(row, std::move(params), fromCurve);
    }
    startRun();
}

void CompareWindow::startRun() {
    if (m_run) {
        m_run->cancel();
        m_run->deleteLater(); // its destructor waits for the function in progress
        m_run = nullptr;
    }
    std::vector<PropertiesRun::Input> inputs;
    std::vector<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool props = !m_model->computed(row);
        const bool cost = !m_model->nanoseconds(row);
        if (!props && !cost) continue;
        inputs.push_back({&m_model->activation(row), m_model->params(row), props, cost});
        rows.push_back(row);
    }
    if (inputs.empty()) {
        m_progress->hide();
        m_status->setText(tr("%1 functions; cost measured on this machine").arg(m_model->rowCount()));
        emit complete();
        return;
    }
    m_run = new PropertiesRun(std::move(inputs), this);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Computing properties and measuring cost…"));
    connect(m_run, &PropertiesRun::progress, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 1000)); });
    PropertiesRun* run = m_run;
    connect(m_run, &PropertiesRun::finished, this, [this, run, rows] {
        const auto& outputs = run->outputs();
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const int row = rows[i];
            if (run->inputs()[i].properties) m_model->setProperties(row, outputs[i].properties);
            if (outputs[i].nanoseconds) m_model->setNanoseconds(row, *outputs[i].nanoseconds);
        }
        run->deleteLater();
        m_run = nullptr;
        startRun(); // nothing left: reports complete()
    });
    m_run->start();
}

} // namespace actlab::explorer
