#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace BoxOffice::Load {

/**
 * The few fields of a server frame the load generator looks at. Integer fields are -1 (0 for
 * error) when absent; bytes views into the scanned frame (or into ownedBytes after a
 * fallback decode), so a ScannedFrame must not outlive the frame it was scanned from.
 */
struct ScannedFrame
{
    qint64 type = -1;
    qint64 id = -1;
    qint64 error = 0;
    bool hasResult = false;
    qint64 resultHold = -1;  // r.hold
    qint64 resultCount = -1; // r.n
    qint64 count = -1;       // n of a Snapshot push
    qint64 event = -1;       // event of a push
    QByteArrayView bytes;    // s of a Snapshot, d of a Delta
    QByteArray ownedBytes;
};

/**
 * Reads the fields above straight from the CBOR bytes, without building a QCborMap: the
 * fanout run sees tens of thousands of frames a second on the machine that also runs the
 * server. Anything unusual (indefinite lengths, unexpected types) falls back to the shared
 * decodeFrame(), so the shared codec stays the authority on what a frame means.
 */
class FrameScanner final
{
public:
    /** Fills out from frame; false if the frame is not a valid protocol frame at all. */
    static bool scan(const QByteArray &frame, ScannedFrame &out);

private:
    explicit FrameScanner(QByteArrayView data)
        : m_data(data)
    {}

    bool scanTopLevel(ScannedFrame &out);
    bool scanResult(ScannedFrame &out);
    bool readHead(int &major, quint64 &argument, bool &indefinite);
    bool readInteger(qint64 &value);
    bool readText(QByteArrayView &text);
    bool readBytes(QByteArrayView &bytes);
    bool skipItem(int depth);

    static bool fallback(const QByteArray &frame, ScannedFrame &out);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace BoxOffice::Load
