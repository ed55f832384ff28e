#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace BoxOffice::Ui {

class DesignerDocument;

/**
 * What is selected, and the fields of it that can be edited: the section's name when the
 * selection lies in one section; the row's label (one row), the table's (one table); a
 * seat's number and note (one seat); a standing area's name and capacity; a label's text;
 * the stage's label. Each change is one undoable command.
 */
class DesignerProperties final : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerProperties(DesignerDocument *doc, QWidget *parent = nullptr);

    void refresh();
    QLabel *summary() const { return m_summary; }
    QLineEdit *sectionEdit() const { return m_section; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *numberEdit() const { return m_number; }
    QLineEdit *noteEdit() const { return m_note; }
    void setReadOnly(bool readOnly);

private:
    enum class Target { None, Seat, Row, Table, Standing, Label, Stage };

    void applySection();
    void applyName();
    void applyNumber();
    void applyNote();

    DesignerDocument *m_doc;
    QLabel *m_summary;
    QLineEdit *m_section;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_numberLabel;
    QSpinBox *m_number;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    Target m_target = Target::None;
    int m_index = -1;        // of the seat, row, table, area or label
    int m_sectionIndex = -1; // the one section of the selection, or -1
    bool m_readOnly = false;
};

} // namespace BoxOffice::Ui
