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
    // Tests never need a display: the offscreen platform lays out text and widgets the same way.
    // Set before the application exists so that listing the tests at build time works too.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
