#include "seatmap/seatmaplegend.h"

#include "seatmap/seatmapmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <QPainter>

namespace BoxOffice::Ui {

namespace {

using Display = SeatMapModel::Display;

/** One seat drawn as the map draws it zoomed in. */
class Swatch final : public QWidget
{
public:
    enum class Kind { Plain, Pending, Mine, Sold, Blocked, Accessible };

    Swatch(const QColor &colour, Kind kind, QWidget *parent)
        : QWidget(parent)
        , m_colour(colour)
        , m_kind(kind)
    {
        setFixedSize(18, 18);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, true);
        QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        if (m_kind == Kind::Sold)
            r.adjust(3, 3, -3, -3);
        p.setPen(QPen(m_kind == Kind::Pending ? QColor(0x16, 0xa3, 0x4a) : m_colour.darker(140), 1.0));
        p.setBrush(m_colour);
        p.drawRoundedRect(r, 3, 3);
        switch (m_kind) {
        case Kind::Pending: {
            p.setPen(QPen(QColor(0x16, 0xa3, 0x4a), 1.5));
            const QPointF m = r.center();
            p.drawLine(QPointF(r.left(), m.y()), QPointF(m.x(), r.top()));
            p.drawLine(r.bottomLeft(), r.topRight());
            p.drawLine(QPointF(m.x(), r.bottom()), QPointF(r.right(), m.y()));
            break;
        }
        case Kind::Mine:
            p.setPen(QPen(Qt::white, 2.0));
            p.drawPolyline(QList<QPointF>{{r.left() + r.width() * 0.24, r.top() + r.height() * 0.52},
                                          {r.left() + r.width() * 0.43, r.top() + r.height() * 0.72},
                                          {r.left() + r.width() * 0.78, r.top() + r.height() * 0.30}});
            break;
        case Kind::Blocked: {
            p.setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1.0));
            const QRectF c =
                r.adjusted(r.width() * 0.25, r.height() * 0.25, -r.width() * 0.25, -r.height() * 0.25);
            p.drawLine(c.topLeft(), c.bottomRight());
            p.drawLine(c.bottomLeft(), c.topRight());
            break;
        }
        case Kind::Accessible:
            p.setPen(QPen(Qt::white, 1.6));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.center(), r.width() * 0.24, r.width() * 0.24);
            break;
        case Kind::Plain:
        case Kind::Sold:
            break;
        }
    }

private:
    QColor m_colour;
    Kind m_kind;
};

} // namespace

SeatMapLegend::SeatMapLegend(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    rebuild();
}

void SeatMapLegend::setModel(SeatMapModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &SeatMapModel::layoutReset, this, &SeatMapLegend::rebuild);
    }
    rebuild();
}

void SeatMapLegend::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Lines under the map: the price categories, then the states; at most four entries a
    // line, so that the legend does not set the map's minimum width (the cart needs room).
    constexpr int PerLine = 4;
    int line = 0;
    int column = 0;
    int widest = 0;
    auto add = [&](const QColor &colour, Swatch::Kind kind, const QString &text) {
        if (column == PerLine) {
            ++line;
            column = 0;
        }
        auto *entry = new QWidget(this);
        auto *layout = new QHBoxLayout(entry);
        layout->setContentsMargins(0, 0, 12, 0);
        layout->setSpacing(6);
        layout->addWidget(new Swatch(colour, kind, entry));
        layout->addWidget(new QLabel(text, entry));
        layout->addStretch(1);
        m_grid->addWidget(entry, line, column++);
        widest = std::max(widest, column);
    };
    if (m_model) {
        const auto &categories = m_model->layout().categories;
        for (const auto &category : categories) {
            QColor colour = QColor::fromString(category.colour);
            if (!colour.isValid())
                colour = SeatMapModel::displayColour(Display::Available);
            add(colour, Swatch::Kind::Plain,
                tr("%1 · %2").arg(category.name, m_model->formatPrice(category.priceMinor)));
        }
        if (!categories.isEmpty()) {
            ++line;
            column = 0;
        }
    }
    add(SeatMapModel::displayColour(Display::Mine), Swatch::Kind::Mine,
        SeatMapModel::displayName(Display::Mine));
    add(SeatMapModel::displayColour(Display::Pending), Swatch::Kind::Pending,
        SeatMapModel::displayName(Display::Pending));
    add(SeatMapModel::displayColour(Display::HeldByOthers), Swatch::Kind::Plain,
        SeatMapModel::displayName(Display::HeldByOthers));
    add(SeatMapModel::displayColour(Display::Sold), Swatch::Kind::Sold,
        SeatMapModel::displayName(Display::Sold));
    add(SeatMapModel::displayColour(Display::Blocked), Swatch::Kind::Blocked,
        SeatMapModel::displayName(Display::Blocked));
    add(QColor(0x64, 0x74, 0x8b), Swatch::Kind::Accessible, tr("Wheelchair accessible"));
    for (int c = 0; c <= widest; ++c)
        m_grid->setColumnStretch(c, c == widest ? 1 : 0);
}

} // namespace BoxOffice::Ui
