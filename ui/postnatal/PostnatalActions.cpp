// SPDX-License-Identifier: MIT
#include "postnatal/PostnatalActions.h"

#include "clinical/ContactRules.h"
#include "util/HtmlText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bb::ui {

PostnatalActions::PostnatalActions(QWidget *parent)
    : QGroupBox(tr("What the rules ask for"), parent), m_title(new QLabel), m_actions(new QLabel)
{
    setFixedWidth(fontMetrics().averageCharWidth() * 57); // grows with the desktop's font
    m_title->setObjectName(QStringLiteral("postnatalActionsTitle"));
    m_title->setWordWrap(true);
    m_actions->setObjectName(QStringLiteral("postnatalActions"));
    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::RichText);
    m_actions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_actions->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_actions);
    column->addStretch();
    showContact(nullptr, 0, {});
}

void PostnatalActions::showContact(const care::PostnatalReview *review, qint64 day,
                                   const QString &seenBy)
{
    m_codes.clear();
    if (review == nullptr) {
        m_title->setText(tr("Once a contact is recorded, what the rules ask for after it shows "
                            "here, each with its source."));
        m_actions->clear();
        return;
    }
    const PostnatalContact &c = review->contact;
    m_title->setText(tr("After the contact on %1 (day %2), by %3:")
                         .arg(c.date.toString(QStringLiteral("ddd d MMM yyyy")))
                         .arg(day)
                         .arg(seenBy));
    QString html;
    for (const ContactAction &a : review->actions) {
        m_codes << a.code;
        html += QStringLiteral("<p><b>%1</b> <i>(%2)</i><br>%3</p>")
                    .arg(html::esc(clinical::contactActionTitle(a.code)), html::esc(a.source),
                         html::esc(a.reasons.join(QStringLiteral("; "))));
    }
    if (html.isEmpty())
        html = c.attended ? tr("<p>Nothing to act on from what was recorded.</p>")
                          : tr("<p>She was not seen: nothing was assessed.</p>");
    m_actions->setText(html);
}

} // namespace bb::ui
