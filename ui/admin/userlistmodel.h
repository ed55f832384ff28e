#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace BoxOffice::Ui {

/** Staff accounts from a ListUsers result, one row each. */
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, RoleNames, Status, FailedSignIns, ColumnCount };
    Q_ENUM(Column)
    enum Role { UserNameRole = Qt::UserRole + 1, SortRole };

    struct User
    {
        QString name;
        QStringList roles;
        bool disabled = false;
        QDateTime lockedUntil; // invalid: not locked
        int failed = 0;

        bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
    };

    explicit UserListModel(QObject *parent = nullptr);

    /** Replaces the rows with the `users` array of a ListUsers result. */
    void setUsers(const QCborArray &users);
    const QList<User> &users() const { return m_users; }
    const User *user(const QString &name) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const User &user) const;

    QList<User> m_users;
};

} // namespace BoxOffice::Ui
