#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

class QFormLayout;
class QWidget;

namespace BoxOffice::Ui {

/**
 * The small dialog of a designer tool's parameters: a form of named fields (numbers, texts,
 * choices, checks) with OK and Cancel. Every tool builds one; tests fill it by name.
 */
class DesignerToolDialog final : public QDialog
{
    Q_OBJECT
public:
    DesignerToolDialog(const QString &title, QWidget *parent = nullptr);

    void addNumber(const QString &name, const QString &label, double min, double max, double value,
                   int decimals = 2);
    void addInteger(const QString &name, const QString &label, int min, int max, int value);
    void addText(const QString &name, const QString &label, const QString &value);
    void addChoice(const QString &name, const QString &label, const QStringList &choices, int current = 0);
    void addCheck(const QString &name, const QString &label, bool checked);

    double number(const QString &name) const;
    int integer(const QString &name) const;
    QString text(const QString &name) const;
    int choice(const QString &name) const;
    bool checked(const QString &name) const;
    /** The field's widget (objectName == name), for tests. */
    QWidget *field(const QString &name) const { return m_fields.value(name); }

    /**
     * Test hook: when set, exec() is not shown; the hook fills the fields and says whether
     * to accept (as a user pressing OK or Cancel would).
     */
    static std::function<bool(DesignerToolDialog *)> autoAnswer;
    int exec() override;

private:
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_fields;
};

} // namespace BoxOffice::Ui
