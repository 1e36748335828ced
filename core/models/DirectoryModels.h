#pragma once

#include "domain/Enums.h"
#include "domain/FocalPoint.h"
#include "domain/Party.h"
#include "domain/Presidency.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace pd {

class Repositories;

/*
 * The three tables of the directory: parties (countries and organizations), their
 * focal points, and the presidencies. The lists are short (tens of rows), so each
 * model reads its whole table again when its repository (or a lookup) changes.
 */

class PartyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        NameEnColumn,
        NameEsColumn,
        AcronymColumn,
        KindColumn,
        CodeColumn,
        MemberColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        IdRole
    };

    explicit PartyTableModel(Repositories &repos, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKindFilter(std::optional<PartyKind> kind);
    void setLanguage(Language language);
    const Party &partyAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &uid) const;
    void reload();

private:
    Repositories &m_repos;
    QList<Party> m_items;
    std::optional<PartyKind> m_kind;
    Language m_language = Language::English;
};

class FocalPointTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        PartyColumn,
        EmailColumn,
        PhoneColumn,
        PersonalDataColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1
    };

    explicit FocalPointTableModel(Repositories &repos, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    const FocalPoint &focalPointAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &uid) const;
    void reload();

private:
    Repositories &m_repos;
    QList<FocalPoint> m_items;
    QHash<qint64, QString> m_partyNames;
    Language m_language = Language::English;
};

class PresidencyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PartyColumn,
        ConferenceColumn,
        StatusColumn,
        YearColumn,
        PeriodColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = Qt::UserRole + 1,
        StatusRole // PresidencyStatus as int
    };

    explicit PresidencyTableModel(Repositories &repos, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    const Presidency &presidencyAt(int row) const { return m_items.at(row); }
    void reload();

private:
    Repositories &m_repos;
    QList<Presidency> m_items;
    QHash<qint64, QString> m_partyNames;
    Language m_language = Language::English;
};

} // namespace pd
