#include "designer/designerproblems.h"

#include <QCborArray>
#include <QCborMap>
#include <QLocale>

namespace BoxOffice::Ui {

using Shared::LayoutProblem;

namespace {

constexpr int RevalidateMs = 250; // after the last edit: a drag is not revalidated at every step

QList<int> intList(const QCborValue &value)
{
    QList<int> out;
    for (const QCborValue &v : value.toArray())
        out.append(int(v.toInteger()));
    return out;
}

} // namespace

DesignerProblems::DesignerProblems(DesignerDocument *doc, QWidget *parent)
    : QListWidget(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("designerProblems"));
    setWordWrap(true);
    m_timer.setSingleShot(true);
    m_timer.setInterval(RevalidateMs);
    connect(&m_timer, &QTimer::timeout, this, &DesignerProblems::revalidate);
    connect(doc, &DesignerDocument::changed, this, [this] { m_timer.start(); });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { select(row(item)); });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { select(row(item)); });
}

void DesignerProblems::revalidate()
{
    m_timer.stop();
    const Shared::LayoutValidation check = Shared::validateLayout(m_doc->layout());
    showProblems(check.problems, check.omitted);
}

void DesignerProblems::showProblems(const QList<LayoutProblem> &problems, int omitted)
{
    m_problems = problems;
    clear();
    for (const LayoutProblem &p : problems) {
        auto *item = new QListWidgetItem(describe(p), this);
        item->setToolTip(p.message);
    }
    if (omitted > 0)
        new QListWidgetItem(tr("… and %n more", nullptr, omitted), this);
    if (problems.isEmpty())
        new QListWidgetItem(tr("No problems: ready to publish."), this);
    m_count = int(problems.size()) + omitted;
    emit countChanged(m_count);
}

void DesignerProblems::select(int row)
{
    if (row < 0 || row >= m_problems.size())
        return;
    const LayoutProblem &p = m_problems.at(row);
    DesignerSelection s = m_doc->seatsOfSections(p.sections);
    s.seats += m_doc->seatsOfRows(p.rows).seats;
    s.seats += p.seats;
    s.tables += p.tables;
    s.standingAreas += p.standingAreas;
    m_doc->setSelection(s);
}

QString DesignerProblems::describe(const LayoutProblem &p)
{
    const QLocale locale;
    const int seats = int(p.seats.size());
    switch (p.kind) {
    case LayoutProblem::Kind::DuplicateSeat:
        return tr("%n seat(s) with the same section, row and number", nullptr, seats);
    case LayoutProblem::Kind::SeatsTooClose:
        return tr("%n seat(s) closer than a seat's width", nullptr, seats);
    case LayoutProblem::Kind::SeatWithoutCategory:
        return p.standingAreas.isEmpty() ? tr("%n seat(s) without a price category", nullptr, seats)
                                         : tr("A standing area without a price category");
    case LayoutProblem::Kind::UnknownCategory:
        return tr("%n seat(s) or areas with a category that is not listed", nullptr,
                  seats + int(p.standingAreas.size()));
    case LayoutProblem::Kind::EmptyRow:
        return tr("%n row(s) without seats", nullptr, int(p.rows.size()));
    case LayoutProblem::Kind::EmptySection:
        return tr("%n section(s) without seats or places", nullptr, int(p.sections.size()));
    case LayoutProblem::Kind::EmptyTable:
        return tr("%n table(s) without seats", nullptr, int(p.tables.size()));
    case LayoutProblem::Kind::StandingWithoutCapacity:
        return tr("A standing area without capacity");
    case LayoutProblem::Kind::NoPlaces:
        return tr("Nothing to sell: no seats and no standing places");
    }
    return p.message;
}

QList<LayoutProblem> DesignerProblems::problemsFromCbor(const QCborArray &array)
{
    QList<LayoutProblem> out;
    for (const QCborValue &v : array) {
        const QCborMap m = v.toMap();
        LayoutProblem p;
        p.kind = LayoutProblem::Kind(m.value(QStringLiteral("kind")).toInteger());
        p.message = m.value(QStringLiteral("message")).toString();
        p.seats = intList(m.value(QStringLiteral("seats")));
        p.rows = intList(m.value(QStringLiteral("rows")));
        p.sections = intList(m.value(QStringLiteral("sections")));
        p.tables = intList(m.value(QStringLiteral("tables")));
        p.standingAreas = intList(m.value(QStringLiteral("standing")));
        out.append(p);
    }
    return out;
}

} // namespace BoxOffice::Ui
