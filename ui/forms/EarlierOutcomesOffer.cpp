// SPDX-License-Identifier: MIT
#include "forms/EarlierOutcomesOffer.h"

#include "clinical/EarlierPregnancies.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bb::ui {

EarlierOutcomesOffer::EarlierOutcomesOffer(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("earlierOutcomesOffer"));
    // A box of its own, so that it reads as a question put to her, not as one of her rows.
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("earlierOutcomesText"));
    // Lines of its own making rather than word wrap, which a form row gives too little height.
    m_text->setTextFormat(Qt::PlainText);
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addEarlierOutcomes"));
    m_add->setToolTip(tr("Adds them as rows below, for you to check with her, change or remove "
                         "before saving"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_left.isEmpty())
            emit added(m_left);
    });
    hide();
}

void EarlierOutcomesOffer::setRecorded(const QList<PreviousPregnancy> &recorded,
                                       const QString &problem)
{
    m_recorded = recorded;
    m_problem = problem;
}

void EarlierOutcomesOffer::compareWith(const QList<PreviousPregnancy> &rows)
{
    m_left = clinical::notYetListed(m_recorded, rows);
    if (!m_problem.isEmpty()) {
        m_text->setText(
            tr("\u26A0 Her earlier pregnancies recorded here cannot be read: %1").arg(m_problem));
        m_add->hide();
        show();
        return;
    }
    setVisible(!m_left.isEmpty());
    if (m_left.isEmpty())
        return;
    // Which they are, three to a line: "2025 live birth, 2026 miscarriage".
    QStringList lines;
    QStringList line;
    for (const PreviousPregnancy &row : std::as_const(m_left)) {
        line << QStringLiteral("%1 %2").arg(row.year).arg(codes::label(row.outcome).toLower());
        if (line.size() == 3) {
            lines << line.join(QStringLiteral(", "));
            line.clear();
        }
    }
    if (!line.isEmpty())
        lines << line.join(QStringLiteral(", "));
    if (m_left.size() == 1) {
        lines.prepend(tr("1 earlier pregnancy recorded here: add it to her history?"));
        m_add->setText(tr("Add it for re&view"));
    } else {
        lines.prepend(tr("%1 earlier pregnancies recorded here: add them to her history?")
                          .arg(m_left.size()));
        m_add->setText(tr("Add them for re&view"));
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_add->show();
}

} // namespace bb::ui
