#include "orders/ordersearchmodel.h"

#include "app/money.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QLocale>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

OrderSearchModel::OrderSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderSearchModel::setOrders(const QCborArray &orders)
{
    beginResetModel();
    m_rows.clear();
    for (const QCborValue &v : orders) {
        const QCborMap o = v.toMap();
        Row r;
        r.order = Shared::cborInteger(o.value(Key::Order));
        if (r.order <= 0)
            continue; // a row without an id cannot be opened
        r.number = o.value(Key::OrderNumber).toString();
        r.state = o.value(Key::State).toString();
        r.event = Shared::cborInteger(o.value(Key::Event));
        r.eventName = o.value(Key::EventName).toString();
        r.customer = customerText(o.value(Key::Customer));
        r.total = Shared::cborInteger(o.value(Key::Total));
        r.currency = o.value(Key::Currency).toString();
        const qint64 created = Shared::cborInteger(o.value(Key::Created), -1);
        if (created >= 0)
            r.created = QDateTime::fromMSecsSinceEpoch(created);
        m_rows.append(r);
    }
    endResetModel();
}

void OrderSearchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int OrderSearchModel::rowOf(qint64 order) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).order == order)
            return i;
    }
    return -1;
}

int OrderSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == OrderIdRole)
        return r.order;
    if (role == EventIdRole)
        return r.event;
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return r.number;
    case Event:
        return r.eventName;
    case Customer:
        return r.customer.isEmpty() && role == Qt::DisplayRole ? tr("—") : r.customer;
    case State:
        return stateText(r.state);
    case Total:
        return formatMoney(r.total, r.currency);
    case Created:
        return QLocale().toString(r.created, QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Event:
        return tr("Event");
    case Customer:
        return tr("Customer");
    case State:
        return tr("State");
    case Total:
        return tr("Total");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QString OrderSearchModel::stateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("paid"))
        return tr("Paid (card capture pending)");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("partially_refunded"))
        return tr("Partially refunded");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    return state; // a state newer than this client: the server's word is better than nothing
}

QString OrderSearchModel::customerText(const QCborValue &customer)
{
    if (!customer.isMap())
        return {};
    const QCborMap c = customer.toMap();
    QStringList parts;
    for (const QString &key : {Key::Name, Key::Email, Key::Phone}) {
        const QString text = c.value(key).toString().trimmed();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace BoxOffice::Ui
