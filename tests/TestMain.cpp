// SPDX-License-Identifier: MIT
// Catch2's main with a Qt application around it: storage and UI tests need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestServer.h"

#include <algorithm>
#include <cstring>
#include <vector>

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
    // --on-server: this run's databases are on the team server (TestServer.h).
    std::vector<char *> args(argv, argv + argc);
    if (const auto flag =
            std::find_if(args.begin(), args.end(),
                         [](const char *a) { return std::strcmp(a, "--on-server") == 0; });
        flag != args.end()) {
        args.erase(flag);
        qputenv("BBCLINIC_TEST_ON_SERVER", "1");
    }
    argc = int(args.size());
    TestApplication app(argc, args.data());
    // A server test with no server to go to is skipped, not passed: tools/dev test gives one.
    if (bb::test::onServer() && !qEnvironmentVariableIsSet("BBCLINIC_TEST_SERVER"))
        return bb::test::kSkipped;
    const int failed = Catch::Session().run(argc, args.data());
    bb::test::dropServerDatabases();
    return failed;
}
