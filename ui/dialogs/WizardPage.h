#pragma once

#include <QWizardPage>

#include <functional>

namespace pd {

// A wizard page whose checks are functions of the wizard that builds it, so that one
// class lays out, checks and translates all of its pages. Unset functions keep
// QWizardPage's behaviour. changed() tells the wizard to ask isComplete() and
// nextId() again (its buttons follow).
class WizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<int()> next;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : QWizardPage::validatePage(); }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void changed() { Q_EMIT completeChanged(); }
};

} // namespace pd
