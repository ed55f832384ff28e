#include "designer/designertooldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace BoxOffice::Ui {

std::function<bool(DesignerToolDialog *)> DesignerToolDialog::autoAnswer;

DesignerToolDialog::DesignerToolDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void DesignerToolDialog::addNumber(const QString &name, const QString &label, double min, double max,
                                   double value, int decimals)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(name);
    spin->setDecimals(decimals);
    spin->setRange(min, max);
    spin->setValue(value);
    m_form->addRow(label, spin);
    m_fields.insert(name, spin);
}

void DesignerToolDialog::addInteger(const QString &name, const QString &label, int min, int max, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setValue(value);
    m_form->addRow(label, spin);
    m_fields.insert(name, spin);
}

void DesignerToolDialog::addText(const QString &name, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    edit->setMaxLength(200);
    m_form->addRow(label, edit);
    m_fields.insert(name, edit);
}

void DesignerToolDialog::addChoice(const QString &name, const QString &label, const QStringList &choices,
                                   int current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItems(choices);
    combo->setCurrentIndex(current);
    m_form->addRow(label, combo);
    m_fields.insert(name, combo);
}

void DesignerToolDialog::addCheck(const QString &name, const QString &label, bool checked)
{
    auto *check = new QCheckBox(label, this);
    check->setObjectName(name);
    check->setChecked(checked);
    m_form->addRow(QString(), check);
    m_fields.insert(name, check);
}

double DesignerToolDialog::number(const QString &name) const
{
    const auto *spin = qobject_cast<QDoubleSpinBox *>(m_fields.value(name));
    return spin ? spin->value() : 0;
}

int DesignerToolDialog::integer(const QString &name) const
{
    const auto *spin = qobject_cast<QSpinBox *>(m_fields.value(name));
    return spin ? spin->value() : 0;
}

QString DesignerToolDialog::text(const QString &name) const
{
    const auto *edit = qobject_cast<QLineEdit *>(m_fields.value(name));
    return edit ? edit->text().trimmed() : QString();
}

int DesignerToolDialog::choice(const QString &name) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_fields.value(name));
    return combo ? combo->currentIndex() : -1;
}

bool DesignerToolDialog::checked(const QString &name) const
{
    const auto *check = qobject_cast<QCheckBox *>(m_fields.value(name));
    return check && check->isChecked();
}

int DesignerToolDialog::exec()
{
    if (autoAnswer) {
        const bool ok = autoAnswer(this);
        setResult(ok ? Accepted : Rejected);
        return result();
    }
    return QDialog::exec();
}

} // namespace BoxOffice::Ui
