#include "secrets/ProjectSecrets.h"

#include "model/FieldPath.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace mpdesk {

namespace {

using Request = std::function<void(SecretStore::Callback)>;

// Runs the requests side by side and reports once all have answered.
void runAll(const QList<std::pair<QString, Request>> &requests, ProjectSecrets::Done done)
{
    if (requests.isEmpty()) {
        done({});
        return;
    }
    struct State
    {
        ProjectSecrets::Outcomes outcomes;
        qsizetype pending = 0;
        ProjectSecrets::Done done;
    };
    auto state = std::make_shared<State>();
    state->pending = requests.size();
    state->done = std::move(done);
    for (const auto &[ref, request] : requests) {
        request([state, ref = ref](const SecretReply &reply) {
            state->outcomes.insert(ref, reply);
            if (--state->pending == 0)
                state->done(state->outcomes);
        });
    }
}

QString ownerName(const Person &p)
{
    return p.name.isEmpty() ? p.id : p.name;
}

template<typename FilingT, typename EntryT>
QList<EntryT> collect(FilingT &filing)
{
    QList<EntryT> list;
    for (qsizetype i = 0; i < filing.people.size(); ++i) {
        auto &p = filing.people[i];
        list.append({{FieldPath::item(u"people"_s, i, u"idNumber"_s), ownerName(p), ProjectSecrets::tr("ID number")},
                     &p.idNumber});
    }
    list.append({{u"certification.invoice.bankAccount"_s, ProjectSecrets::tr("invoice"),
                  ProjectSecrets::tr("bank account number")},
                 &filing.certification.invoice.bankAccount});
    return list;
}

} // namespace

QList<ProjectSecrets::Entry> ProjectSecrets::entries(Filing &filing)
{
    return collect<Filing, Entry>(filing);
}

QList<ProjectSecrets::ConstEntry> ProjectSecrets::entries(const Filing &filing)
{
    return collect<const Filing, ConstEntry>(filing);
}

void ProjectSecrets::assignReferences(Filing &filing)
{
    for (Entry &e : entries(filing)) {
        // A random name: it stays valid when a person's id or position changes.
        if (e.field->isKnown() && e.field->ref.isEmpty())
            e.field->ref = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
}

QStringList ProjectSecrets::references(const Filing &filing)
{
    QStringList refs;
    for (const ConstEntry &e : entries(filing)) {
        if (!e.field->ref.isEmpty())
            refs.append(e.field->ref);
    }
    return refs;
}

void ProjectSecrets::store(SecretStore &store, const Filing &filing, Done done)
{
    QList<std::pair<QString, Request>> requests;
    for (const ConstEntry &e : entries(filing)) {
        if (!e.field->isKnown() || e.field->ref.isEmpty())
            continue;
        const QString key = SecretStore::keyFor(filing.projectId, e.field->ref);
        const QString value = e.field->value;
        requests.append(
            {e.field->ref, [&store, key, value](SecretStore::Callback cb) { store.write(key, value, cb); }});
    }
    runAll(requests, std::move(done));
}

void ProjectSecrets::fetch(SecretStore &store, const Filing &filing, Done done)
{
    QList<std::pair<QString, Request>> requests;
    for (const ConstEntry &e : entries(filing)) {
        if (e.field->isKnown() || e.field->ref.isEmpty())
            continue;
        const QString key = SecretStore::keyFor(filing.projectId, e.field->ref);
        requests.append({e.field->ref, [&store, key](SecretStore::Callback cb) { store.read(key, cb); }});
    }
    runAll(requests, std::move(done));
}

void ProjectSecrets::apply(Filing &filing, const Outcomes &outcomes)
{
    for (Entry &e : entries(filing)) {
        const auto it = outcomes.constFind(e.field->ref);
        if (e.field->ref.isEmpty() || it == outcomes.constEnd())
            continue;
        if (it->ok()) {
            e.field->value = it->value;
            e.field->status = SecretStatus::Present;
        } else {
            e.field->status =
                it->error == SecretReply::Error::NotFound ? SecretStatus::NotOnThisComputer : SecretStatus::Unreadable;
        }
    }
}

void ProjectSecrets::remove(SecretStore &store, const QUuid &projectId, const QStringList &refs, Done done)
{
    QList<std::pair<QString, Request>> requests;
    for (const QString &ref : refs) {
        const QString key = SecretStore::keyFor(projectId, ref);
        requests.append({ref, [&store, key](SecretStore::Callback cb) { store.remove(key, cb); }});
    }
    runAll(requests, std::move(done));
}

QStringList ProjectSecrets::describeFailures(const Filing &filing, const Outcomes &outcomes)
{
    // A locked or frozen keyring fails every request alike, and one unlock (or one restart) mends all of
    // them: one line that says so, not the same advice once per number.
    QList<SecretReply> failed;
    for (const SecretReply &reply : outcomes) {
        if (!reply.ok())
            failed.append(reply);
    }
    const auto keyringWide = [](SecretReply::Error e) {
        return e == SecretReply::Error::Locked || e == SecretReply::Error::TimedOut;
    };
    if (failed.size() > 1 && keyringWide(failed.constFirst().error)
        && std::all_of(failed.cbegin(), failed.cend(),
                       [&failed](const SecretReply &r) { return r.error == failed.constFirst().error; })) {
        return {tr("all %1 ID and account numbers: %2")
                    .arg(failed.size())
                    .arg(SecretMessages::explain(failed.constFirst()))};
    }

    QStringList lines;
    for (const ConstEntry &e : entries(filing)) {
        const auto it = outcomes.constFind(e.field->ref);
        if (e.field->ref.isEmpty() || it == outcomes.constEnd() || it->ok())
            continue;
        lines.append(
            tr("%1, %2 (%3): %4").arg(e.where.owner, e.where.field, e.where.path, SecretMessages::explain(*it)));
    }
    return lines;
}

} // namespace mpdesk
