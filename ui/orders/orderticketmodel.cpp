#include "orders/orderticketmodel.h"

#include "app/money.h"
#include "protocol/frame.h"

#include <QCborMap>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

OrderTicketModel::OrderTicketModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderTicketModel::setTickets(const QCborArray &tickets, const QString &currency)
{
    beginResetModel();
    m_tickets.clear();
    m_checked.clear();
    m_currency = currency;
    for (const QCborValue &v : tickets) {
        const QCborMap t = v.toMap();
        Ticket ticket;
        ticket.serial = Shared::cborInteger(t.value(Key::Serial));
        if (ticket.serial <= 0)
            continue;
        ticket.seat = int(Shared::cborInteger(t.value(Key::Seat), -1));
        ticket.section = t.value(Key::Section).toString();
        ticket.row = t.value(Key::Row).toString();
        ticket.number = int(Shared::cborInteger(t.value(Key::SeatNumber)));
        ticket.standing = t.value(Key::Standing).toBool();
        ticket.price = Shared::cborInteger(t.value(Key::Price));
        ticket.state = t.value(Key::State).toString();
        ticket.code = t.value(Key::Code).toString();
        m_tickets.append(ticket);
    }
    endResetModel();
    emit checkedChanged();
}

void OrderTicketModel::clear()
{
    setTickets({}, {});
}

bool OrderTicketModel::setChecked(qint64 serial, bool checked)
{
    for (int i = 0; i < m_tickets.size(); ++i) {
        if (m_tickets.at(i).serial == serial)
            return setData(index(i, Serial), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

QList<qint64> OrderTicketModel::checkedSerials() const
{
    QList<qint64> out;
    for (const Ticket &t : m_tickets) {
        if (m_checked.contains(t.serial))
            out.append(t.serial);
    }
    return out;
}

qint64 OrderTicketModel::priceOf(const QList<qint64> &serials) const
{
    qint64 sum = 0;
    for (const Ticket &t : m_tickets) {
        if (serials.contains(t.serial))
            sum += t.price;
    }
    return sum;
}

QList<qint64> OrderTicketModel::validSerials() const
{
    QList<qint64> out;
    for (const Ticket &t : m_tickets) {
        if (t.isValid())
            out.append(t.serial);
    }
    return out;
}

int OrderTicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int OrderTicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTicketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket &t = m_tickets.at(index.row());
    if (role == SerialRole)
        return t.serial;
    if (role == StateRole)
        return t.state;
    if (role == Qt::CheckStateRole && index.column() == Serial && t.isValid())
        return m_checked.contains(t.serial) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Seat))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Serial:
        return t.serial;
    case Section:
        return t.section;
    case Row:
        return t.row;
    case Seat:
        return t.number;
    case Price:
        return formatMoney(t.price, m_currency);
    case State:
        return stateText(t.state);
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderTicketModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_tickets.size() || index.column() != Serial ||
        role != Qt::CheckStateRole)
        return false;
    const Ticket &t = m_tickets.at(index.row());
    if (!t.isValid())
        return false; // refunded, exchanged or admitted: nothing to give back
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(t.serial))
        return true;
    if (checked)
        m_checked.insert(t.serial);
    else
        m_checked.remove(t.serial);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags OrderTicketModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Serial && index.row() < m_tickets.size() &&
        m_tickets.at(index.row()).isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant OrderTicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Serial:
        return tr("Ticket");
    case Section:
        return tr("Section");
    case Row:
        return tr("Row");
    case Seat:
        return tr("Seat");
    case Price:
        return tr("Price");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

QString OrderTicketModel::stateText(const QString &state)
{
    if (state == QLatin1String("valid"))
        return tr("Valid");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("exchanged"))
        return tr("Exchanged");
    if (state == QLatin1String("admitted"))
        return tr("Admitted");
    return state;
}

} // namespace BoxOffice::Ui
