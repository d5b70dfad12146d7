// SPDX-License-Identifier: MIT
// NHS number rules from the rules page (NHS Data Dictionary: modulus 11).
#include "TestSupport.h"

#include "clinical/NhsNumber.h"

using namespace bb::clinical;

TEST_CASE("NHS number: the rules page's valid examples pass modulus 11", "[nhs]")
{
    for (const char *number : {"9434765919", "9434765870", "4010232137"})
        CHECK(nhs::problem(QString::fromLatin1(number)).isEmpty());
}

TEST_CASE("NHS number: the rules page's invalid examples fail", "[nhs]")
{
    CHECK(nhs::problem(QStringLiteral("9434765918")) ==
          QStringLiteral("check digit does not match"));
    for (int last = 0; last <= 9; ++last) {
        // "any 123456789x": the weighted sum of 123456789 leaves a remainder giving check 10.
        CHECK_FALSE(nhs::isValid(QStringLiteral("123456789%1").arg(last)));
    }
    CHECK(nhs::checkDigit(u"123456789") == -1);
}

TEST_CASE("NHS number: 11 becomes a check digit of 0", "[nhs]")
{
    // Weighted sum 0 -> 11 - 0 = 11 -> 0.
    CHECK(nhs::checkDigit(u"000000000") == 0);
    CHECK(nhs::isValid(QStringLiteral("0000000000")));
}

TEST_CASE("NHS number: spaces and dashes are accepted on input", "[nhs]")
{
    CHECK(nhs::isValid(QStringLiteral("943 476 5919")));
    CHECK(nhs::isValid(QStringLiteral("943-476-5919")));
    CHECK(nhs::isValid(QStringLiteral(" 943 476-5919 ")));
    CHECK(nhs::normalise(QStringLiteral("943-476 5919")) == QStringLiteral("9434765919"));
}

TEST_CASE("NHS number: wrong lengths and letters are explained", "[nhs]")
{
    CHECK(nhs::problem(QString()) == QStringLiteral("is required"));
    CHECK(nhs::problem(QStringLiteral("943476591")).contains(QStringLiteral("10 digits")));
    CHECK(nhs::problem(QStringLiteral("94347659190")).contains(QStringLiteral("10 digits")));
    CHECK(nhs::problem(QStringLiteral("943476591A")).contains(QStringLiteral("only digits")));
}

TEST_CASE("NHS number: displayed 3-3-4", "[nhs]")
{
    CHECK(nhs::format(QStringLiteral("9434765919")) == QStringLiteral("943 476 5919"));
    CHECK(nhs::format(QStringLiteral("943-476-5919")) == QStringLiteral("943 476 5919"));
}
