#include "secrets/FingerprintKey.h"

#include "secrets/SecretStore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mpdesk {

QString FingerprintKey::entryName()
{
    return u"mpdesk/leader-fingerprint-key"_s;
}

void FingerprintKey::obtain(SecretStore &store, Callback done)
{
    SecretStore *s = &store;
    store.read(entryName(), [s, done](const SecretReply &reply) {
        if (reply.ok()) {
            const QByteArray key = QByteArray::fromBase64(reply.value.toLatin1());
            if (key.size() == KeyBytes) {
                done(key);
                return;
            }
        } else if (reply.error != SecretReply::Error::NotFound) {
            done(Error{tr("The key for comparing leaders across projects cannot be read: %1")
                           .arg(SecretMessages::explain(reply)),
                       {}});
            return;
        }
        // First use (or a damaged entry): make a fresh key. Fingerprints made with an old key no longer
        // match, and are recomputed when their projects are next opened.
        QByteArray key(KeyBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                             reinterpret_cast<quint32 *>(key.data() + key.size()));
        s->write(entryName(), QString::fromLatin1(key.toBase64()), [key, done](const SecretReply &written) {
            if (!written.ok()) {
                done(Error{tr("The key for comparing leaders across projects cannot be stored: %1")
                               .arg(SecretMessages::explain(written)),
                           {}});
                return;
            }
            done(key);
        });
    });
}

} // namespace mpdesk
