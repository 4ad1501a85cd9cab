// Folding and word keys: the forms every heading, label and skill is compared in.
#include "unicode_words.hpp"

#include <gtest/gtest.h>

using reshost::detail::fold;
using reshost::detail::word_key;

TEST(Fold, AsciiIsOnlyLowerCased) {
    EXPECT_EQ(fold("Work EXPERIENCE: C++ & C#, 2019-2021"), "work experience: c++ & c#, 2019-2021");
    EXPECT_EQ(fold(""), "");
}

TEST(Fold, CompatibilityFormsCaseAndAccents) {
    EXPECT_EQ(fold("\xEF\xBC\xA5\xEF\xBD\x98\xEF\xBD\x90"), "exp");            // fullwidth "Ｅｘｐ"
    EXPECT_EQ(fold("Caf\xC3\xA9 \xC3\x89" "COLE"), "cafe ecole");              // precomposed accents
    EXPECT_EQ(fold("Cafe\xCC\x81"), "cafe");                                   // "e" + combining acute
    EXPECT_EQ(fold("Stra\xC3\x9F" "e"), "strasse");                            // ß folds to "ss"
    EXPECT_EQ(fold("\xEF\xAC\x81nance"), "finance");                           // the "ﬁ" ligature
    EXPECT_EQ(fold("Re\xC2\xAD" "sum\xC3\xA9"), "resume");                     // soft hyphen dropped
    EXPECT_EQ(fold("A\xE2\x80\x94" "B"), "a\xE2\x80\x94" "b");                 // an em dash stays
    EXPECT_EQ(fold("\xCE\x95\xCE\xA0\xCE\x91\xCE\xA6\xCE\x97"), "\xCE\xB5\xCF\x80\xCE\xB1\xCF\x86\xCE\xB7");  // Greek
}

TEST(Fold, InvalidBytesAreKept) {
    EXPECT_EQ(fold("\xFF" "ABC"), "\xFF" "abc");
}

TEST(WordKey, KeepsLettersAndDigitsOnly) {
    EXPECT_EQ(word_key("\xF0\x9F\x92\xBC Work-Experience:"), "work experience");
    EXPECT_EQ(word_key("  \xC3\x89" "ducation / Formation "), "education formation");
    EXPECT_EQ(word_key("Skills (2024)"), "skills 2024");
}
