// SPDX-License-Identifier: MIT
#include "TeamWindowBench.h"

#include "Stopwatch.h"

#include "ClinicContext.h"
#include "teams/CaseloadView.h"
#include "teams/TeamWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTreeWidget>

#include <cstdio>

namespace bb::bench {
namespace {

constexpr int kMostRuns = 30;
constexpr qint64 kBudgetMs = 60'000; // a slow window still gets three runs, not thirty
constexpr qint64 kGiveUpMs = 120'000;

} // namespace

void benchTeamWindow(const storage::Database &database, const Clock &clock)
{
    std::printf("\nThe team window (Ctrl+T), offscreen, until the caseloads are shown:\n");
    const care::Clinic clinic(database, clock);
    ui::ClinicContext context(clinic);
    Samples samples;
    int rows = 0;
    QElapsedTimer spent;
    spent.start();
    while (samples.size() < kMostRuns && (samples.size() < 3 || spent.elapsed() < kBudgetMs)) {
        QElapsedTimer timer;
        timer.start();
        ui::TeamWindow window(context);
        window.refreshShown(); // as Ctrl+T does
        window.show();
        QTreeWidget *tree = window.caseload()->tree();
        // Painted once the event loop has run; rows may arrive after the first paint.
        do
            QCoreApplication::processEvents();
        while (tree->topLevelItemCount() == 0 && timer.elapsed() < kGiveUpMs);
        samples.add(double(timer.nsecsElapsed()) / 1e6);
        rows = tree->topLevelItemCount();
    }
    samples.print("open the team window (first tab shown)", 300);
    std::printf("  (%d top-level rows in the caseload tree)\n", rows);
}

} // namespace bb::bench
