#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace BoxOffice::Ui {

class DesignerWorkspace;
class ServerConnection;
class VenueView;

/**
 * The organizers' Venues workspace (issue 11): the venues with their draft and published
 * versions on the left (ListVenues); the one chosen drawn on the right, fitted to the view
 * (GetDraft or GetLayoutVersion). Return (or Ctrl+E) opens it in the designer: the draft
 * for editing, a published version read-only; Ctrl+W in the designer comes back.
 */
class VenuesWorkspace final : public QWidget
{
    Q_OBJECT
public:
    /** Tree item data: the venue id, and the version shown (0: the draft). */
    static constexpr int VenueRole = Qt::UserRole;
    static constexpr int VersionRole = Qt::UserRole + 1;

    explicit VenuesWorkspace(ServerConnection *connection, QWidget *parent = nullptr);

    /**
     * Adds this workspace as a tab of the main window's workspaces, shown to organizers and
     * admins only (checked again by the server), and reloaded whenever it comes to the front.
     * Kept here rather than in MainWindow, which is long enough.
     */
    void install(QTabWidget *workspaces);
    /** "Venues" (Ctrl+5) for the main window's View menu. */
    QAction *showAction() const { return m_showAction; }
    bool isAvailable() const;

    /** Reloads the list of venues, keeping the choice where it still exists. */
    void refresh();

    QTreeWidget *venueTree() const { return m_tree; }
    VenueView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    DesignerWorkspace *designer() const { return m_designer; }
    /** "Open in Designer" (Ctrl+E): the chosen draft or version. */
    QAction *designAction() const { return m_designAction; }
    /** Opens a venue's draft in the designer (--screenshot --workspace designer --venue). */
    void editDraft(qint64 venue);
    /** Back from the designer to the list, asking first about unsaved changes; false: stays. */
    bool closeDesigner();

signals:
    /** A draft or version has been drawn (or its request failed: then `ok` is false). */
    void documentShown(bool ok);

private:
    void showItem(QTreeWidgetItem *item);
    void openInDesigner(QTreeWidgetItem *item);
    void onSessionChanged();

    ServerConnection *m_connection;
    QTreeWidget *m_tree;
    VenueView *m_view;
    QLabel *m_summary;
    DesignerWorkspace *m_designer;
    QStackedWidget *m_pages;
    QPushButton *m_designButton;
    QAction *m_showAction;
    QAction *m_designAction;
    QTabWidget *m_workspaces = nullptr;
    qint64 m_request = 0; // the GetDraft/GetLayoutVersion whose answer is awaited
};

} // namespace BoxOffice::Ui
