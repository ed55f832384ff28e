#pragma once

#include "seatmap/seatmapmodel.h"

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <vector>

namespace BoxOffice::Ui {

/** Colours and scratch lists shared by every tile (one GUI thread paints them in turn). */
struct SeatPaintContext
{
    const SeatMapModel *model = nullptr;
    int categoryCount = 0;
    // Buckets: the categories, one for an unknown category, then one per Display != Available.
    QList<QColor> fills;
    QList<QColor> outlines;
    std::vector<std::vector<QRectF>> buckets;
    std::vector<QLineF> lines;

    int bucketOf(SeatMapModel::Display display) const { return categoryCount + int(display); }

    void reset(const SeatMapModel *m);
};

/**
 * The seats of one square of the venue. Paints them from the model's states grouped by
 * colour, one drawRects() per colour, skipping seats outside the exposed rectangle.
 */
class SeatTileItem final : public QGraphicsItem
{
public:
    SeatTileItem(const SeatPaintContext *context, const QList<int> &seats)
        : m_context(context)
    {
        setFlag(ItemUsesExtendedStyleOption);
        const SeatMapModel *model = context->model;
        m_seats.assign(seats.cbegin(), seats.cend());
        m_rects.reserve(m_seats.size());
        for (size_t i = 0; i < m_seats.size(); ++i) {
            const QRectF r = model->seatRect(m_seats[i]);
            m_rects.push_back(r);
            m_seatBounds |= r;
            if (model->isAccessible(m_seats[i]))
                m_accessible.push_back(int(i));
        }
        // The outline pen is cosmetic and one pixel wide: one scene unit is plenty when
        // zoomed in far enough to draw it.
        m_bounds = m_seatBounds.adjusted(-1, -1, 1, 1);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    const SeatPaintContext *m_context;
    std::vector<int> m_seats;
    std::vector<QRectF> m_rects;   // precomputed: paint never asks the model for geometry
    std::vector<int> m_accessible; // indices into m_seats
    QRectF m_seatBounds;
    QRectF m_bounds;
};

} // namespace BoxOffice::Ui
