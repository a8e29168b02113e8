#include "model/Filing.h"

namespace mpdesk {

qsizetype Filing::personIndex(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (people.at(i).id == id)
            return i;
    }
    return -1;
}

const Person *Filing::person(const QString &id) const
{
    const qsizetype i = personIndex(id);
    return i < 0 ? nullptr : &people.at(i);
}

Person *Filing::person(const QString &id)
{
    const qsizetype i = personIndex(id);
    return i < 0 ? nullptr : &people[i];
}

} // namespace mpdesk
