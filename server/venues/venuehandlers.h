#pragma once

#include <QObject>

namespace BoxOffice::Server {

class DbPool;
class Dispatcher;
class LayoutCache;

/**
 * The venue designer's requests (messages 40–46, organizers and admins by the permission
 * table): venues with their versions, a draft or a version, saving and publishing the draft,
 * a new venue, an event moved to a newer version. Documents are decoded and validated on the
 * pool's aux worker, never on the socket thread; VenueStore does the database work.
 */
class VenueHandlers final : public QObject
{
    Q_OBJECT
public:
    VenueHandlers(Dispatcher &dispatcher, DbPool &pool, LayoutCache &layouts, QObject *parent = nullptr);

private:
    DbPool &m_pool;
    LayoutCache &m_layouts;
};

} // namespace BoxOffice::Server
