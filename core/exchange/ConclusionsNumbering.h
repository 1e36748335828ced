#pragma once

// The numbering of the items of a conclusions text: reading the marker that opens a
// line ("1.", "1)", "(a)", "- a.", "ii.", "•") and placing each item in the tree of
// conclusions, sub-items and sub-sub-items, telling letters from roman numerals by
// the sequence they continue ("i" after "h" is a letter; after "p" it opens a list).

#include <QString>
#include <QStringView>

namespace pd::conclusions {

struct LineMarker
{
    enum class Kind
    {
        None,   // an ordinary line
        Bullet, // a dash or bullet and no label
        Number, // "1.", "1)", "(1)"
        Letter, // "a.", "a)", "(a)"; single letters that are also roman numerals stay Letter
        Roman   // "ii.", "iv)", "(xii)"
    };
    Kind kind = Kind::None;
    QString label;           // "7", "p", "iii" (letters and numerals in lower case)
    bool bullet = false;     // a dash or bullet came first
    bool upper = false;      // the label was written in capitals ("IV.", "B)")
    qsizetype textStart = 0; // where the item's own text begins
};

LineMarker readMarker(QStringView line);

// 1 for "i", 4 for "iv", ... 0 when the text is not a roman numeral (up to 39).
int romanValue(QStringView label);
QString romanNumeral(int value); // lower case; empty outside 1..39

// Places items one after another. Numbers open conclusions; letters open sub-items of
// the current conclusion; roman numerals sub-sub-items of the current sub-item. A
// heading between items lets letters restart ("a." again under the next heading).
class NumberingState
{
public:
    static constexpr int NotAMarker = -2;
    struct Placed
    {
        int level = -1; // 0, 1, 2; -1: cannot be placed (no conclusion yet); NotAMarker: text
        QString label;  // as resolved ("i" as a letter or as a numeral)
        QString number; // "7", "7.p", "7.p.i"
        QString parent; // "" or "7", "7.p"
        bool outOfSequence = false;
        QString expected; // what the sequence expected, when out of it
    };
    Placed place(const LineMarker &marker);
    void headingSeen() { m_afterHeading = true; }
    const QString &currentTop() const { return m_top; }
    int currentLevel() const { return m_level; }

private:
    QString m_top;       // "7"
    QString m_letter;    // "p" (last sub-item label under m_top)
    QString m_subNumber; // "7.p" (number of the last sub-item)
    int m_roman = 0;     // last roman value under m_letter
    int m_level = -1;    // level of the last item placed
    bool m_afterHeading = false;
    bool m_lastLevel1Bullet = false;
    bool m_romanTop = false; // conclusions numbered "I.", "II.", ...
};

// True for a marker that opens the first conclusion: "1." or "I.".
bool opensConclusions(const LineMarker &marker);

} // namespace pd::conclusions
