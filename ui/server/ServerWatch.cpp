// SPDX-License-Identifier: MIT
#include "server/ServerWatch.h"

#include "care/Clinic.h"

#include <QThread>

namespace bb::ui {

ServerWatch::ServerWatch(const care::Clinic &clinic, QObject *parent)
    : QObject(parent), m_clinic(clinic)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ServerWatch::retry);
}

ServerWatch::~ServerWatch()
{
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
}

bool ServerWatch::check()
{
    if (m_clinic.serverAnswers()) {
        if (!m_answering)
            answering(); // back already: say so and send what waited
        return true;
    }
    notAnswering();
    return false;
}

void ServerWatch::notAnswering()
{
    if (!m_answering)
        return;
    m_answering = false;
    m_retry.start();
    emit stoppedAnswering();
}

int ServerWatch::sendLeftDrafts()
{
    if (m_clinic.drafts.unsentCount() == 0 || !m_clinic.serverAnswers())
        return 0;
    return m_clinic.drafts.sendUnsent();
}

qint64 ServerWatch::lastChange() const
{
    const auto last = m_clinic.audit.lastChange();
    return last ? last.value() : 0;
}

bool ServerWatch::changedSince(qint64 *seen) const
{
    const qint64 now = lastChange();
    if (now <= *seen)
        return false;
    *seen = now;
    return true;
}

void ServerWatch::retry()
{
    if (m_probe)
        return; // the last question is not answered yet
    // Asked on a thread and a connection of its own: a server that takes seconds not to answer
    // never holds up the window. Only once it answers is the window's connection made again.
    m_probe = QThread::create([this] { m_reached = m_clinic.serverReachable(); });
    connect(m_probe, &QThread::finished, this, [this] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (m_reached && !m_answering && m_clinic.serverAnswers())
            answering();
    });
    m_probe->start();
}

void ServerWatch::answering()
{
    m_retry.stop();
    m_answering = true;
    emit answersAgain(m_clinic.drafts.sendUnsent());
}

} // namespace bb::ui
