#include "selling/cartmodel.h"

#include "seatmap/seatmapmodel.h"

#include <QColor>

#include <algorithm>

namespace BoxOffice::Ui {

CartModel::CartModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CartModel::setSeatMap(SeatMapModel *seatMap)
{
    beginResetModel();
    m_seatMap = seatMap;
    endResetModel();
}

void CartModel::addHold(const Hold &hold)
{
    m_holds.append(hold);
    rebuildRows();
}

void CartModel::updateExpiry(qint64 holdId, const QDateTime &expires, const QDateTime &maxExpires)
{
    for (Hold &h : m_holds) {
        if (h.id == holdId) {
            h.expires = expires;
            h.maxExpires = maxExpires;
        }
    }
    emit cartChanged();
}

void CartModel::setBusy(qint64 holdId, bool busy)
{
    for (Hold &h : m_holds) {
        if (h.id == holdId)
            h.busy = busy;
    }
    emit cartChanged();
}

void CartModel::removeHold(qint64 holdId)
{
    const auto it =
        std::find_if(m_holds.begin(), m_holds.end(), [holdId](const Hold &h) { return h.id == holdId; });
    if (it == m_holds.end())
        return;
    m_holds.erase(it);
    rebuildRows();
}

void CartModel::clear()
{
    m_holds.clear();
    rebuildRows();
}

void CartModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    for (const Hold &h : std::as_const(m_holds))
        m_rows += h.seats;
    endResetModel();
    emit cartChanged();
}

const CartModel::Hold *CartModel::holdOf(int seat) const
{
    for (const Hold &h : m_holds) {
        if (h.seats.contains(seat))
            return &h;
    }
    return nullptr;
}

int CartModel::seatAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

int CartModel::seatCount() const
{
    return int(m_rows.size());
}

qint64 CartModel::total() const
{
    if (!m_seatMap)
        return 0;
    qint64 sum = 0;
    for (const int seat : m_rows)
        sum += m_seatMap->price(seat);
    return sum;
}

QString CartModel::currency() const
{
    return m_seatMap ? m_seatMap->layout().currency : QString();
}

QString CartModel::formattedTotal() const
{
    return m_seatMap ? m_seatMap->formatPrice(total()) : QString();
}

QDateTime CartModel::earliestExpiry() const
{
    QDateTime earliest;
    for (const Hold &h : m_holds) {
        if (!earliest.isValid() || h.expires < earliest)
            earliest = h.expires;
    }
    return earliest;
}

bool CartModel::canExtend() const
{
    // A hold within a second of its maximum gains nothing from Extend.
    return std::any_of(m_holds.begin(), m_holds.end(),
                       [](const Hold &h) { return !h.busy && h.expires.msecsTo(h.maxExpires) > 1000; });
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_seatMap)
        return {};
    const int seat = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seat:
            return m_seatMap->seatName(seat);
        case Category:
            return m_seatMap->categoryName(seat);
        case Price:
            return m_seatMap->formatPrice(m_seatMap->price(seat));
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Price) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::DecorationRole && index.column() == Seat) {
        const auto &layout = m_seatMap->layout();
        return QColor(layout.categories.at(layout.seats.at(seat).category).colour);
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seat:
        return tr("Seat");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    }
    return {};
}

} // namespace BoxOffice::Ui
