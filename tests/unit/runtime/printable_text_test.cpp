// Text quoted from a document in a one-line message: escaped and cut short.
#include "printable_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace reshost::test {

using detail::printable_text;

TEST(PrintableText, ControlCharactersAreEscaped) {
    EXPECT_EQ(printable_text("media/x\nreshost: forged line\x1b[2J\a"), "media/x\\nreshost: forged line\\x1b[2J\\x07");
    EXPECT_EQ(printable_text("a\tb\rc"), "a\\tb\\rc");
    EXPECT_EQ(printable_text("\xC2\x9B" "31m"), "\\u009b31m");  // C1 control sequence introducer
}

TEST(PrintableText, ValidUtf8StaysAndInvalidBytesAreEscaped) {
    EXPECT_EQ(printable_text("word/document.xml"), "word/document.xml");
    EXPECT_EQ(printable_text("Müller · 履歴書"), "Müller · 履歴書");
    EXPECT_EQ(printable_text("bad\xFF\xC3"), "bad\\xff\\xc3");
}

TEST(PrintableText, LongTextIsCutAndEmptyTextIsNamed) {
    std::string huge(1 << 20, 'x');
    std::string out = printable_text(huge, 100);
    EXPECT_EQ(out.size(), 100u + 3u);
    EXPECT_EQ(out.substr(100), "\xE2\x80\xA6");
    EXPECT_EQ(printable_text(""), "(empty)");
}

}  // namespace reshost::test
