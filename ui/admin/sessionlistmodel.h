#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>

namespace BoxOffice::Ui {

/** Open sessions from a ListSessions result, one row each. */
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { User, Kind, Address, Created, LastSeen, Expires, ColumnCount };
    Q_ENUM(Column)
    enum Role { SessionIdRole = Qt::UserRole + 1, SortRole };

    struct Session
    {
        qint64 id = 0;
        QString user;
        QString kind;
        QString address;
        QDateTime created;
        QDateTime lastSeen;
        QDateTime expires;
    };

    explicit SessionListModel(QObject *parent = nullptr);

    void setSessions(const QCborArray &sessions);
    const QList<Session> &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Session> m_sessions;
};

} // namespace BoxOffice::Ui
