// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/info_panel.hpp"

#include "document/document.hpp"
#include "plot/data_words.hpp"

#include "actlab/curve_function.hpp"
#include "common/qt_text.hpp"

#include <QEvent>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actlab::explorer {

namespace {

using common::displayNumber;
using common::elidedFormula;
using common::toQString;

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

QString smoothnessText(int s) {
    if (s == actlab::kSmooth) return InfoPanel::tr("smooth (C<sup>∞</sup>)");
    if (s == actlab::kDiscontinuous) return InfoPanel::tr("discontinuous");
    if (s == 0) return InfoPanel::tr("continuous, with corners (C<sup>0</sup>)");
    return InfoPanel::tr("C<sup>%1</sup>").arg(s);
}

QString yesNo(bool b) {
    return b ? InfoPanel::tr("yes") : InfoPanel::tr("no");
}

/// "a" or, when the one-sided limits differ, "a (left b, right c)".
QString pointValue(const actlab::CurveFunction& a, const std::vector<double>& p, double x, int order) {
    auto pick = [order](const actlab::Derivs& d) { return order == 0 ? d.f : order == 1 ? d.df : d.d2f; };
    const double conv = pick(a.at(x, p));
    const double left = pick(a.at(x, p, actlab::Side::Left));
    const double right = pick(a.at(x, p, actlab::Side::Right));
    auto same = [](double u, double v) { return u == v || (std::isnan(u) && std::isnan(v)); };
    if (same(left, right)) return displayNumber(conv);
    return InfoPanel::tr("%1 &nbsp;<span style='opacity:0.75'>(left limit %2, right limit %3)</span>")
        .arg(displayNumber(conv), displayNumber(left), displayNumber(right));
}

} // namespace

namespace {

/// Superscript and subscript characters of the catalogue's formulas, and the characters they raise or
/// lower, position by position.
const QString kSuperscripts = QStringLiteral("ˣ⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿᵏᵅ");
const QString kRaised = QStringLiteral("x0123456789−+nkα");
const QString kSubscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
const QString kLowered = QStringLiteral("0123456789");

/// The plain character `c` stands for in `from` (its counterpart in `to`), or a null QChar.
QChar lookUp(const QString& from, const QString& to, QChar c) {
    const qsizetype i = from.indexOf(c);
    return i < 0 ? QChar() : to.at(i);
}

/// Where the bracket opened at `open` closes, or −1.
qsizetype closingBracket(const QString& text, qsizetype open) {
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == u'(') ++depth;
        if (text.at(i) == u')' && --depth == 0) return i;
    }
    return -1;
}

/// One expression as rich text: parameter values highlighted, x in italics, powers (eˣ, x², e^(−x))
/// raised and indices (w₁) lowered.
QString expressionHtml(const QString& formula, std::span<const actlab::ParameterSpec> parameters,
                       const std::vector<double>& params, const QString& valueColor) {
    // Symbols, longest first, so "w₁" is not taken for "w".
    std::vector<std::pair<QString, double>> symbols;
    for (std::size_t i = 0; i < parameters.size() && i < params.size(); ++i)
        symbols.emplace_back(toQString(parameters[i].symbol), params[i]);
    std::sort(symbols.begin(), symbols.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

    QString out;
    for (qsizetype i = 0; i < formula.size();) {
        bool replaced = false;
        for (const auto& [symbol, value] : symbols) {
            if (symbol.isEmpty() || !formula.mid(i).startsWith(symbol)) continue;
            // ASCII symbols (b, k, a) must stand alone; Greek ones may touch other letters (λα).
            const bool ascii = symbol.at(0).unicode() < 128;
            const qsizetype end = i + symbol.size();
            if (ascii && ((i > 0 && isWordChar(formula.at(i - 1))) ||
                          (end < formula.size() && (formula.at(end).isLetter() || formula.at(end) == u'_'))))
                continue;
            const QString v = displayNumber(value);
            const bool wrap = value < 0;
            out += QStringLiteral("<span style='color:%1; font-weight:bold'>%2%3%4</span>")
                       .arg(valueColor, wrap ? QStringLiteral("(") : QString(), v.toHtmlEscaped(),
                            wrap ? QStringLiteral(")") : QString());
            i = end;
            replaced = true;
            break;
        }
        if (replaced) continue;
        const QChar c = formula.at(i);
        for (const auto& [table, tag] :
             {std::pair{false, QStringLiteral("sup")}, std::pair{true, QStringLiteral("sub")}}) {
            qsizetype end = i;
            QString run;
            while (end < formula.size()) {
                const QChar plain = table ? lookUp(kSubscripts, kLowered, formula.at(end))
                                          : lookUp(kSuperscripts, kRaised, formula.at(end));
                if (plain.isNull()) break;
                run += plain;
                ++end;
            }
            if (end == i) continue;
            out +=
                QStringLiteral("<%1>%2</%1>").arg(tag, expressionHtml(run, parameters, params, valueColor));
            i = end;
            replaced = true;
            break;
        }
        if (replaced) continue;
        if (c == u'^' && i + 1 < formula.size()) {
            // e^(−x): the bracket's contents raised; x^2: the word or number after the caret.
            qsizetype end = i + 1;
            QString power;
            if (formula.at(end) == u'(' && closingBracket(formula, end) > end) {
                const qsizetype close = closingBracket(formula, end);
                power = formula.mid(end + 1, close - end - 1);
                end = close + 1;
            } else {
                while (end < formula.size() && (isWordChar(formula.at(end)) || formula.at(end) == u'.'))
                    ++end;
                power = formula.mid(i + 1, end - i - 1);
            }
            if (!power.isEmpty()) {
                out += QStringLiteral("<sup>%1</sup>")
                           .arg(expressionHtml(power, parameters, params, valueColor));
                i = end;
                continue;
            }
        }
        const bool standaloneX = c == u'x' && !(i > 0 && formula.at(i - 1).isLetter()) &&
                                 !(i + 1 < formula.size() && formula.at(i + 1).isLetter());
        if (standaloneX)
            out += QStringLiteral("<i>x</i>");
        else
            out += QString(c).toHtmlEscaped();
        ++i;
    }
    return out;
}

} // namespace

QString formulaHtml(const QString& formula, std::span<const actlab::ParameterSpec> parameters,
                    const std::vector<double>& params, const QString& valueColor) {
    // Lines break only between the pieces of a piecewise definition ("x for x > 0, αx otherwise"),
    // never inside an expression.
    QStringList pieces;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < formula.size(); ++i) {
        if (formula.at(i) == u'(') ++depth;
        if (formula.at(i) == u')') --depth;
        if (depth == 0 && formula.at(i) == u',' && i + 1 < formula.size() && formula.at(i + 1) == u' ') {
            pieces << formula.mid(start, i - start);
            start = i + 2;
        }
    }
    pieces << formula.mid(start);
    QStringList html;
    for (const QString& piece : pieces)
        html << QStringLiteral("<span style='white-space:nowrap'>%1</span>")
                    .arg(expressionHtml(piece, parameters, params, valueColor));
    return html.join(QStringLiteral(", "));
}

InfoPanel::InfoPanel(actlab::document::Document* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == QLatin1String("actlab:edit-formula") && m_row >= 0)
            emit editFormulaRequested(m_row);
    });
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setToolTip(tr("About the selected curve; select text to copy it"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);

    // While a slider is dragged the text follows at most four times a second; laying out rich
    // text on every slider step would cost the plot its frame.
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(250);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        if (m_pending) refresh();
    });
    using actlab::document::CurvePart;
    using actlab::document::Document;
    connect(m_document, &Document::curveChanged, this, [this](int row, unsigned parts) {
        if (row == m_row && (parts & (CurvePart::Params | CurvePart::Label | CurvePart::Function)))
            refreshSoon();
    });
    // A formula's kinks and accuracy are reported for the visible x range.
    connect(m_document, &Document::viewChanged, this, [this] {
        if (m_row >= 0 && m_row < m_document->count() && m_document->function(m_row).isFormula())
            refreshSoon();
    });
    connect(m_document, &Document::selectionChanged, this, [this](int row) {
        m_row = row;
        refresh();
    });
    m_row = m_document->selected();
    refresh();
}

void InfoPanel::refreshSoon() {
    if (m_throttle->isActive()) {
        m_pending = true;
        return;
    }
    refresh();
    m_throttle->start();
}

void InfoPanel::setTheme(const actlab::plot::Theme& theme) {
    m_theme = theme;
    refresh();
}

void InfoPanel::refresh() {
    m_pending = false;
    if (m_row < 0) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(m_theme.mutedText.name(), tr("Select a curve to see its formula, properties and what "
                                                  "it is known for.")));
        return;
    }
    const auto& c = m_document->curve(m_row);
    const auto function = m_document->function(m_row);
    // The theme's text colours, each at 4.5:1 or more on the panel's background.
    const Colours colours{m_theme.accentText.name(), m_theme.mutedText.name(), m_theme.warningText.name()};
    m_browser->setHtml(function.isFormula() ? formulaPage(function, c.params, colours)
                                            : cataloguePage(function, c.params, colours));
}

QString InfoPanel::cataloguePage(const actlab::CurveFunction& function, const std::vector<double>& params,
                                 const Colours& colours) const {
    const actlab::Activation& a = *function.activation();
    const QString& muted = colours.muted;
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>")
                .arg(actlab::plot::catalogueText(a.name).toHtmlEscaped());
    if (!a.torchName.empty())
        html += QStringLiteral("<div style='color:%1'><code>%2</code></div>")
                    .arg(muted, toQString(a.torchName).toHtmlEscaped());
    html +=
        equationHtml(QStringLiteral("<i>f</i>(<i>x</i>)"), formulaHtml(actlab::plot::catalogueText(a.formula),
                                                                       a.parameters, params, colours.accent));
    html += parameterValuesHtml(function, params, muted);

    const actlab::Properties props = a.properties(params);
    QString rows;
    auto row = [&rows, &muted](const QString& key, const QString& value) {
        rows += tableRow(key, value, muted);
    };
    row(tr("Range"), QString::fromStdString(props.range).toHtmlEscaped());
    row(tr("<i>f</i>(0)"), pointValue(function, params, 0.0, 0));
    row(tr("<i>f</i>′(0)"), pointValue(function, params, 0.0, 1));
    row(tr("Smoothness"), smoothnessText(props.smoothness));
    row(tr("Monotonic"), yesNo(props.monotonic));
    row(tr("Bounded"), props.boundedBelow && props.boundedAbove ? tr("both sides")
                       : props.boundedBelow                     ? tr("below only")
                       : props.boundedAbove                     ? tr("above only")
                                                                : tr("no"));
    row(tr("Zero-centred"), yesNo(props.zeroCentred));
    rows += kinksRow(a.kinks(params), muted);
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);
    if (!a.notes.empty())
        html += QStringLiteral("<p style='margin-top:10px'>%1</p>")
                    .arg(actlab::plot::catalogueText(a.notes).toHtmlEscaped());
    if (!a.kinkConvention.empty())
        html +=
            QStringLiteral("<p style='color:%1'><small>%2 %3</small></p>")
                .arg(muted, tr("At kinks:"), actlab::plot::catalogueText(a.kinkConvention).toHtmlEscaped());
    return html;
}

QString InfoPanel::formulaPage(const actlab::CurveFunction& function, const std::vector<double>& params,
                               const Colours& colours) const {
    const actlab::formula::Formula& formula = *function.formula();
    const QString& muted = colours.muted;
    const auto& figure = m_document->figure();
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(tr("Your formula"));
    html += QStringLiteral(
                "<div style='color:%1'><code>%2</code> &nbsp;<a href='actlab:edit-formula'>%3</a></div>")
                .arg(muted, QString::fromStdString(formula.source()).toHtmlEscaped(), tr("Edit…"));
    const QString names[3] = {QStringLiteral("<i>f</i>(<i>x</i>)"), QStringLiteral("<i>f</i>′(<i>x</i>)"),
                              QStringLiteral("<i>f</i>″(<i>x</i>)")};
    // Symbolic, with the parameters by name (their values follow): substituted values would bury the
    // derivatives' structure under "1·x".
    for (int order = 0; order < 3; ++order)
        html += equationHtml(names[order], formulaHtml(elidedFormula(QString::fromStdString(formula.text(
                                                           order, actlab::formula::Notation::Unicode))),
                                                       {}, {}, colours.accent));
    html += parameterValuesHtml(function, params, muted);

    QString rows;
    rows += tableRow(tr("<i>f</i>(0)"), pointValue(function, params, 0.0, 0), muted);
    rows += tableRow(tr("<i>f</i>′(0)"), pointValue(function, params, 0.0, 1), muted);
    rows += kinksRow(function.kinks(params, figure.xMin, figure.xMax), muted);
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);

    // Honest accuracy: where double evaluation of this formula loses digits in the visible range.
    const auto ranges = formula.checkAccuracy(params, figure.xMin, figure.xMax);
    if (ranges.empty()) {
        html += QStringLiteral("<p style='color:%1'><small>%2</small></p>")
                    .arg(muted, tr("Accuracy: over the visible x range, f, f′ and f″ in double agree with a "
                                   "long double re-evaluation within 10<sup>−9</sup> relative."));
    } else {
        QStringList items;
        const QString orders[3] = {QStringLiteral("f"), QStringLiteral("f′"), QStringLiteral("f″")};
        for (const auto& r : ranges)
            items << tr("<b>%1</b> on [%2, %3]: off by up to %4 relative (at <i>x</i> = %5); %6")
                         .arg(orders[std::clamp(r.order, 0, 2)], displayNumber(r.xmin), displayNumber(r.xmax),
                              displayNumber(r.worstRelative), displayNumber(r.worstX),
                              actlab::common::translated(r.reasonText).toHtmlEscaped());
        html += QStringLiteral("<p style='color:%1; margin-top:10px'><b>%2</b><br>%3</p>")
                    .arg(colours.warning, tr("Digits lost in double precision:"),
                         items.join(QStringLiteral("<br>")));
        html += QStringLiteral("<p style='color:%1'><small>%2</small></p>")
                    .arg(muted, tr("Compared with a long double re-evaluation at 2001 points of the visible "
                                   "range. Rewriting the formula with stable primitives (expm1, log1p, "
                                   "softplus, sigmoid, logsigmoid) usually removes the loss."));
    }
    html += QStringLiteral("<p style='color:%1'><small>%2</small></p>")
                .arg(muted, tr("f′ and f″ are exact symbolic derivatives (GiNaC), evaluated in double. At a "
                               "switch of abs, sign, max, min or where, the formula's own definition "
                               "decides: max and min take the second argument's derivative at a tie."));
    return html;
}

QString InfoPanel::equationHtml(const QString& lhs, const QString& rhs) {
    return QStringLiteral("<p style='font-family:\"DejaVu Serif\",serif; font-size:large; margin-top:8px; "
                          "margin-bottom:0'>%1 = %2</p>")
        .arg(lhs, rhs);
}

QString InfoPanel::parameterValuesHtml(const actlab::CurveFunction& function,
                                       const std::vector<double>& params, const QString& muted) {
    const auto parameters = function.parameters();
    if (parameters.empty()) return {};
    QStringList parts;
    for (std::size_t i = 0; i < parameters.size() && i < params.size(); ++i)
        parts << QStringLiteral("%1 = <b>%2</b>")
                     .arg(toQString(parameters[i].symbol).toHtmlEscaped(), displayNumber(params[i]));
    return QStringLiteral("<p style='color:%1; margin-top:4px'>%2</p>")
        .arg(muted, parts.join(QStringLiteral(", ")));
}

QString InfoPanel::tableRow(const QString& key, const QString& value, const QString& muted) {
    return QStringLiteral("<tr><td style='color:%1; padding-right:10px'>%2</td><td>%3</td></tr>")
        .arg(muted, key, value);
}

QString InfoPanel::kinksRow(const std::vector<actlab::Kink>& kinks, const QString& muted) {
    if (kinks.empty()) return {};
    QStringList ks;
    for (const auto& k : kinks) {
        const QString what = k.order == 0   ? tr("f jumps")
                             : k.order == 1 ? tr("f′ jumps")
                             : k.order == 2 ? tr("f″ jumps")
                                            : tr("f″ has a corner");
        ks << QStringLiteral("<i>x</i> = %1 (%2)").arg(displayNumber(k.x), what);
    }
    return tableRow(tr("Kinks"), ks.join(QStringLiteral("<br>")), muted);
}

} // namespace actlab::explorer
