// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The training lab's grid of hidden units: for every run a block with one row of small tiles per hidden
/// layer, one tile per unit; the blocks side by side (under the figure's runs) when the width allows a
/// layer's tiles in one row of legible tiles (10 px or more, scaled), else one below the other with rows
/// wrapping after kTilesPerRow. A live unit's tile is its run's colour, the stronger the larger the share of
/// the training set on which its f′ ≠ 0; a dead unit (f′ = 0 on every example, as the trainer reports it) is
/// grey with a cross. Hovering a tile says which unit it is and its state.
#include "plot/theme.hpp"
#include "plot/training_record.hpp"

#include <QWidget>

#include <vector>

namespace actlab::explorer {

class UnitGrid : public QWidget {
    Q_OBJECT
  public:
    static constexpr int kTilesPerRow = 32;

    explicit UnitGrid(QWidget* parent = nullptr);

    void setTheme(const actlab::plot::Theme& theme);
    /// Multiplies the tiles' size bounds, gaps, margins and crosses (presentation mode: the
    /// presentation's scale; 1 in the window). The labels are in the widget's font (the lab scales it).
    void setScale(double scale);
    double scale() const { return m_scale; }
    /// The runs to show (their dead and active members); repaints.
    void setRuns(const std::vector<actlab::plot::TrainingSnapshot>& runs);

    /// Whether the tile of unit `unit` of hidden layer `layer` of run `run` is drawn as dead.
    bool tileDead(int run, int layer, int unit) const;
    /// The rectangle of that tile in the widget (empty if there is none).
    QRect tileRect(int run, int layer, int unit) const;
    /// The tile's tooltip text.
    QString tileText(int run, int layer, int unit) const;

    /// The height the tiles and headings take.
    int contentHeight() const { return m_height; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  signals:
    void heightChanged(int height);

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    struct Tile {
        int run, layer, unit;
        QRect rect;
    };
    struct Heading {
        int run;
        QRect rect;
    };
    void layoutTiles();
    int tileSize(int usable, int perRow) const;
    int labelWidth() const; ///< room for a layer's label ("L4 ")
    int scaled(double pixels) const;

    actlab::plot::Theme m_theme = actlab::plot::Theme::light();
    std::vector<actlab::plot::TrainingSnapshot> m_runs;
    std::vector<Tile> m_tiles;
    std::vector<Heading> m_headings;
    int m_height = 0;
    double m_scale = 1;
};

} // namespace actlab::explorer
