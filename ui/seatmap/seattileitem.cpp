#include "seatmap/seattileitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace BoxOffice::Ui {

using Display = SeatMapModel::Display;

namespace {

// Levels of detail, by a seat's width in device pixels.
constexpr double GapPx = 3.0;     // below: plain touching rectangles, nothing else is visible
constexpr double MarkPx = 7.0;    // from here: crosses on blocked seats, accessible rings
constexpr double OutlinePx = 9.0; // from here: outlines and check marks
constexpr double RoundPx = 18.0;  // from here: antialiased rounded seats (few are visible)
const QColor HatchColour(0x16, 0xa3, 0x4a);
const QColor CrossColour(0x9c, 0xa3, 0xaf);

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

void SeatPaintContext::reset(const SeatMapModel *m)
{
    model = m;
    const Shared::EventLayout &layout = m->layout();
    categoryCount = int(layout.categories.size());
    fills.clear();
    for (int c = 0; c < categoryCount; ++c) {
        const QColor colour = QColor::fromString(layout.categories.at(c).colour);
        fills.append(colour.isValid() ? colour : SeatMapModel::displayColour(Display::Available));
    }
    fills.append(SeatMapModel::displayColour(Display::Available));
    for (Display d :
         {Display::Pending, Display::Mine, Display::HeldByOthers, Display::Sold, Display::Blocked})
        fills.append(SeatMapModel::displayColour(d));
    Q_ASSERT(fills.size() == bucketOf(Display::Blocked) + 1);
    outlines.clear();
    for (const QColor &fill : std::as_const(fills))
        outlines.append(fill.darker(140));
    outlines[bucketOf(Display::Pending)] = HatchColour;
    buckets.assign(fills.size(), {});
}

void SeatTileItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The context's scratch buckets are reused by every tile: paint is only ever called
    // on the GUI thread, one item after the other.
    auto &context = const_cast<SeatPaintContext &>(*m_context);
    const SeatMapModel *model = context.model;
    if (!model)
        return;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const double seatPx = SeatMapModel::SeatSize * lod;
    const QRectF exposed = option->exposedRect;
    const bool everything = exposed.contains(m_seatBounds);
    const QList<Shared::EventLayout::Seat> &layoutSeats = model->layout().seats;
    const int categoryCount = context.categoryCount;

    for (std::vector<QRectF> &bucket : context.buckets)
        bucket.clear();
    for (size_t i = 0; i < m_seats.size(); ++i) {
        const QRectF &r = m_rects[i];
        if (!everything && !r.intersects(exposed))
            continue;
        const int seat = m_seats[i];
        const Display display = model->display(seat);
        int bucket;
        if (display == Display::Available) {
            const int category = layoutSeats.at(seat).category;
            bucket = category < categoryCount ? category : categoryCount;
        } else {
            bucket = context.bucketOf(display);
        }
        context.buckets[size_t(bucket)].push_back(r);
    }

    const size_t bucketCount = context.buckets.size();
    if (seatPx < GapPx) {
        // Fit-to-window of a stadium: seats are 2–3 px, so anything but plain
        // non-antialiased rectangles is invisible and costs time.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        for (size_t b = 0; b < bucketCount; ++b) {
            const std::vector<QRectF> &rects = context.buckets[b];
            if (rects.empty())
                continue;
            painter->setBrush(context.fills.at(qsizetype(b)));
            painter->drawRects(rects.data(), int(rects.size()));
        }
        return;
    }

    // Shapes beside colours, for colour-blind users: sold seats are smaller, blocked ones
    // crossed, pending ones hatched, mine checked.
    const int sold = context.bucketOf(Display::Sold);
    for (size_t b = 0; b < bucketCount; ++b) {
        const double inset = int(b) == sold ? 0.22 : 0.08;
        for (QRectF &r : context.buckets[b]) {
            const double dx = r.width() * inset;
            const double dy = r.height() * inset;
            r.adjust(dx, dy, -dx, -dy);
        }
    }

    const bool outline = seatPx >= OutlinePx;
    const bool round = seatPx >= RoundPx;
    painter->setRenderHint(QPainter::Antialiasing, round);
    if (!outline)
        painter->setPen(Qt::NoPen);
    for (size_t b = 0; b < bucketCount; ++b) {
        const std::vector<QRectF> &rects = context.buckets[b];
        if (rects.empty())
            continue;
        painter->setBrush(context.fills.at(qsizetype(b)));
        if (outline)
            painter->setPen(cosmeticPen(context.outlines.at(qsizetype(b)), round ? 1.2 : 1.0));
        if (round) {
            for (const QRectF &r : rects)
                painter->drawRoundedRect(r, r.width() * 0.22, r.height() * 0.22);
        } else {
            painter->drawRects(rects.data(), int(rects.size()));
        }
    }

    std::vector<QLineF> &lines = context.lines;
    auto drawLines = [&](const QColor &colour, double width) {
        if (lines.empty())
            return;
        painter->setPen(cosmeticPen(colour, width));
        painter->drawLines(lines.data(), int(lines.size()));
    };

    lines.clear();
    for (const QRectF &r : context.buckets[size_t(context.bucketOf(Display::Pending))]) {
        const QPointF m = r.center();
        lines.emplace_back(r.left(), m.y(), m.x(), r.top());
        lines.emplace_back(r.bottomLeft(), r.topRight());
        lines.emplace_back(m.x(), r.bottom(), r.right(), m.y());
    }
    drawLines(HatchColour, seatPx >= 14 ? 1.5 : 1.0);

    if (seatPx >= MarkPx) {
        lines.clear();
        for (const QRectF &r : context.buckets[size_t(context.bucketOf(Display::Blocked))]) {
            const QRectF c =
                r.adjusted(r.width() * 0.25, r.height() * 0.25, -r.width() * 0.25, -r.height() * 0.25);
            lines.emplace_back(c.topLeft(), c.bottomRight());
            lines.emplace_back(c.bottomLeft(), c.topRight());
        }
        drawLines(CrossColour, 1.0);
    }
    if (outline) {
        lines.clear();
        for (const QRectF &r : context.buckets[size_t(context.bucketOf(Display::Mine))]) {
            const QPointF a(r.left() + r.width() * 0.24, r.top() + r.height() * 0.52);
            const QPointF b(r.left() + r.width() * 0.43, r.top() + r.height() * 0.72);
            const QPointF c(r.left() + r.width() * 0.78, r.top() + r.height() * 0.30);
            lines.emplace_back(a, b);
            lines.emplace_back(b, c);
        }
        drawLines(Qt::white, seatPx >= 14 ? 2.0 : 1.5);
    }
    if (seatPx >= MarkPx && !m_accessible.empty()) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(cosmeticPen(Qt::white, seatPx >= 14 ? 1.6 : 1.0));
        painter->setBrush(Qt::NoBrush);
        for (int i : m_accessible) {
            const QRectF &r = m_rects[size_t(i)];
            if (!everything && !r.intersects(exposed))
                continue;
            const double radius = std::min(r.width(), r.height()) * 0.24;
            painter->drawEllipse(r.center(), radius, radius);
        }
    }
}

} // namespace BoxOffice::Ui
