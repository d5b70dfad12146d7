// SPDX-License-Identifier: MIT
#include "careplan/PreferencesDialog.h"

#include "domain/Codes.h"
#include "widgets/FieldRows.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bb::ui {
namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text.isEmpty() ? QObject::tr("(nothing yet)") : text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

PreferencesDialog::PreferencesDialog(const ReceivedPreferences &received,
                                     const StoredCarePlan &plan, QWidget *parent)
    : QDialog(parent), m_comparison(new QTableWidget(0, 3)), m_reason(new QLineEdit),
      m_rows(new FieldRows)
{
    setWindowTitle(tr("Her birth preferences"));
    const BirthPreferences &p = received.preferences;
    const StoredCarePlan proposed = proposedPlan(plan, p);
    auto *intro = new QLabel(
        tr("Written by her on %1, received on %2 by %3. Go through them with her: nothing in her "
           "plan changes until you take them in and save.")
            .arg(p.writtenOn.toString(QStringLiteral("dd-MMM-yyyy")),
                 received.receivedAt.toString(QStringLiteral("dd-MMM-yyyy")), received.receivedBy));
    intro->setWordWrap(true);

    m_comparison->setObjectName(QStringLiteral("preferencesComparison"));
    m_comparison->setAccessibleName(tr("Her plan now, and what she sent"));
    m_comparison->setHorizontalHeaderLabels(
        {QString(), tr("In her plan now"), tr("What she sent")});
    m_comparison->verticalHeader()->hide();
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setWordWrap(true);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const struct
    {
        QString part;
        QString now;
        QString sent;
    } rows[] = {
        {tr("Place of birth"), codes::label(plan.chosenPlaceOfBirth),
         p.placeOfBirth ? codes::label(*p.placeOfBirth) : QString()},
        {tr("Birth preferences"), plan.birthPreferences, birthPreferencesText(p)},
        {tr("What matters to her"), plan.whatMatters, p.whatMatters},
    };
    for (const auto &row : rows) {
        const int r = m_comparison->rowCount();
        m_comparison->insertRow(r);
        m_comparison->setItem(r, 0, cell(row.part));
        m_comparison->setItem(r, 1, cell(row.now));
        auto *sent = cell(row.sent.isEmpty() ? tr("(she did not say: stays as it is)") : row.sent);
        if (!row.sent.isEmpty() && row.sent != row.now) {
            QFont changed = sent->font();
            changed.setBold(true); // what taking them would change
            sent->setFont(changed);
        }
        m_comparison->setItem(r, 2, sent);
    }
    m_comparison->resizeRowsToContents();
    m_comparison->setCurrentCell(0, 2);
    const bool changesNothing = proposed.chosenPlaceOfBirth == plan.chosenPlaceOfBirth &&
                                proposed.birthPreferences == plan.birthPreferences &&
                                proposed.whatMatters == plan.whatMatters;

    m_reason->setObjectName(QStringLiteral("preferencesReason"));
    m_rows->add(tr("&Why set aside"), m_reason, QStringLiteral("reason"),
                tr("Only when you set them aside: why, in a few words"));

    auto *buttons = new QDialogButtonBox;
    auto *take = buttons->addButton(tr("&Take into her plan"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takePreferences"));
    take->setEnabled(!changesNothing);
    auto *aside = buttons->addButton(tr("&Set aside"), QDialogButtonBox::ActionRole);
    aside->setObjectName(QStringLiteral("setPreferencesAside"));
    auto *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("preferencesLater"));
    connect(take, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Take;
        accept();
    });
    connect(aside, &QPushButton::clicked, this, &PreferencesDialog::setAside);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_comparison, 1);
    if (changesNothing)
        layout->addWidget(new QLabel(tr("Her plan already says all of this.")));
    layout->addLayout(m_rows);
    layout->addWidget(buttons);
    resize(760, 440);
}

QString PreferencesDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PreferencesDialog::setAside()
{
    if (reason().isEmpty()) {
        m_rows->showMessage(QStringLiteral("reason"), tr("Say why they are set aside."));
        m_reason->setFocus();
        return;
    }
    m_decision = Decision::SetAside;
    accept();
}

} // namespace bb::ui
