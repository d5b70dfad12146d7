// SPDX-License-Identifier: MIT
#include "forms/RegistrationForm.h"

#include "ClinicContext.h"
#include "clinical/Dating.h"
#include "clinical/NhsNumber.h"
#include "domain/Codes.h"
#include "domain/Languages.h"
#include "forms/BookingConflict.h"
#include "interop/BookingMerge.h"
#include "widgets/DateField.h"
#include "widgets/FieldRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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
    // A woman not registered with the NHS yet (newly arrived, seeking asylum) is cared for all
    // the same: she is given a temporary identifier until her number is known.
    m_noNhsNumber = new QCheckBox(tr("No NHS nu&mber yet: give her a temporary identifier"));
    m_noNhsNumber->setObjectName(QStringLiteral("noNhsNumber"));
    m_rows->add(QString(), m_noNhsNumber);
    m_noNhsNumber->setAccessibleName(tr("No NHS number yet"));
    // Once known, her NHS number is typed here and replaces the temporary identifier.
    m_knownNumber = new QLineEdit;
    m_knownNumber->setObjectName(QStringLiteral("knownNhsNumber"));
    m_knownNumber->setPlaceholderText(tr("943 476 5919"));
    m_knownNumber->setMaxLength(14);
    m_replace = new QPushButton(tr("Replace the temporary identifier"));
    m_replace->setObjectName(QStringLiteral("replaceTemporaryNumber"));
    m_knownRow = new QWidget;
    auto *known = new QHBoxLayout(m_knownRow);
    known->setContentsMargins(0, 0, 0, 0);
    known->addWidget(m_knownNumber, 1);
    known->addWidget(m_replace);
    m_knownRow->setFocusProxy(m_knownNumber);
    m_rows->add(tr("Her NH&S number"), m_knownRow, QStringLiteral("woman.nhs_number_known"),
                tr("Her NHS number replaces the temporary identifier on every record of hers."));
    m_knownNumber->setAccessibleName(tr("Her NHS number, now known"));
    // Alt+S goes to the field itself, not to the row holding it and its button.
    if (auto *caption = qobject_cast<QLabel *>(m_rows->labelForField(m_knownRow)))
        caption->setBuddy(m_knownNumber);
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
    m_formMessage->setObjectName(QStringLiteral("registrationMessage"));
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
    connect(m_noNhsNumber, &QCheckBox::toggled, this, &RegistrationForm::showIdentifierRows);
    connect(m_knownNumber, &QLineEdit::editingFinished, this, [this] {
        const QString digits = clinical::nhs::normalise(m_knownNumber->text());
        if (clinical::nhs::isValid(digits))
            m_knownNumber->setText(clinical::nhs::format(digits));
    });
    // Enter in the field, or the button: saved as Ctrl+S saves the page, after the question.
    connect(m_knownNumber, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_replace, &QPushButton::clicked, this, [this] { save(); });
    watchInputs();
    setWoman(Woman{});
}

QString RegistrationForm::recordKey() const
{
    return m_woman.id == 0 ? QStringLiteral("new") : QStringLiteral("woman:%1").arg(m_woman.id);
}

void RegistrationForm::herDetailsSaved(const Woman &woman)
{
    if (hasUnsavedChanges())
        m_woman = woman;
    else
        setWoman(woman);
}

void RegistrationForm::setWoman(const Woman &woman)
{
    m_woman = woman;
    m_readAtVersion = storedVersion();
    reload();
}

std::optional<int> RegistrationForm::storedVersion() const
{
    if (m_woman.id == 0)
        return std::nullopt;
    const auto version = context().clinic.women.version(m_woman.id);
    return version ? std::optional<int>(version.value()) : std::nullopt;
}

void RegistrationForm::showSavedValue()
{
    m_rows->clearMessages();
    setMessage(m_formMessage, QString());
    m_nhsNumber->setText(clinical::nhs::format(m_woman.nhsNumber));
    m_noNhsNumber->setChecked(clinical::nhs::isTemporary(m_woman.nhsNumber));
    m_knownNumber->clear();
    showIdentifierRows();
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

bool RegistrationForm::registeringWithoutNumber() const
{
    return m_woman.id == 0 && m_noNhsNumber->isChecked();
}

void RegistrationForm::showIdentifierRows()
{
    const bool temporary = clinical::nhs::isTemporary(m_woman.nhsNumber);
    const bool registering = m_woman.id == 0;
    // The box is for a new registration; a woman with a temporary identifier shows it ticked,
    // and one with an NHS number never needs it.
    m_rows->setRowVisible(m_noNhsNumber, registering || temporary);
    m_noNhsNumber->setEnabled(registering);
    m_nhsNumber->setEnabled(registering ? !m_noNhsNumber->isChecked() : !temporary);
    m_nhsNumber->setPlaceholderText(registering && m_noNhsNumber->isChecked()
                                        ? tr("a temporary identifier is given when she is saved")
                                        : tr("943 476 5919"));
    m_rows->setRowVisible(m_knownRow, temporary && !registering);
}

Woman RegistrationForm::typedWoman(FieldErrors &problems) const
{
    Woman w = m_woman; // keeps what this form does not edit (social circumstances)
    if (registeringWithoutNumber())
        w.nhsNumber.clear(); // the app gives it; anything typed in the disabled field is kept
    else if (clinical::nhs::isTemporary(m_woman.nhsNumber) && m_woman.id != 0)
        w.nhsNumber = m_knownNumber->text().trimmed().isEmpty()
                          ? m_woman.nhsNumber
                          : clinical::nhs::normalise(m_knownNumber->text());
    else
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

void RegistrationForm::showProblems(const FieldErrors &problems)
{
    const FieldErrors unplaced = m_rows->show(problems);
    QStringList lines{
        tr("Not saved: %n problem(s) to put right below.", nullptr, int(problems.size()))};
    for (const FieldError &problem : unplaced)
        lines << problem.toString();
    setMessage(m_formMessage, lines.join(QLatin1Char('\n')));
    if (QWidget *first = m_rows->fieldFor(problems.front().path))
        first->setFocus();
}

bool RegistrationForm::confirmNotRegisteredAlready(const Woman &woman)
{
    const auto same = context().clinic.women.sameNameAndBirth(woman);
    if (!same) {
        setMessage(m_formMessage, tr("Not registered: whether she is registered already cannot "
                                     "be read (%1). What you typed is kept.")
                                      .arg(same.message()));
        return false;
    }
    if (same.value().isEmpty() || !context().confirm)
        return true;
    QStringList who;
    for (const Woman &other : same.value())
        who << tr("%1, %2, born %3, %4")
                   .arg(other.familyName.toUpper(), other.givenName,
                        other.dateOfBirth.toString(QStringLiteral("dd-MMM-yyyy")),
                        clinical::nhs::labelled(other.nhsNumber));
    const QString what =
        (who.size() == 1 ? tr("A woman with her names and date of birth is registered already:")
                         : tr("%1 women with her names and date of birth are registered already:")
                               .arg(who.size())) +
        QStringLiteral("\n\u2022 ") + who.join(QStringLiteral("\n\u2022 ")) +
        QStringLiteral("\n\n") +
        tr("Register %1 %2 as another woman? If she is one of them, find her record instead.")
            .arg(woman.givenName, woman.familyName.toUpper());
    if (context().confirm(this, tr("Register her anyway"), what))
        return true;
    setMessage(m_formMessage,
               tr("Not registered: she may be registered already. What you typed is kept."));
    return false;
}

bool RegistrationForm::save()
{
    FieldErrors problems;
    Woman woman = typedWoman(problems);
    const QString keyBefore = recordKey();
    const bool withoutNumber = registeringWithoutNumber();
    const bool replacing = m_woman.id != 0 && clinical::nhs::isTemporary(m_woman.nhsNumber) &&
                           woman.nhsNumber != m_woman.nhsNumber;
    // Her NHS number, typed to replace the temporary identifier, is explained beside that field.
    const auto placed = [replacing](FieldErrors errors) {
        if (replacing) {
            for (FieldError &e : errors) {
                if (e.path == QLatin1String("woman.nhs_number"))
                    e.path = QStringLiteral("woman.nhs_number_known");
            }
        }
        return errors;
    };
    // Everything that would refuse her is reported at once, before any question is asked.
    addUnreported(problems, placed(context().clinic.women.problems(
                                woman, withoutNumber ? care::NhsNumberKnown::NotYet
                                                     : care::NhsNumberKnown::Yes)));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (woman.id == 0 && !confirmNotRegisteredAlready(woman))
        return false;
    if (replacing && context().confirm &&
        !context().confirm(
            this, tr("Replace the temporary identifier"),
            tr("%1 replaces %2 as the identifier of %3 on every record of hers: her care plan, "
               "her appointments and what is printed from now on. This cannot be taken back.")
                .arg(clinical::nhs::labelled(woman.nhsNumber), m_woman.nhsNumber,
                     m_woman.fullName()))) {
        setMessage(m_formMessage, tr("Not saved: her temporary identifier is kept. What you "
                                     "typed is kept."));
        return false;
    }
    const auto saved =
        withoutNumber ? context().clinic.women.registerWithoutNhsNumber(woman, context().actor)
                      : context().clinic.women.save(woman, context().actor,
                                                    woman.id != 0 ? m_readAtVersion : std::nullopt);
    if (saved.conflicted())
        return resolveConflict(woman);
    if (saved.invalid()) {
        addUnreported(problems, placed(saved.fieldErrors()));
        showProblems(problems);
        return false;
    }
    return showSaved(saved, keyBefore);
}

bool RegistrationForm::showSaved(const care::Outcome<Woman> &saved, const QString &keyBefore,
                                 const QString &outcome)
{
    if (saved.invalid()) {
        showProblems(saved.fieldErrors());
        return false;
    }
    if (!saved) {
        setMessage(m_formMessage,
                   tr("Not saved: %1. What you typed is kept.").arg(saved.message()));
        return false;
    }
    m_rows->show({});
    const Woman woman = saved.value();
    // A new registration's draft was kept under "new"; it is done with.
    if (keyBefore != QStringLiteral("woman:%1").arg(woman.id))
        context().clinic.drafts.remove(formName(), keyBefore);
    m_woman = woman;
    m_readAtVersion = storedVersion();
    showSavedValue();
    setMessage(m_formMessage, outcome); // showSavedValue() clears it
    markSaved();
    emit womanSaved(m_woman);
    return true;
}

bool RegistrationForm::resolveConflict(const Woman &mine)
{
    // The version first: a save made after it is read is caught by the next save's check.
    const std::optional<int> theirVersion = storedVersion();
    const std::optional<Woman> theirs = context().clinic.women.byId(mine.id);
    if (!theirs || !theirVersion) {
        setMessage(m_formMessage, tr("Not saved: a colleague saved her details after you opened "
                                     "them, and they cannot be read now. What you typed is "
                                     "kept."));
        return false;
    }
    const interop::WomanMerge merge = interop::mergeWomen(m_woman, *theirs, mine);
    const auto saveMerged = [&](const QString &outcome) {
        const QString keyBefore = recordKey();
        const auto saved = context().clinic.women.save(merge.merged, context().actor, theirVersion);
        if (saved.conflicted()) // yet another save in between: put together again
            return resolveConflict(mine);
        return showSaved(saved, keyBefore, outcome);
    };
    if (merge.bothChanged.isEmpty()) {
        return saveMerged(tr("Saved. A colleague had saved her details while you had them "
                             "open; their answers were kept with yours: %1.")
                              .arg(BookingConflict::inWords(merge.theirsKept)));
    }
    // The fields both changed, side by side; the dialog reads them as the booking format does.
    Booking theirBooking;
    theirBooking.woman = *theirs;
    Booking mergedBooking;
    mergedBooking.woman = merge.merged;
    BookingConflict conflict(theirBooking, mergedBooking, merge.bothChanged, this);
    conflict.setWindowTitle(tr("Her details were saved by a colleague"));
    conflict.exec();
    switch (conflict.choice()) {
    case BookingConflict::Choice::KeepEditing:
        setMessage(m_formMessage,
                   tr("Not saved: a colleague saved her details after you opened them. What you "
                      "typed is kept; saving again shows both versions."));
        return false;
    case BookingConflict::Choice::TakeTheirs:
        context().clinic.drafts.remove(formName(), recordKey()); // dropped, as she chose
        setWoman(*theirs);
        setMessage(m_formMessage, tr("Showing her details as your colleague saved them. What "
                                     "you had typed was not saved."));
        emit womanSaved(m_woman); // her record's other pages show the colleague's save too
        return false;
    case BookingConflict::Choice::SaveMine:
        return saveMerged(QString());
    }
    return false;
}

} // namespace bb::ui
