#include "admin/userlistmodel.h"

#include "admin/roles.h"
#include "protocol/frame.h"

#include <QBrush>
#include <QCborMap>
#include <QColor>
#include <QLocale>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setUsers(const QCborArray &users)
{
    beginResetModel();
    m_users.clear();
    for (const QCborValue &value : users) {
        const QCborMap map = value.toMap();
        User user;
        user.name = map.value(Key::User).toString();
        if (user.name.isEmpty())
            continue;
        const QCborArray roles = map.value(Key::Roles).toArray();
        for (const QCborValue &role : roles)
            user.roles.append(role.toString());
        user.disabled = map.value(Key::Disabled).toBool();
        const QCborValue locked = map.value(Key::LockedUntil);
        if (locked.isInteger())
            user.lockedUntil = QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(locked));
        user.failed = int(Shared::cborInteger(map.value(QStringLiteral("failed"))));
        m_users.append(user);
    }
    endResetModel();
}

const UserListModel::User *UserListModel::user(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_users.at(row);
}

int UserListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::statusText(const User &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.isLocked(QDateTime::currentDateTime()))
        return tr("Locked until %1")
            .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Active");
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return user.name;
        case RoleNames:
            return Roles::displayList(user.roles);
        case Status:
            return statusText(user);
        case FailedSignIns:
            return user.failed;
        }
        break;
    case SortRole:
        if (index.column() == FailedSignIns)
            return user.failed;
        return data(index, Qt::DisplayRole);
    case UserNameRole:
        return user.name;
    case Qt::ForegroundRole:
        if (index.column() == Status && user.disabled)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (index.column() == Status && user.isLocked(QDateTime::currentDateTime()))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == FailedSignIns)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == FailedSignIns)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User");
    case RoleNames:
        return tr("Roles");
    case Status:
        return tr("Status");
    case FailedSignIns:
        return tr("Failed Sign-ins");
    }
    return {};
}

} // namespace BoxOffice::Ui
