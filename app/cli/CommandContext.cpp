#include "cli/CommandContext.h"

#include "materials/MaterialFiles.h"
#include "project/KnownFilingsFolder.h"
#include "project/KnownFilingsIndex.h"
#include "secrets/FingerprintKey.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretWait.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mpdesk {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, SecretStore *store, Clock clock)
    : m_out(out), m_err(err), m_store(store), m_clock(clock)
{ }

CommandContext::~CommandContext() = default;

SecretStore &CommandContext::store()
{
    if (!m_store) {
        // One command waits at most this long for the keychain in all, however many numbers it asks for.
        auto keychain = std::make_unique<KeychainSecretStore>();
        keychain->setDeadline(keychainDeadline);
        m_store = keychain.get();
        m_ownStore = std::move(keychain);
    }
    return *m_store;
}

bool CommandContext::open(Project &project, const QString &path, Secrets secrets, QStringList *failures)
{
    Status opened = Done{};
    if (secrets == Secrets::Skip) {
        opened = project.read(path);
    } else {
        QStringList missing;
        SecretWait::until([&](std::function<void()> finish) {
            opened = project.open(path, [&missing, finish](const QStringList &f) {
                missing = f;
                finish();
            });
            if (!opened)
                finish();
        });
        if (failures)
            *failures = missing;
    }
    if (!opened) {
        m_err << opened.error().text() << Qt::endl;
        return false;
    }
    return true;
}

QByteArray CommandContext::fingerprintKey()
{
    QByteArray key;
    SecretWait::until([&](std::function<void()> finish) {
        FingerprintKey::obtain(store(), [&key, finish](const Result<QByteArray> &k) {
            if (k.ok())
                key = k.value();
            finish();
        });
    });
    return key;
}

AssessmentContext CommandContext::assessmentContext(const QString &path, const QString &knownFolder,
                                                    bool withFingerprintKey)
{
    AssessmentContext context;
    context.clock = m_clock;
    const KnownFilingsIndex::Loaded indexed = KnownFilingsIndex().load();
    const QString self = KnownFiling::canonicalPath(path);
    QList<KnownFiling> others = indexed.filings;
    others.removeIf([&self](const KnownFiling &k) { return k.path == self; });
    // The keychain is asked only when there is something to compare the leader with.
    if (withFingerprintKey && (!others.isEmpty() || !knownFolder.isEmpty()))
        context.fingerprintKey = fingerprintKey();
    context.knownFilings = others;
    QStringList notes = indexed.notes();
    if (!knownFolder.isEmpty()) {
        const KnownFilingsFolder::Read folder = KnownFilingsFolder::folder(knownFolder, context.fingerprintKey);
        context.knownFilings += folder.filings;
        notes += folder.notes;
    }
    context.filingPath = path;
    context.knownFilingsLoaded = true;
    for (const QString &note : std::as_const(notes))
        m_err << note << Qt::endl;
    return context;
}

Assessment CommandContext::assess(const Filing &filing, const QString &path, const QString &knownFolder)
{
    const Person *leader = filing.person(filing.miniProgram.leader);
    const bool needKey = leader && leader->idNumber.isKnown();
    AssessmentContext context = assessmentContext(path, knownFolder, needKey);
    context.materialFiles =
        MaterialFiles::measureAll(filing, MaterialFiles::folderOf(QFileInfo(path).absoluteFilePath()), m_clock.today());
    return Assessment::of(filing, context);
}

} // namespace mpdesk
