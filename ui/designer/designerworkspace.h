#pragma once

#include "designer/designerdocument.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QToolBar;

namespace BoxOffice::Shared {
struct LayoutAddition;
}

namespace BoxOffice::Ui {

class DesignerLegend;
class DesignerProblems;
class DesignerProperties;
class DesignerView;
class NoticeBar;
class ServerConnection;

/**
 * The venue designer (issue 11): a venue's draft on a plan that stays fluid at 50,000 seats,
 * the tools that add to it, the edits of a selection (move, rotate, delete, copy, paint a
 * category or flags), a legend, the properties of what is selected, and the validation
 * panel; saving with the revision the draft was based on (a conflict is shown and nothing is
 * lost) and publishing (refused with the problems listed). A published version opens
 * read-only. Every action has a shortcut (they work while the designer has the focus).
 */
class DesignerWorkspace final : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerWorkspace(ServerConnection *connection, QWidget *parent = nullptr);

    /** Asks for the venue's draft and opens it for editing; loaded() says how that went. */
    void loadDraft(qint64 venue, const QString &title);
    /** Asks for a published version and opens it read-only. */
    void loadVersion(qint64 venue, int version, const QString &title);
    /** Opens a document directly (tests, the benchmark): revision 0 of venue 0 unless given. */
    void open(const Shared::LayoutDocument &layout, qint64 venue = 0, qint64 revision = 0,
              bool readOnly = false);

    void save();
    /** Saves first when there are unsaved changes, then publishes the draft. */
    void publish();
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    qint64 venue() const { return m_venue; }
    qint64 revision() const { return m_revision; }

    DesignerDocument *document() const { return m_doc; }
    DesignerView *view() const { return m_view; }
    DesignerLegend *legend() const { return m_legend; }
    DesignerProblems *problems() const { return m_problems; }
    DesignerProperties *properties() const { return m_properties; }
    NoticeBar *notice() const { return m_notice; }
    /** An action by its object name ("designerUndo", "designerBlockTool", …), for tests. */
    QAction *action(const QString &name) const { return m_actions.value(name); }
    QList<QAction *> allActions() const { return m_actions.values(); }

    // The edits behind the actions (also for tests).
    void paintCategory(int categoryId);
    void toggleFlag(quint8 flag);
    void rotateSelection(double degrees);
    void deleteSelection();
    void copySelection();
    void paste();
    int addCategory(const QString &name, const QString &colour = QString());

signals:
    void loaded(bool ok);
    void saved(bool ok);
    void published(bool ok);
    /** The organizer leaves the designer (Ctrl+W); the caller asks about unsaved changes. */
    void closeRequested();

private:
    void createActions();
    void createToolActions();      // designertools.cpp
    void createGeneratorActions(); // designergenerators.cpp
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                       const QString &tip = QString());
    void updateActions();
    void updateTitle();
    void onLoaded(const QString &title, qint64 venue, qint64 revision, bool readOnly, const QByteArray &wire,
                  const QString &error);
    void pushEdit(const QString &text,
                  std::function<bool(Shared::LayoutDocument &, DesignerSelection &)> edit);
    void publishNow();

    // Tools: each asks its parameters, then adds at the view's centre and selects what it added.
    void addBlockTool(bool singleRow);
    void addTableTool();
    void addStandingTool();
    QStringList categoryChoices() const; // "None yet", then the categories
    int categoryOfChoice(int choice) const;
    QString defaultSectionName() const;
    void runGenerator(
        const QString &text,
        std::function<std::optional<Shared::LayoutAddition>(Shared::LayoutDocument &, QString *)> generate);
    void addStageTool();
    void addLabelTool();
    void addShapeTool();
    void askPaintCategory();
    void askNewCategory();

    ServerConnection *m_connection;
    DesignerDocument *m_doc;
    DesignerView *m_view;
    DesignerLegend *m_legend;
    DesignerProblems *m_problems;
    DesignerProperties *m_properties;
    NoticeBar *m_notice;
    QLabel *m_title;
    QToolBar *m_toolBar;
    QHash<QString, QAction *> m_actions;

    qint64 m_venue = 0;
    qint64 m_revision = 0;
    QString m_titleText;
    bool m_readOnly = false;
    bool m_busy = false; // a save or publish is on its way
    qint64 m_request = 0;
    Shared::LayoutDocument m_clipboard;
    DesignerSelection m_clipboardObjects;
    int m_pasteCount = 0;
};

} // namespace BoxOffice::Ui
