#include "db/transactionguard.h"

namespace BoxOffice::Server {

TransactionGuard::TransactionGuard(QSqlDatabase &db)
    : m_db(db)
    , m_begun(db.transaction())
{}

TransactionGuard::~TransactionGuard()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool TransactionGuard::commit()
{
    m_done = true;
    return m_begun && m_db.commit();
}

} // namespace BoxOffice::Server
