#include "project/Project.h"

#include "secrets/LeaderFingerprint.h"
#include "storage/ProjectFile.h"

#include <QPointer>

namespace mpdesk {

Project::Project(SecretStore &store, QObject *parent) : QObject(parent), m_store(store) { }

Status Project::read(const QString &path)
{
    Result<Filing> loaded = ProjectFile::read(path);
    if (!loaded)
        return loaded.error();
    m_filing = std::move(loaded).value();
    m_path = path;
    m_storedRefs.clear();
    for (const auto &entry : ProjectSecrets::entries(std::as_const(m_filing))) {
        if (!entry.field->ref.isEmpty())
            m_storedRefs.insert(entry.field->ref, entry.where.owner + u", " + entry.where.field);
    }
    return Done{};
}

Status Project::open(const QString &path, FailuresDone done)
{
    if (const Status loaded = read(path); !loaded)
        return loaded;
    QPointer<Project> self(this);
    ProjectSecrets::fetch(m_store, m_filing, [self, done = std::move(done)](const ProjectSecrets::Outcomes &outcomes) {
        if (!self)
            return;
        ProjectSecrets::apply(self->m_filing, outcomes);
        done(ProjectSecrets::describeFailures(self->m_filing, outcomes));
    });
    return Done{};
}

void Project::adopt(const Filing &filing)
{
    m_filing = filing;
    m_filing.projectId = QUuid::createUuid();
    // A new identity: the references of wherever the filing came from mean nothing here.
    for (auto &entry : ProjectSecrets::entries(m_filing))
        entry.field->ref.clear();
    m_path.clear();
    m_storedRefs.clear();
}

void Project::save(const QString &path, SaveDone done)
{
    if (m_filing.projectId.isNull())
        m_filing.projectId = QUuid::createUuid();
    ProjectSecrets::assignReferences(m_filing);
    // Derived from the leader's ID number, so part of saving rather than an edit of its own.
    if (!m_fingerprintKey.isEmpty())
        LeaderFingerprint::update(m_filing, m_fingerprintKey);
    SaveReport report;
    report.file = ProjectFile::write(m_filing, path);
    if (!report.file.ok()) {
        done(report);
        return;
    }
    m_path = path;
    storeSecrets(report, std::move(done));
}

void Project::saveAs(const QString &path, SaveDone done)
{
    adopt(Filing(m_filing));
    save(path, std::move(done));
}

void Project::rememberStored(const ProjectSecrets::Outcomes &outcomes)
{
    for (const auto &entry : ProjectSecrets::entries(std::as_const(m_filing))) {
        const auto it = outcomes.constFind(entry.field->ref);
        if (it != outcomes.constEnd() && it->ok())
            m_storedRefs.insert(entry.field->ref, entry.where.owner + u", " + entry.where.field);
    }
}

void Project::storeSecrets(SaveReport report, SaveDone done)
{
    QPointer<Project> self(this);
    ProjectSecrets::store(
        m_store, m_filing, [self, report, done = std::move(done)](const ProjectSecrets::Outcomes &stored) mutable {
            if (!self)
                return;
            report.secretFailures = ProjectSecrets::describeFailures(self->m_filing, stored);
            self->rememberStored(stored);
            // Entries of people removed since the last save go too: no ID number outlives its person.
            const QStringList current = ProjectSecrets::references(self->m_filing);
            QStringList orphans;
            for (auto it = self->m_storedRefs.constBegin(); it != self->m_storedRefs.constEnd(); ++it) {
                if (!current.contains(it.key()))
                    orphans.append(it.key());
            }
            ProjectSecrets::remove(self->m_store, self->m_filing.projectId, orphans,
                                   [self, report, done](const ProjectSecrets::Outcomes &removed) mutable {
                                       if (!self)
                                           return;
                                       for (auto it = removed.constBegin(); it != removed.constEnd(); ++it) {
                                           if (it->ok()) {
                                               self->m_storedRefs.remove(it.key());
                                               continue;
                                           }
                                           report.secretFailures.append(tr("%1 (removed from the filing): %2")
                                                                            .arg(self->m_storedRefs.value(it.key()),
                                                                                 SecretMessages::explain(*it)));
                                       }
                                       done(report);
                                   });
        });
}

void Project::forget(ForgetDone done)
{
    const QStringList refs = ProjectSecrets::references(m_filing);
    QPointer<Project> self(this);
    ProjectSecrets::remove(m_store, m_filing.projectId, refs,
                           [self, done = std::move(done)](const ProjectSecrets::Outcomes &outcomes) {
                               if (!self)
                                   return;
                               ForgetReport report;
                               for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
                                   if (it->ok()) {
                                       self->m_storedRefs.remove(it.key());
                                       ++report.deleted;
                                   }
                               }
                               report.failures = ProjectSecrets::describeFailures(self->m_filing, outcomes);
                               done(report);
                           });
}

} // namespace mpdesk
