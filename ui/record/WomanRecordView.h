// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Woman.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace bb::ui {

struct ClinicContext;
class BookingForm;
class CarePlanPage;
class RegistrationForm;
class StageForm;

/// One woman's record: who she is, which pregnancy, and a page per stage of care.
class WomanRecordView : public QWidget
{
    Q_OBJECT
public:
    explicit WomanRecordView(ClinicContext &context, QWidget *parent = nullptr);

    void openWoman(qint64 womanId);
    void startNewWoman();
    qint64 womanId() const;

    /// Puts the cursor in the first field of the page in front.
    void focusFirstField();

    /// Saves the page in front of the midwife.
    bool saveCurrentPage();
    /// Before leaving her record: asks about every page with unsaved changes.
    /// False when the midwife chose to stay.
    bool confirmLeave();

    RegistrationForm *registrationForm() const { return m_registration; }
    BookingForm *bookingForm() const { return m_booking; }
    CarePlanPage *carePlanPage() const { return m_carePlan; }
    QTabWidget *pages() const { return m_pages; }

signals:
    void saved();

private:
    void showHeader(const Woman &woman);
    void fillPregnancies(qint64 selectPregnancyId);
    void choosePregnancy(int index);
    bool confirmLeave(StageForm *form);

    ClinicContext &m_context;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_flags;
    QComboBox *m_pregnancy;
    QTabWidget *m_pages;
    RegistrationForm *m_registration;
    BookingForm *m_booking;
    CarePlanPage *m_carePlan;
    int m_pregnancyIndex = -1;
};

} // namespace bb::ui
