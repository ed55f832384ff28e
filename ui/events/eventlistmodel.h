#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QLocale>
#include <QString>

namespace BoxOffice::Ui {

class ServerConnection;

/** The events of the server with their live seat counts, one row each (ListEvents). */
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Venue, Date, Seats, Available, Held, Sold, ByCategory, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SortRole, // the raw value: dates and numbers sort as such, not as text
    };

    /** Free seats of one price category (ListEvents `categories`). */
    struct CategoryAvailability
    {
        int id = 0;
        QString name;
        qint64 priceMinor = 0;
        int available = -1; // -1: the server did not say
    };

    struct Event
    {
        qint64 id = 0;
        QString name;
        QString venue;
        QDateTime starts;
        int seats = 0;
        int available = 0;
        int held = 0;
        int sold = 0;
        int blocked = 0;
        int maxSeats = 0;
        QString currency;
        QList<CategoryAvailability> categories;
    };

    explicit EventListModel(QObject *parent = nullptr);

    /** The connection refresh() asks; may be null for a model filled by setEvents(). */
    void setConnection(ServerConnection *connection);

    /** Replaces the rows with the `events` array of a ListEvents result. */
    void setEvents(const QCborArray &events);
    void clear();

    /** Asks the server for the event list; emits refreshed() or refreshFailed(). */
    void refresh();
    bool isLoading() const { return m_loading; }
    /** True once a list has arrived from the server (even an empty one). */
    bool isLoaded() const { return m_loaded; }

    const QList<Event> &events() const { return m_events; }
    const Event *event(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void refreshFailed(const QString &message);

private:
    static Event parseEvent(const QCborMap &map);
    static QString categoryText(const QLocale &locale, const Event &e, bool withPrices);
    void setLoading(bool loading);

    QPointer<ServerConnection> m_connection;
    QList<Event> m_events;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0; // a reply to an older refresh() must not win
};

} // namespace BoxOffice::Ui
