// SPDX-License-Identifier: MIT
// Catch2's main with a Qt application around it: storage and UI tests need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef BB_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
// Core tests need no widgets, but printed documents lay out text, which needs fonts.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
