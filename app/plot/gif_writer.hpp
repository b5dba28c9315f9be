// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// Animated GIFs with giflib: one global palette for every frame (figures have few colours plus their
/// antialiased blends), nearest-colour mapping without dithering, and after the first frame only the
/// rectangle that changed, its unchanged pixels transparent, so a moving curve costs little per frame.
#include <QByteArray>
#include <QImage>
#include <QRgb>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

namespace actlab::plot {

/// At most 255 colours (the 256th index is the transparent one of later frames) that stand for the
/// pixels of `images`: every colour exactly when there are no more than `maxColours`, otherwise a
/// median cut of the colour histogram — the box whose pixels lie farthest from their mean (largest sum
/// of squared distances) is split at the weighted median of its widest channel until there are
/// `maxColours` boxes — each box standing for its pixels' mean. The figure's background, curves and text
/// are so common that each ends in a box of its own and keeps its exact colour.
std::vector<QRgb> gifPalette(const std::vector<QImage>& images, int maxColours = 255);

/// The palette index nearest to `colour` (squared RGB distance; the first of equals).
int nearestPaletteIndex(const std::vector<QRgb>& palette, QRgb colour);

/// The frame delay in hundredths of a second for `fps`: 100/fps rounded, at least 2 (browsers play
/// shorter delays at 10).
int gifDelayCentiseconds(double fps);

/// Writes frames of one size into an animated GIF in memory.
class GifEncoder {
  public:
    /// `palette`: at most 255 colours (gifPalette()). `loopForever`: the NETSCAPE2.0 extension with
    /// loop count 0; without it viewers play the frames once and stop on the last.
    GifEncoder(QSize size, std::vector<QRgb> palette, int delayCentiseconds, bool loopForever);
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    /// Adds a frame of the encoder's size (alpha ignored); false with errorString() on failure.
    bool addFrame(const QImage& frame);
    /// Ends the file; the GIF's bytes, or empty with errorString() on failure.
    QByteArray finish();
    QString errorString() const;

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace actlab::plot
