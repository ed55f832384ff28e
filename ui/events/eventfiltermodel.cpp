#include "events/eventfiltermodel.h"

#include "events/eventlistmodel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace BoxOffice::Ui {

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EventFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = text.simplified().split(spaces, Qt::SkipEmptyParts);
    invalidateFilter();
}

void EventFilterModel::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    invalidateFilter();
}

void EventFilterModel::setToday(const QDate &today)
{
    m_today = today;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto text = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    };
    if (!m_words.isEmpty()) {
        const QString haystack = text(EventListModel::Name) + u'\n' + text(EventListModel::Venue) + u'\n' +
                                 text(EventListModel::Date);
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    if (m_range == Range::AnyDate)
        return true;
    const QDateTime starts = source->index(sourceRow, EventListModel::Date, sourceParent)
                                 .data(EventListModel::SortRole)
                                 .toDateTime();
    if (!starts.isValid())
        return false;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate day = starts.toLocalTime().date();
    switch (m_range) {
    case Range::AnyDate:
        return true;
    case Range::Today:
        return day == today;
    case Range::NextSevenDays:
        return day >= today && day < today.addDays(7);
    case Range::NextThirtyDays:
        return day >= today && day < today.addDays(30);
    }
    return true;
}

} // namespace BoxOffice::Ui
