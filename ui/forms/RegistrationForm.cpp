// SPDX-License-Identifier: MIT
#include "forms/RegistrationForm.h"

#include "ClinicContext.h"
#include "clinical/BookingValidation.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"
#include "domain/Languages.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bb::ui {

RegistrationForm::RegistrationForm(ClinicContext &context, QWidget *parent)
    : StageForm(context, QStringLiteral("registration"), parent)
{
    auto *group = new QGroupBox(tr("Her details"));
    m_rows = new FieldRows(group);

    m_nhsNumber = new QLineEdit;
    m_nhsNumber->setObjectName(QStringLiteral("nhsNumber"));
    m_nhsNumber->setPlaceholderText(tr("943 476 5919"));
    m_nhsNumber->setMaxLength(14);
    m_rows->add(tr("&NHS number"), m_nhsNumber, QStringLiteral("woman.nhs_number"),
                tr("Ten digits; spaces and dashes are fine, and a pasted number is tidied."));
    m_givenName = new QLineEdit;
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_rows->add(tr("&Given name"), m_givenName, QStringLiteral("woman.given_name"));
    m_familyName = new QLineEdit;
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_rows->add(tr("&Family name"), m_familyName, QStringLiteral("woman.family_name"));
    m_dateOfBirth = new DateField;
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_rows->add(tr("&Date of birth"), m_dateOfBirth, QStringLiteral("woman.date_of_birth"));
    m_age = new QLabel;
    m_age->setObjectName(QStringLiteral("ageDisplay"));
    m_rows->addRow(QString(), m_age);
    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4);
    m_rows->add(tr("&Address"), m_address, QStringLiteral("woman.address"));
    m_postcode = new QLineEdit;
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setMaxLength(8);
    m_rows->add(tr("&Postcode"), m_postcode, QStringLiteral("woman.postcode"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phone"));
    m_rows->add(tr("P&hone"), m_phone, QStringLiteral("woman.phone"));
    m_gpPractice = new QLineEdit;
    m_gpPractice->setObjectName(QStringLiteral("gpPractice"));
    m_rows->add(tr("GP pra&ctice"), m_gpPractice, QStringLiteral("woman.gp_practice"));
    m_ethnicCategory = new QComboBox;
    m_ethnicCategory->setObjectName(QStringLiteral("ethnicCategory"));
    m_ethnicCategory->addItem(tr("Not recorded"), QString());
    for (const QString &code : codes::ethnicCategoryCodes())
        m_ethnicCategory->addItem(code + QStringLiteral(" - ") + codes::ethnicCategoryLabel(code),
                                  code);
    m_rows->add(tr("Ethnic categ&ory"), m_ethnicCategory, QStringLiteral("woman.ethnic_category"));
    // From a list, by name: a typed "Gujrati" or "pol" could not book her an interpreter.
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("preferredLanguage"));
    for (const Language &language : commonLanguages())
        m_language->addItem(language.name, language.code);
    m_language->insertSeparator(m_language->count());
    for (const Language &language : allLanguages())
        m_language->addItem(language.name, language.code);
    m_rows->add(tr("Preferred &language"), m_language, QStringLiteral("woman.preferred_language"),
                tr("Type the first letters of its name"));
    m_interpreter = new QCheckBox(tr("&Interpreter needed"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeeded"));
    m_rows->add(QString(), m_interpreter);
    m_interpreter->setAccessibleName(tr("Interpreter needed"));

    // Beside her details, so the page still fits a laptop's screen without scrolling.
    auto *kinGroup = new QGroupBox(tr("Next of kin and work"));
    m_kinRows = new FieldRows(kinGroup);
    m_kinName = new QLineEdit;
    m_kinName->setObjectName(QStringLiteral("nextOfKinName"));
    m_kinRows->add(tr("Next of &kin"), m_kinName, QStringLiteral("woman.next_of_kin.name"),
                   tr("Her partner, or whom to contact for her"));
    m_kinRelationship = new QLineEdit;
    m_kinRelationship->setObjectName(QStringLiteral("nextOfKinRelationship"));
    m_kinRelationship->setPlaceholderText(tr("partner, mother, friend..."));
    m_kinRows->add(tr("&Relationship to her"), m_kinRelationship,
                   QStringLiteral("woman.next_of_kin.relationship"));
    m_kinPhone = new QLineEdit;
    m_kinPhone->setObjectName(QStringLiteral("nextOfKinPhone"));
    m_kinRows->add(tr("Their phone num&ber"), m_kinPhone,
                   QStringLiteral("woman.next_of_kin.phone"));
    m_occupation = new QLineEdit;
    m_occupation->setObjectName(QStringLiteral("occupation"));
    m_kinRows->add(tr("Her occ&upation"), m_occupation, QStringLiteral("woman.occupation"));

    m_formMessage = makeMessageLabel(this);
    auto *groups = new QHBoxLayout;
    groups->addWidget(group, 3);
    groups->addWidget(kinGroup, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formMessage);
    layout->addLayout(groups);
    layout->addStretch();

    // A pasted or typed NHS number is shown 3-3-4 as soon as it is whole.
    connect(m_nhsNumber, &QLineEdit::editingFinished, this, [this] {
        const QString digits = clinical::nhs::normalise(m_nhsNumber->text());
        if (digits.size() == 10 && clinical::nhs::isValid(digits))
            m_nhsNumber->setText(clinical::nhs::format(digits));
        m_rows->showMessage(QStringLiteral("woman.nhs_number"),
                            m_nhsNumber->text().isEmpty() ? QString()
                                                          : clinical::nhs::problem(digits));
    });
    connect(m_dateOfBirth, &QLineEdit::textChanged, this, [this] {
        const QDate dob = m_dateOfBirth->date();
        const QDate today = this->context().clock.today();
        m_age->setText(dob.isValid() && dob <= today
                           ? tr("Age %1 today").arg(clinical::ageInYears(dob, today))
                           : QString());
    });
    connect(m_postcode, &QLineEdit::editingFinished, this,
            [this] { m_postcode->setText(m_postcode->text().trimmed().toUpper()); });
    watchInputs();
    setWoman(Woman{});
}

QString RegistrationForm::recordKey() const
{
    return m_woman.id == 0 ? QStringLiteral("new") : QStringLiteral("woman:%1").arg(m_woman.id);
}

void RegistrationForm::setWoman(const Woman &woman)
{
    m_woman = woman;
    reload();
}

void RegistrationForm::showSavedValue()
{
    m_rows->clearMessages();
    setMessage(m_formMessage, QString());
    m_nhsNumber->setText(clinical::nhs::format(m_woman.nhsNumber));
    m_givenName->setText(m_woman.givenName);
    m_familyName->setText(m_woman.familyName);
    m_dateOfBirth->setDate(m_woman.dateOfBirth);
    m_address->setPlainText(m_woman.address);
    m_postcode->setText(m_woman.postcode);
    m_phone->setText(m_woman.phone);
    m_gpPractice->setText(m_woman.gpPractice);
    m_ethnicCategory->setCurrentIndex(
        std::max(0, m_ethnicCategory->findData(m_woman.ethnicCategory)));
    int language = m_language->findData(m_woman.preferredLanguage);
    if (language < 0 && !m_woman.preferredLanguage.isEmpty()) {
        // Saved before the list: kept as it was until someone chooses from the list.
        m_language->addItem(tr("%1 (not a known language code)").arg(m_woman.preferredLanguage),
                            m_woman.preferredLanguage);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(std::max(language, 0));
    m_interpreter->setChecked(m_woman.interpreterNeeded);
    m_kinRows->clearMessages();
    m_kinName->setText(m_woman.nextOfKin.name);
    m_kinRelationship->setText(m_woman.nextOfKin.relationship);
    m_kinPhone->setText(m_woman.nextOfKin.phone);
    m_occupation->setText(m_woman.occupation);
}

Woman RegistrationForm::typedWoman(FieldErrors &problems) const
{
    Woman w = m_woman; // keeps what this form does not edit (social circumstances)
    w.nhsNumber = clinical::nhs::normalise(m_nhsNumber->text());
    w.givenName = m_givenName->text().simplified();
    w.familyName = m_familyName->text().simplified();
    w.dateOfBirth = m_dateOfBirth->date();
    if (m_dateOfBirth->hasProblem())
        problems.append({QStringLiteral("woman.date_of_birth"),
                         tr("'%1' is not a real date (dd/mm/yyyy)").arg(m_dateOfBirth->text())});
    w.address = m_address->toPlainText().trimmed();
    w.postcode = m_postcode->text().trimmed().toUpper();
    w.phone = m_phone->text().trimmed();
    w.gpPractice = m_gpPractice->text().simplified();
    w.ethnicCategory = m_ethnicCategory->currentData().toString();
    w.preferredLanguage = m_language->currentData().toString();
    if (w.preferredLanguage.isEmpty())
        w.preferredLanguage = QStringLiteral("en");
    w.interpreterNeeded = m_interpreter->isChecked();
    w.nextOfKin = {m_kinName->text().simplified(), m_kinRelationship->text().simplified(),
                   m_kinPhone->text().trimmed()};
    w.occupation = m_occupation->text().simplified();
    return w;
}

bool RegistrationForm::save()
{
    FieldErrors problems;
    Woman woman = typedWoman(problems);
    const QString keyBefore = recordKey();
    // What could not be read from the fields is reported with every other problem at once.
    if (!problems.isEmpty())
        addUnreported(problems, clinical::validateWoman(woman, context().clock.today()));
    const auto saved = problems.isEmpty() ? context().clinic.women.save(woman, context().actor)
                                          : care::Outcome<Woman>(problems);
    if (saved.failed()) {
        setMessage(m_formMessage,
                   tr("Not saved: %1. What you typed is kept.").arg(saved.message()));
        return false;
    }
    if (saved.invalid()) {
        addUnreported(problems, saved.fieldErrors());
        const FieldErrors unplaced = m_rows->show(problems);
        QStringList lines{
            tr("Not saved: %n problem(s) to put right below.", nullptr, int(problems.size()))};
        for (const FieldError &problem : unplaced)
            lines << problem.toString();
        setMessage(m_formMessage, lines.join(QLatin1Char('\n')));
        if (QWidget *first = m_rows->fieldFor(problems.front().path))
            first->setFocus();
        return false;
    }
    m_rows->show({});
    woman = saved.value();
    setMessage(m_formMessage, QString());
    // A new registration's draft was kept under "new"; it is done with.
    if (keyBefore != QStringLiteral("woman:%1").arg(woman.id))
        context().clinic.drafts.remove(formName(), keyBefore);
    m_woman = woman;
    showSavedValue();
    markSaved();
    emit womanSaved(m_woman);
    return true;
}

} // namespace bb::ui
