#pragma once

#include <QSqlDatabase>
#include <QString>

namespace BoxOffice::Server {

/**
 * Applies the numbered SQL files of server/sql/ (compiled in as :/sql/NNN_name.sql) that the
 * database has not seen, each in its own transaction and recorded in schema_migrations.
 * An advisory lock keeps two nodes starting at once from applying the same file twice.
 */
class Migrator
{
public:
    explicit Migrator(QSqlDatabase &db)
        : m_db(db)
    {}

    bool migrate(QString *error);
    /** Loads the demo data if the database has no venue yet. */
    bool loadDemo(QString *error);

private:
    QSqlDatabase &m_db;
};

} // namespace BoxOffice::Server
