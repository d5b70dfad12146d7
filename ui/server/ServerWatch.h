// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>

class QThread;

namespace bb::care {
class Clinic;
}

namespace bb::ui {

/// Whether the team server answers, for every window of a clinic on a server. A page whose
/// draft or save the server did not take says so (notAnswering()); from then on the server is
/// asked again every few seconds, and when it answers, the drafts kept on this computer
/// meanwhile are sent to it and the windows are told (answersAgain()), so a save that waited
/// can be made.
class ServerWatch : public QObject
{
    Q_OBJECT
public:
    explicit ServerWatch(const care::Clinic &clinic, QObject *parent = nullptr);
    ~ServerWatch() override;

    bool isAnswering() const { return m_answering; }
    /// Asks the server now (making a new connection when the old one was lost); when it does not
    /// answer, the watch starts asking again. Returns whether it answers.
    bool check();
    /// A page found the server not answering (a draft went to this computer).
    void notAnswering();
    /// Sends drafts an earlier session left on this computer, when the server answers; how many
    /// were sent.
    int sendLeftDrafts();

    /// Whether anyone (a colleague elsewhere, or this window) made or changed a record since
    /// `*seen`, which is then moved on. A window asks when it comes to the front, and shows
    /// again what it shows when the answer is yes. Start `*seen` at lastChange().
    bool changedSince(qint64 *seen) const;
    /// Where the record of changes stands now; 0 when the server does not answer.
    qint64 lastChange() const;

    /// How often the server is asked again while it does not answer.
    static constexpr int kRetryMs = 5000;

signals:
    void stoppedAnswering();
    /// The server answers again; `draftsSent` drafts went to it from this computer.
    void answersAgain(int draftsSent);

private:
    void retry();
    /// The server answers again: the windows are told, and the drafts kept here sent.
    void answering();

    const care::Clinic &m_clinic;
    QTimer m_retry;
    bool m_answering = true;
    QThread *m_probe = nullptr; ///< asking the server on a thread of its own, while it runs
    std::atomic<bool> m_reached = false;
};

} // namespace bb::ui
