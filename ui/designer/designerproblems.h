#pragma once

#include "designer/designerdocument.h"
#include "layout/layoutvalidator.h"

#include <QListWidget>
#include <QTimer>

namespace BoxOffice::Ui {

/**
 * The validation panel: every problem the shared validator finds (the same code the server
 * runs before publishing), worded in the user's language. Activating a problem (click,
 * Return) selects its objects on the plan. Revalidates a moment after each edit.
 */
class DesignerProblems final : public QListWidget
{
    Q_OBJECT
public:
    explicit DesignerProblems(DesignerDocument *doc, QWidget *parent = nullptr);

    /** Validates now (else a moment after the last edit). */
    void revalidate();
    /** Shows problems the server sent (PublishDraft refused) until the next edit. */
    void showProblems(const QList<Shared::LayoutProblem> &problems, int omitted);
    int problemCount() const { return m_count; }
    /** Translated text of a problem (the English message is the tooltip). */
    static QString describe(const Shared::LayoutProblem &problem);
    /** The problems of a LayoutInvalid error (docs/protocol.md). */
    static QList<Shared::LayoutProblem> problemsFromCbor(const QCborArray &array);

signals:
    void countChanged(int problems);

private:
    void select(int row);

    DesignerDocument *m_doc;
    QList<Shared::LayoutProblem> m_problems;
    QTimer m_timer;
    int m_count = 0;
};

} // namespace BoxOffice::Ui
