#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>

namespace BoxOffice::Ui {

/** Rows of the audit trail from a QueryAudit result, newest as the server sent them. */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Actor, Role, Action, Target, Before, After, Address, ColumnCount };
    Q_ENUM(Column)
    enum DataRole { SortRole = Qt::UserRole + 1, FullTextRole };

    struct Row
    {
        qint64 id = 0;
        QDateTime time;
        QString actor;
        QString role;
        QString action;
        QString target;
        QString before; // JSON text, may be empty
        QString after;
        QString address;
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setRows(const QCborArray &rows);
    const QList<Row> &rows() const { return m_rows; }

    /**
     * The rows as RFC 4180 CSV with a header line: times in ISO 8601 UTC and the complete
     * before/after JSON, so the file can be processed by machines, not only read.
     */
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace BoxOffice::Ui
