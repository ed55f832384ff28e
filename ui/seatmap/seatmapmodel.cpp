#include "seatmap/seatmapmodel.h"

#include "app/money.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace BoxOffice::Ui {

using Shared::EventLayout;
using Shared::SeatState;

namespace {

const QColor FallbackCategoryColour(0x64, 0x74, 0x8b);

} // namespace

SeatMapModel::SeatMapModel(QObject *parent)
    : QObject(parent)
{}

void SeatMapModel::setLayout(Shared::EventLayout layout)
{
    m_layout = std::move(layout);
    const int n = m_layout.seatCount();
    // Until a snapshot arrives nothing can be sold: every seat looks blocked.
    m_states = QByteArray(n, char(SeatState::Blocked));
    m_marks = QByteArray(n, char(Mark::None));
    m_hasStates = false;

    m_categoryColours.clear();
    m_categoryColours.reserve(m_layout.categories.size());
    for (const EventLayout::Category &c : std::as_const(m_layout.categories)) {
        const QColor colour = QColor::fromString(c.colour);
        m_categoryColours.append(colour.isValid() ? colour : FallbackCategoryColour);
    }
    computeSeatSizes();
    buildGrid();
    emit layoutReset();
    emit statesReset();
}

void SeatMapModel::computeSeatSizes()
{
    // Seats are SeatSize wide, but a dense row (the stadium's side stands put seats 0.6
    // venue units apart) would draw them on top of each other: shrink a section's seats
    // to the spacing of its closest neighbours along a row, so that seats never overlap
    // and hit tests stay unambiguous.
    const int sectionCount = int(m_layout.sections.size());
    QList<double> width(std::max(sectionCount, 1), SeatSize);
    QList<double> height(std::max(sectionCount, 1), SeatSize);
    const QList<EventLayout::Seat> &seats = m_layout.seats;
    for (qsizetype i = 1; i < seats.size(); ++i) {
        const EventLayout::Seat &a = seats.at(i - 1);
        const EventLayout::Seat &b = seats.at(i);
        if (a.section != b.section || a.row != b.row || b.section >= sectionCount)
            continue;
        const double dx = std::abs(double(b.x) - a.x) * Scale;
        const double dy = std::abs(double(b.y) - a.y) * Scale;
        const double gap = std::hypot(dx, dy);
        if (gap < SeatSize * 0.3)
            continue; // duplicate coordinates: a data error, not a reason to vanish
        if (dx >= dy)
            width[b.section] = std::min(width[b.section], gap);
        else
            height[b.section] = std::min(height[b.section], gap);
    }
    m_seatSizes.clear();
    m_seatSizes.reserve(width.size());
    for (qsizetype i = 0; i < width.size(); ++i)
        m_seatSizes.append(QSizeF(width.at(i), height.at(i)));

    m_bounds = QRectF();
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    const auto include = [&](const QRectF &r) {
        left = std::min(left, r.left());
        top = std::min(top, r.top());
        right = std::max(right, r.right());
        bottom = std::max(bottom, r.bottom());
    };
    for (int i = 0; i < seats.size(); ++i) {
        if (!isStandingPlace(i))
            include(seatRect(i));
    }
    for (int a = 0; a < m_layout.standing.size(); ++a) {
        for (const QPointF &p : standingOutline(a))
            include(QRectF(p, p)); // by its corners: QRectF::united() ignores a point
    }
    if (left > right)
        return; // nothing drawn
    m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
}

void SeatMapModel::buildGrid()
{
    m_grid.clear();
    m_gridColumns = 0;
    m_gridRows = 0;
    if (m_bounds.isEmpty())
        return;
    m_gridColumns = std::max(1, int(std::ceil(m_bounds.width() / CellSize)));
    m_gridRows = std::max(1, int(std::ceil(m_bounds.height() / CellSize)));
    m_grid.resize(qsizetype(m_gridColumns) * m_gridRows);
    for (int i = 0; i < seatCount(); ++i) {
        if (isStandingPlace(i))
            continue; // hit as its area, never as a seat
        const QRectF r = seatRect(i);
        const int c0 = cellColumn(r.left());
        const int c1 = cellColumn(r.right());
        const int r0 = cellRow(r.top());
        const int r1 = cellRow(r.bottom());
        for (int row = r0; row <= r1; ++row) {
            for (int column = c0; column <= c1; ++column)
                m_grid[qsizetype(row) * m_gridColumns + column].append(i);
        }
    }
}

int SeatMapModel::cellColumn(double x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / CellSize)), 0, m_gridColumns - 1);
}

int SeatMapModel::cellRow(double y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / CellSize)), 0, m_gridRows - 1);
}

void SeatMapModel::setStates(const QByteArray &states)
{
    if (!hasLayout() || states.size() != seatCount())
        return;
    m_states = states;
    m_hasStates = true;
    emit statesReset();
}

void SeatMapModel::applyChanges(const QList<Shared::SeatChange> &changes)
{
    QList<int> changed;
    changed.reserve(changes.size());
    char *states = m_states.data();
    for (const Shared::SeatChange &change : changes) {
        if (change.seat < 0 || change.seat >= seatCount() || int(change.state) >= Shared::SeatStateCount)
            continue;
        const char value = char(change.state);
        if (states[change.seat] == value)
            continue;
        states[change.seat] = value;
        changed.append(change.seat);
    }
    if (!changed.isEmpty())
        emit seatsChanged(changed);
}

Shared::SeatState SeatMapModel::state(int seat) const
{
    if (seat < 0 || seat >= m_states.size())
        return SeatState::Blocked;
    return SeatState(quint8(m_states.at(seat)));
}

SeatMapModel::Mark SeatMapModel::mark(int seat) const
{
    if (seat < 0 || seat >= m_marks.size())
        return Mark::None;
    return Mark(quint8(m_marks.at(seat)));
}

void SeatMapModel::setMark(const QList<int> &seats, Mark mark)
{
    QList<int> changed;
    char *marks = m_marks.data();
    for (int seat : seats) {
        if (seat < 0 || seat >= m_marks.size() || marks[seat] == char(mark))
            continue;
        marks[seat] = char(mark);
        changed.append(seat);
    }
    if (!changed.isEmpty())
        emit seatsChanged(changed);
}

QList<int> SeatMapModel::seatsMarked(Mark mark) const
{
    QList<int> seats;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i) == char(mark))
            seats.append(i);
    }
    return seats;
}

SeatMapModel::Display SeatMapModel::display(int seat) const
{
    // Sold and blocked win over this clerk's marks: a mark is only a claim on a free or
    // held seat. A mark wins over Available because the hold's reply may arrive before
    // the delta that shows the seat held.
    switch (state(seat)) {
    case SeatState::Sold:
        return Display::Sold;
    case SeatState::Blocked:
        return Display::Blocked;
    case SeatState::Available:
    case SeatState::Held:
        break;
    }
    switch (mark(seat)) {
    case Mark::Pending:
        return Display::Pending;
    case Mark::Mine:
        return Display::Mine;
    case Mark::None:
        break;
    }
    return state(seat) == SeatState::Held ? Display::HeldByOthers : Display::Available;
}

QColor SeatMapModel::colour(int seat) const
{
    const Display d = display(seat);
    if (d == Display::Available)
        return categoryColour(seat);
    return displayColour(d);
}

QColor SeatMapModel::categoryColour(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return FallbackCategoryColour;
    const int category = m_layout.seats.at(seat).category;
    return category < m_categoryColours.size() ? m_categoryColours.at(category) : FallbackCategoryColour;
}

QColor SeatMapModel::displayColour(Display display)
{
    // None of these is close to a demo category colour (violet, blue, teal, pink, orange,
    // ochre); the view adds shapes (hatching, check, smaller, cross) for colour-blind users.
    switch (display) {
    case Display::Available:
        return FallbackCategoryColour;
    case Display::Pending:
        return QColor(0x86, 0xef, 0xac);
    case Display::Mine:
        return QColor(0x16, 0xa3, 0x4a);
    case Display::HeldByOthers:
        return QColor(0x9c, 0xa3, 0xaf);
    case Display::Sold:
        return QColor(0x4b, 0x55, 0x63);
    case Display::Blocked:
        return QColor(0x1f, 0x29, 0x37);
    }
    return FallbackCategoryColour;
}

bool SeatMapModel::isAccessible(int seat) const
{
    return seat >= 0 && seat < seatCount() && (m_layout.seats.at(seat).flags & EventLayout::Accessible);
}

QString SeatMapModel::seatName(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return QString();
    const EventLayout::Seat &s = m_layout.seats.at(seat);
    const QString section = s.section < m_layout.sections.size() ? m_layout.sections.at(s.section).name
                                                                 : QString::number(s.section);
    const QString row =
        s.row < m_layout.rowLabels.size() ? m_layout.rowLabels.at(s.row) : QString::number(s.row + 1);
    if (s.flags & EventLayout::Standing)
        return tr("%1, %2 (standing), place %3").arg(section, row).arg(s.number);
    return tr("%1, row %2, seat %3").arg(section, row).arg(s.number);
}

bool SeatMapModel::isStandingPlace(int seat) const
{
    return seat >= 0 && seat < seatCount() && (m_layout.seats.at(seat).flags & EventLayout::Standing);
}

int SeatMapModel::freePlaces(int area) const
{
    if (area < 0 || area >= m_layout.standing.size() || !m_hasStates)
        return 0;
    const EventLayout::StandingArea &a = m_layout.standing.at(area);
    int free = 0;
    for (int seat = a.first; seat < a.first + a.capacity; ++seat)
        free += display(seat) == Display::Available;
    return free;
}

QPolygonF SeatMapModel::standingOutline(int area) const
{
    if (area < 0 || area >= m_layout.standing.size())
        return {};
    QPolygonF outline;
    for (const QPointF &p : m_layout.standing.at(area).outline)
        outline.append(p * Scale);
    return outline;
}

qint64 SeatMapModel::price(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return 0;
    const int category = m_layout.seats.at(seat).category;
    return category < m_layout.categories.size() ? m_layout.categories.at(category).priceMinor : 0;
}

QString SeatMapModel::categoryName(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return QString();
    const int category = m_layout.seats.at(seat).category;
    return category < m_layout.categories.size() ? m_layout.categories.at(category).name : QString();
}

QString SeatMapModel::formatPrice(qint64 minor) const
{
    return formatMoney(minor, m_layout.currency);
}

QString SeatMapModel::displayName(Display display)
{
    switch (display) {
    case Display::Available:
        return tr("Available");
    case Display::Pending:
        return tr("Being held");
    case Display::Mine:
        return tr("Held by me");
    case Display::HeldByOthers:
        return tr("Held by others");
    case Display::Sold:
        return tr("Sold");
    case Display::Blocked:
        return tr("Blocked");
    }
    return QString();
}

QRectF SeatMapModel::seatRect(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return QRectF();
    const EventLayout::Seat &s = m_layout.seats.at(seat);
    const QSizeF size =
        s.section < m_seatSizes.size() ? m_seatSizes.at(s.section) : QSizeF(SeatSize, SeatSize);
    return QRectF(s.x * Scale - size.width() / 2, s.y * Scale - size.height() / 2, size.width(),
                  size.height());
}

int SeatMapModel::seatAt(const QPointF &scenePos) const
{
    if (m_grid.isEmpty() || !m_bounds.contains(scenePos))
        return -1;
    const QList<int> &cell =
        m_grid.at(qsizetype(cellRow(scenePos.y())) * m_gridColumns + cellColumn(scenePos.x()));
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int seat : cell) {
        const QRectF r = seatRect(seat);
        if (!r.contains(scenePos))
            continue;
        const QPointF d = r.center() - scenePos;
        const double distance = QPointF::dotProduct(d, d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = seat;
        }
    }
    return best;
}

QList<int> SeatMapModel::seatsIn(const QRectF &sceneRect) const
{
    QList<int> seats;
    const QRectF r = sceneRect.normalized() & m_bounds;
    if (m_grid.isEmpty() || r.isEmpty())
        return seats;
    const int c0 = cellColumn(r.left());
    const int c1 = cellColumn(r.right());
    const int r0 = cellRow(r.top());
    const int r1 = cellRow(r.bottom());
    for (int row = r0; row <= r1; ++row) {
        for (int column = c0; column <= c1; ++column) {
            for (int seat : m_grid.at(qsizetype(row) * m_gridColumns + column)) {
                if (seatRect(seat).intersects(r))
                    seats.append(seat);
            }
        }
    }
    std::sort(seats.begin(), seats.end());
    seats.erase(std::unique(seats.begin(), seats.end()), seats.end());
    return seats;
}

} // namespace BoxOffice::Ui
