#include "framescanner.h"

#include "protocol/frame.h"

#include <QCborMap>
#include <QCborValue>

#include <limits>

namespace BoxOffice::Load {

namespace {

enum Major {
    UnsignedInt = 0,
    NegativeInt = 1,
    ByteString = 2,
    TextString = 3,
    Array = 4,
    Map = 5,
    Tag = 6,
    Simple = 7
};

constexpr int MaxDepth = 32;

} // namespace

bool FrameScanner::scan(const QByteArray &frame, ScannedFrame &out)
{
    out = ScannedFrame();
    FrameScanner scanner(frame);
    // Type 0 with an error: the reply to a frame whose type the server could not read.
    if (scanner.scanTopLevel(out) &&
        (Shared::isKnownMessageType(out.type) || (out.type == 0 && out.error != 0)))
        return true;
    out = ScannedFrame();
    return fallback(frame, out);
}

bool FrameScanner::scanTopLevel(ScannedFrame &out)
{
    int major = 0;
    quint64 entries = 0;
    bool indefinite = false;
    if (!readHead(major, entries, indefinite) || major != Map || indefinite)
        return false;
    for (quint64 i = 0; i < entries; ++i) {
        QByteArrayView key;
        if (!readText(key))
            return false;
        bool ok = true;
        if (key == "t")
            ok = readInteger(out.type);
        else if (key == "id")
            ok = readInteger(out.id) && out.id >= 0;
        else if (key == "e")
            ok = readInteger(out.error);
        else if (key == "n")
            ok = readInteger(out.count);
        else if (key == "event")
            ok = readInteger(out.event);
        else if (key == "s" || key == "d")
            ok = readBytes(out.bytes);
        else if (key == "r")
            ok = scanResult(out);
        else
            ok = skipItem(0);
        if (!ok)
            return false;
    }
    return m_pos == m_data.size() && out.type >= 0;
}

bool FrameScanner::scanResult(ScannedFrame &out)
{
    int major = 0;
    quint64 entries = 0;
    bool indefinite = false;
    if (!readHead(major, entries, indefinite) || major != Map || indefinite)
        return false;
    out.hasResult = true;
    for (quint64 i = 0; i < entries; ++i) {
        QByteArrayView key;
        if (!readText(key))
            return false;
        bool ok = true;
        if (key == "hold")
            ok = readInteger(out.resultHold);
        else if (key == "n")
            ok = readInteger(out.resultCount);
        else
            ok = skipItem(1);
        if (!ok)
            return false;
    }
    return true;
}

bool FrameScanner::readHead(int &major, quint64 &argument, bool &indefinite)
{
    if (m_pos >= m_data.size())
        return false;
    const quint8 initial = quint8(m_data[m_pos++]);
    major = initial >> 5;
    const int info = initial & 0x1f;
    indefinite = false;
    if (info < 24) {
        argument = quint64(info);
        return true;
    }
    if (info == 31) {
        indefinite = true;
        argument = 0;
        return true;
    }
    if (info > 27)
        return false;
    const qsizetype length = qsizetype(1) << (info - 24);
    if (m_data.size() - m_pos < length)
        return false;
    argument = 0;
    for (qsizetype i = 0; i < length; ++i)
        argument = (argument << 8) | quint8(m_data[m_pos++]);
    return true;
}

bool FrameScanner::readInteger(qint64 &value)
{
    int major = 0;
    quint64 argument = 0;
    bool indefinite = false;
    if (!readHead(major, argument, indefinite) || indefinite)
        return false;
    if (argument > quint64(std::numeric_limits<qint64>::max()))
        return false;
    if (major == UnsignedInt)
        value = qint64(argument);
    else if (major == NegativeInt)
        value = -1 - qint64(argument);
    else
        return false;
    return true;
}

bool FrameScanner::readText(QByteArrayView &text)
{
    int major = 0;
    quint64 length = 0;
    bool indefinite = false;
    if (!readHead(major, length, indefinite) || major != TextString || indefinite ||
        length > quint64(m_data.size() - m_pos))
        return false;
    text = m_data.sliced(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}

bool FrameScanner::readBytes(QByteArrayView &bytes)
{
    int major = 0;
    quint64 length = 0;
    bool indefinite = false;
    if (!readHead(major, length, indefinite) || major != ByteString || indefinite ||
        length > quint64(m_data.size() - m_pos))
        return false;
    bytes = m_data.sliced(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}

bool FrameScanner::skipItem(int depth)
{
    if (depth > MaxDepth)
        return false;
    int major = 0;
    quint64 argument = 0;
    bool indefinite = false;
    if (!readHead(major, argument, indefinite))
        return false;
    // Indefinite lengths are legal CBOR, but QCborValue::toCbor never writes them; leave
    // them to the fallback instead of growing a second full parser here.
    if (indefinite)
        return false;
    switch (major) {
    case UnsignedInt:
    case NegativeInt:
    case Simple:
        return true;
    case ByteString:
    case TextString:
        if (argument > quint64(m_data.size() - m_pos))
            return false;
        m_pos += qsizetype(argument);
        return true;
    case Array:
    case Map: {
        // Every item takes at least one byte, so a count beyond the rest is corrupt.
        const quint64 items = major == Map ? argument * 2 : argument;
        if (argument > quint64(m_data.size() - m_pos) || items > quint64(m_data.size() - m_pos))
            return false;
        for (quint64 i = 0; i < items; ++i) {
            if (!skipItem(depth + 1))
                return false;
        }
        return true;
    }
    case Tag:
        return skipItem(depth + 1);
    default:
        return false;
    }
}

bool FrameScanner::fallback(const QByteArray &frame, ScannedFrame &out)
{
    const Shared::DecodeResult decoded = Shared::decodeFrame(frame);
    if (!decoded.frame)
        return false;
    const QCborMap &body = decoded.frame->body;
    out.type = qint64(decoded.frame->type);
    out.id = body.contains(Shared::Key::Id) ? decoded.frame->id : -1;
    out.error = body.value(Shared::Key::Error).toInteger(0);
    out.count = body.value(Shared::Key::SeatCount).toInteger(-1);
    out.event = body.value(Shared::Key::Event).toInteger(-1);
    if (body.contains(Shared::Key::Result)) {
        const QCborMap result = decoded.frame->result();
        out.hasResult = true;
        out.resultHold = result.value(Shared::Key::Hold).toInteger(-1);
        out.resultCount = result.value(Shared::Key::SeatCount).toInteger(-1);
    }
    const QCborValue bytes = body.contains(Shared::Key::States) ? body.value(Shared::Key::States)
                                                                : body.value(Shared::Key::Changes);
    out.ownedBytes = bytes.toByteArray();
    out.bytes = out.ownedBytes;
    return true;
}

} // namespace BoxOffice::Load
