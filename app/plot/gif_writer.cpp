// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot/gif_writer.hpp"

#include <gif_lib.h>

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace actlab::plot {

namespace {

/// One distinct colour and how many pixels have it.
struct ColourCount {
    QRgb rgb;
    std::uint64_t count;
};

int channel(QRgb rgb, int c) {
    return c == 0 ? qRed(rgb) : (c == 1 ? qGreen(rgb) : qBlue(rgb));
}

/// A median-cut box: entries [begin, end) of the histogram, with its weighted mean and spread.
struct Box {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::array<double, 3> mean{};
    std::array<double, 3> variance{}; ///< weighted sum of squared deviations, per channel
    double error() const { return variance[0] + variance[1] + variance[2]; }
};

Box makeBox(const std::vector<ColourCount>& colours, std::size_t begin, std::size_t end) {
    Box box{begin, end, {}, {}};
    double weight = 0;
    std::array<double, 3> sum{}, sumSquares{};
    for (std::size_t i = begin; i < end; ++i) {
        const auto w = static_cast<double>(colours[i].count);
        weight += w;
        for (int c = 0; c < 3; ++c) {
            const double v = channel(colours[i].rgb, c);
            sum[static_cast<std::size_t>(c)] += w * v;
            sumSquares[static_cast<std::size_t>(c)] += w * v * v;
        }
    }
    for (std::size_t c = 0; c < 3; ++c) {
        box.mean[c] = sum[c] / weight;
        box.variance[c] = std::max(0.0, sumSquares[c] - sum[c] * sum[c] / weight);
    }
    return box;
}

std::uint8_t toByte(double v) {
    return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}

} // namespace

std::vector<QRgb> gifPalette(const std::vector<QImage>& images, int maxColours) {
    maxColours = std::clamp(maxColours, 1, 255);
    // The histogram; runs of one colour (most of a figure) are counted at once.
    std::unordered_map<QRgb, std::uint64_t> histogram;
    for (const QImage& source : images) {
        const QImage image = source.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width();) {
                const QRgb rgb = row[x] | 0xff000000u;
                int run = 1;
                while (x + run < image.width() && (row[x + run] | 0xff000000u) == rgb)
                    ++run;
                histogram[rgb] += static_cast<std::uint64_t>(run);
                x += run;
            }
        }
    }
    std::vector<ColourCount> colours;
    colours.reserve(histogram.size());
    for (const auto& [rgb, count] : histogram)
        colours.push_back({rgb, count});
    // A fixed order, so that the same images always give the same palette.
    std::sort(colours.begin(), colours.end(), [](const ColourCount& a, const ColourCount& b) {
        return a.count != b.count ? a.count > b.count : a.rgb < b.rgb;
    });
    if (colours.size() <= static_cast<std::size_t>(maxColours)) {
        std::vector<QRgb> palette;
        for (const auto& c : colours)
            palette.push_back(c.rgb);
        return palette;
    }

    std::vector<Box> boxes{makeBox(colours, 0, colours.size())};
    while (boxes.size() < static_cast<std::size_t>(maxColours)) {
        const auto worst = std::max_element(boxes.begin(), boxes.end(),
                                            [](const Box& a, const Box& b) { return a.error() < b.error(); });
        if (worst->error() <= 0 || worst->end - worst->begin < 2) break;
        const Box box = *worst;
        const auto widest = static_cast<int>(std::max_element(box.variance.begin(), box.variance.end()) -
                                             box.variance.begin());
        const auto first = colours.begin() + static_cast<std::ptrdiff_t>(box.begin);
        const auto last = colours.begin() + static_cast<std::ptrdiff_t>(box.end);
        std::sort(first, last, [widest](const ColourCount& a, const ColourCount& b) {
            const int ca = channel(a.rgb, widest), cb = channel(b.rgb, widest);
            return ca != cb ? ca < cb : a.rgb < b.rgb;
        });
        double total = 0;
        for (auto it = first; it != last; ++it)
            total += static_cast<double>(it->count);
        // The weighted median, kept strictly inside so that both halves hold a colour.
        std::size_t split = box.begin + 1;
        double below = static_cast<double>(colours[box.begin].count);
        while (split + 1 < box.end && below + static_cast<double>(colours[split].count) <= total / 2) {
            below += static_cast<double>(colours[split].count);
            ++split;
        }
        *worst = makeBox(colours, box.begin, split);
        boxes.push_back(makeBox(colours, split, box.end));
    }
    std::vector<QRgb> palette;
    for (const Box& box : boxes) {
        const QRgb rgb = qRgb(toByte(box.mean[0]), toByte(box.mean[1]), toByte(box.mean[2]));
        if (std::find(palette.begin(), palette.end(), rgb) == palette.end()) palette.push_back(rgb);
    }
    return palette;
}

int nearestPaletteIndex(const std::vector<QRgb>& palette, QRgb colour) {
    int best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < palette.size(); ++i) {
        const int dr = qRed(palette[i]) - qRed(colour), dg = qGreen(palette[i]) - qGreen(colour),
                  db = qBlue(palette[i]) - qBlue(colour);
        const int distance = dr * dr + dg * dg + db * db;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int gifDelayCentiseconds(double fps) {
    if (!(fps > 0)) return 10;
    return static_cast<int>(std::clamp(std::lround(100.0 / fps), 2L, 65535L));
}

struct GifEncoder::Private {
    QSize size;
    std::vector<QRgb> palette;
    int delay = 10;
    bool loop = true;
    int transparent = 0; ///< the index after the palette's colours
    GifFileType* gif = nullptr;
    QByteArray bytes;
    QString error;
    std::vector<GifPixelType> previous; ///< the indices on screen after the last frame
    std::vector<GifPixelType> current;
    std::unordered_map<QRgb, GifPixelType> nearest;
    int frames = 0;

    static int write(GifFileType* file, const GifByteType* data, int length) {
        auto* self = static_cast<Private*>(file->UserData);
        self->bytes.append(reinterpret_cast<const char*>(data), length);
        return length;
    }

    bool fail(const QString& what, int code) {
        if (error.isEmpty())
            error = QCoreApplication::translate("actlab::plot::GifWriter", "%1: %2")
                        .arg(what, QString::fromUtf8(GifErrorString(code)));
        return false;
    }

    bool start() {
        int code = 0;
        gif = EGifOpen(this, &Private::write, &code);
        if (!gif) return fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF encoder"), code);
        EGifSetGifVersion(gif, true); // GIF89a: graphics control and application extensions
        const int entries = 1 << GifBitSize(static_cast<int>(palette.size()) + 1);
        std::vector<GifColorType> colours(static_cast<std::size_t>(entries), GifColorType{0, 0, 0});
        for (std::size_t i = 0; i < palette.size(); ++i)
            colours[i] = {static_cast<GifByteType>(qRed(palette[i])),
                          static_cast<GifByteType>(qGreen(palette[i])),
                          static_cast<GifByteType>(qBlue(palette[i]))};
        ColorMapObject* map = GifMakeMapObject(entries, colours.data());
        if (!map)
            return fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF palette"),
                        E_GIF_ERR_NOT_ENOUGH_MEM);
        const int ok = EGifPutScreenDesc(gif, size.width(), size.height(), 8, 0, map);
        GifFreeMapObject(map);
        if (ok == GIF_ERROR)
            return fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF header"), gif->Error);
        if (loop) {
            static const GifByteType loopForever[3] = {1, 0, 0}; // sub-block 1: loop count 0 = forever
            if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
                EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
                EGifPutExtensionBlock(gif, 3, loopForever) == GIF_ERROR ||
                EGifPutExtensionTrailer(gif) == GIF_ERROR)
                return fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF loop extension"),
                            gif->Error);
        }
        return true;
    }

    GifPixelType indexOf(QRgb rgb) {
        const auto found = nearest.find(rgb);
        if (found != nearest.end()) return found->second;
        const auto index = static_cast<GifPixelType>(nearestPaletteIndex(palette, rgb));
        nearest.emplace(rgb, index);
        return index;
    }
};

GifEncoder::GifEncoder(QSize size, std::vector<QRgb> palette, int delayCentiseconds, bool loopForever)
    : d(std::make_unique<Private>()) {
    if (palette.empty()) palette.push_back(qRgb(255, 255, 255));
    if (palette.size() > 255) palette.resize(255);
    d->size = size;
    d->palette = std::move(palette);
    d->delay = delayCentiseconds;
    d->loop = loopForever;
    d->transparent = static_cast<int>(d->palette.size());
    if (size.isEmpty() || size.width() > 65535 || size.height() > 65535)
        d->error = QCoreApplication::translate("actlab::plot::GifWriter", "a GIF cannot be %1x%2 pixels")
                       .arg(size.width())
                       .arg(size.height());
    else
        d->start();
}

GifEncoder::~GifEncoder() {
    if (d->gif) EGifCloseFile(d->gif, nullptr);
}

QString GifEncoder::errorString() const {
    return d->error;
}

bool GifEncoder::addFrame(const QImage& frame) {
    if (!d->gif || !d->error.isEmpty()) return false;
    if (frame.size() != d->size) {
        d->error = QCoreApplication::translate("actlab::plot::GifWriter",
                                               "a frame of %1x%2 pixels in a GIF of %3x%4")
                       .arg(frame.width())
                       .arg(frame.height())
                       .arg(d->size.width())
                       .arg(d->size.height());
        return false;
    }
    const int w = d->size.width(), h = d->size.height();
    const QImage image = frame.convertToFormat(QImage::Format_RGB32);
    d->current.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        GifPixelType* out = d->current.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        QRgb last = 0;
        GifPixelType lastIndex = 0;
        for (int x = 0; x < w; ++x) {
            const QRgb rgb = row[x] | 0xff000000u;
            if (x == 0 || rgb != last) {
                last = rgb;
                lastIndex = d->indexOf(rgb);
            }
            out[x] = lastIndex;
        }
    }

    // The first frame whole; later ones only the rectangle that changed, unchanged pixels transparent.
    int left = 0, top = 0, right = w - 1, bottom = h - 1;
    const bool first = d->frames == 0;
    if (!first) {
        left = w;
        top = h;
        right = -1;
        bottom = -1;
        for (int y = 0; y < h; ++y) {
            const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            for (int x = 0; x < w; ++x)
                if (d->current[row + static_cast<std::size_t>(x)] !=
                    d->previous[row + static_cast<std::size_t>(x)]) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
        }
        if (right < 0) left = right = top = bottom = 0; // nothing moved: one transparent pixel keeps the time
    }

    GraphicsControlBlock gcb{};
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = d->delay;
    gcb.TransparentColor = first ? NO_TRANSPARENT_COLOR : d->transparent;
    GifByteType extension[4];
    const auto length = EGifGCBToExtension(&gcb, extension);
    if (EGifPutExtension(d->gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) == GIF_ERROR)
        return d->fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF frame %1").arg(d->frames),
                       d->gif->Error);
    const int width = right - left + 1, height = bottom - top + 1;
    if (EGifPutImageDesc(d->gif, left, top, width, height, false, nullptr) == GIF_ERROR)
        return d->fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF frame %1").arg(d->frames),
                       d->gif->Error);
    std::vector<GifPixelType> line(static_cast<std::size_t>(width));
    for (int y = top; y <= bottom; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        for (int x = left; x <= right; ++x) {
            const GifPixelType now = d->current[row + static_cast<std::size_t>(x)];
            line[static_cast<std::size_t>(x - left)] =
                first || now != d->previous[row + static_cast<std::size_t>(x)]
                    ? now
                    : static_cast<GifPixelType>(d->transparent);
        }
        if (EGifPutLine(d->gif, line.data(), width) == GIF_ERROR)
            return d->fail(
                QCoreApplication::translate("actlab::plot::GifWriter", "GIF frame %1").arg(d->frames),
                d->gif->Error);
    }
    std::swap(d->previous, d->current);
    ++d->frames;
    return true;
}

QByteArray GifEncoder::finish() {
    if (!d->gif) return {};
    int code = 0;
    const int ok = EGifCloseFile(d->gif, &code); // writes the trailer and frees the encoder
    d->gif = nullptr;
    if (ok == GIF_ERROR) d->fail(QCoreApplication::translate("actlab::plot::GifWriter", "GIF trailer"), code);
    if (!d->error.isEmpty() || d->frames == 0) {
        if (d->error.isEmpty())
            d->error =
                QCoreApplication::translate("actlab::plot::GifWriter", "a GIF needs at least one frame");
        return {};
    }
    return d->bytes;
}

} // namespace actlab::plot
