#include "designer/designerproperties.h"

#include "designer/designercommands.h"
#include "designer/designerdocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QUndoStack>

namespace BoxOffice::Ui {

using Shared::LayoutDocument;
namespace LayoutLimits = Shared::LayoutLimits;

DesignerProperties::DesignerProperties(DesignerDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_summary(new QLabel(this))
    , m_section(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QSpinBox(this))
    , m_noteLabel(new QLabel(tr("&Note:"), this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("designerProperties"));
    m_summary->setWordWrap(true);
    m_section->setObjectName(QStringLiteral("sectionName"));
    m_name->setObjectName(QStringLiteral("objectName"));
    m_number->setObjectName(QStringLiteral("objectNumber"));
    m_note->setObjectName(QStringLiteral("seatNote"));
    for (QLineEdit *edit : {m_section, m_name, m_note})
        edit->setMaxLength(LayoutLimits::MaxText);
    m_note->setPlaceholderText(tr("Why the view is restricted"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(m_summary);
    auto *sectionLabel = new QLabel(tr("&Section:"), this);
    sectionLabel->setBuddy(m_section);
    form->addRow(sectionLabel, m_section);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_numberLabel->setBuddy(m_number);
    form->addRow(m_numberLabel, m_number);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);
    connect(m_section, &QLineEdit::editingFinished, this, &DesignerProperties::applySection);
    connect(m_name, &QLineEdit::editingFinished, this, &DesignerProperties::applyName);
    connect(m_number, &QSpinBox::editingFinished, this, &DesignerProperties::applyNumber);
    connect(m_note, &QLineEdit::editingFinished, this, &DesignerProperties::applyNote);
    connect(doc, &DesignerDocument::selectionChanged, this, &DesignerProperties::refresh);
    connect(doc, &DesignerDocument::changed, this, &DesignerProperties::refresh);
    refresh();
}

void DesignerProperties::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void DesignerProperties::refresh()
{
    const LayoutDocument &layout = m_doc->layout();
    const DesignerSelection &s = m_doc->selection();
    QSet<int> sections, rows;
    for (int i : s.seats) {
        sections.insert(layout.sectionOf(layout.seats.at(i)));
        if (layout.seats.at(i).row >= 0)
            rows.insert(layout.seats.at(i).row);
    }
    for (int t : s.tables)
        sections.insert(layout.tables.at(t).section);
    for (int a : s.standingAreas)
        sections.insert(layout.standingAreas.at(a).section);
    m_sectionIndex = sections.size() == 1 ? *sections.cbegin() : -1;
    if (m_sectionIndex >= layout.sections.size())
        m_sectionIndex = -1;

    const int others = int(s.labels.size() + s.shapes.size()) + (s.stage ? 1 : 0);
    m_target = Target::None;
    m_index = -1;
    if (s.count() == 1 && s.stage) {
        m_target = Target::Stage;
    } else if (s.count() == 1 && s.labels.size() == 1) {
        m_target = Target::Label;
        m_index = s.labels.first();
    } else if (s.count() == 1 && s.standingAreas.size() == 1) {
        m_target = Target::Standing;
        m_index = s.standingAreas.first();
    } else if (s.tables.size() == 1 && others == 0 && s.standingAreas.isEmpty()) {
        m_target = Target::Table;
        m_index = s.tables.first();
    } else if (s.seats.size() == 1 && s.count() == 1) {
        m_target = Target::Seat;
        m_index = s.seats.first();
    } else if (rows.size() == 1 && s.count() == s.seats.size()) {
        m_target = Target::Row;
        m_index = *rows.cbegin();
    }

    const QLocale locale;
    QString summary;
    if (s.isEmpty()) {
        summary = tr("Nothing selected. Click a seat, drag a rectangle, or press Ctrl+A.");
    } else {
        summary = tr("%n seat(s)", nullptr, int(s.seats.size()));
        if (!rows.isEmpty())
            summary += QStringLiteral(" · ") + tr("%n row(s)", nullptr, int(rows.size()));
        if (!sections.isEmpty())
            summary += QStringLiteral(" · ") + tr("%n section(s)", nullptr, int(sections.size()));
        const int rest = s.count() - int(s.seats.size());
        if (rest > 0)
            summary += QStringLiteral(" · ") + tr("%n other object(s)", nullptr, rest);
    }
    m_summary->setText(summary);

    const QSignalBlocker b1(m_section), b2(m_name), b3(m_number), b4(m_note);
    m_section->setEnabled(m_sectionIndex >= 0 && !m_readOnly);
    m_section->setText(m_sectionIndex >= 0 ? layout.sections.at(m_sectionIndex).name : QString());

    QString nameLabel;
    QString name;
    QString numberLabel;
    int number = 0;
    int maxNumber = 65535;
    bool note = false;
    switch (m_target) {
    case Target::None:
        break;
    case Target::Seat: {
        const LayoutDocument::Seat &seat = layout.seats.at(m_index);
        numberLabel = tr("N&umber:");
        number = seat.number;
        note = true;
        m_note->setText(seat.note);
        break;
    }
    case Target::Row:
        nameLabel = tr("&Row:");
        name = layout.rows.at(m_index).label;
        break;
    case Target::Table:
        nameLabel = tr("&Table:");
        name = layout.tables.at(m_index).label;
        break;
    case Target::Standing:
        nameLabel = tr("&Name:");
        name = layout.standingAreas.at(m_index).name;
        numberLabel = tr("&Capacity:");
        number = layout.standingAreas.at(m_index).capacity;
        maxNumber = LayoutLimits::MaxPlaces;
        break;
    case Target::Label:
        nameLabel = tr("&Text:");
        name = layout.labels.at(m_index).text;
        break;
    case Target::Stage:
        nameLabel = tr("&Label:");
        name = layout.stage.label;
        break;
    }
    m_nameLabel->setText(nameLabel);
    m_nameLabel->setVisible(!nameLabel.isEmpty());
    m_name->setVisible(!nameLabel.isEmpty());
    m_name->setText(name);
    m_name->setReadOnly(m_readOnly);
    m_numberLabel->setText(numberLabel);
    m_numberLabel->setVisible(!numberLabel.isEmpty());
    m_number->setVisible(!numberLabel.isEmpty());
    m_number->setRange(0, maxNumber);
    m_number->setValue(number);
    m_number->setReadOnly(m_readOnly);
    m_noteLabel->setVisible(note);
    m_note->setVisible(note);
    m_note->setReadOnly(m_readOnly);
}

void DesignerProperties::applySection()
{
    const QString name = m_section->text().trimmed();
    const int section = m_sectionIndex;
    if (m_readOnly || section < 0 || name.isEmpty() || name == m_doc->layout().sections.at(section).name)
        return refresh();
    for (const LayoutDocument::Section &other : m_doc->layout().sections) {
        if (other.name == name) {
            m_summary->setText(tr("There is already a section named %1.").arg(name));
            return;
        }
    }
    const DesignerSelection keep = m_doc->selection();
    m_doc->undoStack()->push(new LayoutEditCommand(
        m_doc, tr("Rename Section"),
        [section, name, keep](LayoutDocument &layout, DesignerSelection &select) {
            layout.sections[section].name = name;
            select = keep;
            return true;
        },
        DesignerDocument::Change::Style));
}

void DesignerProperties::applyName()
{
    const QString text = m_name->text().trimmed();
    const Target target = m_target;
    const int index = m_index;
    if (m_readOnly || target == Target::None || target == Target::Seat)
        return;
    const DesignerSelection keep = m_doc->selection();
    m_doc->undoStack()->push(new LayoutEditCommand(
        m_doc, tr("Rename"),
        [target, index, text, keep](LayoutDocument &layout, DesignerSelection &select) {
            QString *field = nullptr;
            switch (target) {
            case Target::Row:
                field = &layout.rows[index].label;
                break;
            case Target::Table:
                field = &layout.tables[index].label;
                break;
            case Target::Standing:
                field = &layout.standingAreas[index].name;
                break;
            case Target::Label:
                field = &layout.labels[index].text;
                break;
            case Target::Stage:
                field = &layout.stage.label;
                break;
            case Target::None:
            case Target::Seat:
                return false;
            }
            if (*field == text)
                return false;
            *field = text;
            select = keep;
            return true;
        },
        DesignerDocument::Change::Style));
}

void DesignerProperties::applyNumber()
{
    const int value = m_number->value();
    const Target target = m_target;
    const int index = m_index;
    if (m_readOnly || (target != Target::Seat && target != Target::Standing))
        return;
    const DesignerSelection keep = m_doc->selection();
    m_doc->undoStack()->push(new LayoutEditCommand(
        m_doc, target == Target::Seat ? tr("Renumber Seat") : tr("Set Capacity"),
        [target, index, value, keep](LayoutDocument &layout, DesignerSelection &select) {
            int &field =
                target == Target::Seat ? layout.seats[index].number : layout.standingAreas[index].capacity;
            if (field == value)
                return false;
            field = value;
            select = keep;
            return true;
        },
        DesignerDocument::Change::Style));
}

void DesignerProperties::applyNote()
{
    const QString note = m_note->text().trimmed();
    const int index = m_index;
    if (m_readOnly || m_target != Target::Seat)
        return;
    const DesignerSelection keep = m_doc->selection();
    m_doc->undoStack()->push(new LayoutEditCommand(
        m_doc, tr("Set Note"),
        [index, note, keep](LayoutDocument &layout, DesignerSelection &select) {
            if (layout.seats.at(index).note == note)
                return false;
            layout.seats[index].note = note;
            select = keep;
            return true;
        },
        DesignerDocument::Change::Style));
}

} // namespace BoxOffice::Ui
