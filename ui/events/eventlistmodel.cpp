#include "events/eventlistmodel.h"

#include "app/money.h"
#include "net/errortext.h"
#include "net/serverconnection.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QColor>
#include <QRegularExpression>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

namespace {
// The locale's short date and time, without seconds: nobody starts a show at 19:30:27.
QString formatStart(const QLocale &locale, const QDateTime &starts)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    return locale.toString(starts.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(starts.time(), timeFormat);
}

int clampedCount(const QCborValue &value)
{
    return int(std::clamp<qint64>(Shared::cborInteger(value), 0, std::numeric_limits<int>::max()));
}
} // namespace

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventListModel::setConnection(ServerConnection *connection)
{
    m_connection = connection;
}

EventListModel::Event EventListModel::parseEvent(const QCborMap &map)
{
    Event e;
    e.id = Shared::cborInteger(map.value(Key::Id));
    e.name = map.value(Key::Name).toString();
    e.venue = map.value(Key::Venue).toString();
    if (map.value(Key::Starts).isInteger())
        e.starts = QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(map.value(Key::Starts))).toLocalTime();
    e.seats = clampedCount(map.value(Key::SeatCount));
    e.available = clampedCount(map.value(Key::Available));
    e.held = clampedCount(map.value(Key::Held));
    e.sold = clampedCount(map.value(Key::Sold));
    e.blocked = clampedCount(map.value(Key::Blocked));
    e.maxSeats = clampedCount(map.value(Key::MaxSeats));
    e.currency = map.value(Key::Currency).toString();
    for (const QCborValue &v : map.value(Key::Categories).toArray()) {
        const QCborMap c = v.toMap();
        CategoryAvailability category;
        category.id = int(Shared::cborInteger(c.value(Key::Id)));
        category.name = c.value(Key::Name).toString();
        category.priceMinor = std::max<qint64>(0, Shared::cborInteger(c.value(Key::Price)));
        if (c.value(Key::Available).isInteger())
            category.available = clampedCount(c.value(Key::Available));
        e.categories.append(category);
    }
    return e;
}

void EventListModel::setEvents(const QCborArray &array)
{
    QList<Event> events;
    events.reserve(array.size());
    for (const QCborValue &value : array) {
        if (value.isMap())
            events.append(parseEvent(value.toMap()));
    }
    m_loaded = true;

    // A refresh usually brings the same events with new counts: update in place so that
    // the view keeps its selection and scroll position.
    const bool sameRows = std::equal(events.cbegin(), events.cend(), m_events.cbegin(), m_events.cend(),
                                     [](const Event &a, const Event &b) { return a.id == b.id; });
    if (sameRows) {
        m_events = std::move(events);
        if (!m_events.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void EventListModel::clear()
{
    m_loaded = false;
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void EventListModel::refresh()
{
    if (!m_connection) {
        emit refreshFailed(tr("Not connected to the server."));
        return;
    }
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_connection->request(Shared::MessageType::ListEvents, {},
                          [this, generation, guard = QPointer(this)](const Shared::Frame &reply) {
                              if (!guard || generation != m_generation)
                                  return;
                              setLoading(false);
                              if (reply.isError()) {
                                  emit refreshFailed(ErrorText::describe(reply.errorCode()));
                                  return;
                              }
                              setEvents(reply.result().value(Key::Events).toArray());
                              emit refreshed();
                          });
}

void EventListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

const EventListModel::Event *EventListModel::event(qint64 id) const
{
    const auto it =
        std::find_if(m_events.cbegin(), m_events.cend(), [id](const Event &e) { return e.id == id; });
    return it == m_events.cend() ? nullptr : &*it;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Venue:
            return e.venue;
        case Date:
            return e.starts.isValid() ? formatStart(locale, e.starts) : QString();
        case Seats:
            return locale.toString(e.seats);
        case Available:
            return locale.toString(e.available);
        case Held:
            return locale.toString(e.held);
        case Sold:
            return locale.toString(e.sold);
        case ByCategory:
            return categoryText(locale, e, false);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Venue:
            return e.venue;
        case Date:
            return e.starts;
        case Seats:
            return e.seats;
        case Available:
            return e.available;
        case Held:
            return e.held;
        case Sold:
            return e.sold;
        case ByCategory:
            return e.available;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ByCategory && !e.categories.isEmpty())
            return categoryText(locale, e, true);
        if (index.column() == Date && e.starts.isValid())
            return locale.toString(e.starts, QLocale::LongFormat);
        if (index.column() == Available && e.blocked > 0)
            return tr("%n seat(s) blocked", nullptr, e.blocked);
        break;
    case Qt::ForegroundRole:
        // Sold out stands out in the list.
        if (index.column() == Available && e.available == 0 && e.seats > 0)
            return QColor(0xc6, 0x28, 0x28);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Seats && index.column() != ByCategory)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case EventIdRole:
        return e.id;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section >= Seats && section != ByCategory ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Venue:
        return tr("Venue");
    case Date:
        return tr("Date");
    case Seats:
        return tr("Seats");
    case Available:
        return tr("Available");
    case Held:
        return tr("Held");
    case Sold:
        return tr("Sold");
    case ByCategory:
        return tr("Free by category");
    }
    return {};
}

QString EventListModel::categoryText(const QLocale &locale, const Event &e, bool withPrices)
{
    QStringList parts;
    for (const CategoryAvailability &c : e.categories) {
        const QString count = c.available < 0 ? QStringLiteral("?") : locale.toString(c.available);
        if (withPrices) {
            parts.append(
                tr("%1 (%2): %3 free").arg(c.name, formatMoney(c.priceMinor, e.currency, locale), count));
        } else {
            parts.append(QStringLiteral("%1 %2").arg(c.name, count));
        }
    }
    return parts.join(withPrices ? QStringLiteral("\n") : QStringLiteral(" · "));
}

} // namespace BoxOffice::Ui
