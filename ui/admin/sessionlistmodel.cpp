#include "admin/sessionlistmodel.h"

#include "protocol/frame.h"

#include <QCborMap>
#include <QLocale>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

namespace {
QDateTime timeOf(const QCborValue &value)
{
    return value.isInteger() ? QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(value)) : QDateTime();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionListModel::setSessions(const QCborArray &sessions)
{
    beginResetModel();
    m_sessions.clear();
    for (const QCborValue &value : sessions) {
        const QCborMap map = value.toMap();
        Session session;
        session.id = Shared::cborInteger(map.value(Key::Session), 0);
        session.user = map.value(Key::User).toString();
        session.kind = map.value(Key::Kind).toString();
        session.address = map.value(Key::Address).toString();
        session.created = timeOf(map.value(QStringLiteral("created")));
        session.lastSeen = timeOf(map.value(QStringLiteral("last_seen")));
        session.expires = timeOf(map.value(Key::Expires));
        m_sessions.append(session);
    }
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Session &session = m_sessions.at(index.row());
    if (role == SessionIdRole)
        return session.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Created:
            return session.created;
        case LastSeen:
            return session.lastSeen;
        case Expires:
            return session.expires;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case User:
        return session.user.isEmpty() ? tr("(online buyer)") : session.user;
    case Kind:
        return session.kind == QStringLiteral("buyer")   ? tr("Buyer")
               : session.kind == QStringLiteral("staff") ? tr("Staff")
                                                         : session.kind;
    case Address:
        return session.address;
    case Created:
        return timeText(session.created);
    case LastSeen:
        return timeText(session.lastSeen);
    case Expires:
        return timeText(session.expires);
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User");
    case Kind:
        return tr("Kind");
    case Address:
        return tr("Address");
    case Created:
        return tr("Signed In");
    case LastSeen:
        return tr("Last Seen");
    case Expires:
        return tr("Expires");
    }
    return {};
}

} // namespace BoxOffice::Ui
