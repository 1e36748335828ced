#include "ConclusionsNumbering.h"

namespace pd::conclusions {

namespace {

bool isBulletChar(QChar c)
{
    switch (c.unicode()) {
    case '-':
    case '*':
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2022: // • bullet
    case 0x00B7: // · middle dot
    case 0x25AA: // ▪
    case 0x25CF: // ●
    case 0x25E6: // ◦
    case 0x2043: // ⁃
    case 0xF0B7: // a bullet from a symbol font, as PDF extraction leaves it
        return true;
    default:
        return false;
    }
}

bool isRomanLetter(QChar c)
{
    const char16_t u = QChar::toLower(c.unicode());
    return u == 'i' || u == 'v' || u == 'x' || u == 'l';
}

QString nextLetter(const QString &letter)
{
    if (letter.isEmpty())
        return QStringLiteral("a");
    const char16_t last = letter.back().unicode();
    if (letter.size() == 1 && last < 'z')
        return QString(QChar(char16_t(last + 1)));
    return QString(); // past "z": no expectation
}

} // namespace

int romanValue(QStringView label)
{
    if (label.isEmpty() || label.size() > 6)
        return 0;
    for (int v = 1; v <= 39; ++v) {
        if (label.compare(romanNumeral(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return 0;
}

QString romanNumeral(int value)
{
    if (value < 1 || value > 39)
        return {};
    static const char *const units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    static const char *const tens[] = {"", "x", "xx", "xxx"};
    return QLatin1String(tens[value / 10]) + QLatin1String(units[value % 10]);
}

LineMarker readMarker(QStringView line)
{
    LineMarker m;
    qsizetype i = 0;
    const qsizetype n = line.size();
    auto skipSpace = [&] {
        while (i < n && line.at(i).isSpace())
            ++i;
    };
    skipSpace();
    if (i < n && isBulletChar(line.at(i))) {
        // "--" or "-1" are not bullets; "- a." and "• text" are.
        if (i + 1 >= n || line.at(i + 1).isSpace()) {
            m.bullet = true;
            ++i;
            skipSpace();
        }
    }
    const qsizetype labelStart = i;
    const bool paren = i < n && line.at(i) == QLatin1Char('(');
    if (paren)
        ++i;
    const qsizetype tokenStart = i;
    while (i < n && i - tokenStart < 7 && line.at(i).isLetterOrNumber() && line.at(i).unicode() < 128)
        ++i;
    const QStringView token = line.mid(tokenStart, i - tokenStart);
    bool closed = false;
    if (!token.isEmpty() && i < n) {
        const QChar closer = line.at(i);
        if (closer == QLatin1Char(')') || (!paren && closer == QLatin1Char('.'))) {
            ++i;
            // A marker is followed by a space or ends the line: "e.g." is not one.
            closed = i >= n || line.at(i).isSpace();
        }
    }
    if (closed) {
        bool digits = true;
        bool letters = true;
        for (const QChar c : token) {
            digits = digits && c.isDigit();
            letters = letters && c.isLetter();
        }
        m.upper = token.at(0).isUpper();
        if (digits && token.size() <= 4) {
            m.kind = LineMarker::Kind::Number;
            m.label = QString::number(token.toInt());
        } else if (letters && token.size() == 1) {
            m.kind = LineMarker::Kind::Letter;
            m.label = token.toString().toLower();
        } else if (letters && romanValue(token) > 0) {
            m.kind = LineMarker::Kind::Roman;
            m.label = token.toString().toLower();
        }
    }
    if (m.kind == LineMarker::Kind::None) {
        i = labelStart;
        if (m.bullet)
            m.kind = LineMarker::Kind::Bullet;
    } else {
        skipSpace();
    }
    m.textStart = i;
    return m;
}

bool opensConclusions(const LineMarker &marker)
{
    return (marker.kind == LineMarker::Kind::Number && marker.label.size() <= 3) ||
           (marker.upper && marker.label == QLatin1String("i") &&
            (marker.kind == LineMarker::Kind::Letter || marker.kind == LineMarker::Kind::Roman));
}

NumberingState::Placed NumberingState::place(const LineMarker &marker)
{
    Placed p;
    using Kind = LineMarker::Kind;
    Kind kind = marker.kind;
    QString label = marker.label;

    // Conclusions numbered in capital roman numerals: "I." opens them, and each next
    // numeral ("V." after "IV.") is the next conclusion.
    const int value = romanValue(label);
    if (marker.upper && value > 0 && (kind == Kind::Letter || kind == Kind::Roman) &&
        ((m_top.isEmpty() && value == 1) || (m_romanTop && value == romanValue(m_top) + 1))) {
        m_romanTop = true;
        kind = Kind::Number;
        label = label.toUpper();
    }

    if (kind == Kind::Number) {
        const int current = m_romanTop ? romanValue(m_top) : m_top.toInt();
        const int given = m_romanTop ? romanValue(label) : label.toInt();
        const int expected = m_top.isEmpty() ? 1 : current + 1;
        // "2022." opening a line is a year, unless the conclusions have come that far.
        if (given >= 1000 && given != expected) {
            p.level = NotAMarker;
            return p;
        }
        if (given != expected) {
            p.outOfSequence = true;
            p.expected = m_romanTop ? romanNumeral(expected).toUpper() : QString::number(expected);
        }
        m_top = m_romanTop ? label.toUpper() : label;
        m_letter.clear();
        m_subNumber.clear();
        m_roman = 0;
        m_afterHeading = false;
        m_lastLevel1Bullet = false;
        p.level = m_level = 0;
        p.label = m_top;
        p.number = m_top;
        return p;
    }
    if (m_top.isEmpty())
        return p; // level -1: nothing to hang it on

    if (kind == Kind::Bullet) {
        // Bullets under a lettered item are its sub-items; otherwise they are sub-items
        // of the conclusion, lettered in turn.
        if (!m_letter.isEmpty() && !m_lastLevel1Bullet && !m_afterHeading) {
            kind = Kind::Roman;
            label = romanNumeral(m_roman + 1);
        } else {
            kind = Kind::Letter;
            label = nextLetter(m_letter);
            if (label.isEmpty())
                label = QString::number(m_letter.size() + 1);
        }
    } else if (kind == Kind::Letter && isRomanLetter(label.at(0))) {
        // "i", "v", "x", "l": a letter when it continues the letters, else a numeral.
        const QString next = nextLetter(m_letter);
        const bool continuesLetters = label == next || m_letter.isEmpty();
        const bool continuesRomans = value == m_roman + 1 && !m_letter.isEmpty();
        if (!continuesLetters && (continuesRomans || value == 1) && !m_subNumber.isEmpty())
            kind = Kind::Roman;
    } else if (kind == Kind::Roman && m_subNumber.isEmpty()) {
        // Roman numerals straight under a conclusion are its sub-items.
        kind = Kind::Letter;
    }

    if (kind == Kind::Letter) {
        const QString next = nextLetter(m_letter);
        const bool restart = label == QLatin1String("a") && m_afterHeading && !m_letter.isEmpty();
        if (!restart && !next.isEmpty() && label != next && !(m_letter.isEmpty() && label.size() > 1)) {
            p.outOfSequence = true;
            p.expected = next;
        }
        m_letter = label;
        m_subNumber = m_top + QLatin1Char('.') + label;
        m_roman = 0;
        m_afterHeading = false;
        m_lastLevel1Bullet = marker.kind == Kind::Bullet;
        p.level = m_level = 1;
        p.label = label;
        p.number = m_subNumber;
        p.parent = m_top;
        return p;
    }

    // Roman: under the current sub-item.
    const int numeral = romanValue(label);
    if (numeral != m_roman + 1) {
        p.outOfSequence = true;
        p.expected = romanNumeral(m_roman + 1);
    }
    m_roman = numeral;
    p.level = m_level = 2;
    p.label = label;
    p.number = m_subNumber + QLatin1Char('.') + label;
    p.parent = m_subNumber;
    return p;
}

} // namespace pd::conclusions
