#include "admin/auditlogmodel.h"

#include "admin/csvwriter.h"
#include "admin/roles.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QLocale>

namespace BoxOffice::Ui {

namespace Key = Shared::Key;

namespace {
// A table cell shows the start of a JSON document on one line; the details pane shows all.
QString oneLine(const QString &text)
{
    constexpr qsizetype MaxCellLength = 80;
    QString line = text.simplified();
    if (line.size() > MaxCellLength)
        line = line.left(MaxCellLength - 1) + u'…';
    return line;
}
} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setRows(const QCborArray &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QCborValue &value : rows) {
        const QCborMap map = value.toMap();
        Row row;
        row.id = Shared::cborInteger(map.value(Key::Id), 0);
        const QCborValue time = map.value(Key::Time);
        if (time.isInteger())
            row.time = QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(time));
        row.actor = map.value(Key::Actor).toString();
        row.role = map.value(QStringLiteral("role")).toString();
        row.action = map.value(Key::Action).toString();
        row.target = map.value(Key::Target).toString();
        row.before = map.value(Key::Before).toString();
        row.after = map.value(Key::After).toString();
        row.address = map.value(Key::Address).toString();
        m_rows.append(row);
    }
    endResetModel();
}

QString AuditLogModel::toCsv() const
{
    // Column names stay English and fixed: a CSV export is read by scripts.
    QString csv =
        CsvWriter::row({QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("actor"),
                        QStringLiteral("role"), QStringLiteral("action"), QStringLiteral("target"),
                        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("address")});
    for (const Row &row : m_rows) {
        csv +=
            CsvWriter::row({QString::number(row.id),
                            row.time.isValid() ? row.time.toUTC().toString(Qt::ISODateWithMs) : QString(),
                            row.actor, row.role, row.action, row.target, row.before, row.after, row.address});
    }
    return csv;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SortRole && index.column() == Time)
        return row.time;
    if (role == FullTextRole) {
        switch (index.column()) {
        case Before:
            return row.before;
        case After:
            return row.after;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Before || index.column() == After))
        return index.column() == Before ? row.before : row.after;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Time:
        return row.time.isValid()
                   ? QLocale().toString(row.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
    case Actor:
        return row.actor;
    case Role:
        return Roles::displayName(row.role);
    case Action:
        return row.action;
    case Target:
        return row.target;
    case Before:
        return oneLine(row.before);
    case After:
        return oneLine(row.after);
    case Address:
        return row.address;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Address:
        return tr("Address");
    }
    return {};
}

} // namespace BoxOffice::Ui
