#pragma once

#include <QTreeWidget>

namespace BoxOffice::Ui {

class DesignerDocument;

/**
 * The price categories of the document with how many seats and standing places each has
 * (and how many have none yet). Return or a double-click on a category paints it onto the
 * selection.
 */
class DesignerLegend final : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int CategoryRole = Qt::UserRole; // the id; -1 on the "no category" row

    explicit DesignerLegend(DesignerDocument *doc, QWidget *parent = nullptr);
    void refresh();
    /** The count shown for a category id (-1: without category). */
    int countOf(int categoryId) const;

signals:
    void paintRequested(int categoryId);

private:
    DesignerDocument *m_doc;
};

} // namespace BoxOffice::Ui
